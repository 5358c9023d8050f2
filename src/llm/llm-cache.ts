/** Cached model replies: keyed by purpose, model, prompt version and the evidence fingerprint; re-validated on read. */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../store/open-store.ts';
import { llmCache } from '../store/schema/llm.ts';
import type { TokenUsage } from './structured-call.ts';

export type CacheKeyParts = { purpose: string; model: string; promptVersion: string; fingerprint: string };

export type ReplyCache = {
  get<T>(parts: CacheKeyParts, schema: z.ZodType<T>): Promise<T | undefined>;
  put(parts: CacheKeyParts, reply: unknown, usage: TokenUsage): Promise<void>;
};

/** The fingerprint of what a model is shown: the rendered prompt is the deal's evidence as the model sees it. */
export function evidenceFingerprint(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\u0000');
  return hash.digest('base64url');
}

const keyOf = (p: CacheKeyParts) => evidenceFingerprint(p.purpose, p.model, p.promptVersion, p.fingerprint);

export function storeReplyCache(db: Db): ReplyCache {
  return {
    async get(parts, schema) {
      const key = keyOf(parts);
      const [row] = await db.select({ reply: llmCache.reply }).from(llmCache).where(eq(llmCache.key, key));
      if (!row) return undefined;
      // JSON from the database is parsed like any other input: a reply stored under an older schema is a miss.
      const parsed = schema.safeParse(row.reply);
      if (!parsed.success) return undefined;
      await db
        .update(llmCache)
        .set({ hits: sql`${llmCache.hits} + 1` })
        .where(eq(llmCache.key, key));
      return parsed.data;
    },
    async put(parts, reply, usage) {
      const values = {
        key: keyOf(parts),
        purpose: parts.purpose,
        model: parts.model,
        promptVersion: parts.promptVersion,
        reply,
        inputTokens: usage.inputTokens,
        outputTokens: usage.outputTokens,
      };
      await db
        .insert(llmCache)
        .values(values)
        .onConflictDoUpdate({
          target: llmCache.key,
          set: { reply, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens },
        });
    },
  };
}

/** No cache: every call goes to the model (for callers without a store). */
export const noReplyCache: ReplyCache = { get: async () => undefined, put: async () => {} };
