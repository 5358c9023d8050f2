/** A text sink on a file descriptor with a write buffer: a million small writes become a few hundred large ones. */
import fs from 'node:fs';
import type { TextSink } from './json-text.ts';

const FLUSH_AT = 1 << 20;

export class FileSink implements TextSink {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingLength = 0;
  private written = 0;

  constructor(readonly path: string) {
    this.fd = fs.openSync(path, 'w');
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  /** Appends another file's bytes (a spooled list) without reading it all into memory. */
  append(path: string): void {
    this.flush();
    const input = fs.openSync(path, 'r');
    const chunk = Buffer.allocUnsafe(4 << 20);
    try {
      for (;;) {
        const n = fs.readSync(input, chunk, 0, chunk.length, null);
        if (n === 0) break;
        fs.writeSync(this.fd, chunk, 0, n);
        this.written += n;
      }
    } finally {
      fs.closeSync(input);
    }
  }

  private flush(): void {
    if (this.pendingLength === 0) return;
    this.written += fs.writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }

  /** Flushes and closes; returns the bytes written. */
  close(): number {
    this.flush();
    fs.closeSync(this.fd);
    return this.written;
  }
}
