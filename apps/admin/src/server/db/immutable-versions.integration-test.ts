import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createSite } from '../services/site/create-site';
import { makeOrganisation } from '../testing/actors';
import { describeOnDrivers } from '../testing/databases';
import { sites } from './schema/sites';
import { configVersions } from './schema/versions';

// drizzle wraps the driver's error; the database's own message is on `cause`.
const refused = (op: string) => ({
  cause: { message: expect.stringContaining(`config_versions are immutable: ${op}`) },
});

await describeOnDrivers('config_versions immutability', (t) => {
  async function siteWithVersion() {
    const { org, ctx } = await makeOrganisation(t.db, ['owner']);
    const site = await createSite(ctx.owner, { organisationId: org.id, name: 'Immutable' });
    const [v] = await t.db
      .insert(configVersions)
      .values({
        siteId: site.id,
        version: 1,
        hash: 'a'.repeat(64),
        materialHash: 'b'.repeat(64),
        config: {} as never,
        note: 'first',
      })
      .returning();
    return { site, v: v! };
  }

  it('P-01: refuses UPDATE and DELETE of a version at the database', async () => {
    const { v } = await siteWithVersion();
    await expect(
      t.db.update(configVersions).set({ note: 'rewritten' }).where(eq(configVersions.id, v.id)),
    ).rejects.toMatchObject(refused('UPDATE'));
    await expect(
      t.db.delete(configVersions).where(eq(configVersions.id, v.id)),
    ).rejects.toMatchObject(refused('DELETE'));
    await expect(t.db.execute(sql`truncate config_versions`)).rejects.toMatchObject(
      refused('TRUNCATE'),
    );
    const [still] = await t.db.select().from(configVersions).where(eq(configVersions.id, v.id));
    expect(still?.note).toBe('first');
  });

  it('lets a site deletion cascade to its versions', async () => {
    const { site, v } = await siteWithVersion();
    await t.db.delete(sites).where(eq(sites.id, site.id));
    expect(await t.db.select().from(configVersions).where(eq(configVersions.id, v.id))).toEqual([]);
  });
});
