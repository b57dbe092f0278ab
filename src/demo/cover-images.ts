/**
 * Cover pictures for the demo articles, drawn here rather than downloaded: a gradient in one of six
 * sober palettes, a few quiet background shapes and one simple motif (document, phone, people,
 * chart, building, ID card). No text is drawn, since a server may lack fonts; the caption is HTML.
 * The same cover and title always give the same bytes.
 */
import { seededRandomFor } from '../shared/random.js';
import type { DemoArticle } from './articles.js';
import { f, star } from './svg-shapes.js';

type Cover = NonNullable<DemoArticle['cover']>;

export const COVER_WIDTH = 1600;
export const COVER_HEIGHT = 900;

type Palette = { from: string; to: string; accent: string; ink: string; tint: string };

/** Deep red, navy, teal, green, amber, slate: the colours of public notices, not of advertising. */
const PALETTES: readonly Palette[] = [
  { from: '#6E1616', to: '#B83227', accent: '#F6C945', ink: '#7A1A14', tint: '#FBE9E6' },
  { from: '#0A2240', to: '#1D4E89', accent: '#F6C945', ink: '#12355F', tint: '#E6EEF8' },
  { from: '#053F49', to: '#138A8A', accent: '#FFD166', ink: '#0B5A63', tint: '#E2F4F3' },
  { from: '#123F24', to: '#2E8B57', accent: '#F3DF72', ink: '#1B5E37', tint: '#E5F3EA' },
  { from: '#6B3F00', to: '#D08A1A', accent: '#FFF4D6', ink: '#7A4A00', tint: '#FDF1DC' },
  { from: '#1B2535', to: '#4A5A70', accent: '#7DD3FC', ink: '#273447', tint: '#E8EDF3' },
];

/** Circles, a dot grid and stripes at low opacity, placed by the seed so covers differ. */
function background(p: Palette, random: () => number): string {
  const parts: string[] = [];
  for (let i = 0; i < 4; i++) {
    const cx = random() * COVER_WIDTH;
    const cy = random() * COVER_HEIGHT;
    const r = 120 + random() * 260;
    parts.push(`<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="#FFFFFF" fill-opacity="${f(0.03 + random() * 0.04)}"/>`);
  }
  const left = random() < 0.5;
  const gx = left ? 90 : COVER_WIDTH - 90 - 7 * 34;
  const gy = 80 + random() * 120;
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 8; col++) {
      parts.push(`<circle cx="${gx + col * 34}" cy="${f(gy + row * 34)}" r="4" fill="#FFFFFF" fill-opacity="0.18"/>`);
    }
  }
  const sx = left ? COVER_WIDTH - 420 : 0;
  for (let i = 0; i < 6; i++) {
    const x = sx + i * 70;
    parts.push(`<path d="M${x} ${COVER_HEIGHT} L${x + 260} ${COVER_HEIGHT - 260} L${x + 290} ${COVER_HEIGHT - 260} L${x + 30} ${COVER_HEIGHT} Z" fill="#FFFFFF" fill-opacity="0.05"/>`);
  }
  parts.push(`<rect x="0" y="${COVER_HEIGHT - 14}" width="${COVER_WIDTH}" height="14" fill="${p.accent}" fill-opacity="0.85"/>`);
  return parts.join('');
}

const shadow = (cx: number, cy: number, rx: number) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${f(rx * 0.09)}" fill="#000000" fill-opacity="0.18"/>`;

/** Placeholder lines of text: grey bars of varying length. */
function lines(x: number, y: number, width: number, count: number, gap: number, colour: string, random: () => number): string {
  return Array.from({ length: count }, (_, i) => {
    const w = i === count - 1 ? width * (0.4 + random() * 0.3) : width * (0.75 + random() * 0.25);
    return `<rect x="${x}" y="${y + i * gap}" width="${f(w)}" height="14" rx="7" fill="${colour}"/>`;
  }).join('');
}

