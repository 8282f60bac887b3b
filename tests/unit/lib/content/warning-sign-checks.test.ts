import { describe, expect, it } from 'vitest';
import { checkWarningSigns, findHandWrittenTriage } from '@/lib/content/warning-sign-checks';
import { topicInEverySection } from './fixtures';
import { readHelpSteps, readPageBodies, readSourceIds, readWarningSigns } from '../../../support/warning-sign-files';

const real = {
  signs: readWarningSigns(),
  steps: readHelpSteps(),
  bodies: readPageBodies(),
  sourceIds: readSourceIds(),
};

function messagesFor(change: Partial<typeof real>): string[] {
  return checkWarningSigns({ ...real, ...change }).map((p) => `${p.file}: ${p.message}`);
}

function withPage(body: string) {
  return { bodies: [...real.bodies, { id: 'broken', filePath: 'content/topics/broken.mdx', body }] };
}

describe('checkWarningSigns', () => {
  it('passes the real content', () => {
    expect(messagesFor({})).toEqual([]);
  });

  it('stops an unknown sign id, naming the file and the known ids', () => {
    const [message] = messagesFor(withPage('<WarningSigns show="wound-problme" />'));
    expect(message).toMatch(
      /content\/topics\/broken\.mdx: .*"wound-problme".*no content\/warning-signs\/wound-problme\.yaml/,
    );
    expect(message).toMatch(/wound-problem/);
  });

  it('stops a core sign listed again, a sign listed twice and two boxes on one page', () => {
    expect(messagesFor(withPage('<WarningSigns show="meningitis" />')).join()).toMatch(
      /core sign and is always shown first/,
    );
    expect(messagesFor(withPage('<WarningSigns show="wound-problem, wound-problem" />')).join()).toMatch(/twice/);
    expect(messagesFor(withPage('<WarningSigns />\n\n<WarningSigns show="wound-problem" />')).join()).toMatch(
      /appears 2 times/,
    );
  });

  it('stops the old hand-written CareCard and hand-written triage advice', () => {
    expect(messagesFor(withPage('<CareCard level="urgent">\n- x\n</CareCard>')).join()).toMatch(
      /CareCard> is no longer used/,
    );
    expect(messagesFor(withPage('If this happens, call 911 straight away.')).join()).toMatch(
      /The text says "call 911"/,
    );
    expect(messagesFor(withPage('Call your pump clinic today if the wound is red.')).join()).toMatch(
      /Call your pump clinic today/,
    );
  });

  it('stops the same sign written at two levels', () => {
    const copy = {
      ...real.signs.find((s) => s.id === 'wound-problem')!,
      id: 'wound-problem-now',
      level: 'now' as const,
      filePath: 'content/warning-signs/wound-problem-now.yaml',
    };
    expect(messagesFor({ signs: [...real.signs, copy] }).join()).toMatch(
      /wound-problem-now\.yaml: This sign has the same words as "wound-problem" \(today\)/,
    );
  });

  it('stops an unknown source on a sign or a step', () => {
    const signs = real.signs.map((s) => (s.id === 'meningitis' ? { ...s, sources: ['s9999'] } : s));
    expect(messagesFor({ signs }).join()).toMatch(/meningitis\.yaml: "sources" lists "s9999"/);
    const steps = real.steps.map((s, i) => (i === 0 ? { ...s, sources: ['s9998'] } : s));
    expect(messagesFor({ steps }).join()).toMatch(/lists source "s9998"/);
  });
});

describe('checkContent', () => {
  it('also stops hand-typed triage advice in other reader-facing text, such as a quiz', async () => {
    const { checkContent } = await import('@/lib/content/content-checks');
    const problems = checkContent({
      topics: topicInEverySection(),
      pages: [],
      sources: [...real.sourceIds].map((id) => ({ id, declaredId: id })),
      questions: [],
      glossary: [],
      questionPresets: [],
      warningSigns: real.signs,
      helpSteps: real.steps,
      otherTexts: [
        {
          id: 'quiz',
          filePath: 'content/understanding/quiz.yaml',
          body: 'If the alarm sounds, call 911 or your local emergency number.',
        },
      ],
    });
    expect(problems.map((p) => `${p.file}: ${p.message}`).join('\n')).toMatch(
      /content\/understanding\/quiz\.yaml: The text says "call 911"/,
    );
  });
});

describe('hand-typed triage advice in Spanish', () => {
  it.each([
    'Si pasa esto, llame al 911.',
    'Marque el número local de emergencias.',
    'Llame a su clínica hoy mismo.',
    'Llame a su equipo de atención de inmediato.',
    'Vaya a la sala de emergencias.',
    'Vaya a urgencias.',
  ])('finds "%s"', (text) => {
    expect(findHandWrittenTriage(text)).not.toBeNull();
  });

  it('leaves plain descriptions and links to the warning signs alone', () => {
    expect(
      findHandWrittenTriage('Vea las señales de alarma en esta página. Su clínica le dirá cuándo es la recarga.'),
    ).toBeNull();
    expect(findHandWrittenTriage('<WarningSigns show="missed-refill" />')).toBeNull();
  });
});
