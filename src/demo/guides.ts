/**
 * The four step-by-step guides to online public services (issue 4, "Guides"): creating an account
 * and signing in with VNeID, submitting a dossier, paying fees, looking up the result. They are
 * ordinary articles in the category "Hướng dẫn dịch vụ công trực tuyến và thanh toán trực tuyến",
 * written by the demo editor and published by the demo approver, and the procedure pages link them.
 *
 * The "screenshots" are drawn here, not captured or downloaded: mock screens of a generic portal
 * and phone app made of boxes, bars and buttons, the element to press framed in orange with the
 * step number. No text is drawn (a server may lack fonts); each picture's meaning is in its alt
 * text and caption. Button names on the real portal change between versions, so the guides name
 * them as they read today and say so.
 *
 * Pictures are stored under the cover key pattern (`covers/<article id>/<16 hex>-<width>.webp`)
 * because it is the one the public file route (`/tep/*`) serves; each guide's cover is the screen
 * it leads to, unmarked.
 */
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../platform/auth/actor.js';
import { saveCover } from '../modules/content/media.js';
import type { Services } from '../services.js';
import { f, star } from './svg-shapes.js';

const W = 1600;
const H = 900;
const ORANGE = '#F59E0B';
const RED = '#B3261E';
const INK = '#1F2A37';
const LINE = '#CBD5E1';
const SOFT = '#E2E8F0';

type Box = { x: number; y: number; w: number; h: number };
type Screen = { svg: string; target: Box };

const rect = (b: Box, fill: string, extra = '') => `<rect x="${f(b.x)}" y="${f(b.y)}" width="${f(b.w)}" height="${f(b.h)}" ${extra} fill="${fill}"/>`;
const bar = (x: number, y: number, w: number, fill = LINE, h = 14) => `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${h}" rx="${h / 2}" fill="${fill}"/>`;
const bars = (x: number, y: number, widths: number[], gap = 30, fill = LINE) => widths.map((w, i) => bar(x, y + i * gap, w, fill)).join('');

/** An input: a label bar above a white box with a faint placeholder. */
function field(x: number, y: number, w: number, label = 160): string {
  return bar(x, y, label, '#94A3B8', 12) + rect({ x, y: y + 24, w, h: 56 }, '#FFFFFF', `rx="10" stroke="${LINE}" stroke-width="3"`) + bar(x + 20, y + 46, w * 0.35, SOFT, 12);
}

function button(b: Box, fill = RED, label = 0.5): string {
  return rect(b, fill, `rx="${Math.min(14, b.h / 2)}"`) + bar(b.x + (b.w * (1 - label)) / 2, b.y + b.h / 2 - 7, b.w * label, '#FFFFFF');
}

function card(b: Box, fill = '#FFFFFF'): string {
  return rect({ x: b.x + 4, y: b.y + 6, w: b.w, h: b.h }, '#0F172A', 'rx="16" fill-opacity="0.06"') + rect(b, fill, `rx="16" stroke="${SOFT}" stroke-width="2"`);
}

/** A square code of seeded modules with the three finder squares, as a QR code looks. */
function qr(x: number, y: number, size: number, seed: number): string {
  const n = 21;
  const m = size / n;
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const parts = [rect({ x: x - m, y: y - m, w: size + 2 * m, h: size + 2 * m }, '#FFFFFF')];
  const finder = (cx: number, cy: number) =>
    rect({ x: x + cx * m, y: y + cy * m, w: 7 * m, h: 7 * m }, INK) +
    rect({ x: x + (cx + 1) * m, y: y + (cy + 1) * m, w: 5 * m, h: 5 * m }, '#FFFFFF') +
    rect({ x: x + (cx + 2) * m, y: y + (cy + 2) * m, w: 3 * m, h: 3 * m }, INK);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const inFinder = (r < 8 && c < 8) || (r < 8 && c > n - 9) || (r > n - 9 && c < 8);
      if (!inFinder && random() < 0.48) parts.push(rect({ x: x + c * m, y: y + r * m, w: m + 0.3, h: m + 0.3 }, INK));
    }
  }
  return parts.join('') + finder(0, 0) + finder(n - 7, 0) + finder(0, n - 7);
}

