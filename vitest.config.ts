/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // Playwright specs (tests/e2e) are run by Playwright, not Vitest.
    include: ['tests/{unit,components,content,build}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
