/**
 * The answer cache: research and product answers keyed by the normalised request (and, with an embeddings provider,
 * by meaning) plus the versions of the records and documents they rest on. A changed record is a miss, never a
 * stale answer: every hit re-reads the versions.
 */
import { createHash } from 'node:crypto';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  type CacheDependency,
  cacheKeyParts,
  SHARED_SCOPE,
  shareable,
} from '../../domain/copilot/cache-key.ts';
import { CopilotAnswer, type CopilotRoute } from '../../domain/copilot/copilot-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { copilotCache } from '../../store/schema/index.ts';
import { cosineSimilarity } from '../knowledge/chunk-embeddings.ts';
import type { Embedder } from '../knowledge/embedder.ts';
import { type VersionedDependency, versionsOf } from './record-versions.ts';

const StoredDependencies = z.array(
  z.object({ kind: z.enum(['account', 'knowledge']), id: z.string(), version: z.string() }),
);

// Paraphrase matching compares against recent entries only: enough for a working session, bounded work.
const SIMILAR_CANDIDATES = 500;

export type CacheProbe = {
  /** The asker's own key, and the everyone's key when the answer may be shared. */
  key: string;
  sharedKey?: string;
  /** The dependencies' versions now, read before the answer is composed, so a change meanwhile is not hidden. */
  versions: VersionedDependency[];
  embedding?: number[];
  hit?: { key: string; answer: CopilotAnswer; at: Date; similarity?: number };
  /** Why an entry for this request was not used. */
  stale?: string;
};

export type ProbeInput = {
  userId: string;
  route: CopilotRoute;
  asOf: string;
  text: string;
  normalized: string;
  dependencies: readonly CacheDependency[];
  embedder?: Embedder | undefined;
  similarity: number;
  /** Plan and product names, folded: a paraphrase must name the same ones ("Pro pricing" is not "Enterprise cost"). */
  productWords?: readonly string[];
};

export const cacheKey = (parts: readonly string[]): string =>
  createHash('sha256').update(parts.join('\u0000')).digest('base64url');

function changed(stored: unknown, now: readonly VersionedDependency[]): string | undefined {
  const parsed = StoredDependencies.safeParse(stored);
  if (!parsed.success) return 'the entry is in an older format';
  for (const d of parsed.data) {
    const current = now.find((n) => n.kind === d.kind && n.id === d.id);
    if (!current || current.version !== d.version)
      return d.kind === 'account'
        ? `${d.id} changed since it was cached`
        : 'the knowledge base changed since it was cached';
  }
  return undefined;
}

const namedIn = (normalized: string, words: readonly string[]): string =>
  words
    .filter((w) => new RegExp(`\\b${w}\\b`).test(normalized))
    .sort()
    .join('|');

export async function probeCache(db: Db, input: ProbeInput): Promise<CacheProbe> {
  const key = cacheKey(cacheKeyParts(input.userId, input.route, input.asOf, input.text));
  const sharedKey = shareable(input.route)
    ? cacheKey(cacheKeyParts(SHARED_SCOPE, input.route, input.asOf, input.text))
    : undefined;
  const base = {
    key,
    ...(sharedKey ? { sharedKey } : {}),
    versions: await versionsOf(db, input.dependencies),
  };
  const keys = sharedKey ? [sharedKey, key] : [key];
  const rows = await db.select().from(copilotCache).where(inArray(copilotCache.key, keys));
  let stale: string | undefined;
  for (const k of keys) {
    const row = rows.find((r) => r.key === k);
    if (!row) continue;
    stale = changed(row.dependencies, base.versions);
    const answer = CopilotAnswer.safeParse(row.answer);
    if (!stale && answer.success) return { ...base, hit: { key: k, answer: answer.data, at: row.createdAt } };
  }
  if (stale) return { ...base, stale };
  if (!input.embedder || input.route.intent !== 'product_question') return base;
  let embedding: number[] | undefined;
  try {
    [embedding] = await input.embedder.embed([input.normalized], 'query');
  } catch {
    return base;
  }
  if (!embedding) return base;
  const candidates = await db
    .select()
    .from(copilotCache)
    .where(
      and(
        inArray(copilotCache.userId, sharedKey ? [input.userId, SHARED_SCOPE] : [input.userId]),
        eq(copilotCache.intent, input.route.intent),
        eq(copilotCache.embeddingModel, input.embedder.id),
      ),
    )
    .orderBy(desc(copilotCache.createdAt))
    .limit(SIMILAR_CANDIDATES);
  const named = namedIn(input.normalized, input.productWords ?? []);
  let best: { row: (typeof candidates)[number]; similarity: number } | undefined;
  for (const row of candidates) {
    if (namedIn(row.normalized, input.productWords ?? []) !== named) continue;
    const similarity = cosineSimilarity(embedding, row.embedding ?? []);
    if (similarity >= input.similarity && (!best || similarity > best.similarity)) best = { row, similarity };
  }
  if (best && !changed(best.row.dependencies, base.versions)) {
    const answer = CopilotAnswer.safeParse(best.row.answer);
    // A paraphrase about another account's contract is another question.
    if (answer.success && answer.data.accountId === input.route.accountId)
      return {
        ...base,
        embedding,
        hit: { key: best.row.key, answer: answer.data, at: best.row.createdAt, similarity: best.similarity },
      };
  }
  return { ...base, embedding };
}

export async function recordHit(db: Db, key: string, at: Date): Promise<void> {
  await db
    .update(copilotCache)
    .set({ hits: sql`${copilotCache.hits} + 1`, lastHitAt: at })
    .where(eq(copilotCache.key, key));
}

export async function storeAnswer(
  db: Db,
  input: {
    probe: CacheProbe;
    userId: string;
    route: CopilotRoute;
    normalized: string;
    answer: CopilotAnswer;
    at: Date;
    embedder?: Embedder | undefined;
  },
): Promise<void> {
  // Only a found answer is shared: an "I don't know" sends the asker to their own manager.
  const shared = input.probe.sharedKey !== undefined && input.answer.status === 'answered';
  const values = {
    key: shared ? input.probe.sharedKey! : input.probe.key,
    userId: shared ? SHARED_SCOPE : input.userId,
    intent: input.route.intent,
    normalized: input.normalized,
    embedding: input.probe.embedding ?? null,
    embeddingModel: input.probe.embedding && input.embedder ? input.embedder.id : null,
    dependencies: input.probe.versions,
    answer: input.answer,
    hits: 0,
    createdAt: input.at,
    lastHitAt: null,
  };
  const { key: _, ...update } = values;
  await db.insert(copilotCache).values(values).onConflictDoUpdate({ target: copilotCache.key, set: update });
}
