import type { RequestContext } from '../platform/auth/actor.js';
import type { Services } from '../services.js';

/**
 * The demo library: national documents on administrative reform, as published (number, dates,
 * issuer, summary), and the demo province's and agency's own documents.
 *
 * National documents: only facts we are confident of are stated. A signer or an effective date we
 * could not confirm is left empty (the page says "Chưa cập nhật") rather than guessed. Statuses
 * follow REFERENCE §0 where it speaks (NĐ 13/2023/NĐ-CP repealed on 01/01/2026); "hết hiệu lực một
 * phần" marks a decree amended by another decree of this list. Reported but unconfirmed changes
 * (NĐ 42/2022 replaced in 2026; NĐ 61/2018 and NĐ 107/2021 replaced by a 2025 decree on the
 * one-stop shop) are NOT applied: an administrator checks them on vbpl.vn and edits the status.
 *
 * Provincial and agency documents are illustrative: the seed plan names no province (the demo
 * assumes Lạng Sơn), so their numbers and dates are made up, and the province's leaders are not
 * named. Issuer names are those valid when the document was issued (the Sở Thông tin và Truyền
 * thông was merged into the Sở Khoa học và Công nghệ in 2025: REFERENCE §0).
 */
type DemoDocument = {
  key: string;
  type: string;
  numberSymbol: string;
  issuerName: string;
  /** Code of an organization of the demo installation, when the issuer is one. */
  issuerCode?: 'UBND' | 'SNV' | 'STTTT';
  signerName?: string;
  signerTitle?: string;
  issuedOn: string;
  effectiveOn?: string;
  expiresOn?: string;
  status: 'inForce' | 'partlyExpired' | 'expired';
  field: string;
  summary: string;
  bodyText?: string;
};

const GOVERNMENT = 'Chính phủ';
const PRIME_MINISTER = 'Thủ tướng Chính phủ';
const PM_SIGNS = 'TM. Chính phủ, Thủ tướng';

/**
 * The seed plan itself. The copy we were given shows neither its number nor its date: "45/KH-STTTT"
 * and 06/02/2023 are plausible stand-ins (a yearly plan is issued early in the year), not facts.
 */
