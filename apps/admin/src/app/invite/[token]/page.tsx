import { HydrationMarker } from '~/components/hydration-marker';
import { Card } from '~/components/ui/card';
import { getActor } from '~/server/auth';
import { serverApi } from '~/trpc/server';
import { AcceptForm } from './accept-form';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Invitation' };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = await serverApi({ public: true });
  const invitation = await api.invitation.lookup({ token }).catch(() => null);
  const actor = await getActor();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <HydrationMarker />
      {invitation ? (
        <>
          <h1 className="text-2xl font-semibold">Join {invitation.organisationName}</h1>
          <p className="text-slate-700">
            You are invited as <strong>{invitation.role}</strong> with the address{' '}
            {invitation.email}.
          </p>
          <Card>
            <AcceptForm token={token} signedInAs={actor?.email ?? null} />
          </Card>
        </>
      ) : (
        <Card>
          <h1 className="text-xl font-semibold">This invitation cannot be used</h1>
          <p className="mt-2 text-slate-700">
            It may have expired or been used already. Ask for a new link.
          </p>
        </Card>
      )}
    </main>
  );
}
