#!/usr/bin/env bash
# The speed and memory table of issue 10, measured end to end as users run `imr` (a ReadyToRun publish), every row
# as a ratio or a figure with a pass/fail against its goal:
#   1. `imr check --format json` on LETTERS generated letters, wall time over `grep -rc "Decision rationale"` (<= 5x)
#   2. CPU (user+sys) over wall on that run (>= 1.5), and the same run with --jobs 1
#   3. `imr check` of one letter over a ReadyToRun hello world, best of BEST runs each (<= 2x)
#   4. peak memory on LETTERS letters over LETTERS/10 letters (<= 1.3x: flat)
#   5. peak memory on BIG_LETTERS letters of 1 MB each (< 300 MB)
#   6. peak memory of `imr check` and `imr extract --format json` on one HUGE_MB MB letter of pages (< 300 MB each),
#      and a guard: that letter's check costs at most 3x the CPU per MB of the LETTERS letters (nothing quadratic)
# Every corpus is made here from examples/letters, so the run needs nothing but this checkout.
#
# Usage: tests/ImrDsl.Benchmarks/cli-benchmark.sh
#   IMR_SOURCE=/path/to/checkout  measure imr built from another checkout (say, an older commit, for a "before"
#                                 table); the corpora always come from this script's checkout, so both runs see the
#                                 same files
#   LETTERS=2000                  a quicker run (default 20000; the memory row compares with LETTERS/10, which says
#                                 little below 20000: a few hundred letters do not fill the GC's first budget)
#   BIG_LETTERS=100 HUGE_MB=31    fewer 1 MB letters / the size of the one large letter
#   BEST=5                        runs per start-up measurement (the best is kept)
#   RUNS=3                        runs of grep and of imr over the LETTERS letters (the fastest of each is compared, so
#                                 one slow run of either, on a shared machine, does not decide the ratio)
#   KEEP=/path                    keep the corpora and the hello world there (and reuse them when present)
#   IMR=/path/to/imr              measure this published imr instead of publishing one
# Needs the .NET SDK, GNU time at /usr/bin/time, bash, coreutils and awk.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
source_root=$(cd "${IMR_SOURCE:-$here}" && pwd)
letters=${LETTERS:-20000}
small=$(( letters / 10 ))
big_letters=${BIG_LETTERS:-1000}
huge_mb=${HUGE_MB:-31}
best_of=${BEST:-5}
archive_runs=${RUNS:-3}
if [[ -n "${KEEP:-}" ]]; then work=$KEEP; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
[[ -x /usr/bin/time ]] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
examples="$here/examples/letters"

# --- programs ---------------------------------------------------------------------------------------------------
imr=${IMR:-$work/imr/imr}
if [[ -z "${IMR:-}" ]]; then
  echo "publishing imr (ReadyToRun) from $source_root ..." >&2
  dotnet publish "$source_root/src/ImrDsl.Cli" -c Release -p:PublishReadyToRun=true -o "$work/imr" -nologo -v:q >/dev/null
fi
# A path that does not run (a folder, a missing file) would otherwise measure the shell's error, in no time at all.
if [[ ! -f "$imr" || ! -x "$imr" ]] || ! "$imr" --version >/dev/null 2>&1; then
  echo "cannot run imr at $imr (IMR names the published imr executable)" >&2; exit 2
fi
hello="$work/hello/out/hello"
if [[ ! -x "$hello" ]]; then
  echo "publishing a ReadyToRun hello world ..." >&2
  mkdir -p "$work/hello"
  cat > "$work/hello/hello.csproj" <<'PROJ'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><PublishReadyToRun>true</PublishReadyToRun>
  <RuntimeIdentifier>$(NETCoreSdkRuntimeIdentifier)</RuntimeIdentifier><SelfContained>false</SelfContained></PropertyGroup>
</Project>
PROJ
  echo 'System.Console.WriteLine("hello");' > "$work/hello/Program.cs"
  dotnet publish "$work/hello" -c Release -o "$work/hello/out" -nologo -v:q >/dev/null
fi

