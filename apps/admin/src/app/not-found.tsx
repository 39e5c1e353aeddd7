import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata() {
  return { title: (await getTranslations('notFound'))('metaTitle') };
}

/** Any unknown address, and every `notFound()` (a site or version the reader may not see). */
export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col justify-center gap-3 p-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-700">{t('hint')}</p>
      <Link href="/dashboard" className="text-brand underline">
        {t('back')}
      </Link>
    </main>
  );
}
