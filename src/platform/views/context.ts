import type { Actor } from '../auth/actor.js';
import type { Permission } from '../auth/roles.js';

export type Flash = { kind: 'success' | 'info' | 'warning'; message: string };

/** One link of the back office navigation; modules contribute theirs. */
export type NavItem = { href: string; label: string; group: string; permission: Permission };

/** The agency whose portal this is: names and contacts are data, never constants. */
export type Link = { href: string; label: string };

export type Site = {
  name: string;
  parentName: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  /** The public navigation (the portal's visible categories and pages of later modules). */
  nav: Link[];
};

/** Everything a layout needs besides the page's own view model. */
export type ViewContext = {
  path: string;
  csrfToken: string;
  actor: Actor | null;
  flash: Flash | null;
  site: Site;
  nav: readonly NavItem[];
  requestId: string;
};
