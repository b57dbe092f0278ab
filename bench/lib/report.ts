import { cpus, freemem, loadavg, totalmem } from 'node:os';
import os from 'node:os';

export function machine() {
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${os.release()}`,
    /** 1-minute load average when the run started: above ~0.5 the other engineer's work is running too. */
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}

/** A plain-text table, right-aligned numbers. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
