import { systemContext } from '../platform/auth/actor.js';
import type { Role } from '../platform/auth/roles.js';
import type { Services } from '../services.js';
import { loadDemoContent } from './content.js';
import { loadDemoGuides } from './guides.js';
import { loadDemoProcedures } from './procedures.js';
import { loadDemoDocuments } from './documents.js';
import { loadDemoStatistics } from './statistics.js';
import { loadDemoFeedback } from './feedback.js';
import { loadDemoPlan } from './plans.js';
import { loadDemoTasks } from './tasks.js';

/** Every demo account signs in with this password (printed in the start log and the README). */
export const DEMO_PASSWORD = 'cchc-demo-2026';

/**
 * The province is not named in the seed plan; the demo assumes one. Names, codes and signers
 * are ordinary data, edited in the back office like any other.
 */
const ORGANIZATIONS = {
  province: { kind: 'provincialCommittee', name: 'Ủy ban nhân dân tỉnh Lạng Sơn', shortName: 'UBND tỉnh', code: 'UBND', placeName: 'Lạng Sơn', address: 'Số 1 đường Hoàng Văn Thụ, thành phố Lạng Sơn' },
  homeAffairs: { kind: 'department', name: 'Sở Nội vụ', shortName: 'SNV', code: 'SNV', placeName: 'Lạng Sơn', address: 'Đường Hùng Vương, thành phố Lạng Sơn', email: 'snv@langson.gov.vn' },
  agency: {
    kind: 'department',
    name: 'Sở Thông tin và Truyền thông',
    shortName: 'STTTT',
    code: 'STTTT',
    placeName: 'Lạng Sơn',
    address: 'Số 2 đường Lê Lợi, thành phố Lạng Sơn',
    phone: '0205 3 812 345',
    email: 'stttt@langson.gov.vn',
    website: 'https://stttt.langson.gov.vn',
  },
} as const;

const UNITS = [
  { name: 'Văn phòng Sở', code: 'VP', isCoordinating: '1' },
  { name: 'Thanh tra Sở', code: 'TTr' },
  { name: 'Phòng Bưu chính, Viễn thông', code: 'BCVT' },
  { name: 'Phòng Công nghệ thông tin', code: 'CNTT' },
  { name: 'Phòng Thông tin - Báo chí - Xuất bản', code: 'TTBCXB' },
  { name: 'Trung tâm Công nghệ thông tin và Truyền thông', code: 'TTCNTT' },
];

type DemoUser = { email: string; fullName: string; title: string; unit?: string; roles: Role[]; organization?: 'homeAffairs' };

export const DEMO_USERS: DemoUser[] = [
  { email: 'quantri@demo.cchc.vn', fullName: 'Hoàng Minh Quân', title: 'Chuyên viên quản trị hệ thống', unit: 'VP', roles: ['admin'] },
  { email: 'giamdoc@demo.cchc.vn', fullName: 'Lương Văn Thành', title: 'Giám đốc', roles: ['leader'] },
  { email: 'phogiamdoc@demo.cchc.vn', fullName: 'Nông Văn Niệp', title: 'Phó Giám đốc', roles: ['leader'] },
  { email: 'chanhvanphong@demo.cchc.vn', fullName: 'Vi Thị Hồng', title: 'Chánh Văn phòng', unit: 'VP', roles: ['approver', 'unitFocal'] },
  { email: 'bientap@demo.cchc.vn', fullName: 'Đinh Thu Trang', title: 'Chuyên viên', unit: 'VP', roles: ['editor'] },
  { email: 'pakn@demo.cchc.vn', fullName: 'Lăng Văn Đức', title: 'Chuyên viên', unit: 'VP', roles: ['feedbackOfficer'] },
  { email: 'daumoi.cntt@demo.cchc.vn', fullName: 'Hà Thị Mai', title: 'Phó Trưởng phòng', unit: 'CNTT', roles: ['unitFocal'] },
  { email: 'chuyenvien@demo.cchc.vn', fullName: 'Triệu Quốc Bảo', title: 'Chuyên viên', unit: 'BCVT', roles: ['staff'] },
  { email: 'giamsat@demo.cchc.vn', fullName: 'Phạm Thị Lan', title: 'Chuyên viên Phòng Cải cách hành chính', roles: ['supervisor'], organization: 'homeAffairs' },
];

/** Loads the seed plan's agency, its units, one account per role and the portal's articles, unless the database has data. */
export async function loadDemoIfEmpty(services: Services, options: { content: boolean }): Promise<boolean> {
  if ((await services.organizations.options()).length > 0) return false;
  const agency = await loadDemo(services);
  if (options.content) await loadDemoContent(services, agency);
  if (options.content) await loadDemoGuides(services, agency);
  if (options.content) await loadDemoProcedures(services, agency);
  if (options.content) await loadDemoDocuments(services, agency);
  if (options.content) await loadDemoStatistics(services);
  if (options.content) await loadDemoFeedback(services);
  if (options.content) await loadDemoPlan(services, agency);
  if (options.content) await loadDemoTasks(services, agency);
  return true;
}

export async function loadDemo(services: Services) {
  const ctx = systemContext('demo');
  const { organizations, users } = services;
  const province = await organizations.create(ctx, ORGANIZATIONS.province);
  const homeAffairs = await organizations.create(ctx, { ...ORGANIZATIONS.homeAffairs, parentId: province });
  const agency = await organizations.create(ctx, { ...ORGANIZATIONS.agency, parentId: province, supervisorId: homeAffairs });
  await organizations.setPortalOrganization(ctx, agency);

  const unitIds = new Map<string, number>();
  for (const [index, unit] of UNITS.entries()) {
    unitIds.set(unit.code, await organizations.createUnit(ctx, agency, { ...unit, sortOrder: index + 1, active: '1' }));
  }

  await services.categories.ensureDefaults(agency);
  for (const user of DEMO_USERS) {
    const organizationId = user.organization === 'homeAffairs' ? homeAffairs : agency;
    const id = await users.createWithPassword(ctx, { email: user.email, fullName: user.fullName, password: DEMO_PASSWORD, organizationId, roles: user.roles });
    await users.update(ctx, id, {
      fullName: user.fullName,
      title: user.title,
      organizationId,
      unitId: user.unit ? unitIds.get(user.unit) : undefined,
      roles: user.roles,
    });
  }
  return agency;
}
