import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { llmFromEnv } from '../../src/llm/llm-from-env.ts';
import type { Store } from '../../src/store/open-store.ts';
import { llmCache } from '../../src/store/schema/index.ts';
import { guardNorthwind } from './support/guard-check.ts';
import { aDraftReply, engine, northwindDeal, northwindStore } from './support/llm-fixtures.ts';
import { type Loopback, startLoopback } from './support/loopback-server.ts';
import { chatCompletion } from './support/provider-replies.ts';

type ChatRequest = { messages: { role: string; content: string }[] };

describe('the LLM writer configured from the environment, against a loopback OpenAI server', () => {
  let server: Loopback;
  let store: Store;
  let reply = aDraftReply();
  beforeAll(async () => {
    server = await startLoopback(() => ({ json: chatCompletion(JSON.stringify(reply)) }));
    store = await northwindStore();
  });
  afterEach(async () => {
    server.requests.length = 0;
    reply = aDraftReply();
    await store.db.delete(llmCache);
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  const llm = () => {
    const configured = llmFromEnv(
      {
        CLOSELOOP_LLM: 'openai:gpt-test',
        CLOSELOOP_LLM_BASE_URL: `${server.url}/v1`,
        CLOSELOOP_LLM_API_KEY: 'sk-test',
      },
      { db: store.db },
    );
    if (!configured) throw new Error('expected a configured model');
    return configured;
  };
  const prompt = () => (server.requests.at(-1)!.body as ChatRequest).messages[1]!.content;

  it('is not configured without CLOSELOOP_LLM', () => {
    expect(llmFromEnv({ OPENAI_API_KEY: 'sk-test' }, { db: store.db })).toBeUndefined();
  });

  it('drafts a reply on the thread that cites the knowledge passages it was given, and the guardrails pass it', async () => {
    const deal = northwindDeal('o-103');
    const draft = await llm().writer.write(deal, await engine.assess(deal));
    expect(draft).toMatchObject({ action: 'answer_customer', writer: 'llm:openai:gpt-test' });
    expect(draft!.payload).toMatchObject({
      kind: 'send_email',
      email: { to: ['alice@umbrellahealth.com'], threadId: 't-o-103', inReplyToActivityId: 'act-6' },
    });
    if (draft!.payload.kind !== 'send_email') throw new Error('expected an email');
    expect(draft!.payload.email.citations[0]).toEqual({
      ref: { type: 'chunk', id: 'doc-security#1' },
      claim: 'Enterprise includes SSO with Okta',
      quote: 'Enterprise includes SAML single sign-on (Okta, Azure AD and Google Workspace are supported)',
    });
    expect(prompt()).toMatch(/<knowledge id="doc-security#1" document="Security overview"/);
    expect(prompt()).toMatch(/<product id="product:NW-ENT" name="Northwind Enterprise" list_price="65"/);
    expect(prompt()).not.toContain('doc-battlecard');
    expect(guardNorthwind('o-103', draft)).toMatchObject({ status: 'checked', blocked: false });
  });

  it('drops a quote that is not in the cited source, keeping the claim', async () => {
    reply = aDraftReply({
      citations: [{ source: 'doc-security#1', claim: 'SSO with Okta', quote: 'Okta SSO is free forever' }],
    });
    const deal = northwindDeal('o-103');
    const draft = await llm().writer.write(deal, await engine.assess(deal));
    if (draft?.payload.kind !== 'send_email') throw new Error('expected an email');
    expect(draft.payload.email.citations).toEqual([
      { ref: { type: 'chunk', id: 'doc-security#1' }, claim: 'SSO with Okta' },
    ]);
  });

  describe('cache', () => {
    it('costs one model call for the same deal twice, and calls again when its evidence changes', async () => {
      const deal = northwindDeal('o-103');
      const assessment = await engine.assess(deal);
      const first = await llm().writer.write(deal, assessment);
      const second = await llm().writer.write(deal, assessment);
      expect(server.requests).toHaveLength(1);
      expect(second).toEqual(first);

      const followUp = {
        id: 'act-new',
        type: 'email' as const,
        accountId: deal.account.id,
        opportunityId: deal.opportunity.id,
        occurredAt: '2026-03-02T09:00:00Z',
        direction: 'inbound' as const,
        from: 'alice@umbrellahealth.com',
        to: ['dana@northwind.io'],
        subject: 'Re: Demo recap',
        body: 'Also: is there a SOC 2 report we can read?',
        threadId: 't-o-103',
      };
      const changed = { ...deal, activities: [...deal.activities, followUp] };
      await llm().writer.write(changed, await engine.assess(changed));
      expect(server.requests).toHaveLength(2);
    });

    it('does the same for the reasoner', async () => {
      const base = engine;
      reply = aDraftReply();
      const review = {
        decision: 'confirm',
        verdict: 'act_now',
        actions: ['answer_customer'],
        resumeOn: null,
        why: 'Alice is waiting on two security answers.',
        reasons: [{ claim: 'Alice asked two questions on Feb 25.', evidence: ['act-6'] }],
      };
      const local = await startLoopback(() => ({ json: chatCompletion(JSON.stringify(review)) }));
      try {
        const env = {
          CLOSELOOP_LLM: 'openai:gpt-test',
          CLOSELOOP_LLM_BASE_URL: `${local.url}/v1`,
          CLOSELOOP_LLM_API_KEY: 'sk-test',
        };
        const deal = northwindDeal('o-103');
        const first = await llmFromEnv(env, { db: store.db })!.reasoner(base).assess(deal);
        const again = await llmFromEnv(env, { db: store.db })!.reasoner(base).assess(deal);
        expect(local.requests).toHaveLength(1);
        expect(again).toEqual(first);
        await llmFromEnv({ ...env, CLOSELOOP_LLM: 'openai:gpt-other' }, { db: store.db })!
          .reasoner(base)
          .assess(deal);
        expect(local.requests).toHaveLength(2);
      } finally {
        await local.close();
      }
    });
  });
});
