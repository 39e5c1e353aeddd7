// Known vendors (issue 18) in Chromium against the built admin, on a fresh install: the editor
// adds Hotjar from the "Start from a known vendor" list, sees every field filled in, changes one,
// saves, and the saved vendor keeps them; the list then marks Hotjar as already declared. A
// vendor of the Open Cookie Database is found by name and added the same way.
import { describe, expect, it } from 'vitest';
import { hydrated, seriousAxeViolations, setUpOwner } from './declaration-helpers';
import { withAdminAndBrowser } from './with-admin';

const t = withAdminAndBrowser();

const poll = { timeout: 20_000 };

describe('known vendors in the vendor dialog', () => {
  it('adds Hotjar from the known list, prefilled, edited and saved', async () => {
    const page = await t.browser.newPage({ locale: 'en-GB' });
    await setUpOwner(page, t.server.url, {
      name: 'Klara Känd',
      email: 'klara@example.se',
      organisation: 'Kända AB',
    });
    await hydrated(page);
    await page.getByLabel('Site name').fill('Known');
    await page.getByLabel('Domain').fill('known.example');
    await page.getByRole('button', { name: /Add site|Create site/ }).click();
    await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/, poll);
    const siteUrl = page.url();

    await page.goto(`${siteUrl}/vendors`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Add vendor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add vendor' });
    const picker = dialog.getByLabel('Start from a known vendor');
    // A native select: reachable and operable by keyboard like any form control.
    await picker.focus();
    await picker.selectOption('hotjar');
    await dialog.getByText('Filled in from Hotjar.', { exact: false }).waitFor(poll);

    const value = (label: string | RegExp) =>
      dialog.getByLabel(label, { exact: true }).inputValue();
    expect(await value('Name')).toBe('Hotjar');
    expect(await value('Slug')).toBe('hotjar');
    expect(await value('Legal name')).toBe('Hotjar Ltd');
    expect(await value('Privacy-policy URL')).toBe(
      'https://www.hotjar.com/legal/policies/privacy/',
    );
    expect(await value('Recipient countries')).toBe('MT, IE');
    expect(await value('Hosts')).toBe('hotjar.com');
    expect(await dialog.getByLabel(/Data Privacy Framework/).isChecked()).toBe(false);
    const descriptions = dialog.getByRole('textbox', { name: /^Description/ });
    const texts = await descriptions.evaluateAll((els) =>
      els.map((el) => (el as HTMLTextAreaElement).value),
    );
    expect(texts.some((t) => t.startsWith('Heatmaps, recordings and surveys'))).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The editor can change anything before saving.
    await dialog.getByLabel('Legal name', { exact: true }).fill('Hotjar Ltd (Malta)');
    await dialog.getByRole('button', { name: 'Add vendor' }).click();
    const list = page.getByRole('list', { name: 'Vendors' });
    await expect.poll(() => list.getByText('Hotjar', { exact: true }).count(), poll).toBe(1);

    // Saved as filled in: reopen it.
    await page.reload();
    await hydrated(page);
    await page.getByRole('button', { name: 'Edit vendor Hotjar' }).click();
    const edit = page.getByRole('dialog', { name: /Edit vendor/ });
    expect(await edit.getByLabel('Legal name', { exact: true }).inputValue()).toBe(
      'Hotjar Ltd (Malta)',
    );
    expect(await edit.getByLabel('Privacy-policy URL').inputValue()).toBe(
      'https://www.hotjar.com/legal/policies/privacy/',
    );
    expect(await edit.getByLabel('Recipient countries').inputValue()).toBe('MT, IE');
    expect(await edit.getByLabel('Start from a known vendor').count()).toBe(0);
    await edit.getByRole('button', { name: 'Cancel' }).click();

    // Not offered twice: Hotjar is marked and cannot be picked; the others still can.
    await page.getByRole('button', { name: 'Add vendor' }).click();
    const again = page
      .getByRole('dialog', { name: 'Add vendor' })
      .getByLabel('Start from a known vendor');
    const hotjar = again.locator('option[value="hotjar"]');
    expect(await hotjar.textContent()).toBe('Hotjar (already in the declaration)');
    expect(await hotjar.isDisabled()).toBe(true);
    expect(await again.locator('option[value="google"]').isDisabled()).toBe(false);

    // Beyond the known list: the Open Cookie Database (loaded on first start) by platform name.
    const addDialog = page.getByRole('dialog', { name: 'Add vendor' });
    await addDialog.getByLabel('Or search the Open Cookie Database').fill('Matomo');
    await addDialog.getByRole('button', { name: 'Use Matomo' }).click();
    expect(await addDialog.getByLabel('Name', { exact: true }).inputValue()).toBe('Matomo');
    expect(await addDialog.getByLabel('Privacy-policy URL').inputValue()).toBe(
      'https://matomo.org/privacy-policy/',
    );
    await addDialog.getByRole('button', { name: 'Add vendor' }).click();
    await expect.poll(() => list.getByText('Matomo', { exact: true }).count(), poll).toBe(1);
    // Declared now: the search marks it instead of offering it.
    await page.getByRole('button', { name: 'Add vendor' }).click();
    await addDialog.getByLabel('Or search the Open Cookie Database').fill('Matomo');
    await addDialog
      .getByRole('list', { name: 'Vendors in the Open Cookie Database' })
      .getByText('Already in the declaration', { exact: true })
      .waitFor(poll);
    expect(await addDialog.getByRole('button', { name: 'Use Matomo' }).count()).toBe(0);
  });
});
