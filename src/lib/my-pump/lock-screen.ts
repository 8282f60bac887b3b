/**
 * The lock-screen image: what goes on it and where, worked out without the DOM. The island draws
 * the result on a canvas (src/islands/my-pump/lock-screen-canvas.ts). Text is wrapped with a
 * measuring function passed in, so unit tests can check the layout with a fake one.
 */
import type { MyPumpWords, PumpEssentials } from './essentials';

/** Phone resolution (a 6.1-inch phone in portrait), in pixels. */
export const LOCK_SCREEN = { width: 1170, height: 2532 } as const;
/** Space left at the top for the phone's clock, and at the bottom for its buttons. */
export const LOCK_SCREEN_MARGINS = { top: 720, bottom: 220, side: 80 } as const;

export type TextStyle = 'alert' | 'headline' | 'heading' | 'body' | 'strong' | 'small';

/** Font size in pixels for each style; the canvas uses a system sans-serif font. */
export const LOCK_SCREEN_FONT: Record<TextStyle, number> = {
  alert: 48,
  headline: 58,
  heading: 42,
  body: 35,
  strong: 37,
  small: 30,
};

interface TextLine {
  text: string;
  style: TextStyle;
  /** Baseline position in pixels. */
  y: number;
}

export interface LockScreenLayout {
  lines: TextLine[];
  /** Where the QR code of the warning-signs page goes (square), or null when there is no room. */
  qr: { x: number; y: number; size: number } | null;
  /** True when everything fitted; false when some signs had to be left off (the QR leads to them all). */
  complete: boolean;
}

/** Splits text into lines no wider than `width`, breaking at spaces (a very long word is cut). */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    // A word wider than the line is cut into pieces that fit.
    let rest = word;
    while (measure(rest) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  if (current) lines.push(current);
  return lines;
}

const QR_SIZE = 260;
const LINE_HEIGHT = 1.2;

/**
 * Lays out the essentials: emergency heading and signs, the headline, the MRI rule, "never stop"
 * lines and who to call, then the QR code of the warning-signs page. `measure(text, style)` gives a
 * text's width in pixels.
 */
export function layoutLockScreen(
  essentials: PumpEssentials,
  measure: (text: string, style: TextStyle) => number,
  words: MyPumpWords['lockScreen'],
): LockScreenLayout {
  const width = LOCK_SCREEN.width - 2 * LOCK_SCREEN_MARGINS.side;
  const bottom = LOCK_SCREEN.height - LOCK_SCREEN_MARGINS.bottom - QR_SIZE - 40;
  const lines: TextLine[] = [];
  let y = LOCK_SCREEN_MARGINS.top;
  let complete = true;

  const add = (text: string, style: TextStyle, gapBefore = 0): boolean => {
    const size = LOCK_SCREEN_FONT[style];
    const wrapped = wrapText(text, width, (t) => measure(t, style));
    const needed = gapBefore + wrapped.length * size * LINE_HEIGHT;
    if (y + needed > bottom) {
      complete = false;
      return false;
    }
    y += gapBefore;
    for (const line of wrapped) {
      y += size * LINE_HEIGHT;
      lines.push({ text: line, style, y });
    }
    return true;
  };

  add(words.alert, 'alert');
  add(essentials.headline, 'headline', 10);
  const contacts = essentials.contacts.map((c) => (c.number ? `${c.label}: ${c.number}` : c.label));
  add(essentials.actions[0]?.level === 'emergency' ? essentials.actions[0].heading : words.emergencyCall(essentials.emergencyNumber), 'heading', 30);
  const signs = essentials.emergencySigns.map((s) => `• ${s.short}`);
  // Who to call and the MRI rule matter more than the last signs: reserve room for them first.
  const reserved = [...essentials.neverStop.map((t) => ({ t, s: 'strong' as const })), { t: words.mri(essentials.mri.mriShort), s: 'body' as const }, ...contacts.map((t) => ({ t, s: 'body' as const }))];
  const reservedHeight = reserved.reduce((sum, r) => sum + wrapText(r.t, width, (t) => measure(t, r.s)).length * LOCK_SCREEN_FONT[r.s] * LINE_HEIGHT, 0) + 90;
  for (const sign of signs) {
    const size = LOCK_SCREEN_FONT.body;
    const height = wrapText(sign, width, (t) => measure(t, 'body')).length * size * LINE_HEIGHT;
    if (y + height + reservedHeight > bottom) {
      complete = false;
      break;
    }
    add(sign, 'body');
  }
  let gap = 30;
  for (const line of essentials.neverStop) {
    add(line, 'strong', gap);
    gap = 0;
  }
  add(words.mri(essentials.mri.mriShort), 'body', 30);
  gap = 30;
  for (const contact of contacts) {
    add(contact, 'body', gap);
    gap = 0;
  }
  const qrTop = Math.min(y + 40, LOCK_SCREEN.height - LOCK_SCREEN_MARGINS.bottom - QR_SIZE);
  return {
    lines,
    qr: { x: (LOCK_SCREEN.width - QR_SIZE) / 2, y: qrTop, size: QR_SIZE },
    complete,
  };
}
