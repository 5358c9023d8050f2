/** A store holding the example workspace, and MCP clients on it acting as one of its people. */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import ajvModule from 'ajv';
import ajvFormatsModule from 'ajv-formats';
import { expect } from 'vitest';
import { SYSTEM_ACTOR } from '../../../src/domain/access/actor.ts';
import { connectInProcess, type McpConnection } from '../../../src/mcp/client/connect-closeloop.ts';
import { type McpDeps, mcpDeps } from '../../../src/mcp/mcp-deps.ts';
import { actorByEmail } from '../../../src/services/access/resolve-actor.ts';
import { importWorkspaceFile } from '../../../src/services/workspace/import-workspace.ts';
import type { Store } from '../../../src/store/open-store.ts';
import { northwindWorkspace } from '../../support/paths.ts';
import { openTestStore } from '../../support/test-store.ts';

// Both packages are CommonJS with `exports.default`; under NodeNext the default import is the module object.
const Ajv = ajvModule.default;
const addFormats = ajvFormatsModule.default;

/** The example world's people: two reps under one manager. */
export const DANA = 'dana@northwind.io';
export const RAJ = 'raj@northwind.io';
export const SAM = 'sam@northwind.io';

export async function northwindStore(): Promise<Store> {
  const store = await openTestStore();
  await importWorkspaceFile(store, northwindWorkspace);
  return store;
}

export async function connectAs(
  store: Store,
  email: string | 'system',
  deps: Partial<McpDeps> = {},
): Promise<McpConnection> {
  const actor = email === 'system' ? SYSTEM_ACTOR : await actorByEmail(store.db, email);
  return connectInProcess({ db: store.db, actor, deps: mcpDeps(deps) });
}

export const textOf = (result: CallToolResult): string =>
  result.content.flatMap((c) => (c.type === 'text' ? [c.text] : [])).join('\n');

export async function call(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** Calls a tool that must succeed and returns its structured content. */
export async function callOk<T = Record<string, unknown>>(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<T> {
  const result = await call(client, name, args);
  expect(result.isError, textOf(result)).toBeFalsy();
  return result.structuredContent as T;
}

/** A tool error's text, failing when the call succeeded. */
export async function callError(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<string> {
  const result = await call(client, name, args);
  expect(result.isError, `${name} should have failed`).toBe(true);
  return textOf(result);
}

/**
 * Checks structured content against the JSON Schema the server declared in tools/list, with a validator of our own
 * (not the SDK's), so a schema the server advertises but does not keep is caught.
 */
export function outputValidator(tools: readonly Tool[]): (name: string, output: unknown) => void {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validators = new Map(
    tools.map((t) => [t.name, t.outputSchema ? ajv.compile(t.outputSchema) : undefined]),
  );
  return (name, output) => {
    const validate = validators.get(name);
    expect(validate, `${name} declares an output schema`).toBeDefined();
    const ok = validate!(output);
    expect(ok, `${name} output: ${ajv.errorsText(validate!.errors)}`).toBe(true);
  };
}

/** One valid call of every tool against the example world, as Dana (she owns o-101 at Globex). */
export const EVERY_TOOL_CALL: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  ['crm_search_accounts', { query: 'glob' }],
  ['crm_get_account', { accountId: 'a-globex' }],
  ['crm_list_open_opportunities', {}],
  ['crm_get_opportunity', { opportunityId: 'o-101' }],
  ['crm_get_activities', { opportunityId: 'o-101', includeRaw: true }],
  ['crm_get_deal_contexts', { opportunityIds: ['o-101', 'o-102'] }],
  ['mail_get_thread', { threadId: 't-o-101', includeRaw: true }],
  ['usage_get_series', { accountId: 'a-tyrell' }],
  ['knowledge_search', { query: 'Enterprise price per seat' }],
  ['copilot_triage_pipeline', {}],
  ['copilot_explain_deal', { opportunityId: 'o-101' }],
  [
    'copilot_propose_action',
    {
      opportunityId: 'o-101',
      action: 'deliver_commitment',
      rationale: 'Hank is waiting for the three-year proposal promised for Feb 20.',
      payload: {
        kind: 'send_email',
        email: {
          to: ['hank@globex.com'],
          subject: 'Re: Proposal',
          body: 'Hi Hank,\n\nSorry for the delay: the revised proposal with three-year pricing is attached.\n\nDana',
          threadId: 't-o-101',
        },
      },
    },
  ],
  ['copilot_ask', { request: "what's going on with Globex?" }],
];
