/** Writes the store back out as a valid workspace file, streaming list by list. */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { UserError } from '../../domain/errors.ts';
import {
  WORKSPACE_FORMAT,
  type WorkspaceListName,
  workspaceLists,
} from '../../domain/workspace/workspace-schema.ts';
import { pageItems, readWorkspaceHead } from '../../store/crm-reads.ts';
import type { Store } from '../../store/open-store.ts';

export async function exportWorkspace(
  store: Store,
  out: Writable,
): Promise<Record<WorkspaceListName, number>> {
  const head = await readWorkspaceHead(store.db);
  if (!head)
    throw new UserError(
      'not_found',
      'the store holds no workspace yet: run `closeloop import <file>` or `closeloop demo --load`',
    );
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const counts = {} as Record<WorkspaceListName, number>;
  await write(`{\n"format": ${JSON.stringify(WORKSPACE_FORMAT)},\n"asOf": ${JSON.stringify(head.asOf)},\n`);
  await write(`"seller": ${JSON.stringify(head.seller)},\n`);
  if (head.pipeline) await write(`"pipeline": ${JSON.stringify(head.pipeline)},\n`);
  const lists = Object.keys(workspaceLists) as WorkspaceListName[];
  for (const [i, list] of lists.entries()) {
    counts[list] = 0;
    await write(`${JSON.stringify(list)}: [`);
    for await (const page of pageItems(store.db, list)) {
      const text = page.map((item) => JSON.stringify(item)).join(',\n');
      await write(`${counts[list] > 0 ? ',\n' : '\n'}${text}`);
      counts[list] += page.length;
    }
    await write(i === lists.length - 1 ? '\n]\n}\n' : '\n],\n');
  }
  return counts;
}

export async function exportWorkspaceFile(store: Store, file: string) {
  const out = createWriteStream(file);
  try {
    const counts = await exportWorkspace(store, out);
    out.end();
    await once(out, 'finish');
    return counts;
  } catch (error) {
    out.destroy();
    throw error;
  }
}
