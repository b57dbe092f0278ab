import { systemContext } from '../platform/auth/actor.js';
import type { Services } from '../services.js';

/** The agency's fields (lĩnh vực) for feedback: those of a Sở Thông tin và Truyền thông, plus the general one. */
export const DEMO_FEEDBACK_FIELDS = [
  'Bưu chính',
  'Viễn thông và Internet',
  'Báo chí, xuất bản',
  'Phát thanh, truyền hình và thông tin điện tử',
  'Công nghệ thông tin, chuyển đổi số',
  'Dịch vụ công trực tuyến',
  'Thủ tục hành chính khác',
] as const;

type DemoItem = {
  field: (typeof DEMO_FEEDBACK_FIELDS)[number];
  title: string;
  content: string;
  person: { submitterKind: 'person' | 'organization'; name: string; address: string; phone: string; email?: string };
  publishAllowed: boolean;
  /** How far the demo takes it through the workflow. */
  until: 'received' | 'rejected' | 'forwarded' | 'handling' | 'awaitingInfo' | 'drafted' | 'published';
  answer?: string;
  publicTitle?: string;
  publicContent?: string;
};

/** Invented submitters (names, phones, addresses are not real people) and questions shaped like real ones. */
export const DEMO_FEEDBACK: DemoItem[] = [
  {
    field: 'Dịch vụ công trực tuyến',
    title: 'Không thanh toán được lệ phí cấp giấy phép bưu chính trên Cổng Dịch vụ công',
    content: 'Khi nộp hồ sơ cấp giấy phép bưu chính trực tuyến, bước thanh toán lệ phí báo lỗi và hồ sơ không chuyển sang trạng thái đã nộp. Đề nghị Sở hướng dẫn cách thanh toán hoặc cho nộp lệ phí trực tiếp.',
    person: { submitterKind: 'organization', name: 'Công ty TNHH Chuyển phát nhanh Kỳ Lừa', address: 'Số 45 đường Bà Triệu, phường Đông Kinh, Lạng Sơn', phone: '0205 3 870 111', email: 'lienhe@kylua-express.example.vn' },
    publishAllowed: true,
    until: 'published',
    answer: 'Lỗi thanh toán do kết nối giữa Cổng Dịch vụ công và ngân hàng đã được khắc phục từ ngày 20/11/2026. Tổ chức, cá nhân gặp lỗi tương tự có thể thanh toán lại trong mục “Hồ sơ của tôi” hoặc nộp lệ phí tại Trung tâm Phục vụ hành chính công tỉnh.',
    publicTitle: 'Không thanh toán được lệ phí cấp giấy phép bưu chính trực tuyến thì làm thế nào?',
    publicContent: 'Một doanh nghiệp phản ánh bước thanh toán lệ phí cấp giấy phép bưu chính trên Cổng Dịch vụ công báo lỗi, hồ sơ không chuyển sang trạng thái đã nộp.',
  },
  {
    field: 'Viễn thông và Internet',
    title: 'Thời gian giải quyết thủ tục cấp phép thiết lập mạng viễn thông dùng riêng quá dài',
    content: 'Thủ tục cấp giấy phép thiết lập mạng viễn thông dùng riêng công bố thời hạn giải quyết dài hơn quy định của Nghị định. Kiến nghị rút ngắn thời hạn và công khai các bước thẩm định.',
    person: { submitterKind: 'person', name: 'Hoàng Văn Tùng', address: 'Thôn Nà Lầu, xã Mai Pha, Lạng Sơn', phone: '0912 000 111', email: 'tung.hv@example.vn' },
    publishAllowed: true,
    until: 'published',
    answer: 'Sở đã rà soát và điều chỉnh thời hạn giải quyết về đúng 15 ngày làm việc theo quy định; quy trình thẩm định được công khai trên trang thủ tục hành chính của Sở.',
    publicTitle: 'Kiến nghị rút ngắn thời hạn cấp phép thiết lập mạng viễn thông dùng riêng',
    publicContent: 'Người dân kiến nghị rút ngắn thời hạn giải quyết thủ tục cấp giấy phép thiết lập mạng viễn thông dùng riêng và công khai các bước thẩm định.',
  },
  {
    field: 'Công nghệ thông tin, chuyển đổi số',
    title: 'Đề nghị bổ sung hướng dẫn ký số trên điện thoại khi nộp hồ sơ trực tuyến',
    content: 'Nhiều người dân không có máy tính nên không ký số được khi nộp hồ sơ trực tuyến. Kiến nghị có hướng dẫn ký số bằng ứng dụng trên điện thoại.',
    person: { submitterKind: 'person', name: 'Lộc Thị Hạnh', address: 'Khối 3, thị trấn Đồng Đăng, Lạng Sơn', phone: '0987 222 333' },
    publishAllowed: true,
    until: 'drafted',
    answer: 'Sở sẽ phát hành tài liệu và video hướng dẫn ký số trên điện thoại trong tháng tới, đăng trên cổng thông tin và tại bộ phận một cửa.',
  },
  {
    field: 'Bưu chính',
    title: 'Bưu điện xã không nhận trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích',
    content: 'Khi đăng ký nhận kết quả qua bưu điện, bưu điện xã cho biết chưa triển khai dịch vụ này. Đề nghị làm rõ phạm vi dịch vụ bưu chính công ích.',
    person: { submitterKind: 'person', name: 'Vi Văn Khánh', address: 'Thôn Bản Chắt, xã Tân Thanh, Lạng Sơn', phone: '0868 444 555', email: 'khanh.vv@example.vn' },
    publishAllowed: false,
    until: 'awaitingInfo',
  },
  {
    field: 'Báo chí, xuất bản',
    title: 'Hồ sơ cấp giấy phép xuất bản bản tin yêu cầu nhiều giấy tờ trùng lặp',
    content: 'Hồ sơ cấp giấy phép xuất bản bản tin yêu cầu nộp cả quyết định thành lập và giấy chứng nhận đăng ký hoạt động dù hai giấy tờ có cùng thông tin. Kiến nghị bỏ bớt.',
    person: { submitterKind: 'organization', name: 'Hội Doanh nghiệp trẻ tỉnh', address: 'Số 8 đường Lê Lợi, Lạng Sơn', phone: '0205 3 999 888' },
    publishAllowed: true,
    until: 'handling',
  },
  {
    field: 'Thủ tục hành chính khác',
    title: 'Khiếu nại quyết định xử phạt vi phạm hành chính',
    content: 'Tôi không đồng ý với quyết định xử phạt vi phạm hành chính trong lĩnh vực quảng cáo và đề nghị hủy quyết định này.',
    person: { submitterKind: 'person', name: 'Nguyễn Hữu Phước', address: 'Phường Chi Lăng, Lạng Sơn', phone: '0909 666 777' },
    publishAllowed: false,
    until: 'rejected',
  },
  {
    field: 'Thủ tục hành chính khác',
    title: 'Thủ tục cấp đổi giấy phép lái xe còn yêu cầu giấy khám sức khỏe bản giấy',
    content: 'Kiến nghị cho phép dùng giấy khám sức khỏe điện tử khi cấp đổi giấy phép lái xe thay cho bản giấy.',
    person: { submitterKind: 'person', name: 'Đàm Thị Xuân', address: 'Xã Hoàng Đồng, Lạng Sơn', phone: '0977 888 999' },
    publishAllowed: true,
    until: 'forwarded',
  },
  {
    field: 'Phát thanh, truyền hình và thông tin điện tử',
    title: 'Đề nghị hướng dẫn thủ tục cấp phép trang thông tin điện tử tổng hợp',
    content: 'Doanh nghiệp chưa rõ hồ sơ cấp giấy phép trang thông tin điện tử tổng hợp cần những gì và nộp ở đâu. Đề nghị Sở hướng dẫn cụ thể.',
    person: { submitterKind: 'organization', name: 'Công ty Cổ phần Truyền thông Xứ Lạng', address: 'Số 20 đường Trần Đăng Ninh, Lạng Sơn', phone: '0205 3 777 666' },
    publishAllowed: true,
    until: 'received',
  },
];

