#!/usr/bin/env bash
# The benchmark script: builds the benchmarks (dev preset), runs MesoPlan's rules engine on 100,000
# synthetic intakes, runs json-logic-js and json-rules-engine (installed from npm into bench/.cache)
# on the same rules and facts, times the patient search on 100,000 patients, the consultation
# window's live screening, booking a series into a busy calendar, the calendar's week view redrawn
# after a move, the start-up against a bare Qt window, what sign-in, the audit
# trail and backups cost, a lot trace over about 100,000 session records (against the sqlite3
# shell) and recording a session (each on a clinic made by `mesoplan-cli demo generate`'s
# generator), importing 100,000 patients from a CSV file, the reports on a generated
# 100,000-patient clinic, two workstations issuing 1,000 invoices each at once (the numbering),
# and the same booking and moving a clinic up on a PostgreSQL server (bench/server.sh), and writes
# the figures into docs/performance.md.
# usage: bench/run.sh [ROUNDS]   (MESOPLAN_BENCH_INTAKES, MESOPLAN_BENCH_PATIENTS,
#                               MESOPLAN_BENCH_SESSION_PATIENTS change the sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
bash scripts/deps.sh
bash scripts/build.sh dev mesoplan-bench mesoplan-patient-bench mesoplan-screening-bench mesoplan-booking-bench \
    mesoplan-security-bench mesoplan-session-bench mesoplan-calendar-bench mesoplan-startup-bench \
    mesoplan-import-bench mesoplan-report-bench mesoplan-invoice-bench mesoplan-cli
source bench/npm-peers.sh || { echo "bench/run.sh: cannot install json-logic-js and json-rules-engine from npm" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "MesoPlan engine: ${MESOPLAN_BENCH_INTAKES:-100000} intakes, $rounds rounds"
build/bench/mesoplan-bench --intakes "${MESOPLAN_BENCH_INTAKES:-100000}" --rounds "$rounds" \
    --export "$work/peers" > "$work/mesoplan.json"
echo "json-logic-js and json-rules-engine on the same rules and facts"
NODE_PATH="$MESOPLAN_NODE_MODULES" node bench/peers.js "$work/peers" "$rounds" > "$work/peers.json"
node bench/report.js "$work/mesoplan.json" "$work/peers.json" docs/performance.md
echo "Patient search on ${MESOPLAN_BENCH_PATIENTS:-100000} patients"
build/bench/mesoplan-patient-bench --patients "${MESOPLAN_BENCH_PATIENTS:-100000}" --db "$work/patients.sqlite" \
    > "$work/patients.md"
node bench/section.js patients docs/performance.md < "$work/patients.md"
echo "Live screening in the consultation window"
build/bench/mesoplan-screening-bench 2>/dev/null > "$work/screening.md"
node bench/section.js screening docs/performance.md < "$work/screening.md"
echo "Booking a 10-session series into a generated clinic's calendar"
build/bench/mesoplan-booking-bench --db "$work/booking.sqlite" > "$work/booking.md"
node bench/section.js booking docs/performance.md < "$work/booking.md"
echo "The calendar's week view after a move"
build/bench/mesoplan-calendar-bench 2>/dev/null > "$work/calendar.md"
node bench/section.js calendar docs/performance.md < "$work/calendar.md"
echo "Start-up on the patient benchmark's clinic, against a bare Qt window"
build/bench/mesoplan-startup-bench --db "$work/patients.sqlite" 2>/dev/null > "$work/startup.md"
node bench/section.js startup docs/performance.md < "$work/startup.md"
echo "Sign-in, audit trail and backups"
build/bench/mesoplan-security-bench --db "$work/security.sqlite" > "$work/security.md"
node bench/section.js security docs/performance.md < "$work/security.md"
echo "Lot trace over a generated clinic's session records, and recording a session"
build/bench/mesoplan-session-bench --patients "${MESOPLAN_BENCH_SESSION_PATIENTS:-70000}" \
    --lot-weeks 26 --db "$work/sessions.sqlite" > "$work/sessions.md"
# The same clinic with a lot of each product every 4 weeks (a delivery of vials as a clinic
# receives them), beside the worst case above (a lot lasting half a year).
{ printf '\n### The same clinic, a new lot every 4 weeks\n'
  build/bench/mesoplan-session-bench --patients "${MESOPLAN_BENCH_SESSION_PATIENTS:-70000}" \
      --lot-weeks 4 --db "$work/sessions-4w.sqlite" | tail -n +2; } >> "$work/sessions.md"
node bench/section.js sessions docs/performance.md < "$work/sessions.md"
echo "Importing 100,000 patients from a CSV file"
build/bench/mesoplan-import-bench --db "$work/import.sqlite" > "$work/import.md"
node bench/section.js import docs/performance.md < "$work/import.md"
echo "The reports on a generated 100,000-patient clinic"
build/bench/mesoplan-report-bench --db "$work/reports.sqlite" > "$work/reports.md"
node bench/section.js reports docs/performance.md < "$work/reports.md"
echo "Issuing invoices at two workstations at once"
build/bench/mesoplan-invoice-bench --db "$work/invoices.sqlite" > "$work/invoices.md"
node bench/section.js invoices docs/performance.md < "$work/invoices.md"
echo "On a clinic server: booking, and moving the patient benchmark's clinic up"
bash bench/server.sh "$work/patients.sqlite" > "$work/server.md"
node bench/section.js server docs/performance.md < "$work/server.md"
cat docs/performance.md
