/** The ticket service's demo customers and deposits (DESIGN.md "Fixed names"). */

/** A customer the merchant raises tickets for. */
export interface DemoCustomer {
  /** Null: no email on file, so a ticket for them is a 400 (seed 001). */
  readonly email: string | null;
  /** The support system refuses to register their tickets: they end FAILED. */
  readonly rejected: boolean;
}

/** Customers by id. */
export const DEMO_CUSTOMERS: ReadonlyMap<string, DemoCustomer> = new Map([
  ['demo-customer', { email: 'customer@demo.test', rejected: false }],
  ['demo-customer-noemail', { email: null, rejected: false }],
  ['demo-customer-rejected', { email: 'rejected@demo.test', rejected: true }],
]);

/** A voucher on file for a deposit: attached to its review tickets automatically (seed 000). */
export interface DemoVoucher {
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}

/** Deposits by id, with their voucher when one is on file. */
export const DEMO_DEPOSITS: ReadonlyMap<string, { readonly voucher: DemoVoucher | null }> = new Map([
  ['demo-deposit', { voucher: { fileName: 'voucher-demo-deposit.pdf', contentType: 'application/pdf', size: 48_213 } }],
]);

/** The MID the demo OAuth2 client and application user act under. */
export const SERVICE_MID = 'mid-a';
