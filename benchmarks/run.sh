#!/usr/bin/env bash
# Benchmarks our engine against Flyway and Liquibase: each tool as a fresh JVM per run,
# all on one embedded PostgreSQL started here, several runs each, medians and ratios to the floors.
# Writes benchmarks/results.md (and prints it). About 10 minutes on 2 cores (12 on a loaded machine).
#
#   bash benchmarks/run.sh
#
# Environment:
#   RUNS (5)           runs of scenarios 1 and 2 per tool
#   STATUS_RUNS (3)    runs of scenario 3, the longest (a Liquibase call takes ~20 s)
#   MIGRATIONS (1000)  migrations of scenarios 1 and 2;  HISTORY (10000): history rows of scenario 3
#   PSQL               the psql of the floor (default: on the PATH; installed with apt-get when missing and root)
#   SKIP_INSTALL=1     use the migrations-core already in the private repository;  CORE_JAR=/path.jar: use that jar
#   BENCH_M2           the private local repository (default benchmarks/target/m2, seeded from ~/.m2)
#   WORK               where generated files and every run's logs go (default: a fresh temporary folder)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/migrations-bench.XXXXXX")}"
mkdir -p "$work"
started=$(date +%s)

# A private local repository: the engine's snapshot is installed there, never into ~/.m2, which other
# builds share. Seeded once from ~/.m2 so that only what is missing is downloaded.
m2="${BENCH_M2:-$here/target/m2}"
if [ ! -d "$m2" ]; then
  mkdir -p "$(dirname "$m2")"
  if [ -d "$HOME/.m2/repository" ]; then cp -a "$HOME/.m2/repository" "$m2.tmp" && mv "$m2.tmp" "$m2"; else mkdir -p "$m2"; fi
fi
mvn=(mvn -B -ntp -q -Dmaven.repo.local="$m2")

if [ -z "${CORE_JAR:-}" ] && [ "${SKIP_INSTALL:-0}" != 1 ]; then
  echo "== building migrations-core (mvn install into $m2, no tests) =="
  "${mvn[@]}" -f "$root/pom.xml" install -Dmaven.test.skip=true -Dspring-javaformat.skip=true -pl migrations-core -am
fi

echo "== building the benchmarks and one classpath per tool =="
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
  echo "migrations-core: ${CORE_JAR:-the working tree} at commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
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
java -Dbench.runs="${RUNS:-5}" -Dbench.status.runs="${STATUS_RUNS:-3}" -Dbench.migrations="${MIGRATIONS:-1000}" -Dbench.history="${HISTORY:-10000}" \
  -Dbench.psql="$psql" -cp "$here/target/classes:$(cat "$here/target/cp-floor.txt")" \
  dev.migrations.benchmarks.BenchmarkRunner localhost "$(cat "$work/port")" postgres postgres \
  "$work" "$here/target" "$here/results.md" "$work/machine.txt"

echo "== done in $(( $(date +%s) - started )) s: $here/results.md =="
