import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CopilotAnswer } from '../../src/domain/copilot/copilot-schema.ts';
import type { McpConnection } from '../../src/mcp/client/connect-closeloop.ts';
import { decisionConfig } from '../../src/services/decisions/decision-config.ts';
import type { Store } from '../../src/store/open-store.ts';
import { call, callOk, connectAs, DANA, northwindStore, textOf } from '../mcp/support/mcp-world.ts';

describe('the copilot_ask MCP tool', () => {
  let store: Store;
  let dana: McpConnection;
  beforeAll(async () => {
    store = await northwindStore();
    // Even a team that lets call logs skip the queue gets a pending proposal from MCP.
    dana = await connectAs(store, DANA, {
      decisions: { config: decisionConfig({ CLOSELOOP_AUTO_APPROVE: 'log_activity' }) },
    });
  });
  afterAll(async () => {
    await dana.close();
    await store.close();
  });

  it('answers a research request with the same answer as the CLI, as structured content and text', async () => {
    const result = await call(dana.client, 'copilot_ask', { request: "what's going on with Globex?" });
    expect(result.isError).toBeFalsy();
    const { answer } = result.structuredContent as { answer: CopilotAnswer };
    expect(answer).toMatchObject({ status: 'answered', intent: 'research_account', accountId: 'a-globex' });
    expect(textOf(result)).toContain('## Globex (Manufacturing)');
  });

  it('puts a call log in the queue as pending, whatever the team auto-approves', async () => {
    const { answer } = await callOk<{ answer: CopilotAnswer }>(dana.client, 'copilot_ask', {
      request: 'log call with Hank at Globex: he wants the 3-year numbers by Thursday',
    });
    expect(answer.proposal).toMatchObject({ kind: 'log_activity', state: 'pending' });
  });

  it('does not reach another rep’s account', async () => {
    const { answer } = await callOk<{ answer: CopilotAnswer }>(dana.client, 'copilot_ask', {
      request: 'research Hooli',
    });
    expect(answer.status).toBe('clarify');
  });
});
