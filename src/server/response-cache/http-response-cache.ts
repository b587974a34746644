import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPGraphQLResponse } from '@apollo/server';
import type { CallerVerdicts } from '../../cache/caller-verdicts.js';
import { SessionTicketAuth } from '../../datasources/rest/upstream-auth.js';
import type { Config } from '../../config.js';
import type { Credentials } from '../../lib/credentials.js';
import type { Metrics } from '../../lib/metrics.js';
import type { OperationLog } from '../observability/operation-log.js';
import type { DocumentCache } from '../persisted/apq-cache.js';
import { CacheableRequests, type CacheableRequest } from './cacheable-request.js';
import { ResponseCache } from './response-cache.js';

/** What the HTTP response cache borrows from the gateway. */
export interface HttpResponseCacheDeps {
  /**
   * LOCAL_CACHE_TTL_MS bounds how long an answer is kept (the age of the near copies it was
   * built from), and so does each shared-cache lifetime of what it reads.
   */
  config: Config;
  /** Where Apollo finds APQ texts (the shared APQ cache, or the manifest under PERSISTED_ONLY). */
  apq: DocumentCache;
  verdicts: CallerVerdicts;
  metrics: Metrics;
  log: OperationLog;
}

/** Answers kept at once; a few hundred distinct public operations is already a lot. */
const MAX_ENTRIES = 1000;
/** Largest answer kept (the catalogue is about 2 KB). */
const MAX_ANSWER_BYTES = 256 * 1024;

/** A request the cache may answer, and when it started (for the log line and the entry's age). */
export interface Candidate extends CacheableRequest {
  readonly startedAt: number;
  readonly startedAtMs: number;
}

/**
 * The response cache on the HTTP path: answers a public query (plans, plan, coinPrice) from
 * this instance's memory before Apollo's pipeline, and stores Apollo's error-free answers to
 * them. A hit is served only to a caller the upstream accepted for every shared read the
 * operation makes, asked per request of the verdicts those reads keep (src/cache/caller-verdicts.ts):
 * anyone else goes through Apollo, so a made-up ticket is refused as on a cold cache.
 */
export class HttpResponseCache {
  private readonly answers = new ResponseCache(MAX_ENTRIES);
  private readonly requests: CacheableRequests;

  constructor(private readonly deps: HttpResponseCacheDeps) {
    this.requests = new CacheableRequests(deps.apq, deps.config.limits.maxTokens);
  }

  /** The request as a cache candidate, or undefined when the cache has nothing to do with it. */
  async candidate(req: IncomingMessage, body: unknown): Promise<Candidate | undefined> {
    const startedAt = performance.now();
    const request = await this.requests.read(req.method, req.headers, body);
    // Note: not `{ ...request, startedAt, … }`, which V8 builds slowly (a spread followed by properties).
    return request && Object.assign({ startedAt, startedAtMs: Date.now() }, request);
  }

  /** Writes the stored answer and its access-log line when there is one this caller may have; false otherwise. */
  async serve(candidate: Candidate, credentials: Credentials, res: ServerResponse, requestId: string): Promise<boolean> {
    const answer = this.answers.get(candidate.key);
    if (!answer || !credentials.sessionTicket) return this.count(answer ? 'unverified' : 'miss');
    const caller = new SessionTicketAuth(credentials).callerKey();
    for (const scope of candidate.operation.scopes) {
      if (!(await this.deps.verdicts.isAccepted(scope, caller))) return this.count('unverified');
    }
    this.count('hit');
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
    this.deps.log.finish({ requestId, transport: 'http', operationName: answer.operationName, startedAt: candidate.startedAt, codes: [], upstreamCalls: 0 });
    return true;
  }

  /** Keeps Apollo's answer to a candidate when it is complete, 200 and free of errors. */
  store(candidate: Candidate, result: HTTPGraphQLResponse): void {
    if ((result.status ?? 200) !== 200 || result.body.kind !== 'complete') return;
    const text = result.body.string;
    if (text.length > MAX_ANSWER_BYTES || !isErrorFree(text)) return;
    const { config } = this.deps;
    const expiresAt = candidate.startedAtMs + Math.min(config.localCacheTtlMs, ...candidate.operation.ttls.map((ttl) => config[ttl] * 1000));
    if (expiresAt <= Date.now()) return;
    this.answers.set(candidate.key, {
      status: 200,
      // Note: what node adds itself when Apollo's answer is ended in one piece, which writeHead would not.
      headers: { ...Object.fromEntries(result.headers), 'content-length': String(Buffer.byteLength(text)) },
      body: text,
      operationName: candidate.operation.name,
      expiresAt,
    });
  }

  private count(result: 'hit' | 'miss' | 'unverified'): false {
    this.deps.metrics.inc('gateway_response_cache_requests_total', { result });
    return false;
  }
}

function isErrorFree(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { errors?: unknown; data?: unknown };
    return parsed.errors === undefined && typeof parsed.data === 'object' && parsed.data !== null;
  } catch {
    return false;
  }
}
