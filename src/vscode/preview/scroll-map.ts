// Which part of the email the preview should show for the editor's topmost visible line.
//
// Why proportional, not data-line anchors: the built-in markdown preview tags every rendered block
// with `data-line`, but our HTML must be Notify's, byte for byte (it is what the tenant gets), so it
// carries no source positions, and Notify's renderer merges, drops and reorders lines (lists
// become tables, images and tables vanish, placeholders expand into bullets). Matching blocks back
// to lines would break on exactly those drafts. Instead: the front matter maps to the top of the
// panel (subject and From/To strip), and a line in the body maps to the same fraction of the way
// down the email. Drafts are short and mostly prose, so the proportional position stays close, and
// it never jumps backwards as the editor scrolls forwards (the mapping is monotonic).
// No `vscode` import: tested under node.

export interface ScrollTarget {
  region: "header" | "body";
  /** 0..1 through the body (0 for the header). */
  fraction: number;
}

/**
 * @param topLine the editor's topmost visible line (0-based; may be fractional)
 * @param bodyStartLine the line where the body starts (after the front matter)
 * @param lineCount the document's line count
 */
export function scrollTargetForLine(
  topLine: number,
  bodyStartLine: number,
  lineCount: number,
): ScrollTarget {
  if (!Number.isFinite(topLine) || topLine < bodyStartLine)
    return { region: "header", fraction: 0 };
  const bodyLines = lineCount - bodyStartLine;
  if (bodyLines <= 1) return { region: "body", fraction: 0 };
  const fraction = (topLine - bodyStartLine) / (bodyLines - 1);
  return { region: "body", fraction: Math.min(1, Math.max(0, fraction)) };
}

/** The line where the body starts, from its offset in the text (counts `\n` before it). */
export function lineOfOffset(text: string, offset: number): number {
  let line = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Pixel position in the webview for a target, given where the email frame sits. The header maps
 * to the top; the body maps into the frame's height, keeping the line a little below the top edge
 * so the text just above it stays in view.
 */
export function scrollYForTarget(
  target: ScrollTarget,
  frameTop: number,
  frameHeight: number,
  viewportHeight: number,
): number {
  if (target.region === "header") return 0;
  const y = frameTop + target.fraction * Math.max(0, frameHeight - viewportHeight / 2);
  return Math.max(0, Math.round(y - viewportHeight * 0.1));
}
