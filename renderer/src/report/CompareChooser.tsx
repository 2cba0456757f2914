import { useId, useState, type FormEvent } from 'react';
import type { LibraryView, ReportView } from '../../../shared/domain';
import { committeeReports, previousReport } from '../../../shared/indicators-changes';
import { comparePeriodKeys } from '../../../shared/period';
import { compareHref } from '../routing/route';
import { pickText } from '../text/bilingual';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';

/**
 * Picks another report of the same committee to set beside this one. The earlier report goes on
 * the left, whichever was chosen, so "before" always reads before "after".
 */
export function CompareChooser({ report, library }: Readonly<{ report: ReportView; library: LibraryView }>) {
  const { t, language } = useText();
  const selectId = useId();
  const others = committeeReports(library, report.committee.id)
    .filter((other) => other.id !== report.id)
    .reverse();
  // The previous report is the usual comparison ("Q1 against Q2"), so it is chosen to begin with.
  const [chosen, setChosen] = useState<number | null>(() => previousReport(library, report)?.id ?? null);
  const selected = others.find((other) => other.id === chosen) ?? others[0] ?? null;

  if (!selected) return <p className="compare-chooser__none muted">{t('report:compare.none')}</p>;

  function compare(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!selected) return;
    const earlierFirst = comparePeriodKeys(selected.period, report.period) <= 0;
    window.location.hash = earlierFirst ? compareHref(selected.id, report.id) : compareHref(report.id, selected.id);
  }

  return (
    <form className="compare-chooser" onSubmit={compare}>
      <label htmlFor={selectId}>{t('report:compare.label')}</label>
      <div className="compare-chooser__row">
        <select id={selectId} value={selected.id} onChange={(event) => setChosen(Number(event.target.value))}>
          {/* An <option> holds text only, so a title in the other language (pickText's fallback)
              cannot get its own element. Nor can the option take the title's `lang`: the period
              beside it ("Chwarter 2 2017/18") is always in the interface language. So it inherits. */}
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {t('report:compare.option', { period: formatPeriod(other.period, t), title: pickText(other.title, language)?.text ?? other.key })}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t('report:compare.button')}
        </button>
      </div>
    </form>
  );
}
