/** Confidentiality: no internal notes or policy wording, no other customer, no battlecard talk about a competitor. */

import { STOPWORDS, stems, tokenize } from '../../knowledge/text-tokens.ts';
import type { DraftAnalysis } from '../analyze-draft.ts';
import type { GuardConfig } from '../guard-config.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import type { ConfidentialText } from '../index/knowledge-facts.ts';
import { recordCitation } from '../support/citations.ts';
import { finding } from '../support/findings.ts';
import { isNegatedAt } from '../text/claim-context.ts';
import { type Span, splitSentences } from '../text/sentences.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { internalAmountIn, internalNameIn, noteSecretIn } from './note-secrets.ts';
import { orderFormPassages } from './order-form-prices.ts';
import { renewalAmountsOf, renewalTerms } from './renewal-terms.ts';

// "on my own authority": the rep's own discretion is as internal as its size.
const OWN_LIMIT =
  /\b(?:my|our|the rep|a rep's)\s+(?:own\s+)?(?:discount(?:ing)?\s+)?(?:limit|ceiling|cap|authority)\b/i;
const INTERNAL_WORDING: readonly RegExp[] = [
  /\b(?:needs?|requires?|need to get|have to get|has to get|must get|would need|I'd need|needing)\s+(?:[\w'’]+\s+){0,3}(?:approval|sign-?off)\b/i,
  /\b(?:approval|sign-?off)\s+(?:from|by)\s+(?:my|our|the)\s+(?:sales\s+)?(?:manager|director|VP|boss|leadership|finance|deal desk|CRO)\b/i,
  /\b(?:I'm|I am|we're|we are|reps? (?:are|is))\s+(?:only\s+)?(?:allowed|authori[sz]ed|permitted|empowered|cleared)\s+to\s+(?:discount|go|offer|give)\b/i,
  OWN_LIMIT,
  /\bthe (?:most|max(?:imum)?|deepest|biggest|furthest)\s+(?:discount\s+)?(?:I|we|a rep)\s+(?:can|could|am able to|'m able to|are able to|may)\s+(?:go|offer|give)\b/i,
  /\b(?:floor|walk[\s-]?away|bottom[\s-]line|minimum)\s+(?:price|discount|rate|number|deal)\b|\b(?:our|the|my)\s+floor\b/i,
  /\binternal(?:ly)?\s+(?:policy|policies|guidelines?|rules?|pricing|price ?list|notes?|approval|discount|matrix|docs?|documents?|only|threshold|data|rate)\b/i,
  /\bdiscount\s+(?:authority|matrix|thresholds?|limits?|ceiling|cap|policy|policies|guidelines?|rules?|bands?|tiers)\b/i,
  /\b(?:our|my)\s+(?:(?:gross|net|operating|product)\s+)?(?:margins?|cost price|costs? basis|COGS)\b|\bcost price\b|\bgross margins?\b/i,
  /\bbattle\s?cards?\b|\bdeal desk\b/i,
  /\b(?:manager|director|VP|boss|leadership|finance|CRO)\s+(?:would|will|has to|have to|must|needs? to|to)\s+(?:\w+\s+)?(?:approve|sign off)\b/i,
  /\breps?\b.{0,40}\b(?:discount\w*|approv\w*|authori[sz]\w*|allowed|permitted|limit\w*|sign-?off)\b/i,
  /\b(?:between (?:us|you and me|the two of us)|off the record|not supposed to (?:share|tell|say|mention)|don't tell anyone|keep this between)\b/i,
  /\b(?:discount\w*|go (?:above|beyond|over)|anything (?:above|over|beyond|more))\b.{0,40}\bwithout\s+(?:\w+\s+){0,2}(?:approval|sign-?off)\b/i,
];
const COMPETITOR_JAB =
  /\b(?:no|not|doesn't|does not|don't|do not|lacks?|lacking|can't|cannot|only|extra|charges?|charging|expensive|pricier|costlier|slower|weaker|behind|outdated|limited|missing|worse|inferior|clunky|legacy|unlike|whereas|struggle\w*|fail\w*|poor|buggy|unreliable|overs[eo]ll\w*|overpromis\w*|hidden fees?|lock-?in|nickel|than|compared|versus|vs\.?|better|cheaper|faster|more|less|fewer)\b/i;

const OUR_OWN = /\b(?:we|I)\s+$/i;

// Another customer, unnamed: "one of our customers", "a credit union we work with".
const ANOTHER_CUSTOMER =
  /\b(?:another|one of our|other|a similar|a) (?:customers?|clients?|accounts?)\b|\b(?:customers?|clients?) (?:of ours|like you)\b|\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}(?:company|team|firm|bank|hotel|insurer|agency|union|school|college|clinic|retailer|studio|group|chain|provider)\s+(?:we|that we|I)\s+(?:work|worked|signed|closed|onboarded|support)\b/i;
// What that customer has or pays: a price, a discount, a seat count.
const THEIR_TERMS =
  /[$€£]\s?\d|\b\d+(?:\.\d+)?\s?(?:%|percent)|\b\d[\d,]*\s+(?:seats?|users?|licen[cs]es?|agents?)\b|\b(?:pays?|paid|got|gets|received|signed (?:for|at))\b/i;

const ONE_IN_PARTICULAR =
  /\b(?:signed|got|paid|received|negotiated|moved|switched|renewed|was|were|had|did|last (?:week|month|quarter|year)|recently|this (?:week|month|quarter|year)|of ours|we work with|we worked with|in (?:your|the same) (?:industry|sector|space|city|region))\b/i;

/** The other customer a sentence describes together with their terms, if it does. */
function describedCustomer(text: string): string | undefined {
  const who = ANOTHER_CUSTOMER.exec(text);
  if (!who || !THEIR_TERMS.test(text)) return undefined;
  // "A customer gets one programme or the other": a rule for any customer. One customer in particular is
  // told in the past, or placed ("a customer of ours", "a customer we signed last month").
  if (/^an? (?:customer|client|account)$/i.test(who[0]) && !ONE_IN_PARTICULAR.test(text)) return undefined;
  // "Most of our customers go live in two weeks" speaks of customers in general, not of one.
  if (
    /\b(?:most|many|all|our|every|typical(?:ly)?|usually)\s+(?:of our\s+)?customers\b/i.test(text) &&
    !/\b(?:another|one of our|a similar)\b/i.test(text)
  )
    return undefined;
  return who[0];
}

const keyStems = (set: ReadonlySet<string>) => [...set].filter((s) => !GENERIC_STEMS.has(s) && s.length > 2);

/** The renewal prices the account's own order form sets: the customer holds them, so they are no secret. */
function renewalAmounts(index: GuardIndex, deal: DealContext): number[] {
  const orderForm = orderFormPassages(index, deal);
  if (orderForm.size === 0) return [];
  return renewalAmountsOf(renewalTerms(index, deal, orderForm));
}

export function checkConfidential(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
): GuardFinding[] {
  const { config } = index;
  const findings: GuardFinding[] = [];
  const fieldText = (f: 'subject' | 'body') =>
    f === 'subject' ? analysis.draft.subject : analysis.draft.body;
  const sentenceAt = (s: Span & { field: 'subject' | 'body'; quoted: boolean }) => ({
    field: s.field,
    start: s.start,
    end: s.end,
    text: s.text,
  });
  let competitorInPrevious = false;
  for (const sentence of analysis.sentences) {
    const text = sentence.text;
    const sentenceStems = new Set(stems(text));
    const located = sentenceAt(sentence);
    const note = leakedNote(config, deal, sentenceStems, text);
    const secret = note ? undefined : noteSecretIn(deal, text, () => renewalAmounts(index, deal));
    if (note || secret) {
      findings.push(
        finding(
          'confidential',
          'block',
          located,
          'internal_note',
          secret ? `repeats ${secret.what}` : 'repeats an internal note',
          (note ?? secret?.note)?.citation,
        ),
      );
    }
    // Quoted mail is the customer's own words: their policies and mentions of others are theirs to make.
    // So is what their planted note asked for, told back ("it mentions internal rules").
    if (sentence.quoted || sentence.reported) continue;

    const block = (check: string, reason: string, citation?: GuardCitation) =>
      findings.push(finding('confidential', 'block', located, check, reason, citation));
    const noApprovalIsPublic = withinPublishedLimit(deal, text) || approvalIsPublic(deal, text);
    for (const pattern of INTERNAL_WORDING) {
      const m = pattern.exec(text);
      if (!m || publicWording(deal, m[0]) || (noApprovalIsPublic && APPROVAL.test(m[0]))) continue;
      if (withheld(text, m.index, m.index + m[0].length)) continue;
      // "your discount band" where the price list publishes its bands (by size, by venues).
      if (/\b(?:bands?|tiers)$/i.test(m[0]) && deal.facts.discounts.volumeBands !== undefined) continue;
      if (pattern === OWN_LIMIT && (withinPublishedRepLimit(deal, text) || publicOwnLimit(deal, m[0])))
        continue;
      block('internal_policy', `"${m[0]}" is internal policy wording`);
      break;
    }
    const { publicWords, vocabulary } = deal.facts;
    const named = internalNameIn(deal, text, index.competitors);
    if (named)
      block('internal_name', `names ${named.name}, whom only an internal page mentions`, named.page.citation);
    const amount = internalAmountIn(deal, text);
    if (amount) block('internal_policy', 'states an amount only an internal page holds', amount.citation);
    const ladder = approvalLadderIn(deal, text);
    if (ladder)
      block(
        'internal_policy',
        'says who approves a discount past the rep limit, as only an internal page does',
        ladder.citation,
      );
    const policy = overlapping(deal.facts.policy, sentenceStems, config.policyOverlap, {
      isPublic: (s) => publicWords.has(s) || vocabulary.has(s) || sameWordAs(publicWords, s),
    });
    if (policy) block('internal_policy', 'repeats internal policy wording', policy.citation);

    findings.push(...otherCustomers(index, deal, sentence, fieldText(sentence.field)));
    const described = describedCustomer(text);
    if (described) {
      findings.push(
        finding(
          'confidential',
          'block',
          located,
          'other_customer',
          `tells what another customer has or pays ("${described}"), which stays between us and them`,
        ),
      );
    }

    const competitor = index.competitors.find((c) => text.includes(c));
    const aboutThem: boolean =
      competitor !== undefined || (competitorInPrevious && /\b(?:they|their|theirs|them)\b/i.test(text));
    competitorInPrevious = competitor !== undefined;
    // "Re: Pricing vs Ticketrail" is the customer's own subject line, replied to.
    const theirSubject = sentence.field === 'subject' && /^\s*(?:re|fwd?|aw)\s*:/i.test(text);
    if (aboutThem && !theirSubject) {
      // Words of a public sentence naming the competitor too are documented, not battlecard talk.
      const documented = competitor ? documentedMention(deal, text, competitor) : undefined;
      const judged = documented
        ? new Set([...sentenceStems].filter((w) => !documented.stems.has(w)))
        : sentenceStems;
      const card = overlapping(deal.facts.competitorText, judged, config.battlecardOverlap, {
        publicWords: deal.facts.publicWords,
      });
      if (card || judgesCompetitor(text, documented)) {
        findings.push(
          finding(
            'confidential',
            'block',
            located,
            'battlecard',
            `talks down ${competitor ?? 'a competitor'} in battlecard terms; compare on our documented strengths instead`,
            card?.citation,
          ),
        );
      }
    }
  }
  return findings;
}

/**
 * The public sentence a draft sentence restates when both name the competitor ("imports tickets
 * from Zendesk and Tidewell at no charge"): most of the draft's meaningful words come from it.
 */
function documentedMention(deal: DealContext, text: string, competitor: string) {
  const own = keyStems(new Set(stems(text)));
  return deal.facts.sentenceStems.find(
    (s) =>
      s.citation.quote?.includes(competitor) &&
      own.filter((w) => s.stems.has(w)).length >= Math.max(3, Math.ceil(own.length * 0.6)),
  );
}

/** Whether a sentence about a competitor judges them: a judgement word the documented sentence lacks. */
function judgesCompetitor(text: string, documented: { stems: ReadonlySet<string> } | undefined): boolean {
  // "… but we can't take data from another provider's hardware": what we cannot do is no jab at them.
  // "You know your team's needs better than anyone": a compliment to the customer, no comparison.
  const jabs = [...text.matchAll(new RegExp(COMPETITOR_JAB, 'gi'))].filter(
    (m) =>
      !OUR_OWN.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
      !/^(?:\s+than)?\s+(?:anyone|anybody|ever|before)\b/i.test(text.slice(m.index + m[0].length)),
  );
  if (!documented) return jabs.length > 0;
  return jabs.some((m) => stems(m[0]).some((w) => !documented.stems.has(w)));
}

// "asks us to share internal pricing limits", "we can't disclose our floor": the thing named, not given.
const ASKED_TO_SHARE =
  /\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|want(?:s|ed)?|expect(?:s|ed)?|instruct(?:s|ed)?|tells?|told)\s+(?:us|me|you|them)?\s*to\s+(?:[\w'’-]+\s+){0,8}?(?:share|disclose|reveal|give|send|state|quote|confirm|provide|list|name)\b/i;
const DECLINED_TO_SHARE =
  /\b(?:can(?:no|[’'])t|can not|won[’']t|will not|don[’']t|do not|never|unable to|not able to|not in a position to)\s+(?:[\w-]+\s+){0,2}?(?:share|disclose|reveal|give out|pass on|send|quote|provide|discuss)\b/i;
// "… our internal rules are not something we share", "… stay internal": the refusal said after the thing.
const DECLINED_AFTER =
  /^[^.;]*?\b(?:(?:is|are)(?:\s+not|n[’']t)\s+(?:something|anything)\s+(?:that\s+)?(?:we|I)\s+(?:[\w-]+\s+){0,3}?(?:share|disclose|give out|hand out|pass on|publish)|(?:stays?|remains?)\s+(?:internal|private|confidential)|(?:we|I)\s+(?:keep|hold)\s+(?:them|it|those|these)\s+(?:to ourselves|to myself|internal|private))\b/i;
const STATED_AMOUNT = /(?<![\d.,])\d[\d.,]*\s?(?:%|percent)|[$€£]\s?\d|\b(?:USD|EUR|GBP|CHF|CAD)\s?\d/gi;

// "can't go below 20%": a bound said in the negative still states the bound.
const BOUND_BEFORE =
  /\b(?:below|under|beneath|lower than|less than|beyond|above|over|past|more than)\s+(?:a\s+|an\s+|the\s+)?$/i;

/** An amount the sentence states, not one it denies ("I can't confirm a 25% approval"). */
const statesAnAmount = (text: string) =>
  [...text.matchAll(STATED_AMOUNT)].some(
    (m) =>
      BOUND_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) ||
      !isNegatedAt(text, m.index, m.index + m[0].length),
  );

/**
 * A sentence that reports a request for internal terms, or declines one, without stating any figure:
 * it names what stays internal and gives none of it away.
 */
function withheld(text: string, at: number, end: number): boolean {
  if (statesAnAmount(text)) return false;
  const before = text.slice(0, at);
  return (
    ASKED_TO_SHARE.test(before) || DECLINED_TO_SHARE.test(before) || DECLINED_AFTER.test(text.slice(end))
  );
}

const APPROVAL = /\b(?:approv\w*|sign-?off)\b/i;
const WITHOUT_APPROVAL = /\bwithout\s+(?:[\w'’-]+\s+){0,2}(?:approval|sign-?off|sign off)\b/i;
const BEYOND = /\b(?:above|beyond|over|more than|past|exceed\w*|higher than|further)\b/i;

/**
 * "I can take 10% off without needing sign-off" where a page written for customers says a rep may
 * offer that much without approval: the customer can read the rule, so saying it leaks nothing. Only
 * what happens past the limit (who approves, how far) stays the sales team's.
 */
function withinPublishedLimit(deal: DealContext, text: string): boolean {
  if (!WITHOUT_APPROVAL.test(text) || BEYOND.test(text)) return false;
  return deal.facts.policy.some((p) => p.customerFacing && WITHOUT_APPROVAL.test(p.text));
}

/**
 * "Within my limit" where the customer's own documents say how far their account manager may go:
 * the limit is public, so naming it leaks nothing; going past it, or who approves that, stays internal.
 */
function withinPublishedRepLimit(deal: DealContext, text: string): boolean {
  const limit = deal.facts.discounts.repLimit;
  return (
    limit !== undefined && !onInternalPage(deal, limit.citation) && !BEYOND.test(text) && !APPROVAL.test(text)
  );
}

/**
 * "my own authority" where a public page says "on their own authority, your account executive can…":
 * the limit is published, whoever's pronoun stands before it. A bare "limit" or "cap" is too common a
 * word to count as the page's wording.
 */
function publicOwnLimit(deal: DealContext, phrase: string): boolean {
  const rest = phrase.replace(/^\S+(?:\s+rep(?:'s)?)?\s+/i, '');
  if (!/\s/.test(rest)) return false;
  const run = stemRun(rest);
  return (
    publicWording(deal, rest) ||
    deal.facts.policy.some((rule) => rule.customerFacing && stemRun(rule.text).includes(run))
  );
}

/** A rep's limit read off a page for the sales team is no published limit, however it is worded. */
function onInternalPage(deal: DealContext, citation: GuardCitation | undefined): boolean {
  return (
    citation !== undefined && (deal.facts.internalSentences ?? []).some((s) => s.citation.id === citation.id)
  );
}

const APPROVER_NAME = String.raw`(?:(?:sales|commercial|finance|regional)\s+)?(?:manager|director|VP|vice president|head of sales|CRO|CFO|deal desk|leadership)`;
// The one who approves: "approval from our sales director", "the head of sales must sign off".
const APPROVER = new RegExp(
  String.raw`\b(?:approv\w*|sign-?off|signed off)\s+(?:from|by)\s+(?:the\s+|our\s+|my\s+|your\s+)?(${APPROVER_NAME})\b|\b(${APPROVER_NAME})(?:'s|’s)?\s+(?:\w+\s+){0,2}(?:approv\w*|sign(?:s|ed)? off|sign-?off)`,
  'i',
);
const approverIn = (text: string) => {
  const m = APPROVER.exec(text);
  return (m?.[1] ?? m?.[2])?.toLowerCase();
};

// Who approves: "my Sales Manager", "our Finance Director", "the VP of Sales".
const APPROVER_ROLE =
  /\b(?:(?:sales|commercial|finance|regional|general|managing)\s+(?:manager|director)|VP|vice president|head of (?:sales|finance)|CRO|CFO|CEO|deal desk)\b/i;

/**
 * "Anything over that goes to my Sales Manager, and over 20% to our Finance Director": a discount past
 * the rep's limit beside who approves it, where only a page for the sales team pairs them.
 */
function approvalLadderIn(deal: DealContext, text: string): ConfidentialText | undefined {
  const limit = deal.facts.discounts.repLimit?.percent;
  if (limit === undefined || !APPROVER_ROLE.test(text)) return undefined;
  // A discount the public pages offer (a programme, a volume band) or an approval on record grants is
  // no threshold told.
  const offered = new Set([
    ...deal.approvals.map((a) => a.percent),
    ...deal.facts.discounts.programmes.map((p) => p.percent),
    ...(deal.facts.discounts.volumeBands ?? []),
  ]);
  const past = percentsIn(text).filter((p) => p > limit && !offered.has(p));
  if (past.length === 0) return undefined;
  return (deal.facts.internalSentences ?? []).find(
    (s) => APPROVER_ROLE.test(s.text) && percentsIn(s.text).some((p) => past.includes(p)),
  );
}

const percentsIn = (text: string) =>
  [...text.matchAll(/(\d+(?:\.\d+)?)\s?(?:%|percent)/gi)].map((m) => Number(m[1]));

/**
 * "Beyond 10% I'd need sign-off from our sales director" where a page written for customers names the
 * same approver: who approves past the limit is public then, though how far they would go is not (no
 * figure past the limit), and "my manager" where the page says "the sales manager" is the team's own.
 */
function approvalIsPublic(deal: DealContext, text: string): boolean {
  const limit = deal.facts.discounts.repLimit?.percent;
  const approver = approverIn(text);
  if (limit === undefined || !approver) return false;
  const published = [
    ...deal.facts.policy.filter((p) => p.customerFacing).map((p) => p.text),
    ...deal.facts.sentenceStems.map((s) => s.citation.quote ?? ''),
  ].some((t) => {
    // "my manager's approval" where the page says "a sales manager's approval": the same approver.
    const named = approverIn(t);
    return named !== undefined && (named === approver || named.endsWith(` ${approver}`));
  });
  return published && percentsIn(text).every((p) => p <= limit);
}

/** "approv" and "approval": the stemmer leaves some forms of one word apart. */
function sameWordAs(words: ReadonlySet<string>, stem: string): boolean {
  if (stem.length < 5) return false;
  for (const w of words) if (w.length >= 5 && (w.startsWith(stem) || stem.startsWith(w))) return true;
  return false;
}

const stemRun = (text: string) => ` ${stems(text).join(' ')} `;

/**
 * Words a public document uses in that order ("internal notes" in a help desk's product guide, a
 * rule on a page cleared for customers) are the product's wording, not a secret.
 */
function publicWording(deal: DealContext, phrase: string): boolean {
  const run = stemRun(phrase);
  return deal.facts.sentenceStems.some((s) => s.citation.quote && stemRun(s.citation.quote).includes(run));
}

/**
 * The confidential text sharing at least `min` meaningful words with the sentence, if any. With
 * `isPublic`, two of them must be words no public document uses: a sentence that only restates
 * what the public documents say ("approvers can sign off from Slack") repeats no secret. With
 * `publicWords`, a battlecard line said of a competitor it does not name must share a word of its own.
 */
function overlapping(
  texts: readonly ConfidentialText[],
  sentence: ReadonlySet<string>,
  min: number,
  { isPublic, publicWords }: { isPublic?: (stem: string) => boolean; publicWords?: ReadonlySet<string> } = {},
) {
  for (const t of texts) {
    const shared = keyStems(t.stems).filter((s) => sentence.has(s));
    if (shared.length < min) continue;
    // A policy sentence's secret is what no public page says: one such word beside everyday ones ("band",
    // "on top of", "sales director") is how a rep explains a public rule, not a copy of the internal one.
    if (isPublic && shared.filter((s) => !isPublic(s)).length < 2) continue;
    // A line said of the competitor its card line began with ("Parkwise: … Lost a week of permit
    // data"): their name and one word of ours ("permit") are no repeat of it.
    if (t.subject && !shared.some((s) => !t.subject!.has(s) && !publicWords?.has(s))) continue;
    return t;
  }
  return undefined;
}

// How a note reports and instructs ("Raj mentioned…", "don't bring it up"), not what it holds: a draft
// saying "as you mentioned" or "don't hesitate" repeats no secret.
const REPORTING = new Set(
  stems('say said says tell told tells mention mentioned hint hinted dont don’t bring raise writing'),
);
// Where paperwork goes ("billing address", "the invoice inbox") is every deal's logistics: a note
// naming it holds its secret in what it says of it, which a draft saying "I left the billing address
// as it is" does not repeat.
const PAPERWORK = new Set(
  stems('address addresses billing invoice invoices inbox mailbox postcode paperwork remittance'),
);

/** A note leaks when the draft repeats its secret words: the ones no email, document or name carries. */
function leakedNote(
  config: GuardConfig,
  deal: DealContext,
  sentence: ReadonlySet<string>,
  text: string,
): ConfidentialText | undefined {
  for (const note of deal.notes) {
    const secret = keyStems(note.stems).filter(
      (s) =>
        !deal.publicStems.has(s) && !deal.facts.vocabulary.has(s) && !REPORTING.has(s) && !PAPERWORK.has(s),
    );
    const shared = secret.filter((s) => sentence.has(s));
    // What a note says was told in confidence is given away by one word of its own beside another
    // word of that confidence, even a name anyone knows ("with Aisling retiring").
    const confided = confidedStems(note);
    const toldInConfidence = keyStems(confided).filter(
      (s) => s.length > 3 && !REPORTING.has(s) && sentence.has(s),
    );
    if (toldInConfidence.length >= 2 && shared.some((s) => s.length > 4 && confided.has(s))) return note;
    // Two secret words suffice in a short note sentence; a long one needs more of them, up to three.
    const needed = Math.max(
      config.noteSecretWords,
      Math.min(3, Math.ceil(secret.length * config.noteSecretShare)),
    );
    // Three-letter stems ("cut", "new", a title like "CFO") are too common to give a note away alone,
    // and two everyday words do so only as the note says them, together ("hiring freeze") or of a
    // name it gives: "Ross left … his address bounces" is not "I have left the billing address".
    if (
      shared.length >= needed &&
      shared.some((s) => s.length > 3) &&
      (shared.length >= 3 ||
        saidTogether(note.text, shared, sentence) ||
        shared.some((s) => namesIn(note.text).has(s)))
    )
      return note;
    if (sharesRun(note.text, text, config.noteRunLength, new Set(secret))) return note;
    // Everyday words count too when enough of them come from the note and nowhere else
    // ("the CFO wants a cheaper option before the board review"), one of them a rare one.
    const unshared = [...note.stems].filter(
      (s) => s.length > 2 && !STOPWORDS.has(s) && !deal.publicStems.has(s) && !deal.facts.vocabulary.has(s),
    );
    const everyday = unshared.filter((s) => sentence.has(s));
    if (everyday.length >= config.noteEverydayWords && shared.length >= 1) return note;
  }
  return undefined;
}

// "told me in confidence", "keep it out of email", "nobody else at the firm knows": a secret kept.
const CONFIDED =
  /\b(?:in confidence|confidential(?:ly)?|between us|off the record|(?:do not|don't|never) (?:mention|share|raise|repeat|bring)|keep (?:it|this|that) (?:out|quiet|to ourselves)|(?:nobody|no one|no-one) else\b[^.;]*\bknows?|(?:doesn't|don't|do not|does not) know (?:yet|about)|not (?:public|announced) yet)/i;
const CONFIDED_ALL = new RegExp(CONFIDED.source, 'gi');
const confided = new WeakMap<ConfidentialText, Set<string>>();

/**
 * The words of a note's parts (sentences, split at semicolons and brackets) that say they are told in
 * confidence, and of the part before one that only says so ("Nobody else knows: do not mention it",
 * "Priya is retiring in June (told in confidence)"), as stems. The rest of the sentence ("; Omar takes
 * over the renewal") is no part of the confidence.
 */
function confidedStems(note: ConfidentialText): ReadonlySet<string> {
  let found = confided.get(note);
  if (!found) {
    found = new Set();
    const parts = splitSentences(note.text).flatMap((x) =>
      x.text.split(/[;()]/).filter((p) => p.trim().length > 0),
    );
    parts.forEach((text, i) => {
      if (!CONFIDED.test(text)) return;
      for (const w of stems(text)) found!.add(w);
      if (i > 0 && topicStemsOf(text.replace(CONFIDED_ALL, ' ')).size <= 3)
        for (const w of stems(parts[i - 1]!)) found!.add(w);
    });
    confided.set(note, found);
  }
  return found;
}

const topicStemsOf = (text: string) =>
  new Set(stems(text).filter((w) => w.length > 3 && !STOPWORDS.has(w) && !REPORTING.has(w)));

/**
 * Whether the sentence says two of the words as the note does: with most of the note's words between
 * them ("predecessor was let go after a vendor audit"), not each in a phrase of its own.
 */
function saidTogether(note: string, words: readonly string[], sentence: ReadonlySet<string>): boolean {
  const tokens = tokenize(note);
  const at = tokens.flatMap((t, i) => (words.includes(t.stem) ? [{ stem: t.stem, i }] : []));
  return at.some((a) =>
    at.some((b) => {
      if (a.stem === b.stem || b.i < a.i) return false;
      const between = tokens.slice(a.i, b.i + 1);
      return between.filter((t) => sentence.has(t.stem)).length >= between.length * 0.6;
    }),
  );
}

/** The stems of the names a note gives: capitalised words past the start of its sentence. */
function namesIn(note: string): Set<string> {
  return new Set(
    [...note.matchAll(/(?<![.!?]\s|^)(?<![\p{L}])\p{Lu}[\p{L}'’-]+/gu)].flatMap((m) => stems(m[0])),
  );
}

/** Whether two texts share `n` consecutive words, two of them secret: a sentence copied out of a note. */
function sharesRun(a: string, b: string, n: number, secret: ReadonlySet<string>): boolean {
  const words = (t: string) => tokenize(t).map((w) => w.stem);
  const aw = words(a);
  if (aw.length < n) return false;
  const runs = new Set<string>();
  for (let i = 0; i + n <= aw.length; i++) runs.add(aw.slice(i, i + n).join(' '));
  const bw = words(b);
  for (let i = 0; i + n <= bw.length; i++) {
    const run = bw.slice(i, i + n);
    if (runs.has(run.join(' ')) && run.filter((w) => secret.has(w)).length >= 2) return true;
  }
  return false;
}

function otherCustomers(
  index: GuardIndex,
  deal: DealContext,
  sentence: Span & { field: 'subject' | 'body' },
  fieldText: string,
): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const ownAccount = deal.opportunity.accountId;
  const seen = new Set<string>();
  for (const hit of index.names.find(sentence.text)) {
    const { accountId, label, kind } = hit.value;
    if (accountId === ownAccount || seen.has(accountId) || index.ownAccountNames(ownAccount).has(label))
      continue;
    seen.add(accountId);
    const start = sentence.start + hit.start;
    const end = sentence.start + hit.end;
    findings.push(
      finding(
        'confidential',
        'block',
        { field: sentence.field, start, end, text: fieldText.slice(start, end) },
        'other_customer',
        kind === 'contact'
          ? `names ${label}, a contact at another customer`
          : `names another customer (${label}) in mail to ${deal.account?.name ?? 'this account'}`,
        recordCitation('account', accountId, `account ${accountId}`),
      ),
    );
  }
  return findings;
}
