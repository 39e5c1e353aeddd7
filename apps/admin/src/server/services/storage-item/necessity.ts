import { invalid } from '../declaration/validation';

/**
 * compliance.md D-06: storage in a required (strictly necessary) category must say why it is
 * necessary. The editor's forms and bulk moves enforce it, so that no manual edit creates an
 * unjustified necessary item; imports may bring such items in (the source has no
 * justifications) and the publish lint blocks them until an editor fills them in.
 */
export const JUSTIFICATION_MESSAGE =
  'Say why the site cannot work without it: storage in a necessary category is exempt from consent only when it is strictly necessary.';

export function lacksJustification(
  category: { required: boolean },
  item: { necessityJustification?: string | null },
): boolean {
  return category.required && !item.necessityJustification?.trim();
}

/** Refuses moving items without a justification into a required category, naming them. */
export function assertJustifiedFor(
  category: { required: boolean; key: string },
  items: readonly { name: string; necessityJustification?: string | null }[],
): void {
  const missing = items.filter((i) => lacksJustification(category, i)).map((i) => i.name);
  if (missing.length === 0) return;
  const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ' …' : '');
  invalid('items', [
    `necessityJustification: Give ${missing.length === 1 ? 'this item' : `these ${missing.length} items`} a necessity justification before moving ${missing.length === 1 ? 'it' : 'them'} to “${category.key}”: ${shown}. ${JUSTIFICATION_MESSAGE}`,
  ]);
}
