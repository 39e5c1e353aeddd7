import { notFound } from 'next/navigation';
import { serverApi } from '~/trpc/server';
import { PublishPanel } from './publish-panel';

export const metadata = { title: 'Publish' };

export default async function PublishPage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const api = await serverApi();
  const site = await api.site.get({ siteId }).catch(() => null);
  if (!site) notFound();
  return <PublishPanel siteId={siteId} />;
}
