// A GOV.UK Notify simulator: real HTTP on 127.0.0.1 behaving as Notify's API does for what Tenant
// Comms uses, with Notify's error bodies, limits, key types and injectable faults. Shared by unit
// tests, the benchmark and `npm start` (see main.ts).
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  DEFAULT_DAILY_EMAIL_LIMIT,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
} from "../../../src/core/notify/limits";
import { NOTIFY_PAGE_SIZE } from "../../../src/core/notify/send/notify-api";
import { MultiError, NotifyHttpError } from "./http-errors";
import { checkAuthorization, type SimKey } from "./jwt";
import { SimRateLimiter, type SimRateLimit } from "./rate-limits";
import { seededRandom } from "../../support/seeded-random";
import { NotificationStore, statusAt, type StatusTimings, type StoredNotification } from "./store";
import { checkEmailRequest } from "./validate-email";

export interface SimTemplate {
  id: string;
  name: string;
  type: "email" | "sms" | "letter";
  subject?: string;
  body: string;
  version?: number;
}

export interface SimFaults {
  /** Share of POSTs answered 500 before anything is stored. */
  error500?: number;
  /** Share of POSTs stored, then the connection dropped: the client never hears back. */
  dropAfterAccept?: number;
  /** Share of POSTs that hang without being stored (the client times out). */
  hang?: number;
  /** Share of POSTs stored, then answered only after `slowMs` (the client may time out). */
  slowAfterAccept?: number;
  slowMs?: number;
  /** Share of requests delayed by `spikeMs` more. */
  latencySpike?: number;
  spikeMs?: number;
}

export interface NotifySimulatorOptions {
  port?: number;
  serviceId?: string;
  serviceName?: string;
  keys?: SimKey[];
  templates?: SimTemplate[];
  rateLimit?: Partial<SimRateLimit>;
  /** Emails a day for live and team keys (test keys are counted apart, with the same limit). */
  dailyLimit?: number;
  /** Addresses a team key may send to. */
  team?: string[];
  /** Processing time of every request, before a POST's notification is stored. */
  latencyMs?: number;
  faults?: SimFaults;
  statusTimings?: StatusTimings;
  seed?: number;
  /** Server clock in ms (tests can skew it); defaults to Date.now. */
  now?: () => number;
}

export interface SimStats {
  posts: number;
  created: number;
  rateLimited: number;
  dailyLimited: number;
  authFailures: number;
  validationErrors: number;
  injected500: number;
  dropped: number;
  hung: number;
  slow: number;
  gets: number;
}

export const DEFAULT_SERVICE_ID = "5ad4c0de-7e11-4c0a-9a3e-7e57c0ffee01";
/** The template the extension expects: subject ((subject)), body ((body)). */
export const DEFAULT_TEMPLATE_ID = "7e3a1c55-0b1d-4f0e-8d2c-2b1c0ffee0e1";
export const SMS_TEMPLATE_ID = "7e3a1c55-0b1d-4f0e-8d2c-2b1c0ffee0e2";
/** An email template without the placeholders, for "what to change" messages. */
export const PLAIN_TEMPLATE_ID = "7e3a1c55-0b1d-4f0e-8d2c-2b1c0ffee0e3";

