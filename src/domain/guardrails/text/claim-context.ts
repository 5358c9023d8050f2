/** Reads the stance of a clause: negated, hedged, a question, or a report of what the customer said. */

const NEGATION_WORD =
  /\b(?:not|no|never|without|cannot|can't|can’t|won't|won’t|wouldn't|wouldn’t|shouldn't|shouldn’t|don't|don’t|doesn't|doesn’t|didn't|didn’t|isn't|isn’t|aren't|aren’t|wasn't|lacks?|lacking|neither|nor|none|nothing|rather than|instead of)\b/i;
// "SCIM user provisioning is not available": the rest of the noun phrase may stand between the term and
// its negation, though not another item of a list ("SAML and SCIM is not…" says nothing of SAML).
const NEGATED_AFTER =
  /^\s*(?:(?!(?:and|or|but|with|plus|if|when|unless|because|so|that|which|who|where|while|once|you|we|they|it|i|he|she)\b)[\w-]+\s+){0,3}?(?:(?:is|are|was|were)\s+(?:not|no longer|never)\b|(?:isn't|isn’t|aren't|aren’t)\b|(?:do|does|can|will)\s+not\b|(?:don't|don’t|doesn't|doesn’t|can't|can’t|cannot|won't|won’t)\b)/i;
// "Resy and Tock are not supported", "Resy, I'm sorry to say, is not supported", "for Resy there is no
// sync": the denial after a list the term opens, after an aside, or as "there is no" of it.
const DENIED_LATER =
  /^(?:\s*,\s*(?!(?:which|that|who|it|this|we|you)\b)[\w-]+(?:\s+[\w-]+){0,2}?)*\s+(?:and|or|nor)\s+(?!(?:which|that|who|it|this|we|you)\b)[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:are\s+(?:not|no longer|never)\b|aren't\b|aren’t\b)|^\s*,[^,.;]{1,40},\s*(?:(?:is|are)\s+(?:not|no longer|never)\b|(?:isn't|isn’t|aren't|aren’t)\b)|^\s*there(?:\s+(?:is|are)|'s|’s)\s+no\b|^[^.;:,]{0,40}?["”’']?\s+(?:among (?:what|the things) (?:we|it) (?:don't|don’t|do not|doesn't|doesn’t|does not) (?:support|offer)|as not (?:supported|offered|available))\b/i;
// "InPost is the one I can't offer you yet": the thing named is the exception the sentence denies.
const THE_EXCEPTION =
  /^\s*(?:is|are)\s+(?:the\s+)?(?:one|ones|only one|exception)\b[^,.;]{0,30}?\b(?:can't|can’t|cannot|don't|don’t|do not|won't|won’t|isn't|isn’t|aren't|aren’t)\b/i;
// "(Meadow has none)": the thing named is said to have none of what the sentence is about.
const HAS_NONE = /^\s*(?:has|have)\s+(?:none|nothing)\b/i;
// "SOC 2: honestly, we don't have a report yet": a label answered in the negative right after its colon;
// "HITRUST CSF: Status: Not held", a table's column named between.
// "FedRAMP Moderate: Status: **In Process**, not authorized": a status that is under way is still a no.
const ANSWERED_NO =
  /^[\s*_]*(?:[\w-]+\s+){0,3}?[\w-]*[*_]*[:–—-]\s*(?:[A-Z][\w-]*(?:\s[\w-]+)?\s*:\s*)?[*_]*(?:(?:honestly|unfortunately|sadly|currently|today|right now|not yet|no|in progress|in process|pending|under ?way)[*_]*[,\s]+)*(?:no\b|not\b|none\b|(?:we|they)['’]re\s+not\b|(?:it|that)['’]s\s+not\b|(?:we|it|they|that|this)\s+(?:do not|don't|don’t|does not|doesn't|doesn’t|are not|aren't|aren’t|is not|isn't|isn’t|have not|haven't|haven’t|can't|can’t|cannot|won't|won’t)\b)/i;
const NOT_YET_OURS =
  /\b(?:on (?:the|our) roadmap|roadmap|planned|coming soon|in beta|beta|in development|under development|not yet|future release|later this year)\b/i;

// "I'm not able to accept … or commit to a price hold": a refusal covers everything its verb governs.
const REFUSAL =
  /\b(?:I|we)(?:'m|'re| am| are)\s+(?:not\s+able|unable)\s+to\b|\b(?:I|we)\s+(?:can't|can’t|cannot|won't|won’t)\s+(?:\w+\s+){0,2}?(?:commit|promise|offer|agree|accept|guarantee|share|send|disclose|reveal|provide|pass on|forward|paste)\b/i;

/** "we do not support X", "X is not available": the words around a term deny it. */
export function isNegatedAt(clause: string, offsetInClause: number, termEnd: number): boolean {
  // A negation reaches across "or" ("no Sydney or Tokyo region") but not past a comma or a "but".
  const before = clause
    .slice(Math.max(0, offsetInClause - 60), offsetInClause)
    .split(/[,;:(]|\b(?:but|plus|while|whereas|however|though|yet)\b/i)
    .pop()!;
  // Trimmed first: the space before the term is no word, and must not push a negation out of reach.
  const words = before.trim().split(/\s+/).slice(-6).join(' ');
  // "a sandbox-free rollout", "paperless": the word itself says the thing is absent.
  if (NEGATION_WORD.test(words) || /^-(?:free|less)\b/i.test(clause.slice(termEnd))) return true;
  if (
    REFUSAL.test(
      clause
        .slice(0, offsetInClause)
        .split(/[,;:(]|\b(?:but|however|though|yet)\b/i)
        .pop()!,
    )
  )
    return true;
  // "Customer-managed keys (BYOK) are not offered": an aside naming the thing again stands between it
  // and its denial, or the term is that aside.
  const after = clause.slice(termEnd).replace(/^\s*\([^()]{0,60}\)|^\s*\)/, '');
  return (
    NEGATED_AFTER.test(after) ||
    DENIED_LATER.test(after) ||
    ANSWERED_NO.test(clause.slice(termEnd)) ||
    HAS_NONE.test(after) ||
    THE_EXCEPTION.test(after) ||
    inDeniedList(clause, offsetInClause, termEnd)
  );
}

// A negated verb of offering ("doesn't offer", "is not available"); "no need to upgrade" denies nothing listed.
const DENIES_OFFER =
  /\b(?:not|never|no longer|doesn't|doesn’t|don't|don’t|isn't|isn’t|aren't|aren’t|cannot|can't|can’t)\s+(?:\w+\s+)?(?:offer|sell|support|provide|include|have|available|offered|supported|included|provided|sold)\b/i;

/** "Things we don't offer in any edition: …": a lead-in that denies the list after its colon. */
export function introducesDenial(leadIn: string, between: string): boolean {
  return between.includes(':') && DENIES_OFFER.test(leadIn);
}

/** "**SOC 2 Type II**: not held yet": the words after a label answer it in the negative. */
export function answersNo(afterLabel: string): boolean {
  return ANSWERED_NO.test(afterLabel) || EMPTY_CELL.test(afterLabel);
}

// A table cell that says a row's plan lacks the feature: "Meadow: SAML single sign-on: –".
const EMPTY_CELL = /^[*_\s]*:\s*(?:[-–—✗✘×]|n\/a)\s*[.;]?\s*$/i;

// An item of a list: a few words, no clause of its own.
const LIST_ITEM = /^\s*(?:[\w./+-]+\s+){0,3}?[\w./+-]+\s*$/;

/**
 * "We do not hold ISO 27701, FedRAMP or HITRUST certification": a negation reaches every item of a
 * list closed by "or"/"nor", across its commas, but not a new clause after a comma ("…, SSO is included").
 */
function inDeniedList(clause: string, start: number, end: number): boolean {
  const segments = clause.slice(0, start).split(',');
  const own = segments.pop()!;
  const closesHere = /^\s*(?:[\w./+-]+\s+){1,4}?(?:or|nor)\s+$/i.test(own);
  const closesLater =
    own.trim() === '' && /^[^,.;:]{0,30}(?:,[^,.;:]{1,30})*\s(?:or|nor)\s/i.test(clause.slice(end));
  if (segments.length === 0 || !(closesHere || closesLater)) return false;
  for (const segment of segments.reverse()) {
    const words = segment.trim().split(/\s+/).slice(-6).join(' ');
    if (NEGATION_WORD.test(words)) return true;
    if (!LIST_ITEM.test(segment)) return false;
  }
  return false;
}

// "the note asked for a five-year price hold", "you requested SSO": what was asked, not what we offer.
// "a comment asking an 'AI writer' to add an address, claim IRAP and…": each thing it asked someone to do.
const ASKED_FOR_BEFORE =
  /\b(?:asked|asks|asking)\s+(?:us\s+)?(?:for|about)\b[^,;:.]*$|\brequest(?:ed|s|ing)\b[^,;:.]*$|\b(?:asked|asks|asking|told|tells|telling|instruct(?:s|ed|ing)?)\s+(?:(?!to\b)[\w'’-]+\s+){1,4}to\s+[^;:.]*$/i;
// "On IRAP, to be straight with you: …": a topic named before what is said of it.
const TOPIC_LABEL = /^\s*(?:on|as for|as to|regarding|re|about|concerning)\s+(?:the\s+|your\s+)?$/i;

/** The term is what someone asked for: "the block at the bottom asked for a price hold". */
export function isRequested(clause: string, offsetInClause: number): boolean {
  return ASKED_FOR_BEFORE.test(clause.slice(0, offsetInClause));
}

// Words that report what someone else wrote or asked: "a comment asking an 'AI writer' to…".
const REPORTED =
  /\b(?:ask\w*|said|says|wrote|writes|written|mention\w*|called|calls|reads?|comments?|notes?|request\w*|told|tells|telling|instruct\w*|addressed)\b/i;

/**
 * The term sits inside quotation marks in words reporting someone else's ("asking an 'AI writer' to"):
 * quoted, not claimed. Our own feature in quotes ("our 'Smart Triage' add-on") is still a claim.
 */
export function isQuoted(clause: string, start: number, end: number): boolean {
  // A customer's question told back in full ("You asked "Where is US data hosted, … and FedRAMP?"") may be long.
  const open = /(?:^|[\s(])['"‘“][^'"‘’“”\n]{0,300}$/.exec(clause.slice(0, start));
  return (
    open !== null &&
    REPORTED.test(clause.slice(0, open.index)) &&
    /^[^'"‘’“”\n]{0,300}['"’”](?=[\s,.;:!?)]|$)/.test(clause.slice(end))
  );
}

/** The term only names the topic a clause goes on to speak of: "On IRAP, …", "As for SSO: …". */
export function isTopicLabel(clause: string, start: number, end: number): boolean {
  return TOPIC_LABEL.test(clause.slice(0, start)) && /^\s*(?:question\s*)?[,:–—]/.test(clause.slice(end));
}

/** A sentence that is a list item naming the term alone ("- ISO 27001." before "We're not certified yet."). */
export function isBareLabel(sentence: string, start: number, end: number): boolean {
  return (
    /^[\s\-*•\d.)]*$/.test(sentence.slice(0, start)) &&
    /^(?:\s+[A-Z0-9][\w/-]*){0,2}[\s.?!*]*$/.test(sentence.slice(end))
  );
}

// "walk you through the SOC 2 report and HITRUST status": the term names what will be talked about.
const TOPIC_NOUN_AFTER = /^\s+(?:status|questions?|timeline|update)\b(?!\s*(?::|is\b|was\b|has\b))/i;

/** The term names a topic by the noun after it ("HITRUST status", "the SSO questions"), claiming nothing. */
export function isTopicNoun(clause: string, end: number): boolean {
  return TOPIC_NOUN_AFTER.test(clause.slice(end));
}

/** A document clause that only promises a capability later ("SCIM is on the roadmap") backs nothing. */
export function isNotYetAvailable(clause: string): boolean {
  return NOT_YET_OURS.test(clause);
}

const HEDGE =
  /\b(?:whether|(?:I'll|I will|I'd|let me|we'll|we will|to|I'm going to)\s+(?:double-)?(?:confirm|check|verify|ask)|(?:(?:I|we) can|happy to)\s+(?:double-)?(?:confirm|check|verify|ask)(?!\s+(?:in writing\s+|here\s+|now\s+)?that\b)|confirm (?:if|that we can)|check(?:ing)?\s+(?:on|with|whether|if|internally)|double-check|find out|not sure|unsure|look(?:ing)? into|get back to you|don't know|do not know|can't say|not certain|would need to check|to be confirmed|TBC|if memory serves|I'm checking|we're checking|(?:have|get|send)(?: you)? an answer (?:on|about|to|for)|come back (?:to you )?(?:on|about|with)|follow up (?:on|about|with)|circle back (?:on|about)|asking (?:our|the) (?:team|product|engineering|security|solutions))\b/i;

// "I can't offer 40% off": a discount turned down, right before the figure.
const REFUSED_BEFORE =
  /\b(?:I|we)\s+(?:can't|can’t|cannot|can not|won't|won’t|am not able to|are not able to|'m not able to|'re not able to|am unable to|are unable to|'m unable to|'re unable to)\s+(?:offer|give|do|agree to|approve|grant|extend|match)\s+(?:you\s+)?(?:a\s+|the\s+|that\s+)?$/i;

/** Whether the figure starting at `start` is one the writer turns down ("I can't offer 40% off"). */
export function isRefusedAt(text: string, start: number): boolean {
  return REFUSED_BEFORE.test(text.slice(Math.max(0, start - 50), start));
}

/** "I'll confirm whether we support X": the writer promises to find out, not that X is true. */
export function isHedged(clause: string): boolean {
  return HEDGE.test(clause);
}

// "whichever you use" names any tool the customer might have, and reports nothing they said.
const CUSTOMER_REPORT =
  /(?<!\b(?:if|should|whenever|when|as|in case|unless|whichever|whatever|wherever)\s)\b(?:you|your team|your security team|your IT team|your CISO|your auditors?|your legal team)(?:'ve| have| had)?\s+(?:mentioned|asked|said|wrote|noted|raised|flagged|told|shared|described|explained|need|needs|needed|require|requires|required|want|wants|wanted|use|uses|are using|'re using|run|are on|'re on|rely on|prefer|standardi[sz]ed on|currently)\b/i;

// "Your operations lead said…": whoever of theirs is speaking, the words are theirs.
const CUSTOMER_SPEAKS =
  /(?<!\b(?:if|should|whenever|when|as|in case|unless)\s)\byour\s+(?:[\w-]+\s+){1,2}?(?:said|says|mentioned|told|wrote|noted|asked|raised|flagged|explained|expects?|estimated?|forecasts?)\b/i;

// "the text at the end of your mail, which reads like a note for a chatbot": what their message looks like.
const CUSTOMER_TEXT_LOOKS =
  /\byour\s+(?:e-?mail|mail|message|note|letter|reply|attachment|document)\b[^.;]*?\b(?:looks?|reads?|seems?|sounds?)\s+like\b/i;

/** "You mentioned HIPAA is a requirement": the clause reports the customer, it claims nothing of ours. */
export function reportsCustomer(clause: string): boolean {
  return CUSTOMER_REPORT.test(clause) || CUSTOMER_SPEAKS.test(clause) || CUSTOMER_TEXT_LOOKS.test(clause);
}

const OFFER_QUESTION =
  /\b(?:would|could|shall|should|can)\b[^?]*\b(?:we|us|our|I)\b|\bwould\b[^?]*\b(?:work|help|suit)\b|\b(?:did you know|since|as)\b/i;
const ASKING_CUSTOMER = /\b(?:do|does|are|is|did|have|has|will|which|what|how many)\s+(?:you|your)\b/i;

/** A question asks unless it offers: "Would Sydney hosting work for you?" offers Sydney hosting. */
export function isAskingOnly(clause: string, endsWithQuestionMark: boolean): boolean {
  if (!endsWithQuestionMark || /\b(?:did you know|as you know)\b/i.test(clause)) return false;
  if (ASKING_CUSTOMER.test(clause)) return true;
  return !OFFER_QUESTION.test(clause);
}

/** The customer's own things: "your Okta tenant", "your APAC clinics" are theirs, not our claims. */
export function isCustomerOwned(clause: string, offsetInClause: number): boolean {
  const before = clause.slice(Math.max(0, offsetInClause - 40), offsetInClause);
  // "your tax adviser or auditors": the possessive reaches over the things listed with it.
  return /\b(?:your|their)\s+(?:[\w'’-]+\s+){0,2}(?:(?:or|and|&)\s+(?:[\w'’-]+\s+)?)?$/i.test(before);
}

// Things a rep sets up to show the product: "a sandbox demo account", "a test environment for the trial".
const DEMO = '(?:demo|trial|test|practice|dummy|mock|sample|example|throwaway)';
const SETUP =
  '(?:accounts?|workspaces?|environments?|instances?|logins?|tenants?|sites?|org(?:ani[sz]ation)?s?|portals?|set-?ups?)';
const DEMO_AFTER = /^(?:[\s-]+style)?[\s-]+(?:demo|trial|practice|dummy|mock|sample|throwaway)\b/i;
// The setup and, at most, the made-up data in it: "a test workspace with dummy loans already loaded".
const DEMO_SETUP = new RegExp(
  String.raw`^\W*(?:[\w-]+\s+){0,3}?${DEMO}[\s-]+${SETUP}\b(?:\s+(?:with|holding|containing)\s+(?:[\w-]+\s+){0,2}?(?:sample|dummy|made-up|fake|test|example|mock|anonymi[sz]ed)\b.*)?[\s.,;:!]*$`,
  'i',
);

/**
 * "I'll set up a sandbox demo account": a feature's word that only describes the demo the rep sets up
 * names no feature of a plan; "a sandbox for testing", "a demo sandbox" still name the feature.
 */
export function describesDemo(clause: string, end: number): boolean {
  return DEMO_AFTER.test(clause.slice(end));
}

/** "we'll give you a test environment with sample tickets": the whole phrase is a demo setup, no capability. */
export function namesDemoSetup(phrase: string): boolean {
  return DEMO_SETUP.test(phrase);
}
