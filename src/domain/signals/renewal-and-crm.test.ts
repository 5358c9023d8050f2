import { describe, expect, it } from 'vitest';
import { anEmail, daysBefore } from '../../testing/factories.ts';
import { assess, outcome, signalsOf } from '../../testing/triage-helpers.ts';

describe('renewal window', () => {
  it('starts the renewal when the contract ends within 90 days and nobody is talking about it', () => {
    const a = assess({
      opportunity: {
        type: 'renewal',
        stage: 'Discovery',
        contractEndDate: '2026-04-15',
        closeDate: '2026-04-15',
      },
      activities: [anEmail({ occurredAt: daysBefore(40), body: 'Thanks, talk soon.' })],
    });
    expect(signalsOf(a, 'renewal_window')[0]).toMatchObject({ open: true, conversationUnderWay: false });
    expect(a.actions).toContain('start_renewal');
  });

  it('leaves a renewal alone while the conversation is under way', () => {
    const a = assess({
      opportunity: {
        type: 'renewal',
        stage: 'Negotiation',
        contractEndDate: '2026-04-15',
        closeDate: '2026-04-15',
      },
      activities: [anEmail({ occurredAt: daysBefore(3), body: 'We plan to renew; it is with finance now.' })],
    });
    expect(a.actions).not.toContain('start_renewal');
  });

  it('does not nag a renewal months away for being quiet', () => {
    const a = assess({
      opportunity: {
        type: 'renewal',
        stage: 'Discovery',
        contractEndDate: '2026-08-31',
        closeDate: '2026-08-31',
      },
    });
    expect(outcome(a)).toBe('no_action');
  });
});

describe('CRM hygiene', () => {
  it('flags a close date in the past even when the deal is otherwise waiting', () => {
    const a = assess({
      opportunity: { stage: 'Negotiation', closeDate: '2026-02-15' },
      activities: [
        anEmail({
          occurredAt: '2026-02-25T15:00:00Z',
          body: 'Our legal team is still working through the MSA; they expect to finish by the end of March.',
        }),
      ],
    });
    expect(outcome(a)).toBe('act_now fix_crm 2026-03-31');
  });

  it('flags a deal the customer says is signed', () => {
    const a = assess({
      activities: [anEmail({ body: "Great news - we've signed the order form, it's attached." })],
    });
    expect(signalsOf(a, 'crm_hygiene')[0]?.issue).toBe('stage_behind');
  });

  it('does not take "if we signed for three years" as signed', () => {
    const a = assess({
      activities: [anEmail({ body: 'What would it look like if we signed for three years instead of one?' })],
    });
    expect(signalsOf(a, 'crm_hygiene')).toEqual([]);
  });

  const redlines = anEmail({
    occurredAt: daysBefore(3),
    body: 'Our legal team has reviewed the order form; redlines on the liability cap are attached.',
  });

  it('sees the stage behind when the customer redlines the contract on a deal two stages short of Negotiation', () => {
    const a = assess({ opportunity: { stage: 'Demo' }, activities: [redlines] });
    expect(signalsOf(a, 'crm_hygiene').find((c) => c.issue === 'stage_behind')?.detail).toContain(
      'redlining',
    );
    expect(outcome(a)).toBe('act_now fix_crm');
  });

  it('leaves a Proposal-stage deal in redlines alone, and ignores redlines that are only expected', () => {
    const inProposal = assess({ opportunity: { stage: 'Proposal' }, activities: [redlines] });
    expect(signalsOf(inProposal, 'crm_hygiene').filter((c) => c.issue === 'stage_behind')).toEqual([]);
    const later = assess({
      opportunity: { stage: 'Demo' },
      activities: [anEmail({ body: 'If we go ahead, legal will send redlines on the contract.' })],
    });
    expect(signalsOf(later, 'crm_hygiene').filter((c) => c.issue === 'stage_behind')).toEqual([]);
  });
});
