import { describe, expect, it } from 'vitest';
import { PAGE_TOPIC, buildMedicalWebPage, reviewerPerson, serializeJsonLd, type MedicalWebPageInput } from '@/lib/seo/json-ld';

const input: MedicalWebPageInput = {
  url: 'https://pumps.example.org/guide/risks/',
  siteUrl: 'https://pumps.example.org/',
  siteName: 'Pain Pump Guide',
  name: 'Risks and side effects',
  description: 'How common each risk is.',
  audience: 'patient',
  imageUrl: 'https://pumps.example.org/og-default.png',
  lastReviewed: new Date('2026-11-21T00:00:00Z'),
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

  it('leaves out reviewedBy and lastReviewed when they are not known (never invented)', () => {
    const data = buildMedicalWebPage({ ...input, lastReviewed: undefined, reviewedBy: undefined });
    expect(data).not.toHaveProperty('reviewedBy');
    expect(data).not.toHaveProperty('lastReviewed');
    expect(buildMedicalWebPage({ ...input, reviewedBy: '   ' })).not.toHaveProperty('reviewedBy');
  });

  it('adds the reviewer when the front matter names one', () => {
    expect(buildMedicalWebPage({ ...input, reviewedBy: 'Dr Jane Doe, consultant in pain medicine' })['reviewedBy']).toEqual({
      '@type': 'Person',
      name: 'Dr Jane Doe',
      jobTitle: 'consultant in pain medicine',
    });
  });
});

describe('reviewerPerson', () => {
  it.each([
    ['Dr Jane Doe', { '@type': 'Person', name: 'Dr Jane Doe' }],
    ['Dr Jane Doe, MD, pain medicine', { '@type': 'Person', name: 'Dr Jane Doe', jobTitle: 'MD, pain medicine' }],
  ])('%s', (text, expected) => {
    expect(reviewerPerson(text)).toEqual(expected);
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
