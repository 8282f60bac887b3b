import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '@/lib/seo/plain-text';

describe('htmlToPlainText', () => {
  it.each([
    ['Risks from the medicine', 'Risks from the medicine'],
    ['During the visit: go through the patient’s list', 'During the visit: go through the patient’s list'],
    ['Pump <em>and</em> tube problems', 'Pump and tube problems'],
    ['Costs &amp; insurance', 'Costs & insurance'],
    ['It&#39;s &#x2019;fine&#x2019; &quot;ok&quot;', 'It\'s ’fine’ "ok"'],
    ['  two\n  lines  ', 'two lines'],
    ['&unknown; stays', '&unknown; stays'],
  ])('%j → %j', (html, text) => {
    expect(htmlToPlainText(html)).toBe(text);
  });
});
