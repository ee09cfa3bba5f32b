#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's Chromium with a CJK font (the IDE shows Chinese names) and
# playwright-core from tests/KnowledgeGraph.BrowserTests/package-lock.json. Playwright's own browser download cannot
# work on a closed network; Debian's package can. Each step is skipped when already done, so running it again is cheap.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tests_dir="$repo_root/tests/KnowledgeGraph.BrowserTests"
packages=(chromium fonts-wqy-zenhei)

missing=()
for package in "${packages[@]}"; do
  if [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)" != "install ok installed" ]]; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  if [[ "$(id -u)" -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "install-browser: run as root, or: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "install-browser: installing ${missing[*]}"
  "${as_root[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q "${missing[@]}"
fi

# npm ci again only when the lock file is newer than the last install, as the API's build does for the IDE. The browser
# tests run this script from several test classes at once: under a lock, so that two npm ci never share node_modules
# (in a fresh clone they collided, ENOTEMPTY), and the later ones find the install done.
installed="$tests_dir/node_modules/.package-lock.json"
exec 9>"$tests_dir/.install-browser.lock"
flock 9
if [[ ! -f "$installed" || "$tests_dir/package-lock.json" -nt "$installed" ]]; then
  (cd "$tests_dir" && npm ci --no-audit --no-fund)
fi
