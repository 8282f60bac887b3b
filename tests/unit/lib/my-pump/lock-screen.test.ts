import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { uiStrings } from '@/i18n';
import { describe, expect, it } from 'vitest';
import { editionSchema } from '@/lib/edition/edition-schema';
import { pumpEssentials } from '@/lib/my-pump/essentials';
import { LOCK_SCREEN, LOCK_SCREEN_FONT, LOCK_SCREEN_MARGINS, layoutLockScreen, wrapText } from '@/lib/my-pump/lock-screen';
import { EMPTY_PUMP } from '@/lib/my-pump/my-pump-record';
import { parsePumpModels } from '@/lib/my-pump/pump-models';
import { MEDICINE_IDS } from '@/lib/my-pump/vocabulary';
import { readSourceIds, readWarningSigns } from '../../../support/warning-sign-files';

const signs = readWarningSigns();
const models = parsePumpModels(parse(readFileSync('content/pump-models.yaml', 'utf8')), 'x', readSourceIds());
const edition = editionSchema.parse({ organisation: { name: 'Pain Pump Guide' }, emergency: { number: '911' } });
// A fake font: every character is 0.55 em wide.
const measure = (text: string, style: keyof typeof LOCK_SCREEN_FONT) => [...text].length * LOCK_SCREEN_FONT[style] * 0.55;

const en = uiStrings('en').tools.myPump;

describe('wrapping', () => {
  it('breaks at spaces within the width, and cuts a word wider than the line', () => {
    const width = (t: string) => t.length;
    expect(wrapText('one two three four', 9, width)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('abcdefghijkl', 5, width)).toEqual(['abcde', 'fghij', 'kl']);
  });
});

describe('the lock-screen layout', () => {
  it('keeps text clear of the clock and the bottom buttons, and inside the width', () => {
    const e = pumpEssentials({ ...EMPTY_PUMP, medicines: [...MEDICINE_IDS], otherMedicine: 'Sufentanil', model: 'prometra-ii', clinicName: 'C', clinicPhone: '555-0100', emergencyName: 'Sam', emergencyPhone: '555-0111' }, signs, models, edition, en, 'en');
    const layout = layoutLockScreen(e, measure, en.lockScreen);
    const width = LOCK_SCREEN.width - 2 * LOCK_SCREEN_MARGINS.side;
    for (const line of layout.lines) {
      expect(line.y).toBeGreaterThan(LOCK_SCREEN_MARGINS.top);
      expect(line.y).toBeLessThan(layout.qr!.y);
      expect(measure(line.text, line.style)).toBeLessThanOrEqual(width);
    }
    expect(layout.qr!.y + layout.qr!.size).toBeLessThanOrEqual(LOCK_SCREEN.height - LOCK_SCREEN_MARGINS.bottom);
    const text = layout.lines.map((l) => l.text).join(' ');
    // Who to call, the MRI rule and "never stop" always make it, even when signs must be left off.
    for (const needed of ['911', '555-0100', '555-0111', 'Never stop baclofen suddenly.', 'emptied']) expect(text).toContain(needed);
  });

  it('shows every emergency sign for one medicine', () => {
    const e = pumpEssentials({ ...EMPTY_PUMP, medicines: ['baclofen'] }, signs, models, edition, en, 'en');
    const layout = layoutLockScreen(e, measure, en.lockScreen);
    expect(layout.complete).toBe(true);
    const text = layout.lines.map((l) => l.text).join(' ');
    for (const sign of e.emergencySigns) expect(text.replace(/\s+/g, ' ')).toContain(sign.short.split(' ').slice(0, 3).join(' '));
  });
});
