import { ZCategorySchema, ZSiteSettingsSchema } from '@smula/core/schema';
import { createFormControl, type FieldValues } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues } from '~/lib/describe-issues';
import { ZCreateFirstOwnerInput } from '~/lib/schemas/account';
import { parseCategory } from '~/server/services/category/category-input';
import { applyServerErrors } from './apply-server-errors';
import { fieldErrorsFromLines, serverFieldErrors, type TServerError } from './field-errors';
import { fieldOf } from './field-path';
import { zodFormResolver } from './zod-form-resolver';

/** The error a tRPC client hands a form, as the admin's error formatter shapes it. */
function trpcError(
  message: string,
  data: { code?: string; zodIssues?: { path: string; message: string }[]; details?: unknown },
): NonNullable<TServerError> {
  return {
    message,
    data: { code: 'BAD_REQUEST', zodIssues: null, details: null, ...data },
  } as unknown as NonNullable<TServerError>;
}

/** Submits a real react-hook-form form (no React needed) and returns its field errors. */
async function submit<T extends FieldValues>(form: ReturnType<typeof createFormControl<T>>) {
  let valid = false;
  await form.handleSubmit(() => {
    valid = true;
  })();
  return valid;
}

describe('the one field-error extractor', () => {
  it('reads `field: message` lines, sentences them, and keeps lines without a field for the form', () => {
    expect(
      fieldErrorsFromLines([
        'consentLifetimes.acceptMonths: at most 13 months',
        'name.sv: Name (sv) must be at most 80 characters.',
        'name.sv: a second message for the same field',
        'The declaration as a whole is wrong',
      ]),
    ).toEqual({
      'consentLifetimes.acceptMonths': 'At most 13 months.',
      'name.sv': 'Name (sv) must be at most 80 characters.',
      '': 'The declaration as a whole is wrong',
    });
  });

  it('takes zod input issues, service issues and a taken key from a server error', () => {
    expect(
      serverFieldErrors(
        trpcError('Check the input', {
          zodIssues: [{ path: 'email', message: 'Enter a valid e-mail address' }],
          details: { issues: ['duration: Duration “x” could not be read.'] },
        }),
      ),
    ).toEqual({
      email: 'Enter a valid e-mail address.',
      duration: 'Duration “x” could not be read.',
    });
    expect(
      serverFieldErrors(
        trpcError('This site already has a category with the key "a".', {
          code: 'CONFLICT',
          details: { field: 'key' },
        }),
      ),
    ).toEqual({ key: 'This site already has a category with the key "a".' });
    // A stale revision carries the current row, not a field: nothing to put next to a field.
    expect(
      serverFieldErrors(trpcError('Someone else changed it', { details: { current: {} } })),
    ).toEqual({});
  });
});

describe('fieldOf', () => {
  const values = {
    key: '',
    name: { sv: '', en: '' },
    countries: 'SE, XX',
    gcmSignals: [],
    consentLifetimes: { acceptMonths: '12' },
  };

  it.each([
    ['key', 'key'],
    ['name.sv', 'name.sv'],
    ['countries.1', 'countries'],
    ['gcmSignals.0', 'gcmSignals'],
    ['consentLifetimes.acceptMonths', 'consentLifetimes.acceptMonths'],
  ])('puts %s on the field %s', (path, field) => {
    expect(fieldOf(values, path)).toBe(field);
  });

  it('finds no field for paths the form does not edit, or for a group as a whole', () => {
    expect(fieldOf(values, 'legalBasis')).toBeUndefined();
    expect(fieldOf(values, 'name')).toBeUndefined();
    expect(fieldOf(values, 'name.de')).toBeUndefined();
    expect(fieldOf(values, 'toString')).toBeUndefined();
  });

  it('renames aliased paths and what is under them', () => {
    expect(fieldOf({ domain: '' }, 'domains.0', { domains: 'domain' })).toBe('domain');
  });
});

