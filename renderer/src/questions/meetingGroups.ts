import type { CommitteeLabel, MeetingOverview } from '../../../shared/question-model';

export interface CommitteeWithMeetings {
  readonly committee: CommitteeLabel;
  /** Newest first, as meetings.list gives them. */
  readonly meetings: readonly MeetingOverview[];
}

/** Meetings (newest first) grouped by committee, committees in the order their newest meeting comes. */
export function committeesOf(meetings: readonly MeetingOverview[]): CommitteeWithMeetings[] {
  const groups = new Map<number, { committee: CommitteeLabel; meetings: MeetingOverview[] }>();
  for (const meeting of meetings) {
    const group = groups.get(meeting.committee.id) ?? { committee: meeting.committee, meetings: [] };
    group.meetings.push(meeting);
    groups.set(meeting.committee.id, group);
  }
  return [...groups.values()];
}
