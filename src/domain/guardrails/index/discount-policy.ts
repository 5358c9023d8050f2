/** Reads the documented discount rules: how far a rep may go alone, and the programmes anyone may offer. */
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { discountPoints } from '../support/discount-language.ts';
import { blankOut } from '../text/blank-out.ts';
import { isNegatedAt } from '../text/claim-context.ts';
import { extractFigures } from '../text/figures.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { durationInDays } from './durations.ts';

export type DiscountProgramme = {
  percent: number;
  /** A term length the programme requires (three-year commitment = 1080 days), if any. */
  durationDays: number | undefined;
  /** Other words that name the programme's condition ("nonprofit", "prepay"). */
  conditionStems: readonly string[];
  /** The plans it applies to ("25% off Team and Business (not Starter)"); empty when it names none. */
  skus: readonly string[];
  citation: GuardCitation;
  /**
   * Its own rule says it combines with nothing ("The programme … cannot be combined with any other
   * reduction"); undefined when the documents' no-stacking rule speaks of every programme alike.
   */
  exclusive?: boolean | undefined;
  /** Its sentence names add-on fees among what it takes off ("4% off the edition and add-on fees"). */
  onAddOns?: boolean | undefined;
  /** It lasts the first contract year only ("40% off for the first contract year"). */
  firstYearOnly?: boolean | undefined;
};

export type RepLimit = {
  percent: number;
  citation: GuardCitation;
  /** Points on top of whichever programme applies ("8 further points, on top of the programme"). */
  beyondProgramme?: boolean | undefined;
  /** The limit counts programme discounts too ("12% in total, programme discounts included"). */
  includesProgrammes?: boolean | undefined;
  /** It is said of the recurring charge ("off the subscription"), so not of hardware or one-off fees. */
  recurringOnly?: boolean | undefined;
};

export type DiscountPolicy = {
  repLimit: RepLimit | undefined;
  programmes: readonly DiscountProgramme[];
  /** The documents say programme discounts do not combine ("never stack"). */
  noStacking?: GuardCitation | undefined;
  /** The documents say programme discounts never apply to add-ons or services. */
  notOnAddOns?: GuardCitation | undefined;
  /** Percentages of a discount by quantity ("50 to 199 seats: 5%"): applied by the price list, not given by a rep. */
  volumeBands?: readonly number[] | undefined;
  /** What the headings over those bands call them ("Multi-clinic groups": multi, clinic, group). */
  bandWords?: ReadonlySet<string> | undefined;
  /** Prices that take no discount on top ("the framework price cannot be combined with any other discount"). */
  exclusivePrices?: readonly { name: string; citation: GuardCitation }[] | undefined;
  /**
   * Lines whose any reduction is for someone else to approve ("any reduction on the onboarding fee is
   * for the Revenue Desk to approve"), by their words: "onboarding fee", "add-ons".
   */
  approvalOnly?: readonly { words: string; citation: GuardCitation }[] | undefined;
};

// Ways of naming the same programme condition: "non-profit", "charity", "NGO" are one thing.
const SYNONYMS: [RegExp, string][] = [
  [/\b(?:non[\s-]?profits?|not[\s-]for[\s-]profits?|charit(?:y|ies|able)|NGOs?)\b/gi, ' nonprofit '],
  [
    /\b(?:education(?:al)?|academic|schools?|universit(?:y|ies)|colleges?|students?|teachers?|edu)\b/gi,
    ' education ',
  ],
  [/\b(?:government|public[\s-]sector|municipal(?:ities)?|federal|public bod(?:y|ies))\b/gi, ' government '],
  [/\bstart[\s-]?ups?\b/gi, ' startup '],
  [/\b(?:multi[\s-]?year|(?:two|three|four|five|\d)[\s-]years?)\b/gi, ' multiyear '],
  [/\b(?:pre[\s-]?pa(?:y|id|yment)|(?:pay|paid) (?:up[\s-]?front|in advance))\b/gi, ' prepay '],
];

