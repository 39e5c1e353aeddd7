import { TextsEditor } from './texts-editor';

export const metadata = { title: 'Texts' };

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <TextsEditor siteId={siteId} />;
}
