import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approveProposal } from '../../src/services/decisions/approve-proposal.ts';
import { decisionConfig } from '../../src/services/decisions/decision-config.ts';
import { triageDeal } from '../../src/services/triage/triage-deals.ts';
import * as t from '../../src/store/schema/index.ts';
import { ask, type Northwind, northwindCopilot, testDeps } from './support/copilot-world.ts';

const REQUEST = 'log call with Hank at Globex: he wants the 3-year numbers by Thursday';
const noSampling = { CLOSELOOP_REVIEW_SAMPLE_RATE: '0', CLOSELOOP_MIN_DWELL_SECONDS: '0' };

describe('logging a call from notes', () => {
  let world: Northwind;
  beforeEach(async () => {
    world = await northwindCopilot();
  });
  afterEach(() => world.store.close());

  it('turns the notes into an ActivityLog with the commitment dated against the request instant', async () => {
    const { answer } = await ask(world, world.dana, REQUEST);
    expect(answer.status).toBe('proposed');
    expect(answer.activityLog).toEqual({
      type: 'call',
      occurredAt: '2026-03-02T14:00:00Z',
      participants: ['hank@globex.com'],
      summary: 'Call with Hank Moss (Globex): He wants the 3-year numbers by Thursday.',
      commitments: [{ by: 'us', what: 'send the 3-year numbers', due: '2026-03-05' }],
      nextStep: 'Send the 3-year numbers by Thu Mar 5',
    });
  });

  it('waits in the decision queue as a pending log_activity proposal', async () => {
    const { answer } = await ask(world, world.dana, REQUEST);
    const [row] = await world.store.db
      .select()
      .from(t.proposals)
      .where(eq(t.proposals.id, answer.proposal!.id));
    expect(row).toMatchObject({
      kind: 'log_activity',
      state: 'pending',
      opportunityId: 'o-101',
      requestId: answer.requestId,
    });
    // Nothing is written to the CRM until a person confirms.
    const logged = await world.store.db
      .select()
      .from(t.activities)
      .where(eq(t.activities.accountId, 'a-globex'));
    expect(logged).toHaveLength(2);
  });

  it('feeds the next triage its commitment once approved and written back', async () => {
    const { answer } = await ask(world, world.dana, REQUEST);
    const id = answer.proposal!.id;
    const deps = { config: decisionConfig(noSampling) };
    const approval = await approveProposal(world.store.db, world.dana, { proposalId: id }, deps);
    expect(approval.state).toBe('done');
    const { assessment } = await triageDeal(world.store.db, world.dana, 'o-101');
    const promise = assessment.signals.find(
      (s) => s.kind === 'commitment' && s.madeAt === '2026-03-02T14:00:00Z',
    );
    expect(promise).toMatchObject({
      party: 'us',
      what: 'send the 3-year numbers',
      dueOn: '2026-03-05',
      state: 'open',
    });
    const [deal] = await world.store.db.select().from(t.opportunities).where(eq(t.opportunities.id, 'o-101'));
    expect(deal?.nextStep).toBe('Send the 3-year numbers by Thu Mar 5');
  });

  it('is written at once when the team auto-approves call logs', async () => {
    const deps = testDeps(
      {},
      { decisions: { config: decisionConfig({ ...noSampling, CLOSELOOP_AUTO_APPROVE: 'log_activity' }) } },
    );
    const { answer } = await ask(world, world.dana, REQUEST, deps);
    expect(answer.proposal?.state).toBe('done');
    expect(answer.status).toBe('answered');
    const { assessment } = await triageDeal(world.store.db, world.dana, 'o-101');
    expect(assessment.signals.some((s) => s.kind === 'commitment' && s.dueOn === '2026-03-05')).toBe(true);
  });

  it('finds "their CFO" by title and logs against the only open deal', async () => {
    const { answer } = await ask(
      world,
      world.dana,
      'log this call: spoke with their CFO, wants a 2-year quote by Thursday',
    );
    expect(answer.opportunityId).toBe('o-106');
    expect(answer.activityLog?.participants).toEqual(['pepper@starklogistics.com']);
    expect(answer.activityLog?.commitments).toEqual([
      { by: 'us', what: 'send a 2-year quote', due: '2026-03-05' },
    ]);
  });

  it('says what to name when the account has no open deal to log against', async () => {
    const { answer } = await ask(
      world,
      world.dana,
      'jot down: talked with Wile at Acme about renewing in the fall',
    );
    expect(answer.status).toBe('failed');
    expect(answer.markdown).toMatch(/Acme Corp has no open deal to log this against/);
    expect(await world.store.db.select().from(t.proposals)).toHaveLength(0);
  });
});
