// The kinds of email a platform team sends, as templates in VS Code snippet syntax
// (`${1:placeholder}` tab stops). One source for three uses: the contributed snippets file
// (scripts/generate.ts), the "New Notification" command, and the unit tests that check each
// template parses and lints clean once its placeholders are filled.
//
// Tokens replaced when a template is turned into a snippet or a document:
//   {{HEADER:n}}  the mandatory header with tab stop n on its [BODY COPY] slot
//   {{FOOTER}}    the mandatory privacy footer
//   {{DATE}}      today's date in GOV.UK style ("4 December 2026")
import type { Channel, Kind } from "../draft";
import { BODY_COPY_SLOT, FOOTER, HEADER } from "./tenant-texts";

export interface EmailTemplate {
  /** Snippet name and id, e.g. "CF upgrade email". */
  name: string;
  /** What a writer types to get it. */
  prefix: string;
  description: string;
  channel: Channel;
  kind: Kind;
  /** Snippet-syntax text with the tokens above. */
  text: string;
}

export const EMAIL_TEMPLATES: readonly EmailTemplate[] = [
  {
    name: "Technical email",
    prefix: "tc-technical",
    description:
      "A change or fix tenants need to know about, with the mandatory header and footer.",
    channel: "technical",
    kind: "technical",
    text: `---
subject: \${1:GOV.UK PaaS - what is changing - {{DATE}}}
channel: technical
audience: developers
kind: technical
---
{{HEADER:2}}

## What is changing

\${3:Say what will change, when, and why.}

## What you need to do

\${4:Say what tenants need to do, or that they do not need to do anything.}

{{FOOTER}}
`,
  },
  {
    name: "Critical technical email",
    prefix: "tc-critical",
    description:
      "An action tenants must take to keep their service live, sent to managers and auditors too.",
    channel: "technical",
    kind: "critical",
    text: `---
subject: \${1:Action needed by {{DATE}} - what tenants must do}
channel: technical
audience: critical
kind: critical
---
{{HEADER:2}}

^ You must \${3:do this} by \${4:{{DATE}}}. If you do not, \${5:say what will stop working}.

## What is happening

\${6:Say what is happening and why.}

## What you need to do

1. \${7:First step}
2. \${8:Second step}

{{FOOTER}}
`,
  },
  {
    name: "CF upgrade email",
    prefix: "tc-cf-upgrade",
    description: "Cloud Foundry changes: new features, downtime and buildpack changes.",
    channel: "technical",
    kind: "cf-upgrade",
    text: `---
subject: GOV.UK PaaS - Cloud Foundry changes - \${1:{{DATE}}}
channel: technical
audience: developers
kind: cf-upgrade
---
{{HEADER:2}}

## Changes and bug fixes

\${3:Say which changes and bug fixes matter to tenants, and which new features are now turned on.}

## Downtime or service impact

\${4:Say when apps may restart or be unavailable, or that there is no downtime.}

## Summary of buildpack changes

\${5:List the buildpacks that changed.}

{{FOOTER}}
`,
  },
  {
    name: "Buildpack upgrade email",
    prefix: "tc-buildpack-upgrade",
    description:
      "Buildpack upgrades: highlights, then the versions each buildpack removed and added.",
    channel: "technical",
    kind: "buildpack-upgrade",
    text: `---
subject: GOV.UK PaaS - buildpack upgrades - \${1:{{DATE}}}
channel: technical
audience: developers
kind: buildpack-upgrade
---
{{HEADER:2}}

## Highlights

\${3:Say which changes matter most, such as a language version being removed.}

## \${4:Ruby} buildpack

Removed versions:

* \${5:version}

Added versions:

* \${6:version}

[Read the \${4:Ruby} buildpack release notes](\${7:https://github.com/cloudfoundry/ruby-buildpack/releases})

{{FOOTER}}
`,
  },
  {
    name: "Feature announcement",
    prefix: "tc-announcement",
    description: "A new feature, written by a product manager for the announcements channel.",
    channel: "announcement",
    kind: "announcement",
    text: `---
subject: \${1:New on GOV.UK PaaS - feature name}
channel: announcement
audience: developers
kind: announcement
---
\${2:Say what the new feature is and who it helps.}

## How to use it

\${3:Say how tenants can start using it.}

## Tell us what you think

\${4:Say how tenants can give feedback.}
`,
  },
  {
    name: "Incident update",
    prefix: "tc-incident",
    description:
      "An update on an incident: what is affected, what we are doing, when we will update next.",
    channel: "incident",
    kind: "incident",
    text: `---
subject: \${1:Incident - what is affected} - {{DATE}}
channel: incident
audience: critical
kind: incident
---
\${2:Say what is affected and since when.}

## What we are doing

\${3:Say what the team is doing to fix it.}

## Next update

We will send the next update by \${4:time, for example 3pm}.
`,
  },
];

