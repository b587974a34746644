/**
 * Upstream-shaped error bodies. Every error the payments service sends has the
 * same four keys (seed 003, e.g. `payments-bad_version`), so the gateway's
 * error mapping can be tested against the simulator as against the real thing.
 */

/** Builds the bytes of a seed-shaped error body, e.g. `{"error":"Unauthorized",...,"error_id":"payments-unauthorized",...}`. */
export function errorBody(message: string, errorId: string): Buffer {
  return Buffer.from(
    JSON.stringify({ error: message, error_data: null, error_id: errorId, error_object: null }),
  );
}

/** An error a route handler throws to answer with a seed-shaped error body instead of its normal response. */
export class SimHttpError extends Error {
  readonly status: number;
  readonly errorId: string;

  constructor(status: number, errorId: string, message: string) {
    super(message);
    this.name = 'SimHttpError';
    this.status = status;
    this.errorId = errorId;
  }

  /** The response bytes for this error. */
  body(): Buffer {
    return errorBody(this.message, this.errorId);
  }
}

/** A 400 `payments-bad_request` (or a more specific id) for invalid input. */
export function badRequest(message: string, errorId = 'payments-bad_request'): SimHttpError {
  return new SimHttpError(400, errorId, message);
}

// Note: the answers to the commonest failures are built once; under load the
// 401/404 paths must cost no more than the happy path.
/** Bytes of the 401 answer for a missing or unknown ticket. */
export const unauthorizedBody = errorBody('Unauthorized', 'payments-unauthorized');
/** Bytes of the 403 answer for a ticket whose role may not use the endpoint. */
export const forbiddenBody = errorBody('Forbidden', 'payments-forbidden');
/** Bytes of the 404 answer for an unknown method and path. */
export const notFoundBody = errorBody('Not found', 'payments-not_found');
/** Bytes of the answer to a fault injected with a status but no body. */
export const faultBody = errorBody('Injected fault', 'payments-fault');
/** Bytes of the 500 answer when a handler throws unexpectedly. */
export const internalErrorBody = errorBody('Internal error', 'payments-internal_error');
