/**
 * A deterministic generator of Vietnamese-looking administrative articles for the search benchmark.
 *
 * Words (one to four syllables) follow a Zipf–Mandelbrot distribution over a ranked vocabulary:
 * real words of CCHC writing first (function words, then the administrative vocabulary), then
 * thousands of generated words built from generated syllables. Each article also repeats a few
 * topic words of its own (burstiness), as real articles do. Real syllables ("cải", "cách") occur in
 * several words ("cải cách", "cải thiện", "phong cách"), so a phrase query is not the same as
 * its syllables being present.
 */

import { seededRandom } from '../../src/shared/random.js';

/** The head of the vocabulary, roughly by frequency in Vietnamese administrative news. */
const REAL_WORDS = `
của và các là được trong có cho người những với đã này để không một theo về khi từ tại đến cũng như trên
năm sẽ đó nhiều phải hơn ra vào còn nhằm đồng thời bao gồm gồm thì mà nên hoặc
thực hiện công tác cải cách hành chính người dân doanh nghiệp thủ tục hành chính dịch vụ công trực tuyến hồ sơ cơ quan
đơn vị tỉnh huyện xã phường ủy ban nhân dân sở ban hành triển khai kế hoạch tuyên truyền chuyển đổi số
chính quyền điện tử thanh toán điện tử thủ tục cải cách tổ chức cán bộ công chức viên chức nâng cao hiệu quả
chất lượng đánh giá chỉ số hài lòng minh bạch công khai quy định nghị định thông tư quyết định văn bản pháp luật
hướng dẫn hội nghị đẩy mạnh tăng cường ứng dụng công nghệ thông tin dữ liệu cơ sở dữ liệu tài khoản
một cửa liên thông tiếp nhận giải quyết trả kết quả phản ánh kiến nghị kỷ luật kỷ cương đạo đức công vụ
thanh toán trực tuyến cổng dịch vụ công quốc gia định danh điện tử chữ ký số bưu chính công ích lệ phí phí nộp
tra cứu kết quả thời gian ngày làm việc quá hạn đúng hạn tỷ lệ phần trăm bộ phận trung tâm phục vụ hành chính công
lãnh đạo chủ tịch giám đốc phó giám đốc chỉ đạo điều hành phối hợp kiểm tra giám sát thanh tra báo cáo tổng kết
sơ kết nhiệm vụ giải pháp mục tiêu yêu cầu nội dung trách nhiệm người đứng đầu cấp ủy đảng chính quyền
nhân dân xã hội kinh tế phát triển đầu tư môi trường kinh doanh năng lực cạnh tranh cấp tỉnh
cải thiện cải tiến cách thức phong cách chính sách chính xác hành động hành vi thủ trưởng sơ bộ so sánh hồ chí minh
điện thoại đường dây nóng văn phòng sở nội vụ sở tư pháp sở tài chính sở kế hoạch và đầu tư
thông tin truyền thông báo chí phát thanh truyền hình cổng thông tin điện tử trang thông tin mạng xã hội
hội thi tìm hiểu pháp luật sáng kiến thi đua khen thưởng gương điển hình tiên tiến tập thể cá nhân
biên chế tinh giản sắp xếp bộ máy tinh gọn hoạt động hiệu lực hiệu năng vị trí việc làm
tài chính công ngân sách nhà nước tự chủ chi thường xuyên đơn vị sự nghiệp công lập
hiện đại hóa hành chính hệ thống quản lý chất lượng tiêu chuẩn quốc gia lưu trữ điện tử
bảo đảm an toàn an ninh mạng xác thực mã số định danh căn cước công dân thẻ căn cước
đăng ký doanh nghiệp cấp phép xây dựng đất đai giấy chứng nhận quyền sử dụng đất hộ tịch khai sinh khai tử kết hôn
bảo hiểm xã hội bảo hiểm y tế lao động việc làm giáo dục đào tạo y tế sức khỏe giao thông vận tải
nông nghiệp nông thôn mới du lịch văn hóa thể thao khoa học công nghệ tài nguyên
tháng quý kỳ họp phiên họp cuộc họp trực tiếp trao đổi đối thoại lắng nghe ý kiến
góp ý tiếp thu chỉnh sửa bổ sung hoàn thiện thể chế rà soát đơn giản hóa cắt giảm điều kiện
thời hạn quy trình nội bộ điện tử hóa số hóa kết nối chia sẻ nền tảng ứng dụng di động
hỗ trợ hướng dẫn viên tình nguyện đoàn thanh niên hội phụ nữ mặt trận tổ quốc
rau cải đường phố phố phường thành phố trung ương địa phương vùng miền núi biên giới lạng sơn
`;

