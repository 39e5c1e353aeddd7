import { AppearanceEditor } from './appearance-editor';

export const metadata = { title: 'Appearance' };

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <AppearanceEditor siteId={siteId} />;
}
