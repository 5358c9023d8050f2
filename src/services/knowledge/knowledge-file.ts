/** Reads one knowledge file's text into a workspace document: id from its path, title, kind and date from the file. */
import { type DocumentFormat, documentFormats, toMarkdown } from '../../domain/knowledge/document-formats.ts';
import {
  documentKinds,
  isoDate,
  isoDateTime,
  type KnowledgeDocument,
} from '../../domain/workspace/workspace-schema.ts';

type Kind = KnowledgeDocument['kind'];

export type KnowledgeFileOptions = {
  /** Overrides what the file says and what its name suggests. */
  kind?: Kind | undefined;
  accountId?: string | undefined;
  updatedAt?: string | undefined;
};

export type ParsedKnowledgeFile = { document: KnowledgeDocument; format: DocumentFormat };

// A title's or file name's words that say what kind of document it is; the first that matches wins.
const KIND_HINTS: readonly [Kind, RegExp][] = [
  ['battlecard', /\b(battle ?cards?|competitors?|competitive|vs\.?|versus)\b/],
  ['pricing', /\b(pricing|prices?|price ?list|price ?book|rate ?card|plans and pricing)\b/],
  ['security', /\b(security|soc ?2|iso ?27001|gdpr|privacy|compliance|trust|sso|encryption|dpa)\b/],
  ['contract', /\b(contract|msa|order ?form|agreement|sow)\b/],
  ['policy', /\b(polic(y|ies)|guidelines?|playbook|approval)\b/],
  ['faq', /\b(faqs?|questions|q ?& ?a)\b/],
];

/** A document kind from words in the title or file name; product knowledge without a hint is a spec. */
export function inferKind(...texts: string[]): Kind {
  const words = texts.join(' ').toLowerCase().replace(/[_-]+/g, ' ');
  return KIND_HINTS.find(([, pattern]) => pattern.test(words))?.[0] ?? 'spec';
}

/** `kb-` and the path's words: the same file added again updates the same document. */
export function documentIdFor(relativePath: string): string {
  const slug = relativePath
    .replace(/\.[a-z0-9]+$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `kb-${slug || 'document'}`;
}

type FrontMatter = { fields: Record<string, string>; body: string };

/** `---` key: value lines at the top of a Markdown or text file (the usual static-site front matter). */
export function splitFrontMatter(content: string): FrontMatter {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(content);
  if (!m) return { fields: {}, body: content };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return { fields, body: content.slice(m[0].length) };
}

/** `<meta name="updated" content="…">` and friends, and `<title>`, from an HTML page. */
function htmlFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<meta\s+[^>]*>/gi)) {
    const name = /\b(?:name|property)\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1]?.toLowerCase();
    const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(m[0])?.[1];
    if (name && content !== undefined) fields[name.replace(/^(article:|dc\.|og:)/, '')] = content;
  }
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim();
  if (title) fields.title ??= title;
  return fields;
}

/** A date the file states; a bare date means the start of that day in UTC. */
function parseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (isoDateTime.safeParse(value).success) return value;
  if (isoDate.safeParse(value).success) return `${value}T00:00:00Z`;
  return undefined;
}

function humanize(relativePath: string): string {
  const base = relativePath
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[a-z0-9]+$/i, '');
  const words = base.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function parseKnowledgeFile(
  relativePath: string,
  content: string,
  format: DocumentFormat,
  options: KnowledgeFileOptions = {},
): ParsedKnowledgeFile {
  if (!documentFormats.includes(format)) throw new Error(`unknown format ${format}`);
  const normalized = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { fields, body: raw } =
    format === 'html' ? { fields: htmlFields(normalized), body: normalized } : splitFrontMatter(normalized);
  const body = toMarkdown(raw, format).trim();
  // Plain text has no real headings (the ones toMarkdown marks are section names), so it takes no title from them.
  const heading = format === 'text' ? undefined : /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
  const title = fields.title || heading || humanize(relativePath);
  const statedKind = (documentKinds as readonly string[]).includes(fields.kind ?? '')
    ? (fields.kind as Kind)
    : undefined;
  const updatedAt =
    options.updatedAt ??
    parseDate(fields.updated ?? fields.updatedat ?? fields['last-modified'] ?? fields.date);
  const accountId = options.accountId ?? fields.account;
  return {
    format,
    document: {
      id: documentIdFor(relativePath),
      title,
      kind: options.kind ?? statedKind ?? inferKind(title, relativePath),
      body,
      ...(updatedAt ? { updatedAt } : {}),
      ...(accountId ? { accountId } : {}),
    },
  };
}
