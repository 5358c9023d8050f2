/** Reads a workspace file as a stream of head fields and list items, never holding the whole document. */
import { JSONParser } from '@streamparser/json';
import { UserError } from '../../domain/errors.ts';
import { type WorkspaceListName, workspaceLists } from '../../domain/workspace/workspace-schema.ts';

export const headKeys = ['format', 'asOf', 'seller', 'pipeline'] as const;
export type HeadKey = (typeof headKeys)[number];

export type WorkspaceEvent =
  | { kind: 'head'; key: HeadKey; value: unknown }
  | { kind: 'item'; list: WorkspaceListName; index: number; value: unknown };

const listNames = Object.keys(workspaceLists) as WorkspaceListName[];

export async function* readWorkspaceEvents(
  source: AsyncIterable<Uint8Array | string>,
  sourceName: string,
): AsyncGenerator<WorkspaceEvent> {
  const parser = new JSONParser({
    paths: [...headKeys.map((k) => `$.${k}`), ...listNames.map((l) => `$.${l}.*`)],
    keepStack: false,
  });
  let pending: WorkspaceEvent[] = [];
  let shapeError: UserError | undefined;
  parser.onValue = ({ value, key, stack }) => {
    const list = stack[1]?.key;
    if (stack.length === 1) {
      pending.push({ kind: 'head', key: key as HeadKey, value });
    } else if (typeof list === 'string' && typeof key === 'number') {
      pending.push({ kind: 'item', list: list as WorkspaceListName, index: key, value });
    } else if (typeof list === 'string') {
      shapeError ??= new UserError('invalid_file', `${sourceName}: $.${list}: expected an array`);
    }
  };
  try {
    for await (const chunk of source) {
      parser.write(chunk);
      if (shapeError) throw shapeError;
      yield* pending;
      pending = [];
    }
    if (!parser.isEnded) parser.end();
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('invalid_file', `${sourceName}: not valid JSON (${(error as Error).message})`);
  }
  yield* pending;
}
