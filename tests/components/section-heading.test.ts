/**
 * SectionHeading renders the heading with its unchanged id and text, and the copy-link control
 * after it (not inside), named for the heading and pointing at #id.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SectionHeading from '@/components/SectionHeading.astro';

async function render(props: Record<string, unknown>, slot: string): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(SectionHeading, { props, slots: { default: slot } });
}

describe('SectionHeading', () => {
  it.each([
    [2, 'h2'],
    [3, 'h3'],
  ] as const)('level %s renders an %s with its id and the control after it', async (level, tag) => {
    const html = await render({ level, id: 'pump-and-tube-problems' }, 'Pump <em>and</em> tube problems');
    expect(html).toMatch(
      new RegExp(`<${tag} id="pump-and-tube-problems"[^>]*>Pump <em>and</em> tube problems</${tag}>`),
    );
    // The control comes after the closing heading tag, so the heading's own name is unchanged.
    const headingEnd = html.indexOf(`</${tag}>`);
    const control = html.indexOf('data-section-link');
    expect(control).toBeGreaterThan(headingEnd);
    expect(html).toContain('href="#pump-and-tube-problems"');
    expect(html).toContain('aria-label="Copy link to section: Pump and tube problems"');
  });

  it('decodes entities in the control name and escapes it in the attribute', async () => {
    const html = await render({ level: 2, id: 'costs-insurance' }, 'Costs &amp; &quot;insurance&quot;');
    expect(html).toContain('aria-label="Copy link to section: Costs &amp; &quot;insurance&quot;"');
  });

  it('renders a plain heading when there is no id to link to', async () => {
    const html = await render({ level: 3 }, 'No id');
    expect(html).toContain('<h3>No id</h3>');
    expect(html).not.toContain('data-section-link');
  });
});
