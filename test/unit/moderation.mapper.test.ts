import { describe, expect, it } from 'vitest';
import { moderatedTransfersResponse, transferReviewResponse } from '../../sim/fixtures/moderation.fixture.js';
import type { ModeratedTransferPageDto } from '../../src/datasources/payments/moderation.dto.js';
import { isApprovalOptionsDto, isModeratedTransferPageDto } from '../../src/datasources/payments/moderation.guards.js';
import type { TransferReviewDto } from '../../src/datasources/payments/transfer-review.dto.js';
import { isTransferReviewDto } from '../../src/datasources/payments/transfer-review.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toModeratedTransferPage } from '../../src/mappers/moderated-transfer.mapper.js';
import { toApprovalMode, toApprovalOptions, toModerationQuery } from '../../src/mappers/moderation-query.mapper.js';
import { toTransferReview } from '../../src/mappers/transfer-review.mapper.js';
import { ApprovalMode, ModerationStatus, TransferProvider } from '../../src/types/moderation.enums.js';

const page = parseLosslessJson(moderatedTransfersResponse) as ModeratedTransferPageDto;
const review = parseLosslessJson(transferReviewResponse) as TransferReviewDto;
const badInput = expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } });

describe('approval modes', () => {
  it('maps manual_approve active/inactive both ways', () => {
    expect(toApprovalMode({ manual_approve: 'active' })).toBe(ApprovalMode.MANUAL);
    expect(toApprovalMode({ manual_approve: 'inactive' })).toBe(ApprovalMode.AUTOMATIC);
    expect(toApprovalOptions(ApprovalMode.MANUAL)).toEqual({ manual_approve: 'active' });
    expect(isApprovalOptionsDto({ manual_approve: 'on' })).toBe(false);
  });
});

describe('toModerationQuery', () => {
  it("sends the seed's names: filters, newest first by default, ts order, limit and offset", () => {
    expect(toModerationQuery(null, { newestFirst: null, first: null, offset: null })).toEqual({ order_type: 'desc', order_by: 'ts', limit: 10, offset: 0 });
    const filter = {
      userId: 'urn:authenticateit:user:email:email@gmail.com',
      accountEmail: 'v@gmail.com',
      from: '2022-05-01T04:23:56Z',
      to: '2022-06-01T00:00:00Z',
      statuses: [ModerationStatus.PENDING, ModerationStatus.AUTO_APPROVED, ModerationStatus.PENDING],
      providers: [TransferProvider.COINBASE],
    };
    expect(toModerationQuery(filter, { newestFirst: false, first: 100, offset: 5 })).toEqual({
      user_id: 'urn:authenticateit:user:email:email@gmail.com',
      account_email: 'v@gmail.com',
      ts_from: '2022-05-01T04:23:56Z',
      ts_to: '2022-06-01T00:00:00Z',
      status: ['pending', 'auto_approved'],
      type: ['coinbase'],
      order_type: 'asc',
      order_by: 'ts',
      limit: 100,
      offset: 5,
    });
    // An empty list filters nothing.
    expect(toModerationQuery({ statuses: [], providers: [] }, { newestFirst: true, first: 1, offset: 0 })).not.toHaveProperty('status');
  });

  it('refuses, as BAD_USER_INPUT, first outside 1..100, a negative offset, from after to, a bad email or id', () => {
    const paging = { newestFirst: true, first: 10, offset: 0 };
    expect(() => toModerationQuery(null, { ...paging, first: 101 })).toThrow(badInput);
    expect(() => toModerationQuery(null, { ...paging, first: 0 })).toThrow(badInput);
    expect(() => toModerationQuery(null, { ...paging, offset: -1 })).toThrow(badInput);
    expect(() => toModerationQuery({ from: '2022-06-01T00:00:00Z', to: '2022-05-01T00:00:00.123456789Z' }, paging)).toThrow(badInput);
    expect(() => toModerationQuery({ accountEmail: 'not-an-email' }, paging)).toThrow(badInput);
    expect(() => toModerationQuery({ userId: 'has space' }, paging)).toThrow(badInput);
  });
});

