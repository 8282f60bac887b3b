/**
 * Copy-link, share and print controls on content pages (SectionHeading, PageToolButton;
 * loaded once per page by PageTools), and the on-first-use loader for [data-lazy-script] parts. One delegated click listener, no framework: content pages
 * have a 3 KB gzip JavaScript budget for everything, and this file must stay under 0.8 KB of it.
 *
 * - [data-section-link] (a link to "#id"): copies the page address with #id.
 * - [data-share-page]: the Web Share sheet where the browser has one, otherwise copies the address.
 * - [data-print-page]: opens the print dialog.
 * - [data-copy-link="<input id>"] (ready-made question lists for clinicians): copies that input's
 *   value. Shown only when the browser can copy; select-and-copy works without it.
 * - [data-own-address] / [data-relative="/path"]: in a build without SITE_URL the page prints no
 *   invented host; the page's own address fills in the printed-from line and turns relative
 *   preset links (inputs and mailto bodies) into absolute ones here.
 * Share and print buttons are rendered `hidden` and shown here, so without JavaScript nobody sees
 * a button that does nothing; copy links stay plain links to #id.
 * Its words come from PageTools' data attributes (in the page's language), so it ships no language.
 */
import { copyMessage, linkFor, type CopyMessages } from '@/lib/share/share-core';

const msg: DOMStringMap = document.querySelector<HTMLElement>('[data-page-tools]')?.dataset ?? {};
const canShare = typeof navigator.share == 'function';
let timer: ReturnType<typeof setTimeout> | undefined;
let flagged: Element | null = null;

// One polite live region for every control. It stays in the accessibility tree while empty (no
// display:none), or some screen readers miss the first message. A success is shown beside the
// control that was used ("Link copied", data-copied), so its message here is for screen readers
// only and never covers the text; a failure has no such place, so it shows as a note.
const status = document.createElement('div');
status.setAttribute('role', 'status');
status.className = 'pointer-events-none fixed bottom-4 left-4 z-50 max-w-sm print:hidden';
status.setAttribute('data-share-status', '');
document.body.append(status);

for (const el of document.querySelectorAll<HTMLElement>('[data-own-address]'))
  el.textContent = location.origin + location.pathname;
for (const el of document.querySelectorAll<HTMLElement>('[data-relative]')) {
  const rel = el.dataset.relative!;
  const abs = location.origin + rel;
  if (el instanceof HTMLInputElement) el.value = abs;
  else el.setAttribute('href', el.getAttribute('href')!.replace(encodeURIComponent(rel), encodeURIComponent(abs)));
}
for (const el of document.querySelectorAll<HTMLElement>('[data-share-page],[data-print-page]')) el.hidden = false;
if (navigator.clipboard) for (const el of document.querySelectorAll<HTMLElement>('[data-copy-link]')) el.hidden = false;
if (!canShare) {
  for (const el of document.querySelectorAll('[data-share-label]')) el.textContent = msg.copy!;
  for (const el of document.querySelectorAll('[data-share-label-rest]')) el.textContent = msg.copyRest!;
}

/** Shows `text` for 5 s; `control` gets data-copied meanwhile (its icon turns into a tick). */
function show(control: Element | null, text: string): void {
  clearTimeout(timer);
  flagged?.removeAttribute('data-copied');
  (flagged = control)?.setAttribute('data-copied', '');
  status.replaceChildren();
  if (!text) return;
  // A new node each time, so a repeated message is announced again.
  const note = document.createElement('p');
  note.className = control ? 'sr-only' : 'rounded bg-ink px-4 py-3 font-bold text-paper';
  note.textContent = text;
  status.append(note);
  timer = setTimeout(show, 5000, null, '');
}

async function copy(control: Element, hash: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(linkFor(location.href, hash));
    show(control, copyMessage(true, !!hash, msg as unknown as CopyMessages));
  } catch {
    // No clipboard (old browser, permission refused): put the link in the address bar instead.
    if (hash) history.replaceState(history.state, '', hash);
    show(null, copyMessage(false, !!hash, msg as unknown as CopyMessages));
  }
}

// Parts of a page that need a script only once someone uses them ([data-lazy-script="<url>"]: the
// understanding check, Listen) load it on the first focus or tap inside them, not with the page.
const wake = (event: Event) => {
  const host = (event.target as Element).closest?.<HTMLElement>('[data-lazy-script]');
  if (!host) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = host.dataset.lazyScript!;
  host.removeAttribute('data-lazy-script');
  document.head.append(script);
};
addEventListener('focusin', wake);
addEventListener('pointerdown', wake);

document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest(
    '[data-section-link],[data-share-page],[data-print-page],[data-copy-link]',
  );
  if (!control) return;
  if (control.hasAttribute('data-print-page')) return print();
  const field = document.getElementById(control.getAttribute('data-copy-link') ?? '') as HTMLInputElement | null;
  if (field) {
    return void navigator.clipboard.writeText(field.value).then(
      () => show(control, msg.presetOk!),
      () => show(null, msg.presetFail!),
    );
  }
  event.preventDefault();
  const hash = control.getAttribute('href') ?? '';
  if (hash || !canShare) return void copy(control, hash);
  navigator.share({ title: document.title, url: linkFor(location.href, '') }).catch((error: Error) => {
    // Closing the share sheet is not a failure; anything else falls back to copying.
    if (error.name != 'AbortError') void copy(control, '');
  });
});
