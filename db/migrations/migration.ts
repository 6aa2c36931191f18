/** One numbered, forward-only schema change. Shipped migrations are never edited: add a new one. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
