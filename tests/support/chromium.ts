import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * How the UI tests start Chromium. The build machines have Debian's
 * Chromium and a closed network; a developer laptop may have only
 * Playwright's own browser.
 */

/** Flags that keep Chromium from reaching for the network and hanging on a closed one. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** `MDO_CHROMIUM`, else Debian's Chromium, else undefined: Playwright's own browser. */
export function chromiumExecutablePath(): string | undefined {
  const fromEnvironment = process.env.MDO_CHROMIUM?.trim();
  if (fromEnvironment) return fromEnvironment;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

export function chromiumLaunchOptions(headless: boolean, extraArgs: readonly string[] = []): LaunchOptions {
  const executablePath = chromiumExecutablePath();
  return {
    headless,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    ...(executablePath ? { executablePath } : {}),
  };
}
