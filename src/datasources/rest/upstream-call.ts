import { RequestError, type OptionsInit } from 'got';
import type { GraphQLError } from 'graphql';
import { parseLosslessJson } from '../../lib/lossless-json.js';
import { buildPath, buildQuery, type Endpoint, type RestCall } from './endpoint.js';
import { BODY_CUT, NOT_SENT, type Outcome } from './outcome.js';
import { RawBody } from '../../lib/raw-body.js';
import type { Upstream } from './upstream.js';
import { fromMalformedBody, fromTransportFailure, fromUpstreamResponse, retryAfterSeconds } from './upstream-error.js';
import { AnswerTooLarge, exchange, type UpstreamAnswer } from './upstream-exchange.js';

/** Transport errors that mean "the upstream (or the way to it) is not there". */
const UNREACHABLE = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNABORTED']);

const NEVER = (): boolean => false;

/** An upstream request ready to send: everything but the credentials' headers. */
export interface PreparedRequest {
  /** Path relative to the client's prefixUrl (no leading slash). */
  readonly url: string;
  /** got's options (a stream request: see upstream-exchange.ts); their `headers` are {@link headers}, where the credentials are added. */
  readonly options: OptionsInit;
  readonly headers: Record<string, string>;
  /** True while part of the body is still arriving from our own client (see RawBody). */
  readonly bodyArriving: () => boolean;
}

/**
 * Builds the request for one attempt of a call: path (parameters checked and encoded),
 * query, body, the request id, and the attempt's timeout. Throws BAD_USER_INPUT for a
 * parameter that cannot be an id. Note: got never retries; the REST client does, within
 * the operation's budget (see retry-policy.ts).
 */
export function prepareRequest(call: RestCall, requestId: string, timeoutMs: number): PreparedRequest {
  const path = buildPath(call.endpoint, call.params);
  const query = buildQuery(call.query);
  const headers: Record<string, string> = { accept: 'application/json', 'x-request-id': requestId };
  const raw = call.body instanceof RawBody ? call.body : undefined;
  const hasBody = call.body !== undefined;
  if (raw) {
    headers['content-type'] = raw.contentType;
    if (raw.contentLength !== undefined) headers['content-length'] = String(raw.contentLength);
  } else if (hasBody) headers['content-type'] = 'application/json';
  return {
    url: path.slice(1),
    headers,
    bodyArriving: raw ? raw.arriving : NEVER,
    options: {
      method: call.endpoint.method,
      isStream: true,
      headers,
      timeout: { request: timeoutMs },
      ...(query && { searchParams: query }),
      ...(raw ? { body: raw.open() } : hasBody && { body: JSON.stringify(call.body) }),
    },
  };
}

/**
 * What one call produced: the guarded value, or the client-facing error (with the
 * upstream's Retry-After, when it sent one); always with its outcome.
 */
export type CallResult = { outcome: Outcome; value: unknown } | { outcome: Outcome; error: GraphQLError | Error; retryAfterMs?: number };

/** How a refusal is worded (see {@link fromUpstreamResponse}). */
export interface CallContext {
  userErrors?: readonly string[];
  secrets: readonly string[];
}

/**
 * Sends one prepared request and classifies how it ended. Never throws: transport
 * failures, refusals and malformed answers come back as an outcome and an error, so the
 * caller can meter, log and judge the circuit from one value.
 */
export async function callUpstream(upstream: Upstream, endpoint: Endpoint, request: PreparedRequest, context: CallContext): Promise<CallResult> {
  let response: UpstreamAnswer;
  try {
    response = await exchange(upstream.client, request.url, request.options);
  } catch (err) {
    return classifyFailure(upstream.name, err, context, request.bodyArriving());
  }
  const status = response.statusCode;
  if (status >= 400) return refusal(upstream.name, status, response, context);
  // A 3xx (redirects are not followed) or 1xx: the upstream did not answer the question.
  if (status < 200 || status >= 300) {
    return { outcome: { kind: 'failed', status }, error: fromUpstreamResponse(upstream.name, status, '', context) };
  }
  let body: unknown = null;
  try {
    if (response.body !== '') body = parseLosslessJson(response.body);
  } catch {
    return { outcome: { kind: 'malformed', status }, error: fromMalformedBody(upstream.name, status) };
  }
  const answer = endpoint.responseHeaders ? { body, headers: pickHeaders(response, endpoint.responseHeaders) } : body;
  if (!endpoint.accept(answer)) return { outcome: { kind: 'malformed', status }, error: fromMalformedBody(upstream.name, status) };
  return { outcome: { kind: 'answered', status }, value: answer };
}

/** A 4xx or 5xx: the client-facing error its status and body call for, with the upstream's Retry-After. */
function refusal(service: string, status: number, response: Pick<UpstreamAnswer, 'headers' | 'body'>, context: CallContext): CallResult {
  const header = response.headers['retry-after'];
  const retryAfterHeader = header === undefined ? undefined : String(header);
  const error = fromUpstreamResponse(service, status, response.body, { ...context, ...(retryAfterHeader && { retryAfterHeader }) });
  const retryAfter = retryAfterSeconds(retryAfterHeader);
  return {
    outcome: status < 500 ? { kind: 'refused', status } : { kind: 'failed', status },
    error,
    ...(retryAfter !== undefined && { retryAfterMs: retryAfter * 1000 }),
  };
}

function pickHeaders(response: UpstreamAnswer, names: readonly string[]): Record<string, string | string[]> {
  const picked: Record<string, string | string[]> = {};
  for (const name of names) {
    const value = response.headers[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

function classifyFailure(service: string, err: unknown, context: CallContext, bodyArriving: boolean): CallResult {
  // An answer too long to read: judged by its status alone (its body was not kept).
  if (err instanceof AnswerTooLarge) {
    const status = err.statusCode;
    if (status >= 400) return refusal(service, status, { headers: {}, body: '' }, context);
    return { outcome: { kind: 'malformed', status }, error: fromMalformedBody(service, status) };
  }
  if (err instanceof RequestError) {
    if (err.name === 'TimeoutError' || err.code === 'ETIMEDOUT') {
      // Our own client was still sending the body: its slowness, never counted against the upstream's circuit.
      if (bodyArriving) return { outcome: BODY_CUT, error: fromTransportFailure(service, true) };
      return { outcome: { kind: 'timeout' }, error: fromTransportFailure(service, true) };
    }
    if (UNREACHABLE.has(err.code) || err.name === 'ReadError') {
      return { outcome: { kind: 'unreachable' }, error: fromTransportFailure(service, false) };
    }
  }
  // got refused to build or send the request (an illegal header, a body stream that
  // failed on our side): our problem, not the upstream's, and the masker hides it. A body
  // that failed while still arriving from our client had begun to go out: cut short.
  return { outcome: bodyArriving ? BODY_CUT : NOT_SENT, error: err instanceof Error ? err : new Error(String(err)) };
}
