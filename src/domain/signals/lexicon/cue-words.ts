/**
 * Cheap word gates in front of the phrase regexes: a sentence is only run through a family of regexes when it
 * contains one of the family's anchor words. Every regex in a family needs at least one of these words to match;
 * `sentence-cues.test.ts` checks that for every example phrase the tests use.
 */

export const Cue = {
  promise: 1,
  wait: 2,
  request: 4,
  risk: 8,
  instruction: 16,
  confirm: 32,
  signed: 64,
  departure: 128,
} as const;
export type CueName = keyof typeof Cue;

export const CUE_WORDS: Record<CueName, string> = {
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
    merger acquisition integration rollout implementation raise round review meeting needed required action`,
  request: `please pls plz kindly could can would will wondering curious let need require like love appreciate wants needs
    asked asking requested requires send share forward resend confirm clarify explain looking await awaiting waiting any
    status where still haven't did following bumping gentle friendly reminder nudge checking what's wanted what eta update
    news word progress 'd`,
  risk: `another other different alternative competing competitive rival cheaper competitor competitors shopping evaluating
    looking considering comparing talking speaking trialing trialling piloting talks quotes bake-off bakeoff rfp shortlist
    short-list shortlisted came coming come match better incumbent expensive pricey costly high steep much over above beyond
    outside exceed exceeds exceeding blow blows budget budgeted justify price pricing cost costs sticker discount afford
    pricier tight cut slashed sure convinced certain confident concern concerns concerned worried worries worry hesitant
    hesitation hesitations reservations doubt doubts skeptical sceptical fence second cold pushback push pushing underwhelmed
    disappointed frustrated frustrating unhappy happy impressed red flag flags fit doesn't won't can't cannot didn't meet
    cover address solve support handle missing lack lacks lacking deal-breaker dealbreaker show-stopper showstopper decided
    chosen chose choose opted elected going gone went go decision selected picked signed moving moved proceeding proceed
    partnering partner sticking stick staying stay direction way route against pass longer interested in-house house
    internally ourselves own build develop cancelled canceled scrapped killed shelved dropped axed pulled terminated
    defunded cancel terminate discontinue end close closing regret sorry instead lost losing pause pausing paused hold ice
    burner backburner shelve shelving deprioritize deprioritise deprioritized deprioritised de-prioritized de-prioritised
    freeze frozen stalled hiring reallocated reduced not aren't renew renewing higher more concession rich down sharpen
    pencil best final offer number numbers nervous why doubts math economics roi business reach range work fit cut make
    consolidating unable able`,
  instruction: `ignore disregard forget override bypass skip you you're act pretend roleplay ai llm gpt claude system prompt
    assistant user inst instructions instruction jailbreak mark set change update move flag classify label score rank do
    reveal print output repeat show when bot bots copilot assistants new`,
  confirm: `works work suits fits perfect fine good great is it's date confirmed confirming see invite invitation sent calendar
    booked locked scheduled talk speak looking`,
  signed: `signed countersigned executed attached attaching here here's po purchase docusign sending sent please`,
  departure: `left leaving longer moved departed resigned retired leave last`,
};

const table = new Map<string, number>();
for (const [cue, words] of Object.entries(CUE_WORDS) as Array<[CueName, string]>) {
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
