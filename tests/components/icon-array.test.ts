/**
 * The "100 people" picture (IconArray.astro), rendered with the Container API: counts the drawn
 * figures, checks the text alternative states the numbers, and checks that solid and outline
 * figures differ in shape and fill, not only in colour.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import IconArray from '@/components/IconArray.astro';
import OptionGrid from '@/components/OptionGrid.astro';
import { numberSources } from '@/lib/content/citations';
import { buildOptionGrid } from '@/lib/decision/option-grid';
import { validGrid } from '../unit/lib/decision/fixtures';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const locals = {
  pageName: 'test page',
  pageSources: numberSources(['s43', 's57', 's1', 's2'], (id) =>
    id === 's43' ? 'Journal of Clinical Oncology, 2002' : `Publisher ${id}`,
  ),
};

const single = {
  id: 'spinal-headache',
  affected: 23,
  unit: 'pump operations',
  outcome: 'led to a spinal headache',
  notOutcome: 'did not',
  who: '319 pump operations at one US center.',
  timeFrame: 'After the operation',
  strength: 'weak',
  why: 'It comes from one center looking back at its records.',
  sources: 's57',
};

const comparison = {
  id: 'cancer-benefit',
  title: 'A small benefit after 4 weeks, for cancer pain',
  affected: 85,
  label: 'With a pump and medical care',
  compareAffected: 71,
  compareLabel: 'With medical care alone',
  outcome: 'had at least a small benefit',
  notOutcome: 'did not have this benefit',
  who: '143 adults with advanced cancer pain.',
  timeFrame: 'After 4 weeks',
  strength: 'strong',
  sources: 's43',
};

/** Figures drawn in a picture's solid or outline group: each 20 x 20 area of a rectangle is one person. */
function figuresIn($: CheerioAPI, svg: ReturnType<CheerioAPI>, group: 'affected' | 'unaffected'): number {
  return svg
    .find(`g[data-people="${group}"] rect`)
    .map((_, rect) => (Number($(rect).attr('width')) * Number($(rect).attr('height'))) / 400)
    .get()
    .reduce((sum: number, n: number) => sum + n, 0);
}

async function render(props: Record<string, unknown>) {
  return load(await container.renderToString(IconArray, { props, locals }));
}

