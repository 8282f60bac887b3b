import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { modelFor } from '@/lib/my-pump/essentials';
import { parsePumpModels, pumpModelProblems, type PumpModel } from '@/lib/my-pump/pump-models';
import { PUMP_MODEL_IDS } from '@/lib/my-pump/vocabulary';
import { readSourceIds } from '../../../support/warning-sign-files';

const sources = readSourceIds();
const raw = parse(readFileSync('content/pump-models.yaml', 'utf8')) as unknown;
const models = parsePumpModels(raw, 'content/pump-models.yaml', sources);
const byId = (id: string) => models.find((m) => m.id === id)!;

describe('content/pump-models.yaml', () => {
  it('lists every choice once, citing sources that exist', () => {
    expect(models.map((m) => m.id).sort()).toEqual([...PUMP_MODEL_IDS].sort());
    expect(pumpModelProblems(models, sources)).toEqual([]);
  });

  it('cites the sources the evidence file gives for each MRI rule (sections 2.3, 2.7 and 7.15)', () => {
    expect(byId('synchromed-ii').sources.sort()).toEqual(['s34', 's42', 's5']);
    expect(byId('prometra-ii').sources.sort()).toEqual(['s252', 's41']);
    expect(byId('constant-flow').sources).toEqual(['s5']);
    expect(byId('unknown').sources).toEqual(['s5']);
  });

  it('says what the evidence says, and says plainly what is not known', () => {
    expect(byId('synchromed-ii').mriRule).toMatch(/2 to 24 hours/);
    expect(byId('synchromed-ii').mriRule).toMatch(/checked after every MRI/);
    expect(byId('prometra-ii').mriRule).toMatch(/emptied of all medicine before any MRI/);
    expect(byId('prometra-ii').mriRule).toMatch(/We did not find a source on how that gap is covered/);
    expect(byId('constant-flow').mriRule).toMatch(/We did not find/);
    expect(byId('unknown').mriRule).toMatch(/find out which pump/);
  });

  it('a missing choice, a repeated one and an unknown source are each reported', () => {
    const broken: PumpModel[] = [
      byId('synchromed-ii'),
      byId('synchromed-ii'),
      { ...byId('unknown'), sources: ['s9999'] },
    ];
    const problems = pumpModelProblems(broken, sources);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"synchromed-ii" is listed 2 times/),
        expect.stringMatching(/"prometra-ii" is missing/),
        expect.stringMatching(/"constant-flow" is missing/),
        expect.stringMatching(/cites "s9999"/),
      ]),
    );
    expect(() => parsePumpModels([{ id: 'synchromed-ii', name: 'X' }], 'f.yaml', sources)).toThrow(
      /f\.yaml has problems[\s\S]*mriRule/,
    );
  });

  it('a short rule fits the card (90 characters at most)', () => {
    expect(() => parsePumpModels([{ ...byId('unknown'), mriShort: 'x'.repeat(91) }], 'f.yaml', sources)).toThrow(
      /mriShort/,
    );
  });

  it('no model chosen gets the "I don’t know" rule', () => {
    expect(modelFor(models, undefined).id).toBe('unknown');
    expect(modelFor(models, 'prometra-ii').id).toBe('prometra-ii');
  });
});
