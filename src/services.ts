import type { Config } from './config.js';
import { createAuditWriter } from './platform/audit/audit.js';
import { createSessionStore } from './platform/auth/sessions.js';
import type { Clock } from './platform/clock.js';
import type { Database } from './platform/db/database.js';
import { dialectFor } from './platform/db/dialect.js';
import { createJobQueue } from './platform/jobs/jobs.js';
import type { JobHandler } from './platform/jobs/worker.js';
import type { Mailer, MailMessage } from './platform/mail/mailer.js';
import { createSearch } from './platform/search/search.js';
import type { Storage } from './platform/storage/storage.js';
import { createAuditService } from './modules/audit/audit.service.js';
import { createCalendarService } from './modules/calendar/calendar.service.js';
import { createOrganizationsService } from './modules/organizations/organizations.service.js';
import { createAuthService } from './modules/users/auth.service.js';
import { createTokenService } from './modules/users/tokens.js';
import { createUsersService } from './modules/users/users.service.js';

export type ServiceDeps = {
  database: Database;
  clock: Clock;
  mailer: Mailer;
  storage: Storage;
  config: Pick<Config, 'baseUrl'>;
};

/** The composition root: every service built once, from explicit dependencies (no container). */
export function createServices({ database, clock, mailer, storage, config }: ServiceDeps) {
  const db = database.db;
  const dialect = dialectFor(database.engine);
  const audit = createAuditWriter(clock);
  const jobs = createJobQueue(db, dialect, clock);
  const sessions = createSessionStore(db, clock);
  const search = createSearch(database.engine);
  const tokens = createTokenService({ db, clock, jobs, baseUrl: config.baseUrl });
  const organizations = createOrganizationsService({ db, clock, audit });
  const users = createUsersService({ db, dialect, clock, audit, organizations, sessions, tokens });
  const auth = createAuthService({ db, clock, audit, sessions, tokens });
  const calendar = createCalendarService({ db, clock, audit });
  const auditLog = createAuditService({ db, dialect });

  /** What the job worker runs, by job kind. */
  const jobHandlers: Record<string, JobHandler> = {
    'mail.send': (message: MailMessage) => mailer.send(message),
  };

  return { database, db, clock, storage, mailer, jobs, sessions, search, audit, organizations, users, auth, calendar, auditLog, jobHandlers };
}

export type Services = ReturnType<typeof createServices>;
