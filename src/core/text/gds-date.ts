// Dates as GOV.UK style writes them: "4 December 2026" (no ordinal, no leading zero, no comma).

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export const MONTH_NAMES: readonly string[] = MONTHS;

export function formatGdsDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}
