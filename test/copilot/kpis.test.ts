import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CopilotConfig } from '../../src/domain/copilot/copilot-config.ts';
import { UserError } from '../../src/domain/errors.ts';
import { copilotKpis } from '../../src/services/copilot/copilot-kpis.ts';
import { approveProposal } from '../../src/services/decisions/approve-proposal.ts';
import { decisionConfig } from '../../src/services/decisions/decision-config.ts';
import { rejectProposal } from '../../src/services/decisions/reject-proposal.ts';
import { ask, type Northwind, northwindCopilot } from './support/copilot-world.ts';

const config = CopilotConfig.parse({});
const window = { since: '2026-01-01T00:00:00Z', until: '2030-01-01T00:00:00Z' };
const decisions = {
  config: decisionConfig({ CLOSELOOP_REVIEW_SAMPLE_RATE: '0', CLOSELOOP_MIN_DWELL_SECONDS: '0' }),
};

describe('copilot KPIs', () => {
  let world: Northwind;
  beforeAll(async () => {
    world = await northwindCopilot();
    await ask(world, world.dana, "what's going on with Globex?");
    await ask(world, world.dana, "what's going on with Globex?");
    const log = await ask(
      world,
      world.dana,
      'log call with Hank at Globex: he wants the 3-year numbers by Thursday',
    );
    await approveProposal(world.store.db, world.dana, { proposalId: log.answer.proposal!.id }, decisions);
    const draft = await ask(world, world.dana, 'draft a follow-up to Hank');
    await rejectProposal(
      world.store.db,
      world.dana,
      { proposalId: draft.answer.proposal!.id, reason: 'wrong_content' },
      decisions,
    );
    await ask(world, world.raj, 'research vandelay');
  });
  afterAll(() => world.store.close());

  it('estimates time saved from tasks done times the minutes each, and says it is an estimate', async () => {
    const k = await copilotKpis(world.store.db, world.dana, config, window);
    expect(k.timeSaved.label).toBe('estimate');
    // Two research answers (15 min), a log (5), a draft (10).
    expect(k.timeSaved.minutes).toBe(2 * 15 + 5 + 10);
    expect(k.cacheHitRate).toBe(0.25);
  });

  it('reports approval, edit and reject rates from the decision queue', async () => {
    const k = await copilotKpis(world.store.db, world.dana, config, window);
    expect(k.decisions).toMatchObject({ decided: 2, approvalRate: 0.5, editRate: 0, rejectRate: 0.5 });
  });

  it('counts a draft rejected as wrong against grounding', async () => {
    const k = await copilotKpis(world.store.db, world.dana, config, window);
    expect(k.grounding).toMatchObject({ drafts: 1, rejectedAsWrong: 1, issueRate: 1 });
  });

  it('gives latency percentiles and model cost per task type', async () => {
    const k = await copilotKpis(world.store.db, world.dana, config, window);
    const research = k.tasks.find((t) => t.task === 'research_account')!;
    expect(research).toMatchObject({ done: 2, cacheHits: 1, llmTokens: 0, costUsdPerTask: 0 });
    expect(research.p95Ms).toBeGreaterThanOrEqual(research.p50Ms!);
  });

  it('labels pipeline progression as a correlation', async () => {
    const k = await copilotKpis(world.store.db, world.dana, config, window);
    expect(k.pipeline.label).toBe('correlation, not proof');
    expect(k.pipeline.withApprovedAction.deals).toBe(1);
  });

  it('gives a manager the team, rep by rep, and refuses the team view to a rep', async () => {
    const team = await copilotKpis(world.store.db, world.sam, config, { ...window, team: true });
    expect(team.tasks.reduce((n, t) => n + t.done, 0)).toBe(5);
    expect(team.decisions.byRep.map((r) => r.repEmail)).toEqual(['dana@northwind.io']);
    await expect(
      copilotKpis(world.store.db, world.dana, config, { ...window, team: true }),
    ).rejects.toBeInstanceOf(UserError);
  });
});
