import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { describeSource, escapeHtml, renderPacket, type PacketPage } from '@/lib/review-packet/packet-html';

const page: PacketPage = {
  id: 'risks',
  file: 'content/topics/risks.mdx',
  title: 'Risks <and> harms',
  reviewedBy: null,
  since: '2026-11-21',
  readability: { fleschKincaidGrade: 6.1, smogGrade: 8, words: 700 },
  cited: [{ text: 'About 1 in 100 get <b>this</b>.', sourceIds: ['s1', 's404'] }],
  numbers: ['About 1 in 100 get <b>this</b>.'],
  signs: [{ id: 'meningitis', action: 'Emergency: call 999 now', text: 'You have a fever.' }],
  commits: ['abc1234 2026-12-01 Change a number'],
  diff: '-old\n+new <script>',
};
const sources = new Map([
  [
    's1',
    { id: 's1', title: 'A study', publisher: 'A journal', year: 2020, strength: 'moderate', url: 'https://doi.org/x' },
  ],
]);

describe('renderPacket', () => {
  const $ = cheerio.load(renderPacket({ edition: 'Test edition', generated: '2026-12-03', pages: [page], sources }));

  it('escapes every piece of page text (no markup from content runs)', () => {
    expect(escapeHtml('<a href="x">&')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;');
    expect($('script')).toHaveLength(0);
    expect($('b')).toHaveLength(0);
    expect($('#page-risks h2').text()).toBe('Risks <and> harms');
  });

  it('shows each cited sentence with its sources, and flags an unknown source', () => {
    const cells = $('#page-risks tbody tr td')
      .map((_, td) => $(td).text())
      .get();
    expect(cells[0]).toBe('About 1 in 100 get <b>this</b>.');
    expect(cells[1]).toContain('s1: A study (A journal, 2020; strength: moderate)');
    expect(cells[1]).toContain('s404: not found in content/sources/');
    expect(describeSource(undefined, 's9')).toBe('s9: not found in content/sources/');
  });

  it('shows review status, reading level, changes, signs and a sign-off row per page', () => {
    const text = $('#page-risks').text();
    expect(text).toContain('not yet reviewed by a clinician');
    expect(text).toContain('US grade 6.1 (Flesch-Kincaid), SMOG 8, 700 words');
    expect(text).toContain('abc1234 2026-12-01 Change a number');
    expect($('#page-risks pre').text()).toBe('-old\n+new <script>');
    expect($('#page-risks .signs').text()).toBe('Emergency: call 999 now: You have a fever.');
    expect($('#sign-off tbody tr').first().text()).toContain('Risks <and> harms');
  });
});
