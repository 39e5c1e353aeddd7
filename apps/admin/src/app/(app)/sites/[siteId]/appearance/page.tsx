import { getTranslations } from 'next-intl/server';
import { AppearanceEditor } from './appearance-editor';

export async function generateMetadata() {
  return { title: (await getTranslations('siteNav'))('appearance') };
}

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <AppearanceEditor siteId={siteId} />;
}
