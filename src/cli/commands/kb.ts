/** `closeloop kb add|search|list`: the product knowledge base drafts cite, kept in the store. */
import type { Command } from 'commander';
import { UserError } from '../../domain/errors.ts';
import { documentKinds, type KnowledgeDocument } from '../../domain/workspace/workspace-schema.ts';
import { embedderFromEnv } from '../../llm/llm-from-env.ts';
import { readKnowledgeFiles, saveKnowledge } from '../../services/knowledge/add-knowledge-files.ts';
import { HEADING_SEPARATOR } from '../../services/knowledge/chunk-rows.ts';
import { listKnowledge } from '../../services/knowledge/list-knowledge.ts';
import { type KnowledgeSearch, searchKnowledge } from '../../services/knowledge/search-knowledge.ts';
import { withStore } from '../with-store.ts';

type Kind = KnowledgeDocument['kind'];

function parseKind(value: string): Kind {
  if (!(documentKinds as readonly string[]).includes(value)) {
    throw new UserError('invalid_input', `--kind ${value}: expected one of ${documentKinds.join(', ')}`);
  }
  return value as Kind;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100)
    throw new UserError('invalid_input', `--limit ${value}: expected 1 to 100`);
  return n;
}

function parseInstant(value: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  if (Number.isNaN(Date.parse(iso)) || !/^\d{4}-\d{2}-\d{2}T/.test(iso)) {
    throw new UserError(
      'invalid_input',
      `--updated-at ${value}: expected a date (2026-01-05) or an ISO date-time`,
    );
  }
  return iso;
}

