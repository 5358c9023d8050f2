/**
 * A version for each thing a cached answer rests on, computed from the rows themselves (the CRM tables carry no
 * updated-at): an account with everything hanging off it, or the whole knowledge base with the price book.
 */
import { sql } from 'drizzle-orm';
import type { CacheDependency } from '../../domain/copilot/cache-key.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';

const accountVersion = (id: string) => sql`SELECT md5(concat_ws('#',
  (SELECT string_agg(a::text, '|') FROM accounts a WHERE a.id = ${id}),
  (SELECT string_agg(c::text, '|' ORDER BY c.id) FROM contacts c WHERE c.account_id = ${id}),
  (SELECT string_agg(o::text, '|' ORDER BY o.id) FROM opportunities o WHERE o.account_id = ${id}),
  (SELECT string_agg(h::text, '|' ORDER BY h.opportunity_id, h.position)
     FROM opportunity_stage_history h JOIN opportunities o ON o.id = h.opportunity_id WHERE o.account_id = ${id}),
  (SELECT string_agg(md5(x::text), '|' ORDER BY x.id) FROM activities x WHERE x.account_id = ${id}),
  (SELECT string_agg(u::text, '|' ORDER BY u.metric, u.period) FROM usage u WHERE u.account_id = ${id}))) AS v`;

const knowledgeVersion = sql`SELECT md5(concat_ws('#',
  (SELECT string_agg(md5(d::text), '|' ORDER BY d.id) FROM documents d),
  (SELECT string_agg(p::text, '|' ORDER BY p.sku) FROM products p))) AS v`;

export async function versionOf(db: Db, dependency: CacheDependency): Promise<string> {
  const [row] = await queryRows<{ v: string }>(
    db,
    dependency.kind === 'account' ? accountVersion(dependency.id) : knowledgeVersion,
  );
  return row?.v ?? '';
}

export type VersionedDependency = CacheDependency & { version: string };

export async function versionsOf(
  db: Db,
  dependencies: readonly CacheDependency[],
): Promise<VersionedDependency[]> {
  return Promise.all(dependencies.map(async (d) => ({ ...d, version: await versionOf(db, d) })));
}
