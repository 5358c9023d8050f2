/** MCP tool knowledge_search: passages of product knowledge with chunk ids, for citing in a draft. */
import { z } from 'zod';
import { KnowledgeChunk } from '../../../domain/knowledge/knowledge-chunk.ts';
import { documentKinds, entityId } from '../../../domain/workspace/workspace-schema.ts';
import { readableAccount } from '../../../services/crm/crm-access.ts';
import { searchKnowledge } from '../../../services/knowledge/search-knowledge.ts';
import { clip, indent, lines } from '../../render/render-text.ts';
import { defineTool, READ_ONLY } from '../../tool-definition.ts';

const Input = z.object({
  query: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .describe('What to look for, in plain words: "SSO on the Team plan", "price of Enterprise"'),
  accountId: entityId
    .optional()
    .describe(
      "The customer's account: its own documents (a contract) are searched too; without it only general ones",
    ),
  kinds: z
    .array(z.enum(documentKinds))
    .min(1)
    .optional()
    .describe(
      'Only these kinds of document; leave out battlecard and policy for anything a customer will read',
    ),
  limit: z.number().int().min(1).max(20).default(5).describe('At most this many passages (1-20, default 5)'),
});

const Output = z.object({
  hits: z.array(
    z.object({
      /** Cite this id: `<documentId>#<n>`. */
      chunk: KnowledgeChunk,
      score: z.number(),
    }),
  ),
  ranking: z.enum(['text', 'hybrid']),
  notice: z.string().optional(),
});

export const knowledgeSearch = defineTool({
  name: 'knowledge_search',
  title: 'Search product knowledge',
  description:
    "Search the product knowledge base (pricing, specs, security, FAQ, policies, battlecards, contracts) and get the best passages with their chunk ids. Cite a chunk id for every product, price or security statement in a draft: closeloop's guardrails block claims no passage supports. Superseded documents are never returned.",
  input: Input,
  output: Output,
  hints: READ_ONLY,
  run: async ({ db, actor, deps }, input) => {
    // An account's own documents are readable only by those who may read the account.
    if (input.accountId) await readableAccount(db, actor, input.accountId);
    const found = await searchKnowledge(db, input.query, {
      limit: input.limit,
      accountId: input.accountId,
      kinds: input.kinds,
      embedder: deps.embedder,
    });
    return {
      hits: found.hits.map((h) => ({ chunk: h.chunk, score: h.score })),
      ranking: found.ranking,
      ...(found.notice ? { notice: found.notice } : {}),
    };
  },
  render: ({ hits, notice }) =>
    lines(
      hits.length === 0 ? 'No passage matches.' : `${hits.length} passage(s); cite them by chunk id:`,
      ...hits.map((h) =>
        lines(
          `- [${h.chunk.id}] ${h.chunk.documentTitle}${h.chunk.headingPath.length ? ` › ${h.chunk.headingPath.join(' › ')}` : ''} (${h.chunk.kind})`,
          indent(clip(h.chunk.text, 1200)),
        ),
      ),
      notice && `Note: ${notice}`,
    ),
});