const ONSETS = ['b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x', ''];
// Rhymes written with their tone-bearing vowel first in brackets: "[a]i" carries the tone on a.
const RHYMES = [
  '[a]', '[a]i', '[a]m', '[a]n', '[a]ng', '[a]nh', '[a]o', '[a]u', '[a]y', '[ă]m', '[ă]n', '[ă]ng', '[â]m', '[â]n', '[â]u', '[â]y',
  '[e]', '[e]m', '[e]n', '[e]o', '[ê]', '[ê]nh', '[ê]u', '[i]', '[i]a', '[i]m', '[i]n', '[i]nh', '[i]u', '[o]', 'o[a]', 'o[a]n',
  'o[a]nh', '[o]i', '[o]m', '[o]n', '[o]ng', '[ô]', '[ô]i', '[ô]m', '[ô]n', '[ô]ng', '[ơ]', '[ơ]i', '[ơ]m', '[ơ]n', '[u]', '[u]i',
  '[u]m', '[u]n', '[u]ng', 'u[y]', '[ư]', '[ư]a', '[ư]ng', 'ư[ơ]i', 'ư[ơ]ng', 'i[ê]n', 'i[ê]ng', 'u[ô]n', 'u[ô]ng', 'uy[ê]n',
];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // ngang, huyền, sắc, hỏi, ngã, nặng

function generatedSyllables(random: () => number, count: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let guard = 0; out.length < count && guard < count * 50; guard++) {
    const onset = ONSETS[Math.floor(random() * ONSETS.length)]!;
    const rhyme = RHYMES[Math.floor(random() * RHYMES.length)]!;
    const tone = TONES[Math.floor(random() * TONES.length)]!;
    const syllable = (onset + rhyme.replace(/\[(.)\]/, `$1${tone}`)).normalize('NFC');
    if (!seen.has(syllable)) {
      seen.add(syllable);
      out.push(syllable);
    }
  }
  return out;
}

export type Vocabulary = { words: string[]; cumulative: Float64Array };

/**
 * The ranked vocabulary and its cumulative Zipf–Mandelbrot weights (s = 1.05, q = 2.7). Real words
 * are split into their multi-syllable units by a fixed list of known compounds; everything after
 * them is generated: `generated` words of one to three syllables from ~3,000 generated syllables
 * mixed with real ones.
 */
export function vocabulary(seed = 7, generated = 40_000): Vocabulary {
  const random = seededRandom(seed);
  const real = realWords();
  const syllables = [...generatedSyllables(random, 3000), ...new Set(real.flatMap((w) => w.split(' ')))];
  const words = [...real];
  const seen = new Set(words);
  for (let guard = 0; words.length < real.length + generated && guard < generated * 10; guard++) {
    const n = random() < 0.25 ? 1 : random() < 0.85 ? 2 : 3;
    const w = Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]!).join(' ');
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let r = 0; r < words.length; r++) cumulative[r] = sum += 1 / Math.pow(r + 1 + 2.7, 1.05);
  for (let r = 0; r < words.length; r++) cumulative[r]! /= sum;
  return { words, cumulative };
}

