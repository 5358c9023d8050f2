/** Everyday and sales words: never read as a typo of a name, and a name that is one of them needs a capital. */

const WORDS = `
a about above after again against all also am an and any are as ask asked at back be because been before being
below between both but by can could did do does doing done down during each few for from further get gets getting
give go going good got had has have having he her here hers him his how i if in into is it its just know last let
like make me more most my need needs new next no nor not now of off on once only or other our out over own please
put re really said same say says see she should so some still such take tell than thank thanks that the their them
then there these they this those through to today tomorrow too under until up us use very want wants was we week
well were what when where which while who whom why will with would yet you your yours
hi hey hello ok okay quick quickly asap pls plz thx yes yeah sure
one two three four five six seven eight nine ten first second third half
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
morning afternoon evening tonight yesterday day days month months year years quarter time later soon early late
am pm eod eow eom eoq
call calls called calling meeting meetings meet met chat spoke speak talk talked talking sync catch catchup
deal deals account accounts opportunity opportunities opp opps pipeline customer customers client clients
prospect prospects lead leads contact contacts champion buyer
email emails mail mails note notes log logged record draft write send sent reply follow followup
brief briefing prep prepare ready agenda summary summarise summarize research status update news latest happening
renewal renewals renew expansion expand pilot proposal quote quotes pricing price prices priced cost discount
plan plans tier seat seats license licenses licence contract contracts order form signature sign signed
product products feature features support supports supported include includes included offer offers
security compliance hosting hosted integration integrations api sso
numbers number option options annual annually monthly
help question questions answer answers asking
big small large huge massive great best better sharp bright clear pure prime summit general united global
national standard star north south east west central pacific atlantic new old
art bill bills frank miles pepper sol will mark grant rose june sue pat bob max
start started starting stop stay stand stands stuck stall stalled state states steps step store stored
share shared shot short shoot sound sounds speed spend spent split spot spring staff stage stages
board brand bring broke build built bunch buyers carry cause chain change chance check cheap close
closed closing cover covers crash daily dates dealing decide demand detail drive easy event
every exact facts field final fine focus force found fresh front fully group guess happy heard heavy house
ideas issue issues items keeps known level light limit lines links local looks loses lower major
makes match means might minor model money moves moving often order owner paper parts party peace phone
place plain point power press proof quite quiet raise range reach reads right round rules scale score
sense serve shape shift since solid sorry space stake stock story strong style super sweet table taken
taste thing think total touch track trade train treat trial truck trust value views voice waste
watch water weeks whole works world worry worth wrong
`;

/** Folded, lower-case words. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/**
 * First names that are also words ("Bill", "Art", "Miles", "Frank"): read as a name only with a capital or after a
 * word that introduces a person ("with", "to", "for").
 */
export const isCommonWord = (word: string): boolean => COMMON_WORDS.has(word);
