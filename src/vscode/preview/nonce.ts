// A nonce for the webview's Content-Security-Policy: 128 bits from the operating system's CSPRNG
// (the markdown preview's own getNonce uses Math.random, which is guessable).
import { randomBytes } from "node:crypto";

export function createNonce(): string {
  return randomBytes(16).toString("base64");
}
