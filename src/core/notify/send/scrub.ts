// Errors from notifications-node-client are axios errors: `config.headers.Authorization` holds a
// live bearer token and `config.data` holds the recipient's address and personalisation. Nothing
// from them is shown or logged as is: we copy out the few safe fields and redact secrets.

export interface SafeError {
  /** HTTP status when Notify answered. */
  status?: number;
  /** Axios/Node error code when it did not (ECONNRESET, ECONNABORTED, ...). */
  code?: string;
  /** Notify's error type and message, e.g. `BadRequestError`, `Missing personalisation: name`. */
  errors?: { error: string; message: string }[];
  /** One line for people. */
  message: string;
}

const JWT = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const BEARER = /Bearer\s+\S+/gi;

/** Removes secrets (the key, its secret), bearer tokens and JWTs from text. */
export function scrubText(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(BEARER, "Bearer [redacted]").replace(JWT, "[redacted token]");
  for (const secret of secrets) {
    if (secret.length >= 8) out = out.split(secret).join("[redacted]");
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Notify's `{errors: [{error, message}]}` from an error response body, when it is one. */
function notifyErrors(data: unknown): { error: string; message: string }[] | undefined {
  if (!isRecord(data) || !Array.isArray(data.errors)) return undefined;
  const errors = data.errors
    .filter(isRecord)
    .map((e) => ({ error: String(e.error ?? ""), message: String(e.message ?? "") }));
  return errors.length ? errors : undefined;
}

/** A safe copy of any thrown value: never the request config, headers or body. */
export function scrubError(error: unknown, secrets: readonly string[] = []): SafeError {
  if (!isRecord(error)) {
    return { message: scrubText(String(error), secrets) };
  }
  const response = isRecord(error.response) ? error.response : undefined;
  const status = typeof response?.status === "number" ? response.status : undefined;
  const code = typeof error.code === "string" ? error.code : undefined;
  const errors = notifyErrors(response?.data);
  let message: string;
  if (errors) {
    message = errors.map((e) => `${e.error}: ${e.message}`).join("; ");
  } else if (status !== undefined) {
    message = `Notify answered HTTP ${status}`;
  } else {
    message = typeof error.message === "string" ? error.message : "Unknown error";
  }
  const safe: SafeError = { message: scrubText(message, secrets) };
  if (status !== undefined) safe.status = status;
  if (code !== undefined) safe.code = code;
  if (errors) {
    safe.errors = errors.map((e) => ({
      error: scrubText(e.error, secrets),
      message: scrubText(e.message, secrets),
    }));
  }
  return safe;
}
