// The only place that talks to Notify. Every call goes through notifications-node-client, given an
// axios instance with a timeout (the client sets none, so a stalled connection would hang a send
// for ever). The rest of the engine sees this small port, which tests can also fake.
import axios from "axios";
import { NotifyClient } from "notifications-node-client";
import type { PersonalisationValue } from "../placeholders";
import type { NotifyApiKey } from "./api-key";
import { NOTIFY_PRODUCTION_URL } from "./notify-api";

export interface SentEmail {
  id: string;
  reference: string | null;
}

export interface NotificationSummary {
  id: string;
  reference: string | null;
  status: string;
  emailAddress?: string;
  createdAt?: string;
  completedAt?: string;
}

export interface TemplateSummary {
  id: string;
  name: string;
  type: string;
  version: number;
  subject?: string;
  body: string;
}

export interface NotifyPort {
  sendEmail(
    templateId: string,
    emailAddress: string,
    options: { personalisation: Record<string, PersonalisationValue>; reference: string },
  ): Promise<SentEmail>;
  /** Every email notification with exactly this reference (`getNotifications('email', null, ref)`). */
  findEmailsByReference(reference: string): Promise<NotificationSummary[]>;
  getNotificationById(id: string): Promise<NotificationSummary>;
  getTemplateById(id: string): Promise<TemplateSummary>;
}

export interface ClientOptions {
  apiKey: NotifyApiKey;
  /** Notify's API, or the simulator's URL. */
  baseUrl?: string;
  /** Per-request timeout; a send that takes longer is treated as ambiguous and looked up. */
  timeoutMs: number;
}

interface RawNotification {
  id: string;
  reference?: string | null;
  status: string;
  email_address?: string;
  created_at?: string;
  completed_at?: string;
}

function summarise(n: RawNotification): NotificationSummary {
  const out: NotificationSummary = { id: n.id, reference: n.reference ?? null, status: n.status };
  if (n.email_address !== undefined) out.emailAddress = n.email_address;
  if (n.created_at !== undefined) out.createdAt = n.created_at;
  if (n.completed_at) out.completedAt = n.completed_at;
  return out;
}

export function createNotifyPort(options: ClientOptions): NotifyPort {
  const baseUrl = (options.baseUrl ?? NOTIFY_PRODUCTION_URL).replace(/\/+$/, "");
  const client = new NotifyClient(baseUrl, options.apiKey.value);
  client.setClient(axios.create({ timeout: options.timeoutMs, maxRedirects: 0 }));
  return {
    async sendEmail(templateId, emailAddress, { personalisation, reference }) {
      const response = await client.sendEmail(templateId, emailAddress, {
        personalisation,
        reference,
      });
      const data = response.data as { id: string; reference?: string | null };
      return { id: data.id, reference: data.reference ?? null };
    },
    async findEmailsByReference(reference) {
      // Falsy arguments are left out of the query; the status filter is not wanted here.
      const response = await client.getNotifications("email", undefined, reference);
      const list = (response.data as { notifications?: RawNotification[] }).notifications ?? [];
      return list.filter((n) => n.reference === reference).map(summarise);
    },
    async getNotificationById(id) {
      const response = await client.getNotificationById(id);
      return summarise(response.data as unknown as RawNotification);
    },
    async getTemplateById(id) {
      const response = await client.getTemplateById(id);
      const t = response.data;
      const out: TemplateSummary = {
        id: t.id,
        name: t.name,
        type: t.type,
        version: t.version,
        body: t.body,
      };
      if (t.subject !== undefined) out.subject = t.subject;
      return out;
    },
  };
}
