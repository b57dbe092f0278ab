import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { excerpt, htmlToText, sanitizeArticleHtml } from './sanitize.js';

// ---------------------------------------------------------------------------
// An independent reading of the output: what tags and attributes would a
// browser see? sanitize-html escapes `<` and `>` in text and `"` in attribute
// values, so in its output every `<…>` is a tag; we check that claim too.
// ---------------------------------------------------------------------------

const ALLOWED: Record<string, string[]> = {
  p: [], br: [], h2: [], h3: [], h4: [], strong: [], em: [], u: [], s: [], sub: [], sup: [], blockquote: [],
  ul: [], ol: [], li: [], table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], figure: [],
  figcaption: [], hr: [],
  a: ['href', 'rel', 'target'],
  img: ['src', 'alt', 'width', 'height'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan', 'scope'],
};

type Tag = { name: string; closing: boolean; attrs: Map<string, string> };

const TAG = /<(\/?)([a-z0-9]+)((?:\s+[a-z]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTR = /\s+([a-z]+)(?:="([^"]*)")?/g;
const unescapeAttr = (v: string) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function tagsOf(html: string): Tag[] {
  const rest = html.replace(TAG, '');
  assert.ok(!/[<>]/.test(rest), `a < or > outside a well-formed tag in ${JSON.stringify(html)}`);
  return [...html.matchAll(TAG)].map((m) => ({
    closing: m[1] === '/',
    name: m[2]!,
    attrs: new Map([...m[3]!.matchAll(ATTR)].map((a) => [a[1]!, unescapeAttr(a[2] ?? '')])),
  }));
}

const SAFE_HREF = /^(https?:\/\/[^/\\]|mailto:|\/(?![/\\]))/i;
const SAFE_SRC = /^(https:\/\/[^/\\]|\/assets\/|\/tep\/)/;

/** Every tag allowed, every attribute allowed for its tag, every URL inside the policy. */
function assertOnlyAllowedMarkup(html: string) {
  for (const tag of tagsOf(html)) {
    const allowed = ALLOWED[tag.name];
    assert.ok(allowed, `tag <${tag.name}> is not allowed: ${JSON.stringify(html)}`);
    for (const [name, value] of tag.attrs) {
      assert.ok(allowed.includes(name), `attribute ${name} on <${tag.name}>: ${JSON.stringify(html)}`);
      if (name === 'href') assert.match(value, SAFE_HREF);
      if (name === 'src') assert.match(value, SAFE_SRC);
      if (name === 'target') assert.equal(value, '_blank');
      if (name === 'rel') assert.equal(value, 'noopener noreferrer');
      if (['colspan', 'rowspan', 'width', 'height'].includes(name)) assert.match(value, /^[1-9]\d*$/);
    }
  }
}

/**
 * The markup a browser acts on: tag names, attribute names and URLs. Text and alt text are left out
 * on purpose: "javascript:" or "onerror" written as visible words is not an attack, and an article
 * about web security may contain them (`<p>javascript:alert(1)</p>` is displayed, not run).
 */
function markupOf(html: string): string {
  return tagsOf(html)
    .map((t) => `<${t.closing ? '/' : ''}${t.name} ${[...t.attrs].map(([k, v]) => (k === 'alt' ? k : `${k}=${v}`)).join(' ')}>`)
    .join('');
}

// ---------------------------------------------------------------------------
// Classic XSS vectors (OWASP filter-evasion cheat sheet, html5sec.org, PortSwigger).
// ---------------------------------------------------------------------------

const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<script>alert(1)',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<script>script>alert(1)<</script>/script>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="/assets/a.png" ONERROR="alert(1)">',
  '<img src=x onerror=alert(1)//',
  '<img src="/tep/a.png" alt="x" onerror="alert(1)">',
  '<img src="/tep/a.png" alt="x&quot; onerror=&quot;alert(1)">',
  '<img """><script>alert(1)</script>">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<math><mi xlink:href="javascript:alert(1)">bấm</mi></math>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">bấm</a>',
  '<a href="JaVaScRiPt:alert(1)">bấm</a>',
  '<a href="  javascript:alert(1)">bấm</a>',
  '<a href="jav&#x09;ascript:alert(1)">bấm</a>',
  '<a href="jav\tascript:alert(1)">bấm</a>',
  '<a href="java\nscript:alert(1)">bấm</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">bấm</a>',
  '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">bấm</a>',
  '<a href="javascript&colon;alert(1)">bấm</a>',
  '<a href="\x01javascript:alert(1)">bấm</a>',
  '<a href="vbscript:msgbox(1)">bấm</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">bấm</a>',
  '<img src="javascript:alert(1)">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<img src="JAVASCRIPT:alert(1)"><img src=" jav&#x0A;ascript:alert(1)">',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<p style="width: expression(alert(1))">css</p>',
  '<div style="background:url(javascript:alert(1))">css</div>',
  '<style>@import "https://evil.example/x.css"; body{background:url("javascript:alert(1)")}</style>',
  '<form action="javascript:alert(1)"><input type="submit" formaction="javascript:alert(1)"></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<body onload=alert(1)>',
  '<a href="/tin" onmouseover="alert(1)">tin</a>',
  '<a href="/tin"title="x"onclick="alert(1)">tin</a>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template>',
  '<textarea><script>alert(1)</script></textarea>',
  '<title><img src=x onerror=alert(1)></title>',
  '<!--<img src=x onerror=alert(1)>--><p>ok</p>',
  '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<a href="//evil.example/">tin</a><a href="/\\evil.example/">tin</a>',
];

