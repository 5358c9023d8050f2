import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertItems } from '../../src/store/crm-writes.ts';
import * as t from '../../src/store/schema/index.ts';
import { conceptEmbedder } from '../knowledge/support/concept-embedder.ts';
import { ask, type Northwind, northwindCopilot, testDeps } from './support/copilot-world.ts';

describe('the answer cache', () => {
  let world: Northwind;
  beforeEach(async () => {
    world = await northwindCopilot();
  });
  afterEach(() => world.store.close());

  it('answers the same research question the second time from the cache, with no tool call', async () => {
    const first = await ask(world, world.dana, "what's going on with Globex?");
    const second = await ask(world, world.dana, "what's going on with Globex?");
    expect(first.answer.cached).toBe(false);
    expect(second.answer.cached).toBe(true);
    expect(second.answer.steps).toBe(0);
    expect(second.answer.markdown).toBe(first.answer.markdown);
    expect(second.answer.requestId).not.toBe(first.answer.requestId);
  });

  it('hits for a rephrasing that routes to the same account', async () => {
    await ask(world, world.dana, "what's going on with Globex?");
    const again = await ask(world, world.dana, 'catch me up on globx');
    expect(again.answer.cached).toBe(true);
  });

  it('misses once an inbound email lands on that account, and says why', async () => {
    await ask(world, world.dana, "what's going on with Globex?");
    await upsertItems(world.store.db, 'activities', [
      {
        id: 'act-new',
        type: 'email',
        accountId: 'a-globex',
        opportunityId: 'o-101',
        occurredAt: '2026-03-02T13:00:00Z',
        direction: 'inbound',
        from: 'hank@globex.com',
        to: ['dana@northwind.io'],
        subject: 'Re: Proposal',
        body: 'Dana, any news on the three-year numbers? Finance meets Thursday.\n\nHank',
        threadId: 't-o-101',
      },
    ]);
    const after = await ask(world, world.dana, "what's going on with Globex?");
    expect(after.answer.cached).toBe(false);
    expect(after.answer.markdown).toContain('any news on the three-year numbers');
    const reasons = after.events.flatMap((e) => (e.type === 'observation' ? [e.observation.title] : []));
    expect(reasons).toContain('Cache entry not used: a-globex changed since it was cached');
    // The fresh answer replaces the stale entry: the next ask hits again.
    expect((await ask(world, world.dana, "what's going on with Globex?")).answer.cached).toBe(true);
  });

  it('is not affected by a change on another account', async () => {
    await ask(world, world.dana, "what's going on with Globex?");
    await world.store.db
      .update(t.opportunities)
      .set({ nextStep: 'Call Bill' })
      .where(eq(t.opportunities.id, 'o-102'));
    expect((await ask(world, world.dana, "what's going on with Globex?")).answer.cached).toBe(true);
  });

  it('keeps one person’s cached answer from another, who may see different records', async () => {
    await ask(world, world.dana, "what's going on with Globex?");
    expect((await ask(world, world.sam, "what's going on with Globex?")).answer.cached).toBe(false);
  });

  it('shares a found product answer across the team, but not an "I don\'t know" that names the asker\'s manager', async () => {
    await ask(world, world.dana, 'does Enterprise support Okta?');
    expect((await ask(world, world.raj, 'does Enterprise support Okta?')).answer.cached).toBe(true);
    await ask(world, world.dana, 'do we support HIPAA?');
    expect((await ask(world, world.raj, 'do we support HIPAA?')).answer.cached).toBe(false);
    expect((await ask(world, world.dana, 'do we support HIPAA?')).answer.cached).toBe(true);
  });

  it('caches product answers until a document changes', async () => {
    await ask(world, world.dana, 'does Enterprise support Okta?');
    expect((await ask(world, world.dana, 'Does Enterprise support Okta')).answer.cached).toBe(true);
    await world.store.db
      .update(t.documents)
      .set({ body: '# Security\n\nEnterprise includes SAML single sign-on with Okta and Azure AD.' })
      .where(eq(t.documents.id, 'doc-security'));
    const after = await ask(world, world.dana, 'does Enterprise support Okta?');
    expect(after.answer.cached).toBe(false);
    expect(after.answer.markdown).toContain(
      'Enterprise includes SAML single sign-on with Okta and Azure AD.',
    );
  });

  it('with an embeddings provider, hits for a paraphrase of a product question about the same plan only', async () => {
    const deps = testDeps({}, { embedder: conceptEmbedder() });
    await ask(world, world.dana, 'what is the price of Pro?', deps);
    const paraphrase = await ask(world, world.dana, 'how much does pro cost per seat', deps);
    expect(paraphrase.answer.cached).toBe(true);
    const otherPlan = await ask(world, world.dana, 'how much does Enterprise cost per seat', deps);
    expect(otherPlan.answer.cached).toBe(false);
    expect(otherPlan.answer.markdown).toContain('$65');
  });

  it('never caches a log or a draft: they change something', async () => {
    await ask(world, world.dana, 'log call with Hank: he wants the 3-year numbers by Thursday');
    const again = await ask(world, world.dana, 'log call with Hank: he wants the 3-year numbers by Thursday');
    expect(again.answer.cached).toBe(false);
    expect(await world.store.db.select().from(t.copilotCache)).toHaveLength(0);
  });
});
