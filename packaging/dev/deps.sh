#!/usr/bin/env bash
# Debian 12 packages ADP builds, runs and tests with. Sourced by tests/run.sh
# and packaging/dev/start.sh; installs only what is missing, and only as root.

# Fonts are named, not left to chance: fonts-dejavu-core gives the monospace (DejaVu Sans Mono) the
# log viewer and its tests measure, fonts-wqy-microhei the CJK glyphs of the zh_CN screenshots and PDF
# reports; poppler-utils' pdftotext reads the reports' text back in the tests.
ADP_DEBIAN_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git python3 clang-format
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev gnome-keyring dbus dbus-x11 libgl-dev
  libhiredis-dev libpq-dev libspdlog-dev libyaml-cpp-dev libsodium-dev prometheus-cpp-dev libcurl4-openssl-dev libssl-dev
  libarchive-dev liblz4-dev libhttp-parser-dev rapidjson-dev libsqlite3-dev poppler-utils
  redis-server postgresql prometheus xvfb xauth wrk curl fonts-dejavu-core fonts-wqy-microhei tzdata tar gzip bubblewrap openssl
)

adp_missing_packages() {
  local missing=()
  for package in "${ADP_DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  echo "${missing[@]}"
}

adp_install_deps() {
  local missing
  missing=$(adp_missing_packages)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      echo "Installing with sudo: $missing"
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
      return
    fi
    echo "Missing Debian packages (install them as root): $missing" >&2
    return 1
  fi
  echo "Installing: $missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

# Debian packages the tests need only when a command is missing: Node.js runs the test OpenID
# Connect provider (a NodeSource node brings its own npm, which Debian's npm would conflict with),
# and kubectl (Debian's kubernetes-client) checks the fake Kubernetes API (a kubectl from elsewhere
# will do, and Debian's would conflict with it).
adp_install_when_missing() {
  local packages=$1; shift
  local command
  for command in "$@"; do
    command -v "$command" >/dev/null 2>&1 || break
    command=""
  done
  [ -z "$command" ] && return 0
  echo "Installing: $packages"
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "$command is missing (install $packages as root)" >&2; return 1; }
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages
    return
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages
}

adp_install_node() {
  adp_install_when_missing "nodejs npm" node npm
}

adp_install_kubectl() {
  adp_install_when_missing "kubernetes-client" kubectl
}

# The npm packages the tests start (tests/oauth, tests/smtp), exactly as locked.
adp_install_test_tools() {
  local root=$1
  [ -f "$root/tests/oauth/node_modules/oidc-provider/package.json" ] ||
    (cd "$root/tests/oauth" && npm ci --no-audit --no-fund --loglevel=error) || return 1
  [ -f "$root/tests/smtp/node_modules/smtp-server/package.json" ] ||
    (cd "$root/tests/smtp" && npm ci --no-audit --no-fund --loglevel=error)
}

# Configure once, build with two jobs; ccache keeps rebuilds cheap.
adp_build() {
  local root=$1 build=$2; shift 2
  local generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  else
    cmake "$build" "$@" >/dev/null
  fi
  cmake --build "$build" -j2
}