export function defaultTemplates(): SimTemplate[] {
  return [
    {
      id: DEFAULT_TEMPLATE_ID,
      name: "Tenant Comms",
      type: "email",
      subject: "((subject))",
      body: "((body))",
    },
    { id: SMS_TEMPLATE_ID, name: "Text message", type: "sms", body: "Hello ((name))" },
    {
      id: PLAIN_TEMPLATE_ID,
      name: "Monthly newsletter",
      type: "email",
      subject: "GOV.UK PaaS newsletter",
      body: "Dear ((name)),\n\nNews.",
    },
  ];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER = /\(\(([^()]+)\)\)/g;

function errorBody(status: number, error: string, message: string) {
  return { status_code: status, errors: [{ error, message }] };
}

export class NotifySimulator {
  readonly store = new NotificationStore();
  readonly stats: SimStats = {
    posts: 0,
    created: 0,
    rateLimited: 0,
    dailyLimited: 0,
    authFailures: 0,
    validationErrors: 0,
    injected500: 0,
    dropped: 0,
    hung: 0,
    slow: 0,
    gets: 0,
  };
  readonly serviceId: string;
  readonly keys: SimKey[];
  templates: SimTemplate[];
  faults: SimFaults;
  latencyMs: number;
  dailyLimit: number;
  team: string[];
  statusTimings: StatusTimings;
  readonly rateLimiter: SimRateLimiter;
  /** Called for every notification stored (tests use it to kill a client mid-send). */
  onStored: ((n: StoredNotification) => void) | undefined;
  private server: Server | undefined;
  private random: () => number;
  private readonly now: () => number;
  url = "";

  constructor(options: NotifySimulatorOptions = {}) {
    this.serviceId = options.serviceId ?? DEFAULT_SERVICE_ID;
    this.keys = options.keys ?? [
      { name: "tenant_comms_live", type: "live", secret: randomUUID() },
      { name: "tenant_comms_team", type: "team", secret: randomUUID() },
      { name: "tenant_comms_test", type: "test", secret: randomUUID() },
    ];
    this.templates = options.templates ?? defaultTemplates();
    this.faults = { ...options.faults };
    this.latencyMs = options.latencyMs ?? 0;
    this.dailyLimit = options.dailyLimit ?? DEFAULT_DAILY_EMAIL_LIMIT;
    this.team = options.team ?? [];
    this.statusTimings = options.statusTimings ?? { sendingAfterMs: 200, finalAfterMs: 1000 };
    this.rateLimiter = new SimRateLimiter({
      requests: options.rateLimit?.requests ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
      perSeconds: options.rateLimit?.perSeconds ?? 60,
      mode: options.rateLimit?.mode ?? "token-bucket",
    });
    this.random = seededRandom(options.seed ?? 1);
    this.now = options.now ?? Date.now;
    this.port = options.port ?? 0;
  }

  private port: number;

  /** The full API key for one of the simulator's keys (name-serviceId-secret). */
  apiKey(type: SimKey["type"] = "live"): string {
    const key = this.keys.find((k) => k.type === type);
    if (!key) throw new Error(`The simulator has no ${type} key`);
    return `${key.name}-${this.serviceId}-${key.secret}`;
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.keepAliveTimeout = 5000;
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** How many emails each address received. */
  countsByRecipient(): Map<string, number> {
    return this.store.countsByRecipient();
  }

  private chance(p: number | undefined): boolean {
    return p !== undefined && p > 0 && this.random() < p;
  }

  private async delay(): Promise<void> {
    let ms = this.latencyMs;
    if (this.chance(this.faults.latencySpike)) ms += this.faults.spikeMs ?? 1000;
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    if (res.destroyed) return;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(text),
    });
    res.end(text);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const body = await readBody(req);
      const url = new URL(req.url ?? "/", "http://sim");
      const auth = checkAuthorization(
        req.headers.authorization,
        { id: this.serviceId, keys: this.keys },
        Math.floor(this.now() / 1000),
      );
      if (!auth.ok) {
        this.stats.authFailures++;
        return this.send(res, auth.status, errorBody(auth.status, "AuthError", auth.message));
      }
      const key = auth.key;
      if (req.method === "POST" && url.pathname === "/v2/notifications/email") {
        return await this.postEmail(key, body, res);
      }
      if (req.method === "GET") {
        this.stats.gets++;
        await this.delay();
        return this.send(res, 200, this.get(key, url));
      }
      throw new NotifyHttpError(
        405,
        "MethodNotAllowed",
        "The method is not allowed for the requested URL.",
      );
    } catch (error) {
      if (error instanceof NotifyHttpError) {
        if (error.status === 400) this.stats.validationErrors++;
        const messages = error instanceof MultiError ? error.messages : [error.message];
        return this.send(res, error.status, {
          status_code: error.status,
          errors: messages.map((message) => ({ error: error.error, message })),
        });
      }
      this.send(res, 500, errorBody(500, "Exception", "Internal server error"));
    }
  }

  private get(key: SimKey, url: URL): unknown {
    const path = url.pathname;
    let match: RegExpExecArray | null;
    if (path === "/v2/notifications") return this.list(key, url.searchParams);
    if ((match = /^\/v2\/notifications\/([^/]+)$/.exec(path))) {
      const id = match[1]!;
      if (!UUID.test(id))
        throw new NotifyHttpError(400, "ValidationError", "notification_id is not a valid UUID");
      const n = this.store.get(id);
      // By id Notify does not filter by key type (v2 get_notification_by_id: key_type=None).
      if (!n) {
        throw new NotifyHttpError(404, "NoResultFound", "No result found");
      }
      return this.toJson(n);
    }
    if ((match = /^\/v2\/template\/([^/]+)$/.exec(path))) {
      const id = match[1]!;
      if (!UUID.test(id))
        throw new NotifyHttpError(400, "ValidationError", "template_id is not a valid UUID");
      const t = this.templates.find((x) => x.id === id);
      if (!t) throw new NotifyHttpError(404, "NoResultFound", "No result found");
      const personalisation: Record<string, { required: boolean }> = {};
      for (const m of `${t.subject ?? ""} ${t.body}`.matchAll(PLACEHOLDER)) {
        personalisation[m[1]!.split("??")[0]!] = { required: true };
      }
      return {
        id: t.id,
        name: t.name,
        type: t.type,
        created_at: "2026-01-05T10:00:00.000000Z",
        updated_at: null,
        created_by: "platform-team@example.gov.uk",
        version: t.version ?? 1,
        body: t.body,
        subject: t.type === "email" ? (t.subject ?? "") : null,
        letter_contact_block: null,
        personalisation,
        postage: null,
      };
    }
    throw new NotifyHttpError(404, "NoResultFound", "No result found");
  }

  private list(key: SimKey, params: URLSearchParams): unknown {
    const type = params.get("template_type");
    const status = params.get("status");
    const reference = params.get("reference");
    const olderThan = params.get("older_than");
    const now = this.now();
    let items = this.store.all
      // Notify lists only the calling key type's notifications (v2 get_notifications:
      // key_type=api_user.key_type): a team key never sees a live key's emails.
      .filter((n) => n.keyType === key.type)
      .slice()
      .reverse(); // newest first
    if (type && type !== "email") items = [];
    if (reference !== null) items = items.filter((n) => n.reference === reference);
    if (status) items = items.filter((n) => statusAt(n, now, this.statusTimings) === status);
    if (olderThan) {
      const at = items.findIndex((n) => n.id === olderThan);
      items = at === -1 ? [] : items.slice(at + 1);
    }
    const page = items.slice(0, NOTIFY_PAGE_SIZE);
    const links: Record<string, string> = { current: `${this.url}/v2/notifications` };
    if (items.length > NOTIFY_PAGE_SIZE) {
      links.next = `${this.url}/v2/notifications?older_than=${page[page.length - 1]!.id}`;
    }
    return { notifications: page.map((n) => this.toJson(n)), links };
  }

  private toJson(n: StoredNotification): unknown {
    const status = statusAt(n, this.now(), this.statusTimings);
    const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "000Z");
    return {
      id: n.id,
      reference: n.reference,
      email_address: n.emailAddress,
      phone_number: null,
      line_1: null,
      type: "email",
      status,
      template: {
        id: n.templateId,
        version: n.templateVersion,
        uri: `${this.url}/v2/template/${n.templateId}`,
      },
      body: n.body,
      subject: n.subject,
      created_at: iso(n.createdAt),
      created_by_name: null,
      sent_at: status === "created" ? null : iso(n.createdAt + this.statusTimings.sendingAfterMs),
      completed_at:
        status === n.finalStatus ? iso(n.createdAt + this.statusTimings.finalAfterMs) : null,
      scheduled_for: null,
      postage: null,
      one_click_unsubscribe: null,
      is_cost_data_ready: false,
      cost_in_pounds: null,
      cost_details: {},
    };
  }

  private async postEmail(key: SimKey, raw: string, res: ServerResponse): Promise<void> {
    this.stats.posts++;
    // Notify checks the rate limit first, before even reading the JSON (post_notifications.py).
    if (!this.rateLimiter.take(key.type, this.now())) {
      this.stats.rateLimited++;
      const { requests, perSeconds } = this.rateLimiter.limit;
      throw new NotifyHttpError(
        429,
        "RateLimitError",
        `Exceeded rate limit for key type ${key.type.toUpperCase()} of ${requests} requests per ${perSeconds} seconds`,
      );
    }
    if (this.chance(this.faults.error500)) {
      this.stats.injected500++;
      await this.delay();
      throw new NotifyHttpError(500, "Exception", "Internal server error");
    }
    if (this.chance(this.faults.hang)) {
      this.stats.hung++;
      return; // never answered, never stored: the client's timeout decides
    }
    await this.delay(); // processing time: a client killed now may still get its email
    const n = checkEmailRequest(
      {
        templates: this.templates,
        team: this.team,
        dailyLimit: this.dailyLimit,
        store: this.store,
        stats: this.stats,
        now: this.now,
      },
      key,
      raw,
    );
    if (n === "simulated") return this.send(res, 201, { id: randomUUID(), reference: null });
    this.store.add(n);
    this.stats.created++;
    this.onStored?.(n);
    if (this.chance(this.faults.dropAfterAccept)) {
      this.stats.dropped++;
      res.socket?.destroy();
      return;
    }
    if (this.chance(this.faults.slowAfterAccept)) {
      this.stats.slow++;
      await new Promise((r) => setTimeout(r, this.faults.slowMs ?? 10_000));
    }
    this.send(res, 201, {
      id: n.id,
      reference: n.reference,
      content: {
        subject: n.subject,
        body: n.body,
        from_email: "gov.uk.paas@notifications.service.gov.uk",
      },
      uri: `${this.url}/v2/notifications/${n.id}`,
      template: {
        id: n.templateId,
        version: n.templateVersion,
        uri: `${this.url}/v2/template/${n.templateId}`,
      },
      scheduled_for: null,
    });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Starts a simulator on an ephemeral port of 127.0.0.1. */
export async function startNotifySimulator(
  options: NotifySimulatorOptions = {},
): Promise<NotifySimulator> {
  const sim = new NotifySimulator(options);
  await sim.start();
  return sim;
}
