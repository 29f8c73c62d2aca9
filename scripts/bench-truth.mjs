#!/usr/bin/env node
import { resolve } from 'node:path';
import { createServer } from 'vite';

/**
 * Truth-set benchmark: the app's crown and chin against points marked by hand (tests/fixtures/truth.csv), replayed
 * from the saved model output (tests/fixtures/truth-faces) with no model, so it runs in seconds. The TypeScript is
 * loaded through Vite's SSR loader, the same transform the unit tests use.
 */
const root = resolve(import.meta.dirname, '..');
const server = await createServer({ root, configFile: false, logLevel: 'silent', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
try {
  const report = await server.ssrLoadModule('/tests/truth/truth-report.ts');
  console.log(report.truthTable());
  const pose = await server.ssrLoadModule('/tests/truth/pose-report.ts').catch(() => null);
  if (pose) console.log(`\n${pose.poseTable()}`);
} finally {
  await server.close();
}
