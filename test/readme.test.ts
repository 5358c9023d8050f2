/** Keeps the README's configuration table current: every setting the code reads is in it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './support/paths.ts';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

// Settings read under their own names, without closeloop's prefix.
const UNPREFIXED = [
  'DATABASE_URL',
  'SMTP_URL',
  'PORT',
  'HOST',
  'LOG_LEVEL',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OPENAI_API_KEY',
  'ANTHROPIC_API_KEY',
];

/** A row may name siblings by suffix: `CLOSELOOP_RATE_LIMIT_PER_SECOND` / `_BURST` documents `CLOSELOOP_RATE_LIMIT_BURST`. */
function documented(name: string): boolean {
  if (readme.includes(`\`${name}\``)) return true;
  return readme.split('\n').some((row) => {
    const full = [...row.matchAll(/`(CLOSELOOP_[A-Z0-9_]+)`/g)].map((m) => m[1]!);
    const suffixes = [...row.matchAll(/`(_[A-Z0-9_]+)`/g)].map((m) => m[1]!);
    return suffixes.some((s) => {
      const prefix = name.endsWith(s) ? name.slice(0, -s.length) : undefined;
      return prefix !== undefined && full.some((f) => f === prefix || f.startsWith(`${prefix}_`));
    });
  });
}

describe('README configuration table', () => {
  it('lists every environment variable the code reads', () => {
    const names = new Set<string>(UNPREFIXED);
    for (const file of sourceFiles(path.join(projectRoot, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\b(CLOSELOOP_[A-Z0-9_]*[A-Z0-9])\b/g))
        names.add(m[1]!);
    }
    expect(names.size).toBeGreaterThan(60);
    expect([...names].filter((n) => !documented(n)).sort()).toEqual([]);
  });
});
