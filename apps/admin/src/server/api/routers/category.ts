import { createCategory, ZCreateCategoryInput } from '../../services/category/create-category';
import { deleteCategory, ZDeleteCategoryInput } from '../../services/category/delete-category';
import { listCategories, ZListCategoriesInput } from '../../services/category/list-categories';
import {
  reorderCategories,
  ZReorderCategoriesInput,
} from '../../services/category/reorder-categories';
import { updateCategory, ZUpdateCategoryInput } from '../../services/category/update-category';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/** Categories of a site's declaration. Reads: viewers; writes: editors (checked in services). */
export const categoryRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListCategoriesInput)
    .query(({ ctx, input }) => listCategories(ctx.svc, input)),
  create: protectedProcedure
    .input(ZCreateCategoryInput)
    .mutation(({ ctx, input }) => createCategory(ctx.svc, input)),
  update: protectedProcedure
    .input(ZUpdateCategoryInput)
    .mutation(({ ctx, input }) => updateCategory(ctx.svc, input)),
  reorder: protectedProcedure
    .input(ZReorderCategoriesInput)
    .mutation(({ ctx, input }) => reorderCategories(ctx.svc, input)),
  delete: protectedProcedure
    .input(ZDeleteCategoryInput)
    .mutation(({ ctx, input }) => deleteCategory(ctx.svc, input)),
});
