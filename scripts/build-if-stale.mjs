// Builds dist/ (tsc, then the GraphiQL bundle) unless it is newer than every source file, so that `npm start`
// on a fresh checkout builds once and later starts take no compile time.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist/.tsbuildinfo');
const playground = join(root, 'dist/playground/graphiql.js');

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = ['src', 'sim', 'playground', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((p) => join(root, p)).filter(existsSync);
const built = [stamp, playground].every(existsSync) ? Math.min(statSync(stamp).mtimeMs, statSync(playground).mtimeMs) : 0;
if (Math.max(...sources.map(newest)) > built) {
  process.stdout.write('Building dist/ (first start or sources changed)…\n');
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts/copy-sim-data.mjs')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts/build-playground.mjs')], { stdio: 'inherit' });
}
