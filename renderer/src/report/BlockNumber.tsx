import { useText } from '../text/useText';
import { hasOwnPunctuation } from './blocks';

/** The printed paragraph or item number ("21.", "a."), kept in the DOM so it is read and copied. */
export function BlockNumber({ number }: Readonly<{ number: string }>) {
  const { t } = useText();
  return (
    <>
      <span className="block-number">{hasOwnPunctuation(number) ? number : t('report:block.number', { number })}</span>{' '}
    </>
  );
}
