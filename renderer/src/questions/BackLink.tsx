/** A "← Back to …" link at the top of a screen, as the library's BackToLibrary. */
export function BackLink({ href, label }: Readonly<{ href: string; label: string }>) {
  return (
    <p className="back-link">
      <a href={href}>
        <span aria-hidden="true">← </span>
        {label}
      </a>
    </p>
  );
}
