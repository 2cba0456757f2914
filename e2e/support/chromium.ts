import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to drive: Playwright's own build when it has been installed, else CHROMIUM_PATH,
 * else Debian's /usr/bin/chromium. Undefined means none was found; global setup then stops the
 * run with one clear message instead of a stack trace.
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [safePlaywrightPath(), process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
