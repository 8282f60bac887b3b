/** In-memory Web Storage with switchable faults, like a browser that is blocked, full or flaky. */
import type { KeyedStorage } from '@/lib/storage/stored-value';

export class FakeStorage implements KeyedStorage {
  data = new Map<string, string>();
  /** getItem throws (storage blocked after the page started). */
  failGet = false;
  /** setItem and removeItem throw a security error (storage blocked) for every key. */
  blocked = false;
  /** Key prefixes for which setItem throws a quota error ('' for all). */
  full = new Set<string>();

  constructor(entries: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(entries)) this.data.set(key, value);
  }
  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    if ([...this.full].some((prefix) => key.startsWith(prefix)))
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.data.delete(key);
  }
}
