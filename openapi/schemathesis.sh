#!/bin/bash
# Checks a running `yici serve` against openapi/yici-serve.json with schemathesis (PyPI:
# `pip install schemathesis`), deterministically: every status and body must be the
# document's. Not in CI (it needs the package and a server). Start the server first, e.g.
#   YICI_ADMIN_TOKEN=secret .build/release/yici serve examples/benchmark/food_business_license.yici --port 18130
# then: openapi/schemathesis.sh http://127.0.0.1:18130
# It reports ST202 where it invents a service id the rules do not have: a documented 400.
set -eu
URL=${1:-http://127.0.0.1:8080}
DOCUMENT=$(cd "$(dirname "$0")" && pwd)/yici-serve.json
# schemathesis keeps a cache in the folder it runs from: not the repository.
cd "$(mktemp -d)"
exec st run "$DOCUMENT" -u "$URL" -n "${EXAMPLES:-50}" --generation-deterministic