const SEED_PLAN_TEXT = `I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Tiếp tục góp phần nâng cao nhận thức của cán bộ, công chức, viên chức và người lao động về ý nghĩa, mục tiêu, nhiệm vụ, giải pháp thực hiện công tác cải cách hành chính; vai trò, trách nhiệm của người đứng đầu trong việc triển khai thực hiện Kế hoạch cải cách hành chính năm 2023.
- Góp phần tăng cường sự tham gia giám sát của người dân, tổ chức và doanh nghiệp trong việc thực hiện cải cách hành chính của Sở Thông tin và Truyền thông.
- Tăng cường phối hợp, chia sẻ thông tin, đảm bảo thông tin về tình hình triển khai và kết quả thực hiện công tác cải cách hành chính tại Sở được phản ánh chính xác, đầy đủ, kịp thời.
2. Yêu cầu
- Thực hiện công tác tuyên truyền có hiệu quả; phong phú về nội dung và hình thức, các hoạt động tuyên truyền phải đi vào trọng tâm, trọng điểm.
- Nội dung tuyên truyền phải gắn với lộ trình triển khai thực hiện các mục tiêu, nhiệm vụ Kế hoạch cải cách hành chính của Sở; kết hợp việc tuyên truyền cải cách hành chính với việc tuyên truyền, phổ biến các chủ trương, chính sách của Đảng và pháp luật của Nhà nước.
- Kết hợp hình thức tuyên truyền truyền thống với ứng dụng công nghệ thông tin vào hoạt động tuyên truyền nhằm mang lại hiệu quả cao nhất.
II. NỘI DUNG
1. Tuyên truyền các văn bản quy định về cải cách hành chính. Tập trung tuyên truyền các nội dung chính của nhiệm vụ cải cách hành chính (Tuyên truyền, hỗ trợ người dân, doanh nghiệp tạo tài khoản và sử dụng dịch vụ công trực tuyến; tuyên truyền về hệ thống thanh toán điện tử, chuyển đổi số, xây dựng chính quyền điện tử).
2. Tuyên truyền về quyền và nghĩa vụ, ý thức tổ chức, kỷ luật, đạo đức trong thực thi công vụ.
3. Việc công khai, minh bạch và giải quyết thủ tục hành chính.
4. Việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính.
5. Những kết quả đạt được và những tồn tại, hạn chế, nguyên nhân trong thực hiện cải cách hành chính tại cơ quan.
6. Tuyên truyền và đẩy mạnh việc thực hiện dịch vụ công trực tuyến.
III. CÁC HÌNH THỨC VÀ BIỆN PHÁP TUYÊN TRUYỀN
1. Thông qua Cổng thông tin điện tử của cơ quan, thường xuyên đăng tải các tin, bài, các văn bản về cải cách hành chính; xây dựng và duy trì các danh mục về cải cách hành chính trên website cơ quan.
2. Phổ biến, quán triệt qua tổ chức hội nghị chuyên đề; lồng ghép nội dung cải cách hành chính trong các hội nghị tuyên truyền, phổ biến, giáo dục pháp luật; các buổi chào cờ đầu tháng của cơ quan.
3. Tìm kiếm sáng kiến mới về cải cách hành chính qua việc huy động cán bộ, công chức, viên chức tham gia.
4. Gắn nội dung công tác tuyên truyền CCHC với công tác thi đua - khen thưởng trong hoạt động của các cơ quan.
5. Các hình thức khác như: Ban hành văn bản, đăng thông tin trên bảng tin điện tử công cộng (màn hình Led)…
IV. KINH PHÍ THỰC HIỆN
Kinh phí tuyên truyền công tác cải cách hành chính được sử dụng từ ngân sách nhà nước cấp cho Sở Thông tin và Truyền thông năm 2023.
V. TỔ CHỨC THỰC HIỆN
1. Các phòng, đơn vị thuộc Sở có trách nhiệm tuyên truyền, phổ biến các nội dung thuộc Kế hoạch này tới toàn thể công chức, viên chức và người lao động của đơn vị mình, nhằm nâng cao nhận thức, trách nhiệm của công chức, viên chức, người lao động về công tác cải cách hành chính của Sở; lồng ghép các nội dung tuyên truyền về cải cách hành chính trong các hoạt động thuộc các lĩnh vực phòng, đơn vị mình quản lý.
2. Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị có liên quan tham mưu thực hiện thường xuyên các nội dung trong Kế hoạch này./.`;

