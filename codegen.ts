/**
 * GraphQL Code Generator: the committed schema plus the documented example operations
 * (docs/operations) → TypeScript types of their variables and answers, for front-end teams
 * to copy. `npm run codegen` writes docs/generated/operations.ts; `npm run codegen:check`
 * (scripts/codegen-check.mjs) fails when the committed file is stale.
 *
 * Note: typescript-operations 6 emits the enums and input types the operations use on its
 * own, so the `typescript` plugin (every type of the schema, ~1800 lines) is left out.
 * Note: the CLI reads this file's default export; the house rule of named exports yields here.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Where the committed types live (scripts/codegen-check.mjs reads the same path). */
export const GENERATED_OPERATIONS = 'docs/generated/operations.ts';

/**
 * The custom scalars as a client holds them. Money and coin amounts are strings on the wire
 * (digit for digit: a Coins value does not fit a double) and must stay strings.
 */
const scalars = {
  Coins: 'string',
  Decimal: 'string',
  DateTime: 'string',
  Date: 'string',
  EthereumAddress: 'string',
  Upload: 'Blob',
  JSON: 'unknown',
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['docs/operations/**/*.graphql'],
  generates: {
    [GENERATED_OPERATIONS]: {
      plugins: ['typescript-operations'],
      config: {
        // A scalar missing from the map fails the run instead of turning into `any`.
        strictScalars: true,
        scalars,
        enumType: 'string-literal',
        // One object type per selection, not one identical member per type of an interface.
        mergeFragmentTypes: true,
      },
    },
  },
};

export default config;
