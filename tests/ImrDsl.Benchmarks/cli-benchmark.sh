#!/usr/bin/env bash
# End-to-end figures for `imr check` as users run it (a ReadyToRun publish), for the checker issue:
#   letters per second on 10,000 generated letters with --jobs 1 and with all cores, the ratio to
#   `grep -c "Decision rationale"` over the same files, peak memory, and the wall time of checking one
#   letter next to a hello-world .NET program (the start-up floor).
# Usage: tests/ImrDsl.Benchmarks/cli-benchmark.sh   (needs the .NET SDK and GNU time at /usr/bin/time)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count=${LETTERS:-10000}

echo "publishing imr (ReadyToRun) and a hello-world program..."
dotnet publish "$root/src/ImrDsl.Cli" -c Release -p:PublishReadyToRun=true -o "$work/imr" -nologo -v:q >/dev/null
mkdir "$work/hello"
cat > "$work/hello/hello.csproj" <<'PROJ'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><PublishReadyToRun>true</PublishReadyToRun>
  <RuntimeIdentifier>$(NETCoreSdkRuntimeIdentifier)</RuntimeIdentifier><SelfContained>false</SelfContained></PropertyGroup>
</Project>
PROJ
echo 'System.Console.WriteLine("hello");' > "$work/hello/Program.cs"
dotnet publish "$work/hello" -c Release -o "$work/hello/out" -nologo -v:q >/dev/null

echo "generating $count letters..."
mkdir "$work/letters"
sources=("$root"/examples/letters/seed-000.txt "$root"/examples/letters/seed-002.txt "$root"/examples/letters/seed-003.txt "$root"/examples/letters/multi-item-pdf.txt "$root"/examples/letters/converted-multi.md)
# Each copy gets its own quantities, so no two files are the same text.
awk -v n="$count" -v dir="$work/letters" 'BEGIN { srand(7) }
  FNR == 1 { k++; text[k] = ""; ext[k] = FILENAME ~ /\.md$/ ? "md" : "txt" }
  { text[k] = text[k] $0 "\n" }
  END { for (i = 0; i < n; i++) { j = i % k + 1; t = text[j]; gsub(/#60/, "#" (i % 500 + 1), t); f = sprintf("%s/letter-%05d.%s", dir, i, ext[j]); printf "%s", t > f; close(f) } }' "${sources[@]}"
bytes=$(cat "$work"/letters/* | wc -c)

imr="$work/imr/imr"
measure() { # label, command...: prints wall seconds and peak RSS in MB
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  # GNU time writes "Command exited with non-zero status N" first when the command fails (imr exits 1 on findings).
  read -r seconds kb < <(tail -n 1 "$work/time")
  printf "%-34s %8.2f s %8.0f MB" "$label" "$seconds" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')"
  echo "$seconds" > "$work/last"
}

echo
printf "%s letters, %.1f MB, on %s cores\n" "$count" "$(awk -v b="$bytes" 'BEGIN{print b/1048576}')" "$(nproc)"
measure "grep -c \"Decision rationale\"" grep -c "Decision rationale" -r "$work/letters"; grep_s=$(cat "$work/last"); echo
measure "imr check --jobs 1" "$imr" check "$work/letters" --jobs 1; one_s=$(cat "$work/last")
awk -v n="$count" -v s="$one_s" -v g="$grep_s" 'BEGIN { printf "  %8.0f letters/s, %.0fx grep\n", n/s, s/(g>0?g:0.01) }'
measure "imr check (all cores)" "$imr" check "$work/letters"; all_s=$(cat "$work/last")
awk -v n="$count" -v s="$all_s" -v g="$grep_s" 'BEGIN { printf "  %8.0f letters/s, %.0fx grep\n", n/s, s/(g>0?g:0.01) }'

best() { # the fastest of five runs, in seconds
  local fastest=999
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e" -o "$work/t1" "$@" >/dev/null 2>&1 || true
    fastest=$(awk -v a="$fastest" -v b="$(tail -n 1 "$work/t1")" 'BEGIN { print (b < a ? b : a) }')
  done
  echo "$fastest"
}
echo
printf "%-34s %8.2f s (best of 5)\n" "hello world (ReadyToRun)" "$(best "$work/hello/out/hello")"
printf "%-34s %8.2f s (best of 5)\n" "imr check one letter" "$(best "$imr" check "$root/examples/letters/seed-000.txt")"
