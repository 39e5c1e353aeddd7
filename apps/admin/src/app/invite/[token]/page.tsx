import { getTranslations } from 'next-intl/server';
import { HydrationMarker } from '~/components/hydration-marker';
import { LocaleSwitcher } from '~/components/locale-switcher';
import { Card } from '~/components/ui/card';
import { getActor } from '~/server/auth';
import { serverApi } from '~/trpc/server';
import { AcceptForm } from './accept-form';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getTranslations('invite'))('metaTitle') };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('invite');
  const tc = await getTranslations('common');
  const api = await serverApi({ public: true });
  const invitation = await api.invitation.lookup({ token }).catch(() => null);
  const actor = await getActor();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <HydrationMarker />
      <div className="flex justify-end text-sm">
        <LocaleSwitcher />
      </div>
      {invitation ? (
        <>
          <h1 className="text-2xl font-semibold">
            {t('join', { organisation: invitation.organisationName })}
          </h1>
          <p className="text-slate-700">
            {t.rich('invitedAs', {
              b: (c) => <strong>{c}</strong>,
              role: tc(`role.${invitation.role}`),
              email: invitation.email,
            })}
          </p>
          <Card>
            <AcceptForm token={token} signedInAs={actor?.email ?? null} />
          </Card>
        </>
      ) : (
        <Card>
          <h1 className="text-xl font-semibold">{t('unusable')}</h1>
          <p className="mt-2 text-slate-700">{t('unusableHint')}</p>
        </Card>
      )}
    </main>
  );
}
