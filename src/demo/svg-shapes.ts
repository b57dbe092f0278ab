/** Drawing pieces shared by the demo's locally made pictures (article covers, guide screens). */

/** A coordinate with one decimal, as SVG needs no more. */
export const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** A five-pointed star centred on (cx, cy). */
export function star(cx: number, cy: number, r: number, fill: string): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.4;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${f(cx + radius * Math.cos(angle))},${f(cy + radius * Math.sin(angle))}`;
  });
  return `<polygon points="${points.join(' ')}" fill="${fill}"/>`;
}
