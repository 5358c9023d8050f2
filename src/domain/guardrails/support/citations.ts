/** Builders for the citations findings carry, so every check labels its sources the same way. */
import type { KnowledgeChunk } from '../../knowledge/knowledge-chunk.ts';
import type { GuardCitation } from '../guard-schema.ts';

export function chunkCitation(chunk: KnowledgeChunk, quote?: string): GuardCitation {
  return {
    source: 'chunk',
    id: chunk.id,
    label: `${chunk.id} (${chunk.documentTitle})`,
    ...(quote ? { quote: quote.trim() } : {}),
  };
}

export function recordCitation(
  source: GuardCitation['source'],
  id: string,
  label: string,
  extra: { field?: string; quote?: string } = {},
): GuardCitation {
  return { source, id, label, ...extra };
}
