/**
 * A clinic's own edition, built for real (docs: README "Your own edition"). One build of the
 * fictional UK example edition (SITE_CONFIG, no SITE_URL), shared by every assertion over every
 * built HTML file; plus a broken edition file, which must stop `astro build` before any page is
 * rendered (cheap: it fails while loading astro.config.mjs).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProjectCopy, projectRoot, removeProjectCopy, type ProjectBuild } from '../support/project-copy';
import { readEdition } from '@/lib/edition/load-edition';
import { uiStrings } from '@/i18n';
import { langFromPath } from '@/lib/i18n/paths';

const UK_FILE = join(projectRoot, 'examples/uk-pump-clinic.yaml');
const uk = readEdition(UK_FILE);
const clinic = uk.clinic!;
const REVIEWED_PAGES = ['/guide/risks/', '/guide/the-trial/'];
/** An English page changed in the copy after its translation (content/es/topics/benefits.mdx) was made. */
const STALE_ENGLISH_PAGE = 'content/topics/benefits.mdx';

const builds: ProjectBuild[] = [];
afterAll(() => builds.forEach(removeProjectCopy));

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

describe('a broken edition file', () => {
  it('stops the build before any page is built, naming the file and the field', () => {
    const build = buildProjectCopy({
      prepare: (work) =>
        writeFileSync(
          join(work, 'broken-edition.yaml'),
          'organisation: { name: Test Clinic }\nemergency: { number: "nine-nine-nine" }\n',
        ),
      env: { SITE_CONFIG: 'broken-edition.yaml' },
    });
    builds.push(build);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The edition file broken-edition.yaml has a problem');
    expect(build.output).toContain('emergency.number: Write the emergency number as 2 to 4 digits');
    // It failed while reading the config: no page was rendered.
    expect(build.output).not.toMatch(/page\(s\) built|Building static entrypoints/);
  }, 120_000);
});

