import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { parseDraft, type DraftProblem } from "../../../src/core/draft";
import { LineIndex } from "../../../src/core/text/line-index";

/** Where a problem starts, as 1-based "line:column" the way an editor shows it. */
function at(text: string, problem: DraftProblem | undefined): string {
  assert.ok(problem, "expected a problem");
  const { line, character } = new LineIndex(text).positionAt(problem.span.start);
  return `${line + 1}:${character + 1}`;
}

describe("parseDraft: good drafts", () => {
  test("reads every front matter key and finds the body after the closing fence", () => {
    const text = [
      "---",
      "subject: GOV.UK PaaS - Cloud Foundry changes - 17 March 2027",
      "channel: technical",
      "audience: critical",
      "regions: [Ireland, London]",
      "templateId: f33517ff-2a88-4f6e-b855-c550268ce08a",
      "kind: cf-upgrade",
      "---",
      "Dear GOV.UK PaaS tenant,",
      "",
    ].join("\n");
    const draft = parseDraft(text, { knownRegions: ["Ireland", "London"] });
    assert.deepEqual(draft.problems, []);
    assert.equal(draft.subject, "GOV.UK PaaS - Cloud Foundry changes - 17 March 2027");
    assert.equal(draft.channel, "technical");
    assert.equal(draft.audience, "critical");
    assert.deepEqual(draft.regions, ["Ireland", "London"]);
    assert.equal(draft.templateId, "f33517ff-2a88-4f6e-b855-c550268ce08a");
    assert.equal(draft.kind, "cf-upgrade");
    assert.equal(draft.body, "Dear GOV.UK PaaS tenant,\n");
    assert.equal(text.slice(draft.bodyOffset), draft.body);
    assert.ok(draft.subjectSpan);
    assert.equal(text.slice(draft.subjectSpan.start, draft.subjectSpan.end), draft.subject);
    assert.equal(draft.subjectIsVerbatim, true);
  });

  test("defaults channel to technical and audience to developers", () => {
    const draft = parseDraft("---\nsubject: Hello\n---\nBody\n");
    assert.equal(draft.channel, "technical");
    assert.equal(draft.audience, "developers");
    assert.equal(draft.regions, undefined);
    assert.equal(draft.templateId, undefined);
  });

  test("keeps offsets exact with Windows line endings and a byte order mark", () => {
    const text = "\uFEFF---\r\nsubject: 'Quoted: subject'\r\n---\r\nBody line\r\n";
    const draft = parseDraft(text);
    assert.deepEqual(draft.problems, []);
    assert.equal(draft.subject, "Quoted: subject");
    assert.ok(draft.subjectSpan);
    assert.equal(text.slice(draft.subjectSpan.start, draft.subjectSpan.end), "Quoted: subject");
    assert.equal(draft.body, "Body line\r\n");
    assert.equal(text.slice(draft.bodyOffset, draft.bodyOffset + 4), "Body");
  });

  test("marks a subject with escapes as not verbatim", () => {
    const draft = parseDraft('---\nsubject: "Tab\\there"\n---\n');
    assert.equal(draft.subject, "Tab\there");
    assert.equal(draft.subjectIsVerbatim, false);
  });

  test("a body of only the closing fence is empty, not missing", () => {
    const draft = parseDraft("---\nsubject: Hi\n---");
    assert.equal(draft.body, "");
    assert.deepEqual(draft.problems, []);
  });
});

