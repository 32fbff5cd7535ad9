#!/usr/bin/env bash
# Runs a command with a Secret Service of its own, as a desktop session has one: a private D-Bus
# session bus and GNOME Keyring, whose login keyring is made in a temporary home and unlocked
# with a throwaway password. Nothing of the user's own keyring is read or written.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
       XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c \
  'printf throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "$@"' \
  keyring "$@"
