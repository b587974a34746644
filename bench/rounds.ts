import type { RunningContender } from './contenders.js';
import { runLoad } from './load.js';
import { validationKey } from './report.js';
import type { Settings } from './settings.js';
import { upstreamPerOp, type RunRecord } from './stats.js';
import type { RunningUpstream } from './upstream-process.js';
import { requestBody, requestHeaders, WORKLOADS } from './workloads.js';

/** `list` rotated left by `by`: round r starts with a different contender, so no one always runs first. */
function rotate<T>(list: readonly T[], by: number): T[] {
  const n = by % Math.max(list.length, 1);
  return [...list.slice(n), ...list.slice(0, n)];
}

/** What the rounds measured, and what went wrong on the way. */
export interface RoundsOutcome {
  records: RunRecord[];
  notes: string[];
}

/**
 * Interleaved rounds: each round runs every contender × workload once, in an
 * order rotated from round to round, so that drift on a shared machine (other
 * load, thermal state) spreads over all contenders instead of hitting one.
 * A contender that dies is noted and skipped, and the others still run.
 */
export async function runRounds(
  settings: Settings,
  contenders: RunningContender[],
  upstream: RunningUpstream,
  references: Map<string, string>,
  redisPid: number | undefined,
): Promise<RoundsOutcome> {
  const records: RunRecord[] = [];
  const notes: string[] = [];
  const dead = new Set<string>();
  for (let round = 0; round < settings.rounds; round++) {
    for (const contender of rotate(contenders, round)) {
      for (const workload of rotate(WORKLOADS, round)) {
        if (contender.child.exitCode() !== null) {
          if (!dead.has(contender.name)) {
            notes.push(
              `${contender.name} exited (${String(contender.child.exitCode())}) during the run; its later runs were skipped. ` +
                `Its last output:\n\n\`\`\`\n${contender.child.tail().slice(-1500)}\n\`\`\``,
            );
          }
          dead.add(contender.name);
          continue;
        }
        const reference = references.get(validationKey(contender.name, workload.name));
        const result = await runLoad({
          url: contender.graphqlUrl,
          body: requestBody(workload),
          headers: requestHeaders(),
          connections: settings.connections,
          durationSec: settings.durationSec,
          warmupSec: settings.warmupSec,
          ...(reference === undefined ? {} : { expectBody: reference }),
          statsUrl: upstream.statsUrl,
          pids: [contender.child.pid, upstream.pid, ...(redisPid === undefined ? [] : [redisPid])],
        });
        records.push({ contender: contender.name, workload: workload.name, round, result });
        const calls = Object.entries(upstreamPerOp(result))
          .map(([route, n]) => `${n.toFixed(2)} ${route}`)
          .join(', ');
        console.log(
          `round ${round + 1}/${settings.rounds} ${contender.name.padEnd(8)} ${workload.name.padEnd(11)} ` +
            `${result.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  ` +
            `non-2xx ${result.non2xx}  errors ${result.errors}  wrong ${result.verified ? result.mismatches : 'n/a'}  upstream/op: ${calls || '0'}`,
        );
        if (result.firstMismatch !== undefined) console.log(`  first wrong body: ${result.firstMismatch}`);
      }
    }
  }
  return { records, notes };
}
