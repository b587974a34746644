/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type CashoutInput = {
  /** id of one of the user's cashout accounts */
  accountId: string | number;
  coins: string;
  idempotencyKey?: string | null | undefined;
  payFeeWithCoins?: boolean | null | undefined;
};

export type CreateSupportTicketInput = {
  /** at most 5 files, 25 MB each, 50 MB in all; jpg, jpeg, png, webp, mp4, mov, avi, webm, pdf */
  attachments?: Array<Blob> | null | undefined;
  /** must exist upstream and have an email address on file */
  customerId: string | number;
  /** for DEPOSIT_REVIEW: the deposit under review */
  depositId?: string | number | null | undefined;
  /** at most 5000 characters */
  description: string;
  kind?: SupportTicketKind | null | undefined;
  /** at most 240 characters */
  title: string;
};

export type DocumentType =
  /** Bank statement showing the transaction */
  | 'BANK_STATEMENT'
  /** Government-issued identification */
  | 'ID_DOCUMENT'
  /** Payment receipt or proof of transfer */
  | 'VOUCHER';

export type PaymentMethod =
  | 'CASH'
  | 'CASHLESS';

export type RetailSessionStatus =
  | 'AMOUNT_SET'
  | 'INIT'
  | 'PAYMENT_CONFIRM'
  | 'PAYMENT_SET'
  | 'REBATE_SET'
  | 'TERMINATE';

export type RetailSessionTerminalUpdate = {
  action: RetailTerminalAction;
  amountValueCents?: number | null | undefined;
  paymentMethod?: PaymentMethod | null | undefined;
};

export type RetailSessionUserUpdate = {
  action: RetailUserAction;
  paymentCoins?: string | null | undefined;
  /** must be null for cash sessions; validated for cashless ones */
  paymentReference?: string | null | undefined;
  paymentValueCents?: number | null | undefined;
};

export type RetailSide =
  | 'TERMINAL'
  | 'USER';

export type RetailTerminalAction =
  | 'AMOUNT_SET'
  | 'PAYMENT_CONFIRM'
  | 'TERMINATE';

export type RetailUserAction =
  | 'PAYMENT_SET'
  | 'TERMINATE';

export type SupportTicketKind =
  | 'DEPOSIT_REVIEW'
  | 'GENERAL';

export type SupportTicketStatus =
  | 'CREATED'
  | 'FAILED'
  | 'PENDING';

export type TransferKind =
  | 'CASHOUT'
  | 'COINBASE'
  | 'DEPOSIT'
  | 'ETHEREUM'
  | 'POLONIEX'
  | 'RETAIL_CONNECT'
  | 'USER_CASHBACK';

export type TransferStatus =
  | 'FAILURE'
  | 'PENDING'
  | 'SUCCESS';

export type WithdrawalAccountKind =
  | 'CASHOUT'
  | 'COINBASE'
  | 'ETHEREUM'
  | 'POLONIEX';

export type BalanceAfterCashoutQueryVariables = Exact<{ [key: string]: never; }>;


export type BalanceAfterCashoutQuery = { me: { balance: { accountCoins: string } | null, transfers: { edges: Array<{ node: { id: string, kind: TransferKind, status: TransferStatus, coins: string | null } }> } | null } };

export type CashoutAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CashoutAccountsQuery = { me: { cashoutAccounts: Array<{ id: string, country: string, bank: string | null, name: string | null, accountNumber: string, description: string | null }> | null } };

export type CashoutCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CashoutCountriesQuery = { cashoutCountries: Array<{ country: string, currency: string }> | null };

export type CashoutQuoteQueryVariables = Exact<{
  coins: string;
  country: string;
}>;


export type CashoutQuoteQuery = { cashoutQuote: { currency: string, breakdown: { coins: string | null, coinsWithFee: string | null, coinsWithoutFee: string | null, feeCoins: string, feeValue: string, gasFeeCoins: string, gasFeeValue: string, transactionFee: string, value: string, valueWithFee: string, valueWithoutFee: string } } | null };

export type RequestCashoutMutationVariables = Exact<{
  input: CashoutInput;
}>;


