import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runToEnd } from './processes.js';

/** Newest modification time (ms) of any file under `dir`, 0 when there is none. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function mtimeOrZero(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Builds the gateway (`npm run build`) when dist/src/index.js is missing or
 * older than src/. Note: tsc's incremental build leaves unchanged outputs
 * untouched, so the build-info file's time counts as "built" too.
 */
export async function ensureGatewayBuilt(root: string): Promise<void> {
  const entry = path.join(root, 'dist/src/index.js');
  const built = Math.max(mtimeOrZero(entry), mtimeOrZero(path.join(root, 'dist/.tsbuildinfo')));
  if (mtimeOrZero(entry) > 0 && built >= newestMtime(path.join(root, 'src'))) return;
  console.log('building the gateway (npm run build)…');
  const code = await runToEnd('npm', ['run', 'build', '--silent'], root, 300_000);
  if (mtimeOrZero(entry) === 0) throw new Error(`npm run build exited ${code} and wrote no ${entry}`);
  // tsc emits despite type errors; a stale-looking but runnable build is still worth measuring.
  if (code !== 0) console.warn(`warning: npm run build exited ${code}; measuring what it emitted`);
}
