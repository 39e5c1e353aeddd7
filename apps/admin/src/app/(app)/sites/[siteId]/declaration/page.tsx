import { CategoriesPanel } from './categories-panel';
import { ItemsTable } from './items-table';

export const metadata = { title: 'Declaration' };

export default async function DeclarationPage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return (
    <div className="flex flex-col gap-8">
      <h2 className="sr-only">Declaration</h2>
      <CategoriesPanel siteId={siteId} />
      <ItemsTable siteId={siteId} />
    </div>
  );
}