/** Multi-syllable units of the head vocabulary, longest first, so "cải cách hành chính" is one word. */
function realWords(): string[] {
  const compounds = [
    'cải cách hành chính', 'thủ tục hành chính', 'dịch vụ công', 'trực tuyến', 'hồ sơ', 'người dân', 'doanh nghiệp', 'thanh toán điện tử',
    'thanh toán trực tuyến', 'chính quyền điện tử', 'chuyển đổi số', 'ủy ban nhân dân', 'cổng dịch vụ công quốc gia', 'định danh điện tử',
    'chữ ký số', 'bưu chính công ích', 'trung tâm phục vụ hành chính công', 'đạo đức công vụ', 'công nghệ thông tin', 'cơ sở dữ liệu',
    'thực hiện', 'công tác', 'cơ quan', 'đơn vị', 'ban hành', 'triển khai', 'kế hoạch', 'tuyên truyền', 'tổ chức', 'cán bộ', 'công chức',
    'viên chức', 'nâng cao', 'hiệu quả', 'chất lượng', 'đánh giá', 'chỉ số', 'hài lòng', 'minh bạch', 'công khai', 'quy định', 'nghị định',
    'thông tư', 'quyết định', 'văn bản', 'pháp luật', 'hướng dẫn', 'hội nghị', 'đẩy mạnh', 'tăng cường', 'ứng dụng', 'dữ liệu', 'tài khoản',
    'một cửa', 'liên thông', 'tiếp nhận', 'giải quyết', 'trả kết quả', 'phản ánh', 'kiến nghị', 'kỷ luật', 'kỷ cương', 'lệ phí', 'tra cứu',
    'kết quả', 'thời gian', 'ngày làm việc', 'quá hạn', 'đúng hạn', 'tỷ lệ', 'phần trăm', 'bộ phận', 'lãnh đạo', 'chủ tịch', 'giám đốc',
    'phó giám đốc', 'chỉ đạo', 'điều hành', 'phối hợp', 'kiểm tra', 'giám sát', 'thanh tra', 'báo cáo', 'tổng kết', 'sơ kết', 'nhiệm vụ',
    'giải pháp', 'mục tiêu', 'yêu cầu', 'nội dung', 'trách nhiệm', 'người đứng đầu', 'cấp ủy', 'chính quyền', 'nhân dân', 'xã hội',
    'kinh tế', 'phát triển', 'đầu tư', 'môi trường kinh doanh', 'năng lực cạnh tranh', 'cấp tỉnh', 'cải thiện', 'cải tiến', 'cách thức',
    'phong cách', 'chính sách', 'chính xác', 'hành động', 'hành vi', 'thủ trưởng', 'sơ bộ', 'so sánh', 'hồ chí minh', 'điện thoại',
    'đường dây nóng', 'văn phòng', 'sở nội vụ', 'sở tư pháp', 'sở tài chính', 'sở kế hoạch và đầu tư', 'thông tin', 'truyền thông', 'báo chí',
    'phát thanh', 'truyền hình', 'cổng thông tin điện tử', 'trang thông tin', 'mạng xã hội', 'hội thi', 'tìm hiểu', 'sáng kiến', 'thi đua',
    'khen thưởng', 'gương điển hình', 'tiên tiến', 'tập thể', 'cá nhân', 'biên chế', 'tinh giản', 'sắp xếp', 'bộ máy', 'tinh gọn',
    'hoạt động', 'hiệu lực', 'hiệu năng', 'vị trí việc làm', 'tài chính công', 'ngân sách nhà nước', 'tự chủ', 'chi thường xuyên',
    'đơn vị sự nghiệp công lập', 'hiện đại hóa', 'hệ thống quản lý chất lượng', 'tiêu chuẩn quốc gia', 'lưu trữ điện tử', 'bảo đảm',
    'an toàn', 'an ninh mạng', 'xác thực', 'mã số', 'định danh', 'căn cước công dân', 'thẻ căn cước', 'đăng ký doanh nghiệp', 'cấp phép',
    'xây dựng', 'đất đai', 'giấy chứng nhận quyền sử dụng đất', 'hộ tịch', 'khai sinh', 'khai tử', 'kết hôn', 'bảo hiểm xã hội',
    'bảo hiểm y tế', 'lao động', 'việc làm', 'giáo dục', 'đào tạo', 'y tế', 'sức khỏe', 'giao thông vận tải', 'nông nghiệp', 'nông thôn mới',
    'du lịch', 'văn hóa', 'thể thao', 'khoa học công nghệ', 'tài nguyên', 'kỳ họp', 'phiên họp', 'cuộc họp', 'trực tiếp', 'trao đổi',
    'đối thoại', 'lắng nghe', 'ý kiến', 'góp ý', 'tiếp thu', 'chỉnh sửa', 'bổ sung', 'hoàn thiện', 'thể chế', 'rà soát', 'đơn giản hóa',
    'cắt giảm', 'điều kiện', 'thời hạn', 'quy trình', 'nội bộ', 'điện tử hóa', 'số hóa', 'kết nối', 'chia sẻ', 'nền tảng', 'di động',
    'hỗ trợ', 'tình nguyện', 'đoàn thanh niên', 'hội phụ nữ', 'mặt trận tổ quốc', 'rau cải', 'đường phố', 'phố phường', 'thành phố',
    'trung ương', 'địa phương', 'vùng', 'miền núi', 'biên giới', 'lạng sơn', 'đồng thời', 'bao gồm', 'nhằm', 'thủ tục', 'cải cách',
    'sở', 'phí', 'nộp', 'tháng', 'quý', 'trực', 'điện tử', 'thanh toán',
  ].sort((a, b) => b.length - a.length);
  let text = ` ${REAL_WORDS.replace(/\s+/g, ' ').trim()} `;
  const out: string[] = [];
  // Take compounds where they stand, in text order, then the remaining single syllables.
  const positions: [number, string][] = [];
  for (const c of compounds) {
    for (let at = text.indexOf(` ${c} `); at >= 0; at = text.indexOf(` ${c} `)) {
      positions.push([at, c]);
      text = text.slice(0, at + 1) + '\u0000'.repeat(c.length) + text.slice(at + 1 + c.length);
    }
  }
  for (const match of text.matchAll(/[^\s\u0000]+/g)) positions.push([match.index!, match[0]]);
  positions.sort((a, b) => a[0] - b[0]);
  const seen = new Set<string>();
  for (const [, w] of positions) if (!seen.has(w)) (seen.add(w), out.push(w.normalize('NFC')));
  return out;
}

