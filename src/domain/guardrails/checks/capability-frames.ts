/** How a clause frames a capability claim: its verbs, where their objects end, whether we are the subject. */
import type { GuardIndex } from '../index/guard-index.ts';

export const PREDICATE =
  /\b(?:supports?|offers?|includes?|provides?|bundles?|boasts?|brings?|delivers?|packs?|comes? with|ships?(?: with)?|integrates?(?: natively| directly| seamlessly| out of the box)? with|connects? (?:natively |directly )?(?:to|with)|syncs? (?:to|with)|(?:has|have) (?:a |an )?(?:built[\s-]in|native|integrated)|plugs? into|works? with|compatible with|hosts?(?: your data)? (?:in|on)|stores?(?: your data)? (?:in|on)|runs? on|(?:is|are|we're|we are) (?:certified|compliant|accredited|audited|attested)|(?:is|are|has been|have been) (?:tested|validated|verified) (?:with|against)|guarantees?|features|adds?|can (?:host|store|keep|deploy|provide|offer|set up|enable|turn on|support|integrate|connect|give you|sign|run|export|sync)|you(?:'ll| will)? (?:also )?get|gives? you)\b/gi;
// A product-capability frame in the passive: "X is included / supported / encrypted". Verbs of
// people and paperwork ("is attached", "can be priced", "are prorated") claim no capability.
export const PASSIVE =
  /\b(?:is|are|can be|will be|gets?)\s+(?:also\s+|fully\s+|now\s+|easily\s+|automatically\s+)?(?:included|supported|available|built[\s-]in|standard|offered|provided|bundled|certified|hosted|stored|encrypted|synced|synchroni[sz]ed|integrated|connected|embedded|automated|enabled|exported|imported|locali[sz]ed|translated|replicated|backed up|audited|monitored)\b/gi;
// Passive verbs of the sales process, not of the product: "the order form can be signed".
export const PROCESS_VERB =
  /\b(?:sent|signed|updated|extended|adjusted|revised|finali[sz]ed|booked|moved|reviewed|approved|shared|attached|discussed|arranged|prepared|covered|renewed|handled|answered|resolved|scheduled|confirmed|added|removed|invoiced|billed|priced|quoted|processed|included|supported|based|located|used|needed|required|interested|involved|aligned|limited|impressed|pleased|excited|delighted)$/i;
// ("everything we discussed" points back at the conversation; it names no capability. "compared with
// your current plan" names what is compared against, not what is added.)
export const CUT =
  /\b(?:during|compared (?:with|to)|in comparison (?:with|to)|versus|vs\.?|relative to|beyond|on top of|in addition to|(?:that |which )?(?:we|you|I|they)(?:'ve| have| had)?\s+(?:just\s+)?(?:discussed|talked|agreed|covered|mentioned|spoke|reviewed|went over|asked (?:for|about)|saw|looked at|walked through)\b|so that|so|because|which|who|if|in case|should (?:you|your)|provided|as long as|when|once|while|whenever|unless|before|after|until|since|and (?:I|we|you|they|it)|to (?:help|make|keep|give|let|ensure|get|see|meet|speed|save|answer|cover)|for (?:you|your|the|teams?|all|every|each|anyone|customers|users|free))\b|[(—–]/;

const OURS =
  /\b(?:we|we're|we've|we'll|our|ours|it|its|this|the (?:platform|product|plan|tier|app|tool|solution|service|system|software|edition|package|subscription)|each plan|every plan|all plans|both plans|both tiers)\b/gi;
const THEIRS = /\b(?:I|I'm|I'll|I've|I'd|you|you're|your|they|they're|their|he|she|his|her)\b/g;

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

/** Whether the words before a predicate make us (or our product) its subject. */
export function ourSubject(index: GuardIndex, prefix: string): boolean {
  const words = prefix.split(/\s+/).slice(-8).join(' ');
  const seller = index.sellerName.split(/\s+/)[0] ?? index.sellerName;
  const ours = Math.max(
    lastIndex(OURS, words),
    ...index.catalog.mentions(words).map((m) => m.start),
    words.lastIndexOf(seller),
  );
  return ours >= 0 && ours > lastIndex(THEIRS, words);
}

export function predicateBefore(text: string, offset: number): boolean {
  // Only a predicate that reaches the term: "…comes with the audit trail, which covers your retention
  // rule" gives the customer's rule a verb of its own.
  let reaches = false;
  for (const m of text.matchAll(PREDICATE))
    if (m.index < offset) reaches = !CUT.test(text.slice(m.index + m[0].length, offset));
  if (reaches) return true;
  return /\b(?:integrat\w*|connect\w*|sync\w*|works?)\s+(?:with|to|into)\s+$/i.test(
    text.slice(0, offset).replace(/\b(?:your|their)\s+(?:[\w'-]+\s+){0,2}$/i, ''),
  );
}
