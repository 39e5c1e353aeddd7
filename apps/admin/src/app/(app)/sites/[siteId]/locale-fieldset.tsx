import type { ReactNode } from 'react';

/** The texts of one entity in one locale, framed and titled "Texts (sv)". */
export function LocaleFieldset({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium">Texts ({locale})</legend>
      {children}
    </fieldset>
  );
}
