import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Four Vitest projects, from fastest to slowest (Playwright specs in tests/e2e are run by Playwright):
 * - lib: pure code in src/lib (tests/unit). Only the `@` alias; loading Astro's config would cost
 *   about 2 s of CPU per run for nothing.
 * - astro: Astro components through the Container API (tests/components) and the gates on the real
 *   content (tests/content). Needs Astro's Vite config (MDX, React, Tailwind).
 * - build: real `astro build`s of a copy of the project (tests/build). Minutes, not seconds.
 * - dist: file-only checks of the built site (tests/dist). Run after `npm run build`.
 * `npm run test:fast` runs lib and astro; `npm test` runs all four.
 */
const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

const plainProject = (name: string, include: string[], testTimeout = 20_000, globalSetup: string[] = []) => ({
  resolve: { alias },
  test: { name, include, environment: 'node' as const, testTimeout, globalSetup },
});

export default defineConfig({
  test: {
    projects: [
      // The real search index is built once per run, not once per test file.
      plainProject('lib', ['tests/unit/**/*.test.{ts,tsx}'], 20_000, ['tests/support/real-search-index.setup.ts']),
      getViteConfig({
        test: {
          name: 'astro',
          include: ['tests/{components,content}/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 20_000,
        },
      }),
      plainProject('build', ['tests/build/**/*.test.ts'], 180_000),
      plainProject('dist', ['tests/dist/**/*.test.ts']),
    ],
  },
});