/** Substrings that must not appear in the markup; the ones starting with `<` not even in the text. */
const FORBIDDEN = ['<script', 'javascript:', 'vbscript:', 'data:', 'onerror', 'onload', 'onclick', 'onmouseover', 'ontoggle', '<iframe', '<svg', '<math', 'srcdoc', '<style', 'style=', '<form', 'formaction', '<meta', '<base', '<object', '<embed', 'evil.example'];

test(`none of ${XSS_PAYLOADS.length} classic XSS vectors survives`, () => {
  for (const payload of XSS_PAYLOADS) {
    const out = sanitizeArticleHtml(payload);
    assertOnlyAllowedMarkup(out);
    // The whole output, text included, except alt values: `alt="x&quot; onerror=&quot;…"` is the
    // escaped alt text of the quote-breaking vector, shown as words (asserted separately below).
    const whole = out.replace(/ alt="[^"]*"/g, ' alt=""').toLowerCase();
    for (const bad of FORBIDDEN) {
      assert.ok(!whole.includes(bad), `${bad} survived: ${JSON.stringify(payload)} → ${JSON.stringify(out)}`);
    }
  }
});

test('what is left of an attack is inert text or nothing', () => {
  assert.equal(sanitizeArticleHtml('<script>alert(1)</script>'), '');
  assert.equal(sanitizeArticleHtml('<img src=x onerror=alert(1)>'), '');
  assert.equal(sanitizeArticleHtml('<a href="jav&#x09;ascript:alert(1)">bấm</a>'), 'bấm');
  assert.equal(sanitizeArticleHtml('<svg><p>chữ trong svg</p></svg>sau'), 'sau');
  assert.equal(sanitizeArticleHtml('<form>mật khẩu<input name=p></form>còn lại'), 'còn lại');
  // The quote inside alt stays inside the (escaped) value: no new attribute appears.
  assert.equal(
    sanitizeArticleHtml('<img src="/tep/a.png" alt="x&quot; onerror=&quot;alert(1)">'),
    '<img src="/tep/a.png" alt="x&quot; onerror=&quot;alert(1)" />',
  );
  // Text that merely mentions an attack is kept as text, escaped.
  assert.equal(sanitizeArticleHtml('<p>&lt;script&gt; và javascript: là ví dụ</p>'), '<p>&lt;script&gt; và javascript: là ví dụ</p>');
});

test('links: http, https, mailto and site paths only; rel added; target only _blank', () => {
  const out = (html: string) => sanitizeArticleHtml(html);
  assert.equal(out('<a href="https://dichvucong.gov.vn/p/home">DVC</a>'), '<a href="https://dichvucong.gov.vn/p/home" rel="noopener noreferrer">DVC</a>');
  assert.equal(out('<a href="mailto:vanthu@snv.gov.vn">thư</a>'), '<a href="mailto:vanthu@snv.gov.vn" rel="noopener noreferrer">thư</a>');
  assert.equal(out('<a href="/tin-tuc/abc?x=1&amp;y=2" target="_BLANK" rel="opener">tin</a>'), '<a href="/tin-tuc/abc?x=1&amp;y=2" rel="noopener noreferrer" target="_blank">tin</a>');
  assert.equal(out('<a href="/tin" target="_self">tin</a>'), '<a href="/tin" rel="noopener noreferrer">tin</a>');
  for (const href of ['//evil.example', '/\\evil.example', 'tin-tuc.html', '#_Toc123', 'file:///C:/a.docx', 'http:evil', 'ftp://x.vn/']) {
    assert.equal(out(`<a href="${href}">x</a>`), 'x', href);
  }
  assert.equal(out('<a name="_Toc1">Mục 1</a>'), 'Mục 1');
});

