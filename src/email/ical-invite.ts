/** Builds a meeting request (iCalendar, METHOD:REQUEST) that mail clients show with accept and decline buttons. */
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';

export type InviteInput = {
  /** Stable per proposal: a resent or updated invite replaces the same event instead of adding one. */
  uid: string;
  organizer: { name: string; email: string };
  attendees: readonly string[];
  subject: string;
  agenda: string;
  start: Date;
  durationMinutes: number;
  /** When the invite was issued (DTSTAMP); passed in so the same approval renders the same bytes. */
  stamp: Date;
};

export function meetingInvite(input: InviteInput): string {
  const calendar = ical({ prodId: { company: 'closeloop', product: 'closeloop', language: 'EN' } });
  calendar.method(ICalCalendarMethod.REQUEST);
  calendar.createEvent({
    id: input.uid,
    start: input.start,
    end: new Date(input.start.getTime() + input.durationMinutes * 60_000),
    stamp: input.stamp,
    summary: input.subject,
    description: input.agenda,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees: input.attendees.map((email) => ({
      email,
      rsvp: true,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    })),
  });
  return calendar.toString();
}
