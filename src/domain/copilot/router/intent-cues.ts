/**
 * The phrasings of each task, as patterns over the folded request ("what's" reads "what", "w/" reads "with").
 * A cue's weight says how sure it makes the router: 3 names the task outright, 1 only leans towards it.
 */
import type { CopilotIntent } from '../copilot-schema.ts';

export type Cue = { re: RegExp; weight: number };

export const INTENT_CUES: Record<CopilotIntent, readonly Cue[]> = {
  log_activity: [
    {
      re: /^(?:pls |please |can you |could you )?(?:log|record|jot(?: down)?|capture|note down|save)\b/,
      weight: 3,
    },
    {
      re: /\b(?:log|record|add|save|capture)(?: a| an| the| this| my| that)? (?:call|calls|meeting|chat|conversation|convo|note|notes|touchpoint|visit|activity)\b/,
      weight: 3,
    },
    {
      re: /\b(?:call|meeting|sync|demo|visit) notes\b|\bnotes (?:from|on|for) (?:my|the|our|today|this)\b/,
      weight: 3,
    },
    {
      re: /^(?:just |i just |we just |i |we )?(?:spoke|talked|chatted|met|got off (?:a |the )?(?:call|phone)|hung up|had (?:a |my |our )?(?:quick |short |good |great |long |first )?(?:call|chat|meeting|sync|catch up|conversation))\b/,
      weight: 2.5,
    },
    { re: /\b(?:spoke|talked|chatted|met) (?:with|to)\b/, weight: 1.5 },
    // "note: Rachael wants…", "fyi: …": a note to file, unless it is a note *to* someone (an email).
    { re: /^(?:note|notes|fyi|logged)\b(?! to\b)/, weight: 2.5 },
    {
      re: /\b(?:he|she|they) (?:said|says|wants|want|needs|need|asked|agreed|promised|will|mentioned|confirmed)\b/,
      weight: 1,
    },
  ],
  prepare_brief: [
    {
      re: /\b(?:prep|prepare|prepping|preparing|get me ready|ready for|brief me|briefing|brief|cheat sheet|one pager|talking points|agenda)\b/,
      weight: 3,
    },
    {
      re: /\bbefore (?:my|the|our|tomorrow|todays|this) (?:call|meeting|sync|demo|review|chat)\b/,
      weight: 2.5,
    },
    { re: /\b(?:my|our) next (?:call|meeting|sync|demo|chat)\b/, weight: 2 },
    {
      re: /\b(?:have|got|ve got|getting on) (?:a |an )?(?:call|meeting|demo|sync|chat)? ?(?:with|in|at|tomorrow|today|later)\b|\bgetting on with\b/,
      weight: 2,
    },
    { re: /\bwhat (?:do|will|would) i need\b/, weight: 1.5 },
    { re: /\bwhat (?:do|should) i (?:know|cover|ask|bring up|raise)\b/, weight: 2 },
    {
      re: /\b(?:call|meeting|demo|review|sync) (?:tomorrow|today|this afternoon|this morning|later|on \w+day)\b/,
      weight: 1,
    },
  ],
  draft_email: [
    { re: /\b(?:draft|drafting|compose|craft|pen)\b/, weight: 3 },
    {
      re: /^(?:please |pls |can you |could you )?(?:email|e mail|message|ping|nudge|reply to|write to|respond to)\b/,
      weight: 3,
    },
    { re: /\bwrite (?:up )?(?:a|an|me|back|to)\b/, weight: 3 },
    {
      re: /\b(?:write|send|shoot|drop)\s+(?:\w+\s+){0,2}(?:a |an )?(?:reply|email|note|message|line|response|recap)\b/,
      weight: 3,
    },
    {
      re: /\b(?:email|e mail|reply|respond|message|note|follow up|followup|response) (?:to|for|back to)\b/,
      weight: 2,
    },
    {
      re: /\bsend (?:\w+ )?(?:a|an|the|my)? ?(?:email|note|reply|message|follow up|followup|nudge|recap)\b/,
      weight: 2.5,
    },
    { re: /\b(?:follow up|followup|nudge|chase|ping) (?:with )?\w+/, weight: 1.5 },
    {
      re: /\b(?:reply|respond) to\b|\banswer (?:his|her|their|the) (?:email|mail|question|questions)\b/,
      weight: 2,
    },
  ],
  next_best_action: [
    { re: /\bwhat (?:should|do|can|must) (?:i|we|\w+) do\b/, weight: 3 },
    { re: /\bwhat should (?:i|we) (?:focus|work|spend time)\b|\b(?:focus on|work on first)\b/, weight: 2.5 },
    { re: /\bnext (?:best )?(?:step|steps|action|actions|move|play)\b/, weight: 3 },
    {
      re: /\b(?:best|right|smart) (?:move|play|step)\b|\banything (?:i|we) should do\b|\bshould (?:i|we) do\b/,
      weight: 3,
    },
    { re: /\bwhat (?:is |s )?next\b|\bwhats next\b/, weight: 2.5 },
    {
      re: /\bhow (?:do|should|can|could) (?:i|we) (?:move|push|unstick|unblock|save|handle|rescue|close|advance|get|win|revive|approach)\b/,
      weight: 3,
    },
    {
      re: /\bwhat needs (?:my )?attention\b|\bwhere (?:should|do) i (?:focus|start)\b|\bprioriti[sz]e\b/,
      weight: 3,
    },
    { re: /\b(?:my|top) (?:priorities|priority|todo|to do|focus)\b|\bwhat to do\b/, weight: 2.5 },
    { re: /\bshould (?:i|we) (?:call|email|wait|push|chase|follow up|escalate|discount)\b/, weight: 2 },
    { re: /\b(?:stuck|stalled|slipping|at risk)\b/, weight: 1 },
  ],
  research_account: [
    {
      re: /\bwhat(?:s| is)? (?:going on|happening|up|new|the (?:latest|status|story|situation|deal|scoop))\b/,
      weight: 3,
    },
    {
      re: /\b(?:research|status|overview|rundown|run down|lowdown|recap|background|snapshot|summary|summari[sz]e|update on|updates on)\b/,
      weight: 2.5,
    },
    {
      re: /\b(?:catch me up|fill me in|tell me about|bring me up to speed|where are we|where do we stand|how is|how are things|hows|how are we doing)\b/,
      weight: 2.5,
    },
    { re: /\b(?:dig into|look into|deep dive|any news|whats the deal)\b/, weight: 2 },
    { re: /^(?:and |so )?what about\b/, weight: 1.5 },
    { re: /\b(?:who are the|who is the|stakeholders|usage|health)\b/, weight: 1 },
  ],
  product_question: [
    {
      re: /^(?:does|do|is|are|can|will|would|which|how much|what is the price|whats the price|is there|are there|do we)\b/,
      weight: 1,
    },
    {
      re: /\b(?:support|supports|supported|include|includes|included|offer|offers|integrate|integrates|work with|works with|compatible)\b/,
      weight: 1.5,
    },
    {
      re: /\b(?:price|prices|pricing|cost|costs|how much|list price|discount|discounts|per seat|billing|billed|three year|3 year|multi year)\b/,
      weight: 1.5,
    },
    {
      re: /\b(?:sso|saml|okta|azure ad|google workspace|scim|soc 2|soc2|soc|gdpr|hipaa|iso 27001|data residency|residency|hosting|hosted|host|eu|region|regions|data cent(?:er|re)s?|audit log|encryption|api|connector|connectors|integration|integrations|uptime|sla|on prem|single sign on|mfa|2fa|security)\b/,
      weight: 2,
    },
  ],
};

/** Words the router may see misspelled: a typo of one of these is read as the word before cues are matched. */
export const CUE_VOCABULARY = [
  'research',
  'prepare',
  'prepping',
  'briefing',
  'brief',
  'draft',
  'compose',
  'meeting',
  'summary',
  'summarize',
  'status',
  'update',
  'pricing',
  'support',
  'supports',
  'hosting',
  'discount',
  'followup',
  'happening',
  'going',
  'latest',
  'overview',
  'notes',
  'spoke',
  'talked',
  'should',
  'include',
  'integrate',
  'priorities',
  'attention',
  'security',
  'agenda',
] as const;