export type RequestCashoutMutation = { requestCashout: { id: string, kind: TransferKind, status: TransferStatus, coins: string | null, currency: string | null, convertedValue: string | null, account: { id: string, accountNumber: string } | null, fee: { coins: string | null, coinsWithFee: string | null, feeCoins: string, payFeeWithCoins: boolean | null } | null } };

export type HomeScreenQueryVariables = Exact<{
  transfers: number;
  currency: string;
}>;


export type HomeScreenQuery = { me: { balance: { totalCoins: string, accountCoins: string, addressCoins: string, feeRange: { min: string, max: string } } | null, walletAddresses: Array<{ address: string, description: string | null }> | null, withdrawalAccounts: { allowedTransferTypes: Array<string>, accounts: Array<{ id: string, kind: WithdrawalAccountKind }> } | null, transfers: { edges: Array<{ node: { id: string, kind: TransferKind, status: TransferStatus, coins: string | null, at: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }, plans: Array<{ id: string, cost: string, currency: string }> | null, coinPrice: { currency: string, perCoin: number } | null };

export type PendingCashoutsQueryVariables = Exact<{
  filter: string;
  first: number;
}>;


export type PendingCashoutsQuery = { me: { transfers: { totalCount: number | null, edges: Array<{ node: { id: string, kind: TransferKind, status: TransferStatus, coins: string | null } }> } | null } };

export type ConfirmPaymentMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type ConfirmPaymentMutation = { updateRetailSessionAsTerminal: { id: string, status: RetailSessionStatus, statusSide: RetailSide, rebate: { coins: string } | null } };

export type GenerateRetailCodeMutationVariables = Exact<{
  cardId: string | number;
}>;


export type GenerateRetailCodeMutation = { generateRetailCode: string };

export type InitRetailSessionMutationVariables = Exact<{
  code: string;
}>;


export type InitRetailSessionMutation = { initRetailSession: { id: string, status: RetailSessionStatus, statusSide: RetailSide, expired: boolean, timeoutSeconds: number, currency: string, participantId: string, userId: string } };

export type PayWithCoinsMutationVariables = Exact<{
  sessionId: string | number;
  update: RetailSessionUserUpdate;
}>;


export type PayWithCoinsMutation = { updateRetailSessionAsUser: { id: string, status: RetailSessionStatus, statusSide: RetailSide, payment: { valueCents: number, coins: string, reference: string | null, result: string | null } | null } };

export type ReadRetailSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadRetailSessionQuery = { retailSession: { id: string, status: RetailSessionStatus, statusSide: RetailSide, expired: boolean, amount: { valueCents: number, paymentMethod: PaymentMethod } | null, payment: { valueCents: number, coins: string, reference: string | null, result: string | null } | null, rebate: { coins: string } | null } | null };

export type SetAmountMutationVariables = Exact<{
  sessionId: string | number;
  update: RetailSessionTerminalUpdate;
}>;


export type SetAmountMutation = { updateRetailSessionAsTerminal: { id: string, status: RetailSessionStatus, statusSide: RetailSide, amount: { valueCents: number, paymentMethod: PaymentMethod } | null } };

export type CreateSupportTicketMutationVariables = Exact<{
  input: CreateSupportTicketInput;
}>;


export type CreateSupportTicketMutation = { createSupportTicket: { id: string, status: SupportTicketStatus, issueKey: string | null, kind: SupportTicketKind, customerId: string | null, title: string | null, description: string | null, uploadedDocuments: Array<{ type: DocumentType | null, fileName: string, contentType: string | null, size: number | null }> } };

export type SupportTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type SupportTicketQuery = { supportTicket: { id: string, status: SupportTicketStatus, issueKey: string | null, kind: SupportTicketKind, title: string | null, failureReason: string | null, uploadedDocuments: Array<{ type: DocumentType | null, fileName: string, contentType: string | null, size: number | null }> } | null };

export type SupportTicketStatusSubscriptionVariables = Exact<{
  ticketId: string | number;
}>;


export type SupportTicketStatusSubscription = { supportTicketStatusChanged: { id: string, status: SupportTicketStatus, issueKey: string | null, failureReason: string | null } };
