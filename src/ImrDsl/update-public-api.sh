#!/usr/bin/env bash
# Brings PublicAPI.Unshipped.txt up to date with the runtime's public symbols: adds the ones not listed yet (RS0016)
# and drops unshipped ones that no longer exist (RS0017). Run it after an intended API change, then review the
# diff: it is the API change a reviewer signs off. PublicAPI.Shipped.txt is edited only when a version ships.
set -euo pipefail
cd "$(dirname "$0")"
log=$(dotnet build ImrDsl.csproj -c Release 2>&1 || true)
added=$(grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" <<< "$log" | sort -u || true)
removed=$(grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API)" <<< "$log" | sort -u || true)
body=$(tail -n +2 PublicAPI.Unshipped.txt)
[[ -n $removed ]] && body=$(grep -vxF -f <(echo "$removed") <<< "$body" || true)
{ echo "#nullable enable"; { echo "$body"; echo "$added"; } | grep -v '^$' | sort -u; } > PublicAPI.Unshipped.txt
echo "public API: $(grep -c . <<< "$added" || true) added, $(grep -c . <<< "$removed" || true) removed"
