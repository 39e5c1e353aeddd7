import { formatIssues } from '@smula/core/schema';
import { ZodError } from 'zod';
import { env } from '~/env';
import { getActor } from '~/server/auth';
import { getDb } from '~/server/db';
import { crossSiteProblem } from '~/server/security/request-guards';
import { HTTP_STATUS, ServiceError } from '~/server/services/errors';
import { previewBanner } from '~/server/services/publish/preview-banner';

export const dynamic = 'force-dynamic';

/**
 * Headers of every answer: framed only by the admin itself, and the page runs sandboxed with an
 * opaque origin (no admin cookies, storage or same-origin requests), may run its own inline
 * scripts and styles, and may load or send nothing (a consent made in the preview is not sent).
 */
const HEADERS = {
  'content-security-policy':
    "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const text = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  });

/**
 * `GET /api/preview/{siteId}?locale=sv&layer=first|preferences&appearance={json}`: the banner
 * preview of the Appearance tab, as a page for a sandboxed iframe (see previewBanner). The same
 * session and role rules as the admin's procedures: viewer or above; another tenant's site is
 * "not found".
 */
export async function GET(req: Request, ctx: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await ctx.params;
  if (crossSiteProblem(req, env.SMULA_PUBLIC_URL))
    return text(403, 'This preview opens only inside the Smula admin.');
  const actor = await getActor();
  if (!actor) return text(401, 'Please sign in.');
  const q = new URL(req.url).searchParams;
  try {
    const raw = q.get('appearance');
    let appearance: unknown;
    try {
      appearance = raw ? JSON.parse(raw) : undefined;
    } catch {
      return text(400, 'Check the address: appearance is not JSON.');
    }
    const { html } = await previewBanner(
      { db: await getDb(), actor },
      {
        siteId,
        locale: q.get('locale') || undefined,
        layer: (q.get('layer') || undefined) as 'first' | 'preferences' | undefined,
        appearance: appearance as never,
      },
    );
    return new Response(html, {
      headers: { ...HEADERS, 'content-type': 'text/html; charset=utf-8' },
    });
  } catch (err) {
    if (err instanceof ZodError)
      return text(400, `Check the preview settings: ${formatIssues(err).join('; ')}`);
    if (err instanceof ServiceError) return text(HTTP_STATUS[err.code], err.message);
    console.error('[smula] banner preview failed', err);
    return text(500, 'Something went wrong on our side. Please try again.');
  }
}
