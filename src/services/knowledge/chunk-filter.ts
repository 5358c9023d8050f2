/** The SQL filter every knowledge query shares: current chunks, usable for the deal's account, of the kinds asked. */
import { type SQL, sql } from 'drizzle-orm';
import type { KnowledgeDocument } from '../../domain/workspace/workspace-schema.ts';

export type ChunkScope = {
  /** The deal's account: its own documents (a contract) count; another account's never do. Without it, only
   * documents that belong to no account. */
  accountId?: string | undefined;
  /** Only these kinds (e.g. leave battlecards out of anything a customer will read). */
  kinds?: readonly KnowledgeDocument['kind'][] | undefined;
};

/** Filters rows aliased `c`; superseded chunks never pass, whatever the scope. */
export function chunkScope(scope: ChunkScope): SQL {
  const parts: SQL[] = [sql`c.superseded_by IS NULL`];
  parts.push(
    scope.accountId
      ? sql`(c.account_id IS NULL OR c.account_id = ${scope.accountId})`
      : sql`c.account_id IS NULL`,
  );
  if (scope.kinds && scope.kinds.length > 0) {
    parts.push(
      sql`c.kind IN (${sql.join(
        scope.kinds.map((k) => sql`${k}`),
        sql`, `,
      )})`,
    );
  }
  return sql.join(parts, sql` AND `);
}
