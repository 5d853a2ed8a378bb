#!/usr/bin/env bash
# Benchmarks our engine against its floors, Flyway and Liquibase: each tool as a fresh JVM per run,
# all on one embedded PostgreSQL started here, several runs each, medians and ratios to the floors
# measured in the same run. Writes benchmarks/results.md (and prints it): the targets first, then
# every figure. About 20 minutes on 2 cores with the defaults (more with BATCH_ROWS, PROFILE or
# BASELINE_REF).
#
#   bash benchmarks/run.sh
#   BASELINE_REF=main PROFILE=1 BATCH_ROWS=2000000 bash benchmarks/run.sh
#
# Environment:
#   RUNS (5)           runs of scenarios 1 and 2 per tool
#   STATUS_RUNS (3)    runs of scenario 3, the longest (a Liquibase call takes ~20 s)
#   MIGRATIONS (1000)  migrations of scenarios 1 and 2;  BIG (4000): the larger apply (0 skips it)
#   HISTORY (10000)    history rows of scenario 3
#   BASELINE_REF       a commit (such as main) whose engine runs beside ours, in the same run
#   BASELINE_SRC       instead of BASELINE_REF: a folder holding that commit's sources
#   PROFILE=1          also record JFR profiles of extra runs and report their top frames
#   BATCH_ROWS         rows of the batched-backfill benchmark (not run unless set; the guide's is 10000000)
#   PSQL               the psql of the floor (default: on the PATH; installed with apt-get when missing and root)
#   SKIP_INSTALL=1     use the engine already in the private repository;  CORE_JAR=/path.jar: use that jar
#   BENCH_M2           the private local repository (default benchmarks/target/m2, seeded from ~/.m2)
#   WORK               where generated files and every run's logs go (default: a fresh temporary folder)
#   BENCH_COMMIT, BASELINE_COMMIT  the commits to name in the report when the sources are not a git checkout
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/migrations-bench.XXXXXX")}"
mkdir -p "$work"
started=$(date +%s)
version=0.1.0-SNAPSHOT

# A private local repository: the engine's snapshot is installed there, never into ~/.m2, which other
# builds share. Seeded once from ~/.m2 so that only what is missing is downloaded.
m2="${BENCH_M2:-$here/target/m2}"
seed() {
  [ -d "$2" ] && return
  mkdir -p "$(dirname "$2")"
  if [ -d "$1" ]; then cp -a "$1" "$2.tmp" && mv "$2.tmp" "$2"; else mkdir -p "$2"; fi
}
seed "$HOME/.m2/repository" "$m2"
mvn=(mvn -B -ntp -q -Dmaven.repo.local="$m2")
engine=(-DskipTests -Denforcer.skip=true -Dspring-javaformat.skip=true -pl migrations-core,migrations-spring-boot-autoconfigure -am)

if [ -z "${CORE_JAR:-}" ] && [ "${SKIP_INSTALL:-0}" != 1 ]; then
  echo "== building the engine and its auto-configuration (mvn install into $m2, no tests) =="
  "${mvn[@]}" -f "$root/pom.xml" install "${engine[@]}"
fi

echo "== building the benchmarks and one classpath per tool =="
rm -f "$here/target/cp-before.txt" "$here"/target/app-*.jar
"${mvn[@]}" -f "$here/pom.xml" compile
for profile in floor ours flyway liquibase server; do
  "${mvn[@]}" -f "$here/pom.xml" dependency:build-classpath -P"$profile" \
    -Dmdep.outputFile="$here/target/cp-$profile.txt" >/dev/null
done
# run on a copy of the engine's jar, so that a build started meanwhile cannot change it under the runs
core="$(tr ':' '\n' < "$here/target/cp-ours.txt" | grep '/migrations-core-[^/]*\.jar$')"
cp "${CORE_JAR:-$core}" "$work/migrations-core.jar"
# (grep reads the whole listing: with -q it would stop early and pipefail would see unzip's SIGPIPE)
unzip -l "$work/migrations-core.jar" | grep 'dev/migrations/Migrator.class' > /dev/null \
  || { echo "${CORE_JAR:-$core} has no Migrator: rebuild it" >&2; exit 1; }
