import type { Payload } from 'payload';

/**
 * On a fresh database: a home page and the cookie policy page, the latter with the Cookie
 * declaration block, so the site shows something at once.
 */
export async function seed(payload: Payload, policyPath: string): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'pages' });
  if (totalDocs > 0) return;
  await payload.create({
    collection: 'pages',
    data: {
      title: 'Fikabageriet',
      slug: 'home',
      layout: [
        {
          blockType: 'content',
          text: 'Välkommen till Fikabageriet. Vi bakar kanelbullar varje morgon.',
        },
      ],
    },
  });
  await payload.create({
    collection: 'pages',
    data: {
      title: 'Kakor (cookies)',
      slug: policyPath.replace(/^\/+/, ''),
      layout: [
        {
          blockType: 'content',
          text: 'Här är alla kakor och liknande tekniker som webbplatsen använder, och varför.',
        },
        { blockType: 'smula-declaration' },
      ],
    },
  });
  payload.logger.info('Seeded the home page and the cookie policy page.');
}
