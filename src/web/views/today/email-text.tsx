/**
 * Customer text shown as text. React escapes every string, so markup in an email (a <script>, an <img onerror>)
 * is displayed, never parsed; quoted evidence is wrapped in <mark> around plain strings.
 */
import { highlightPieces } from '../../lib/highlight.ts';

export function EmailText({
  text,
  spans,
}: {
  text: string;
  spans: ReadonlyArray<{ start: number; end: number }>;
}) {
  return (
    <div className="email-text">
      {highlightPieces(text, spans).map((p) =>
        p.mark ? <mark key={p.key}>{p.text}</mark> : <span key={p.key}>{p.text}</span>,
      )}
    </div>
  );
}