const MOTIFS: Record<Cover['motif'], (p: Palette, random: () => number) => string> = {
  document: (p, random) => {
    const x = 620;
    const y = 190;
    const sheet = (dx: number, angle: number, opacity: number) =>
      `<rect x="${x + dx}" y="${y}" width="360" height="470" rx="18" fill="#FFFFFF" fill-opacity="${opacity}" transform="rotate(${angle} ${x + 180 + dx} ${y + 235})"/>`;
    return [
      shadow(800, 700, 260),
      sheet(-40, -9, 0.35),
      sheet(40, 7, 0.55),
      `<path d="M${x} ${y + 18} Q${x} ${y} ${x + 18} ${y} L${x + 290} ${y} L${x + 360} ${y + 70} L${x + 360} ${y + 452} Q${x + 360} ${y + 470} ${x + 342} ${y + 470} L${x + 18} ${y + 470} Q${x} ${y + 470} ${x} ${y + 452} Z" fill="#FFFFFF"/>`,
      `<path d="M${x + 290} ${y} L${x + 290} ${y + 70} L${x + 360} ${y + 70} Z" fill="${p.tint}"/>`,
      `<rect x="${x + 40}" y="${y + 50}" width="190" height="22" rx="11" fill="${p.ink}"/>`,
      lines(x + 40, y + 110, 280, 7, 36, '#CBD5E1', random),
      `<circle cx="${x + 270}" cy="${y + 400}" r="44" fill="none" stroke="#C62828" stroke-width="7"/>`,
      star(x + 270, y + 400, 24, '#C62828'),
      `<rect x="${x + 40}" y="${y + 392}" width="130" height="14" rx="7" fill="${p.ink}" fill-opacity="0.6"/>`,
    ].join('');
  },

  phone: (p, random) => {
    const x = 650;
    const y = 160;
    // Signal waves: quarter arcs around a point beside the phone's top corner.
    const arcs = [60, 100, 140]
      .map((r, i) => `<path d="M${x + 330} ${240 - r} A${r} ${r} 0 0 1 ${x + 330 + r} 240" fill="none" stroke="#FFFFFF" stroke-opacity="${f(0.7 - i * 0.18)}" stroke-width="10" stroke-linecap="round"/>`)
      .join('');
    return [
      shadow(800, 725, 230),
      `<rect x="${x}" y="${y}" width="300" height="560" rx="46" fill="#FFFFFF"/>`,
      `<rect x="${x + 18}" y="${y + 54}" width="264" height="452" rx="14" fill="${p.tint}"/>`,
      `<rect x="${x + 115}" y="${y + 22}" width="70" height="12" rx="6" fill="#CBD5E1"/>`,
      `<circle cx="${x + 150}" cy="${y + 530}" r="12" fill="#CBD5E1"/>`,
      `<circle cx="${x + 150}" cy="${y + 190}" r="78" fill="#2E9E5B"/>`,
      `<polyline points="${x + 110},${y + 192} ${x + 140},${y + 222} ${x + 194},${y + 160}" fill="none" stroke="#FFFFFF" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"/>`,
      lines(x + 48, y + 310, 204, 4, 34, '#B8C4D3', random),
      `<rect x="${x + 48}" y="${y + 450}" width="204" height="34" rx="17" fill="${p.ink}"/>`,
      arcs,
    ].join('');
  },

  people: (p, random) => {
    const person = (cx: number, base: number, scale: number, fill: string, opacity: number) => {
      const head = 62 * scale;
      const top = base - 250 * scale;
      const w = 130 * scale;
      return (
        `<circle cx="${f(cx)}" cy="${f(top)}" r="${f(head)}" fill="${fill}" fill-opacity="${opacity}"/>` +
        `<path d="M${f(cx - w)} ${f(base)} L${f(cx - w)} ${f(base - 70 * scale)} Q${f(cx - w)} ${f(top + 90 * scale)} ${f(cx)} ${f(top + 90 * scale)} Q${f(cx + w)} ${f(top + 90 * scale)} ${f(cx + w)} ${f(base - 70 * scale)} L${f(cx + w)} ${f(base)} Z" fill="${fill}" fill-opacity="${opacity}"/>`
      );
    };
    const lift = Math.round(random() * 20);
    return [
      `<rect x="420" y="690" width="760" height="16" rx="8" fill="#FFFFFF" fill-opacity="0.35"/>`,
      person(580, 690, 0.82, '#FFFFFF', 0.7),
      person(1020, 690, 0.82, '#FFFFFF', 0.7),
      person(800, 690 - lift, 1.05, '#FFFFFF', 1),
      `<rect x="760" y="${520 - lift}" width="80" height="16" rx="8" fill="${p.accent}"/>`,
      `<path d="M800 ${545 - lift} L820 ${580 - lift} L800 ${640 - lift} L780 ${580 - lift} Z" fill="${p.ink}" fill-opacity="0.85"/>`,
    ].join('');
  },

  chart: (p, random) => {
    const left = 520;
    const bottom = 690;
    const heights = [0.35, 0.48, 0.58, 0.72, 0.9].map((h) => h * (0.88 + random() * 0.12) * 420);
    const bars = heights
      .map((h, i) => `<rect x="${left + 50 + i * 112}" y="${f(bottom - h)}" width="74" height="${f(h)}" rx="10" fill="${i === 4 ? p.accent : '#FFFFFF'}" fill-opacity="${i === 4 ? 1 : 0.85}"/>`)
      .join('');
    const points = heights.map((h, i) => [left + 87 + i * 112, bottom - h - 50] as const);
    const polyline = points.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');
    const dots = points.map(([x, y]) => `<circle cx="${f(x)}" cy="${f(y)}" r="12" fill="${p.ink}" stroke="#FFFFFF" stroke-width="6"/>`).join('');
    // Arrow head continuing the last segment of the trend line.
    const [px, py] = points[3]!;
    const [lx, ly] = points[4]!;
    const len = Math.hypot(lx - px, ly - py);
    const [ux, uy] = [(lx - px) / len, (ly - py) / len];
    const tip = [lx + ux * 70, ly + uy * 70] as const;
    const back = [lx + ux * 30, ly + uy * 30] as const;
    const arrow = `${f(tip[0])},${f(tip[1])} ${f(back[0] - uy * 22)},${f(back[1] + ux * 22)} ${f(back[0] + uy * 22)},${f(back[1] - ux * 22)}`;
    return [
      `<rect x="${left}" y="170" width="10" height="${bottom - 170 + 5}" rx="5" fill="#FFFFFF" fill-opacity="0.9"/>`,
      `<rect x="${left}" y="${bottom}" width="620" height="10" rx="5" fill="#FFFFFF" fill-opacity="0.9"/>`,
      bars,
      `<polyline points="${polyline}" fill="none" stroke="${p.ink}" stroke-width="9" stroke-linejoin="round" stroke-linecap="round"/>`,
      dots,
      `<line x1="${f(lx)}" y1="${f(ly)}" x2="${f(back[0])}" y2="${f(back[1])}" stroke="${p.ink}" stroke-width="9" stroke-linecap="round"/>`,
      `<polygon points="${arrow}" fill="${p.ink}"/>`,
    ].join('');
  },

  building: (p) => {
    const cx = 800;
    const columns = Array.from({ length: 6 }, (_, i) => `<rect x="${cx - 250 + i * 90}" y="410" width="50" height="230" rx="6" fill="#FFFFFF"/>`).join('');
    return [
      shadow(800, 725, 340),
      `<rect x="${cx - 2}" y="150" width="6" height="140" fill="#FFFFFF"/>`,
      `<rect x="${cx + 4}" y="152" width="96" height="62" fill="#DA251D" stroke="#FFFFFF" stroke-width="3"/>`,
      star(cx + 52, 183, 22, '#FFCD00'),
      `<path d="M${cx - 320} 370 L${cx} 260 L${cx + 320} 370 Z" fill="#FFFFFF"/>`,
      `<path d="M${cx - 220} 352 L${cx} 282 L${cx + 220} 352 Z" fill="${p.tint}"/>`,
      star(cx, 325, 20, p.ink),
      `<rect x="${cx - 300}" y="372" width="600" height="30" rx="4" fill="#FFFFFF"/>`,
      columns,
      `<rect x="${cx - 310}" y="640" width="620" height="22" rx="3" fill="#FFFFFF"/>`,
      `<rect x="${cx - 340}" y="662" width="680" height="22" rx="3" fill="#FFFFFF" fill-opacity="0.85"/>`,
      `<rect x="${cx - 370}" y="684" width="740" height="22" rx="3" fill="#FFFFFF" fill-opacity="0.7"/>`,
    ].join('');
  },

  card: (p, random) => {
    const x = 490;
    const y = 250;
    const cells: string[] = [];
    const qx = x + 470;
    const qy = y + 200;
    const cell = 14;
    const finder = (fx: number, fy: number) =>
      `<rect x="${fx}" y="${fy}" width="${cell * 3}" height="${cell * 3}" fill="${p.ink}"/><rect x="${fx + cell}" y="${fy + cell}" width="${cell}" height="${cell}" fill="#FFFFFF"/>`;
    for (let row = 0; row < 9; row++) {
      for (let col = 0; col < 9; col++) {
        const inFinder = (row < 3 && col < 3) || (row < 3 && col > 5) || (row > 5 && col < 3);
        if (!inFinder && random() < 0.5) cells.push(`<rect x="${qx + col * cell}" y="${qy + row * cell}" width="${cell}" height="${cell}" fill="${p.ink}"/>`);
      }
    }
    return [
      shadow(800, 690, 320),
      `<rect x="${x}" y="${y}" width="620" height="390" rx="30" fill="#FFFFFF"/>`,
      `<path d="M${x} ${y + 30} Q${x} ${y} ${x + 30} ${y} L${x + 590} ${y} Q${x + 620} ${y} ${x + 620} ${y + 30} L${x + 620} ${y + 70} L${x} ${y + 70} Z" fill="${p.ink}"/>`,
      star(x + 40, y + 35, 18, p.accent),
      `<rect x="${x + 80}" y="${y + 28}" width="220" height="14" rx="7" fill="#FFFFFF" fill-opacity="0.8"/>`,
      `<rect x="${x + 40}" y="${y + 100}" width="150" height="190" rx="12" fill="${p.tint}"/>`,
      `<circle cx="${x + 115}" cy="${y + 165}" r="36" fill="${p.ink}" fill-opacity="0.75"/>`,
      `<path d="M${x + 55} ${y + 290} Q${x + 55} ${y + 212} ${x + 115} ${y + 212} Q${x + 175} ${y + 212} ${x + 175} ${y + 290} Z" fill="${p.ink}" fill-opacity="0.75"/>`,
      `<rect x="${x + 220}" y="${y + 100}" width="70" height="54" rx="8" fill="#E2B53E"/>`,
      `<path d="M${x + 220} ${y + 127} H${x + 290} M${x + 255} ${y + 100} V${y + 154}" stroke="#B8892A" stroke-width="3"/>`,
      lines(x + 220, y + 186, 210, 4, 30, '#CBD5E1', random),
      finder(qx, qy),
      finder(qx + cell * 6, qy),
      finder(qx, qy + cell * 6),
      cells.join(''),
      `<rect x="${x + 40}" y="${y + 320}" width="390" height="14" rx="7" fill="${p.ink}" fill-opacity="0.35"/>`,
    ].join('');
  },
};

