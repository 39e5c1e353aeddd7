import {
  createStorageItem,
  ZCreateStorageItemInput,
} from '../../services/storage-item/create-storage-item';
import {
  deleteStorageItem,
  ZDeleteStorageItemInput,
} from '../../services/storage-item/delete-storage-item';
import {
  listStorageItems,
  ZListStorageItemsInput,
} from '../../services/storage-item/list-storage-items';
import {
  moveStorageItems,
  ZMoveStorageItemsInput,
} from '../../services/storage-item/move-storage-items';
import {
  updateStorageItem,
  ZUpdateStorageItemInput,
} from '../../services/storage-item/update-storage-item';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/** Storage items (cookies and the like). Reads: viewers; writes: editors (checked in services). */
export const storageItemRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListStorageItemsInput)
    .query(({ ctx, input }) => listStorageItems(ctx.svc, input)),
  create: protectedProcedure
    .input(ZCreateStorageItemInput)
    .mutation(({ ctx, input }) => createStorageItem(ctx.svc, input)),
  update: protectedProcedure
    .input(ZUpdateStorageItemInput)
    .mutation(({ ctx, input }) => updateStorageItem(ctx.svc, input)),
  delete: protectedProcedure
    .input(ZDeleteStorageItemInput)
    .mutation(({ ctx, input }) => deleteStorageItem(ctx.svc, input)),
  bulkMove: protectedProcedure
    .input(ZMoveStorageItemsInput)
    .mutation(({ ctx, input }) => moveStorageItems(ctx.svc, input)),
});
