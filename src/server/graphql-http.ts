import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { processRequest } from 'graphql-upload-minimal';
import type { GraphQLFormattedError } from 'graphql';
import { createContext, type GatewayContext, type RequestOrigin } from '../context.js';
import { ErrorCode } from '../errors/error-codes.js';
import { GatewayError } from '../errors/gateway-errors.js';
import { ResponseCookies } from '../lib/response-cookies.js';
import type { Runtime } from '../runtime.js';
import { clientAddress } from './client-address.js';
import { MultipartScan } from '../uploads/multipart-scan.js';
import { TICKET_UPLOAD_LIMITS } from '../uploads/upload-limits.js';
import { readCredentials } from './credentials.js';
import type { OperationManifest } from './persisted/operation-manifest.js';
import { isInManifest, NOT_IN_MANIFEST_MESSAGE } from './persisted/persisted-only.js';
import { readBody } from './read-body.js';
import { rateLimitedError, takeRequestBudget } from './request-budget.js';
import { requestIdFrom } from './request-id.js';
import type { HttpResponseCache } from './response-cache/http-response-cache.js';
import { drainUnreadUploads } from './upload-drain.js';
import type { FastLane } from './fast-lane/fast-lane.js';
import { undelivered } from './fast-lane/handed-over.js';

/**
 * The multipart parser's limits (seed 001: 5 files, 25 MB each). Note: one byte over our
 * own file limit, because busboy also flags a file of exactly its limit as truncated; the
 * resolvers count every byte and refuse what is over (src/uploads/).
 */
export const UPLOAD_LIMITS = { maxFiles: TICKET_UPLOAD_LIMITS.maxFiles, maxFileSize: TICKET_UPLOAD_LIMITS.maxFileBytes + 1 };

/**
 * The longest multipart body that can go upstream before its end (src/uploads/): the files'
 * total, the operations and the map (1 MB each at most, graphql-upload-minimal's default),
 * and room for the framing. A longer body can never be shown to keep its files within 50 MB,
 * so it is not scanned at all.
 */
const SCANNED_BODY_BYTES = TICKET_UPLOAD_LIMITS.maxTotalBytes + 3 * 1024 * 1024;

/** Writes a GraphQL-shaped error answer for failures before execution (body, upload, budget). */
export function sendRequestError(res: ServerResponse, status: number, message: string, code: string, extra: Record<string, unknown> = {}): void {
  const errors: GraphQLFormattedError[] = [{ message, extensions: { code, ...extra } }];
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors }));
}

function setCookies(res: ServerResponse, cookies: ResponseCookies): void {
  if (cookies.headerValues().length > 0) res.setHeader('set-cookie', [...cookies.headerValues()]);
}

/** Ends a GraphQL answer with its status and body, and the cookies its resolvers set. */
function send(res: ServerResponse, status: number, body: string, cookies: ResponseCookies): void {
  setCookies(res, cookies);
  res.statusCode = status;
  res.end(body);
}

/** A request the client got wrong before GraphQL could read it: 400 BAD_REQUEST, like Apollo's own. */
class BadRequestError extends Error {}

/** Reads a multipart body with graphql-upload-minimal, and beside it with a scan that can let its uploads go upstream early (src/uploads/). */
function parseMultipart(req: IncomingMessage, res: ServerResponse, origin: RequestOrigin): Promise<unknown> {
  const scan = MultipartScan.of(req.headers, SCANNED_BODY_BYTES);
  // Note: attached in the same tick as the parser's pipe, so the scan sees every byte the parser does, and first.
  if (scan) req.on('data', (chunk: Buffer) => scan.feed(chunk));
  origin.uploadBody = scan;
  return processRequest(req, res, UPLOAD_LIMITS);
}

async function parseBody(req: IncomingMessage, res: ServerResponse, runtime: Runtime, origin: RequestOrigin): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) return parseMultipart(req, res, origin);
  const text = await readBody(req, runtime.config.maxBodyBytes);
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestError('The request body is not valid JSON.');
  }
}

/**
 * Answers a body that could not be read. Note: only our own errors say what went wrong;
 * anything else (a multipart parser's message, say) is a fixed text by its status, and an
 * error without one is ours: logged, and masked.
 */
