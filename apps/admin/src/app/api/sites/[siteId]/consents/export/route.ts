import { formatIssues } from '@smula/core/schema';
import { ZodError } from 'zod';
import { env } from '~/env';
import { getActor } from '~/server/auth';
import { getDb } from '~/server/db';
import { crossSiteProblem, problem } from '~/server/security/request-guards';
import { exportConsents } from '~/server/services/consent/export-consents';
import { HTTP_STATUS, ServiceError } from '~/server/services/errors';

export const dynamic = 'force-dynamic';

/**
 * `GET /api/sites/{siteId}/consents/export?format=csv|json&from=YYYY-MM-DD&to=YYYY-MM-DD`: the
 * site's consent records as a download, streamed page by page (see exportConsents). The same
 * session and role rules as the admin's procedures: signed in, viewer or above of the site's
 * organisation; another tenant's site is "not found".
 */
export async function GET(req: Request, ctx: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await ctx.params;
  // An export is audited and hands out personal data: only from the admin's own pages.
  const refused = crossSiteProblem(req, env.SMULA_PUBLIC_URL);
  if (refused) return refused;
  const actor = await getActor();
  if (!actor) return problem(401, 'unauthorized', 'Please sign in.');
  const q = new URL(req.url).searchParams;
  try {
    const result = await exportConsents(
      { db: await getDb(), actor },
      {
        siteId,
        format: (q.get('format') || undefined) as 'csv' | 'json' | undefined,
        from: q.get('from') || undefined,
        to: q.get('to') || undefined,
      },
    );
    return new Response(result.stream, {
      headers: {
        'content-type': result.contentType,
        'content-disposition': `attachment; filename="${result.filename}"`,
        // Personal data: no shared cache may keep it, and it is a file, not a page to sniff.
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (err) {
    if (err instanceof ZodError)
      return problem(400, 'invalid_query', `Check the address: ${formatIssues(err).join('; ')}`);
    if (err instanceof ServiceError)
      return problem(HTTP_STATUS[err.code], err.code.toLowerCase(), err.message);
    console.error('[smula] consent export failed', err);
    return problem(500, 'internal', 'Something went wrong on our side. Please try again.');
  }
}
