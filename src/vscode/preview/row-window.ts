// The CSV row dropdown lists a window of rows around the selected one: a recipients file may hold
// 100,000 rows, and a dropdown of that size would make every render slow. Previous/Next step
// through all of them; the window moves with the selection. No `vscode` import.

export const ROW_WINDOW = 200;

/** Data rows [first, last] (1-based, inclusive) to list, centred on `selected` where possible. */
export function rowWindow(
  total: number,
  selected: number,
  size: number = ROW_WINDOW,
): { first: number; last: number } {
  if (total <= 0) return { first: 1, last: 0 };
  const half = Math.floor(size / 2);
  const first = Math.max(1, Math.min(selected - half, total - size + 1));
  return { first, last: Math.min(total, first + size - 1) };
}

/** Keeps a requested row inside 1..total (1 when there are no rows). */
export function clampRow(row: number, total: number): number {
  if (total <= 0 || !Number.isFinite(row)) return 1;
  return Math.min(total, Math.max(1, Math.trunc(row)));
}
