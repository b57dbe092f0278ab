/**
 * A report as an official document (Nghị định 30/2020 layout, type BÁO CÁO, symbol BC): the
 * plan's header and signing block, the figures as tables, the narrative parts as written.
 */
import type { OfficialBlock, OfficialDocument } from '../../platform/docx/official-document.js';
import { amountInWords, formatNumberVi } from '../../shared/money.js';
import type { ReportFigures } from './reports.figures.js';
import type { Period } from './reports.period.js';
import type { PlanHeader, ReportFields } from './reports.repo.js';
import { NARRATIVE_PARTS } from './reports.schema.js';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** 'Kết quả quý I năm 2023 thực hiện Kế hoạch tuyên truyền cải cách hành chính năm 2023'. */
export const reportSubject = (plan: Pick<PlanHeader, 'title'>, period: Period) => `Kết quả ${period.label} thực hiện Kế hoạch ${lowerFirst(plan.title)}`;

/** 'BC-STTTT': the plan's issuer groups after its type ('KH-STTTT'), or the organization's code. */
export function reportSymbol(plan: Pick<PlanHeader, 'symbol'>, organizationCode: string): string {
  const issuer = plan.symbol.split('-').slice(1).join('-');
  return `BC-${issuer || organizationCode}`;
}

/** The percentage of part in whole, one decimal, Vietnamese comma; '—' when there is no whole. */
export const percent = (part: number, whole: number) => (whole > 0 ? `${formatNumberVi(Math.round((part * 1000) / whole) / 10)}%` : '—');

/** The figure tables, shared by the report page and the document. */
export function figureTables(figures: ReportFigures): { title: string; header: string[]; rows: string[][] }[] {
  const n = (x: number) => formatNumberVi(x);
  const { feedback } = figures;
  return [
    {
      title: 'Tin, bài trên Cổng thông tin điện tử theo nội dung tuyên truyền của Kế hoạch',
      header: ['Nội dung tuyên truyền', 'Số tin, bài'],
      rows: [...figures.topics.map((t) => [`${t.code}. ${t.text}`, n(t.articles)]), ['Tổng số tin, bài đã đăng', n(figures.articles)]],
    },
    {
      title: 'Tin, bài theo chuyên mục',
      header: ['Chuyên mục', 'Số tin, bài'],
      rows: figures.categories.length > 0 ? figures.categories.map((c) => [c.name, n(c.articles)]) : [['Không có tin, bài trong kỳ', '0']],
    },
    {
      title: 'Văn bản cơ quan đã ban hành',
      header: ['Loại văn bản', 'Số văn bản'],
      rows: [...figures.documents.map((d) => [d.label, n(d.count)]), ['Tổng cộng', n(figures.documents.reduce((sum, d) => sum + d.count, 0))]],
    },
    {
      title: 'Công khai thủ tục hành chính',
      header: ['Chỉ tiêu', 'Số thủ tục'],
      rows: [
        ['Thủ tục hành chính công khai mới trong kỳ', n(figures.procedures.added)],
        ['Tổng số thủ tục hành chính đang công khai đến cuối kỳ', n(figures.procedures.total)],
      ],
    },
    {
      title: 'Tiếp nhận, xử lý phản ánh, kiến nghị',
      header: ['Tiếp nhận', 'Đã trả lời', 'Trả lời đúng hạn', 'Tỷ lệ đúng hạn'],
      rows: [[n(feedback.received), n(feedback.answered), n(feedback.answeredOnTime), percent(feedback.answeredOnTime, feedback.answered)]],
    },
  ];
}

const paragraphs = (text: string): OfficialBlock[] => (text.trim() === '' ? [] : [{ kind: 'paragraph', text: text.trim() }]);

export type ReportDocumentInput = {
  plan: PlanHeader;
  period: Period;
  fields: ReportFields;
  figures: ReportFigures;
  organizationCode: string;
  /** The supervising organization's name, first under "Nơi nhận:". */
  supervisorName: string | null;
};

export function reportDocument({ plan, period, fields, figures, organizationCode, supervisorName }: ReportDocumentInput): OfficialDocument {
  const tables = figureTables(figures);
  const funding: OfficialBlock[] =
    plan.fundingAmount === null
      ? []
      : [{ kind: 'paragraph', text: `Kinh phí thực hiện theo Kế hoạch: ${formatNumberVi(plan.fundingAmount)} đồng (Bằng chữ: ${amountInWords(plan.fundingAmount)}).` }];
  const body: OfficialBlock[] = [
    { kind: 'heading', level: 1, text: `I. ${NARRATIVE_PARTS.results.toLocaleUpperCase('vi')}` },
    ...paragraphs(fields.results),
    ...tables.flatMap((t, i): OfficialBlock[] => [
      { kind: 'heading', level: 2, text: `${i + 1}. ${t.title}` },
      { kind: 'table', header: t.header, rows: t.rows },
    ]),
    ...funding,
    { kind: 'heading', level: 1, text: 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' },
    { kind: 'heading', level: 2, text: `1. ${NARRATIVE_PARTS.shortcomings}` },
    ...paragraphs(fields.shortcomings),
    { kind: 'heading', level: 2, text: `2. ${NARRATIVE_PARTS.causes}` },
    ...paragraphs(fields.causes),
    { kind: 'heading', level: 1, text: `III. ${NARRATIVE_PARTS.directions.toLocaleUpperCase('vi')}` },
    ...paragraphs(fields.directions),
    { kind: 'heading', level: 1, text: `IV. ${NARRATIVE_PARTS.proposals.toLocaleUpperCase('vi')}` },
    ...paragraphs(fields.proposals),
  ];
  return {
    parentAgency: plan.parentAgency || null,
    agency: plan.agency,
    numberSymbol: `${fields.number || '…'}/${reportSymbol(plan, organizationCode)}`,
    place: plan.place,
    date: fields.issuedOn,
    type: 'BÁO CÁO',
    subject: reportSubject(plan, period),
    body,
    recipients: [...(supervisorName ? [`- ${supervisorName};`] : []), '- Lưu: VT.'],
    signature: {
      // "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"; a head signing in their own name has no authority line.
      authority: plan.signingAuthority ? `${plan.signingAuthority} ${plan.authorityTitle}` : '',
      title: plan.signerTitle,
      signer: plan.signerName,
    },
  };
}
