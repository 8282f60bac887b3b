/**
 * What the build does with translations (src/data/translations.ts), on a small copy of real files:
 * an up-to-date translation passes, a changed English page makes its translation out of date (listed,
 * build goes on), and a changed English warning sign stops the build until its translation is updated.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranslationReport } from '@/data/translations';

const FILES = [
  'content/topics/risks.mdx',
  'content/es/topics/risks.mdx',
  'content/warning-signs/missed-refill.yaml',
  'content/es/warning-signs/missed-refill.yaml',
  'content/decision/sure.yaml',
  'content/es/decision/sure.yaml',
];
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ppg-translations-'));
  for (const file of FILES) cpSync(file, join(root, file), { recursive: true });
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  vi.restoreAllMocks();
});

function changeEnglish(file: string): void {
  writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n`);
}

describe('translation versions in a build', () => {
  it('accepts translations made from the current English files', () => {
    const report = new TranslationReport('es', root);
    expect(report.read('content/topics/risks.mdx')?.state.stale).toBe(false);
    expect(report.read('content/warning-signs/missed-refill.yaml')?.state.stale).toBe(false);
    expect(() => report.finish()).not.toThrow();
  });

  it('lists a page whose English changed as out of date, and the build goes on', () => {
    changeEnglish('content/topics/risks.mdx');
    const report = new TranslationReport('es', root);
    expect(report.read('content/topics/risks.mdx')?.state.stale).toBe(true);
    expect(() => report.finish()).not.toThrow();
    expect(report.summary()).toContain('out of date: content/es/topics/risks.mdx');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('1 out of date'));
  });

  it('stops the build when a warning sign changed in English after its translation', () => {
    changeEnglish('content/warning-signs/missed-refill.yaml');
    const report = new TranslationReport('es', root);
    report.read('content/warning-signs/missed-refill.yaml');
    expect(() => report.finish()).toThrow(
      /content\/es\/warning-signs\/missed-refill\.yaml: the English warning-sign text .* changed after it was translated/,
    );
  });

  it('lists a missing translation without stopping the build', () => {
    rmSync(join(root, 'content/es/topics/risks.mdx'));
    const report = new TranslationReport('es', root);
    expect(report.read('content/topics/risks.mdx')).toBeUndefined();
    expect(report.summary()).toContain('not translated yet: content/topics/risks.mdx');
  });
});

describe('the SURE items in another language', () => {
  it('keep the English ids, letters and bank questions: only the words are translated', () => {
    const file = join(root, 'content/es/decision/sure.yaml');
    const text = readFileSync(file, 'utf8');
    const changed = text
      .replace('letter: S', 'letter: Z')
      .replace('- id: understand', '- id: entender')
      .replace('[how-likely-for-me,', '[how-likely-for-you,');
    expect(changed.split('\n').filter((line, i) => line !== text.split('\n')[i])).toHaveLength(3);
    writeFileSync(file, changed);
    const report = new TranslationReport('es', root);
    expect(report.read('content/decision/sure.yaml')).toBeUndefined();
    expect(report.problems).toEqual([
      'content/es/decision/sure.yaml: items[0].letter: must stay "S" (found "Z")',
      'content/es/decision/sure.yaml: items[1].id: must stay "understand" (found "entender")',
      'content/es/decision/sure.yaml: items[2].questionIds[0]: must stay "how-likely-for-me" (found "how-likely-for-you")',
    ]);
  });
});
