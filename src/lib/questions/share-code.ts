/**
 * Share links: the question list travels in the URL fragment of /questions/ (after "#"), so it is
 * never sent to a server. Pure module, unit- and property-tested.
 *
 * Format, version 1 (all characters are allowed in a fragment without escaping):
 *
 *   #q=1.<item>.<item>…<item>.<check>
 *
 *   item   bank question:   its id, as is          what-are-my-options
 *          own question:    "_" + base64url of the UTF-8 text (any language, emoji, right-to-left)
 *          either, prefixed with "!" when marked most important
 *   check  base36 FNV-1a hash of everything before it ("1.<items>"), so a link that was cut short
 *          or changed by hand is caught instead of quietly losing questions.
 *
 * Why not lz-string: bank ids barely compress (12 ids: 290 characters raw, 280 compressed), and a
 * hostile compressed link can expand to megabytes when decoded. This format is about as short,
 * readable, and decodes in linear time with hard limits.
 */
import type { ToolStrings } from '@/i18n';
import {
  isBankId,
  QUESTION_LIMITS,
  sanitizeList,
  type QuestionItem,
  type QuestionListState,
} from './question-list';

/** Name of the fragment parameter: "#q=…". */
const SHARE_PARAM = 'q';
/** Format version written today. */
const SHARE_VERSION = '1';
/**
 * Longest value we try to read. A full list (30 own questions of 300 four-byte characters) is
 * about 48,000 characters; anything longer is not a link we made.
 */
export const MAX_SHARE_LENGTH = 50_000;

/** Why a link could not be read. Each has a plain message in `shareErrorMessage`. */
export type ShareError = 'empty' | 'too-long' | 'newer-version' | 'damaged' | 'too-many';

export type DecodeResult =
  | {
      ok: true;
      /** The questions that can be shown (known bank questions and own questions). */
      state: QuestionListState;
      /** Bank ids this version of the site does not know (for example from a newer version). */
      unknownIds: string[];
      /** Own questions left out because they were empty, too long or repeated. */
      dropped: number;
    }
  | { ok: false; error: ShareError };

/** The words for a link problem, in the page's language (tools.questions.shareErrors). */
export function shareErrorMessage(error: ShareError, words: ToolStrings['questions']['shareErrors']): string {
  return error === 'too-many' ? words['too-many'](QUESTION_LIMITS.maxItems) : words[error];
}

/** 32-bit FNV-1a over UTF-16 code units, in base 36. Not security, only a typo and truncation check. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** base64url (no padding) of the UTF-8 bytes of a string. */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reverses `toBase64Url`. Returns null for anything that is not valid base64url of valid UTF-8. */
export function fromBase64Url(code: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(code) || code.length % 4 === 1) return null;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function encodeItem(item: QuestionItem): string {
  const body = item.kind === 'bank' ? item.id : `_${toBase64Url(item.text)}`;
  return item.important ? `!${body}` : body;
}

/** The fragment value for a list, without the "#": "q=1.…". */
export function encodeShareFragment(state: QuestionListState): string {
  const body = [SHARE_VERSION, ...state.items.map(encodeItem)].join('.');
  return `${SHARE_PARAM}=${body}.${checksum(body)}`;
}

/** A full share address for a list, for example "https://example.org/questions/#q=1.…". */
export function shareUrl(base: string | URL, state: QuestionListState): string {
  const url = new URL(base);
  url.hash = encodeShareFragment(state);
  return url.href;
}

/**
 * Finds the share value in a fragment ("#q=…", "q=…", or with other "&" parts). Returns null when
 * the fragment holds no share value (an ordinary "#heading" link).
 */
export function findShareValue(fragment: string): string | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  for (const part of text.split('&')) {
    if (part.startsWith(`${SHARE_PARAM}=`)) return part.slice(SHARE_PARAM.length + 1);
  }
  return null;
}

/**
 * Reads a share value ("1.…", as returned by `findShareValue`). Never throws. Every question comes
 * back as plain text for the page to show as text; nothing in a link is ever run or parsed as HTML.
 * `knownIds` is the question bank: bank ids outside it are reported, not shown.
 */
export function decodeShareValue(value: string, knownIds: ReadonlySet<string>): DecodeResult {
  if (value.length > MAX_SHARE_LENGTH) return { ok: false, error: 'too-long' };
  // Links pasted from some mail programs arrive percent-encoded; our characters never need it.
  let raw = value.trim();
  if (raw.includes('%')) {
    try {
      raw = decodeURIComponent(raw);
    } catch {
      return { ok: false, error: 'damaged' };
    }
  }
  if (raw === '') return { ok: false, error: 'empty' };

  const parts = raw.split('.');
  const version = parts[0] ?? '';
  if (version !== SHARE_VERSION) {
    return { ok: false, error: /^\d{1,6}$/.test(version) && Number(version) > Number(SHARE_VERSION) ? 'newer-version' : 'damaged' };
  }
  if (parts.length < 2) return { ok: false, error: 'damaged' };
  const check = parts[parts.length - 1] as string;
  const body = parts.slice(0, -1).join('.');
  if (checksum(body) !== check) return { ok: false, error: 'damaged' };

  const segments = parts.slice(1, -1);
  if (segments.length === 0) return { ok: false, error: 'empty' };
  if (segments.length > QUESTION_LIMITS.maxItems) return { ok: false, error: 'too-many' };

  const items: QuestionItem[] = [];
  const unknownIds: string[] = [];
  for (const [index, segment] of segments.entries()) {
    const important = segment.startsWith('!');
    const code = important ? segment.slice(1) : segment;
    if (code.startsWith('_')) {
      const text = fromBase64Url(code.slice(1));
      if (text === null) return { ok: false, error: 'damaged' };
      items.push({ kind: 'custom', id: `~s${index}`, text, important });
    } else if (isBankId(code)) {
      if (knownIds.has(code)) items.push({ kind: 'bank', id: code, important });
      else if (!unknownIds.includes(code)) unknownIds.push(code);
    } else {
      return { ok: false, error: 'damaged' };
    }
  }
  // Same checks as stored lists: text length, duplicates, at most three marked most important.
  const clean = sanitizeList({ items });
  if (!clean) return { ok: false, error: 'damaged' };
  if (clean.state.items.length === 0 && unknownIds.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, state: clean.state, unknownIds, dropped: clean.dropped };
}

/** Reads a whole fragment ("#q=…"). Null when it holds no share value at all. */
export function decodeShareFragment(fragment: string, knownIds: ReadonlySet<string>): DecodeResult | null {
  const value = findShareValue(fragment);
  return value === null ? null : decodeShareValue(value, knownIds);
}
