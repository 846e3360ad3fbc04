// Every notification the simulator accepted, so tests can count emails per recipient.
import { FINAL_EMAIL_STATUSES } from "../../../src/core/notify/send/notify-api";

export interface StoredNotification {
  id: string;
  reference: string | null;
  emailAddress: string;
  templateId: string;
  templateVersion: number;
  personalisation: Record<string, unknown>;
  subject: string;
  body: string;
  keyType: "live" | "team" | "test";
  createdAt: number;
  /** What this email will end as. */
  finalStatus: "delivered" | "permanent-failure" | "temporary-failure" | "technical-failure";
}

export interface StatusTimings {
  /** After this long a notification is `sending`. */
  sendingAfterMs: number;
  /** After this long it has its final status. */
  finalAfterMs: number;
}

export class NotificationStore {
  readonly all: StoredNotification[] = [];
  private byId = new Map<string, StoredNotification>();

  /** Emails per UTC day and daily-limit group (test keys are counted apart). */
  private perDay = new Map<string, number>();

  add(n: StoredNotification): void {
    this.all.push(n);
    this.byId.set(n.id, n);
    const key = dayKey(n.keyType === "test" ? "test" : "other", n.createdAt);
    this.perDay.set(key, (this.perDay.get(key) ?? 0) + 1);
  }

  get(id: string): StoredNotification | undefined {
    return this.byId.get(id);
  }

  /** How many emails each address received. */
  countsByRecipient(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const n of this.all) counts.set(n.emailAddress, (counts.get(n.emailAddress) ?? 0) + 1);
    return counts;
  }

  /** Emails created today (UTC) for a daily-limit group. */
  countToday(group: "test" | "other", nowMs: number): number {
    return this.perDay.get(dayKey(group, nowMs)) ?? 0;
  }

  clear(): void {
    this.all.length = 0;
    this.byId.clear();
    this.perDay.clear();
  }
}

export function statusAt(n: StoredNotification, nowMs: number, timings: StatusTimings): string {
  const age = nowMs - n.createdAt;
  if (age >= timings.finalAfterMs) return n.finalStatus;
  if (age >= timings.sendingAfterMs) return "sending";
  return "created";
}

export function isFinal(status: string): boolean {
  return FINAL_EMAIL_STATUSES.includes(status);
}

function dayKey(group: "test" | "other", ms: number): string {
  return `${group} ${new Date(ms).toISOString().slice(0, 10)}`;
}
