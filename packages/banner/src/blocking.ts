/**
 * Elements that wait for consent: inert scripts, iframes and images whose URL waits in
 * `data-src`, preload links whose URL waits in `data-href` (the last two from automatic
 * blocking, see auto-block.ts).
 */
const BLOCKED =
  'script[type="text/plain"][data-category],iframe[data-src][data-category],img[data-src][data-category],link[data-href][data-category]';

const queued = new WeakSet<Element>();
let chain: Promise<unknown> = Promise.resolve();

/**
 * Runs, once and in document order, every blocked element whose categories (space-separated in
 * `data-category`) are all granted. A script is recreated, because a parsed `text/plain` script
 * never runs even when its type changes; external ones are awaited so that order holds.
 */
export function activate(granted: (category: string) => boolean): void {
  for (const el of document.querySelectorAll<HTMLElement>(BLOCKED)) {
    if (queued.has(el) || !el.dataset.category!.split(' ').every(granted)) continue;
    queued.add(el);
    chain = chain.then(
      () =>
        new Promise<void>((done) => {
          if (!(el instanceof HTMLScriptElement)) {
            // Through the property: an element automatic blocking patched checks it again.
            const a = el.dataset.href ? 'href' : 'src';
            (el as HTMLIFrameElement & HTMLLinkElement)[a] = el.dataset[a]!;
            el.removeAttribute(`data-${a}`);
            return done();
          }
          const s = document.createElement('script');
          for (const a of el.attributes) if (a.name !== 'type') s.setAttribute(a.name, a.value);
          if (el.dataset.type) s.type = el.dataset.type;
          s.text = (el as HTMLScriptElement).text;
          if (s.src) {
            s.async = false;
            s.onload = s.onerror = () => done();
          }
          el.replaceWith(s);
          if (!s.src) done();
        }),
    );
  }
}
