#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** npm run bench: every benchmark in turn; each prints its own table. Timing never fails the run. */
const here = import.meta.dirname;
const benches = ['bench-truth.mjs', 'bench-bytes.mjs', 'bench-pipeline.mjs', 'bench-soak.mjs', 'bench-adjust.mjs', 'bench-capture.mjs'];
for (const file of benches) {
  const path = resolve(here, file);
  if (!existsSync(path)) continue;
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, [path], { stdio: 'inherit' });
  if (run.status !== 0) console.log(`(${file} exited with ${run.status}; continuing)`);
}
