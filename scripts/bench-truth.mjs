#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

/**
 * Truth-set benchmark: the app's crown and chin against points marked by hand (tests/fixtures/truth.csv), replayed
 * from the saved model output (tests/fixtures/truth-faces) with no model, so it runs in seconds. The TypeScript is
 * loaded through Vite's SSR loader, the same transform the unit tests use. Then the leave-one-out estimate of the
 * constants chosen on these photos (tests/truth/leave-one-out.ts) by the procedure the app's constants come from,
 * all chosen together by coordinate descent (a few minutes); `--each` runs the quicker, weaker variant that chooses
 * each constant once on its own (about half a minute).
 */
const { values } = parseArgs({ options: { each: { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '..');
const server = await createServer({ root, configFile: false, logLevel: 'silent', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
try {
  const report = await server.ssrLoadModule('/tests/truth/truth-report.ts');
  console.log(report.truthTable());
  const loo = await server.ssrLoadModule('/tests/truth/leave-one-out.ts');
  console.log(`\n${loo.leaveOneOutTable(loo.runLeaveOneOut(values.each ? 'each' : 'together'))}`);
  const pose = await server.ssrLoadModule('/tests/truth/pose-report.ts').catch(() => null);
  if (pose) console.log(`\n${pose.poseTable()}`);
} finally {
  await server.close();
}
