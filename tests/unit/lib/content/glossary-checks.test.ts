import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent, type ContentForChecks } from '@/lib/content/content-checks';
import {
  checkGlossaryAliases,
  editDistance,
  isSameWordForm,
  KNOWN_MISSPELLINGS,
  misspellingReason,
} from '@/lib/content/glossary-checks';
import { topicInEverySection } from './fixtures';

const entry = (term: string, aliases: string[]) => ({
  id: term.toLowerCase().replace(/\s+/g, '-'),
  filePath: `content/glossary/${term.toLowerCase().replace(/\s+/g, '-')}.yaml`,
  term,
  aliases,
});

describe('misspellingReason', () => {
  it.each([
    ['withdrawl', 'Withdrawal'],
    ['intrathecial', 'Intrathecal'],
    ['hydromorphine', 'Hydromorphone'],
    ['catheder', 'Catheter'],
  ])('flags "%s" as a misspelling of "%s"', (alias, term) => {
    expect(misspellingReason(alias, [term])).toBeDefined();
  });

  it('flags a word on the explicit list even when it looks like no other name', () => {
    expect(misspellingReason('spinal chord', ['Spinal cord stimulation'])).toBe(
      'it is on the list of known misspellings',
    );
    expect(misspellingReason('Baclophen', ['Lioresal'])).toBeDefined();
  });

  it.each([
    ['oedema', 'Edema'],
    ['general anaesthesia', 'General anesthesia'],
    ['general anesthetic', 'General anesthesia'],
    ['cognitive behavioural therapy', 'Cognitive behavioral therapy'],
    ['randomised controlled trial', 'Randomized controlled trial'],
    ['morphine sulphate', 'morphine sulfate'],
    ['trialling', 'trialing'],
    ['contra-indication', 'Contraindication'],
    ['catheter tip mass', 'catheter-tip mass'],
    ['granulomas', 'granuloma'],
    ['blood thinners', 'blood thinner'],
    ['titrating', 'Titration'],
    ['spinal cord stimulator', 'Spinal cord stimulation'],
  ])('accepts "%s" as a real form of "%s"', (alias, other) => {
    expect(isSameWordForm(alias, other)).toBe(true);
    expect(misspellingReason(alias, [other])).toBeUndefined();
  });

  it('accepts abbreviations and short words, which differ by a letter or two on purpose', () => {
    expect(misspellingReason('MRI conditional', ['MR Conditional'])).toBeUndefined();
    expect(misspellingReason('PTM', ['PCA'])).toBeUndefined();
    expect(misspellingReason('dose', ['done'])).toBeUndefined();
  });

  it('accepts names that are far from every other name, or start with another letter', () => {
    expect(misspellingReason('Prialt', ['Ziconotide'])).toBeUndefined();
    expect(misspellingReason('Gablofen', ['Baclofen'])).toBeUndefined();
    expect(misspellingReason('spinal tap', ['Lumbar puncture', 'lumbar tap'])).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts single-letter edits', () => {
    expect(editDistance('withdrawal', 'withdrawl')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('checkGlossaryAliases', () => {
  it('names the file, the alias and what to do', () => {
    const problems = checkGlossaryAliases([entry('Withdrawal', ['withdrawl', 'withdrawal syndrome'])]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('content/glossary/withdrawal.yaml');
    expect(problems[0]!.message).toContain('"withdrawl"');
    expect(problems[0]!.message).toContain('Also called');
    expect(problems[0]!.message).toContain('misspellings:');
  });

  it('compares an alias with the other aliases too, not only the term', () => {
    const problems = checkGlossaryAliases([entry('Ziconotide', ['Prialt', 'Prailt'])]);
    expect(problems.map((p) => p.message).join()).toContain('"Prailt"');
  });

  it('accepts an entry with only real other names', () => {
    expect(checkGlossaryAliases([entry('Baclofen', ['Lioresal', 'Gablofen', 'ITB'])])).toEqual([]);
  });

  it('runs as part of checkContent, so the build stops on it', () => {
    const content: ContentForChecks = {
      topics: topicInEverySection(),
      pages: [],
      sources: [{ id: 's1', declaredId: 's1' }],
      questions: [{ id: 'q', declaredId: 'q' }],
      glossary: [
        { id: 'catheter', filePath: 'content/glossary/catheter.yaml', term: 'Catheter', aliases: ['cathater'] },
      ],
      questionPresets: [],
    };
    const messages = checkContent(content).map((p) => p.message);
    expect(messages.some((m) => m.includes('"cathater" looks like a misspelling'))).toBe(true);
  });
});

describe('the real word list', () => {
  const dir = 'content/glossary';
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'));
  const entries = files.map((f) => {
    const data = parse(readFileSync(join(dir, f), 'utf8')) as {
      term: string;
      aliases?: string[];
      misspellings?: string[];
    };
    return { id: f.replace(/\.ya?ml$/, ''), filePath: join(dir, f), ...data };
  });

  it('shows no misspelling as "Also called"', () => {
    expect(entries.length).toBeGreaterThan(40);
    expect(checkGlossaryAliases(entries)).toEqual([]);
  });

  it('keeps every known misspelling out of the shown aliases', () => {
    const shown = entries.flatMap((e) => (e.aliases ?? []).map((a) => a.toLowerCase()));
    expect(shown.filter((a) => KNOWN_MISSPELLINGS.has(a))).toEqual([]);
  });

  it('keeps the misspellings for search', () => {
    expect(entries.find((e) => e.id === 'withdrawal')?.misspellings).toContain('withdrawl');
  });

  it.each([
    ['mri-conditional', 'MRI compatible'],
    ['withdrawal', 'underdose'],
    ['spinal-cord', 'spinal nerves'],
  ])('%s is not also called "%s" (a different meaning)', (id, wrong) => {
    const aliases = entries.find((e) => e.id === id)?.aliases ?? [];
    expect(aliases.map((a) => a.toLowerCase())).not.toContain(wrong.toLowerCase());
  });
});
