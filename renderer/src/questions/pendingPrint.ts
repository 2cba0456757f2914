/**
 * "Save as PDF" in browser mode opens the print view and prints it once it shows the list. The
 * request is kept here (not in the address), so Back, Forward or a reload never print again.
 */
let pending: number | null = null;

/** Asks the print view of `meetingId`, about to be opened, to print itself once it is ready. */
export function requestPrint(meetingId: number): void {
  pending = meetingId;
}

/** True once after requestPrint for this meeting; any other meeting's request is dropped. */
export function takePrintRequest(meetingId: number): boolean {
  const asked = pending === meetingId;
  pending = null;
  return asked;
}
