/**
 * Demo articles for the portal: the news a Sở Thông tin và Truyền thông publishes while it carries
 * out its yearly plan for communicating administrative reform (seed plan, topics II.1–II.6).
 *
 * Publication dates are relative (daysAgo), so the dates, months and quarters an article speaks of
 * are relative too: each article is written from a Timeline that stands on its publication day.
 * Figures come from one set of monthly series counted back from today, so the same quarter shows
 * the same numbers in every article that mentions it, whenever the demo is loaded.
 */
import { type DateKey, addDays, dateKey, dayOfWeek, formatDate, vnDateKey } from '../shared/dates.js';
import { computeHolidays } from '../shared/holidays.js';
import { slugify } from '../shared/text.js';
import { createWorkingCalendar, type WorkingCalendar } from '../shared/working-days.js';

export const CATEGORY_SLUGS = [
  'tin-tuc-cchc',
  'van-ban-ve-cchc',
  'thu-tuc-hanh-chinh',
  'huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen',
  'chuyen-doi-so-chinh-quyen-dien-tu',
  'ky-luat-ky-cuong-dao-duc-cong-vu',
  'hoi-dap-phan-anh-kien-nghi',
  'ket-qua-cchc',
  'sang-kien-cchc',
  'guong-dien-hinh',
] as const;
export type CategorySlug = (typeof CATEGORY_SLUGS)[number];

export const TOPIC_CODES = ['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6'] as const;
export type TopicCode = (typeof TOPIC_CODES)[number];

export const COVER_MOTIFS = ['document', 'phone', 'people', 'chart', 'building', 'card'] as const;
export type CoverMotif = (typeof COVER_MOTIFS)[number];

export type DemoArticle = {
  /** ASCII, lower case, hyphens: slugify(title, 100), the whole title. */
  slug: string;
  title: string;
  /** The lead, one or two sentences. */
  sapo: string;
  /** 250–600 words; only p, h2, ul/ol/li, strong, em, blockquote, a, table/thead/tbody/tr/th/td. */
  bodyHtml: string;
  categories: CategorySlug[];
  tags: string[];
  topic: TopicCode;
  /** Age of the publication in days, 0–300. */
  daysAgo: number;
  featured?: boolean;
  cover?: { caption: string; palette: 0 | 1 | 2 | 3 | 4 | 5; motif: CoverMotif };
  author: 'bientap@demo.cchc.vn' | 'chanhvanphong@demo.cchc.vn';
};

const EDITOR = 'bientap@demo.cchc.vn' as const;
const APPROVER = 'chanhvanphong@demo.cchc.vn' as const;

// ---------------------------------------------------------------------------------------------
// Time: what "last quarter" or "the fifth" means for an article published daysAgo days ago.

/** A month or a quarter before the publication day, with the months it covers counted back from today. */
type Period = {
  /** 'Tháng 10/2026', 'Quý III/2026': for table headers. */
  label: string;
  /** 'tháng 10/2026', 'quý III/2026': inside a sentence. */
  text: string;
  /** Each month of the period as months before the current month (1 = last month). */
  monthsAgo: number[];
};

type Timeline = {
  published: DateKey;
  /** Year of publication. */
  year: number;
  /** 'dd/mm/yyyy' of the working day on or before (publication − daysBefore). */
  day(daysBefore: number): string;
  /** 'dd/mm/yyyy' of the first Monday of the month (of the previous one if it is still to come). */
  firstMonday: string;
  /** The `count` whole months before the publication month, oldest first. */
  months(count: number): Period[];
  /** The `count` whole quarters before the publication quarter, oldest first. */
  quarters(count: number): Period[];
};

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const calendars = new Map<number, WorkingCalendar>();

function calendarAround(year: number): WorkingCalendar {
  let calendar = calendars.get(year);
  if (calendar === undefined) {
    calendar = createWorkingCalendar([...computeHolidays(year - 1), ...computeHolidays(year)]);
    calendars.set(year, calendar);
  }
  return calendar;
}

const monthIndex = (key: DateKey) => {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return year * 12 + month - 1;
};

