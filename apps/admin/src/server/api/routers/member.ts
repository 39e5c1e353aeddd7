import { changeRole, ZChangeRoleInput } from '../../services/member/change-role';
import { listMembers, ZListMembersInput } from '../../services/member/list-members';
import { removeMember, ZRemoveMemberInput } from '../../services/member/remove-member';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const memberRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListMembersInput)
    .query(({ ctx, input }) => listMembers(ctx.svc, input)),
  changeRole: protectedProcedure
    .input(ZChangeRoleInput)
    .mutation(({ ctx, input }) => changeRole(ctx.svc, input)),
  remove: protectedProcedure
    .input(ZRemoveMemberInput)
    .mutation(({ ctx, input }) => removeMember(ctx.svc, input)),
});
