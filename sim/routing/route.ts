import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Access, Identity } from '../auth.js';
import type { SimState } from '../state.js';
import type { SimSettings } from '../settings.js';

/** HTTP methods the seeds use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler answers: a status and the exact bytes to send (JSON unless `headers` say otherwise). */
export interface SimResponse {
  readonly status: number;
  readonly body: Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Everything a handler may look at for one request. */
export interface RouteContext {
  readonly method: HttpMethod;
  /** The request path without the query string, as sent. */
  readonly path: string;
  /** Values of the route's `:params`, URI-decoded. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The caller; null only on routes with access `none`. */
  readonly identity: Identity | null;
  /** The raw request body (empty for GET, and for routes that stream it). */
  readonly body: Buffer;
  /** The request itself, for routes that read their body as a stream (`streamsBody`). */
  readonly request: IncomingMessage;
  readonly state: SimState;
  readonly settings: SimSettings;
  /** The body parsed as JSON; throws a 400 `payments-bad_request` when malformed. */
  json(): unknown;
  /** The identity, or a thrown 401 (for `none` routes that still want a session). */
  caller(): Identity;
}

/** One entry of the route table. */
export interface SimRoute {
  readonly method: HttpMethod;
  /** A path pattern with `:params`, e.g. `/participants/:id/contract/terminate`. */
  readonly path: string;
  /** The lowest role allowed; lower roles get 403, missing or unknown tickets 401. */
  readonly access: Access;
  /** Cap on the request body in bytes (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** The handler reads `ctx.request` itself (multipart uploads): the body is not buffered first. */
  readonly streamsBody?: boolean;
  /** Answers the request; may throw a SimHttpError for a seed-shaped error. */
  handle(ctx: RouteContext): SimResponse | Promise<SimResponse>;
}

/** Shorthand for a 200 (or other status) response with stored bytes. */
export function reply(body: Buffer, status = 200): SimResponse {
  return { status, body };
}
