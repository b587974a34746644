import { describe, expect, it } from 'vitest';
import { computeRatios, formatRatios } from '../../bench/report.js';
import { evaluateTargets, formatScale, scaleCurves } from '../../bench/report-targets.js';
import type { Summary } from '../../bench/stats.js';

/** A run summary with only what the verdicts read set. */
function summary(contender: string, workload: string, fields: Partial<Summary> = {}): Summary {
  return {
    contender,
    workload,
    latencyMs: 20,
    runs: 3,
    reqPerSec: 100,
    p50: 50,
    p99: 100,
    non2xx: 0,
    errors: 0,
    mismatches: 0,
    upstreamPerOp: {},
    cpuMsPerOp: 1,
    cpuShare: 1,
    simCpuShare: 0,
    redisCpuShare: Number.NaN,
    loadCpuShare: 0,
    peakRssMb: 100,
    redisPerOp: Number.NaN,
    redisPerOpByCommand: {},
    ...fields,
  };
}

const curve = (contender: string, [c10, c50, c100]: [number, number, number]) => [
  summary(contender, 'W6-10', { cpuMsPerOp: c10 }),
  summary(contender, 'W6-50', { cpuMsPerOp: c50 }),
  summary(contender, 'W6-100', { cpuMsPerOp: c100 }),
];

describe('benchmark verdicts', () => {
  it('W6: a straight line is linear; a middle point below the line is a hot spot, above it a flattening', () => {
    const curves = scaleCurves([...curve('straight', [1, 1.4, 1.9]), ...curve('hot', [1, 1.1, 3]), ...curve('flat', [1.35, 1.65, 1.67])], 20);
    const by = Object.fromEntries(curves.map((c) => [c.contender, c]));
    expect(by['straight']).toMatchObject({ linear: true });
    expect(by['straight']!.bend).toBeUndefined();
    expect(by['hot']).toMatchObject({ linear: false, bend: 'below' });
    expect(by['flat']).toMatchObject({ linear: false, bend: 'above' });
    const table = formatScale(curves);
    expect(table).toContain('no (N=50 below the line: hot spot)');
    expect(table).toContain('no (N=50 above the line: flattening)');
  });

  it('W5: two SETs an operation read as one awaited round trip; any other command leaves it unknown', () => {
    const w5 = (byCommand: Record<string, number>) =>
      evaluateTargets([summary('ours', 'W5', { redisPerOp: Object.values(byCommand).reduce((a, b) => a + b, 0), redisPerOpByCommand: byCommand })], 20, undefined).find((t) =>
        t.target.startsWith('W5 idempotency'),
      )!;
    expect(w5({ set: 2 }).met).toBe(true);
    expect(w5({ set: 1 }).met).toBe(true);
    expect(w5({ set: 2, get: 1 }).met).toBeUndefined();
    expect(w5({ set: 3 }).met).toBeUndefined();
  });

  it('W2: the saturated p50 and the one-at-a-time p50 are judged apart', () => {
    const targets = evaluateTargets(
      [
        summary('ours', 'W2', { p50: 97 }),
        summary('limit', 'W2', { p50: 52 }),
        summary('ours', 'W2-single', { p50: 24 }),
        summary('limit', 'W2-single', { p50: 22 }),
      ],
      20,
      undefined,
    );
    expect(targets.find((t) => t.target === 'W2 ours p50 within 10 ms of limit')).toMatchObject({ met: false, measured: '97 vs 52 ms' });
    expect(targets.find((t) => t.target.startsWith('W2 p50 one request at a time'))).toMatchObject({ met: true, measured: '24 vs 22 ms' });
  });

  it('ratios: req/s ours over the other, CPU per operation the other over ours, so that above 1 favours ours for both', () => {
    const ratios = computeRatios([
      summary('ours', 'W2', { reqPerSec: 400, cpuMsPerOp: 2.5 }),
      summary('standard', 'W2', { reqPerSec: 250, cpuMsPerOp: 4 }),
      summary('limit', 'W2', { reqPerSec: 800, cpuMsPerOp: 1.25 }),
    ]);
    expect(ratios).toHaveLength(1);
    expect(ratios[0]!.reqPerSec['standard']).toBeCloseTo(1.6);
    expect(ratios[0]!.cpu['standard']).toBeCloseTo(1.6);
    expect(ratios[0]!.cpu['limit']).toBeCloseTo(0.5);
    expect(Number.isNaN(ratios[0]!.cpu['naive'])).toBe(true);
    expect(formatRatios(ratios, 20)).toMatch(/\| W2 \| 1\.60 \| n\/a \| 0\.50 \|.*\| 1\.60 \| n\/a \| 0\.50 \|$/m);
  });
});