describe('the fictional UK clinic edition (SITE_CONFIG, no SITE_URL)', () => {
  let build: ProjectBuild;
  let pages: Map<string, cheerio.CheerioAPI>;
  let textFiles: Map<string, string>;

  beforeAll(() => {
    // VITEST is cleared so the build prints its warnings as it would for a person.
    // The same build also changes one English page after its Spanish translation was made, to show
    // what an editor sees when the English moves on (docs/translating-content.md).
    build = buildProjectCopy({
      env: { SITE_CONFIG: UK_FILE, SITE_URL: '', VITEST: '' },
      prepare: (work) => {
        const file = join(work, STALE_ENGLISH_PAGE);
        writeFileSync(
          file,
          `${readFileSync(file, 'utf8')}\nThe English page gained this sentence after it was translated.\n`,
        );
      },
    });
    builds.push(build);
    if (build.status !== 0) throw new Error(`UK edition build failed:\n${build.output.slice(-3000)}`);
    const files = filesIn(build.dist);
    textFiles = new Map(
      files
        .filter((f) => /\.(html|xml|txt|json|js|css|webmanifest)$/.test(f))
        .map((f) => [relative(build.dist, f), readFileSync(f, 'utf8')]),
    );
    pages = new Map(
      [...textFiles]
        .filter(([path]) => path.endsWith('.html'))
        .map(([path, html]) => [`/${path.replace(/index\.html$/, '')}`, cheerio.load(html)]),
    );
  }, 300_000);

  it('marks the Spanish page of a changed English page as out of date, links to the English, and lists it', () => {
    expect(build.output).toContain('out of date: content/es/topics/benefits.mdx');
    const stale = pages.get('/es/guide/benefits/')!;
    const notice = stale('[data-translation-status="stale"]');
    expect(notice.length).toBe(1);
    expect(notice.text()).toContain('La página en inglés cambió');
    expect(notice.find('a[hreflang="en"]').attr('href')).toBe('/guide/benefits/');
    // Every other translated page is still current.
    const others = [...pages].filter(
      ([path, $]) => path !== '/es/guide/benefits/' && $('[data-translation-status="stale"]').length > 0,
    );
    expect(others.map(([path]) => path)).toEqual([]);
    expect(pages.get('/es/guide/risks/')!('[data-translation-status="current"]').text()).toContain(
      'Traducido de la versión en inglés del',
    );
  });

  it('builds every page and warns that SITE_URL is missing', () => {
    expect(pages.size).toBeGreaterThanOrEqual(20);
    expect(build.output).toContain('SITE_URL is not set');
  });

  it('never says 911 on any page, in text or in a phone link', () => {
    for (const [path, $] of pages) {
      const body = $('body').clone();
      body.find('script, style').remove();
      expect(body.text(), path).not.toMatch(/\b911\b/);
      expect(
        $('a[href^="tel:"]')
          .map((_, a) => $(a).attr('href'))
          .get(),
        path,
      ).not.toContain('tel:911');
    }
  });

  it("puts the clinic's name and numbers on every care card, and 999 on every emergency card", () => {
    let cards = 0;
    for (const [path, $] of pages) {
      $('[data-care-card]').each((_, el) => {
        cards += 1;
        const card = $(el);
        const level = card.attr('data-care-card');
        const text = card.text();
        if (level === 'emergency') {
          expect(text, `${path} emergency card`).toContain('999');
        } else {
          expect(text, `${path} ${level} card`).toContain(clinic.name);
          expect(text, `${path} ${level} card`).toContain(clinic.phone);
        }
        if (level === 'now') expect(text, `${path} now card`).toContain(clinic.afterHoursPhone!);
      });
    }
    expect(cards).toBeGreaterThan(10);
  });

  it('shows the example banner and the clinic in the footer on every page', () => {
    expect(uiStrings('en').site.edition.exampleBanner(uk.organisation.name)).toMatch(
      /^Example edition: .*fictional clinic/,
    );
    for (const [path, $] of pages) {
      expect($('[data-example-edition]').text().trim(), path).toBe(
        uiStrings(langFromPath(path)).site.edition.exampleBanner(uk.organisation.name),
      );
      expect($('[data-footer-clinic]').text(), path).toContain(clinic.phone);
    }
  });

  it("prints the clinic's numbers and 999 on the question list, the decision summary and the clinic kit", () => {
    const expected = [clinic.name, clinic.phone, clinic.afterHoursPhone!, 'call 999', 'Samaritans, 116 123'];
    for (const path of ['/questions/', '/decide/summary/']) {
      // The island gets the lines as plain props from its Astro page.
      const props = pages.get(path)!('astro-island')
        .map((_, el) => pages.get(path)!(el).attr('props'))
        .get()
        .join(' ');
      for (const line of expected) expect(props, path).toContain(line);
    }
    for (const path of ['/questions/', '/for-clinicians/kit/']) {
      // On /questions/ the printable checklist is in <noscript>: read the page as a browser without
      // JavaScript does, where <noscript> holds markup rather than text.
      const $ = cheerio.load(pages.get(path)!.html(), { scriptingEnabled: false });
      const contacts = $('[data-edition-contacts]').text();
      for (const line of expected) expect(contacts, path).toContain(line);
    }
  });

  it('names the reviewer on exactly the pages the edition lists, in the page and its JSON-LD', () => {
    const reviewer = uk.reviewers[0]!;
    for (const [path, $] of pages) {
      const status = $('[data-reviewed-by]');
      const jsonLd = $('script[type="application/ld+json"]').text();
      const data = jsonLd ? (JSON.parse(jsonLd) as Record<string, unknown>) : {};
      if (REVIEWED_PAGES.includes(path)) {
        expect(status.text(), path).toContain(reviewer.name);
        expect(status.find('time').attr('datetime'), path).toBe('2026-12-01');
        expect(data['reviewedBy'], path).toEqual({
          '@type': 'Person',
          name: reviewer.name,
          jobTitle: reviewer.credentials,
        });
        expect(data['lastReviewed'], path).toBe('2026-12-01');
      } else {
        expect(status, path).toHaveLength(0);
        expect(data, path).not.toHaveProperty('reviewedBy');
        expect(data, path).not.toHaveProperty('lastReviewed');
        if ($('[data-clinical-review]').length > 0)
          expect($('[data-clinical-review]').text(), path).toContain(
            uiStrings(langFromPath(path)).site.reviewDates.notReviewed,
          );
      }
    }
  });

  it('shows the funding and conflicts text on the about page', () => {
    const about = pages.get('/about-and-methods/')!('[data-edition-funding]').text();
    expect(about).toContain(uk.funding!);
    expect(about).toContain(uk.conflicts!);
  });

  it('ships no invented address: no canonical links, no sitemap, no ".example" host anywhere', () => {
    for (const [file, text] of textFiles) {
      expect(text, file).not.toMatch(/https?:\/\/[^\s"'<>]*\.example\b/);
      expect(text, file).not.toContain('pain-pump-guide.example');
    }
    for (const [path, $] of pages) {
      expect($('link[rel="canonical"]'), path).toHaveLength(0);
      expect($('meta[property="og:url"]'), path).toHaveLength(0);
    }
    expect(textFiles.has('sitemap-index.xml')).toBe(false);
    expect(pages.get('/for-clinicians/kit/')!('[data-kit-no-address]').length).toBe(1);
    expect(pages.get('/for-clinicians/kit/')!('svg[role="img"]').length).toBe(0);
  });
});
