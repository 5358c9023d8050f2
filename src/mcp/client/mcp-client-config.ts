/** Where the mission's gather step reads deal contexts through MCP, from the environment; docs/mcp.md lists each key. */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SYSTEM_ACTOR } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import type { Db } from '../../store/open-store.ts';
import type { McpDeps } from '../mcp-deps.ts';
import { closeloopContextSource } from './closeloop-context-source.ts';
import { connectInProcess, connectRemote, connectStdio, type McpConnection } from './connect-closeloop.ts';
import { CrmMapping } from './crm-mapping.ts';
import { type ClosableContextSource, mappedDealContextSource } from './mapped-context-source.ts';

const McpClientEnv = z.object({
  // Where the mission's gather step reads: through MCP (the default, so another CRM plugs in by configuration) or
  // straight from the tables (a little faster when nothing but closeloop's own store is behind it).
  CLOSELOOP_GATHER: z.enum(['mcp', 'store']).default('mcp'),
  // Another closeloop (or, with a mapping, another CRM's) MCP endpoint over Streamable HTTP. Unset: in-process.
  CLOSELOOP_MCP_CRM_URL: z.url().optional(),
  // The bearer token sent to CLOSELOOP_MCP_CRM_URL: an API token of a user who may read every deal to be judged.
  CLOSELOOP_MCP_CRM_TOKEN: z.string().min(1).optional(),
  // A CRM MCP server to start over stdio instead of a URL: the command and its arguments, split on spaces.
  CLOSELOOP_MCP_CRM_COMMAND: z.string().min(1).optional(),
  // A closeloop.mcp-mapping/v1 JSON file: how that server's tools and fields map onto closeloop's records.
  CLOSELOOP_MCP_CRM_MAPPING: z.string().min(1).optional(),
  // One call per mission batch (100 deals by default) with room to spare; the server accepts up to 1000.
  CLOSELOOP_MCP_MAX_IDS_PER_CALL: z.coerce.number().int().min(1).max(1000).default(500),
  // A batch answers in well under a second in-process; a remote CRM under load may take a while, not minutes.
  CLOSELOOP_MCP_CALL_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),
});

export type McpClientConfig = {
  gather: 'mcp' | 'store';
  url: string | undefined;
  token: string | undefined;
  command: string[] | undefined;
  mappingFile: string | undefined;
  maxIdsPerCall: number;
  callTimeoutMs: number;
};

export function mcpClientConfig(env: NodeJS.ProcessEnv = process.env): McpClientConfig {
  const parsed = McpClientEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError('invalid_input', `environment variable ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.CLOSELOOP_MCP_CRM_URL && e.CLOSELOOP_MCP_CRM_COMMAND) {
    throw new UserError('invalid_input', 'set CLOSELOOP_MCP_CRM_URL or CLOSELOOP_MCP_CRM_COMMAND, not both');
  }
  if (e.CLOSELOOP_MCP_CRM_MAPPING && !e.CLOSELOOP_MCP_CRM_URL && !e.CLOSELOOP_MCP_CRM_COMMAND) {
    throw new UserError(
      'invalid_input',
      'CLOSELOOP_MCP_CRM_MAPPING maps another server: set CLOSELOOP_MCP_CRM_URL or CLOSELOOP_MCP_CRM_COMMAND too',
    );
  }
  return {
    gather: e.CLOSELOOP_GATHER,
    url: e.CLOSELOOP_MCP_CRM_URL,
    token: e.CLOSELOOP_MCP_CRM_TOKEN,
    command: e.CLOSELOOP_MCP_CRM_COMMAND?.trim().split(/\s+/),
    mappingFile: e.CLOSELOOP_MCP_CRM_MAPPING,
    maxIdsPerCall: e.CLOSELOOP_MCP_MAX_IDS_PER_CALL,
    callTimeoutMs: e.CLOSELOOP_MCP_CALL_TIMEOUT_MS,
  };
}

/** Reads and checks a mapping file, naming the JSON path of the first bad field. */
export async function readCrmMapping(file: string): Promise<CrmMapping> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UserError(
      'invalid_file',
      `cannot read the MCP mapping ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = CrmMapping.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(
      'invalid_file',
      `${file}: ${issue.path.length ? `$.${issue.path.join('.')}` : '$'}: ${issue.message}`,
    );
  }
  return parsed.data;
}

/**
 * The mission's MCP-backed context source as configured: closeloop's own tools in this process by default (acting as
 * the system user, like the mission itself), a remote closeloop at a URL, or another CRM's server through a mapping.
 */
export async function mcpContextSource(
  db: Db,
  config: McpClientConfig,
  deps: McpDeps,
): Promise<ClosableContextSource> {
  const connect = (): Promise<McpConnection> =>
    config.url
      ? connectRemote(config.url, config.token)
      : config.command
        ? connectStdio(config.command)
        : connectInProcess({ db, actor: SYSTEM_ACTOR, deps });
  if (config.mappingFile) {
    const mapping = await readCrmMapping(config.mappingFile);
    return mappedDealContextSource({ mapping, connect, timeoutMs: config.callTimeoutMs });
  }
  return closeloopContextSource({
    connect,
    maxIdsPerCall: config.maxIdsPerCall,
    timeoutMs: config.callTimeoutMs,
    name: config.url ? 'mcp-remote' : 'mcp-in-process',
  });
}
