import type { CommitteeSummary } from '../../../shared/domain';
import { langIfDifferent, pickText } from '../text/bilingual';
import { useText } from '../text/useText';
import { MeetingSection } from './MeetingSection';

export function CommitteeSection({ committee }: Readonly<{ committee: CommitteeSummary }>) {
  const { language } = useText();
  const name = pickText(committee.name, language);
  const council = pickText(committee.council, language);
  return (
    <section className="committee">
      <h2 lang={name ? langIfDifferent(name.lang, language) : undefined}>{name?.text ?? committee.key}</h2>
      {council ? (
        <p className="committee__council" lang={langIfDifferent(council.lang, language)}>
          {council.text}
        </p>
      ) : null}
      {committee.meetings.map((meeting) => (
        <MeetingSection key={meeting.id} meeting={meeting} />
      ))}
    </section>
  );
}
