// Writes the rules-engine section of docs/performance.md from the outputs of mesoplan-bench and
// bench/peers.js. Only the text between the engine markers is replaced: other sections stay.
// usage: node bench/report.js MESOPLAN_JSON PEERS_JSON docs/performance.md
'use strict';

const fs = require('fs');
const os = require('os');
const { writeSection } = require('./section');

const [ourFile, peersFile, docFile] = process.argv.slice(2);
const ours = JSON.parse(fs.readFileSync(ourFile, 'utf8'));
const peers = JSON.parse(fs.readFileSync(peersFile, 'utf8'));

// A ratio is only meaningful when every engine gave the same answers.
for (const name of ['json_logic_js', 'json_rules_engine']) {
  for (const fired of [peers[name].fired, peers[name].warm_fired]) {
    if (fired !== ours.peer_rules_fired) {
      console.error(`report.js: ${name} fired ${fired} rules, MesoPlan ${ours.peer_rules_fired}`);
      process.exit(1);
    }
  }
}
if (peers.warm_repeat !== ours.warm_repeat) {
  console.error('report.js: the peers and MesoPlan repeated the warm runs differently');
  process.exit(1);
}
if (peers.rule_evaluations !== ours.peer_rule_evaluations) {
  console.error('report.js: the peers did not evaluate the exported rules');
  process.exit(1);
}

const n = (x) => Math.round(x).toLocaleString('en-US');
const ratio = (a, b) => (a / b).toFixed(1) + '×';
const met = (ok) => (ok ? 'met' : '**not met**');
const cpu = os.cpus();
const jl = peers.json_logic_js;
const jre = peers.json_rules_engine;
const warmVsLogic = ours.warm_rule_evaluations_per_second / jl.warm_per_second;

// Whole intakes: json-logic-js's rate on one intake's evaluations (the export's evaluations per
// intake), against MesoPlan's screen + plan, which also builds the facts and the plan itself.
const evaluationsPerIntake = ours.peer_rule_evaluations / ours.peer_intakes;
const logicIntakesPerSecond = jl.per_second / evaluationsPerIntake;
const logicIntakesPerSecondWarm = jl.warm_per_second / evaluationsPerIntake;

