#!/usr/bin/env bash
# Self-contained single-file `imr` binaries, for people who have no .NET: one file per platform that runs on a
# machine with nothing installed. Writes artifacts/binaries/<platform>/imr (imr.exe on Windows) under the repository.
#
#   src/ImrDsl.Cli/publish-binaries.sh                 # linux-x64, win-x64 and osx-arm64
#   src/ImrDsl.Cli/publish-binaries.sh linux-x64       # only the platforms named
#
# The binaries are not trimmed (the command line and the report writer use reflection) and not compressed (start-up
# time matters more than size here). They are ReadyToRun: staff check one draft at a time, and a binary that
# JIT-compiled imr's own code on every start took 3x as long to check one letter (about 280 ms against 90 ms on
# linux-x64, for about 30 MB more). The version and commit they print (`imr --version`) come from the clone.
# An osx-arm64 binary is not signed here; macOS asks to allow it on first run (or: xattr -d com.apple.quarantine imr).
set -euo pipefail
cd "$(dirname "$0")/../.."
platforms=("$@")
[[ ${#platforms[@]} -gt 0 ]] || platforms=(linux-x64 win-x64 osx-arm64)

for rid in "${platforms[@]}"; do
  out="artifacts/binaries/$rid"
  rm -rf "$out"
  echo "== $rid -> $out"
  # DebugType=embedded keeps line numbers in stack traces without a separate .pdb; the libraries' XML docs are for
  # editors, not for a binary. The build goes to its own folder (--artifacts-path), so it never replaces the
  # projects' usual bin/ and obj/ outputs that a build or test run beside it is using.
  dotnet publish src/ImrDsl.Cli -c Release -r "$rid" --self-contained --artifacts-path "artifacts/build-$rid" \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:DebugType=embedded \
    -p:PublishDocumentationFiles=false -p:PublishReferencesDocumentationFiles=false \
    -o "$out" -nologo -v:q
  ls -l "$out"
done
