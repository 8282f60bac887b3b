/**
 * Checks the real decision content (content/decision/*.yaml) with the same schema and
 * cross-entry checks the build uses, and measures its reading level. Fails with the author-facing
 * message when a cell is empty, a source or question id is unknown, a column is thin, or a SURE
 * item is missing or offers a question the bank does not have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  decisionEntrySchema,
  type DecisionEntry,
  type OptionGridContent,
  type RiskPicturesContent,
  type SureContent,
  type ValuesContent,
} from '@/lib/content/schema/decision';
import { checkDecisionContent, type DecisionContentForChecks } from '@/lib/decision/decision-checks';
import { formatProblems } from '@/lib/content/problems';
import { columnWordCounts, KEEP_CURRENT_CARE_ID } from '@/lib/decision/option-grid';
import { measurePage } from '@/lib/readability/page-readability';
import { MAX_FLESCH_KINCAID_GRADE } from '@/lib/readability/score';

const DIR = 'content/decision';
const idsIn = (dir: string) =>
  new Set(
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => f.replace(/\.ya?ml$/, '')),
  );

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'));
const entries = new Map<string, DecisionEntry>();
for (const file of files) {
  const result = decisionEntrySchema.safeParse(parse(readFileSync(join(DIR, file), 'utf8')));
  if (!result.success) throw new Error(`${DIR}/${file}: ${result.error.message}`);
  entries.set(file, result.data);
}
const byKind = <K extends DecisionEntry['kind']>(kind: K) =>
  [...entries.values()].find((e) => e.kind === kind) as Extract<DecisionEntry, { kind: K }> | undefined;
const grid = byKind('option-grid') as OptionGridContent;
const values = byKind('values') as ValuesContent;
const pictures = byKind('risk-pictures') as RiskPicturesContent;
const sure = byKind('sure') as SureContent;

/** The real decision content as the build checks it, each file named by its path. */
function realContent(): DecisionContentForChecks {
  return {
    grid,
    values,
    pictures,
    sure: structuredClone(sure),
    files: {
      grid: `${DIR}/option-grid.yaml`,
      values: `${DIR}/values.yaml`,
      pictures: `${DIR}/risk-pictures.yaml`,
      sure: `${DIR}/sure.yaml`,
    },
    sourceIds: idsIn('content/sources'),
    questionIds: idsIn('content/questions'),
  };
}

describe('content/decision', () => {
  it('has the four files the page needs, each valid against the schema', () => {
    expect(grid).toBeDefined();
    expect(values).toBeDefined();
    expect(pictures).toBeDefined();
    expect(sure).toBeDefined();
  });

  it('passes every cross-entry check (sources, grid rows, equal detail, wording, SURE items and questions)', () => {
    const problems = checkDecisionContent(realContent());
    expect(problems, problems.length ? formatProblems('Decision content', problems) : '').toEqual([]);
  });

  it('offers the four options of the issue, keeping current care first', () => {
    expect(grid.options.map((o) => o.id)).toEqual([
      KEEP_CURRENT_CARE_ID,
      'change-current-care',
      'other-procedures',
      'pump',
    ]);
  });

  it('says plainly where evidence is missing, in every column', () => {
    for (const option of grid.options) {
      const notKnown = grid.rows.filter((row) => row.cells[option.id]?.notKnown);
      expect(notKnown.length, option.id).toBeGreaterThan(0);
    }
  });

  it('keeps the amount of text per option within the equal-detail limits', () => {
    const counts = columnWordCounts(grid);
    console.log(counts.map((c) => `${c.optionId}: ${c.words} words`).join(', '));
    const most = Math.max(...counts.map((c) => c.words));
    for (const count of counts) expect(count.words).toBeGreaterThanOrEqual(most * 0.5);
  });

  it('has 6 to 10 values statements', () => {
    expect(values.statements.length).toBeGreaterThanOrEqual(6);
    expect(values.statements.length).toBeLessThanOrEqual(10);
  });

  it('is written at US grade 8 or lower', () => {
    const sentences = [
      grid.decision,
      ...grid.problem.map((p) => p.text),
      ...grid.cancerNote.map((p) => p.text),
      ...grid.rows.flatMap((row) => Object.values(row.cells).flatMap((c) => [c.text ?? '', c.notKnown ?? ''])),
      ...pictures.pictures.flatMap((p) => [p.who, p.why, p.note ?? '']),
    ]
      .filter(Boolean)
      .map((s) => (/[.?!]$/.test(s) ? s : `${s}.`));
    const score = measurePage(sentences.join('\n\n'));
    console.log(
      `decision content: Flesch-Kincaid ${score.fleschKincaidGrade}, SMOG ${score.smogGrade}, ${score.words} words`,
    );
    expect(score.fleschKincaidGrade).toBeLessThanOrEqual(MAX_FLESCH_KINCAID_GRADE);
  });
});

describe('a broken content/decision/sure.yaml stops the build with a message naming the file', () => {
  const failure = (content: DecisionContentForChecks) =>
    formatProblems('Decision content', checkDecisionContent(content));

  it('an unknown question id', () => {
    const content = realContent();
    content.sure!.items[2]!.questionIds.push('how-likely-for-mee');
    expect(failure(content)).toContain(
      'content/decision/sure.yaml: "items.risk-benefit.questionIds" lists "how-likely-for-mee", but there is no entry with that id in content/questions/.',
    );
  });

  it('a missing item', () => {
    const content = realContent();
    content.sure!.items = content.sure!.items.filter((item) => item.id !== 'understand');
    expect(failure(content)).toContain(
      'content/decision/sure.yaml: "items" needs the four SURE items in this order: sure (S), understand (U), risk-benefit (R), encouragement (E). Found: sure (S), risk-benefit (R), encouragement (E).',
    );
  });

  it('an item id or letter that is not part of SURE fails the schema', () => {
    const raw = parse(readFileSync(join(DIR, 'sure.yaml'), 'utf8')) as { items: { id: string; letter: string }[] };
    raw.items[0]!.id = 'certain';
    raw.items[1]!.letter = 'X';
    const result = decisionEntrySchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['items.0.id', 'items.1.letter']);
  });
});