/** Index of a word drawn from the cumulative distribution (binary search). */
function draw(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export type GeneratedArticle = { title: string; body: string };

/**
 * One article: a title of 8–14 syllables and a body of about `syllables` syllables in sentences
 * of 8–24 syllables. 15% of the words come from the article's own 6 topic words (ranks 30–3,000).
 */
export function article(vocab: Vocabulary, random: () => number, syllables = 300): GeneratedArticle {
  const { words, cumulative } = vocab;
  const topicMax = Math.min(words.length, 3000);
  const topicMin = 30;
  const topics = Array.from({ length: 6 }, () => words[topicMin + Math.floor(Math.pow(random(), 2) * (topicMax - topicMin))]!);
  const word = () => (random() < 0.15 ? topics[Math.floor(random() * topics.length)]! : words[draw(cumulative, random())]!);
  const run = (target: number) => {
    const parts: string[] = [];
    let n = 0;
    while (n < target) {
      const w = word();
      parts.push(w);
      n += 1 + (w.length - w.replaceAll(' ', '').length);
    }
    return { text: parts.join(' '), n };
  };

  const title = capitalize(run(8 + Math.floor(random() * 7)).text);
  const sentences: string[] = [];
  let total = 0;
  while (total < syllables) {
    const s = run(8 + Math.floor(random() * 17));
    let text = s.text;
    if (s.n > 14 && random() < 0.5) {
      const cut = text.indexOf(' ', Math.floor(text.length / 2));
      if (cut > 0) text = `${text.slice(0, cut)},${text.slice(cut)}`;
    }
    sentences.push(`${capitalize(text)}.`);
    total += s.n;
  }
  return { title, body: sentences.join(' ') };
}