/** The SVG source of a cover: exported for tests and for previews in the back office. */
export function coverSvg(cover: Cover, title: string): string {
  const p = PALETTES[cover.palette] ?? PALETTES[0]!;
  const random = seededRandomFor(`${cover.palette}|${cover.motif}|${title.normalize('NFC')}`);
  const glowX = 0.7 + random() * 0.25;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${COVER_HEIGHT}" viewBox="0 0 ${COVER_WIDTH} ${COVER_HEIGHT}">`,
    '<defs>',
    `<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.from}"/><stop offset="1" stop-color="${p.to}"/></linearGradient>`,
    `<radialGradient id="glow" cx="${f(glowX)}" cy="0.15" r="0.6"><stop offset="0" stop-color="#FFFFFF" stop-opacity="0.22"/><stop offset="1" stop-color="#FFFFFF" stop-opacity="0"/></radialGradient>`,
    '</defs>',
    `<rect width="${COVER_WIDTH}" height="${COVER_HEIGHT}" fill="url(#bg)"/>`,
    `<rect width="${COVER_WIDTH}" height="${COVER_HEIGHT}" fill="url(#glow)"/>`,
    background(p, random),
    MOTIFS[cover.motif](p, random),
    '</svg>',
  ].join('');
}

/** A 1600×900 JPEG for the cover, made locally from the SVG above. */
export async function renderCover(cover: Cover, title: string): Promise<Buffer> {
  return (await import('sharp')).default(Buffer.from(coverSvg(cover, title)))
    .flatten({ background: PALETTES[cover.palette]?.from ?? '#000000' })
    .jpeg({ quality: 82, chromaSubsampling: '4:2:0' })
    .toBuffer();
}
