import type { MiddlewareFn } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { UnauthenticatedError } from '../errors/gateway-errors.js';

/**
 * Refuses a terminal's operation without the terminal's device ticket, before anything
 * reaches the upstream (seed 003: init and terminal updates require it).
 */
export const RequireDeviceTicket: MiddlewareFn<GatewayContext> = ({ context }, next) => {
  const { deviceTicket, malformed } = context.credentials;
  if (deviceTicket) return next();
  if (malformed?.includes('authenticateit_terminal_device')) {
    throw new UnauthenticatedError('The device ticket is malformed: it must be 1 to 1024 visible ASCII characters.');
  }
  throw new UnauthenticatedError(
    'This is a terminal operation: send the device ticket in the authenticateit_terminal_device header (in connectionParams over WebSocket).',
  );
};
