// POST /v2/notifications/email as Notify's API checks it (notification_schemas.py, validators.py,
// process_notifications.py): every schema error in one 400, then template, personalisation,
// team-key and daily-limit checks, each with Notify's own message.
import { randomUUID } from "node:crypto";
import { validateEmailAddress } from "../../../src/core/notify/email-address";
import { REFERENCE_MAX_LENGTH } from "../../../src/core/notify/limits";
import { MultiError, NotifyHttpError } from "./http-errors";
import type { SimKey } from "./jwt";
import type { SimTemplate } from "./server";
import type { NotificationStore, StoredNotification } from "./store";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER = /\(\(([^()]+)\)\)/g;
const norm = (s: string) => s.replace(/[\s_-]/g, "").toLowerCase();

/** What the checks need to know of the simulator. */
export interface ServiceState {
  templates: SimTemplate[];
  team: string[];
  dailyLimit: number;
  store: NotificationStore;
  stats: { dailyLimited: number };
  now(): number;
}

/** Notify's checks on POST /v2/notifications/email, in Notify's order, with its messages. */
export function checkEmailRequest(
  service: ServiceState,
  key: SimKey,
  raw: string,
): StoredNotification | "simulated" {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new NotifyHttpError(400, "ValidationError", "Invalid JSON supplied in POST data");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new NotifyHttpError(400, "ValidationError", "Invalid JSON supplied in POST data");
  }
  const body = data as Record<string, unknown>;
  const allowed = [
    "email_address",
    "template_id",
    "personalisation",
    "reference",
    "email_reply_to_id",
    "one_click_unsubscribe_url",
    "sanitise_content_for",
    "scheduled_for",
  ];
  const problems: string[] = [];
  for (const field of ["email_address", "template_id"]) {
    if (!(field in body)) problems.push(`${field} is a required property`);
  }
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length) {
    problems.push(
      `Additional properties are not allowed (${extra.map((e) => `'${e}'`).join(", ")} ${extra.length > 1 ? "were" : "was"} unexpected)`,
    );
  }
  if (
    "template_id" in body &&
    !(typeof body.template_id === "string" && UUID.test(body.template_id))
  ) {
    problems.push(`template_id is not a valid UUID`);
  }
  if (
    "personalisation" in body &&
    (typeof body.personalisation !== "object" ||
      body.personalisation === null ||
      Array.isArray(body.personalisation))
  ) {
    problems.push(`personalisation ${JSON.stringify(body.personalisation)} is not of type object`);
  }
  if (
    "reference" in body &&
    typeof body.reference === "string" &&
    body.reference.length > REFERENCE_MAX_LENGTH
  ) {
    problems.push(`reference ${body.reference} is too long`);
  }
  let address = "";
  if (typeof body.email_address === "string") {
    const check = validateEmailAddress(body.email_address);
    if (check.valid) address = check.normalised;
    else problems.push("email_address Not a valid email address");
  } else if ("email_address" in body) {
    problems.push("email_address Not a valid email address");
  }
  if (problems.length) {
    // Notify lists every schema error in one 400.
    const error = new NotifyHttpError(400, "ValidationError", problems[0]!);
    throw problems.length === 1 ? error : new MultiError(problems);
  }
  const template = service.templates.find((t) => t.id === body.template_id);
  if (!template) throw new NotifyHttpError(400, "BadRequestError", "Template not found");
  if (template.type !== "email") {
    throw new NotifyHttpError(
      400,
      "BadRequestError",
      `${template.type} template is not suitable for email notification`,
    );
  }
  const values = new Map<string, unknown>();
  for (const [k, v] of Object.entries(
    (body.personalisation as Record<string, unknown> | undefined) ?? {},
  )) {
    values.set(norm(k), v);
  }
  const missing: string[] = [];
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_whole, inner: string) => {
      const [name, conditional] = inner.split("??", 2) as [string, string | undefined];
      const value = values.get(norm(name));
      if (value === undefined || value === null) {
        if (!missing.includes(name)) missing.push(name);
        return "";
      }
      if (conditional !== undefined) {
        return ["yes", "y", "true", "t", "1", "include", "show"].includes(
          String(value).toLowerCase(),
        )
          ? conditional
          : "";
      }
      return Array.isArray(value) ? value.join(", ") : String(value);
    });
  const subject = fill(template.subject ?? "")
    .replace(/\s+/g, " ")
    .trim();
  const filledBody = fill(template.body);
  if (missing.length) {
    throw new NotifyHttpError(
      400,
      "BadRequestError",
      `Missing personalisation: ${missing.join(", ")}`,
    );
  }
  if (/^simulate-delivered(-2|-3)?@notifications\.service\.gov\.uk$/.test(address))
    return "simulated";
  if (key.type === "team" && !service.team.map((t) => t.toLowerCase()).includes(address)) {
    throw new NotifyHttpError(
      400,
      "BadRequestError",
      "Can’t send to this recipient using a team-only API key",
    );
  }
  const group = key.type === "test" ? "test" : "other";
  if (service.store.countToday(group, service.now()) >= service.dailyLimit) {
    service.stats.dailyLimited++;
    throw new NotifyHttpError(
      429,
      "TooManyRequestsError",
      `Exceeded send limits (email: ${service.dailyLimit}) for today`,
    );
  }
  const local = address.split("@")[0]!;
  const finalStatus =
    address === "perm-fail@simulator.notify" || local.startsWith("perm-fail")
      ? "permanent-failure"
      : address === "temp-fail@simulator.notify" || local.startsWith("temp-fail")
        ? "temporary-failure"
        : local.startsWith("tech-fail")
          ? "technical-failure"
          : "delivered";
  return {
    id: randomUUID(),
    reference: typeof body.reference === "string" ? body.reference : null,
    emailAddress: address,
    templateId: template.id,
    templateVersion: template.version ?? 1,
    personalisation: (body.personalisation as Record<string, unknown>) ?? {},
    subject,
    body: filledBody,
    keyType: key.type,
    createdAt: service.now(),
    finalStatus,
  };
}
