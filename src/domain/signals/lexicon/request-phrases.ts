/** How customers ask for things: questions, polite imperatives, "we'd need…", "finance wants to see…", chasers. */

/** Questions that expect no answer from us. */
export const PLEASANTRY =
  /^(?:(?:hi|hey|hello|dear)\b[^?]{0,30}[,!.-]\s*)?(?:how are (?:you|things)|how(?:'s| is) (?:it going|everything|your (?:week|day|weekend|quarter))|how was (?:your|the) (?:weekend|trip|holiday|holidays|vacation|break|time off|week)|hope (?:you|all|this|everything)|did you have a (?:good|nice|great)|happy (?:friday|monday|new year|holidays)|all good|you know|right|make sense|fair enough|sound good|who knows|why not|what do you think of the weather)\b[^?]*\?$/;
/** "… , right?" and similar tags on a statement. */
export const TAG_QUESTION = /,\s*(?:right|no|correct|yes|ok|okay|eh)\?\s*$/;

/** Polite imperatives and indirect asks. */
export const REQUEST =
  /(?:^|[.;:!,]\s+|\b(?:and|also|so|but|then)\s+)(?:please|pls|plz|kindly)\s+(?!find\b|see\b|note\b|ignore\b|disregard\b|excuse\b|forgive\b|let me know if you (?:need|have)\b|don't hesitate\b|feel free\b)[a-z]|\b(?:could|can|would|will)\s+(?:you|u|your team|someone)\s+(?:please\s+|kindly\s+|also\s+|possibly\s+|perhaps\s+)?(?!imagine|believe|see why|not\b)[a-z]|\bwould you mind\b|\bif (?:it's|it is) not too much (?:trouble|bother|hassle)\b|\bif at all possible\b|\bif you (?:could|can|get a chance to|have a chance to|don't mind)\s+(?:please\s+|kindly\s+)?(?:send|share|forward|confirm|clarify|explain|provide|let (?:me|us) know|check|put|pull|dig|find|get)\b|\b(?:would|could|might|will)\s+(?:really\s+|also\s+|certainly\s+)?(?:go a long way|be (?:(?:a |really |very |super |hugely |incredibly |most )?(?:huge |big |great )?help(?:ful)?|useful|invaluable|much appreciated|appreciated)) (?:with|for|to|in|if|when)\b|\b(?:i|we)(?:'d| would)\s+(?:like|love|appreciate|need)\s+(?:to (?:see|get|have|know|understand|receive|review|discuss|talk about|go over|learn)|(?:it )?if you|a |an |the |some |more |your |pricing|details|a copy)|\b(?:i|we)\s+(?:(?:will|would|'ll|'d|still)\s+)?(?:need|require)\s+(?:to (?:see|get|have|review|receive)\s|a copy of|you to|your|the (?:[a-z-]+ )?(?:proposal|quote|contract|order form|pricing|report|details|documents?|answers?|info|information|numbers|msa|sow|dpa|soc ?2|questionnaire|invoice|paperwork|deck|case study|references?)|a (?:[a-z-]+ )?(?:proposal|quote|copy|call|response|reply|answer|breakdown|discount|demo)|an (?:answer|update|estimate|invoice)|answers|more (?:info|information|details))|\b(?:finance|legal|procurement|security|it|our (?:[a-z]+ )?team|the team|my (?:boss|manager|team|cfo|ceo|cto)|(?:our|the) (?:cfo|ceo|cto|cio|coo|vp|board|committee|lawyers?|auditors?|[a-z]+ lead|head of [a-z]+)|[a-z]+ from (?:finance|legal|it|security|procurement))\s+(?:wants|needs|would like|asked|is asking|are asking|requested|requires|has asked|have asked)\s+(?:to see|to know|to get|to have|to understand|to review|for|a |an |the |some |more |whether|if|about|us to|you to)|\b(?:wondering|curious)\s+(?:if|whether|about|how|what|when|why|where)\b|\blet (?:me|us) know\s+(?!if you (?:have|need)\b|if (?:there(?:'s| is)|anything)\b|should you\b|whenever\b)(?:if|whether|what|when|how|the|your|about|which|where|who)\b|^(?:send|share|forward|resend|confirm|clarify|explain)\s+(?:me|us|over|the|your|a|an)\b|\b(?:looking forward to|await(?:ing)?|waiting (?:for|on))\s+(?:your|the)\s+(?:[a-z-]+\s+){0,2}(?:proposal|quote|answers?|reply|response|pricing|contract|revised|updated|numbers|details|info)/;

/** Chasers: the customer is waiting on something from us. */
export const CHASE =
  /\b(?:any (?:update|news|word|progress|eta)|(?:what's|what is) the (?:status|eta|update)|where (?:are we|do we stand) (?:on|with)|still waiting (?:on|for)|haven't (?:received|seen|gotten|got) (?:the|your|it|anything)|did you (?:get a chance|have a chance|manage) to|following up on my (?:question|request|email|note|last)|bumping (?:this|my)|gentle (?:reminder|nudge)|friendly reminder|just checking (?:on|whether|if) (?:the|you|my))/;

/** Asks about more seats, users or licences. */
export const EXPANSION_ASK =
  /\b(?:\d+|more|additional|extra|another|a few more|several more)\s+(?:seats?|licen[cs]es?|users?|logins?|accounts?|people)\b|\b(?:add|adding|expand|expanding|expansion|upgrade|upgrading|grow|growing|increase|increasing)\b[^.?!]{0,40}\b(?:seats?|licen[cs]es?|users?|team|plan|tier|department|org|organi[sz]ation|rollout|roll-out|footprint)\b|\broll (?:it |this )?out to\b|\bgive access to\b|\basking for access\b|\b(?:what would|how much (?:would|for)|cost (?:of|for|to add))\b[^.?!]{0,40}\b(?:more|additional|extra|\d+)\b/;

/** Questions about meeting times. */
export const SCHEDULING_ASK =
  /\b(?:(?:do|make|move|push|shift|bump)\b[^.?!]{0,20}\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week|instead|later|earlier|another day)|reschedule|meet|meeting|call|chat|catch up|sync|(?:a|some|good|best|what|which|another|other|new) times?\b|times? (?:works?|slots?|to (?:meet|talk|chat|connect))|slot|slots|available|availability|calendar|schedule|reschedule|resched|invite|invitation|dial-?in|zoom|teams|webex|meet link|agenda|works? for you|work for you|free (?:on|at|this|next)|does (?:monday|tuesday|wednesday|thursday|friday|[0-9])|\d{1,2}(?::\d{2})?\s*(?:am|pm))\b/;

/** Reported asks in our notes: "Hank asked for a three-year option", "they want to know whether…". */
export const REPORTED_REQUEST =
  /\b(?:he|she|they|customer|client|[a-z]+)\s+(?:asked|wanted to know|wants to know|would like to know|requested|is asking|are asking|was asking|were asking|needs|wants|would like|asked us|asked me)\s+(?:for|about|whether|if|us to|me to|to see|to know|to get|to have|a |an |the |more |how|what|when|why)/;

/** The customer takes a question back. */
export const WITHDRAWN =
  /\b(?:never ?mind|disregard my (?:last|previous|earlier) (?:question|email|note)|figured it out|found (?:it|the answer)|no longer need|ignore my (?:last|previous|earlier) (?:question|email))\b/;
