// Every notify/* rule: what Notify will not render the way the writer expects.
import type { DocumentRule } from "../../rule";
import { blockRules } from "./blocks";
import { formattingRules } from "./formatting";
import { wwwLink } from "./links";
import { placeholderNoData, placeholderSyntax } from "./placeholders";
import { size } from "./size";

export const notifyRules: DocumentRule[] = [
  ...formattingRules,
  ...blockRules,
  wwwLink,
  placeholderSyntax,
  placeholderNoData,
  size,
];
