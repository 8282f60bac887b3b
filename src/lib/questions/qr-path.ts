/**
 * QR code for the printed list, made in the browser (no network) with uqr and drawn as one SVG
 * path, so the page needs no inline styles or HTML strings (the site's CSP forbids both).
 * Pure module.
 */
import { encode } from 'uqr';

/** Longest text we turn into a QR code: beyond this the squares get too small to scan on paper. */
export const MAX_QR_TEXT = 1200;

export interface QrPath {
  /** Width and height in modules, including the quiet-zone border. */
  size: number;
  /** SVG path data: one rectangle per run of dark modules in a row. */
  d: string;
}

/** The QR code of `text` as SVG path data, or null when the text is too long to print well. */
export function qrPath(text: string): QrPath | null {
  if (text.length === 0 || text.length > MAX_QR_TEXT) return null;
  // M-level error correction survives a fold or a smudge; boostEcc raises it when it costs no size.
  const qr = encode(text, { ecc: 'M', boostEcc: true, border: 4 });
  const parts: string[] = [];
  qr.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size: qr.size, d: parts.join('') };
}
