import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  acronymFirstUse,
  acronymOf,
  isExplainedAt,
} from "../../../../src/core/lint/rules/gds/abbreviations";
import { bullets } from "../../../../src/core/lint/rules/gds/lists";
import type { DocumentFinding, LintDocument } from "../../../../src/core/lint/rule";
import { checkDocument, context, documentOf } from "./helpers";

function spans(document: LintDocument, findings: DocumentFinding[]): string[] {
  return findings.map((f) => document.text.slice(f.start, f.end));
}

function applyAll(document: LintDocument, findings: DocumentFinding[]): string {
  const edits = findings
    .flatMap((f) => f.fixes?.[0]?.edits ?? [])
    .sort((a, b) => b.start - a.start);
  let text = document.text;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

describe("gds/acronym-first-use", () => {
  it("fires on the bad example, quiet on the good", () => {
    const bad = documentOf([{ text: "Apply for PIP." }]);
    const findings = checkDocument(acronymFirstUse, bad);
    assert.deepEqual(spans(bad, findings), ["PIP"]);
    assert.equal(findings[0]!.start, 10);
    assert.match(findings[0]!.message, /Full name \(PIP\)/);
    const good = documentOf([{ text: "Apply for Personal Independence Payment (PIP)." }]);
    assert.deepEqual(checkDocument(acronymFirstUse, good), []);
  });

  it("accepts the expansion after the acronym and the mandatory header's style", () => {
    const doc = documentOf([
      { text: "Use the CDN (content delivery network) for assets." },
      { text: "We (GOV.UK Platform as a Service - PaaS) are contacting you." },
      { text: "The CDN and PaaS are ready." },
    ]);
    assert.deepEqual(checkDocument(acronymFirstUse, doc), []);
  });

  it("reports only the first use, in document order, and says when it is explained later", () => {
    const doc = documentOf([
      { text: "The DWP will write." },
      { text: "The Department for Work and Pensions (DWP) will write. DWP again." },
    ]);
    const findings = checkDocument(acronymFirstUse, doc);
    assert.deepEqual(spans(doc, findings), ["DWP"]);
    assert.equal(findings[0]!.start, doc.text.indexOf("DWP"));
    assert.match(findings[0]!.message, /explain it later/);
  });

  it("exempts the guide's list, the known option, the team's acronyms and allowed words", () => {
    const doc = documentOf([
      {
        text: "Send the PDF to the NHS and the UK GP. Use the API over HTTPS with CF on GOV.UK PaaS.",
      },
    ]);
    assert.deepEqual(checkDocument(acronymFirstUse, doc), []);
    const team = documentOf([{ text: "Ask the SRE about RDS." }]);
    assert.deepEqual(spans(team, checkDocument(acronymFirstUse, team)), ["SRE"]);
    const ctx = {
      ...context(),
      shared: { acronyms: ["SRE"], header: "", footer: "", headerFooterChannels: [] },
    };
    assert.deepEqual(checkDocument(acronymFirstUse, team, ctx), []);
    assert.deepEqual(checkDocument(acronymFirstUse, team, context({}, ["sre"])), []);
    assert.deepEqual(spans(team, checkDocument(acronymFirstUse, team, context({ known: [] }))), [
      "SRE",
      "RDS",
    ]);
  });

  it("skips the subject and headings, block capitals, plurals and roman numerals", () => {
    const doc = documentOf([
      { text: "GOV.UK PaaS - DWP changes", kind: "subject" },
      { text: "DWP changes", kind: "heading" },
      { text: "DO NOT IGNORE THIS WARNING. Chapter IV explains it." },
      { text: "The Department for Work and Pensions (DWP) and its APIs." },
    ]);
    assert.deepEqual(checkDocument(acronymFirstUse, doc), []);
  });

  it("leaves names from code (APP_NAME, SSL_CERT_FILE) alone", () => {
    const doc = documentOf([{ text: "Run cf restage APP_NAME and set SSL_CERT_FILE." }]);
    assert.deepEqual(checkDocument(acronymFirstUse, doc), []);
  });

  it("leaves FAQs to gds/faqs", () => {
    const doc = documentOf([{ text: "Read the FAQs." }]);
    assert.deepEqual(checkDocument(acronymFirstUse, doc), []);
    const withoutFaqs = { ...context(), enabledRules: new Set(["gds/acronym-first-use"]) };
    assert.deepEqual(spans(doc, checkDocument(acronymFirstUse, doc, withoutFaqs)), ["FAQs"]);
  });

  it("leaves an unfilled template slot to the tenant rules", () => {
    const doc = documentOf([{ text: "We are contacting you to tell you about [BODY COPY]." }]);
    assert.deepEqual(checkDocument(acronymFirstUse, doc), []);
  });

  it("recognises acronyms and explanations", () => {
    assert.equal(acronymOf("APIs"), "API");
    assert.equal(acronymOf("PaaS"), "PaaS");
    assert.equal(acronymOf("GitHub"), undefined);
    assert.equal(acronymOf("Cloud"), undefined);
    assert.equal(acronymOf("III"), undefined);
    const text = "Personal Independence Payment (PIP)";
    assert.equal(isExplainedAt(text, 31, 34), true);
    assert.equal(isExplainedAt("Apply for PIP (today).", 10, 13), false);
  });
});

describe("gds/bullets", () => {
  it("fires on the bad example with fixes, quiet on the good", () => {
    const bad = documentOf([
      { text: "You need:" },
      { text: "Your passport;", kind: "list-item" },
      { text: "Proof of address.", kind: "list-item" },
    ]);
    const findings = checkDocument(bullets, bad);
    assert.deepEqual(spans(bad, findings), [";", "Your", "Proof", "."]);
    assert.equal(applyAll(bad, findings), "You need:\n\nyour passport\nproof of address");
    const good = documentOf([
      { text: "You need:" },
      { text: "your passport", kind: "list-item" },
      { text: "proof of address", kind: "list-item" },
    ]);
    assert.deepEqual(checkDocument(bullets, good), []);
  });

  it("works on blocks whose list markers the engine has masked", () => {
    const doc = documentOf([
      { text: "You need:" },
      { text: "  Your passport;", kind: "list-item" },
    ]);
    doc.blocks[1]!.source = "* Your passport;";
    const findings = checkDocument(bullets, doc);
    assert.deepEqual(spans(doc, findings), [";", "Your"]);
    assert.equal(applyAll(doc, findings), "You need:\n\n  your passport");
  });

  it("flags 'and' or 'or' at the end and more than one sentence", () => {
    const doc = documentOf([
      { text: "You can:" },
      { text: "restart your app, or", kind: "list-item" },
      { text: "push it again. Then check the logs", kind: "list-item" },
    ]);
    const findings = checkDocument(bullets, doc);
    assert.deepEqual(spans(doc, findings), [", or", "Then check the logs"]);
    assert.match(findings[1]!.message, /one sentence/);
  });

  it("leaves capitals alone without a lead-in, and names, acronyms and numbered steps always", () => {
    const noLeadIn = documentOf([
      { text: "Changes this month." },
      { text: "Apps restart once", kind: "list-item" },
    ]);
    assert.deepEqual(checkDocument(bullets, noLeadIn), []);
    const names = documentOf([
      { text: "We upgraded:" },
      { text: "Ruby buildpack 1.10.4", kind: "list-item" },
      { text: "CF API v3", kind: "list-item" },
      { text: "cflinuxfs4", kind: "list-item" },
    ]);
    assert.deepEqual(checkDocument(bullets, names), []);
    const steps = documentOf([{ text: "Do this:" }, { text: "1. Sign in.", kind: "list-item" }]);
    assert.deepEqual(checkDocument(bullets, steps), []);
  });
});
