import { systemContext } from '../platform/auth/actor.js';
import type { Services } from '../services.js';

type DemoTask = {
  lead: string;
  cooperating?: string[];
  assignee?: string;
  schedule: 'deadline' | 'monthly' | 'quarterly' | 'regular';
  dueOn?: string;
  target?: [number, string];
};

/**
 * How the Office might assign the seed plan in February 2023: who leads each topic (II) and channel
 * (III), with whom, by when, and how much counts as done. The targets are the kind the plan implies
 * ("thường xuyên đăng tải", "các buổi chào cờ đầu tháng"): two articles a month, twelve flag
 * ceremonies, a report at mid-year and year end. Unit codes are the demo's (src/demo/demo.ts).
 */
export const DEMO_ASSIGNMENTS: Record<string, DemoTask> = {
  'II.1': { lead: 'VP', cooperating: ['CNTT', 'TTCNTT'], assignee: 'chanhvanphong@demo.cchc.vn', schedule: 'regular', target: [24, 'tin, bài, văn bản về CCHC'] },
  'II.2': { lead: 'VP', cooperating: ['TTR'], schedule: 'quarterly', target: [8, 'tin, bài'] },
  'II.3': { lead: 'VP', cooperating: ['TTBCXB'], schedule: 'monthly', target: [12, 'tin, bài'] },
  'II.4': { lead: 'VP', cooperating: ['TTR'], assignee: 'pakn@demo.cchc.vn', schedule: 'regular', target: [12, 'tin, bài, trả lời phản ánh'] },
  'II.5': { lead: 'VP', schedule: 'deadline', dueOn: '15/12/2023', target: [2, 'báo cáo (6 tháng, năm)'] },
  'II.6': { lead: 'CNTT', cooperating: ['TTCNTT'], assignee: 'daumoi.cntt@demo.cchc.vn', schedule: 'monthly', target: [12, 'tin, bài'] },
  'III.1': { lead: 'TTCNTT', cooperating: ['VP'], schedule: 'regular', target: [48, 'tin, bài trên Cổng thông tin'] },
  'III.2': { lead: 'VP', schedule: 'monthly', target: [12, 'buổi chào cờ có nội dung CCHC'] },
  'III.3': { lead: 'VP', cooperating: ['TTR', 'BCVT', 'CNTT', 'TTBCXB', 'TTCNTT'], schedule: 'deadline', dueOn: '30/11/2023', target: [3, 'sáng kiến'] },
  'III.4': { lead: 'VP', schedule: 'deadline', dueOn: '15/12/2023' },
  'III.5': { lead: 'TTCNTT', cooperating: ['VP'], schedule: 'regular', target: [12, 'bản tin trên màn hình LED'] },
};

/**
 * The seed plan's tasks, created with "Tạo nhiệm vụ từ kế hoạch" and then assigned as above; one
 * task added by hand (the themed conference of III.2); a little evidence, two units' dissemination
 * (the others have not yet, as the page shows), and a budget with two expenses.
 */
export async function loadDemoTasks(services: Services, agencyId: number) {
  const ctx = systemContext('demo');
  const plan = (await services.plans.listAll()).find((p) => p.organizationId === agencyId && p.year === 2023);
  if (!plan) return;
  const { tasks, budget } = services;
  const units = new Map((await services.organizations.allUnits()).filter((u) => u.organizationId === agencyId).map((u) => [u.code, u.id]));
  const people = new Map((await services.users.listAll()).map((u) => [u.email, u.id]));
  const unit = (code: string) => String(units.get(code));

  await tasks.generate(ctx, plan.id);
  const page = await tasks.planPage(ctx, plan.id);
  for (const task of page.tasks) {
    const assignment = task.link ? DEMO_ASSIGNMENTS[task.link.code] : undefined;
    if (!assignment) continue;
    await tasks.update(ctx, task.id, {
      title: task.title,
      link: `${task.link!.kind}-${task.link!.id}`,
      leadUnitId: unit(assignment.lead),
      cooperatingUnitIds: (assignment.cooperating ?? []).map(unit),
      assigneeId: assignment.assignee ? String(people.get(assignment.assignee)) : '',
      schedule: assignment.schedule,
      dueOn: assignment.dueOn ?? '',
      targetCount: assignment.target ? String(assignment.target[0]) : '',
      targetUnit: assignment.target?.[1] ?? '',
      status: 'inProgress',
      notes: '',
    });
  }
  const ceremonies = page.tasks.find((t) => t.link?.code === 'III.2');
  await tasks.create(ctx, plan.id, {
    title: 'Tổ chức hội nghị chuyên đề về cải cách hành chính và chuyển đổi số năm 2023',
    link: ceremonies ? `channel-${ceremonies.link!.id}` : '',
    leadUnitId: unit('VP'),
    cooperatingUnitIds: [unit('CNTT'), unit('TTCNTT')],
    schedule: 'deadline',
    dueOn: '30/09/2023',
    targetCount: '1',
    targetUnit: 'hội nghị',
    status: 'notStarted',
  });
  if (ceremonies) {
    await tasks.addEvidence(ctx, ceremonies.id, { kind: 'note', title: 'Chào cờ đầu tháng 01, 02, 03/2023 có lồng ghép nội dung CCHC', occurredOn: '06/03/2023', quantity: '3', note: 'Lãnh đạo Sở quán triệt Kế hoạch tuyên truyền CCHC năm 2023 tại buổi chào cờ tháng 02.' }, null);
  }

  await tasks.recordDissemination(ctx, plan.id, { unitId: unit('VP'), heldOn: '13/02/2023', form: 'meeting', attendance: '18', note: 'Quán triệt tại cuộc họp giao ban Văn phòng tháng 02/2023.' });
  await tasks.recordDissemination(ctx, plan.id, { unitId: unit('CNTT'), heldOn: '15/02/2023', form: 'email', attendance: '9', note: 'Gửi kế hoạch qua thư công vụ tới toàn thể công chức của phòng.' });

  const conference = await budget.addLine(ctx, plan.id, { name: 'Tổ chức hội nghị chuyên đề về cải cách hành chính', amount: '15.000.000' });
  await budget.addLine(ctx, plan.id, { name: 'Nhuận bút tin, bài về CCHC trên Cổng thông tin điện tử', amount: '24.000.000' });
  const screens = await budget.addLine(ctx, plan.id, { name: 'Thiết kế nội dung bản tin trên màn hình LED', amount: '6.000.000' });
  await budget.addExpense(ctx, plan.id, { lineId: String(screens), spentOn: '20/03/2023', amount: '1.500.000', description: 'Thiết kế bộ bản tin “Dịch vụ công trực tuyến” quý I' }, null);
  await budget.addExpense(ctx, plan.id, { lineId: String(conference), spentOn: '28/03/2023', amount: '2.000.000', description: 'Tạm ứng in tài liệu hội nghị chuyên đề' }, null);
}
