// One row of `npm run bench`'s table. Each capability's bench file returns its rows.
export interface BenchRow {
  /** What was measured, e.g. "lint 10,000 words (cold)". */
  case: string;
  /** The measured value, already formatted (e.g. "41.2 ms", "12 requests"). */
  value: string;
  /** The baseline it is compared with, formatted, when there is one. */
  baseline?: string;
  /** The target as text (e.g. "<= 1.5x write-good") and whether it was met. */
  target?: string;
  met?: boolean;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}
