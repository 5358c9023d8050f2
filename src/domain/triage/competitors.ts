/** Competitor names as the battlecards give them, plus the short form people actually write ("Contoso BI" → "Contoso"). */
import type { KnowledgeDocument } from '../workspace/workspace-schema.ts';

const TITLE_FORMS = [
  /^\s*battle\s*card\s*[:\-–—|]\s*(.+)$/i,
  /^\s*(.+?)\s+battle\s*card\s*$/i,
  /^\s*(?:competitive|competitor|compete)(?:\s+(?:brief|guide|intel|notes))?\s*[:\-–—|]\s*(.+)$/i,
  /\b(?:vs\.?|versus)\s+(.+)$/i,
];
const GENERIC_SUFFIX =
  /\s+(?:bi|analytics|insights|intelligence|reporting|dashboards|metrics|inc\.?|ltd\.?|llc|gmbh|corp\.?|corporation|software|cloud|labs|systems|technologies|tech|ai|data|platform|io|hq|group|solutions|suite|app|apps|online|digital|works|studio)$/i;

function clean(name: string): string {
  return name
    .replace(/[#*_`]/g, '')
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .trim();
}

/** Names to look for in customer mail, longest first so "Contoso BI" wins over "Contoso". */
export function competitorNames(documents: readonly KnowledgeDocument[] | undefined): string[] {
  const names = new Set<string>();
  for (const doc of documents ?? []) {
    if (doc.kind !== 'battlecard') continue;
    let name: string | undefined;
    for (const form of TITLE_FORMS) {
      const m = form.exec(doc.title);
      if (m?.[1]) {
        name = clean(m[1]);
        break;
      }
    }
    if (!name) {
      const h1 = /^\s*#\s+(.+)$/m.exec(doc.body);
      name = clean(h1?.[1] ?? doc.title);
    }
    if (name.length < 2) continue;
    names.add(name);
    const short = name.replace(GENERIC_SUFFIX, '').trim();
    if (short.length >= 3 && short !== name) names.add(short);
  }
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
}
