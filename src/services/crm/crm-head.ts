/** What every CRM read needs of the workspace head: the pipeline (which stages are closed) and "now". */
import { and, eq, isNull, notInArray, or, type SQL } from 'drizzle-orm';
import { UserError } from '../../domain/errors.ts';
import { DEFAULT_PIPELINE, type Pipeline, type Seller } from '../../domain/workspace/workspace-schema.ts';
import { readWorkspaceHead } from '../../store/crm-reads.ts';
import type { Db } from '../../store/open-store.ts';
import * as t from '../../store/schema/index.ts';

export type CrmHead = { asOf: string; seller: Seller; pipeline: Pipeline };

export async function readCrmHead(db: Db): Promise<CrmHead> {
  const head = await readWorkspaceHead(db);
  if (!head) {
    throw new UserError(
      'not_found',
      'the store holds no workspace yet: run `closeloop import <file>` or `closeloop demo --load`',
    );
  }
  return { asOf: head.asOf, seller: head.seller, pipeline: head.pipeline ?? DEFAULT_PIPELINE };
}

/** Open means not flagged closed and not sitting in a closed stage (the same rule as the triage engine's). */
export function openDealCondition(pipeline: Pipeline): SQL | undefined {
  return and(
    or(isNull(t.opportunities.isClosed), eq(t.opportunities.isClosed, false)),
    notInArray(t.opportunities.stage, [pipeline.closedWon, pipeline.closedLost]),
  );
}
