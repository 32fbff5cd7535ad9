#!/usr/bin/env bash
# The clinic server's figures (docs/performance.md, section "server"): booking a series with the
# booking benchmark on PostgreSQL, a patient edit with its audit row with the security benchmark
# and two workstations issuing invoices at once with the invoice benchmark (each beside the same
# benchmark on a SQLite file in the same run), moving a single-workstation clinic up with
# `mesoplan-cli migrate`, and the patient search benchmark on the clinic moved up, on a throw-away server
# (scripts/pgtest.sh) on this machine's loopback.
# usage: bench/server.sh PATIENTS_DB   (a clinic file, e.g. the patient benchmark's); prints markdown
set -euo pipefail
cd "$(dirname "$0")/.."
source_db="${1:?a clinic database file to move up}"
state="$(mktemp -d)"
trap 'bash scripts/pgtest.sh stop "$state" >/dev/null 2>&1; rm -rf "$state"' EXIT
bash scripts/pgtest.sh start "$state" >/dev/null
export PGPASSFILE="$state/pgpass"
uri="$(cat "$state/uri")"
psql=(psql -X -q -v ON_ERROR_STOP=1 "$uri")
"${psql[@]}" -c "CREATE SCHEMA booking" -c "CREATE SCHEMA moved" -c "CREATE SCHEMA security" \
    -c "CREATE SCHEMA invoices"

# The booking benchmark on a generated clinic of 8,000 patients (generating on the server is a
# round trip per statement: about 17 ms per patient), and the same benchmark on a SQLite file in
# the same run: the goal is a ratio (issue 18).
booking="$(build/bench/mesoplan-booking-bench --patients 8000 --db "$uri?options=-csearch_path%3Dbooking,public")"
booking_file="$(build/bench/mesoplan-booking-bench --patients 8000 --db "$state/booking.sqlite")"
p95() { printf '%s\n' "$1" | awk -F'|' '/^\| ms \|/ { gsub(/ /, "", $4); print $4 }'; }
ratio=$(python3 -c "print(f'{$(p95 "$booking") / $(p95 "$booking_file"):.2f}')")
# A patient edit with its audit row, on a smaller generated clinic (the edit's cost hardly
# depends on its size; generating on the server is a round trip per statement).
security="$(build/bench/mesoplan-security-bench --patients 4000 --years 1 \
    --db "$uri?options=-csearch_path%3Dsecurity,public")"
security_file="$(build/bench/mesoplan-security-bench --patients 4000 --years 1 --db "$state/security.sqlite")"
edit_row() { printf '%s\n' "$1" | grep '^| Save a patient edit'; }
edit_p95() { edit_row "$1" | awk -F'|' '{ gsub(/ /, "", $4); print $4 }'; }
edit_ratio=$(python3 -c "print(f'{$(edit_p95 "$security") / $(edit_p95 "$security_file"):.2f}')")
# Two processes issuing 1,000 invoices each at once: the number is taken under the writer lock
# (the advisory lock on the server), so this is the contention a clinic's two desks meet.
invoices="$(build/bench/mesoplan-invoice-bench --db "$uri?options=-csearch_path%3Dinvoices,public")"
invoices_file="$(build/bench/mesoplan-invoice-bench --db "$state/invoices.sqlite")"
invoice_row() { printf '%s\n' "$1" | grep '^| both processes'; }
invoice_p95() { invoice_row "$1" | awk -F'|' '{ gsub(/ /, "", $4); print $4 }'; }
invoice_ratio=$(python3 -c "print(f'{$(invoice_p95 "$invoices") / $(invoice_p95 "$invoices_file"):.2f}')")
start=$(date +%s.%N)
build/src/cli/mesoplan-cli migrate --from "$source_db" --to "$uri?options=-csearch_path%3Dmoved,public" \
    >"$state/report.json" 2>/dev/null
end=$(date +%s.%N)
read -r rows tables ok < <(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print(sum(t["rows"] for t in r["tables"]), len(r["tables"]), "yes" if r["ok"] else "NO")' "$state/report.json")
seconds=$(python3 -c "print(f'{$end - $start:.1f}')")
rate=$(python3 -c "print(f'{$rows / ($end - $start):,.0f}')")
size=$(du -m "$source_db" | cut -f1)
search="$(build/bench/mesoplan-patient-bench --db "$uri?options=-csearch_path%3Dmoved,public")"

cat <<MD
## On a clinic server (issue 8)

\`bench/server.sh\`: PostgreSQL $(psql -X -tA "$uri" -c "SHOW server_version" | cut -d' ' -f1) on this machine's loopback (a throw-away cluster, \`fsync\` off: the figures are the app's and the protocol's, not a disk's).

**Moving up**: \`mesoplan-cli migrate\` of a ${size} MB clinic file ($rows rows in $tables tables; verified: $ok), copy and per-table checksums of both sides included: **$seconds s**, $rate rows/s.

**Booking** on the server, the same benchmark as above, and on a SQLite file in the same run:

$(printf '%s\n' "$booking" | sed -n '/^| Book/,$p' | sed 's/^| ms |/| server, ms |/')
$(printf '%s\n' "$booking_file" | sed -n '/^| ms /p' | sed 's/^| ms |/| SQLite file, ms |/')

At the 95th percentile the server takes **${ratio}×** SQLite's time (goal: 2×).

**A patient edit with its audit row** (\`PatientService::update\`: the write transaction, the
update, the hash-chained audit row and the chain's head, the commit), the security benchmark on a
generated clinic of 4,000 patients on the server and on a SQLite file in the same run:

| Save a patient edit with its audit row | Median | 95th percentile | Slowest |
|---|---:|---:|---:|
$(edit_row "$security" | awk -F'|' '{ print "| server, ms |" $3 "|" $4 "|" $5 "|" }')
$(edit_row "$security_file" | awk -F'|' '{ print "| SQLite file, ms |" $3 "|" $4 "|" $5 "|" }')

At the 95th percentile the server takes **${edit_ratio}×** SQLite's time (goal: 2×).

**Issuing invoices at two workstations at once**, the invoice benchmark (two processes started
together, 1,000 invoices of one completed session each, on a generated clinic of 4,000
patients) on the server and on a SQLite file in the same run:

| Issue an invoice, ms | Median | 95th percentile | Slowest |
|---|---:|---:|---:|
$(invoice_row "$invoices" | awk -F'|' '{ print "| server, 2,000 invoices |" $3 "|" $4 "|" $5 "|" }')
$(invoice_row "$invoices_file" | awk -F'|' '{ print "| SQLite file, 2,000 invoices |" $3 "|" $4 "|" $5 "|" }')

At the 95th percentile the server takes **${invoice_ratio}×** SQLite's time. The series on the
server: $(printf '%s\n' "$invoices" | grep '^All ' | sed 's/^All /all /')

**Patient search** on the clinic moved up, the same benchmark as the patient search section
(the same SQL: the term index; no sqlite3 C API to compare with here):

$(printf '%s\n' "$search" | sed -n '/^| Search text/,$p')

Compare with the SQLite figures of the booking and patient search sections: on the server each
statement is a round trip (one \`EXECUTE\` of a statement the connection prepared once), where
SQLite's are calls inside the process, and Qt's QPSQL reads a result one row per libpq result.
The writer lock and the exclusion constraints are not measured apart.
MD
