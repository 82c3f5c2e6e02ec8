#!/usr/bin/env bash
# The one test command (README): installs missing Debian packages when run as
# root, Node.js when missing and the locked npm test tools (tests/oauth),
# configures and builds, starts PostgreSQL and Redis on free loopback ports,
# runs every ctest suite, stops both even when tests fail, and exits with
# ctest's status. Extra arguments go to ctest (e.g. -L unit).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${ADP_BUILD_DIR:-$ROOT/build}
source "$ROOT/packaging/dev/deps.sh"
source "$ROOT/packaging/dev/services.sh"

phase_start=$SECONDS
adp_install_deps || exit 1
adp_install_node || exit 1
adp_install_kubectl || exit 1
adp_install_test_tools "$ROOT" || exit 1
packages_seconds=$((SECONDS - phase_start))
# CI: warnings are errors, and no debug information (a fifth of a cold build, and nobody debugs there).
werror=OFF debug_info=ON
[ -n "${CI:-}" ] && werror=ON debug_info=OFF
phase_start=$SECONDS
standalone=""
if [ -n "${CI:-}" ]; then
  # CI proves the server and the CLI stand alone: built first with the desktop off, then the
  # desktop is added to the same tree, which rebuilds nothing already built.
  adp_build "$ROOT" "$BUILD" -DADP_WERROR=$werror -DADP_DEBUG_INFO=$debug_info -DADP_BUILD_DESKTOP=OFF || exit 1
  standalone=" (server, CLI and their tests alone: $((SECONDS - phase_start)) s)"
fi
adp_build "$ROOT" "$BUILD" -DADP_WERROR=$werror -DADP_DEBUG_INFO=$debug_info -DADP_BUILD_DESKTOP=ON || exit 1
build_seconds=$((SECONDS - phase_start))
phase_start=$SECONDS

trap adp_stop_services EXIT
adp_start_postgres || exit 1
adp_start_redis || exit 1
export ADP_TEST_REQUIRE_BACKENDS=1

# A private session bus with an unlocked gnome-keyring, so the keychain tests
# use a real Secret Service.
run_ctest() {
  ctest --test-dir "$BUILD" --output-on-failure -j2 --timeout 600 "$@"
}
export -f run_ctest
export BUILD
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  dbus-run-session -- bash -c '
    export XDG_DATA_HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    eval "$(printf %s adp-test | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    export ADP_TEST_KEYCHAIN=1
    run_ctest "$@"' run_ctest "$@"
else
  run_ctest "$@"
fi
status=$?
echo "phases: packages ${packages_seconds} s, build ${build_seconds} s${standalone}, tests $((SECONDS - phase_start)) s"
exit $status
