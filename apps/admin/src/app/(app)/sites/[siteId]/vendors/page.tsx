import { VendorsPanel } from './vendors-panel';

export const metadata = { title: 'Vendors' };

export default async function VendorsPage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <VendorsPanel siteId={siteId} />;
}
