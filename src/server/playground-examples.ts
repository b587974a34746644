import { EXAMPLE_QUERY } from './playground-example.js';

/** One tab of the playground: a document of one flow's operations, its variables and the headers it runs with. */
export interface PlaygroundExample {
  query: string;
  variables?: Record<string, unknown>;
  /** The simulator's demo credentials this flow needs, as HTTP headers (and graphql-ws connectionParams). */
  demoHeaders: Readonly<Record<string, string>>;
}

/** A tab as GraphiQL's `defaultTabs` takes it: the editors' texts. */
export interface PlaygroundTab {
  query: string;
  variables?: string;
  headers: string;
}

const APP_USER = { authenticateit_identity_ticket: 'demo-user' };
/** The demo terminal: its operator's session ticket and its device ticket. */
const TERMINAL = { authenticateit_identity_ticket: 'demo-participant', authenticateit_terminal_device: 'demo-terminal' };
/** What a deployment without the demo shows in place of each credential. */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  authenticateit_identity_ticket: '<your session ticket>',
  authenticateit_terminal_device: '<your device ticket>',
};

const HOME_SCREEN = `# The app's home screen in one operation:
# each upstream is asked once.
query HomeScreen {
  me {
    balance { totalCoins accountCoins addressCoins feeRange { min max } }
    walletAddresses { address description addedAt }
    withdrawalAccounts { allowedTransferTypes accounts { id kind currency } }
    transfers(first: 5) {
      totalCount
      edges { node { __typename id kind status coins at } }
      pageInfo { hasNextPage endCursor }
    }
  }
  plans { id name cost currency }
  coinPrice(currency: "AUD") { currency perCoin fetchedAt }
}
`;

const CASH_OUT = `# Cash-out: an account, a quote, then the cash-out.
# Ctrl+Enter runs the operation under the cursor.
query CashOutQuote($coins: Coins!, $country: String!) {
  cashoutCountries { country currency }
  me { cashoutAccounts { id accountNumber bank bsb currency description } }
  cashoutQuote(coins: $coins, country: $country) {
    currency
    minTransferCoins
    breakdown { coins feeCoins feeValue value valueWithFee valueWithoutFee }
  }
}

# A retry with the same idempotencyKey returns the
# first cash-out: change the key to cash out again.
mutation CashOutRequest($accountId: ID!, $coins: Coins!, $idempotencyKey: String) {
  requestCashout(
    input: { accountId: $accountId, coins: $coins, payFeeWithCoins: true, idempotencyKey: $idempotencyKey }
  ) {
    id
    status
    coins
    currency
    convertedValue
    account { id accountNumber }
    fee { coins coinsWithFee feeCoins }
  }
}
`;

const TERMINAL_SESSION = `# A retail session, as the terminal: the operator's
# session ticket and the device ticket (Headers).
# The code comes from the app (as demo-user):
#   mutation { generateRetailCode(cardId: "demo-card") }
mutation TerminalOpenSession($code: String!) {
  initRetailSession(code: $code) {
    id status timeoutSeconds coinPrice { perUnit validSeconds }
  }
}

query TerminalSession($sessionId: ID!) {
  retailSession(id: $sessionId) { ...Session }
}

# Start this first: each later step is pushed live.
subscription TerminalWatchSession($sessionId: ID!) {
  retailSessionUpdated(sessionId: $sessionId) { ...Session }
}

mutation TerminalSetAmount($sessionId: ID!, $amountValueCents: Int) {
  updateRetailSessionAsTerminal(
    sessionId: $sessionId
    update: { action: AMOUNT_SET, amountValueCents: $amountValueCents, paymentMethod: CASH }
  ) { ...Session }
}

mutation TerminalConfirmPayment($sessionId: ID!) {
  updateRetailSessionAsTerminal(sessionId: $sessionId, update: { action: PAYMENT_CONFIRM }) {
    ...Session
  }
}

fragment Session on RetailSession {
  id status statusSide expired updatedAt
  amount { valueCents paymentMethod }
  payment { valueCents coins }
  rebate { coins }
}
`;

const SUPPORT_TICKET = `# A support ticket is PENDING at once; CREATED or
# FAILED comes later (the ticket service's webhook).
# Attachments go as multipart uploads (README).
mutation SupportTicketCreate($input: CreateSupportTicketInput!) {
  createSupportTicket(input: $input) { id status issueKey kind title }
}

# With the new id as ticketId (Variables), the final
# status is pushed here live (at once if already final).
subscription SupportTicketStatus($ticketId: ID!) {
  supportTicketStatusChanged(ticketId: $ticketId) { id status issueKey failureReason updatedAt }
}

query SupportTicketRead($ticketId: ID!) {
  supportTicket(id: $ticketId) { id status issueKey failureReason createdAt updatedAt }
}
`;

/**
 * The example tab of each client flow, after the billing-plan tab. Note: the variables
 * hold the simulator's demo values (the seed's cash-out account and walked retail
 * session), so each tab runs as it stands against `npm start`.
 */
export const FLOW_EXAMPLES: readonly PlaygroundExample[] = [
  { query: HOME_SCREEN, demoHeaders: APP_USER },
  {
    query: CASH_OUT,
    variables: { coins: '1000000000000000000000', country: '036', accountId: 'f50b74b3-8605-4985-af89-20cd0adfe89d', idempotencyKey: 'playground-cashout-1' },
    demoHeaders: APP_USER,
  },
  {
    query: TERMINAL_SESSION,
    variables: {
      code: '<the code from generateRetailCode>',
      sessionId: 'urn:authenticateit:retail_connect:session:a84a4c8a-de3c-4dfd-bc62-8a563af97e38',
      amountValueCents: 1000,
    },
    demoHeaders: TERMINAL,
  },
  {
    query: SUPPORT_TICKET,
    variables: {
      input: { customerId: 'demo-customer', title: 'Card declined', description: 'My card was declined at checkout.' },
      ticketId: '<id from createSupportTicket>',
    },
    demoHeaders: APP_USER,
  },
];

const text = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * The playground's tabs: the billing-plan example first (with `ticket`), then one per flow.
 * Note: a `ticket` is given only when the gateway serves its embedded simulator, so only
 * then are the flows filled with the simulator's demo credentials; otherwise each
 * credential is a placeholder to replace.
 */
export function playgroundTabs(ticket: string | undefined): PlaygroundTab[] {
  const first: PlaygroundTab = { query: EXAMPLE_QUERY, headers: text({ authenticateit_identity_ticket: ticket ?? PLACEHOLDERS.authenticateit_identity_ticket }) };
  const flows = FLOW_EXAMPLES.map(({ query, variables, demoHeaders }) => {
    const headers = ticket === undefined
      ? Object.fromEntries(Object.keys(demoHeaders).map((name) => [name, PLACEHOLDERS[name] ?? `<${name}>`]))
      : demoHeaders;
    return { query, headers: text(headers), ...(variables && { variables: text(variables) }) };
  });
  return [first, ...flows];
}
