import { SettingsForm } from './settings-form';

export const metadata = { title: 'Settings' };

export default async function Page({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  return <SettingsForm siteId={siteId} />;
}
