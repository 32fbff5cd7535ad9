// Compares `mesoplan-cli logic` output with json-logic-js results line by line.
// usage: node compare.js CASES EXPECTED ACTUAL; prints mismatches and a summary, exit 1 on any.
'use strict';
const fs = require('fs');
const [casesPath, expectedPath, actualPath] = process.argv.slice(2);
const lines = (p) => fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.length > 0);
const cases = lines(casesPath);
const expected = lines(expectedPath);
const actual = lines(actualPath);
let mismatches = 0;
for (let i = 0; i < cases.length; i++) {
  const want = expected[i];
  let got = actual[i];
  if (got !== undefined && got.startsWith('{"error":')) got = 'ERROR';
  if (got !== want) {
    if (++mismatches <= 20) console.log(`line ${i + 1}: ${cases[i]}\n  json-logic-js: ${want}\n  mesoplan:      ${got}`);
  }
}
if (actual.length !== cases.length) console.log(`line count: ${cases.length} cases, ${actual.length} results`);
console.log(`${cases.length - mismatches} passed, ${mismatches} failed`);
process.exit(mismatches === 0 && actual.length === cases.length ? 0 : 1);
