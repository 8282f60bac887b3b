import { uiStrings } from '@/i18n';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../../support/content-files';
import { QUESTION_LIMITS, sanitizeList, type QuestionItem, type QuestionListState } from '@/lib/questions/question-list';
import {
  checksum,
  decodeShareFragment,
  decodeShareValue,
  encodeShareFragment,
  findShareValue,
  fromBase64Url,
  MAX_SHARE_LENGTH,
  shareErrorMessage,
  shareUrl,
  toBase64Url,
  type DecodeResult,
  type ShareError,
} from '@/lib/questions/share-code';

const REAL_IDS = readdirSync(resolve('content/questions'))
  .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
  .map((name) => name.replace(/\.ya?ml$/, ''));
const KNOWN = new Set(['what-are-my-options', 'how-likely-for-me', 'mri-scans', 'trial-risks', ...REAL_IDS]);

const bank = (id: string, important = false): QuestionItem => ({ kind: 'bank', id, important });
const custom = (text: string, important = false): QuestionItem => ({ kind: 'custom', id: '~x', text, important });
const value = (state: QuestionListState) => encodeShareFragment(state).slice(2);
/** Compare lists by what a person sees: custom ids are local and are not carried in links. */
const visible = (state: QuestionListState) =>
  state.items.map((item) => (item.kind === 'bank' ? ['bank', item.id, item.important] : ['custom', item.text, item.important]));
const ERRORS = Object.keys(uiStrings('en').tools.questions.shareErrors) as ShareError[];
/** Any code point, lone surrogates included (fast-check's 'binary' unit is slow to warm up). */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

function roundTrip(state: QuestionListState): DecodeResult {
  return decodeShareFragment(`#${encodeShareFragment(state)}`, KNOWN)!;
}

/**
 * The invariant for every input: a valid list (as strict as stored lists, only known bank ids)
 * or one of the known errors. Plain checks, not expect(), so 10,000 runs stay fast.
 */
function isValidResult(result: DecodeResult): boolean {
  if (!result.ok) return ERRORS.includes(result.error);
  const again = sanitizeList(result.state);
  return (
    again !== null &&
    again.dropped === 0 &&
    JSON.stringify(again.state) === JSON.stringify(result.state) &&
    result.state.items.length <= QUESTION_LIMITS.maxItems &&
    result.state.items.every((item) => item.kind === 'custom' || KNOWN.has(item.id))
  );
}

describe('base64url of UTF-8', () => {
  it.each(['', 'a', 'ab', 'abc', 'Will it hurt?', 'مرحبا', '我可以开车吗', '👨‍👩‍👧', 'ñ é ü'])('round trips %j', (text) => {
    const code = toBase64Url(text);
    expect(code).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(fromBase64Url(code)).toBe(text);
  });

  it.each([
    ['not base64 characters', 'ab+c'],
    ['impossible length', 'abcde'],
    ['invalid UTF-8 bytes', toBase64Url('x').slice(0, 0) + '_w'],
    ['lone continuation byte', 'gA'],
  ])('rejects %s', (_label, code) => {
    expect(fromBase64Url(code)).toBeNull();
  });
});

