import { ScanPanel } from './scan-panel';

export const metadata = { title: 'Scan' };

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <ScanPanel siteId={siteId} />;
}