describe('toModeratedTransferPage on the seed example', () => {
  it('gives count as the total, at most `limit` items, every field, the service response as sent', () => {
    expect(isModeratedTransferPageDto(page)).toBe(true);
    const all = toModeratedTransferPage(page, 100);
    expect(all.totalCount).toBe(5);
    expect(all.items).toHaveLength(7);
    expect(all.items[1]).toEqual({
      id: 'urn:authenticateit:transaction_request:695dea5b-d3cf-4538-b18c-8ff10a6b1e62:manual',
      requestId: 'urn:authenticateit:transaction_request:695dea5b-d3cf-4538-b18c-8ff10a6b1e62',
      provider: 'POLONIEX',
      status: 'MANUAL_APPROVED',
      requestStatus: 'FAILURE',
      at: '2023-02-13T23:47:38Z',
      user: { id: 'urn:authenticateit:user:email:shping:505948c8-a993-40f2-b941-30fb2d95afb5', email: 'ikleeen+813@gmail.com', firstName: 'Iii', lastName: null, country: null, level: null, phone: null, photo: null },
      accountEmail: null,
      accountNumber: '9f8e166a35a20dff1c2e92f506b1d76f95ab48cf',
      accountAddress: '0xC306c35423c6EB246C545B9F3F4B6a18cE29290d',
      audAmount: 0.0477066356,
      audFeeAmount: 0,
      coins: '6476600000000000000',
      coinsFee: '0',
      serviceResponse: { errors: { errors: [{ id: 'internal_error', message: 'ERROR_1' }], httpStatus: 500 }, status: 'failure' },
    });
    // The seed answers limit 1 with seven entries: the page shows one.
    expect(toModeratedTransferPage(page, 1).items).toHaveLength(1);
    // An entry without a service response has null; the last one's key is absent.
    expect(all.items.map((i) => i.serviceResponse === null)).toEqual([true, false, true, false, false, true, true]);
  });

  it('leaves out a transfer to an unknown provider; refuses an unknown moderation status', () => {
    const other = { ...page.data[0]!, type: 'paypal' };
    const withOther = { ...page, data: [other, ...page.data] };
    expect(isModeratedTransferPageDto(withOther)).toBe(true);
    expect(toModeratedTransferPage(withOther, 100).items).toHaveLength(7);
    expect(isModeratedTransferPageDto({ ...page, data: [{ ...page.data[0]!, status: 'escalated' }] })).toBe(false);
  });
});

describe('toTransferReview on the seed example', () => {
  it('maps the request, its user and limits, and the history through the Transfer mappers', () => {
    expect(isTransferReviewDto(review)).toBe(true);
    const mapped = toTransferReview(review);
    expect(mapped.request).toMatchObject({
      id: 'urn:authenticateit:transaction_request:58ae8e28-72ae-4152-b0e0-358d486ae88e:manual',
      transferId: 'urn:authenticateit:transaction_request:58ae8e28-72ae-4152-b0e0-358d486ae88e',
      action: 'user_coinbase',
      status: 'manual_rejected',
      statusAt: '2022-05-02T08:01:53Z',
      at: '2022-05-02T06:02:14Z',
      coins: '100000000000000000',
      profileCoins: '578806463600000000000000',
      owner: 'urn:authenticateit:user:email:email@gmail.com',
      moderatorId: 'urn:authenticateit:user:email:system@authenticateit.com',
      coinPrices: [
        { currency: 'AUD', perUnit: 2.717391304347826e-22 },
        { currency: 'SGD', perUnit: 2.684510869565217e-22 },
        { currency: 'USD', perUnit: 1.942391304347826e-22 },
      ],
    });
    expect(mapped.request.fee).toMatchObject({ gasCoins: '137000000000000000000', payFeeWithCoins: true, feeValue: '0' });
    expect(mapped.user).toEqual({
      id: 'urn:authenticateit:user:email:email@gmail.com',
      email: 'email@gmail.com',
      firstName: 'user1',
      lastName: 'surname1',
      country: '036',
      level: 'basic',
      phone: '+6111111111',
      photo: 'https://dev-cdn.shping.com/2019/3/6/c5809b6f-3b0d-4d7c-8b43-14ff20edbffa',
    });
    expect(mapped.limits).toEqual({
      currency: 'AUD',
      level: 'basic',
      boostedValue: 0,
      historyValue: 14.38771953735535,
      maxLevelValue: 20,
      recordValue: 2.7173913043478e-5,
      totalMaxLevelValue: 70,
      from: '2022-04-30T14:00:00Z',
      to: '2022-05-31T14:00:00Z',
    });
    expect(mapped.history.map((t) => [t.kind, t.status])).toEqual([
      ['POLONIEX', 'FAILURE'],
      ['COINBASE', 'PENDING'],
      ['CASHOUT', 'SUCCESS'],
    ]);
    // The cash-out record's account has no id: it maps to a null account.
    expect(mapped.history[2]).toMatchObject({ account: null, currency: 'AUD', convertedValue: '0.7' });
  });

  it('maps the history on first read only, and once', () => {
    // A date that only looks real fails its own mapping: a review whose history is not read never meets it.
    const broken = { ...review, history: [{ ...(review.history[0] as object), ts: '2018-02-30T00:00:00Z' }] } as TransferReviewDto;
    const mapped = toTransferReview(broken);
    expect(mapped.limits.level).toBe('basic');
    expect(() => mapped.history).toThrow(/without a time/);
    const fine = toTransferReview(review);
    expect(fine.history).toBe(fine.history);
  });
});