# --- corpora ----------------------------------------------------------------------------------------------------
# Letters with a case number are the templates: the copy's number is written into its case number, so no two
# generated letters are equal, and its quantities (#60) and ages vary too.
templates=()
for f in "$examples"/*.txt "$examples"/*.md; do grep -q 'CM[0-9][0-9]-[0-9]' "$f" && templates+=("$f"); done

generate() { # folder count
  local dir=$1 count=$2
  [[ -f "$dir/.done" ]] && return
  rm -rf "$dir"; mkdir -p "$dir"
  awk -v n="$count" -v dir="$dir" '
    FNR == 1 { k++; text[k] = ""; ext[k] = FILENAME ~ /\.md$/ ? "md" : "txt" }
    { text[k] = text[k] $0 "\n" }
    END {
      for (i = 0; i < n; i++) {
        j = i % k + 1; t = text[j]
        gsub(/CM[0-9][0-9]-[0-9]+/, sprintf("CM%02d-%07d", 13 + i % 7, i), t)
        gsub(/#60/, "#" (i % 500 + 1), t)
        gsub(/ 5[0-9] year old/, " " (30 + i % 40) " year old", t)
        f = sprintf("%s/%02d/letter-%06d.%s", dir, int(i / 1000), i, ext[j])
        if (!(int(i / 1000) in made)) { system("mkdir -p " dir "/" sprintf("%02d", int(i / 1000))); made[int(i / 1000)] = 1 }
        printf "%s", t > f; close(f)
      }
    }' "${templates[@]}"
  touch "$dir/.done"
}

# A letter of many printed pages, as PDF conversions give: the page-break example's header, then its decisions over
# and over (each with its own quantity), a page footer ("Page N of M") and the repeated page header every 40 lines.
page_letter() { # file megabytes case-number
  local file=$1 mb=$2 case_number=$3
  awk -v limit=$(( mb * 1024 * 1024 )) -v cn="$case_number" '
    /^\f?Page [0-9]+ of [0-9]+/ || /^\f?Final Determination Letter for IMR/ { if (started) next }
    { sub(/CM[0-9][0-9]-[0-9]+/, cn) }
    !started { head = head $0 "\n"; if ($0 ~ /^The Final Determination was based on decisions/) started = 1; next }
    { body[++lines] = $0 }
    END {
      printf "%s", head; size = length(head); page = 1; onpage = 0; pages = int(limit / 3000) + 1; copy = 0
      while (size < limit) {
        copy++
        for (l = 1; l <= lines && size < limit; l++) {
          line = body[l]; gsub(/#60/, "#" (copy % 900 + 10), line)
          print line; size += length(line) + 1
          if (++onpage == 40) {
            page++; onpage = 0
            footer = sprintf("Page %d of %d \n\n\fFinal Determination Letter for IMR Case Number %s \n", page, pages, cn)
            printf "%s", footer; size += length(footer)
          }
        }
      }
    }' "$examples/clean-page-breaks.txt" > "$file"
}

echo "making the corpora in $work ..." >&2
generate "$work/letters-$letters" "$letters"
generate "$work/letters-$small" "$small"
if [[ ! -f "$work/big-$big_letters/.done" ]]; then
  rm -rf "$work/big-$big_letters"; mkdir -p "$work/big-$big_letters"
  page_letter "$work/big-template.txt" 1 CM16-0000000
  for (( i = 0; i < big_letters; i++ )); do
    sed "s/CM16-0000000/CM16-$(printf %07d "$i")/g" "$work/big-template.txt" > "$work/big-$big_letters/letter-$(printf %04d "$i").txt"
  done
  touch "$work/big-$big_letters/.done"
fi
huge="$work/huge-${huge_mb}mb.txt"
[[ -f "$huge" ]] || page_letter "$huge" "$huge_mb" CM16-0044512
one_letter="$examples/seed-000.txt"

# --- measuring --------------------------------------------------------------------------------------------------
# measure COMMAND...: sets wall (seconds, from the clock), cpu (user+sys seconds) and peak (MB) from GNU time; the
# command's own exit code is ignored (imr exits 1 when it finds something); its stdout is kept in $work/stdout.
measure() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" || true
  end=$(date +%s%N)
  read -r _ user sys kb < <(tail -n 1 "$work/time")
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  peak=$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')
}
best() { # COMMAND...: the fastest wall time of best_of runs
  local fastest=999999
  for (( r = 0; r < best_of; r++ )); do
    measure "$@"
    fastest=$(awk -v a="$fastest" -v b="$wall" 'BEGIN { print (b < a ? b : a) }')
  done
  echo "$fastest"
}
fastest() { # COMMAND...: like measure, keeping the wall and CPU of the fastest of archive_runs runs and the highest peak
  local f_wall=999999 f_cpu=0 f_peak=0
  for (( r = 0; r < archive_runs; r++ )); do
    measure "$@"
    if awk -v a="$wall" -v b="$f_wall" 'BEGIN { exit !(a < b) }'; then f_wall=$wall; f_cpu=$cpu; fi
    (( peak > f_peak )) && f_peak=$peak
  done
  wall=$f_wall; cpu=$f_cpu; peak=$f_peak
}
rows=()
row() { # what measured goal ratio-or-figure pass(1/0)
  rows+=("$(printf '%s\t%s\t%s\t%s\t%s' "$1" "$2" "$3" "$4" "$([[ $5 == 1 ]] && echo pass || echo FAIL)")")
}
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b ? 1 : 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 0.01) }'; }

big_dir="$work/letters-$letters"
mb_of() { du -sb --exclude=.done "$1" | awk '{ printf "%.0f", $1 / 1048576 }'; }
echo "measuring on $(nproc) cores: $letters letters ($(mb_of "$big_dir") MB), $small letters, $big_letters x 1 MB, one $huge_mb MB letter" >&2

fastest grep -rc "Decision rationale" "$big_dir"; grep_wall=$wall
fastest "$imr" check --format json "$big_dir"; imr_wall=$wall; imr_cpu=$cpu; big_peak=$peak
r=$(ratio "$imr_wall" "$grep_wall")
row "$letters letters: imr check --format json vs grep -rc (wall, fastest of $archive_runs)" "${imr_wall} s vs ${grep_wall} s" "<= 5x" "${r}x" "$(le "$r" 5)"
r=$(ratio "$imr_cpu" "$imr_wall")
row "  CPU (user+sys) over wall on that run" "${imr_cpu} s / ${imr_wall} s" ">= 1.5" "$r" "$(le 1.5 "$r")"
measure "$imr" check --format json --jobs 1 "$big_dir"; one_wall=$wall
r=$(ratio "$one_wall" "$grep_wall")
row "  the same with --jobs 1 (wall, vs grep)" "${one_wall} s" "(kept)" "${r}x" 1

hello_wall=$(best "$hello")
imr_one=$(best "$imr" check "$one_letter")
r=$(ratio "$imr_one" "$hello_wall")
row "one letter: imr check vs hello world (best of $best_of)" "${imr_one} s vs ${hello_wall} s" "<= 2x" "${r}x" "$(le "$r" 2)"

fastest "$imr" check --format json "$work/letters-$small"; small_peak=$peak
r=$(ratio "$big_peak" "$small_peak")
row "peak memory, $letters letters vs $small" "${big_peak} MB vs ${small_peak} MB" "<= 1.3x" "${r}x" "$(le "$r" 1.3)"

measure "$imr" check --format json "$work/big-$big_letters"
row "peak memory, $big_letters letters of 1 MB" "${peak} MB (${wall} s)" "< 300 MB" "${peak} MB" "$(le "$peak" 299)"

# A letter over imr's input limit is refused (IMR000) rather than read: then the figure says nothing of reading it.
refused() { grep -q 'IMR000' "$work/stdout" "$work/stderr" && echo " - NOT READ: refused as IMR000 (over the input limit)"; }
measure "$imr" check --format json "$huge"; note=$(refused || true)
row "one $huge_mb MB letter of pages: imr check" "${peak} MB (${wall} s)${note}" "< 300 MB" "${peak} MB" "$([[ -z $note ]] && le "$peak" 299 || echo 0)"
# A guard, not a row of the issue: reading one large letter should cost about what the same bytes cost as small letters.
# Work that grows faster than the input (a search per line through a list of every heading, say) shows here first.
per_mb() { awk -v c="$1" -v b="$2" 'BEGIN { printf "%.1f", c * 1000 * 1048576 / b }'; }
archive_per_mb=$(per_mb "$imr_cpu" "$(du -sb --exclude=.done "$big_dir" | cut -f 1)")
huge_per_mb=$(per_mb "$cpu" "$(stat -c %s "$huge")")
r=$(ratio "$huge_per_mb" "$archive_per_mb")
row "  CPU per MB of that letter vs of the $letters letters" "${huge_per_mb} ms vs ${archive_per_mb} ms per MB" "<= 3x" "${r}x" "$([[ -z $note ]] && le "$r" 3 || echo 0)"
measure "$imr" extract --format json "$huge"; note=$(refused || true)
row "one $huge_mb MB letter of pages: imr extract --format json" "${peak} MB (${wall} s)${note}" "< 300 MB" "${peak} MB" "$([[ -z $note ]] && le "$peak" 299 || echo 0)"

echo
if [[ -n "${IMR:-}" ]]; then built="$imr"; else built="$source_root ($(git -C "$source_root" rev-parse --short HEAD 2>/dev/null || echo '?'))"; fi
echo "imr from $built, $(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC')"
{
  printf 'what\tmeasured\tgoal\tresult\tverdict\n'
  printf '%s\n' "${rows[@]}"
} | awk -F '\t' '{ printf "%-58s  %-9s  %-9s  %-7s  %s\n", $1, $3, $4, $5, $2 }'
failed=$(printf '%s\n' "${rows[@]}" | grep -c 'FAIL$' || true)
echo "$failed row(s) miss the goal"