/** Small snippets for pieces of an email, in snippet syntax. */
export const PIECE_SNIPPETS: readonly {
  name: string;
  prefix: string;
  description: string;
  text: string;
}[] = [
  {
    name: "Mandatory header",
    prefix: "tc-header",
    description: "The header every technical email must start with.",
    text: "{{HEADER:1}}\n",
  },
  {
    name: "Mandatory footer",
    prefix: "tc-footer",
    description: "The privacy footer every technical email must end with.",
    text: "{{FOOTER}}\n",
  },
  {
    name: "Inset text",
    prefix: "tc-inset",
    description: "Notify's inset text: a line starting with ^ is shown with a grey bar beside it.",
    text: "^ ${1:Important information}\n",
  },
  {
    name: "Conditional placeholder",
    prefix: "tc-conditional",
    description: "Text shown only to recipients whose column has yes or true.",
    text: "((${1:column}??${2:text shown when the column is yes}))",
  },
  {
    name: "Disable lint rules for a block",
    prefix: "tc-disable",
    description: "Stop Tenant Comms reporting these rules until an enable comment.",
    text: "<!-- tenant-comms-disable ${1:rule-id} -->\n$0\n<!-- tenant-comms-enable ${1:rule-id} -->",
  },
  {
    name: "Enable lint rules",
    prefix: "tc-enable",
    description: "Report these rules again after a disable comment.",
    text: "<!-- tenant-comms-enable ${1:rule-id} -->",
  },
  {
    name: "Disable lint rules for the next line",
    prefix: "tc-disable-next-line",
    description: "Stop Tenant Comms reporting these rules on the next line only.",
    text: "<!-- tenant-comms-disable-next-line ${1:rule-id} -->",
  },
];

/** Escapes literal text for snippet syntax. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Today's date as VS Code snippet variables ("4 December 2026"). */
export const SNIPPET_DATE = "${CURRENT_DATE/^0//} $CURRENT_MONTH_NAME $CURRENT_YEAR";

function expandTokens(text: string, date: string): string {
  return text
    .replace(/\{\{HEADER:(\d+)\}\}/g, (_, n: string) =>
      escapeSnippetText(HEADER).replace(
        escapeSnippetText(BODY_COPY_SLOT),
        `\${${n}:${escapeSnippetText(BODY_COPY_SLOT)}}`,
      ),
    )
    .replace(/\{\{FOOTER\}\}/g, escapeSnippetText(FOOTER))
    .replace(/\{\{DATE\}\}/g, date);
}

/** Snippet text for the contributed snippets file: the date comes from VS Code's variables. */
export function toSnippetBody(text: string): string {
  return expandTokens(text, SNIPPET_DATE);
}

/** Snippet text for a new document made today: the date is written in. */
export function toSnippetForDate(text: string, date: string): string {
  return expandTokens(text, escapeSnippetText(date));
}

/** The plain document a snippet produces when every tab stop keeps its default text. */
export function snippetDefaults(snippet: string): string {
  let out = "";
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === "\\" && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (c === "$" && snippet[i + 1] === "{" && /\d/.test(snippet[i + 2] ?? "")) {
      // ${n:default} or ${n}: keep the default, drop the braces; nesting is handled by recursion.
      let depth = 1;
      let j = i + 2;
      while (j < snippet.length && depth > 0) {
        if (snippet[j] === "\\") j++;
        else if (snippet[j] === "{") depth++;
        else if (snippet[j] === "}") depth--;
        j++;
      }
      const inner = snippet.slice(i + 2, j - 1);
      const colon = inner.indexOf(":");
      out += colon === -1 ? "" : snippetDefaults(inner.slice(colon + 1));
      i = j - 1;
    } else if (c === "$" && /\d/.test(snippet[i + 1] ?? "")) {
      while (/\d/.test(snippet[i + 1] ?? "")) i++;
    } else {
      out += c;
    }
  }
  return out;
}

/** The template a channel's "New Notification" starts from. */
export function templateForChannel(channel: Channel): EmailTemplate {
  const found =
    EMAIL_TEMPLATES.find((t) => t.channel === channel && t.kind === channel) ??
    EMAIL_TEMPLATES.find((t) => t.channel === channel);
  if (!found) throw new Error(`No template for channel ${channel}`);
  return found;
}