const section = `## Rules engine: screening and planning (issue 3)

Measured ${new Date().toISOString().slice(0, 10)} by \`bench/run.sh\` on ${cpu[0].model.trim()}
(${cpu.length} cores, ${os.type()} ${os.release()}), \`dev\` preset (GCC, RelWithDebInfo: -O2),
one thread, node ${peers.node}. Each figure is the best of ${ours.rounds} rounds, with the median
beside it: this machine is a shared virtual machine whose rounds differ by up to 40 %, and the
best round is the one least disturbed by its neighbours.

| Measure (${n(ours.intakes)} synthetic intakes, bundled catalog) | Best | Median | Target |
|---|---:|---:|---|
| screen + plan per second | ${n(ours.screen_plan_per_second)} | ${n(ours.screen_plan_per_second_median)} | ≥ 100,000: ${met(ours.screen_plan_per_second >= 100000)} |
| intake JSON parsed and checked per second | ${n(ours.parse_per_second)} | | |
| screen + plan with both JSON outputs per second | ${n(ours.screen_plan_json_per_second)} | | |
| rule evaluations per screen + plan | ${ours.rule_evaluations_per_screen_plan.toFixed(1)} | | |
| heap allocations per screen + plan | ${ours.allocations_per_screen_plan.toFixed(1)} | | |

Verdicts of the synthetic mix: ${Object.entries(ours.verdicts).map(([k, v]) => `${k} ${n(v)}`).join(', ')}.

### The same rules on the same facts: MesoPlan against its peers

The benchmark exports the catalog's screening and plan rules and, for the first
${n(ours.peer_intakes)} intakes, every evaluation the engine made: each intake's facts and its
${n(ours.peer_rule_groups)} groups of rules with the scope keys set for each group (area,
site conditions, ingredient, request, protocol), ${n(ours.peer_rule_evaluations)} rule
evaluations in all. Every engine evaluates them the way MesoPlan's engine does: one facts object
per intake, the scope keys set in place before each group. \`bench/peers.js\` runs json-logic-js
(the JsonLogic reference, on the rules as written) and json-rules-engine (the conditions
translated to its format, one engine per rule set built before timing); MesoPlan is timed on the
same loop in C++. All three fired the same ${n(ours.peer_rules_fired)} rules; the script refuses
to report a ratio otherwise.

Two figures per engine. **Warm**: each intake's evaluations run ${peers.warm_repeat} times in a
row, so its facts are in the cache, as in an assessment, where the engine evaluates the rules
right after building the facts. **Cold**: each intake once; its facts were built long before and
come from main memory.

| Engine | Warm: evaluations/s (best) | Median | Cold: evaluations/s (best) | Median | MesoPlan is (warm, cold) |
|---|---:|---:|---:|---:|---:|
| MesoPlan (C++, compiled evaluation tree) | ${n(ours.warm_rule_evaluations_per_second)} | ${n(ours.warm_rule_evaluations_per_second_median)} | ${n(ours.rule_evaluations_per_second)} | ${n(ours.rule_evaluations_per_second_median)} | |
| json-logic-js ${jl.version} | ${n(jl.warm_per_second)} | ${n(jl.warm_per_second_median)} | ${n(jl.per_second)} | ${n(jl.per_second_median)} | ${ratio(ours.warm_rule_evaluations_per_second, jl.warm_per_second)}, ${ratio(ours.rule_evaluations_per_second, jl.per_second)} faster |
| json-rules-engine ${jre.version} | ${n(jre.warm_per_second)} | ${n(jre.warm_per_second_median)} | ${n(jre.per_second)} | ${n(jre.per_second_median)} | ${ratio(ours.warm_rule_evaluations_per_second, jre.warm_per_second)}, ${ratio(ours.rule_evaluations_per_second, jre.per_second)} faster |

Target: at least 10 times json-logic-js on the same rules. Warm: ${met(warmVsLogic >= 10)}
(${ratio(ours.warm_rule_evaluations_per_second, jl.warm_per_second)} best against best,
${ratio(ours.warm_rule_evaluations_per_second_median, jl.warm_per_second_median)} median against
median). Cold: ${met(ours.rule_evaluations_per_second / jl.per_second >= 10)}
(${ratio(ours.rule_evaluations_per_second, jl.per_second)}).

On whole intakes: json-logic-js evaluates one intake's ${evaluationsPerIntake.toFixed(1)} rules at
${n(logicIntakesPerSecond)} intakes per second cold (${n(logicIntakesPerSecondWarm)} warm), and that
is all it does; MesoPlan's screen + plan, which also reads the intake into facts, chooses the
protocol, doses the cocktail and prices the series, runs at ${n(ours.screen_plan_per_second)} intakes
per second: ${ratio(ours.screen_plan_per_second, logicIntakesPerSecond)} json-logic-js's cold rate
(${ratio(ours.screen_plan_per_second, logicIntakesPerSecondWarm)} its warm rate).

Why the two differ for MesoPlan and hardly for the JavaScript engines: json-logic-js spends its
time interpreting (it re-reads the rule's JSON and splits every \`var\` path on each call), so
where the facts come from matters little to it. MesoPlan's compiled rules cost about 30 ns an
evaluation once the facts are in the cache, so the cold figure is bounded by memory. Member names
are interned (\`core::Name\`: one pointer, compared as a pointer), so a facts member takes 40
bytes (the name and a 32-byte \`Value\`) instead of 64 with a \`std::string\` key, and a rule's
constant \`var\` path is matched without comparing text. In the application the cold case
matters less than here, because \`RulesEngine::assess\` builds the facts and evaluates them at
once.
`;

writeSection(docFile, 'engine', section);
