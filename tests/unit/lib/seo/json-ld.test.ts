import { describe, expect, it } from 'vitest';
import { splitReviewedBy } from '@/lib/edition/clinical-review';
import {
  PAGE_TOPIC,
  buildMedicalWebPage,
  reviewerPerson,
  serializeJsonLd,
  type MedicalWebPageInput,
} from '@/lib/seo/json-ld';

const input: MedicalWebPageInput = {
  url: 'https://pumps.example.org/guide/risks/',
  siteUrl: 'https://pumps.example.org/',
  siteName: 'Pain Pump Guide',
  name: 'Risks and side effects',
  description: 'How common each risk is.',
  audience: 'patient',
  imageUrl: 'https://pumps.example.org/og-default.png',
  review: {
    reviewers: [{ name: 'Ann Example', credentials: 'pain nurse' }],
    reviewed: new Date('2026-11-21T00:00:00Z'),
    from: 'edition',
  },
};

describe('buildMedicalWebPage', () => {
  it('describes a patient page about intrathecal drug delivery, with its review date', () => {
    const data = buildMedicalWebPage(input);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: input.url,
      name: input.name,
      description: input.description,
      lastReviewed: '2026-11-21',
      about: { '@type': 'MedicalTherapy', name: 'Intrathecal drug delivery' },
      audience: { '@type': 'Patient' },
      isPartOf: { '@type': 'WebSite', url: 'https://pumps.example.org/' },
    });
    expect(data['about']).toBe(PAGE_TOPIC);
  });

  it('uses a clinician MedicalAudience for the clinicians page', () => {
    expect(buildMedicalWebPage({ ...input, audience: 'clinician' })['audience']).toEqual({
      '@type': 'MedicalAudience',
      audienceType: 'Clinician',
    });
  });

  it('leaves out reviewedBy and lastReviewed unless a named clinician reviewed the page (never invented)', () => {
    const data = buildMedicalWebPage({ ...input, review: null });
    expect(data).not.toHaveProperty('reviewedBy');
    expect(data).not.toHaveProperty('lastReviewed');
    expect(buildMedicalWebPage({ ...input, review: { ...input.review!, reviewers: [] } })).not.toHaveProperty(
      'reviewedBy',
    );
  });

  it('names the reviewer as a Person, or several as a list', () => {
    expect(buildMedicalWebPage(input)['reviewedBy']).toEqual({
      '@type': 'Person',
      name: 'Ann Example',
      jobTitle: 'pain nurse',
    });
    const two = { ...input.review!, reviewers: [...input.review!.reviewers, { name: 'Ben Example', credentials: '' }] };
    expect(buildMedicalWebPage({ ...input, review: two })['reviewedBy']).toEqual([
      { '@type': 'Person', name: 'Ann Example', jobTitle: 'pain nurse' },
      { '@type': 'Person', name: 'Ben Example' },
    ]);
  });

  it('leaves out every absolute address when the build has no SITE_URL', () => {
    const data = buildMedicalWebPage({ ...input, url: undefined, siteUrl: undefined, imageUrl: undefined });
    expect(JSON.stringify(data)).not.toMatch(/https?:\/\/(?!schema\.org)/);
    expect(data).not.toHaveProperty('url');
    expect(data).not.toHaveProperty('@id');
    expect(data['isPartOf']).toEqual({ '@type': 'WebSite', name: 'Pain Pump Guide' });
  });
});

describe('reviewerPerson', () => {
  it.each([
    ['Dr Jane Doe', { '@type': 'Person', name: 'Dr Jane Doe' }],
    ['Dr Jane Doe, MD, pain medicine', { '@type': 'Person', name: 'Dr Jane Doe', jobTitle: 'MD, pain medicine' }],
  ])('%s', (text, expected) => {
    expect(reviewerPerson(splitReviewedBy(text))).toEqual(expected);
  });
});

describe('serializeJsonLd', () => {
  it('round-trips through JSON.parse', () => {
    const data = buildMedicalWebPage(input);
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it('cannot close the script element or open a comment, whatever the text says', () => {
    const hostile = { name: '</script><script>alert(1)</script> <!-- & \u2028' };
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });
});
