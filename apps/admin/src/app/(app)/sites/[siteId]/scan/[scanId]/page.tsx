import { getTranslations } from 'next-intl/server';
import { ScanReport } from './scan-report';

export async function generateMetadata() {
  return { title: (await getTranslations('scanReport'))('metaTitle') };
}

export default async function Page({
  params,
}: {
  params: Promise<{ siteId: string; scanId: string }>;
}) {
  const { siteId, scanId } = await params;
  return <ScanReport siteId={siteId} scanId={scanId} />;
}
