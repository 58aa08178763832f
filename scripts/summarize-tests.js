#!/usr/bin/env node
// Adds up the jest results each package wrote (.jest-results.json) and the end-to-end results
// (.tools/e2e-results.json, and .tools/e2e-results-next.json of the run on the newer n8n), prints a table and one closing line "tests: N passed, N failed".
// Exits 1 when a suite failed, a test failed, or an expected result file is missing.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const rows = [];
const failures = [];
let failedSuites = 0;

// One line per failed test (or suite that crashed): where, which test, the first line of the error.
// Printed just above the closing line, so that a CI log that keeps only its tail still names them.
function noteFailures(label, jestJson) {
  const strip = (text) => String(text || '').replace(/\u001b\[[0-9;]*m/g, '');
  for (const suite of jestJson.testResults || []) {
    const file = path.basename(suite.name || suite.testFilePath || '?');
    const failed = (suite.assertionResults || []).filter((t) => t.status === 'failed');
    for (const t of failed) {
      const first = strip((t.failureMessages || [])[0]).split('\n').map((l) => l.trim()).filter((l) => l && !/^at /.test(l)).slice(0, 3).join(' | ');
      failures.push(`${label} ${file} › ${t.fullName || t.title}: ${first.slice(0, 300)}`);
    }
    if (!failed.length && suite.status === 'failed') {
      const first = strip(suite.message).split('\n').map((l) => l.trim()).find((l) => l && !/^●/.test(l)) || 'the suite failed to run';
      failures.push(`${label} ${file}: ${first.slice(0, 240)}`);
    }
  }
}
const expected = fs
  .readdirSync(path.join(root, 'packages'))
  .filter((p) => fs.existsSync(path.join(root, 'packages', p, 'package.json')))
  .filter((p) => (require(path.join(root, 'packages', p, 'package.json')).scripts || {}).test);

for (const pkg of expected) {
  const file = path.join(root, 'packages', pkg, '.jest-results.json');
  if (!fs.existsSync(file)) {
    rows.push({ name: pkg, passed: 0, failed: 0, skipped: 0, note: 'no results (did not run or crashed)' });
    failedSuites++;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  noteFailures(pkg, r);
  failedSuites += r.numFailedTestSuites + (r.numRuntimeErrorTestSuites || 0);
  rows.push({ name: pkg, passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests, note: `${r.numTotalTestSuites} suites` });
}

// The end-to-end suite runs twice (scripts/test.sh): on the pinned n8n (.tools/e2e-results.json)
// and on the newer one (N8N_VARIANT=next, .tools/e2e-results-next.json; SKIP_N8N_NEXT=1 skips it).
// Each run is its own row, named after the n8n version it ran on.
const e2eRuns = [
  { file: 'e2e-results.json', label: 'pinned' },
  ...(process.env.SKIP_N8N_NEXT === '1' ? [] : [{ file: 'e2e-results-next.json', label: 'next' }]),
];
if (process.env.SKIP_E2E !== '1' && fs.existsSync(path.join(root, 'scripts', 'e2e.sh'))) {
  for (const run of e2eRuns) {
    const file = path.join(root, '.tools', run.file);
    if (fs.existsSync(file)) {
      const r = JSON.parse(fs.readFileSync(file, 'utf8'));
      const name = `e2e n8n ${r.n8n || '?'} (${run.label})`;
      rows.push({ name, passed: r.passed, failed: r.failed, skipped: r.skipped || 0, note: r.note || '' });
      if (r.failed > 0) failedSuites++;
      // The jest output of that run (scripts/e2e.sh writes it next to the results) names the failures.
      const jestFile = path.join(root, '.tools', run.file.replace('e2e-results', 'e2e-jest'));
      if (r.failed > 0 && fs.existsSync(jestFile)) noteFailures(name, JSON.parse(fs.readFileSync(jestFile, 'utf8')));
    } else {
      rows.push({ name: `e2e n8n (${run.label})`, passed: 0, failed: 0, skipped: 0, note: 'no results (did not run or crashed)' });
      failedSuites++;
    }
  }
}

const total = rows.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log('\nTest summary');
for (const r of rows) console.log(`  ${r.name.padEnd(27)} ${String(r.passed).padStart(5)} passed  ${String(r.failed).padStart(3)} failed  ${String(r.skipped).padStart(3)} skipped  ${r.note}`);
if (failures.length) {
  console.log(`\nFailed (${failures.length})`);
  for (const line of failures.slice(0, 20)) console.log(`  ${line}`);
  if (failures.length > 20) console.log(`  … and ${failures.length - 20} more (see the log above)`);
}
const failed = total.failed + (failedSuites && total.failed === 0 ? failedSuites : 0);
console.log(`tests: ${total.passed} passed, ${failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(failed > 0 || failedSuites > 0 ? 1 : 0);
