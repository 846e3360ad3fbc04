// What to export: the audience (preselected from the draft's `audience`), the regions (narrowed by
// the draft's `regions`), one merged file or one per region, and where to save.
import * as vscode from "vscode";
import { parseDraft, type Audience } from "../../core/draft";
import {
  AUDIENCE_NAMES,
  AUDIENCE_ROLES,
  ROLE_LABELS,
  ROLE_TYPES,
  isAudience,
  isRoleType,
  type RoleType,
} from "../../core/recipients/audiences";
import { narrowRegions, type Region } from "../../core/recipients/regions";

/** The command's optional argument (keybindings, tests): whatever is given is not asked. */
export interface ExportArgument {
  audience?: Audience | Audience[];
  /** Extra role types (CF names, e.g. "space_manager"), joined to the audiences as a union. */
  roles?: string[];
  regions?: string[];
  split?: boolean;
  /** File path (or file URI) to save to. */
  out?: string;
}

export interface ExportChoices {
  audiences: Audience[];
  roles: RoleType[];
  regions: Region[];
  split: boolean;
  target: vscode.Uri;
}

const AUDIENCE_HINTS: Record<Audience, string> = {
  developers: "Everyday changes",
  critical: "Action needed or downtime",
  management: "Information developers could not answer",
};

function activeDraft(knownRegions: string[]): {
  audience?: Audience;
  regions?: string[];
  uri?: vscode.Uri;
} {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  if (!doc || !(doc.languageId === "notify-email" || doc.uri.path.endsWith(".notify.md")))
    return {};
  const draft = parseDraft(doc.getText(), { knownRegions });
  return { audience: draft.audience, regions: draft.regions, uri: doc.uri };
}

export async function chooseExport(
  configured: Region[],
  argument: ExportArgument | undefined,
): Promise<ExportChoices | { problem: string } | undefined> {
  const draft = activeDraft(configured.map((r) => r.name));

  // Given an argument (keybinding, another command, a test), nothing is asked but the file, if missing.
  // (Menus pass a Uri: that is not a set of choices.)
  const programmatic =
    typeof argument === "object" && argument !== null && !(argument instanceof vscode.Uri);
  if (!programmatic) argument = undefined;
  let audiences: Audience[];
  let roles: RoleType[];
  if (argument?.audience || argument?.roles || programmatic) {
    const given = argument?.audience ?? (argument?.roles ? [] : (draft.audience ?? "developers"));
    const list = Array.isArray(given) ? given : [given];
    const bad = list.find((a) => !isAudience(a));
    if (bad)
      return { problem: `Unknown audience "${bad}". Use one of: ${AUDIENCE_NAMES.join(", ")}.` };
    const badRole = (argument?.roles ?? []).find((r) => !isRoleType(r));
    if (badRole)
      return { problem: `Unknown role "${badRole}". Use any of: ${ROLE_TYPES.join(", ")}.` };
    audiences = list;
    roles = (argument?.roles ?? []) as RoleType[];
  } else {
    const picked = await pickAudiences(draft.audience);
    if (!picked) return undefined;
    ({ audiences, roles } = picked);
  }

  let regions: Region[];
  const wanted = argument?.regions ?? draft.regions;
  if (argument?.regions || programmatic || configured.length === 1) {
    const narrowed = narrowRegions(configured, wanted);
    if ("error" in narrowed) return { problem: narrowed.error };
    regions = narrowed;
  } else {
    const preselected = new Set(
      (wanted ?? configured.map((r) => r.name)).map((n) => n.toLowerCase()),
    );
    const picked = await vscode.window.showQuickPick(
      configured.map((r) => ({
        label: r.name,
        description: r.api,
        picked: preselected.has(r.name.toLowerCase()),
        region: r,
      })),
      { title: "Export Recipients: from which regions?", canPickMany: true },
    );
    if (!picked || picked.length === 0) return undefined;
    regions = picked.map((p) => p.region);
  }

  let split = argument?.split ?? false;
  if (!programmatic && regions.length > 1) {
    const picked = await vscode.window.showQuickPick(
      [
        {
          label: "One merged file",
          detail: "One row per person across all regions (recommended: nobody is emailed twice)",
          split: false,
        },
        {
          label: "One file per region",
          detail: "A person in several regions is only in the first region's file",
          split: true,
        },
      ],
      { title: "Export Recipients: how many files?" },
    );
    if (!picked) return undefined;
    split = picked.split;
  }

  let target: vscode.Uri | undefined;
  if (argument?.out) {
    target = argument.out.startsWith("file:")
      ? vscode.Uri.parse(argument.out)
      : vscode.Uri.file(argument.out);
  } else {
    const folder = draft.uri
      ? vscode.Uri.joinPath(draft.uri, "..")
      : vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `recipients-${audiences.join("-")}.csv`;
    target = await vscode.window.showSaveDialog({
      title: split
        ? "Export Recipients: base name for the per-region files"
        : "Export Recipients: save the CSV",
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { "CSV for GOV.UK Notify": ["csv"] },
      saveLabel: "Export",
    });
    if (!target) return undefined;
  }
  if (target.scheme !== "file") {
    return {
      problem: "Recipients can only be saved to a local file. Choose a folder on this machine.",
    };
  }
  return { audiences, roles, regions, split, target };
}

type AudienceItem = vscode.QuickPickItem & { audience?: Audience; role?: RoleType };

/**
 * Audiences first (the draft's preselected, so Enter takes it), then single roles for a set no
 * audience names. Anything picked together is a union, and the summary says so.
 */
async function pickAudiences(
  draftAudience: Audience | undefined,
): Promise<{ audiences: Audience[]; roles: RoleType[] } | undefined> {
  const preselected = draftAudience ?? "developers";
  const items: AudienceItem[] = [
    ...AUDIENCE_NAMES.map((name) => ({
      label: name,
      description: name === draftAudience ? "from the draft" : AUDIENCE_HINTS[name],
      detail: AUDIENCE_ROLES[name].map((r) => ROLE_LABELS[r]).join(", "),
      picked: name === preselected,
      audience: name,
    })),
    { label: "Or add single roles", kind: vscode.QuickPickItemKind.Separator },
    ...ROLE_TYPES.map((role) => ({ label: ROLE_LABELS[role], description: role, role })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: "Export Recipients: who should get this email?",
    placeHolder: draftAudience
      ? `The draft says audience: ${draftAudience}. Pick more to add them (a union).`
      : "Choose an audience; pick more to add them (a union)",
    canPickMany: true,
    matchOnDetail: true,
  });
  if (!picked || picked.length === 0) return undefined;
  return {
    audiences: picked.flatMap((p) => (p.audience ? [p.audience] : [])),
    roles: picked.flatMap((p) => (p.role ? [p.role] : [])),
  };
}
