#!/usr/bin/env bash
# Checks an installed MesoPlan under ROOT (ROOT/usr/bin/mesoplan-cli, ...): the files an install
# must hold, the desktop file and AppStream metainfo valid, the man page in step with --help, and
# the installed programs working from there with the bundled catalog found relative to the
# installed binary (never the source tree, never the copy compiled in).
#
# usage: tests/install/check-install.sh ROOT
#   ROOT: a `cmake --install --prefix /usr` DESTDIR (ctest "install:tree"), or a .deb unpacked
#   with dpkg-deb -x (scripts/package.sh).
set -euo pipefail
root=$(realpath "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
usr="$root/usr"
fail() { echo "check-install: $*" >&2; exit 1; }

for f in bin/mesoplan bin/mesoplan-cli share/mesoplan/catalog/catalog.json \
         share/mesoplan/translations/mesoplan_fr.qm share/mesoplan/translations/mesoplan_en.qm \
         share/applications/org.mesoplan.MesoPlan.desktop \
         share/metainfo/org.mesoplan.MesoPlan.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.mesoplan.MesoPlan.svg \
         share/man/man1/mesoplan-cli.1.gz share/man/man1/mesoplan.1.gz share/doc/mesoplan/copyright share/doc/mesoplan/changelog.gz; do
  [ -f "$usr/$f" ] || fail "missing usr/$f"
done
for size in 16 22 24 32 48 64 128 256; do
  png="$usr/share/icons/hicolor/${size}x${size}/apps/org.mesoplan.MesoPlan.png"
  [ -f "$png" ] || fail "missing the ${size}x${size} icon"
  # The PNG header's width and height (bytes 17-24, big-endian) are the size of its folder.
  [ "$(python3 -c 'import struct, sys; print("%dx%d" % struct.unpack(">II", open(sys.argv[1], "rb").read()[16:24]))' "$png")" = "${size}x${size}" ] ||
    fail "the ${size}x${size} icon is not ${size}x${size}"
done
# Every catalog file of the sources, installed as it is.
for f in "$src"/data/catalog/*.json; do
  cmp -s "$f" "$usr/share/mesoplan/catalog/$(basename "$f")" || fail "catalog file $(basename "$f") differs"
done

desktop-file-validate "$usr/share/applications/org.mesoplan.MesoPlan.desktop"
appstreamcli validate --no-net "$usr/share/metainfo/org.mesoplan.MesoPlan.metainfo.xml" >/dev/null ||
  fail "appstreamcli refused the metainfo: $(appstreamcli validate --no-net "$usr/share/metainfo/org.mesoplan.MesoPlan.metainfo.xml")"

# The man page names every command --help lists.
man_text=$(zcat "$usr/share/man/man1/mesoplan-cli.1.gz" | sed 's/\\-/-/g')
for command in $("$usr/bin/mesoplan-cli" --help | sed -n '/^commands:/,/^$/p' | grep -oE '^  [a-z][a-z-]*' | sort -u); do
  grep -q -- "$command" <<<"$man_text" || fail "the man page does not name the command $command"
done
for page in mesoplan mesoplan-cli; do
  man_warnings=$(zcat "$usr/share/man/man1/$page.1.gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1 || true)
  [ -z "$man_warnings" ] || fail "groff warns about the man page of $page: $man_warnings"
done

# The programs, from the installed tree, in a home of their own (the per-user database and the
# workstation's settings go there).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -m 0700 "$work/run"
unset MESOPLAN_DB
cd "$work" # not the sources: nothing may be read from there

version=$("$usr/bin/mesoplan-cli" --version)
grep -qx "mesoplan-cli $(sed -n 's/^project(MesoPlan VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")" <<<"$(head -1 <<<"$version")" ||
  fail "unexpected --version: $version"
catalog_line=$(grep '^catalog ' <<<"$version")
[[ "$catalog_line" == *" from $usr/share/mesoplan/catalog" ]] ||
  fail "the bundled catalog is not read from the installed tree: $catalog_line"
catalog_version=$(awk '{print $3}' <<<"$catalog_line")

show=$("$usr/bin/mesoplan-cli" --db "$work/clinic.sqlite" catalog show)
python3 - "$show" "$catalog_version" <<'PY'
import json, sys
shown = json.loads(sys.argv[1])
assert shown["version"] == sys.argv[2], (shown["version"], sys.argv[2])
assert shown["counts"]["protocols"] > 5, shown["counts"]
PY

python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["intake"]))' \
  "$src/tests/core/scenarios/133-hair-loss-weekly-then-monthly.json" > "$work/intake.json"
plan=$("$usr/bin/mesoplan-cli" plan --intake "$work/intake.json")
python3 - "$plan" "$catalog_version" <<'PY'
import json, sys
plan = json.loads(sys.argv[1])
assert plan["catalog_version"] == sys.argv[2], plan["catalog_version"]
assert plan["plans"] and plan["plans"][0]["cocktail"], plan
PY

# French from the installed translations and catalog: the plan's trace in French.
"$usr/bin/mesoplan-cli" --lang fr plan --intake "$work/intake.json" | grep -q "le protocole" ||
  fail "no French from the installed program"

gui=$(QT_QPA_PLATFORM=offscreen "$usr/bin/mesoplan" --version)
grep -q "MesoPlan 0.1" <<<"$gui" || fail "mesoplan --version printed: $gui"
echo "check-install: $root is a working MesoPlan install ($catalog_line)"
