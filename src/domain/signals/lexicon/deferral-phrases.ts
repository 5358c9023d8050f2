/** How customers ask us to wait: "check back after…", "budget opens on…", "nothing I can sign before…", "I'm out until…". */

/** Coming back to the conversation later: with a date, this asks us to wait until then. */
export const RECONNECT =
  /\b(?:reach (?:back )?out|reach back|check (?:back|in)|circle (?:back|round)|touch base|get back in touch|get in touch|follow up|follow-up|ping (?:me|us)|come back to (?:me|us|this|it)|reconnect|re-connect|revisit|re-visit|regroup|reconvene|resume|restart|re-?engage|pick (?:this|it|things|the conversation|this conversation) (?:back )?up|look at (?:this|it) again|come back|talk again|speak again|try (?:me|us) again|give (?:me|us) a (?:call|shout|ring|buzz)|hit me up|drop me a (?:line|note)|let's (?:talk|speak|chat|connect|reconnect|catch up|sync|meet)|we can (?:talk|speak|chat|connect|set up|discuss|revisit|pick)|happy to (?:talk|speak|chat|connect|revisit|pick)|(?:talk|speak|chat) (?:then|after|in|next|once|when))\b/;

/** Asking for time outright. */
export const WAIT =
  /\b(?:nothing (?:needed|required|to do|for you to do) (?:from|on|for) (?:you|your side|your end)|no need to (?:chase|follow up|check in|ping|nudge|keep checking)|(?:don't|do not|please don't) (?:feel you need to |need to )?(?:chase|follow up|check in)|no action (?:needed|required) (?:from|on) (?:you|your side)|wait|hold off|hold on|holding off|pause|pausing|paused|sit tight|give (?:us|me) (?:some time|time|a few|a couple|until|till)|not (?:before|until)|no sooner than|not (?:a priority|ready|in a position)[^.?!]{0,30}\b(?:until|before|till)|on hold|on ice|back ?burner|freeze|frozen|not (?:able|going) to (?:move|sign|commit|decide|proceed)|(?:can't|cannot|can not|won't be able to|unable to|not able to)\s+(?:sign|commit|move|decide|do anything|proceed|approve|spend|buy|purchase|engage|start|talk|discuss|look at|review|take this)|nothing (?:i|we) can (?:sign|do|commit|approve|decide))\b/;

/** Being busy is a reason, not a request: it asks us to wait only with an "until" or "after" date. */
export const BUSY =
  /\b(?:too early|too soon|not the right time|bad time|busy|slammed|swamped|heads-? ?down|tied up|crunch|snowed under|underwater|flat out|hectic|quarter-end|year-end|month-end)\b/;

/** Something on the customer's calendar that gates the deal. */
export const GATING_EVENT =
  /\b(?:budget|funding|fiscal year|fy\d*|new fy|financial year|spend|spending|headcount|approval|the new year|q[1-4]|quarter|board|committee|steering|exec(?:utive)? team|leadership|procurement|legal|finance|audit|offsite|off-site|reorg|re-org|reorgani[sz]ation|migration|launch|go-live|release|conference|trade show|holidays?|vacation|leave|planning cycle|planning|close)\b[^.?!]{0,60}\b(?:opens?|starts?|begins?|resets?|renews?|(?:is|gets|get|are) (?:approved|signed off|finali[sz]ed|released|back|done|over|complete|completed)|frees? up|comes? through|kicks? off|unlocks?|lands?|meets?|met|convenes?|happens?|wraps? up|ends?|closes?|returns?|is back|are back|reconvenes?|decides?)\b|\b(?:after|once|when|following|post)\s+(?:our|the|their|my|this|that|next)?\s*(?:board|budget|procurement|legal|finance|audit|offsite|off-site|reorg|re-org|migration|launch|go-live|quarter|fiscal|holidays?|new year|vacation|conference|trade show|planning|close|review|meeting|exec|leadership|committee|approval|merger|acquisition|integration|rollout|implementation|funding|raise|round)\b/;

/** Someone is away: "I'm out until the 9th", "back in the office on Monday", "on leave through March". */
export const AWAY =
  /(?<=\b(?:i'm|i am|we're|we are|he's|he is|she's|she is|they're|they are|is|'s|will be|'ll be)\s)(?:out|away|off|travell?ing|on (?:leave|vacation|holiday|holidays|pto|paternity leave|maternity leave|parental leave|sabbatical)|offline|out of (?:the )?office|ooo)\b|\bback (?:in (?:the office|office|town)|from (?:leave|vacation|holiday|pto|my trip|the conference)|on|after|in|the week of|next)\b|\breturn(?:ing)? (?:on|after|from|the)\b/;

/** Someone else on the customer's side is working through something (legal, security, procurement, a review). */
export const PROCESS =
  /\b(?:legal|counsel|lawyers?|attorneys?|procurement|purchasing|security|infosec|compliance|finance|accounting|board|committee|review|reviewing|redlines?|approvals?|sign-?off|audit|due diligence|questionnaire|assessment|evaluation|vendor onboarding|paperwork|msa|dpa)\b/;
export const PROCESS_TIMING =
  /\b(?:ends?|ending|finish(?:es|ed)?|wraps? up|complete[sd]?|done|takes?|taking|need(?:s)?|expects?|expected|should|will|'ll|back|concludes?|closes?|returns?|turn(?:s)? (?:it )?around|have (?:it|them|an answer|a decision|comments|feedback)|send|sends|signs? off|signs|approves?|decides?|meets?|votes?|convenes?|reconvenes?|starts?|started|runs? (?:until|through|till))\b/;
/** The writer promising in person ("I'll get you the sign-off") is a promise, not a process to wait on. */
export const FIRST_PERSON_SUBJECT = /\b(?:i(?:'ll| will| can| should| am going to|'m going to)|let me)\b/;

/** The gate is already open: "the budget is approved", "legal has signed off". Reported as done, it asks for no wait. */
export const GATE_CLEARED =
  /\b(?:is|are|has been|have been|was|were|got|already)\s+(?:now\s+|already\s+|fully\s+|finally\s+)?(?:approved|signed off|finali[sz]ed|released|done|complete|completed|sorted|secured|in place|agreed|confirmed)\b/;
/** Words that make a cleared-sounding gate still lie ahead ("once the budget is approved", "until legal is done"). */
export const GATE_PENDING =
  /\b(?:once|when|until|till|after|before|not|no|unless|if|pending|waiting|wait|hold|expect(?:ed|s)?|should|will|'ll|by the time)\b/;
