#!/usr/bin/env bash
# Schema-per-tenant migrations, sequential vs parallel: 200 schemas × 20 migrations on an embedded
# PostgreSQL started here; speed-up as a ratio to the sequential run of the same invocation, the peak
# connections used, and the time for 50, 100 and 200 tenants. Prints a markdown table (and writes it to
# benchmarks/target/tenants-results.md). A few minutes on 2 cores.
#
#   bash benchmarks/tenants.sh
#   TENANTS=100 MIGRATIONS=10 bash benchmarks/tenants.sh
#
# Environment: TENANTS (200), MIGRATIONS (20), BENCH_M2 (the private local repository, default
# benchmarks/target/m2, seeded from ~/.m2), SKIP_INSTALL=1 (use the engine already installed there).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
m2="${BENCH_M2:-$here/target/m2}"
if [ ! -d "$m2" ]; then mkdir -p "$(dirname "$m2")"; cp -a "$HOME/.m2/repository" "$m2.tmp" 2>/dev/null || mkdir -p "$m2.tmp"; mv "$m2.tmp" "$m2"; fi
mvn=(mvn -B -ntp -q -Dmaven.repo.local="$m2")
if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  echo "== building the engine (mvn install into $m2, no tests) =="
  "${mvn[@]}" -f "$root/pom.xml" install -DskipTests -Denforcer.skip=true -Dspring-javaformat.skip=true -pl migrations-core -am
fi
"${mvn[@]}" -f "$here/pom.xml" compile
for profile in tenants server; do
  "${mvn[@]}" -f "$here/pom.xml" dependency:build-classpath -P"$profile" -Dmdep.outputFile="$here/target/cp-$profile.txt" >/dev/null
done
work="$(mktemp -d "${TMPDIR:-/tmp}/tenants-bench.XXXXXX")"
java -cp "$here/target/classes:$(cat "$here/target/cp-server.txt")" dev.migrations.benchmarks.PostgresLauncher \
  "$work/port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  [ -s "$work/port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
{
  echo "nproc $(nproc), load average at start: $(cut -d' ' -f1-3 /proc/loadavg), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  java -Dbench.tenants="${TENANTS:-200}" -Dbench.migrations="${MIGRATIONS:-20}" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$here/target/classes:$(cat "$here/target/cp-tenants.txt")" \
    dev.migrations.benchmarks.TenantsBenchmark localhost "$(cat "$work/port")" postgres postgres
  echo
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$here/target/tenants-results.md"
