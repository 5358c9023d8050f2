/** Calls an MCP tool for the records a mapping names, in chunks or one id per call, and finds them in the result. */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ServerFault } from '../../domain/errors.ts';
import type { RecordSource } from './crm-mapping.ts';
import { readPath } from './field-paths.ts';

export type CallOptions = { concurrency: number; timeoutMs: number };

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the input order in the output. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

const textOf = (content: unknown): string =>
  Array.isArray(content)
    ? content
        .flatMap((c: { type?: string; text?: string }) =>
          c.type === 'text' && typeof c.text === 'string' ? [c.text] : [],
        )
        .join('\n')
    : '';

/** A tool's answer as JSON: its structured content, or else its text parsed as JSON (what most servers send). */
export async function callForJson(
  client: Client,
  tool: string,
  args: Record<string, unknown>,
  timeoutMs: number,
): Promise<unknown> {
  const result = await client.callTool({ name: tool, arguments: args }, undefined, { timeout: timeoutMs });
  if (result.isError) {
    throw new ServerFault(
      'mcp_tool_failed',
      `the MCP tool ${tool} failed: ${textOf(result.content).slice(0, 500) || 'no message'}`,
    );
  }
  if (result.structuredContent) return result.structuredContent;
  const text = textOf(result.content);
  try {
    return JSON.parse(text);
  } catch {
    throw new ServerFault(
      'mcp_bad_result',
      `the MCP tool ${tool} returned neither structured content nor JSON text`,
    );
  }
}

export async function callForRecords(
  client: Client,
  source: RecordSource,
  ids: readonly string[],
  options: CallOptions,
): Promise<unknown[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const calls = source.perId
    ? unique.map((id) => ({ ...source.arguments, [source.argument]: id }))
    : chunk(unique, source.maxIdsPerCall).map((part) => ({ ...source.arguments, [source.argument]: part }));
  const answers = await mapLimit(calls, options.concurrency, (args) =>
    callForJson(client, source.tool, args, options.timeoutMs),
  );
  return answers.flatMap((answer) => {
    const found = readPath(answer, source.records);
    if (found === undefined || found === null) return [];
    return Array.isArray(found) ? found : [found];
  });
}
