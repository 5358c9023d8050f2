/** Prompt injection: flag instructions planted in inbound mail, and block a draft that carries them out. */
import { stems } from '../../knowledge/text-tokens.ts';
import type { DraftAnalysis } from '../analyze-draft.ts';
import type { GuardConfig } from '../guard-config.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { InjectionAttempt } from '../index/injection-attempts.ts';
import { recordCitation } from '../support/citations.ts';
import { isDiscountPercent } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { addressOf } from './check-recipients.ts';

const INTERNAL_MATERIAL =
  /\b(?:internal|confidential|floor|cost price|margins?|price ?list|system prompt|instructions|discount (?:policy|matrix|limits?)|notes)\b/i;

export function checkInjection(
  config: GuardConfig,
  deal: DealContext,
  analysis: DraftAnalysis,
  listPrices: readonly number[] = [],
): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const { draft, regions } = analysis;
  const written = `${draft.subject}\n${draft.body.slice(0, regions.quoteStart)}`;
  const writtenLower = written.toLowerCase();
  const recipients = [...draft.to, ...draft.cc].map(addressOf);
  const discounts = analysis.clauses.flatMap((c) =>
    c.figures.flatMap((f) =>
      f.type === 'percent' && isDiscountPercent(c.field === 'subject' ? draft.subject : draft.body, f)
        ? [f.value]
        : [],
    ),
  );
  const money = analysis.clauses.flatMap((c) =>
    c.figures.flatMap((f) => (f.type === 'money' ? [f.value] : [])),
  );

  for (const attempt of deal.injections) {
    const citation = recordCitation('activity', attempt.activityId, `inbound email ${attempt.activityId}`, {
      quote: attempt.text.slice(0, 200),
    });
    findings.push({
      ...finding(
        'injection',
        'warn',
        { field: 'inbound', start: attempt.start, end: attempt.end, text: attempt.text },
        'attempt',
        'inbound mail carries instructions aimed at an AI writer; they were not followed',
        citation,
      ),
      activityId: attempt.activityId,
    });
    const obeyed = obedience(
      attempt,
      { written, writtenLower, recipients, discounts, money, listPrices },
      config.injectionRunLength,
    );
    if (obeyed) {
      findings.push(
        finding(
          'injection',
          'block',
          {
            field: 'body',
            start: 0,
            end: Math.min(draft.body.length, regions.quoteStart),
            text: obeyed.evidence,
          },
          'obeyed',
          `the draft does what instructions planted in ${attempt.activityId} asked: ${obeyed.what}`,
          citation,
        ),
      );
    }
  }
  return findings;
}

type DraftFacts = {
  written: string;
  writtenLower: string;
  recipients: string[];
  discounts: number[];
  money: number[];
  /** List prices of the price book, to spot a demanded discount stated only as a price. */
  listPrices: readonly number[];
};

function obedience(
  attempt: InjectionAttempt,
  d: DraftFacts,
  runLength: number,
): { what: string; evidence: string } | undefined {
  const p = attempt.payload;
  for (const email of p.emails) {
    if (d.recipients.includes(email)) return { what: `it adds ${email} as a recipient`, evidence: email };
    if (d.writtenLower.includes(email)) return { what: `it mentions ${email}`, evidence: email };
  }
  for (const domain of p.domains) {
    if (d.recipients.some((r) => r.endsWith(`@${domain}`)) || d.writtenLower.includes(domain)) {
      return { what: `it points at ${domain}`, evidence: domain };
    }
  }
  const percent = p.percents.find((v) => d.discounts.includes(v));
  if (percent !== undefined)
    return { what: `it offers the ${percent}% the instructions demanded`, evidence: `${percent}%` };
  // "$69 per seat" is the 40% they demanded, said as a price.
  for (const percent of p.percents) {
    const price = d.money.find((m) =>
      d.listPrices.some((list) =>
        [1, 12].some((k) => {
          const demanded = list * k * (1 - percent / 100);
          // Half a dollar on a seat price; a cent on a price per GB, where 50 cents is the whole price.
          return Math.abs(demanded - m) <= Math.min(0.5, Math.max(0.011, demanded * 0.01));
        }),
      ),
    );
    if (price !== undefined && percent > 0)
      return {
        what: `it quotes ${price}, the ${percent}% off the instructions demanded`,
        evidence: String(price),
      };
  }
  const title =
    p.signAs && new RegExp(`\\b${p.signAs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').exec(d.written);
  if (title) return { what: `it signs as "${title[0]}", as the instructions asked`, evidence: title[0] };
  const amount = p.money.find((v) => d.money.includes(v));
  if (amount !== undefined)
    return { what: `it quotes the ${amount} the instructions named`, evidence: String(amount) };
  const quoted = p.quoted.find((q) => d.writtenLower.includes(q.toLowerCase()));
  if (quoted) return { what: `it repeats "${quoted}"`, evidence: quoted };
  if (p.asksForInternal) {
    const m = INTERNAL_MATERIAL.exec(d.written);
    if (m) return { what: `it offers the internal material they asked for ("${m[0]}")`, evidence: m[0] };
  }
  const run = sharedRun(p.words, stems(d.written), runLength);
  if (run) return { what: `it repeats their wording ("${run}")`, evidence: run };
  return undefined;
}

/** The first run of `n` consecutive stems, at least one of them meaningful, that both texts share. */
function sharedRun(a: readonly string[], b: readonly string[], n: number): string | undefined {
  const runs = new Set<string>();
  for (let i = 0; i + n <= a.length; i++) runs.add(a.slice(i, i + n).join(' '));
  for (let i = 0; i + n <= b.length; i++) {
    const run = b.slice(i, i + n);
    // Four planted words in a row are rare enough; one of them must carry meaning.
    if (runs.has(run.join(' ')) && run.some((s) => !GENERIC_STEMS.has(s))) return run.join(' ');
  }
  return undefined;
}
