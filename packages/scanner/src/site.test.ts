import { describe, expect, it } from 'vitest';
import { pageUrl, parseSitemap, siteOf } from './site.js';

describe('siteOf', () => {
  it('takes the registrable domain, and IPs and single labels as they are', () => {
    expect(siteOf('www.shop.test')).toBe('shop.test');
    expect(siteOf('a.b.shop.co.uk')).toBe('shop.co.uk');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('localhost')).toBe('localhost');
  });
});

describe('pageUrl', () => {
  it('keeps http(s) pages without the fragment, drops files and other schemes', () => {
    expect(pageUrl('/a.html#top', 'http://www.shop.test/x/')).toBe('http://www.shop.test/a.html');
    expect(pageUrl('mailto:a@b.test')).toBeUndefined();
    expect(pageUrl('/menu.pdf', 'http://www.shop.test/')).toBeUndefined();
  });
});

describe('parseSitemap', () => {
  it('reads a urlset and a sitemap index', () => {
    expect(
      parseSitemap(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> http://s.test/?a=1&amp;b=2 </loc></url><url><loc><![CDATA[http://s.test/b]]></loc></url></urlset>',
      ),
    ).toEqual({ urls: ['http://s.test/?a=1&b=2', 'http://s.test/b'], sitemaps: [] });
    expect(
      parseSitemap(
        '<sitemapindex><sitemap><loc>http://s.test/s1.xml</loc></sitemap></sitemapindex>',
      ),
    ).toEqual({ urls: [], sitemaps: ['http://s.test/s1.xml'] });
  });
});
