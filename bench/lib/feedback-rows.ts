/**
 * Generated feedback cases (phản ánh, kiến nghị) for the back office inbox at scale: seeded, so
 * every build on the same day is identical. Titles and contents are assembled from phrases of real petitions to a
 * Sở Thông tin và Truyền thông; submitters are invented (no real person).
 *
 * Case i of n is received in order over RECEIVED_YEARS years up to the day before the build's
 * reference day, with a few hours of jitter. Its state follows its age, as in an agency that keeps
 * up: cases older than two months are closed (answered, published, rejected, forwarded) except
 * 2% still open or waiting for information (the overdue ones); younger cases spread over the
 * whole workflow. Deadlines are calendar-day approximations of the working-day rules (3 working
 * days to classify ≈ 5 days; 10 to answer ≈ 14), which the inbox only compares and sorts.
 */
import { createHash } from 'node:crypto';
import type { FeedbackState } from '../../src/modules/feedback/feedback.schema.js';

const RECEIVED_YEARS = 6;
const DAY = 86_400_000;

export type InboxWorld = {
  organizationId: number;
  fieldIds: number[];
  /** Officers who may be assigned a case (roles with feedback.handle). */
  handlerIds: number[];
  unitIds: number[];
  /** The last sequence number already used per year (feedback_counters): codes continue from it. */
  lastSeq: Map<number, number>;
  /** Midnight UTC of the day cases are received up to (exclusive). */
  until: number;
};

const ASKS = ['Đề nghị', 'Kiến nghị', 'Phản ánh việc', 'Đề nghị xem xét', 'Đề nghị hướng dẫn', 'Phản ánh tình trạng', 'Kiến nghị sửa đổi quy định về', 'Hỏi về'];
const SUBJECTS = [
  'thời hạn cấp giấy phép bưu chính', 'thủ tục cấp giấy phép thiết lập mạng viễn thông dùng riêng', 'lỗi thanh toán lệ phí trên Cổng Dịch vụ công',
  'ký số hồ sơ trực tuyến trên điện thoại', 'cước dịch vụ Internet cáp quang', 'sóng di động yếu ở vùng biên giới', 'tin nhắn rác và cuộc gọi lừa đảo',
  'cấp giấy phép xuất bản bản tin', 'đăng ký trang thông tin điện tử tổng hợp', 'cột ăng-ten xây dựng gần khu dân cư', 'chậm trả kết quả hồ sơ một cửa',
  'thái độ của công chức tại bộ phận một cửa', 'tài khoản định danh điện tử không đăng nhập được', 'nộp hồ sơ cấp phép hoạt động in',
  'đài truyền thanh cơ sở phát loa quá to', 'cáp viễn thông treo thấp trên đường phố', 'thu phí dịch vụ chuyển phát nhanh không đúng niêm yết',
  'cấp lại giấy phép hoạt động báo chí', 'công khai kết quả giải quyết hồ sơ', 'hướng dẫn chuyển đổi số cho hộ kinh doanh',
];
const PLACES = [
  'tại xã Mai Pha', 'tại phường Đông Kinh', 'tại thị trấn Đồng Đăng', 'tại huyện Cao Lộc', 'tại huyện Hữu Lũng', 'tại huyện Chi Lăng', 'tại huyện Tràng Định',
  'tại xã Tân Thanh', 'tại Trung tâm Phục vụ hành chính công tỉnh', 'trên Cổng Dịch vụ công', '', '', '',
];
const DETAILS = [
  'Người dân đã liên hệ nhiều lần nhưng chưa được giải quyết.', 'Đề nghị cơ quan có thẩm quyền xem xét, trả lời bằng văn bản.',
  'Hồ sơ đã nộp đủ thành phần nhưng quá hạn vẫn chưa có kết quả.', 'Kính đề nghị Sở hướng dẫn cụ thể các bước thực hiện.',
  'Tình trạng này kéo dài, ảnh hưởng đến sinh hoạt và sản xuất, kinh doanh.', 'Mong cơ quan công khai thời hạn và người chịu trách nhiệm xử lý.',
];
const SURNAMES = ['Hoàng', 'Nông', 'Lương', 'Vi', 'Lăng', 'Hà', 'Triệu', 'Lộc', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đinh', 'Chu', 'Mã'];
const MIDDLES = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Mai', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thành', 'Trang', 'Tùng', 'Yến'];

/** Closed outcomes of an old case, by weight. */
const CLOSED: [FeedbackState, number][] = [['answered', 0.62], ['published', 0.2], ['rejected', 0.1], ['forwarded', 0.08]];
/** States of a case younger than two months, by weight. */
const RECENT: [FeedbackState, number][] = [
  ['received', 0.14], ['accepted', 0.08], ['assigned', 0.12], ['handling', 0.2], ['awaitingInfo', 0.05], ['drafted', 0.07],
  ['approved', 0.04], ['answered', 0.18], ['published', 0.04], ['rejected', 0.05], ['forwarded', 0.03],
];
/** After a week every case has been classified. */
const CLASSIFIED = RECENT.filter(([state]) => state !== 'received');
const ASSIGNED: readonly FeedbackState[] = ['assigned', 'handling', 'awaitingInfo', 'drafted', 'approved', 'answered', 'published'];
const CLOSED_OR_PAUSED: readonly FeedbackState[] = ['rejected', 'forwarded', 'answered', 'published', 'awaitingInfo'];
const ADDRESS_PLACES = PLACES.filter((p) => p.startsWith('tại ')).map((p) => p.slice('tại '.length));

