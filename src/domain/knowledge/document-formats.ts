/** Turns the file formats `kb add` accepts (Markdown, plain text, HTML) into Markdown for the chunker. */

export const documentFormats = ['markdown', 'text', 'html'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** Picks the format from a file name; anything unknown is read as plain text. */
export function formatFromFileName(name: string): DocumentFormat {
  const lower = name.toLowerCase();
  if (/\.(md|markdown|mdx)$/.test(lower)) return 'markdown';
  if (/\.html?$/.test(lower)) return 'html';
  return 'text';
}

export function toMarkdown(content: string, format: DocumentFormat): string {
  const normalized = content.replace(/\r\n?/g, '\n');
  if (format === 'markdown') return normalized;
  if (format === 'html') return htmlToMarkdown(normalized);
  return plainTextToMarkdown(normalized);
}

/**
 * Plain text has no headings, but a short line in capitals or ending with a colon, alone above a
 * paragraph, is one in all but name; marking it keeps the heading path useful for citations.
 */
export function plainTextToMarkdown(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      const trimmed = line.trim();
      const before = lines[i - 1]?.trim() ?? '';
      const after = lines[i + 1]?.trim() ?? '';
      const looksLikeHeading =
        trimmed.length > 0 &&
        trimmed.length <= 60 &&
        before === '' &&
        after !== '' &&
        !/[.!?,;]$/.test(trimmed) &&
        (/^[^a-z]*[A-Z][^a-z]*$/.test(trimmed) || /:$/.test(trimmed));
      return looksLikeHeading ? `## ${trimmed.replace(/:$/, '')}` : line;
    })
    .join('\n');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Enough HTML to Markdown for knowledge pages: headings, paragraphs, list items, line breaks; the rest is text. */
export function htmlToMarkdown(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const markdown = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|noscript|template)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/<h([1-6])[^>]*>(.*?)<\/h\1>/gi, (_, level: string, text: string) => {
      return `\n\n${'#'.repeat(Number(level))} ${text.replace(/<[^>]+>/g, '').trim()}\n\n`;
    })
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|section|article|ul|ol|table|tr|blockquote|pre|h[1-6])>/gi, '\n\n')
    .replace(/<(p|div|section|article|ul|ol|table|tr|blockquote|pre)[^>]*>/gi, '\n\n')
    .replace(/<\/t[dh]>/gi, ' | ')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(markdown)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
