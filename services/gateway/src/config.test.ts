import { describe, expect, it } from 'vitest';
import { loadConfig, parseServiceUrls } from './config.ts';
import { modules } from './modules.ts';

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
      `DUDA_SERVICE_URLS: no service is called "inspections" (the services are ${modules.map((m) => m.name).join(', ')})`,
    );
  });

  it('refuses an entry without a URL', () => {
    expect(() => parseServiceUrls('org')).toThrow(
      'DUDA_SERVICE_URLS: cannot read "org" (expected <service>=<url>)',
    );
  });
});

describe('events polling', () => {
  const secrets = { serviceSecret: 's', cookieSecret: 'c' };

  it('looks for events every half second unless told otherwise, so a live notification comes within 2 s', () => {
    expect(loadConfig({}, secrets).eventsPollingSeconds).toBe(0.5);
    expect(loadConfig({ DUDA_EVENTS_POLLING_SECONDS: '2' }, secrets).eventsPollingSeconds).toBe(2);
  });
});

describe('socket timeouts', () => {
  const secrets = { serviceSecret: 's', cookieSecret: 'c' };

  it('reads milliseconds, with defaults that close idle sockets', () => {
    expect(loadConfig({}, secrets).timeouts).toEqual({
      connectionMs: 130_000,
      requestMs: 120_000,
      keepAliveMs: 65_000,
    });
    expect(loadConfig({ DUDA_REQUEST_TIMEOUT_MS: '5000' }, secrets).timeouts.requestMs).toBe(5000);
  });

  it('lets the inactivity timer outlast the request and keep-alive timeouts, so it never cuts an answer', () => {
    // At 30 s it reset exam saves the gateway held longer than that (ECONNRESET, ADR 0025).
    const { connectionMs, requestMs, keepAliveMs } = loadConfig({}, secrets).timeouts;
    expect(connectionMs).toBeGreaterThan(requestMs);
    expect(connectionMs).toBeGreaterThan(keepAliveMs);
  });

  it('refuses a value that would switch a timeout off or is not a number', () => {
    expect(() => loadConfig({ DUDA_CONNECTION_TIMEOUT_MS: '0' }, secrets)).toThrow(
      'DUDA_CONNECTION_TIMEOUT_MS: expected milliseconds above 0, got "0"',
    );
    expect(() => loadConfig({ DUDA_KEEP_ALIVE_TIMEOUT_MS: '1m' }, secrets)).toThrow(
      'DUDA_KEEP_ALIVE_TIMEOUT_MS',
    );
  });
});

describe('DUDA_WEB_URL', () => {
  const secrets = { serviceSecret: 's', cookieSecret: 'c' };

  it('is where the gateway asks for the page and the remote list; unset or empty, it reads DUDA_WEB_ROOT', () => {
    expect(loadConfig({ DUDA_WEB_URL: 'http://web:8080/' }, secrets).webUrl).toBe('http://web:8080');
    expect(loadConfig({ DUDA_WEB_URL: '' }, secrets).webUrl).toBeUndefined();
    expect(loadConfig({}, secrets).webUrl).toBeUndefined();
  });

  it('refuses what is not an http URL, saying what it expects', () => {
    expect(() => loadConfig({ DUDA_WEB_URL: 'web:8080' }, secrets)).toThrow(
      'DUDA_WEB_URL: expected an http or https URL, got "web:8080"',
    );
    expect(() => loadConfig({ DUDA_WEB_URL: 'web' }, secrets)).toThrow(
      `DUDA_WEB_URL: expected the web Service's URL (http://web:8080), got "web"`,
    );
  });
});
