import { describe, expect, it } from 'vitest';
import { formatProblems } from '@/lib/content/problems';

describe('formatProblems', () => {
  it('names the check, the count, each file and each message', () => {
    const text = formatProblems('Decision content', [{ file: 'a.yaml', message: 'One.' }, { message: 'Two.' }]);
    expect(text).toBe(
      'Decision content check failed (2 problems). Fix these and build again:\n  - a.yaml: One.\n  - Two.',
    );
  });

  it('says "problem" for one', () => {
    expect(formatProblems('Content', [{ file: 'content/topics/a.mdx', message: 'First.' }])).toBe(
      'Content check failed (1 problem). Fix these and build again:\n  - content/topics/a.mdx: First.',
    );
  });
});
