import { getTranslations } from 'next-intl/server';
import { ScanPanel } from './scan-panel';

export async function generateMetadata() {
  return { title: (await getTranslations('siteNav'))('scan') };
}

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <ScanPanel siteId={siteId} />;
}
