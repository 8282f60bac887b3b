/**
 * "Listen to this page" (ListenButton.astro), loaded on the first focus or tap on the button
 * (page-tools.ts). Reads the page's main text aloud, one sentence at a time, with a voice that
 * runs on this device only (localService): some browsers' default voices send the text to an
 * online service, and what is on this page stays on this device. Where no such voice exists, the
 * button goes away and a short note says why. Reads only page text: never form fields, buttons,
 * citation numbers, glossary pop-ups or anything the person typed.
 */
import { pickLocalVoice, splitSentences } from '@/lib/speech/listen';

const button = document.querySelector<HTMLButtonElement>('[data-listen]');
const label = button?.querySelector('[data-listen-label]');
// The button's words in the page's language (ListenButton renders them).
const words = button?.dataset ?? {};
const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
let reading = false;

/** The voices, waiting briefly for browsers that load them after the page. */
function voices(): Promise<SpeechSynthesisVoice[]> {
  const now = synth?.getVoices() ?? [];
  if (!synth || now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}

/** The page's own text in reading order: title, key points and body, without controls or forms. */
function pageSentences(): string[] {
  const blocks = document.querySelectorAll<HTMLElement>(
    'main h1, main [data-key-points] li, main .ppg-prose :is(h2, h3, h4, p, li, th, td, figcaption)',
  );
  const sentences: string[] = [];
  for (const block of blocks) {
    if (block.closest('form, fieldset, [data-print="hide"], [popover], li li, td li')) continue;
    const copy = block.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll('[popover], .ppg-cite, input, textarea, select, [aria-hidden="true"], .sr-only')
      .forEach((el) => el.remove());
    sentences.push(...splitSentences(copy.textContent ?? ''));
  }
  return sentences;
}

function setReading(on: boolean): void {
  reading = on;
  if (label) label.textContent = (on ? words.stop : words.listen) ?? '';
  button?.setAttribute('aria-pressed', String(on));
}

function stop(): void {
  setReading(false);
  synth?.cancel();
}

/** Reads from the first sentence; each utterance starts the next when it ends. */
async function start(): Promise<void> {
  const voice = pickLocalVoice(await voices(), document.documentElement.lang || 'en-US');
  if (!synth || !voice || !button) {
    // No voice on this device: say so once, and take away a button that cannot work.
    const note = document.createElement('p');
    note.className = 'text-sm text-muted';
    note.setAttribute('data-listen-note', '');
    note.textContent = words.unavailable ?? '';
    button?.replaceWith(note);
    return;
  }
  synth.cancel();
  const sentences = pageSentences();
  setReading(true);
  const say = (index: number) => {
    if (!reading || index >= sentences.length) return setReading(false);
    const utterance = new SpeechSynthesisUtterance(sentences[index]);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => say(index + 1);
    utterance.onerror = () => setReading(false);
    synth.speak(utterance);
  };
  say(0);
}

let clicked = false;
button?.addEventListener('click', () => {
  clicked = true;
  if (reading) stop();
  else void start();
});
addEventListener('pagehide', stop);
// This script loads on a tap, so that tap's click may have come before it: a pointer (not keyboard)
// focus on the button means the person pressed it.
if (button?.matches(':focus:not(:focus-visible)')) setTimeout(() => clicked || void start(), 300);
