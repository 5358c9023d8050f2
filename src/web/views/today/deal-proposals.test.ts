import { describe, expect, it } from 'vitest';
import type { ProposalView } from '../../api/api-types.ts';
import { listedProposals, nextPending, originLabel, pickProposal } from './deal-proposals.ts';

const proposal = (id: string, createdAt: string, extra: Partial<ProposalView> = {}): ProposalView => ({
  id,
  opportunityId: 'o-1',
  ownerId: 'u-dana',
  origin: { source: 'mission', id: 'run-1', by: null },
  kind: 'send_email',
  action: 'follow_up',
  state: 'pending',
  payload: { kind: 'log_activity', log: {} } as unknown as ProposalView['payload'],
  approvedPayload: null,
  rationale: 'why',
  writer: 'offline',
  blocked: false,
  guard: null,
  snoozedUntil: null,
  stateReason: null,
  createdAt,
  decidedAt: null,
  decidedBy: null,
  version: 1,
  ...extra,
});

const mission = proposal('p-run', '2026-03-01T08:00:00Z');
const copilot = proposal('p-cop', '2026-03-01T10:00:00Z', {
  origin: { source: 'copilot', id: 'cr_1', by: 'Dana Ortiz' },
});
const mcp = proposal('p-mcp', '2026-03-01T09:00:00Z', {
  origin: { source: 'mcp', id: 'mcp_1', by: 'dana@northwind.io' },
  state: 'approved',
});

describe('the proposals a deal panel offers', () => {
  it('lists the mission’s and the others newest first, each once', () => {
    const listed = listedProposals({ proposal: mission, otherProposals: [copilot, mcp, mission] });
    expect(listed.map((p) => p.id)).toEqual(['p-cop', 'p-mcp', 'p-run']);
  });

  it('opens the one a link asks for, else the mission’s while it waits, else the newest that waits', () => {
    const detail = { proposal: mission, otherProposals: [copilot, mcp] };
    expect(pickProposal(detail, 'p-mcp')?.id).toBe('p-mcp');
    expect(pickProposal(detail, 'p-gone')?.id).toBe('p-run');
    expect(pickProposal(detail, undefined)?.id).toBe('p-run');
    const decided = { ...mission, state: 'done' as const };
    expect(pickProposal({ proposal: decided, otherProposals: [copilot, mcp] }, undefined)?.id).toBe('p-cop');
    expect(pickProposal({ proposal: decided, otherProposals: [mcp] }, undefined)?.id).toBe('p-run');
    expect(pickProposal({ proposal: null, otherProposals: [mcp] }, undefined)?.id).toBe('p-mcp');
    expect(pickProposal({ proposal: null, otherProposals: [] }, undefined)).toBeNull();
  });

  it('finds the next one still waiting for a person after a decision', () => {
    const listed = listedProposals({ proposal: mission, otherProposals: [copilot, mcp] });
    expect(nextPending(listed, 'p-cop')).toBe('p-run');
    expect(nextPending([copilot, mcp], 'p-cop')).toBeUndefined();
    // One the rep put off is not pushed back in front of them.
    const snoozed = { ...mission, snoozedUntil: '2026-03-09T00:00:00Z' };
    expect(nextPending([copilot, snoozed], 'p-cop')).toBeUndefined();
  });

  it('names where each came from', () => {
    expect(originLabel(mission.origin)).toBe('Mission run');
    expect(originLabel(copilot.origin)).toBe('Copilot for Dana Ortiz');
    expect(originLabel(mcp.origin)).toBe('MCP (dana@northwind.io)');
    expect(originLabel({ source: 'copilot', id: 'cr_2', by: null })).toBe('Copilot');
  });
});
