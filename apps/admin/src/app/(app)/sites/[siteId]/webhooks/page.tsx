import { getTranslations } from 'next-intl/server';
import { WebhooksPanel } from './webhooks-panel';

export async function generateMetadata() {
  return { title: (await getTranslations('webhooks'))('title') };
}

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <WebhooksPanel siteId={siteId} />;
}
