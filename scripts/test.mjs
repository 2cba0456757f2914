// `npm test`: everything, in the order a failure is cheapest to find — typecheck (each side),
// lint (with the import boundaries), unit tests, the production build, then end-to-end tests in
// Chromium against browser mode. Ends with one plain line "N passed, N failed, N skipped" (CI
// reads it) and exits non-zero on any failure. Each non-test step counts as one check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, 'test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, extraEnv = {}) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
}

check('typecheck', process.execPath, [path.join(root, 'scripts', 'typecheck.mjs')]);
check('lint', bin('eslint'), ['.', '--max-warnings=0']);

const vitestReport = path.join(reports, 'vitest.json');
const unitOk = run('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (report.numFailedTests > 0 || report.numFailedTestSuites > 0) failures.push('unit tests');
  if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) totals.failed += report.numFailedTestSuites;
} else if (!unitOk) {
  totals.failed++;
  failures.push('unit tests (no report)');
}

check('build', process.execPath, [path.join(root, 'scripts', 'build.mjs')]);

const playwrightReport = path.join(reports, 'playwright.json');
const e2eOk = run('end-to-end tests', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
if (existsSync(playwrightReport)) {
  const parsed = JSON.parse(readFileSync(playwrightReport, 'utf8'));
  const { stats, errors } = parsed;
  for (const line of skippedWithReasons(parsed)) console.log(`skipped: ${line}`);
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  if (stats.unexpected > 0) failures.push('end-to-end tests');
  // Errors outside tests (global setup, a broken spec file) run no test at all: count them.
  if (errors?.length && stats.unexpected === 0) {
    totals.failed += errors.length;
    failures.push('end-to-end setup');
  }
} else if (!e2eOk) {
  totals.failed++;
  failures.push('end-to-end tests (no report)');
}

/** "title — reason" for every skipped Playwright test, so a skip is never silent. */
function skippedWithReasons(report) {
  const lines = [];
  const visit = (suite, trail) => {
    for (const child of suite.suites ?? []) visit(child, [...trail, child.title]);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const reason = [...(test.annotations ?? []), ...(test.results ?? []).flatMap((r) => r.annotations ?? [])]
          .filter((a) => a.type === 'skip')
          .map((a) => a.description)
          .find(Boolean);
        lines.push(`${[...trail, spec.title].filter(Boolean).join(' › ')} — ${reason ?? 'no reason given'}`);
      }
    }
  };
  for (const suite of report.suites ?? []) visit(suite, [suite.title]);
  return lines;
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || failures.length > 0 ? 1 : 0);
