#!/usr/bin/env bash
# Builds MesoPlan's Debian package: a Release build (-O2, as Debian builds its packages) of the
# two programs, packed by CPack (Depends from dpkg-shlibdeps, plus the Qt SQL drivers loaded at
# run time), into dist/. Then checks it: lintian with no error, and the package unpacked with
# dpkg-deb -x into a temporary root, where the installed programs must work
# (tests/install/check-install.sh).
# docs/deployment.md says how to install it on each workstation.
#
# usage: scripts/package.sh [release|dev]
#   release (default): the package a clinic installs, from build-release/.
#   dev: the same package from the tested dev build (build/, optimised, stripped when packed);
#        CI uses it to check the packaging without compiling everything a third time.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
dir=build
[ "$preset" = dev ] || dir="build-$preset"
bash scripts/deps.sh package
if [ "$preset" = dev ]; then
  bash scripts/build.sh dev mesoplan mesoplan-cli mesoplan_compressed_docs
else
  bash scripts/build.sh "$preset"
fi
rm -rf dist
mkdir -p dist
(cd "$dir" && cpack -G DEB -B "$PWD/../dist" >/dev/null)
rm -rf dist/_CPack_Packages
deb=$(ls dist/*.deb)
echo "Built $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

# lintian: no error (warnings are printed for the record). Run as root in CI, which lintian
# only warns about.
lintian_out=$(lintian --allow-root --tag-display-limit 0 "$deb" 2>&1 || true)
[ -z "$lintian_out" ] || echo "$lintian_out"
if grep -q '^E: ' <<<"$lintian_out"; then
  echo "package: lintian found errors in $deb" >&2
  exit 1
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
bash tests/install/check-install.sh "$root"
