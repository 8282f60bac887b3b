/**
 * Browser-only values for islands that are rendered on the server and hydrated (client:load or
 * client:visible).
 * While React hydrates, an island must render exactly what the server rendered, so these hooks give
 * the server's value first and the browser's value once hydrated. Islands rendered only in the
 * browser (client:only) get the browser's value straight after their first render.
 */
import type { ReadableAtom } from 'nanostores';
import { startTransition, useEffect, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';

/**
 * A nanostores atom's value: `serverValue` (the store's value on the server) until hydrated, then
 * the store's. The saved value replaces the server's in a transition, which React renders in short
 * slices, so a returning visitor's saved list does not block a slow phone (issue 17); when nothing
 * is saved the store still holds `serverValue` and nothing renders again.
 */
export function useStoreAfterHydration<T>(store: ReadableAtom<T>, serverValue: T): T {
  const [value, setValue] = useState(serverValue);
  useEffect(() => {
    startTransition(() => setValue(store.get()));
    return store.listen((next) => setValue(next));
  }, [store]);
  return value;
}

/** This page's address without query or fragment. Browser only: call it in handlers and effects. */
export function currentPageAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * State read from the browser (storage, the address): `serverValue` on the server and while
 * hydrating, then `read()` once, in a transition (short slices, like the saved value above).
 * `read` is called once; later changes go through the returned setter.
 */
export function useBrowserState<T>(read: () => T, serverValue: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState(serverValue);
  // Once, after hydration: a later `read` (a new closure each render) is not called again.
  useEffect(() => startTransition(() => setValue(read())), []);
  return [value, setValue];
}

/** This page's address, for links the island renders: null on the server and while hydrating. */
export function usePageAddress(): string | null {
  return useBrowserState<string | null>(currentPageAddress, null)[0];
}

/** False on the server and while hydrating, then true: for parts that must not show before the island runs. */
export function useHydrated(): boolean {
  return useBrowserState(() => true, false)[0];
}

/**
 * A tick box or radio the person changed before the island ran (a slow phone shows the server's
 * HTML first, and client:visible islands run only when scrolled near) differs from what React
 * rendered. Hands the control's state on once, at mount, so what is kept matches what is shown;
 * later changes arrive through the control's onChange.
 */
export function useEarlyChoice(
  control: RefObject<HTMLInputElement | null>,
  rendered: boolean,
  handOn: (checked: boolean) => void,
): void {
  useEffect(() => {
    const checked = control.current?.checked;
    if (checked !== undefined && checked !== rendered) handOn(checked);
    // Only on mount.
  }, []);
}
