/** Deal contexts for the copilot: read as the mission reads them, so the copilot and the morning run agree. */
import { UserError } from '../../domain/errors.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import type { Assessment, Reasoner } from '../../services/missions/mission-ports.ts';
import { loadDealContexts, readWorldHead } from '../../store/deal-contexts.ts';
import type { Db } from '../../store/open-store.ts';

// The store reads a batch of accounts per query: the mission's own batch size.
const CONTEXT_BATCH = 100;

/**
 * The whole context (another rep's deal on the same account included) goes to the reasoner, exactly as in a
 * mission, so a verdict never depends on who asked; callers show only the deals the actor may read.
 */
export async function loadContexts(db: Db, opportunityIds: readonly string[]): Promise<DealContext[]> {
  const head = await readWorldHead(db);
  if (!head)
    throw new UserError('not_found', 'the store holds no workspace yet: run `closeloop import <file>` first');
  const contexts: DealContext[] = [];
  for (let i = 0; i < opportunityIds.length; i += CONTEXT_BATCH) {
    contexts.push(...(await loadDealContexts(db, head, opportunityIds.slice(i, i + CONTEXT_BATCH))));
  }
  return contexts;
}

export type Assessed = { context: DealContext; assessment: Assessment };

export async function assessAll(reasoner: Reasoner, contexts: readonly DealContext[]): Promise<Assessed[]> {
  const out: Assessed[] = [];
  for (const context of contexts) out.push({ context, assessment: await reasoner.assess(context) });
  return out;
}
