import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import { diff, type AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import type { Storage } from '../../platform/storage/storage.js';
import type { UploadedFile } from '../../platform/http/uploads.js';
import { parseVnDate, vnDateKey } from '../../shared/dates.js';
import * as disseminationRepo from './dissemination.repo.js';
import * as evidenceRepo from './evidence.repo.js';
import { removingOnFailure, storeFile } from './files.js';
import { planAccess, yearBounds, type PlanAccess } from './plan-access.js';
import { automaticCount, groupPercent, isOverdue, lastDay, taskPercent, type TaskLink } from './progress.js';
import { tasksPolicy as policy, type TaskSubject } from './tasks.policy.js';
import { authorOf } from './row-columns.js';
import * as repo from './tasks.repo.js';
import { AddEvidence, RecordDissemination, ReportTask, SaveTask } from './tasks.schema.js';

export type { Dissemination } from './dissemination.repo.js';
export type { ArticleEvidence, Evidence } from './evidence.repo.js';
export type { PlanChannel, PlanInfo, PlanTopic, Person, Task, UnitRef } from './tasks.repo.js';

/** The part of the plan a task serves, as pages show it. */
export type LinkInfo = { kind: 'topic' | 'channel'; id: number; code: string; text: string; channelKind: string };

/** A task with its evidence counted and its progress and lateness computed at the time of asking. */
export type TaskView = repo.Task & {
  link: LinkInfo | null;
  automatic: number;
  manual: number;
  count: number;
  percent: number;
  overdue: boolean;
  lastDay: string;
};

/** A unit's share of a plan: the tasks it leads, their progress, and how it passed the plan on to its staff. */
export type UnitGroup = { unit: repo.UnitRef | null; tasks: TaskView[]; percent: number | null; disseminations: disseminationRepo.Dissemination[] };

/** A row of progress on the dashboard: a topic or channel (with its code, 'II.1'), or a unit (code ''). */
export type ProgressRow = { code: string; label: string; tasks: number; percent: number | null };

/** How many articles a task page lists behind its automatic count. */
const ARTICLES_SHOWN = 20;

/** A plan's sentence as a task's name: its first sentence (or clause), at most 160 characters. */
export function headline(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let line = flat.split(/(?<=[^.])\.\s/)[0]!.replace(/\.$/, '');
  if (line.length > 160) line = line.split(';')[0]!;
  if (line.length > 160) line = `${line.slice(0, 159).replace(/\s+\S*$/, '')}…`;
  return line;
}

const linkValue = (task: Pick<repo.Task, 'topicId' | 'channelId'>) => (task.topicId ? `topic-${task.topicId}` : task.channelId ? `channel-${task.channelId}` : '');

/** A task's values as the edit form shows them. */
export function taskValues(task: repo.Task): Record<string, string | string[]> {
  return {
    title: task.title,
    link: linkValue(task),
    leadUnitId: task.leadUnitId ? String(task.leadUnitId) : '',
    cooperatingUnitIds: task.cooperatingUnitIds.map(String),
    assigneeId: task.assigneeId ? String(task.assigneeId) : '',
    schedule: task.schedule,
    dueOn: task.dueOn ? task.dueOn.split('-').reverse().join('/') : '',
    targetCount: task.targetCount ? String(task.targetCount) : '',
    targetUnit: task.targetUnit,
    status: task.status,
    notes: task.notes,
  };
}

const asArray = (value: number | number[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export type TasksService = ReturnType<typeof createTasksService>;

export function createTasksService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditWriter; storage: Storage }) {
  const { db, clock, audit, storage } = deps;
  const today = () => vnDateKey(clock.now());

  async function access(ctx: RequestContext, planId: number, action: 'read' | 'manage') {
    const found = await planAccess(db, ctx, planId);
    policy.assert(found.ctx.actor, action, found.subject);
    return found;
  }

  async function mustFindTask(id: number) {
    const task = await repo.findTask(db, id);
    if (!task) throw new NotFoundError('Không tìm thấy nhiệm vụ.');
    return task;
  }

  const taskSubject = (found: PlanAccess, task: repo.Task): TaskSubject => ({
    ...found.subject,
    unitIds: [...(task.leadUnitId ? [task.leadUnitId] : []), ...task.cooperatingUnitIds],
  });

  function linkOf(task: repo.Task, topics: repo.PlanTopic[], channels: repo.PlanChannel[]): LinkInfo | null {
    const topic = task.topicId ? topics.find((t) => t.id === task.topicId) : undefined;
    if (topic) return { kind: 'topic', id: topic.id, code: topic.code, text: topic.text, channelKind: '' };
    const channel = task.channelId ? channels.find((c) => c.id === task.channelId) : undefined;
    return channel ? { kind: 'channel', id: channel.id, code: channel.code, text: channel.text, channelKind: channel.kind } : null;
  }

  const ruleLink = (link: LinkInfo | null): TaskLink =>
    link === null ? null : link.kind === 'topic' ? { kind: 'topic', code: link.code } : { kind: 'channel', code: link.code, channelKind: link.channelKind };

  /** Counts every task's evidence (one query per source for the whole plan) and computes its progress. */
  async function withProgress(plan: repo.PlanInfo, tasks: repo.Task[], topics: repo.PlanTopic[], channels: repo.PlanChannel[]): Promise<TaskView[]> {
    const counts = await evidenceRepo.automaticCounts(db, plan.organizationId, yearBounds(plan.year));
    const manual = await evidenceRepo.manualCounts(
      db,
      tasks.map((t) => t.id),
    );
    const now = today();
    return tasks.map((task) => {
      const link = linkOf(task, topics, channels);
      const automatic = automaticCount(ruleLink(link), counts);
      const entered = manual.get(task.id) ?? 0;
      const count = automatic + entered;
      return {
        ...task,
        link,
        automatic,
        manual: entered,
        count,
        percent: taskPercent(count, task.targetCount, task.status),
        overdue: isOverdue(task, plan.year, now),
        lastDay: lastDay(task, plan.year),
      };
    });
  }

  async function planTasks(found: PlanAccess) {
    const [topics, channels, tasks] = await Promise.all([repo.planTopics(db, found.plan.id), repo.planChannels(db, found.plan.id), repo.listTasks(db, found.plan.id)]);
    return { topics, channels, tasks: await withProgress(found.plan, tasks, topics, channels) };
  }

  /** Checks a task form against the plan: its parts, its units, its staff; every problem reported at once. */
  async function taskFields(found: PlanAccess, input: unknown, topics: repo.PlanTopic[], channels: repo.PlanChannel[]): Promise<repo.TaskFields> {
    const v = parseCommand(SaveTask, input);
    const errors: FieldErrors = {};
    const [, kind, idText] = /^(topic|channel)-(\d+)$/.exec(v.link ?? '') ?? [];
    const linkId = Number(idText);
    if (v.link && !(kind === 'topic' ? topics.some((t) => t.id === linkId) : channels.some((c) => c.id === linkId))) {
      errors.link = 'Vui lòng chọn nội dung hoặc hình thức trong kế hoạch này.';
    }
    const unitIds = new Set(found.units.map((u) => u.id));
    if (!unitIds.has(v.leadUnitId)) errors.leadUnitId = 'Vui lòng chọn đơn vị chủ trì trong danh sách.';
    const cooperating = [...new Set(asArray(v.cooperatingUnitIds))].filter((id) => id !== v.leadUnitId);
    if (cooperating.some((id) => !unitIds.has(id))) errors.cooperatingUnitIds = 'Vui lòng chọn đơn vị phối hợp trong danh sách.';
    if (v.assigneeId && !(await repo.people(db, found.plan.organizationId)).some((p) => p.id === v.assigneeId)) {
      errors.assigneeId = 'Vui lòng chọn người phụ trách trong danh sách cán bộ của cơ quan.';
    }
    const dueOn = v.dueOn ? parseVnDate(v.dueOn) : null;
    if (v.schedule === 'deadline' && !v.dueOn) errors.dueOn = 'Vui lòng nhập hạn hoàn thành (dd/mm/yyyy) hoặc chọn một định kỳ.';
    else if (v.schedule === 'deadline' && !dueOn) errors.dueOn = 'Hạn hoàn thành không hợp lệ; nhập theo dạng dd/mm/yyyy, ví dụ 30/06/2023.';
    if (v.targetCount && !v.targetUnit) errors.targetUnit = 'Vui lòng nhập đơn vị tính của chỉ tiêu, ví dụ: tin, bài.';
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    return {
      source: kind === 'topic' ? 'topic' : kind === 'channel' ? 'channel' : 'other',
      topicId: kind === 'topic' ? linkId : null,
      channelId: kind === 'channel' ? linkId : null,
      title: v.title,
      leadUnitId: v.leadUnitId,
      cooperatingUnitIds: cooperating,
      assigneeId: v.assigneeId ?? null,
      schedule: v.schedule,
      dueOn: v.schedule === 'deadline' ? dueOn : null,
      targetCount: v.targetCount ?? null,
      targetUnit: v.targetCount ? (v.targetUnit ?? '') : '',
      status: v.status,
      notes: v.notes ?? '',
    };
  }

  /** A date entered on a form: dd/mm/yyyy, not after today. */
  function pastDate(field: string, label: string, text: string) {
    const key = parseVnDate(text);
    if (!key) throw new ValidationError({ [field]: `${label} không hợp lệ; nhập theo dạng dd/mm/yyyy, ví dụ 15/03/2023.` });
    if (key > today()) throw new ValidationError({ [field]: `${label} không được sau ngày hôm nay.` });
    return key;
  }


  return {
    /** The plan's tasks grouped by lead unit, with each unit's dissemination records (V.1). */
    async planPage(ctx: RequestContext, planId: number) {
      const found = await access(ctx, planId, 'read');
      const { topics, channels, tasks } = await planTasks(found);
      const disseminations = await disseminationRepo.listDisseminations(db, planId);
      const groupFor = (unit: repo.UnitRef | null): UnitGroup => {
        const own = tasks.filter((t) => t.leadUnitId === (unit?.id ?? null));
        return { unit, tasks: own, percent: groupPercent(own.map((t) => t.percent)), disseminations: disseminations.filter((d) => d.unitId === unit?.id) };
      };
      const unassigned = groupFor(null);
      const actor = found.ctx.actor;
      return {
        plan: found.plan,
        topics,
        channels,
        tasks,
        groups: [...found.units.map(groupFor), ...(unassigned.tasks.length > 0 ? [unassigned] : [])],
        units: found.units,
        canManage: policy.can(actor, 'manage', found.subject),
        /** The units whose dissemination this actor may record (their own; the Office, every one). */
        disseminationUnits: found.units.filter((u) => policy.can(actor, 'disseminate', { ...found.subject, unitId: u.id })),
        /** Topics and channels with no task yet: what "Tạo nhiệm vụ từ kế hoạch" would add. */
        missing: topics.filter((t) => !tasks.some((k) => k.topicId === t.id)).length + channels.filter((c) => !tasks.some((k) => k.channelId === c.id)).length,
      };
    },

    /** What the task forms choose from: the plan's topics and channels, the agency's units and staff. */
    async formOptions(ctx: RequestContext, planId: number) {
      const found = await access(ctx, planId, 'manage');
      const [topics, channels, people] = await Promise.all([repo.planTopics(db, planId), repo.planChannels(db, planId), repo.people(db, found.plan.organizationId)]);
      return { plan: found.plan, topics, channels, units: found.units, people };
    },

    /**
     * "Tạo nhiệm vụ từ kế hoạch": one task per topic (II) and per channel (III) that has none yet,
     * led by the Office until someone assigns it; running it again adds only what is missing.
     */
    async generate(ctx: RequestContext, planId: number): Promise<number> {
      const found = await access(ctx, planId, 'manage');
      const [topics, channels, tasks] = await Promise.all([repo.planTopics(db, planId), repo.planChannels(db, planId), repo.listTasks(db, planId)]);
      const derived = (source: 'topic' | 'channel', id: number, text: string): repo.TaskFields => ({
        source,
        topicId: source === 'topic' ? id : null,
        channelId: source === 'channel' ? id : null,
        title: headline(text),
        leadUnitId: found.subject.coordinatingUnitId,
        cooperatingUnitIds: [],
        assigneeId: null,
        schedule: 'regular',
        dueOn: null,
        targetCount: null,
        targetUnit: '',
        status: 'notStarted',
        notes: '',
      });
      const fields = [
        ...topics.filter((t) => !tasks.some((k) => k.topicId === t.id)).map((t) => derived('topic', t.id, t.text)),
        ...channels.filter((c) => !tasks.some((k) => k.channelId === c.id)).map((c) => derived('channel', c.id, c.text)),
      ];
      await db.transaction().execute(async (trx) => {
        const now = isoNow(clock);
        for (const f of fields) {
          const id = await repo.insertTask(trx, planId, f, now);
          await audit(trx, found.ctx, { action: 'create', subjectType: 'task', subjectId: id, organizationId: found.plan.organizationId, summary: f.title, changes: { planId, ...f } });
        }
      });
      return fields.length;
    },

    async create(ctx: RequestContext, planId: number, input: unknown): Promise<number> {
      const found = await access(ctx, planId, 'manage');
      const fields = await taskFields(found, input, await repo.planTopics(db, planId), await repo.planChannels(db, planId));
      return db.transaction().execute(async (trx) => {
        const id = await repo.insertTask(trx, planId, fields, isoNow(clock));
        await audit(trx, found.ctx, { action: 'create', subjectType: 'task', subjectId: id, organizationId: found.plan.organizationId, summary: fields.title, changes: { planId, ...fields } });
        return id;
      });
    },

    /** One task with its evidence (entered, and the articles counted automatically) and what the actor may do. */
    async get(ctx: RequestContext, id: number) {
      const task = await mustFindTask(id);
      const found = await access(ctx, task.planId, 'read');
      const [topics, channels] = await Promise.all([repo.planTopics(db, task.planId), repo.planChannels(db, task.planId)]);
      const [view] = await withProgress(found.plan, [task], topics, channels);
      const link = view!.link;
      const articleTopics = link?.kind === 'topic' ? [link.code] : link?.channelKind === 'portal' ? topics.map((t) => t.code) : [];
      const actor = found.ctx.actor;
      const canManage = policy.can(actor, 'manage', found.subject);
      return {
        plan: found.plan,
        task: view!,
        topics,
        channels,
        units: found.units,
        evidence: await evidenceRepo.listEvidence(db, [id]),
        articles: await evidenceRepo.articlesOf(db, found.plan.organizationId, yearBounds(found.plan.year), articleTopics, ARTICLES_SHOWN),
        /** Staff to choose "người phụ trách" from, for those who may edit the task. */
        people: canManage ? await repo.people(db, found.plan.organizationId) : [],
        canManage,
        canReport: policy.can(actor, 'report', taskSubject(found, task)),
        actorId: actor?.id ?? 0,
      };
    },

    async update(ctx: RequestContext, id: number, input: unknown) {
      const before = await mustFindTask(id);
      const found = await access(ctx, before.planId, 'manage');
      const fields = await taskFields(found, input, await repo.planTopics(db, before.planId), await repo.planChannels(db, before.planId));
      await db.transaction().execute(async (trx) => {
        await repo.updateTask(trx, id, fields, isoNow(clock));
        await audit(trx, found.ctx, { action: 'update', subjectType: 'task', subjectId: id, organizationId: found.plan.organizationId, summary: fields.title, changes: diff(before, fields) });
      });
    },

    /** What a unit's focal point reports on a task of their unit: its status and notes. */
    async report(ctx: RequestContext, id: number, input: unknown) {
      const before = await mustFindTask(id);
      const found = await planAccess(db, ctx, before.planId);
      policy.assert(found.ctx.actor, 'report', taskSubject(found, before));
      const v = parseCommand(ReportTask, input);
      const fields = { ...before, status: v.status, notes: v.notes ?? '' };
      await db.transaction().execute(async (trx) => {
        await repo.updateTask(trx, id, fields, isoNow(clock));
        await audit(trx, found.ctx, { action: 'report', subjectType: 'task', subjectId: id, organizationId: found.plan.organizationId, summary: before.title, changes: diff(before, fields) });
      });
    },

    async remove(ctx: RequestContext, id: number) {
      const task = await mustFindTask(id);
      const found = await access(ctx, task.planId, 'manage');
      const keys = await evidenceRepo.fileKeysOfTask(db, id);
      await db.transaction().execute(async (trx) => {
        await repo.deleteTask(trx, id);
        await audit(trx, found.ctx, { action: 'delete', subjectType: 'task', subjectId: id, organizationId: found.plan.organizationId, summary: task.title });
      });
      for (const key of keys) await storage.remove(key);
      return task;
    },

    /**
     * Evidence entered by hand. A photo, minutes or a file needs the file; a link needs its address.
     * Files are sniffed and stored first (outside the transaction) and removed if the change fails.
     */
    async addEvidence(ctx: RequestContext, taskId: number, input: unknown, file: UploadedFile | null) {
      const task = await mustFindTask(taskId);
      const found = await planAccess(db, ctx, task.planId);
      const actor = policy.assert(found.ctx.actor, 'report', taskSubject(found, task));
      const v = parseCommand(AddEvidence, input);
      const occurredOn = pastDate('occurredOn', 'Ngày thực hiện', v.occurredOn);
      if (v.kind === 'link' && !v.url) throw new ValidationError({ url: 'Vui lòng nhập đường dẫn tới minh chứng.' });
      if ((v.kind === 'photo' || v.kind === 'minutes' || v.kind === 'file') && !file) throw new ValidationError({ file: 'Vui lòng chọn tệp minh chứng (ảnh JPEG, PNG, WebP hoặc tệp PDF, DOCX, XLSX).' });
      const saved = file ? await storeFile(storage, file, 'file', `tasks/${taskId}`) : null;
      const fields: evidenceRepo.EvidenceFields = { kind: v.kind, title: v.title, occurredOn, quantity: v.quantity ?? 1, url: v.url ?? '', note: v.note ?? '', unitId: actor.unitId };
      return removingOnFailure(storage, saved, () =>
        db.transaction().execute(async (trx) => {
          const id = await evidenceRepo.insertEvidence(trx, taskId, fields, saved, authorOf(found.ctx), isoNow(clock));
          await audit(trx, found.ctx, { action: 'create', subjectType: 'task_evidence', subjectId: id, organizationId: found.plan.organizationId, summary: `${task.title}: ${v.title}`, changes: { taskId, ...fields, file: saved?.fileName ?? null } });
          return id;
        }),
      );
    },

    /** Whoever manages the plan may remove evidence; a focal point, only what they entered. */
    async removeEvidence(ctx: RequestContext, id: number) {
      const evidence = await evidenceRepo.findEvidence(db, id);
      if (!evidence) throw new NotFoundError('Không tìm thấy minh chứng.');
      const task = await mustFindTask(evidence.taskId);
      const found = await planAccess(db, ctx, task.planId);
      const actor = found.ctx.actor;
      const own = policy.can(actor, 'report', taskSubject(found, task)) && evidence.createdBy === actor?.id;
      if (!own) policy.assert(actor, 'manage', found.subject);
      await db.transaction().execute(async (trx) => {
        await evidenceRepo.deleteEvidence(trx, id);
        await audit(trx, found.ctx, { action: 'delete', subjectType: 'task_evidence', subjectId: id, organizationId: found.plan.organizationId, summary: `${task.title}: ${evidence.title}` });
      });
      if (evidence.storageKey) await storage.remove(evidence.storageKey);
      return evidence;
    },

    async evidenceFile(ctx: RequestContext, id: number) {
      const evidence = await evidenceRepo.findEvidence(db, id);
      if (!evidence?.storageKey || !evidence.file) throw new NotFoundError('Không tìm thấy tệp minh chứng.');
      const task = await mustFindTask(evidence.taskId);
      await access(ctx, task.planId, 'read');
      return { ...evidence.file, id: evidence.id, stream: await storage.read(evidence.storageKey) };
    },

    /** A unit's focal point records how the plan reached their staff (V.1); the Office may record for any unit. */
    async recordDissemination(ctx: RequestContext, planId: number, input: unknown) {
      const found = await access(ctx, planId, 'read');
      const v = parseCommand(RecordDissemination, input);
      const unit = found.units.find((u) => u.id === v.unitId);
      if (!unit) throw new ValidationError({ unitId: 'Vui lòng chọn đơn vị trong danh sách.' });
      if (!policy.can(found.ctx.actor, 'disseminate', { ...found.subject, unitId: unit.id })) throw new ForbiddenError('Chỉ đầu mối của đơn vị hoặc Văn phòng được ghi nhận việc phổ biến kế hoạch của đơn vị.');
      const heldOn = pastDate('heldOn', 'Ngày phổ biến', v.heldOn);
      const fields = { unitId: unit.id, heldOn, form: v.form, attendance: v.attendance, note: v.note ?? '' };
      return db.transaction().execute(async (trx) => {
        const id = await disseminationRepo.insertDissemination(trx, planId, fields, authorOf(found.ctx), isoNow(clock));
        await audit(trx, found.ctx, { action: 'create', subjectType: 'plan_dissemination', subjectId: id, organizationId: found.plan.organizationId, summary: `${unit.name}: ${found.plan.title}`, changes: { planId, ...fields } });
        return unit;
      });
    },

    /** The dashboard's figures: progress by topic, channel and unit, the overdue tasks, dissemination. */
    async overview(ctx: RequestContext, planId: number) {
      const found = await access(ctx, planId, 'read');
      const { topics, channels, tasks } = await planTasks(found);
      const row = (code: string, label: string, own: TaskView[]): ProgressRow => ({ code, label, tasks: own.length, percent: groupPercent(own.map((t) => t.percent)) });
      const disseminated = new Set((await disseminationRepo.listDisseminations(db, planId)).map((d) => d.unitId));
      return {
        plan: found.plan,
        overall: groupPercent(tasks.map((t) => t.percent)),
        taskCount: tasks.length,
        done: tasks.filter((t) => t.status === 'done').length,
        byTopic: topics.map((t) => row(t.code, headline(t.text), tasks.filter((k) => k.topicId === t.id))),
        byChannel: channels.map((c) => row(c.code, headline(c.text), tasks.filter((k) => k.channelId === c.id))),
        byUnit: found.units.map((u) => row('', u.name, tasks.filter((k) => k.leadUnitId === u.id))),
        overdue: tasks.filter((t) => t.overdue),
        disseminated: found.units.filter((u) => disseminated.has(u.id)),
        notDisseminated: found.units.filter((u) => !disseminated.has(u.id)),
      };
    },
  };
}
