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
  timeout: 30_000,
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
