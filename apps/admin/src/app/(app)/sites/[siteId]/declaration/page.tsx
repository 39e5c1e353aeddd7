import { getTranslations } from 'next-intl/server';
import { CategoriesPanel } from './categories-panel';
import { ItemsTable } from './items-table';

export async function generateMetadata() {
  return { title: (await getTranslations('declaration'))('title') };
}

export default async function DeclarationPage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const t = await getTranslations('declaration');
  return (
    <div className="flex flex-col gap-8">
      <h2 className="sr-only">{t('title')}</h2>
      <CategoriesPanel siteId={siteId} />
      <ItemsTable siteId={siteId} />
    </div>
  );
}
