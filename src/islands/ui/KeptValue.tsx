/**
 * The raw text of saved data that could not be read (a kept copy), shown so the person can copy out
 * what matters. Scrollable and reachable by Tab; only the first 5,000 characters, so a huge value
 * never floods the page.
 */
export function KeptValue({ value, label }: { value: string; label: string }) {
  return (
    <pre
      tabIndex={0}
      aria-label={label}
      className="mt-3 max-h-60 overflow-auto whitespace-pre-wrap break-all rounded border border-line bg-paper p-2 text-sm"
      data-kept-value
    >
      {value.slice(0, 5000)}
    </pre>
  );
}