function snippet(text: string, width = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function printSearch(query: string, found: KnowledgeSearch): void {
  if (found.notice) console.error(`closeloop: ${found.notice}`);
  if (found.hits.length === 0) {
    console.log(`No current passage matches "${query}".`);
    return;
  }
  found.hits.forEach((hit, i) => {
    const c = hit.chunk;
    // A document's first heading usually repeats its title: shown once.
    const headings = c.headingPath[0] === c.documentTitle ? c.headingPath.slice(1) : c.headingPath;
    const where = [c.documentTitle, ...headings].join(HEADING_SEPARATOR);
    const by = [
      hit.textRank ? `text #${hit.textRank}` : '',
      hit.vectorRank ? `meaning #${hit.vectorRank}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    console.log(
      `${i + 1}. ${c.id}  ${where}  [${c.kind}${c.accountId ? `, account ${c.accountId}` : ''}] (${by})`,
    );
    console.log(`   ${snippet(c.text)}`);
  });
}

export function register(program: Command): void {
  const kb = program
    .command('kb')
    .description('the product knowledge base: add documents, search passages, list documents');

  kb.command('add')
    .description(
      'add Markdown, text or HTML files (or folders of them) to the knowledge base; re-adding a file updates it',
    )
    .argument('<paths...>', 'files or folders')
    .option(
      '--kind <kind>',
      `document kind (${documentKinds.join(', ')}); default: from front matter or the name`,
      parseKind,
    )
    .option('--account <id>', 'the account the documents belong to (a contract)')
    .option(
      '--updated-at <date>',
      'when the documents were last revised (decides which edition supersedes which)',
      parseInstant,
    )
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nFront matter (---\\ntitle: …\\nkind: pricing\\nupdated: 2026-01-05\\n---) or <meta name="updated"> sets the same.\nPDF is not read: save it as HTML or text first.\n\nExample:\n  $ closeloop kb add docs/knowledge\n  $ closeloop kb add pricing-2026.md --kind pricing --updated-at 2026-01-05',
    )
    .action(
      async (
        paths: string[],
        opts: { kind?: Kind; account?: string; updatedAt?: string; json?: boolean },
      ) => {
        const embedder = embedderFromEnv(process.env);
        // Every file is read and checked before the store opens: a bad file changes nothing.
        const read = await readKnowledgeFiles(paths, {
          kind: opts.kind,
          accountId: opts.account,
          updatedAt: opts.updatedAt,
        });
        const { outcome, documents } = await withStore(async (store) => {
          const outcome = await saveKnowledge(store.db, read, { embedder });
          return { outcome, documents: await listKnowledge(store.db) };
        });
        const byId = new Map(documents.map((d) => [d.id, d]));
        const added = outcome.added.map((a) => ({
          ...a,
          chunks: byId.get(a.id)?.chunks ?? 0,
          supersededBy: byId.get(a.id)?.supersededBy ?? null,
        }));
        const retired = documents.filter(
          (d) => d.supersededBy && outcome.added.some((a) => a.id === d.supersededBy),
        );
        if (opts.json) {
          return console.log(
            JSON.stringify({
              added,
              superseded: retired.map((d) => ({ id: d.id, by: d.supersededBy })),
              skipped: outcome.skipped,
              embedded: outcome.index.embedded,
            }),
          );
        }
        const chunks = added.reduce((n, a) => n + a.chunks, 0);
        console.log(`Added ${added.length} document${added.length === 1 ? '' : 's'} (${chunks} passages):`);
        for (const a of added) {
          const note = a.supersededBy ? `  (superseded by ${a.supersededBy})` : '';
          console.log(`  ${a.id}  ${a.kind}  "${a.title}"  ${a.chunks} passages  ← ${a.path}${note}`);
        }
        for (const d of retired)
          console.log(
            `  ${d.id} ("${d.title}") is superseded by ${d.supersededBy}: its passages are no longer shown or cited`,
          );
        for (const s of outcome.skipped) console.log(`  skipped ${s.path}: ${s.reason}`);
        if (outcome.index.embedded > 0)
          console.log(`  embedded ${outcome.index.embedded} passages with ${embedder?.id}`);
        if (outcome.index.embeddingError)
          console.error(`closeloop: embeddings unavailable: ${outcome.index.embeddingError}`);
      },
    );

  kb.command('search')
    .description(
      'rank current knowledge passages for a question (full text, fused with embeddings when configured)',
    )
    .argument('<query>', 'what to look for, in plain words')
    .option('--limit <n>', 'how many passages', parseLimit, 5)
    .option('--account <id>', "also search this account's own documents (a contract)")
    .option('--kind <kind>', 'only this kind of document', parseKind)
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  $ closeloop kb search "does Enterprise include SSO with Okta?"')
    .action(async (query: string, opts: { limit: number; account?: string; kind?: Kind; json?: boolean }) => {
      const embedder = embedderFromEnv(process.env);
      const found = await withStore((store) =>
        searchKnowledge(store.db, query, {
          limit: opts.limit,
          accountId: opts.account,
          kinds: opts.kind ? [opts.kind] : undefined,
          embedder,
        }),
      );
      if (!opts.json) return printSearch(query, found);
      console.log(
        JSON.stringify({
          query,
          ranking: found.ranking,
          ...(found.notice ? { notice: found.notice } : {}),
          hits: found.hits.map((h) => ({
            ...h.chunk,
            score: h.score,
            textRank: h.textRank ?? null,
            vectorRank: h.vectorRank ?? null,
          })),
        }),
      );
    });

  kb.command('list')
    .description('list the knowledge documents, their passages and which ones newer editions supersede')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const documents = await withStore((store) =>
        listKnowledge(store.db, { embedder: embedderFromEnv(process.env) }),
      );
      if (opts.json) return console.log(JSON.stringify(documents));
      if (documents.length === 0)
        return console.log('No knowledge documents yet (closeloop kb add <files> or closeloop import).');
      for (const d of documents) {
        const state = d.supersededBy ? `superseded by ${d.supersededBy}` : 'current';
        console.log(
          `${d.id}  ${d.kind}  "${d.title}"  ${d.chunks} passages  ${state}${d.source ? `  ← ${d.source}` : ''}`,
        );
      }
    });
}
