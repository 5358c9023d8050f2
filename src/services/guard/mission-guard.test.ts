import { describe, expect, it } from 'vitest';
import { anEmail, aWorld } from '../../domain/guardrails/guard-test-factories.ts';
import type { ProposalDraft } from '../../domain/proposals/proposal-schema.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import { DEFAULT_PIPELINE } from '../../domain/workspace/workspace-schema.ts';
import { createMissionGuard } from './mission-guard.ts';

const world = aWorld({
  extraActivities: [anEmail({ opportunityId: 'o-2', body: 'Our budget opens on June 1.' })],
});
const base = { ...world, products: world.products ?? [], documents: world.documents ?? [] };
const context: DealContext = {
  asOf: world.asOf,
  seller: world.seller,
  pipeline: DEFAULT_PIPELINE,
  opportunity: world.opportunities[0]!,
  account: world.accounts[0]!,
  contacts: world.contacts.filter((c) => c.accountId === 'a-globex'),
  activities: world.activities,
  otherOpenOpportunities: [],
  usage: [],
  competitors: [],
};
const email = (body: string, to = ['hank@globex.com']): ProposalDraft => ({
  action: 'deliver_commitment',
  rationale: 'promised pricing',
  writer: 'offline',
  payload: { kind: 'send_email', email: { to, cc: [], subject: 'Pricing', body, citations: [] } },
});

describe('createMissionGuard', () => {
  it('blocks a drafted email with a false price and returns guardrail observations', () => {
    const guard = createMissionGuard(base);
    const outcome = guard(context, email('Enterprise is $55 per seat per month.'));
    expect(outcome.blocked).toBe(true);
    expect(outcome.observations[0]).toMatchObject({ kind: 'guardrail' });
    expect(outcome.observations[0]!.refs).toContainEqual({ type: 'opportunity', id: 'o-1' });
  });

  it('passes a grounded email and checks meeting attendees as recipients', () => {
    const guard = createMissionGuard(base);
    expect(guard(context, email('Enterprise is $65 per seat per month.')).blocked).toBe(false);
    const meeting: ProposalDraft = {
      action: 'reschedule',
      rationale: 'missed meeting',
      writer: 'offline',
      payload: {
        kind: 'schedule_meeting',
        meeting: {
          attendees: ['stranger@elsewhere.com'],
          subject: 'Catch-up',
          agenda: 'Review',
          durationMinutes: 30,
          timeOptions: ['2026-03-05T15:00:00Z'],
        },
      },
    };
    expect(guard(context, meeting).blocked).toBe(true);
  });

  it("reads only this deal's and the account's unassigned mail as the deal's record", () => {
    const guard = createMissionGuard(base);
    expect(guard(context, email('Since your budget opens on June 1, I will check back then.')).blocked).toBe(
      true,
    );
  });

  it('leaves internal proposals alone', () => {
    const guard = createMissionGuard(base);
    const update: ProposalDraft = {
      action: 'fix_crm',
      rationale: 'close date passed',
      writer: 'offline',
      payload: {
        kind: 'update_opportunity',
        update: { changes: [{ field: 'stage', from: 'Demo', to: 'Proposal' }], reason: 'x' },
      },
    };
    expect(guard(context, update)).toEqual({ blocked: false, observations: [], findings: [] });
  });
});
