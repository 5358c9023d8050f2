/**
 * Which plans the documents give a feature to, read from the documents' own wording ("Live chat on
 * Team and Enterprise", "Enterprise adds: the audit log, a sandbox", "There is no built-in phone
 * channel"), so gating holds for features no lexicon lists.
 */
import { STOPWORDS, tokenize } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { CURRENCY_CODES } from '../text/currencies.ts';
import { spellingStem } from '../text/spelling.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { matchTerms } from '../vocabulary/lexicon-matcher.ts';
import type { ProductCatalog, ProductMention } from './product-catalog.ts';

export type PlanGate = {
  /** The feature's words as written, for the finding. */
  phrase: string;
  /** Spelling-neutral stems of its meaningful words, in order. */
  stems: readonly string[];
  /** The plans the documents give it to; empty with `everyPlan` or `absent`. */
  skus: ReadonlySet<string>;
  /** "… on every plan": documented for all plans. */
  everyPlan: boolean;
  /** "There is no built-in phone channel": no plan has it. */
  absent: boolean;
  /** "Enterprise adds: …": plans above the one named have it too. */
  ladder: boolean;
  /** With `absent`: the feature that lacks it ("the sandbox … without ticket data"), else nothing has it. */
  within?: readonly string[];
  /**
   * An everyday word a plan's row names ("Pro: phone and email"): it gates nothing, but shows the plan
   * has what a name made of everyday words says ("email support").
   */
  everyday?: boolean;
  citation: GuardCitation;
};

const EVERY_PLAN = String.raw`(?:every|all|any|each)\s+(?:of\s+(?:our|the)\s+)?(?:plans?|tiers?|editions?)`;
const PLAN_PLACEHOLDER = '\u0001';
// A list of plans, once each plan name is replaced by a placeholder: "Team and Enterprise".
const PLAN_LIST = String.raw`${PLAN_PLACEHOLDER}(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)${PLAN_PLACEHOLDER})*`;
// "Team adds:", "Every plan:", "Enterprise includes:" open a list of what the plans named have;
// "**Every edition (Solo, Studio):**" names the plans it means in brackets, in bold or not.
const LABEL = new RegExp(
  String.raw`^[\s\-*•]*(?:(${PLAN_LIST})|(${EVERY_PLAN})(?:\s*\([^()]*\))?)\s*(?:(adds|also adds|includes|also includes|gets|has|offers)\s*)?:[\s*_]*`,
  'iu',
);
// "… on Team and Enterprise", "… (Enterprise only)", "… on every plan": the plans close the segment.
const TAIL = new RegExp(
  String.raw`(?:[\s,(:]+(?:(?:is|are)\s+)?(?:(?:only\s+)?(?:available\s+|included\s+|offered\s+|supported\s+)?(?:on|for|in|with)\s+(?:the\s+)?(?:(${PLAN_LIST})|(${EVERY_PLAN}))(?:\s+(?:plans?|only))?(\s+(?:and|or)\s+(?:above|up|higher))?|(${PLAN_LIST})\s+only))\s*\)?[.\s]*$`,
  'iu',
);
const ASKED_FOR =
  /^(?:is there|are there|do you (?:have|offer|sell|support)|does \S+ (?:have|offer|sell|support)|can (?:we|I) (?:get|buy|have))\s+(?:a|an|any)?\s*([^?]+?)\s*\?$/i;
