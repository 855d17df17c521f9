// Prints one plain closing line, "tests: N passed, N failed, N skipped", as the very last line of
// the run (after Jest's own summary), so that tools which read a run's last line can count tests.
"use strict";

const fs = require("fs");

class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A suite that fails to load counts as a failure even though none of its tests ran.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`;
    process.once("exit", () => fs.writeSync(1, line));
  }
}

module.exports = SummaryLineReporter;
