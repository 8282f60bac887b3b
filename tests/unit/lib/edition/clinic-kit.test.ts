import { describe, expect, it } from 'vitest';
import { buildClinicKit, KIT_PAGES } from '@/lib/edition/clinic-kit';
import { questionPresetSchema } from '@/lib/content/schema/guide';
import { readFolder } from '../../../support/content-files';

const QUESTION_PRESETS = readFolder('question-presets').map((file) => ({
  id: file.id,
  ...questionPresetSchema.parse(file.data),
}));
import { decodeShareFragment } from '@/lib/questions/share-code';

describe('buildClinicKit', () => {
  it('gives every preset and key page an address and a QR code on SITE_URL', () => {
    const { lists, pages } = buildClinicKit(QUESTION_PRESETS, 'https://clinic.example.org');
    expect(lists).toHaveLength(QUESTION_PRESETS.length);
    expect(pages.map((p) => p.path)).toEqual(KIT_PAGES.map((p) => p.path));
    for (const item of [...lists, ...pages]) {
      expect(item.url?.startsWith('https://clinic.example.org/'), item.id).toBe(true);
      expect(item.typed, item.id).toBe(item.url!.slice('https://'.length));
      expect(item.qr?.d.length, item.id).toBeGreaterThan(100);
    }
    expect(pages.find((p) => p.id === 'get-help')?.typed).toBe('clinic.example.org/get-help/');
  });

  it('puts the preset questions in the link, in order', () => {
    const { lists } = buildClinicKit(QUESTION_PRESETS, 'https://clinic.example.org');
    const first = QUESTION_PRESETS[0]!;
    const fragment = new URL(lists[0]!.url!).hash.slice(1);
    const decoded = decodeShareFragment(fragment, new Set(first.questionIds));
    expect(decoded?.ok && decoded.state.items.map((item) => item.id)).toEqual(first.questionIds);
  });

  it('without SITE_URL makes no absolute address and no QR code', () => {
    const { lists, pages } = buildClinicKit(QUESTION_PRESETS, undefined);
    for (const item of [...lists, ...pages]) {
      expect(item.url).toBeNull();
      expect(item.qr).toBeNull();
      expect(item.typed.startsWith('/')).toBe(true);
    }
  });
});
