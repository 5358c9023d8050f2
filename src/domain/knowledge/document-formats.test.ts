import { describe, expect, it } from 'vitest';
import { formatFromFileName, htmlToMarkdown, plainTextToMarkdown, toMarkdown } from './document-formats.ts';
import { markdownSections } from './markdown-chunker.ts';

describe('document formats', () => {
  it('turns HTML headings, paragraphs and list items into Markdown', () => {
    const html =
      '<html><head><title>x</title><style>p{}</style></head><body><h1>Security</h1><p>SSO with <b>Okta</b> &amp; Azure AD.</p><ul><li>SCIM</li><li>Audit log</li></ul></body></html>';
    const md = htmlToMarkdown(html);
    expect(md).toBe('# Security\n\nSSO with Okta & Azure AD.\n\n- SCIM\n- Audit log');
    expect(markdownSections(md)[0]!.headingPath).toEqual(['Security']);
  });

  it('marks a short capitalised line above a paragraph in plain text as a heading', () => {
    const md = plainTextToMarkdown('PRICING\nPro is $40 per seat.\n\nDiscounts:\nUp to 15%.');
    expect(markdownSections(md).map((s) => s.headingPath)).toEqual([['PRICING'], ['Discounts']]);
  });

  it('does not turn an ordinary sentence into a heading', () => {
    expect(plainTextToMarkdown('We host in Frankfurt.\nAnd in Virginia.')).not.toContain('#');
  });

  it('picks the format from the file name', () => {
    expect(formatFromFileName('a.MD')).toBe('markdown');
    expect(formatFromFileName('a.html')).toBe('html');
    expect(formatFromFileName('a.txt')).toBe('text');
    expect(toMarkdown('a\r\nb', 'markdown')).toBe('a\nb');
  });
});
