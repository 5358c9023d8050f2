import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './support/paths.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('the domain layer', () => {
  const domain = sourceFiles(path.join(projectRoot, 'src/domain'));

  it('never reads the machine clock: time is a parameter', () => {
    const offenders = domain.filter((f) =>
      /Date\.now\(|new Date\(\)|performance\.now\(/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => path.relative(projectRoot, f))).toEqual([]);
  });

  it('imports no adapter, driver or node built-in (Biome enforces it too; this catches a disabled rule)', () => {
    const forbidden =
      /from '(node:|pg'|@electric-sql|drizzle-orm|nodemailer|ai'|@ai-sdk|@modelcontextprotocol|hono|pino|@opentelemetry|\.\.\/(?:\.\.\/)*(store|services|cli|server|mcp|llm|email)\/)/;
    const offenders = domain.filter((f) => forbidden.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(projectRoot, f))).toEqual([]);
  });
});
