import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SEED_PLAN_FILE } from '../../demo/plans.js';
import { ValidationError } from '../../platform/http/errors.js';
import { guessChannelKind, parsePlanText, type PlanText } from './plans.import.js';

const seed = readFileSync(SEED_PLAN_FILE, 'utf8');

/** A plan's text with every paragraph on one line; `wrap` marks the paragraphs a writer's editor may wrap. */
function paragraphsOf(p: PlanText): { text: string; wrap: boolean }[] {
  const fixed = (text: string) => ({ text, wrap: false });
  const free = (text: string) => ({ text, wrap: true });
  const groups = (['paper', 'electronic'] as const).flatMap((delivery) => {
    const group = p.recipients.filter((r) => r.delivery === delivery);
    return group.length === 0
      ? []
      : [
          fixed(delivery === 'paper' ? 'Gửi bản giấy:' : 'Gửi bản điện tử:'),
          ...group.map((r, i) => free(`- ${r.name}${r.purpose === 'inform' ? ' (để biết)' : ''}${i === group.length - 1 ? '.' : ';'}`)),
        ];
  });
  const h = p.headings;
  return [
    fixed(p.typeName),
    free(p.title),
    fixed(`I. ${h.headingAims}`),
    fixed(`1. ${h.headingPurposes}`),
    ...p.purposes.map((t) => free(`- ${t}`)),
    fixed(`2. ${h.headingRequirements}`),
    ...p.requirements.map((t) => free(`- ${t}`)),
    fixed(`II. ${h.headingTopics}`),
    ...p.topics.map((t, i) => free(`${i + 1}. ${t}`)),
    fixed(`III. ${h.headingChannels}`),
    ...p.channels.map((c, i) => free(`${i + 1}. ${c.text}`)),
    fixed(`IV. ${h.headingFunding}`),
    ...p.fundingText.split('\n').map(free),
    fixed(`V. ${h.headingResponsibilities}`),
    ...p.responsibilities.map((t, i) => free(`${i + 1}. ${t}`)),
    fixed('Nơi nhận:'),
    ...groups,
    fixed(`${p.signature.authority} ${p.signature.authorityTitle}`.trim()),
    fixed(p.signature.signerTitle),
    fixed(p.signature.signerName),
  ];
}

/** A word a wrapped line must not begin with: it would read as a new item or heading (see blocksOf). */
const markerLike = (word: string) => /^([-–+•]|\d{1,3}\.|[IVX]+\.)/.test(word);

