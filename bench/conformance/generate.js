// Generates random JsonLogic rules and data (JSON Lines {"rule", "data"}) and, beside them, the
// result json-logic-js gives for each line. Deterministic for a given seed.
// usage: node generate.js COUNT SEED CASES_OUT EXPECTED_OUT
'use strict';
const fs = require('fs');
const path = require('path');
const jsonLogic = require(path.join(process.env.MESOPLAN_NODE_MODULES, 'json-logic-js'));

const [count, seed, casesOut, expectedOut] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4], process.argv[5]];
let state = seed >>> 0;
function rand() { // xorshift32
  state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
  return state / 4294967296;
}
const pick = (a) => a[Math.floor(rand() * a.length)];

const literals = [0, 1, -1, 2, 3, 1.5, -0.5, 10, 100, 1e21, 0.1, '', '0', '1', '2', '10', 'a', 'abc', 'b',
  ' 12 ', '1e3', '0x10', 'true', 'null', 'é', 'Ünïcødé', true, false, null, [], [1], [1, 2], ['a', 'b'], [0], ['']];
const keys = ['a', 'b', 'c', 'n', 's', 'arr', 'x.y', 'x.z', 'missing', 'arr.0', 'arr.length', 's.length', ''];
const binary = ['==', '===', '!=', '!==', '<', '<=', '>', '>=', '-', '/', '%', 'in', 'substr'];
const nary = ['and', 'or', '+', '*', 'min', 'max', 'cat', 'merge', 'if', '?:'];
const unary = ['!', '!!', '-'];
const arrayOps = ['map', 'filter', 'all', 'some', 'none', 'reduce'];

function literal() {
  const v = pick(literals);
  return Array.isArray(v) ? v.slice() : v;
}

function expr(depth) {
  const r = rand();
  if (depth <= 0 || r < 0.25) return rand() < 0.5 ? literal() : { var: rand() < 0.8 ? pick(keys) : [pick(keys), literal()] };
  if (r < 0.5) {
    const op = pick(binary);
    const args = [expr(depth - 1), expr(depth - 1)];
    if ((op === '<' || op === '<=' || op === 'substr') && rand() < 0.3) args.push(expr(depth - 1));
    return { [op]: args };
  }
  if (r < 0.7) {
    const op = pick(nary);
    const n = Math.floor(rand() * 4);
    const args = [];
    for (let i = 0; i < n; i++) args.push(expr(depth - 1));
    return { [op]: args };
  }
  if (r < 0.8) return { [pick(unary)]: [expr(depth - 1)] };
  if (r < 0.9) {
    const op = pick(arrayOps);
    const source = rand() < 0.6 ? { var: pick(['arr', 'nums', 'words', 'objs', 'n', 'missing']) } : expr(depth - 1);
    const body = op === 'reduce'
      ? { [pick(['+', '*', 'max', 'cat'])]: [{ var: 'current' }, { var: 'accumulator' }] }
      : expr(depth - 1);
    const args = [source, body];
    if (op === 'reduce' && rand() < 0.7) args.push(literal());
    return { [op]: args };
  }
  if (r < 0.95) return { missing: rand() < 0.5 ? [pick(keys), pick(keys)] : [[pick(keys)]] };
  return { missing_some: [Math.floor(rand() * 3), [pick(keys), pick(keys), pick(keys)]] };
}

function data() {
  return {
    a: literal(), b: literal(), c: literal(), n: Math.floor(rand() * 20) - 5, s: pick(['', 'abc', '12', 'héllo']),
    arr: [literal(), literal(), literal()], nums: [1, 2, 3, rand() < 0.5 ? 4 : '4'], words: ['a', 'b', ''],
    objs: [{ v: 1 }, { v: 'x' }], x: { y: literal(), z: { w: 1 } },
  };
}

const cases = [];
const expected = [];
for (let i = 0; i < count; i++) {
  const line = { rule: expr(4), data: data() };
  cases.push(JSON.stringify(line));
  let out;
  try {
    const result = jsonLogic.apply(line.rule, line.data);
    out = JSON.stringify(result === undefined ? null : result);
  } catch (e) {
    out = 'ERROR';
  }
  expected.push(out);
}
fs.writeFileSync(casesOut, cases.join('\n') + '\n');
fs.writeFileSync(expectedOut, expected.join('\n') + '\n');