export const FEEDBACK_COLUMNS = [
  'organization_id', 'code', 'year', 'seq', 'secret_hash', 'channel', 'api_key_id', 'submitter_kind', 'name', 'address', 'phone', 'email', 'consent_version',
  'consent_at', 'consent_ip', 'title', 'content', 'field_id', 'publish_allowed', 'status', 'received_at', 'classify_due_on', 'accepted_at', 'answer_due_on',
  'due_on', 'paused_on', 'unit_id', 'assignee_id', 'answer', 'answered_at', 'public_title', 'public_content', 'public_slug', 'published_at', 'public_key',
  'created_at', 'updated_at',
] as const;

const pick = <T>(list: readonly T[], random: () => number) => list[Math.floor(random() * list.length)]!;
function weighted(list: [FeedbackState, number][], random: () => number): FeedbackState {
  let u = random() * list.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [state, weight] of list) if ((u -= weight) < 0) return state;
  return list.at(-1)![0];
}
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const iso = (t: number) => new Date(t).toISOString();

/** Case number i of n as the values of FEEDBACK_COLUMNS, in order. Cases must be generated in order (codes are sequential per year). */
export function feedbackRow(i: number, n: number, random: () => number, world: InboxWorld): unknown[] {
  const start = world.until - RECEIVED_YEARS * 365 * DAY;
  const received = Math.min(world.until - 1, Math.max(start, start + ((i + 0.5) / n) * (world.until - start) + (random() - 0.5) * 6 * 3_600_000));
  const age = (world.until - received) / DAY;
  const status = age > 60 ? (random() < 0.02 ? pick(['handling', 'awaitingInfo'] as const, random) : weighted(CLOSED, random)) : weighted(age > 7 ? CLASSIFIED : RECENT, random);
  const year = new Date(received).getUTCFullYear();
  const seq = (world.lastSeq.get(year) ?? 0) + 1;
  world.lastSeq.set(year, seq);
  const code = `PA-${year}-${String(seq).padStart(6, '0')}`;

  const title = `${pick(ASKS, random)} ${pick(SUBJECTS, random)} ${pick(PLACES, random)}`.trim();
  const content = `${title}. ${pick(DETAILS, random)} ${pick(DETAILS, random)}`;
  const person = random() < 0.85;
  const name = person ? `${pick(SURNAMES, random)} ${pick(MIDDLES, random)} ${pick(GIVEN, random)}` : `Công ty TNHH ${pick(GIVEN, random)} ${pick(SURNAMES, random)}`;
  const phone = `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;

  const classifyDue = received + 5 * DAY;
  const accepted = ['received', 'rejected', 'forwarded'].includes(status) ? null : received + (1 + random() * 3) * DAY;
  const answerDue = accepted === null ? null : accepted + 14 * DAY;
  const answered = status === 'answered' || status === 'published' ? Math.min(world.until - 1, accepted! + (2 + random() * 16) * DAY) : null;
  // Open cases mostly keep up; one in ten runs past its deadline (the "overdue" filter's rows).
  const dueOn = CLOSED_OR_PAUSED.includes(status) ? null : status === 'received' ? day(classifyDue) : day(age > 60 || random() < 0.1 ? answerDue! : Math.max(answerDue!, world.until + random() * 14 * DAY));
  const assigneeId = ASSIGNED.includes(status) ? pick(world.handlerIds, random) : null;
  // The unit is chosen apart from the officer (the assign form takes both), so units spread like fields.
  const unitId = assigneeId !== null ? pick(world.unitIds, random) : null;
  const published = status === 'published' ? Math.min(world.until - 1, answered! + DAY) : null;
  const updated = Math.max(received, accepted ?? 0, answered ?? 0, published ?? 0);

  return [
    world.organizationId, code, year, seq, createHash('sha256').update(code).digest('hex'), random() < 0.8 ? 'web' : 'open311', null,
    person ? 'person' : 'organization', name, `Thôn ${pick(GIVEN, random)}, ${pick(ADDRESS_PLACES, random)}, Lạng Sơn`, phone, '',
    '2026-11-v1', iso(received), '', title, content, pick(world.fieldIds, random), random() < 0.5 ? 1 : 0, status, iso(received), day(classifyDue),
    accepted === null ? null : iso(accepted), answerDue === null ? null : day(answerDue), dueOn, status === 'awaitingInfo' ? day(world.until - random() * 10 * DAY) : null,
    unitId, assigneeId, answered === null ? '' : 'Cơ quan đã tiếp thu và trả lời nội dung phản ánh, kiến nghị.', answered === null ? null : iso(answered),
    published === null ? '' : title, published === null ? '' : content, published === null ? null : code.toLowerCase(), published === null ? null : iso(published), '',
    iso(received), iso(updated),
  ];
}
