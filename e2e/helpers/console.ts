/**
 * What a page says about itself while a test runs: Content-Security-Policy
 * violations (the `securitypolicyviolation` event, reported by an init script
 * that runs before any page script) and console errors and warnings
 * (Chromium logs every blocked resource there too).
 */
import type { Page } from '@playwright/test';

export interface ConsoleWatch {
  /** CSP violations, console errors and console warnings of every page so far. */
  problems(): string[];
}

/** Starts recording; call before the first `page.goto`. */
export async function watchConsole(page: Page): Promise<ConsoleWatch> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()} on ${page.url()}: ${message.text()}`);
    }
  });
  await page.exposeFunction('__reportPolicyViolation', (violation: string) => {
    problems.push(`CSP violation on ${page.url()}: ${violation}`);
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportPolicyViolation: (text: string) => void })
      .__reportPolicyViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${String(event.lineNumber)} ${event.sample}`,
      );
    });
  });
  return { problems: () => [...problems] };
}
