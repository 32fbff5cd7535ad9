#!/usr/bin/env bash
# Brings translations/ up to date with the tr() texts of ui/ and src/: new texts come in unfinished
# (translate them with linguist or by hand; tests/i18n fails until none is left), removed ones are
# dropped. English holds only the plural forms of %n texts.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -locations none -no-obsolete -target-language fr ui src -ts translations/mesoplan_fr.ts
"$lupdate" -locations none -no-obsolete -pluralonly -target-language en ui src -ts translations/mesoplan_en.ts
