/** The words of a customer's question that say what it is about, and the few synonyms documents use instead. */
import { STOPWORDS, stem } from '../knowledge/text-tokens.ts';

// Words every question has, that say nothing of its topic.
const FRAME = stemsOf(
  'how what where when which who whom why whether does do did done can could should would will shall is are was were be been ' +
    'get got have has had there any also please know knows want wants wanted look looks like usual usually typical typically ' +
    'work works need needs needed side team teams thing things way ways possible able let tell share send more much many long ' +
    'often exactly currently today actually kind sort sure question questions ask asking wondering curious idea happen happens ' +
    'both either offer offered provide provided include included includes support supported use using just still find help ' +
    'someone anyone something anything me i my mine myself take make go come see give keep put set try ' +
    'hear think check talk walk run',
);

// Product words too common to answer a question on their own ("dashboards", "data", "plan").
const BROAD = stemsOf(
  'dashboard report data plan user product platform feature account tool option system solution',
);

// A customer's word → the words a product document uses for the same thing.
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['live', ['host', 'residency', 'implementation']],
      ['reside', ['host', 'residency']],
      ['residency', ['host']],
      ['store', ['host', 'residency']],
      ['located', ['host']],
      ['location', ['host']],
      ['region', ['host', 'residency']],
      ['host', ['residency']],
      ['rollout', ['implementation', 'onboarding', 'live']],
      ['roll', ['implementation', 'onboarding']],
      ['implement', ['implementation', 'live']],
      ['onboarding', ['implementation', 'onboarding']],
      ['deploy', ['implementation']],
      ['setup', ['implementation', 'onboarding']],
      ['cost', ['price', 'pricing']],
      ['price', ['pricing']],
      ['pricing', ['price']],
      ['pay', ['billed', 'price']],
      ['invoice', ['billed']],
      ['billing', ['billed']],
      ['leave', ['contract', 'export']],
      ['cancel', ['notice', 'contract']],
      ['refresh', ['refresh', 'incremental']],
      ['sync', ['refresh']],
      ['seat', ['seat']],
      ['license', ['seat']],
      ['trial', ['trial']],
      ['test', ['trial', 'sandbox']],
      ['encrypt', ['encryption']],
      ['pentest', ['penetration']],
      ['pen', ['penetration']],
      ['deletion', ['delete']],
      ['delete', ['deletion']],
      ['retention', ['delete', 'export']],
      ['uptime', ['uptime', 'sla']],
      ['provisioning', ['scim', 'provisioning']],
      ['provision', ['scim', 'provisioning']],
    ] as const
  ).map(([word, others]) => [stem(word), others.map(stem)]),
);

function stemsOf(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(stem));
}

export type TopicStems = { stems: Set<string>; broad: Set<string> };

/** The topic words of a question, with synonyms: `broad` ones count only beside a specific one. */
export function topicStems(words: readonly string[]): TopicStems {
  const stems = new Set<string>();
  const broad = new Set<string>();
  for (const w of words) {
    const s = stem(w);
    if (s.length < 3 || STOPWORDS.has(s) || FRAME.has(s) || /^\d+$/.test(s)) continue;
    const into = BROAD.has(s) ? broad : stems;
    into.add(s);
    for (const other of SYNONYMS.get(s) ?? []) into.add(other);
  }
  return { stems, broad };
}
