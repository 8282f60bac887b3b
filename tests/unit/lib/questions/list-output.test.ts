import { describe, expect, it } from 'vitest';
import { fileDate, formatListDate, listAsText, mailtoHref, sureChecklist } from '@/lib/questions/list-output';
import { uiStrings } from '@/i18n';
import { realSureItems } from '../../../support/sure-content';

const en = uiStrings('en').tools;
const es = uiStrings('es').tools;
const words = { print: en.questions.print, sure: { ...en.sure, items: realSureItems('en') } };
const PRINT_TEXT = en.questions.print;
const SURE_CHECKLIST = sureChecklist(realSureItems('en'));
import type { ResolvedItem } from '@/lib/questions/question-bank';

const item = (text: string, important = false): ResolvedItem => ({
  item: { kind: 'custom', id: '~x', text, important },
  text,
  known: true,
});
const date = new Date(2027, 2, 5);

describe('listAsText', () => {
  const text = listAsText({
    items: [item('Most one?', true), item('Other one?'), item('هل يمكنني القيادة؟')],
    date,
    shareLink: 'https://example.org/questions/#q=1.x.y',
    siteUrl: 'https://example.org',
    siteName: 'Pain Pump Guide',
    words,
    lang: 'en',
  });

  it('has the title, date, a line for who I saw and the note for the clinician', () => {
    expect(text).toContain(PRINT_TEXT.title);
    expect(text).toContain('Date: March 5, 2027');
    expect(text).toContain('Who I saw: ___');
    expect(text).toContain('please go through these questions with me');
  });

  it('numbers the questions with the most important first, in any language', () => {
    expect(text.indexOf('1. Most one?')).toBeGreaterThan(text.indexOf(PRINT_TEXT.importantHeading));
    expect(text.indexOf('2. Other one?')).toBeGreaterThan(text.indexOf(PRINT_TEXT.otherHeading));
    expect(text).toContain('3. هل يمكنني القيادة؟');
  });

  it('ends with the four SURE questions as tick boxes and the link back', () => {
    for (const sure of SURE_CHECKLIST) expect(text).toContain(`[ ] Yes  [ ] No   ${sure.question}`);
    expect(text).toContain('Open this list again: https://example.org/questions/#q=1.x.y');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('uses one heading when nothing is marked most important', () => {
    const plain = listAsText({
      items: [item('A?')],
      date,
      shareLink: 'l',
      siteUrl: 's',
      siteName: 'n',
      words,
      lang: 'en',
    });
    expect(plain).toContain('My questions\n1. A?');
    expect(plain).not.toContain(PRINT_TEXT.importantHeading);
  });
});

describe('mailtoHref', () => {
  it('encodes subject and body so every character arrives, with CRLF line breaks', () => {
    const href = mailtoHref('My questions & more', 'Line 1\nNé + 我 <b>');
    expect(href.startsWith('mailto:?subject=My%20questions%20%26%20more&body=')).toBe(true);
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(body).toBe('Line 1\r\nNé + 我 <b>');
    expect(href).not.toContain('+');
  });
});

describe('dates', () => {
  it('formats for people and for file names', () => {
    expect(formatListDate(date, 'en')).toBe('March 5, 2027');
    expect(formatListDate(date, 'es')).toBe('5 de marzo de 2027');
    expect(fileDate(date)).toBe('2027-03-05');
  });

  it('has the four SURE items in order', () => {
    expect(SURE_CHECKLIST.map((s) => s.letter).join('')).toBe('SURE');
    // The decision aid's SURE items, in the person's own voice.
    expect(SURE_CHECKLIST.map((s) => s.question)).toEqual([
      'Do I feel sure about the best choice for me?',
      'Do I know the benefits and risks of each option?',
      'Am I clear about which benefits and risks matter most to me?',
      'Do I have enough support and advice to make a choice?',
    ]);
  });
});

describe('the list in Spanish', () => {
  it("writes every fixed word in Spanish and keeps the person's own words as typed", () => {
    const text = listAsText({
      items: [item('¿Puedo manejar?', true), item('Can I swim?')],
      date,
      shareLink: 'https://example.org/es/questions/#q=1.x',
      siteUrl: 'https://example.org',
      siteName: 'Pain Pump Guide',
      words: { print: es.questions.print, sure: { ...es.sure, items: realSureItems('es') } },
      lang: 'es',
    });
    expect(text).toContain('Mis preguntas para mi equipo de atención');
    expect(text).toContain('Fecha: 5 de marzo de 2027');
    expect(text).toContain('1. ¿Puedo manejar?');
    expect(text).toContain('2. Can I swim?');
    expect(text).toContain('[ ] Sí  [ ] No   ¿Me siento seguro de cuál es la mejor opción para mí?');
    expect(text).toContain('Abra esta lista otra vez: https://example.org/es/questions/#q=1.x');
    expect(text).not.toMatch(/Date:|Answer:|My questions/);
  });
});
