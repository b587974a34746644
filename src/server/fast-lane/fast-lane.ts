import type { IncomingHttpHeaders } from 'node:http';
import Negotiator from 'negotiator';
import type { GatewayContext } from '../../context.js';
import type { Metrics } from '../../lib/metrics.js';
import { graphQLPost } from '../graphql-post.js';
import type { JitExecutor } from '../jit-executor.js';
import { apqHashAlone } from '../persisted/apq-hash.js';
import type { OperationLog } from '../observability/operation-log.js';
import type { OperationLimitsGate } from '../validation/operation-limits.plugin.js';
import { markExecuted, type Executed } from './handed-over.js';
import type { PreparedOperation, PreparedOperations } from './prepared-operations.js';

/** Apollo Server's media types for a single result (its MEDIA_TYPES), in the order it offers them. */
const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const JSON_GRAPHQL_CALLBACK = 'application/json; callbackSpec=1.0; charset=utf-8';
const OFFERED = [APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, JSON_GRAPHQL_CALLBACK];

/**
 * The content type Apollo Server answers a single result with, chosen from the request's
 * Accept header as Apollo chooses it (with the same library); undefined for what the fast
 * lane leaves to Apollo (its callback protocol, or nothing acceptable: 406).
 */
function answerType(accept: string | undefined): string | undefined {
  if (!accept) return APPLICATION_JSON;
  const chosen = new Negotiator({ headers: { accept } }).mediaType(OFFERED);
  return chosen === APPLICATION_JSON || chosen === GRAPHQL_RESPONSE_JSON ? chosen : undefined;
}

/** A request the fast lane may run: a prepared operation and what the client sent with it. */
export interface FastLaneRequest {
  prepared: PreparedOperation;
  /** The content type of the answer, as Apollo would choose it. */
  contentType: string;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | null | undefined;
}

/** The fast lane's own answer (a success), or the context to hand to Apollo's pipeline. */
export type FastLaneOutcome = { answer: string; contentType: string } | { handOver: GatewayContext };

const BODY_KEYS = new Set(['query', 'operationName', 'variables', 'extensions']);

/**
 * Runs operations Apollo's pipeline has already let through once, without that pipeline:
 * Apollo Server spent about a fifth of a home screen's CPU on its per-request work
 * (request parsing, the query hash, its plugin hooks, context copies, response assembly),
 * measured by taking it away (bench/RESULTS.md). Only what Apollo would answer the same
 * way, and only when nothing went wrong:
 * - a JSON POST of `operationName`, `variables` and either `query` or an APQ hash alone,
 *   that accepts a JSON answer, for a text (or hash) and name already through Apollo's
 *   parsing, validation, operation choice and limits (`PreparedOperations`); the limits
 *   are checked again with the request's variables, as Apollo's plugin does. Note: a hash
 *   Apollo resolved once is answered from then on, also after its APQ entry has expired,
 *   where Apollo would answer PERSISTED_QUERY_NOT_FOUND and the client send the text again;
 * - run by the same executor Apollo uses, and answered here only when the result has no
 *   errors: `{"data":…}` as Apollo writes it, and the same access-log line.
 * Anything else is Apollo's to answer, with the same context: a refused operation is not run,
 * and an operation that has run (errors, or a throw) is not run again; Apollo formats the
 * outcome it is handed (masking, codes, HTTP status).
 */
export class FastLane {
  constructor(
    private readonly prepared: PreparedOperations,
    private readonly executor: JitExecutor,
    private readonly limits: OperationLimitsGate,
    private readonly log: OperationLog,
    private readonly metrics: Metrics,
  ) {}

  /** The prepared operation a request asks for, when the fast lane may take it. */
  eligible(method: string | undefined, headers: IncomingHttpHeaders, body: unknown): FastLaneRequest | undefined {
    const post = graphQLPost(method, headers, body);
    if (!post) return undefined;
    const contentType = answerType(headers.accept);
    if (!contentType) return undefined;
    for (const key in body as object) if (!BODY_KEYS.has(key)) return undefined;
    const { query, operationName, variables, extensions } = post;
    // A text alone, or an APQ hash alone (a text with a hash is Apollo's to check against it).
    let prepared: PreparedOperation | undefined;
    if (extensions === undefined) prepared = typeof query === 'string' ? this.prepared.find(query, operationName) : undefined;
    else if (query === undefined) {
      const hash = apqHashAlone(extensions);
      prepared = hash === undefined ? undefined : this.prepared.findByHash(hash, operationName);
    }
    return prepared && { prepared, contentType, operationName, variables };
  }

  /** Runs a request `eligible` returned, with a context built for it. */
  async run({ prepared, contentType, operationName, variables }: FastLaneRequest, context: GatewayContext): Promise<FastLaneOutcome> {
    const startedAt = performance.now();
    // Every time, as Apollo's plugin does: without variables, a variable's default is weighed
    // (the gate remembers what passed without any).
    if (this.limits.refusal(prepared.document, operationName, variables)) return this.handOver(context);
    let executed: Executed;
    try {
      executed = { result: await this.executor.run({ ...prepared, variables: variables ?? undefined, context }) };
    } catch (thrown) {
      executed = { thrown };
    }
    if (!('result' in executed) || executed.result.errors?.length || executed.result.extensions) return this.handOver(markExecuted(context, executed));
    this.metrics.inc('gateway_fast_lane_total', { outcome: 'answered' });
    this.log.finish({
      requestId: context.requestId,
      transport: 'http',
      operationName: prepared.operation.name?.value || operationName,
      startedAt,
      codes: [],
      upstreamCalls: context.tally.upstreamCalls,
    });
    // Apollo's own writing of a result without errors (prettyJSONStringify).
    return { answer: `${JSON.stringify({ data: executed.result.data })}\n`, contentType };
  }

  private handOver(context: GatewayContext): FastLaneOutcome {
    this.metrics.inc('gateway_fast_lane_total', { outcome: 'handed_over' });
    return { handOver: context };
  }
}
