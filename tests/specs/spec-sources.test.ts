import { describe, expect, it } from 'vitest';
import { documentSpecs } from '../../src/specs';

/** Hosts that serve someone else's page from a search engine's cache: cite the authority's own URL instead. */
const CACHE_MIRROR_HOST = /(?:\.cache\.yimg\.jp|webcache\.googleusercontent\.com|cc\.bingj\.com)$/;

const sources = documentSpecs.flatMap((row) => row.sources.map((source) => [row.id, source.url] as const));

describe('every source is a page a reader can open and find the figure on', () => {
  it.each(sources)('%s cites a page, not a site root: %s', (_id, url) => {
    const { pathname, search } = new URL(url);
    // A WordPress-style "/?p=2677" is a page; a bare "/" or "" is the site's home page.
    expect(pathname !== '/' || search !== '', `${url} is a site root`).toBe(true);
  });

  it.each(sources)('%s cites the authority, not a search-engine cache mirror: %s', (_id, url) => {
    expect(new URL(url).hostname).not.toMatch(CACHE_MIRROR_HOST);
  });

  it('has no source whose title still says it names only the site', () => {
    const siteOnly = documentSpecs.flatMap((row) => row.sources.filter((s) => s.title.includes('[site only')).map((s) => `${row.id}: ${s.title}`));
    expect(siteOnly).toEqual([]);
  });
});
