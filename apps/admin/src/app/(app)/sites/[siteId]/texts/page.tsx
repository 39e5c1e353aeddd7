import { getTranslations } from 'next-intl/server';
import { TextsEditor } from './texts-editor';

export async function generateMetadata() {
  return { title: (await getTranslations('siteNav'))('texts') };
}

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <TextsEditor siteId={siteId} />;
}
