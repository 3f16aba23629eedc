#!/usr/bin/env bash
# The benchmark: briefing against Hugo on the same synthetic corpus, the example site's cold
# build, serve's rebuild after one edit, and how much of a cold build is the JVM warming up; for
# each N also a rebuild over the previous output after one article's text changed, the size of
# briefing.json and the largest page of each kind; and a scale run at N = 50 000 (briefing alone,
# Hugo too where it finishes within BENCH_TIMEOUT). Not part of the test suite. docs/performance.md
# explains what it prints.
#
#   bench/run.sh                 N = 100 1000 10000, then the scale run at 50 000
#   bench/run.sh 100 1000        only these N (and the scale run)
#
# Environment: BENCH_RUNS (timed runs per tool and N, default 5), BENCH_WARMUP (default 1),
# BENCH_DIR (work folder, default target/bench), BENCH_EXAMPLE_RUNS (default 10),
# BENCH_SERVE_NS (N for the serve measurement, default "100 1000"; empty: none), BENCH_EDITS (default 60),
# BENCH_WARM_NS (N for the warm-up measurement, default 1000; empty: none),
# BENCH_TIMEOUT (seconds a single build may take, default 300; a build that fails or exceeds it
# is reported as such and not run again at that N), BENCH_JAVA_OPTS (JVM options for briefing
# builds, e.g. -Xmx16g; default none), BENCH_HUGO (the hugo command, default hugo), BENCH_MODE
# (clean: each run builds into an empty folder, the default; over: each run builds over the
# previous run's output, as an editor rebuilds: Hugo overwrites its files, briefing shares the
# unchanged ones with the previous site), BENCH_SCALE_NS (N for the scale run, default 50000; empty:
# none), BENCH_SCALE_RUNS (timed briefing runs there, default 1), BENCH_SCALE_TIMEOUT (seconds a build
# may take there, default 1200). Every timed run starts after sync: the file system has written out
# what earlier runs left; and nothing is deleted while the benchmark measures (see settle).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

ns=("$@")
[ ${#ns[@]} -eq 0 ] && ns=(100 1000 10000)
runs=${BENCH_RUNS:-5}
warmup=${BENCH_WARMUP:-1}
work=${BENCH_DIR:-$root/target/bench}
example_runs=${BENCH_EXAMPLE_RUNS:-10}
read -r -a serve_ns <<< "${BENCH_SERVE_NS-100 1000}"
read -r -a warm_ns <<< "${BENCH_WARM_NS-1000}"
edits=${BENCH_EDITS:-60}
read -r -a scale_ns <<< "${BENCH_SCALE_NS-50000}"
scale_runs=${BENCH_SCALE_RUNS:-1}
scale_timeout=${BENCH_SCALE_TIMEOUT:-1200}
timeout=${BENCH_TIMEOUT:-300}
mode=${BENCH_MODE:-clean}
case "$mode" in clean|over) ;; *) echo "BENCH_MODE is clean or over, not '$mode'" >&2; exit 2 ;; esac
java_opts=${BENCH_JAVA_OPTS:-}
jar=$root/target/briefing.jar
classes=$root/target/bench-classes

log() { printf '%s\n' "$*" >&2; }
# bin/briefing keeps an archive of what a build loads, made by the first build after each package from
# what that build ran, as an editor's first build of their briefing makes it. Each briefing measured
# below starts without one, so that its warm-up run makes it from that briefing: otherwise every
# briefing after the first would run with an archive made from another (6 % slower at 1 000 articles
# with one made from 100).
fresh_archive() { [ "$warmup" -gt 0 ] && rm -f "$root"/target/briefing-*.aot "$root"/target/briefing-*.jsa; return 0; }

# A file system without a journal (this machine's ext4) does not reuse the place of a file deleted
# within the last minute, and looks past each such place every time it makes a file: a 10 000-article
# build took 7.6 s a few seconds after two such sites were deleted, 5.5 s a minute later. So nothing is
# deleted while anything is measured: what an earlier benchmark left goes first, then the benchmark
# waits out the minute (settle); every run's site is kept until all is measured.
deleted_at=0
# remove PATH...: deletes what exists of them, and notes when
remove() {
  local p any=0
  for p in "$@"; do [ -e "$p" ] && any=1; done
  [ $any = 1 ] || return 0
  rm -rf "$@"
  deleted_at=$(date +%s)
}
# settle: writes out what is pending, then waits until the last deletion is over a minute old
settle() {
  sync
  local left=$((deleted_at + 61 - $(date +%s)))
  if [ $left -gt 0 ]; then
    log "waiting ${left} s: files deleted less than a minute ago slow down making new ones"
    sleep $left
  fi
}