// "There is no X", "Not today: we don't have a trailer tracker": what the product does not have.
const ABSENT =
  /^[\s\-*•]*(?:(?:not (?:today|yet|currently)|no)\s*[:,]\s*)?(?:there\s+(?:is|are)\s+no|we\s+(?:do not|don't|don’t)\s+(?:have|offer|sell|make)(?:\s+(?:a|an|any))?|we\s+have\s+no)\s+(.+?)[.\s]*$/i;
// "The sandbox is a copy of your configuration … without ticket data": what a feature leaves out.
const LEAVES_OUT =
  /^[\s\-*•]*(?:the|a|an|each|every)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s+(?:is|are|has|have|holds?|contains?|includes?|keeps?|copies|comes)\b[^;]*?\bwithout\s+((?:[\w-]+\s+){0,2}[\w-]+)/i;
// "There is no Type II report yet": when it is missing says nothing of what it is.
const NOT_NOW = /\s+(?:yet|today|currently|at (?:the|this) (?:moment|time)|for now|so far)[.\s]*$/i;
const NEGATION = /\b(?:not|no|never|without|cannot|can't|isn't|aren't|doesn't|don't|except|excluding)\b/i;
// Words that end the name of a feature: what follows says what it does or where it goes.
const ENDS_NAME =
  /\s(?:for|to|by|from|with|that|which|who|when|where|is|are|can|lets?|shows?|puts?|records?|runs?|within|across|between|among|throughout|per|in|via|as|at|into|so|if)\s.*$/i;
const LEADING = /^(?:a|an|the|one|our|your|its|their|each|every|any|also|plus|and|or|with)\s+/i;
const ASSERTED = /\s+(?:is|are)\s+(?:included|available|offered|supported)$/i;

/** The meaningful words of a feature name: what a draft must repeat to be talking about it. */
export function gateStems(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => !STOPWORDS.has(t.stem) && !/\d/.test(t.word))
    .map((t) => spellingStem(t.word));
}

/** A name specific enough to gate: two words, or one that is not an everyday word ("sandbox"). */
function specific(stems: readonly string[]): boolean {
  return stems.length >= 2 ? stems.length <= 4 : stems.length === 1 && !GENERIC_STEMS.has(stems[0]!);
}

// A figure in digits or in words ("four to six weeks, including two on-site days"); a number word
// inside a name ("two-factor", "two-way") is part of the name.
const FIGURE =
  /\d|(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|thousand|dozen)(?![\w-])/i;

// Words that tie a figure to what comes before it: "first response within 8 hours" is a figure statement.
const LEADS_TO_FIGURE =
  /\b(?:within|in|of|to|up to|every|at|for|by|than|under|over|after|before|per|a|an|the|is|are|from|on|about|around)\s*$/i;

/**
 * A figure makes a part a figure statement ("first response within 8 hours"), not a feature's name;
 * but "phone and email 24 hours a day" names its features before the figure that qualifies them.
 */
function namesBeforeFigure(part: string): string[] {
  // The digits of a named standard ("SOC 2 report", "ISO 27001 certificate") are part of the name.
  const named = matchTerms(part).filter((t) => /\d/.test(t.text));
  const plain = named.reduce(
    (text, t) => text.slice(0, t.start) + 'x'.repeat(t.end - t.start) + text.slice(t.end),
    part,
  );
  const at = plain.search(FIGURE);
  if (at < 0) return [part];
  const head = part.slice(0, at);
  return /[a-z]{3,}\s*$/i.test(head) && !LEADS_TO_FIGURE.test(head) ? [head] : [];
}

function startsWithFigure(list: string): boolean {
  return FIGURE.exec(list.replace(/\([^()]*\)/g, ' ').trimStart())?.index === 0;
}

/** The feature names of a list: "live chat, WhatsApp and Facebook Messenger channels". */
function listItems(text: string): string[] {
  return (
    text
      .replace(/\([^()]*\)/g, ' ')
      // A bracket left open ("Price (AUD, excl.") is a fragment of a table heading, not a list.
      .replace(/\([^)]*$/, '')
      .split(/\s*[,;]\s*/)
      .flatMap(namesBeforeFigure)
      // "E-signature for contracts and letters" names one feature: what follows "for" is no other item.
      .map((part) => part.replace(ENDS_NAME, ''))
      .flatMap((part) => part.split(/\s*(?:\band\b|\bor\b|&|\bplus\b)\s*/i))
      .map((item) =>
        item
          .replace(/^[\s\-*•:#]+|[\s.:]+$/g, '')
          .replace(ENDS_NAME, '')
          .replace(ASSERTED, '')
          .replace(LEADING, '')
          .replace(LEADING, '')
          .trim(),
      )
      .filter((item) => item.length > 0)
  );
}

/** The segment with each product name replaced by a placeholder, and the names in order. */
function withPlaceholders(
  catalog: ProductCatalog,
  segment: string,
): { text: string; plans: ProductMention[] } {
  const plans = catalog.mentions(segment);
  let text = '';
  let at = 0;
  for (const p of plans) {
    text += `${segment.slice(at, p.start)}${PLAN_PLACEHOLDER}`;
    at = p.end;
  }
  return { text: text + segment.slice(at), plans };
}

const CURRENCY_CODE = new RegExp(String.raw`\b(?:${CURRENCY_CODES})\b`);
const isPriceColumn = (label: string) =>
  CURRENCY_CODE.test(label) || /\b(?:prices?|billed|prepaid)\b/i.test(label);

// A comparison-table cell that says a plan lacks the row's feature.
const LACKS = /^(?:none|no|not available|not included|n\/a|[-–—✗✘×])(?:\W|$)/i;

// "…, and the option to buy X and Y": products a plan may add are no plan the list is about.
const TO_BUY = new RegExp(
  String.raw`\b(?:option|choice|ability|right)\s+to\s+(?:buy|add|purchase)\b[^${PLAN_PLACEHOLDER}]*${PLAN_PLACEHOLDER}`,
  'iu',
);

/** Whether every product named in a list is named as something to buy. */
function onlyProductsToBuy(rest: string): boolean {
  const at = TO_BUY.exec(rest);
  return at !== null && !rest.slice(0, at.index).includes(PLAN_PLACEHOLDER);
}

/** The skus of the plan list that starts at `start` of the placeholder text. */
function plansOf(text: string, plans: readonly ProductMention[], start: number, list: string): string[] {
  const before = text.slice(0, start).split(PLAN_PLACEHOLDER).length - 1;
  const count = list.split(PLAN_PLACEHOLDER).length - 1;
  return plans.slice(before, before + count).map((p) => p.sku);
}

/** Every plan gate a public document sentence states. */
export function readPlanGates(
  catalog: ProductCatalog,
  sentence: string,
  citation: GuardCitation,
  /** The FAQ question the sentence answers, if any. */
  asked = '',
): PlanGate[] {
  const gates: PlanGate[] = [];
  const units = new Set(gateStems(catalog.sharedUnits.join(' ')));
  const add: AddGates = (items, skus, flags) => {
    for (const phrase of items) {
      const stems = gateStems(phrase);
      // "up to 3 terminals per venue": what the price book sells by is no feature of a plan.
      const everyday = !specific(stems) || stems.every((s) => units.has(s));
      if (everyday && (stems.length !== 1 || skus.length === 0 || flags.absent || flags.everyPlan)) continue;
      gates.push({
        phrase,
        stems,
        skus: new Set(skus),
        everyPlan: false,
        absent: false,
        ladder: false,
        citation,
        ...flags,
        ...(everyday ? { everyday } : {}),
      });
    }
  };
  // "Is there a free plan?" answered "No, but…": nothing has a free plan. The question may open the
  // same sentence as its answer ("**Is there a free plan?** No.").
  const inline = /^\s*\**([^?]+\?)[*_\s]+(no\b.*)$/is.exec(sentence);
  const [question, answer] = inline ? [inline[1]!, inline[2]!] : [asked, sentence];
  const denied = /^[\s*]*no\b/i.test(answer) ? ASKED_FOR.exec(question.replace(/\*+/g, '').trim()) : null;
  if (denied)
    add(
      [denied[1]!.trim()].filter((i) => gateStems(i).length >= 2),
      [],
      { absent: true },
    );
  if (plansColumn(catalog, sentence, add)) return gates;
  // "Foundation and Professional: …; there are no service credits" says what those plans lack.
  const labelled =
    LABEL.exec(withPlaceholders(catalog, sentence.replace(/[*_]+/g, '')).text)?.[1] !== undefined;
  // A FAQ question run into its answer ("**Which sensors can we connect?** Anything…") lists nothing.
  for (const segment of sentence.split(/;\s+|\.\s+(?=\p{Lu})|\?[*_]*\s+/u))
    readSegment(catalog, segment, add, labelled);
  return gates;
}

type AddGates = (items: string[], skus: string[], flags: Partial<PlanGate>) => void;

// "Simpro: What it does: …; Plans: Sentinel, Convoy.": a table row whose plans column names its plans.
const ROW_LABEL = /^\s*([^:;]{2,60}):\s/;
const PLANS_CELL = /;\s*(?:plans?|editions?|tiers?|available (?:on|with|in))\s*:\s*([^;]+?)\.?\s*$/i;

/** Gives a row's label to the plans its plans column names, when the cell names nothing but plans. */
function plansColumn(catalog: ProductCatalog, sentence: string, add: AddGates): boolean {
  const label = ROW_LABEL.exec(sentence)?.[1];
  const cell = PLANS_CELL.exec(sentence)?.[1];
  if (!label || !cell || catalog.mentions(label).length > 0) return false;
  const plans = catalog.mentions(cell);
  let rest = cell;
  for (const p of [...plans].reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
  if (plans.length === 0 || !/^[\s,&]*(?:(?:and|or)[\s,&]*)?$/i.test(rest)) return false;
  add([label], [...new Set(plans.map((p) => p.sku))], {});
  return true;
}

const ON_EVERY_PLAN = new RegExp(String.raw`\b(?:on|in|with|for)\s+(?:the\s+)?${EVERY_PLAN}\b`, 'iu');

/**
 * "MQTT or LoRaWAN on every plan, and PLCs over OPC UA on Ridge and Summit": what comes before "every
 * plan" is every plan's, and only the rest is left for the plans that close the sentence.
 */
function afterEveryPlan(head: string, add: AddGates): string {
  const every = ON_EVERY_PLAN.exec(head);
  if (!every) return head;
  add(listItems(head.slice(0, every.index)), [], { everyPlan: true });
  return head.slice(every.index + every[0].length);
}

/**
 * The gates of one part of a sentence, up to a semicolon: a denial, a labelled list, or a list closed
 * by its plans. In a sentence labelled with plans, a denial is theirs, not the whole product's.
 */
function readSegment(catalog: ProductCatalog, segment: string, add: AddGates, labelled: boolean): void {
  const absent = ABSENT.exec(segment);
  if (absent) {
    if (labelled) return;
    // "There is no X" denies a thing only when it is named in full: "no other regions" denies nothing.
    const named = listItems(absent[1]!.replace(NOT_NOW, '')).filter(
      (i) => gateStems(i).length >= 2 && !/^(?:other|more|further)\b/i.test(i),
    );
    add(named, [], { absent: true });
    return;
  }
  const leaves = LEAVES_OUT.exec(segment.replace(/\([^()]*\)/g, ' '));
  if (leaves) {
    const within = gateStems(leaves[1]!);
    const left = listItems(leaves[2]!).filter((i) => gateStems(i).length >= 2);
    if (specific(within)) add(left, [], { absent: true, within });
  }
  const { text, plans } = withPlaceholders(catalog, segment);
  const label = LABEL.exec(text);
  if (label) {
    const rest = text.slice(label[0].length);
    // Another plan's name inside the list ("everything in Team, plus…") makes the list about more than
    // the label's plans, unless it only names products to buy ("the option to buy the CRM connector").
    // A plan-comparison row, "Starter: Light agents: none": the plan has the feature unless the cell says not.
    const cell = /^([^:]+):\s*(.*)$/.exec(rest);
    // "Starter: Call recording add-on: available": the row's feature may itself be a product sold beside
    // the plans, and is then named in the document's words.
    const productRow =
      cell && label[1] && cell[1]!.includes(PLAN_PLACEHOLDER) && !cell[2]!.includes(PLAN_PLACEHOLDER)
        ? rowFeature(segment)
        : undefined;
    if (rest.includes(PLAN_PLACEHOLDER) && !onlyProductsToBuy(rest) && !productRow) return;
    if (cell && label[1]) {
      // "Crew: CAD, billed monthly: 39" is a price column, not a feature.
      if (isPriceColumn(cell[1]!)) return;
      if (!LACKS.test(cell[2]!.trim()))
        add(productRow ? [productRow] : listItems(cell[1]!), plansOf(text, plans, 0, label[1]), {});
      return;
    }
    // "Meadow: two weeks, remote" is a row of values for the plan, not a list of what it has; but
    // "Enterprise: 99.95% uptime, with service credits" names what comes with the value.
    if (NEGATION.test(rest)) return;
    const listed = startsWithFigure(rest) ? WITH_AFTER_FIGURE.exec(rest)?.[1] : rest;
    if (listed === undefined) return;
    const items = listItems(listed).filter((i) => !i.includes(PLAN_PLACEHOLDER));
    if (label[2]) add(items, [], { everyPlan: true });
    else
      add(items, plansOf(text, plans, text.indexOf(label[1]!), label[1]!), {
        ladder: /adds/i.test(label[3] ?? ''),
      });
    return;
  }
  const tail = TAIL.exec(text);
  if (!tail) return;
  const head = afterEveryPlan(text.slice(0, tail.index), add);
  // Plans named before the tail ("5 on Starter, 50 on Team, unlimited on Enterprise") make it a
  // table of values per plan, and a negation ("not sold on Starter or Team") no grant.
  if (head.includes(PLAN_PLACEHOLDER) || NEGATION.test(segment)) return;
  // "EU (Frankfurt) and Japan (Tokyo, Enterprise only)": a plan inside brackets limits only its bracket.
  if (head.split('(').length > head.split(')').length) return;
  // "Zurich (default), Frankfurt, and Sydney (Summit only)": plans in brackets limit the item they follow.
  const items = listItems(/^[\s,]*\(/.test(tail[0]) ? head.slice(head.lastIndexOf(',') + 1) : head);
  const list = tail[1] ?? tail[4];
  if (tail[2] || !list) add(items, [], { everyPlan: true });
  // "on Studio and above" reaches every plan priced above Studio, as "Studio adds:" does.
  else add(items, plansOf(text, plans, tail.index + tail[0].indexOf(list), list), { ladder: !!tail[3] });
}

const WITH_AFTER_FIGURE = /,\s*(?:and\s+)?with\s+([^,;]+)$/i;

/** The feature a comparison row names between the plan's label and its cell: "Pro: Audit add-on: yes". */
function rowFeature(segment: string): string | undefined {
  return /^[^:]*:\s*([^:]+?)\s*:/.exec(segment.replace(/[*_]+/g, ''))?.[1];
}

/** What a section heading says of the lists under it: the plans that have them, or that none has. */
export type SectionScope = { absent: true } | { absent: false; skus: string[]; ladder: boolean };

// "## Not offered in any edition", "## Not available": nothing listed below is sold.
const NOT_OFFERED_HEADING =
  /^\W*(?:not\s+(?:available|offered|included|supported|provided|sold)|unavailable|unsupported)\b/i;
// "## Command only", "## Professional adds", "## From Dispatch up (Dispatch and Command)": a heading made
// of plan names and a word that gives the section to them. A heading naming a plan and nothing else
// may introduce prose about it, which is no list of what it has.
const PLAN_HEADING = new RegExp(
  String.raw`^\W*(?:from\s+)?(?:the\s+)?(${PLAN_LIST})\s*(?:plans?|editions?|tiers?)?\s+(only|adds|also adds|includes|gets|(?:and\s+)?(?:above|up|upwards|onwards|higher))\s*(?:\(\s*${PLAN_LIST}\s*(?:only)?\s*\))?\W*$`,
  'iu',
);

// "## Premium support (included with Enterprise)", "## Skills routing (Enterprise only)": a heading that
// names a thing and, in brackets, the plans that have it; what is listed under it is part of that thing.
const BRACKETED_PLANS_HEADING = new RegExp(
  String.raw`^[^()]*?[a-z${PLAN_PLACEHOLDER}][^()]*\(\s*(?:(?:included|available|offered)\s+)?(?:(?:with|on|in)\s+)?(?:the\s+)?(${PLAN_LIST})(?:\s+(?:plans?|only))?\s*\)\W*$`,
  'iu',
);

/** The scope a heading gives its section, if it gives one. */
export function sectionScope(catalog: ProductCatalog, heading: string): SectionScope | undefined {
  if (NOT_OFFERED_HEADING.test(heading)) return { absent: true };
  const { text, plans } = withPlaceholders(catalog, heading);
  const scoped = PLAN_HEADING.exec(text);
  if (scoped && plans.length > 0)
    return { absent: false, skus: [...new Set(plans.map((p) => p.sku))], ladder: !/only/i.test(scoped[2]!) };
  // The thing the heading names may be sold on its own as well: its parts are then its buyers' too.
  if (BRACKETED_PLANS_HEADING.test(text))
    return { absent: false, skus: [...new Set(plans.map((p) => p.sku))], ladder: false };
  return undefined;
}

/** The gates of a list under a scoping heading: each feature it names goes to the heading's plans, or to none. */
export function readSectionGates(
  catalog: ProductCatalog,
  scope: SectionScope,
  sentence: string,
  citation: GuardCitation,
): PlanGate[] {
  // A sentence that names plans or denies something speaks for itself, whatever its heading says.
  if (catalog.mentions(sentence).length > 0 || NEGATION.test(sentence) || sentence.trimEnd().endsWith('?'))
    return [];
  const items = listItems(sentence).filter((i) => {
    const stems = gateStems(i);
    return scope.absent ? stems.length >= 2 && specific(stems) : specific(stems);
  });
  return items.map((phrase) => ({
    phrase,
    stems: gateStems(phrase),
    skus: new Set(scope.absent ? [] : scope.skus),
    everyPlan: false,
    absent: scope.absent,
    ladder: !scope.absent && scope.ladder,
    citation,
  }));
}
