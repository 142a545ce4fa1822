import { browser } from 'wxt/browser';

/** One value in browser.storage.local, read and watched across every extension page. */
export interface StoredValue<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the new value when any part of the extension changes it. Returns an unsubscribe. */
  watch(callback: (value: T) => void): () => void;
}

export function storedValue<T>(key: string, parse: (raw: unknown) => T): StoredValue<T> {
  return {
    async get() {
      const stored = await browser.storage.local.get(key);
      return parse(stored[key]);
    },
    async set(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[key];
        if (area === 'local' && change) callback(parse(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