describe('IconArray', () => {
  it('draws 100 figures, 23 of them solid, in one image with a text alternative that states the numbers', async () => {
    const $ = await render(single);
    const svg = $('figure[data-icon-array="spinal-headache"] svg[role="img"]');
    expect(svg).toHaveLength(1);
    expect(figuresIn($, svg, 'affected')).toBe(23);
    expect(figuresIn($, svg, 'unaffected')).toBe(77);

    const titleId = svg.attr('aria-labelledby')!;
    const alt = $(`[id="${titleId}"]`).text();
    expect($(`[id="${titleId}"]`).is('title')).toBe(true);
    expect(alt).toContain('Picture of 100 pump operations');
    expect(alt).toContain('23 solid figures: about 23 out of 100 led to a spinal headache');
    expect(alt).toContain('77 outline figures: the other 77 did not');
  });

  it('writes the numbers, who, time, how sure we are and the source as text next to the picture', async () => {
    const $ = await render(single);
    const figure = $('figure');
    expect(figure.find('#spinal-headache-title').text()).toBe(
      'About 23 out of 100 pump operations led to a spinal headache, after the operation.',
    );
    const details = figure.find('figcaption dl').text();
    expect(details).toContain('319 pump operations at one US center.');
    expect(details).toContain('After the operation');
    expect(figure.find('[data-icon-certainty]').text()).toBe(
      'We are unsure of this. It comes from one center looking back at its records.',
    );
    expect(figure.find('figcaption .ppg-cite a').attr('href')).toBe('#source-s57');
    expect(figure.attr('aria-labelledby')).toBe('spinal-headache-title');
  });

  it('never relies on colour alone: solid figures are filled, outline figures are not', async () => {
    const $ = await render(single);
    const patternOf = (group: string) => $(`g[data-people="${group}"] rect`).first().attr('fill')!.slice(5, -1);
    const solid = $(`pattern[id="${patternOf('affected')}"] path`).attr('class')!;
    const outline = $(`pattern[id="${patternOf('unaffected')}"] path`).attr('class')!;
    expect(solid).toContain('fill-brand');
    expect(outline).toContain('fill-none');
    expect(
      $('ul[aria-label="Key to the picture"] li')
        .map((_, li) => $(li).text().trim())
        .get(),
    ).toEqual(['Solid figure: led to a spinal headache', 'Outline figure: did not']);
  });

  it('shows two groups side by side, each with its own picture and text alternative', async () => {
    const $ = await render(comparison);
    const svgs = $('svg[role="img"]');
    expect(svgs).toHaveLength(2);
    const counts = svgs.map((_, svg) => figuresIn($, $(svg), 'affected')).get();
    expect(counts).toEqual([85, 71]);
    const alts = svgs.map((_, svg) => $(`[id="${$(svg).attr('aria-labelledby')}"]`).text()).get();
    expect(alts[0]).toMatch(/^With a pump and medical care\. Picture of 100 people\. 85 solid figures/);
    expect(alts[1]).toMatch(/^With medical care alone\. Picture of 100 people\. 71 solid figures/);
    expect($('[data-icon-statement]').text()).toBe(
      'With a pump and medical care: about 85 out of 100 people had at least a small benefit. ' +
        'With medical care alone: about 71 out of 100 people had at least a small benefit. ' +
        'Both are out of 100 people, after 4 weeks.',
    );
    expect($('[data-icon-certainty]').text()).toBe('We are fairly sure of this.');
    expect($('figcaption').text()).toContain('Journal of Clinical Oncology, 2002');
  });

  it('keeps element ids unique when two pictures share a page', async () => {
    const html =
      (await container.renderToString(IconArray, { props: single, locals })) +
      (await container.renderToString(IconArray, { props: comparison, locals }));
    const ids = load(html)('[id]')
      .map((_, el) => load(html)(el).attr('id'))
      .get();
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    [{ ...single, affected: 2.4 }, 'not a whole number'],
    [{ ...single, affected: 120 }, 'outside 0 to 100'],
    [{ ...comparison, compareLabel: undefined }, 'needs both label and compareLabel'],
    [{ ...single, sources: 's999' }, 'is not in the page\'s "sources" list'],
  ])('stops the build with a clear message for bad props (%#)', async (props, message) => {
    await expect(container.renderToString(IconArray, { props, locals })).rejects.toThrow(message);
  });
});

describe('OptionGrid', () => {
  it('is one table with option column headers and question row headers, in a named, focusable region', async () => {
    const $ = load(
      await container.renderToString(OptionGrid, { props: { model: buildOptionGrid(validGrid()) }, locals }),
    );
    const region = $('[role="region"][data-option-grid-region]');
    expect(region.attr('tabindex')).toBe('0');
    expect($(`[id="${region.attr('aria-labelledby')}"]`).is('caption')).toBe(true);
    expect(
      $('thead th[scope="col"]')
        .map((_, th) => $(th).text().trim())
        .get(),
    ).toEqual(['Question', 'Keep my current care', 'A pump trial, then a pump']);
    expect(
      $('tbody th[scope="row"]')
        .map((_, th) => $(th).text().trim())
        .get(),
    ).toEqual(['What does it involve?', 'How much pain relief can I expect?', 'What are the main risks?']);
    expect($('tbody tr').first().find('td')).toHaveLength(2);
  });

  it('writes "Not known" in words and keeps the option name in each cell for the stacked layout', async () => {
    const $ = load(
      await container.renderToString(OptionGrid, { props: { model: buildOptionGrid(validGrid()) }, locals }),
    );
    const cell = $('#row-pain-relief td[data-option="keep-current-care"]');
    expect(cell.find('[data-not-known] strong').text()).toBe('Not known:');
    expect(cell.find('span[aria-hidden="true"]').text().trim()).toBe('Keep my current care');
    expect($('td').filter((_, td) => $(td).text().trim().length === 0)).toHaveLength(0);
  });
});
