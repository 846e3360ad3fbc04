// Settings for exporting recipients from Cloud Foundry. Region defaults and the audience table live
// in src/core/recipients and are imported here, so the settings UI can never disagree with the engine.
import { AUDIENCE_ROLES, ROLE_LABELS } from "../../recipients/audiences";
import { DEFAULT_REGIONS } from "../../recipients/regions";
import type { SettingSpec } from "../setting-spec";

const audienceText = Object.entries(AUDIENCE_ROLES)
  .map(([name, roles]) => `\`${name}\`: ${roles.map((r) => ROLE_LABELS[r]).join(", ")}`)
  .join("; ");

export const recipientsSettings: SettingSpec[] = [
  {
    key: "recipients.regions",
    category: "Recipients",
    markdownDescription:
      "Cloud Foundry regions to export recipients from. Each has a `name`, the `api` address " +
      "(UAA is found from it) and optionally an `adminUrl` with `{orgGuid}`, for an `admin links` " +
      "column, e.g. `https://admin.london.cloud.service.gov.uk/organisations/{orgGuid}`. A draft's " +
      "`regions` front matter narrows this list. Audiences: " +
      audienceText +
      ".",
    schema: {
      type: "array",
      default: DEFAULT_REGIONS.map((r) => ({ ...r })),
      minItems: 1,
      items: {
        type: "object",
        required: ["name", "api"],
        additionalProperties: false,
        properties: {
          name: {
            type: "string",
            minLength: 1,
            description: "Region name shown in files and summaries.",
          },
          api: { type: "string", pattern: "^https?://", description: "Cloud Foundry API address." },
          adminUrl: {
            type: "string",
            pattern: "\\{orgGuid\\}",
            description: "Admin page of an org, with {orgGuid} where the org's GUID goes.",
          },
        },
      },
    },
    scope: "window",
  },
  {
    key: "recipients.excludeOrgs",
    category: "Recipients",
    markdownDescription:
      "Org names to leave out, such as platform admin and test orgs. `*` matches any run of " +
      "characters and `?` one character; case is ignored (e.g. `admin`, `smoke-test-*`, `*-sandbox`). " +
      "Left-out orgs are listed in the export's details.",
    schema: { type: "array", items: { type: "string", minLength: 1 }, default: [] },
    scope: "window",
  },
  {
    key: "recipients.excludeSuspendedOrgs",
    category: "Recipients",
    markdownDescription:
      "Leave out orgs that are suspended. Their people are listed in the export's details instead.",
    schema: { type: "boolean", default: true },
    scope: "window",
  },
];
