/** Splits a text into plain and highlighted pieces, so quoted evidence is marked inside an email without any HTML. */

export type Piece = { text: string; mark: boolean; key: string };

/** Spans may overlap or arrive in any order; out-of-range offsets are clipped, never trusted. */
export function highlightPieces(text: string, spans: ReadonlyArray<{ start: number; end: number }>): Piece[] {
  const ranges = spans
    .map((s) => ({
      start: Math.max(0, Math.min(s.start, text.length)),
      end: Math.max(0, Math.min(s.end, text.length)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const pieces: Piece[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) pieces.push({ text: text.slice(at, r.start), mark: false, key: `p${at}` });
    pieces.push({ text: text.slice(r.start, r.end), mark: true, key: `m${r.start}` });
    at = r.end;
  }
  if (at < text.length || pieces.length === 0)
    pieces.push({ text: text.slice(at), mark: false, key: `p${at}` });
  return pieces;
}
