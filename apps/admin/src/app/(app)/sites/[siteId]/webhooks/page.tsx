import { WebhooksPanel } from './webhooks-panel';

export const metadata = { title: 'Webhooks' };

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <WebhooksPanel siteId={siteId} />;
}
