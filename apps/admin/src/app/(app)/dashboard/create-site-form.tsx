'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { fieldErrors } from '~/components/form-errors';
import { Button } from '~/components/ui/button';
import { Field } from '~/components/ui/field';
import { useTRPC } from '~/trpc/react';

export function CreateSiteForm({ organisationId }: { organisationId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState('');
  const [domain, setDomain] = useState('');
  const create = useMutation(
    trpc.site.create.mutationOptions({
      onSuccess(site) {
        toast.success(`Site “${site.settings.name}” created`);
        router.push(`/sites/${site.id}`);
      },
      onError(err) {
        if (!err.data?.zodIssues) toast.error(err.message);
      },
    }),
  );
  const errors = fieldErrors(create.error);
  return (
    <form
      aria-label="Add a site"
      className="flex flex-col gap-3 rounded-lg border border-dashed border-slate-300 p-4 sm:flex-row sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ organisationId, name, domains: domain ? [domain] : [] });
      }}
    >
      <Field
        label="Site name"
        name="siteName"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        required
        className="flex-1"
      />
      <Field
        label="Domain"
        name="domain"
        placeholder="example.se"
        value={domain}
        onChange={(e) => setDomain(e.target.value)}
        error={errors['domains.0']}
        className="flex-1"
      />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Adding…' : 'Add site'}
      </Button>
    </form>
  );
}
