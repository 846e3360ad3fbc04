// The one-line outcome people read first, in the editor and on the terminal.
import type { RegionCount } from "./export-types";

const number = (n: number) => n.toLocaleString("en-GB");
const plural = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

export function summaryText(
  total: number,
  regions: readonly RegionCount[],
  inSeveral: number,
  skipped: number,
): string {
  const perRegion = regions.map((r) => `${r.region} ${number(r.addresses)}`).join(", ");
  const overlap =
    regions.length > 1
      ? `, ${number(inSeveral)} in ${regions.length === 2 ? "both" : "more than one region"}`
      : "";
  return `${plural(total, "address", "addresses")}: ${perRegion}${overlap}; ${number(skipped)} skipped`;
}
