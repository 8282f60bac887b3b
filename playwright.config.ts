import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/find-browser.mjs';

/** Tests run against the built site (`npm run build` first), served like a static host. */
const port = Number(process.env.E2E_PORT ?? 4399);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  forbidOnly: Boolean(process.env.CI),
  // Long keyboard scenarios take 20-25 s on this 2-core machine when it is quiet and more when it is
  // busy (two of them passed the old 30 s limit under load). Tests wait for conditions, never for fixed
  // times, so a higher ceiling only changes how long a real failure takes to report.
  timeout: 60_000,
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    // Keep a trace only for a failed test: cheap when green, everything needed to debug when red.
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node tests/support/serve-dist.mjs',
    env: { PORT: String(port) },
    url: `${baseURL}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
