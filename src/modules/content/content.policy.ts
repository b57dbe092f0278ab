import { definePolicy, has, inOwnOrganization } from '../../platform/auth/policy.js';
import type { Article } from './articles.repo.js';

const EDITABLE_BY_AUTHOR = new Set(['draft', 'returned', 'unpublished']);

/**
 * Editors write and submit; only holders of content.publish (approvers, administrators) publish,
 * schedule, return or unpublish — so an editor cannot approve their own article unless they also
 * hold the approver role. Everything stays inside the actor's own organization.
 */
export const contentPolicy = definePolicy({
  write: (actor, organizationId: number) => has(actor, 'content.write') && inOwnOrganization(actor, organizationId),
  edit: (actor, article: Article) =>
    inOwnOrganization(actor, article.organizationId) &&
    (has(actor, 'content.publish') || (has(actor, 'content.write') && article.authorId === actor.id && EDITABLE_BY_AUTHOR.has(article.status))),
  submit: (actor, article: Article) =>
    inOwnOrganization(actor, article.organizationId) &&
    EDITABLE_BY_AUTHOR.has(article.status) &&
    (article.authorId === actor.id || has(actor, 'content.publish')),
  publish: (actor, article: Article) => has(actor, 'content.publish') && inOwnOrganization(actor, article.organizationId) && article.status !== 'published',
  return: (actor, article: Article) => has(actor, 'content.publish') && inOwnOrganization(actor, article.organizationId) && article.status === 'submitted',
  unpublish: (actor, article: Article) =>
    has(actor, 'content.publish') && inOwnOrganization(actor, article.organizationId) && (article.status === 'published' || article.status === 'scheduled'),
  manageCategories: (actor, organizationId: number) => has(actor, 'content.publish') && inOwnOrganization(actor, organizationId),
});
