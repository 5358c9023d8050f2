/** Splits a Markdown document into heading-scoped passages of bounded size, keeping exact offsets. */
import type { KnowledgeDocument } from '../workspace/workspace-schema.ts';
import { chunkId, type KnowledgeChunk } from './knowledge-chunk.ts';
import { DEFAULT_KNOWLEDGE_CONFIG } from './knowledge-config.ts';

export type MarkdownSection = { headingPath: string[]; text: string; start: number; end: number };

type Line = { text: string; start: number; end: number };

const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;

function linesOf(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of body.split('\n')) {
    lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

/** Sections between headings, each with the path of headings above it; empty sections are dropped. */
export function markdownSections(body: string): MarkdownSection[] {
  const lines = linesOf(body);
  const sections: MarkdownSection[] = [];
  const path: { level: number; title: string }[] = [];
  let open: { from: number; to: number; headingPath: string[] } | undefined;

  const close = () => {
    if (!open) return;
    const slice = lines.slice(open.from, open.to);
    const first = slice.findIndex((l) => l.text.trim() !== '');
    const last = slice.findLastIndex((l) => l.text.trim() !== '');
    if (first >= 0) {
      const start = slice[first]!.start;
      const end = slice[last]!.end;
      sections.push({ headingPath: open.headingPath, text: body.slice(start, end), start, end });
    }
    open = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const heading = headingAt(lines, i);
    if (heading) {
      if (open) open.to = i;
      close();
      while (path.length > 0 && path[path.length - 1]!.level >= heading.level) path.pop();
      path.push(heading);
      open = { from: i + heading.lines, to: lines.length, headingPath: path.map((h) => h.title) };
      i += heading.lines - 1;
      continue;
    }
    if (!open) open = { from: i, to: lines.length, headingPath: [] };
  }
  close();
  return sections;
}

/** An ATX heading (`## Discounts`) or a setext one (a lone paragraph line underlined with = or -). */
function headingAt(lines: Line[], i: number): { level: number; title: string; lines: number } | undefined {
  const line = lines[i]!.text;
  const atx = ATX_HEADING.exec(line);
  if (atx) return { level: atx[1]!.length, title: atx[2]!.trim(), lines: 1 };
  const underline = lines[i + 1] ? SETEXT_UNDERLINE.exec(lines[i + 1]!.text) : null;
  const previous = lines[i - 1];
  const lonePlainLine =
    line.trim() !== '' &&
    !/^\s*([-*+>]|\d+[.)])\s/.test(line) &&
    !line.includes('|') &&
    (previous === undefined || previous.text.trim() === '');
  if (underline && lonePlainLine) {
    return { level: underline[1]!.startsWith('=') ? 1 : 2, title: line.trim(), lines: 2 };
  }
  return undefined;
}

/** Blocks are paragraphs or list items: the smallest pieces a passage is cut between. */
function blocksOf(section: MarkdownSection): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  const pattern = /[^\n]+(?:\n(?![ \t]*\n)(?![ \t]*(?:[-*+]|\d+[.)])[ \t])[^\n]+)*/g;
  for (const m of section.text.matchAll(pattern)) {
    if (m[0].trim() === '') continue;
    blocks.push({ start: section.start + m.index, end: section.start + m.index + m[0].length });
  }
  return blocks;
}

/**
 * Cuts a long block at sentence ends so no passage exceeds the limit unless one sentence does; a
 * table is cut between its rows, never inside one.
 */
function splitLongBlock(body: string, block: { start: number; end: number }, max: number) {
  const pieces: { start: number; end: number }[] = [];
  const table = /^[ \t]*\|/.test(body.slice(block.start, block.end));
  let from = block.start;
  while (block.end - from > max) {
    const window = body.slice(from, from + max);
    const cut = table
      ? window.lastIndexOf('\n')
      : Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    // A sentence keeps its full stop; a row ends before its line break.
    const to = cut > max / 3 ? from + cut + (table ? 0 : 1) : from + max;
    pieces.push({ start: from, end: to });
    from = to;
    while (from < block.end && /\s/.test(body[from]!)) from++;
  }
  if (from < block.end) pieces.push({ start: from, end: block.end });
  return pieces;
}

/** Passages of one section: consecutive blocks packed up to `maxChars`. */
export function sectionPassages(body: string, section: MarkdownSection, maxChars: number) {
  const passages: { start: number; end: number }[] = [];
  let current: { start: number; end: number } | undefined;
  for (const block of blocksOf(section).flatMap((b) => splitLongBlock(body, b, maxChars))) {
    if (current && block.end - current.start <= maxChars) current.end = block.end;
    else {
      if (current) passages.push(current);
      current = { ...block };
    }
  }
  if (current) passages.push(current);
  return passages;
}

/** The document's passages as chunks with stable ids (`doc-pricing#1`, `doc-pricing#2`, …). */
export function chunkDocument(
  document: KnowledgeDocument,
  maxChars = DEFAULT_KNOWLEDGE_CONFIG.maxChunkChars,
): KnowledgeChunk[] {
  const chunks: KnowledgeChunk[] = [];
  for (const section of markdownSections(document.body)) {
    for (const passage of sectionPassages(document.body, section, maxChars)) {
      chunks.push({
        id: chunkId(document.id, chunks.length + 1),
        documentId: document.id,
        documentTitle: document.title,
        kind: document.kind,
        headingPath: section.headingPath,
        text: document.body.slice(passage.start, passage.end),
        start: passage.start,
        end: passage.end,
        ...(document.updatedAt ? { updatedAt: document.updatedAt } : {}),
        ...(document.accountId ? { accountId: document.accountId } : {}),
      });
    }
  }
  return chunks;
}
