/** A neutral spinner with visible text; role="status" lets screen readers hear that work is under way. */
export function LoadingState({ label }: Readonly<{ label: string }>) {
  return (
    <div className="loading-state" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
