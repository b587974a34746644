import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { toMerchantContext, toMerchantSession } from '../mappers/merchant.mapper.js';
import { MerchantContext, MerchantSession } from '../types/merchant.type.js';

/** The cookie seed 000 names; browsers get the token in it, HttpOnly. */
const MERCHANT_COOKIE = 'BEARER_TOKEN';

function bounded(name: string, value: string, max: number): string {
  if (value === '' || value.length > max || !value.isWellFormed()) throw new BadUserInputError(`"${name}" must be 1 to ${max} characters.`);
  return value;
}

/** The merchant panel of seed 000: login, logout, switching MID, the current context. */
@Resolver()
export class MerchantResolver {
  @Query(() => MerchantContext, { nullable: true, description: 'The merchant-panel context of the current merchant session, null when not logged in.' })
  async merchant(@Ctx() { tickets }: GatewayContext): Promise<MerchantContext | null> {
    const context = await tickets.merchant.getContext();
    return context && toMerchantContext(context);
  }

  @Mutation(() => MerchantSession, { description: 'Merchant-panel Login Endpoint: email and password; the token expires 15 minutes after its last use.' })
  async merchantLogin(
    @Ctx() { tickets, cookies, loginAttempts }: GatewayContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<MerchantSession> {
    const account = bounded('email', email.trim(), 254);
    const secret = bounded('password', password, 1024);
    await loginAttempts.take(account);
    const session = toMerchantSession(await tickets.merchant.login(account, secret), new Date());
    cookies.set(MERCHANT_COOKIE, session.token);
    return session;
  }

  @Mutation(() => Boolean, { description: 'Merchant-panel Logout Endpoint.' })
  async merchantLogout(@Ctx() { tickets, cookies }: GatewayContext): Promise<boolean> {
    await tickets.merchant.logout();
    cookies.clear(MERCHANT_COOKIE);
    return true;
  }

  @Mutation(() => MerchantContext, { description: 'Switch Context: every later ticket call works under this MID.' })
  async switchMerchantContext(@Ctx() { tickets }: GatewayContext, @Arg('mid', () => ID) mid: string): Promise<MerchantContext> {
    return toMerchantContext(await tickets.merchant.switchContext(bounded('mid', mid, 128)));
  }
}
