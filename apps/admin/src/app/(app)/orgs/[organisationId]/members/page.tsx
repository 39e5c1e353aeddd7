import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { canSendMail } from '~/server/mail';
import { serverApi } from '~/trpc/server';
import { MembersPanel } from './members-panel';

export async function generateMetadata() {
  return { title: (await getTranslations('members'))('metaTitle') };
}

export default async function MembersPage({
  params,
}: {
  params: Promise<{ organisationId: string }>;
}) {
  const { organisationId } = await params;
  const t = await getTranslations('members');
  const api = await serverApi();
  const org = (await api.organisation.list()).find((o) => o.id === organisationId);
  if (!org) notFound();
  const members = await api.member.list({ organisationId });
  const canManage = org.role === 'owner' || org.role === 'admin';
  const pending = canManage ? await api.invitation.list({ organisationId }) : [];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('title', { organisation: org.name })}</h1>
      <MembersPanel
        organisationId={organisationId}
        myRole={org.role}
        members={members}
        pending={pending}
        emailAvailable={canSendMail()}
      />
    </div>
  );
}
