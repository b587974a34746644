/**
 * What demo-user's home screen and history show, written out from seed 003's
 * examples (balance, addresses, withdrawal accounts, transfer history, coin
 * conversion) as the simulator serves them; not computed by any contender.
 */

const TR = 'urn:authenticateit:transaction_request:';

/** The seed's history, newest first: id (without the URN prefix where it has one), kind, status. */
const HISTORY: Array<[string, string, string]> = [
  [`${TR}1fe053e1-8cf4-4371-a8bc-312c0d65a00b`, 'POLONIEX', 'FAILURE'],
  [`${TR}8c8ae4f9-adbe-43c4-a4c7-2fe0622ffb10`, 'USER_CASHBACK', 'PENDING'],
  [`${TR}8c8ae4f9-adbe-43c4-a4c7-2fe0622ffb10`, 'USER_CASHBACK', 'SUCCESS'],
  [`${TR}08650dfa-ac5c-44e9-960a-ad3ad2f717fc`, 'CASHOUT', 'PENDING'],
  [`${TR}61538c96-7f7c-492d-90ed-a6cd8efca19d`, 'CASHOUT', 'PENDING'],
  [`${TR}9ab1b8e4-307c-44cd-8f42-49220dfb396e`, 'CASHOUT', 'SUCCESS'],
  // Note: `type: null` is an ethereum transfer (the seed's older records).
  [`${TR}a0ba1883-cbec-4a2c-9659-9a8b0aa7cd3a`, 'ETHEREUM', 'SUCCESS'],
  ['297eb890-bfda-4500-97ba-7c04c795271a', 'DEPOSIT', 'SUCCESS'],
  ['00ad7965-320a-4772-8f0a-4a8eae6025fb', 'DEPOSIT', 'SUCCESS'],
];

const edges = (rows: Array<[string, string, string]>) => rows.map(([id, kind, status]) => ({ node: { id, kind, status } }));

/** `me { transfers(first: 5) { edges { node { id kind status } } } }`. */
export const expectedFirstFive = { edges: edges(HISTORY.slice(0, 5)) };

/** `filter: "kind:cashout OR status:pending"`, first 20: the history's matches in its order. */
export const expectedCashoutOrPending = {
  edges: edges(HISTORY.filter(([, kind, status]) => kind === 'CASHOUT' || status === 'PENDING')),
};

/** `balance { totalCoins }`: total_coins, digit for digit. */
export const expectedBalance = { totalCoins: '12060999999999999999934' };

/** `walletAddresses { address }`. */
export const expectedAddresses = [{ address: '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2' }];

/** `withdrawalAccounts { allowedTransferTypes accounts { id kind } }`, in the upstream's order. */
export const expectedWithdrawalAccounts = {
  allowedTransferTypes: ['coinbase', 'cashout', 'poloniex'],
  accounts: [
    { id: '80bc50eb-246a-5f8c-91f1-33dd27d6e519', kind: 'COINBASE' },
    { id: '1d1af3aa-5d62-49d5-a0d7-9e1a3f34c365', kind: 'CASHOUT' },
    { id: 'f50b74b3-8605-4985-af89-20cd0adfe89d', kind: 'CASHOUT' },
    { id: '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2', kind: 'ETHEREUM' },
    { id: '48d8909fbf42cc6bbed4dd47eeaf203cb2a65634', kind: 'POLONIEX' },
    { id: '69b83263fbdbaa4ebf49d59ea98540a3ce77be96', kind: 'POLONIEX' },
    { id: '1a8d8468d1ae2ec10c5233481d2b66ca233eb938', kind: 'POLONIEX' },
  ],
};

/** `coinPrice(currency: "AUD") { currency perCoin }`: GET /rewards/convert/coins for one whole coin. */
export const expectedCoinPrice = { currency: 'AUD', perCoin: 0.00024 };
