import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { editionFilePath, GENERIC_EDITION_FILE, parseEdition, readEdition } from '@/lib/edition/load-edition';

describe('the edition file', () => {
  it('uses content/site.yaml unless SITE_CONFIG names another file', () => {
    expect(editionFilePath({})).toBe(GENERIC_EDITION_FILE);
    expect(editionFilePath({ SITE_CONFIG: '  ' })).toBe(GENERIC_EDITION_FILE);
    expect(editionFilePath({ SITE_CONFIG: 'examples/x.yaml' })).toBe('examples/x.yaml');
  });

  it('reads the generic edition: 911, the 988 line, no clinic and no reviewer', () => {
    const edition = readEdition(GENERIC_EDITION_FILE);
    expect(edition.emergency.number).toBe('911');
    expect(edition.emergency.crisisLine?.number).toBe('988');
    expect(edition.clinic).toBeUndefined();
    expect(edition.reviewers).toEqual([]);
    expect(edition.funding).toBeUndefined();
  });

  it('names every wrong field in one message', () => {
    const text =
      'organisation: { name: X }\nemergency: { number: "nine" }\nclinic: { name: Clinic, phone: "call us" }\nreviewers: [{ name: Ann Example, credentials: RN, reviewed: 2026-12-01, pages: [Risks] }]\ncolour: red\n';
    let message = '';
    try {
      parseEdition(text, 'my-clinic.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^The edition file my-clinic\.yaml has \d+ problems/);
    expect(message).toMatch(/organisation\.name: /);
    expect(message).toMatch(/emergency\.number: Write the emergency number as 2 to 4 digits/);
    expect(message).toMatch(/clinic\.phone: Write a phone number/);
    expect(message).toMatch(/reviewers\.0\.pages/);
    expect(message).toMatch(/colour/);
  });

  it('reports a missing file and broken YAML plainly', () => {
    expect(() => readEdition('no/such/file.yaml')).toThrow(/could not be read.*SITE_CONFIG/);
    const dir = mkdtempSync(join(tmpdir(), 'edition-'));
    writeFileSync(join(dir, 'bad.yaml'), 'organisation: [unclosed');
    expect(() => readEdition(join(dir, 'bad.yaml'))).toThrow(/is not valid YAML/);
  });
});
