import { describe, expect, it } from 'vitest';
import { bannedPhrasesIn } from '@/lib/content/banned-phrases';

describe('bannedPhrasesIn', () => {
  it('finds banned phrases whatever the case', () => {
    expect(bannedPhrasesIn('This is NOT Minimally Invasive')).toEqual(['minimally invasive']);
    expect(bannedPhrasesIn('Plain words only.')).toEqual([]);
  });
});
