import type { ExecutionResult } from 'graphql';

/** What the fast lane's execution of an operation came to: its result, or what it threw. */
export type Executed = { result: ExecutionResult } | { thrown: unknown };

/** An outcome on its way to Apollo's executor; `delivered` once the executor has taken it. */
interface HandedOver {
  executed: Executed;
  delivered: boolean;
}

const HANDED_OVER = Symbol('executed by the fast lane');
type Carrier = { [HANDED_OVER]?: HandedOver };

/**
 * Marks a context whose operation the fast lane has already run, so that Apollo's pipeline,
 * which then answers it, formats that outcome instead of running the operation again (a
 * mutation must not run twice). Note: an own, enumerable property, because Apollo copies
 * each context with Object.assign before use; the copy shares the mark.
 */
export function markExecuted<C extends object>(context: C, executed: Executed): C {
  (context as Carrier)[HANDED_OVER] = { executed, delivered: false };
  return context;
}

/** The outcome the fast lane left on this context, if any; taking it marks it delivered. */
export function executedBefore(context: object): Executed | undefined {
  const handedOver = (context as Carrier)[HANDED_OVER];
  if (!handedOver) return undefined;
  handedOver.delivered = true;
  return handedOver.executed;
}

/**
 * True when the fast lane ran this context's operation but Apollo answered without taking
 * the outcome: Apollo refused a request the fast lane took for one it had let through.
 */
export function undelivered(context: object): boolean {
  return (context as Carrier)[HANDED_OVER]?.delivered === false;
}
