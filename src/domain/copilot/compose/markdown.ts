/** An answer as Markdown: a title, a section per heading, one bullet per line with its record ids. */
import type { AnswerSection } from '../copilot-schema.ts';

/** A line's records, written the way a rep can paste them back (`closeloop explain o-101`). */
function refsText(refs: AnswerSection['lines'][number]['refs'], text: string): string {
  // A line that already names its record (a citation's `[chunk id]`, "waiting … as p_123") does not repeat it.
  const ids = [...new Set(refs.map((r) => r.id))].filter((id) => !text.includes(id));
  return ids.length ? ` · ${ids.map((id) => `\`${id}\``).join(' ')}` : '';
}

export function renderMarkdown(title: string, sections: readonly AnswerSection[]): string {
  const parts = [`## ${title}`];
  for (const s of sections) {
    if (s.lines.length === 0) continue;
    parts.push(`### ${s.heading}`, s.lines.map((l) => `- ${l.text}${refsText(l.refs, l.text)}`).join('\n'));
  }
  return parts.join('\n\n');
}
