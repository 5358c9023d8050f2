/** A DealContextSource over another CRM's MCP server: a handful of batched tool calls per batch, mapped by a CrmMapping. */
import type { z } from 'zod';
import { UserError } from '../../domain/errors.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import {
  Account,
  Activity,
  Contact,
  Opportunity,
  UsagePoint,
  User,
} from '../../domain/workspace/workspace-schema.ts';
import type { DealContextSource } from '../../services/missions/mission-ports.ts';
import type { WorldHead } from '../../store/deal-contexts.ts';
import { logger } from '../../telemetry/logger.ts';
import { assembleContexts } from './assemble-contexts.ts';
import { type CallOptions, callForRecords } from './call-for-records.ts';
import type { McpConnection } from './connect-closeloop.ts';
import type { CrmMapping, RecordSource } from './crm-mapping.ts';
import { mapFields } from './field-paths.ts';
import { lazyConnection } from './lazy-connection.ts';

export type ClosableContextSource = DealContextSource & { close(): Promise<void> };

type Entity = keyof Omit<CrmMapping, 'format' | 'concurrency'>;

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` : 'invalid';
}

/**
 * Deals and accounts must map cleanly (a mission cannot judge a deal without them): a bad one stops the batch with the
 * mapping field to fix. A malformed contact, activity or usage point is left out and logged, as one bad row in a
 * large CRM should not stop everyone's morning.
 */
function parseAll<T>(
  entity: Entity,
  schema: z.ZodType<T>,
  raws: readonly unknown[],
  source: RecordSource,
  strict: boolean,
): T[] {
  const out: T[] = [];
  let dropped = 0;
  let example = '';
  for (const raw of raws) {
    const parsed = schema.safeParse(mapFields(raw, source.fields));
    if (parsed.success) out.push(parsed.data);
    else if (strict) {
      throw new UserError(
        'invalid_input',
        `the MCP mapping's ${entity} (tool ${source.tool}) gave an invalid record: ${firstIssue(parsed.error)}`,
      );
    } else {
      dropped += 1;
      example ||= firstIssue(parsed.error);
    }
  }
  if (dropped > 0)
    logger.warn({ entity, tool: source.tool, dropped, example }, 'MCP mapping: records left out');
  return out;
}

export function mappedDealContextSource(options: {
  mapping: CrmMapping;
  connect: () => Promise<McpConnection>;
  timeoutMs: number;
  name?: string;
}): ClosableContextSource {
  const { mapping } = options;
  const call: CallOptions = { concurrency: mapping.concurrency, timeoutMs: options.timeoutMs };
  const connection = lazyConnection(options.connect);

  return {
    name: options.name ?? 'mcp-mapped',
    async load(_db, head: WorldHead, opportunityIds, asOf): Promise<DealContext[]> {
      if (opportunityIds.length === 0) return [];
      const { client: c } = await connection.get();
      const read = async <T>(
        entity: Entity,
        schema: z.ZodType<T>,
        ids: readonly string[],
        strict = false,
      ): Promise<T[]> => {
        const source = mapping[entity];
        if (!source) return [];
        return parseAll(entity, schema, await callForRecords(c, source, ids, call), source, strict);
      };
      const asked = new Set(opportunityIds);
      const deals = (await read('opportunities', Opportunity, opportunityIds, true)).filter((d) =>
        asked.has(d.id),
      );
      const accountIds = [...new Set(deals.map((d) => d.accountId))];
      const [accounts, contacts, activities, openOpportunities, usage] = await Promise.all([
        read('accounts', Account, accountIds, true),
        read('contacts', Contact, accountIds),
        read('activities', Activity, accountIds),
        read('openOpportunities', Opportunity, accountIds),
        read('usage', UsagePoint, accountIds),
      ]);
      const userIds = [...new Set([...deals.map((d) => d.ownerId), ...accounts.map((a) => a.ownerId)])];
      const users = await read('users', User, userIds);
      return assembleContexts(head, asOf, opportunityIds, {
        deals,
        accounts,
        contacts,
        activities,
        openOpportunities,
        usage,
        users,
      });
    },
    close: () => connection.close(),
  };
}