test('images: /assets/, /tep/ or https; numeric sizes; dot segments refused', () => {
  const out = (html: string) => sanitizeArticleHtml(html);
  assert.equal(out('<img src="/tep/anh.jpg" alt="Hội nghị" width="800" height="450" class="x" style="float:left">'), '<img src="/tep/anh.jpg" alt="Hội nghị" width="800" height="450" />');
  assert.equal(out('<img src="https://cdn.example.vn/a.png" width="100%">'), '<img src="https://cdn.example.vn/a.png" alt="" />');
  for (const src of ['http://x.vn/a.png', '/admin/logout', '/assets/../admin/logout', '/tep/%2e%2e/admin', 'file:///C:/Users/a/clip_image001.png', 'a.png', '//x.vn/a.png']) {
    assert.equal(out(`<p>a<img src="${src}">b</p>`), '<p>ab</p>', src);
  }
});

test('tables keep colspan, rowspan and scope, nothing else', () => {
  assert.equal(
    sanitizeArticleHtml('<table border=1 class=x><tr><th scope=COL colspan="02" width=100>A</th><td rowspan=3 valign=top>B</td><td colspan="x" rowspan=0 scope=bogus>C</td></tr></table>'),
    '<table><tr><th colspan="2" scope="col">A</th><td rowspan="3">B</td><td>C</td></tr></table>',
  );
});

test('tag mapping: h1→h2, h5/h6→h4, b→strong, i→em; wrappers unwrapped, blocks kept apart', () => {
  assert.equal(sanitizeArticleHtml('<h1>A</h1><h5>B</h5><h6>C</h6><h3>D</h3>'), '<h2>A</h2><h4>B</h4><h4>C</h4><h3>D</h3>');
  assert.equal(sanitizeArticleHtml('<p><b>đậm</b> <i>nghiêng</i> <font face=Arial><span style="color:red">đỏ</span></font></p>'), '<p><strong>đậm</strong> <em>nghiêng</em> đỏ</p>');
  assert.equal(sanitizeArticleHtml('<div>Dòng 1</div><div>Dòng 2</div>'), '<p>Dòng 1</p><p>Dòng 2</p>');
  // Google Docs wraps the whole paste in a <b> that is not bold.
  assert.equal(sanitizeArticleHtml('<b style="font-weight:normal;" id="docs-internal-guid-1"><p>Văn bản</p></b>'), '<p>Văn bản</p>');
});

test('empty paragraphs of &nbsp; and empty formatting go; images in paragraphs stay', () => {
  assert.equal(sanitizeArticleHtml('<p>&nbsp;</p><p> <br> &nbsp; </p><p>Nội dung</p><p><strong></strong></p>'), '<p>Nội dung</p>');
  assert.equal(sanitizeArticleHtml('<p><strong><img src="/tep/a.png"></strong></p>'), '<p><strong><img src="/tep/a.png" alt="" /></strong></p>');
});

test('Vietnamese text is kept exactly and normalised to NFC', () => {
  const nfc = 'Thủ tục hành chính: Đăng ký khai sinh, cấp Căn cước công dân — “Một cửa” liên thông';
  assert.equal(sanitizeArticleHtml(`<p>${nfc}</p>`), `<p>${nfc}</p>`);
  assert.equal(sanitizeArticleHtml(`<p>${nfc.normalize('NFD')}</p>`), `<p>${nfc}</p>`);
  assert.equal(sanitizeArticleHtml('<p>Vi&#x1EC7;t Nam &amp; e&#x301;</p>'), '<p>Việt Nam &amp; é</p>');
  assert.equal(sanitizeArticleHtml(`<img src="/tep/a.png" alt="${'Hội nghị'.normalize('NFD')}">`), '<img src="/tep/a.png" alt="Hội nghị" />');
});

