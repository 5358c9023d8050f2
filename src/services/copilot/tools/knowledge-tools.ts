/** Knowledge reads: passages to cite (as knowledge_search over MCP) with the price book, and who to ask otherwise. */
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { documentKinds, entityId } from '../../../domain/workspace/workspace-schema.ts';
import { productFromRow } from '../../../store/rows/crm-rows.ts';
import * as t from '../../../store/schema/index.ts';
import { readableAccount } from '../../crm/crm-access.ts';
import { searchKnowledge } from '../../knowledge/search-knowledge.ts';
import { defineCopilotTool, plural } from './tool-kit.ts';

const KnowledgeInput = z.object({
  query: z.string().trim().min(1).max(500),
  accountId: entityId.optional(),
  kinds: z.array(z.enum(documentKinds)).min(1).optional(),
  limit: z.number().int().min(1).max(20).default(5),
});

export const knowledgeSearchTool = defineCopilotTool({
  name: 'knowledge_search',
  input: KnowledgeInput,
  async run({ db, actor, deps }, input) {
    // An account's own documents (its contract) are readable only by those who may read the account.
    if (input.accountId) await readableAccount(db, actor, input.accountId);
    const [found, products] = await Promise.all([
      searchKnowledge(db, input.query, {
        limit: input.limit,
        accountId: input.accountId,
        kinds: input.kinds,
        embedder: deps.embedder,
      }),
      db.select().from(t.products).orderBy(asc(t.products.sku)).limit(200),
    ]);
    const chunks = found.hits.map((h) => h.chunk);
    return {
      absorb: (e) => {
        const known = new Set((e.knowledge ?? []).map((c) => c.id));
        return {
          ...e,
          knowledge: [...(e.knowledge ?? []), ...chunks.filter((c) => !known.has(c.id))],
          products: products.map(productFromRow),
        };
      },
      summary: `${plural(chunks.length, 'passage')}${chunks.length ? `: ${chunks.map((c) => c.id).join(', ')}` : ''} (${found.ranking} ranking)${found.notice ? `; ${found.notice}` : ''}`,
      refs: chunks.map((c) => ({ type: 'chunk' as const, id: c.id })),
    };
  },
});

/** Who knows what the documents do not: the rep's manager, else an admin. */
export const teamWhoToAskTool = defineCopilotTool({
  name: 'team_who_to_ask',
  input: z.object({}),
  async run({ db, actor }) {
    const [me] = await db.select().from(t.users).where(eq(t.users.id, actor.userId));
    const [manager] = me?.managerId
      ? await db.select().from(t.users).where(eq(t.users.id, me.managerId))
      : [];
    const [admin] = manager
      ? []
      : await db
          .select()
          .from(t.users)
          .where(inArray(t.users.role, ['admin']))
          .limit(1);
    const expert = manager ?? admin;
    return {
      absorb: (e) => (expert ? { ...e, expert: { name: expert.name, email: expert.email } } : e),
      summary: expert ? `${expert.name} (${expert.role})` : 'nobody on record',
      refs: [],
    };
  },
});
