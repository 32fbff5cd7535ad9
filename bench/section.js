// Replaces one section of docs/performance.md, between <!-- NAME:begin --> and <!-- NAME:end -->,
// keeping the others; appends it when the file does not have it yet.
// As a command: node bench/section.js NAME FILE < section-text
'use strict';

const fs = require('fs');

const header = `# Performance

Speed is measured by benchmarks in \`bench/\` (\`bench/run.sh\` runs them all), never by timed
tests. Each section below is rewritten by the benchmark that measures it; do not edit between
its markers by hand.
`;

function writeSection(file, name, text) {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${begin}\n${text.trim()}\n${end}`;
  let doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : header;
  const at = doc.indexOf(begin);
  const until = doc.indexOf(end);
  if (at >= 0 && until > at) doc = doc.slice(0, at) + block + doc.slice(until + end.length);
  else doc = doc.trimEnd() + '\n\n' + block + '\n';
  fs.writeFileSync(file, doc);
}

module.exports = { writeSection };

if (require.main === module) {
  const [name, file] = process.argv.slice(2);
  writeSection(file, name, fs.readFileSync(0, 'utf8'));
}
