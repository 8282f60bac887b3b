import { describe, expect, it } from 'vitest';
import { pickLocalVoice, splitSentences } from '@/lib/speech/listen';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('pickLocalVoice', () => {
  it('never picks a voice that sends text online, even as the default', () => {
    expect(pickLocalVoice([voice('Cloud', 'en-US', false, true), voice('Device', 'en-US', true)])?.name).toBe('Device');
    expect(pickLocalVoice([voice('Cloud', 'en-US', false, true)])).toBeNull();
  });

  it('prefers the page language, then any English local voice, and skips other languages', () => {
    expect(pickLocalVoice([voice('UK', 'en-GB', true), voice('US', 'en-US', true)])?.name).toBe('US');
    expect(pickLocalVoice([voice('German', 'de-DE', true), voice('UK', 'en-GB', true)])?.name).toBe('UK');
    expect(pickLocalVoice([voice('German', 'de-DE', true)])).toBeNull();
  });
});

describe('splitSentences', () => {
  it('cuts text into sentences with their end marks and drops empty pieces', () => {
    expect(splitSentences('A pump is surgery. Is it a cure?  No!\n It needs refills')).toEqual([
      'A pump is surgery.',
      'Is it a cure?',
      'No!',
      'It needs refills',
    ]);
    expect(splitSentences(' … ')).toEqual([]);
  });
});
