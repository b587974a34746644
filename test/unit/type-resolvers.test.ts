import { isAbstractType, isInterfaceType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../../src/schema.js';
import { TransferKind } from '../../src/types/transfer.enums.js';
import { WithdrawalAccountKind } from '../../src/types/withdrawal-account.interface.js';

describe("interfaces tell their values' graph types synchronously", () => {
  it('every kind of transfer and of withdrawal account gets the name of a type that implements the interface, not a promise', async () => {
    const schema = await buildGatewaySchema();
    const cases = [
      ['Transfer', Object.values(TransferKind)],
      ['WithdrawalAccount', Object.values(WithdrawalAccountKind)],
    ] as const;
    for (const [name, kinds] of cases) {
      const type = schema.getType(name);
      if (!isInterfaceType(type)) throw new Error(`${name} renamed?`);
      const implementations = schema.getPossibleTypes(type).map((t) => t.name);
      for (const kind of kinds) {
        // Note: TypeGraphQL's own wrapper returns a promise, which costs graphql-js a microtask per list item.
        const resolved = type.resolveType!({ kind }, {}, {} as GraphQLResolveInfo, type);
        expect(typeof resolved, `${name} ${kind}`).toBe('string');
        expect(implementations).toContain(resolved);
      }
      expect(new Set(kinds.map((kind) => type.resolveType!({ kind }, {}, {} as GraphQLResolveInfo, type))).size).toBe(implementations.length);
    }
  });

  it('the schema has no other abstract type (a new one needs its entry in SYNC_TYPE_RESOLVERS)', async () => {
    const schema = await buildGatewaySchema();
    const abstract = Object.values(schema.getTypeMap()).filter((t) => isAbstractType(t) && !t.name.startsWith('__')).map((t) => t.name);
    expect(abstract.sort()).toEqual(['Transfer', 'WithdrawalAccount']);
  });
});
