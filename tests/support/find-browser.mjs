/**
 * Finds a Chromium for the browser tests, the same way on every machine:
 *   1. the PPG_CHROMIUM environment variable (a path to chrome/chromium),
 *   2. a system Chromium or Chrome,
 *   3. Playwright's own downloaded Chromium (after `npx playwright install chromium`).
 * Throws a message naming the install command when none is found.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium quiet and offline-friendly on CI and in sandboxes. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium() {
  const fromEnv = process.env.PPG_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`PPG_CHROMIUM is set to "${fromEnv}", but there is no file there.`);
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return system;
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    [
      'No Chromium browser was found for the browser tests.',
      'Install one, then run the tests again:',
      '  Debian or Ubuntu:  sudo apt-get install -y chromium',
      '  macOS (Homebrew):  brew install --cask chromium',
      '  Any system:        npx playwright install chromium',
      'Or point PPG_CHROMIUM at an existing Chrome or Chromium binary.',
    ].join('\n'),
  );
}
