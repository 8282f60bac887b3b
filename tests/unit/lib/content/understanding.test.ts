/**
 * "Check your understanding": the schema and cross-file checks, run on the real files in
 * content/understanding/ with the same rules the build uses, plus the feedback words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkUnderstanding, understandingFileSchema } from '@/lib/content/schema/understanding';
import { feedbackFor } from '@/lib/content/understanding-feedback';
import { uiStrings } from '@/i18n';
import { MAX_FLESCH_KINCAID_GRADE, MAX_SMOG_GRADE, scoreText } from '@/lib/readability/score';

const DIR = 'content/understanding';
const topicIds = readdirSync('content/topics')
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => f.replace(/\.mdx$/, ''));
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'));

const question = (id: string, correct: number[] = [0]) => ({
  id,
  question: 'Is this a question?',
  choices: [
    { text: 'Yes', correct: correct.includes(0) },
    { text: 'No', correct: correct.includes(1) },
  ],
  explanation: 'Yes, because it ends with a question mark.',
});

describe('the real understanding files', () => {
  it.each(files)('%s follows the schema', (file) => {
    const result = understandingFileSchema.safeParse(parse(readFileSync(join(DIR, file), 'utf8')));
    expect(result.success, result.success ? '' : result.error.message).toBe(true);
  });

  it.each(files)('%s is plain enough to read (the grade limits of the site)', (file) => {
    const data = understandingFileSchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));
    const score = scoreText(data.questions.flatMap((q) => [q.question, q.explanation]));
    expect(score.fleschKincaidGrade, JSON.stringify(score)).toBeLessThanOrEqual(MAX_FLESCH_KINCAID_GRADE);
    expect(score.smogGrade, JSON.stringify(score)).toBeLessThanOrEqual(MAX_SMOG_GRADE);
  });

  it('cover every guide page, and only guide pages', () => {
    const found = files.map((file) => {
      const data = understandingFileSchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));
      return { id: file.replace(/\.ya?ml$/, ''), questionCount: data.questions.length };
    });
    expect(checkUnderstanding(topicIds, found)).toEqual([]);
  });
});

describe('understanding schema', () => {
  it('accepts 3 to 5 questions with exactly one right choice each', () => {
    expect(
      understandingFileSchema.safeParse({ questions: [question('a'), question('b'), question('c')] }).success,
    ).toBe(true);
  });

  it('refuses fewer than 3 or more than 5 questions', () => {
    expect(understandingFileSchema.safeParse({ questions: [question('a'), question('b')] }).success).toBe(false);
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => question(id));
    expect(understandingFileSchema.safeParse({ questions: six }).success).toBe(false);
  });

  it('refuses no right choice, two right choices and repeated ids', () => {
    const none = understandingFileSchema.safeParse({ questions: [question('a', []), question('b'), question('c')] });
    expect(none.success).toBe(false);
    expect(none.error?.message).toContain('exactly one choice');
    expect(
      understandingFileSchema.safeParse({ questions: [question('a', [0, 1]), question('b'), question('c')] }).success,
    ).toBe(false);
    const repeated = understandingFileSchema.safeParse({ questions: [question('a'), question('a'), question('c')] });
    expect(repeated.error?.message).toContain('its own id');
  });
});

describe('checkUnderstanding', () => {
  it('names a guide page with no file, a file for no page, and a wrong count', () => {
    const problems = checkUnderstanding(
      ['risks', 'the-trial'],
      [
        { id: 'risks', questionCount: 3 },
        { id: 'old-page', filePath: 'content/understanding/old-page.yaml', questionCount: 6 },
      ],
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/understanding/the-trial.yaml',
        message: expect.stringContaining('has no "Check your understanding"'),
      }),
      expect.objectContaining({
        file: 'content/understanding/old-page.yaml',
        message: expect.stringContaining('no guide page "old-page"'),
      }),
      expect.objectContaining({
        file: 'content/understanding/old-page.yaml',
        message: 'Has 6 questions. Give 3 to 5.',
      }),
    ]);
  });
});

describe('feedbackFor', () => {
  it('says whether the choice was right, names the right answer when not, and explains', () => {
    const english = uiStrings('en').site.understanding;
    expect(feedbackFor(true, 'Yes', 'It is surgery.', english)).toBe('Yes, that is right. It is surgery.');
    expect(feedbackFor(false, 'Yes', 'It is surgery.', english)).toBe('Not quite. The answer is: Yes. It is surgery.');
    const spanish = uiStrings('es').site.understanding;
    expect(feedbackFor(false, 'Sí', 'Es una cirugía.', spanish)).toBe(
      'No exactamente. La respuesta es: Sí. Es una cirugía.',
    );
  });
});