function check(cx: number, cy: number, r: number): string {
  return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#2E9E5B"/><polyline points="${f(cx - r * 0.45)},${f(cy + r * 0.02)} ${f(cx - r * 0.1)},${f(cy + r * 0.36)} ${f(cx + r * 0.5)},${f(cy - r * 0.32)}" fill="none" stroke="#FFFFFF" stroke-width="${f(r * 0.22)}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** A digit drawn as the seven segments of a display, so step numbers need no font. */
function digit(n: number, cx: number, cy: number, size: number): string {
  const on = ['abcefg', 'bc', 'abdeg', 'abcdg', 'bcfg', 'acdfg', 'acdefg', 'abc', 'abcdefg', 'abcdfg'][n] ?? '';
  const w = size * 0.5;
  const h = size;
  // A one is drawn with the right-hand segments: centre them.
  const x0 = n === 1 ? cx - w : cx - w / 2;
  const y0 = cy - h / 2;
  const segments: Record<string, [number, number, number, number]> = {
    a: [x0, y0, x0 + w, y0],
    b: [x0 + w, y0, x0 + w, y0 + h / 2],
    c: [x0 + w, y0 + h / 2, x0 + w, y0 + h],
    d: [x0, y0 + h, x0 + w, y0 + h],
    e: [x0, y0 + h / 2, x0, y0 + h],
    f: [x0, y0, x0, y0 + h / 2],
    g: [x0, y0 + h / 2, x0 + w, y0 + h / 2],
  };
  return [...on]
    .map((s) => {
      const [x1, y1, x2, y2] = segments[s]!;
      return `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="#FFFFFF" stroke-width="${f(size * 0.16)}" stroke-linecap="round"/>`;
    })
    .join('');
}

/** The element to press: an orange frame, the step number in a badge, and a pointer. */
function highlight(b: Box, step: number): string {
  const pad = 10;
  const bx = b.x - pad - 6;
  const by = b.y - pad - 6;
  const px = b.x + b.w * 0.7;
  const py = b.y + b.h * 0.65;
  return [
    rect({ x: b.x - pad, y: b.y - pad, w: b.w + 2 * pad, h: b.h + 2 * pad }, 'none', `rx="18" stroke="${ORANGE}" stroke-width="8"`),
    `<circle cx="${f(bx)}" cy="${f(by)}" r="30" fill="${ORANGE}" stroke="#FFFFFF" stroke-width="5"/>`,
    digit(step, bx, by, 28),
    `<path d="M${f(px)} ${f(py)} l0 58 l15 -14 l12 27 l12 -6 l-12 -26 l21 -2 Z" fill="#FFFFFF" stroke="${INK}" stroke-width="4" stroke-linejoin="round"/>`,
  ].join('');
}

/** A browser window showing the national portal: address bar with a padlock, the red header, a sign-in button. */
function browser(body: string, signedIn = false): string {
  return [
    rect({ x: 60, y: 40, w: 1480, h: 830 }, '#0F172A', 'rx="20" fill-opacity="0.08" transform="translate(6 10)"'),
    rect({ x: 60, y: 40, w: 1480, h: 830 }, '#F8FAFC', 'rx="20"'),
    rect({ x: 60, y: 40, w: 1480, h: 66 }, '#DDE3EA', 'rx="20"'),
    rect({ x: 60, y: 86, w: 1480, h: 20 }, '#DDE3EA'),
    ['#EF4444', '#F59E0B', '#22C55E'].map((c, i) => `<circle cx="${100 + i * 30}" cy="73" r="9" fill="${c}"/>`).join(''),
    rect({ x: 220, y: 54, w: 900, h: 38 }, '#FFFFFF', 'rx="19"'),
    `<rect x="242" y="70" width="14" height="12" rx="2" fill="#16A34A"/><path d="M244 70 v-4 a5 5 0 0 1 10 0 v4" fill="none" stroke="#16A34A" stroke-width="3"/>`,
    bar(270, 66, 300, '#94A3B8'),
    `<defs><linearGradient id="hdr" x1="0" x2="1"><stop offset="0" stop-color="#8E1B14"/><stop offset="1" stop-color="#C0392B"/></linearGradient></defs>`,
    rect({ x: 60, y: 106, w: 1480, h: 104 }, 'url(#hdr)'),
    `<circle cx="128" cy="158" r="34" fill="#F6C945"/>`,
    star(128, 158, 22, '#C0392B'),
    bar(182, 136, 360, '#FFFFFF', 18),
    bar(182, 168, 240, '#F6C945', 12),
    [700, 840, 980].map((x) => bar(x, 152, 100, '#FFE4E1', 12)).join(''),
    signedIn
      ? `<circle cx="1440" cy="158" r="24" fill="#FFFFFF"/><circle cx="1440" cy="151" r="8" fill="#C0392B"/><path d="M1426 170 a14 12 0 0 1 28 0 Z" fill="#C0392B"/>` + bar(1300, 152, 110, '#FFFFFF', 12)
      : button({ x: 1330, y: 136, w: 170, h: 46 }, '#F6C945', 0.55),
    body,
  ].join('');
}

/** A phone in portrait in the middle of the picture, for the VNeID app. */
function phone(body: string, x = 620): string {
  return [
    `<ellipse cx="${x + 180}" cy="865" rx="230" ry="18" fill="#0F172A" fill-opacity="0.12"/>`,
    rect({ x, y: 30, w: 360, h: 830 }, '#1F2937', 'rx="54"'),
    rect({ x: x + 16, y: 88, w: 328, h: 700 }, '#FFFFFF', 'rx="10"'),
    rect({ x: x + 140, y: 52, w: 80, h: 14 }, '#374151', 'rx="7"'),
    `<circle cx="${x + 180}" cy="824" r="18" fill="#374151"/>`,
    rect({ x: x + 16, y: 88, w: 328, h: 110 }, RED, 'rx="10"'),
    `<circle cx="${x + 70}" cy="143" r="30" fill="#F6C945"/>`,
    star(x + 70, 143, 19, RED),
    bar(x + 116, 130, 170, '#FFFFFF', 16),
    bar(x + 116, 158, 110, '#FFD9D5', 10),
    body,
  ].join('');
}

const background = (inner: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="#E9EEF4"/>${inner}</svg>`;

// ── The screens ─────────────────────────────────────────────────────────────────────────────

const BODY_TOP = 250;

const SCREENS = {
  /** VNeID app: sign-up form with the Đăng ký button. */
  vneidRegister(): Screen {
    const target = { x: 660, y: 690, w: 280, h: 60 };
    return { svg: phone(field(660, 240, 280) + field(660, 340, 280) + field(660, 440, 280, 120) + bars(660, 560, [270, 200, 240], 28) + button(target)), target };
  },
  /** Portal home: search box, service tiles, the sign-in button top right. */
  home(): Screen {
    const target = { x: 1330, y: 136, w: 170, h: 46 };
    return { svg: browser(homeBody()), target };
  },
  homeSearch(): Screen {
    const target = { x: 300, y: 330, w: 820, h: 64 };
    return { svg: browser(homeBody()), target };
  },
  homeLookup(): Screen {
    const target = { x: 1160, y: 330, w: 220, h: 64 };
    return { svg: browser(homeBody()), target };
  },
  /** Choice of sign-in: the citizen's electronic identity account, or an organization's. */
  loginChoice(): Screen {
    const target = { x: 340, y: 380, w: 420, h: 300 };
    const option = (x: number, fill: string) => card({ x, y: 380, w: 420, h: 300 }) + rect({ x: x + 150, y: 420, w: 120, h: 120 }, fill, 'rx="24"') + bar(x + 80, 580, 260, INK, 18) + bar(x + 110, 620, 200);
    return { svg: browser(bar(560, BODY_TOP + 40, 480, INK, 22) + option(340, RED) + option(840, '#1D4E89')), target };
  },
  /** Sign-in with VNeID: number and password on the left, a QR code to scan with the app on the right. */
  vneidLogin(): Screen {
    const target = { x: 1010, y: 360, w: 300, h: 300 };
    const body = card({ x: 260, y: 290, w: 1080, h: 520 }) + bar(320, 330, 300, INK, 20) + field(320, 390, 560) + field(320, 500, 560) + button({ x: 320, y: 630, w: 560, h: 62 }) + `<line x1="940" y1="330" x2="940" y2="770" stroke="${SOFT}" stroke-width="3"/>` + qr(1010, 360, 300, 7) + bar(1030, 700, 260);
    return { svg: browser(body), target };
  },
  /** VNeID app: the passcode to confirm a sign-in. */
  vneidConfirm(): Screen {
    const target = { x: 660, y: 690, w: 280, h: 60 };
    const dots = Array.from({ length: 6 }, (_, i) => `<circle cx="${680 + i * 48}" cy="420" r="14" fill="${i < 4 ? INK : SOFT}"/>`).join('');
    return { svg: phone(check(800, 290, 42) + dots + bars(690, 480, [220, 180], 28) + button(target, '#2E9E5B')), target };
  },
  /** The personal page after the first sign-in: data from the population database. */
  profile(): Screen {
    const target = { x: 520, y: 300, w: 860, h: 360 };
    const rows = Array.from({ length: 5 }, (_, i) => bar(760, 340 + i * 60, 140, '#94A3B8', 12) + bar(940, 340 + i * 60, 300 + ((i * 53) % 120), INK, 14)).join('');
    return { svg: browser(card({ x: 200, y: 300, w: 280, h: 480 }) + bars(240, 340, [200, 160, 180, 150, 170], 60) + card(target) + `<circle cx="640" cy="420" r="70" fill="${SOFT}"/><circle cx="640" cy="400" r="26" fill="#94A3B8"/><path d="M596 462 a44 36 0 0 1 88 0 Z" fill="#94A3B8"/>` + rows, true), target };
  },
  /** Search results: each procedure with its Nộp trực tuyến button. */
  results(): Screen {
    const target = { x: 1180, y: 362, w: 200, h: 52 };
    const row = (y: number) => card({ x: 220, y, w: 1180, h: 130 }) + bar(250, y + 30, 640, INK, 18) + bar(250, y + 70, 420) + button({ x: 1180, y: y + 32, w: 200, h: 52 });
    return { svg: browser(searchBox(220, BODY_TOP - 10, 1180) + row(330) + row(480) + row(630), true), target };
  },
  /** Choosing where to submit: province, agency. */
  agency(): Screen {
    const target = { x: 360, y: 420, w: 880, h: 200 };
    const select = (y: number) => field(360, y, 880) + `<path d="M${1200} ${y + 48} l12 12 l12 -12" fill="none" stroke="#64748B" stroke-width="4"/>`;
    return { svg: browser(card({ x: 300, y: 290, w: 1000, h: 520 }) + bar(360, 330, 420, INK, 20) + select(410) + select(520) + button({ x: 980, y: 700, w: 260, h: 62 }), true), target };
  },
  /** The electronic form: fields, some filled from the population database (tinted). */
  form(): Screen {
    const target = { x: 300, y: 500, w: 1000, h: 200 };
    const filled = (x: number, y: number, w: number) => field(x, y, w) + rect({ x: x + 3, y: y + 27, w: w - 6, h: 50 }, '#E6F4EA', 'rx="8"') + bar(x + 20, y + 46, w * 0.5, '#2E9E5B', 12);
    return { svg: browser(card({ x: 260, y: 280, w: 1080, h: 560 }) + filled(300, 320, 480) + filled(820, 320, 480) + field(300, 510, 480) + field(820, 510, 480) + field(300, 610, 1000) + button({ x: 1080, y: 740, w: 220, h: 60 }), true), target };
  },
  /** Attaching the components: one row per paper, each with its upload button. */
  upload(): Screen {
    const target = { x: 1090, y: 380, w: 200, h: 50 };
    const row = (y: number, done: boolean) =>
      rect({ x: 300, y, w: 1000, h: 90 }, '#FFFFFF', `rx="12" stroke="${SOFT}" stroke-width="2"`) + bar(330, y + 24, 520, INK, 16) + bar(330, y + 56, 260) + (done ? check(1240, y + 45, 22) : button({ x: 1090, y: y + 20, w: 200, h: 50 }, '#1D4E89'));
    return { svg: browser(bar(300, 300, 400, INK, 20) + row(360, false) + row(470, true) + row(580, false) + button({ x: 1080, y: 720, w: 220, h: 60 }), true), target };
  },
  /** Submitted: a green tick and the dossier code in a box. */
  submitted(): Screen {
    const target = { x: 560, y: 560, w: 480, h: 80 };
    return { svg: browser(card({ x: 400, y: 290, w: 800, h: 520 }) + check(800, 420, 70) + bar(600, 520, 400, INK, 20) + rect(target, '#FFF7E6', `rx="12" stroke="${ORANGE}" stroke-width="2"`) + bar(600, 592, 400, INK, 18) + bars(620, 690, [360, 280], 28), true), target };
  },
  /** Dossiers submitted: a table with statuses; one row has the Thanh toán button. */
  dossiers(): Screen {
    const target = { x: 1200, y: 515, w: 180, h: 48 };
    const row = (y: number, pay: boolean, tone: string) =>
      rect({ x: 220, y, w: 1180, h: 86 }, '#FFFFFF', `rx="10" stroke="${SOFT}" stroke-width="2"`) +
      bar(250, y + 34, 180, INK) +
      bar(470, y + 34, 420) +
      rect({ x: 940, y: y + 26, w: 200, h: 34 }, tone, 'rx="17"') +
      (pay ? button({ x: 1200, y: y + 19, w: 180, h: 48 }, '#1D4E89') : '');
    const rows = row(390, false, '#DCFCE7') + row(496, true, '#FEF3C7') + row(602, false, '#E0E7FF') + row(708, false, '#DCFCE7');
    return { svg: browser(bar(220, 280, 360, INK, 20) + rect({ x: 220, y: 320, w: 1180, h: 56 }, SOFT, 'rx="10"') + rows, true), target };
  },
  /** What to pay: the amount in a box, the pay button. */
  amount(): Screen {
    const target = { x: 800, y: 650, w: 360, h: 64 };
    return { svg: browser(card({ x: 420, y: 290, w: 760, h: 460 }) + bars(470, 340, [300, 420, 360], 40) + rect({ x: 470, y: 480, w: 660, h: 120 }, '#F1F5F9', 'rx="14"') + bar(500, 520, 200) + bar(830, 510, 260, RED, 30) + button(target, '#2E9E5B'), true), target };
  },
  /** Choosing a bank or wallet: a grid of tiles. */
  banks(): Screen {
    const colours = ['#1D4E89', '#C0392B', '#138A8A', '#6B3F00', '#2E8B57', '#7C3AED', '#0EA5E9', '#D97706'];
    const target = { x: 520, y: 360, w: 230, h: 150 };
    const tiles = colours.map((c, i) => {
      const x = 280 + (i % 4) * 260;
      const y = 360 + Math.floor(i / 4) * 190;
      return card({ x, y, w: 230, h: 150 }) + rect({ x: x + 75, y: y + 28, w: 80, h: 60 }, c, 'rx="12"') + bar(x + 55, y + 108, 120);
    });
    return { svg: browser(bar(280, 300, 440, INK, 20) + tiles.join(''), true), target };
  },
  /** Paying by QR: the code to scan with the bank's app, and the amount. */
  payQr(): Screen {
    const target = { x: 650, y: 330, w: 300, h: 300 };
    return { svg: browser(card({ x: 500, y: 280, w: 600, h: 540 }) + qr(650, 330, 300, 11) + bar(640, 680, 320, RED, 24) + bars(620, 730, [360], 0), true), target };
  },
  /** The electronic receipt, with its download button. */
  receipt(): Screen {
    const target = { x: 1020, y: 700, w: 240, h: 60 };
    return {
      svg: browser(
        card({ x: 340, y: 280, w: 920, h: 540 }) +
          `<circle cx="1150" cy="370" r="54" fill="none" stroke="${RED}" stroke-width="6"/>` +
          star(1150, 370, 28, RED) +
          bar(400, 320, 420, INK, 20) +
          bars(400, 400, [560, 500, 540, 420, 380], 44) +
          check(460, 660, 30) +
          bar(510, 652, 260, '#2E9E5B', 16) +
          button(target, '#1D4E89'),
        true,
      ),
      target,
    };
  },
  /** Looking up by dossier code (no sign-in needed). */
  lookup(): Screen {
    const target = { x: 440, y: 540, w: 720, h: 150 };
    return { svg: browser(card({ x: 380, y: 300, w: 840, h: 460 }) + bar(440, 350, 380, INK, 22) + bars(440, 400, [600, 480], 30) + field(440, 540, 720) + button({ x: 940, y: 650, w: 220, h: 60 })), target };
  },
  /** The dossier's history: steps with dates, the current one marked. */
  status(): Screen {
    const target = { x: 380, y: 560, w: 860, h: 90 };
    const steps = [0, 1, 2, 3].map((i) => {
      const y = 340 + i * 110;
      const done = i < 3;
      return `<circle cx="420" cy="${y + 45}" r="20" fill="${done ? '#2E9E5B' : SOFT}"/>` + (i < 3 ? `<line x1="420" y1="${y + 65}" x2="420" y2="${y + 135}" stroke="${SOFT}" stroke-width="6"/>` : '') + bar(470, y + 30, 300, INK, 16) + bar(470, y + 58, 200) + bar(1000, y + 36, 180, '#94A3B8');
    });
    return { svg: browser(card({ x: 340, y: 290, w: 940, h: 540 }) + steps.join(''), true), target };
  },
  /** The result: the signed electronic result, to download or keep in the personal data store. */
  result(): Screen {
    const target = { x: 860, y: 640, w: 300, h: 62 };
    return {
      svg: browser(
        card({ x: 340, y: 290, w: 920, h: 520 }) +
          rect({ x: 400, y: 340, w: 260, h: 340 }, '#FFFFFF', `rx="10" stroke="${LINE}" stroke-width="3"`) +
          bars(430, 380, [200, 160, 190, 170, 120], 34) +
          `<circle cx="590" cy="620" r="34" fill="none" stroke="${RED}" stroke-width="5"/>` +
          bar(720, 360, 420, INK, 22) +
          bars(720, 420, [440, 380, 400], 40) +
          button({ x: 720, y: 560, w: 300, h: 62 }, '#2E9E5B') +
          button(target, '#1D4E89'),
        true,
      ),
      target,
    };
  },
} satisfies Record<string, () => Screen>;

/** A search field: a white box with a magnifier and a faint placeholder. */
function searchBox(x: number, y: number, w: number): string {
  return (
    rect({ x, y, w, h: 64 }, '#FFFFFF', `rx="32" stroke="${LINE}" stroke-width="3"`) +
    `<circle cx="${x + 40}" cy="${y + 29}" r="12" fill="none" stroke="#64748B" stroke-width="4"/><line x1="${x + 49}" y1="${y + 38}" x2="${x + 60}" y2="${y + 49}" stroke="#64748B" stroke-width="4" stroke-linecap="round"/>` +
    bar(x + 80, y + 25, w * 0.4, SOFT)
  );
}

function homeBody(): string {
  const tile = (x: number, y: number, c: string) => card({ x, y, w: 260, h: 170 }) + rect({ x: x + 95, y: y + 28, w: 70, h: 70 }, c, 'rx="18"') + bar(x + 50, y + 124, 160);
  return [
    rect({ x: 60, y: 210, w: 1480, h: 230 }, '#FBE9E6'),
    searchBox(300, 330, 820),
    button({ x: 1160, y: 330, w: 220, h: 64 }, '#1D4E89'),
    tile(220, 490, RED) + tile(520, 490, '#1D4E89') + tile(820, 490, '#138A8A') + tile(1120, 490, '#2E8B57'),
    bars(220, 710, [1160, 1000, 1080], 34),
  ].join('');
}

export type ScreenName = keyof typeof SCREENS;

/** The picture of one step: the screen, with the element to press framed and numbered (step 0: nothing marked, for covers). */
export function screenSvg(name: ScreenName, step: number): string {
  const screen = SCREENS[name]();
  return background(screen.svg + (step > 0 ? highlight(screen.target, step) : ''));
}

export async function renderScreen(name: ScreenName, step: number): Promise<Buffer> {
  return (await import('sharp')).default(Buffer.from(screenSvg(name, step))).png().toBuffer();
}

// ── The guides ──────────────────────────────────────────────────────────────────────────────

type Step = { title: string; html: string; screen: ScreenName; alt: string };

type Guide = {
  title: string;
  /** The cover: the screen the guide leads to, with nothing marked. */
  cover: { screen: ScreenName; caption: string };
  sapo: string;
  intro: string;
  steps: Step[];
  outro: string;
  tags: string[];
  topic: 'II.1' | 'II.6';
};

const PORTAL = 'Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn)';
const NOTE = '<p><em>Tên các nút, mục trên Cổng có thể thay đổi theo từng phiên bản; hình minh họa mô phỏng bố cục màn hình, khung màu cam đánh dấu chỗ cần bấm.</em></p>';

export const GUIDES: Guide[] = [
  {
    title: 'Hướng dẫn từng bước: tạo tài khoản và đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID',
    cover: { screen: 'vneidLogin', caption: 'Màn hình đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử (hình mô phỏng).' },
    sapo: 'Một tài khoản định danh điện tử VNeID mức độ 2 là đủ để đăng nhập Cổng Dịch vụ công quốc gia, nộp hồ sơ, thanh toán phí, lệ phí và tra cứu kết quả. Sáu bước dưới đây giúp người dân tự làm trên điện thoại và máy tính.',
    intro: `<p>Từ năm 2024, việc đăng nhập ${PORTAL} được thực hiện bằng tài khoản định danh điện tử do Bộ Công an cấp qua ứng dụng VNeID. Người dân không phải đăng ký thêm một tài khoản riêng cho Cổng: thông tin họ tên, ngày sinh, số định danh cá nhân được lấy từ Cơ sở dữ liệu quốc gia về dân cư.</p><p><strong>Cần chuẩn bị:</strong> thẻ căn cước (hoặc căn cước công dân) gắn chíp, điện thoại thông minh dùng số thuê bao chính chủ, kết nối Internet.</p>`,
    steps: [
      {
        title: 'Cài ứng dụng VNeID và đăng ký tài khoản định danh điện tử',
        screen: 'vneidRegister',
        alt: 'Màn hình đăng ký tài khoản trên ứng dụng VNeID: các ô số định danh cá nhân, số điện thoại, thư điện tử và nút Đăng ký ở cuối, được khoanh màu cam.',
        html: '<p>Tải ứng dụng <strong>VNeID</strong> từ kho ứng dụng chính thức (App Store hoặc Google Play). Mở ứng dụng, chọn <strong>Đăng ký</strong>, nhập số định danh cá nhân (12 số trên thẻ căn cước), số điện thoại và thư điện tử, rồi làm theo hướng dẫn trên màn hình.</p><p>Tài khoản <strong>mức độ 2</strong> (dùng được cho dịch vụ công) được kích hoạt khi đăng ký tại cơ quan công an hoặc khi làm thủ tục cấp thẻ căn cước. Sau khi nhận tin nhắn kích hoạt, người dân đặt mật khẩu và mã bảo vệ gồm 6 chữ số.</p>',
      },
      {
        title: 'Mở Cổng Dịch vụ công quốc gia và chọn Đăng nhập',
        screen: 'home',
        alt: 'Trang chủ Cổng Dịch vụ công quốc gia trên trình duyệt; nút Đăng nhập ở góc trên bên phải được khoanh màu cam.',
        html: `<p>Trên máy tính hoặc điện thoại, mở trình duyệt và vào ${PORTAL}. Kiểm tra thanh địa chỉ có biểu tượng ổ khóa và đúng tên miền <strong>dichvucong.gov.vn</strong>, rồi bấm <strong>Đăng nhập</strong> ở góc trên bên phải.</p>`,
      },
      {
        title: 'Chọn đăng nhập bằng tài khoản định danh điện tử',
        screen: 'loginChoice',
        alt: 'Màn hình chọn hình thức đăng nhập với hai ô lớn; ô bên trái, tài khoản định danh điện tử cho công dân, được khoanh màu cam.',
        html: '<p>Cổng hiển thị các hình thức đăng nhập. Công dân chọn <strong>Tài khoản định danh điện tử</strong> (cấp bởi Bộ Công an). Tổ chức, doanh nghiệp chọn hình thức dành cho tổ chức và đăng nhập bằng tài khoản định danh điện tử của tổ chức.</p>',
      },
      {
        title: 'Nhập số định danh và mật khẩu, hoặc quét mã QR bằng VNeID',
        screen: 'vneidLogin',
        alt: 'Màn hình đăng nhập: bên trái là ô số định danh cá nhân, ô mật khẩu và nút Đăng nhập; bên phải là mã QR được khoanh màu cam.',
        html: '<p>Có hai cách:</p><ul><li>Nhập <strong>số định danh cá nhân</strong> và <strong>mật khẩu</strong> tài khoản VNeID, bấm Đăng nhập; hoặc</li><li>Mở ứng dụng VNeID trên điện thoại, chọn <strong>Quét QR</strong> và quét mã QR hiện trên màn hình máy tính.</li></ul>',
      },
      {
        title: 'Xác nhận trên ứng dụng VNeID bằng mã bảo vệ',
        screen: 'vneidConfirm',
        alt: 'Màn hình ứng dụng VNeID trên điện thoại: dấu tích xanh, sáu ô mã bảo vệ và nút Xác nhận màu xanh được khoanh màu cam.',
        html: '<p>Ứng dụng VNeID hiện yêu cầu xác nhận đăng nhập. Kiểm tra đúng là mình đang đăng nhập, nhập <strong>mã bảo vệ</strong> 6 số (hoặc mã OTP gửi về số điện thoại) và bấm <strong>Xác nhận</strong>. Không bao giờ đọc mã này cho người khác.</p>',
      },
      {
        title: 'Kiểm tra thông tin cá nhân ở lần đăng nhập đầu tiên',
        screen: 'profile',
        alt: 'Trang thông tin cá nhân sau khi đăng nhập: ảnh đại diện và các dòng họ tên, ngày sinh, số định danh, địa chỉ, thư điện tử, được khoanh màu cam.',
        html: '<p>Cổng chuyển về trang cá nhân với họ tên, ngày sinh, số định danh cá nhân lấy từ Cơ sở dữ liệu quốc gia về dân cư. Bổ sung <strong>địa chỉ liên hệ</strong> và <strong>thư điện tử</strong> để nhận thông báo về hồ sơ. Từ đây có thể tìm thủ tục và nộp hồ sơ trực tuyến.</p>',
      },
    ],
    outro: '<h2>Giữ an toàn cho tài khoản</h2><ul><li>Chỉ đăng nhập tại địa chỉ dichvucong.gov.vn; không bấm vào đường dẫn lạ gửi qua tin nhắn, mạng xã hội.</li><li>Không cung cấp mật khẩu, mã bảo vệ, mã OTP cho bất kỳ ai, kể cả người tự xưng là cán bộ.</li><li>Đăng xuất khi dùng máy tính chung.</li></ul>',
    tags: ['VNeID', 'Cổng Dịch vụ công quốc gia', 'tài khoản định danh điện tử', 'hướng dẫn từng bước'],
    topic: 'II.6',
  },
  {
    title: 'Hướng dẫn từng bước: nộp hồ sơ thủ tục hành chính trực tuyến',
    cover: { screen: 'submitted', caption: 'Nộp hồ sơ thành công: Cổng cấp mã hồ sơ để theo dõi (hình mô phỏng).' },
    sapo: 'Sáu bước để nộp hồ sơ trên Cổng Dịch vụ công quốc gia: tìm thủ tục, chọn cơ quan giải quyết, kê khai tờ khai điện tử, đính kèm giấy tờ và nhận mã hồ sơ để theo dõi.',
    intro: `<p>Với thủ tục trực tuyến <strong>toàn trình</strong>, toàn bộ việc nộp hồ sơ, nộp phí và nhận kết quả làm trên mạng. Với thủ tục trực tuyến <strong>một phần</strong>, hồ sơ vẫn nộp trực tuyến, còn một bước (xuất trình bản chính, kiểm tra thực tế hoặc nhận kết quả) làm trực tiếp. Trước khi nộp, nên đọc trang của thủ tục trong mục <a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a> để biết cần chuẩn bị giấy tờ gì, thời hạn và phí, lệ phí.</p><p><strong>Cần chuẩn bị:</strong> tài khoản định danh điện tử VNeID mức độ 2; bản chụp hoặc bản quét rõ nét (ưu tiên PDF) của từng giấy tờ trong thành phần hồ sơ.</p>`,
    steps: [
      {
        title: 'Đăng nhập và tìm thủ tục',
        screen: 'homeSearch',
        alt: 'Trang chủ Cổng Dịch vụ công quốc gia, ô tìm kiếm thủ tục ở giữa trang được khoanh màu cam.',
        html: '<p>Đăng nhập Cổng bằng tài khoản VNeID. Gõ tên thủ tục vào <strong>ô tìm kiếm</strong>, ví dụ “cấp giấy phép hoạt động in”, hoặc gõ mã thủ tục có trên trang thủ tục của cổng thông tin này.</p>',
      },
      {
        title: 'Chọn Nộp trực tuyến ở đúng thủ tục',
        screen: 'results',
        alt: 'Danh sách kết quả tìm kiếm thủ tục; nút Nộp trực tuyến ở dòng đầu tiên được khoanh màu cam.',
        html: '<p>Trong danh sách kết quả, kiểm tra tên thủ tục và cơ quan thực hiện, rồi bấm <strong>Nộp trực tuyến</strong>. Có thể bấm vào tên thủ tục để xem lại thành phần hồ sơ và mẫu đơn, tờ khai.</p>',
      },
      {
        title: 'Chọn tỉnh và cơ quan tiếp nhận hồ sơ',
        screen: 'agency',
        alt: 'Hộp chọn tỉnh, thành phố và hộp chọn cơ quan giải quyết, được khoanh màu cam; nút Đồng ý ở góc dưới.',
        html: '<p>Chọn <strong>tỉnh, thành phố</strong> và <strong>cơ quan thực hiện</strong> (ví dụ Sở Thông tin và Truyền thông của tỉnh), rồi bấm <strong>Đồng ý</strong>. Chọn sai cơ quan là lý do hay gặp khiến hồ sơ bị trả lại.</p>',
      },
      {
        title: 'Kê khai tờ khai điện tử',
        screen: 'form',
        alt: 'Tờ khai điện tử: hai ô đầu tô xanh đã được điền sẵn từ dữ liệu dân cư, các ô còn trống bên dưới được khoanh màu cam.',
        html: '<p>Các thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư (họ tên, ngày sinh, số định danh) được điền sẵn. Người nộp điền <strong>các ô còn trống</strong>: nội dung đề nghị, địa chỉ, số điện thoại. Ô có dấu * là bắt buộc.</p>',
      },
      {
        title: 'Đính kèm thành phần hồ sơ và chọn cách nhận kết quả',
        screen: 'upload',
        alt: 'Danh sách giấy tờ cần đính kèm, mỗi dòng một nút Tải lên; nút Tải lên ở dòng đầu được khoanh màu cam, dòng thứ hai đã có dấu tích xanh.',
        html: '<p>Ở mỗi giấy tờ, bấm <strong>Tải lên</strong> và chọn tệp; giấy tờ đã nộp trước đây được lưu trong kho dữ liệu cá nhân có thể chọn lại. Sau đó chọn cách nhận kết quả: bản điện tử, qua bưu chính công ích hoặc tại Bộ phận Một cửa.</p>',
      },
      {
        title: 'Nộp hồ sơ và ghi lại mã hồ sơ',
        screen: 'submitted',
        alt: 'Thông báo nộp hồ sơ thành công với dấu tích xanh lớn; khung chứa mã hồ sơ được khoanh màu cam.',
        html: '<p>Kiểm tra lại toàn bộ thông tin, bấm <strong>Nộp hồ sơ</strong>. Cổng hiện thông báo thành công và <strong>mã hồ sơ</strong>; mã này cũng được gửi qua thư điện tử, tin nhắn. Ghi lại mã để tra cứu và thanh toán phí, lệ phí (nếu có).</p>',
      },
    ],
    outro: '<h2>Nếu hồ sơ cần bổ sung</h2><p>Công chức tiếp nhận thông báo một lần, đầy đủ những gì cần bổ sung. Người nộp đăng nhập, mở hồ sơ trong mục <em>Quản lý hồ sơ đã nộp</em> và cập nhật, không phải nộp lại từ đầu.</p>',
    tags: ['dịch vụ công trực tuyến', 'nộp hồ sơ trực tuyến', 'hướng dẫn từng bước'],
    topic: 'II.6',
  },
  {
    title: 'Hướng dẫn từng bước: thanh toán phí, lệ phí thủ tục hành chính trực tuyến',
    cover: { screen: 'receipt', caption: 'Biên lai điện tử sau khi thanh toán phí, lệ phí trực tuyến (hình mô phỏng).' },
    sapo: 'Phí, lệ phí của hồ sơ nộp trực tuyến được thanh toán ngay trên Cổng Dịch vụ công quốc gia bằng tài khoản ngân hàng, ví điện tử hoặc mã QR; biên lai điện tử có giá trị như biên lai giấy.',
    intro: '<p>Thanh toán trực tuyến giúp người nộp không phải mang tiền mặt, không phải đến cơ quan chỉ để nộp phí, và mọi khoản thu đều có biên lai điện tử. Số tiền phải nộp của từng thủ tục được công khai ở mục <strong>Phí, lệ phí</strong> trên trang thủ tục.</p><p><strong>Cần chuẩn bị:</strong> hồ sơ đã nộp và mã hồ sơ; tài khoản ngân hàng có dịch vụ ngân hàng điện tử hoặc ví điện tử.</p>',
    steps: [
      {
        title: 'Mở danh sách hồ sơ đã nộp và chọn Thanh toán',
        screen: 'dossiers',
        alt: 'Bảng các hồ sơ đã nộp với cột trạng thái; nút Thanh toán ở dòng hồ sơ đang chờ nộp phí được khoanh màu cam.',
        html: '<p>Đăng nhập Cổng, vào <strong>Quản lý hồ sơ đã nộp</strong>. Hồ sơ cần nộp phí, lệ phí có trạng thái chờ thanh toán và nút <strong>Thanh toán</strong>. Với nhiều thủ tục, bước thanh toán hiện ngay khi nộp hồ sơ.</p>',
      },
      {
        title: 'Kiểm tra số tiền và bấm Thanh toán',
        screen: 'amount',
        alt: 'Thông tin khoản thu: tên thủ tục, cơ quan thu và số tiền in đậm màu đỏ; nút Thanh toán màu xanh được khoanh màu cam.',
        html: '<p>Kiểm tra tên khoản thu, cơ quan thu và <strong>số tiền</strong> đúng với mức công khai của thủ tục, rồi bấm <strong>Thanh toán</strong>.</p>',
      },
      {
        title: 'Chọn ngân hàng hoặc ví điện tử',
        screen: 'banks',
        alt: 'Lưới các ô ngân hàng và ví điện tử; một ô ở hàng đầu được khoanh màu cam.',
        html: '<p>Chọn ngân hàng hoặc ví điện tử mà mình có tài khoản. Cổng chuyển sang trang thanh toán của ngân hàng hoặc ví đó.</p>',
      },
      {
        title: 'Xác nhận giao dịch',
        screen: 'payQr',
        alt: 'Trang thanh toán với mã QR lớn ở giữa được khoanh màu cam, số tiền màu đỏ bên dưới.',
        html: '<p>Đăng nhập ngân hàng điện tử và xác nhận bằng mã OTP, hoặc mở ứng dụng ngân hàng để <strong>quét mã QR</strong>. Kiểm tra đơn vị thụ hưởng là cơ quan nhà nước trước khi xác nhận.</p>',
      },
      {
        title: 'Nhận và lưu biên lai điện tử',
        screen: 'receipt',
        alt: 'Biên lai điện tử có con dấu đỏ và dấu tích xanh thanh toán thành công; nút Tải biên lai được khoanh màu cam.',
        html: '<p>Khi giao dịch thành công, trạng thái hồ sơ chuyển sang đã thanh toán và <strong>biên lai điện tử</strong> được gửi về tài khoản. Bấm <strong>Tải biên lai</strong> để lưu; biên lai điện tử có giá trị pháp lý như biên lai giấy.</p>',
      },
    ],
    outro: '<h2>Nếu tiền đã trừ mà hồ sơ chưa báo đã thanh toán</h2><p>Chờ vài phút rồi tải lại trang. Nếu sau một ngày làm việc vẫn chưa cập nhật, liên hệ Bộ phận Một cửa kèm mã hồ sơ và ảnh chụp giao dịch; không thanh toán lần thứ hai.</p>',
    tags: ['thanh toán điện tử', 'phí, lệ phí', 'biên lai điện tử', 'hướng dẫn từng bước'],
    topic: 'II.1',
  },
  {
    title: 'Hướng dẫn từng bước: tra cứu tình trạng và nhận kết quả hồ sơ trực tuyến',
    cover: { screen: 'status', caption: 'Các bước xử lý hồ sơ hiện trên Cổng, kèm ngày giờ (hình mô phỏng).' },
    sapo: 'Chỉ với mã hồ sơ, người dân biết hồ sơ của mình đang ở bước nào, hạn trả kết quả là ngày nào, và tải kết quả điện tử khi hồ sơ đã giải quyết xong.',
    intro: '<p>Mỗi hồ sơ, dù nộp trực tuyến hay trực tiếp, đều có <strong>mã hồ sơ</strong> ghi trên giấy tiếp nhận hoặc trong thư báo. Việc tra cứu không cần đăng nhập; để tải kết quả điện tử thì đăng nhập bằng tài khoản VNeID.</p>',
    steps: [
      {
        title: 'Chọn Tra cứu hồ sơ trên trang chủ',
        screen: 'homeLookup',
        alt: 'Trang chủ Cổng Dịch vụ công quốc gia; nút Tra cứu hồ sơ màu xanh bên phải ô tìm kiếm được khoanh màu cam.',
        html: '<p>Vào trang chủ Cổng Dịch vụ công quốc gia và chọn <strong>Tra cứu hồ sơ</strong>.</p>',
      },
      {
        title: 'Nhập mã hồ sơ',
        screen: 'lookup',
        alt: 'Ô nhập mã hồ sơ và nút Tra cứu được khoanh màu cam.',
        html: '<p>Nhập <strong>mã hồ sơ</strong> (đúng từng ký tự, không có khoảng trắng) và bấm <strong>Tra cứu</strong>.</p>',
      },
      {
        title: 'Xem tình trạng và hạn trả kết quả',
        screen: 'status',
        alt: 'Dòng thời gian xử lý hồ sơ: ba bước đã xong có chấm xanh, bước hiện tại được khoanh màu cam.',
        html: '<p>Cổng hiện các bước hồ sơ đã qua với ngày giờ: đã tiếp nhận, đang xử lý, cần bổ sung (nếu có), đã có kết quả, cùng <strong>ngày hẹn trả kết quả</strong>. Hồ sơ quá hạn được cơ quan gửi thư xin lỗi và hẹn lại.</p>',
      },
      {
        title: 'Tải kết quả điện tử',
        screen: 'result',
        alt: 'Kết quả giải quyết hồ sơ dạng văn bản có con dấu đỏ; nút Tải kết quả màu xanh được khoanh màu cam, bên cạnh nút lưu vào kho dữ liệu.',
        html: '<p>Khi hồ sơ <strong>đã có kết quả</strong>, đăng nhập và mở hồ sơ để <strong>tải kết quả</strong> bản điện tử có chữ ký số của cơ quan, hoặc lưu vào kho dữ liệu cá nhân để dùng cho lần sau. Nếu đã chọn nhận qua bưu chính, bản giấy được gửi đến địa chỉ đã khai.</p>',
      },
    ],
    outro: '<h2>Đánh giá sự hài lòng</h2><p>Sau khi nhận kết quả, người dân có thể đánh giá việc giải quyết hồ sơ ngay trên Cổng. Ý kiến đánh giá được dùng để xếp hạng chất lượng phục vụ của cơ quan. Kết quả giải quyết hồ sơ của Sở được công khai tại trang <a href="/ket-qua-giai-quyet-tthc">Kết quả giải quyết thủ tục hành chính</a>.</p>',
    tags: ['tra cứu hồ sơ', 'kết quả điện tử', 'hướng dẫn từng bước'],
    topic: 'II.6',
  },
];

export const GUIDES_CATEGORY_SLUG = 'huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen';

/** Embedded pictures in the cover key pattern the public file route serves, at two widths. */
async function storeFigure(services: Services, articleId: number, png: Buffer): Promise<string> {
  const key = `covers/${articleId}/${randomBytes(8).toString('hex')}`;
  for (const width of [480, 960] as const) {
    await services.storage.put(`${key}-${width}.webp`, await (await import('sharp')).default(png).resize({ width }).webp({ quality: 82 }).toBuffer());
  }
  return key;
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function bodyOf(guide: Guide, figures: string[] | null): string {
  const steps = guide.steps
    .map((step, i) => {
      const figure = figures
        ? `<figure><img src="/tep/${figures[i]}-960.webp" alt="${escapeAttribute(step.alt)}" width="960" height="540"><figcaption>Hình ${i + 1}. ${step.title}.</figcaption></figure>`
        : '';
      return `<h2>Bước ${i + 1}. ${step.title}</h2>${step.html}${figure}`;
    })
    .join('');
  return `${guide.intro}${steps}${guide.outro}${NOTE}`;
}

export async function demoContext(services: Services, email: string): Promise<RequestContext> {
  const user = (await services.users.listAll()).find((u) => u.email === email);
  const actor = user ? await services.users.loadActor(user.id) : null;
  if (!actor) throw new Error(`Thiếu tài khoản mẫu ${email}`);
  return { actor, ip: '', requestId: 'demo' };
}

/**
 * Writes, illustrates and publishes the four guides: the editor drafts each, adds the pictures in
 * a second revision (they are stored under the article's id) and submits; the approver publishes.
 * Guide 1 is published last so the newest-first lists show them in reading order.
 */
export async function loadDemoGuides(services: Services, agencyId: number) {
  const { articles, categories, clock } = services;
  const category = (await categories.tree(agencyId)).find((c) => c.slug === GUIDES_CATEGORY_SLUG);
  if (!category) return [];
  const editor = await demoContext(services, 'bientap@demo.cchc.vn');
  const approver = await demoContext(services, 'chanhvanphong@demo.cchc.vn');
  const ids: number[] = [];
  for (const [index, guide] of [...GUIDES.entries()].reverse()) {
    const fields = { title: guide.title, sapo: guide.sapo, categoryIds: String(category.id), tags: guide.tags.join(', '), topic: guide.topic };
    const id = await articles.create(editor, { ...fields, bodyHtml: bodyOf(guide, null) });
    const pictures = await Promise.all(guide.steps.map((step, i) => renderScreen(step.screen, i + 1)));
    const figures: string[] = [];
    for (const png of pictures) figures.push(await storeFigure(services, id, png));
    await articles.update(editor, id, { ...fields, bodyHtml: bodyOf(guide, figures), coverCaption: guide.cover.caption, note: 'Thêm hình minh họa từng bước' });
    await articles.setCover(editor, id, await saveCover(services.storage, id, await renderScreen(guide.cover.screen, 0)));
    await articles.submit(editor, id);
    await articles.publish(approver, id, new Date(clock.now().getTime() - (index + 1) * 60_000));
    ids.push(id);
  }
  return ids.reverse();
}
