#!/usr/bin/env bash
# Re-measures everything in docs/performance.md in one go and keeps the output in perf-results/<time>/.
#
#   scripts/performance.sh [N] [M] [--spark K]
#
#   N  corpus articles to build (default 150)
#   M  of those, how many the CoreNLP baseline annotates (default 20; it needs ~6 GB and ~8 s each)
#   --spark K  also run the Spark runner in local mode with 1 and 2 cores on the first K articles
#
# Needs ../shared (corpus, seeds, gold) beside the project. Timings include whatever else runs on
# the machine: every step prints the load average.
set -eu   # no pipefail: a step that ends with warnings (exit 1) still shows its numbers
cd "$(dirname "${BASH_SOURCE[0]}")/.."

N=150; M=20; SPARK=0
positional=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --spark) SPARK="$2"; shift 2 ;;
    *) positional+=("$1"); shift ;;
  esac
done
[[ ${#positional[@]} -ge 1 ]] && N="${positional[0]}"
[[ ${#positional[@]} -ge 2 ]] && M="${positional[1]}"

shared=../shared
corpus="$shared/corpus/news-2022-2024.jsonl.gz"
[[ -f "$corpus" ]] || { echo "performance.sh: $corpus not found; ../shared must be beside the project." >&2; exit 2; }

out="perf-results/$(date +%Y%m%d-%H%M%S)"
echo "== building the jar"
mvn -B -q -DskipTests clean package
mkdir -p "$out"
# as the newsgraph launcher does: huge pages where the kernel gives them to programs that ask
huge_pages=""
grep -qs '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled && huge_pages="-XX:+UseTransparentHugePages"
ng() { java -Xmx3g $huge_pages -jar target/newsgraph.jar "$@"; }

{
  echo "date: $(date -u +%FT%TZ)   commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(nproc) cores; memory: $(free -g | awk '/Mem:/ {print $2}') GB"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

echo "== quality: build and eval the seed articles"
ng build --db "$out/seeds-db" "$shared/seeds" > "$out/seeds-build.txt" || true
ng eval --db "$out/seeds-db" --gold "$shared/gold/seeds.json" | tee "$out/eval.txt"

echo "== bench extract: first $N corpus articles, bulk path, baseline on $M"
ng bench extract --corpus "$corpus" --limit "$N" --bulk --db "$out/corpus-db" --nquads "$out/corpus.nq" \
   --baseline --baseline-limit "$M" | tee "$out/extract.txt"

echo "== incremental: building the same articles again (all stored unchanged)"
ng build --db "$out/corpus-db" --limit "$N" "$corpus" | tail -1 | tee "$out/incremental.txt"

echo "== bench load: the same N-Quads three ways"
ng bench load "$out/corpus.nq" | tee "$out/load.txt"

echo "== bench query: canned queries over HTTP, 1/8/32 clients"
ng bench query --db "$out/corpus-db" --queries queries --seconds 3 | tee "$out/query.txt"

if [[ "$SPARK" -gt 0 ]]; then
  echo "== Spark runner, local mode, first $SPARK articles"
  mvn -B -q -DskipTests -Pspark clean package dependency:build-classpath -Dmdep.outputFile=target/spark-classpath.txt
  zcat "$corpus" | head -n "$SPARK" > "$out/spark-input.jsonl"
  opts="$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' pom.xml)"
  for cores in 1 2; do
    # shellcheck disable=SC2086
    java -Xmx4g $opts -cp "target/classes:$(cat target/spark-classpath.txt)" org.newsgraph.spark.SparkExtractJob \
      --master "local[$cores]" --output "$out/spark-shards-$cores" "$out/spark-input.jsonl" 2>/dev/null \
      | tee -a "$out/spark.txt"
  done
  # the default jar again, without the Spark runner
  mvn -B -q -DskipTests clean package
fi
echo "== results in $out"
