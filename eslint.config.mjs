// ESLint flat config: JavaScript and TypeScript recommended rules, Astro components, and the
// accessibility rules for the React islands. Formatting is Prettier's job, not ESLint's.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    files: ['src/islands/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // KeptValue shows kept copies of unreadable data in a <pre>, a scrollable region, which must be
    // keyboard-focusable (WCAG 2.1.1, axe scrollable-region-focusable): tabIndex is right there.
    files: ['src/islands/ui/KeptValue.tsx'],
    rules: { 'jsx-a11y/no-noninteractive-tabindex': 'off' },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // An unused value is allowed when its name says so (`_id`), for callbacks with a fixed shape.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
