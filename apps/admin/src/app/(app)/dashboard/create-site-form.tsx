'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { showErrorsIn } from '~/components/form/apply-server-errors';
import { useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Button } from '~/components/ui/button';
import { Field } from '~/components/ui/field';
import { ZSiteName } from '~/lib/schemas/site';
import { useTRPC } from '~/trpc/react';

// The service takes a list of domains; this form offers the first one.
const ALIASES = { domains: 'domain' };
const resolver = zodFormResolver<{ name: string; domain: string }>(
  z.object({ name: ZSiteName, domain: z.string() }),
);

/** Adds a site to an organisation: a name and, optionally, its first domain. */
export function CreateSiteForm({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const t = useTranslations('dashboard.createSite');
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm({ defaultValues: { name: '', domain: '' }, resolver });
  const field = useFieldProps(form);
  const create = useMutation(
    trpc.site.create.mutationOptions({
      onSuccess(site) {
        toast.success(t('created', { name: site.settings.name }));
        router.push(`/sites/${site.id}`);
      },
      onError: showErrorsIn(form, ALIASES),
    }),
  );
  return (
    <form
      noValidate
      // Named per organisation: with the demo's organisation beside one's own, two forms named
      // "Add a site" were identical landmarks.
      aria-label={t('formLabel', { organisation: organisationName })}
      className="flex flex-col gap-3 rounded-lg border border-dashed border-slate-300 p-4 sm:flex-row sm:items-end"
      onSubmit={form.handleSubmit(({ name, domain }) =>
        create.mutate({ organisationId, name, domains: domain.trim() ? [domain.trim()] : [] }),
      )}
    >
      <Field label={t('name')} {...field('name')} required className="flex-1" />
      <Field label={t('domain')} placeholder="example.se" {...field('domain')} className="flex-1" />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? t('pending') : t('submit')}
      </Button>
    </form>
  );
}
