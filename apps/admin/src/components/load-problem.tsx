import Link from 'next/link';
import { Card } from './ui/card';

/** A list that could not be read (a bad filter, say): why, and a way back to the default view. */
export function LoadProblem({
  message,
  href,
  linkText,
}: {
  message: string;
  href: string;
  linkText: string;
}) {
  return (
    <Card role="alert" className="border-red-300 bg-red-50">
      <p className="text-red-800">{message}</p>
      <Link href={href} className="mt-2 inline-block text-sm text-brand underline">
        {linkText}
      </Link>
    </Card>
  );
}
