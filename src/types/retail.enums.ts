import { registerEnumType } from 'type-graphql';

/** The step a retail session is at (upstream `status`, upper-cased). */
export enum RetailSessionStatus {
  INIT = 'INIT',
  AMOUNT_SET = 'AMOUNT_SET',
  PAYMENT_SET = 'PAYMENT_SET',
  PAYMENT_CONFIRM = 'PAYMENT_CONFIRM',
  REBATE_SET = 'REBATE_SET',
  TERMINATE = 'TERMINATE',
}

/** Who made a change to a retail session. */
export enum RetailSide {
  USER = 'USER',
  TERMINAL = 'TERMINAL',
}

/** How the rest of a retail bill is paid. */
export enum PaymentMethod {
  CASH = 'CASH',
  CASHLESS = 'CASHLESS',
}

/** The steps an app user may take on a session. */
export enum RetailUserAction {
  PAYMENT_SET = 'PAYMENT_SET',
  TERMINATE = 'TERMINATE',
}

/** The steps a terminal may take on a session. */
export enum RetailTerminalAction {
  AMOUNT_SET = 'AMOUNT_SET',
  PAYMENT_CONFIRM = 'PAYMENT_CONFIRM',
  TERMINATE = 'TERMINATE',
}

registerEnumType(RetailSessionStatus, { name: 'RetailSessionStatus' });
registerEnumType(RetailSide, { name: 'RetailSide' });
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });
registerEnumType(RetailUserAction, { name: 'RetailUserAction' });
registerEnumType(RetailTerminalAction, { name: 'RetailTerminalAction' });
