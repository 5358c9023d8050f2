/** The one tool that writes: it adds a proposal to the owner's queue and changes nothing else, whatever the team allows. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { McpConnection } from '../../src/mcp/client/connect-closeloop.ts';
import type { McpDeps } from '../../src/mcp/mcp-deps.ts';
import { decisionConfig } from '../../src/services/decisions/decision-config.ts';
import type { Store } from '../../src/store/open-store.ts';
import { opportunities, outbox, proposals } from '../../src/store/schema/index.ts';
import { callOk, connectAs, DANA, northwindStore, SAM } from './support/mcp-world.ts';

type Proposed = {
  proposalId: string;
  state: string;
  blocked: boolean;
  findings: Array<{ severity: string; reason: string }>;
  link: string;
};

const email = (to: string[]) => ({
  opportunityId: 'o-101',
  action: 'deliver_commitment',
  rationale: 'Hank is waiting for the three-year proposal promised for Feb 20.',
  payload: {
    kind: 'send_email',
    email: { to, subject: 'Re: Proposal', body: 'Hi Hank,\n\nThe revised proposal is attached.\n\nDana' },
  },
});

describe('copilot_propose_action', () => {
  let store: Store;
  let connection: McpConnection;
  const open = async (email_: string, deps: Partial<McpDeps> = {}) => {
    await connection?.close();
    connection = await connectAs(store, email_, deps);
    return connection.client;
  };
  beforeEach(async () => {
    await store?.close();
    store = await northwindStore();
  });
  afterAll(async () => {
    await connection?.close();
    await store.close();
  });

  it("puts a pending proposal in the deal owner's queue, sends nothing, and links to the proposal", async () => {
    const client = await open(DANA, { publicUrl: 'https://closeloop.example.com/' });
    const made = await callOk<Proposed>(client, 'copilot_propose_action', email(['hank@globex.com']));
    expect(made).toMatchObject({ state: 'pending', blocked: false });
    expect(made.link).toBe(`https://closeloop.example.com/proposals/${made.proposalId}`);
    const [row] = await store.db.select().from(proposals).where(eq(proposals.id, made.proposalId));
    expect(row).toMatchObject({
      ownerId: 'u-dana',
      opportunityId: 'o-101',
      kind: 'send_email',
      state: 'pending',
      writer: `mcp:${DANA}`,
    });
    expect(row?.requestId).toMatch(/^mcp_/);
    expect(await store.db.$count(outbox)).toBe(0);
  });

  it("lets a manager propose on a rep's deal, into the rep's queue", async () => {
    const client = await open(SAM);
    const made = await callOk<Proposed>(client, 'copilot_propose_action', email(['hank@globex.com']));
    const [row] = await store.db.select().from(proposals).where(eq(proposals.id, made.proposalId));
    expect(row?.ownerId).toBe('u-dana');
  });

  it('keeps a CRM change waiting for a person even where the team lets such changes skip the queue', async () => {
    const client = await open(DANA, {
      decisions: { config: { ...decisionConfig({}), autoApprove: ['next_step', 'log_activity'] } },
    });
    const made = await callOk<Proposed>(client, 'copilot_propose_action', {
      opportunityId: 'o-101',
      action: 'fix_crm',
      rationale: 'The next step date has passed.',
      payload: {
        kind: 'update_opportunity',
        update: {
          changes: [{ field: 'nextStep', from: 'Send revised proposal', to: 'Call Hank' }],
          reason: 'stale next step',
        },
      },
    });
    expect(made.state).toBe('pending');
    const [deal] = await store.db.select().from(opportunities).where(eq(opportunities.id, 'o-101'));
    expect(deal?.nextStep).toBe('Send revised proposal');
  });

  it('blocks a draft to someone who is not a contact of the account, saying why', async () => {
    const client = await open(DANA);
    const made = await callOk<Proposed>(client, 'copilot_propose_action', email(['ceo@competitor.com']));
    expect(made.blocked).toBe(true);
    expect(made.findings.map((f) => f.reason)).toContain(
      'ceo@competitor.com is not an active contact of Globex nor one of our own addresses',
    );
  });

  it("runs the app's guardrails on the draft when they are wired in", async () => {
    const client = await open(DANA, {
      guard: () => ({
        blocked: true,
        observations: [],
        findings: [{ kind: 'price', severity: 'block', text: '$55', reason: 'the price book says $65' }],
      }),
    });
    const made = await callOk<Proposed>(client, 'copilot_propose_action', email(['hank@globex.com']));
    expect(made.blocked).toBe(true);
    expect(made.findings).toContainEqual(
      expect.objectContaining({ severity: 'block', reason: 'the price book says $65' }),
    );
  });
});
