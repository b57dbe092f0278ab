import type { Actor } from '../../platform/auth/actor.js';
import { definePolicy, has, inOwnOrganization, supervises } from '../../platform/auth/policy.js';

/**
 * A plan as the rules see it: whose it is, which unit is its Office (Văn phòng Sở, the coordinating
 * unit), and whether it is closed (its execution then stands as the record: read, never changed).
 */
export type PlanSubject = { organizationId: number; coordinatingUnitId: number | null; closed: boolean };

/** A task: its plan, and the units on it (the lead unit and the cooperating ones). */
export type TaskSubject = PlanSubject & { unitIds: readonly number[] };

/**
 * The Office coordinates the plan (seed V.2): the focal point of the coordinating unit manages
 * tasks and budget like a holder of tasks.manage, without a role of its own.
 */
const isOffice = (actor: Actor, plan: PlanSubject) => has(actor, 'tasks.report') && actor.unitId !== null && actor.unitId === plan.coordinatingUnitId;

const manage = (actor: Actor, plan: PlanSubject) => !plan.closed && inOwnOrganization(actor, plan.organizationId) && (has(actor, 'tasks.manage') || isOffice(actor, plan));

const focalOf = (actor: Actor, plan: PlanSubject, unitIds: readonly number[]) =>
  !plan.closed &&
  has(actor, 'tasks.report') && inOwnOrganization(actor, plan.organizationId) && actor.unitId !== null && unitIds.includes(actor.unitId);

/**
 * Staff of the agency read its plans' tasks; leaders and the Office (tasks.manage) assign and edit
 * them and keep the budget; a unit's focal point (unitFocal) reports on the tasks their unit leads
 * or cooperates on and records their unit's dissemination. The supervising agency reads. The
 * dashboard, made for leaders and the Office, is open to every reader: the tasks page already shows
 * each task's progress and the budget page its money, so hiding the sums would protect nothing.
 */
export const tasksPolicy = definePolicy({
  read: (actor, plan: PlanSubject) =>
    (inOwnOrganization(actor, plan.organizationId) && (has(actor, 'tasks.read') || has(actor, 'tasks.manage'))) || supervises(actor, plan.organizationId),
  manage,
  report: (actor, task: TaskSubject) => manage(actor, task) || focalOf(actor, task, task.unitIds),
  disseminate: (actor, subject: PlanSubject & { unitId: number }) => manage(actor, subject) || focalOf(actor, subject, [subject.unitId]),
});