describe('parsePlanText', () => {
  const plan = parsePlanText(seed);

  test('reads the seed plan: type, title, year and sections I–V, each paragraph joined from its wrapped lines', () => {
    assert.equal(plan.typeName, 'KẾ HOẠCH');
    assert.equal(plan.title, 'Tuyên truyền cải cách hành chính năm 2023');
    assert.equal(plan.year, 2023);
    assert.equal(plan.headings.headingChannels, 'CÁC HÌNH THỨC VÀ BIỆN PHÁP TUYÊN TRUYỀN');
    assert.deepEqual([plan.purposes.length, plan.requirements.length, plan.topics.length, plan.channels.length, plan.responsibilities.length], [3, 3, 6, 5, 2]);
    assert.equal(
      plan.topics[3],
      'Việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính.',
    );
    assert.match(plan.topics[0]!, /^Tuyên truyền các văn bản quy định về cải cách hành chính\. Tập trung .* xây dựng chính quyền điện tử\)$/);
    assert.equal(plan.fundingText, 'Kinh phí tuyên truyền công tác cải cách hành chính được sử dụng từ ngân sách nhà nước cấp cho Sở Thông tin và Truyền thông năm 2023.');
    assert.equal(plan.responsibilities[1], 'Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị có liên quan tham mưu thực hiện thường xuyên các nội dung trong Kế hoạch này./.');
  });

  test('guesses each channel’s kind from its words; "thi đua - khen thưởng" stays one paragraph', () => {
    assert.deepEqual(
      plan.channels.map((c) => c.kind),
      ['portal', 'conference', 'initiative', 'emulation', 'documents'],
    );
    assert.match(plan.channels[3]!.text, /thi đua - khen thưởng trong hoạt động/);
  });

  test('reads "Nơi nhận:" by delivery group, "(để biết)" as to inform, and the signing block', () => {
    assert.deepEqual(plan.recipients, [
      { delivery: 'paper', name: 'Lưu: VT', purpose: 'execute' },
      { delivery: 'electronic', name: 'Sở Nội vụ', purpose: 'inform' },
      { delivery: 'electronic', name: 'Giám đốc, các PGĐ Sở', purpose: 'execute' },
      { delivery: 'electronic', name: 'Các phòng chuyên môn thuộc Sở', purpose: 'execute' },
    ]);
    assert.deepEqual(plan.signature, { authority: 'KT.', authorityTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Nông Văn Niệp' });
  });

  test('any re-wrapping of the same paragraphs, with stray spaces, blank lines and decomposed accents, reads the same plan', () => {
    const paragraphs = paragraphsOf(plan);
    const words = paragraphs.map((p) => p.text.split(' '));
    const layout = fc.tuple(
      fc.array(fc.uniqueArray(fc.nat(90), { maxLength: 12 }), { minLength: paragraphs.length, maxLength: paragraphs.length }),
      fc.array(fc.constantFrom('', ' ', '  ', '\t', '\u00a0'), { minLength: 8, maxLength: 8 }),
      fc.array(fc.nat(3), { minLength: paragraphs.length, maxLength: paragraphs.length }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(layout, ([breaks, pads, blanks, nfd]) => {
        const lines = paragraphs.flatMap((p, i) => {
          const out: string[] = [words[i]![0]!];
          words[i]!.slice(1).forEach((word, j) => {
            // j > 0: a marker ("1.", "-") keeps the word after it on its line.
            if (p.wrap && j > 0 && breaks[i]!.includes(j) && !markerLike(word)) out.push(word);
            else out[out.length - 1] += ` ${word}`;
          });
          const pad = pads[i % pads.length]!;
          return [...out.map((l) => `${pad}${l}${pad}`), ...Array<string>(blanks[i]!).fill(pad)];
        });
        const text = lines.join(nfd ? '\r\n' : '\n');
        assert.deepEqual(parsePlanText(nfd ? text.normalize('NFD') : text), plan);
      }),
      { numRuns: 150 },
    );
  });

  test('reads the number, symbol, place and date when the text carries its header', () => {
    const withHeader = `UBND TỈNH LẠNG SƠN\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 45/KH-STTTT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLạng Sơn, ngày 10 tháng 02 năm 2023\n${seed}`;
    const parsed = parsePlanText(withHeader);
    assert.deepEqual([parsed.number, parsed.symbol, parsed.place, parsed.issuedOn], ['45', 'KH-STTTT', 'Lạng Sơn', '2023-02-10']);
    assert.deepEqual(parsed.topics, plan.topics);
  });

  test('names the line it cannot read', () => {
    const cases: [string, RegExp][] = [
      ['Tuyên truyền cải cách hành chính năm 2023', /không thấy tên loại văn bản “KẾ HOẠCH”/],
      [seed.replace('Nơi nhận:', 'Nơi gửi:'), /không thấy dòng “Nơi nhận:”/],
      [seed.replace('V. TỔ CHỨC THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN'), /thiếu mục V \(tổ chức thực hiện\)/],
      [seed.replace('II. NỘI DUNG', 'II. NỘI DUNG\nCác nội dung sau đây.'), /^Dòng \d+: mục II \(nội dung\): mỗi ý phải được đánh số/],
    ];
    for (const [text, message] of cases) {
      assert.throws(
        () => parsePlanText(text),
        (error: unknown) => error instanceof ValidationError && message.test(error.fields.file!),
      );
    }
  });
});

describe('guessChannelKind', () => {
  const words = { portal: 'Cổng thông tin điện tử', conference: 'hội nghị', flagCeremony: 'chào cờ', initiative: 'sáng kiến', emulation: 'thi đua', documents: 'Ban hành văn bản', screens: 'màn hình LED' } as const;

  test('a sentence naming several channels takes the first it names; one naming none is "other"', () => {
    const kinds = Object.keys(words) as (keyof typeof words)[];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.constantFrom(...kinds), fc.constantFrom('Tổ chức', 'Thông qua', ''), (first, second, lead) => {
        assert.equal(guessChannelKind(`${lead} ${words[first]} kết hợp với ${words[second]}`), first);
      }),
    );
    assert.equal(guessChannelKind('Tọa đàm với doanh nghiệp'), 'other');
  });
});
