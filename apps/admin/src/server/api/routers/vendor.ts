import { createVendor, ZCreateVendorInput } from '../../services/vendor/create-vendor';
import { deleteVendor, ZDeleteVendorInput } from '../../services/vendor/delete-vendor';
import { listVendors, ZListVendorsInput } from '../../services/vendor/list-vendors';
import { updateVendor, ZUpdateVendorInput } from '../../services/vendor/update-vendor';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/** Vendors of a site's declaration. Reads: viewers; writes: editors (checked in services). */
export const vendorRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListVendorsInput)
    .query(({ ctx, input }) => listVendors(ctx.svc, input)),
  create: protectedProcedure
    .input(ZCreateVendorInput)
    .mutation(({ ctx, input }) => createVendor(ctx.svc, input)),
  update: protectedProcedure
    .input(ZUpdateVendorInput)
    .mutation(({ ctx, input }) => updateVendor(ctx.svc, input)),
  delete: protectedProcedure
    .input(ZDeleteVendorInput)
    .mutation(({ ctx, input }) => deleteVendor(ctx.svc, input)),
});
