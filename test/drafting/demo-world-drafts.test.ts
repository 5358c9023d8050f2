/** The offline writer across a generated demo world and the guardrail corpus's workspace: never blocked, and varied. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorld } from '../../src/demo/index.ts';
import { nextBestActions } from '../../src/domain/labels/labels-schema.ts';
import { WorkspaceV1 } from '../../src/domain/workspace/workspace-schema.ts';
import { evaluateWriter, type WriterReport } from '../../src/services/drafting/evaluate-writer.ts';
import { projectRoot } from '../support/paths.ts';

let demo: WriterReport;

beforeAll(async () => {
  demo = await evaluateWriter(generateDemoWorld({ reps: 4, oppsPerRep: 30 }).workspace);
}, 60_000);

describe('the offline writer on a demo world (4 reps × 30 deals)', () => {
  it('drafts for every act-now deal, and the guardrails block none of its drafts', () => {
    expect(demo.actNow).toBeGreaterThan(40);
    expect(demo.drafts).toBe(demo.actNow);
    expect(demo.blockedDrafts).toEqual([]);
  });

  it('covers every next-best action', () => {
    expect(Object.keys(demo.byAction).sort()).toEqual([...nextBestActions].sort());
  });

  it('words the customer-facing drafts of one action differently, and keeps every draft short', () => {
    // CRM changes are records, written the same way on purpose; what a customer reads should not be.
    const internal = new Set(['review_loss', 'fix_crm']);
    for (const [action, figures] of Object.entries(demo.byAction)) {
      expect(figures.maxWords, action).toBeLessThanOrEqual(120);
      if (internal.has(action)) continue;
      expect(figures.distinctBodies / figures.drafts, action).toBeGreaterThanOrEqual(0.9);
      if (figures.drafts >= 4) expect(figures.distinctWordings, action).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the offline writer on the guardrail corpus workspace', () => {
  it('writes drafts the guardrails let through', async () => {
    const file = path.join(projectRoot, 'test/fixtures/guard-corpus/workspace.json');
    const report = await evaluateWriter(WorkspaceV1.parse(JSON.parse(readFileSync(file, 'utf8'))));
    expect(report.drafts).toBeGreaterThan(5);
    expect(report.blockedDrafts).toEqual([]);
  });
});