export const DEMO_DOCUMENTS: DemoDocument[] = [
  // National
  { key: 'nd20-2008', type: 'decree', numberSymbol: '20/2008/NĐ-CP', issuerName: GOVERNMENT, signerName: 'Nguyễn Tấn Dũng', signerTitle: PM_SIGNS, issuedOn: '14/02/2008', status: 'partlyExpired', field: 'Phản ánh, kiến nghị', summary: 'Về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính' },
  { key: 'nd63-2010', type: 'decree', numberSymbol: '63/2010/NĐ-CP', issuerName: GOVERNMENT, signerName: 'Nguyễn Tấn Dũng', signerTitle: PM_SIGNS, issuedOn: '08/06/2010', status: 'partlyExpired', field: 'Kiểm soát thủ tục hành chính', summary: 'Về kiểm soát thủ tục hành chính' },
  { key: 'nd92-2017', type: 'decree', numberSymbol: '92/2017/NĐ-CP', issuerName: GOVERNMENT, signerName: 'Nguyễn Xuân Phúc', signerTitle: PM_SIGNS, issuedOn: '07/08/2017', effectiveOn: '25/09/2017', status: 'inForce', field: 'Kiểm soát thủ tục hành chính', summary: 'Sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính' },
  { key: 'nd61-2018', type: 'decree', numberSymbol: '61/2018/NĐ-CP', issuerName: GOVERNMENT, signerName: 'Nguyễn Xuân Phúc', signerTitle: PM_SIGNS, issuedOn: '23/04/2018', effectiveOn: '21/06/2018', status: 'partlyExpired', field: 'Thủ tục hành chính', summary: 'Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính' },
  { key: 'nd09-2019', type: 'decree', numberSymbol: '09/2019/NĐ-CP', issuerName: GOVERNMENT, signerName: 'Nguyễn Xuân Phúc', signerTitle: PM_SIGNS, issuedOn: '24/01/2019', status: 'inForce', field: 'Cải cách hành chính', summary: 'Quy định về chế độ báo cáo của cơ quan hành chính nhà nước' },
  { key: 'nd30-2020', type: 'decree', numberSymbol: '30/2020/NĐ-CP', issuerName: GOVERNMENT, signerName: 'Nguyễn Xuân Phúc', signerTitle: PM_SIGNS, issuedOn: '05/03/2020', effectiveOn: '05/03/2020', status: 'inForce', field: 'Công tác văn thư', summary: 'Về công tác văn thư' },
  { key: 'nd45-2020', type: 'decree', numberSymbol: '45/2020/NĐ-CP', issuerName: GOVERNMENT, signerName: 'Nguyễn Xuân Phúc', signerTitle: PM_SIGNS, issuedOn: '08/04/2020', effectiveOn: '22/05/2020', status: 'inForce', field: 'Thủ tục hành chính', summary: 'Về thực hiện thủ tục hành chính trên môi trường điện tử' },
  { key: 'qd749-2020', type: 'decision', numberSymbol: '749/QĐ-TTg', issuerName: PRIME_MINISTER, signerName: 'Nguyễn Xuân Phúc', signerTitle: 'Thủ tướng', issuedOn: '03/06/2020', effectiveOn: '03/06/2020', status: 'inForce', field: 'Chuyển đổi số', summary: 'Phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”' },
  { key: 'nq76-2021', type: 'resolution', numberSymbol: '76/NQ-CP', issuerName: GOVERNMENT, signerName: 'Phạm Minh Chính', signerTitle: PM_SIGNS, issuedOn: '15/07/2021', effectiveOn: '15/07/2021', status: 'inForce', field: 'Cải cách hành chính', summary: 'Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030' },
  { key: 'nd107-2021', type: 'decree', numberSymbol: '107/2021/NĐ-CP', issuerName: GOVERNMENT, issuedOn: '06/12/2021', status: 'inForce', field: 'Thủ tục hành chính', summary: 'Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính' },
  { key: 'qd06-2022', type: 'decision', numberSymbol: '06/QĐ-TTg', issuerName: PRIME_MINISTER, issuedOn: '06/01/2022', status: 'inForce', field: 'Chuyển đổi số', summary: 'Phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030' },
  { key: 'qd766-2022', type: 'decision', numberSymbol: '766/QĐ-TTg', issuerName: PRIME_MINISTER, issuedOn: '23/06/2022', status: 'inForce', field: 'Thủ tục hành chính', summary: 'Phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử' },
  { key: 'nd42-2022', type: 'decree', numberSymbol: '42/2022/NĐ-CP', issuerName: GOVERNMENT, issuedOn: '24/06/2022', effectiveOn: '01/08/2022', status: 'inForce', field: 'Dịch vụ công trực tuyến', summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng' },
  { key: 'nq131-2022', type: 'resolution', numberSymbol: '131/NQ-CP', issuerName: GOVERNMENT, signerName: 'Phạm Minh Chính', signerTitle: PM_SIGNS, issuedOn: '06/10/2022', effectiveOn: '06/10/2022', status: 'inForce', field: 'Thủ tục hành chính', summary: 'Về đẩy mạnh cải cách thủ tục hành chính và hiện đại hóa phương thức chỉ đạo, điều hành phục vụ người dân, doanh nghiệp' },
  { key: 'tt01-2023', type: 'circular', numberSymbol: '01/2023/TT-VPCP', issuerName: 'Văn phòng Chính phủ', signerName: 'Trần Văn Sơn', signerTitle: 'Bộ trưởng, Chủ nhiệm', issuedOn: '05/04/2023', effectiveOn: '20/05/2023', status: 'inForce', field: 'Thủ tục hành chính', summary: 'Quy định một số nội dung và biện pháp thi hành trong số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và thực hiện thủ tục hành chính trên môi trường điện tử' },
  { key: 'nd13-2023', type: 'decree', numberSymbol: '13/2023/NĐ-CP', issuerName: GOVERNMENT, signerName: 'Trần Lưu Quang', signerTitle: 'TM. Chính phủ, KT. Thủ tướng, Phó Thủ tướng', issuedOn: '17/04/2023', effectiveOn: '01/07/2023', expiresOn: '01/01/2026', status: 'expired', field: 'Bảo vệ dữ liệu cá nhân', summary: 'Về bảo vệ dữ liệu cá nhân' },
  { key: 'luat20-2023', type: 'law', numberSymbol: '20/2023/QH15', issuerName: 'Quốc hội', signerName: 'Vương Đình Huệ', signerTitle: 'Chủ tịch Quốc hội', issuedOn: '22/06/2023', effectiveOn: '01/07/2024', status: 'inForce', field: 'Giao dịch điện tử', summary: 'Luật Giao dịch điện tử' },

  // Provincial and agency (illustrative; see above)
  { key: 'ubnd-qd-2021', type: 'decision', numberSymbol: '2150/QĐ-UBND', issuerName: 'Ủy ban nhân dân tỉnh Lạng Sơn', issuerCode: 'UBND', issuedOn: '29/10/2021', effectiveOn: '29/10/2021', status: 'inForce', field: 'Cải cách hành chính', summary: 'Ban hành Kế hoạch cải cách hành chính nhà nước tỉnh Lạng Sơn giai đoạn 2021 - 2025' },
  { key: 'ubnd-ct-2022', type: 'directive', numberSymbol: '08/CT-UBND', issuerName: 'Ủy ban nhân dân tỉnh Lạng Sơn', issuerCode: 'UBND', issuedOn: '15/04/2022', effectiveOn: '15/04/2022', status: 'inForce', field: 'Kỷ luật, kỷ cương hành chính', summary: 'Về tăng cường kỷ luật, kỷ cương hành chính và nâng cao trách nhiệm của cán bộ, công chức, viên chức trong thực thi công vụ' },
  { key: 'ubnd-kh-2023', type: 'plan', numberSymbol: '215/KH-UBND', issuerName: 'Ủy ban nhân dân tỉnh Lạng Sơn', issuerCode: 'UBND', issuedOn: '20/12/2022', effectiveOn: '20/12/2022', status: 'inForce', field: 'Cải cách hành chính', summary: 'Cải cách hành chính nhà nước tỉnh Lạng Sơn năm 2023' },
  { key: 'ubnd-tt-2023', type: 'plan', numberSymbol: '09/KH-UBND', issuerName: 'Ủy ban nhân dân tỉnh Lạng Sơn', issuerCode: 'UBND', issuedOn: '12/01/2023', effectiveOn: '12/01/2023', status: 'inForce', field: 'Cải cách hành chính', summary: 'Tuyên truyền cải cách hành chính nhà nước tỉnh Lạng Sơn năm 2023' },
  { key: 'snv-hd-2023', type: 'guidance', numberSymbol: '03/HD-SNV', issuerName: 'Sở Nội vụ', issuerCode: 'SNV', issuedOn: '17/02/2023', effectiveOn: '17/02/2023', status: 'inForce', field: 'Cải cách hành chính', summary: 'Hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh' },
  { key: 'stttt-kh-cchc-2023', type: 'plan', numberSymbol: '12/KH-STTTT', issuerName: 'Sở Thông tin và Truyền thông', issuerCode: 'STTTT', signerName: 'Lương Văn Thành', signerTitle: 'Giám đốc', issuedOn: '16/01/2023', effectiveOn: '16/01/2023', status: 'inForce', field: 'Cải cách hành chính', summary: 'Cải cách hành chính năm 2023 của Sở Thông tin và Truyền thông' },
  { key: 'seed-plan', type: 'plan', numberSymbol: '45/KH-STTTT', issuerName: 'Sở Thông tin và Truyền thông', issuerCode: 'STTTT', signerName: 'Nông Văn Niệp', signerTitle: 'KT. Giám đốc, Phó Giám đốc', issuedOn: '06/02/2023', effectiveOn: '06/02/2023', status: 'inForce', field: 'Cải cách hành chính', summary: 'Tuyên truyền cải cách hành chính năm 2023', bodyText: SEED_PLAN_TEXT },
  { key: 'stttt-cv-2023', type: 'officialLetter', numberSymbol: '215/STTTT-VP', issuerName: 'Sở Thông tin và Truyền thông', issuerCode: 'STTTT', signerName: 'Nông Văn Niệp', signerTitle: 'KT. Giám đốc, Phó Giám đốc', issuedOn: '14/03/2023', status: 'inForce', field: 'Dịch vụ công trực tuyến', summary: 'V/v đẩy mạnh sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến phí, lệ phí' },
  { key: 'stttt-qc-2023', type: 'decision', numberSymbol: '58/QĐ-STTTT', issuerName: 'Sở Thông tin và Truyền thông', issuerCode: 'STTTT', signerName: 'Lương Văn Thành', signerTitle: 'Giám đốc', issuedOn: '10/04/2023', effectiveOn: '10/04/2023', status: 'inForce', field: 'Phản ánh, kiến nghị', summary: 'Ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính tại Sở Thông tin và Truyền thông' },
  { key: 'stttt-bc-2023', type: 'report', numberSymbol: '96/BC-STTTT', issuerName: 'Sở Thông tin và Truyền thông', issuerCode: 'STTTT', signerName: 'Nông Văn Niệp', signerTitle: 'KT. Giám đốc, Phó Giám đốc', issuedOn: '15/06/2023', status: 'inForce', field: 'Cải cách hành chính', summary: 'Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023' },
  { key: 'stttt-kh-2024', type: 'plan', numberSymbol: '08/KH-STTTT', issuerName: 'Sở Thông tin và Truyền thông', issuerCode: 'STTTT', signerName: 'Nông Văn Niệp', signerTitle: 'KT. Giám đốc, Phó Giám đốc', issuedOn: '22/01/2024', effectiveOn: '22/01/2024', status: 'inForce', field: 'Cải cách hành chính', summary: 'Tuyên truyền cải cách hành chính năm 2024' },
];

/** "From replaces/amends/guides To", by demo keys. */
export const DEMO_RELATIONS: { from: string; kind: 'replaces' | 'amends' | 'guides'; to: string }[] = [
  { from: 'nd107-2021', kind: 'amends', to: 'nd61-2018' },
  { from: 'nd92-2017', kind: 'amends', to: 'nd20-2008' },
  { from: 'nd92-2017', kind: 'amends', to: 'nd63-2010' },
  { from: 'tt01-2023', kind: 'guides', to: 'nd45-2020' },
];

/** Loads the library into the agency's portal, as its approver would enter it, unless it already holds documents. */
export async function loadDemoDocuments(services: Services, agencyId: number) {
  const { users, organizations, documents } = services;
  if ((await documents.count(agencyId)) > 0) return;
  const approver = (await users.listAll()).find((u) => u.email === 'chanhvanphong@demo.cchc.vn');
  const actor = approver ? await users.loadActor(approver.id) : null;
  if (!actor) throw new Error('Thiếu tài khoản mẫu chanhvanphong@demo.cchc.vn');
  const ctx: RequestContext = { actor, ip: '', requestId: 'demo' };
  const ids = new Map<string, number>();
  for (const d of DEMO_DOCUMENTS) {
    const issuer = d.issuerCode ? await organizations.findByCode(d.issuerCode) : null;
    const id = await documents.create(ctx, {
      type: d.type,
      numberSymbol: d.numberSymbol,
      issuerName: d.issuerName,
      issuerOrganizationId: issuer ? String(issuer.id) : '',
      signerName: d.signerName ?? '',
      signerTitle: d.signerTitle ?? '',
      issuedOn: d.issuedOn,
      effectiveOn: d.effectiveOn ?? '',
      expiresOn: d.expiresOn ?? '',
      status: d.status,
      field: d.field,
      summary: d.summary,
      bodyText: d.bodyText ?? '',
      published: '1',
    });
    ids.set(d.key, id);
  }
  for (const r of DEMO_RELATIONS) {
    await documents.addRelation(ctx, ids.get(r.from)!, { kind: r.kind, targetId: String(ids.get(r.to)!) });
  }
}
