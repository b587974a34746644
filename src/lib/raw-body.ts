import type { Readable } from 'node:stream';

/**
 * A request body sent as is rather than as JSON: a form (OAuth2's token request) or a
 * multipart upload streamed from disk. `open` is called once, when the request is sent,
 * so nothing is read (no file opened) for a call the circuit refuses.
 */
export class RawBody {
  constructor(
    readonly contentType: string,
    /** Exact length in bytes: sent as content-length, so the upstream can refuse a body before reading it. */
    readonly contentLength: number,
    readonly open: () => Readable,
  ) {}
}
