'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { ConfirmDialog } from '~/components/confirm-dialog';
import { DateTime } from '~/components/date-time';
import { showErrorsIn } from '~/components/form/apply-server-errors';
import { useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { Field } from '~/components/ui/field';
import { SelectField } from '~/components/ui/select-field';
import { Td, THead, Th } from '~/components/ui/table';
import { ZEmail } from '~/lib/schemas/account';
import { useTRPC } from '~/trpc/react';
import type { TRole } from '~/trpc/types';

// What each role may do is `members.roleHelp.<role>` in the messages.
const ROLES = ['owner', 'admin', 'editor', 'viewer'] as const satisfies readonly TRole[];

const inviteResolver = zodFormResolver<{ email: string; role: TRole }>(
  z.object({ email: ZEmail, role: z.enum(ROLES) }),
);

interface TMember {
  userId: string;
  email: string;
  name: string | null;
  role: TRole;
}
interface TPending {
  id: string;
  email: string;
  role: TRole;
  expiresAt: Date;
}

export function MembersPanel(props: {
  organisationId: string;
  myRole: TRole;
  members: TMember[];
  pending: TPending[];
  /** The server can send e-mail (SMTP_URL): invitations can be mailed, which proves the address. */
  emailAvailable: boolean;
}) {
  const t = useTranslations('members');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const router = useRouter();
  const canManage = props.myRole === 'owner' || props.myRole === 'admin';
  const refresh = () => router.refresh();
  const onError = (err: { message: string }) => toast.error(err.message);
  const changeRole = useMutation(
    trpc.member.changeRole.mutationOptions({ onSuccess: refresh, onError }),
  );
  const [removing, setRemoving] = useState<TMember | null>(null);
  const remove = useMutation(
    trpc.member.remove.mutationOptions({
      onSuccess() {
        setRemoving(null);
        refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.invitation.revoke.mutationOptions({ onSuccess: refresh, onError }),
  );
  const inviteForm = useForm<{ email: string; role: TRole }>({
    defaultValues: { email: '', role: 'editor' },
    resolver: inviteResolver,
  });
  const field = useFieldProps(inviteForm);
  const [link, setLink] = useState<string | null>(null);
  // Which submit button was pressed; a ref, because the submit event comes before a re-render.
  const delivery = useRef<'email' | 'link'>('link');
  const invite = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess(inv) {
        if (inv.token) setLink(`${window.location.origin}/invite/${inv.token}`);
        else {
          setLink(null);
          toast.success(t('invited', { email: inv.email }));
        }
        inviteForm.resetField('email');
        refresh();
      },
      onError: showErrorsIn(inviteForm),
    }),
  );
  return (
    <div className="flex flex-col gap-6">
      <Card className="overflow-x-auto p-0">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <THead>
            <tr>
              <Th>{t('member')}</Th>
              <Th>{t('role')}</Th>
              {canManage && (
                <Th>
                  <span className="sr-only">{t('actions')}</span>
                </Th>
              )}
            </tr>
          </THead>
          <tbody>
            {props.members.map((m) => (
              <tr key={m.userId} className="border-t border-slate-200">
                <Td>
                  <span className="font-medium">{m.name ?? m.email}</span>
                  <span className="block text-slate-600">{m.email}</span>
                </Td>
                <Td>
                  {canManage ? (
                    <select
                      aria-label={t('roleOf', { email: m.email })}
                      className="rounded border border-slate-300 bg-white px-2 py-1"
                      value={m.role}
                      onChange={(e) =>
                        changeRole.mutate({
                          organisationId: props.organisationId,
                          userId: m.userId,
                          role: e.target.value as TRole,
                        })
                      }
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {tc(`role.${r}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    tc(`role.${m.role}`)
                  )}
                </Td>
                {canManage && (
                  <Td className="text-right">
                    <Button variant="ghost" onClick={() => setRemoving(m)}>
                      {t.rich('remove', {
                        email: m.email,
                        sr: (c) => <span className="sr-only">{c}</span>,
                      })}
                    </Button>
                  </Td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {removing && (
        <ConfirmDialog
          title={t('removeTitle', { name: removing.name ?? removing.email })}
          description={t('removeDescription', { email: removing.email })}
          confirmLabel={t('removeLabel')}
          pending={remove.isPending}
          error={remove.error?.message}
          onConfirm={() =>
            remove.mutate({ organisationId: props.organisationId, userId: removing.userId })
          }
          onClose={() => setRemoving(null)}
        >
          {t('removeBody')}
        </ConfirmDialog>
      )}
      {canManage && (
        <Card className="flex flex-col gap-4">
          <h2 className="text-lg font-medium">{t('invite')}</h2>
          <form
            noValidate
            className="flex flex-col gap-3 sm:flex-row sm:items-end"
            onSubmit={inviteForm.handleSubmit(({ email, role }) =>
              invite.mutate({
                organisationId: props.organisationId,
                email,
                role,
                delivery: delivery.current,
              }),
            )}
          >
            <Field
              label={t('email')}
              type="email"
              {...field('email')}
              required
              className="flex-1"
            />
            <SelectField label={t('role')} {...field('role')}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t('roleOption', { role: tc(`role.${r}`), help: t(`roleHelp.${r}`) })}
                </option>
              ))}
            </SelectField>
            {props.emailAvailable && (
              <Button
                type="submit"
                disabled={invite.isPending}
                onClick={() => {
                  delivery.current = 'email';
                }}
              >
                {t('sendEmail')}
              </Button>
            )}
            <Button
              type="submit"
              variant={props.emailAvailable ? 'secondary' : 'primary'}
              disabled={invite.isPending}
              onClick={() => {
                delivery.current = 'link';
              }}
            >
              {t('createLink')}
            </Button>
          </form>
          <p className="text-sm text-slate-600">
            {props.emailAvailable ? t('emailProves') : ''}
            {t('linkPassword')}
          </p>
          {link && (
            <div role="status" className="rounded bg-amber-50 p-3 text-sm">
              {t('oneTimeLink')}
              <code className="mt-1 block break-all">{link}</code>
            </div>
          )}
          {props.pending.length > 0 && (
            <div>
              <h3 className="font-medium">{t('pending')}</h3>
              <ul className="mt-2 flex flex-col gap-1 text-sm">
                {props.pending.map((p) => (
                  <li key={p.id} className="flex items-center justify-between gap-2">
                    <span>
                      {t.rich('pendingRow', {
                        email: p.email,
                        role: tc(`role.${p.role}`),
                        date: () => <DateTime value={p.expiresAt} dateOnly />,
                      })}
                    </span>
                    <Button
                      variant="ghost"
                      onClick={() =>
                        revoke.mutate({ organisationId: props.organisationId, invitationId: p.id })
                      }
                    >
                      {t('revoke')}
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      )}
    </div>
  );
}
