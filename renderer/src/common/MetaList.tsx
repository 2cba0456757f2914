import type { ReactNode } from 'react';
import type { Language } from '../../../shared/languages';

export interface MetaItem {
  readonly term: string;
  readonly value: ReactNode;
  /** Set when the value is in another language than the interface. */
  readonly lang?: Language | undefined;
}

/** Label–value pairs ("Period: Quarter 2 2017/18"); a label layout needs no grammatical agreement. */
export function MetaList({ items, className }: Readonly<{ items: readonly MetaItem[]; className?: string }>) {
  return (
    <dl className={className ? `meta-list ${className}` : 'meta-list'}>
      {items.map((item) => (
        <div className="meta-list__item" key={item.term}>
          <dt>{item.term}</dt>
          <dd lang={item.lang}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
