/** Imports a workspace file into the store: validated item by item, all-or-nothing, idempotent (upsert by id). */

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { UserError } from '../../domain/errors.ts';
import {
  requiredLists,
  WorkspaceHead,
  type WorkspaceListName,
  workspaceLists,
} from '../../domain/workspace/workspace-schema.ts';
import {
  findDanglingReferences,
  rebuildTeams,
  upsertItems,
  upsertWorkspaceHead,
} from '../../store/crm-writes.ts';
import type { Db, Store } from '../../store/open-store.ts';
import { type HeadKey, readWorkspaceEvents } from './workspace-stream.ts';

export type ImportSummary = {
  source: string;
  asOf: string;
  seller: string;
  counts: Record<WorkspaceListName, number>;
  ms: number;
};

export type ImportOptions = { sourceName: string; batchSize?: number; maxErrors?: number };

export async function importWorkspaceFile(store: Store, file: string, options: Partial<ImportOptions> = {}) {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UserError('not_found', `no workspace file at ${file}`);
  return importWorkspace(store, createReadStream(file, { highWaterMark: 256 * 1024 }), {
    sourceName: path.basename(file),
    ...options,
  });
}

export async function importWorkspace(
  store: Store,
  source: AsyncIterable<Uint8Array | string>,
  options: ImportOptions,
): Promise<ImportSummary> {
  const started = performance.now();
  const { sourceName, batchSize = 1000, maxErrors = 5 } = options;
  const problems: string[] = [];
  const head: Partial<Record<HeadKey, unknown>> = {};
  const counts = Object.fromEntries(Object.keys(workspaceLists).map((l) => [l, 0])) as Record<
    WorkspaceListName,
    number
  >;
  const seen = new Map<WorkspaceListName, Map<string, number>>();
  const buffers = new Map<WorkspaceListName, unknown[]>();

  const flush = async (db: Db, list: WorkspaceListName) => {
    const items = buffers.get(list);
    if (!items?.length) return;
    buffers.set(list, []);
    await upsertItems(db, list, items as never[]);
  };

  await store.db.transaction(async (tx) => {
    for await (const event of readWorkspaceEvents(source, sourceName)) {
      if (event.kind === 'head') {
        head[event.key] = event.value;
        if (event.key === 'format') checkHead({ format: event.value }, problems, ['format']);
      } else {
        const { list, index, value } = event;
        const where = `$.${list}[${index}]`;
        const parsed = workspaceLists[list].safeParse(value);
        if (!parsed.success) {
          problems.push(describe(where, parsed.error, idOf(value)));
        } else {
          const key = keyOf(list, parsed.data);
          const ids = seen.get(list) ?? seen.set(list, new Map()).get(list)!;
          const first = ids.get(key);
          if (first !== undefined)
            problems.push(`${where}: duplicate ${list} id "${key}" (first at $.${list}[${first}])`);
          else ids.set(key, index);
          counts[list]++;
          if (problems.length === 0) {
            const buffer = buffers.get(list) ?? buffers.set(list, []).get(list)!;
            buffer.push(parsed.data);
            if (buffer.length >= batchSize) await flush(tx, list);
          }
        }
      }
      if (problems.length >= maxErrors) break;
    }
    if (problems.length < maxErrors) {
      checkHead(head, problems, ['format', 'asOf', 'seller', 'pipeline']);
      for (const list of requiredLists)
        if (!seen.has(list)) problems.push(`$.${list}: required (an array, possibly empty)`);
    }
    if (problems.length > 0) throw invalid(sourceName, problems);

    // Items arrive in file order; writing every buffered list before the checks makes order irrelevant.
    for (const list of buffers.keys()) await flush(tx, list);
    const dangling = await findDanglingReferences(tx, maxErrors);
    if (dangling.length > 0) {
      throw invalid(
        sourceName,
        dangling.map(
          (d) =>
            `${d.list} "${d.id}": ${d.field} "${d.ref}" is not a known ${d.target} (neither in this file nor in the store)`,
        ),
      );
    }
    const parsedHead = WorkspaceHead.parse(head);
    await upsertWorkspaceHead(tx, parsedHead);
    await rebuildTeams(tx);
  });
  // Neither engine gathers planner statistics on its own soon enough (PGlite never does): without them every per-rep
  // and per-deal read after a big import scans whole tables.
  await store.db.execute(sql`ANALYZE`);

  const parsedHead = WorkspaceHead.parse(head);
  return {
    source: sourceName,
    asOf: parsedHead.asOf,
    seller: parsedHead.seller.name,
    counts,
    ms: Math.round(performance.now() - started),
  };
}

function checkHead(head: Partial<Record<HeadKey, unknown>>, problems: string[], keys: HeadKey[]) {
  const result = WorkspaceHead.pick(
    Object.fromEntries(keys.map((k) => [k, true])) as Record<HeadKey, true>,
  ).safeParse(head);
  if (!result.success && !problems.some((p) => p.startsWith('$.format')))
    problems.push(describe('$', result.error));
}

function keyOf(list: WorkspaceListName, item: unknown): string {
  const o = item as Record<string, string>;
  if (list === 'usage') return `${o.accountId}/${o.metric}/${o.period}`;
  if (list === 'products') return o.sku!;
  return o.id!;
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** `$.activities[21] (id "act-22").occurredAt: expected an ISO 8601 date-time…`: where, then what. */
function describe(where: string, error: z.ZodError, id?: string): string {
  const issue = error.issues[0]!;
  const tail = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const label = id ? `${where} (id "${id}")` : where;
  const full = where === '$' ? `$${tail}` : `${label}${tail}`;
  return `${full}: ${issue.message}`;
}

function invalid(sourceName: string, problems: string[]): UserError {
  const lines = problems.map((p) => `  ${p}`).join('\n');
  return new UserError(
    'invalid_file',
    `${sourceName} was not imported (nothing was written):\n${lines}`,
    problems,
  );
}
