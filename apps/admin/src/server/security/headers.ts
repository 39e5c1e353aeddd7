import { defaults, nosecone } from '@nosecone/next';

export interface TSecurityHeaderOptions {
  /** The admin is served over https (its public URL says so): send HSTS. */
  https: boolean;
  /** `next dev`: hot reloading evaluates code, so `'unsafe-eval'` is allowed there only. */
  development: boolean;
}

/**
 * Browser features the admin never uses, switched off for it and anything it might embed.
 * nosecone does not set `Permissions-Policy`, so it is written here.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

/**
 * The security headers of every admin page and API answer, built by nosecone (a maintained
 * header library) from its defaults with these changes:
 * - scripts: `'self'` plus a fresh per-request nonce, never `'unsafe-inline'` (Next puts the
 *   nonce on its own inline scripts when it finds it in the request's CSP header);
 * - styles keep `'unsafe-inline'`: React and the chart library write `style` attributes, and
 *   an injected style cannot run code;
 * - `Referrer-Policy: no-referrer`, because invitation tokens live in URLs;
 * - HSTS only over https (a browser ignores it over http, and it must not reach a developer's
 *   localhost by way of a proxy that speaks https);
 * - no `Cross-Origin-Embedder-Policy`: the admin embeds nothing cross-origin, and requiring
 *   CORP of everything it loads would only make future previews harder.
 *
 * @returns the headers, with the nonce to hand to Next through the request.
 */
export function adminSecurityHeaders(options: TSecurityHeaderOptions): {
  headers: Headers;
  nonce: string;
} {
  const nonce = btoa(crypto.randomUUID());
  const csp = defaults.contentSecurityPolicy.directives;
  const headers = nosecone({
    ...defaults,
    contentSecurityPolicy: {
      directives: {
        ...csp,
        scriptSrc: [
          "'self'",
          `'nonce-${nonce}'`,
          ...(options.development ? (["'unsafe-eval'"] as const) : []),
        ],
        styleSrc: ["'self'", "'unsafe-inline'"],
        frameAncestors: ["'none'"],
        // The Appearance tab's banner preview (`/api/preview/…`) is the one frame: same origin,
        // and it sandboxes itself into an opaque origin.
        frameSrc: ["'self'"],
        upgradeInsecureRequests: options.https,
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: ['no-referrer'] },
    strictTransportSecurity: options.https
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true, preload: false }
      : false,
    xFrameOptions: { action: 'deny' },
  });
  headers.set('permissions-policy', PERMISSIONS_POLICY);
  return { headers, nonce };
}
