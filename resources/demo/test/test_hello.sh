#!/bin/sh
# The demo's unit tests.
set -e
[ "$(sh src/hello.sh)" = "Hello, world!" ]
[ "$(sh src/hello.sh ADP)" = "Hello, ADP!" ]
echo "2 tests passed"
