/**
 * Known data for the reports module's tests: a plan with the seed's six topics, and the articles,
 * documents and feedback whose counts a report shows. Rows are written straight to the tables,
 * as the other modules would have left them, so each test states exactly what it counts.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { insertCase } from '../feedback/feedback.repo.js';
import { formatCode } from '../feedback/feedback.inbox-search.js';

const AT = '2023-01-01T00:00:00.000Z';

export async function insertPlan(db: Kysely<DB>, organizationId: number, options: { year?: number; fundingAmount?: number | null } = {}): Promise<number> {
  const { id } = await db
    .insertInto('plans')
    .values({
      organization_id: organizationId,
      year: options.year ?? 2023,
      number: '45',
      symbol: 'KH-STTTT',
      parent_agency: 'UBND TỈNH LẠNG SƠN',
      agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      place: 'Lạng Sơn',
      issued_on: '2023-01-05',
      type_name: 'KẾ HOẠCH',
      title: 'Tuyên truyền cải cách hành chính năm 2023',
      status: 'issued',
      heading_aims: 'MỤC ĐÍCH, YÊU CẦU',
      heading_purposes: 'Mục đích',
      heading_requirements: 'Yêu cầu',
      heading_topics: 'NỘI DUNG',
      heading_channels: 'CÁC HÌNH THỨC VÀ BIỆN PHÁP TUYÊN TRUYỀN',
      heading_funding: 'KINH PHÍ THỰC HIỆN',
      heading_responsibilities: 'TỔ CHỨC THỰC HIỆN',
      funding_text: '',
      funding_amount: options.fundingAmount ?? null,
      signing_authority: 'KT.',
      authority_title: 'GIÁM ĐỐC',
      signer_title: 'PHÓ GIÁM ĐỐC',
      signer_name: 'Nông Văn Niệp',
      created_by: null,
      created_at: AT,
      updated_at: AT,
      issued_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const topics = [
    'Tuyên truyền các văn bản quy định về cải cách hành chính.',
    'Tuyên truyền về quyền và nghĩa vụ, ý thức tổ chức, kỷ luật, đạo đức trong thực thi công vụ.',
    'Việc công khai, minh bạch và giải quyết thủ tục hành chính.',
    'Việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính.',
    'Những kết quả đạt được và những tồn tại, hạn chế, nguyên nhân trong thực hiện cải cách hành chính tại cơ quan.',
    'Tuyên truyền và đẩy mạnh việc thực hiện dịch vụ công trực tuyến.',
  ];
  await db
    .insertInto('plan_topics')
    .values(topics.map((text, i) => ({ plan_id: id, position: i + 1, code: `II.${i + 1}`, text })))
    .execute();
  return id;
}

let articles = 0;

/** An article; `publishedAt` is an instant (UTC), null for one never published. */
export async function insertArticle(
  db: Kysely<DB>,
  a: { organizationId: number; topic: string; publishedAt: string | null; status?: string; categoryId?: number },
): Promise<number> {
  articles += 1;
  const { id } = await db
    .insertInto('articles')
    .values({
      organization_id: a.organizationId,
      slug: `bai-${articles}`,
      title: `Bài ${articles}`,
      sapo: '',
      body_html: '<p>Nội dung</p>',
      body_text: 'Nội dung',
      cover_key: null,
      cover_caption: '',
      topic: a.topic,
      featured: 0,
      status: a.status ?? 'published',
      return_reason: '',
      author_id: null,
      author_name: 'Biên tập viên',
      revision: 1,
      scheduled_at: null,
      published_at: a.publishedAt,
      created_at: AT,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (a.categoryId) await db.insertInto('article_categories').values({ article_id: id, category_id: a.categoryId }).execute();
  return id;
}

let categories = 0;

export async function insertCategory(db: Kysely<DB>, organizationId: number, name: string): Promise<number> {
  categories += 1;
  const { id } = await db
    .insertInto('categories')
    .values({ organization_id: organizationId, parent_id: null, name, slug: `chuyen-muc-${categories}`, description: '', sort_order: 1, visible: 1, created_at: AT, updated_at: AT })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

let documents = 0;

/** A document issued by the organization on that day (a Kế hoạch, '0N/KH-STTTT'). */
export async function insertIssuedDocument(db: Kysely<DB>, organizationId: number, issuedOn: string): Promise<void> {
  documents += 1;
  const code = `${String(documents).padStart(2, '0')}/KH-STTTT`;
  await db
    .insertInto('documents')
    .values({
      organization_id: organizationId,
      slug: `van-ban-${documents}`,
      type: 'plan',
      number: String(documents).padStart(2, '0'),
      number_value: documents,
      code_year: null,
      symbol: 'KH-STTTT',
      code,
      code_key: code.toLowerCase(),
      issuer_name: 'Sở Thông tin và Truyền thông',
      issuer_key: 'so thong tin va truyen thong',
      issuer_organization_id: organizationId,
      signer_name: '',
      signer_title: '',
      issued_on: issuedOn,
      issue_year: Number(issuedOn.slice(0, 4)),
      effective_on: null,
      expires_on: null,
      status: 'inForce',
      field: '',
      summary: `Văn bản ${documents}`,
      body_text: '',
      published: 1,
      search_key: '',
      created_at: AT,
      updated_at: AT,
    })
    .execute();
}

let feedback = 0;

/** A feedback case received at an instant, answered at another (or not), with its answer deadline. */
export async function insertFeedback(db: Kysely<DB>, f: { organizationId: number; receivedAt: string; answeredAt?: string; answerDueOn?: string }): Promise<void> {
  feedback += 1;
  await insertCase(db, {
    organization_id: f.organizationId,
    code: formatCode(2023, feedback),
    year: 2023,
    seq: feedback,
    secret_hash: 'x',
    channel: 'web',
    api_key_id: null,
    submitter_kind: 'person',
    name: 'Người gửi',
    address: '',
    phone: '',
    email: '',
    consent_version: '1',
    consent_at: f.receivedAt,
    consent_ip: '',
    personal_erased_at: null,
    title: 'Phản ánh',
    content: 'Nội dung phản ánh',
    field_id: null,
    publish_allowed: 0,
    status: f.answeredAt ? 'answered' : 'handling',
    received_at: f.receivedAt,
    classify_due_on: f.receivedAt.slice(0, 10),
    accepted_at: f.receivedAt,
    answer_due_on: f.answerDueOn ?? null,
    due_on: null,
    paused_on: null,
    unit_id: null,
    assignee_id: null,
    reason: '',
    forwarded_to: '',
    answer: f.answeredAt ? 'Trả lời' : '',
    answered_at: f.answeredAt ?? null,
    public_title: '',
    public_content: '',
    public_slug: null,
    published_at: null,
    public_key: '',
    rating: null,
    rated_at: null,
    reopen_requested_at: null,
    related_type: null,
    related_id: null,
    created_at: f.receivedAt,
    updated_at: f.receivedAt,
  });
}
