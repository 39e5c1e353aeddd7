import { useTranslations } from 'next-intl';
import { Button } from './ui/button';

/**
 * Edit and Delete for one row of a list or table. The accessible names say which row
 * (`Edit vendor Matomo`), since every row repeats the same two words.
 */
export function RowActions({
  label,
  noun,
  size = 'md',
  onEdit,
  onDelete,
}: {
  /** The row's name as people read it. */
  label: string;
  /** Said before the name (`category`), when the page lists more than one kind of thing. */
  noun?: string;
  size?: 'sm' | 'md';
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations('common');
  const what = noun ? `${noun} ${label}` : label;
  return (
    <div className="flex justify-end gap-1">
      <Button
        variant="secondary"
        size={size}
        aria-label={t('editNamed', { what })}
        onClick={onEdit}
      >
        {t('edit')}
      </Button>
      <Button
        variant="ghost"
        size={size}
        className="text-red-700 hover:bg-red-50"
        aria-label={t('deleteNamed', { what })}
        onClick={onDelete}
      >
        {t('delete')}
      </Button>
    </div>
  );
}
