/** One numbered schema step. `up` is plain SQL so a migration cannot depend on app code that later changes. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
}
