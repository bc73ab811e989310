import { describe, expect, it } from 'vitest';
import { parseServiceUrls } from './config.ts';

describe('DUDA_SERVICE_URLS', () => {
  it('names services by their module names', () => {
    expect(parseServiceUrls('inspection=http://10.0.0.2:4102/trpc,org=http://10.0.0.1:4101/trpc')).toEqual([
      { name: 'inspection', url: 'http://10.0.0.2:4102/trpc' },
      { name: 'org', url: 'http://10.0.0.1:4101/trpc' },
    ]);
    expect(parseServiceUrls(undefined)).toEqual([]);
  });

  it('refuses a name no module has, listing the ones there are', () => {
    expect(() => parseServiceUrls('inspections=http://10.0.0.2:4102/trpc')).toThrow(
      'DUDA_SERVICE_URLS: no service is called "inspections" (the services are org, inspection)',
    );
  });

  it('refuses an entry without a URL', () => {
    expect(() => parseServiceUrls('org')).toThrow(
      'DUDA_SERVICE_URLS: cannot read "org" (expected <service>=<url>)',
    );
  });
});
