/** Amounts: a price, fee or total a draft states must be one the price book, the documents or the record yield. */
import { stems } from '../../knowledge/text-tokens.ts';
import { type DraftClause, productAt } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import { billingNearest, linesSaid, saysBilling } from '../index/billing-lines.ts';
import { type Approval, type DealContext, moneyOnRecord } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { periodOf } from '../index/product-catalog.ts';
import { headCountsIn, quantitiesIn } from '../index/quantities.ts';
import { linesForSize } from '../index/tier-lines.ts';
import type { MoneyFigure } from '../text/figures.ts';
import { splitSentences } from '../text/sentences.ts';
import { HEAD_NOUN } from '../vocabulary/head-nouns.ts';
import { addOnsSpokenOf } from './add-ons-spoken.ts';
import { variantIn } from './currency-variants.ts';
import { currencyFamily, statedCurrency } from './fact-currency.ts';
import {
  approvedPercents,
  type DraftFigures,
  INCREASE_AFTER,
  INCREASE_BEFORE,
  isApproximate,
  REDUCTION_AFTER,
  REDUCTION_BEFORE,
  seatCounts,
} from './figure-context.ts';
import { graduatedAmounts, tierCapacity } from './graduated-totals.ts';
import { contradictedCell } from './labelled-rates.ts';
import { linesNamedBeside } from './lines-named-beside.ts';
import { moneySupport } from './money-support.ts';
import { backsNamedFee, featurePriced, feeNamedFor, subjectPriced } from './named-fees.ts';
import { isPaidToday, orderFormPassages } from './order-form-prices.ts';
import { columnHeading } from './order-form-tables.ts';
import { perUseSaidFirst, pricedByAnotherUse } from './priced-uses.ts';
import { kindOf } from './products-by-kind.ts';
import { isScopedQuoteTotal } from './quote-scope.ts';
import { isOneOfTotals, quoteTotals } from './quote-totals.ts';
import { isRecordQuoteTotal } from './record-quote-scope.ts';
import {
  heldLimitBreaches,
  renewalTerms,
  renewalTotals,
  speaksOfLaterRenewal,
  speaksOfRenewal,
} from './renewal-terms.ts';
import { isRecordPlusOneOff, isRepricedRecord } from './repriced-amounts.ts';
import { statedRounding, writtenRounding } from './stated-rounding.ts';

