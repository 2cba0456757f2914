import { Fragment } from 'react';

/**
 * Report text with the one piece of inline markup the importers keep: **bold** phrases, which
 * the reports use to pick out service names. Everything else is plain text (React escapes it).
 */
export function InlineText({ text }: Readonly<{ text: string }>) {
  const parts = text.split(/\*\*(.+?)\*\*/g);
  return (
    <>
      {parts.map((part, index) => (index % 2 === 1 ? <strong key={index}>{part}</strong> : <Fragment key={index}>{part}</Fragment>))}
    </>
  );
}
