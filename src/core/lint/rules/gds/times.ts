// Times in GOV.UK style: the 12-hour clock, "5:30pm" and "9am", "midday" and "midnight".
import type { BlockFinding, BlockRule } from "../../rule";
import { az } from "./data/sources";
import { gdsRule } from "./define";
import { isUpper, matchCase, matchesOf } from "./text";

/** "5:30pm", "9am": the guide's 12-hour form. */
function twelveHour(hour: number, minutes: string): string {
  const suffix = hour >= 12 ? "pm" : "am";
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return minutes === "00" ? `${h}${suffix}` : `${h}:${minutes}${suffix}`;
}

/**
 * A time written with "a.m."/"p.m." may have its last full stop end the sentence too ("at 5 p.m.
 * Then..."). The fix keeps a full stop when a capital letter or the end of the block follows.
 */
function keepsSentenceStop(text: string, end: number, found: string): string {
  if (!found.endsWith(".")) return "";
  const rest = text.slice(end);
  return /^\s*$/.test(rest) || /^\s+["'‘“(]?\p{Lu}/u.test(rest) ? "." : "";
}

// 13:00 to 23:59, and hours written with a leading zero (09:30, 00:30); seconds allowed.
const CLOCK =
  /(?<![\p{L}\p{N}:.,/£$-])(\d{2}|\d):([0-5]\d)(?::([0-5]\d))?(?![\p{N}]|:\d|\s*(?:am|pm|a\.m|p\.m)(?![\p{L}]))/giu;
const HOURS = /(?<![\p{L}\p{N}:.])(\d{3,4})\s?hrs?(?![\p{L}])/giu;

export const time24h = gdsRule({
  name: "time-24h",
  needs: /\d/,
  description:
    'Flags the 24-hour clock ("17:30", "09:00", "1730hrs"): write "5:30pm", "9am" (ratios like 5:12 are left alone).',
  defaultLevel: "warning",
  source: az("times"),
  examples: { bad: "Apps restart at 17:30.", good: "Apps restart at 5:30pm." },
  check: (block) => {
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(CLOCK, block.text)) {
      const hourText = m[1]!;
      const hour = Number(hourText);
      const minutes = m[2]!;
      const seconds = m[3];
      const leadingZero = hourText.length === 2 && hourText.startsWith("0");
      if (hour > 23) continue;
      // 00:00 is gds/midday-midnight's. 10:00 to 12:59 read the same on both clocks.
      if (hour === 0 && minutes === "00") continue;
      if (hour < 13 && !leadingZero) continue;
      const finding: BlockFinding = {
        start: m.index,
        end: m.index + m[0].length,
        message: `Use the 12-hour clock: "${twelveHour(hour, minutes)}".`,
      };
      if (seconds === undefined || seconds === "00")
        finding.replacement = twelveHour(hour, minutes);
      findings.push(finding);
    }
    for (const m of matchesOf(HOURS, block.text)) {
      const digits = m[1]!.padStart(4, "0");
      const hour = Number(digits.slice(0, 2));
      const minutes = digits.slice(2);
      if (hour > 23 || Number(minutes) > 59) continue;
      const replacement =
        hour === 0 && minutes === "00"
          ? "midnight"
          : hour === 12 && minutes === "00"
            ? "midday"
            : twelveHour(hour, minutes);
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `Use the 12-hour clock, not "hrs": "${replacement}".`,
        replacement,
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});

// A 12-hour time with am or pm in any style: "5:30 PM", "5.30pm", "5 p.m.", "9:00am".
const TWELVE_HOUR =
  /(?<![\p{L}\p{N}:.,])(\d{1,2})(?:([.:])(\d{2}))?(\s*)(am|pm|a\.m\.?|p\.m\.?)(?![\p{L}])/giu;

export const timeFormat = gdsRule({
  name: "time-format",
  needs: /\d\s*[.:]?\d*\s*[ap]\.?m/i,
  description:
    'Flags times not written like "5:30pm" or "9am": no space, lower case, a colon, no full stops and no ":00".',
  defaultLevel: "warning",
  source: az("times"),
  examples: { bad: "Apps restart at 5:30 PM.", good: "Apps restart at 5:30pm." },
  check: (block) => {
    const text = block.text;
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(TWELVE_HOUR, text)) {
      const hour = Number(m[1]);
      const separator = m[2];
      const minutes = m[3];
      const space = m[4]!;
      const suffix = m[5]!;
      if (hour < 1 || hour > 12 || (minutes !== undefined && Number(minutes) > 59)) continue;
      // 12am and 12pm are gds/midday-midnight's.
      if (hour === 12 && (minutes === undefined || minutes === "00")) continue;
      const lowerSuffix = suffix.toLowerCase().replace(/\./g, "");
      const wellFormed =
        space === "" &&
        (suffix === "am" || suffix === "pm") &&
        separator !== "." &&
        minutes !== "00";
      if (wellFormed) continue;
      const end = m.index + m[0].length;
      const time = minutes !== undefined && minutes !== "00" ? `${hour}:${minutes}` : `${hour}`;
      const replacement = `${time}${lowerSuffix}${keepsSentenceStop(text, end, m[0])}`;
      findings.push({
        start: m.index,
        end,
        message: `Write times like "5:30pm" and "9am": "${time}${lowerSuffix}".`,
        replacement,
      });
    }
    return findings;
  },
});

const MIDDAY_MIDNIGHT =
  /(?<![\p{L}\p{N}:.])(?:12\s?noon|noon|12\s?midnight|12(?::00)?\s*(?:pm|p\.m\.?)|12(?::00)?\s*(?:am|a\.m\.?)|00:00|24:00)(?![\p{L}\p{N}]|:\d)/giu;

export const middayMidnight = gdsRule({
  name: "midday-midnight",
  needs: /noon|12|00:00|24:00|midnight/i,
  description: 'Flags "12 noon", "12pm", "12am" and "00:00": write "midday" and "midnight".',
  defaultLevel: "warning",
  source: az("times"),
  examples: { bad: "The deadline is 12pm.", good: "The deadline is midday." },
  check: (block) =>
    [...matchesOf(MIDDAY_MIDNIGHT, block.text)].map((m) => {
      const found = m[0];
      const lower = found.toLowerCase();
      const midday = lower.includes("noon") || lower.includes("p");
      const word = midday ? "midday" : "midnight";
      const end = m.index + found.length;
      const replacement =
        (isUpper(found[0]) ? matchCase(found, word) : word) +
        keepsSentenceStop(block.text, end, found);
      return {
        start: m.index,
        end,
        message: `Write "${word}" instead of "${found}".`,
        replacement,
      };
    }),
});

export const timeRules: BlockRule[] = [time24h, timeFormat, middayMidnight];
