/**
 * `npm run review-packet` on the real content (no build needed), with the fictional UK edition so
 * the packet's warning signs use its numbers and a reviewed page names its reviewer.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/project-copy';

const out = mkdtempSync(join(tmpdir(), 'ppg-packet-'));
let output = '';
let $: cheerio.CheerioAPI;

beforeAll(() => {
  const run = spawnSync(process.execPath, ['scripts/review-packet.mjs', '--out', out], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, SITE_CONFIG: 'examples/uk-pump-clinic.yaml' },
  });
  output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`review-packet failed:\n${output}`);
  $ = cheerio.load(readFileSync(join(out, 'index.html'), 'utf8'));
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const pageIds = ['content/topics', 'content/pages'].flatMap((dir) =>
  readdirSync(join(projectRoot, dir))
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => f.replace(/\.mdx$/, '')),
);

describe('npm run review-packet', () => {
  it('has a section for every page and a sign-off sheet listing each one', () => {
    expect(output).toMatch(/Review packet: \d+ pages/);
    for (const id of pageIds) expect($(`#page-${id}`), id).toHaveLength(1);
    expect($('#sign-off tbody tr').length).toBeGreaterThanOrEqual(pageIds.length);
  });

  it('lists cited sentences with source title, year and strength', () => {
    const rows = $('#page-risks tbody tr');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.first().find('.src').text()).toMatch(
      /^s\d+: .+ \(.+, (\d{4}|no date); strength: (strong|moderate|weak)/,
    );
  });

  it('shows reading level, numbers, warning signs in the edition’s words, and changes from git', () => {
    const risks = $('#page-risks').text();
    expect(risks).toMatch(/Reading level: US grade \d+(\.\d+)? \(Flesch-Kincaid\), SMOG/);
    const signs = $('#page-risks .signs').text();
    expect(signs).toContain('Emergency: call 999 now');
    expect(signs).toContain('Call your pump clinic now');
    expect(signs).not.toContain('911');
    expect(risks).toMatch(/What changed since 2026-12-01/);
    expect(
      $('#page-risks h3')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(
      expect.arrayContaining(['Numbers', 'Warning signs shown', expect.stringMatching(/^Cited sentences \(\d+\)$/)]),
    );
  });

  it('names the reviewer only on the pages the edition lists', () => {
    expect($('#page-risks').text()).toContain('Clinical review: Example Reviewer (fictional)');
    expect($('#page-benefits').text()).toContain('Clinical review: not yet reviewed by a clinician');
  });
});
