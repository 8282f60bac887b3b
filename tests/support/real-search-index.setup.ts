/**
 * Vitest global setup for the lib project: builds the real search index from content/ once and
 * hands it to every test file (five files test against it).
 */
import type { TestProject } from 'vitest/node';
import { buildRealIndex } from '../unit/lib/search/guide-content';

export default function setup(project: TestProject): void {
  project.provide('realSearchIndex', buildRealIndex());
  project.provide('realSpanishSearchIndex', buildRealIndex('es'));
}
