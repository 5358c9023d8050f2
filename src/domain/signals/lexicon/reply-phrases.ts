/** How replies show what they do: deliver something, answer a question, or merely nudge. */

/** The message carries the thing: "attached", "here's the revised proposal", "as promised", a link. */
export const DELIVERY =
  /\b(?:attached|attaching|i've attached|i have attached|enclosed|please find|here is|here's|here are|herewith|sharing (?:the|our|my|a)|i'm sharing|as promised|link (?:is )?(?:below|here|to)|(?:just |have )?sent (?:you|it|them|over|the)|sending (?:you|it|them|over|the)|you should now have|(?:is|are|should (?:now )?be) (?:now )?in your inbox|uploaded|shared (?:the|a|it)|docusign|via (?:docusign|pandadoc|hellosign)|dropbox|google drive|drive link|download|(?:is|are) (?:now )?(?:ready|live|set up|available|done|complete|attached|in your inbox|on its way)|(?:has|have) been (?:sent|shared|set up|created|enabled|activated|provisioned|uploaded|completed)|went out|you (?:now )?have access|(?:invite|invitation)s? (?:is |are )?(?:sent|on (?:its|their) way|went out)|sent (?:an|the) invite|(?:quote|proposal|pricing|numbers|deck|report|contract|order form|agreement|summary|recap|notes|slides|recording)s? (?:below|inline|follows?))\b|https?:\/\//;

/** Explicit answers: "good question", "to answer your question", "answers inline". */
export const ANSWER_MARKER =
  /\b(?:good|great|fair|excellent) question|\bto answer your (?:question|questions)|\banswers? (?:are |is )?(?:below|inline|in line|in-line|attached)|\bsee (?:my )?(?:answers|responses|replies|notes|comments) (?:below|inline|in line|attached)|\b(?:regarding|re|about|on|as for|in response to|to) your (?:question|questions|request|ask|note about)|\byou asked (?:about|whether|if|for)|\bshort answer\b|\bthe answer is\b/;

/** Replies that open with a direct yes or no answer a yes/no question. */
export const DIRECT_ANSWER =
  /^(?:(?:hi|hey|hello|dear)\b[^.!?\n]{0,30}[,.!-]\s*)?(?:yes|yep|yeah|no|nope|absolutely|definitely|correct|exactly|indeed|of course|unfortunately(?: not)?|sure(?: thing)?|it does|it doesn't|we do|we don't|we can|we can't|we are|we're not|it is|it isn't|confirmed)\b/;

/** Nudges carry nothing new: "just checking in", "any thoughts on the proposal?". */
export const NUDGE =
  /\b(?:just )?(?:checking in|circling back|following up|bumping (?:this|it)|touching base|wanted to follow up|any thoughts|did you (?:get|have) a chance|had a chance to|floating this|resurfacing|ping(?:ing)? you)\b/;

/** The customer confirms they received something. */
export const RECEIPT =
  /\b(?:thanks|thank you|thx|ty)\s+(?:for|so much for)\s+(?:the|sending|sharing|your|this)\b|\b(?:got it|received|receipt confirmed|we have it|looks good|reviewing (?:the|it|your))\b/;

/** A call that did not reach anyone. */
export const NO_CONVERSATION =
  /\b(?:voicemail|voice mail|vm\b|no answer|did not answer|didn't answer|didn't pick up|did not pick up|no pick ?up|left (?:a )?message|no response|straight to|line busy|went unanswered|no-show|no show|(?:took|take|taking) (?:a )?message|(?:rang|rings?|ringing) out|(?:couldn't|could not|unable to|failed to) (?:reach|get hold of|get through|connect)|(?:was|is|were) (?:not available|unavailable)|engaged tone|no luck|no one (?:picked|answered)|nobody (?:picked|answered))\b/;

/** Taking a concern or question on board: "fair concern", "let's walk through it", "happy to show how we compare". */
export const ACKNOWLEDGES =
  /\b(?:(?:totally |completely |a )?fair (?:concern|point|question|ask)|(?:good|great|valid) (?:point|question|catch)|(?:i |we )?(?:completely |totally )?understand\b|understandable|(?:i |we )?hear you|makes (?:total )?sense|appreciate (?:you )?(?:sharing|flagging|raising|the candou?r)|thanks for (?:flagging|raising|sharing|being (?:open|upfront|candid))|let(?:'s| us| me) (?:discuss|talk|walk|review|dig|look|go over|set up|find)|happy to (?:walk|discuss|talk|show|jump|set up|share|go over|dig|look)|(?:how|where) we (?:compare|differ|stack up)|side[- ]by[- ]side|comparison|(?:work|flex|find a way) (?:on|with) (?:the )?(?:price|pricing|budget|terms|numbers)|options? (?:that|to) (?:fit|work|meet)|phased|(?:bring|join) (?:the |our )?(?:next )?call)\b/;
