import { ImportChooser } from './ImportChooser';
import { ImportJob } from './ImportJob';
import './import.css';

/** File → Import…: choose a file, then follow that import (#/import/<jobId>) to its review. */
export function ImportScreen({ jobId }: Readonly<{ jobId: string | null }>) {
  return <div className="import">{jobId ? <ImportJob jobId={jobId} /> : <ImportChooser />}</div>;
}
