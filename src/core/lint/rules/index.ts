// The rule table: every rule of every family, in the order docs/rules.md lists them.
import type { Rule } from "../rule";
import { gdsDocumentRules, gdsRules } from "./gds/index";
import { notifyRules } from "./notify/index";
import { tenantRules } from "./tenant/index";
import { writeGoodRules } from "./write-good";

export const allRules: readonly Rule[] = [
  ...writeGoodRules,
  ...gdsRules,
  ...gdsDocumentRules,
  ...notifyRules,
  ...tenantRules,
];