sed -i "s#$core#$work/migrations-core.jar#" "$here/target/cp-ours.txt"

echo "== writing the migrations and building the Spring Boot applications =="
java -cp "$here/target/classes" dev.migrations.benchmarks.BenchmarkRunner --workloads "$work"
app() { # <local repository> <profile> <jar name>
  mvn -B -ntp -q -Dmaven.repo.local="$1" -f "$here/boot-app/pom.xml" package -P"$2" \
    -Dbench.migrations.ours="$work/tables/ours" -Dbench.migrations.flyway="$work/tables/flyway"
  cp "$here/boot-app/target/app-$2.jar" "$here/target/$3.jar"
}
for profile in plain ours flyway; do app "$m2" "$profile" "app-$profile"; done

if [ -n "${BASELINE_REF:-}${BASELINE_SRC:-}" ]; then
  echo "== building the engine of ${BASELINE_REF:-$BASELINE_SRC}, to run beside ours =="
  m2b="$here/target/m2-baseline"
  seed "$m2" "$m2b"
  baseline="${BASELINE_SRC:-$work/baseline-src}"
  if [ -z "${BASELINE_SRC:-}" ]; then
    rm -rf "$baseline" && mkdir -p "$baseline"
    git -C "$root" archive "$BASELINE_REF" | tar -x -C "$baseline"
  fi
  mvn -B -ntp -q -Dmaven.repo.local="$m2b" -f "$baseline/pom.xml" install "${engine[@]}"
  cp "$baseline/migrations-core/target/migrations-core-$version.jar" "$work/migrations-core-before.jar"
  sed "s#$work/migrations-core.jar#$work/migrations-core-before.jar#" "$here/target/cp-ours.txt" > "$here/target/cp-before.txt"
  app "$m2b" ours app-before
  app "$m2" ours app-ours # the shared target folder now holds the baseline's jar: rebuild ours last
fi

psql="${PSQL:-$(command -v psql || true)}"
if [ -z "$psql" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "== installing the psql client (the floor of scenario 2) =="
  apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null
  psql="$(command -v psql)"
fi
[ -n "$psql" ] || { echo "psql is needed for the floor of scenario 2: set PSQL=/path/to/psql" >&2; exit 1; }

{
  echo "nproc: $(nproc)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "free -g:"; free -g
  java -version 2>&1
  echo "psql: $("$psql" --version)"
  echo "migrations-core: ${CORE_JAR:-the working tree} at commit ${BENCH_COMMIT:-$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')}"
  [ -z "${BASELINE_REF:-}" ] || echo "before: $BASELINE_REF at commit $(git -C "$root" rev-parse --short "$BASELINE_REF")"
  [ -z "${BASELINE_SRC:-}" ] || echo "before: the sources in $BASELINE_SRC${BASELINE_COMMIT:+ (commit $BASELINE_COMMIT)}"
} > "$work/machine.txt"

echo "== starting PostgreSQL (embedded) =="
java -cp "$here/target/classes:$(cat "$here/target/cp-server.txt")" dev.migrations.benchmarks.PostgresLauncher \
  "$work/port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  [ -s "$work/port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
[ -s "$work/port" ] || { echo "PostgreSQL did not start in 60 s, see $work/server.log" >&2; exit 1; }

echo "== running the scenarios (logs in $work/logs) =="
java -Dbench.runs="${RUNS:-5}" -Dbench.status.runs="${STATUS_RUNS:-3}" -Dbench.migrations="${MIGRATIONS:-1000}" \
  -Dbench.big="${BIG:-4000}" -Dbench.history="${HISTORY:-10000}" -Dbench.batch.rows="${BATCH_ROWS:-0}" \
  -Dbench.profile="$([ "${PROFILE:-0}" = 1 ] && echo true || echo false)" \
  -Dbench.psql="$psql" -cp "$here/target/classes:$(cat "$here/target/cp-floor.txt")" \
  dev.migrations.benchmarks.BenchmarkRunner localhost "$(cat "$work/port")" postgres postgres \
  "$work" "$here/target" "$here/results.md" "$work/machine.txt"

echo "== done in $(( $(date +%s) - started )) s: $here/results.md =="
