/** MCP tool crm_get_activities: emails, calls, meetings, notes and tasks on an account or deal, newest first. */
import {
  ListActivitiesInput,
  ListActivitiesOutput,
  listActivities,
} from '../../../services/crm/list-activities.ts';
import { renderActivity } from '../../render/render-activity.ts';
import { lines } from '../../render/render-text.ts';
import { defineTool, READ_ONLY } from '../../tool-definition.ts';

export const crmGetActivities = defineTool({
  name: 'crm_get_activities',
  title: 'Get activities on an account or deal',
  description:
    "List the emails, calls, meetings, notes and tasks logged on an account (accountId) or a deal (opportunityId), newest first. An email's `text` is what its author wrote, without quoted replies or signature; set includeRaw for the stored body. Use mail_get_thread to read one conversation in order.",
  input: ListActivitiesInput,
  output: ListActivitiesOutput,
  hints: READ_ONLY,
  run: ({ db, actor }, input) => listActivities(db, actor, input),
  render: ({ activities, more }) =>
    activities.length === 0
      ? 'No activities.'
      : lines(
          `${activities.length} activit${activities.length === 1 ? 'y' : 'ies'}, newest first:`,
          ...activities.map((a) => renderActivity(a)),
          more && '(older activities remain: call again with `before` set to the last occurredAt)',
        ),
});
