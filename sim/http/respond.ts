import type { ServerResponse } from 'node:http';

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Statuses that must not carry a body (Node would drop it and leave a wrong content-length). */
function bodyless(status: number): boolean {
  return status === 204 || status === 304 || status < 200;
}

/**
 * Writes one complete response: the given bytes, verbatim, as JSON unless
 * `headers` name another content type. A response already gone is left alone.
 */
export function send(
  res: ServerResponse,
  status: number,
  body: Buffer,
  headers?: Readonly<Record<string, string>>,
): void {
  if (res.destroyed || res.headersSent) return;
  if (bodyless(status)) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  res.writeHead(status, {
    'content-type': JSON_CONTENT_TYPE,
    ...headers,
    'content-length': body.length,
  });
  res.end(body);
}

/** Serialises a small control-plane value; never used for fixtures, which go out as stored bytes. */
export function jsonBytes(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}
