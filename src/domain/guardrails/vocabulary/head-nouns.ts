/** The words a price per person is said by, whatever a price book calls its seat ("per engineer", "per-agent"). */
export const HEAD_NOUN =
  '(?:(?:seat|user|agent|licen[cs]e|member|head|person|technician|engineer|recruiter|employee|staff|worker|driver|rep|clinician|analyst|developer)s?|people)';
