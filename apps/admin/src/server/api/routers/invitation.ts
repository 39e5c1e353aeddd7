import { canSendMail, sendMail } from '../../mail';
import { publicBaseUrl } from '../../public-url';
import {
  acceptInvitation,
  lookupInvitation,
  ZAcceptInvitationInput,
  ZLookupInvitationInput,
} from '../../services/invitation/accept-invitation';
import {
  createInvitation,
  ZCreateInvitationInput,
} from '../../services/invitation/create-invitation';
import { listInvitations, ZListInvitationsInput } from '../../services/invitation/list-invitations';
import {
  revokeInvitation,
  ZRevokeInvitationInput,
} from '../../services/invitation/revoke-invitation';
import { createTRPCRouter, protectedProcedure, publicProcedure } from '../trpc';

export const invitationRouter = createTRPCRouter({
  create: protectedProcedure.input(ZCreateInvitationInput).mutation(({ ctx, input }) =>
    createInvitation(ctx.svc, input, {
      canSend: canSendMail,
      send: sendMail,
      publicUrl: publicBaseUrl(),
    }),
  ),
  list: protectedProcedure
    .input(ZListInvitationsInput)
    .query(({ ctx, input }) => listInvitations(ctx.svc, input)),
  revoke: protectedProcedure
    .input(ZRevokeInvitationInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.svc, input)),
  // Public: the one-time token in the link is the credential.
  lookup: publicProcedure
    .input(ZLookupInvitationInput)
    .query(({ ctx, input }) => lookupInvitation(ctx, input)),
  accept: publicProcedure
    .input(ZAcceptInvitationInput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
});
