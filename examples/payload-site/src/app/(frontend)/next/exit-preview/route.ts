// Leaves preview: draft mode off, so the banner is back.
import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';

export async function GET(request: Request): Promise<Response> {
  const path = new URL(request.url).searchParams.get('path') ?? '/';
  (await draftMode()).disable();
  redirect(/^\/(?![/\\])/.test(path) ? path : '/');
}
