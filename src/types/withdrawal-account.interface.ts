import { Field, ID, InterfaceType, registerEnumType } from 'type-graphql';

/** The kind of a withdrawal account: the upstream `type` without its `_account` suffix. */
export enum WithdrawalAccountKind {
  CASHOUT = 'CASHOUT',
  COINBASE = 'COINBASE',
  ETHEREUM = 'ETHEREUM',
  POLONIEX = 'POLONIEX',
}

registerEnumType(WithdrawalAccountKind, { name: 'WithdrawalAccountKind' });

/** The graph type of each account kind; mappers return plain objects, so `kind` decides. */
const TYPE_BY_KIND: Readonly<Record<WithdrawalAccountKind, string>> = {
  [WithdrawalAccountKind.CASHOUT]: 'CashoutAccount',
  [WithdrawalAccountKind.COINBASE]: 'CoinbaseAccount',
  [WithdrawalAccountKind.ETHEREUM]: 'EthereumWithdrawalAccount',
  [WithdrawalAccountKind.POLONIEX]: 'PoloniexAccount',
};

/** The graph type of a withdrawal account, by its kind. Note: synchronous; see src/schema.ts for why that matters. */
export function withdrawalAccountTypeName(account: { kind: WithdrawalAccountKind }): string {
  return TYPE_BY_KIND[account.kind];
}

/** Somewhere coins can be withdrawn to, one implementing type per kind. */
@InterfaceType({ resolveType: withdrawalAccountTypeName })
export abstract class WithdrawalAccount {
  @Field(() => ID) id!: string;
  @Field(() => WithdrawalAccountKind) kind!: WithdrawalAccountKind;
  @Field(() => String, { nullable: true }) currency!: string | null;
}
