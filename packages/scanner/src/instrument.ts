/** The binding the init script reports storage writes through. */
export const BINDING = '__smulaScanReport';

/** One storage write a page made, as the init script reports it. */
export interface TStorageWrite {
  kind: 'cookie' | 'local_storage' | 'session_storage' | 'indexeddb';
  /** The `document.cookie` text assigned, else the key or database name. */
  text: string;
  /** The script URL that made the call, from the call stack; `''` when there is none. */
  initiator: string;
  /** The frame's URL (a cookie's host and default path come from it). */
  url: string;
}

/**
 * Runs in every frame before any page script (Playwright init script, serialised: it may use
 * nothing from outside its body). Wraps the `document.cookie` setter, `Storage#setItem` and
 * `indexedDB.open` so each write reports the script that made it: the first http(s) URL on the
 * call stack (an inline script shows as its page). The original behaviour is kept untouched.
 */
export function instrument(binding: string): void {
  const w = window as unknown as Record<string, (write: TStorageWrite) => void>;
  const send = w[binding];
  if (typeof send !== 'function') return;
  const initiator = () => {
    const lines = (new Error().stack ?? '').split('\n').slice(2);
    for (const line of lines) {
      const m = /(https?:\/\/[^\s()]+?):\d+:\d+\)?\s*$/.exec(line);
      if (m) return m[1] ?? '';
    }
    return '';
  };
  const report = (kind: TStorageWrite['kind'], text: string) => {
    try {
      send({ kind, text, initiator: initiator(), url: location.href });
    } catch {}
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.get && cookie.set) {
    const { get, set } = cookie;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable ?? true,
      get() {
        return get.call(this);
      },
      set(value: string) {
        report('cookie', String(value));
        set.call(this, value);
      },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    let kind: TStorageWrite['kind'] = 'local_storage';
    try {
      if (this === window.sessionStorage) kind = 'session_storage';
    } catch {}
    report(kind, String(key));
    return setItem.call(this, key, value);
  };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    report('indexeddb', String(name));
    return version === undefined ? open.call(this, name) : open.call(this, name, version);
  };
}
