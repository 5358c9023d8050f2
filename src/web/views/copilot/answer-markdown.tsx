/** An answer's Markdown as React elements: every string is escaped by React, and only the safe subset is structure. */
import type { MouseEvent, ReactNode } from 'react';
import type { CopilotAnswer } from '../../api/api-types.ts';
import { navigate, parseRoute } from '../../lib/router.ts';
import { type Inline, type MarkdownLinks, parseMarkdown } from '../../lib/safe-markdown.ts';

/** An in-app link followed by the app's router; the real href stays for new tabs. */
const inApp = (href: string) => (event: MouseEvent) => {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  const url = new URL(href, location.origin);
  navigate(parseRoute(url.pathname, url.search));
};

/** Deals have a page; a proposal has a link that opens it on its deal. Other records (contacts, activities) show as their id. */
export function answerLinks(answer: CopilotAnswer): MarkdownLinks {
  const types = new Map<string, string>();
  for (const section of answer.sections)
    for (const line of section.lines) for (const ref of line.refs) types.set(ref.id, ref.type);
  if (answer.opportunityId) types.set(answer.opportunityId, 'opportunity');
  if (answer.proposal) types.set(answer.proposal.id, 'proposal');
  const cited = new Set(answer.citations.map((c) => c.ref.id));
  const deal = (id: string) => `/deals/${encodeURIComponent(id)}`;
  return {
    record: (id) => {
      const type = types.get(id);
      if (type === 'opportunity') return deal(id);
      if (type === 'proposal') return `/proposals/${encodeURIComponent(id)}`;
      return undefined;
    },
    isCitation: (id) => cited.has(id),
  };
}

export const citeAnchor = (requestId: string, n: number) => `cite-${requestId}-${n}`;

function InlineView({ items, requestId }: { items: Inline[]; requestId: string }): ReactNode {
  return items.map((item, i) => {
    const key = `${item.kind}-${i}`;
    switch (item.kind) {
      case 'text':
        return <span key={key}>{item.text}</span>;
      case 'strong':
        return (
          <strong key={key}>
            <InlineView items={item.children} requestId={requestId} />
          </strong>
        );
      case 'code':
        return <code key={key}>{item.text}</code>;
      case 'record':
        return (
          <a key={key} href={item.href} onClick={inApp(item.href)}>
            <code>{item.id}</code>
          </a>
        );
      case 'link':
        return (
          <a key={key} href={item.href} onClick={inApp(item.href)}>
            {item.text}
          </a>
        );
      case 'cite':
        return (
          <sup key={key}>
            <a href={`#${citeAnchor(requestId, item.n)}`} aria-label={`source ${item.n}: ${item.id}`}>
              [{item.n}]
            </a>
          </sup>
        );
      default:
        return null;
    }
  });
}

export function AnswerMarkdown({ answer }: { answer: CopilotAnswer }) {
  const { blocks, citations } = parseMarkdown(answer.markdown, answerLinks(answer));
  const { requestId } = answer;
  return (
    <div className="copilot-markdown">
      {blocks.map((block, i) => {
        const key = `${block.kind}-${i}`;
        if (block.kind === 'heading') {
          const Heading = block.level === 3 ? 'h3' : 'h4';
          return (
            <Heading key={key}>
              <InlineView items={block.inline} requestId={requestId} />
            </Heading>
          );
        }
        if (block.kind === 'list') {
          const List = block.ordered ? 'ol' : 'ul';
          return (
            <List key={key}>
              {block.items.map((item, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the items of one answer never reorder
                <li key={j}>
                  <InlineView items={item} requestId={requestId} />
                </li>
              ))}
            </List>
          );
        }
        return (
          <p key={key}>
            <InlineView items={block.inline} requestId={requestId} />
          </p>
        );
      })}
      {citations.length > 0 && (
        <>
          <h4>Sources</h4>
          <ol className="copilot-sources">
            {citations.map((id, i) => {
              const quotes = [
                ...new Set(answer.citations.filter((c) => c.ref.id === id && c.quote).map((c) => c.quote)),
              ];
              return (
                <li key={id} id={citeAnchor(requestId, i + 1)}>
                  <code>{id}</code>
                  {quotes.map((q) => (
                    <q key={q}>{q}</q>
                  ))}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
