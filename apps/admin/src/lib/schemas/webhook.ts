/** The Webhooks tab's endpoint form (client-safe); the services check the address further. */
import { z } from 'zod';

export const ZWebhookEndpointForm = z.object({
  url: z.url({ protocol: /^https?$/, error: 'Enter an http(s) address' }).max(2000),
  description: z.string().trim().max(200),
});