function timeline(published: DateKey, today: DateKey): Timeline {
  const year = Number(published.slice(0, 4));
  const calendar = calendarAround(year);
  const workingOnOrBefore = (key: DateKey) => {
    let day = key;
    while (!calendar.isWorkingDay(day)) day = addDays(day, -1);
    return day;
  };
  const firstMondayOf = (index: number) => {
    let day = dateKey(Math.floor(index / 12), (index % 12) + 1, 1);
    while (dayOfWeek(day) !== 1) day = addDays(day, 1);
    return day;
  };
  const publishedMonth = monthIndex(published);
  const todayMonth = monthIndex(today);
  const thisMonthsMonday = firstMondayOf(publishedMonth);

  return {
    published,
    year,
    day: (daysBefore) => formatDate(workingOnOrBefore(addDays(published, -daysBefore))),
    firstMonday: formatDate(thisMonthsMonday <= published ? thisMonthsMonday : firstMondayOf(publishedMonth - 1)),
    months: (count) =>
      Array.from({ length: count }, (_, i) => {
        const index = publishedMonth - count + i;
        const name = `${(index % 12) + 1}/${Math.floor(index / 12)}`;
        return { label: `Tháng ${name}`, text: `tháng ${name}`, monthsAgo: [todayMonth - index] };
      }),
    quarters: (count) =>
      Array.from({ length: count }, (_, i) => {
        const quarter = Math.floor(publishedMonth / 3) - count + i;
        const name = `${ROMAN[quarter % 4]}/${Math.floor(quarter / 4)}`;
        const monthsAgo = [0, 1, 2].map((k) => todayMonth - (quarter * 3 + k));
        return { label: `Quý ${name}`, text: `quý ${name}`, monthsAgo };
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Figures: monthly series of the Sở's one-stop shop, indexed by months before the current month.

/** Procedures the Sở resolves; 38 are offered fully online (toàn trình), 9 partly (một phần). */
const PROCEDURES = { total: 47, full: 38, partial: 9 } as const;
/** Civil servants, public employees and workers of the Sở. */
const STAFF = 62;

const FEEDBACK = [2, 1, 3, 1, 0, 2, 3, 1, 2, 1, 2, 0, 3, 2, 1, 1, 2, 2, 0, 1, 3, 1, 2, 1];
/** Of the feedback above, what concerned another authority and was forwarded to it. */
const TRANSFERRED = [0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1];

const series = {
  /** Dossiers received. */
  received: (ago: number) => Math.round(121 - 1.5 * ago + 6 * Math.sin(ago * 1.7)),
  /** Of which filed online. */
  online: (ago: number) => Math.round(series.received(ago) * (0.942 - 0.008 * ago)),
  /** Dossiers resolved late: none in the last eight months. */
  late: (ago: number) => (ago > 8 && ago % 4 === 1 ? 1 : 0),
  /** Dossiers resolved before the deadline. */
  early: (ago: number) => Math.round(series.received(ago) * (0.81 - 0.004 * ago)),
  /** Dossiers that carry a fee or charge. */
  charged: (ago: number) => Math.round(series.received(ago) * 0.44 + 3 * Math.cos(ago)),
  /** Of which paid electronically. */
  paidOnline: (ago: number) => Math.round(series.charged(ago) * (0.936 - 0.011 * ago)),
  /** Feedback (phản ánh, kiến nghị) received, and how many fell within the Sở's remit. */
  feedback: (ago: number) => FEEDBACK[(ago - 1) % FEEDBACK.length]!,
  feedbackOwn: (ago: number) => FEEDBACK[(ago - 1) % FEEDBACK.length]! - TRANSFERRED[(ago - 1) % TRANSFERRED.length]!,
  /** Outgoing documents, all digitally signed. */
  outgoing: (ago: number) => Math.round(196 + 18 * Math.sin(ago * 2.3) - ago),
  /** Share of incoming documents handled entirely online, in percent. */
  handledOnline: (ago: number) => Math.min(99.6, 99.5 - 0.3 * ago + 0.2 * Math.sin(ago)),
};

const total = (f: (ago: number) => number, period: Period | Period[]) =>
  (Array.isArray(period) ? period : [period]).flatMap((p) => p.monthsAgo).reduce((sum, ago) => sum + f(ago), 0);

/** 1234 → '1.234'. */
const n = (value: number) => Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** 98.54 → '98,5%'; 100 → '100%'. */
const pct = (value: number) => `${value.toFixed(1).replace(/\.0$/, '').replace('.', ',')}%`;
const ratio = (part: number, whole: number) => pct(whole === 0 ? 100 : (part * 100) / whole);

function table(head: string[], rows: Array<Array<string | number>>): string {
  const cells = (row: Array<string | number>, tag: 'th' | 'td') => row.map((c) => `<${tag}>${typeof c === 'number' ? n(c) : c}</${tag}>`).join('');
  return `<table><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`;
}

/** Source HTML is indented for reading; tags that stand on their own lines are joined. */
function compact(html: string): string {
  return html.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ').trim();
}

const PORTAL = '<a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a>';

// ---------------------------------------------------------------------------------------------

type Draft = Omit<DemoArticle, 'slug' | 'daysAgo'>;
type Entry = { daysAgo: number; write: (t: Timeline) => Draft };

const ENTRIES: Entry[] = [
  // ── II.6 and II.1: accounts, online services, e-payment ────────────────────────────────────
  {
    daysAgo: 1,
    write: (t) => ({
      title: 'Tuần lễ cao điểm hỗ trợ người dân sử dụng dịch vụ công trực tuyến',
      sapo: `Từ ngày ${t.day(7)} đến ngày ${t.day(1)}, Bộ phận Một cửa của Sở cùng Trung tâm Công nghệ thông tin và Truyền thông đã hỗ trợ 236 lượt người dân, doanh nghiệp đăng nhập, nộp hồ sơ và thanh toán trực tuyến ngay tại trụ sở.`,
      categories: ['huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen', 'tin-tuc-cchc'],
      tags: ['dịch vụ công trực tuyến', 'hỗ trợ người dân', 'Bộ phận Một cửa'],
      topic: 'II.6',
      cover: { caption: 'Viên chức Trung tâm Công nghệ thông tin và Truyền thông hướng dẫn người dân nộp hồ sơ trực tuyến tại góc hỗ trợ.', palette: 3, motif: 'phone' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Thực hiện Kế hoạch tuyên truyền cải cách hành chính, Sở Thông tin và Truyền thông tổ chức “Tuần lễ cao điểm hỗ trợ người dân sử dụng dịch vụ công trực tuyến”. Ngay tại sảnh Bộ phận Một cửa, một “góc hỗ trợ” được bố trí với hai máy tính kết nối Internet, máy quét tài liệu và bảng hướng dẫn có mã QR; mỗi ca làm việc luôn có ít nhất hai công chức, viên chức trực để hướng dẫn.</p>
        <h2>Cầm tay chỉ việc trên chính điện thoại của người dân</h2>
        <p>Khác với những buổi tập huấn đông người, tại góc hỗ trợ mỗi người được hướng dẫn riêng, trên chính chiếc điện thoại của mình: từ đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử VNeID, tìm đúng thủ tục, chụp và đính kèm giấy tờ cho rõ nét, đến thanh toán phí, lệ phí bằng mã QR. Cán bộ chỉ hướng dẫn, người dân tự thao tác, để lần sau có thể tự làm ở nhà.</p>
        <p>Ông L.V.K., chủ một cơ sở in ở trung tâm thành phố, cho biết trước đây mỗi lần làm thủ tục ông phải đi lại ít nhất hai lần. “Hôm nay tôi được chỉ cách lưu giấy tờ vào kho dữ liệu cá nhân, lần sau chỉ việc chọn lại, không phải chụp từ đầu”, ông nói.</p>
        <h2>Kết quả sau một tuần</h2>
        <ul>
          <li><strong>236 lượt</strong> người dân, doanh nghiệp được hỗ trợ trực tiếp, trong đó 71 lượt đăng nhập Cổng Dịch vụ công quốc gia lần đầu.</li>
          <li><strong>118 hồ sơ</strong> được nộp trực tuyến ngay tại góc hỗ trợ, chủ yếu thuộc lĩnh vực xuất bản, in và phát hành, phát thanh, truyền hình và thông tin điện tử.</li>
          <li><strong>94 giao dịch</strong> thanh toán phí, lệ phí được thực hiện bằng hình thức trực tuyến.</li>
          <li>Qua phiếu khảo sát nhanh, 98,3% người được hỗ trợ đánh giá “hài lòng” hoặc “rất hài lòng”.</li>
        </ul>
        <h2>Những vướng mắc thường gặp</h2>
        <p>Theo ghi nhận của tổ hỗ trợ, khó khăn phổ biến nhất là người dân quên mật khẩu VNeID hoặc đã đổi số điện thoại nhưng chưa cập nhật, dẫn đến không nhận được mã xác thực. Một số người chụp giấy tờ bị lóa, thiếu trang nên hồ sơ phải bổ sung. Những trường hợp này đều được hướng dẫn cách xử lý cụ thể và ghi lại để bổ sung vào tài liệu hỏi – đáp đăng trên Cổng thông tin điện tử của Sở.</p>
        <blockquote><p>“Tuần lễ cao điểm đã kết thúc nhưng góc hỗ trợ vẫn được duy trì trong giờ hành chính. Người dân cần giúp đỡ cứ đến, hoặc gọi số 0205 3 812 345”, Chánh Văn phòng Sở Vi Thị Hồng cho biết.</p></blockquote>
        <p>Dự kiến, mô hình sẽ được đánh giá, nhân rộng trong các đợt tuyên truyền tiếp theo, gắn với hoạt động của các Tổ công nghệ số cộng đồng ở cơ sở.</p>
      `),
    }),
  },
  {
    daysAgo: 9,
    write: (t) => ({
      title: 'Hướng dẫn đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử VNeID',
      sapo: 'Với tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID, người dân có thể đăng nhập Cổng Dịch vụ công quốc gia để nộp hồ sơ, tra cứu và thanh toán phí, lệ phí mà không phải đăng ký thêm tài khoản nào khác.',
      categories: ['huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen'],
      tags: ['VNeID', 'Cổng Dịch vụ công quốc gia', 'tài khoản định danh điện tử', 'dịch vụ công trực tuyến'],
      topic: 'II.1',
      featured: true,
      cover: { caption: 'Tài khoản định danh điện tử VNeID là “chìa khóa” để sử dụng dịch vụ công trực tuyến.', palette: 1, motif: 'card' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Thời gian qua, Bộ phận Một cửa của Sở Thông tin và Truyền thông nhận được nhiều câu hỏi của người dân, doanh nghiệp về cách tạo tài khoản để nộp hồ sơ trực tuyến. Hiện nay, việc đăng nhập Cổng Dịch vụ công quốc gia đã được kết nối với hệ thống định danh và xác thực điện tử của Bộ Công an: chỉ một tài khoản VNeID, người dân có thể dùng cho dịch vụ công của các bộ, ngành và địa phương.</p>
        <h2>Bước 1: Có tài khoản định danh điện tử mức độ 2</h2>
        <p>Người dân cài ứng dụng VNeID trên điện thoại thông minh từ kho ứng dụng chính thức. Tài khoản mức độ 2 được đăng ký tại cơ quan công an nơi thuận tiện, hoặc cùng lúc khi làm thủ tục cấp thẻ căn cước; khi đi cần mang theo thẻ căn cước gắn chíp và dùng số điện thoại chính chủ. Sau khi nhận tin nhắn kích hoạt, người dân mở ứng dụng, nhập số định danh cá nhân, mã kích hoạt, rồi tự đặt mật khẩu và mã bảo vệ.</p>
        <h2>Bước 2: Đăng nhập Cổng Dịch vụ công quốc gia</h2>
        <ol>
          <li>Truy cập ${PORTAL} tại địa chỉ https://dichvucong.gov.vn, chọn <strong>Đăng nhập</strong>.</li>
          <li>Chọn hình thức đăng nhập bằng tài khoản định danh điện tử do Bộ Công an cấp.</li>
          <li>Nhập số định danh cá nhân và mật khẩu, hoặc mở ứng dụng VNeID để quét mã QR hiển thị trên màn hình.</li>
          <li>Xác nhận trên điện thoại bằng mã bảo vệ; hệ thống tự chuyển về trang cá nhân.</li>
        </ol>
        <p>Ở lần đăng nhập đầu tiên, họ tên, ngày sinh, số định danh cá nhân được lấy từ Cơ sở dữ liệu quốc gia về dân cư; người dùng chỉ cần kiểm tra và bổ sung địa chỉ liên hệ, thư điện tử để nhận thông báo về hồ sơ. Đối với tổ chức, doanh nghiệp, người đại diện theo pháp luật đăng nhập bằng tài khoản định danh điện tử của tổ chức.</p>
        <h2>Giữ an toàn cho tài khoản</h2>
        <ul>
          <li>Không cung cấp mật khẩu, mã bảo vệ hay mã OTP cho bất kỳ ai, kể cả người tự xưng là cán bộ gọi điện “hỗ trợ”.</li>
          <li>Chỉ cài ứng dụng từ kho ứng dụng chính thức; không bấm vào đường dẫn lạ gửi qua tin nhắn, mạng xã hội.</li>
          <li>Khi thay số điện thoại, cần cập nhật lại với cơ quan công an để không bị gián đoạn việc xác thực.</li>
        </ul>
        <blockquote><p>“Người dân chưa quen thao tác có thể đến Bộ phận Một cửa của Sở, chúng tôi sẵn sàng hướng dẫn từng bước ngay trên điện thoại của mình”, Chánh Văn phòng Sở Vi Thị Hồng cho biết.</p></blockquote>
        <p>Tính đến ngày ${t.day(2)}, công chức Bộ phận Một cửa đã hỗ trợ 642 lượt người dân, doanh nghiệp đăng nhập và nộp hồ sơ lần đầu trên Cổng Dịch vụ công quốc gia. Trong các đợt tới, Sở tiếp tục phối hợp với Tổ công nghệ số cộng đồng ở cơ sở để hướng dẫn người dân tạo và sử dụng tài khoản, góp phần đẩy mạnh dịch vụ công trực tuyến và thanh toán điện tử.</p>
      `),
    }),
  },
  {
    daysAgo: 54,
    write: () => ({
      title: 'Năm bước nộp hồ sơ dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia',
      sapo: 'Chỉ cần tài khoản định danh điện tử và điện thoại có kết nối Internet, tổ chức, cá nhân có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả giải quyết thủ tục hành chính của Sở mà không phải đến cơ quan.',
      categories: ['huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen'],
      tags: ['dịch vụ công trực tuyến', 'toàn trình', 'Cổng Dịch vụ công quốc gia', 'hướng dẫn'],
      topic: 'II.6',
      cover: { caption: 'Nộp hồ sơ trực tuyến toàn trình: không phải đến cơ quan, không phải nộp bản giấy.', palette: 2, motif: 'phone' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Trong số ${PROCEDURES.total} thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông, ${PROCEDURES.full} thủ tục đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình. Với những thủ tục này, toàn bộ quá trình từ nộp hồ sơ, nộp phí, lệ phí đến nhận kết quả đều thực hiện trên môi trường mạng. Dưới đây là năm bước cơ bản, lấy ví dụ thủ tục cấp giấy phép xuất bản bản tin.</p>
        <h2>Bước 1. Đăng nhập và tìm thủ tục</h2>
        <p>Truy cập ${PORTAL}, đăng nhập bằng tài khoản định danh điện tử VNeID. Tại ô tìm kiếm, nhập tên thủ tục hoặc chọn cơ quan thực hiện là Sở Thông tin và Truyền thông tỉnh Lạng Sơn. Trước khi nộp, nên đọc kỹ phần thông tin thủ tục: thành phần hồ sơ, thời hạn giải quyết, phí, lệ phí và mẫu đơn, tờ khai.</p>
        <h2>Bước 2. Kê khai tờ khai điện tử</h2>
        <p>Bấm <strong>Nộp trực tuyến</strong>, chọn đúng cơ quan tiếp nhận rồi điền các trường thông tin trên biểu mẫu. Những thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư như họ tên, ngày sinh, số định danh cá nhân được hệ thống điền sẵn, người nộp không phải nhập lại.</p>
        <h2>Bước 3. Đính kèm thành phần hồ sơ</h2>
        <p>Tải lên bản điện tử của từng giấy tờ theo quy định, ưu tiên định dạng PDF, rõ nét, đủ trang. Giấy tờ đã nộp trước đây và được lưu trong kho dữ liệu cá nhân có thể chọn lại cho hồ sơ mới, không phải chụp hay quét lại.</p>
        <h2>Bước 4. Chọn cách nhận kết quả và thanh toán</h2>
        <p>Người nộp chọn nhận kết quả bản điện tử, nhận qua dịch vụ bưu chính công ích hoặc nhận trực tiếp tại Bộ phận Một cửa. Phí, lệ phí (nếu có) được nộp ngay trên Cổng bằng tài khoản ngân hàng, ví điện tử hoặc quét mã QR; biên lai điện tử được gửi về tài khoản của người nộp.</p>
        <h2>Bước 5. Theo dõi và nhận kết quả</h2>
        <p>Sau khi nộp thành công, hệ thống cấp mã hồ sơ và gửi thông báo qua thư điện tử, tin nhắn. Mọi thay đổi trạng thái như đã tiếp nhận, cần bổ sung, đã có kết quả đều được cập nhật trong mục <em>Quản lý hồ sơ đã nộp</em>.</p>
        <blockquote><p>Nếu hồ sơ cần bổ sung, công chức tiếp nhận nêu rõ toàn bộ nội dung cần bổ sung trong một lần thông báo; người nộp chỉ cần cập nhật trên Cổng, không phải nộp lại từ đầu.</p></blockquote>
        <p>Trường hợp gặp khó khăn khi thao tác, tổ chức, cá nhân có thể liên hệ Bộ phận Một cửa của Sở qua số điện thoại 0205 3 812 345 trong giờ hành chính để được hướng dẫn.</p>
      `),
    }),
  },
  {
    daysAgo: 110,
    write: (t) => {
      const last3 = t.months(3);
      const charged = total(series.charged, last3);
      const paid = total(series.paidOnline, last3);
      return {
        title: 'Thanh toán điện tử phí, lệ phí thủ tục hành chính: nhanh, an toàn, không cần tiền mặt',
        sapo: 'Sở Thông tin và Truyền thông khuyến khích tổ chức, cá nhân nộp phí, lệ phí bằng hình thức thanh toán điện tử ngay khi nộp hồ sơ trực tuyến, vừa tiết kiệm thời gian vừa minh bạch chi phí.',
        categories: ['huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen'],
        tags: ['thanh toán điện tử', 'lệ phí', 'biên lai điện tử'],
        topic: 'II.1',
        cover: { caption: 'Thanh toán phí, lệ phí bằng mã QR chỉ mất chưa đầy hai phút.', palette: 4, motif: 'card' },
        author: EDITOR,
        bodyHtml: compact(`
          <p>Thanh toán điện tử là một trong những nội dung trọng tâm của Kế hoạch tuyên truyền cải cách hành chính của Sở. Thay vì phải đến Bộ phận Một cửa nộp tiền mặt và chờ nhận biên lai, người nộp hồ sơ có thể thanh toán ngay khi nộp hồ sơ trực tuyến, vào bất kỳ thời điểm nào trong ngày, kể cả ngày nghỉ.</p>
          <h2>Những cách thanh toán được chấp nhận</h2>
          <ul>
            <li><strong>Tài khoản, thẻ ngân hàng:</strong> dùng tài khoản hoặc thẻ của các ngân hàng đã kết nối với Cổng Dịch vụ công quốc gia.</li>
            <li><strong>Ví điện tử:</strong> xác nhận giao dịch trên ứng dụng ví của các tổ chức trung gian thanh toán được kết nối.</li>
            <li><strong>Quét mã QR:</strong> dùng ứng dụng ngân hàng quét mã trên màn hình; số tiền và nội dung thanh toán được điền sẵn, tránh nhầm lẫn.</li>
          </ul>
          <h2>Lợi ích cho cả người nộp và cơ quan</h2>
          <p>Với người nộp, thanh toán điện tử giúp giảm chi phí đi lại, không phải mang theo tiền mặt, số tiền phải nộp được công khai theo đúng mức thu quy định. Biên lai điện tử có giá trị như biên lai giấy, được lưu trong tài khoản và có thể tải về bất cứ lúc nào. Với cơ quan, khoản thu được đối soát tự động, giảm thời gian kiểm đếm, hạn chế rủi ro trong quản lý tiền mặt.</p>
          <p>Theo số liệu của Văn phòng Sở, trong ba tháng gần đây (${last3[0]!.text} đến ${last3[2]!.text}), ${n(paid)}/${n(charged)} hồ sơ có thu phí, lệ phí đã được thanh toán trực tuyến, đạt ${ratio(paid, charged)}; bình quân mỗi giao dịch hoàn tất trong chưa đầy hai phút.</p>
          <h2>Để giao dịch an toàn</h2>
          <ol>
            <li>Chỉ thanh toán trên ${PORTAL} hoặc trong ứng dụng chính thức của ngân hàng, ví điện tử.</li>
            <li>Kiểm tra kỹ tên đơn vị thụ hưởng, số tiền và mã hồ sơ trước khi xác nhận.</li>
            <li>Không cung cấp mã OTP cho người khác. Công chức của Sở không bao giờ đề nghị người dân chuyển tiền vào tài khoản cá nhân.</li>
          </ol>
          <blockquote><p>“Mỗi giao dịch thanh toán điện tử thành công là một lần người dân không phải xếp hàng. Chúng tôi đặt mục tiêu đến cuối năm ${t.year}, tỷ lệ này đạt trên 90%”, Chánh Văn phòng Sở Vi Thị Hồng chia sẻ.</p></blockquote>
          <p>Mọi vướng mắc về thanh toán, tổ chức, cá nhân liên hệ Bộ phận Một cửa qua số điện thoại 0205 3 812 345 hoặc thư điện tử stttt@langson.gov.vn.</p>
        `),
      };
    },
  },
  {
    daysAgo: 150,
    write: () => ({
      title: 'Hỏi – đáp về thanh toán điện tử phí, lệ phí khi làm thủ tục hành chính',
      sapo: 'Có bắt buộc thanh toán trực tuyến không, mất phí giao dịch không, đã trừ tiền mà hệ thống báo chưa thành công thì làm gì? Văn phòng Sở trả lời những câu hỏi người dân, doanh nghiệp thường gửi đến.',
      categories: ['hoi-dap-phan-anh-kien-nghi', 'huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen'],
      tags: ['thanh toán điện tử', 'hỏi đáp', 'lệ phí'],
      topic: 'II.1',
      author: EDITOR,
      bodyHtml: compact(`
        <p>Từ khi Sở đẩy mạnh tuyên truyền về thanh toán điện tử phí, lệ phí, Bộ phận Một cửa và hộp thư của Cổng thông tin điện tử đã nhận nhiều câu hỏi xoay quanh việc nộp tiền trực tuyến. Văn phòng Sở tổng hợp và trả lời những câu hỏi được quan tâm nhiều nhất.</p>
        <h2>Có bắt buộc phải thanh toán trực tuyến không?</h2>
        <p>Không bắt buộc. Người nộp hồ sơ được lựa chọn hình thức nộp phí, lệ phí phù hợp. Tuy nhiên, khi đã nộp hồ sơ trực tuyến, thanh toán trực tuyến giúp hồ sơ được chuyển xử lý ngay, người nộp không phải đến cơ quan chỉ để nộp tiền.</p>
        <h2>Thanh toán trực tuyến có mất thêm phí không?</h2>
        <p>Số tiền phí, lệ phí là mức thu theo quy định, không thay đổi theo hình thức nộp. Phí giao dịch (nếu có) do ngân hàng hoặc tổ chức trung gian thanh toán quy định; phần lớn các ngân hàng hiện miễn phí cho giao dịch nộp phí, lệ phí dịch vụ công.</p>
        <h2>Tài khoản đã bị trừ tiền nhưng hệ thống báo chưa thành công?</h2>
        <p>Người nộp <strong>không nên thanh toán lại ngay</strong>. Giao dịch có thể đang chờ đối soát giữa ngân hàng và hệ thống. Sau khoảng một ngày làm việc, nếu trạng thái vẫn chưa cập nhật, hãy liên hệ Bộ phận Một cửa và cung cấp mã hồ sơ, thời gian giao dịch, ảnh chụp thông báo trừ tiền để được kiểm tra.</p>
        <h2>Biên lai nhận ở đâu?</h2>
        <p>Biên lai điện tử được gửi về tài khoản của người nộp trên Cổng Dịch vụ công quốc gia và có thể tải về. Biên lai điện tử có giá trị pháp lý, dùng để kê khai, thanh toán như biên lai giấy.</p>
        <h2>Doanh nghiệp có thể nhờ người khác nộp hộ?</h2>
        <p>Được. Người nộp hộ có thể thanh toán bằng tài khoản của mình; nội dung thanh toán gắn với mã hồ sơ nên khoản tiền vẫn được ghi nhận đúng cho hồ sơ của doanh nghiệp.</p>
        <h2>Hồ sơ không được giải quyết thì khoản đã nộp xử lý thế nào?</h2>
        <p>Trường hợp hồ sơ bị từ chối hoặc người nộp rút hồ sơ, việc hoàn trả thực hiện theo quy định của pháp luật về phí, lệ phí đối với từng khoản thu. Bộ phận Một cửa sẽ thông báo và hướng dẫn cụ thể cho người nộp.</p>
        <blockquote><p>Mọi câu hỏi khác về thanh toán điện tử, người dân gửi về mục Hỏi – đáp trên Cổng thông tin điện tử của Sở hoặc gọi số 0205 3 812 345 trong giờ hành chính.</p></blockquote>
      `),
    }),
  },
  {
    daysAgo: 212,
    write: () => ({
      title: 'Phân biệt dịch vụ công trực tuyến toàn trình và dịch vụ công trực tuyến một phần',
      sapo: 'Nghị định số 42/2022/NĐ-CP của Chính phủ thay cách phân loại theo mức độ trước đây bằng hai loại dịch vụ công trực tuyến. Hiểu đúng hai khái niệm giúp người dân chủ động chuẩn bị hồ sơ và biết khi nào cần đến cơ quan.',
      categories: ['van-ban-ve-cchc', 'huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen'],
      tags: ['dịch vụ công trực tuyến', 'Nghị định 42/2022/NĐ-CP', 'toàn trình', 'một phần'],
      topic: 'II.6',
      cover: { caption: 'Danh mục dịch vụ công trực tuyến của Sở được công khai cùng bộ thủ tục hành chính.', palette: 2, motif: 'document' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng. Một điểm mới đáng chú ý là dịch vụ công trực tuyến không còn chia thành các “mức độ” như trước, mà gồm hai loại: <strong>toàn trình</strong> và <strong>một phần</strong>.</p>
        <h2>Dịch vụ công trực tuyến toàn trình</h2>
        <p>Là dịch vụ bảo đảm cung cấp toàn bộ thông tin về thủ tục hành chính; người dân, doanh nghiệp thực hiện trực tuyến tất cả các bước, từ nộp hồ sơ, nộp phí, lệ phí (nếu có) đến nhận kết quả, trên môi trường điện tử. Cơ quan nhà nước tiếp nhận, xử lý và trả kết quả hoàn toàn trên môi trường mạng; người nộp không phải đến cơ quan, trừ trường hợp pháp luật có quy định khác.</p>
        <h2>Dịch vụ công trực tuyến một phần</h2>
        <p>Là dịch vụ không đáp ứng được đầy đủ yêu cầu nói trên. Người dân vẫn nộp hồ sơ trực tuyến, nhưng có ít nhất một bước phải thực hiện trực tiếp, ví dụ xuất trình bản chính giấy tờ để đối chiếu, ký nhận kết quả hoặc để cơ quan kiểm tra thực tế điều kiện hoạt động.</p>
        <h2>Tại Sở Thông tin và Truyền thông</h2>
        <ul>
          <li><strong>${PROCEDURES.full}/${PROCEDURES.total} thủ tục</strong> được cung cấp trực tuyến toàn trình, tập trung ở các lĩnh vực báo chí, bưu chính, phát thanh, truyền hình và thông tin điện tử.</li>
          <li><strong>${PROCEDURES.partial} thủ tục</strong> là dịch vụ công trực tuyến một phần, chủ yếu là các thủ tục cần kiểm tra thực tế cơ sở in, thiết bị hoặc cần đối chiếu bản chính theo quy định chuyên ngành.</li>
        </ul>
        <p>Với thủ tục một phần, thông báo tiếp nhận hồ sơ sẽ ghi rõ bước nào người nộp cần thực hiện trực tiếp và thời gian, địa điểm cụ thể, để chỉ phải đến cơ quan một lần.</p>
        <blockquote><p>Người dân nên xem mục “Cách thức thực hiện” của từng thủ tục trên Cổng Dịch vụ công quốc gia để biết thủ tục đó là toàn trình hay một phần trước khi chuẩn bị hồ sơ.</p></blockquote>
        <p>Sở đang phối hợp với các cơ quan liên quan rà soát để tiếp tục chuyển các thủ tục một phần sang toàn trình khi đủ điều kiện, đồng thời đẩy mạnh tuyên truyền để tỷ lệ hồ sơ nộp trực tuyến ngày càng cao, đúng tinh thần nội dung thứ sáu của Kế hoạch tuyên truyền cải cách hành chính.</p>
      `),
    }),
  },
  {
    daysAgo: 73,
    write: () => ({
      title: 'Hỏi – đáp: Nộp hồ sơ dịch vụ công trực tuyến có phải nộp thêm bản giấy?',
      sapo: 'Đây là câu hỏi được nhiều tổ chức, cá nhân gửi đến Bộ phận Một cửa của Sở. Văn phòng Sở tổng hợp, trả lời những thắc mắc thường gặp khi nộp hồ sơ trực tuyến.',
      categories: ['hoi-dap-phan-anh-kien-nghi', 'huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen'],
      tags: ['dịch vụ công trực tuyến', 'hỏi đáp', 'hồ sơ điện tử'],
      topic: 'II.6',
      author: EDITOR,
      bodyHtml: compact(`
        <p>Dù tỷ lệ hồ sơ nộp trực tuyến tại Sở ngày càng tăng, nhiều người vẫn băn khoăn liệu nộp trực tuyến rồi có phải mang bản giấy đến nộp lại hay không. Dưới đây là câu trả lời cho những câu hỏi thường gặp.</p>
        <h2>Hỏi: Đã nộp hồ sơ trực tuyến, tôi có phải nộp thêm bản giấy?</h2>
        <p><strong>Đáp:</strong> Với thủ tục được cung cấp trực tuyến toàn trình, người nộp không phải nộp bản giấy. Theo Nghị định số 45/2020/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử, hồ sơ điện tử đáp ứng yêu cầu có giá trị pháp lý để giải quyết thủ tục, cơ quan tiếp nhận không được yêu cầu nộp lại những giấy tờ đã nộp bằng bản điện tử hợp lệ.</p>
        <h2>Hỏi: Còn thủ tục một phần thì sao?</h2>
        <p><strong>Đáp:</strong> Người nộp thực hiện theo thông báo tiếp nhận. Thông thường chỉ cần xuất trình bản chính để đối chiếu khi nhận kết quả, hoặc phối hợp để cơ quan kiểm tra thực tế, không phải nộp lại cả bộ hồ sơ.</p>
        <h2>Hỏi: Giấy tờ cần bản sao chứng thực thì tải lên như thế nào?</h2>
        <p><strong>Đáp:</strong> Người nộp dùng bản sao điện tử được chứng thực từ bản chính, hoặc chọn giấy tờ đã được số hóa, lưu trong kho dữ liệu cá nhân trên Cổng Dịch vụ công quốc gia. Giấy tờ đã có trong cơ sở dữ liệu dùng chung thì cơ quan tự khai thác, người nộp không phải cung cấp.</p>
        <h2>Hỏi: Vì sao hồ sơ của tôi bị yêu cầu bổ sung?</h2>
        <p><strong>Đáp:</strong> Nguyên nhân phổ biến là ảnh chụp mờ, lóa, thiếu trang, hoặc đính kèm nhầm giấy tờ. Nên dùng chức năng quét tài liệu trên điện thoại, lưu định dạng PDF và kiểm tra lại trước khi nộp. Mọi yêu cầu bổ sung được nêu đầy đủ trong một lần thông báo.</p>
        <h2>Hỏi: Tôi muốn nhận kết quả bản giấy có được không?</h2>
        <p><strong>Đáp:</strong> Được. Khi nộp hồ sơ, người nộp có thể chọn nhận kết quả qua dịch vụ bưu chính công ích hoặc nhận trực tiếp tại Bộ phận Một cửa. Kết quả bản điện tử vẫn được lưu trong tài khoản để sử dụng về sau.</p>
        <blockquote><p>Người dân, doanh nghiệp có câu hỏi khác có thể gửi qua mục Hỏi – đáp trên Cổng thông tin điện tử của Sở; câu trả lời sẽ được công khai để nhiều người cùng tham khảo.</p></blockquote>
      `),
    }),
  },
  {
    daysAgo: 193,
    write: (t) => ({
      title: 'Tổ công nghệ số cộng đồng đưa dịch vụ công trực tuyến về thôn, bản',
      sapo: `Từ ngày ${t.day(24)} đến ngày ${t.day(3)}, Trung tâm Công nghệ thông tin và Truyền thông tổ chức 4 lớp bồi dưỡng kỹ năng cho 312 thành viên Tổ công nghệ số cộng đồng, những người trực tiếp hướng dẫn bà con sử dụng dịch vụ công trực tuyến.`,
      categories: ['chuyen-doi-so-chinh-quyen-dien-tu', 'guong-dien-hinh'],
      tags: ['tổ công nghệ số cộng đồng', 'dịch vụ công trực tuyến', 'kỹ năng số'],
      topic: 'II.6',
      cover: { caption: 'Thành viên Tổ công nghệ số cộng đồng thực hành hướng dẫn người dân nộp hồ sơ trực tuyến.', palette: 3, motif: 'people' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Ở nhiều thôn, bản vùng cao, khoảng cách từ nhà đến trụ sở cơ quan nhà nước có khi tới vài chục cây số. Với người dân nơi đây, dịch vụ công trực tuyến là cách tiết kiệm thời gian, chi phí nhất; nhưng để dùng được, họ cần một người hướng dẫn ngay tại chỗ. Đó là vai trò của các Tổ công nghệ số cộng đồng.</p>
        <h2>Bồi dưỡng “người hướng dẫn” cho cơ sở</h2>
        <p>Các lớp bồi dưỡng do Trung tâm Công nghệ thông tin và Truyền thông phối hợp với Phòng Công nghệ thông tin tổ chức, chú trọng thực hành. Mỗi học viên được hướng dẫn trên chính điện thoại của mình các nội dung:</p>
        <ul>
          <li>Cài đặt, kích hoạt và sử dụng ứng dụng VNeID; đăng nhập Cổng Dịch vụ công quốc gia.</li>
          <li>Tìm thủ tục, nộp hồ sơ, theo dõi trạng thái và nhận kết quả điện tử.</li>
          <li>Thanh toán điện tử phí, lệ phí bằng mã QR, tài khoản ngân hàng.</li>
          <li>Nhận diện tin nhắn, cuộc gọi lừa đảo, giữ an toàn cho tài khoản cá nhân.</li>
        </ul>
        <h2>Những người “gõ cửa từng nhà”</h2>
        <p>Anh H., thành viên Tổ công nghệ số cộng đồng một xã vùng cao, kể mỗi tối anh dành một đến hai giờ đến nhà bà con để giúp cài ứng dụng, chỉ cách nộp hồ sơ. “Có cụ ngoài bảy mươi tuổi, làm ba lần mới nhớ, nhưng đến lần thứ tư thì tự làm được. Lúc ấy mình thấy công sức bỏ ra là xứng đáng”, anh chia sẻ tại lớp học.</p>
        <p>Theo báo cáo của các địa phương, sau khi được bồi dưỡng, các tổ đã hướng dẫn hơn 5.800 lượt người dân sử dụng tài khoản định danh điện tử và dịch vụ công trực tuyến, trong đó nhiều hồ sơ được nộp ngay tại nhà văn hóa thôn.</p>
        <blockquote><p>“Tổ công nghệ số cộng đồng là cánh tay nối dài của chính quyền số. Sở sẽ tiếp tục cung cấp tài liệu, video hướng dẫn ngắn và kênh hỗ trợ kỹ thuật thường xuyên cho các tổ”, Phó Giám đốc Sở Nông Văn Niệp phát biểu bế giảng lớp học.</p></blockquote>
        <p>Sau đợt bồi dưỡng, bộ tài liệu hướng dẫn được đăng tải trên Cổng thông tin điện tử của Sở để các tổ và người dân thuận tiện tra cứu; Trung tâm cũng lập nhóm hỗ trợ trực tuyến để giải đáp vướng mắc phát sinh trong quá trình hướng dẫn ở cơ sở.</p>
      `),
    }),
  },
  {
    daysAgo: 41,
    write: (t) => ({
      title: 'Trợ lý ảo giải đáp thủ tục hành chính: sáng kiến từ Trung tâm Công nghệ thông tin và Truyền thông',
      sapo: 'Sau ba tháng vận hành thử trên Cổng thông tin điện tử của Sở, trợ lý ảo đã trả lời 2.860 lượt câu hỏi về thủ tục hành chính, trong đó khoảng 87% được giải đáp tự động mà không cần chuyển công chức.',
      categories: ['sang-kien-cchc', 'chuyen-doi-so-chinh-quyen-dien-tu'],
      tags: ['sáng kiến', 'trợ lý ảo', 'thủ tục hành chính'],
      topic: 'II.6',
      cover: { caption: 'Trợ lý ảo trả lời câu hỏi về thủ tục hành chính của Sở suốt 24 giờ mỗi ngày.', palette: 2, motif: 'phone' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Mỗi ngày, Bộ phận Một cửa của Sở nhận hàng chục cuộc gọi hỏi những nội dung lặp lại: thủ tục này cần giấy tờ gì, mất bao nhiêu ngày, lệ phí bao nhiêu, nộp ở đâu. Từ thực tế đó, nhóm viên chức Trung tâm Công nghệ thông tin và Truyền thông đề xuất xây dựng trợ lý ảo giải đáp thủ tục hành chính, đặt ngay trên Cổng thông tin điện tử của Sở.</p>
        <h2>Trả lời từ chính bộ thủ tục đã công bố</h2>
        <p>Điểm khác biệt của sáng kiến là nguồn dữ liệu: trợ lý ảo chỉ trả lời dựa trên ${PROCEDURES.total} thủ tục hành chính đã được công bố, công khai của Sở, kèm đường dẫn đến đúng thủ tục trên Cổng Dịch vụ công quốc gia. Khi câu hỏi vượt ngoài phạm vi hoặc chưa đủ rõ, hệ thống không “đoán” mà đề nghị người hỏi để lại thông tin, công chức Bộ phận Một cửa sẽ liên hệ trong giờ hành chính.</p>
        <h2>Kết quả vận hành thử</h2>
        <ul>
          <li>2.860 lượt câu hỏi trong ba tháng, 41% ngoài giờ hành chính.</li>
          <li>Khoảng 87% câu hỏi được trả lời tự động; số còn lại được chuyển công chức xử lý.</li>
          <li>Số cuộc gọi hỏi thông tin thủ tục đến Bộ phận Một cửa giảm khoảng một phần ba.</li>
        </ul>
        <p>Những câu hỏi trợ lý ảo chưa trả lời được đều được lưu lại, định kỳ hằng tuần nhóm phát triển rà soát để bổ sung cách diễn đạt mới, từ ngữ địa phương, lỗi chính tả thường gặp. Nhờ vậy, tỷ lệ trả lời đúng tăng dần qua từng tháng.</p>
        <h2>Được công nhận là sáng kiến cấp cơ sở</h2>
        <p>Sáng kiến đã được Hội đồng sáng kiến của Sở đánh giá, công nhận, với nhận xét có tính mới, chi phí thấp, dễ nhân rộng. Trung tâm đang hoàn thiện để trợ lý ảo trả lời cả câu hỏi về tình trạng hồ sơ khi người hỏi cung cấp mã hồ sơ, và sẵn sàng chia sẻ giải pháp cho các cơ quan, đơn vị có nhu cầu.</p>
        <blockquote><p>“Trợ lý ảo không thay thế công chức, mà giúp công chức dành thời gian cho những hồ sơ, những trường hợp thực sự cần hướng dẫn kỹ”, đại diện nhóm tác giả chia sẻ tại buổi báo cáo sáng kiến ngày ${t.day(9)}.</p></blockquote>
      `),
    }),
  },
  {
    daysAgo: 18,
    write: (t) => ({
      title: 'Màn hình LED trước trụ sở Sở phát nội dung tuyên truyền cải cách hành chính',
      sapo: 'Mỗi ngày, màn hình LED ngoài trời tại trụ sở Sở và bảng tin điện tử tại Bộ phận Một cửa phát 12 nội dung tuyên truyền về dịch vụ công trực tuyến, thanh toán điện tử và kênh tiếp nhận phản ánh, kiến nghị.',
      categories: ['tin-tuc-cchc'],
      tags: ['màn hình LED', 'bảng tin điện tử công cộng', 'tuyên truyền'],
      topic: 'II.6',
      cover: { caption: 'Bảng tin điện tử công cộng là một trong các hình thức tuyên truyền của Kế hoạch.', palette: 4, motif: 'building' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Thực hiện hình thức tuyên truyền thứ năm của Kế hoạch tuyên truyền cải cách hành chính, từ ngày ${t.day(12)}, Phòng Thông tin - Báo chí - Xuất bản phối hợp với Văn phòng Sở đưa vào sử dụng lịch phát mới cho màn hình LED ngoài trời trước trụ sở Sở tại số 2 đường Lê Lợi và bảng tin điện tử đặt tại sảnh Bộ phận Một cửa.</p>
        <h2>Nội dung ngắn, dễ nhớ, có mã QR</h2>
        <p>Mỗi nội dung chỉ dài 15 đến 20 giây, chữ lớn, hình ảnh minh họa đơn giản để người đi đường có thể đọc trong lúc dừng đèn đỏ. Các nội dung có mã QR dẫn đến trang hướng dẫn tương ứng trên Cổng thông tin điện tử của Sở. Vòng phát gồm 12 nội dung, lặp lại khoảng 20 phút một lần từ 6 giờ đến 22 giờ hằng ngày:</p>
        <ul>
          <li>Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID.</li>
          <li>Nộp hồ sơ trực tuyến toàn trình, nhận kết quả điện tử tại nhà.</li>
          <li>Thanh toán điện tử phí, lệ phí bằng mã QR.</li>
          <li>Kênh gửi phản ánh, kiến nghị và số điện thoại đường dây nóng.</li>
          <li>Khẩu hiệu về kỷ luật, kỷ cương hành chính và văn hóa công sở.</li>
        </ul>
        <h2>Thay đổi nội dung theo từng đợt</h2>
        <p>Lịch phát được cập nhật theo từng đợt cao điểm: tuần lễ hỗ trợ dịch vụ công trực tuyến, cuộc thi tìm hiểu cải cách hành chính, hay khi có thủ tục mới được công bố. Trong giờ hành chính, bảng tin tại Bộ phận Một cửa còn hiển thị số hồ sơ tiếp nhận, trả kết quả trong ngày để người dân theo dõi.</p>
        <p>Theo ghi nhận của Bộ phận Một cửa, từ khi thay đổi lịch phát, số người dân hỏi về cách đăng nhập và thanh toán trực tuyến tăng rõ rệt, nhiều người đã quét mã QR trên màn hình để xem hướng dẫn trước khi đến nộp hồ sơ.</p>
        <blockquote><p>“Màn hình LED giúp thông điệp cải cách hành chính đến với cả những người chưa bao giờ vào Cổng thông tin điện tử của Sở”, đại diện Phòng Thông tin - Báo chí - Xuất bản nhận xét.</p></blockquote>
        <p>Thời gian tới, Sở sẽ phối hợp với các cơ quan, địa phương có màn hình LED công cộng để cùng phát các nội dung tuyên truyền này, mở rộng phạm vi tiếp cận đến người dân ở nhiều khu vực.</p>
      `),
    }),
  },
  {
    daysAgo: 29,
    write: (t) => {
      const months = t.months(5);
      const rows = months.map((m) => {
        const charged = total(series.charged, m);
        const paid = total(series.paidOnline, m);
        return [m.label, charged, paid, ratio(paid, charged)];
      });
      const first = months[0]!;
      const last = months[4]!;
      return {
        title: 'Tỷ lệ thanh toán điện tử phí, lệ phí tại Sở tăng đều qua từng tháng',
        sapo: `Tỷ lệ hồ sơ có thu phí, lệ phí được thanh toán điện tử tại Sở tăng từ ${ratio(total(series.paidOnline, first), total(series.charged, first))} trong ${first.text} lên ${ratio(total(series.paidOnline, last), total(series.charged, last))} trong ${last.text}.`,
        categories: ['ket-qua-cchc', 'huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen'],
        tags: ['thanh toán điện tử', 'dịch vụ công trực tuyến', 'kết quả'],
        topic: 'II.6',
        cover: { caption: 'Thanh toán trực tuyến đang trở thành lựa chọn quen thuộc của người nộp hồ sơ.', palette: 4, motif: 'chart' },
        author: EDITOR,
        bodyHtml: compact(`
          <p>Theo số liệu tổng hợp của Văn phòng Sở, trong năm tháng gần đây, tỷ lệ hồ sơ có thu phí, lệ phí được thanh toán điện tử tăng đều qua từng tháng. Đây là kết quả của việc kết hợp tuyên truyền trên nhiều kênh với hỗ trợ trực tiếp tại Bộ phận Một cửa.</p>
          <p><strong>Hồ sơ có thu phí, lệ phí và số hồ sơ thanh toán điện tử theo tháng</strong></p>
          ${table(['Tháng', 'Hồ sơ có thu phí, lệ phí', 'Thanh toán điện tử', 'Tỷ lệ'], rows)}
          <h2>Vì sao tỷ lệ tăng?</h2>
          <p>Thứ nhất, hầu hết thủ tục của Sở đã được cung cấp trực tuyến toàn trình, nên khi nộp hồ sơ trực tuyến, người nộp được hướng dẫn thanh toán ngay ở bước cuối cùng. Thứ hai, hình thức quét mã QR bằng ứng dụng ngân hàng rất quen thuộc, không phải nhập số tài khoản hay nội dung chuyển khoản. Thứ ba, công chức Bộ phận Một cửa chủ động gọi điện hướng dẫn những trường hợp nộp hồ sơ trực tuyến nhưng chưa thanh toán.</p>
          <h2>Những trường hợp chưa thanh toán trực tuyến</h2>
          <p>Số hồ sơ còn nộp tiền trực tiếp chủ yếu là của người lớn tuổi, hộ kinh doanh nhỏ chưa dùng dịch vụ ngân hàng điện tử, hoặc trường hợp cơ quan, tổ chức cần thanh toán qua tài khoản đơn vị theo quy trình nội bộ. Với nhóm này, Sở tiếp tục hướng dẫn tại chỗ và không bắt buộc chuyển đổi.</p>
          <h2>Mục tiêu tiếp theo</h2>
          <ul>
            <li>Duy trì tỷ lệ thanh toán điện tử trên 90% số hồ sơ có thu phí, lệ phí.</li>
            <li>Cập nhật bộ hỏi – đáp về thanh toán trên Cổng thông tin điện tử, bổ sung các tình huống mới phát sinh.</li>
            <li>Phối hợp với Tổ công nghệ số cộng đồng hướng dẫn người dân ở cơ sở mở và dùng tài khoản thanh toán an toàn.</li>
          </ul>
          <blockquote><p>Thanh toán điện tử giúp người dân tiết kiệm thời gian, giúp cơ quan quản lý khoản thu minh bạch; đó là lợi ích kép mà Sở muốn lan tỏa trong năm ${t.year}.</p></blockquote>
        `),
      };
    },
  },
  // ── II.1: documents, digital transformation, e-government ─────────────────────────────────
  {
    daysAgo: 288,
    write: (t) => ({
      title: `Sở Thông tin và Truyền thông ban hành Kế hoạch tuyên truyền cải cách hành chính năm ${t.year}`,
      sapo: 'Kế hoạch xác định sáu nhóm nội dung tuyên truyền trọng tâm và năm hình thức triển khai, giao Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị thực hiện thường xuyên trong cả năm.',
      categories: ['van-ban-ve-cchc'],
      tags: ['kế hoạch tuyên truyền', 'cải cách hành chính', 'chính quyền điện tử'],
      topic: 'II.1',
      cover: { caption: 'Kế hoạch tuyên truyền cải cách hành chính được phổ biến đến toàn thể công chức, viên chức của Sở.', palette: 0, motif: 'document' },
      author: APPROVER,
      bodyHtml: compact(`
        <p>Ngày ${t.day(3)}, Phó Giám đốc Sở Nông Văn Niệp đã ký ban hành Kế hoạch số 12/KH-STTTT về tuyên truyền cải cách hành chính năm ${t.year}. Kế hoạch nhằm tiếp tục nâng cao nhận thức của cán bộ, công chức, viên chức và người lao động về ý nghĩa, mục tiêu và giải pháp cải cách hành chính, làm rõ trách nhiệm của người đứng đầu; đồng thời tạo điều kiện để người dân, tổ chức, doanh nghiệp tham gia giám sát hoạt động của Sở.</p>
        <h2>Sáu nhóm nội dung trọng tâm</h2>
        <ol>
          <li>Các văn bản về cải cách hành chính, gắn với hỗ trợ người dân, doanh nghiệp tạo tài khoản, sử dụng dịch vụ công trực tuyến; hệ thống thanh toán điện tử; chuyển đổi số và xây dựng chính quyền điện tử.</li>
          <li>Quyền, nghĩa vụ và ý thức tổ chức, kỷ luật, đạo đức của công chức, viên chức khi thi hành công vụ.</li>
          <li>Công khai, minh bạch và kết quả giải quyết thủ tục hành chính.</li>
          <li>Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính.</li>
          <li>Kết quả đạt được, tồn tại, hạn chế và nguyên nhân trong cải cách hành chính tại Sở.</li>
          <li>Đẩy mạnh việc sử dụng dịch vụ công trực tuyến.</li>
        </ol>
        <h2>Kết hợp nhiều hình thức</h2>
        <p>Bên cạnh việc đăng tải thường xuyên tin, bài, văn bản và duy trì chuyên mục cải cách hành chính trên Cổng thông tin điện tử, Sở sẽ phổ biến, quán triệt qua hội nghị chuyên đề, lồng ghép trong các hội nghị phổ biến, giáo dục pháp luật và buổi chào cờ đầu tháng. Kế hoạch khuyến khích công chức, viên chức đề xuất sáng kiến cải cách hành chính; gắn kết quả tuyên truyền với bình xét thi đua, khen thưởng; tận dụng bảng tin điện tử công cộng, màn hình LED để đưa thông tin đến đông đảo người dân.</p>
        <h2>Phân công thực hiện</h2>
        <p>Văn phòng Sở là đơn vị chủ trì, tham mưu triển khai thường xuyên các nội dung của Kế hoạch. Thanh tra Sở, Phòng Bưu chính, Viễn thông, Phòng Công nghệ thông tin, Phòng Thông tin - Báo chí - Xuất bản và Trung tâm Công nghệ thông tin và Truyền thông có trách nhiệm phổ biến Kế hoạch tới từng công chức, viên chức, người lao động của đơn vị mình, lồng ghép nội dung cải cách hành chính trong lĩnh vực được giao. Kinh phí thực hiện được bố trí từ ngân sách nhà nước giao cho Sở trong năm.</p>
        <blockquote><p>“Tuyên truyền không dừng ở việc đăng tin. Mỗi công chức phải hiểu và tự giác thực hiện, để người dân cảm nhận được sự thay đổi ngay khi đến làm thủ tục”, Phó Giám đốc Sở Nông Văn Niệp nhấn mạnh khi ký ban hành Kế hoạch.</p></blockquote>
        <p>Kế hoạch được gửi Sở Nội vụ để theo dõi, tổng hợp; kết quả thực hiện được báo cáo định kỳ hằng quý, sáu tháng và cả năm cùng với báo cáo cải cách hành chính của Sở.</p>
      `),
    }),
  },
  {
    daysAgo: 253,
    write: () => ({
      title: 'Sáu nội dung của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030',
      sapo: 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ là căn cứ xuyên suốt cho kế hoạch cải cách hành chính hằng năm của các cơ quan. Văn phòng Sở tóm lược những điểm chính để công chức, viên chức tiện nghiên cứu.',
      categories: ['van-ban-ve-cchc'],
      tags: ['Nghị quyết 76/NQ-CP', 'chương trình tổng thể', 'cải cách hành chính'],
      topic: 'II.1',
      cover: { caption: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 gồm sáu nội dung lớn.', palette: 5, motif: 'document' },
      author: APPROVER,
      bodyHtml: compact(`
        <p>Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 hướng tới xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu lực, hiệu quả, phục vụ nhân dân, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo. Chương trình được triển khai qua hai giai đoạn 2021–2025 và 2026–2030, với sáu nội dung lớn.</p>
        <h2>1. Cải cách thể chế</h2>
        <p>Nâng cao chất lượng xây dựng, ban hành văn bản quy phạm pháp luật; tăng cường kiểm tra, rà soát, hệ thống hóa văn bản; bảo đảm tổ chức thi hành pháp luật nghiêm minh, hiệu quả.</p>
        <h2>2. Cải cách thủ tục hành chính</h2>
        <p>Kiểm soát chặt chẽ việc ban hành thủ tục mới; cắt giảm, đơn giản hóa thủ tục và giấy tờ công dân; đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông, gắn với cung cấp dịch vụ công trực tuyến.</p>
        <h2>3. Cải cách tổ chức bộ máy hành chính nhà nước</h2>
        <p>Tiếp tục rà soát, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; đẩy mạnh phân cấp, phân quyền gắn với kiểm tra, giám sát.</p>
        <h2>4. Cải cách chế độ công vụ</h2>
        <p>Xây dựng đội ngũ cán bộ, công chức, viên chức chuyên nghiệp, có phẩm chất đạo đức, năng lực; hoàn thiện việc đánh giá theo kết quả công việc; siết chặt kỷ luật, kỷ cương hành chính.</p>
        <h2>5. Cải cách tài chính công</h2>
        <p>Đổi mới cơ chế quản lý, sử dụng ngân sách, tài sản công; thúc đẩy tự chủ của đơn vị sự nghiệp công lập; tăng cường công khai, minh bạch tài chính.</p>
        <h2>6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số</h2>
        <p>Phát triển hạ tầng, nền tảng, cơ sở dữ liệu dùng chung; đổi mới phương thức làm việc của cơ quan nhà nước dựa trên dữ liệu; cung cấp dịch vụ công trực tuyến lấy người dùng làm trung tâm.</p>
        <h2>Ý nghĩa đối với Sở Thông tin và Truyền thông</h2>
        <p>Là cơ quan tham mưu về chuyển đổi số của tỉnh, Sở vừa thực hiện cải cách hành chính tại cơ quan mình, vừa hỗ trợ các cơ quan khác triển khai nội dung thứ sáu của Chương trình. Vì vậy, mỗi công chức, viên chức cần nắm vững sáu nội dung trên, gắn với nhiệm vụ cụ thể được giao trong kế hoạch cải cách hành chính hằng năm của Sở.</p>
        <blockquote><p>Toàn văn Nghị quyết số 76/NQ-CP được đăng tải trong mục Văn bản về cải cách hành chính trên Cổng thông tin điện tử của Sở.</p></blockquote>
      `),
    }),
  },
  {
    daysAgo: 4,
    write: (t) => ({
      title: 'Hội nghị chuyên đề về chuyển đổi số và xây dựng chính quyền điện tử',
      sapo: `Ngày ${t.day(1)}, Sở Thông tin và Truyền thông tổ chức hội nghị chuyên đề quán triệt nhiệm vụ chuyển đổi số, xây dựng chính quyền điện tử hướng tới chính quyền số, gắn với cải cách hành chính tại cơ quan.`,
      categories: ['tin-tuc-cchc', 'chuyen-doi-so-chinh-quyen-dien-tu'],
      tags: ['chuyển đổi số', 'chính quyền điện tử', 'hội nghị chuyên đề'],
      topic: 'II.1',
      featured: true,
      cover: { caption: 'Toàn cảnh hội nghị chuyên đề về chuyển đổi số và xây dựng chính quyền điện tử tại Sở.', palette: 1, motif: 'people' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Giám đốc Sở Lương Văn Thành chủ trì hội nghị. Tham dự có 85 đại biểu là lãnh đạo Sở, lãnh đạo các phòng, đơn vị và công chức, viên chức làm công tác công nghệ thông tin, cải cách hành chính. Hội nghị là một trong những hình thức phổ biến, quán triệt được xác định trong Kế hoạch tuyên truyền cải cách hành chính của Sở.</p>
        <h2>Chính quyền điện tử phải bắt đầu từ chính cơ quan mình</h2>
        <p>Trình bày tham luận, Phó Trưởng phòng Công nghệ thông tin Hà Thị Mai cho biết 100% văn bản đi của Sở được ký số và gửi, nhận qua trục liên thông văn bản; ${PROCEDURES.full}/${PROCEDURES.total} thủ tục hành chính được cung cấp trực tuyến toàn trình; kết quả giải quyết thủ tục được số hóa, lưu trữ điện tử. Tuy nhiên, việc khai thác dữ liệu dùng chung còn hạn chế, một số hồ sơ công việc vẫn song song bản giấy và bản điện tử.</p>
        <p>Đại diện Trung tâm Công nghệ thông tin và Truyền thông giới thiệu kết quả vận hành trợ lý ảo giải đáp thủ tục hành chính và đề xuất mở rộng thanh toán điện tử cho tất cả các khoản phí, lệ phí thuộc thẩm quyền của Sở.</p>
        <h2>Thẳng thắn chỉ ra những điểm nghẽn</h2>
        <p>Thảo luận tại hội nghị, nhiều ý kiến cho rằng kỹ năng số của một bộ phận công chức chưa đồng đều; một số thiết bị đã cũ, ảnh hưởng tốc độ xử lý; dữ liệu giữa các hệ thống chưa được đồng bộ hoàn toàn nên đôi khi vẫn phải nhập lại thông tin. Thanh tra Sở lưu ý yêu cầu bảo đảm an toàn thông tin khi mở rộng kết nối các hệ thống.</p>
        <h2>Bốn nhiệm vụ trọng tâm</h2>
        <p>Kết luận hội nghị, Giám đốc Sở Lương Văn Thành yêu cầu các phòng, đơn vị tập trung:</p>
        <ol>
          <li>Xử lý hồ sơ công việc hoàn toàn trên môi trường mạng, trừ văn bản mật theo quy định.</li>
          <li>Khai thác dữ liệu dùng chung, không yêu cầu người dân cung cấp lại thông tin đã có.</li>
          <li>Bồi dưỡng kỹ năng số cho công chức, viên chức; mỗi phòng có ít nhất một người làm đầu mối hỗ trợ.</li>
          <li>Bảo đảm an toàn thông tin theo cấp độ cho tất cả các hệ thống đang vận hành.</li>
        </ol>
        <blockquote><p>“Xây dựng chính quyền điện tử, chính quyền số không phải việc riêng của Phòng Công nghệ thông tin. Mỗi công chức, mỗi hồ sơ đều là một phần của chuyển đổi số”, Giám đốc Sở nhấn mạnh.</p></blockquote>
        <p>Hội nghị cũng dành thời gian giải đáp các câu hỏi của công chức, viên chức về chữ ký số, lưu trữ điện tử và sử dụng tài khoản định danh điện tử trong công việc.</p>
      `),
    }),
  },
  {
    daysAgo: 141,
    write: () => ({
      title: 'Từ chính quyền điện tử đến chính quyền số: những bước đi của Sở Thông tin và Truyền thông',
      sapo: 'Nếu chính quyền điện tử là đưa công việc lên môi trường mạng, thì chính quyền số là vận hành dựa trên dữ liệu. Sở đang đi từng bước trên chặng đường ấy, bắt đầu từ dữ liệu, nền tảng và con người.',
      categories: ['chuyen-doi-so-chinh-quyen-dien-tu'],
      tags: ['chính quyền điện tử', 'chính quyền số', 'chuyển đổi số', 'dữ liệu'],
      topic: 'II.1',
      cover: { caption: 'Chính quyền số lấy dữ liệu làm nền tảng để phục vụ người dân tốt hơn.', palette: 1, motif: 'building' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Những năm qua, cụm từ “chính quyền điện tử” đã trở nên quen thuộc: văn bản được ký số, hồ sơ được nộp trực tuyến, cuộc họp được tổ chức trực tuyến. Nhưng chính quyền số đòi hỏi nhiều hơn thế: quy trình được thiết kế lại dựa trên dữ liệu, quyết định được đưa ra dựa trên số liệu cập nhật, và người dân chỉ phải cung cấp thông tin một lần.</p>
        <h2>Điểm khác nhau cốt lõi</h2>
        <ul>
          <li><strong>Chính quyền điện tử</strong> ứng dụng công nghệ thông tin vào các quy trình sẵn có, thay giấy bằng tệp điện tử.</li>
          <li><strong>Chính quyền số</strong> lấy dữ liệu làm trung tâm, quy trình được tự động hóa, các hệ thống kết nối và chia sẻ dữ liệu với nhau.</li>
        </ul>
        <h2>Bước thứ nhất: làm giàu dữ liệu</h2>
        <p>Sở đã số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực, để khi người dân làm thủ tục tiếp theo, công chức có thể tra cứu ngay thay vì yêu cầu nộp bản sao. Danh mục dữ liệu của Sở cũng được rà soát, xác định dữ liệu nào được chia sẻ, chia sẻ cho ai và bằng cách nào.</p>
        <h2>Bước thứ hai: dùng chung nền tảng</h2>
        <p>Thay vì mỗi phần mềm lưu một bản thông tin, các hệ thống của Sở kết nối qua nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh. Hệ thống quản lý văn bản, hệ thống giải quyết thủ tục hành chính và Cổng thông tin điện tử dùng chung danh mục cơ quan, đơn vị và tài khoản người dùng.</p>
        <h2>Bước thứ ba: con người và cách làm việc</h2>
        <p>Công nghệ chỉ phát huy hiệu quả khi cách làm việc thay đổi. Công chức được bồi dưỡng kỹ năng khai thác dữ liệu, lập báo cáo từ số liệu của hệ thống thay vì tổng hợp thủ công; lãnh đạo theo dõi tiến độ hồ sơ trên bảng điều hành thay vì chờ báo cáo giấy.</p>
        <h2>Những việc còn phải làm</h2>
        <p>Dữ liệu của một số lĩnh vực chưa được chuẩn hóa; việc kết nối với cơ sở dữ liệu của các bộ, ngành còn phụ thuộc tiến độ chung; kinh phí cho hạ tầng và an toàn thông tin còn hạn chế. Sở xác định đây là những nội dung cần ưu tiên trong kế hoạch chuyển đổi số những năm tới.</p>
        <blockquote><p>Chính quyền số không phải đích đến của riêng ngành thông tin và truyền thông, mà là cách để cả bộ máy phục vụ người dân nhanh hơn, minh bạch hơn.</p></blockquote>
      `),
    }),
  },
  {
    daysAgo: 126,
    write: (t) => ({
      title: 'Phó Trưởng phòng Công nghệ thông tin Hà Thị Mai và những giải pháp số hóa hồ sơ',
      sapo: 'Gần 4.600 kết quả giải quyết thủ tục hành chính được số hóa, liên kết với hồ sơ điện tử; nhiều công chức lớn tuổi tự tin dùng chữ ký số. Đằng sau những con số ấy có dấu ấn của một nữ cán bộ trẻ.',
      categories: ['guong-dien-hinh', 'chuyen-doi-so-chinh-quyen-dien-tu'],
      tags: ['gương điển hình', 'số hóa hồ sơ', 'chuyển đổi số'],
      topic: 'II.1',
      cover: { caption: 'Số hóa kết quả giải quyết thủ tục hành chính giúp người dân không phải nộp lại giấy tờ.', palette: 1, motif: 'document' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Ở Sở Thông tin và Truyền thông, hễ có công chức gặp khó với chữ ký số hay phần mềm quản lý văn bản, câu cửa miệng thường là “hỏi chị Mai”. Chị Hà Thị Mai, Phó Trưởng phòng Công nghệ thông tin, là người trực tiếp tham mưu và triển khai nhiều giải pháp số hóa hồ sơ của Sở trong những năm gần đây.</p>
        <h2>Số hóa từ những việc nhỏ</h2>
        <p>Khi nhận nhiệm vụ số hóa kết quả giải quyết thủ tục hành chính, chị Mai không bắt đầu bằng một dự án lớn. Chị cùng đồng nghiệp lập danh sách những loại kết quả được người dân dùng lại nhiều nhất, xây dựng quy tắc đặt tên tệp, bộ trường thông tin tối thiểu, rồi số hóa dần theo thứ tự ưu tiên. Đến ngày ${t.day(5)}, gần 4.600 kết quả đã được số hóa và liên kết với hồ sơ điện tử tương ứng.</p>
        <p>Nhờ đó, khi tổ chức, doanh nghiệp làm thủ tục gia hạn, sửa đổi giấy phép, công chức có thể tra cứu ngay kết quả cũ trên hệ thống, người nộp không phải cung cấp lại bản sao.</p>
        <h2>Kiên nhẫn với từng đồng nghiệp</h2>
        <p>Chị Mai tự biên soạn bộ hướng dẫn ngắn, mỗi trang một thao tác, có hình minh họa, dán ngay cạnh máy tính của những đồng nghiệp mới làm quen với chữ ký số. Với các đồng chí lớn tuổi, chị hướng dẫn riêng từng người, có khi ngoài giờ làm việc. Sau một thời gian, cả Sở đạt tỷ lệ 100% văn bản đi được ký số.</p>
        <blockquote><p>“Chuyển đổi số không khó bằng thay đổi thói quen. Mình chỉ cần giúp mọi người thấy việc mới nhanh hơn, nhẹ nhàng hơn việc cũ thì họ sẽ tự đổi”, chị Mai chia sẻ.</p></blockquote>
        <h2>Được ghi nhận, khen thưởng</h2>
        <p>Với những đóng góp trong xây dựng chính quyền điện tử tại cơ quan, chị Hà Thị Mai được Giám đốc Sở tặng Giấy khen và được đồng nghiệp bình chọn là gương điển hình trong phong trào thi đua gắn với cải cách hành chính. Hiện chị đang cùng Trung tâm Công nghệ thông tin và Truyền thông nghiên cứu mở rộng việc số hóa sang hồ sơ lưu trữ của các năm trước.</p>
      `),
    }),
  },
  {
    daysAgo: 202,
    write: (t) => ({
      title: 'Phát động cuộc thi trực tuyến tìm hiểu về cải cách hành chính và chuyển đổi số',
      sapo: `Cuộc thi diễn ra trong bốn tuần kể từ ngày ${t.day(2)}, dành cho công chức, viên chức, người lao động của Sở và mọi người dân quan tâm; người dự thi trả lời trên Cổng thông tin điện tử của Sở.`,
      categories: ['tin-tuc-cchc'],
      tags: ['cuộc thi tìm hiểu', 'cải cách hành chính', 'chuyển đổi số'],
      topic: 'II.1',
      author: EDITOR,
      bodyHtml: compact(`
        <p>Nhằm đa dạng hình thức tuyên truyền theo Kế hoạch tuyên truyền cải cách hành chính năm ${t.year}, Sở Thông tin và Truyền thông phát động cuộc thi trực tuyến tìm hiểu về cải cách hành chính và chuyển đổi số. Cuộc thi được tổ chức hoàn toàn trên Cổng thông tin điện tử của Sở, người dự thi đăng nhập bằng số điện thoại hoặc thư điện tử.</p>
        <h2>Nội dung thi</h2>
        <p>Mỗi tuần có một đề thi gồm 20 câu hỏi trắc nghiệm và một câu hỏi dự đoán số người trả lời đúng. Câu hỏi xoay quanh các chủ đề:</p>
        <ul>
          <li>Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030.</li>
          <li>Dịch vụ công trực tuyến toàn trình, một phần; cách đăng nhập bằng tài khoản VNeID.</li>
          <li>Thanh toán điện tử phí, lệ phí và những lưu ý để giao dịch an toàn.</li>
          <li>Xây dựng chính quyền điện tử, chính quyền số và kỹ năng số cho người dân.</li>
          <li>Quyền, nghĩa vụ của người dân khi gửi phản ánh, kiến nghị về quy định hành chính.</li>
        </ul>
        <h2>Cơ cấu giải thưởng</h2>
        <p>Mỗi tuần, Ban Tổ chức trao 1 giải nhất, 2 giải nhì, 3 giải ba và 5 giải khuyến khích cho những người trả lời đúng nhiều câu nhất, dự đoán gần đúng nhất và nộp bài sớm nhất. Ngoài ra có giải tập thể dành cho phòng, đơn vị có tỷ lệ công chức, viên chức tham gia cao nhất.</p>
        <h2>Gắn với thi đua, khen thưởng</h2>
        <p>Kết quả tham gia cuộc thi là một trong những tiêu chí bình xét thi đua cuối năm của các phòng, đơn vị thuộc Sở. Văn phòng Sở đề nghị mỗi công chức, viên chức không chỉ tham gia mà còn giới thiệu cuộc thi đến người thân, bạn bè để lan tỏa thông tin về cải cách hành chính.</p>
        <blockquote><p>“Mỗi câu hỏi là một thông điệp. Trả lời xong đề thi, người dự thi cũng biết cách nộp hồ sơ trực tuyến, cách thanh toán phí, lệ phí mà không phải đến cơ quan”, đại diện Ban Tổ chức cho biết.</p></blockquote>
        <p>Thể lệ chi tiết, đáp án và danh sách người đạt giải được công bố sau mỗi tuần thi trên Cổng thông tin điện tử của Sở.</p>
      `),
    }),
  },
  // ── II.2: rights, duties, discipline and ethics in public service ──────────────────────────
  {
    daysAgo: 24,
    write: (t) => ({
      title: 'Lồng ghép nội dung cải cách hành chính trong buổi chào cờ đầu tháng',
      sapo: `Sáng ${t.firstMonday}, sau nghi thức chào cờ, công chức, viên chức và người lao động của Sở dành 15 phút nghe phổ biến kết quả cải cách hành chính tháng trước và những việc cần làm trong tháng.`,
      categories: ['tin-tuc-cchc', 'ky-luat-ky-cuong-dao-duc-cong-vu'],
      tags: ['chào cờ đầu tháng', 'kỷ luật kỷ cương', 'tuyên truyền'],
      topic: 'II.2',
      cover: { caption: 'Buổi chào cờ đầu tháng tại trụ sở Sở Thông tin và Truyền thông.', palette: 0, motif: 'building' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Lồng ghép nội dung cải cách hành chính trong buổi chào cờ đầu tháng là một trong những hình thức tuyên truyền được Kế hoạch tuyên truyền cải cách hành chính của Sở xác định. Buổi chào cờ tháng này có ${STAFF - 4}/${STAFF} công chức, viên chức, người lao động tham dự; 4 người vắng mặt đều đang đi công tác.</p>
        <h2>Điểm lại kết quả tháng trước</h2>
        <p>Đại diện Văn phòng Sở thông tin nhanh: trong ${t.months(1)[0]!.text}, Bộ phận Một cửa tiếp nhận ${n(total(series.received, t.months(1)))} hồ sơ, tỷ lệ giải quyết đúng hạn đạt ${ratio(total(series.received, t.months(1)) - total(series.late, t.months(1)), total(series.received, t.months(1)))}; tỷ lệ hồ sơ nộp trực tuyến đạt ${ratio(total(series.online, t.months(1)), total(series.received, t.months(1)))}; ${total(series.feedback, t.months(1)) > 0 ? `Sở tiếp nhận ${total(series.feedback, t.months(1))} phản ánh, kiến nghị và đã xem xét, xử lý theo quy định` : 'Sở không nhận được phản ánh, kiến nghị nào về quy định hành chính'}. Đây là những con số được công khai trên Cổng thông tin điện tử và bảng tin điện tử tại Bộ phận Một cửa.</p>
        <h2>Nhắc lại những quy định về kỷ luật, kỷ cương</h2>
        <ul>
          <li>Chấp hành nghiêm thời gian làm việc; đeo thẻ công chức, viên chức trong giờ làm việc.</li>
          <li>Không để hồ sơ trễ hạn; trường hợp cần kéo dài phải có văn bản xin lỗi, hẹn lại ngày trả kết quả.</li>
          <li>Ứng xử văn minh, lịch sự với người dân, doanh nghiệp; không hẹn lần hai khi hướng dẫn hồ sơ.</li>
          <li>Cập nhật đầy đủ, kịp thời tiến độ xử lý hồ sơ công việc trên hệ thống.</li>
        </ul>
        <h2>Những việc cần làm trong tháng</h2>
        <p>Các phòng, đơn vị được đề nghị rà soát thủ tục hành chính thuộc lĩnh vực phụ trách để kịp thời đề xuất sửa đổi; tham gia đầy đủ lớp bồi dưỡng kỹ năng số; hoàn thành báo cáo cải cách hành chính đúng thời hạn để Văn phòng Sở tổng hợp gửi Sở Nội vụ.</p>
        <blockquote><p>“Buổi chào cờ không chỉ là nghi thức. Đây là dịp để mỗi người nhìn lại công việc của mình, thấy mình đã làm được gì và cần sửa điều gì để người dân hài lòng hơn”, Giám đốc Sở Lương Văn Thành phát biểu.</p></blockquote>
        <p>Tài liệu phổ biến tại buổi chào cờ được gửi qua hệ thống quản lý văn bản đến tất cả công chức, viên chức để nghiên cứu, thực hiện.</p>
      `),
    }),
  },
  {
    daysAgo: 95,
    write: (t) => ({
      title: 'Quán triệt kỷ luật, kỷ cương hành chính và đạo đức công vụ trong toàn Sở',
      sapo: `Ngày ${t.day(2)}, Sở Thông tin và Truyền thông ban hành văn bản chấn chỉnh kỷ luật, kỷ cương hành chính; 100% công chức, viên chức, người lao động ký cam kết thực hiện.`,
      categories: ['ky-luat-ky-cuong-dao-duc-cong-vu', 'van-ban-ve-cchc'],
      tags: ['kỷ luật kỷ cương', 'đạo đức công vụ', 'Chỉ thị 26/CT-TTg'],
      topic: 'II.2',
      author: APPROVER,
      bodyHtml: compact(`
        <p>Thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp và Kế hoạch cải cách hành chính năm ${t.year}, Sở Thông tin và Truyền thông đã ban hành văn bản yêu cầu các phòng, đơn vị quán triệt, thực hiện nghiêm kỷ luật, kỷ cương hành chính và đạo đức công vụ.</p>
        <h2>Những yêu cầu cụ thể</h2>
        <ol>
          <li><strong>Thời gian làm việc:</strong> có mặt đúng giờ, không làm việc riêng trong giờ hành chính; khi đi công tác, nghỉ phép phải báo cáo và bàn giao công việc đang xử lý.</li>
          <li><strong>Giải quyết công việc:</strong> xử lý văn bản, hồ sơ đúng thời hạn; không đùn đẩy, né tránh trách nhiệm; chủ động phối hợp giữa các phòng, đơn vị.</li>
          <li><strong>Ứng xử với người dân, doanh nghiệp:</strong> tận tình, lịch sự, hướng dẫn đầy đủ một lần; tuyệt đối không gây phiền hà, sách nhiễu, không yêu cầu giấy tờ ngoài quy định.</li>
          <li><strong>Văn hóa công sở:</strong> đeo thẻ công chức, viên chức; trang phục gọn gàng; không sử dụng đồ uống có cồn trong giờ làm việc và giờ nghỉ trưa của ngày làm việc.</li>
          <li><strong>Trách nhiệm người đứng đầu:</strong> trưởng các phòng, đơn vị chịu trách nhiệm trước Giám đốc Sở nếu để xảy ra vi phạm kỷ luật, kỷ cương trong đơn vị mình phụ trách.</li>
        </ol>
        <h2>Ký cam kết và kiểm tra thường xuyên</h2>
        <p>Sau khi văn bản được phổ biến, ${STAFF}/${STAFF} công chức, viên chức, người lao động đã ký cam kết thực hiện. Thanh tra Sở được giao xây dựng kế hoạch kiểm tra công vụ định kỳ và đột xuất; kết quả kiểm tra là căn cứ đánh giá, xếp loại chất lượng và bình xét thi đua cuối năm.</p>
        <p>Văn bản cũng nêu rõ quyền của công chức, viên chức được bảo đảm điều kiện làm việc, được bồi dưỡng chuyên môn và được bảo vệ khi thực thi công vụ đúng quy định; đồng thời yêu cầu mỗi người nêu cao tinh thần tự giác, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung.</p>
        <blockquote><p>Kỷ luật, kỷ cương không chỉ là việc đi làm đúng giờ, mà là giải quyết đúng hạn, đúng quy định từng hồ sơ của người dân.</p></blockquote>
        <p>Toàn văn văn bản được đăng tải trong mục Văn bản về cải cách hành chính trên Cổng thông tin điện tử của Sở.</p>
      `),
    }),
  },
  {
    daysAgo: 47,
    write: (t) => ({
      title: 'Kiểm tra công vụ đột xuất: chấn chỉnh kịp thời, không để thành thói quen',
      sapo: `Ngày ${t.day(6)}, Thanh tra Sở kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại 6 phòng, đơn vị; qua kiểm tra đã nhắc nhở 3 trường hợp và yêu cầu khắc phục ngay.`,
      categories: ['ky-luat-ky-cuong-dao-duc-cong-vu'],
      tags: ['kiểm tra công vụ', 'Thanh tra Sở', 'kỷ cương hành chính'],
      topic: 'II.2',
      cover: { caption: 'Kiểm tra công vụ là biện pháp thường xuyên để giữ nghiêm kỷ cương hành chính.', palette: 5, motif: 'building' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Theo kế hoạch kiểm tra công vụ năm ${t.year} đã được Giám đốc Sở phê duyệt, Thanh tra Sở tiến hành kiểm tra đột xuất, không báo trước, tại Văn phòng Sở, Phòng Bưu chính, Viễn thông, Phòng Công nghệ thông tin, Phòng Thông tin - Báo chí - Xuất bản, Trung tâm Công nghệ thông tin và Truyền thông và Bộ phận Một cửa.</p>
        <h2>Nội dung kiểm tra</h2>
        <ul>
          <li>Việc chấp hành thời gian làm việc, đeo thẻ công chức, viên chức, trang phục công sở.</li>
          <li>Việc cập nhật tiến độ xử lý văn bản, hồ sơ công việc trên hệ thống quản lý văn bản.</li>
          <li>Tình trạng hồ sơ thủ tục hành chính: đúng hạn, quá hạn, thông báo bổ sung, xin lỗi người dân khi trễ hạn.</li>
          <li>Việc niêm yết công khai thủ tục hành chính, số điện thoại đường dây nóng tại Bộ phận Một cửa.</li>
        </ul>
        <h2>Kết quả</h2>
        <p>Trong số 58 công chức, viên chức làm việc tại cơ quan ngày hôm đó (4 người đi công tác, nghỉ phép), 56 người có mặt đúng giờ, 2 trường hợp đến muộn dưới 15 phút có lý do chính đáng. Có 3 trường hợp không đeo thẻ công chức, viên chức, đã được nhắc nhở và khắc phục ngay. Một phòng chuyên môn còn 4 văn bản đã xử lý xong nhưng chưa cập nhật kết thúc trên hệ thống, khiến số liệu tổng hợp chưa chính xác.</p>
        <p>Bộ phận Một cửa niêm yết đầy đủ thủ tục hành chính, có bảng hướng dẫn bằng mã QR; không có hồ sơ quá hạn. Sổ theo dõi cho thấy các trường hợp yêu cầu bổ sung hồ sơ đều được thông báo một lần, đầy đủ nội dung.</p>
        <h2>Kiến nghị sau kiểm tra</h2>
        <p>Thanh tra Sở đề nghị trưởng các phòng, đơn vị tổ chức rút kinh nghiệm trong đơn vị mình; yêu cầu cập nhật dứt điểm tiến độ văn bản trên hệ thống trước ngày ${t.day(1)}. Kết quả kiểm tra được thông báo công khai trong buổi chào cờ đầu tháng và là một căn cứ đánh giá, xếp loại chất lượng công chức, viên chức.</p>
        <blockquote><p>“Mục đích của kiểm tra không phải để xử lý, mà để chấn chỉnh kịp thời, không để những sai sót nhỏ thành thói quen”, đại diện Thanh tra Sở cho biết.</p></blockquote>
      `),
    }),
  },
  {
    daysAgo: 158,
    write: () => ({
      title: 'Văn hóa công sở nơi Bộ phận Một cửa: lắng nghe, hướng dẫn một lần, đầy đủ',
      sapo: 'Bộ phận Một cửa là nơi người dân trực tiếp cảm nhận thái độ phục vụ của cơ quan. Ở đây, mỗi lời chào, mỗi lần hướng dẫn đều được xem là một phần của cải cách hành chính.',
      categories: ['ky-luat-ky-cuong-dao-duc-cong-vu', 'thu-tuc-hanh-chinh'],
      tags: ['văn hóa công sở', 'Bộ phận Một cửa', 'đạo đức công vụ'],
      topic: 'II.2',
      cover: { caption: 'Công chức Bộ phận Một cửa tiếp nhận hồ sơ của tổ chức, công dân.', palette: 4, motif: 'people' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Bước vào Bộ phận Một cửa của Sở Thông tin và Truyền thông, điều đầu tiên người dân nhận được là lời chào và câu hỏi “Anh, chị cần làm thủ tục gì ạ?”. Đó là một trong những quy tắc ứng xử đã được Văn phòng Sở cụ thể hóa từ quy định về văn hóa công sở và đạo đức công vụ, áp dụng cho tất cả công chức làm việc tại đây.</p>
        <h2>Bốn quy tắc được dán ngay tại quầy</h2>
        <ol>
          <li><strong>Chào hỏi, lắng nghe:</strong> chủ động chào, lắng nghe hết nhu cầu của người dân trước khi hướng dẫn.</li>
          <li><strong>Hướng dẫn một lần, đầy đủ:</strong> hồ sơ cần bổ sung gì phải nêu hết trong một lần, bằng phiếu hướng dẫn có chữ ký của công chức tiếp nhận.</li>
          <li><strong>Giải thích rõ ràng:</strong> khi từ chối tiếp nhận, phải nêu rõ lý do và căn cứ quy định.</li>
          <li><strong>Không nhận quà, không gợi ý:</strong> không nhận bất kỳ khoản tiền, quà tặng nào; không gợi ý người dân sử dụng dịch vụ của cá nhân, tổ chức nào.</li>
        </ol>
        <h2>Người dân là người chấm điểm</h2>
        <p>Sau mỗi lần giao dịch, người dân có thể đánh giá mức độ hài lòng trên máy tính bảng đặt tại quầy hoặc qua đường dẫn trong tin nhắn thông báo kết quả. Các ý kiến chưa hài lòng được Văn phòng Sở xem xét, liên hệ lại với người dân để làm rõ và rút kinh nghiệm. Kết quả đánh giá được tổng hợp hằng tháng, là căn cứ để bình xét thi đua đối với công chức Bộ phận Một cửa.</p>
        <h2>Quyền đi đôi với trách nhiệm</h2>
        <p>Công chức Bộ phận Một cửa được bố trí nơi làm việc thuận tiện, được bồi dưỡng kỹ năng giao tiếp, được hưởng chế độ hỗ trợ theo quy định. Đổi lại, họ phải chịu trách nhiệm về tính chính xác của hướng dẫn và thời gian tiếp nhận, chuyển hồ sơ. Mọi hành vi gây phiền hà, sách nhiễu đều có thể bị phản ánh qua đường dây nóng 0205 3 812 345 hoặc mục Phản ánh, kiến nghị trên Cổng thông tin điện tử của Sở.</p>
        <blockquote><p>“Người dân có thể quên nội dung thủ tục, nhưng sẽ nhớ rất lâu mình đã được đối xử như thế nào”, Chánh Văn phòng Sở Vi Thị Hồng chia sẻ trong buổi sinh hoạt chuyên đề về văn hóa công sở.</p></blockquote>
      `),
    }),
  },
  {
    daysAgo: 133,
    write: (t) => ({
      title: 'Hội nghị phổ biến pháp luật lồng ghép quyền, nghĩa vụ của công chức trong cải cách hành chính',
      sapo: `Ngày ${t.day(1)}, Sở tổ chức hội nghị phổ biến, giáo dục pháp luật cho 60 công chức, viên chức, người lao động; nội dung cải cách hành chính được lồng ghép xuyên suốt hội nghị.`,
      categories: ['tin-tuc-cchc', 'ky-luat-ky-cuong-dao-duc-cong-vu'],
      tags: ['phổ biến giáo dục pháp luật', 'quyền và nghĩa vụ công chức', 'hội nghị'],
      topic: 'II.2',
      author: EDITOR,
      bodyHtml: compact(`
        <p>Hội nghị do Văn phòng Sở chủ trì tổ chức, Phó Giám đốc Sở Nông Văn Niệp dự và chỉ đạo. Báo cáo viên là bà Phạm Thị Lan, chuyên viên Phòng Cải cách hành chính, Sở Nội vụ, cùng đại diện Thanh tra Sở và Phòng Thông tin - Báo chí - Xuất bản.</p>
        <h2>Quyền và nghĩa vụ gắn với từng việc cụ thể</h2>
        <p>Thay vì đọc lại văn bản, báo cáo viên của Sở Nội vụ đặt các quy định về quyền, nghĩa vụ của công chức, viên chức vào những tình huống quen thuộc: khi người dân nộp hồ sơ thiếu giấy tờ, khi hồ sơ có nguy cơ trễ hạn, khi nhận được phản ánh về thái độ phục vụ. Mỗi tình huống được phân tích theo ba câu hỏi: công chức được làm gì, phải làm gì và không được làm gì.</p>
        <ul>
          <li><strong>Quyền:</strong> được bảo đảm điều kiện thi hành công vụ, được đào tạo, bồi dưỡng, được pháp luật bảo vệ khi thực hiện nhiệm vụ đúng quy định.</li>
          <li><strong>Nghĩa vụ:</strong> chấp hành quyết định của cấp trên, thực hiện đúng thẩm quyền, giữ gìn bí mật nhà nước, tôn trọng nhân dân.</li>
          <li><strong>Những việc không được làm:</strong> trốn tránh trách nhiệm, gây phiền hà cho người dân, lợi dụng chức vụ vì vụ lợi.</li>
        </ul>
        <h2>Văn bản mới trong lĩnh vực thông tin và truyền thông</h2>
        <p>Phần thứ hai của hội nghị dành cho các văn bản quy phạm pháp luật mới liên quan đến lĩnh vực quản lý của Sở, đặc biệt là những quy định làm thay đổi thành phần hồ sơ, thời hạn giải quyết hoặc cách thức thực hiện thủ tục hành chính. Các phòng chuyên môn được giao rà soát, đề xuất cập nhật danh mục thủ tục trong thời hạn quy định.</p>
        <h2>Trao đổi thẳng thắn</h2>
        <p>Nhiều câu hỏi được đặt ra tại hội nghị: công chức có được từ chối tiếp nhận hồ sơ nộp trực tuyến không đúng quy định không; trách nhiệm khi hồ sơ liên thông bị chậm ở cơ quan khác; cách ghi nhận thời gian khi người dân nộp hồ sơ ngoài giờ hành chính. Các câu hỏi đều được báo cáo viên và lãnh đạo Sở giải đáp cụ thể.</p>
        <blockquote><p>“Hiểu đúng quyền và nghĩa vụ giúp công chức tự tin hơn khi giải quyết công việc, và người dân cũng được phục vụ đúng pháp luật hơn”, Phó Giám đốc Sở Nông Văn Niệp phát biểu.</p></blockquote>
      `),
    }),
  },
  {
    daysAgo: 221,
    write: (t) => ({
      title: 'Phát động thi đua đẩy mạnh cải cách hành chính, gắn với bình xét khen thưởng cuối năm',
      sapo: `Phong trào thi đua năm ${t.year} của Sở lấy kết quả cải cách hành chính làm tiêu chí quan trọng: không có hồ sơ trễ hạn, không có phản ánh về thái độ phục vụ, có sáng kiến được áp dụng.`,
      categories: ['guong-dien-hinh', 'tin-tuc-cchc'],
      tags: ['thi đua khen thưởng', 'phong trào thi đua', 'cải cách hành chính'],
      topic: 'II.2',
      cover: { caption: 'Lễ phát động phong trào thi đua gắn với cải cách hành chính.', palette: 0, motif: 'people' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Ngày ${t.day(2)}, Sở Thông tin và Truyền thông tổ chức lễ phát động phong trào thi đua năm ${t.year} với chủ đề “Kỷ cương, trách nhiệm, tận tụy phục vụ người dân và doanh nghiệp”. Đây là cách Sở thực hiện hình thức thứ tư của Kế hoạch tuyên truyền cải cách hành chính: gắn tuyên truyền với thi đua, khen thưởng.</p>
        <h2>Tiêu chí thi đua gắn với cải cách hành chính</h2>
        <p>Bên cạnh các tiêu chí về hoàn thành nhiệm vụ chuyên môn, mỗi tập thể, cá nhân được đánh giá theo những tiêu chí cụ thể:</p>
        <ul>
          <li>Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn; không có hồ sơ trễ hạn do lỗi chủ quan.</li>
          <li>Không có phản ánh, kiến nghị được xác minh là đúng về thái độ, trách nhiệm phục vụ.</li>
          <li>Có sáng kiến, giải pháp cải cách hành chính được Hội đồng sáng kiến công nhận.</li>
          <li>Tham gia tích cực các hoạt động tuyên truyền: viết tin, bài, cuộc thi tìm hiểu, hỗ trợ người dân sử dụng dịch vụ công trực tuyến.</li>
        </ul>
        <h2>Khen thưởng kịp thời, đúng người, đúng việc</h2>
        <p>Theo kế hoạch, bên cạnh khen thưởng tổng kết năm, Giám đốc Sở sẽ khen thưởng đột xuất những tập thể, cá nhân có thành tích nổi bật; Sở đề nghị cấp trên khen thưởng những tập thể, cá nhân tiêu biểu. Đặc biệt, công chức, viên chức trực tiếp tiếp xúc với người dân sẽ được ưu tiên xem xét khi có kết quả đánh giá hài lòng cao.</p>
        <h2>Các phòng, đơn vị đăng ký thi đua</h2>
        <p>Tại lễ phát động, đại diện 6 phòng, đơn vị đã ký giao ước thi đua. Văn phòng Sở đăng ký duy trì 100% hồ sơ giải quyết đúng hạn; Trung tâm Công nghệ thông tin và Truyền thông đăng ký ít nhất một giải pháp số phục vụ người dân; Phòng Bưu chính, Viễn thông cam kết trả lời phản ánh, kiến nghị của doanh nghiệp sớm hơn thời hạn quy định.</p>
        <blockquote><p>“Thi đua không phải để lấy thành tích, mà để mỗi người làm tốt hơn hôm qua. Khen thưởng phải đến đúng những người được người dân ghi nhận”, Giám đốc Sở Lương Văn Thành phát biểu tại lễ phát động.</p></blockquote>
      `),
    }),
  },
  // ── II.3: publicity and resolution of administrative procedures ───────────────────────────
  {
    daysAgo: 242,
    write: (t) => {
      const fields: Array<[string, number, number]> = [
        ['Báo chí', 9, 2],
        ['Xuất bản, in và phát hành', 13, 3],
        ['Bưu chính', 5, 0],
        ['Viễn thông và Internet', 3, 1],
        ['Phát thanh, truyền hình và thông tin điện tử', 6, 2],
        ['Công nghệ thông tin, điện tử', 2, 1],
      ];
      const rows = [
        ...fields.map(([name, full, partial]) => [name, full + partial, full, partial]),
        ['<strong>Tổng cộng</strong>', `<strong>${PROCEDURES.total}</strong>`, `<strong>${PROCEDURES.full}</strong>`, `<strong>${PROCEDURES.partial}</strong>`],
      ];
      return {
        title: `Công khai ${PROCEDURES.total} thủ tục hành chính thuộc thẩm quyền giải quyết của Sở`,
        sapo: `Toàn bộ danh mục thủ tục hành chính của Sở được niêm yết tại Bộ phận Một cửa, đăng tải trên Cổng thông tin điện tử và Cổng Dịch vụ công quốc gia; ${PROCEDURES.full}/${PROCEDURES.total} thủ tục được cung cấp trực tuyến toàn trình.`,
        categories: ['thu-tuc-hanh-chinh'],
        tags: ['niêm yết công khai', 'thủ tục hành chính', 'Bộ phận Một cửa'],
        topic: 'II.3',
        cover: { caption: 'Khu vực niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa của Sở.', palette: 3, motif: 'document' },
        author: EDITOR,
        bodyHtml: compact(`
          <p>Ngay sau khi Chủ tịch Ủy ban nhân dân tỉnh ban hành quyết định công bố danh mục thủ tục hành chính được chuẩn hóa thuộc phạm vi chức năng quản lý của Sở, ngày ${t.day(3)}, Văn phòng Sở đã hoàn thành việc cập nhật niêm yết công khai tại Bộ phận Một cửa và trên các cổng thông tin.</p>
          <p><strong>Số thủ tục hành chính theo lĩnh vực và loại dịch vụ công trực tuyến</strong></p>
          ${table(['Lĩnh vực', 'Số thủ tục', 'Trực tuyến toàn trình', 'Trực tuyến một phần'], rows)}
          <h2>Công khai những gì?</h2>
          <p>Với mỗi thủ tục, người dân, doanh nghiệp có thể biết đầy đủ: trình tự thực hiện; cách thức nộp hồ sơ; thành phần, số lượng hồ sơ; thời hạn giải quyết; đối tượng thực hiện; cơ quan giải quyết; kết quả; phí, lệ phí; mẫu đơn, tờ khai; yêu cầu, điều kiện và căn cứ pháp lý. Các thông tin này thống nhất giữa bản niêm yết tại Bộ phận Một cửa, Cổng thông tin điện tử của Sở và ${PORTAL}.</p>
          <h2>Ba kênh để tra cứu</h2>
          <ul>
            <li><strong>Tại Bộ phận Một cửa:</strong> bảng niêm yết theo lĩnh vực, mỗi thủ tục có mã QR dẫn đến trang thông tin chi tiết.</li>
            <li><strong>Trên Cổng thông tin điện tử của Sở:</strong> chuyên mục Thủ tục hành chính, tìm kiếm theo tên hoặc lĩnh vực.</li>
            <li><strong>Trên Cổng Dịch vụ công quốc gia:</strong> tra cứu và nộp hồ sơ trực tuyến ngay sau khi đọc thông tin thủ tục.</li>
          </ul>
          <p>Tỷ lệ thủ tục được cung cấp trực tuyến toàn trình của Sở đạt ${ratio(PROCEDURES.full, PROCEDURES.total)}. Các thủ tục một phần chủ yếu cần kiểm tra thực tế điều kiện hoạt động hoặc đối chiếu bản chính theo quy định chuyên ngành.</p>
          <blockquote><p>Người dân phát hiện thông tin thủ tục niêm yết chưa thống nhất hoặc chưa đúng quy định có thể phản ánh qua mục Phản ánh, kiến nghị trên Cổng thông tin điện tử của Sở.</p></blockquote>
        `),
      };
    },
  },
  {
    daysAgo: 67,
    write: (t) => {
      const quarters = t.quarters(4);
      const last = quarters[3]!;
      const prev = quarters[2]!;
      const onTime = (p: Period) => total(series.received, p) - total(series.late, p);
      const rows = quarters.map((q) => [
        q.label,
        total(series.received, q),
        total(series.online, q),
        ratio(total(series.online, q), total(series.received, q)),
        ratio(total(series.early, q), total(series.received, q)),
        ratio(onTime(q), total(series.received, q)),
      ]);
      const received = total(series.received, last);
      return {
        title: `Bộ phận Một cửa của Sở: ${ratio(onTime(last), received)} hồ sơ giải quyết đúng hạn trong ${last.text}`,
        sapo: `Trong ${last.text}, Bộ phận Một cửa của Sở tiếp nhận ${n(received)} hồ sơ thủ tục hành chính, ${ratio(total(series.online, last), received)} được nộp trực tuyến; tỷ lệ giải quyết đúng và trước hạn đạt ${ratio(onTime(last), received)}.`,
        categories: ['thu-tuc-hanh-chinh', 'ket-qua-cchc'],
        tags: ['tỷ lệ hồ sơ đúng hạn', 'Bộ phận Một cửa', 'thủ tục hành chính'],
        topic: 'II.3',
        cover: { caption: 'Số hồ sơ tiếp nhận và tỷ lệ đúng hạn được công khai hằng quý.', palette: 2, motif: 'chart' },
        author: APPROVER,
        bodyHtml: compact(`
          <p>Theo báo cáo của Văn phòng Sở, số hồ sơ thủ tục hành chính tiếp nhận trong ${last.text} là ${n(received)} hồ sơ, ${received >= total(series.received, prev) ? 'tăng' : 'giảm'} ${n(Math.abs(received - total(series.received, prev)))} hồ sơ so với ${prev.text}. Tất cả hồ sơ đều được tiếp nhận, xử lý và theo dõi trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, bảo đảm mọi bước đều được ghi nhận thời gian.</p>
          <p><strong>Kết quả tiếp nhận, giải quyết hồ sơ bốn quý gần nhất</strong></p>
          ${table(['Quý', 'Hồ sơ tiếp nhận', 'Nộp trực tuyến', 'Tỷ lệ trực tuyến', 'Trước hạn', 'Đúng và trước hạn'], rows)}
          <h2>Những điểm tích cực</h2>
          <ul>
            <li>Tỷ lệ hồ sơ nộp trực tuyến tăng đều qua các quý, phản ánh hiệu quả của việc tuyên truyền, hỗ trợ người dân sử dụng dịch vụ công trực tuyến.</li>
            <li>Phần lớn hồ sơ được giải quyết trước hạn nhờ xử lý song song giữa các phòng chuyên môn và ký số kết quả.</li>
            <li>Trường hợp phải yêu cầu bổ sung hồ sơ đều được thông báo một lần, đầy đủ; không có phản ánh về việc yêu cầu giấy tờ ngoài quy định.</li>
          </ul>
          <h2>Những việc cần tiếp tục cải thiện</h2>
          <p>Vẫn còn hồ sơ phải bổ sung do ảnh chụp giấy tờ không rõ, kê khai thiếu thông tin; một số hồ sơ liên thông với cơ quan khác còn chậm ở khâu trao đổi văn bản. Văn phòng Sở đề nghị các phòng chuyên môn rà soát lại hướng dẫn kê khai, bổ sung ví dụ mẫu cho những trường thông tin hay bị nhầm lẫn.</p>
          <blockquote><p>“Đúng hạn là yêu cầu tối thiểu. Mục tiêu của chúng tôi là ngày càng nhiều hồ sơ được trả trước hạn và người dân chỉ phải nộp một lần”, Phó Giám đốc Sở Nông Văn Niệp cho biết.</p></blockquote>
          <p>Số liệu chi tiết theo từng thủ tục được công khai trên Cổng thông tin điện tử của Sở và Cổng Dịch vụ công quốc gia.</p>
        `),
      };
    },
  },
  {
    daysAgo: 184,
    write: (t) => ({
      title: 'Rút ngắn thời gian giải quyết hồ sơ cấp phép trong lĩnh vực xuất bản, in và phát hành',
      sapo: 'Nhờ tiếp nhận trực tuyến, xử lý song song và ký số kết quả, thời gian giải quyết thực tế của nhóm thủ tục thuộc lĩnh vực xuất bản, in và phát hành giảm bình quân khoảng 30% so với thời hạn quy định.',
      categories: ['thu-tuc-hanh-chinh'],
      tags: ['thủ tục hành chính', 'xuất bản in và phát hành', 'cắt giảm thời gian'],
      topic: 'II.3',
      cover: { caption: 'Hồ sơ cấp phép lĩnh vực xuất bản, in và phát hành được xử lý hoàn toàn trên môi trường mạng.', palette: 3, motif: 'document' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Lĩnh vực xuất bản, in và phát hành có 16 thủ tục hành chính, chiếm số lượng lớn nhất trong bộ thủ tục của Sở. Đây cũng là lĩnh vực có nhiều hồ sơ nhất, đối tượng chủ yếu là cơ sở in, doanh nghiệp phát hành xuất bản phẩm và cơ quan, tổ chức đề nghị cấp phép xuất bản tài liệu không kinh doanh.</p>
        <h2>Thay đổi từ quy trình nội bộ</h2>
        <p>Theo Phòng Thông tin - Báo chí - Xuất bản, trước đây một hồ sơ phải đi qua nhiều bước chuyển giấy: Bộ phận Một cửa tiếp nhận, chuyển phòng chuyên môn thẩm định, trình lãnh đạo Sở ký rồi chuyển ngược lại để trả kết quả. Từ đầu năm ${t.year}, quy trình nội bộ được rà soát lại với ba thay đổi chính:</p>
        <ol>
          <li>Hồ sơ được chuyển ngay trên hệ thống cho chuyên viên thẩm định, không chờ tập hợp theo ngày.</li>
          <li>Việc kiểm tra thực tế cơ sở in (nếu có) được hẹn lịch qua điện thoại và thư điện tử ngay khi hồ sơ hợp lệ, thay vì sau khi thẩm định xong giấy tờ.</li>
          <li>Lãnh đạo Sở ký số kết quả trên hệ thống, kết quả điện tử được gửi ngay cho người nộp.</li>
        </ol>
        <h2>Kết quả cụ thể</h2>
        <p>Tính đến ngày ${t.day(4)}, Sở đã giải quyết 214 hồ sơ thuộc lĩnh vực này, không có hồ sơ trễ hạn. Thời gian giải quyết thực tế bình quân là 4,2 ngày làm việc, so với 6,1 ngày làm việc của cùng kỳ năm trước. Nhiều hồ sơ cấp giấy phép xuất bản tài liệu không kinh doanh được trả kết quả ngay trong ngày làm việc thứ hai.</p>
        <blockquote><p>“Chúng tôi không cắt bớt bước thẩm định nào theo quy định, mà bỏ những khoảng thời gian chờ không cần thiết giữa các bước”, Phó Giám đốc Sở Nông Văn Niệp cho biết.</p></blockquote>
        <h2>Nhân rộng cho các lĩnh vực khác</h2>
        <p>Văn phòng Sở đang phối hợp với các phòng chuyên môn áp dụng cách làm tương tự cho lĩnh vực phát thanh, truyền hình và thông tin điện tử, báo chí. Các thay đổi trong quy trình nội bộ sẽ được công khai để người dân, doanh nghiệp biết và giám sát việc thực hiện.</p>
      `),
    }),
  },
  {
    daysAgo: 118,
    write: (t) => ({
      title: 'Quét mã QR để tra cứu thủ tục hành chính tại Bộ phận Một cửa',
      sapo: `Mỗi thủ tục hành chính niêm yết tại Bộ phận Một cửa của Sở nay có một mã QR riêng; chỉ cần quét bằng điện thoại, người dân xem được thành phần hồ sơ, mẫu đơn và nộp hồ sơ trực tuyến ngay.`,
      categories: ['thu-tuc-hanh-chinh', 'sang-kien-cchc'],
      tags: ['niêm yết công khai', 'mã QR', 'sáng kiến'],
      topic: 'II.3',
      cover: { caption: 'Mỗi thủ tục niêm yết tại Bộ phận Một cửa đều có mã QR tra cứu.', palette: 5, motif: 'phone' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Bảng niêm yết thủ tục hành chính thường dài nhiều trang, chữ nhỏ, người dân khó đọc hết và càng khó nhớ khi về nhà chuẩn bị hồ sơ. Xuất phát từ thực tế đó, nhóm công chức Văn phòng Sở đề xuất gắn mã QR cho từng thủ tục được niêm yết.</p>
        <h2>Cách làm đơn giản, chi phí thấp</h2>
        <p>Mỗi mã QR dẫn đến trang thông tin của đúng thủ tục đó trên Cổng Dịch vụ công quốc gia, nơi có đầy đủ trình tự, thành phần hồ sơ, thời hạn, phí, lệ phí và mẫu đơn, tờ khai để tải về. Tổng cộng ${PROCEDURES.total} mã QR đã được in, dán tại khu vực niêm yết, đồng thời in trên tờ gấp phát cho người dân đến giao dịch. Toàn bộ chi phí thực hiện chủ yếu là chi phí in ấn.</p>
        <h2>Những lợi ích thấy rõ</h2>
        <ul>
          <li>Người dân mang thông tin thủ tục về nhà trên điện thoại, chuẩn bị hồ sơ đầy đủ ngay từ lần đầu.</li>
          <li>Từ trang thông tin, người dân có thể bấm nộp hồ sơ trực tuyến ngay, không phải tìm lại thủ tục.</li>
          <li>Khi thủ tục thay đổi, thông tin trên Cổng được cập nhật, mã QR vẫn giữ nguyên nên không phải in lại.</li>
        </ul>
        <p>Theo thống kê, trong ba tháng áp dụng thử, các mã QR được quét khoảng 1.150 lượt. Số hồ sơ phải bổ sung do thiếu thành phần giảm rõ rệt so với cùng kỳ, công chức Bộ phận Một cửa cũng tiết kiệm thời gian giải thích lại những nội dung đã được niêm yết.</p>
        <blockquote><p>“Trước đây tôi phải chụp cả bảng niêm yết, về nhà phóng to mới đọc được. Giờ quét một cái là có đủ, lại nộp luôn được trên mạng”, một người dân đến làm thủ tục cấp phép hoạt động in chia sẻ.</p></blockquote>
        <p>Ngày ${t.day(6)}, Văn phòng Sở đã hoàn thiện hồ sơ đề nghị Hội đồng sáng kiến của Sở xem xét, công nhận giải pháp. Mô hình cũng được giới thiệu để các cơ quan, đơn vị khác tham khảo, áp dụng.</p>
      `),
    }),
  },
  {
    daysAgo: 60,
    write: () => ({
      title: 'Người cán bộ một cửa “hướng dẫn đến khi người dân làm được”',
      sapo: 'Ba năm làm việc tại Bộ phận Một cửa, chuyên viên Triệu Quốc Bảo chưa để hồ sơ nào trễ hạn và được nhiều doanh nghiệp nhớ tên vì sự tận tình, kiên nhẫn.',
      categories: ['guong-dien-hinh', 'thu-tuc-hanh-chinh'],
      tags: ['gương điển hình', 'Bộ phận Một cửa', 'tận tụy phục vụ'],
      topic: 'II.3',
      cover: { caption: 'Chuyên viên Triệu Quốc Bảo hướng dẫn doanh nghiệp hoàn thiện hồ sơ.', palette: 3, motif: 'people' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Anh Triệu Quốc Bảo, chuyên viên Phòng Bưu chính, Viễn thông, được cử làm nhiệm vụ tại Bộ phận Một cửa của Sở đã ba năm. Trong thời gian đó, anh trực tiếp tiếp nhận và hướng dẫn hàng nghìn lượt hồ sơ, không có hồ sơ nào trễ hạn do lỗi của mình, không có phản ánh nào về thái độ phục vụ.</p>
        <h2>Cuốn sổ “lỗi thường gặp”</h2>
        <p>Trên bàn làm việc của anh Bảo luôn có một cuốn sổ nhỏ, ghi lại những lỗi người dân, doanh nghiệp hay mắc khi kê khai hồ sơ: nhầm mẫu tờ khai, thiếu chữ ký, đính kèm giấy tờ hết hiệu lực. Từ cuốn sổ ấy, anh đề xuất bổ sung phần “lưu ý khi kê khai” vào tài liệu hướng dẫn đăng trên Cổng thông tin điện tử của Sở, giúp giảm đáng kể số hồ sơ phải bổ sung.</p>
        <h2>Gọi điện trước khi gửi thông báo</h2>
        <p>Với hồ sơ nộp trực tuyến cần bổ sung, bên cạnh thông báo trên hệ thống, anh thường gọi điện cho người nộp để giải thích cụ thể phải bổ sung gì, bổ sung như thế nào. “Đọc thông báo, nhiều người vẫn không hiểu mình thiếu gì. Một cuộc gọi ba phút có khi giúp họ đỡ mất cả tuần”, anh Bảo nói.</p>
        <p>Nhiều doanh nghiệp bưu chính, viễn thông đã gửi thư cảm ơn về Sở. Chị T., nhân viên pháp chế của một doanh nghiệp viễn thông, kể lần đầu nộp hồ sơ trực tuyến, chị được anh Bảo hướng dẫn qua điện thoại đến tận khi hồ sơ được tiếp nhận thành công.</p>
        <h2>Lan tỏa tinh thần phục vụ</h2>
        <p>Anh Bảo là một trong những người tích cực tham gia “Tuần lễ cao điểm hỗ trợ người dân sử dụng dịch vụ công trực tuyến” và các lớp bồi dưỡng cho Tổ công nghệ số cộng đồng. Năm qua, anh được Giám đốc Sở tặng Giấy khen vì có thành tích xuất sắc trong thực hiện cải cách hành chính.</p>
        <blockquote><p>“Người dân đến Bộ phận Một cửa không phải để gặp khó khăn, mà để được giải quyết công việc. Mình hướng dẫn đến khi họ làm được, thế là đủ”, anh chia sẻ.</p></blockquote>
      `),
    }),
  },
  // ── II.4: receiving and handling feedback ──────────────────────────────────────────────────
  {
    daysAgo: 231,
    write: () => ({
      title: 'Những điều cần biết khi phản ánh, kiến nghị về quy định hành chính',
      sapo: 'Phản ánh, kiến nghị là kênh để người dân, doanh nghiệp tham gia giám sát việc thực hiện quy định hành chính. Để được tiếp nhận, xử lý nhanh, nội dung gửi đến cần đúng phạm vi và đủ thông tin theo quy định.',
      categories: ['van-ban-ve-cchc', 'hoi-dap-phan-anh-kien-nghi'],
      tags: ['phản ánh kiến nghị', 'Nghị định 20/2008/NĐ-CP', 'quy định hành chính'],
      topic: 'II.4',
      author: EDITOR,
      bodyHtml: compact(`
        <p>Việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính được thực hiện theo Nghị định số 20/2008/NĐ-CP của Chính phủ, đã được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP. Văn phòng Sở tóm tắt những nội dung người dân, doanh nghiệp cần biết.</p>
        <h2>Được phản ánh, kiến nghị về những gì?</h2>
        <ul>
          <li>Hành vi chậm trễ, gây phiền hà, hoặc không thực hiện, thực hiện không đúng quy định hành chính của cơ quan, cán bộ, công chức.</li>
          <li>Quy định hành chính không phù hợp với thực tế, không đồng bộ, không thống nhất, không hợp pháp hoặc trái với các điều ước quốc tế mà Việt Nam đã ký kết, gia nhập.</li>
          <li>Phương án xử lý những phản ánh nêu trên, hoặc sáng kiến ban hành mới quy định hành chính liên quan đến hoạt động sản xuất, kinh doanh, đời sống nhân dân.</li>
        </ul>
        <h2>Yêu cầu đối với nội dung gửi đến</h2>
        <p>Phản ánh, kiến nghị phải sử dụng tiếng Việt; ghi rõ nội dung; ghi rõ tên, địa chỉ, số điện thoại hoặc địa chỉ thư tín khi cần liên hệ của cá nhân, tổ chức. Những phản ánh, kiến nghị không đáp ứng yêu cầu này, hoặc nặc danh, mạo danh, sẽ không được xem xét, xử lý.</p>
        <h2>Những trường hợp không thuộc phạm vi</h2>
        <p>Khiếu nại, tố cáo được giải quyết theo pháp luật về khiếu nại, tố cáo; những nội dung đang được giải quyết bằng thủ tục tố tụng hoặc đã có quyết định giải quyết có hiệu lực không thuộc phạm vi xử lý theo cơ chế phản ánh, kiến nghị. Trường hợp này, người gửi sẽ được hướng dẫn để gửi đến đúng cơ quan có thẩm quyền.</p>
        <h2>Quy trình xử lý tại Sở</h2>
        <ol>
          <li><strong>Tiếp nhận:</strong> Văn phòng Sở tiếp nhận từ mọi kênh và cấp mã tra cứu cho người gửi.</li>
          <li><strong>Phân loại:</strong> xác định nội dung thuộc thẩm quyền của Sở hay cần chuyển cơ quan khác.</li>
          <li><strong>Xử lý:</strong> phòng, đơn vị chuyên môn nghiên cứu, đề xuất phương án; lãnh đạo Sở xem xét, quyết định.</li>
          <li><strong>Trả lời và công khai:</strong> kết quả được gửi cho người phản ánh, kiến nghị và công khai trên Cổng thông tin điện tử của Sở.</li>
        </ol>
        <blockquote><p>Mỗi phản ánh, kiến nghị là một góp ý để Sở hoàn thiện quy định và cách thức phục vụ. Sở khuyến khích người dân, doanh nghiệp thẳng thắn phản ánh, kiến nghị theo đúng quy định.</p></blockquote>
      `),
    }),
  },
  {
    daysAgo: 35,
    write: (t) => {
      const quarters = t.quarters(4);
      const last = quarters[3]!;
      const received = total(series.feedback, quarters);
      const own = total(series.feedbackOwn, quarters);
      // The last quarter's most recent case is still within its time limit.
      const pending = Math.min(1, total(series.feedbackOwn, last));
      const rows = [
        ...quarters.map((q) => {
          const ownQ = total(series.feedbackOwn, q);
          const pendingQ = q === last ? pending : 0;
          return [q.label, total(series.feedback, q), ownQ, total(series.feedback, q) - ownQ, ownQ - pendingQ, pendingQ];
        }),
        ['<strong>Cộng</strong>', received, own, received - own, own - pending, pending],
      ];
      return {
        title: `Kết quả tiếp nhận, xử lý phản ánh, kiến nghị bốn quý tính đến hết ${last.text}`,
        sapo: `Trong bốn quý gần nhất, Sở tiếp nhận ${received} phản ánh, kiến nghị của cá nhân, tổ chức; ${own - pending}/${own} phản ánh, kiến nghị thuộc thẩm quyền đã được trả lời và công khai${pending > 0 ? `, ${pending} trường hợp đang xử lý trong hạn` : ''}.`,
        categories: ['hoi-dap-phan-anh-kien-nghi', 'ket-qua-cchc'],
        tags: ['phản ánh kiến nghị', 'kết quả xử lý', 'công khai'],
        topic: 'II.4',
        cover: { caption: 'Kết quả xử lý phản ánh, kiến nghị được công khai trên Cổng thông tin điện tử của Sở.', palette: 4, motif: 'chart' },
        author: APPROVER,
        bodyHtml: compact(`
          <p>Theo báo cáo của Văn phòng Sở, phản ánh, kiến nghị gửi đến Sở trong bốn quý gần nhất chủ yếu qua mục Phản ánh, kiến nghị trên Cổng thông tin điện tử, tiếp đến là đường dây nóng và hệ thống tiếp nhận trên Cổng Dịch vụ công quốc gia. Mỗi phản ánh, kiến nghị đều được cấp mã tra cứu để người gửi theo dõi tiến độ.</p>
          <p><strong>Phản ánh, kiến nghị tiếp nhận và kết quả xử lý theo quý</strong></p>
          ${table(['Quý', 'Tiếp nhận', 'Thuộc thẩm quyền của Sở', 'Chuyển cơ quan có thẩm quyền', 'Đã trả lời, công khai', 'Đang xử lý trong hạn'], rows)}
          <h2>Nội dung được phản ánh nhiều</h2>
          <ul>
            <li>Khó khăn khi đăng nhập, nộp hồ sơ và thanh toán trên Cổng Dịch vụ công quốc gia.</li>
            <li>Thành phần hồ sơ của một số thủ tục trong lĩnh vực xuất bản, in và phát hành chưa rõ ràng.</li>
            <li>Chất lượng dịch vụ viễn thông, vị trí cột ăng-ten: thuộc trách nhiệm của doanh nghiệp hoặc cơ quan khác, được Sở chuyển đến đúng nơi và thông báo cho người gửi.</li>
          </ul>
          <h2>Xử lý nhanh hơn, công khai đầy đủ</h2>
          <p>Thời gian xử lý bình quân đối với phản ánh, kiến nghị thuộc thẩm quyền là 6,3 ngày làm việc. Những kiến nghị về quy định hành chính đã được Sở tổng hợp, đề xuất sửa đổi trong quá trình rà soát thủ tục hành chính; một kiến nghị về đơn giản hóa tờ khai đã được tiếp thu. Kết quả trả lời được công khai trên Cổng thông tin điện tử, sau khi đã ẩn thông tin cá nhân của người gửi.</p>
          <blockquote><p>“Có phản ánh chỉ là câu hỏi chưa được hướng dẫn rõ. Chúng tôi trả lời cho người gửi, rồi bổ sung ngay vào mục hỏi – đáp để người sau không phải hỏi lại”, chuyên viên Lăng Văn Đức, người trực tiếp theo dõi phản ánh, kiến nghị tại Văn phòng Sở, cho biết.</p></blockquote>
          <p>${pending > 0 ? `Trường hợp đang xử lý thuộc ${last.text} và còn trong thời hạn; kết quả sẽ được cập nhật ngay khi có văn bản trả lời.` : `Đến hết ${last.text}, không còn phản ánh, kiến nghị nào đang chờ xử lý.`} Người dân, doanh nghiệp có thể tra cứu kết quả bằng mã tra cứu đã được cấp khi gửi phản ánh, kiến nghị.</p>
        `),
      };
    },
  },
  {
    daysAgo: 167,
    write: () => ({
      title: 'Người dân, doanh nghiệp có thể gửi phản ánh, kiến nghị đến Sở qua những kênh nào?',
      sapo: 'Sở tiếp nhận phản ánh, kiến nghị về quy định hành chính qua sáu kênh, từ gửi trực tiếp tại Bộ phận Một cửa đến gửi trực tuyến và theo dõi kết quả bằng mã tra cứu.',
      categories: ['hoi-dap-phan-anh-kien-nghi'],
      tags: ['phản ánh kiến nghị', 'mã tra cứu', 'Cổng thông tin điện tử'],
      topic: 'II.4',
      cover: { caption: 'Phản ánh, kiến nghị gửi trực tuyến được cấp mã tra cứu để theo dõi kết quả.', palette: 0, motif: 'phone' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức là một trong sáu nội dung tuyên truyền của Kế hoạch tuyên truyền cải cách hành chính của Sở. Để người dân, doanh nghiệp thuận tiện, Sở duy trì nhiều kênh tiếp nhận khác nhau.</p>
        <h2>Sáu kênh tiếp nhận</h2>
        <ol>
          <li><strong>Trực tiếp:</strong> tại Bộ phận Một cửa, trụ sở Sở, số 2 đường Lê Lợi, thành phố Lạng Sơn, trong giờ hành chính.</li>
          <li><strong>Bằng văn bản:</strong> gửi qua dịch vụ bưu chính đến Văn phòng Sở theo địa chỉ trên.</li>
          <li><strong>Qua điện thoại:</strong> đường dây nóng 0205 3 812 345; nội dung được công chức ghi lại và đọc lại cho người phản ánh xác nhận.</li>
          <li><strong>Qua thư điện tử:</strong> stttt@langson.gov.vn.</li>
          <li><strong>Trên Cổng thông tin điện tử của Sở:</strong> mục Phản ánh, kiến nghị; sau khi gửi, người dân nhận ngay mã tra cứu.</li>
          <li><strong>Trên Cổng Dịch vụ công quốc gia:</strong> chức năng phản ánh, kiến nghị tại ${PORTAL}.</li>
        </ol>
        <h2>Mã tra cứu dùng để làm gì?</h2>
        <p>Với phản ánh, kiến nghị gửi trực tuyến, mỗi trường hợp được cấp một mã tra cứu. Nhập mã này trên Cổng thông tin điện tử của Sở, người gửi biết phản ánh, kiến nghị của mình đang ở bước nào: đã tiếp nhận, đã phân loại, đang xử lý, đã trả lời hay đã công khai. Người gửi nên lưu lại mã để tra cứu và không chia sẻ cho người khác.</p>
        <h2>Để phản ánh, kiến nghị được xử lý nhanh</h2>
        <ul>
          <li>Nêu rõ sự việc: thủ tục nào, thời gian nào, ở đâu, gặp vướng mắc gì.</li>
          <li>Ghi đầy đủ họ tên, địa chỉ, số điện thoại để cơ quan liên hệ khi cần làm rõ.</li>
          <li>Đính kèm tài liệu, hình ảnh liên quan (nếu có).</li>
        </ul>
        <blockquote><p>Thông tin cá nhân của người phản ánh, kiến nghị được giữ bí mật; khi công khai kết quả, Sở chỉ công bố nội dung và câu trả lời.</p></blockquote>
        <p>Sở cam kết mọi phản ánh, kiến nghị đúng quy định đều được tiếp nhận, xem xét, trả lời trong thời hạn và công khai kết quả.</p>
      `),
    }),
  },
  {
    daysAgo: 103,
    write: (t) => ({
      title: 'Đối thoại với doanh nghiệp bưu chính, viễn thông về thủ tục hành chính',
      sapo: `Tại buổi đối thoại ngày ${t.day(1)}, đại diện 18 doanh nghiệp bưu chính, viễn thông đã nêu 14 ý kiến, kiến nghị; 9 ý kiến được lãnh đạo Sở và các phòng chuyên môn trả lời ngay tại hội nghị.`,
      categories: ['tin-tuc-cchc', 'hoi-dap-phan-anh-kien-nghi'],
      tags: ['đối thoại doanh nghiệp', 'bưu chính viễn thông', 'phản ánh kiến nghị'],
      topic: 'II.4',
      cover: { caption: 'Quang cảnh buổi đối thoại giữa Sở và các doanh nghiệp bưu chính, viễn thông.', palette: 5, motif: 'people' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Phó Giám đốc Sở Nông Văn Niệp chủ trì buổi đối thoại. Cùng dự có lãnh đạo Văn phòng Sở, Thanh tra Sở, Phòng Bưu chính, Viễn thông và đại diện các doanh nghiệp bưu chính, viễn thông đang hoạt động trên địa bàn tỉnh.</p>
        <h2>Doanh nghiệp nói thẳng những vướng mắc</h2>
        <p>Mở đầu, chuyên viên Triệu Quốc Bảo, Phòng Bưu chính, Viễn thông, tóm tắt các thủ tục hành chính trong lĩnh vực bưu chính, viễn thông do Sở giải quyết, kết quả giải quyết hồ sơ và những thay đổi mới về cách thức nộp hồ sơ trực tuyến. Sau đó, các doanh nghiệp lần lượt nêu ý kiến. Những kiến nghị tập trung vào ba nhóm:</p>
        <ul>
          <li>Việc sử dụng tài khoản định danh điện tử của tổ chức khi nộp hồ sơ trực tuyến; trường hợp người đại diện theo pháp luật ở ngoài tỉnh.</li>
          <li>Thời gian phối hợp giữa các cơ quan khi doanh nghiệp đề nghị ngầm hóa, chỉnh trang cáp viễn thông.</li>
          <li>Thông tin về quy hoạch hạ tầng viễn thông thụ động để doanh nghiệp chủ động kế hoạch đầu tư.</li>
        </ul>
        <h2>Trả lời tại chỗ, hẹn thời hạn với những nội dung còn lại</h2>
        <p>Có 9 ý kiến được trả lời ngay tại hội nghị, chủ yếu về cách thức nộp hồ sơ, thành phần hồ sơ và thời hạn giải quyết. Đối với 5 ý kiến liên quan đến nhiều cơ quan, Phó Giám đốc Sở giao Văn phòng Sở tổng hợp, chủ trì phối hợp trả lời bằng văn bản trong 15 ngày làm việc và công khai trên Cổng thông tin điện tử.</p>
        <blockquote><p>“Doanh nghiệp chỉ cần nói rõ vướng ở đâu, Sở sẽ cùng tháo gỡ. Những gì thuộc thẩm quyền, chúng tôi làm ngay; những gì vượt thẩm quyền, chúng tôi kiến nghị đến cơ quan có thẩm quyền và thông báo lại cho doanh nghiệp”, Phó Giám đốc Sở nhấn mạnh.</p></blockquote>
        <h2>Duy trì đối thoại định kỳ</h2>
        <p>Kết thúc buổi đối thoại, Sở thống nhất với các doanh nghiệp duy trì hình thức đối thoại định kỳ, đồng thời khuyến khích doanh nghiệp gửi phản ánh, kiến nghị bất kỳ lúc nào qua mục Phản ánh, kiến nghị trên Cổng thông tin điện tử của Sở để được cấp mã tra cứu và theo dõi kết quả xử lý.</p>
      `),
    }),
  },
  // ── II.5: results, shortcomings and causes ────────────────────────────────────────────────
  {
    daysAgo: 13,
    write: (t) => {
      const quarters = t.quarters(4);
      const last = quarters[3]!;
      const prev = quarters[2]!;
      const received = (q: Period) => total(series.received, q);
      const onlineRate = (q: Period) => ratio(total(series.online, q), received(q));
      const onTimeRate = (q: Period) => ratio(received(q) - total(series.late, q), received(q));
      const paidRate = (q: Period) => ratio(total(series.paidOnline, q), total(series.charged, q));
      const rows = [
        ['Hồ sơ tiếp nhận', ...quarters.map((q) => n(received(q)))],
        ['Tỷ lệ hồ sơ nộp trực tuyến', ...quarters.map(onlineRate)],
        ['Tỷ lệ hồ sơ giải quyết đúng và trước hạn', ...quarters.map(onTimeRate)],
        ['Tỷ lệ thanh toán điện tử phí, lệ phí', ...quarters.map(paidRate)],
        ['Phản ánh, kiến nghị tiếp nhận', ...quarters.map((q) => n(total(series.feedback, q)))],
      ];
      return {
        title: `Kết quả cải cách hành chính ${last.text}: nhiều chỉ tiêu vượt kế hoạch, còn hạn chế cần khắc phục`,
        sapo: `Trong ${last.text}, tỷ lệ hồ sơ nộp trực tuyến tại Sở đạt ${onlineRate(last)}, tỷ lệ thanh toán điện tử đạt ${paidRate(last)}; bên cạnh kết quả tích cực, báo cáo của Sở cũng chỉ rõ những tồn tại, hạn chế và nguyên nhân.`,
        categories: ['ket-qua-cchc'],
        tags: ['kết quả cải cách hành chính', 'tồn tại hạn chế', 'báo cáo quý'],
        topic: 'II.5',
        featured: true,
        cover: { caption: `Các chỉ số cải cách hành chính của Sở trong bốn quý gần nhất.`, palette: 0, motif: 'chart' },
        author: APPROVER,
        bodyHtml: compact(`
          <p>Sở Thông tin và Truyền thông vừa hoàn thành báo cáo kết quả cải cách hành chính ${last.text} gửi Sở Nội vụ. Báo cáo được xây dựng từ số liệu của Hệ thống thông tin giải quyết thủ tục hành chính, hệ thống quản lý văn bản và sổ theo dõi phản ánh, kiến nghị, bảo đảm mỗi con số đều có thể kiểm chứng.</p>
          <p><strong>Một số chỉ tiêu cải cách hành chính của Sở qua bốn quý</strong></p>
          ${table(['Chỉ tiêu', ...quarters.map((q) => q.label)], rows)}
          <h2>Kết quả đạt được</h2>
          <ul>
            <li>Hồ sơ tiếp nhận trong quý là ${n(received(last))}, so với ${n(received(prev))} của ${prev.text}; ${PROCEDURES.full}/${PROCEDURES.total} thủ tục được cung cấp trực tuyến toàn trình.</li>
            <li>Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt ${onTimeRate(last)}; các trường hợp yêu cầu bổ sung đều được thông báo một lần, đầy đủ.</li>
            <li>100% văn bản đi được ký số; các cuộc họp nội bộ chủ yếu tổ chức trên môi trường mạng.</li>
            <li>Các hoạt động tuyên truyền được triển khai đúng kế hoạch: hội nghị chuyên đề, chào cờ đầu tháng, màn hình LED, tin, bài trên Cổng thông tin điện tử.</li>
          </ul>
          <h2>Tồn tại, hạn chế</h2>
          <ul>
            <li>Vẫn còn hồ sơ phải bổ sung do giấy tờ đính kèm không rõ, kê khai thiếu; một số thủ tục còn là dịch vụ công trực tuyến một phần.</li>
            <li>Việc khai thác dữ liệu dùng chung để giảm giấy tờ cho người dân chưa nhiều.</li>
            <li>Một bộ phận người dân, nhất là người cao tuổi, hộ kinh doanh nhỏ, chưa quen thanh toán điện tử.</li>
          </ul>
          <h2>Nguyên nhân</h2>
          <p>Bên cạnh nguyên nhân khách quan như hạ tầng, thói quen của người dân, báo cáo thẳng thắn nhận định một số phòng, đơn vị chưa chủ động rà soát, cập nhật hướng dẫn kê khai; kỹ năng số của một bộ phận công chức chưa đồng đều; việc phối hợp liên thông với một số cơ quan còn chậm.</p>
          <h2>Nhiệm vụ trọng tâm quý tới</h2>
          <ol>
            <li>Rà soát, đề xuất chuyển các thủ tục một phần sang toàn trình khi đủ điều kiện.</li>
            <li>Bổ sung hướng dẫn kê khai có ví dụ mẫu cho các thủ tục có nhiều hồ sơ phải bổ sung.</li>
            <li>Tiếp tục hỗ trợ trực tiếp người dân sử dụng dịch vụ công trực tuyến và thanh toán điện tử.</li>
          </ol>
          <blockquote><p>“Báo cáo cải cách hành chính phải nói đúng, nói đủ cả kết quả và hạn chế. Chỉ như vậy mới tìm được đúng việc cần làm tiếp theo”, Giám đốc Sở Lương Văn Thành nhấn mạnh khi cho ý kiến về dự thảo báo cáo.</p></blockquote>
        `),
      };
    },
  },
  {
    daysAgo: 80,
    write: (t) => {
      const months = t.months(5);
      const rows = months.map((m) => {
        const ago = m.monthsAgo[0]!;
        return [m.label, series.outgoing(ago), series.outgoing(ago), '100%', pct(series.handledOnline(ago))];
      });
      return {
        title: 'Ký số 100% văn bản đi: chính quyền điện tử bắt đầu từ nội bộ cơ quan',
        sapo: `Trong năm tháng gần đây, toàn bộ ${n(total(series.outgoing, months))} văn bản đi của Sở được ký số và phát hành trên môi trường mạng; hầu hết văn bản đến được xử lý hoàn toàn trên hệ thống.`,
        categories: ['chuyen-doi-so-chinh-quyen-dien-tu', 'ket-qua-cchc'],
        tags: ['chữ ký số', 'chính quyền điện tử', 'quản lý văn bản'],
        topic: 'II.5',
        cover: { caption: 'Văn bản đi của Sở được ký số và phát hành qua trục liên thông văn bản.', palette: 5, motif: 'document' },
        author: EDITOR,
        bodyHtml: compact(`
          <p>Khi nói đến chính quyền điện tử, người ta thường nghĩ đến dịch vụ công trực tuyến dành cho người dân. Nhưng theo Phòng Công nghệ thông tin, nền tảng của chính quyền điện tử nằm ở chính cách cơ quan làm việc hằng ngày: văn bản được soạn, trình, ký và phát hành như thế nào.</p>
          <p><strong>Văn bản đi được ký số và văn bản đến xử lý trên môi trường mạng theo tháng</strong></p>
          ${table(['Tháng', 'Văn bản đi', 'Được ký số', 'Tỷ lệ ký số', 'Văn bản đến xử lý trên môi trường mạng'], rows)}
          <h2>Từ “trình ký” đến “ký số”</h2>
          <p>Trước đây, một văn bản cần in ra, chuyển qua nhiều người ký nháy, chờ lãnh đạo ký rồi đóng dấu, quét lại để gửi. Nay toàn bộ quy trình diễn ra trên hệ thống quản lý văn bản: chuyên viên soạn thảo, lãnh đạo phòng góp ý trực tiếp trên dự thảo, lãnh đạo Sở ký số bằng chứng thư số cá nhân, văn thư ký số của cơ quan và phát hành qua trục liên thông văn bản. Văn bản có thể được ký ngay cả khi lãnh đạo đi công tác.</p>
          <h2>Kết quả và hạn chế</h2>
          <p>Theo số liệu của hệ thống, tỷ lệ văn bản đi được ký số duy trì ở mức 100%; thời gian từ khi trình đến khi phát hành giảm đáng kể. Tuy nhiên, một số ít văn bản đến vẫn phải xử lý bằng bản giấy do cơ quan gửi chưa kết nối liên thông, hoặc thuộc loại văn bản mật theo quy định. Việc lập hồ sơ công việc điện tử ở một số phòng chưa đều, dẫn đến khó khăn khi tra cứu, lưu trữ.</p>
          <h2>Nhiệm vụ tiếp theo</h2>
          <ul>
            <li>Hoàn thiện việc lập hồ sơ công việc điện tử, nộp lưu hồ sơ điện tử vào lưu trữ cơ quan.</li>
            <li>Rà soát, gia hạn chứng thư số cho công chức, viên chức trước khi hết hạn.</li>
            <li>Phối hợp với các cơ quan còn gửi văn bản giấy để chuyển sang gửi, nhận điện tử.</li>
          </ul>
          <blockquote><p>Mỗi văn bản ký số là một tờ giấy không phải in, một chuyến xe không phải đi. Chính quyền điện tử bắt đầu từ những việc như vậy.</p></blockquote>
          <p>Kết quả này được Sở đưa vào báo cáo cải cách hành chính định kỳ gửi Sở Nội vụ trong năm ${t.year}.</p>
        `),
      };
    },
  },
  {
    daysAgo: 88,
    write: (t) => ({
      title: 'Hội đồng sáng kiến của Sở công nhận 6 sáng kiến cải cách hành chính',
      sapo: `Tại phiên họp ngày ${t.day(3)}, Hội đồng sáng kiến của Sở đã đánh giá, công nhận 6 sáng kiến có phạm vi ảnh hưởng cấp cơ sở, đều gắn với việc phục vụ người dân, doanh nghiệp tốt hơn.`,
      categories: ['sang-kien-cchc'],
      tags: ['sáng kiến', 'Hội đồng sáng kiến', 'thi đua khen thưởng'],
      topic: 'II.5',
      cover: { caption: 'Phiên họp của Hội đồng sáng kiến Sở Thông tin và Truyền thông.', palette: 4, motif: 'people' },
      author: EDITOR,
      bodyHtml: compact(`
        <p>Thực hiện Kế hoạch tuyên truyền cải cách hành chính, trong đó có nội dung tìm kiếm sáng kiến mới về cải cách hành chính qua việc huy động công chức, viên chức tham gia, năm ${t.year} các phòng, đơn vị thuộc Sở đã đăng ký 9 sáng kiến. Sau khi nghe báo cáo và xem xét kết quả áp dụng thực tế, Hội đồng sáng kiến do Giám đốc Sở Lương Văn Thành làm Chủ tịch đã công nhận 6 sáng kiến.</p>
        <p><strong>Danh sách sáng kiến được công nhận</strong></p>
        ${table(['TT', 'Tên sáng kiến', 'Đơn vị', 'Lợi ích chính'], [
          ['1', 'Gắn mã QR cho thủ tục hành chính niêm yết tại Bộ phận Một cửa', 'Văn phòng Sở', 'Người dân tra cứu, nộp hồ sơ ngay trên điện thoại'],
          ['2', 'Trợ lý ảo giải đáp thủ tục hành chính trên Cổng thông tin điện tử', 'Trung tâm Công nghệ thông tin và Truyền thông', 'Trả lời tự động phần lớn câu hỏi, kể cả ngoài giờ'],
          ['3', 'Hẹn lịch kiểm tra thực tế cơ sở in song song với thẩm định hồ sơ', 'Phòng Thông tin - Báo chí - Xuất bản', 'Rút ngắn thời gian giải quyết thực tế'],
          ['4', 'Bộ hỏi – đáp về thanh toán điện tử phí, lệ phí', 'Văn phòng Sở', 'Giảm vướng mắc khi thanh toán trực tuyến'],
          ['5', 'Cảnh báo sớm hồ sơ sắp đến hạn trên hệ thống quản lý văn bản', 'Phòng Công nghệ thông tin', 'Không để hồ sơ trễ hạn'],
          ['6', 'Lịch phát nội dung tuyên truyền theo khung giờ trên màn hình LED', 'Phòng Thông tin - Báo chí - Xuất bản', 'Thông điệp đến đúng người, đúng lúc'],
        ])}
        <h2>Tiêu chí đánh giá chặt chẽ</h2>
        <p>Mỗi sáng kiến được đánh giá theo tính mới, khả năng áp dụng, hiệu quả thực tế và khả năng nhân rộng. Hội đồng yêu cầu các tác giả trình bày số liệu trước và sau khi áp dụng, đồng thời lấy ý kiến của người trực tiếp sử dụng. Ba sáng kiến chưa được công nhận do mới ở mức ý tưởng, chưa có kết quả áp dụng; Hội đồng đề nghị các tác giả tiếp tục hoàn thiện để xem xét ở đợt sau.</p>
        <h2>Gắn với thi đua, khen thưởng</h2>
        <p>Kết quả công nhận sáng kiến là căn cứ để xét các danh hiệu thi đua cuối năm của cá nhân, tập thể. Các sáng kiến được công bố trên Cổng thông tin điện tử để các cơ quan, đơn vị tham khảo, học tập.</p>
        <blockquote><p>“Sáng kiến tốt không cần lớn. Chỉ cần giải quyết được một phiền hà cụ thể của người dân là đã có giá trị”, Giám đốc Sở Lương Văn Thành phát biểu tại phiên họp.</p></blockquote>
      `),
    }),
  },
  {
    daysAgo: 175,
    write: (t) => {
      const criteria: Array<[string, number]> = [
        ['Tiếp cận dịch vụ (nơi làm thủ tục, trang thiết bị)', 98.1],
        ['Thủ tục hành chính (công khai, thành phần hồ sơ, phí, lệ phí)', 96.9],
        ['Công chức trực tiếp giải quyết công việc', 98.4],
        ['Kết quả giải quyết thủ tục hành chính', 97.8],
        ['Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 96.2],
      ];
      const average = criteria.reduce((sum, [, value]) => sum + value, 0) / criteria.length;
      return {
        title: `Khảo sát sự hài lòng: ${pct(average)} người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục tại Sở`,
        sapo: `Đợt khảo sát từ ngày ${t.day(30)} đến ngày ${t.day(5)} thu về 320 phiếu hợp lệ; tỷ lệ hài lòng bình quân đạt ${pct(average)}, cao nhất ở tiêu chí về công chức trực tiếp giải quyết công việc.`,
        categories: ['ket-qua-cchc'],
        tags: ['mức độ hài lòng', 'khảo sát', 'SIPAS'],
        topic: 'II.5',
        cover: { caption: 'Người dân đánh giá mức độ hài lòng sau khi giao dịch tại Bộ phận Một cửa.', palette: 3, motif: 'chart' },
        author: APPROVER,
        bodyHtml: compact(`
          <p>Khảo sát được Văn phòng Sở thực hiện theo phương pháp đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước. Phiếu khảo sát được gửi cho tổ chức, cá nhân đã có kết quả giải quyết thủ tục hành chính, qua hai hình thức: phiếu giấy tại Bộ phận Một cửa và phiếu điện tử gửi qua đường dẫn trong tin nhắn thông báo kết quả.</p>
          <p><strong>Tỷ lệ hài lòng theo từng nhóm tiêu chí</strong></p>
          ${table(['Nhóm tiêu chí', 'Tỷ lệ hài lòng'], [...criteria.map(([name, value]) => [name, pct(value)]), ['<strong>Bình quân</strong>', `<strong>${pct(average)}</strong>`]])}
          <h2>Điểm mạnh</h2>
          <p>Người được khảo sát đánh giá cao thái độ của công chức Bộ phận Một cửa: hướng dẫn tận tình, đầy đủ ngay từ lần đầu, không có trường hợp nào phản ánh việc bị yêu cầu nộp thêm giấy tờ ngoài quy định. Việc trả kết quả đúng hẹn, nhận kết quả điện tử, thanh toán điện tử phí, lệ phí được nhiều doanh nghiệp ghi nhận là thuận tiện.</p>
          <h2>Những điều người dân chưa hài lòng</h2>
          <ul>
            <li>Thành phần hồ sơ của một số thủ tục còn khó hiểu, nhất là với người lần đầu thực hiện.</li>
            <li>Chưa biết cách theo dõi kết quả xử lý góp ý, phản ánh của mình.</li>
            <li>Khu vực chờ tại Bộ phận Một cửa còn chật vào những ngày đông người.</li>
          </ul>
          <h2>Giải pháp khắc phục</h2>
          <p>Sở sẽ bổ sung ví dụ mẫu cho các thủ tục khó kê khai; hướng dẫn người dân sử dụng mã tra cứu để theo dõi phản ánh, kiến nghị; sắp xếp lại khu vực chờ và tăng cường hỗ trợ nộp hồ sơ trực tuyến để giảm số người phải đến trực tiếp.</p>
          <blockquote><p>Kết quả khảo sát là một căn cứ để đánh giá chất lượng phục vụ theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp ban hành kèm theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.</p></blockquote>
          <p>Toàn bộ kết quả khảo sát được công khai trên Cổng thông tin điện tử của Sở và gửi Sở Nội vụ theo quy định.</p>
        `),
      };
    },
  },
];

/**
 * The demo articles as they read when published relative to `today` (each one daysAgo days
 * before it). Loaders that stand at another instant (a test clock) pass it here.
 */
export function buildDemoArticles(today: Date = new Date()): DemoArticle[] {
  const todayKey = vnDateKey(today);
  return ENTRIES.map(({ daysAgo, write }) => {
    const draft = write(timeline(addDays(todayKey, -daysAgo), todayKey));
    const nfc = (s: string) => s.normalize('NFC');
    const article: DemoArticle = {
      // Whole titles: every demo title folds to at most 100 characters, so no slug ends mid-phrase.
      slug: slugify(draft.title, 100),
      title: nfc(draft.title),
      sapo: nfc(draft.sapo),
      bodyHtml: nfc(draft.bodyHtml),
      categories: draft.categories,
      tags: draft.tags.map(nfc),
      topic: draft.topic,
      daysAgo,
      author: draft.author,
    };
    if (draft.featured) article.featured = true;
    if (draft.cover) article.cover = { ...draft.cover, caption: nfc(draft.cover.caption) };
    return article;
  });
}

export const DEMO_ARTICLES: DemoArticle[] = buildDemoArticles();
