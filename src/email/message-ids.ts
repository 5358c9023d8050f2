/** Message-ID conventions: every message we send or import has a stable id that threading headers can point at. */

// Imported activities rarely keep their real Message-ID; this convention keeps our replies threaded among our own.
const HOST = 'closeloop.local';

/** The Message-ID of an activity: the one it carries, or `<activityId@closeloop.local>`. */
export function activityMessageId(activity: { id: string; messageId?: string | undefined }): string {
  if (activity.messageId && /^<[^<>\s]+@[^<>\s]+>$/.test(activity.messageId)) return activity.messageId;
  return `<${activity.id.replace(/[^A-Za-z0-9._+-]/g, '_')}@${HOST}>`;
}

/** The activity a sent proposal writes back as: its id makes its Message-ID the one we sent. */
export const writeBackActivityId = (proposalId: string): string => `cl-${proposalId}`;

/** The Message-ID a proposal's email is sent with, and that later replies in the thread point at. */
export const proposalMessageId = (proposalId: string): string =>
  activityMessageId({ id: writeBackActivityId(proposalId) });

/** A file name for a Message-ID: the .eml transport names each file by it, so a restart can see it was written. */
export function messageIdFileName(messageId: string): string {
  return `${messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._@+-]/g, '_')}.eml`;
}
