/** `closeloop kb add`: Markdown, text and HTML files (or folders of them) become documents, then chunks. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { UserError } from '../../domain/errors.ts';
import { type DocumentFormat, formatFromFileName } from '../../domain/knowledge/document-formats.ts';
import { KnowledgeDocument } from '../../domain/workspace/workspace-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { documentToRow } from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import type { Embedder } from './embedder.ts';
import { ensureKnowledgeIndexed, type IndexOutcome } from './ensure-knowledge-indexed.ts';
import { type KnowledgeFileOptions, parseKnowledgeFile } from './knowledge-file.ts';

const ACCEPTED = /\.(md|markdown|mdx|txt|text|html?)$/i;

export type AddedDocument = {
  id: string;
  title: string;
  kind: KnowledgeDocument['kind'];
  path: string;
  format: DocumentFormat;
};

export type AddOutcome = {
  added: AddedDocument[];
  /** Files in the given folders that are not knowledge formats, with why. */
  skipped: { path: string; reason: string }[];
  index: IndexOutcome;
};

type Found = { file: string; relative: string };

function unsupportedReason(file: string): string {
  return /\.pdf$/i.test(file)
    ? 'PDF is not read here (no PDF parser without native code runs on Node 20): save it as HTML or text first'
    : 'not Markdown, text or HTML';
}

async function collect(
  inputs: readonly string[],
): Promise<{ found: Found[]; skipped: AddOutcome['skipped'] }> {
  const found: Found[] = [];
  const skipped: AddOutcome['skipped'] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new UserError('not_found', `no such file or folder: ${input}`);
    if (info.isFile()) {
      if (!ACCEPTED.test(input)) throw new UserError('invalid_file', `${input}: ${unsupportedReason(input)}`);
      found.push({ file: input, relative: path.basename(input) });
      continue;
    }
    const entries = await readdir(input, { recursive: true, withFileTypes: true });
    for (const entry of entries.sort(
      (a, b) => a.parentPath.localeCompare(b.parentPath) || a.name.localeCompare(b.name),
    )) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const file = path.join(entry.parentPath, entry.name);
      if (ACCEPTED.test(entry.name)) found.push({ file, relative: path.relative(input, file) });
      else skipped.push({ path: file, reason: unsupportedReason(entry.name) });
    }
  }
  return { found, skipped };
}

export type ReadKnowledge = {
  documents: { document: KnowledgeDocument; format: DocumentFormat; file: string }[];
  skipped: AddOutcome['skipped'];
};

/** Reads and checks every file before anything is written: a bad file leaves the store untouched. */
export async function readKnowledgeFiles(
  inputs: readonly string[],
  options: KnowledgeFileOptions = {},
): Promise<ReadKnowledge> {
  const { found, skipped } = await collect(inputs);
  if (found.length === 0)
    throw new UserError('invalid_input', `no Markdown, text or HTML files in ${inputs.join(', ')}`);
  const documents = await Promise.all(
    found.map(async ({ file, relative }) => {
      const format = formatFromFileName(file);
      const { document } = parseKnowledgeFile(relative, await readFile(file, 'utf8'), format, options);
      const checked = KnowledgeDocument.safeParse(document);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw new UserError(
          'invalid_file',
          `${file}: ${issue.path.join('.') || 'document'}: ${issue.message}`,
        );
      }
      return { document: checked.data, format, file };
    }),
  );
  const ids = new Map<string, string>();
  for (const p of documents) {
    const other = ids.get(p.document.id);
    if (other)
      throw new UserError(
        'invalid_input',
        `${other} and ${p.file} would both become ${p.document.id}: rename one`,
      );
    ids.set(p.document.id, p.file);
  }
  return { documents, skipped };
}

/** Writes read documents (all or none), then brings the chunk index and embeddings up to date. */
export async function saveKnowledge(
  db: Db,
  read: ReadKnowledge,
  options: { embedder?: Embedder | undefined } = {},
): Promise<AddOutcome> {
  await db.transaction(async (tx) => {
    for (const { document, format, file } of read.documents) {
      const row = documentToRow(document);
      await tx
        .insert(t.documents)
        .values(row)
        .onConflictDoUpdate({ target: t.documents.id, set: { ...row, id: undefined } });
      await tx
        .insert(t.knowledgeSources)
        .values({ documentId: document.id, path: path.resolve(file), format })
        .onConflictDoUpdate({
          target: t.knowledgeSources.documentId,
          set: { path: path.resolve(file), format, addedAt: sql`now()` },
        });
    }
  });
  const index = await ensureKnowledgeIndexed(db, { embedder: options.embedder });
  return {
    added: read.documents.map((p) => ({
      id: p.document.id,
      title: p.document.title,
      kind: p.document.kind,
      path: p.file,
      format: p.format,
    })),
    skipped: read.skipped,
    index,
  };
}

export async function addKnowledgeFiles(
  db: Db,
  inputs: readonly string[],
  options: KnowledgeFileOptions & { embedder?: Embedder | undefined } = {},
): Promise<AddOutcome> {
  return saveKnowledge(db, await readKnowledgeFiles(inputs, options), options);
}
