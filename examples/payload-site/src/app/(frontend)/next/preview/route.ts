// Preview for the CMS's editors (Payload's live preview points here): turns on Next's draft
// mode, then shows the page. Under draft mode <SmulaBannerScript> renders nothing, so the
// banner does not cover the page in the preview frame or get dismissed there. Only a
// signed-in user of the admin's own collection gets it: without the banner nothing is
// blocked, so a visitor (or a shop customer) must never be able to turn it on.
import config from '@payload-config';
import { isAdminUser } from '@smula/cms-plugin';
import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { getPayload } from 'payload';

export async function GET(request: Request): Promise<Response> {
  const path = new URL(request.url).searchParams.get('path') ?? '/';
  // A path on this site only, never another origin.
  if (!/^\/(?![/\\])/.test(path)) return new Response('Bad path', { status: 400 });
  const payload = await getPayload({ config });
  const { user } = await payload.auth({ headers: request.headers });
  const draft = await draftMode();
  if (!isAdminUser({ user, payload })) {
    draft.disable();
    return new Response('Preview is for the CMS’s editors.', { status: 403 });
  }
  draft.enable();
  redirect(path);
}