describe('zodFormResolver', () => {
  interface TCategoryForm {
    key: string;
    required: boolean;
    gcmSignals: string[];
    name: Record<string, string>;
    description: Record<string, string>;
  }
  const categoryResolver = zodFormResolver<TCategoryForm>(ZCategorySchema, {
    toCandidate: (v) => ({ ...v, order: 0 }),
    describe: (e) => describeIssues(e),
  });

  it('words a category’s issues exactly as the server does, next to the same fields', async () => {
    const input = {
      key: 'Säkerhet!',
      required: false,
      gcmSignals: [],
      name: { sv: 'x'.repeat(81), en: '' },
      description: { sv: '', en: '' },
    };
    const form = createFormControl<TCategoryForm>({
      defaultValues: input,
      resolver: categoryResolver,
    });
    expect(await submit(form)).toBe(false);
    let server: Record<string, string> = {};
    try {
      parseCategory({ ...input, order: 0 });
    } catch (err) {
      server = fieldErrorsFromLines((err as { details: { issues: string[] } }).details.issues);
    }
    expect(form.getFieldState('key').error?.message).toBe(server.key);
    expect(form.getFieldState('name.sv').error?.message).toBe(server['name.sv']);
    expect(server.key).toMatch(/^Key must be lower-case letters/);
  });

  it('lets a valid form through with its own values', async () => {
    const form = createFormControl<TCategoryForm>({
      defaultValues: {
        key: 'security',
        required: true,
        gcmSignals: ['security_storage'],
        name: { sv: 'Säkerhet' },
        description: {},
      },
      resolver: categoryResolver,
    });
    let submitted: unknown;
    await form.handleSubmit((v) => {
      submitted = v;
    })();
    expect(submitted).toMatchObject({ key: 'security', name: { sv: 'Säkerhet' } });
  });

  it('checks settings typed as text against core’s settings schema', async () => {
    const form = createFormControl({
      defaultValues: { name: 'Bageriet', acceptMonths: '24' },
      resolver: zodFormResolver<{ name: string; acceptMonths: string }>(ZSiteSettingsSchema, {
        toCandidate: (v) => ({
          name: v.name,
          domains: [],
          locales: ['sv'],
          defaultLocale: 'sv',
          consentLifetimes: { acceptMonths: Number(v.acceptMonths), rejectMonths: 6 },
          contact: {},
          googleConsentMode: { enabled: false, mode: 'basic' },
        }),
        aliases: { 'consentLifetimes.acceptMonths': 'acceptMonths' },
      }),
    });
    expect(await submit(form)).toBe(false);
    expect(form.getFieldState('acceptMonths').error?.message).toBe('At most 13 months.');
    expect(form.getFieldState('name').error).toBeUndefined();
  });

  it('uses the setup service’s own messages', async () => {
    const form = createFormControl({
      defaultValues: { name: 'Ada', email: 'ada@', password: 'short', organisationName: 'AB' },
      resolver: zodFormResolver(ZCreateFirstOwnerInput),
    });
    expect(await submit(form)).toBe(false);
    expect(form.getFieldState('password').error?.message).toBe('Use at least 10 characters.');
    expect(form.getFieldState('email').error?.message).toBe('Enter a valid e-mail address.');
  });

  it('leaves issues on values the form has no field for to the server', async () => {
    const form = createFormControl({
      defaultValues: { name: 'x' },
      resolver: zodFormResolver<{ name: string }>(
        z.object({ name: z.string(), other: z.string() }),
      ),
    });
    expect(await submit(form)).toBe(true);
  });
});

describe('applyServerErrors', () => {
  it('puts each message on its field, the first focused, the rest of the form in root', () => {
    const form = createFormControl({
      defaultValues: { name: '', domain: '', purpose: { sv: '' }, countries: '' },
    });
    const shown = applyServerErrors(
      form,
      trpcError('Check the item', {
        details: {
          issues: [
            'purpose.sv: Purpose (sv) must be at most 2000 characters.',
            'countries.1: “XX” is not an ISO 3166-1 country code.',
            'countries.2: “YY” is not an ISO 3166-1 country code.',
            'legalBasis: Legal basis must be one of consent, contract.',
          ],
        },
        zodIssues: [{ path: 'domains.0', message: 'a host name such as example.se' }],
      }),
      { domains: 'domain' },
    );
    expect(shown).toBe(true);
    expect(form.getFieldState('purpose.sv').error?.message).toBe(
      'Purpose (sv) must be at most 2000 characters.',
    );
    expect(form.getFieldState('countries').error?.message).toBe(
      '“XX” is not an ISO 3166-1 country code.',
    );
    expect(form.getFieldState('domain').error?.message).toBe('A host name such as example.se.');
    expect(form.getFieldState('name').error).toBeUndefined();
    expect(form.formControl.control._formState.errors.root?.server?.message).toBe(
      'Legal basis must be one of consent, contract.',
    );
  });

  it('tells the caller when there was nothing to show in the form', () => {
    const form = createFormControl({ defaultValues: { name: '' } });
    expect(applyServerErrors(form, trpcError('Your role does not allow this.', {}))).toBe(false);
  });
});
