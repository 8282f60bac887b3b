/**
 * Draws the lock-screen image on a canvas from the layout in src/lib/my-pump/lock-screen.ts and
 * hands back a PNG. Runs only in the browser; nothing leaves it.
 */
import type { PumpEssentials, MyPumpWords } from '@/lib/my-pump/essentials';
import { LOCK_SCREEN, LOCK_SCREEN_FONT, LOCK_SCREEN_MARGINS, layoutLockScreen, type TextStyle } from '@/lib/my-pump/lock-screen';
import { qrPath } from '@/lib/questions/qr-path';

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const font = (style: TextStyle) => `${style === 'body' || style === 'small' ? 'normal' : 'bold'} ${LOCK_SCREEN_FONT[style]}px ${FONT_FAMILY}`;

/** Draws the image and returns it as a PNG blob. `helpUrl` is the public warning-signs page. */
export async function drawLockScreen(essentials: PumpEssentials, helpUrl: string, words: MyPumpWords['lockScreen']): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = LOCK_SCREEN.width;
  canvas.height = LOCK_SCREEN.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(words.cannotDraw);

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // A dark band behind the phone's clock keeps it readable.
  ctx.fillStyle = '#7a1010';
  ctx.fillRect(0, 0, canvas.width, LOCK_SCREEN_MARGINS.top - 60);

  const layout = layoutLockScreen(
    essentials,
    (text, style) => {
      ctx.font = font(style);
      return ctx.measureText(text).width;
    },
    words,
  );
  ctx.textBaseline = 'alphabetic';
  for (const line of layout.lines) {
    ctx.font = font(line.style);
    ctx.fillStyle = line.style === 'alert' || line.style === 'heading' ? '#9b1c1c' : '#111111';
    ctx.fillText(line.text, LOCK_SCREEN_MARGINS.side, line.y);
  }

  const qr = layout.qr && qrPath(helpUrl);
  if (layout.qr && qr) {
    const scale = layout.qr.size / qr.size;
    ctx.save();
    ctx.translate(layout.qr.x, layout.qr.y);
    ctx.scale(scale, scale);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, qr.size, qr.size);
    ctx.fillStyle = '#000000';
    ctx.fill(new Path2D(qr.d));
    ctx.restore();
    ctx.font = font('small');
    ctx.fillStyle = '#111111';
    ctx.textAlign = 'center';
    ctx.fillText(words.scan, canvas.width / 2, layout.qr.y + layout.qr.size + 44);
  }

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(words.notMade))), 'image/png'),
  );
}
