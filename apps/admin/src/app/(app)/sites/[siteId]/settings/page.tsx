import { getTranslations } from 'next-intl/server';
import { SettingsForm } from './settings-form';

export async function generateMetadata() {
  return { title: (await getTranslations('siteNav'))('settings') };
}

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <SettingsForm siteId={siteId} />;
}
