#!/usr/bin/env bash
# Brings translations/ up to date with the tr() texts of ui/ and src/: new texts come in unfinished
# (translate them with linguist or by hand; tests/i18n fails until none is left), removed ones are
# dropped. English holds only the plural forms of %n texts. The core's phrases (core/phrase.h,
# MESO_PHRASE) are read as QT_TRANSLATE_NOOP.
#
# usage: scripts/update-translations.sh [TS_DIR]   (default translations/; tests/i18n passes a copy)
set -euo pipefail
cd "$(dirname "$0")/.."
ts_dir=${1:-translations}
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
options=(-silent -locations none -no-obsolete -tr-function-alias QT_TRANSLATE_NOOP+=MESO_PHRASE)
"$lupdate" "${options[@]}" -target-language fr ui src -ts "$ts_dir/mesoplan_fr.ts"
"$lupdate" "${options[@]}" -pluralonly -target-language en ui src -ts "$ts_dir/mesoplan_en.ts"
