import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { MAX_QR_TEXT, qrPath } from '@/lib/questions/qr-path';

/** Paints the path's rectangles back into a grid. */
function paint(size: number, d: string): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i += 1) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

describe('qrPath', () => {
  it('draws exactly the dark modules of the QR code', () => {
    const text = 'https://pain-pump-guide.example/questions/#q=1.what-are-my-options.how-likely-for-me.1abc';
    const qr = qrPath(text)!;
    const expected = encode(text, { ecc: 'M', boostEcc: true, border: 4 });
    expect(qr.size).toBe(expected.size);
    expect(paint(qr.size, qr.d)).toEqual(expected.data);
  });

  it('gives nothing for empty text or text too long to scan on paper', () => {
    expect(qrPath('')).toBeNull();
    expect(qrPath('x'.repeat(MAX_QR_TEXT + 1))).toBeNull();
    expect(qrPath('x'.repeat(MAX_QR_TEXT))).not.toBeNull();
  });
});
