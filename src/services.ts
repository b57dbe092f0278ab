import type { Config } from './config.js';
import { createAuditWriter } from './platform/audit/audit.js';
import { createApiKeys } from './platform/auth/api-keys.js';
import { systemContext } from './platform/auth/actor.js';
import { createGroupCommit } from './platform/db/group-commit.js';
import { createPageCache } from './platform/http/page-cache.js';
import { createPageCacheSync } from './platform/http/page-cache-sync.js';
import { createMemoryRateCounter } from './platform/http/rate-counter.js';
import { createDatabaseWindowCounter, databaseRateCounter, databaseRateLimitStore } from './platform/http/rate-counter-database.js';
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
import { createArticlesService, PUBLISH_JOB } from './modules/content/articles.service.js';
import { createCategoriesService } from './modules/content/categories.service.js';
import { createPortalService } from './modules/content/portal.service.js';
import { createDocumentsService } from './modules/documents/documents.service.js';
import { createStatisticsService } from './modules/statistics/statistics.service.js';
import { createCalendarService } from './modules/calendar/calendar.service.js';
import { createOrganizationsService } from './modules/organizations/organizations.service.js';
import { createAuthService } from './modules/users/auth.service.js';
import { createTokenService } from './modules/users/tokens.js';
import { createUsersService } from './modules/users/users.service.js';
import { createPlansService } from './modules/plans/plans.service.js';
import { createProceduresService } from './modules/procedures/procedures.service.js';
import { createReportsService } from './modules/reports/reports.service.js';
import { createFeedbackService, DEADLINE_JOB as FEEDBACK_DEADLINE_JOB, type DeadlineJob as FeedbackDeadlineJob } from './modules/feedback/feedback.service.js';
import { createFeedbackDigestService } from './modules/feedback/feedback.digest.js';
import { createFeedbackReportsService } from './modules/feedback/feedback.reports.js';
import { retentionJob } from './modules/feedback/feedback.retention.js';
import { createFeedbackSettingsService } from './modules/feedback/feedback.settings.js';
import { createRecurring } from './platform/jobs/recurring.js';
import { createBudgetService } from './modules/tasks/budget.service.js';
import { createTasksService } from './modules/tasks/tasks.service.js';

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
  // Public pages are cached as bytes; anything the public can see changing drops them.
  const pageCache = createPageCache();
  const pageCacheSync = createPageCacheSync(database, pageCache);
  const publicChange = () => pageCacheSync.changed();
  const organizations = createOrganizationsService({ db, clock, audit, onChange: publicChange });
  const users = createUsersService({ db, dialect, clock, audit, organizations, sessions, tokens });
  const auth = createAuthService({ db, clock, audit, sessions, tokens });
  const calendar = createCalendarService({ db, clock, audit });
  const auditLog = createAuditService({ db, dialect });
  const categories = createCategoriesService({ db, clock, audit, onChange: publicChange });
  const articles = createArticlesService({ db, dialect, clock, audit, jobs, search, categories, onChange: publicChange });
  const portal = createPortalService({ db, clock, audit, organizations, categories, articles });
  const documents = createDocumentsService({ db, dialect, clock, audit, search, storage, organizations, onChange: publicChange });
  const procedures = createProceduresService({ db, dialect, clock, audit, search, storage, organizations, onChange: publicChange });
  const reports = createReportsService({ db, clock, audit, jobs, organizations, baseUrl: config.baseUrl });
  const statistics = createStatisticsService({ db, clock, audit, portalOrganizationId: () => organizations.portalOrganizationId(), onChange: publicChange });
  // Several processes serve on PostgreSQL: rate-limit counts live in the database there, in memory on SQLite.
  const sharedCounts = database.engine === 'postgres' ? createDatabaseWindowCounter(db, () => clock.now().getTime()) : null;
  const rateLimitStore = sharedCounts ? databaseRateLimitStore(sharedCounts) : undefined;
  const apiKeys = createApiKeys({ db, clock, audit, counter: sharedCounts ? databaseRateCounter(sharedCounts) : createMemoryRateCounter(() => clock.now().getTime()) });
  const feedback = createFeedbackService({ db, dialect, clock, audit, jobs, search, calendar, organizations, baseUrl: config.baseUrl, storage, groupCommit: createGroupCommit(database), onChange: publicChange });
  const feedbackSettings = createFeedbackSettingsService({ db, clock, audit, organizations });
  const feedbackReports = createFeedbackReportsService({ db, clock, calendar, organizations });
  const feedbackDigest = createFeedbackDigestService({ db, clock, audit, jobs, calendar, organizations, baseUrl: config.baseUrl });
  /** Work on a schedule, started with the worker (`recurring.start`). */
  const recurring = createRecurring(db, jobs, clock, [feedbackDigest.job, retentionJob({ db, clock, feedback, portalOrganizationId: () => organizations.portalOrganizationId() })]);
  const tasks = createTasksService({ db, clock, audit, storage });
  const budget = createBudgetService({ db, clock, audit, storage });

  const plans = createPlansService({ db, clock, audit, jobs, organizations, baseUrl: config.baseUrl });
  /** What the job worker runs, by job kind. */
  const jobHandlers: Record<string, JobHandler> = {
    'mail.send': (message: MailMessage) => mailer.send(message),
    [PUBLISH_JOB]: async ({ articleId }: { articleId: number }) => {
      await articles.publishIfDue(systemContext('lịch đăng bài'), articleId);
    },
    [FEEDBACK_DEADLINE_JOB]: (job: FeedbackDeadlineJob) => feedback.runDeadlineJob(job),
    ...recurring.handlers,
  };

  return {
    config,
    database,
    db,
    clock,
    storage,
    mailer,
    jobs,
    sessions,
    search,
    audit,
    pageCache,
    pageCacheSync,
    rateLimitStore,
    organizations,
    users,
    auth,
    calendar,
    auditLog,
    categories,
    articles,
    portal,
    documents,
    procedures,
    reports,
    statistics,
    feedback,
    feedbackSettings,
    feedbackReports,
    feedbackDigest,
    recurring,
    tasks,
    budget,
    apiKeys,
    plans,
    jobHandlers,
  };
}

export type Services = ReturnType<typeof createServices>;
