import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noReplyCache } from '../../src/llm/llm-cache.ts';
import { tokenBudget } from '../../src/llm/token-budget.ts';
import { llmWriter } from '../../src/llm/writer/llm-writer.ts';
import type { Store } from '../../src/store/open-store.ts';
import { guardNorthwind } from './support/guard-check.ts';
import { aDraftReply, engine, fastPolicy, northwindDeal, northwindStore } from './support/llm-fixtures.ts';
import { mockModel } from './support/mock-model.ts';

describe('guardrails on drafts an LLM wrote (AI SDK mock model)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await northwindStore();
  });
  afterAll(() => store.close());

  const write = async (body: string) => {
    const model = mockModel([aDraftReply({ body })]);
    const writer = llmWriter({
      model: model.handle,
      policy: fastPolicy(),
      budget: tokenBudget(1_000_000),
      cache: noReplyCache,
      db: store.db,
    });
    const deal = northwindDeal('o-103');
    return writer.write(deal, await engine.assess(deal));
  };

  it('blocks a draft whose model invented a price', async () => {
    const draft = await write(
      'Hi Alice,\n\nYes, Enterprise includes SAML single sign-on with Okta, and it is only $49 per seat per month.\n\nBest,\nDana',
    );
    const outcome = guardNorthwind('o-103', draft);
    expect(outcome).toMatchObject({ status: 'checked', blocked: true });
    if (outcome.status !== 'checked') throw new Error('expected a checked draft');
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({ kind: 'price', severity: 'block', text: expect.stringContaining('$49') }),
    );
  });

  it('lets the same draft through with the documented price', async () => {
    const draft = await write(
      'Hi Alice,\n\nYes, Enterprise includes SAML single sign-on with Okta, at $65 per seat per month, billed annually.\n\nBest,\nDana',
    );
    expect(guardNorthwind('o-103', draft)).toMatchObject({ status: 'checked', blocked: false });
  });
});
