import type { RequestTally } from '../../lib/request-tally.js';
import type { OperationLog } from './operation-log.js';

interface Entry {
  requestId: string;
  operationName: string | null | undefined;
  startedAt: number;
  codes: string[];
  tally?: RequestTally;
}

/**
 * The operations open on WebSocket connections, so that each gets its access-log line when
 * it ends (completed, failed, stopped by the client, or cut by a closing socket) and the
 * open count can be scraped. graphql-ws reports those ends through different hooks, one of
 * them sometimes after another: the first one finishes the entry, the rest find nothing.
 */
export class WsOperations {
  private readonly byConnection = new WeakMap<object, Map<string, Entry>>();
  private openCount = 0;

  constructor(private readonly log: OperationLog) {}

  /** Operations open right now, on every connection. */
  get open(): number {
    return this.openCount;
  }

  /** An operation was subscribed. */
  start(connection: object, id: string, requestId: string, operationName: string | null | undefined): void {
    let entries = this.byConnection.get(connection);
    if (!entries) this.byConnection.set(connection, (entries = new Map()));
    if (!entries.has(id)) this.openCount++;
    entries.set(id, { requestId, operationName, startedAt: performance.now(), codes: [] });
  }

  /** The operation's name, once its document is parsed (clients rarely send operationName over WebSocket). */
  name(connection: object, id: string, operationName: string | undefined): void {
    const entry = this.byConnection.get(connection)?.get(id);
    if (entry && operationName) entry.operationName = operationName;
  }

  /** The operation's request id, given when it started. */
  requestId(connection: object, id: string): string | undefined {
    return this.byConnection.get(connection)?.get(id)?.requestId;
  }

  /** The operation's context exists: its tally counts its upstream calls. */
  attach(connection: object, id: string, tally: RequestTally): void {
    const entry = this.byConnection.get(connection)?.get(id);
    if (entry) entry.tally = tally;
  }

  /** The operation sent errors with these codes. */
  errors(connection: object, id: string, codes: readonly string[]): void {
    this.byConnection.get(connection)?.get(id)?.codes.push(...codes);
  }

  /** The operation ended; logs it once. */
  end(connection: object, id: string): void {
    const entries = this.byConnection.get(connection);
    const entry = entries?.get(id);
    if (!entries || !entry) return;
    entries.delete(id);
    this.openCount--;
    this.log.finish({ ...entry, transport: 'ws', upstreamCalls: entry.tally?.upstreamCalls ?? 0 });
  }

  /** The socket closed: whatever was still open ends with it. */
  closeConnection(connection: object): void {
    for (const id of [...(this.byConnection.get(connection)?.keys() ?? [])]) this.end(connection, id);
  }
}
