/**
 * The offline writer, the mission's guard and the decision queue's re-check, over one store. One guard base per
 * process, rebuilt when the store's customers, price book or documents change; the knowledge index is brought up to
 * date before the first draft and after every such change.
 */
import type { DraftConfig } from '../../domain/drafting/draft-config.ts';
import { NextBestAction } from '../../domain/labels/labels-schema.ts';
import type { ProposalDraft } from '../../domain/proposals/proposal-schema.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import { loadDealContexts, readWorldHead } from '../../store/deal-contexts.ts';
import type { Db } from '../../store/open-store.ts';
import type { DraftRecheck } from '../decisions/decision-deps.ts';
import { parseGuard } from '../decisions/proposal-record.ts';
import type { Embedder } from '../knowledge/embedder.ts';
import type { DraftGuard, GuardOutcome, ProposalWriter } from '../missions/mission-ports.ts';
import { type GuardSnapshots, guardSnapshots } from './guard-snapshot.ts';
import { storeKnowledgeSource } from './knowledge-source.ts';
import { offlineWriter } from './offline-writer.ts';

export type StoreDrafting = {
  /** The offline writer over the store's knowledge and price book. */
  writer: ProposalWriter;
  /** Any writer (a model's too) that brings the guard's view of the store up to date before each draft. */
  prepared(writer: ProposalWriter): ProposalWriter;
  /** The mission's guard: every proposal gets guardrail observations; a blocked one is marked blocked. */
  guard: DraftGuard;
  /** The decision queue's check of a draft a person edited. */
  recheck: DraftRecheck;
  /** Loads the guard's view of the store now: for callers that guard drafts no writer wrote (MCP proposals). */
  warm(): Promise<void>;
};

export type StoreDraftingOptions = {
  embedder?: Embedder | undefined;
  config?: DraftConfig;
  snapshots?: GuardSnapshots;
};

// Nothing was checked, so nothing may pass: a person reviews it, and the re-check runs when they edit it.
const NOT_LOADED: GuardOutcome = {
  blocked: true,
  findings: [],
  observations: [
    {
      kind: 'guardrail',
      title: 'Blocked: the guardrails could not load the workspace',
      detail: 'No check ran on this draft; it stays blocked until a person edits it and the re-check passes.',
      refs: [],
    },
  ],
};

export function storeDrafting(db: Db, options: StoreDraftingOptions = {}): StoreDrafting {
  const snapshots = options.snapshots ?? guardSnapshots({ embedder: options.embedder });
  const source = storeKnowledgeSource(db, {
    embedder: options.embedder,
    products: async () => (await snapshots.refresh(db))?.products ?? [],
    // The writer is `prepared`: each draft first refreshes the snapshot, which re-indexes changed documents.
    indexKeptCurrent: true,
  });
  const warm = async () => {
    await snapshots.refresh(db);
  };
  const guard: DraftGuard = (context: DealContext, draft: ProposalDraft) => {
    const snapshot = snapshots.current();
    if (snapshot) return snapshot.guardFor(context.asOf)(context, draft);
    // A guard called before any draft was written (a proposal from MCP): load for the next call, block this one.
    warm().catch(() => undefined);
    return NOT_LOADED;
  };
  const prepared = (writer: ProposalWriter): ProposalWriter => ({
    name: writer.name,
    async write(context, assessment) {
      await snapshots.refresh(db);
      return writer.write(context, assessment);
    },
  });
  const recheck: DraftRecheck = async (tx, { proposal, payload }) => {
    const snapshot = await snapshots.refresh(tx);
    const world = await readWorldHead(tx);
    if (!snapshot || !world) return { blocked: true, findings: [] };
    const [context] = await loadDealContexts(tx, world, [proposal.opportunityId]);
    if (!context) return { blocked: true, findings: [] };
    const draft: ProposalDraft = {
      action: NextBestAction.parse(proposal.action),
      payload,
      rationale: proposal.rationale,
      writer: proposal.writer,
    };
    const outcome = snapshot.guardFor(context.asOf)(context, draft);
    return (
      parseGuard({ blocked: outcome.blocked, findings: outcome.findings }) ?? {
        blocked: outcome.blocked,
        findings: [],
      }
    );
  };
  return { writer: prepared(offlineWriter(source, options.config)), prepared, guard, recheck, warm };
}
