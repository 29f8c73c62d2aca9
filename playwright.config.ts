import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
/** Launch flags that work headless on our machines (ARCHITECTURE.md, "Running it in a browser"); shared with scripts/browser.mjs. */
import chromiumLaunchArgs from './scripts/chromium-args.json' with { type: 'json' };

/**
 * e2e runs the production build (vite preview, with the COOP/COEP headers) in Debian's Chromium: Playwright's own
 * browser download does not work on our machines (ARCHITECTURE.md, "Running it in a browser"). CHROMIUM_PATH overrides; elsewhere Playwright's
 * managed browser is used when no system Chromium is found.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs: readonly string[] = chromiumLaunchArgs;
/** E2E_PORT lets two checkouts on one machine run their suites without sharing a preview server. */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // A matte whose worker hangs is retried after 90 s of silence (src/ml/person-matte.ts), so allow for one retry.
  timeout: 360_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    // An action on a missing element fails after a minute instead of waiting for the test's whole budget.
    actionTimeout: 60_000,
    baseURL: `http://localhost:${port}`,
    acceptDownloads: true,
    launchOptions: {
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      args: [...chromiumArgs],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
