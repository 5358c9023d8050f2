import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../domain/errors.ts';
import { aWorld } from '../../domain/guardrails/guard-test-factories.ts';
import { register as registerEvalDrafts } from './eval-drafts.ts';
import { register as registerGuard } from './guard.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'closeloop-guard-'));
const write = (name: string, value: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};
const workspace = write('world.json', aWorld());
const draft = (body: string, extra: object = {}) => ({
  opportunityId: 'o-1',
  to: ['hank@globex.com'],
  cc: [],
  subject: 'Pricing',
  body,
  ...extra,
});

async function run(...args: string[]): Promise<{ out: string; exitCode: number | undefined }> {
  const program = new Command().exitOverride();
  registerGuard(program);
  registerEvalDrafts(program);
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  try {
    await program.parseAsync(['node', 'closeloop', ...args]);
  } finally {
    log.mockRestore();
  }
  return {
    out: lines.join('\n'),
    exitCode: process.exitCode === undefined ? undefined : Number(process.exitCode),
  };
}

describe('closeloop guard', () => {
  beforeEach(() => {
    process.exitCode = undefined;
  });
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('prints { blocked: false } and leaves the exit status at 0 for a grounded draft', async () => {
    const file = write('ok.json', draft('Enterprise is $65 per seat per month, billed annually.'));
    const { out, exitCode } = await run('guard', '--workspace', workspace, '--draft', file, '--json');
    expect(JSON.parse(out)).toMatchObject({ blocked: false, findings: [] });
    expect(exitCode).toBeUndefined();
  });

  it('prints the findings and exits 3 for a blocked draft', async () => {
    const file = write(
      'bad.json',
      draft('Enterprise is $55 per seat per month.', { cc: ['someone@gmail.com'] }),
    );
    const { out, exitCode } = await run('guard', '--workspace', workspace, '--draft', file, '--json');
    const report = JSON.parse(out);
    expect(report.blocked).toBe(true);
    expect(report.findings.map((f: { kind: string }) => f.kind)).toEqual(['recipient', 'price']);
    expect(report.findings[1]).toMatchObject({
      text: '$55 per seat per month',
      citation: { id: 'doc-pricing#1' },
    });
    expect(exitCode).toBe(3);
  });

  it('writes a readable report for a rep without --json', async () => {
    const file = write('bad2.json', draft('Enterprise is $55 per seat per month.'));
    const { out } = await run('guard', '--workspace', workspace, '--draft', file);
    expect(out).toMatch(/^BLOCKED: 1 problem to fix/);
    expect(out).toContain('[price] body: "$55 per seat per month"');
    expect(out).toContain('source: doc-pricing#1 (Pricing and discount policy 2026)');
  });

  it('names the JSON path of a bad field in one line', async () => {
    const file = write('broken.json', { opportunityId: 'o-1', to: 'hank@globex.com', body: 'x' });
    await expect(run('guard', '--workspace', workspace, '--draft', file)).rejects.toThrow(
      /broken\.json: \$\.to: /,
    );
    const badWorld = write('bad-world.json', { ...aWorld(), asOf: 'yesterday' });
    await expect(run('guard', '--workspace', badWorld, '--draft', file)).rejects.toThrow(
      /bad-world\.json: \$\.asOf: /,
    );
  });

  it('refuses a draft for a deal the workspace does not have', async () => {
    const file = write('unknown.json', draft('Hi', { opportunityId: 'o-404' }));
    await expect(run('guard', '--workspace', workspace, '--draft', file)).rejects.toBeInstanceOf(UserError);
  });
});

describe('closeloop eval-drafts', () => {
  it('scores a corpus whose workspace path is relative to the corpus file', async () => {
    const corpus = write('corpus.json', {
      format: 'closeloop.guardcorpus/v1',
      workspace: 'world.json',
      cases: [
        {
          id: 'c1',
          expectBlocked: false,
          kind: 'clean',
          draft: draft('Enterprise is $65 per seat per month.'),
        },
        {
          id: 'p1',
          expectBlocked: true,
          kind: 'price',
          draft: draft('Enterprise is $55 per seat per month.'),
        },
        {
          id: 'p2',
          expectBlocked: true,
          kind: 'price',
          draft: draft('Enterprise is $65 per seat per month.'),
        },
      ],
    });
    const { out } = await run('eval-drafts', '--corpus', corpus, '--json');
    const report = JSON.parse(out);
    expect(report).toMatchObject({
      cases: 3,
      categories: { price: { cases: 2, caught: 1, catchRate: 0.5 } },
      clean: { cases: 1, blocked: 0, falseBlockRate: 0 },
      wrongCount: 1,
    });
    // Which drafts were scored wrong is shown only when asked for: on a held-out corpus, reading them
    // would tune the guard to it.
    expect(report).not.toHaveProperty('wrong');
    const text = await run('eval-drafts', '--corpus', corpus);
    expect(text.out).toContain('price          50.0%  (1/2)');
    expect(text.out).toContain('drafts scored wrong: 1 (--cases lists them)');
    expect(text.out).not.toContain('p2');
    const listed = JSON.parse((await run('eval-drafts', '--corpus', corpus, '--json', '--cases')).out);
    expect(listed.wrong).toMatchObject([{ id: 'p2', kind: 'price', expectBlocked: true, findings: [] }]);
    expect((await run('eval-drafts', '--corpus', corpus, '--cases')).out).toContain(
      'p2 (price) expected blocked',
    );
  });
});
