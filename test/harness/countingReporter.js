'use strict';
// Mocha reporter for the unit layer: the usual spec output, plus a small JSON
// summary in test-results/unit.json that scripts/test-all.mjs adds up with the
// integration and e2e layers. Plain JavaScript (not compiled by tsc) so mocha
// can load it straight from the checkout:
//   mocha --config .mocharc.json --reporter test/harness/countingReporter.js
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_FAIL } = Mocha.Runner.constants;
const resultsFile = path.resolve(__dirname, '..', '..', 'test-results', 'unit.json');

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failures = [];
    runner.on(EVENT_TEST_FAIL, (test, error) => failures.push(`${test.fullTitle()}: ${error && error.message}`));
    runner.once(EVENT_RUN_END, () => {
      const stats = runner.stats;
      const summary = {
        layer: 'unit',
        passed: stats.passes,
        failed: stats.failures,
        pending: stats.pending,
        tests: stats.tests,
        durationMs: stats.duration,
        failures,
      };
      fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
      fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2) + '\n');
    });
  }
}

module.exports = CountingReporter;
