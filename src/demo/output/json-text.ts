/**
 * The demo files' text layout, shared by the streaming writer and the in-memory serializer so both give the same
 * bytes: the workspace head on one line, then each list with one entity per line.
 */
import type { LabelsFile } from '../../domain/labels/labels-schema.ts';
import { LABELS_FORMAT } from '../../domain/labels/labels-schema.ts';
import type { Workspace, WorkspaceHead } from '../../domain/workspace/workspace-schema.ts';

/** Where text goes: a string in memory or a buffered file. */
export interface TextSink {
  write(text: string): void;
}

/** The lists of a workspace file, in the order FORMAT.md gives them. */
export const LIST_ORDER = [
  'users',
  'accounts',
  'contacts',
  'opportunities',
  'activities',
  'usage',
  'products',
  'documents',
] as const;
export type ListName = (typeof LIST_ORDER)[number];

/** Writes the items of one JSON array, one per line, and remembers whether a comma is due. */
export class ListBody {
  private count = 0;
  constructor(private readonly sink: TextSink) {}

  add(item: unknown): void {
    this.sink.write(`${this.count === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`);
    this.count += 1;
  }

  get size(): number {
    return this.count;
  }
}

/** `{"format":…,"pipeline":{…}` without the closing brace: the lists follow. */
export function headText(head: WorkspaceHead): string {
  return JSON.stringify(head).slice(0, -1);
}
export const listOpen = (name: ListName): string => `,\n"${name}":[`;
export const LIST_CLOSE = '\n]';
export const WORKSPACE_CLOSE = '}\n';
export const LABELS_OPEN = `{"format":"${LABELS_FORMAT}","labels":[`;
export const LABELS_CLOSE = '\n]}\n';

class StringSink implements TextSink {
  readonly parts: string[] = [];
  write(text: string): void {
    this.parts.push(text);
  }
}

/** The workspace file's text for a world held in memory. */
export function workspaceText(workspace: Workspace): string {
  const sink = new StringSink();
  const { users, accounts, contacts, opportunities, activities, usage, products, documents, ...head } =
    workspace;
  const lists: Record<ListName, readonly unknown[]> = {
    users,
    accounts,
    contacts,
    opportunities,
    activities,
    usage: usage ?? [],
    products: products ?? [],
    documents: documents ?? [],
  };
  sink.write(headText(head));
  for (const name of LIST_ORDER) {
    sink.write(listOpen(name));
    const body = new ListBody(sink);
    for (const item of lists[name]) body.add(item);
    sink.write(LIST_CLOSE);
  }
  sink.write(WORKSPACE_CLOSE);
  return sink.parts.join('');
}

export function labelsText(labels: LabelsFile): string {
  const sink = new StringSink();
  sink.write(LABELS_OPEN);
  const body = new ListBody(sink);
  for (const label of labels.labels) body.add(label);
  sink.write(LABELS_CLOSE);
  return sink.parts.join('');
}
