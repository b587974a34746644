import { describe, expect, it } from 'vitest';
import { initSessionResponse, readSessionsResponse } from '../../sim/fixtures/retail-session-init.fixture.js';
import { sessionInitStatusResponse } from '../../sim/fixtures/retail-session-read.fixture.js';
import { sessionRebateSetResponse } from '../../sim/fixtures/retail-session-rebate-set.fixture.js';
import { userTerminateResponse } from '../../sim/fixtures/retail-terminate.fixture.js';
import type { RetailSessionDto } from '../../src/datasources/payments/retail.dto.js';
import { isRetailSessionDto, isRetailSessionListDto } from '../../src/datasources/payments/retail.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { isFinalRetailSession, toRetailSession } from '../../src/mappers/retail-session.mapper.js';

const dto = (text: string): RetailSessionDto => {
  const parsed = parseLosslessJson(text);
  expect(isRetailSessionDto(parsed)).toBe(true);
  return parsed as RetailSessionDto;
};

describe('toRetailSession on the seed examples', () => {
  it('gives the rebate_set example its typed statuses, nanosecond times as sent, coins digit for digit', () => {
    const session = toRetailSession(dto(sessionRebateSetResponse));
    expect(session).toMatchObject({
      id: 'urn:authenticateit:retail_connect:session:a84a4c8a-de3c-4dfd-bc62-8a563af97e38',
      status: 'REBATE_SET',
      statusSide: 'TERMINAL',
      currency: 'AUD',
      coinPrice: { perUnit: 6.145e-21, validSeconds: 120, at: '2023-05-02T03:07:31Z' },
      createdAt: '2023-05-02T02:57:29Z',
      updatedAt: '2023-05-02T02:57:29Z',
      expired: false,
      timeoutSeconds: 1800,
      deviceId: '735879621218609:a5ed8e8f-98bc-4c6a-a00a-2222db146808',
      operatorId: 'urn:authenticateit:user:email:ethertest3@mailinator.com',
      amount: { valueCents: 1000, paymentMethod: 'CASH', at: '2023-05-02T03:04:58.413407298Z' },
      payment: {
        valueCents: 934,
        coins: '158000000000000000000',
        reference: null,
        result: 'success',
        transactionId: 'urn:authenticateit:transaction_request:01edf3af-2a91-4f57-95cf-48753ad15cdc',
        at: '2023-05-02T03:09:17.296505840Z',
      },
      confirmedAt: '2023-05-02T03:16:14.467349388Z',
      rebate: { coins: '244100800000000000000', at: '2023-05-02T03:16:14.467381530Z' },
      terminatedAt: null,
    });
    expect(isFinalRetailSession(dto(sessionRebateSetResponse))).toBe(true);
  });

  it('gives an init session no steps, and keeps the price 6.1479999999999994e-21 as the double it is', () => {
    const session = toRetailSession(dto(sessionInitStatusResponse));
    expect(session).toMatchObject({ status: 'INIT', amount: null, payment: null, confirmedAt: null, rebate: null, terminatedAt: null });
    expect(session.coinPrice?.perUnit).toBe(6.1479999999999994e-21);
    expect(isFinalRetailSession(dto(sessionInitStatusResponse))).toBe(false);
  });

  it('maps the loyalty program: levels joined with their rebate, `purchases` and `value_aud` kept', () => {
    const program = toRetailSession(dto(initSessionResponse)).loyaltyProgram!;
    expect(program).toMatchObject({ id: '14abbf9c-7883-4aef-89b9-7310c320ef8d', name: 'NovaStore', bgColor: '#ED1010', country: '036', userLevel: 'casual' });
    expect(program.coinPaymentsRule).toEqual({ type: 'currency_value', currencyValue: 2 });
    expect(program.levels.map((l) => [l.id, l.rebatePercent])).toEqual([['casual', 15], ['regular', 25], ['vip', 33]]);
    expect(program.levels[1]!.rules).toEqual([
      { type: 'purchases_count', purchases: 22, spends: null, valueAud: null, periodDays: 9 },
      { type: 'spends', purchases: null, spends: null, valueAud: 60, periodDays: 21 },
    ]);
  });

  it('gives a terminated session its end, and a program without a coin rule null', () => {
    const session = toRetailSession(dto(userTerminateResponse));
    expect(session).toMatchObject({ status: 'TERMINATE', statusSide: 'USER', currency: 'USD', terminatedAt: '2023-04-12T06:40:07.540435609Z' });
    expect(session.loyaltyProgram?.coinPaymentsRule).toBeNull();
  });

  it('reads the list example, whose price is written 6.15E-21', () => {
    const list = parseLosslessJson(readSessionsResponse);
    expect(isRetailSessionListDto(list)).toBe(true);
    expect(toRetailSession((list as RetailSessionDto[])[0]!).coinPrice?.perUnit).toBe(6.15e-21);
  });
});

describe('the session guard and mapper refuse what the graph cannot say', () => {
  const base = () => parseLosslessJson(sessionRebateSetResponse) as Record<string, any>;

  it('refuses an unknown status, a fractional coin amount and a missing user', () => {
    expect(isRetailSessionDto({ ...base(), status: 'refunded' })).toBe(false);
    const fractional = base();
    fractional.statuses.rebate_set.coins_rebate = '1.5';
    expect(isRetailSessionDto(fractional)).toBe(false);
    const { user_id: _, ...anonymous } = base();
    expect(isRetailSessionDto(anonymous)).toBe(false);
  });

  it('keeps coins beyond 2^53 exact when the upstream sends them as JSON numbers', () => {
    const text = sessionRebateSetResponse.replace('"coins_rebate": "244100800000000000000"', '"coins_rebate": 244100800000000000001');
    expect(toRetailSession(dto(text)).rebate?.coins).toBe('244100800000000000001');
  });

  it('reports an unreadable step time or an amount beyond Int as the upstream fault', () => {
    const badTime = base();
    badTime.statuses.payment_confirm.ts = '2023-02-30T00:00:00Z';
    expect(() => toRetailSession(badTime as RetailSessionDto)).toThrow(/unreadable/);
    const huge = base();
    huge.statuses.amount_set.amount_value = 2 ** 31;
    expect(() => toRetailSession(huge as RetailSessionDto)).toThrow(/not an Int/);
  });
});