/** Loads the fields and walks each item as far as its `until` says, through the same service calls as the back office. */
export async function loadDemoFeedback(services: Services) {
  const ctx = systemContext('demo');
  const { feedback } = services;
  const fieldIds = new Map<string, number>();
  for (const name of DEMO_FEEDBACK_FIELDS) fieldIds.set(name, await feedback.addField(ctx, name));
  const choices = await feedback.choices(ctx);
  const unit = choices.units.find((u) => u.name === 'Văn phòng Sở') ?? choices.units[0];
  const officer = choices.handlers[0];

  for (const item of DEMO_FEEDBACK) {
    const { code } = await feedback.receive(
      ctx,
      { ...item.person, title: item.title, content: item.content, fieldId: String(fieldIds.get(item.field)), consent: '1', publishAllowed: item.publishAllowed ? '1' : '' },
      { channel: 'demo' },
    );
    const id = (await services.db.selectFrom('feedback').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    if (item.until === 'received') continue;
    if (item.until === 'rejected') {
      await feedback.reject(ctx, id, { reason: 'Đây là khiếu nại, không phải phản ánh, kiến nghị về quy định hành chính. Đề nghị gửi đơn khiếu nại đến cơ quan đã ra quyết định xử phạt theo Luật Khiếu nại 2011.' });
      continue;
    }
    if (item.until === 'forwarded') {
      await feedback.forward(ctx, id, { agency: 'Sở Xây dựng tỉnh Lạng Sơn', forwardNote: 'Thủ tục cấp đổi giấy phép lái xe thuộc thẩm quyền của Sở Xây dựng.' });
      continue;
    }
    await feedback.accept(ctx, id);
    if (unit && officer) await feedback.assign(ctx, id, { unitId: String(unit.id), assigneeId: String(officer.id) });
    await feedback.start(ctx, id);
    if (item.until === 'handling') continue;
    if (item.until === 'awaitingInfo') {
      await feedback.requestInfo(ctx, id, { question: 'Vui lòng cho biết tên bưu điện xã và ngày đăng ký nhận kết quả qua bưu điện.' });
      continue;
    }
    await feedback.draft(ctx, id, { answer: item.answer ?? '' });
    if (item.until === 'drafted') continue;
    await feedback.approve(ctx, id);
    await feedback.answer(ctx, id);
    await feedback.publish(ctx, id, { publicTitle: item.publicTitle ?? item.title, publicContent: item.publicContent ?? item.content });
  }
}