/** The stems of a text with programme conditions put in one word each, for matching a draft's wording. */
export function conditionStems(text: string): string[] {
  let t = text;
  for (const [pattern, canonical] of SYNONYMS) t = t.replace(pattern, canonical);
  // "independently owned" and "the independent-hotel discount" name one condition.
  return stems(t).map((w) => (w.length > 7 && w.endsWith('ly') ? w.slice(0, -2) : w));
}

const NO_STACKING =
  /\b(?:do(?:es)? not|don't|never|cannot|can't|can not|won't)\s+(?:be\s+)?(?:stack|combine|combined)\b|\bnot\s+(?:be\s+)?(?:stackable|combinable|cumulative|stacked|combined)\b|\bone (?:programme |program )?discount per\b/i;
// "The framework price … cannot be combined with any other discount": a named price that takes none on top.
const EXCLUSIVE_PRICE =
  /\b(?:the|a|this)\s+([a-z][\w-]+)\s+(?:price|rate|pricing)\b(?=[^.]*\b(?:combine|combined|stack)\b)/i;
const NOT_ON_ADD_ONS = /\b(?:never|not|no|excluding|except|excludes?)\b[^.]{0,40}\badd-?ons?\b/i;

const LIMIT =
  /\b(?:up to|as (?:far|much) as|maximum(?: of)?|max(?:imum)?|no more than|at most|capped at|cap(?:ped)? of|limit(?:ed)? (?:of|to)|beyond|above|over|exceed(?:s|ing)?|more than)\s*$/i;
// Whoever sells to the customer, by any title: their ceiling is the rep limit.
const WHO_MAY =
  /\b(?:reps?|sales reps?|representatives?|sellers?|salesp(?:erson|eople)|account (?:executives?|managers?|owners?)|AEs?|AMs?|sales (?:team|staff)|without (?:further |prior )?(?:approval|sign-?off)|approval|(?:on|at) (?:your|their|his|her) own (?:authority|discretion))\b/i;
// A quantity range a band covers: "50 to 199", "500 or more", "over 1,000", "250+".
const QUANTITY_RANGE =
  /\b\d[\d,]*\s*(?:to|-|–|through)\s*\d[\d,]*\b|\b\d[\d,]*\s*(?:or more|and (?:over|above|up)|\+)|(?<!\b(?:no|not)\s)\b(?:over|above|more than|at least)\s+\d[\d,]*\b/i;

/**
 * "50 to 199 vehicles: 5% discount": a band of a volume table, whose percentage is the price list's, not a
 * programme. "With no more than 10 fee-earners" bounds who qualifies for a programme; it opens no band.
 */
function isVolumeBand(sentence: string, figure: { start: number }): boolean {
  return /\bdiscount|\boff\b|\breduc/i.test(sentence) && QUANTITY_RANGE.test(sentence.slice(0, figure.start));
}
const PROGRAMME_PERCENT = /^\s*(?:off|discount|reduction)\b/i;
const DISCOUNT_COLUMN = /\bdiscount(?: of|\b[^:;.]{0,40}:)\s*$/i;
// "off technician fees", "on the platform fee": what a programme is taken off, said of every customer.
const CHARGED_LINE =
  /\b(?:off|on)\s+(?:the\s+|all\s+|your\s+)?(?:[\w-]+\s+){0,3}?(?:fees?|prices?|charges?|subscriptions?)\b/gi;

/**
 * The words of a programme's condition that say who qualifies: "technician" of "10% off technician
 * fees" names what every customer pays for, so a draft about technicians invokes no programme.
 */
export function qualifyingStems(programme: DiscountProgramme): string[] {
  const line = new Set(
    [...(programme.citation.quote ?? '').matchAll(CHARGED_LINE)].flatMap((m) => conditionStems(m[0])),
  );
  return programme.conditionStems.filter((s) => !line.has(s));
}
// "for the first contract year only", "in year one": a programme that ends after a year.
const FIRST_YEAR =
  /\b(?:for|in|during)\s+(?:the\s+|its\s+)?(?:(?:first|1st|initial)\s+(?:(?:contract\s+|subscription\s+)?year|12\s+months|twelve\s+months)|year one)\b/i;
const BEYOND_PROGRAMME =
  /\b(?:on top of|in addition to|beyond|besides|over and above)\s+(?:[\w-]+\s+){0,3}(?:programmes?|programs?)\b/i;
const INCLUDES_PROGRAMMES =
  /\bin total\b|\b(?:programme|program)\s+discounts?\s+included\b|\bincluding\s+(?:any\s+)?(?:programme|program)/i;
// What the limit is taken off: a recurring charge, and nothing sold once or as a service.
const RECURRING_CHARGE =
  /^[^.;]*?\b(?:off|below|on)\s+(?:list\s+(?:on\s+)?)?(?:the\s+|a\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:subscriptions?|platform fees?|seats?|seat prices?|plans?|editions?|edition fees?|users?|licen[cs]es?)\b/i;
const ONE_OFF_WORDS =
  /\b(?:hardware|devices?|installation|onboarding|implementation|one-?off|one-?time|services?|add-?ons?|everything|any line)\b/i;

// "up to **10% off**": markdown emphasis marks the figure, it does not part it from its wording.
const withoutEmphasis = (text: string) => text.replace(/[*_]+\s*$/, '');

/** The rep limit a sentence sets, with what it says about programmes and the lines it covers. */
function repLimitIn(sentence: PolicySentence): RepLimit | undefined {
  const figures = [...extractFigures(sentence.text), ...discountPoints(sentence.text)];
  let limit: RepLimit | undefined;
  for (const figure of figures) {
    if (figure.type !== 'percent' || !LIMIT.test(withoutEmphasis(sentence.text.slice(0, figure.start))))
      continue;
    if (!WHO_MAY.test(sentence.text)) continue;
    // Several limits (reps 15%, managers 25%): the rep's is the lowest.
    if (limit && limit.percent <= figure.value) continue;
    const after = sentence.text.slice(figure.end);
    limit = {
      percent: figure.value,
      citation: sentence.citation,
      beyondProgramme: BEYOND_PROGRAMME.test(sentence.text) || undefined,
      includesProgrammes: INCLUDES_PROGRAMMES.test(sentence.text) || undefined,
      recurringOnly: (RECURRING_CHARGE.test(after) && !ONE_OFF_WORDS.test(after)) || undefined,
    };
  }
  return limit;
}

/** One sentence of a pricing or policy document, with where it came from and the products it names. */
export type PolicySentence = {
  text: string;
  citation: GuardCitation;
  products?: readonly { sku: string; start: number; end: number }[];
  /** From a page for the sales team: it sets the rep's limit and approvals, never a programme. */
  internal?: boolean;
  /** The heading the sentence sits under ("Multi-clinic groups"): what a table row's figures are of. */
  heading?: string;
};

function withoutProducts(sentence: PolicySentence): string {
  return blankOut(sentence.text, sentence.products ?? []);
}

// "The programme cannot be combined…", "It does not stack": a rule about the programme just described.
const ABOUT_THE_ONE_BEFORE =
  /^\W*(?:(?:the|this|that|such)\s+(?:programme|program|discount|offer|rate|reduction|scheme)\b(?!\s+(?:and|or)\b)|(?:it|this|that)\s+(?!\w+\s+(?:and|or)\b))/i;
const ON_ADD_ONS = /\badd-?ons?\b/i;
// "any reduction on add-ons or on the onboarding fee is for our Revenue Desk to approve".
const APPROVAL_ONLY =
  /\b(?:any|all)\s+(?:(?:further|other|larger)\s+)?(?:reductions?|discounts?|concessions?)[^.;]*?\b(?:on|to|of)\s+([^.;]+?)\s*,?\s+(?:is|are|needs?|requires?|must)\b[^.;]*\b(?:approv\w*|sign[\s-]?off|authori[sz]\w*)/i;
// "Discounts on the Content Library or services days: deal desk only": the lines, then who alone gives them.
const APPROVER_ONLY =
  /^\W*(?:(?:any|all)\s+)?(?:reductions?|discounts?|concessions?)\s+(?:on|to|of)\s+([^.;:]+?)\s*[:–—]\s*(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:desk|manager|director|VP|CFO|CRO|committee|finance|approval)\s+only\b/i;
const LIST_SPLIT = /\s*,\s*(?:and\s+|or\s+)?(?:on\s+)?|\s+(?:and|or)\s+(?:on\s+)?/i;

/** The lines a sentence keeps for approval: "add-ons or on the onboarding fee" gives both. */
function approvalOnlyLines(text: string): string[] {
  const m = APPROVAL_ONLY.exec(text) ?? APPROVER_ONLY.exec(text);
  if (!m) return [];
  return m[1]!
    .split(LIST_SPLIT)
    .map((w) =>
      w
        .replace(/^(?:the|your|our|any)\s+/i, '')
        .trim()
        .toLowerCase(),
    )
    .filter((w) => w.length > 2 && !/\b(?:list|price|total|reduction|discount)\b/.test(w));
}

// Words of a band table's heading that name no band: "Volume discounts", "Pricing by size".
const BAND_FILLER = new Set(
  stems('discount discounts pricing price prices fee fees plan plans rate rates table'),
);

/**
 * Who qualifies for a programme, in its words: no product names, figures or generic words, and not how
 * the customer is billed ("on any annual-billing term").
 */
function qualifying(text: string, percentWords: ReadonlySet<string> = new Set()): string[] {
  return conditionStems(text).filter(
    (s) =>
      !GENERIC_STEMS.has(s) &&
      !percentWords.has(s) &&
      !/^\d/.test(s) &&
      !/^(?:receive|get|discount|list|off|percent|annual|bil|term|month|monthli|year|yearli)$/.test(s),
  );
}

export function readDiscountPolicy(sentences: readonly PolicySentence[]): DiscountPolicy {
  let repLimit: DiscountPolicy['repLimit'];
  const programmes: DiscountProgramme[] = [];
  let noStacking: GuardCitation | undefined;
  let notOnAddOns: GuardCitation | undefined;
  const exclusivePrices: { name: string; citation: GuardCitation }[] = [];
  for (const sentence of sentences) {
    if (!notOnAddOns && /discount/i.test(sentence.text) && NOT_ON_ADD_ONS.test(sentence.text))
      notOnAddOns = sentence.citation;
    if (sentence.internal) continue;
    if (!noStacking && NO_STACKING.test(sentence.text)) noStacking = sentence.citation;
    const exclusive = EXCLUSIVE_PRICE.exec(sentence.text);
    if (exclusive && NO_STACKING.test(sentence.text.slice(exclusive.index)))
      exclusivePrices.push({ name: exclusive[1]!.toLowerCase(), citation: sentence.citation });
  }
  const volumeBands: number[] = [];
  const bandWords = new Set<string>();
  for (const sentence of sentences) {
    // The other percentages of a sentence that sets the rep limit illustrate it ("10% plus 8 points
    // comes to 18%"): no programme of their own.
    const limit = repLimitIn(sentence);
    if (limit) {
      if (!repLimit || limit.percent < repLimit.percent) repLimit = limit;
      continue;
    }
    // What only the sales team reads is offered to no customer: no programme, no price-list band.
    if (sentence.internal) continue;
    const figures = extractFigures(sentence.text);
    for (const figure of figures) {
      if (figure.type !== 'percent') continue;
      const before = sentence.text.slice(0, figure.start);
      if (isVolumeBand(sentence.text, figure) && !LIMIT.test(before)) {
        volumeBands.push(figure.value);
        for (const w of stems(sentence.heading ?? ''))
          if (w.length > 2 && !BAND_FILLER.has(w) && !STOPWORDS.has(w)) bandWords.add(w);
        continue;
      }
      const after = sentence.text.slice(figure.end);
      // The term a percentage belongs to is the one in its own part of the sentence:
      // "6% off for a two-year term, 10% off for a three-year term".
      const part = (at: number) => sentence.text.slice(0, at).split(/[,;]/).length;
      const durations = figures.filter((f) => f.type === 'duration');
      const ownDuration = durations.find((f) => part(f.start) === part(figure.start));
      // "5% off on a 24-month term; 8% on a 36-month term": a list of terms says "off" once.
      const listed = ownDuration !== undefined && programmes.some((p) => p.citation === sentence.citation);
      // "24 months: Discount: 5%", "Discount on the plan list price: 6%": a table's discount column labels its cells.
      if (!PROGRAMME_PERCENT.test(after) && !DISCOUNT_COLUMN.test(before) && !listed) continue;
      const duration = ownDuration ?? (durations.length === 1 ? durations[0] : undefined);
      const percentWords = new Set(stems(figure.text));
      const durationDays =
        duration?.type === 'duration' ? durationInDays(duration.value, duration.unit) : undefined;
      // The condition is who qualifies, not which plans: product names are no condition. A term of
      // more than a year is what a draft calls "the multi-year discount", however the page heads it.
      // "15% off the plan fee, whether you pay monthly or annually": what it does not depend on is no condition.
      const own = qualifying(
        `${withoutProducts(sentence)
          .replace(duration?.text ?? '\u0000', ' ')
          .replace(/\b(?:whether|regardless of|no matter)\b[^.;]*/gi, ' ')}${
          durationDays !== undefined && durationDays > 365 ? ' multi-year' : ''
        }`,
        percentWords,
      );
      programmes.push({
        percent: figure.value,
        durationDays,
        // A bullet under "## Community Fleet programme" says only "15% off the plan subscription": its
        // heading names who qualifies.
        conditionStems:
          own.length > 0 || durationDays !== undefined
            ? own
            : qualifying(sentence.heading ?? '').filter((s) => s !== 'program'),
        firstYearOnly: FIRST_YEAR.test(sentence.text) || undefined,
        skus: (sentence.products ?? [])
          .filter((p) => p.start >= figure.end && !isNegatedAt(sentence.text, p.start, p.end))
          .map((p) => p.sku),
        citation: sentence.citation,
      });
    }
  }
  // A no-stacking rule that speaks of the programme just before it binds that programme alone.
  let everyProgramme = false;
  sentences.forEach((sentence, i) => {
    if (sentence.internal || !NO_STACKING.test(sentence.text)) return;
    const own = programmes.filter((p) => p.citation === sentence.citation);
    const previous = sentences[i - 1];
    const before =
      own.length === 0 && previous && ABOUT_THE_ONE_BEFORE.test(sentence.text)
        ? programmes.filter((p) => p.citation === previous.citation)
        : [];
    for (const p of own.length > 0 ? own : before) p.exclusive = true;
    if (own.length === 0 && before.length === 0) everyProgramme = true;
  });
  if (everyProgramme) for (const p of programmes) p.exclusive = undefined;
  for (const p of programmes)
    if (ON_ADD_ONS.test(p.citation.quote ?? '') && !NOT_ON_ADD_ONS.test(p.citation.quote ?? ''))
      p.onAddOns = true;
  const approvalOnly = sentences.flatMap((sentence) =>
    approvalOnlyLines(sentence.text).map((words) => ({ words, citation: sentence.citation })),
  );
  return {
    repLimit,
    programmes,
    ...(approvalOnly.length > 0 ? { approvalOnly } : {}),
    noStacking,
    notOnAddOns,
    volumeBands: volumeBands.length > 0 ? volumeBands : undefined,
    bandWords: bandWords.size > 0 ? bandWords : undefined,
    exclusivePrices: exclusivePrices.length > 0 ? exclusivePrices : undefined,
  };
}
