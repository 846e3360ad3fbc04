// What to export: the audience (preselected from the draft's `audience`), the regions (narrowed by
// the draft's `regions`), one merged file or one per region, and where to save.
import * as vscode from "vscode";
import { parseDraft, type Audience } from "../../core/draft";
import {
  AUDIENCE_NAMES,
  AUDIENCE_ROLES,
  ROLE_LABELS,
  isAudience,
} from "../../core/recipients/audiences";
import { narrowRegions, type Region } from "../../core/recipients/regions";

/** The command's optional argument (keybindings, tests): whatever is given is not asked. */
export interface ExportArgument {
  audience?: Audience | Audience[];
  regions?: string[];
  split?: boolean;
  /** File path (or file URI) to save to. */
  out?: string;
}

export interface ExportChoices {
  audiences: Audience[];
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
  if (argument?.audience || programmatic) {
    const given = argument?.audience ?? draft.audience ?? "developers";
    const list = Array.isArray(given) ? given : [given];
    const bad = list.find((a) => !isAudience(a));
    if (bad)
      return { problem: `Unknown audience "${bad}". Use one of: ${AUDIENCE_NAMES.join(", ")}.` };
    audiences = list;
  } else {
    const items = AUDIENCE_NAMES.map((name) => ({
      label: name,
      description: name === draft.audience ? "from the draft" : AUDIENCE_HINTS[name],
      detail: AUDIENCE_ROLES[name].map((r) => ROLE_LABELS[r]).join(", "),
      picked: name === (draft.audience ?? "developers"),
      name,
    }));
    // The draft's audience first, so Enter takes it.
    items.sort((a, b) => Number(b.picked) - Number(a.picked));
    const picked = await vscode.window.showQuickPick(items, {
      title: "Export Recipients: who should get this email?",
      placeHolder: draft.audience
        ? `The draft says audience: ${draft.audience}`
        : "Choose an audience",
    });
    if (!picked) return undefined;
    audiences = [picked.name];
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
  return { audiences, regions, split, target };
}
