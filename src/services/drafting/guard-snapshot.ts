/**
 * The guardrails' view of the store, built once and kept while nothing it reads has changed: the seller, every
 * customer and contact (to spot another customer's name), the price book and the documents. An import, a `kb add` or
 * a price change gives a new version, and the next check builds a new guard.
 */
import { asc, sql } from 'drizzle-orm';
import type { GuardBase } from '../../domain/guardrails/index/guard-index.ts';
import type { Product } from '../../domain/workspace/workspace-schema.ts';
import { readWorkspaceHead } from '../../store/crm-reads.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import * as rows from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import type { Embedder } from '../knowledge/embedder.ts';
import { ensureKnowledgeIndexed } from '../knowledge/ensure-knowledge-indexed.ts';
import type { DraftGuard } from '../missions/mission-ports.ts';
import { guardOverBase } from './draft-guard.ts';

// One query answers "did anything the guardrails read change?": the import stamp, and digests of the price book
// and the documents (which `kb add` changes without an import).
const VERSION = sql`
  SELECT
    (SELECT imported_at::text || '|' || as_of FROM workspace WHERE id = 'default') AS head,
    (SELECT md5(coalesce(string_agg(sku || '|' || name || '|' || list_price::text || '|' || currency || '|' || unit || '|' || coalesce(description, ''), chr(10) ORDER BY sku), '')) FROM products) AS products,
    (SELECT md5(coalesce(string_agg(id || '|' || md5(title || chr(31) || kind || chr(31) || body) || '|' || coalesce(updated_at::text, '') || '|' || coalesce(account_id, ''), chr(10) ORDER BY id), '')) FROM documents) AS documents`;

export type GuardSnapshot = {
  version: string;
  base: GuardBase;
  products: readonly Product[];
  /** The guard for a run's asOf (the base's own asOf by default). */
  guardFor(asOf: string): DraftGuard;
};

export type SnapshotOptions = {
  embedder?: Embedder | undefined;
  /** A version is trusted this long before it is checked again: a run's deals share one check. */
  recheckMs?: number;
  now?: () => number;
};

// A mission drafts a batch in well under a second; checking once a second keeps a change visible almost at once.
const DEFAULT_RECHECK_MS = 1000;

async function readVersion(db: Db): Promise<string | undefined> {
  const [row] = await queryRows<{ head: string | null; products: string; documents: string }>(db, VERSION);
  return row?.head ? `${row.head}|${row.products}|${row.documents}` : undefined;
}

async function readBase(db: Db): Promise<GuardBase | undefined> {
  const head = await readWorkspaceHead(db);
  if (!head) return undefined;
  const [accounts, contacts, products, documents] = [
    (await db.select().from(t.accounts)).map(rows.accountFromRow),
    (await db.select().from(t.contacts)).map(rows.contactFromRow),
    (await db.select().from(t.products).orderBy(asc(t.products.sku))).map(rows.productFromRow),
    (await db.select().from(t.documents)).map(rows.documentFromRow),
  ];
  return { asOf: head.asOf, seller: head.seller, accounts, contacts, products, documents };
}

function snapshotOf(version: string, base: GuardBase): GuardSnapshot {
  // Years and weekdays are read against "now": a run at another asOf gets its own guard (two kept, the rest rebuilt).
  const guards = new Map<string, DraftGuard>();
  return {
    version,
    base,
    products: base.products,
    guardFor(asOf) {
      let guard = guards.get(asOf);
      if (!guard) {
        if (guards.size >= 2) guards.delete(guards.keys().next().value!);
        guard = guardOverBase({ ...base, asOf });
        guards.set(asOf, guard);
      }
      return guard;
    },
  };
}

export type GuardSnapshots = {
  /** The latest snapshot, refreshed when the store changed; undefined when the store holds no workspace. */
  refresh(db: Db): Promise<GuardSnapshot | undefined>;
  /** The snapshot of the last refresh, without touching the store. */
  current(): GuardSnapshot | undefined;
};

export function guardSnapshots(options: SnapshotOptions = {}): GuardSnapshots {
  const now = options.now ?? Date.now;
  const recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
  let snapshot: GuardSnapshot | undefined;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<GuardSnapshot | undefined> | undefined;

  async function load(db: Db): Promise<GuardSnapshot | undefined> {
    const version = await readVersion(db);
    checkedAt = now();
    if (!version) {
      snapshot = undefined;
      return undefined;
    }
    if (snapshot?.version === version) return snapshot;
    // New or changed documents: chunk them now, so the writer's searches and the guard read the same knowledge.
    await ensureKnowledgeIndexed(db, { embedder: options.embedder });
    const base = await readBase(db);
    snapshot = base ? snapshotOf(version, base) : undefined;
    return snapshot;
  }

  return {
    current: () => snapshot,
    refresh(db) {
      if (snapshot && now() - checkedAt < recheckMs) return Promise.resolve(snapshot);
      // Concurrent drafts share one check rather than each reading the whole customer list.
      pending ??= load(db).finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}
