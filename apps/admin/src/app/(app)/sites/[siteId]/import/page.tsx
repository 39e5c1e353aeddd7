import { getTranslations } from 'next-intl/server';
import { ImportPanel } from './import-panel';

export async function generateMetadata() {
  return { title: (await getTranslations('siteNav'))('import') };
}

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <ImportPanel siteId={siteId} />;
}
