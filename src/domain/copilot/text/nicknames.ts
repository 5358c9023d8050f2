/** First names people use for each other: a rep types "Bill" for William, "Liz" for Elizabeth, "Rob" for Roberto. */

const GROUPS = `
william bill will billy liam | robert rob bob bobby robbie | richard rick rich dick | james jim jimmy jamie
elizabeth liz beth lizzie eliza betty | katherine kate kathy katie kat catherine cathy | margaret maggie meg peggy
michael mike mikey mick | christopher chris topher | jonathan jon john johnny jack | joseph joe joey
thomas tom tommy | daniel dan danny | matthew matt | andrew andy drew | anthony tony | nicholas nick nicky
alexander alex xander | alexandra alex lexi sandra | samuel sam sammy | samantha sam sammie | benjamin ben benny
edward ed eddie ted ned | theodore theo ted teddy | stephen steve stevie | steven steve | timothy tim timmy
patrick pat paddy | patricia pat patty trish | jennifer jen jenny | jessica jess jessie | rebecca becky becca
victoria vicky tori | susan sue suzie | deborah deb debbie | kimberly kim | pamela pam | christine chris chrissy
gregory greg | jeffrey jeff | kenneth ken kenny | ronald ron ronnie | donald don donnie | raymond ray
frederick fred freddie | francis frank fran | frank frankie | henry hank harry | harold harry hal
lawrence larry | leonard leo len lenny | gerald gerry jerry | jerome jerry | charles charlie chuck chas
albert al bert | alfred alf alfie | arthur art artie | nathaniel nate nat | nathan nate | zachary zach zack
gabriel gabe | isabella bella izzy | isabel bella izzy | abigail abby | olivia liv livvy | natalie nat
josephine jo josie | joanna jo | roberto rob beto | alejandro alex ale | francisco paco pancho frank
guillermo memo will | eduardo eddie lalo | jose pepe | ignacio nacho | dmitri dima | aleksandr sasha sacha
mohammed mo | muhammad mo | abdullah abdi | ingrid inga | tobias toby | sebastian seb | maximilian max
`;

const byName = new Map<string, Set<string>>();
for (const group of GROUPS.split('|')) {
  const names = group.split(/\s+/).filter(Boolean);
  for (const n of names) {
    const set = byName.get(n) ?? new Set<string>();
    for (const m of names) if (m !== n) set.add(m);
    byName.set(n, set);
  }
}

/** The other forms of a folded first name ("william" → bill, will, billy, liam), empty when none is known. */
export function nicknamesOf(firstName: string): ReadonlySet<string> {
  return byName.get(firstName) ?? new Set();
}
