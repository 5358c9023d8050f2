/** Which of a deal's proposals the panel lists, which one it opens, and how it names where each came from. */
import type { DealDetail, ProposalView } from '../../api/api-types.ts';

/** The mission's proposal and the deal's other open ones, newest first, each once. */
export function listedProposals(detail: Pick<DealDetail, 'proposal' | 'otherProposals'>): ProposalView[] {
  const all = [...(detail.proposal ? [detail.proposal] : []), ...detail.otherProposals];
  const unique = all.filter((p, i) => all.findIndex((q) => q.id === p.id) === i);
  return unique.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/**
 * The one asked for when it is listed; else the one most in need of a person: the mission's while it waits, then
 * the newest other that waits, then whatever the mission proposed.
 */
export function pickProposal(
  detail: Pick<DealDetail, 'proposal' | 'otherProposals'>,
  askedId: string | undefined,
): ProposalView | null {
  const listed = listedProposals(detail);
  const asked = askedId ? listed.find((p) => p.id === askedId) : undefined;
  if (asked) return asked;
  if (detail.proposal?.state === 'pending') return detail.proposal;
  return listed.find((p) => p.state === 'pending') ?? detail.proposal ?? listed[0] ?? null;
}

/** After deciding `decidedId`, the next proposal on the same deal that waits for a person (not one put off), if any. */
export function nextPending(listed: readonly ProposalView[], decidedId: string): string | undefined {
  return listed.find((p) => p.id !== decidedId && p.state === 'pending' && !p.snoozedUntil)?.id;
}

export function originLabel(origin: ProposalView['origin']): string {
  switch (origin.source) {
    case 'mission':
      return 'Mission run';
    case 'copilot':
      return origin.by ? `Copilot for ${origin.by}` : 'Copilot';
    case 'mcp':
      return origin.by ? `MCP (${origin.by})` : 'MCP';
    default:
      return 'Other';
  }
}
