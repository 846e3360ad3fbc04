// Types for the `write-good` package (1.0.8 ships none), covering what rules/write-good.ts uses.
declare module "write-good" {
  interface Suggestion {
    /** Start offset of the match. */
    index: number;
    /** Length of the match. */
    offset: number;
    /** `"<matched text>" <explanation>[ and <explanation>...]` */
    reason: string;
  }
  type CheckKey =
    | "passive"
    | "illusion"
    | "so"
    | "thereIs"
    | "weasel"
    | "adverb"
    | "tooWordy"
    | "cliches"
    | "eprime";
  type Options = Partial<Record<CheckKey, boolean>> & { whitelist?: string[] };
  function writeGood(text: string, options?: Options): Suggestion[];
  export = writeGood;
}
