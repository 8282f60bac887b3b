import { describe, expect, it } from 'vitest';
import {
  DUE_SOON_DAYS,
  findOverduePages,
  findPagesDueSoon,
  formatFreshnessReport,
  type ReviewedPage,
} from '@/lib/content/freshness';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const page = (id: string, nextReview: string): ReviewedPage => ({
  id,
  filePath: `content/topics/${id}.mdx`,
  nextReview: d(nextReview),
});

const pages = [
  page('risks', '2027-01-10'),
  page('benefits', '2027-03-01'),
  page('trial', '2026-12-01'),
  page('surgery', '2028-01-01'),
];

describe('findOverduePages', () => {
  it.each([
    // [today, expected ids]
    ['2026-11-21', []],
    ['2026-12-01T23:59:59', []], // due today is not overdue
    ['2026-12-02', ['trial']],
    ['2027-01-11', ['trial', 'risks']], // most overdue first
    ['2028-06-01', ['trial', 'risks', 'benefits', 'surgery']],
  ])('on %s finds %j', (today, expected) => {
    const when = today.includes('T') ? new Date(`${today}Z`) : d(today);
    expect(findOverduePages(pages, when).map((p) => p.id)).toEqual(expected);
  });

  it('counts whole days overdue', () => {
    const [trial] = findOverduePages(pages, new Date('2026-12-03T18:00:00Z'));
    expect(trial?.daysOverdue).toBe(2);
  });
});

describe('findPagesDueSoon', () => {
  it('lists pages due within the window, soonest first, and never overdue ones', () => {
    const soon = findPagesDueSoon(pages, d('2026-12-01'), 60);
    expect(soon.map((p) => [p.id, p.daysLeft])).toEqual([
      ['trial', 0],
      ['risks', 40],
    ]);
    expect(findPagesDueSoon(pages, d('2026-12-02'), 60).map((p) => p.id)).toEqual(['risks']);
  });

  it('defaults to the documented window', () => {
    const edge = [page('edge', '2027-01-20')];
    const today = new Date(d('2027-01-20').getTime() - DUE_SOON_DAYS * 86_400_000);
    expect(findPagesDueSoon(edge, today)).toHaveLength(1);
    expect(findPagesDueSoon(edge, new Date(today.getTime() - 86_400_000))).toHaveLength(0);
  });
});

describe('formatFreshnessReport', () => {
  it('says nothing is overdue and names the next review when all pages are fresh', () => {
    const report = formatFreshnessReport(pages, d('2026-06-01'));
    expect(report).toBe(
      'Review dates: 4 pages checked, none overdue. The next review is due 2026-12-01 (content/topics/trial.mdx).',
    );
  });

  it('lists every overdue page with its file, date and days overdue', () => {
    const report = formatFreshnessReport(pages, d('2027-01-12'));
    expect(report).toContain('Review overdue: 2 pages');
    expect(report).toContain('content/topics/trial.mdx: next review was 2026-12-01 (42 days ago)');
    expect(report).toContain('content/topics/risks.mdx: next review was 2027-01-10 (2 days ago)');
    expect(report).toContain('Review due soon: 1 page');
    expect(report).toContain('content/topics/benefits.mdx: next review 2027-03-01 (in 48 days)');
  });

  it('handles an empty site', () => {
    expect(formatFreshnessReport([], d('2026-06-01'))).toBe('Review dates: no pages to check.');
  });
});
