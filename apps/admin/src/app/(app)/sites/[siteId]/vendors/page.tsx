import { getTranslations } from 'next-intl/server';
import { VendorsPanel } from './vendors-panel';

export async function generateMetadata() {
  return { title: (await getTranslations('vendors'))('title') };
}

export default async function VendorsPage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <VendorsPanel siteId={siteId} />;
}
