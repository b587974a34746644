import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Note: vite would pick graphql's ESM build for our files while type-graphql, loaded by
    // node, gets the CommonJS one; two copies of graphql break its instanceof checks.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Each file starts its own simulator and gateway on free ports: files are isolated.
    pool: 'forks',
  },
});
