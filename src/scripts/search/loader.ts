/**
 * The only search code a content page loads before interaction (a few hundred bytes, no imports).
 * It marks the header input as a combobox; on first focus of the box, or when the reader presses "/"
 * outside a text field, it starts downloading the index and adds the search app's script. On the
 * /search/ page it starts straight away. It also keeps submitted words out of requests.
 */
import type { SearchInputElement } from './handoff';

const input = document.getElementById('site-search-input') as SearchInputElement | null;

if (input instanceof HTMLInputElement) {
  const attrs: Record<string, string> = {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'site-search-listbox',
    'aria-keyshortcuts': '/',
  };
  for (const name in attrs) input.setAttribute(name, attrs[name]!);

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const index = fetch(input.dataset['index']!);
    index.catch(() => {}); // the app reports a failed download, and tries again
    input.ppgSearchIndex = index;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = input.dataset['app']!;
    // Offline or an old page after a new deploy: let the next focus try again.
    script.onerror = () => {
      started = false;
      script.remove();
    };
    document.head.append(script);
  };

  input.addEventListener('focus', start);
  // With JavaScript the words go after "#" (never sent to the server); without it the form sends ?q=.
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    location.href = new URL(input.form!.action).pathname + (query ? `#${new URLSearchParams({ q: query })}` : '');
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (
      event.key !== '/' ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      event.defaultPrevented ||
      target.isContentEditable ||
      /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
    ) {
      return;
    }
    event.preventDefault();
    input.focus();
  });
  if (document.querySelector('[data-search-page-form]')) start();
}
