import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { serverApi } from '~/trpc/server';
import { PublishPanel } from './publish-panel';

export async function generateMetadata() {
  return { title: (await getTranslations('publish'))('title') };
}

export default async function PublishPage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const api = await serverApi();
  const site = await api.site.get({ siteId }).catch(() => null);
  if (!site) notFound();
  return <PublishPanel siteId={siteId} />;
}
