import { ScanReport } from './scan-report';

export const metadata = { title: 'Scan report' };

export default async function Page({
  params,
}: {
  params: Promise<{ siteId: string; scanId: string }>;
}) {
  const { siteId, scanId } = await params;
  return <ScanReport siteId={siteId} scanId={scanId} />;
}
