import { useId } from 'react';
import type { CommitteeLabel, MeetingOverview } from '../../../shared/question-model';
import { langIfDifferent, pickText } from '../text/bilingual';
import { useText } from '../text/useText';
import { AddMeetingForm } from './AddMeetingForm';
import { MeetingItem } from './MeetingItem';

/** One committee's meetings, and a form to add its next meeting (to prepare questions for it). */
export function CommitteeMeetings({
  committee,
  meetings,
  onAdded,
}: Readonly<{ committee: CommitteeLabel; meetings: readonly MeetingOverview[]; onAdded: () => void }>) {
  const { language } = useText();
  const headingId = useId();
  const name = pickText(committee.name, language);
  const council = pickText(committee.council, language);
  return (
    <section className="committee-meetings" aria-labelledby={headingId}>
      <h2 id={headingId} lang={name ? langIfDifferent(name.lang, language) : undefined}>
        {name?.text ?? committee.key}
      </h2>
      {council ? (
        <p className="muted" lang={langIfDifferent(council.lang, language)}>
          {council.text}
        </p>
      ) : null}
      <ul className="meeting-list">
        {meetings.map((meeting) => (
          <MeetingItem key={meeting.id} meeting={meeting} />
        ))}
      </ul>
      <AddMeetingForm committeeId={committee.id} onAdded={onAdded} />
    </section>
  );
}
