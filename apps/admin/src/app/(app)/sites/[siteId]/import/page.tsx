import { ImportPanel } from './import-panel';

export const metadata = { title: 'Import & export' };

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <ImportPanel siteId={siteId} />;
}
