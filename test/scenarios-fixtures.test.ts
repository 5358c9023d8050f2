/** Keeps the held-out triage scenarios honest: every file validates, every reference resolves, every open deal is labelled, the README tells the truth. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type Label,
  type LabelsFile,
  LabelsV1,
  nextBestActions,
  verdicts,
} from '../src/domain/labels/labels-schema.ts';
import { type Workspace, WorkspaceV1 } from '../src/domain/workspace/workspace-schema.ts';
import {
  duplicateIds,
  labelProblems,
  timelineProblems,
  unresolvedReferences,
} from './fixtures/scenarios/scenario-checks.ts';
import { labelsSchemaErrors, workspaceSchemaErrors } from './support/shared-schemas.ts';

const scenariosDir = fileURLToPath(new URL('./fixtures/scenarios/', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const themes = readdirSync(scenariosDir)
  .filter((name) => name.endsWith('.workspace.json'))
  .map((name) => name.replace(/\.workspace\.json$/, ''))
  .sort();

const worlds = themes.map((theme) => {
  const rawWorkspace = readJson(join(scenariosDir, `${theme}.workspace.json`));
  const rawLabels = readJson(join(scenariosDir, `${theme}.labels.json`));
  return {
    theme,
    rawWorkspace,
    rawLabels,
    workspace: WorkspaceV1.parse(rawWorkspace),
    labels: LabelsV1.parse(rawLabels),
  };
});
const allLabels = worlds.flatMap((w) => w.labels.labels);

/** How the README writes a label: `act_now: a, b`, `monitor (resume 2026-03-19)`, `monitor` or `no_action`. */
function formatLabel(label: Label): string {
  if (label.verdict === 'act_now') return `act_now: ${(label.actions ?? []).join(', ')}`;
  if (label.resumeOn) return `${label.verdict} (resume ${label.resumeOn})`;
  return label.verdict;
}

