// How fast the trade-statistics KB answers: the cold start (reading the JSON files and building
// the index, once per process) and one lookup, check and tariff search once warm.
//   npx tsx scripts/kb/bench-lookup.ts
// Reads the files itself, as a page of the extension would fetch them: importing them through
// tsx would time its transform of a megabyte of JSON, which no build pays.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './run';
import { checkStat } from '../../lib/kb/stats/check';
import { STATS_FILES } from '../../lib/kb/stats/files';
import { lookupStatIn } from '../../lib/kb/stats/lookup';
import { buildStatsIndex } from '../../lib/kb/stats/store';
import type { StatQuery } from '../../lib/kb/stats/types';
import { TARIFF_FILE } from '../../lib/kb/tariffs/files';
import { findTariffActionIn } from '../../lib/kb/tariffs/lookup';

const say = (s: string) => process.stdout.write(`${s}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Cold: what a fresh process (or a background page) pays once.
const t0 = performance.now();
const raw = Object.values(STATS_FILES).map((f) => readFileSync(join(ROOT, f), 'utf8'));
const t1 = performance.now();
const parsed = raw.map((text) => JSON.parse(text));
const t2 = performance.now();
const index = buildStatsIndex({ meta: parsed[0], goods: parsed[1], totals: parsed[2] });
const t3 = performance.now();
const bytes = raw.reduce((n, t) => n + Buffer.byteLength(t), 0);
const gz = raw.reduce((n, t) => n + gzipSync(t, { level: 9 }).length, 0);
say(`data: ${(bytes / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip (${Object.values(STATS_FILES).join(', ')})`);
say(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} (timings stretch with load)`);
say(`cold: read ${(t1 - t0).toFixed(1)} ms, JSON.parse ${(t2 - t1).toFixed(1)} ms, build index ${(t3 - t2).toFixed(1)} ms`);

const queries: StatQuery[] = [
  { reporter: 'US', partner: 'CN', flow: 'balance', period: '2024' },
  { reporter: 'US', partner: 'MX', flow: 'imports', period: '2025-03' },
  { reporter: 'US', partner: 'EU', flow: 'exports', period: '2025-Q2' },
  { reporter: 'US', partner: 'JP', flow: 'total', period: '2024-04..2025-03' },
  { reporter: 'US', partner: 'WORLD', flow: 'balance', period: '2025-03' },
  { reporter: 'US', partner: 'WORLD', flow: 'balance', scope: 'goods+services', period: '2024' },
  { reporter: 'US', partner: 'CA', flow: 'balance', period: '2026-01..2026-07' },
  { reporter: 'US', partner: 'ZZ', flow: 'balance', period: '2024' },
];

/** Median time per call over several rounds, in microseconds. */
function perCall(fn: (i: number) => unknown, calls: number, rounds = 7): number {
  for (let i = 0; i < calls; i++) fn(i); // warm-up: the JIT, and the chart series made on first use
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const s = performance.now();
    for (let i = 0; i < calls; i++) fn(i);
    times.push(((performance.now() - s) * 1000) / calls);
  }
  return median(times);
}

const CALLS = 100_000;
let sink = 0;
const lookup = perCall((i) => {
  sink += lookupStatIn(index, queries[i % queries.length])?.value ?? 0;
}, CALLS);
const official = lookupStatIn(index, queries[0])!;
const check = perCall(() => {
  sink += checkStat(295.4e9, '$295.4 billion', official).difference;
}, CALLS);
const actions = JSON.parse(readFileSync(join(ROOT, TARIFF_FILE), 'utf8')).actions;
const tariff = perCall((i) => {
  sink += findTariffActionIn(actions, { rate: 145, country: 'CN', date: i % 2 ? '2025-04-15' : '2025-12-01' }).length;
}, 2_000);
say(`lookupStat: ${lookup.toFixed(2)} µs per lookup (median of 7 rounds of ${CALLS.toLocaleString('en-US')}, ${queries.length} different questions)`);
say(`checkStat: ${check.toFixed(2)} µs per check`);
say(`findTariffAction: ${tariff.toFixed(1)} µs per search (145% China, in force and later)`);
if (sink === 42) say(''); // keeps the calls from being optimised away
