/** Re-runs the guardrails on a draft a person edited, against the deal's records in the store, before approval. */
import type { ProposalDraft } from '../../domain/proposals/proposal-schema.ts';
import { readWorkspaceHead } from '../../store/crm-reads.ts';
import { loadDealContexts, readWorldHead } from '../../store/deal-contexts.ts';
import type { Db } from '../../store/open-store.ts';
import * as rows from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import { createMissionGuard } from '../guard/mission-guard.ts';
import type { DraftRecheck } from './decision-deps.ts';
import { parseGuard, type StoredGuard } from './proposal-record.ts';

/**
 * Reads what the guardrails index (every account and contact, to spot another customer's name; the price book and
 * the documents) on each edited approval: approvals come one at a time from people, so freshness beats caching.
 */
export const storeDraftRecheck: DraftRecheck = async (
  db: Db,
  { proposal, payload },
): Promise<StoredGuard> => {
  const head = await readWorkspaceHead(db);
  const world = await readWorldHead(db);
  if (!head || !world) return { blocked: false, findings: [] };
  const accounts = (await db.select().from(t.accounts)).map(rows.accountFromRow);
  const contacts = (await db.select().from(t.contacts)).map(rows.contactFromRow);
  const products = (await db.select().from(t.products)).map(rows.productFromRow);
  const documents = (await db.select().from(t.documents)).map(rows.documentFromRow);
  const [context] = await loadDealContexts(db, world, [proposal.opportunityId]);
  if (!context) return { blocked: false, findings: [] };
  const guard = createMissionGuard({
    asOf: head.asOf,
    seller: head.seller,
    accounts,
    contacts,
    products,
    documents,
  });
  const draft: ProposalDraft = {
    action: proposal.action as ProposalDraft['action'],
    payload,
    rationale: proposal.rationale,
    writer: proposal.writer,
  };
  const outcome = guard(context, draft);
  return (
    parseGuard({ blocked: outcome.blocked, findings: outcome.findings }) ?? {
      blocked: outcome.blocked,
      findings: [],
    }
  );
};
