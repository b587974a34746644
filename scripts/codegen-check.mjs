/**
 * Fails when docs/generated/operations.ts is not what codegen.ts makes of the committed
 * schema and the docs' operations today: generates in memory (nothing is written) and
 * compares with the committed file. `npm run codegen` refreshes it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What codegen would write, by path relative to the repository root. */
export async function generatedFiles() {
  const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.ts') });
  const outputs = await generate({ ...config, cwd: root, silent: true }, false);
  return new Map(outputs.map(({ filename, content }) => [path.relative(root, path.resolve(root, filename)), content]));
}

/** The paths whose committed text differs from what codegen makes (missing counts as different). */
export async function staleFiles() {
  const stale = [];
  for (const [file, content] of await generatedFiles()) {
    let committed;
    try {
      committed = readFileSync(path.join(root, file), 'utf8');
    } catch {
      committed = undefined;
    }
    if (committed !== content) stale.push(file);
  }
  return stale;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const stale = await staleFiles();
  if (stale.length > 0) {
    process.stderr.write(`${stale.join(', ')} is stale: run \`npm run codegen\` and commit the result.\n`);
    process.exit(1);
  }
  process.stdout.write('docs/generated/operations.ts is current.\n');
}
