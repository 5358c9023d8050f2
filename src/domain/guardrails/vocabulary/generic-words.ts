/**
 * Words that name no capability: function words, everyday verbs and adjectives, and the nouns of
 * any sales conversation. After "we support…" or "Enterprise includes…", every other word must
 * appear in the knowledge base; these may pass without it. Missing a word here costs a false
 * block, adding a feature word ("mobile", "offline") here would let a fabrication through.
 */
import { stem } from '../../knowledge/text-tokens.ts';

const WORDS = `
a about above across after again against all almost along already also although always am among an and
another any anyone anything anytime anyway anywhere are around as at away back be because been before
being below between both but by can cannot could did do does doing done down during each either else
enough especially etc even ever every everyone everything everywhere exactly far few for from further get
gets getting give given gives giving go goes going gone got had has have having he her here hers herself
him himself his how however i if in including indeed instead into is it its itself just least less let
lets like likely made make makes making many may maybe me might mine more most much must my myself near
nearly need needs neither never next no nobody none nor not nothing now of off often on once one only
onto or other others otherwise our ours ourselves out over own per perhaps please plus quite rather
really right same several shall she should since so some somebody someone something sometimes somewhat
soon still such than that the their theirs them themselves then there these they thing things this
those though through throughout thus to together too toward towards under unless until up upon us use
used uses using very via was way ways we well were what whatever when whenever where whether which
while who whole whom whose why will with within without would yes yet you your yours yourself
yourselves based able across actually additional all-in-one almost already also always available
basic best better big broad built built-in clear common complete completely comprehensive core
current currently daily dedicated deep different direct directly easy easily effective entire
entirely essential exact existing extensive extra fast flexible full fully general good great
growing helpful high huge ideal important included including key large latest local long low main
major modern more most native natively necessary new nice normal optional other out-of-the-box overall
particular possible powerful practical primary proper quick quickly ready real reliable relevant
robust safe same seamless seamlessly secure securely separate serious shared similar simple simply
single small smooth solid special specific standard strong successful sure typical unique usual
useful various whole wide
access account accounts action actions activity add added adding addition admin admins
administrator administrators agreement analysis analyst analysts analytic analytics answer answers app
apps approach area areas aspect aspects attention bar base basis benefit benefits bit board box budget
business businesses call calls capability capabilities capacity case cases center centre centers
change changes choice choices client clients cloud colleague colleagues company companies compliance
component components configuration connection connections contact content contract control controls
copy cost costs coverage customer customers dashboard dashboards data database date day days deal
deals default demo department departments deployment design detail details development device
devices document documentation documents edition editions effort email emails employee employees end
environment environments everyday example experience experts fact feature features feedback fee fees
field file files firm flow focus form format function functionality group groups guide guidance hand
help history hour hours idea identity identities information infrastructure insight insights
instance instances integration integrations interface issue issues item items job kind knowledge
layer level levels license licenses licence licences limit limits line list location locations log
login logins look manager managers market matter meeting member members method mind minute minutes
model month months need needs network note notes number numbers offer offering offerings office
option options order organization organisation organizations organisations owner package packages
page pages part partner partners party people performance period person phase piece place plan plans
platform platforms point policy policies portal position practice practices price prices pricing
problem problems process processes product products program programs programme project projects
proposal protection provider providers purpose quality question questions range rate rates reason
record records region regions report reporting reports request requests requirement requirements
residency resource resources response rest result results review right risk role roles rollout room
rule rules scale scope seat seats section security service services session set setting settings
setup side site sites size software solution solutions source space speed staff stage standards start
state step steps storage store structure subscription suite summary support system systems task tasks
team teams technology term terms test thing time times tool tools top topic track type types update
updates usage user users value version view week weeks work workflow workflows workload world year years
accept allow allows ask asked build builds check choose come comes connect connects cover covers
deliver delivers deploy do enable enables ensure ensures expect find follow gives handle handles
happen help helps host hosts hosted hosting include includes keep keeps know let make manage manages
meet move offer offers provide provides put reach receive run runs see send serve set share show sign
start stay stays support supports take track try turn want work works write
today tomorrow yesterday week month quarter year morning afternoon evening monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec signing signature sign
weekday weekdays weekend weekends
handy perfect convenient suitable welcome timely worthwhile neat
peace confidence flexibility efficiency productivity transparency clarity simplicity ease convenience
assurance reassurance trust mutual multiple entire various whatever
reference references case study studies example examples deck slides slide recording recap quote
template agenda walkthrough webinar workshop session sessions intro introduction one-pager brief
writeup write-up link invite invitation dates timeline estimate breakdown comparison side-by-side compare
compares compared fewer paces pace total totals totalling totaling short shorter conversation conversations scroll
spreadsheet sheet nda paperwork
executive executives leadership leader leaders engineer engineers engineering finance procurement
ops operations it admins stakeholder stakeholders champion champions buyer buyers sponsor sponsors
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million dozen first second third fourth fifth half double twice triple later earlier sooner ahead
director directors vp cfo ceo cto cio ciso coo head heads lead leads colleague colleagues person people
whichever wherever whoever whenever pick picks picked chose chosen
carefully careful closely thoroughly thorough properly personally
rise rises rising rose fall falls falling fell drop drops dropping grow grows growing increase increases
increasing decrease decreases decreasing climb climbing reduce reduced reduces up down below above
roughly approximately around circa cent cents penny pence euro euros dollar dollars open opens closed
`;

export const GENERIC_STEMS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter((w) => w.length > 0)
    .flatMap((w) => w.split('-'))
    .map(stem),
);
