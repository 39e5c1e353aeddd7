// Which tenant a request is for: the one whose domain is the request's host name. The
// frontend passes it to getSmulaSettings, so each tenant's pages get its own Smula site.
import { headers } from 'next/headers';
import type { Payload } from 'payload';

export type TTenant = { id: number | string; name: string; smulaSiteKey?: string | null };

/** The tenant for this request's host, or null (then the settings global's site is used). */
export async function currentTenant(payload: Payload): Promise<TTenant | null> {
  const host = (await headers()).get('host');
  if (!host) return null;
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
  const { docs } = await payload.find({
    collection: 'tenants',
    where: { domain: { equals: hostname } },
    limit: 1,
    depth: 0,
    pagination: false,
  });
  return (docs[0] as TTenant | undefined) ?? null;
}
