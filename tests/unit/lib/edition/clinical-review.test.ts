import { describe, expect, it } from 'vitest';
import {
  clinicalReviewFor,
  pageIdForPath,
  reviewerNames,
  splitReviewedBy,
  unknownReviewedPages,
} from '@/lib/edition/clinical-review';
import { readEdition } from '@/lib/edition/load-edition';
import type { Edition } from '@/lib/edition/edition-schema';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const nurse = {
  name: 'Ann Example',
  credentials: 'Pain nurse',
  reviewed: day('2026-11-01'),
  pages: ['risks', 'the-trial'],
};
const doctor = { name: 'Ben Example', credentials: 'Consultant', reviewed: day('2026-12-01'), pages: 'all' as const };

describe('pageIdForPath', () => {
  it.each([
    ['/guide/risks/', 'risks'],
    ['/about-and-methods/', 'about-and-methods'],
    ['/decide/', 'decide'],
    ['/decide/summary/', 'decide-summary'],
    ['/', 'home'],
  ])('%s → %s', (path, id) => expect(pageIdForPath(path)).toBe(id));
});

describe('clinicalReviewFor', () => {
  it('names no one when nobody reviewed the page', () => {
    expect(clinicalReviewFor({ reviewers: [] }, 'risks')).toBeNull();
    expect(clinicalReviewFor({ reviewers: [nurse] }, 'benefits')).toBeNull();
    // A front-matter name without a date is not enough.
    expect(clinicalReviewFor({ reviewers: [] }, 'risks', { reviewedBy: 'Ann Example' })).toBeNull();
  });

  it('uses edition reviewers who cover the page, newest date first', () => {
    expect(clinicalReviewFor({ reviewers: [nurse] }, 'risks')).toEqual({
      reviewers: [{ name: 'Ann Example', credentials: 'Pain nurse' }],
      reviewed: day('2026-11-01'),
      from: 'edition',
    });
    const both = clinicalReviewFor({ reviewers: [nurse, doctor] }, 'the-trial')!;
    expect(both.reviewers.map((r) => r.name)).toEqual(['Ben Example', 'Ann Example']);
    expect(both.reviewed).toEqual(day('2026-12-01'));
    expect(clinicalReviewFor({ reviewers: [doctor] }, 'privacy')?.reviewers[0]?.name).toBe('Ben Example');
  });

  it('falls back to front matter, and the edition wins when both exist', () => {
    const fm = { reviewedBy: 'Cara Example, GP', lastReviewed: day('2026-10-10') };
    expect(clinicalReviewFor({ reviewers: [] }, 'risks', fm)).toEqual({
      reviewers: [{ name: 'Cara Example', credentials: 'GP' }],
      reviewed: day('2026-10-10'),
      from: 'front-matter',
    });
    expect(clinicalReviewFor({ reviewers: [nurse] }, 'risks', fm)?.from).toBe('edition');
  });

  it('writes names with credentials for the page', () => {
    expect(reviewerNames(clinicalReviewFor({ reviewers: [nurse, doctor] }, 'risks')!)).toBe(
      'Ben Example, Consultant; Ann Example, Pain nurse',
    );
    expect(splitReviewedBy('Solo Name')).toEqual({ name: 'Solo Name', credentials: '' });
  });
});

describe('unknownReviewedPages', () => {
  it('reports page ids that match no page, so a typo cannot hide a review', () => {
    expect(unknownReviewedPages({ reviewers: [nurse, doctor] }, ['risks', 'the-trial'])).toEqual([]);
    expect(unknownReviewedPages({ reviewers: [nurse] }, ['risks'])).toEqual(['the-trial']);
  });
});

describe('the example editions', () => {
  it('are marked as examples and name only a clearly fictional reviewer', () => {
    for (const file of ['examples/uk-pump-clinic.yaml', 'examples/us-pump-clinic.yaml']) {
      const edition: Edition = readEdition(file);
      expect(edition.example, file).toBe(true);
      expect(edition.organisation.name, file).toMatch(/fictional/i);
      expect(edition.clinic?.name, file).toMatch(/fictional/i);
      for (const reviewer of edition.reviewers) expect(reviewer.name, file).toMatch(/\(fictional\)/);
    }
  });

  it('UK: 999, Samaritans and numbers from the Ofcom drama range', () => {
    const uk = readEdition('examples/uk-pump-clinic.yaml');
    expect(uk.emergency.number).toBe('999');
    expect(uk.emergency.crisisLine).toEqual({ name: 'Samaritans', number: '116 123' });
    expect(uk.clinic?.phone).toMatch(/^0113 496 0\d{3}$/);
    expect(uk.clinic?.afterHoursPhone).toMatch(/^0113 496 0\d{3}$/);
  });
});
