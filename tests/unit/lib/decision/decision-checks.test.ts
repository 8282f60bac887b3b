import { describe, expect, it } from 'vitest';
import {
  checkDecisionContent,
  decisionSourceOrder,
  type DecisionContentForChecks,
} from '@/lib/decision/decision-checks';
import { QUESTION_IDS, SOURCE_IDS, validGrid, validPictures, validSure, validValues } from './fixtures';

function content(): DecisionContentForChecks {
  return {
    grid: validGrid(),
    values: validValues(),
    pictures: validPictures(),
    sure: validSure(),
    files: { grid: 'g.yaml', values: 'v.yaml', pictures: 'p.yaml', sure: 's.yaml' },
    sourceIds: SOURCE_IDS,
    questionIds: QUESTION_IDS,
  };
}
const messages = (c: DecisionContentForChecks) =>
  checkDecisionContent(c)
    .map((p) => `${p.file ?? ''}: ${p.message}`)
    .join('\n');

describe('checkDecisionContent', () => {
  it('accepts consistent content', () => {
    expect(checkDecisionContent(content())).toEqual([]);
  });

  it('says which file is missing', () => {
    const c = content();
    c.values = undefined;
    expect(messages(c)).toContain('needs a file with kind: values');
    c.sure = undefined;
    expect(messages(c)).toContain('needs a file with kind: sure');
  });

  it.each<[string, (c: DecisionContentForChecks) => void, string]>([
    [
      'a statement pointing at an unknown row',
      (c) => (c.values!.statements[0]!.gridRow = 'nope'),
      'v.yaml: Statement "avoid-surgery" points at grid row "nope"',
    ],
    [
      'a statement that names an option',
      (c) => (c.values!.statements[0]!.text = 'Getting a pump soon'),
      'names an option ("pump")',
    ],
    ['a duplicate statement id', (c) => (c.values!.statements[1]!.id = 'avoid-surgery'), 'appears twice'],
    [
      'a picture with an unknown source',
      (c) => (c.pictures!.pictures[0]!.sources = ['s404']),
      'p.yaml: Picture "headache" cites "s404"',
    ],
    [
      'a picture that cannot be drawn',
      (c) => (c.pictures!.pictures[0]!.groups[0]!.affected = 2.4),
      'not a whole number',
    ],
    [
      'selling words in a picture',
      (c) => (c.pictures!.pictures[0]!.why = 'A breakthrough study.'),
      'uses "breakthrough"',
    ],
    [
      'a SURE item offering a question the bank does not have',
      (c) => (c.sure!.items[1]!.questionIds = ['q-one', 'q-gone']),
      's.yaml: "items.understand.questionIds" lists "q-gone", but there is no entry with that id in content/questions/.',
    ],
    [
      'a missing SURE item',
      (c) => c.sure!.items.splice(2, 1),
      's.yaml: "items" needs the four SURE items in this order: sure (S), understand (U), risk-benefit (R), encouragement (E). Found: sure (S), understand (U), encouragement (E).',
    ],
  ])('reports %s', (_name, breakIt, expected) => {
    const c = content();
    breakIt(c);
    expect(messages(c)).toContain(expected);
  });

  it('numbers sources in reading order: grid first, then pictures', () => {
    expect(decisionSourceOrder(validGrid(), validPictures())).toEqual(['s1', 's2', 's3']);
  });
});
