// Sample values for "Fill with samples": something that reads like the real value, so a writer can
// judge the sentence around a placeholder without a recipients file. Values the writer typed are
// kept; only empty ones are filled. No `vscode` import.
import { normalisePlaceholderName } from "../../core/notify/placeholders";
import { formatGdsDate } from "../../core/text/gds-date";

interface SampleRule {
  test: RegExp;
  value: (name: string, today: Date) => string;
}

/** Checked in order against the normalised name (lower case, no spaces, underscores or hyphens). */
const RULES: SampleRule[] = [
  { test: /email/, value: () => "alex.morgan@example.gov.uk" },
  { test: /date|day|when/, value: (_name, today) => formatGdsDate(today) },
  { test: /time/, value: () => "10am" },
  { test: /^(first)?name$|^firstname|^recipient/, value: () => "Alex" },
  { test: /org/, value: () => "cabinet-office-digital" },
  { test: /space/, value: () => "production" },
  { test: /region/, value: () => "Ireland" },
  { test: /role/, value: () => "space developer" },
  { test: /version/, value: () => "1.2.3" },
  { test: /url|link/, value: () => "https://www.gov.uk" },
];

export function sampleValueFor(name: string, today: Date = new Date()): string {
  const key = normalisePlaceholderName(name);
  const rule = RULES.find((r) => r.test.test(key));
  return rule ? rule.value(name, today) : `example ${name.trim().toLowerCase()}`;
}

/**
 * Fills every placeholder without a (non-empty) typed value; typed values win. A conditional
 * `((name??text))` gets "yes", so its optional text shows.
 */
export function fillSamples(
  placeholders: readonly { name: string; conditional: boolean }[],
  typed: Readonly<Record<string, string>>,
  today: Date = new Date(),
): Record<string, string> {
  const filled: Record<string, string> = { ...typed };
  for (const { name, conditional } of placeholders) {
    if (!filled[name]) filled[name] = conditional ? "yes" : sampleValueFor(name, today);
  }
  return filled;
}
