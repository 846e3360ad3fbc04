// Every gds/* rule: GOV.UK style (A to Z style guide and writing guidelines) as block rules, which
// the engine caches per paragraph, plus the document rules that need the whole email in order.
import type { BlockRule, DocumentRule } from "../../rule";
import { acronymFirstUse } from "./abbreviations";
import { dateRules } from "./dates";
import { formattingRules } from "./formatting";
import { bullets } from "./lists";
import { numberRules } from "./numbers";
import { punctuationRules } from "./punctuation";
import { sentenceRules } from "./sentences";
import { spellingRules } from "./spelling";
import { termRules } from "./terms";
import { timeRules } from "./times";
import { toneRules } from "./tone";
import { wordRules } from "./words";

export const gdsRules: BlockRule[] = [
  ...wordRules,
  ...termRules,
  ...toneRules,
  ...punctuationRules,
  ...numberRules,
  ...dateRules,
  ...timeRules,
  ...formattingRules,
  ...sentenceRules,
  ...spellingRules,
];

export const gdsDocumentRules: DocumentRule[] = [acronymFirstUse, bullets];
