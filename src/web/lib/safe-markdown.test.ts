import { describe, expect, it } from 'vitest';
import { type Block, isAppPath, type MarkdownLinks, parseMarkdown } from './safe-markdown.ts';

const links: MarkdownLinks = {
  record: (id) => (/^o-\d+$/.test(id) ? `/deals/${id}` : undefined),
  isCitation: (id) => id.startsWith('doc-'),
};

const inlineOf = (blocks: Block[], index = 0) => {
  const b = blocks[index]!;
  return b.kind === 'list' ? b.items[0]! : b.inline;
};

describe('the copilot Markdown subset', () => {
  it('reads a brief: headings, bullets, record ids linked to their page, others as code', () => {
    const { blocks } = parseMarkdown(
      '## Brief: Globex (o-101)\n\n### Who will be there\n\n- Hank Moss, VP Operations · `c-hank`\n- The deal · `o-101`',
      links,
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'list']);
    expect(blocks[0]).toMatchObject({ level: 3, inline: [{ kind: 'text', text: 'Brief: Globex (o-101)' }] });
    expect(blocks[1]).toMatchObject({ level: 4 });
    const list = blocks[2] as Extract<Block, { kind: 'list' }>;
    expect(list.ordered).toBe(false);
    expect(list.items).toEqual([
      [
        { kind: 'text', text: 'Hank Moss, VP Operations · ' },
        { kind: 'code', text: 'c-hank' },
      ],
      [
        { kind: 'text', text: 'The deal · ' },
        { kind: 'record', id: 'o-101', href: '/deals/o-101' },
      ],
    ]);
  });

  it('numbers citations by first appearance and leaves unknown brackets as text', () => {
    const { blocks, citations } = parseMarkdown(
      '- “10% off” [doc-pricing#1]\n- SSO [doc-security#1] and again [doc-pricing#1]\n- a [note] stays',
      links,
    );
    const list = blocks[0] as Extract<Block, { kind: 'list' }>;
    expect(list.items[0]).toContainEqual({ kind: 'cite', id: 'doc-pricing#1', n: 1 });
    expect(list.items[1]).toContainEqual({ kind: 'cite', id: 'doc-security#1', n: 2 });
    expect(list.items[1]).toContainEqual({ kind: 'cite', id: 'doc-pricing#1', n: 1 });
    expect(list.items[2]).toEqual([{ kind: 'text', text: 'a [note] stays' }]);
    expect(citations).toEqual(['doc-pricing#1', 'doc-security#1']);
  });

  it('keeps markup as literal text: nothing becomes HTML', () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(1)> **<b>bold</b>**';
    const { blocks } = parseMarkdown(hostile, links);
    expect(inlineOf(blocks)).toEqual([
      { kind: 'text', text: '<script>alert(1)</script> <img src=x onerror=alert(1)> ' },
      { kind: 'strong', children: [{ kind: 'text', text: '<b>bold</b>' }] },
    ]);
  });

  it('links only to the app’s own pages; other links keep their words and lose the target', () => {
    const { blocks } = parseMarkdown(
      '[the deal](/deals/o-101) [x](javascript:alert(1)) [y](https://evil.example) [z](//evil.example/p) [w](data:text/html,hi)',
      links,
    );
    const inline = inlineOf(blocks);
    expect(inline.filter((i) => i.kind === 'link')).toEqual([
      { kind: 'link', text: 'the deal', href: '/deals/o-101' },
    ]);
    expect(
      inline.map((i) => (i.kind === 'text' ? i.text : i.kind === 'link' ? `<${i.text}>` : '')).join(''),
    ).toBe('<the deal> x) y z w');
    expect(isAppPath('/deals/o-101?owner=u-dana')).toBe(true);
    expect(isAppPath('/\\evil.example')).toBe(false);
  });

  it('joins paragraph lines, separates lists by kind, and does not nest bold', () => {
    const { blocks } = parseMarkdown('one\ntwo\n\n1. first\n2. second\n- bullet\n\n**a **b** c**', links);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'list', 'paragraph']);
    expect(inlineOf(blocks, 0)).toEqual([{ kind: 'text', text: 'one two' }]);
    expect(blocks[1]).toMatchObject({ ordered: true, items: [[{ text: 'first' }], [{ text: 'second' }]] });
    expect(blocks[2]).toMatchObject({ ordered: false });
    expect(inlineOf(blocks, 3)[0]).toEqual({ kind: 'strong', children: [{ kind: 'text', text: 'a ' }] });
  });
});
