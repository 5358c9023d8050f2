/**
 * A product question answered only from the knowledge base and the price book, quoting the sentence that says it
 * with its chunk id; when nothing says it, "I don't know" and who to ask, never a plausible guess.
 */
import type { Citation } from '../../proposals/proposal-schema.ts';
import type { Product } from '../../workspace/workspace-schema.ts';
import type { AnswerLine, ComposedAnswer } from '../copilot-schema.ts';
import type { Evidence } from '../evidence.ts';
import { fold } from '../text/fold-text.ts';
import { line, refTo } from './format.ts';
import {
  answers,
  type KnowledgeSentence,
  mentionsProduct,
  type Question,
  readQuestion,
  sentencesOf,
} from './knowledge-sentences.ts';

// Three sentences answer a question; more is a document dump.
const MAX_SENTENCES = 3;

/** Plan names as a rep says them: "Northwind Enterprise" is "enterprise" (the word all products share is the brand). */
export function planNames(products: readonly Product[]): Map<string, Product[]> {
  const words = products.map((p) => fold(p.name).split(/\s+/));
  const brand = words.length > 1 ? words[0]!.filter((w) => words.every((ws) => ws.includes(w))) : [];
  const names = new Map<string, Product[]>();
  products.forEach((p, i) => {
    const name = words[i]!.filter((w) => !brand.includes(w)).join(' ');
    if (name) names.set(name, [...(names.get(name) ?? []), p]);
  });
  return names;
}

function question(text: string, evidence: Evidence): Question {
  return readQuestion(text, [...planNames(evidence.products ?? []).keys()]);
}

/** The sentences of the retrieved passages that answer the question, best first (the asked plan named in them). */
export function supportingPassages(text: string, evidence: Evidence): KnowledgeSentence[] {
  const q = question(text, evidence);
  const plans = [...planNames(evidence.products ?? []).keys()];
  // A battlecard is our notes on a competitor: it answers only a question that names that competitor.
  const readable = (evidence.knowledge ?? []).filter(
    (c) => c.kind !== 'battlecard' || q.terms.some((t) => fold(c.documentTitle).includes(t)),
  );
  const all = readable.flatMap(sentencesOf).filter((s) => answers(s.text, q));
  const asked = (s: KnowledgeSentence) => q.products.some((p) => mentionsProduct(s.text, p));
  // Asked about Pro, a sentence about Enterprise alone is not an answer; one naming no plan may be (a general term).
  const relevant = q.products.length
    ? all.filter((s) => asked(s) || !plans.some((p) => mentionsProduct(s.text, p)))
    : all;
  const fallback = relevant.length ? relevant : all;
  return fallback.sort((a, b) => Number(asked(b)) - Number(asked(a))).slice(0, MAX_SENTENCES);
}

/** Whether the knowledge base (or the price book, for a price) can answer at all: else the answer is "ask someone". */
export function canAnswerProductQuestion(text: string, evidence: Evidence): boolean {
  return (
    supportingPassages(text, evidence).length > 0 ||
    priceBookLines(question(text, evidence), evidence).length > 0
  );
}

function priceBookLines(q: Question, evidence: Evidence): Array<{ line: AnswerLine; product: Product }> {
  if (!q.concepts.some((c) => c.key === 'price')) return [];
  const plans = planNames(evidence.products ?? []);
  const asked = q.products.length ? q.products : [...plans.keys()];
  return asked.flatMap((name) =>
    (plans.get(name) ?? []).map((p) => ({
      product: p,
      line: line(
        `${p.name}: ${p.listPrice} ${p.currency} per ${p.unit.replace(/^seat\//, 'seat per ')} (price book ${p.sku})`,
        refTo('product', p.sku),
      ),
    })),
  );
}

const NEGATION = /\b(?:no|not|never|without|isn't|doesn't|don't|cannot|can't|unavailable)\b/i;

export function composeProductAnswer(text: string, evidence: Evidence): ComposedAnswer {
  const q = question(text, evidence);
  const sentences = supportingPassages(text, evidence);
  const prices = sentences.length === 0 ? priceBookLines(q, evidence) : [];
  if (sentences.length === 0 && prices.length === 0) {
    const expert = evidence.expert;
    const asked = [...q.concepts.map((c) => c.key), ...q.terms].join(', ');
    return {
      status: 'unknown',
      title: text,
      sections: [
        {
          heading: 'Answer',
          lines: [
            line(
              `I don't know: nothing in the knowledge base says${asked ? ` anything about ${asked}` : ' that'}, and I won't guess on a product question.`,
            ),
            line(
              expert
                ? `Ask ${expert.name} (${expert.email}); once the answer is written down, add it with \`closeloop kb add\` so I can cite it next time.`
                : 'Ask your sales engineer or product team, and add the answer to the knowledge base so I can cite it next time.',
            ),
          ],
        },
      ],
      citations: [],
    };
  }
  const asksOtherPlan =
    q.products.length > 0 &&
    sentences.length > 0 &&
    !sentences.some((s) => q.products.some((p) => mentionsProduct(s.text, p)));
  const confident = q.yesNo && sentences.length > 0 && !asksOtherPlan && !NEGATION.test(sentences[0]!.text);
  const lines: AnswerLine[] = [];
  if (confident) lines.push(line('Yes, according to the knowledge base:'));
  if (asksOtherPlan)
    lines.push(line(`The knowledge base does not say this of ${q.products.join(' or ')}; what it does say:`));
  for (const s of sentences)
    lines.push(line(`“${s.text}” (${s.chunk.documentTitle}) [${s.chunk.id}]`, refTo('chunk', s.chunk.id)));
  for (const p of prices) lines.push(p.line);
  const citations: Citation[] = [
    ...sentences.map((s) => ({ ref: refTo('chunk', s.chunk.id), quote: s.text, claim: text })),
    ...prices.map((p) => ({
      ref: refTo('product', p.product.sku),
      quote: `${p.product.name} ${p.product.listPrice} ${p.product.currency} ${p.product.unit}`,
      claim: text,
    })),
  ];
  return { status: 'answered', title: text, sections: [{ heading: 'Answer', lines }], citations };
}
