// The peers of MesoPlan's rules engine on exactly the evaluations it performs: the catalog's rules
// (rules.json) on the facts of 20,000 synthetic intakes (facts.jsonl), both exported by
// `mesoplan-bench --export DIR`. Each intake is evaluated as MesoPlan evaluates it: one facts
// object, whose scope keys (area, site_conditions, ingredient, request, protocol) are set before
// each group of rules. Prints one JSON object with each peer's evaluations per second
// and how many rules fired, which must equal MesoPlan's count (the same answers, or no ratio).
//
//   json-logic-js      the JsonLogic reference implementation, on the rules as written.
//   json-rules-engine  the most used JavaScript rules engine, on the same conditions translated
//                      to its format (the catalog's rules use var, in, ==, !=, <, >=, !!, and, or).
//
// usage: node bench/peers.js DIR [ROUNDS]   (NODE_PATH must hold the two packages: bench/run.sh)
'use strict';

const fs = require('fs');
const path = require('path');
const jsonLogic = require('json-logic-js');
const { Engine } = require('json-rules-engine');

const dir = process.argv[2];
const rounds = Number(process.argv[3] || 5);
const warmRepeat = Number(fs.readFileSync(path.join(dir, 'warm_repeat'), 'utf8'));
const rules = JSON.parse(fs.readFileSync(path.join(dir, 'rules.json'), 'utf8'));
const scopeKeys = ['area', 'site_conditions', 'ingredient', 'request', 'protocol'];
const intakes = fs.readFileSync(path.join(dir, 'facts.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((line) => JSON.parse(line));
for (const intake of intakes) {
  for (const key of scopeKeys) intake.facts[key] = undefined; // one object shape for all scopes
}
let evaluations = 0;
for (const intake of intakes) {
  for (const g of intake.groups) evaluations += g.rules.length;
}

// Calls evaluate(facts, group) for every group of every intake, with the group's scope set.
async function eachGroup(repeat, evaluate) {
  for (const { facts, groups } of intakes) {
    for (let k = 0; k < repeat; ++k) {
      for (const g of groups) {
        for (const key of scopeKeys) facts[key] = undefined;
        Object.assign(facts, g.scope);
        await evaluate(facts, g);
      }
    }
  }
}

// Best and median rate of several rounds, as mesoplan-bench reports its own. Each intake's
// evaluations run `repeat` times in a row: 1 is cold (facts built long before), more is warm
// (facts in the cache, as right after they are built); fired counts one run.
async function rate(work, repeat, maxRounds = rounds) {
  const rates = [];
  let result;
  for (let r = 0; r < Math.min(rounds, maxRounds); ++r) {
    const t0 = process.hrtime.bigint();
    result = (await work(repeat)) / repeat;
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    rates.push((evaluations * repeat) / seconds);
  }
  rates.sort((a, b) => a - b);
  return { best: rates[rates.length - 1], median: rates[Math.floor(rates.length / 2)], fired: result };
}

// JsonLogic `var` path -> json-rules-engine fact and JSONPath.
function fact(v) {
  const name = Array.isArray(v) ? v[0] : v;
  const [head, ...rest] = String(name).split('.');
  const c = { fact: head };
  if (rest.length) c.path = '$.' + rest.join('.');
  return c;
}

// The JsonLogic subset the catalog uses, as json-rules-engine conditions.
function translate(logic) {
  const [op] = Object.keys(logic);
  const args = Array.isArray(logic[op]) ? logic[op] : [logic[op]];
  switch (op) {
    case 'or': return { any: args.map(translate) };
    case 'and': return { all: args.map(translate) };
    case 'in': return { ...fact(args[1].var), operator: 'contains', value: args[0] };
    case '==': return { ...fact(args[0].var), operator: 'equal', value: args[1] };
    case '!=': return { ...fact(args[0].var), operator: 'notEqual', value: args[1] };
    case '<': return { ...fact(args[0].var), operator: 'lessThan', value: args[1] };
    case '>=': return { ...fact(args[0].var), operator: 'greaterThanInclusive', value: args[1] };
    case '!!': return { ...fact(args[0].var), operator: 'truthy', value: true };
    case 'var': return { ...fact(logic.var), operator: 'truthy', value: true }; // a bare fact: its truthiness
    default: throw new Error('no json-rules-engine translation for operator ' + op);
  }
}

function truthy(v) { // JsonLogic truthiness: an empty array is false
  return Array.isArray(v) ? v.length > 0 : !!v;
}

async function main() {
  const jsonLogicRun = (repeat) => {
    let fired = 0;
    for (const { facts, groups } of intakes) {
      for (let k = 0; k < repeat; ++k) {
        for (const g of groups) {
          for (const key of scopeKeys) facts[key] = undefined;
          Object.assign(facts, g.scope);
          for (const r of g.rules) {
            if (truthy(jsonLogic.apply(rules[r].when, facts))) ++fired;
          }
        }
      }
    }
    return fired;
  };
  const logic = await rate(jsonLogicRun, 1);
  const logicWarm = await rate(jsonLogicRun, warmRepeat);

  // One engine per distinct rule set (patient scope, area scope, each ingredient, plan rules),
  // built once, outside the timing, as a clinic application would.
  const engines = new Map();
  const groups = intakes.flatMap((intake) => intake.groups);
  for (const g of groups) {
    const key = g.rules.join(',');
    if (engines.has(key)) {
      g.engine = engines.get(key);
      continue;
    }
    const engine = new Engine([], { allowUndefinedFacts: true });
    engine.addOperator('truthy', (value) => truthy(value));
    for (const r of g.rules) {
      engine.addRule({ name: rules[r].id, conditions: { all: [translate(rules[r].when)] },
                       event: { type: rules[r].id } });
    }
    engines.set(key, engine);
    g.engine = engine;
  }
  const rulesEngineRun = async (repeat) => {
    let fired = 0;
    await eachGroup(repeat, async (facts, g) => {
      const { events } = await g.engine.run(facts);
      fired += events.length;
    });
    return fired;
  };
  // json-rules-engine is about 100 times slower (a warm round takes 100 s on a 2-core machine):
  // fewer rounds are enough to measure it.
  const rulesEngine = await rate(rulesEngineRun, 1, 3);
  const rulesEngineWarm = await rate(rulesEngineRun, warmRepeat, 1);

  const versions = (name) => require(name + '/package.json').version;
  console.log(JSON.stringify({
    node: process.version,
    rule_evaluations: evaluations,
    warm_repeat: warmRepeat,
    json_logic_js: { version: versions('json-logic-js'), per_second: logic.best,
                     per_second_median: logic.median, fired: logic.fired,
                     warm_per_second: logicWarm.best, warm_per_second_median: logicWarm.median,
                     warm_fired: logicWarm.fired },
    json_rules_engine: { version: versions('json-rules-engine'), per_second: rulesEngine.best,
                         per_second_median: rulesEngine.median, fired: rulesEngine.fired,
                         warm_per_second: rulesEngineWarm.best,
                         warm_per_second_median: rulesEngineWarm.median, warm_fired: rulesEngineWarm.fired },
  }, null, 2));
}

main().catch((e) => { console.error('peers.js: ' + e.message); process.exit(1); });
