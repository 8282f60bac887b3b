import { describe, expect, it } from 'vitest';
import { countSpanishSyllables, infleszBand, scoreSpanish } from '@/lib/readability/spanish';

describe('Spanish syllables', () => {
  it.each([
    ['bomba', 2],
    ['para', 2],
    ['el', 1],
    ['dolor', 2],
    ['catéter', 3],
    ['medicamento', 5],
    ['intratecal', 4],
    ['infusión', 3],
    ['recarga', 3],
    ['abstinencia', 4],
    ['sobredosis', 4],
    ['cuidado', 3],
    ['día', 2],
    ['leer', 2],
    ['reúne', 3],
    ['aéreo', 4],
    ['muy', 1],
    ['hoy', 1],
    ['que', 1],
    ['guerra', 2],
    ['pingüino', 3],
    ['buey', 1],
    ['ahora', 3],
    ['resonancia', 4],
    ['respiración', 4],
    ['enfermera', 4],
    ['a', 1],
    ['y', 1],
    ['10,000', 1],
    ['ciudad', 2],
  ])('%s has %i', (word, syllables) => {
    expect(countSpanishSyllables(word as string)).toBe(syllables);
  });
});

describe('INFLESZ', () => {
  it('bands the scores as the INFLESZ scale does', () => {
    expect([30, 45, 60, 70, 85].map(infleszBand)).toEqual([
      'very hard',
      'somewhat hard',
      'normal',
      'fairly easy',
      'very easy',
    ]);
  });

  it('scores short plain sentences as easy and long technical ones as hard', () => {
    const plain = scoreSpanish([
      'La bomba está bajo la piel. Da el medicamento poco a poco. Llame a su clínica si algo cambia.',
    ]);
    const hard = scoreSpanish([
      'La administración intratecal de medicamentos analgésicos mediante dispositivos implantables programables constituye una alternativa terapéutica para pacientes con dolor crónico refractario a tratamientos convencionales.',
    ]);
    expect(plain.sentences).toBe(3);
    expect(plain.inflesz).toBeGreaterThan(80);
    expect(hard.inflesz).toBeLessThan(40);
  });

  it('computes the Szigriszt-Pazos formula', () => {
    // 4 words, 8 syllables, 1 sentence: 206.835 - 62.3 * 2 - 4 = 78.2
    const score = scoreSpanish(['Casa nueva para todos.']);
    expect(score).toMatchObject({ words: 4, sentences: 1, syllables: 8, inflesz: 78.2 });
  });
});
