import type { AppInfo } from '../../../shared/domain';
import { MetaList } from '../common/MetaList';
import { useText } from '../text/useText';
import { OpenDataFolder } from './OpenDataFolder';

const DATA_HEADING_ID = 'about-data-heading';

export function AboutDetails({ info }: Readonly<{ info: AppInfo }>) {
  const { t } = useText();
  return (
    <>
      <p>{t('about:intro')}</p>
      <MetaList
        className="meta-list--grid"
        items={[
          { term: t('about:version'), value: info.version },
          { term: t('about:libraryFormat'), value: String(info.schemaVersion) },
        ]}
      />
      <section aria-labelledby={DATA_HEADING_ID}>
        <h2 id={DATA_HEADING_ID}>{t('about:data.heading')}</h2>
        <p>{t('about:data.body')}</p>
        <MetaList
          items={[
            {
              term: t('about:data.folder'),
              // A path is not words: translation tools and spellcheckers must leave it alone.
              value: (
                <code className="about__path" translate="no">
                  {info.dataDir}
                </code>
              ),
            },
          ]}
        />
        <OpenDataFolder />
        <p>{t('about:data.backup')}</p>
      </section>
    </>
  );
}
