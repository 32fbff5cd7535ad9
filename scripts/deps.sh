#!/usr/bin/env bash
# Installs the Debian 12 packages MesoPlan needs to build, test and run, but only those missing:
# re-running it installs nothing. Run by run.sh and test.sh; `deps.sh package` adds what
# scripts/package.sh needs (dpkg-shlibdeps, lintian).
set -euo pipefail

MESOPLAN_PACKAGES=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libgl-dev qt6-tools-dev qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n
  nlohmann-json3-dev catch2 libsodium-dev sqlite3 libsqlite3-dev
  xvfb xauth fonts-dejavu-core poppler-utils
  python3-icalendar python3-aiosmtpd openssl
  libcurl4-openssl-dev libsecret-1-dev gnome-keyring dbus-bin dbus-daemon
  libicu-dev libphonenumber-dev libprotobuf-dev
  clang-14 libclang-rt-14-dev clang-format-14 clang-tidy-14
  postgresql-15 postgresql-client-15
  desktop-file-utils appstream groff-base
)
if [ "${1:-}" = package ]; then
  MESOPLAN_PACKAGES+=(dpkg-dev file lintian)
fi

missing=()
for p in "${MESOPLAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm run the JsonLogic conformance test and the benchmark peers; any node will do.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
