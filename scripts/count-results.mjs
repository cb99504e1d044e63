#!/usr/bin/env node
// Prints "PASSED FAILED" for one suite's result file, or exits 1 when the file holds no result.
//   node scripts/count-results.mjs gtest  FILE   (--gtest_output=json:FILE)
//   node scripts/count-results.mjs vitest FILE   (vitest --reporter=json --outputFile=FILE)
//   node scripts/count-results.mjs tap    FILE   (node --test TAP output: "# pass N" / "# fail N")
import { readFileSync } from 'node:fs';

const [kind, file] = process.argv.slice(2);

function count() {
  const text = readFileSync(file, 'utf8');
  switch (kind) {
    case 'gtest': {
      const j = JSON.parse(text);
      let passed = 0;
      let failed = 0;
      for (const suite of j.testsuites ?? []) {
        for (const t of suite.testsuite ?? []) {
          if (t.result === 'SKIPPED' || t.status === 'NOTRUN') continue;
          if (t.failures?.length) failed++;
          else passed++;
        }
      }
      return [passed, failed];
    }
    case 'vitest': {
      const j = JSON.parse(text);
      // Files that failed to load count as failures too.
      const brokenFiles = (j.testResults ?? []).filter((f) => f.status === 'failed' && !f.assertionResults?.length);
      return [j.numPassedTests, j.numFailedTests + brokenFiles.length];
    }
    case 'tap': {
      const last = (key) => Number([...text.matchAll(new RegExp(`^# ${key} (\\d+)$`, 'gm'))].at(-1)?.[1]);
      // A file that crashes outside a test shows up as a failed test, so "# fail" already counts it;
      // cancelled tests (a hook or a test timed out) are failures too.
      return [last('pass'), last('fail') + last('cancelled')];
    }
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

try {
  const r = count();
  if (!r || r.some((x) => !Number.isInteger(x))) process.exit(1);
  console.log(`${r[0]} ${r[1]}`);
} catch (e) {
  console.error(`count-results: ${file}: ${e.message}`);
  process.exit(1);
}
