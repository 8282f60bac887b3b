import { describe, expect, it } from 'vitest';
import { contactLineList, contactLines } from '@/lib/edition/contacts';
import { readEdition } from '@/lib/edition/load-edition';

describe('contactLines', () => {
  it('prints the clinic, after-hours, emergency and crisis numbers of the edition', () => {
    const lines = contactLineList(contactLines(readEdition('examples/uk-pump-clinic.yaml')));
    expect(lines).toEqual([
      "Your pump clinic: Example Pump Clinic, St Nowhere's Hospital (fictional), 0113 496 0000 (Monday to Friday, 9am to 5pm).",
      'After hours: 0113 496 0999.',
      'In an emergency, call 999.',
      'For thoughts of suicide or self-harm: Samaritans, 116 123.',
    ]);
    expect(lines.join(' ')).not.toContain('911');
  });

  it('without a clinic leaves a space to write its numbers, and never invents one', () => {
    const lines = contactLines(readEdition('content/site.yaml'));
    expect(lines.clinic).toMatch(/^Your pump clinic: write its day and night numbers here/);
    expect(lines.afterHours).toBeNull();
    expect(lines.emergency).toBe('In an emergency, call 911.');
  });
});
