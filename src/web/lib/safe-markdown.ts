/**
 * The copilot's Markdown as data the view renders with React elements, never as HTML: headings, lists, paragraphs,
 * bold, record ids (linked when the app has a page for them), citation markers, and links only to the app's own
 * pages. Anything else, markup included, stays literal text.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'code'; text: string }
  /** A record id the app has a page for: `o-101` → /deals/o-101. */
  | { kind: 'record'; id: string; href: string }
  | { kind: 'link'; text: string; href: string }
  /** A citation marker `[doc-pricing#1]`, numbered in order of first appearance. */
  | { kind: 'cite'; id: string; n: number };

export type Block =
  | { kind: 'heading'; level: 3 | 4; inline: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'paragraph'; inline: Inline[] };

export type MarkdownLinks = {
  /** The in-app page for a record id, if it has one. */
  record(id: string): string | undefined;
  /** Whether `[id]` is one of the answer's citations. */
  isCitation(id: string): boolean;
};

/** Only the app's own paths: no scheme (javascript:, data:, http:), no protocol-relative `//host`. */
export const isAppPath = (href: string): boolean => /^\/(?!\/)[^\s\\]*$/.test(href);

const INLINE = /\*\*(.+?)\*\*|`([^`\n]+)`|\[([^\]\n]+)\]\(([^)\s]*)\)|\[([^\][\n]+)\]/g;

function parseInline(text: string, links: MarkdownLinks, cites: Map<string, number>, bold = true): Inline[] {
  const out: Inline[] = [];
  const push = (piece: Inline) => {
    const last = out[out.length - 1];
    if (piece.kind === 'text' && last?.kind === 'text') last.text += piece.text;
    else if (piece.kind !== 'text' || piece.text) out.push(piece);
  };
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    push({ kind: 'text', text: text.slice(at, m.index) });
    at = m.index + m[0].length;
    const [whole, strong, code, linkText, href, bracket] = m;
    if (strong !== undefined) {
      if (bold) push({ kind: 'strong', children: parseInline(strong, links, cites, false) });
      else push({ kind: 'text', text: whole });
    } else if (code !== undefined) {
      const page = links.record(code);
      push(page ? { kind: 'record', id: code, href: page } : { kind: 'code', text: code });
    } else if (linkText !== undefined && href !== undefined) {
      push(isAppPath(href) ? { kind: 'link', text: linkText, href } : { kind: 'text', text: linkText });
    } else if (bracket !== undefined && links.isCitation(bracket)) {
      let n = cites.get(bracket);
      if (n === undefined) {
        n = cites.size + 1;
        cites.set(bracket, n);
      }
      push({ kind: 'cite', id: bracket, n });
    } else push({ kind: 'text', text: whole });
  }
  push({ kind: 'text', text: text.slice(at) });
  return out;
}

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** The blocks, and the citation ids in the order their numbers were given. */
export function parseMarkdown(
  markdown: string,
  links: MarkdownLinks,
): { blocks: Block[]; citations: string[] } {
  const cites = new Map<string, number>();
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length)
      blocks.push({ kind: 'paragraph', inline: parseInline(paragraph.join(' '), links, cites) });
    paragraph = [];
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (heading) {
      flush();
      // The panel sits under the page's own headings: the answer's title is a level-3 heading at most.
      blocks.push({
        kind: 'heading',
        level: heading[1]!.length <= 2 ? 3 : 4,
        inline: parseInline(heading[2]!, links, cites),
      });
    } else if (bullet || numbered) {
      flush();
      const ordered = Boolean(numbered);
      const item = parseInline((bullet ?? numbered)![1]!, links, cites);
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item);
      else blocks.push({ kind: 'list', ordered, items: [item] });
    } else if (line.trim() === '') flush();
    else paragraph.push(line.trim());
  }
  flush();
  return { blocks, citations: [...cites.keys()] };
}
