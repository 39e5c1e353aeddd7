import { createWebhook, ZCreateWebhookInput } from '../../services/webhook/create-webhook';
import { deleteWebhook, ZDeleteWebhookInput } from '../../services/webhook/delete-webhook';
import {
  listWebhookDeliveries,
  ZListWebhookDeliveriesInput,
} from '../../services/webhook/list-webhook-deliveries';
import { listWebhooks, ZListWebhooksInput } from '../../services/webhook/list-webhooks';
import { redeliverWebhook, ZRedeliverWebhookInput } from '../../services/webhook/redeliver-webhook';
import {
  rotateWebhookSecret,
  ZRotateWebhookSecretInput,
} from '../../services/webhook/rotate-webhook-secret';
import { sendTestWebhook, ZSendTestWebhookInput } from '../../services/webhook/send-test-webhook';
import { updateWebhook, ZUpdateWebhookInput } from '../../services/webhook/update-webhook';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/** Webhooks of a site (issue 20): viewers read the endpoints and the log; editors change them. */
export const webhookRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListWebhooksInput)
    .query(({ ctx, input }) => listWebhooks(ctx.svc, input)),
  create: protectedProcedure
    .input(ZCreateWebhookInput)
    .mutation(({ ctx, input }) => createWebhook(ctx.svc, input)),
  update: protectedProcedure
    .input(ZUpdateWebhookInput)
    .mutation(({ ctx, input }) => updateWebhook(ctx.svc, input)),
  delete: protectedProcedure
    .input(ZDeleteWebhookInput)
    .mutation(({ ctx, input }) => deleteWebhook(ctx.svc, input)),
  rotateSecret: protectedProcedure
    .input(ZRotateWebhookSecretInput)
    .mutation(({ ctx, input }) => rotateWebhookSecret(ctx.svc, input)),
  deliveries: protectedProcedure
    .input(ZListWebhookDeliveriesInput)
    .query(({ ctx, input }) => listWebhookDeliveries(ctx.svc, input)),
  sendTest: protectedProcedure
    .input(ZSendTestWebhookInput)
    .mutation(({ ctx, input }) => sendTestWebhook(ctx.svc, input)),
  redeliver: protectedProcedure
    .input(ZRedeliverWebhookInput)
    .mutation(({ ctx, input }) => redeliverWebhook(ctx.svc, input)),
});