log "building the jar and the benchmark classes..."
mvn -q -B -Dstyle.color=never package -DskipTests >&2
rm -rf "$classes" && mkdir -p "$classes" "$work"
corpora=(); for n in "${ns[@]}"; do corpora+=("$work/corpus-$n"); done
remove "$work"/out-* "${corpora[@]}"
javac -nowarn -d "$classes" -cp "$jar" "$root"/src/bench/java/briefing/bench/*.java

have_hugo=1
hugo=${BENCH_HUGO:-hugo}
if ! command -v "$hugo" > /dev/null 2>&1; then
  have_hugo=0
  log "Hugo is not installed: apt-get install hugo (reporting briefing alone)"
fi
have_time=1
if [ ! -x /usr/bin/time ]; then
  have_time=0
  log "/usr/bin/time not found (apt-get install time): peak memory is not measured"
fi

# measure OUTFILE CMD...: appends "seconds peak-kB cpu-seconds" (user + system; "-" for both
# without /usr/bin/time); a run that
# fails or takes longer than $timeout s appends nothing, returns non-zero and leaves why in $work/.why
measure() {
  local out=$1; shift
  local start end mem="-" cpu="-" status=0
  start=$(date +%s%N)
  if [ $have_time = 1 ]; then
    /usr/bin/time -f '%M %U %S' -o "$work/.mem" timeout "$timeout" "$@" > "$work/.out" 2>&1 || status=$?
  else
    timeout "$timeout" "$@" > "$work/.out" 2>&1 || status=$?
  fi
  end=$(date +%s%N)
  if [ $have_time = 1 ]; then
    read -r mem user sys < <(tail -n 1 "$work/.mem")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  fi
  if [ $status -ne 0 ]; then
    local secs; secs=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", (e - s) / 1e9 }')
    local peak=""; [ "$mem" != - ] && peak=", peak $((mem / 1024)) MB"
    if [ $status -eq 124 ]; then
      local what; what=$(grep -m 1 -o -E '[A-Za-z.]*(Error|Exception)[^ ]*' "$work/.out" || true)
      echo "stopped after the ${timeout} s limit (BENCH_TIMEOUT)$peak${what:+; it had printed $what}" > "$work/.why"
    else
      local what; what=$(grep -m 1 -o -E '[A-Za-z.]*(Error|Exception)[^ ]*' "$work/.out" || true)
      echo "failed (exit $status${what:+, $what}) after $secs s$peak" > "$work/.why"
    fi
    log "  $(cat "$work/.why"): $*"
    tail -n 3 "$work/.out" | sed 's/^/    /' >&2
    return 1
  fi
  awk -v s="$start" -v e="$end" -v m="$mem" -v c="$cpu" 'BEGIN { printf "%.3f %s %s\n", (e - s) / 1e9, m, c }' >> "$out"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maxcol() { awk -v c="$1" '$c != "-" && $c > m { m = $c } END { if (m == "") print "-"; else printf "%.0f\n", m / 1024 }'; }
pages() { find "$1" -name '*.html' | wc -l | tr -d ' '; }
# slope of log(y) against log(x) from lines "x y"
slope() { awk '$2 > 0 { x = log($1); y = log($2); n++; sx += x; sy += y; sxx += x * x; sxy += x * y }
  END { if (n < 2 || n * sxx - sx * sx == 0) print "n/a"; else printf "%.2f\n", (n * sxy - sx * sy) / (n * sxx - sx * sx) }'; }

# kinds OUT: "kind bytes path" for the largest page of each kind of a built site, then data files
kinds() {
  (cd "$1" && find . -type f \( -name '*.html' -o -path './data/*' \) -printf '%s %P\n') | awk '
    { p = $2; k = "other" }
    p ~ /^data\// { k = p } p ~ /^data\/search\// { k = "data/search/*" }
    p == "index.html" { k = "front" } p == "404.html" { k = "not-found" } p == "search.html" { k = "search" }
    p ~ /^compare(\.[0-9]+)?\.html$/ { k = "comparison" } p ~ /^compare\/.*\/.*\.html$/ { k = "pair" }
    p ~ /^timeline(\.[0-9]+)?\.html$/ { k = "timeline" }
    p ~ /^(actors|events|sources)\/index(\.[0-9]+)?\.html$/ { split(p, d, "/"); k = d[1] "-list" }
    p ~ /^actors\/[^\/]*\.html$/ && p !~ /index/ { k = "actor" }
    p ~ /^events\/[^\/]*\.html$/ && p !~ /index/ { k = "event" }
    p ~ /^sources\/[^\/]*\.html$/ && p !~ /index/ { k = "article" }
    p ~ /^claims\// { k = "claim" }
    $1 > size[k] { size[k] = $1; path[k] = p }
    END { for (k in size) print k, size[k], path[k] }' | sort
}
kb() { awk -v b="$1" 'BEGIN { if (b >= 1048576) printf "%.1f MB", b / 1048576; else printf "%.0f KB", b / 1024 }'; }
# edit_one CORPUS: appends a sentence to the text of one article (the same in both tools' copies);
# undo_edit takes it out again, in place (deleting the corpus would slow the next runs: see settle)
edited=()
edit_one() {
  local b h f
  # sed reads all its input: head would stop reading, and under pipefail the writer's SIGPIPE ends the script
  b=$(find "$1/briefing/content/articles" -name '*.md' | LC_ALL=C sort | sed -n 1p)
  h=$(find "$1/hugo/content" -name "$(basename "$b")" | sed -n 1p)
  edited=()
  local files=("$b"); [ -n "$h" ] && files+=("$h")
  for f in "${files[@]}"; do
    edited+=("$f" "$(stat -c %s "$f")")
    printf '\nOne more sentence, added to measure a rebuild.\n' >> "$f"
  done
  return 0
}
undo_edit() {
  local i
  for ((i = 0; i < ${#edited[@]}; i += 2)); do truncate -s "${edited[i + 1]}" "${edited[i]}"; done
  edited=()
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
results=$work/results.txt
: > "$results"; : > "$work/failures.txt"; : > "$work/edits.txt"
for n in "${ns[@]}"; do
  corpus=$work/corpus-$n
  log "N=$n: generating the corpus..."
  java -cp "$classes" briefing.bench.CorpusGenerator "$n" "$corpus" >&2
  b_times=$work/briefing-$n.txt; h_times=$work/hugo-$n.txt
  : > "$b_times"; : > "$h_times"
  total=$((warmup + runs))
  b_failed=""; h_failed=""
  # Clean: every run writes a folder of its own (see settle).
  settle
  for ((r = 1; r <= total; r++)); do
    if [ "$mode" = over ]; then b_out=$work/out-briefing-$n; h_out=$work/out-hugo-$n
    else b_out=$work/out-briefing-$n-$r; h_out=$work/out-hugo-$n-$r; fi
    if [ $r -le $warmup ]; then kind="warm-up $r/$warmup"; else kind="run $((r - warmup))/$runs"; fi
    if [ $r -le $warmup ]; then b_target=$work/.warm; h_target=$work/.warm; else b_target=$b_times; h_target=$h_times; fi
    if [ -z "$b_failed" ]; then
      log "N=$n: $kind briefing"
      [ $r -eq 1 ] && fresh_archive
      sync
      measure "$b_target" env BRIEFING_JAVA_OPTS="$java_opts" "$root/bin/briefing" build --content "$corpus/briefing/content" \
        --out "$b_out" || b_failed=$(cat "$work/.why")
    fi
    if [ $have_hugo = 1 ] && [ -z "$h_failed" ]; then
      log "N=$n: $kind hugo"
      sync
      measure "$h_target" "$hugo" --quiet -s "$corpus/hugo" -d "$h_out" || h_failed=$(cat "$work/.why")
    fi
  done
  if [ -n "$b_failed" ] || [ ! -s "$b_times" ]; then
    b_pages=-; b_med=-; b_mem=-; b_cpu=-
    echo "N=$n: briefing ${b_failed:-no run}" >> "$work/failures.txt"
  else
    b_pages=$(pages "$b_out")
    b_med=$(cut -d' ' -f1 "$b_times" | median)
    b_mem=$(maxcol 2 < "$b_times")
    b_cpu=$(cut -d' ' -f3 "$b_times" | median)
  fi
  if [ $have_hugo = 1 ] && [ -z "$h_failed" ] && [ -s "$h_times" ]; then
    h_pages=$(pages "$h_out")
    h_med=$(cut -d' ' -f1 "$h_times" | median)
    h_mem=$(maxcol 2 < "$h_times")
    h_cpu=$(cut -d' ' -f3 "$h_times" | median)
  else
    h_pages=-; h_med=-; h_mem=-; h_cpu=-
    [ -n "$h_failed" ] && echo "N=$n: hugo $h_failed" >> "$work/failures.txt"
  fi
  if [ "$b_med" != - ] && [ "$h_med" != - ]; then
    ratio=$(paste -d' ' "$b_times" "$h_times" | awk '{ print $1 / $4 }' | median)
  else
    ratio=-
  fi
  echo "$n $b_pages $b_med $b_mem $h_pages $h_med $h_mem $ratio $b_cpu $h_cpu" >> "$results"
  # One article's text changed, each tool building over its own last output.
  e_b=-; e_h=-
  if [ -z "$b_failed" ] && [ -s "$b_times" ]; then
    kinds "$b_out" > "$work/kinds-$n.txt"
    du -sb "$b_out" | cut -f1 > "$work/size-$n.txt"
    edit_one "$corpus"
    log "N=$n: one edit, briefing over its previous output"
    : > "$work/.edit"; sync
    if measure "$work/.edit" "$root/bin/briefing" build --content "$corpus/briefing/content" --out "$b_out"; then
      e_b=$(cut -d' ' -f1 "$work/.edit")
    fi
    if [ $have_hugo = 1 ] && [ -z "$h_failed" ] && [ -s "$h_times" ]; then
      log "N=$n: one edit, hugo over its previous output"
      : > "$work/.edit"; sync
      if measure "$work/.edit" "$hugo" --quiet -s "$corpus/hugo" -d "$h_out"; then
        e_h=$(cut -d' ' -f1 "$work/.edit")
      fi
    fi
    undo_edit
  fi
  echo "$n $e_b $e_h" >> "$work/edits.txt"
done

echo
if [ "$mode" = over ]; then where="each over the previous run's output"; else where="each into an empty folder"; fi
echo "== briefing against Hugo: $runs runs each after $warmup warm-up, alternating, $where; wall time of the whole process =="
if [ $have_hugo = 1 ]; then
  echo "Hugo: $("$hugo" version | cut -d' ' -f1-2)"
else
  echo "Hugo is not installed: apt-get install hugo  (reporting briefing alone)"
fi
echo "briefing runs on: $("$root/bin/briefing" --version | tail -n 1)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo);" \
  "load average at the start $load_start, now $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%7s | %7s %9s %9s %8s %7s | %7s %9s %9s %8s %7s | %8s\n' N pages "median s" "pages/s" "peak MB" \
  "cpu s" pages "median s" "pages/s" "peak MB" "cpu s" "ratio"
printf '%7s | %44s | %44s | %8s\n' "" "briefing" "hugo" "b/h"
while read -r n bp bm bmem hp hm hmem ratio bcpu hcpu; do
  if [ "$bm" = - ]; then bps=-; else bps=$(awk -v p="$bp" -v t="$bm" 'BEGIN { printf "%.0f", p / t }'); fi
  if [ "$hm" = - ]; then hps=-; else hps=$(awk -v p="$hp" -v t="$hm" 'BEGIN { printf "%.0f", p / t }'); fi
  [ "$ratio" != - ] && ratio=$(awk -v r="$ratio" 'BEGIN { printf "%.1f", r }')
  [ "$bm" != - ] && bm=$(printf '%.2f' "$bm")
  [ "$hm" != - ] && hm=$(printf '%.2f' "$hm")
  printf '%7s | %7s %9s %9s %8s %7s | %7s %9s %9s %8s %7s | %8s\n' "$n" "$bp" "$bm" "$bps" "$bmem" "$bcpu" \
    "$hp" "$hm" "$hps" "$hmem" "$hcpu" "$ratio"
done < "$results"
echo "targets: ratio <= 1.0 at N = 10000 (aim 0.7), <= 1.6 at N = 1000; briefing peak <= 512 MB at N = 10000"
echo "ratio: the median of the pair-by-pair ratios briefing time / Hugo time (wall);" \
  "cpu s: median user + system seconds"
if [ -s "$work/failures.txt" ]; then
  echo "not measured:"; sed 's/^/  /' "$work/failures.txt"
fi
if [ "$(wc -l < "$results")" -ge 2 ]; then
  echo "scaling exponent (least-squares slope of log(time) against log(N)):" \
    "briefing $(awk '$3 != "-" { print $1, $3 }' "$results" | slope)$([ $have_hugo = 1 ] && echo ", hugo $(awk '$6 != "-" { print $1, $6 }' "$results" | slope)")"
fi

echo
echo "== one article's text changed: a build over the previous output (one run each, after sync) =="
printf '%7s | %12s %12s | %8s\n' N "briefing s" "hugo s" ratio
while read -r n eb eh; do
  r=-; [ "$eb" != - ] && [ "$eh" != - ] && r=$(awk -v a="$eb" -v b="$eh" 'BEGIN { printf "%.1f", a / b }')
  printf '%7s | %12s %12s | %8s\n' "$n" "$eb" "$eh" "$r"
done < "$work/edits.txt"

echo
echo "== what briefing writes: the largest page of each kind, and the data files =="
for n in "${ns[@]}"; do
  [ -s "$work/kinds-$n.txt" ] || continue
  echo "N=$n (the whole site $(kb "$(cat "$work/size-$n.txt")")):"
  while read -r kind bytes path; do
    printf '  %-22s %10s  %s\n' "$kind" "$(kb "$bytes")" "$path"
  done < "$work/kinds-$n.txt"
done
echo "no page but an article page may exceed 300 KB at N = 10000 (search: its own limits)"
# The archive the largest N's warm-up made, for the scale run (which has no warm-up of its own).
rm -rf "$work/archive" && mkdir -p "$work/archive"
cp "$root"/target/briefing-*.aot "$root"/target/briefing-*.jsa "$work/archive/" 2> /dev/null || true

settle

echo
echo "== the example site (content/): cold build, $example_runs runs, new JVM each =="
echo "briefing runs on: $("$root/bin/briefing" --version | tail -n 1)"
# Clean builds, as the targets are taken: each run into a new folder; then as many over the last one's output,
# as an editor rebuilds site/ (the previous site's files are compared and shared, then it is deleted).
ex_times=$work/example.txt; : > "$ex_times"
ex_over=$work/example-over.txt; : > "$ex_over"
sync # the large builds above may still be writing out
fresh_archive
if measure "$work/.warm" "$root/bin/briefing" build --content "$root/content" --out "$work/out-example-0"; then
  for ((r = 1; r <= example_runs; r++)); do
    measure "$ex_times" "$root/bin/briefing" build --content "$root/content" --out "$work/out-example-$r" || break
  done
  for ((r = 1; r <= example_runs; r++)); do
    measure "$ex_over" "$root/bin/briefing" build --content "$root/content" --out "$work/out-example-0" || break
  done
fi
# range FILE: the fastest and slowest run
range() { cut -d' ' -f1 "$1" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.3f-%.3f", lo, hi }'; }
if [ -s "$ex_times" ]; then
  echo "example site: $(pages "$work/out-example-0") pages, cold build median $(printf '%.3f' "$(cut -d' ' -f1 "$ex_times" | median)") s" \
    "over $(wc -l < "$ex_times") runs, each into a new folder ($(range "$ex_times") s; target <= 0.35 s)," \
    "peak $(maxcol 2 < "$ex_times") MB, cpu $(cut -d' ' -f3 "$ex_times" | median) s"
  [ -s "$ex_over" ] && echo "  over the last output, as an editor rebuilds site/: median" \
    "$(printf '%.3f' "$(cut -d' ' -f1 "$ex_over" | median)") s over $(wc -l < "$ex_over") runs ($(range "$ex_over") s)"
else
  echo "example site: $(cat "$work/.why")"
fi

echo
echo "== serve: one article edited, site rebuilt in memory (one SiteBuilder, in process) =="
# The Java, JIT and collector that bin/briefing runs every command with (serve included).
serve_java="$("$root/bin/briefing" --version | sed -n 's/^Java .*, \(.*\))$/\1/p')/bin/java"
[ -x "$serve_java" ] || serve_java=java
echo "on: $("$serve_java" -version 2>&1 | head -n 1), -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
sync
serve_fit=$work/serve-fit.txt; : > "$serve_fit"
for n in "${serve_ns[@]}"; do
  corpus=$work/corpus-$n
  if [ ! -d "$corpus" ]; then
    log "N=$n: generating the corpus..."
    java -cp "$classes" briefing.bench.CorpusGenerator "$n" "$corpus" >&2
  fi
  echo "N=$n:"
  "$serve_java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$classes:$jar" briefing.bench.ServeBench \
    "$corpus/briefing/content" "$edits" 5 | tee "$work/serve-$n.txt"
  awk -v n="$n" '/median/ { for (i = 1; i <= NF; i++) if ($i == "median") { print n, $(i + 1); exit } }' \
    "$work/serve-$n.txt" >> "$serve_fit"
done
echo "serve target: <= 20 ms per edit at N = 1000"
if [ "$(wc -l < "$serve_fit")" -ge 2 ]; then
  echo "serve scaling exponent (slope of log(edit time) against log(N)): $(slope < "$serve_fit")"
fi

echo
echo "== warming up: the same check again and again in one JVM (in process) =="
for n in "${warm_ns[@]}"; do
  corpus=$work/corpus-$n
  [ -d "$corpus" ] || java -cp "$classes" briefing.bench.CorpusGenerator "$n" "$corpus" >&2
  echo "N=$n:"
  "$serve_java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$classes:$jar" briefing.bench.WarmBench \
    "$corpus/briefing/content" 8
done

echo
echo "== scale: briefing at N = ${scale_ns[*]:-none} (default heap), Hugo where it finishes within ${scale_timeout} s =="
for n in "${scale_ns[@]}"; do
  corpus=$work/corpus-$n
  [ -d "$corpus" ] || { log "N=$n: generating the corpus..."; java -cp "$classes" briefing.bench.CorpusGenerator "$n" "$corpus" >&2; }
  saved_timeout=$timeout; timeout=$scale_timeout
  s_times=$work/scale-briefing-$n.txt; : > "$s_times"
  fresh_archive
  cp "$work"/archive/* "$root/target/" 2> /dev/null || true
  out=""
  for ((r = 1; r <= scale_runs; r++)); do
    settle
    log "N=$n: scale run $r/$scale_runs briefing"
    if measure "$s_times" env BRIEFING_JAVA_OPTS="$java_opts" "$root/bin/briefing" build \
      --content "$corpus/briefing/content" --out "$work/out-scale-briefing-$n-$r"; then
      out=$work/out-scale-briefing-$n-$r # the last site built, described below
    else
      echo "N=$n: briefing $(cat "$work/.why")"; break
    fi
  done
  if [ -s "$s_times" ]; then
    med=$(cut -d' ' -f1 "$s_times" | median)
    per10=$(awk '$1 == 10000 && $3 != "-" { print $3 }' "$results")
    growth=""
    [ -n "$per10" ] && growth=$(awk -v a="$med" -v b="$per10" -v n="$n" \
      'BEGIN { printf "; time per article %.2f× that at N = 10000 (1.00: linear)", (a / n) / (b / 10000) }')
    echo "briefing N=$n: $(pages "$out") pages, wall $(printf '%.1f' "$med") s, peak $(maxcol 2 < "$s_times") MB," \
      "cpu $(cut -d' ' -f3 "$s_times" | median) s, output $(kb "$(du -sb "$out" | cut -f1)")," \
      "briefing.json $(kb "$(stat -c %s "$out/data/briefing.json")")$growth"
    kinds "$out" | while read -r kind bytes path; do printf '  %-22s %10s  %s\n' "$kind" "$(kb "$bytes")" "$path"; done
  fi
  if [ $have_hugo = 1 ]; then
    h_scale=$work/scale-hugo-$n.txt; : > "$h_scale"
    settle
    log "N=$n: scale run hugo"
    if measure "$h_scale" "$hugo" --quiet -s "$corpus/hugo" -d "$work/out-scale-hugo-$n"; then
      read -r hs hm hc < "$h_scale"
      echo "hugo N=$n: $(pages "$work/out-scale-hugo-$n") pages, wall $(printf '%.1f' "$hs") s, peak $((hm / 1024)) MB," \
        "cpu $hc s, output $(kb "$(du -sb "$work/out-scale-hugo-$n" | cut -f1)")"
      [ -s "$s_times" ] && echo "ratio briefing / hugo at N=$n: $(awk -v a="$(cut -d' ' -f1 "$s_times" | median)" -v b="$hs" 'BEGIN { printf "%.2f", a / b }')"
    else
      echo "hugo N=$n: $(cat "$work/.why")"
    fi
  fi
  timeout=$saved_timeout
done

# All is measured: keep the last run's sites at each N to look at, and none of the scale run's.
for n in "${ns[@]}"; do
  for ((r = 1; r < warmup + runs; r++)); do rm -rf "$work/out-briefing-$n-$r" "$work/out-hugo-$n-$r"; done
done
rm -rf "$work"/out-scale-* "$work"/out-example-[1-9]*
