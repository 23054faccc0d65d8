/**
 * Timing for Node tests that compare two pieces of work run in the same test. They time the CPU this process
 * spends, not the wall clock: on the 2-core machine under load (other test files, a second suite) the wall
 * clock also counts the time other processes held the cores, pauses of 100 ms and more inside a 10 ms piece of
 * work, so that even the least of five runs of the same index build ranged from 0.7 to 2.3 times its
 * twin's. The process's CPU time for the same work varies by a few per cent.
 */

import { median } from '../bench/lib/stats.mjs';

/** Milliseconds of CPU time (user and system, all threads of this process) that `work` takes. */
export function cpuTime(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** The median of `runs` {@link cpuTime}s of `work`. */
export function medianCpuTime(work: () => unknown, runs: number): number {
  return median(Array.from({ length: runs }, () => cpuTime(work)))!;
}

/**
 * The least of `runs` {@link cpuTime}s of `work`: its own cost with the least of what the process's other threads
 * (the garbage collector's, the compiler's) did meanwhile. For work that always does the same.
 */
export function leastCpuTime(work: () => unknown, runs: number): number {
  return Math.min(...Array.from({ length: runs }, () => cpuTime(work)));
}
