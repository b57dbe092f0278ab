import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { SEED_PLAN_FILE } from '../../demo/plans.js';
import { systemContext } from '../../platform/auth/actor.js';
import { docxParagraphTexts } from '../../platform/docx/official-document.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';

const seed = readFileSync(SEED_PLAN_FILE, 'utf8');
const normalised = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The seed's sentences (and the short lines between them: headings, "Nơi nhận:", the signer), its wrapping undone. */
const sentences = normalised(seed)
  .split(/(?<=[.;:!?…)])\s+/)
  .filter((s) => s !== '');

for (const engine of engines()) {
  describe(`the seed plan round-trips: text → data → .docx (${engine})`, () => {
    let t: TestApp;
    let texts: string[];
    const ctx = systemContext('test');

    before(async () => {
      t = await testApp(engine);
      const agency = (await t.services.organizations.findByCode('STTTT'))!;
      const id = await t.services.plans.importText(ctx, seed, { organizationId: agency.id, number: '45', issuedOn: '06/02/2023' });
      texts = (await docxParagraphTexts((await t.services.plans.docx(ctx, id)).buffer)).map(normalised).filter((p) => p !== '');
    });
    after(() => t.close());

    test('every sentence of the seed is in the document, in the order of the seed', () => {
      const whole = texts.join(' ');
      let from = 0;
      for (const sentence of sentences) {
        const at = whole.indexOf(sentence, from);
        assert.ok(at >= 0, `missing or out of order: “${sentence}”`);
        from = at + sentence.length;
      }
    });

    test('the header comes from the importing organization and the options: agencies, number and symbol, place and date', () => {
      for (const line of ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Số: 45/KH-STTTT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']) {
        assert.ok(texts.includes(line), `${line} in ${JSON.stringify(texts.slice(0, 8))}`);
      }
      assert.ok(texts.some((p) => p.startsWith('Lạng Sơn, ngày 06 tháng 02 năm 2023')), JSON.stringify(texts.slice(0, 8)));
    });

    test('each paragraph of the seed is one paragraph of the document, numbered as the seed numbers it', () => {
      for (const paragraph of [
        'I. MỤC ĐÍCH, YÊU CẦU',
        '2. Yêu cầu',
        '4. Gắn nội dung công tác tuyên truyền CCHC với công tác thi đua - khen thưởng trong hoạt động của các cơ quan.',
        '- Sở Nội vụ (để biết);',
        '- Các phòng chuyên môn thuộc Sở.',
        'KT. GIÁM ĐỐC',
        'Nông Văn Niệp',
      ]) {
        assert.ok(texts.includes(paragraph), paragraph);
      }
    });
  });
}
