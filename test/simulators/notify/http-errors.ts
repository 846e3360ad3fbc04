// Errors the simulator answers with, in Notify's body shape: {status_code, errors: [{error, message}]}.

/** Thrown inside handlers to answer with Notify's error body. */
export class NotifyHttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

/** Several schema errors: Notify puts each in `errors`. */
export class MultiError extends NotifyHttpError {
  constructor(readonly messages: string[]) {
    super(400, "ValidationError", messages.join("; "));
  }
}
