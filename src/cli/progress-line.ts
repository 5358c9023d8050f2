/** A one-line progress bar for terminals (deals done / total, elapsed, ETA), with log lines printed above it. */
import type { RunProgress } from '../services/missions/follow-run.ts';

const WIDTH = 24;

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function formatProgress(p: RunProgress, elapsedMs: number): string {
  const ratio = p.deals === 0 ? 1 : Math.min(1, p.done / p.deals);
  const filled = Math.round(ratio * WIDTH);
  const eta = ratio > 0 && ratio < 1 ? clock((elapsedMs / ratio) * (1 - ratio)) : '–';
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${p.done}/${p.deals} deals  ${clock(elapsedMs)} elapsed  ETA ${eta}  (${p.proposals} proposals, ${p.failed} failed)`;
}

export class ProgressLine {
  private last = '';
  private readonly started = Date.now();
  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  /** Prints a line above the bar; the bar is redrawn below it. */
  log(line: string): void {
    if (this.out.isTTY && this.last) this.out.write('\r\u001b[2K');
    this.out.write(`${line}\n`);
    if (this.out.isTTY && this.last) this.out.write(this.last);
  }

  update(p: RunProgress): void {
    const text = formatProgress(p, Date.now() - this.started);
    if (this.out.isTTY) {
      this.last = text;
      this.out.write(`\r\u001b[2K${text}`);
    } else if (text !== this.last) {
      this.last = text;
      this.out.write(`${text}\n`);
    }
  }

  done(): void {
    if (this.out.isTTY && this.last) this.out.write('\n');
  }
}
