/** What a meeting was, in the words a rep uses for it later: "our demo", "our intro call". */

const KINDS: [RegExp, string][] = [
  [/\bdemo\b/i, 'demo'],
  [/\bwalk\s?through\b/i, 'walkthrough'],
  [/\b(?:discovery|intro|introduction|getting to know|kick-?off)\b/i, 'intro call'],
  [/\bcheck-?in\b/i, 'check-in'],
  [/\b(?:pricing|proposal|terms|contract|negotiation)\b/i, 'review'],
  [/\bworkshop\b/i, 'workshop'],
];

export function meetingKind(subject: string | undefined): string {
  for (const [pattern, kind] of KINDS) if (subject && pattern.test(subject)) return kind;
  return 'last meeting';
}
