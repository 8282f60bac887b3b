import { describe, expect, it } from 'vitest';
import { KEBAB_ID_PATTERN, splitIdList } from '@/lib/content/ids';

describe('splitIdList', () => {
  it('reads ids separated by commas, spaces or both, and drops empty parts', () => {
    expect(splitIdList('a, b,c  d')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitIdList(' ,  ')).toEqual([]);
  });
});

describe('KEBAB_ID_PATTERN', () => {
  it('accepts lowercase words joined by single hyphens only', () => {
    expect(KEBAB_ID_PATTERN.test('pump-refill-2')).toBe(true);
    for (const bad of ['Pump', 'a--b', '-a', 'a-', 'a b', '']) expect(KEBAB_ID_PATTERN.test(bad)).toBe(false);
  });
});