/** The cells of every Markdown table row in the README, header and rule rows included. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, line.lastIndexOf('|'))
        .split('|')
        .map((cell) => cell.trim().replace(/^`|`$/g, '')),
    );
}

describe('the held-out triage scenarios', () => {
  it('has at least 60 labelled deals spread over several themed worlds', () => {
    expect(themes.length).toBeGreaterThanOrEqual(3);
    expect(allLabels.length).toBeGreaterThanOrEqual(60);
  });

  it('uses each opportunity id in one world only, so worlds can be scored together', () => {
    const ids = worlds.flatMap((w) => w.workspace.opportunities.map((o) => o.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('covers every verdict and every action several times', () => {
    for (const verdict of verdicts) {
      expect(allLabels.filter((l) => l.verdict === verdict).length, verdict).toBeGreaterThanOrEqual(8);
    }
    for (const action of nextBestActions) {
      expect(allLabels.filter((l) => l.actions?.[0] === action).length, action).toBeGreaterThanOrEqual(3);
    }
    expect(allLabels.filter((l) => l.resumeOn !== undefined).length).toBeGreaterThanOrEqual(6);
  });

  describe.each(worlds)('$theme', ({ rawWorkspace, rawLabels, workspace, labels }) => {
    it('validates against the shared workspace and labels JSON Schemas', () => {
      expect(workspaceSchemaErrors(rawWorkspace)).toEqual([]);
      expect(labelsSchemaErrors(rawLabels)).toEqual([]);
    });

    it('has unique ids in every list', () => {
      expect(duplicateIds(workspace)).toEqual([]);
    });

    it('resolves every reference: owners, accounts, opportunities, stages and mail addresses', () => {
      expect(unresolvedReferences(workspace)).toEqual([]);
    });

    it('keeps every date consistent with its asOf', () => {
      expect(timelineProblems(workspace)).toEqual([]);
    });

    it('labels every open opportunity once and nothing else', () => {
      expect(labelProblems(workspace, labels)).toEqual([]);
    });
  });

  describe('README', () => {
    const rows = tableRows(readFileSync(join(scenariosDir, 'README.md'), 'utf8'));

    it('lists every labelled deal once, with its label as written in the labels file', () => {
      const dealRows = rows.filter((cells) => /^[a-z]+-o-\d+$/.test(cells[0] ?? ''));
      expect(dealRows.map((cells) => cells[0]).sort()).toEqual(allLabels.map((l) => l.opportunityId).sort());
      for (const label of allLabels) {
        const row = dealRows.find((cells) => cells[0] === label.opportunityId);
        expect(row?.[1], label.opportunityId).toBe(formatLabel(label));
        expect(row?.[2]?.length ?? 0, `${label.opportunityId} needs a situation`).toBeGreaterThan(10);
      }
    });

    it('states the counts per verdict and per action that the labels add up to', () => {
      const countOf = (name: string) =>
        rows
          .find((cells) => cells[0] === name)
          ?.slice(1)
          .map(Number);
      for (const verdict of verdicts) {
        expect(countOf(verdict), verdict).toEqual([allLabels.filter((l) => l.verdict === verdict).length]);
      }
      for (const action of nextBestActions) {
        const best = allLabels.filter((l) => l.actions?.[0] === action).length;
        const acceptable = allLabels.filter((l) => l.actions?.includes(action)).length;
        expect(countOf(action), action).toEqual([best, acceptable]);
      }
      expect(countOf('total')).toEqual([allLabels.length]);
    });
  });
});

// The checks above only mean something if they can fail; these small worlds prove each one bites.
function aWorld(overrides: Partial<Workspace> = {}): Workspace {
  return {
    format: 'closeloop.workspace/v1',
    asOf: '2026-03-04T15:00:00Z',
    seller: { name: 'Seller', domains: ['seller.test'] },
    users: [{ id: 'u-1', name: 'Rep', email: 'rep@seller.test', role: 'rep' }],
    accounts: [{ id: 'a-1', name: 'Buyer', domain: 'buyer.test', ownerId: 'u-1' }],
    contacts: [
      { id: 'c-1', accountId: 'a-1', name: 'Champion', email: 'champ@buyer.test', role: 'champion' },
    ],
    opportunities: [
      {
        id: 'o-1',
        accountId: 'a-1',
        ownerId: 'u-1',
        name: 'Deal',
        type: 'new_business',
        stage: 'Demo',
        amount: 1000,
        currency: 'USD',
        createdAt: '2026-02-01T00:00:00Z',
        closeDate: '2026-04-30',
      },
    ],
    activities: [
      {
        id: 'act-1',
        type: 'email',
        accountId: 'a-1',
        opportunityId: 'o-1',
        occurredAt: '2026-03-01T10:00:00Z',
        direction: 'inbound',
        from: 'champ@buyer.test',
        to: ['rep@seller.test'],
      },
    ],
    ...overrides,
  };
}
const someLabels = (...labels: Label[]): LabelsFile => ({ format: 'closeloop.labels/v1', labels });
const aLabel = (overrides: Partial<Label> = {}): Label => ({
  opportunityId: 'o-1',
  verdict: 'no_action',
  note: 'moving as it should',
  ...overrides,
});

describe('the scenario checks', () => {
  it('pass a small world that is consistent', () => {
    const world = aWorld();
    expect([
      ...duplicateIds(world),
      ...unresolvedReferences(world),
      ...timelineProblems(world),
      ...labelProblems(world, someLabels(aLabel())),
    ]).toEqual([]);
  });

  it('catch a repeated activity id', () => {
    const world = aWorld();
    const [activity] = world.activities;
    expect(duplicateIds({ ...world, activities: [activity!, activity!] })).toEqual([
      'activities: act-1 is repeated',
    ]);
  });

  it('catch an activity filed under an opportunity that does not exist', () => {
    const world = aWorld();
    const activities = world.activities.map((a) => ({ ...a, opportunityId: 'o-404' }));
    expect(unresolvedReferences({ ...world, activities })).toEqual(['activity act-1: no opportunity o-404']);
  });

  it('catch a mail address from an unrelated company', () => {
    const world = aWorld();
    const activities = world.activities.map((a) => ({ ...a, from: 'someone@elsewhere.test' }));
    expect(unresolvedReferences({ ...world, activities })).toEqual([
      'activity act-1: someone@elsewhere.test is neither one of our users nor on buyer.test',
    ]);
  });

  it('catch a meeting marked scheduled that has already started', () => {
    const meeting = {
      id: 'm-1',
      type: 'meeting' as const,
      accountId: 'a-1',
      occurredAt: '2026-02-20T10:00:00Z',
      startsAt: '2026-03-02T10:00:00Z',
      status: 'scheduled' as const,
    };
    expect(timelineProblems(aWorld({ activities: [meeting] }))).toEqual([
      'activity m-1: scheduled meeting already started',
    ]);
  });

  it('catch a usage week that is not over at asOf', () => {
    const usage = [{ accountId: 'a-1', metric: 'active_users', period: '2026-03-02', value: 40 }];
    expect(timelineProblems(aWorld({ usage }))).toEqual(['usage a-1 2026-03-02: week not over at asOf']);
  });

  it('catch an open deal without a label and a label on a closed deal', () => {
    const world = aWorld();
    const closed = {
      ...world.opportunities[0]!,
      id: 'o-2',
      stage: 'Closed Won',
      isClosed: true,
      isWon: true,
    };
    const problems = labelProblems(
      { ...world, opportunities: [...world.opportunities, closed] },
      someLabels(aLabel({ opportunityId: 'o-2' })),
    );
    expect(problems).toEqual(['o-2: labelled but closed', 'o-1: open but not labelled']);
  });

  it('catch an act_now without an action and a resumeOn that is already past', () => {
    const problems = labelProblems(
      aWorld(),
      someLabels(aLabel({ verdict: 'act_now' }), aLabel({ verdict: 'monitor', resumeOn: '2026-03-01' })),
    );
    expect(problems).toEqual([
      'o-1: labelled twice',
      'o-1: act_now without an action',
      'o-1: resumeOn 2026-03-01 is not after asOf',
    ]);
  });
});
