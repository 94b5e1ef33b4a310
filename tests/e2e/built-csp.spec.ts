import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { META_CONTENT_SECURITY_POLICY } from '../../electron/main/security';

/**
 * The built renderer as it ships (out/renderer after `electron-vite build`,
 * which runs before Playwright): its page carries the strict content security
 * policy before anything it loads, holds no inline code and no remote
 * address, and its bundle has nothing that would reach the network. Reads the
 * files from disk; no browser needed.
 */

const rendererDir = resolve(import.meta.dirname, '../../out/renderer');
const indexFile = join(rendererDir, 'index.html');

function builtFiles(extension: string): string[] {
  const assets = join(rendererDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith(extension))
    .map((name) => join(assets, name));
}

function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)].map((tag) => /content="([^"]*)"/i.exec(tag[0])?.[1] ?? '');
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

test.beforeAll(() => {
  expect(existsSync(indexFile), `${indexFile} ontbreekt: run \`npx electron-vite build\` eerst`).toBe(true);
});

test('the built page carries the strict policy, before anything it loads', () => {
  const html = readFileSync(indexFile, 'utf8');
  const policies = metaPolicies(html);
  expect(policies).toEqual([META_CONTENT_SECURITY_POLICY]);
  const policy = directives(policies[0] ?? '');

  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'none'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  for (const [name, sources] of policy) {
    for (const source of sources) {
      expect(source, `${name}`).not.toMatch(/^'unsafe-|^'wasm-unsafe-eval'|^https?:|^wss?:|^\*|^blob:|^filesystem:/);
      if (name !== 'img-src') expect(source, `${name}`).not.toBe('data:');
    }
  }

  // A meta policy only covers what comes after it: it must precede every script and stylesheet.
  const metaAt = html.search(/<meta\s[^>]*http-equiv="Content-Security-Policy"/i);
  const firstLoad = html.search(/<script|<link\s[^>]*rel="(stylesheet|modulepreload|preload)"/i);
  expect(metaAt).toBeGreaterThan(-1);
  expect(metaAt).toBeLessThan(firstLoad);
});

test('the built page has no inline code and no remote address', () => {
  const html = readFileSync(indexFile, 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes = '', body = ''] of scripts) {
    expect(attributes, 'een script komt uit een bestand van de app').toMatch(/\ssrc="\.\/assets\/[^"]+\.js"/);
    expect(body.trim(), 'geen inline script').toBe('');
  }
  expect(html, 'geen inline event handlers').not.toMatch(/\son[a-z]+\s*=/i);
  expect(html, 'geen inline stijlen').not.toMatch(/<style\b|\sstyle\s*=/i);
  for (const [, reference = ''] of html.matchAll(/\s(?:src|href)="([^"]*)"/gi)) {
    expect(reference, 'alleen eigen bestanden').toMatch(/^(\.\/assets\/[\w.-]+|data:,?)$/);
  }
});

/** Every match of the pattern with a little context, so a failure shows where, not the whole bundle. */
function matches(text: string, pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)].map((match) => text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60));
}

test('the bundle has nothing that reaches the network or needs eval', () => {
  const scripts = builtFiles('.js');
  const styles = builtFiles('.css');
  expect(scripts.length).toBeGreaterThan(0);
  // Hosts that would mean fonts, analytics, error reporting or a CDN.
  const remoteHosts = /fonts\.googleapis|fonts\.gstatic|google-analytics|googletagmanager|doubleclick\.net|sentry\.io|segment\.(io|com)|mixpanel\.com|amplitude\.com|hotjar\.com|cdn\.jsdelivr|unpkg\.com|cdnjs\.|use\.typekit|plausible\.io/i;
  for (const file of scripts) {
    const code = readFileSync(file, 'utf8');
    expect(matches(code, remoteHosts), file).toEqual([]);
    // No way to the network at all: the renderer talks to the host only through window.mdo.
    expect(matches(code, /\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts|RTCPeerConnection/), file).toEqual([]);
    // Under the policy eval is refused; only zod's guarded feature probe `new Function("")` may be there.
    expect(matches(code, /\beval\(|new Function\((?!""\))/), file).toEqual([]);
    // A remote address in src= or url() would be fetched (addresses in error texts are not).
    expect(matches(code, /(src|href)\s*[:=]\s*["'`](https?:)?\/\/[^"'`]/i), file).toEqual([]);
    expect(matches(code, /sourceMappingURL=(https?:)?\/\//), file).toEqual([]);
  }
  for (const file of styles) {
    const css = readFileSync(file, 'utf8');
    expect(matches(css, remoteHosts), file).toEqual([]);
    expect(matches(css, /@import/i), file).toEqual([]);
    for (const [, target = ''] of css.matchAll(/url\(\s*["']?([^"')]*)/gi)) {
      expect(target, `url() in ${file}`).not.toMatch(/^(https?:)?\/\//i);
    }
  }
});