describe('encodeShareFragment', () => {
  it('writes bank ids as they are, marks importance, and only uses characters safe in a fragment', () => {
    const fragment = encodeShareFragment({ items: [bank('what-are-my-options'), bank('mri-scans', true), custom('Why?')] });
    expect(fragment).toMatch(/^q=1\.what-are-my-options\.!mri-scans\._[A-Za-z0-9_-]+\.[0-9a-z]+$/);
  });

  it('is compact: twelve bank questions take about as many characters as their ids', () => {
    const twelve = REAL_IDS.slice(0, 12);
    const fragment = encodeShareFragment({ items: twelve.map((id) => bank(id)) });
    expect(fragment.length).toBeLessThanOrEqual(twelve.join('.').length + 12);
  });

  it('builds a full address with the fragment', () => {
    const url = shareUrl('https://example.org/questions/', { items: [bank('mri-scans')] });
    expect(url).toMatch(/^https:\/\/example\.org\/questions\/#q=1\.mri-scans\.[0-9a-z]+$/);
  });
});

describe('round trip', () => {
  it.each([
    ['an empty-ish list of bank questions', [bank('what-are-my-options'), bank('how-likely-for-me')]],
    ['importance flags', [bank('mri-scans', true), bank('trial-risks'), custom('Mine', true)]],
    ['English with dots and underscores', [custom('Dr. Smith said 2.5 mg_per_day. Is that right?')]],
    ['Arabic (right to left)', [custom('هل يمكنني القيادة بعد الجراحة؟')]],
    ['Hebrew mixed with English', [custom('האם אפשר MRI עם משאבה?')]],
    ['Chinese', [custom('我可以带家人一起去吗？')]],
    ['Japanese and Korean', [custom('痛みはどのくらい減りますか？ 통증이 줄어들까요?')]],
    ['emoji with joiners and skin tones', [custom('Can my family 👨‍👩‍👧 come? 👍🏽')]],
    ['script-like text, kept as text', [custom('<script>alert(1)</script> <img src=x onerror=alert(2)>')]],
  ])('keeps %s', (_label, items) => {
    const result = roundTrip({ items });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(visible(result.state)).toEqual(visible({ items }));
    expect(result.unknownIds).toEqual([]);
  });

  it('keeps every ready-made clinician list', () => {
    const presets = readFolder('question-presets').map((file) => file.data['questionIds'] as string[]);
    expect(presets.length).toBeGreaterThan(0);
    for (const questionIds of presets) {
      const result = roundTrip({ items: questionIds.map((id) => bank(id)) });
      expect(result.ok && result.state.items.map((i) => i.id)).toEqual(questionIds);
    }
  });

  it('every real bank id is a valid link id', () => {
    const result = roundTrip({ items: REAL_IDS.slice(0, 30).map((id) => bank(id)) });
    expect(result.ok && result.state.items).toHaveLength(Math.min(30, REAL_IDS.length));
  });

  it('round trips any valid list (property)', () => {
    const item = fc.oneof(
      fc.record({ kind: fc.constant('bank' as const), id: fc.constantFrom(...KNOWN), important: fc.boolean() }),
      fc.record({
        kind: fc.constant('custom' as const),
        id: fc.constant('~x'),
        text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
        important: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        const clean = sanitizeList({ items: items.map((it, i) => (it.kind === 'custom' ? { ...it, id: `~c${i}` } : it)) })!;
        const result = roundTrip(clean.state);
        if (clean.state.items.length === 0) {
          expect(result).toEqual({ ok: false, error: 'empty' });
          return;
        }
        expect(result.ok).toBe(true);
        if (result.ok) expect(visible(result.state)).toEqual(visible(clean.state));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('decodeShareValue: bad and hostile links', () => {
  const good = value({ items: [bank('what-are-my-options'), custom('Mine')] });

  it.each([
    ['empty', '', 'empty'],
    ['only a version', '1', 'damaged'],
    ['a version and a checksum only', `1.${checksum('1')}`, 'empty'],
    ['random text', 'hello world', 'damaged'],
    ['newer version', `2.what-are-my-options.${checksum('2.what-are-my-options')}`, 'newer-version'],
    ['unknown old version', `0.x.${checksum('0.x')}`, 'damaged'],
    ['truncated by one character', good.slice(0, -1), 'damaged'],
    ['truncated in the middle', good.slice(0, Math.floor(good.length / 2)), 'damaged'],
    ['changed by hand', good.replace('what', 'whet'), 'damaged'],
    ['bad percent-encoding', '%E0%A4%A', 'damaged'],
    ['very long', `1.${'a'.repeat(MAX_SHARE_LENGTH)}`, 'too-long'],
  ] as const)('%s gives %s', (_label, input, error) => {
    expect(decodeShareValue(input, KNOWN)).toEqual({ ok: false, error });
  });

  it('refuses more questions than a list can hold', () => {
    const body = ['1', ...Array.from({ length: QUESTION_LIMITS.maxItems + 1 }, () => '_' + toBase64Url('q'))].join('.');
    expect(decodeShareValue(`${body}.${checksum(body)}`, KNOWN)).toEqual({ ok: false, error: 'too-many' });
  });

  it('refuses a link whose checksum is right but whose items are not ours', () => {
    for (const segment of ['<script>alert(1)</script>', '_%%%', '_gA', 'UPPER', '']) {
      const body = `1.${segment}`;
      const result = decodeShareValue(`${body}.${checksum(body)}`, KNOWN);
      expect(result.ok).toBe(false);
    }
  });

  it('reports unknown bank ids instead of showing them, and keeps the rest', () => {
    const body = '1.what-are-my-options.from-a-newer-site.!another-new-one';
    const result = decodeShareValue(`${body}.${checksum(body)}`, KNOWN);
    expect(result).toEqual({
      ok: true,
      state: { items: [bank('what-are-my-options')] },
      unknownIds: ['from-a-newer-site', 'another-new-one'],
      dropped: 0,
    });
  });

  it('counts own questions that are too long and leaves them out', () => {
    const body = `1._${toBase64Url('x'.repeat(QUESTION_LIMITS.maxTextLength + 1))}.what-are-my-options`;
    const result = decodeShareValue(`${body}.${checksum(body)}`, KNOWN);
    expect(result).toMatchObject({ ok: true, dropped: 1, state: { items: [bank('what-are-my-options')] } });
  });

  it('reads a link that a mail program percent-encoded', () => {
    const encoded = good.replace('!', '%21').replace(/\./g, '%2E');
    expect(decodeShareValue(encoded, KNOWN).ok).toBe(true);
  });
});

describe('findShareValue', () => {
  it.each([
    ['#q=1.abc', '1.abc'],
    ['q=1.abc', '1.abc'],
    ['#x=1&q=1.abc&y=2', '1.abc'],
    ['#section-heading', null],
    ['', null],
  ])('%j gives %j', (fragment, expected) => {
    expect(findShareValue(fragment)).toBe(expected);
  });

  it('decodeShareFragment is null for an ordinary heading link', () => {
    expect(decodeShareFragment('#risks', KNOWN)).toBeNull();
  });
});

describe('property: the decoder never throws and gives a valid list or a clear error', () => {
  it('on 10,000 random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: anyCodePoint, maxLength: 400 }), fc.string({ maxLength: 400 }).map((s) => `1.${s}`)),
        (input) => isValidResult(decodeShareValue(input, KNOWN)),
      ),
      { numRuns: 10_000 },
    );
  });

  it('on 10,000 strings built from link parts (valid checksums, hostile items)', () => {
    const segment = fc.oneof(
      fc.constantFrom(...KNOWN),
      fc.stringMatching(/^!?[a-z0-9-]{1,30}$/),
      fc.string({ unit: 'grapheme', maxLength: 60 }).map((text) => `_${toBase64Url(text)}`),
      fc.stringMatching(/^!?_[A-Za-z0-9_-]{0,40}$/),
      fc.string({ maxLength: 20 }),
      fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '%00', '!', '_', '.'),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 35 }), fc.boolean(), (segments, withChecksum) => {
        const body = ['1', ...segments].join('.');
        const input = withChecksum ? `${body}.${checksum(body)}` : body;
        return isValidResult(decodeShareValue(input, KNOWN));
      }),
      { numRuns: 10_000 },
    );
  });

  it('on every cut-short copy of real links: always refused, never a shorter list', () => {
    const item = fc.oneof(
      fc.constantFrom(...KNOWN).map((id) => bank(id)),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }).map((text) => custom(text)),
    );
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), fc.nat(), (items, cut) => {
        const clean = sanitizeList({ items: items.map((it, i) => (it.kind === 'custom' ? { ...it, id: `~c${i}` } : it)) })!;
        const full = value(clean.state);
        const truncated = full.slice(0, cut % full.length);
        return decodeShareValue(truncated, KNOWN).ok === false;
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('link problems in words', () => {
  it('has words for every problem in each language, with the list limit filled in', () => {
    for (const lang of ['en', 'es'] as const) {
      const words = uiStrings(lang).tools.questions.shareErrors;
      for (const error of ERRORS) expect(shareErrorMessage(error, words).length, `${lang} ${error}`).toBeGreaterThan(10);
    }
    expect(shareErrorMessage('too-many', uiStrings('es').tools.questions.shareErrors)).toContain('más de 30 preguntas');
  });
});
