import type { Readable } from 'node:stream';

/**
 * A request body sent as is rather than as JSON: a form (OAuth2's token request) or a
 * multipart upload streamed from disk. `open` is called once, when the request is sent,
 * so nothing is read (no file opened) for a call the circuit refuses.
 */
export class RawBody {
  constructor(
    readonly contentType: string,
    /** Exact length in bytes: sent as content-length, so the upstream can refuse a body before reading it; undefined while unknown (sent chunked). */
    readonly contentLength: number | undefined,
    readonly open: () => Readable,
    /** True while part of the body is still arriving from our own client (an upload sent as it comes): a timeout then is not the upstream's. */
    readonly arriving: () => boolean = () => false,
  ) {}
}
