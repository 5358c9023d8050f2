/** A link to one proposal (what the copilot and MCP hand out): looks up its deal, then opens it with the proposal picked. */
import { useEffect } from 'react';
import type { Me, ProposalView } from '../../api/api-types.ts';
import type { ApiError } from '../../api/client.ts';
import { useResource } from '../../api/use-resource.ts';
import { navigate } from '../../lib/router.ts';

/** Why the link cannot open (not found, or not the caller's to see); undefined while it resolves or once it has. */
export function useProposalLink(me: Me, proposalId: string | undefined): ApiError | undefined {
  const { data, error } = useResource<ProposalView>(
    proposalId ? `/api/proposals/${encodeURIComponent(proposalId)}` : undefined,
  );
  useEffect(() => {
    if (!data || data.id !== proposalId) return;
    navigate(
      {
        page: 'today',
        dealId: data.opportunityId,
        proposalId: data.id,
        // A manager following a rep's proposal sees it among that rep's deals.
        owner: data.ownerId !== me.user.id ? data.ownerId : undefined,
      },
      { replace: true },
    );
  }, [data, proposalId, me.user.id]);
  return proposalId ? error : undefined;
}