function sendBodyError(res: ServerResponse, err: unknown, runtime: Runtime, requestId: string): void {
  if (err instanceof GatewayError) {
    const code = String(err.extensions.code);
    return sendRequestError(res, code === ErrorCode.PayloadTooLarge ? 413 : 400, err.message, code);
  }
  if (err instanceof BadRequestError) return sendRequestError(res, 400, err.message, 'BAD_REQUEST');
  const status = (err as { status?: unknown }).status;
  // Too many files is a broken rule, not a size: graphql-upload-minimal says 413 for both.
  if (status === 413 && /max file uploads exceeded/.test((err as Error).message)) {
    return sendRequestError(res, 400, `At most ${UPLOAD_LIMITS.maxFiles} files per request.`, ErrorCode.BadUserInput);
  }
  if (status === 413) return sendRequestError(res, 413, 'The request or one of its files is too large.', ErrorCode.PayloadTooLarge);
  if (typeof status === 'number' && status >= 400 && status < 500) {
    runtime.logger.info('request body refused', { requestId, status, error: (err as Error).message });
    return sendRequestError(res, 400, 'The request body could not be read as a GraphQL request.', 'BAD_REQUEST');
  }
  runtime.logger.error('reading a request body failed', { requestId, error: err instanceof Error ? err.stack : String(err) });
  return sendRequestError(res, 500, 'Internal server error.', ErrorCode.Internal);
}

/**
 * Serves POST and GET `/graphql` through Apollo Server on node's own HTTP server (no
 * framework in between). Multipart bodies go through graphql-upload-minimal first. A public
 * query may be answered from the response cache instead, after the same budget, body and
 * manifest checks, and only to a caller the upstream has accepted (src/server/response-cache/).
 * An operation Apollo has let through before may be run by the fast lane instead, after the
 * same checks (src/server/fast-lane/).
 */
export function createGraphQLHandler(
  apollo: ApolloServer<GatewayContext>,
  runtime: Runtime,
  { manifest, responses, fastLane }: { manifest?: OperationManifest | undefined; responses?: HttpResponseCache | undefined; fastLane?: FastLane | undefined },
) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const credentials = readCredentials(req.headers);
    const clientIp = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], runtime.config.trustedProxies);
    // Before the body is read: a caller over budget costs a counter, not a parse.
    const budget = await takeRequestBudget(runtime, credentials, clientIp);
    if (!budget.allowed) {
      res.setHeader('retry-after', String(budget.retryAfterSeconds));
      const refused = rateLimitedError(budget.retryAfterSeconds);
      return sendRequestError(res, 429, refused.message, ErrorCode.RateLimited, { retryAfter: budget.retryAfterSeconds });
    }
    const origin: RequestOrigin & { cookies: ResponseCookies } = { requestId, clientIp, cookies: new ResponseCookies() };
    let body: unknown;
    try {
      body = await parseBody(req, res, runtime, origin);
    } catch (err) {
      return sendBodyError(res, err, runtime, requestId);
    }
    if (manifest && !isInManifest(manifest, body, url)) return sendRequestError(res, 400, NOT_IN_MANIFEST_MESSAGE, 'PERSISTED_QUERY_NOT_IN_LIST');
    const candidate = await responses?.candidate(req, body);
    if (candidate && (await responses!.serve(candidate, credentials, res, requestId))) return;
    // An operation Apollo has let through before runs without its pipeline; what the fast
    // lane does not answer itself goes on to Apollo with the context it ran with.
    const lane = candidate ? undefined : fastLane?.eligible(req.method, req.headers, body);
    let handedOver: GatewayContext | undefined;
    if (lane) {
      const outcome = await fastLane!.run(lane, createContext(runtime, credentials, origin));
      if ('answer' in outcome) {
        res.setHeader('content-type', outcome.contentType);
        return send(res, 200, outcome.answer, origin.cookies);
      }
      handedOver = outcome.handOver;
    }
    const multipart = (req.headers['content-type'] ?? '').startsWith('multipart/form-data');
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let result;
    try {
      result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => handedOver ?? createContext(runtime, credentials, origin),
      });
    } finally {
      if (multipart) drainUnreadUploads(body);
    }
    // Never expected (the fast lane takes only what Apollo let through before), and the
    // operation has run: loud, so that a difference between the two lanes is found.
    if (handedOver && undelivered(handedOver)) runtime.logger.error('the fast lane ran an operation that Apollo then refused', { requestId, status: result.status });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (candidate && origin.cookies.headerValues().length === 0) responses!.store(candidate, result);
    if (result.body.kind === 'complete') return send(res, result.status ?? 200, result.body.string, origin.cookies);
    setCookies(res, origin.cookies);
    res.statusCode = result.status ?? 200;
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
