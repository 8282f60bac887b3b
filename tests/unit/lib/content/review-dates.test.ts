import { describe, expect, it } from 'vitest';
import { addMonths, isOverdue, reviewDateProblem } from '@/lib/content/review-dates';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('reviewDateProblem', () => {
  it.each([
    ['2026-11-21', '2027-11-21', null],
    ['2026-11-21', '2028-11-21', null],
  ])('accepts %s → %s', (last, next, expected) => {
    expect(reviewDateProblem(d(last), d(next))).toBe(expected);
  });

  it('rejects a next review on or before the last review', () => {
    expect(reviewDateProblem(d('2026-11-21'), d('2026-11-21'))).toContain('must be after lastReviewed');
    expect(reviewDateProblem(d('2026-11-21'), d('2025-01-01'))).toContain('must be after lastReviewed');
  });

  it('rejects a next review more than 24 months later and names the latest allowed date', () => {
    const problem = reviewDateProblem(d('2026-11-21'), d('2028-11-22'));
    expect(problem).toContain('at most 24 months');
    expect(problem).toContain('2028-11-21');
  });
});

describe('dates', () => {
  it('adds calendar months in UTC', () => {
    expect(addMonths(d('2026-01-31'), 1).toISOString().slice(0, 10)).toBe('2026-03-03');
    expect(addMonths(d('2026-11-21'), 24).toISOString().slice(0, 10)).toBe('2028-11-21');
  });

  it('is overdue only after the review day has passed', () => {
    expect(isOverdue(d('2027-11-21'), new Date('2027-11-21T23:00:00Z'))).toBe(false);
    expect(isOverdue(d('2027-11-21'), new Date('2027-11-22T00:00:01Z'))).toBe(true);
  });
});
