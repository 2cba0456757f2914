import { useId } from 'react';
import { ARROWS, FACES, PLANS } from '../../../shared/domain';
import type { Bilingual } from '../../../shared/languages';
import { langIfDifferent, pickText } from '../text/bilingual';
import { useText } from '../text/useText';
import { hasFilters, NO_FILTERS, type IndicatorFilters } from './filters';
import { ARROW_KEYS, FACE_KEYS, PLAN_KEYS } from './labels';

/**
 * The filters: words to find in the code or title (Welsh-aware), plan, area, face and arrow as selects, and the two quick filters as toggle
 * buttons (aria-pressed), each with a line saying exactly what it keeps. Every change applies at
 * once; the count of indicators shown is announced by the screen.
 */
export function IndicatorFilterForm({
  filters,
  areas,
  onChange,
}: Readonly<{ filters: IndicatorFilters; areas: readonly Bilingual[]; onChange: (filters: IndicatorFilters) => void }>) {
  const { t, language } = useText();
  const ids = { text: useId(), textHint: useId(), plan: useId(), area: useId(), face: useId(), arrow: useId(), heading: useId(), offTargetHint: useId(), worseHint: useId() };
  const set = (patch: Partial<IndicatorFilters>) => onChange({ ...filters, ...patch });

  return (
    <section className="indicator-filters" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('indicators:filters.heading')}</h2>
      <div className="field indicator-filters__text">
        <label htmlFor={ids.text}>{t('indicators:filters.text')}</label>
        <input id={ids.text} type="search" value={filters.text} aria-describedby={ids.textHint} onChange={(event) => set({ text: event.target.value })} />
        <p id={ids.textHint} className="indicator-filters__hint">
          {t('indicators:filters.textHint')}
        </p>
      </div>
      <div className="indicator-filters__quick" role="group" aria-label={t('indicators:filters.quick')}>
        <div className="indicator-filters__toggle">
          <button type="button" className="toggle-button" aria-pressed={filters.offTarget} aria-describedby={ids.offTargetHint} onClick={() => set({ offTarget: !filters.offTarget })}>
            {t('indicators:filters.offTarget')}
          </button>
          <p id={ids.offTargetHint} className="indicator-filters__hint">
            {t('indicators:filters.offTargetHint')}
          </p>
        </div>
        <div className="indicator-filters__toggle">
          <button type="button" className="toggle-button" aria-pressed={filters.worse} aria-describedby={ids.worseHint} onClick={() => set({ worse: !filters.worse })}>
            {t('indicators:filters.worse')}
          </button>
          <p id={ids.worseHint} className="indicator-filters__hint">
            {t('indicators:filters.worseHint')}
          </p>
        </div>
      </div>
      <div className="indicator-filters__selects">
        <div className="field">
          <label htmlFor={ids.plan}>{t('indicators:filters.plan')}</label>
          <select id={ids.plan} value={filters.plan} onChange={(event) => set({ plan: event.target.value as IndicatorFilters['plan'] })}>
            <option value="">{t('indicators:filters.any')}</option>
            {PLANS.map((plan) => (
              <option key={plan} value={plan}>
                {t(PLAN_KEYS[plan])}
              </option>
            ))}
            <option value="none">{t('indicators:plan.none')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.area}>{t('indicators:filters.area')}</label>
          <select id={ids.area} value={filters.area} onChange={(event) => set({ area: event.target.value })}>
            <option value="">{t('indicators:filters.anyArea')}</option>
            {areas.map((area) => {
              const name = pickText(area, language) ?? { text: area.en, lang: 'en' as const };
              return (
                <option key={area.en} value={area.en} lang={langIfDifferent(name.lang, language)}>
                  {name.text}
                </option>
              );
            })}
            <option value="none">{t('indicators:filters.noArea')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.face}>{t('indicators:filters.face')}</label>
          <select id={ids.face} value={filters.face} onChange={(event) => set({ face: event.target.value as IndicatorFilters['face'] })}>
            <option value="">{t('indicators:filters.any')}</option>
            {FACES.map((face) => (
              <option key={face} value={face}>
                {t(FACE_KEYS[face])}
              </option>
            ))}
            <option value="none">{t('indicators:face.none')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.arrow}>{t('indicators:filters.arrow')}</label>
          <select id={ids.arrow} value={filters.arrow} onChange={(event) => set({ arrow: event.target.value as IndicatorFilters['arrow'] })}>
            <option value="">{t('indicators:filters.any')}</option>
            {ARROWS.map((arrow) => (
              <option key={arrow} value={arrow}>
                {t(ARROW_KEYS[arrow])}
              </option>
            ))}
            <option value="none">{t('indicators:arrow.none')}</option>
          </select>
        </div>
      </div>
      {hasFilters(filters) ? (
        <p>
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
            {t('indicators:filters.clear')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
