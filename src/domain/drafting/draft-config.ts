/** Tunables of the offline writer, each with the reason for its default. */

export type DraftConfig = {
  /** A draft a busy customer reads on a phone: past about 120 words the one ask gets lost. */
  maxWords: number;
  /** Working days a rep gives themselves to send a late deliverable: soon enough to repair trust, long
   * enough that the new date is one they will keep (a second miss costs more than the first). */
  redeliveryBusinessDays: number;
  /** Working days to confirm an answer the documents do not give: a product or security team can answer
   * most questions within two days, and a vague "soon" reads as a brush-off. */
  confirmBusinessDays: number;
  /** Passages fetched per question: the best few, since only the sentence that answers is quoted. */
  passagesPerQuery: number;
  /** Questions answered in one email; more than three becomes a document, better sent as one. */
  maxQuestions: number;
  /** A quoted source sentence longer than this many words is cut to the clause that answers. */
  maxQuoteWords: number;
  /** Meeting options offered when rescheduling: two or three lets the customer pick without a thread. */
  meetingOptions: number;
  /** The rep's working day, local hours: options outside it would be declined or missed. */
  workdayStartHour: number;
  workdayEndHour: number;
  /** A rescheduled or proposed meeting; 30 minutes is the default slot in most calendars. */
  meetingMinutes: number;
  /** Start offering meeting times this many working days out: the customer needs a day to answer. */
  firstMeetingBusinessDay: number;
  /** Seat-priced plans listed when the customer's plan is unknown; more than two is a price sheet. */
  maxPlansQuoted: number;
};

export const DEFAULT_DRAFT_CONFIG: DraftConfig = {
  maxWords: 120,
  redeliveryBusinessDays: 2,
  confirmBusinessDays: 2,
  passagesPerQuery: 4,
  maxQuestions: 3,
  maxQuoteWords: 32,
  meetingOptions: 3,
  workdayStartHour: 9,
  workdayEndHour: 17,
  meetingMinutes: 30,
  firstMeetingBusinessDay: 1,
  maxPlansQuoted: 2,
};