// ---------------------------------------------------------------------------
// What Word (Microsoft 365, Windows) puts on the clipboard as text/html.
// ---------------------------------------------------------------------------

const WORD_PASTE = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List
href="file:///C:/Users/ADMIN/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:LidThemeOther>VI</w:LidThemeOther>
  <w:Compatibility>
   <w:BreakWrappedTables/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0in;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-language:EN-US;}
table.MsoTableGrid
	{mso-style-name:"Table Grid";
	border:solid windowtext 1.0pt;}
-->
</style>
</head>

<body lang=EN-US style='tab-interval:.5in;word-wrap:break-word'>
<!--StartFragment-->

<h1 style='margin-top:12.0pt;margin-right:0in;margin-bottom:6.0pt;margin-left:0in;
text-align:center;mso-outline-level:1'><a name="_Toc182233001"></a><span lang=VI
style='mso-ansi-language:VI'>Kế hoạch tuyên truyền cải cách hành chính năm 2025<o:p></o:p></span></h1>

<p class=MsoNormal style='text-align:justify;text-indent:.5in;line-height:150%'><span
lang=VI style='font-size:14.0pt;line-height:150%;mso-ansi-language:VI'>Thực hiện
<b style='mso-bidi-font-weight:normal'>Nghị quyết số 76/NQ-CP</b> ngày 15/7/2021 của
Chính phủ, <i style='mso-bidi-font-style:normal'>Ủy ban nhân dân tỉnh</i> ban hành
kế hoạch như sau:<o:p></o:p></span></p>

<p class=MsoNormal><o:p>&nbsp;</o:p></p>

<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=VI style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:
Symbol;mso-ansi-language:VI'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=VI style='mso-ansi-language:VI'>Nâng cao
nhận thức của cán bộ, công chức<o:p></o:p></span></p>

<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=VI style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:
Symbol;mso-ansi-language:VI'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=VI style='mso-ansi-language:VI'>Người dân
giám sát việc giải quyết thủ tục<o:p></o:p></span></p>

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0in 5.4pt 0in 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=623 colspan=2 valign=top style='width:467.5pt;border:solid windowtext 1.0pt;
  mso-border-alt:solid windowtext .5pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center'><b><span lang=VI
  style='mso-ansi-language:VI'>Bảng phân công nhiệm vụ<o:p></o:p></span></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1'>
  <td width=312 rowspan=2 valign=top style='width:233.75pt;border:solid windowtext 1.0pt;
  border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;
  padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal><span lang=VI style='mso-ansi-language:VI'>Sở Nội vụ<o:p></o:p></span></p>
  </td>
  <td width=312 valign=top style='width:233.75pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal><span lang=VI style='mso-ansi-language:VI'>Chủ trì, tổng hợp báo cáo<o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:2;mso-yfti-lastrow:yes'>
  <td width=312 valign=top style='width:233.75pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal><span lang=VI style='mso-ansi-language:VI'>Đôn đốc các phòng, ban<o:p></o:p></span></p>
  </td>
 </tr>
</table>

<p class=MsoNormal><o:p>&nbsp;</o:p></p>

<p class=MsoNormal style='text-align:justify'><span style='mso-spacerun:yes'>&nbsp;</span><span
lang=VI style='mso-ansi-language:VI'>Trân trọng./.<o:p></o:p></span></p>

<!--EndFragment-->
</body>

