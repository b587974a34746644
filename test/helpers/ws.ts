import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** A GraphQL answer over graphql-ws. */
export type WsResult = ExecutionResult<Record<string, unknown>, Record<string, unknown>>;

/** A graphql-ws client of the gateway that does not retry: a refused connection fails the test. */
export function wsClient(url: string, connectionParams: Record<string, string>): Client {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}

/** Runs a query or mutation over the socket: its one result, or the errors graphql-ws reported. */
export function wsQuery(client: Client, query: string, variables?: Record<string, unknown>): Promise<WsResult> {
  return new Promise((resolve, reject) => {
    let result: WsResult | undefined;
    client.subscribe(
      { query, ...(variables && { variables }) },
      { next: (value) => (result = value as WsResult), error: reject, complete: () => resolve(result as WsResult) },
    );
  });
}

/** A subscription's results as they come, with a way to wait for the next one or for the end. */
export interface WsSubscription {
  /** The next result, or an error after `timeoutMs`. */
  next(timeoutMs?: number): Promise<WsResult>;
  /** Resolves when the server completes the subscription. */
  completed: Promise<void>;
  /** Rejects with what graphql-ws reported as the subscription's error. */
  failed: Promise<never>;
  stop(): void;
}

/** Subscribes over the socket and queues every result. */
export function wsSubscribe(client: Client, query: string, variables?: Record<string, unknown>): WsSubscription {
  const queue: WsResult[] = [];
  const waiters: Array<(r: WsResult) => void> = [];
  let complete!: () => void;
  let fail!: (err: unknown) => void;
  const completed = new Promise<void>((resolve) => (complete = resolve));
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});
  const stop = client.subscribe(
    { query, ...(variables && { variables }) },
    {
      next: (value) => {
        const waiter = waiters.shift();
        if (waiter) waiter(value as WsResult);
        else queue.push(value as WsResult);
      },
      error: fail,
      complete: () => complete(),
    },
  );
  return {
    next: (timeoutMs = 5000) =>
      new Promise<WsResult>((resolve, reject) => {
        const queued = queue.shift();
        if (queued) return resolve(queued);
        const waiter = (r: WsResult): void => {
          clearTimeout(timer);
          resolve(r);
        };
        // A waiter that timed out leaves the queue: a later result goes to the next caller.
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no subscription result within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      }),
    completed,
    failed,
    stop,
  };
}
