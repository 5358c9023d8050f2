/**
 * Cheap word gates in front of the phrase regexes: a sentence is only run through a family of regexes when it
 * contains one of the family's anchor words. Every regex in a family needs at least one of these words to match;
 * `sentence-cues.test.ts` checks that for every example phrase the tests use.
 */

const LOSS = 256;
const PRICING = 512;
const COMPETITOR = 1024;
const DOUBT = 2048;

export const Cue = {
  promise: 1,
  wait: 2,
  request: 4,
  instruction: 16,
  confirm: 32,
  signed: 64,
  departure: 128,
  loss: LOSS,
  pricing: PRICING,
  competitor: COMPETITOR,
  doubt: DOUBT,
  /** Any of the four kinds of risk. */
  risk: LOSS | PRICING | COMPETITOR | DOUBT,
} as const;
export type CueName = keyof typeof Cue;

export const CUE_WORDS: Record<Exclude<CueName, 'risk'>, string> = {
  promise: `will 'll shall going gonna plan plans planning intend intends aim aims hope hopes hoping expect expects expecting
    expected promise promised commit committed agreed agree let should would 'd can could sending putting pulling preparing
    drafting working finalizing finalising writing updating revising reworking turning wrapping finishing follow coming headed
    way won't can't cannot wouldn't said says mentioned told confirmed watch look keep need 'm 're am are 've have note
    noted reminder on`,
  wait: `reach back check circle touch base follow follow-up ping come reconnect re-connect revisit re-visit regroup reconvene
    resume restart reengage re-engage pick again talk speak chat connect catch sync meet discuss hit drop try give let's let
    wait hold holding pause pausing paused sit not sooner priority ready position ice burner backburner freeze frozen able
    going can't cannot unable nothing early soon right bad busy slammed swamped heads heads-down tied crunch quarter-end
    year-end month-end budget funding fiscal fy new year q1 q2 q3 q4 quarter board committee steering exec executive
    leadership procurement legal finance audit offsite off-site reorg re-org reorganization reorganisation migration launch
    go-live release conference trade holidays holiday vacation leave planning close spend spending headcount approval
    financial after once when following post out away off travelling traveling offline ooo returning return happy we can
    merger acquisition integration rollout implementation raise round review meeting needed required action chase
    don't`,
  request: `please pls plz kindly could can would will wondering curious let need require like love appreciate wants needs
    asked asking requested requires send share forward resend confirm clarify explain looking await awaiting waiting any
    status where still haven't did following bumping gentle friendly reminder nudge checking what's wanted what eta update
    news word progress 'd trouble possible might`,
  loss: `another different alternative competing incumbent existing current cheaper direction way route against pass longer
    interested in-house house internally ourselves own build develop cancelled canceled scrapped killed shelved dropped
    axed pulled terminated defunded cut cancel terminate end discontinue not renew close closing regret sorry instead lost
    losing won't aren't moving move proceed proceeding pursuing pursue going go continuing continue renewing decided
    decision chose chosen choose choosing opted elected selected selecting picked picking signed signing went gone stay
    stick staying sticking consolidating make unable able can't cannot pause pausing paused hold ice burner backburner
    shelve shelving deprioritize deprioritise deprioritized deprioritised de-prioritized de-prioritised freeze frozen
    stalled hiring budget reallocated reduced partnering partnered settled awarded fund funding approve greenlight
    interested voted concluded progress progressing extend extended extending renewed determined realised realized feel felt carry carrying continue continuing keep`,
  pricing: `expensive pricey costly high steep much rich over above beyond outside budget budgeted exceed exceeds blow blows
    justify price pricing cost costs sticker discount afford pricier tight cut slashed numbers number math economics roi
    business work add stack fit reach range best final better offer down sharpen pencil concession higher more break deal
    rate closer nearer no max maximum north upwards ahead excess pencilled penciled`,
  competitor: `another other different alternative alternatives competing competitive rival cheaper competitor competitors
    shopping evaluating looking considering comparing talking speaking trialing trialling piloting talks quotes bake-off
    bakeoff rfp shortlist short-list shortlisted came coming come match better incumbent also since already demo pitch proposal
    less same`,
  doubt: `sure convinced certain confident concern concerns concerned worried worries worry hesitant hesitation hesitations
    reservations doubt doubts skeptical sceptical nervous fence second cold pushback push pushing underwhelmed impressed
    red flag flags disappointed frustrated unhappy happy fit doesn't won't can't cannot didn't meet cover address solve
    support handle missing lack lacks lacking deal-breaker dealbreaker show-stopper showstopper why struggle
    struggling hard difficult tough tricky uphill`,

  instruction: `ignore disregard forget override bypass skip you you're act pretend roleplay ai llm gpt claude system prompt
    assistant user inst instructions instruction jailbreak mark set change update move flag classify label score rank do
    reveal print output repeat show when bot bots copilot assistants new`,
  confirm: `works work suits fits perfect fine good great is it's date confirmed confirming see invite invitation sent calendar
    booked locked scheduled talk speak looking`,
  signed: `signed countersigned executed attached attaching here here's po purchase docusign sending sent please`,
  departure: `left leaving longer moved departed resigned retired leave last elsewhere notice moving`,
};

const table = new Map<string, number>();
for (const [cue, words] of Object.entries(CUE_WORDS) as Array<[Exclude<CueName, 'risk'>, string]>) {
  for (const w of words.split(/\s+/)) if (w) table.set(w, (table.get(w) ?? 0) | Cue[cue]);
}

/** The cue bits a single lower-case word (with any apostrophe suffix) carries. */
export function wordCues(word: string): number {
  let bits = table.get(word) ?? 0;
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0)
    bits |= (table.get(word.slice(apostrophe)) ?? 0) | (table.get(word.slice(0, apostrophe)) ?? 0);
  return bits;
}
