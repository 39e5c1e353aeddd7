import { notFound } from 'next/navigation';
import { canSendMail } from '~/server/mail';
import { serverApi } from '~/trpc/server';
import { MembersPanel } from './members-panel';

export const metadata = { title: 'Members' };

export default async function MembersPage({
  params,
}: {
  params: Promise<{ organisationId: string }>;
}) {
  const { organisationId } = await params;
  const api = await serverApi();
  const org = (await api.organisation.list()).find((o) => o.id === organisationId);
  if (!org) notFound();
  const members = await api.member.list({ organisationId });
  const canManage = org.role === 'owner' || org.role === 'admin';
  const pending = canManage ? await api.invitation.list({ organisationId }) : [];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{org.name}: members</h1>
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
