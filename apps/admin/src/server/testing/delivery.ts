import type { TDeliveryRequest } from '../delivery/deliver';

/** A delivery request as a site's page makes it: the live script unless `over` says otherwise. */
export function deliveryRequest(
  siteKey: string,
  over: Partial<TDeliveryRequest> = {},
): TDeliveryRequest {
  return {
    kind: 'script',
    siteKey,
    version: null,
    origin: null,
    ifNoneMatch: null,
    publicUrl: 'https://admin.example',
    ...over,
  };
}
