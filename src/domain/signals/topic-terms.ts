/** Content words of a passage, for telling whether a reply is about the same thing as a question or a promise. */

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below between both but by
can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't
have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't
it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own
same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were
weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're
you've your yours yourself yourselves will just now well also really still already yet even ever get got getting like want wants
wanted need needs needed know let make made see look looking think thought hear heard sure happy glad great good thanks thank
hi hello hey dear best regards cheers please kindly quick quickly soon today tomorrow week weeks month months day days time
way thing things lot bit one two three four five six seven eight nine ten first next last new update updates question questions
send sent sending share shared sharing attached attach attaching find found hope help let's can could would should
following follow followed checking check checked touch base circle back reach reaching reached ping touching ok okay yes yeah sounds
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
november december mon tue tues wed thu thur thurs fri jan feb mar apr jun jul aug sep sept oct nov dec etc via per re fw fwd`.split(
    /\s+/,
  ),
);

/** Words that appear in most sales threads: on their own they do not show a reply is on topic. */
const GENERIC = new Set(
  `proposal call meeting demo team pricing price quote deal contract plan call discuss discussed chat review reviewed
next step steps info information details thoughts feedback chance email note notes deck doc docs document documents options
option numbers agreement order form forms cost costs`.split(/\s+/),
);

function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  return w;
}

const isWordStart = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isWordChar = (c: number) => isWordStart(c) || c === 39 || c === 38 || c === 43 || c === 45;

/** Stemmed content words of lower-cased text (numbers kept: "25 more seats" is about 25). */
export function termsOf(lower: string): Set<string> {
  const terms = new Set<string>();
  let start = -1;
  for (let i = 0; i <= lower.length; i += 1) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (start < 0) {
      if (isWordStart(c)) start = i;
      continue;
    }
    if (isWordChar(c)) continue;
    let end = i;
    // Trailing punctuation inside the word class ("-", "'") is not part of the word.
    while (end > start + 1 && !isWordStart(lower.charCodeAt(end - 1))) end -= 1;
    let w = lower.slice(start, end);
    start = -1;
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (STOPWORDS.has(w)) continue;
    if (w.length < 2 && !(w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) continue;
    w = stem(w);
    if (!STOPWORDS.has(w)) terms.add(w);
  }
  return terms;
}

export type Overlap = { specific: number; generic: number; shared: string[] };

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): Overlap {
  let specific = 0;
  let generic = 0;
  const shared: string[] = [];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) {
    if (!large.has(t)) continue;
    shared.push(t);
    if (GENERIC.has(t)) generic += 1;
    else specific += 1;
  }
  return { specific, generic, shared };
}
