import { ErrorCode } from './error-codes.js';
import { GatewayError } from './gateway-errors.js';

/** An upstream answer that lacks what the graph promises; reported as the upstream's fault. */
export class UpstreamShapeError extends GatewayError {
  constructor(service: string, what: string) {
    super(`The upstream sent an unexpected answer (${what}).`, ErrorCode.UpstreamUnavailable, { upstream: { service } });
  }
}
