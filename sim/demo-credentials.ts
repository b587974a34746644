/**
 * The demo credentials (DESIGN.md "Fixed names"), written once: the simulator accepts
 * them, and both `npm run sim` and the embedded `npm start` print them.
 */

/** Who a session ticket belongs to: an app user, a brand participant, or the system participant. */
export type Role = 'user' | 'participant' | 'system';

/** The demo session tickets and their roles. */
export const DEMO_TICKETS: Readonly<Record<string, Role>> = {
  'demo-user': 'user',
  'demo-participant': 'participant',
  'demo-system': 'system',
};

/** The ticket the playground is prefilled with: a brand participant sees both the plans and a billing plan. */
export const DEMO_PLAYGROUND_TICKET = 'demo-participant';

/** The demo device ticket of a point-of-sale terminal. */
export const DEMO_DEVICE = 'demo-terminal';

/** The ticket service's demo merchant-panel user (seed 000) and the MIDs it belongs to. */
export const DEMO_MERCHANT = { email: 'merchant@demo.test', password: 'demo-password', mids: ['mid-a', 'mid-b'] } as const;

/** The ticket service's demo OAuth2 client (client credentials grant on `/oauth2/token/`). */
export const DEMO_TICKETS_CLIENT = { id: 'demo-gateway', secret: 'demo-gateway-secret' } as const;

/** The ticket service's demo application user for seed 002's HS256 request signing; the key is base64. */
export const DEMO_APP_USER = { id: '123456', key: 'ZGVtby1hcHAtdXNlci1rZXktMzItYnl0ZXMtbG9uZyE=' } as const;

const ROLE_LABELS: Readonly<Record<Role, string>> = {
  user: 'app user',
  participant: 'brand participant',
  system: 'system participant',
};

/** The demo credentials as lines for a start banner. */
export function describeDemoCredentials(): string[] {
  return [
    'Session tickets (Authorization: Bearer <ticket>, or the header authenticateit_identity_ticket):',
    ...Object.entries(DEMO_TICKETS).map(([ticket, role]) => `  ${ticket.padEnd(18)} ${ROLE_LABELS[role]}`),
    `Device ticket (header authenticateit_terminal_device): ${DEMO_DEVICE}`,
    `Merchant panel (merchantLogin): ${DEMO_MERCHANT.email} / ${DEMO_MERCHANT.password}, MIDs ${DEMO_MERCHANT.mids.join(', ')}`,
  ];
}
