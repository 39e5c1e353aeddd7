'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Button } from '~/components/ui/button';
import { Field } from '~/components/ui/field';

export function SignInForm({ emailLinks, sso }: { emailLinks: boolean; sso: string | null }) {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="flex flex-col gap-4">
      <form
        className="flex flex-col gap-4"
        onSubmit={async (e) => {
          e.preventDefault();
          setPending(true);
          setError(null);
          const res = await signIn('credentials', { email, password, redirect: false });
          setPending(false);
          if (res?.ok) router.push('/dashboard');
          else setError('That e-mail and password do not match an account.');
        }}
      >
        <Field
          label="E-mail"
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {emailLinks && (
        <Button
          variant="secondary"
          onClick={async () => {
            if (!email) return setError('Enter your e-mail first.');
            await signIn('email', { email, redirect: false });
            setNotice('If that address has an account, a sign-in link is on its way.');
          }}
        >
          E-mail me a sign-in link
        </Button>
      )}
      {sso && (
        <Button variant="secondary" onClick={() => signIn('oidc', { callbackUrl: '/dashboard' })}>
          Sign in with {sso}
        </Button>
      )}
      {notice && (
        <p role="status" className="text-sm text-slate-700">
          {notice}
        </p>
      )}
    </div>
  );
}