</html>`;

test('a Word paste keeps headings, emphasis, the table and its Vietnamese text, and nothing of Word', () => {
  const out = sanitizeArticleHtml(WORD_PASTE);
  assertOnlyAllowedMarkup(out);

  assert.match(out, /<h2>Kế hoạch tuyên truyền cải cách hành chính năm 2025<\/h2>/);
  assert.match(out, /<strong>Nghị quyết số 76\/NQ-CP<\/strong>/);
  assert.match(out, /<em>Ủy ban nhân dân tỉnh<\/em>/);
  assert.match(out, /Nâng cao\s+nhận thức của cán bộ, công chức/);
  assert.match(out, /Người dân\s+giám sát việc giải quyết thủ tục/);
  assert.match(out, /Trân trọng\.\/\./);

  const table = out.slice(out.indexOf('<table>'), out.indexOf('</table>') + '</table>'.length);
  assert.ok(table.startsWith('<table>'), out);
  assert.match(table, /<td colspan="2">\s*<p><strong>Bảng phân công nhiệm vụ<\/strong><\/p>\s*<\/td>/);
  assert.match(table, /<td rowspan="2">\s*<p>Sở Nội vụ<\/p>\s*<\/td>/);
  assert.match(table, /<p>Chủ trì, tổng hợp báo cáo<\/p>/);
  assert.match(table, /<p>Đôn đốc các phòng, ban<\/p>/);
  assert.equal([...table.matchAll(/<tr>/g)].length, 3);

  assert.doesNotMatch(out, /class=|style=|lang=|align=|width=|border=|mso|<o:|<w:|<\/?span|<\/?font|<\/?div|<\/?a[ >]|<!|<meta|<link|<xml|<style|file:|Cambria|@font-face/i);
  assert.doesNotMatch(out, /<p>[\s\u00a0]*<\/p>/, 'no empty &nbsp; paragraphs');
  assert.equal(out, out.normalize('NFC'));
});

// ---------------------------------------------------------------------------
// Properties.
// ---------------------------------------------------------------------------

/** Pieces of markup that attacks and Word pastes are made of; random sequences of them are "HTML-ish". */
const PIECES = [
  '<script>', '</script>', '<scr', 'ipt>', '<img', '<a', '</a>', '<svg', '</svg>', '<math>', '<mi', '<iframe', '<style>', '</style>',
  '<p>', '</p>', '<div>', '</div>', '<table>', '<tr>', '<td', '</td>', '<b>', '</b>', '<i>', '<span>', '</span>', '<o:p>', '<h1>',
  '<li>', '<noscript>', '</noscript>', '<textarea>', '<title>', '<base', '<meta', '<form', '<input', '<template>', '<br>',
  '<!--', '-->', '<![if !supportLists]>', '<![endif]>', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<?xml ?>',
  ' src=', ' href=', ' onerror=', ' onload=', ' style=', ' colspan=2', ' rowspan=', ' srcdoc=', ' xlink:href=', ' target=_blank', ' alt=',
  '"', "'", '`', 'javascript:', 'jav&#x09;ascript:', 'JaVaScRiPt:', '&#106;avascript:', 'java\tscript:', 'vbscript:', 'data:text/html,',
  '/assets/a.png', '/tep/', 'https://x.vn/', '//', '\\', 'alert(1)', 'x',
  '>', '<', '/', '=', ' ', '\t', '\n', '&', ';', '&nbsp;', '&lt;', '&gt;', '&amp;', '&#x3C;', '&#0;',
  'Tiếng Việt', 'e\u0301', '\u0338', 'ệ', '\u00a0', '\u200b',
];
const TAG_NAMES = [
  'a', 'img', 'p', 'div', 'span', 'font', 'b', 'i', 'h1', 'h5', 'ul', 'li', 'table', 'tr', 'td', 'th', 'o:p', 'svg', 'math', 'mi',
  'script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'base', 'meta', 'noscript', 'template', 'textarea', 'title',
];
const ATTR_NAMES = ['href', 'src', 'onerror', 'onload', 'style', 'class', 'colspan', 'rowspan', 'scope', 'width', 'srcdoc', 'xlink:href', 'target', 'rel', 'alt', 'action', 'formaction'];
const ATTR_VALUES = [
  'javascript:alert(1)', ' jav&#x09;ascript:alert(1)', 'JaVaScRiPt:alert(1)', '&#106;avascript:alert(1)', 'java\nscript:alert(1)',
  'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', '/assets/a.png', '/tep/../admin', '/tep/a.png', 'https://x.vn/a',
  '//evil.example', '/\\evil.example', 'x" onerror="alert(1)', "x' onload='alert(1)", '2', '0', '_blank', 'col', 'mso-list:Ignore', '',
];
/** A start tag with random attributes, quoted in any of the three ways. */
const startTag = fc
  .tuple(
    fc.constantFrom(...TAG_NAMES),
    fc.array(fc.tuple(fc.constantFrom(...ATTR_NAMES), fc.constantFrom('"', "'", ''), fc.constantFrom(...ATTR_VALUES)), { maxLength: 3 }),
  )
  .map(([tag, attrs]) => `<${tag}${attrs.map(([name, q, value]) => ` ${name}=${q}${value}${q}`).join('')}>`);
