import type { Logger } from '../../lib/logger.js';
import type { Metrics } from '../../lib/metrics.js';

/** One finished GraphQL operation, as its access-log line and metrics see it. */
export interface FinishedOperation {
  requestId: string;
  transport: 'http' | 'ws';
  /** The client's operation name, if any (free text: bounded before it becomes a label). */
  operationName: string | null | undefined;
  startedAt: number;
  /** The `extensions.code` of every error in the answer, in order. */
  codes: readonly string[];
  upstreamCalls: number;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Distinct operation names kept as label values; past that they count as `other`. */
const MAX_NAMES = 200;

/**
 * Writes one access-log line per GraphQL operation (request id, operation, duration, the
 * error codes, the upstream calls it made) and counts it in the operation metrics, for
 * HTTP and WebSocket alike. Note: an operation name is the client's text, so it becomes a
 * metric label only when it is an identifier and among the first 200 seen: anything else
 * would let a client create series without end.
 */
export class OperationLog {
  private readonly names = new Set<string>();

  constructor(
    private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {}

  /** Logs and counts an operation that has ended. */
  finish(op: FinishedOperation): void {
    const ms = performance.now() - op.startedAt;
    const codes = [...new Set(op.codes)];
    const outcome = codes[0] ?? 'ok';
    const operation = this.label(op.operationName);
    this.metrics.inc('gateway_graphql_operations_total', { operation, transport: op.transport, outcome });
    this.metrics.observe('gateway_graphql_operation_duration_seconds', { operation, transport: op.transport, outcome }, ms / 1000);
    this.logger.info('graphql operation', {
      requestId: op.requestId,
      transport: op.transport,
      operation: op.operationName && NAME.test(op.operationName) ? op.operationName : op.operationName ? 'invalid-name' : 'anonymous',
      ms: Math.round(ms),
      outcome,
      ...(codes.length > 0 && { codes }),
      upstreamCalls: op.upstreamCalls,
    });
  }

  private label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_NAMES) return 'other';
    this.names.add(name);
    return name;
  }
}

/** The codes of a list of formatted errors (those without one count as INTERNAL_SERVER_ERROR). */
export function errorCodes(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): string[] {
  return (errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));
}
