import { describe, expect, it } from 'vitest';
import { labelsSchemaErrors, workspaceSchemaErrors } from '../../test/support/shared-schemas.ts';
import { LabelsV1, nextBestActions, verdicts } from '../domain/labels/labels-schema.ts';
import { WorkspaceV1 } from '../domain/workspace/workspace-schema.ts';
import { generateDemoWorld } from './generate-demo-world.ts';
import { labelsText, workspaceText } from './output/json-text.ts';
import { INJECTION_LINES } from './phrasing/injections.ts';

const small = generateDemoWorld({ reps: 4, oppsPerRep: 30, seed: 7 });
// Big enough for proportions to mean something, small enough to build in well under a second.
const medium = generateDemoWorld({ reps: 12, oppsPerRep: 100, seed: 11 });

describe('generateDemoWorld', () => {
  it('produces files that the shared JSON Schemas and the zod schemas both accept', () => {
    expect(workspaceSchemaErrors(small.workspace)).toEqual([]);
    expect(labelsSchemaErrors(small.labels)).toEqual([]);
    expect(WorkspaceV1.safeParse(small.workspace).success).toBe(true);
    expect(LabelsV1.safeParse(small.labels).success).toBe(true);
  });

  it('gives byte-identical files for the same seed and different files for another seed', () => {
    const again = generateDemoWorld({ reps: 4, oppsPerRep: 30, seed: 7 });
    expect(workspaceText(again.workspace)).toBe(workspaceText(small.workspace));
    expect(labelsText(again.labels)).toBe(labelsText(small.labels));
    const other = generateDemoWorld({ reps: 4, oppsPerRep: 30, seed: 8 });
    expect(workspaceText(other.workspace)).not.toBe(workspaceText(small.workspace));
  });

  it('leaves the deals of existing reps unchanged when a rep is added to the same team', () => {
    const bigger = generateDemoWorld({ reps: 5, oppsPerRep: 30, seed: 7 });
    const first = small.workspace.opportunities.slice(0, 30);
    expect(bigger.workspace.opportunities.slice(0, 30)).toEqual(first);
  });

  it('represents every verdict and every action at 4 reps x 30 deals', () => {
    const seenVerdicts = new Set(small.labels.labels.map((l) => l.verdict));
    const seenActions = new Set(small.labels.labels.flatMap((l) => l.actions ?? []));
    expect([...seenVerdicts].sort()).toEqual([...verdicts].sort());
    expect([...seenActions].sort()).toEqual([...nextBestActions].sort());
  });

  it('labels every open deal exactly once and no closed deal', () => {
    const labelled = small.labels.labels.map((l) => l.opportunityId);
    expect(new Set(labelled).size).toBe(labelled.length);
    const open = small.workspace.opportunities.filter((o) => !o.isClosed).map((o) => o.id);
    expect([...labelled].sort()).toEqual([...open].sort());
    expect(small.workspace.opportunities.some((o) => o.isClosed && o.isWon)).toBe(true);
    expect(small.workspace.opportunities.some((o) => o.isClosed && !o.isWon)).toBe(true);
  });

  it('keeps act_now, monitor and no_action within the intended mix', () => {
    const share = (v: string): number =>
      medium.labels.labels.filter((l) => l.verdict === v).length / medium.labels.labels.length;
    expect(share('act_now')).toBeGreaterThanOrEqual(0.4);
    expect(share('act_now')).toBeLessThanOrEqual(0.5);
    expect(share('monitor')).toBeGreaterThanOrEqual(0.2);
    expect(share('monitor')).toBeLessThanOrEqual(0.3);
    expect(share('no_action')).toBeGreaterThanOrEqual(0.25);
    expect(share('no_action')).toBeLessThanOrEqual(0.35);
    // Actions are spread: none of the twelve is rarer than 3% of act_now deals.
    const actNow = medium.labels.labels.filter((l) => l.verdict === 'act_now');
    for (const action of nextBestActions) {
      expect(actNow.filter((l) => l.actions?.includes(action)).length / actNow.length).toBeGreaterThan(0.03);
    }
  });

  it('makes ids unique in every list', () => {
    const ws = small.workspace;
    for (const list of [
      ws.users,
      ws.accounts,
      ws.contacts,
      ws.opportunities,
      ws.activities,
      ws.documents ?? [],
    ]) {
      const ids = list.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('keeps references whole: accounts, opportunities, owners, managers and usage all point at records that exist', () => {
    const ws = medium.workspace;
    const users = new Set(ws.users.map((u) => u.id));
    const accounts = new Set(ws.accounts.map((a) => a.id));
    const opportunities = new Map(ws.opportunities.map((o) => [o.id, o]));
    for (const u of ws.users) if (u.managerId) expect(users.has(u.managerId)).toBe(true);
    for (const a of ws.accounts) expect(users.has(a.ownerId)).toBe(true);
    for (const c of ws.contacts) expect(accounts.has(c.accountId)).toBe(true);
    for (const o of ws.opportunities) {
      expect(users.has(o.ownerId)).toBe(true);
      expect(accounts.has(o.accountId)).toBe(true);
    }
    for (const a of ws.activities) {
      expect(accounts.has(a.accountId)).toBe(true);
      const opp = a.opportunityId ? opportunities.get(a.opportunityId) : undefined;
      expect(opp?.accountId).toBe(a.accountId);
    }
    for (const p of ws.usage ?? []) expect(accounts.has(p.accountId)).toBe(true);
    for (const l of medium.labels.labels) expect(opportunities.has(l.opportunityId)).toBe(true);
  });

  it('has several reps per manager, a manager for every rep, and an admin', () => {
    const reps = small.workspace.users.filter((u) => u.role === 'rep');
    const managers = new Set(reps.map((r) => r.managerId));
    expect(reps.length).toBe(4);
    expect(managers.size).toBe(1);
    expect(small.workspace.users.some((u) => u.role === 'admin')).toBe(true);
    expect(medium.workspace.users.filter((u) => u.role === 'manager').length).toBeGreaterThan(2);
  });

  it('writes nothing after "now" except the start of meetings still to come', () => {
    const now = Date.parse(medium.workspace.asOf);
    for (const a of medium.workspace.activities) {
      expect(Date.parse(a.occurredAt)).toBeLessThan(now);
      if (a.status === 'scheduled') expect(Date.parse(a.startsAt ?? '')).toBeGreaterThan(now);
    }
  });

  it('writes activity times with the writer’s UTC offset, not all in UTC', () => {
    const offsets = new Set(medium.workspace.activities.map((a) => a.occurredAt.slice(19)));
    expect(offsets.size).toBeGreaterThan(5);
    expect(offsets.has('Z')).toBe(true);
  });

  it('puts prompt-injection lines only in inbound mail, at a low rate', () => {
    const carriers = medium.workspace.activities.filter((a) =>
      INJECTION_LINES.some((line) => ownText(a.body ?? '').includes(line)),
    );
    expect(carriers.length).toBeGreaterThan(0);
    for (const a of carriers) expect(a.direction).toBe('inbound');
    const deals = new Set(carriers.map((a) => a.opportunityId));
    expect(deals.size / medium.workspace.opportunities.length).toBeLessThan(0.05);
  });
});

/** The part of a mail body above any quoted message. */
function ownText(body: string): string {
  return body.split(/\n(?:On .*wrote:|________________________________|-----Original Message-----)/)[0] ?? '';
}
