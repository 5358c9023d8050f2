/**
 * The development triage worlds (hedged buyers; pipeline review, renewals and tricky mail), used to find and fix
 * what the engine misreads. Unlike the held-out scenarios they may be read and tuned on, so they guard against
 * regressions rather than measuring generalisation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateWorkspace } from '../src/domain/eval/evaluate-workspace.ts';
import { LabelsV1 } from '../src/domain/labels/labels-schema.ts';
import { WorkspaceV1 } from '../src/domain/workspace/workspace-schema.ts';
import {
  duplicateIds,
  labelProblems,
  timelineProblems,
  unresolvedReferences,
} from './fixtures/scenarios/scenario-checks.ts';
import { labelsSchemaErrors, workspaceSchemaErrors } from './support/shared-schemas.ts';

const devDir = fileURLToPath(new URL('./fixtures/scenarios-dev/', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** hedged-buyers: new-business mail in hedged words; pipeline-and-inbox: pipeline review, renewals, tricky mail. */
const WORLDS = ['hedged-buyers', 'pipeline-and-inbox'] as const;

const loaded = WORLDS.map((name) => {
  const rawWorkspace = readJson(join(devDir, `${name}.workspace.json`));
  const rawLabels = readJson(join(devDir, `${name}.labels.json`));
  return {
    name,
    rawWorkspace,
    rawLabels,
    workspace: WorkspaceV1.parse(rawWorkspace),
    labels: LabelsV1.parse(rawLabels),
  };
});

describe.each(loaded)('the $name development world', ({ rawWorkspace, rawLabels, workspace, labels }) => {
  it('validates against the shared JSON Schemas and is internally consistent', () => {
    expect(workspaceSchemaErrors(rawWorkspace)).toEqual([]);
    expect(labelsSchemaErrors(rawLabels)).toEqual([]);
    expect([
      ...duplicateIds(workspace),
      ...unresolvedReferences(workspace),
      ...timelineProblems(workspace),
      ...labelProblems(workspace, labels),
    ]).toEqual([]);
  });

  it('uses opportunity ids no held-out world uses, and covers every verdict', () => {
    expect(workspace.opportunities.every((o) => o.id.startsWith('dev-o-'))).toBe(true);
    for (const verdict of ['act_now', 'monitor', 'no_action'] as const)
      expect(labels.labels.filter((l) => l.verdict === verdict).length, verdict).toBeGreaterThanOrEqual(5);
  });

  it('is triaged as a careful sales manager labelled it, and far better than the quiet-days baseline', () => {
    const { report } = evaluateWorkspace(workspace, labels.labels);
    const misses = report.misses.map((m) => `${m.opportunityId}: ${m.wrong.join('+')}`);
    expect(report.engine.verdictAccuracy, misses.join('; ')).toBeGreaterThanOrEqual(0.95);
    expect(report.engine.actNow.f1, misses.join('; ')).toBeGreaterThanOrEqual(0.95);
    expect(report.baseline.verdictAccuracy).toBeLessThan(0.5);
  });
});

describe('the development worlds together', () => {
  it('never reuse an opportunity id, so their deals can be told apart in reports', () => {
    const ids = loaded.flatMap((w) => w.workspace.opportunities.map((o) => o.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