const endTag = fc.constantFrom(...TAG_NAMES).map((tag) => `</${tag}>`);
const htmlish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), startTag, endTag), { maxLength: 30 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 60 }));

function assertSafe(input: string) {
  const out = sanitizeArticleHtml(input);
  assert.ok(!/<script/i.test(out), `<script in ${JSON.stringify(out)}`);
  const markup = markupOf(out);
  assert.ok(!/\son\w+=/i.test(markup) && !/<[^>]*\son\w+=/i.test(out), `event handler in ${JSON.stringify(out)}`);
  assert.ok(!/javascript:/i.test(markup), `javascript: URL in ${JSON.stringify(out)}`);
  assertOnlyAllowedMarkup(out);
  assert.equal(sanitizeArticleHtml(out), out, `not idempotent for ${JSON.stringify(input)}`);
}

test('property: for any string, the output is allow-listed markup and sanitizing twice changes nothing', () => {
  fc.assert(fc.property(anyText, assertSafe), { numRuns: 400 });
});

test('property: for HTML-ish strings, the output is allow-listed markup and sanitizing twice changes nothing', () => {
  fc.assert(fc.property(htmlish, assertSafe), { numRuns: 1500 });
});

// ---------------------------------------------------------------------------
// htmlToText and excerpt.
// ---------------------------------------------------------------------------

test('htmlToText decodes entities', () => {
  assert.equal(htmlToText('<p>A &amp; B &lt;c&gt; &quot;d&quot; Vi&#7879;t&nbsp;Nam &#x1EA0;</p>'), 'A & B <c> "d" Việt Nam Ạ');
});

test('htmlToText puts blocks on their own lines and cells apart', () => {
  const html =
    '<h2>Tiêu đề</h2><p>Đoạn <strong>một</strong></p><p>Đoạn hai<br>dòng ba</p>' +
    '<ul><li>Mục a</li><li>Mục b</li></ul><table><tr><th>Cơ quan</th><th>Nhiệm vụ</th></tr><tr><td>Sở Nội vụ</td><td>Chủ trì</td></tr></table>';
  assert.equal(htmlToText(html), 'Tiêu đề\nĐoạn một\nĐoạn hai\ndòng ba\nMục a\nMục b\nCơ quan Nhiệm vụ\nSở Nội vụ Chủ trì');
});

test('htmlToText collapses white space and leaves out scripts, styles and comments', () => {
  assert.equal(htmlToText('<p>  một \n\t hai  </p>\n\n<p>\u00a0</p><script>var x = "<p>";</script><style>p{}</style><!-- ghi chú --><p>ba\u200b</p>'), 'một hai\nba');
});

test('htmlToText returns NFC', () => {
  const nfd = 'Nghị định 30/2020/NĐ-CP về công tác văn thư'.normalize('NFD');
  assert.equal(htmlToText(`<p>${nfd}</p>`), 'Nghị định 30/2020/NĐ-CP về công tác văn thư');
  assert.equal(htmlToText('<p>e&#x302;&#x323;</p>'), 'ệ');
});

test('excerpt keeps short text and cuts long text after a whole word', () => {
  assert.equal(excerpt('Ngắn gọn.'), 'Ngắn gọn.');
  assert.equal(excerpt('  nhiều   khoảng\ntrắng  '), 'nhiều khoảng trắng');
  const text = 'Ủy ban nhân dân tỉnh ban hành kế hoạch tuyên truyền cải cách hành chính năm 2025';
  const cut = excerpt(text, 30);
  assert.equal(cut, 'Ủy ban nhân dân tỉnh ban hành…');
  assert.ok(Array.from(cut).length <= 30);
  assert.ok(text.startsWith(cut.slice(0, -1)));
  assert.equal(excerpt('Một, hai, ba, bốn, năm', 11), 'Một, hai…');
  assert.equal(excerpt('một hai ba', 7), 'một…');
});

test('excerpt never splits a letter or an emoji, and respects a long first word', () => {
  assert.equal(excerpt('Đồngbộhóadữliệu', 8), 'Đồngbộh…');
  assert.equal(excerpt('😀😀😀😀 a', 4), '😀😀😀…');
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 2, max: 60 }), (s, max) => {
      const out = excerpt(s, max);
      assert.ok(Array.from(out).length <= max);
      assert.doesNotMatch(out, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'no lone surrogate');
    }),
  );
});
