import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionConfig } from '../../src/services/decisions/decision-config.ts';
import * as t from '../../src/store/schema/index.ts';
import { ask, type Northwind, northwindCopilot, testDeps } from './support/copilot-world.ts';

describe('drafting an email on request', () => {
  let world: Northwind;
  beforeAll(async () => {
    world = await northwindCopilot();
  });
  afterAll(() => world.store.close());

  it('puts a guarded draft to the named person in the queue, and sends nothing', async () => {
    const { answer } = await ask(world, world.dana, 'draft a follow-up to Hank');
    expect(answer.status).toBe('proposed');
    const [row] = await world.store.db
      .select()
      .from(t.proposals)
      .where(eq(t.proposals.id, answer.proposal!.id));
    expect(row).toMatchObject({
      kind: 'send_email',
      state: 'pending',
      opportunityId: 'o-101',
      blocked: false,
    });
    expect(row?.recipients).toEqual(['hank@globex.com']);
    expect(row?.guard).toMatchObject({ blocked: false });
    expect(await world.store.db.select().from(t.outbox)).toHaveLength(0);
  });

  it('never auto-approves an email, whatever the team allows', async () => {
    const deps = testDeps(
      {},
      { decisions: { config: decisionConfig({ CLOSELOOP_AUTO_APPROVE: 'log_activity,next_step' }) } },
    );
    const { answer } = await ask(world, world.dana, 'write Alice a reply about SSO and EU hosting', deps);
    expect(answer.proposal).toMatchObject({ kind: 'send_email', state: 'pending' });
    expect(answer.citations.some((c) => c.ref.id.startsWith('doc-security'))).toBe(true);
  });
});

describe('what a rep may ask about', () => {
  let world: Northwind;
  beforeAll(async () => {
    world = await northwindCopilot();
  });
  afterAll(() => world.store.close());

  it('does not match another rep’s account, and the answer does not reveal it exists', async () => {
    const { answer } = await ask(world, world.dana, "what's going on with Hooli?");
    expect(answer.status).toBe('clarify');
    expect(answer.markdown).not.toMatch(/Gavin|o-104|Pilot|Raj/);
    expect(answer.clarification?.candidates.map((c) => c.id)).not.toContain('a-hooli');
  });

  it('lets a manager research a deal on their team', async () => {
    const { answer } = await ask(world, world.sam, "what's going on with Hooli?");
    expect(answer).toMatchObject({ status: 'answered', accountId: 'a-hooli' });
    expect(answer.markdown).toContain('Hooli - Pilot (o-104)');
  });

  it('asks which one when a name fits two of the rep’s records', async () => {
    const { answer } = await ask(world, world.sam, 'prep me for the call with the COO');
    expect(answer.status).toBe('clarify');
    expect(answer.clarification?.candidates.map((c) => c.id).sort()).toEqual(['c-art', 'c-nina']);
    expect(answer.title).toBe(
      'Which COO do you mean: Art Vandelay (Vandelay Industries) or Nina Sharp (Massive Dynamic)?',
    );
  });

  it('answers "I don\'t know" and who to ask when the knowledge base is silent', async () => {
    const { answer } = await ask(world, world.dana, 'do we support HIPAA?');
    expect(answer.status).toBe('unknown');
    expect(answer.markdown).toMatch(/I don't know/);
    expect(answer.markdown).toMatch(/Ask Sam Lee \(sam@northwind\.io\)/);
    expect(answer.citations).toEqual([]);
  });

  it('answers a product question only with a sentence of the knowledge base, cited', async () => {
    const { answer } = await ask(world, world.dana, 'does Enterprise support Okta?');
    expect(answer.status).toBe('answered');
    expect(answer.citations).toEqual([
      {
        ref: { type: 'chunk', id: 'doc-security#1' },
        quote:
          'Enterprise includes SAML single sign-on (Okta, Azure AD and Google Workspace are supported), SCIM provisioning and an audit log.',
        claim: 'does Enterprise support Okta?',
      },
    ]);
  });
});
