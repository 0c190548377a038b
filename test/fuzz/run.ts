// `npm run fuzz`: the unit suite's property and hostile-input tests, fed many
// more inputs (FUZZ_RUNS, default 2000: each target runs FUZZ_RUNS/100 times
// its quick count) from a fresh seed (FUZZ_SEED to replay one), and 1 MB
// inputs for the linear-time checks. Prints the inputs tried per target.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

process.env.FUZZ_RUNS ??= '2000';
process.env.FUZZ_SEED ??= String(Math.floor(Math.random() * 2 ** 31));

// Loaded after the environment is set: budget.ts reads it once.
const { inputsTried } = require('./budget') as typeof import('./budget');

const unitTests = path.join(__dirname, '..', 'unit');
const mocha = new Mocha({ timeout: 0, reporter: 'spec' });
for (const file of fs.readdirSync(unitTests).sort()) {
  if (/^(fuzz|hostile).*\.test\.js$/.test(file)) mocha.addFile(path.join(unitTests, file));
}

console.log(`Fuzzing with FUZZ_RUNS=${process.env.FUZZ_RUNS} FUZZ_SEED=${process.env.FUZZ_SEED} (replay with the same seed)`);
mocha.run((failures) => {
  console.log('\nInputs tried per target:');
  let total = 0;
  for (const [target, { inputs, seconds }] of inputsTried()) {
    total += inputs;
    console.log(`  ${String(inputs).padStart(8)}  ${seconds.toFixed(1).padStart(6)} s  ${target}`);
  }
  console.log(`  ${String(total).padStart(8)}            in all`);
  process.exitCode = failures ? 1 : 0;
});
