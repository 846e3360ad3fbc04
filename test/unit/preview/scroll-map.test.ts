import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  lineOfOffset,
  scrollTargetForLine,
  scrollYForTarget,
} from "../../../src/vscode/preview/scroll-map";

describe("scrollTargetForLine", () => {
  it("maps the front matter to the header", () => {
    assert.deepEqual(scrollTargetForLine(0, 5, 50), { region: "header", fraction: 0 });
    assert.deepEqual(scrollTargetForLine(4.9, 5, 50), { region: "header", fraction: 0 });
  });

  it("maps body lines proportionally, first to 0 and last to 1", () => {
    assert.deepEqual(scrollTargetForLine(5, 5, 50), { region: "body", fraction: 0 });
    assert.deepEqual(scrollTargetForLine(49, 5, 50), { region: "body", fraction: 1 });
    const middle = scrollTargetForLine(27, 5, 50);
    assert.equal(middle.region, "body");
    assert.equal(middle.fraction, 0.5);
  });

  it("never goes backwards as the editor scrolls forwards", () => {
    let last = -1;
    for (let line = 0; line < 120; line += 0.5) {
      const t = scrollTargetForLine(line, 7, 100);
      const position = t.region === "header" ? -0.5 : t.fraction;
      assert.ok(position >= last, `line ${line}`);
      last = position;
    }
  });

  it("copes with a draft that is all header, or a line past the end", () => {
    assert.deepEqual(scrollTargetForLine(3, 3, 4), { region: "body", fraction: 0 });
    assert.deepEqual(scrollTargetForLine(500, 5, 50), { region: "body", fraction: 1 });
    assert.deepEqual(scrollTargetForLine(Number.NaN, 5, 50), { region: "header", fraction: 0 });
  });
});

describe("lineOfOffset", () => {
  it("counts the line breaks before an offset", () => {
    const text = "---\nsubject: x\n---\nDear tenant,\n";
    assert.equal(lineOfOffset(text, 0), 0);
    assert.equal(lineOfOffset(text, text.indexOf("Dear")), 3);
    assert.equal(lineOfOffset(text, 10_000), 4);
  });
});

describe("scrollYForTarget", () => {
  it("puts the header at the top and body positions inside the email frame", () => {
    assert.equal(scrollYForTarget({ region: "header", fraction: 0 }, 300, 2000, 800), 0);
    const start = scrollYForTarget({ region: "body", fraction: 0 }, 300, 2000, 800);
    const end = scrollYForTarget({ region: "body", fraction: 1 }, 300, 2000, 800);
    assert.equal(start, 220); // 300 less 10% of the viewport
    assert.ok(end > start && end <= 300 + 2000, `end ${end}`);
  });
});
