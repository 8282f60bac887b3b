/**
 * Pure helpers for "Listen to this page" (src/scripts/listen/listen.ts): which voice may read,
 * and how the page text is cut into sentences. No DOM or Web Speech objects, so unit-tested.
 */

/** The parts of a SpeechSynthesisVoice this needs. */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

/**
 * A voice that runs on this device, for English text, or null. Voices with localService false
 * send the text to an online service, so they are never used, even when no local voice exists.
 */
export function pickLocalVoice<V extends VoiceLike>(voices: readonly V[], lang = 'en-US'): V | null {
  const local = voices.filter((voice) => voice.localService === true && /^en\b/i.test(voice.lang));
  const sameLang = local.filter((voice) => voice.lang.toLowerCase() === lang.toLowerCase());
  return sameLang.find((v) => v.default) ?? sameLang[0] ?? local.find((v) => v.default) ?? local[0] ?? null;
}

/**
 * The sentences of some text, in order, for reading one at a time (so reading can stop between
 * sentences and start again). Keeps each sentence's end mark; drops empty pieces.
 */
export function splitSentences(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  return (clean.match(/[^.!?]+(?:[.!?]+["”’)]*|$)/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}