describe("parseDraft: bad drafts give positioned problems, never an exception", () => {
  test("no front matter", () => {
    const text = "Dear GOV.UK PaaS tenant,\n\nSomething happened.\n";
    const draft = parseDraft(text);
    const problem = draft.problems[0];
    assert.equal(problem?.code, "front-matter-missing");
    assert.equal(at(text, problem), "1:1");
    assert.match(problem?.message ?? "", /Start the file with a line `---`/);
    assert.equal(draft.body, text);
  });

  test("unclosed fence", () => {
    const text = "---\nsubject: Hello\n\nDear GOV.UK PaaS tenant,\n";
    const draft = parseDraft(text);
    const problem = draft.problems.find((p) => p.code === "front-matter-unclosed");
    assert.equal(at(text, problem), "1:1");
    assert.match(problem?.message ?? "", /never closed/);
    assert.equal(draft.bodyOffset, 4);
  });

  test("broken YAML is reported where it breaks", () => {
    const text = "---\nsubject: Hello\nchannel: [technical\n---\nBody\n";
    const draft = parseDraft(text);
    const problem = draft.problems.find((p) => p.code === "yaml-syntax");
    assert.ok(problem, JSON.stringify(draft.problems));
    assert.equal(problem.severity, "error");
    assert.match(problem.message, /not valid YAML/);
    const line = Number(at(text, problem).split(":")[0]);
    assert.ok(line >= 3 && line <= 4, `problem on line ${line}`);
    assert.equal(draft.body, "Body\n");
  });

  test("a colon in an unquoted subject is a YAML problem with advice to quote", () => {
    const text = "---\nsubject: Upgrade: soon: now\n---\n";
    const draft = parseDraft(text);
    const problem = draft.problems.find((p) => p.code === "yaml-syntax");
    assert.ok(problem);
    assert.match(problem.message, /quote values that contain a colon/);
    assert.equal(at(text, problem).split(":")[0], "2");
  });

  test("unknown channel names the allowed values and suggests the nearest", () => {
    const text = "---\nsubject: Hello\nchannel: tecnical\n---\n";
    const draft = parseDraft(text);
    const problem = draft.problems.find((p) => p.code === "invalid-value");
    assert.equal(at(text, problem), "3:10");
    assert.match(
      problem?.message ?? "",
      /channel must be one of technical, announcement, incident, not "tecnical"/,
    );
    assert.match(problem?.message ?? "", /Did you mean "technical"\?/);
    assert.equal(draft.channel, "technical");
  });

  test("unknown key is a warning at the key", () => {
    const text = "---\nsubject: Hello\naudiance: critical\n---\n";
    const draft = parseDraft(text);
    const problem = draft.problems.find((p) => p.code === "unknown-key");
    assert.equal(problem?.severity, "warning");
    assert.equal(at(text, problem), "3:1");
    assert.match(problem?.message ?? "", /Did you mean "audience"\?/);
  });

  test("missing subject", () => {
    const text = "---\nchannel: technical\n---\nBody\n";
    const problem = parseDraft(text).problems.find((p) => p.code === "subject-missing");
    assert.equal(at(text, problem), "1:1");
  });

  test("empty front matter is a missing subject, not a crash", () => {
    const problem = parseDraft("---\n---\n").problems.find((p) => p.code === "subject-missing");
    assert.ok(problem);
  });

  test("front matter that is not key: value", () => {
    const text = "---\n- a list\n---\n";
    const problem = parseDraft(text).problems.find((p) => p.code === "front-matter-not-a-map");
    assert.equal(at(text, problem), "2:1");
  });

  test("bad regions, unknown region, bad template id", () => {
    const text = "---\nsubject: Hi\nregions: Ireland\ntemplateId: 1234\n---\n";
    const codes = parseDraft(text).problems.map((p) => `${p.code}@${at(text, p)}`);
    assert.deepEqual(codes, ["invalid-value@3:10", "invalid-value@4:13"]);
    const unknown = parseDraft("---\nsubject: Hi\nregions: [Paris]\n---\n", {
      knownRegions: ["Ireland", "London"],
    }).problems[0];
    assert.match(
      unknown?.message ?? "",
      /Unknown region "Paris"\. Configured regions: Ireland, London/,
    );
  });

  test("never throws on arbitrary input", () => {
    const inputs = [
      "",
      "---",
      "---\n",
      "\n---\n---",
      "---\n:\n---",
      "---\n{{{\n---",
      "---\n? x\n---\n",
      "\u0000---",
    ];
    for (const input of inputs) {
      assert.doesNotThrow(() => parseDraft(input), `input ${JSON.stringify(input)}`);
    }
  });
});
