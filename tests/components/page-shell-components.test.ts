/**
 * Semantics of the Astro components patients read: asserted on rendered HTML (Container API),
 * the GOV.UK way: roles, attributes and text, not snapshots.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '@/components/Cite.astro';
import GuideNav from '@/components/GuideNav.astro';
import KeyPoints from '@/components/KeyPoints.astro';
import PageTools from '@/components/PageTools.astro';
import Pagination from '@/components/Pagination.astro';
import ReviewDates from '@/components/ReviewDates.astro';
import SkipLink from '@/components/SkipLink.astro';
import { numberSources } from '@/lib/content/citations';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Renders a component and parses it, so tests assert on structure rather than exact markup. */
async function render(component: Parameters<AstroContainer['renderToString']>[0], options = {}) {
  return load(await container.renderToString(component, options));
}

describe('ReviewDates', () => {
  it('shows machine-readable review dates and says plainly when clinical review is pending', async () => {
    const $ = await render(ReviewDates, {
      props: { lastReviewed: date('2026-11-21'), nextReview: date('2027-11-21') },
    });
    const times = $('time')
      .map((_, el) => `${$(el).attr('datetime')}=${$(el).text()}`)
      .get();
    expect(times).toEqual(['2026-11-21=November 21, 2026', '2027-11-21=November 21, 2027']);
    expect($('[data-clinical-review]').text()).toContain('Not yet reviewed by a clinician');
  });

  it('writes dates and words in the page language', async () => {
    const $ = await render(ReviewDates, {
      props: { lastReviewed: date('2026-11-21'), nextReview: date('2027-11-21'), lang: 'es' },
    });
    expect(
      $('time')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['21 de noviembre de 2026', '21 de noviembre de 2027']);
    expect($('dt').first().text()).toBe('Última revisión');
    expect($('[data-clinical-review]').text()).toContain('Todavía no la ha revisado un profesional de la salud.');
    expect($('[data-clinical-review] a').attr('href')).toBe('/es/about-and-methods/#clinical-review');
  });

  it('names the reviewer when one is given', async () => {
    const $ = await render(ReviewDates, {
      props: {
        lastReviewed: date('2026-11-21'),
        nextReview: date('2027-11-21'),
        reviewedBy: 'A. Reviewer, pain nurse',
      },
    });
    // A front-matter reviewer is dated by the page's lastReviewed.
    expect($('[data-clinical-review]').text().trim().replace(/\s+/g, ' ')).toBe(
      'Reviewed by A. Reviewer, pain nurse on November 21, 2026',
    );
    expect($('[data-reviewed-by] time').attr('datetime')).toBe('2026-11-21');
  });
});

describe('KeyPoints', () => {
  it('is a labelled region with one list item per point', async () => {
    const $ = await render(KeyPoints, { props: { points: ['One point.', 'Two point.', 'Three point.'] } });
    const labelId = $('section').attr('aria-labelledby');
    expect($(`#${labelId}`).text()).toBe('Key points');
    expect(
      $('section li')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['One point.', 'Two point.', 'Three point.']);
  });
});

describe('GuideNav and Pagination', () => {
  const items = [
    { href: '/guide/a/', title: 'Page A' },
    { href: '/guide/b/', title: 'Page B' },
  ];

  it('opens only the current section and links every other section to its first page', async () => {
    const grouped = [
      { href: '/guide/a/', title: 'Page A', section: 'Risks' },
      { href: '/guide/b/', title: 'Page B', section: 'Risks' },
      { href: '/guide/c/', title: 'Page C', section: 'Medicines' },
      { href: '/guide/d/', title: 'Page D', section: 'Medicines' },
    ];
    const $ = await render(GuideNav, { props: { items: grouped, currentHref: '/guide/c/' } });
    const links = $('nav a')
      .map((_, el) => `${$(el).text().trim()}=${$(el).attr('href')}`)
      .get();
    expect(links).toEqual(['Risks=/guide/a/', 'Page C=/guide/c/', 'Page D=/guide/d/']);
    expect($('[aria-current="page"]').attr('href')).toBe('/guide/c/');
  });

  it('marks only the current page with aria-current', async () => {
    const $ = await render(GuideNav, { props: { items, currentHref: '/guide/b/' } });
    expect($(`#${$('nav').attr('aria-labelledby')}`).text()).toBe('Pages in this guide');
    expect(
      $('[aria-current="page"]')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/guide/b/']);
  });

  it('links previous and next with rel attributes, and renders nothing with neither', async () => {
    const $ = await render(Pagination, { props: { previous: items[0], next: items[1] } });
    expect($('a[rel="prev"]').attr('href')).toBe('/guide/a/');
    expect($('a[rel="next"]').attr('href')).toBe('/guide/b/');
    const empty = await render(Pagination, { props: {} });
    expect(empty('nav')).toHaveLength(0);
  });
});

describe('SkipLink', () => {
  it('targets the main content', async () => {
    const $ = await render(SkipLink);
    expect($('a').attr('href')).toBe('#main-content');
    expect($('a').text()).toBe('Skip to main content');
  });

  it('speaks the page language', async () => {
    const $ = await render(SkipLink, { props: { lang: 'es' } });
    expect($('a').text()).toBe('Saltar al contenido principal');
  });
});

describe('Cite', () => {
  const locals = {
    pageName: 'content/topics/example.mdx',
    pageSources: numberSources(['s10', 's43'], (id) =>
      id === 's43' ? 'Journal of Clinical Oncology, 2002' : 'DailyMed, 2024',
    ),
  };

  it('numbers each cited source by its place in the page source list and names it for screen readers', async () => {
    const $ = await render(Cite, { props: { id: 's43,s10' }, locals });
    const links = $('a')
      .map((_, el) => ({ href: $(el).attr('href'), name: $(el).attr('aria-label'), text: $(el).text() }))
      .get();
    expect(links).toEqual([
      { href: '#source-s43', name: 'Source 2', text: '[2]' },
      { href: '#source-s10', name: 'Source 1', text: '[1]' },
    ]);
  });

  it('fails the render when a page cites a source it does not list', async () => {
    await expect(container.renderToString(Cite, { props: { id: 's99' }, locals })).rejects.toThrow(
      /content\/topics\/example\.mdx: <Cite id="s99" \/> is not in the page's "sources" list/,
    );
  });
});

describe('PageTools', () => {
  /** Each hidden tool button as "hook|type|visible label|full name". */
  async function tools(lang: 'en' | 'es') {
    const $ = await render(PageTools, { props: { lang } });
    return $('[data-page-tools] button[hidden][data-print="hide"]')
      .map((_, el) => {
        const button = $(el);
        const hook = ['data-share-page', 'data-print-page'].find((name) => button.attr(name) !== undefined);
        const visible = button.clone();
        visible.find('.sr-only').remove();
        const icon = button.find('svg[aria-hidden="true"][focusable="false"]').length;
        return `${hook}|${button.attr('type')}|${visible.text().trim()}|${button.text().trim()}|icon ${icon}`;
      })
      .get();
  }

  it('renders Share and Print as hidden buttons the script finds, with a short label that starts the full name', async () => {
    expect(await tools('en')).toEqual([
      'data-share-page|button|Share|Share this page|icon 1',
      'data-print-page|button|Print|Print this page|icon 1',
    ]);
  });

  it('speaks the page language', async () => {
    expect(await tools('es')).toEqual([
      'data-share-page|button|Compartir|Compartir esta página|icon 1',
      'data-print-page|button|Imprimir|Imprimir esta página|icon 1',
    ]);
  });
});
