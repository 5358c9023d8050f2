import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('adds a line’s record ids once, and not when the line already names them', () => {
    const md = renderMarkdown('Globex', [
      {
        heading: 'Deals',
        lines: [
          { text: 'Globex expansion, Proposal stage', refs: [{ type: 'opportunity', id: 'o-101' }] },
          { text: 'Waiting in your decision queue as p_42.', refs: [{ type: 'proposal', id: 'p_42' }] },
          { text: 'SSO with Okta is included [c-7].', refs: [{ type: 'chunk', id: 'c-7' }] },
        ],
      },
      { heading: 'Empty', lines: [] },
    ]);
    expect(md).toBe(
      [
        '## Globex',
        '### Deals',
        '- Globex expansion, Proposal stage · `o-101`\n- Waiting in your decision queue as p_42.\n- SSO with Okta is included [c-7].',
      ].join('\n\n'),
    );
  });
});