// A rate said to cover an add-on as well: "all in, with the Library", "including Shift Swap".
const AT_LIST = /^[^.;,]{0,30}?\b(?:at list|before (?:any )?discounts?)\b/i;
// "Sentinel lists at €31", "a list price of €31", "(list $12 less 25%)": the list price said before the amount.
const LIST_BEFORE = /\b(?:lists|listed|list price(?:\s+is|\s+of)?)\s+(?:at\s+|for\s+)?$|\(\s*list\s+$/i;
// "an extra seat on", "additional storage for": what is bought beside the plan named next.
const EXTRA_ON =
  /\b(?:(?:an?\s+|one\s+)?(?:extra|additional|further)\s+(?:[\w-]+\s+){1,2}|add-?on\s+|upgrade\s+)(?:on|for|with|to)\s+(?:the\s+|your\s+)?$/i;
// How a price of the monthly-billing line is asked for, and how the yearly one is.
const MONTHLY_BILLING =
  /\b(?:monthly billing|billed monthly|month[\s-]to[\s-]month|pay(?:ing)? monthly|monthly payments?)\b/i;
const YEARLY_BILLING = /\b(?:annual(?:ly)?|yearly|per year|a year|upfront|up front|prepa(?:id|y))\b/i;
const COMPARED_BEFORE =
  /\b(?:instead of|rather than|compared (?:with|to)|versus|vs\.?|down from|up from)\s*$/i;
const THEIR_MONEY_AFTER =
  /^\s*(?:monthly\s+)?(?:rents?|rent payments?|invoices?|transactions?|deposits?|purchases?|orders?|baskets?)\b/i;
const WHOLE_TEAM =
  /\b(?:for|across|covering)\s+(?:the|your)\s+(?:whole|entire|full)\s+(?:team|company|organi[sz]ation|staff|department)\b|\bfor\s+(?:everyone|everybody)\b/i;
const ALL_IN = /\b(?:all[\s-]in|in all|altogether|together|including|inclusive of|combined)\b/i;

const scopesRead = new WeakMap<readonly Approval[], Map<Approval, string[]>>();

/** The price-book lines each approval of the deal names (read once per deal): what it may discount. */
function approvalScopes(index: GuardIndex, deal: DealContext): Map<Approval, string[]> {
  let scopes = scopesRead.get(deal.approvals);
  if (!scopes) {
    scopes = new Map(
      deal.approvals.map((a) => [
        a,
        index.catalog
          .mentions(a.citation.quote ?? '')
          .flatMap((m) => [...(index.catalog.lines.get(m.sku) ?? [m.sku])]),
      ]),
    );
    scopesRead.set(deal.approvals, scopes);
  }
  return scopes;
}

const rivals = new WeakMap<GuardIndex, ReadonlySet<string>>();

/** The passages of battlecards: what a competitor charges is no price of ours (read once per index). */
function rivalChunks(index: GuardIndex): ReadonlySet<string> {
  let ids = rivals.get(index);
  if (!ids) {
    ids = new Set(index.kb.active.filter((c) => c.kind === 'battlecard').map((c) => c.id));
    rivals.set(index, ids);
  }
  return ids;
}

export function moneyProblem(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  said: MoneyFigure,
  draft: DraftFigures,
  text: string,
  block: (kind: 'price', check: string, reason: string, citation?: GuardCitation) => GuardFinding,
): GuardFinding | undefined {
  // "On a $925 rent that's $27.59": the customer's own money, which a percentage fee is worked on.
  if (THEIR_MONEY_AFTER.test(text.slice(said.end, said.end + 20))) return undefined;
  // "It's $14 per agent, not $12": the figure corrected claims nothing (the one beside it is judged).
  if (/\bnot\s+$/i.test(text.slice(Math.max(0, said.start - 5), said.start))) return undefined;
  // "the $13.50 from Tallyshift", "I can't match $35 a seat": the rival's price the customer gave, told back.
  if (deal.asked.has(said.value) && talksOfRival(index, text, clause, said)) return undefined;
  // "£7.50 per learner per month": a price per the unit the price book sells by is a rate, quoted to
  // the penny, however the figure reader took the unit.
  // So is "priced per technician at $6", the head said first.
  const headBefore = HEAD_BEFORE.exec(text.slice(Math.max(0, said.start - 50), said.start))?.[1];
  const figure =
    !said.perUnit && (headBefore || isPerBookUnit(index, text.slice(said.end, said.end + 40)))
      ? { ...said, perUnit: true }
      : said;
  const at =
    productAt(clause, figure.start, text, figure.end) ??
    productLabelled(index, text, clause, figure) ??
    (figure.perUnit ? draft.referent(clause) : undefined);
  // "one extra seat on Dispatch … $24 a month", "the BIM viewer is an add-on for Pro at $540": the plan is
  // where the extra is bought, not what is priced; what is priced is the product named before it, if any.
  const bought = at !== undefined && EXTRA_ON.test(text.slice(Math.max(0, at.start - 40), at.start));
  const named = bought ? clause.products.filter((p) => p.end <= at.start && p.sku !== at.sku).at(-1) : at;
  const variant = named ? variantIn(index.catalog, named.sku, figure.currency) : undefined;
  const product = named && variant ? { ...named, sku: variant.sku } : named;
  const catalogProduct = product ? index.catalog.bySku.get(product.sku) : undefined;
  const currency = catalogProduct?.currency ?? deal.opportunity.currency;
  // "Summit in Sydney is AUD 52,000" on a franc deal: the price book sells in that currency too, so the
  // amount is judged like any other; a currency the price book never uses is wrong outright.
  const sold = index.catalog.products.some((p) => p.currency === figure.currency);
  // "Practice is A$595 a month" where a page lists Practice in Australian dollars too.
  const listedIn = deal.facts.money.some(
    (m) => m.currency === figure.currency && (!catalogProduct || m.skus.includes(catalogProduct.sku)),
  );
  if (figure.currency && figure.currency !== currency && (catalogProduct || !sold) && !listedIn) {
    return block(
      'price',
      'currency',
      `${figure.text} is in ${figure.currency}; this deal is priced in ${currency}`,
    );
  }
  const unitSaid = catalogProduct
    ? headForThing(index, `${figure.text} ${headBefore ?? ''}`, catalogProduct.unit)
    : undefined;
  if (unitSaid)
    return block(
      'price',
      'price',
      `${figure.text}: ${catalogProduct!.name} is priced per ${catalogProduct!.unit}, not per ${unitSaid}`,
    );
  // "It's $7,200 per technician seat a year on Business": the amount of a line sold as one fee or per
  // thing (Premium Support, a minutes pack), said per head, and no line sold per head costs it.
  const flat = flatPriceSaidPerHead(
    index,
    figure,
    () =>
      `${splitSentences(text.slice(0, clause.sentence.start)).at(-1)?.text ?? ''} ${clause.sentence.text}`,
  );
  if (flat)
    return block('price', 'price', `${figure.text}: ${flat.name} is priced per ${flat.unit}, not per head`);
  // "The assistant is $25 a month in total": a per-seat rate said as one flat fee.
  if (
    catalogProduct &&
    isHeadUnit(catalogProduct.unit) &&
    Math.abs(figure.value - catalogProduct.listPrice) < 0.005 &&
    (FLAT_AFTER.test(text.slice(figure.end, figure.end + 50)) ||
      PER_WHOLE.test(figure.text) ||
      /\ba\s+flat\s+$/i.test(text.slice(Math.max(0, figure.start - 10), figure.start)))
  )
    return block(
      'price',
      'price',
      `${figure.text}: ${catalogProduct.name} is priced per ${catalogProduct.unit}, not as one fee`,
    );
  // "Your contracted $54.52 per seat" on Scale (list $58): the account's own order form sets its rate.
  const ownRate = orderFormRates(deal, orderFormPassages(index, deal)).some(
    (v) => Math.abs(v - figure.value) < 0.005,
  );
  const cell = ownRate ? undefined : contradictedCell(deal, clause, figure, product?.sku);
  if (cell)
    return block(
      'price',
      'price',
      `${figure.text} is not the rate the price table gives that line (${cell.value})`,
      cell.citation,
    );
  const approximate = isApproximate(text, figure);
  // The billing the sentence says of this amount ("$19 billed annually, or $23 billed monthly").
  const billing = billingNearest(
    clause.sentence.text,
    figure.start - clause.sentence.start,
    figure.end - clause.sentence.start,
  );
  // "On monthly billing, six agents come to $102 a month" where $102 is six seats on the annual line.
  if (!approximate && billsOtherLine(index, deal, clause, figure, draft, text, billing))
    return block('price', 'price', `${figure.text} is the price of another billing than the sentence says`);
  const reduction =
    REDUCTION_AFTER.test(text.slice(figure.end, figure.end + 30)) ||
    REDUCTION_BEFORE.test(text.slice(Math.max(0, figure.start - 40), figure.start));
  // An approval that names what it discounts ("18% off the Convoy subscription") prices only that.
  const scopes = approvalScopes(index, deal);
  const approvedOn = (skus: readonly string[]) =>
    approvedPercents(deal, draft.draftMonths, (a) => {
      const named = scopes.get(a) ?? [];
      return named.length === 0 || skus.length === 0 || skus.some((s) => named.includes(s));
    });
  // A size band discounts the subscription, never hardware or a service a passage names by its kind.
  const isBand = (percent: number) => deal.facts.discounts.volumeBands?.includes(percent) ?? false;
  // "US$129 per terminal a month at list": the list price, with no discount of any kind.
  const atList =
    AT_LIST.test(text.slice(figure.end, figure.end + 40)) ||
    LIST_BEFORE.test(text.slice(Math.max(0, figure.start - 25), figure.start));
  // "240 providers on Health System: $609,120 a year": graduated tiers of the plan the passage or the
  // deal's name names.
  const graduated =
    !figure.perUnit && figure.value >= 1
      ? graduatedAmounts(
          index,
          deal,
          [
            ...new Set([
              ...(at ? [at.sku] : []),
              ...draft.passageProducts(clause),
              ...index.catalog.mentions(deal.opportunity.name).map((m) => m.sku),
            ]),
          ].flatMap((s) => [...(index.catalog.lines.get(s) ?? [s])]),
          [
            ...draft.draftCounts,
            ...seatCounts(deal),
            ...quantitiesIn(clause.sentence.text).map((q) => q.value),
          ],
        )
      : [];
  const orderForm = orderFormPassages(index, deal);
  const terms = renewalTerms(index, deal, orderForm);
  // The heading of the table column the amount sits in, if any ("Today", "Per seat per year").
  const column = orderForm.size > 0 ? (columnHeading(text, figure.start) ?? '') : '';
  const ofRenewal =
    orderForm.size > 0 &&
    (!product || terms.plans.size === 0 || terms.plans.has(product.sku)) &&
    speaksOfRenewal(deal, text, clause.sentence, RENEWAL) &&
    // "| Door fees per year | $15,252.00 | $17,503.20 |" under "| | Today | Renewal |": today's column.
    !NOW.test(column);
  // "…for all 45 agents. At $24 per agent, that's $480 a month for the whole team": a total for everyone
  // counts the team the passage or the record gives, not the 20 agents who have it today; "for 36 agents
  // the renewal comes to…" counts the 36 renewed, not the 30 the order form's totals are for.
  const renewed = ofRenewal ? headCountsIn(clause.sentence.text) : [];
  const team = figure.perUnit
    ? undefined
    : WHOLE_TEAM.test(clause.sentence.text)
      ? teamSizes(deal, text, clause)
      : renewed.length > 0
        ? renewed
        : undefined;
  const documentedSupport = (
    amount: MoneyFigure,
    skus: string[],
    bands = atList ? [] : [...draft.bandDiscounts, ...draft.sentencePercents(clause)],
    counted = true,
    otherThan?: ReadonlySet<string>,
    onlyFrom?: ReadonlySet<string>,
  ) =>
    moneySupport(deal, amount, {
      skus,
      ...(otherThan ? { otherThan } : {}),
      ...(onlyFrom ? { onlyFrom } : {}),
      // "£1,490 for ten more trackers": the sentence's own quantities count what it prices.
      counts: counted
        ? (team ?? [
            ...draft.draftCounts,
            ...seatCounts(deal),
            ...quantitiesIn(clause.sentence.text).map((q) => q.value),
          ])
        : [],
      ...(team ? { team } : {}),
      reduction,
      discounts: atList ? [] : [...draft.draftDiscounts.filter((p) => !isBand(p)), ...approvedOn(skus)],
      // A size band's percentage, however the draft says it ("with the 5% band"), takes down the plan's fee only.
      planOnly:
        skus.length > 0 && skus.every((s) => isAddOnLine(index, deal, s))
          ? []
          : [...bands, ...(atList ? [] : draft.draftDiscounts.filter(isBand))],
      programmes: atList ? [] : draft.programmes,
      months: draft.draftMonths,
      tolerance: approximate ? index.config.approximateTolerance : index.config.moneyTolerance,
      approximate,
      monthlyBilling:
        MONTHLY_BILLING.test(clause.sentence.text) && !YEARLY_BILLING.test(clause.sentence.text),
      flatFees: flatFeesOf(index),
      rivalSources: rivalChunks(index),
      derived: counted ? graduated : [],
      capacity: (skus) => tierCapacity(index, skus),
      ...mainDollarOf(index),
    });
  // "A Snowflake sync fee of $200": backed only by a passage that speaks of what the fee is for.
  const feeFor = product
    ? undefined
    : (feeNamedFor(text, figure) ??
      // "WhatsApp is $24 per agent on top of Enterprise": a feature said to cost the amount, whatever
      // plan it is bought on.
      featurePriced(text, figure, draft.sentenceTerms(clause)) ??
      (index.catalog.mentions(text.slice(clause.sentence.start, figure.start)).length === 0
        ? subjectPriced(text.slice(clause.sentence.start, figure.start))
        : undefined));
  // "Each recorded call costs $6", "conversations are billed at $14 per 100": what the amount is per, said first.
  const perUse = perUseSaidFirst(text.slice(clause.sentence.start, figure.start));
  const supportOf = (...args: Parameters<typeof documentedSupport>) => {
    const citation = documentedSupport(...args);
    return citation &&
      (!feeFor || backsNamedFee(feeFor, citation)) &&
      !pricedByAnotherUse(index, `${perUse}${text.slice(args[0].start, args[0].end + 30)}`, citation)
      ? citation
      : undefined;
  };
  const supportFor = (skus: string[], bands?: number[]) => supportOf(figure, skus, bands);
  // "You currently pay $59 an agent": what the customer pays today is their order form's to say.
  if (
    orderForm.size > 0 &&
    isPaidToday(text, figure) &&
    // A rate cell may give no period of its own: its amount is the order form's, however the draft says it.
    !orderFormRates(deal, orderForm).some((v) => Math.abs(v - figure.value) < 0.005) &&
    !supportOf(figure, [], undefined, true, undefined, orderForm)
  )
    // Its own check: a sum of other grounded figures (60 × $59) is still not what the order form gives.
    return block('price', 'order-form', `${figure.text} is not what the account's order form gives`);
  // "For the renewal, Standard comes to $48 a seat" where the order form renews at $47: the renewal
  // gets the price the order form sets for it, less a documented discount. Where it sets none, a renewal
  // said to keep today's price ("you'd renew at $59 per agent, unchanged") keeps the order form's.
  // (The list price of the seats beyond a held price's limit is no rate to discount for the rest.)
  const beyond = terms.heldUpTo?.beyond ?? [];
  const renewal = renewalRates(
    deal,
    orderForm,
    terms.rates.filter((r) => terms.held.includes(r) || !beyond.includes(r)),
  );
  const kept = CONTINUING.test(clause.sentence.text) && !CHANGED.test(clause.sentence.text);
  // A seat's price: said per seat, "each", or bare where it is a price-book line's ("stays flat at $59")
  // or the order form's ("your per-agent price stays at $68").
  const seatPrice =
    figure.perUnit ||
    /^\s*(?:each|apiece)\b/i.test(text.slice(figure.end)) ||
    (figure.period === undefined &&
      (index.catalog.products.some((p) => p.listPrice === figure.value) ||
        // "carry the $68 rate into the new term": today's rate said to go on, and said of no other time.
        (ofRenewal && kept && !NOW.test(clause.sentence.text) && terms.inForce.includes(figure.value)) ||
        PER_HEAD_PRICE_BEFORE.test(text.slice(clause.sentence.start, figure.start)) ||
        // "| Oct 2027 to Sep 2028 | $99.00 |" under "| Renewal year | Per agent per month |".
        PER_HEAD_COLUMN.test(column)));
  // "$504 per seat per year" is the $42 monthly renewal rate over a year (so is "$504" in a "Per seat per year" column).
  const yearly = figure.period === 'year' || /\byear/i.test(column);
  const monthly = yearly ? figure.value / 12 : figure.value;
  const sameAs = (v: number) => [figure.value, monthly].some((r) => Math.abs(r - v) < 0.005);
  // A total to the dollar.
  const near = (v: number) => Math.abs(v - figure.value) < 0.5;
  const set = renewal.length > 0 || terms.ceiling !== undefined;
  // A cap raises each line from its own fee: the device blocks' $40 + 7%, not the seats' $52 + 7%.
  const line = product?.sku ?? singleOf(draft.sentenceProducts(clause));
  const lineCeiling = (line ? terms.lineCeilings.get(line) : undefined) ?? terms.ceiling ?? 0;
  // "…caps any renewal increase at 5% over your $22.00, so the renewal price is $23.10": the cap's
  // ceiling, and likewise the rate a set uplift gives ("increases by 5% at renewal": $51.45).
  // "From May 2027 Plus will still be $38": a renewal after the held one, which the list prices.
  const laterRenewal =
    terms.listAfterHold && speaksOfLaterRenewal(deal, clause.sentence.text, terms.heldRenewals);
  const termRates = [
    ...terms.rates.filter((r) => !(laterRenewal && terms.held.includes(r))),
    ...(terms.ceiling === undefined ? [] : [terms.ceiling]),
    ...(line && terms.lineCeilings.has(line) ? [terms.lineCeilings.get(line)!] : []),
  ];
  if (ofRenewal && termRates.some(sameAs)) return undefined;
  // Under a cap, any price from today's up to the ceiling is the order form's to allow (not for a line
  // that renews at list whatever the cap).
  if (
    ofRenewal &&
    seatPrice &&
    terms.ceiling !== undefined &&
    !(product && terms.addOnsAtList.has(product.sku)) &&
    monthly <= lineCeiling + 0.005 &&
    monthly >= Math.min(...terms.inForce) - 0.005
  )
    return undefined;
  // "Renewing your 60 agents comes to $37,044 for the year": those rates times the seats renewed.
  if (ofRenewal && renewalTotals(deal, termRates, clause.sentence.text, terms).some(near)) return undefined;
  // "The renewal year comes to $113,280, the same as the current year" where the order form prices the
  // renewal otherwise: today's total said to carry on. (Under a cap, staying the same is allowed.)
  // Said of no other time ("At 50 agents the renewal would be $40,800") it is today's rate carried on too.
  const changedRates = terms.inForce.filter(
    (r) => ![...termRates, ...renewal].some((t) => Math.abs(t - r) < 0.005),
  );
  if (
    ofRenewal &&
    (kept || !(NOW.test(clause.sentence.text) || isPaidToday(text, figure))) &&
    !seatPrice &&
    terms.rates.length > 0 &&
    terms.ceiling === undefined &&
    renewalTotals(deal, changedRates, clause.sentence.text).some(near)
  )
    return block(
      'price',
      'order-form',
      `${figure.text} is today's total, not the renewal the order form prices`,
    );
  // "all 90 agents at the $99 in your order form: $106,920" where the $99 is held for up to 80 agents
  // only; or the 40 it holds for, at list.
  if (
    ofRenewal &&
    !seatPrice &&
    terms.heldUpTo &&
    heldLimitBreaches(deal, terms, clause.sentence.text).some(near) &&
    !renewalTotals(deal, termRates, clause.sentence.text, terms).some(near)
  )
    return block(
      'price',
      'order-form',
      `${figure.text} does not hold the renewal price for the ${terms.heldUpTo.heads} seats the order form holds it for, and only those`,
    );
  // "The renewal for 80 agents is $107,520 a year" at the $112 list where the order form caps it at
  // $109.20, or renews it at list less 10%: a plan's list price the renewal does not give.
  const offList =
    terms.atList || (terms.rates.length === 0 && terms.ceiling === undefined)
      ? []
      : index.catalog.products.flatMap((p) =>
          terms.plans.has(p.sku) &&
          !deal.facts.addOns.has(p.sku) &&
          (terms.ceiling === undefined
            ? ![...termRates, ...renewal].some((t) => Math.abs(t - p.listPrice) < 0.005)
            : p.listPrice > terms.ceiling + 0.005)
            ? [p.listPrice]
            : [],
        );
  if (ofRenewal && !seatPrice && renewalTotals(deal, offList, clause.sentence.text).some(near))
    return block(
      'price',
      'order-form',
      `${figure.text} is the list price's total, not the renewal the order form prices`,
    );
  if (
    ofRenewal &&
    seatPrice &&
    // "keeps Professional at the same $72 you pay today for the next 12 months": today's price said to
    // carry into a renewal the order form prices otherwise.
    (set ? !(isPaidToday(text, figure) || changedFrom(text, figure)) || kept : kept) &&
    ![...(laterRenewal ? [] : renewal), ...(kept && !set ? orderFormRates(deal, orderForm) : [])].some(
      sameAs,
    ) &&
    // At the then-current list price, any line's list price will do ("the Chambers monthly list: €29"),
    // and so it does for the renewals after a held one ("after that term, … list price, $124 today"),
    // but the line the sentence names has its own ("Conversation Intelligence stays at $29" at a $32 list).
    !(
      (terms.atList || (terms.listAfterHold && (laterRenewal || AFTER_HOLD.test(clause.sentence.text)))) &&
      deal.facts.money.some(
        (m) => !orderForm.has(m.citation.id) && sameAs(m.value) && (!line || m.skus.includes(line)),
      )
    ) &&
    // "(list $12 less 25%)": the list price a renewal is worked from, said as such.
    !(
      atList &&
      /^\s*(?:less|minus)\s+\d/i.test(text.slice(figure.end, figure.end + 20)) &&
      deal.facts.money.some((m) => !orderForm.has(m.citation.id) && sameAs(m.value))
    ) &&
    // Under a cap, any price up to the ceiling is the order form's to allow, but not for an add-on that
    // renews at list ("Copilot, 20 agents, unchanged at $19" where Copilot's list is $22).
    !(
      terms.ceiling !== undefined &&
      monthly <= lineCeiling + 0.005 &&
      !(product && terms.addOnsAtList.has(product.sku))
    )
  )
    return block(
      'price',
      'order-form',
      `${figure.text} is not the renewal price the account's order form gives`,
    );
  // A plan priced in lines (platform fee and ingest) is one product to the reader.
  const lines = (sku: string) => [...(index.catalog.lines.get(sku) ?? [sku])];
  if (reduction && lineGap(index, figure.value, product ? lines(product.sku) : undefined)) return undefined;
  // The plan's lines the sentence speaks of: its billing line, and the size tier of a count it gives.
  const saidLines = (sku: string) =>
    linesForSize(index.catalog, linesSaid(index.catalog, sku, billing), clause.sentence.text);
  // "Enterprise is $50 more per agent than Team": the gap between the plans the sentence names.
  if (
    (INCREASE_AFTER.test(text.slice(figure.end, figure.end + 30)) ||
      INCREASE_BEFORE.test(text.slice(Math.max(0, figure.start - 60), figure.start))) &&
    planGap(
      index,
      figure.value,
      [...new Set([...(product ? [product.sku] : []), ...draft.sentenceProducts(clause)])].map(
        (sku, _, all) => (all.length === 1 ? lines(sku) : comparedLines(index, saidLines(sku))),
      ),
    )
  )
    return undefined;
  // "Band 2, which is $14,000": a line named by its numbered part beside the amount is the one it prices.
  const beside = linesNamedBeside(index.catalog, text, figure);
  if (beside.length > 0 && supportFor(beside)) return undefined;
  // "Premium Care: included with Professional, $4,800 a year otherwise": the sentence's subject may
  // sit in the clause before the figure's own.
  const sentenceSkus = draft
    .sentenceProducts(clause)
    .filter((s) => s !== product?.sku && !(bought && named && s === at?.sku));
  // "Guided onboarding: USD 12,000" prices what the sentence named. Read as no product's total, any
  // documented price times any count on record would back it; as no product's own price, it may
  // still be a line the sentence names only by its kind ("additional ones are $200 a month").
  // "£21 instead of £24": the amount compared against is the other option, whichever line the sentence picks.
  const compared = COMPARED_BEFORE.test(text.slice(Math.max(0, figure.start - 25), figure.start));
  const priced = product ? (compared ? lines(product.sku) : saidLines(product.sku)) : beside;
  const ownsProduct = priced.length > 0 || sentenceSkus.length === 0;
  const sentenceLines = new Set(sentenceSkus.flatMap(lines));
  const otherPlans =
    priced.length === 0 && sentenceSkus.length === 0
      ? plansNotCarried(index, deal, draft, clause, figure)
      : undefined;
  if (supportOf(figure, priced, undefined, ownsProduct, ownsProduct ? otherPlans : sentenceLines))
    return undefined;
  if (sentenceSkus.some((s) => supportFor(saidLines(s)))) return undefined;
  // "Move to Enterprise… £10.45 a learner, or £209,160 with the Content Library": a product named only
  // after the figure may be the next amount's; a product the passage named before prices it as well.
  if (
    named &&
    named.start >= figure.end &&
    draft.passageProducts(clause).some((s) => s !== product?.sku && supportFor(lines(s)))
  )
    return undefined;
  // "Once you're on Team, the assistant is $25 an agent": an add-on's price beside the plan it goes on.
  if (draft.addOnsNear(clause).some((s) => s !== product?.sku && supportFor([s]))) return undefined;
  // "£1,490 for ten more trackers" in a sentence about Core: hardware the passage names by its kind.
  if (draft.ofKindNear(clause).some((s) => s !== product?.sku && supportFor([s], []))) return undefined;
  // "£10.32 a learner all in, with the Library": a plan's rate and the per-head rate of an add-on the
  // passage speaks of, as one rate. What is left once the add-on's list rate is taken off must be the
  // rate of the plan named, or else of a line that is no add-on.
  const plan =
    product && !isAddOnLine(index, deal, product.sku)
      ? lines(product.sku)
      : index.catalog.products.filter((p) => !isAddOnLine(index, deal, p.sku)).map((p) => p.sku);
  // "Team plus the AI Reply Assistant comes to $74 an agent": a plan and an add-on the sentence joins.
  const joined =
    ALL_IN.test(clause.sentence.text) ||
    (/\b(?:plus|with|and)\b|\+/i.test(clause.sentence.text) &&
      draft.sentenceProducts(clause).some((s) => !isAddOnLine(index, deal, s)));
  if (
    figure.perUnit &&
    joined &&
    allInRate(index, draft.addOnsNear(clause), figure, currency, (rest) => supportOf(rest, plan))
  )
    return undefined;
  // "2,500 at €0.062": an amount below one unit of the currency is a rate, whatever follows it, never a
  // total; nor is "The Premium Support add-on is $720 per year", said to be one line's own price.
  const total =
    !figure.perUnit &&
    figure.value >= 1 &&
    !(
      product !== undefined &&
      PRICE_OF.test(text.slice(product.end, figure.start)) &&
      // "Complete with Expenses is €26,640" prices the two.
      !clause.products.some((p) => p.end <= product.start)
    );
  const approved = approvedOn(product ? lines(product.sku) : []);
  if (total && repricedRecord(index, deal, figure, draft, approved, approximate)) return undefined;
  if (total && !approximate && quoteTotal(index, deal, figure, draft, team)) return undefined;
  if (total && recordQuote(index, deal, clause, figure, draft, approximate)) return undefined;
  // "€25,574.40 on Complete": the deal's scope (a plan, its add-ons at their counts) priced out.
  if (total && !approximate && scopedTotal(index, deal, clause, figure, draft, approved)) return undefined;
  // Cite the document that states the list price, else the price book itself.
  const listing = catalogProduct
    ? deal.facts.money.filter(
        (m) => m.skus.includes(catalogProduct.sku) && m.value === catalogProduct.listPrice,
      )
    : [];
  const listed = listing.find((m) => m.citation.source === 'chunk') ?? listing[0];
  const reason = catalogProduct
    ? `${figure.text} does not match ${catalogProduct.name} (list ${catalogProduct.listPrice} ${catalogProduct.currency} per ${catalogProduct.period ?? 'unit'}) or any documented discount of it`
    : `${figure.text} is not a price, fee or amount the price book, documents, CRM or thread state`;
  return block('price', 'price', reason, listed?.citation);
}

// "- Resource Planning: $9 per user per month": a label that names what the amount after it prices.
const LABEL_BEFORE = /^\s*(?:[-*•]\s*)?([^:\n]{2,60}):\s*$/;

/** The product a label before the amount names ("Resource Planning: $9"), where nothing else stands between. */
function productLabelled(index: GuardIndex, text: string, clause: DraftClause, figure: MoneyFigure) {
  const label = LABEL_BEFORE.exec(text.slice(clause.sentence.start, figure.start));
  if (!label) return undefined;
  const at = clause.sentence.start + label.index + label[0].indexOf(label[1]!);
  // "SMS 5k: USD 1,344" where the label's words name the Canadian line: no line of the amount's own.
  const named = index.catalog
    .mentions(label[1]!)
    .filter((m) => !figure.currency || index.catalog.bySku.get(m.sku)?.currency === figure.currency)
    .at(-1);
  return named && { ...named, start: at + named.start, end: at + named.end };
}

/**
 * Whether a price-book line is an add-on's: the price book names it one, or the documents list one of
 * its lines (billed monthly, in dollars) among the add-ons.
 */
function isAddOnLine(index: GuardIndex, deal: DealContext, sku: string): boolean {
  return (
    /\badd-?on\b/i.test(index.catalog.bySku.get(sku)?.name ?? '') ||
    (index.catalog.lines.get(sku) ?? [sku]).some((s) => deal.facts.addOns.has(s))
  );
}

/**
 * "Practice covers 16 of your 22 vets. The other six are NZD 59 each a month": a rate in a sentence
 * that names nothing is said of the plan the sentence before named, so another plan's rate ("NZD 59"
 * is Hospital's extra vet) backs it no more than it would with the plan named. Rates only: a total
 * in such a sentence may be an upgrade's ("moving up would be NZD 1,190 a month").
 */
function plansNotCarried(
  index: GuardIndex,
  deal: DealContext,
  draft: DraftFigures,
  clause: DraftClause,
  figure: MoneyFigure,
): ReadonlySet<string> | undefined {
  if (!figure.perUnit) return undefined;
  const isPlan = (sku: string) =>
    !isAddOnLine(index, deal, sku) && kindOf(index.catalog.bySku.get(sku)!, index.sellerName) === undefined;
  const carried = new Set(
    draft
      .passageProducts(clause)
      .filter((sku) => index.catalog.bySku.has(sku) && isPlan(sku))
      .flatMap((sku) => [...(index.catalog.lines.get(sku) ?? [sku])]),
  );
  if (carried.size === 0) return undefined;
  return new Set(
    index.catalog.products.filter((p) => !carried.has(p.sku) && isPlan(p.sku)).map((p) => p.sku),
  );
}

/** Whether a rate is a plan's rate plus one add-on's list rate in the same currency, the plan's part supported. */
function allInRate(
  index: GuardIndex,
  addOns: readonly string[],
  figure: MoneyFigure,
  currency: string,
  planSupport: (rest: MoneyFigure) => GuardCitation | undefined,
): boolean {
  return addOns.some((sku) => {
    const addOn = index.catalog.bySku.get(sku);
    if (!addOn?.period || addOn.currency !== currency) return false;
    // The plan's part is a rate for the add-on's period, to the penny: no rounding on top of the sum's.
    const rest = Math.round((figure.value - addOn.listPrice) * 100) / 100;
    return (
      rest > 0 &&
      planSupport({ ...figure, value: rest, text: rest.toFixed(2), period: addOn.period }) !== undefined
    );
  });
}

/** A total the deal's record holds, restated under a discount or term the draft names (see repriced-amounts). */
function repricedRecord(
  index: GuardIndex,
  deal: DealContext,
  figure: MoneyFigure,
  draft: DraftFigures,
  approved: readonly number[],
  approximate: boolean,
): boolean {
  const records = [...moneyOnRecord(deal).map(([v]) => v), ...accountTotals(index, deal, figure)].filter(
    (v) => v > 0,
  );
  const percents = [
    ...draft.draftDiscounts,
    ...approved,
    ...draft.bandDiscounts,
    ...draft.programmes.map((p) => p.percent),
  ];
  const years = draft.draftMonths.filter((m) => m >= 24).map((m) => m / 12);
  const rounded = approximate || /\d\s*k\b/i.test(figure.text);
  // "Year one including onboarding": a year's record plus one one-off line of the price book.
  const oneOffs = index.catalog.products
    .filter(
      (p) =>
        p.currency === deal.opportunity.currency &&
        (p.period === 'once' || p.period === undefined) &&
        !p.perSeat &&
        p.bands.length === 0,
    )
    .map((p) => p.listPrice);
  const slack = writtenRounding(figure.text) ?? (Number.isInteger(figure.value) ? 0.5 : 0.011);
  if (figure.period !== 'month' && isRecordPlusOneOff(figure.value, records, oneOffs, slack)) return true;
  return isRepricedRecord(
    figure.value,
    records,
    percents,
    years,
    // "CHF 18.0k" shows its hundreds: it rounds no further than CHF 50, however round the amount is.
    rounded
      ? (writtenRounding(figure.text) ?? statedRounding(figure.value, index.config.approximateTolerance)) /
          figure.value
      : 0,
    // "Month by month, about $21,991": a year's record a month, or a month's record a year.
    figure.period === 'month'
      ? [1 / 12]
      : figure.period === 'year'
        ? [12]
        : figure.period
          ? []
          : [1 / 12, 12],
    deal.facts.discounts.programmes.map((p) => p.percent),
  );
}

/**
 * The totals the account's own documents state on no product and for no period (an order form's total
 * line), in the figure's currency. A price list's line whose product the reader missed is no record of
 * the deal: "AUD 16,500 one-off" restated under a discount and a term would back nearly any amount.
 */
function accountTotals(index: GuardIndex, deal: DealContext, figure: MoneyFigure): number[] {
  const family = currencyFamily(figure.currency ?? deal.opportunity.currency);
  const accountChunks = new Set(index.kb.active.filter((c) => c.accountId !== undefined).map((c) => c.id));
  return deal.facts.money.flatMap((m) => {
    if (m.skus.length > 0 || m.period !== undefined || !accountChunks.has(m.citation.id)) return [];
    const stated = statedCurrency(m.value, m.citation);
    return stated && family && stated !== family ? [] : [m.value];
  });
}

/**
 * "Annual saves $10 a seat over monthly": the gap between two lines of one plan (billed yearly and
 * billed monthly), of the plan named or of any.
 */
function lineGap(index: GuardIndex, value: number, family: readonly string[] | undefined): boolean {
  const families = family ? [family] : [...new Set(index.catalog.lines.values())];
  return families.some((skus) => {
    const prices = skus.flatMap((s) => {
      const p = index.catalog.bySku.get(s);
      return p ? [p.listPrice] : [];
    });
    return prices.some((a) => prices.some((b) => a > b && Math.abs(a - b - value) <= 0.011));
  });
}

const RENEWAL =
  /\brenew(?:al|als|s|ed|ing)?\b|\b(?:for|into) (?:another|the next|the coming|(?:a|the) (?:second|further|new)) (?:year|term|12 months|twelve months)\b|\bnext year's\b/i;
const PER_HEAD_COLUMN = new RegExp(`^(?:unit\\b|per\\s+${HEAD_NOUN}\\b)`, 'i');
// "your per-agent price stays at $68", "the price per seat is": a seat's price said before a bare amount.
const HEAD_BEFORE = /\b(?:priced|charged|billed|sold|licen[cs]ed)\s+(per\s+[a-z][a-z-]*)\s+(?:at|for)\s+$/i;
const PER_HEAD_PRICE_BEFORE =
  /\b(?:per[\s-](?:seat|user|agent|licen[cs]e|member|head)\s+(?:price|rate|fee)|(?:price|rate|fee)\s+per\s+(?:seat|user|agent|licen[cs]e|member|head))\b[^$€£\d.;]{0,40}$/i;
// "at your current $49", "unchanged", "same price as last year": a price said to carry on as it is.
const CONTINUING =
  /\b(?:current|currently|same|unchanged|as (?:today|now|it is)|last year|this year|existing|keeps?|hold|holds|stays?|flat|no (?:increase|change|uplift)|carr(?:y|ies) (?:over|into|forward)|carr(?:y|ies)\b[^.;]{0,30}\binto|continu(?:e|es|ing)|today's|your (?:\d{4} )?(?:rate|price)|order form|like[\s-]for[\s-]like)\b/i;
// "After that term, renewals move to the then-current list price": the renewals after a held one.
const AFTER_HOLD =
  /\b(?:after|once|beyond)\s+(?:that|this|the\s+(?:first|held|protected|price[\s-]protection|hold))\b|\bthereafter\b|\blater renewals\b/i;
// "Premium Support is $", "the Sandbox add-on costs $": the amount said to be the line's own price.
const PRICE_OF = /^\s*(?:add-?on\s+)?(?:is|costs?|runs|will be)\s+(?:an?\s+|only\s+|just\s+)?$/i;
// "today", "this year": a sentence that also speaks of now, where today's amounts may stand.
const NOW = /\b(?:today|current(?:ly)?|now|this year|last year|at the moment)\b/i;
// "up from your current $49": a change from today's price, said as one.
const CHANGED =
  /\b(?:up from|down from|rather than|instead of|compared (?:with|to)|(?<!\bno )increase[sd]?|rises?|goes up|more than|less than|higher|lower|list)\b/i;

/** The seat prices an account's order form sets for its renewal, and those less a documented discount. */
/** "a support-staff seat from €22 to €20.40": the price a change starts from, which is today's. */
const changedFrom = (text: string, figure: MoneyFigure) =>
  /\bfrom\s+$/i.test(text.slice(Math.max(0, figure.start - 6), figure.start)) &&
  /^\s+to\s+\S*\d/i.test(text.slice(figure.end, figure.end + 12));

function renewalRates(
  deal: DealContext,
  orderForm: ReadonlySet<string>,
  /** What the order form's renewal terms price it at, where it states no renewal amount. */
  termRates: readonly number[],
): number[] {
  const stated = deal.facts.money
    .filter(
      (m) => orderForm.has(m.citation.id) && m.period === 'month' && RENEWAL.test(m.citation.quote ?? ''),
    )
    .map((m) => m.value);
  // The renewal terms read from the order form's clauses and columns come first: a stated amount may be
  // one the clause sets aside ("a promotional price of $62.00 … and $80.00 thereafter, including on renewal").
  const rates = termRates.length > 0 ? termRates : stated;
  // A renewal is priced like any deal: a programme, an approval, or a rep's own discount up to the limit.
  const repLimit = deal.facts.discounts.repLimit?.percent;
  const percents = [
    ...deal.facts.discounts.programmes.map((p) => p.percent),
    ...deal.approvals.flatMap((a) => (a.percent === undefined ? [] : [a.percent])),
    ...(repLimit === undefined ? [] : [repLimit]),
  ];
  // "…or renew for a new three-year term at the then-current multi-year rates": the price list's own rates.
  const atCurrent = deal.facts.money.some(
    (m) => orderForm.has(m.citation.id) && CURRENT_RATES.test(m.citation.quote ?? ''),
  );
  const listed = atCurrent
    ? deal.facts.money
        .filter(
          (m) =>
            !orderForm.has(m.citation.id) && m.period === 'month' && MULTI_YEAR.test(m.citation.quote ?? ''),
        )
        .map((m) => m.value)
    : [];
  return [
    ...[...new Set(rates)].flatMap((r) => [r, ...percents.map((p) => Math.round(r * (100 - p)) / 100)]),
    ...listed,
  ];
}

const CURRENT_RATES =
  /\b(?:then[\s-]current|current|prevailing|published)\s+multi-year\s+(?:rates?|prices?|pricing)\b/i;
const MULTI_YEAR = /\b(?:two|three|four|five|multi|\d)[\s-]years?\b/i;

/**
 * The amounts the account's order form gives, and each two of its rates for the same period added
 * together: "Team and the assistant, $74 an agent" is the seat rate plus the add-on's.
 */
function orderFormRates(deal: DealContext, orderForm: ReadonlySet<string>): number[] {
  const own = deal.facts.money.filter((m) => orderForm.has(m.citation.id));
  const sums = own.flatMap((a, i) =>
    own
      .slice(i + 1)
      .flatMap((b) => (a.period !== undefined && a.period === b.period ? [a.value + b.value] : [])),
  );
  return [...own.map((m) => m.value), ...sums];
}

/**
 * The lines of a plan two plans' prices are compared on: the ones the sentence picked, or when it
 * picked none the plan's cheapest (annual billing), since "Enterprise is $40 more than Team" means
 * neither plan's monthly-billing premium.
 */
function comparedLines(index: GuardIndex, skus: readonly string[]): string[] {
  if (skus.length < 2) return [...skus];
  const family = index.catalog.lines.get(skus[0]!);
  if (!family || family.length !== skus.length) return [...skus];
  const prices = skus.flatMap((s) => index.catalog.bySku.get(s) ?? []);
  return prices
    .filter((p) => !prices.some((o) => o.currency === p.currency && o.listPrice < p.listPrice))
    .map((p) => p.sku);
}

/** Whether `value` is the gap between a line of one named plan and a line of another (or of the same plan's lines). */
function planGap(index: GuardIndex, value: number, families: readonly string[][]): boolean {
  const pricesOf = (skus: readonly string[]) => skus.flatMap((s) => index.catalog.bySku.get(s) ?? []);
  if (families.length === 1) return lineGap(index, value, families[0]);
  return families.some((a, i) =>
    families.some(
      (b, j) =>
        i !== j &&
        pricesOf(a).some((x) =>
          pricesOf(b).some(
            (y) =>
              x.currency === y.currency &&
              x.period === y.period &&
              Math.abs(x.listPrice - y.listPrice - value) <= 0.011,
          ),
        ),
    ),
  );
}

const mainDollars = new WeakMap<GuardIndex, { mainDollar?: string }>();

/** The dollar most dollar lines of the price book are in, when it also sells in another dollar (read once per index). */
function mainDollarOf(index: GuardIndex): { mainDollar?: string } {
  let found = mainDollars.get(index);
  if (!found) {
    const counts = new Map<string, number>();
    for (const p of index.catalog.products)
      if (currencyFamily(p.currency) === 'dollar') counts.set(p.currency, (counts.get(p.currency) ?? 0) + 1);
    found = counts.size < 2 ? {} : { mainDollar: [...counts].sort((a, b) => b[1] - a[1])[0]![0] };
    mainDollars.set(index, found);
  }
  return found;
}

const FLAT_UNIT = /^\s*(?:per\s+)?(?:month|year|quarter|annum)\s*$/i;

/** Price-book lines whose unit is a period alone ("year"): one to a customer, like a platform fee. */
function flatFeesOf(index: GuardIndex): ReadonlySet<string> {
  return new Set(
    index.catalog.products.filter((p) => !p.perSeat && FLAT_UNIT.test(p.unit ?? '')).map((p) => p.sku),
  );
}

const bookUnits = new WeakMap<GuardIndex, RegExp | undefined>();

/** Whether the words after an amount say it is per one of the units the price book sells by ("per active learner"). */
function isPerBookUnit(index: GuardIndex, after: string): boolean {
  if (!bookUnits.has(index)) {
    const units = [
      ...new Set(
        index.catalog.products.flatMap((p) => {
          const unit = (p.unit ?? '')
            .split(/\/|\bper\b/i)[0]!
            .trim()
            .toLowerCase();
          return /^[a-z][a-z -]*[a-z]$/.test(unit) && periodOf(unit) === undefined ? [unit] : [];
        }),
      ),
    ];
    bookUnits.set(
      index,
      units.length > 0
        ? new RegExp(
            `^\\s*(?:per|a|an|each)\\s+(?:active\\s+|named\\s+)?(?:${units.map((u) => `${u}s?`).join('|')})\\b`,
            'i',
          )
        : undefined,
    );
  }
  return (bookUnits.get(index)?.test(after) ?? false) || PER_PERSON.test(after);
}

// "$55 per engineer": a price per person, whatever the price book calls its seat.
const PER_PERSON = new RegExp(`^\\s*per\\s+${HEAD_NOUN}\\b`, 'i');

/** A total of the deal's scope: a plan for its size with the add-ons spoken of (see quote-scope). */
function scopedTotal(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  figure: MoneyFigure,
  draft: DraftFigures,
  approved: readonly number[],
): boolean {
  // Rounded totals stay with the record and the plain quote: a "k" around every scope sum would reach too far.
  if (/\d\s*k\b/i.test(figure.text)) return false;
  const withLines = (skus: readonly string[]) => [
    ...new Set(skus.flatMap((s) => [...(index.catalog.lines.get(s) ?? [s])])),
  ];
  return isScopedQuoteTotal(index, deal, figure, {
    // A plan or add-on named is priced on whichever of its lines the quote bills (monthly, annual).
    planSkus: withLines(draft.sentenceProducts(clause)),
    addOnSkus: withLines([
      ...draft.addOnsNear(clause),
      ...addOnsSpokenOf(index, deal, deal.opportunity.name),
    ]),
    sizes: [
      ...quantitiesIn(deal.opportunity.name).map((q) => q.value),
      ...(deal.opportunity.licensedSeats ? [deal.opportunity.licensedSeats] : []),
      ...deal.thread.counts.keys(),
      ...draft.draftCounts,
    ],
    counts: [...draft.draftCounts, ...[...deal.thread.quantities.values()].flatMap((m) => [...m.keys()])],
    planPercents: [...approved, ...draft.bandDiscounts, ...draft.programmes.map((p) => p.percent)],
    // A size band's percentage the draft repeats ("after the 5% band") is the plan's band, not a quote-wide discount.
    quotePercents: [
      ...draft.draftDiscounts.filter((p) => !deal.facts.discounts.volumeBands?.includes(p)),
      ...draft.programmes.flatMap((p) => (p.onAddOns ? [p.percent] : [])),
    ],
  });
}

/** A total built on the deal's recorded yearly amount (see record-quote-scope). */
function recordQuote(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  figure: MoneyFigure,
  draft: DraftFigures,
  approximate: boolean,
): boolean {
  return isRecordQuoteTotal(index, deal, figure, {
    planSkus: draft.sentenceProducts(clause),
    said: draft.said,
    sentence: clause.sentence.text,
    rounded: approximate || /\d\s*k\b/i.test(figure.text),
    counts: draft.draftCounts,
    quotePercents: [...draft.programmes.map((p) => p.percent), ...draft.draftDiscounts],
    termMonths: draft.draftMonths,
  });
}

/**
 * Whether the figure is a price or total on a line of the plan that the billing words said of it
 * rule out, where no line they pick makes it: "on monthly billing … $102" for six seats at the $17
 * annual rate, "- Annual billing: $15 per user" where $15 is the monthly line.
 */
function billsOtherLine(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  figure: MoneyFigure,
  draft: DraftFigures,
  text: string,
  billing: string,
): boolean {
  if (!saysBilling(clause.sentence.text)) return false;
  if (COMPARED_BEFORE.test(text.slice(Math.max(0, figure.start - 25), figure.start))) return false;
  const named = draft.sentenceProducts(clause);
  const passage = named.length > 0 ? named : draft.passageProducts(clause);
  const plans =
    passage.length > 0 ? passage : index.catalog.mentions(deal.opportunity.name).map((m) => m.sku);
  // A bare "$22" is a seat's price as much as a total's.
  const counts = figure.perUnit
    ? [1]
    : [...new Set([1, ...draft.draftCounts, ...quantitiesIn(deal.opportunity.name).map((q) => q.value)])];
  const amounts = (skus: readonly string[], n: number) =>
    skus.flatMap((s) => {
      const p = index.catalog.bySku.get(s);
      if (p?.period !== 'month') return [];
      return figure.perUnit
        ? [figure.period === 'year' ? p.listPrice * 12 : p.listPrice]
        : [p.listPrice * n, p.listPrice * n * 12];
    });
  const same = (v: number) => Math.abs(v - figure.value) < 0.005;
  for (const sku of plans) {
    const family = [...(index.catalog.lines.get(sku) ?? [sku])];
    if (family.length < 2) continue;
    const picked = linesSaid(index.catalog, sku, billing);
    if (picked.length === family.length) continue;
    const others = family.filter((s) => !picked.includes(s));
    if (counts.some((c) => amounts(others, c).some(same) && !amounts(picked, c).some(same))) return true;
  }
  return false;
}

/** A total across price-book lines for a size the deal or the draft's counts state (see quote-totals). */
function quoteTotal(
  index: GuardIndex,
  deal: DealContext,
  figure: MoneyFigure,
  draft: DraftFigures,
  team?: readonly number[],
): boolean {
  if (/\d\s*k\b/i.test(figure.text)) return false;
  const lines = index.catalog.products.filter((p) => p.currency === deal.opportunity.currency);
  const sizes = team ?? [
    ...quantitiesIn(deal.opportunity.name).map((q) => q.value),
    ...(deal.opportunity.licensedSeats ? [deal.opportunity.licensedSeats] : []),
    ...deal.thread.counts.keys(),
    ...draft.draftCounts,
  ];
  const bands = [...draft.bandDiscounts, ...draft.draftDiscounts].map((p) => 1 - p / 100);
  const totals = quoteTotals(
    lines.map((l) => ({
      price: l.listPrice,
      period: l.period,
      plan: kindOf(l, index.sellerName) === undefined,
      capacity: tierCapacity(index, [l.sku]),
    })),
    sizes,
    bands,
  );
  return isOneOfTotals(figure, totals, 0.011);
}

// Who a per-head price is for: one seat by any of its names.
const HEAD = /^(?:seats?|users?|licen[cs]es?|agents?|members?|persons?|people|heads?|logins?|named users?)$/i;
// "$25 a month in total", "not per agent": an amount said to be one fee, whoever uses it.
const FLAT_AFTER =
  /^[^.;$€£\d]{0,25}?\b(?:in total|all in|flat|for (?:the|your) whole (?:team|account|company)|for everyone|for all (?:of )?your \w+|not per (?:seat|user|agent|licen[cs]e|head|member))\b/i;

// "$18 per account per month": one fee for the whole customer.
const PER_WHOLE = /\bper\s+(?:account|workspace|company|organi[sz]ation|tenant|instance|customer)\b/i;

const PER_HEAD_SAID =
  /(?:\/\s*|\bper[\s-]+|\beach\s+)(?:[a-z-]+\s+)?(?:seats?|users?|agents?|licen[cs]es?|members?|heads?|persons?|people|logins?)\b/i;
// "technician seat/month": a seat, whatever kind.
const isHeadUnit = (unit: string | undefined) =>
  HEAD.test(
    (unit ?? '')
      .split('/')[0]!
      .trim()
      .split(/[\s-]+/)
      .pop()!,
  );

/**
 * A line sold as one fee or per thing whose price the figure is, where it is said per head, the
 * passage speaks of that line, and no line sold per head costs it.
 */
function flatPriceSaidPerHead(index: GuardIndex, figure: MoneyFigure, passage: () => string) {
  if (!PER_HEAD_SAID.test(figure.text)) return undefined;
  const same = (v: number) => Math.abs(v - figure.value) < 0.005;
  const products = index.catalog.products.filter((p) => p.currency === (figure.currency ?? p.currency));
  if (products.some((p) => isHeadUnit(p.unit) && (same(p.listPrice) || same(p.listPrice * 12))))
    return undefined;
  const flat = products.filter((p) => !isHeadUnit(p.unit) && same(p.listPrice));
  if (flat.length === 0) return undefined;
  const said = new Set(stems(passage()));
  const seller = new Set(stems(index.sellerName));
  return flat.find((p) => stems(p.name).some((w) => w.length >= 4 && !seller.has(w) && said.has(w)));
}

/**
 * "An extra sandbox is $200 per agent per month" where the price book sells it per sandbox: the head
 * the draft prices by, where the price book sells the line per thing, or as one fee a year, a month or
 * once ("Premium Support is $7,200 per seat per year"). (Only a head: a truck may be what the book
 * calls a vehicle, a camera a dashcam.)
 */
function headForThing(index: GuardIndex, said: string, bookUnit: string | undefined): string | undefined {
  const sold = (bookUnit ?? '').split('/')[0]!.trim().toLowerCase();
  if (!/^[a-z][a-z -]*$/.test(sold) || isHeadUnit(sold)) return undefined;
  const heads = planHeads(index);
  return [...said.matchAll(/(?:\/\s*|\bper\s+|\beach\s+)([a-z][a-z-]*)/gi)]
    .map((m) => m[1]!.toLowerCase())
    .find((w) => HEAD.test(w) || (w !== sold && heads.has(w.replace(/s$/, ''))));
}

const headsRead = new WeakMap<GuardIndex, ReadonlySet<string>>();

/** "recruiter/month": the head most of the price book's lines are sold by, under the book's own name for it. */
function planHeads(index: GuardIndex): ReadonlySet<string> {
  let heads = headsRead.get(index);
  if (!heads) {
    const units = new Map<string, number>();
    for (const p of index.catalog.products) {
      const unit = (p.unit ?? '').split('/')[0]!.trim().toLowerCase();
      if (/^[a-z-]+$/.test(unit)) units.set(unit, (units.get(unit) ?? 0) + 1);
    }
    const most = Math.max(0, ...units.values());
    heads = new Set([...units].filter(([, n]) => n === most && n > 1).map(([u]) => u));
    headsRead.set(index, heads);
  }
  return heads;
}

/** The team's size: the heads the sentence or the one before it counts, else the seats on record. */
function teamSizes(deal: DealContext, text: string, clause: DraftClause): number[] {
  const before = splitSentences(text.slice(0, clause.sentence.start)).at(-1)?.text ?? '';
  const said = headCountsIn(`${before} ${clause.sentence.text}`);
  return said.length > 0 ? said : deal.opportunity.licensedSeats ? [deal.opportunity.licensedSeats] : [];
}

/** Whether the amount is set against a competitor: one is named in its sentence or the one before, or it is to be matched. */
function talksOfRival(index: GuardIndex, text: string, clause: DraftClause, figure: MoneyFigure): boolean {
  if (
    /\b(?:match|beat|undercut)\s+(?:their\s+|the\s+|that\s+)?$/i.test(
      text.slice(Math.max(0, figure.start - 20), figure.start),
    )
  )
    return true;
  const before = splitSentences(text.slice(0, clause.sentence.start)).at(-1)?.text ?? '';
  const passage = `${before} ${clause.sentence.text}`.toLowerCase();
  return index.competitors.some((c) => passage.includes(c.toLowerCase()));
}

const singleOf = <T>(items: readonly T[]): T | undefined => (items.length === 1 ? items[0] : undefined);
