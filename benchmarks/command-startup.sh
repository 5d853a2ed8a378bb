#!/usr/bin/env bash
# One-shot command start-up: wall time, process start to exit, of --migrations.command=status in the
# sample app (web, actuator, data-jpa, 13 migrations applied) against the floor, an app with only the
# migrations starter and the JDBC starter (command-floor/), on the same PostgreSQL, the same migration
# files and the same JVM flags, runs interleaved; and the sample once more with Boot's background
# pre-initializer switched off (-Dspring.backgroundpreinitializer.ignore=true). Prints medians and their ratio, and writes
# benchmarks/command-startup-results.md. Not part of the test run; about 2 minutes.
#
#   bash benchmarks/command-startup.sh
#
# Environment: RUNS (15) measured runs of each app, after one warm-up run each;
#              PG_BIN (/usr/lib/postgresql/15/bin) the PostgreSQL server binaries.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-15}"
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
work="$(mktemp -d "${TMPDIR:-/tmp}/command-startup.XXXXXX")"
port=55439

echo "== building the sample app and both class paths (no tests) =="
"$root/mvnw" -B -ntp -q -f "$root/pom.xml" -pl sample-app -am package dependency:build-classpath \
  -DskipTests -Dinvoker.skip=true -Dspring-javaformat.skip=true -DincludeScope=runtime \
  -Dmdep.outputFile=target/command-startup-cp.txt > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
sample_cp="$root/sample-app/target/classes:$(cat "$root/sample-app/target/command-startup-cp.txt")"
starter_cp="$(cat "$root/migrations-spring-boot-starter/target/command-startup-cp.txt")"
mkdir -p "$work/floor-classes/db"
javac -d "$work/floor-classes" -cp "$starter_cp" "$here/command-floor/dev/migrations/benchmarks/floor/FloorApplication.java"
# the floor reads the sample's migration files, from a folder of their own
cp -r "$root/sample-app/src/main/resources/db/migrations" "$work/floor-classes/db/"
floor_cp="$work/floor-classes:$starter_cp"

echo "== starting PostgreSQL ($("$pg_bin/postgres" --version)) =="
mkdir -p "$work/pgdata"
as_postgres=()
if [ "$(id -u)" = 0 ]; then chown -R postgres "$work"; as_postgres=(runuser -u postgres --); fi
"${as_postgres[@]}" "$pg_bin/initdb" -D "$work/pgdata" -A trust -U postgres > "$work/initdb.log"
"${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/pgdata" -o "-p $port -k $work" -l "$work/postgres.log" -w start > /dev/null
trap '"${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/pgdata" -m fast stop > /dev/null 2>&1 || true' EXIT
db=(--spring.datasource.url="jdbc:postgresql://localhost:$port/postgres" --spring.datasource.username=postgres
    --spring.datasource.password= --migrations.contract.enabled=true)

java -cp "$sample_cp" dev.migrations.sample.SampleApplication --migrations.command=migrate "${db[@]}" \
  > "$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; exit 1; }

# one run: prints its wall time and its CPU time (user + system, less disturbed by other load) in ms;
# fails unless the status came out whole with exit code 0. JVM options come from $jvm (may be empty).
run() {
  local name="$1" cp="$2" main="$3" log="$work/$1-$4.log" times
  times=$( { TIMEFORMAT='%R %U %S'; time java ${jvm:-} -cp "$cp" "$main" --migrations.command=status "${db[@]}" \
    > "$log" 2>&1; } 2>&1 ) || { echo "$name exited non-zero, see $log" >&2; exit 1; }
  grep -q "Current version: 20260513_01 (13 applied)" "$log" || { echo "$name printed no status, see $log" >&2; exit 1; }
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<< "$times"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "== $runs runs of each of the three, interleaved (after one warm-up run each) =="
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
sample() { run "$1" "$sample_cp" dev.migrations.sample.SampleApplication "$2"; }
floor() { run floor "$floor_cp" dev.migrations.benchmarks.floor.FloorApplication "$1"; }
# the sample once more without Boot's background pre-initializer, which loads Jackson, Tomcat and the
# message converters on a second thread even though a command uses none of them
quiet() { jvm=-Dspring.backgroundpreinitializer.ignore=true sample quiet "$1"; }
sample sample warmup > /dev/null; floor warmup > /dev/null; quiet warmup > /dev/null
: > "$work/sample.ms"; : > "$work/floor.ms"; : > "$work/quiet.ms"
for i in $(seq 1 "$runs"); do
  case $((i % 3)) in
    1) sample sample "$i" >> "$work/sample.ms"; floor "$i" >> "$work/floor.ms"; quiet "$i" >> "$work/quiet.ms" ;;
    2) floor "$i" >> "$work/floor.ms"; quiet "$i" >> "$work/quiet.ms"; sample sample "$i" >> "$work/sample.ms" ;;
    0) quiet "$i" >> "$work/quiet.ms"; sample sample "$i" >> "$work/sample.ms"; floor "$i" >> "$work/floor.ms" ;;
  esac
done
sample_ms=$(cut -d' ' -f1 "$work/sample.ms" | median)
floor_ms=$(cut -d' ' -f1 "$work/floor.ms" | median)
sample_cpu=$(cut -d' ' -f2 "$work/sample.ms" | median)
floor_cpu=$(cut -d' ' -f2 "$work/floor.ms" | median)
ratio=$(awk -v s="$sample_ms" -v f="$floor_ms" 'BEGIN { printf "%.2f", s / f }')
cpu_ratio=$(awk -v s="$sample_cpu" -v f="$floor_cpu" 'BEGIN { printf "%.2f", s / f }')
quiet_ms=$(cut -d' ' -f1 "$work/quiet.ms" | median)
quiet_cpu=$(cut -d' ' -f2 "$work/quiet.ms" | median)
quiet_ratio=$(awk -v s="$quiet_ms" -v f="$floor_ms" 'BEGIN { printf "%.2f", s / f }')
quiet_cpu_ratio=$(awk -v s="$quiet_cpu" -v f="$floor_cpu" 'BEGIN { printf "%.2f", s / f }')
sample_jars=$(tr ':' '\n' <<< "$sample_cp" | grep -c '\.jar$')
floor_jars=$(tr ':' '\n' <<< "$floor_cp" | grep -c '\.jar$')

cat > "$here/command-startup-results.md" <<REPORT
# One-shot command start-up

\`bash benchmarks/command-startup.sh\` on $(date -u +%Y-%m-%d) at commit $(git -C "$root" rev-parse --short HEAD);
$(nproc) cores, load average $load_start at the start and $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(java -version 2>&1 | sed -n 1p),
PostgreSQL $("$pg_bin/postgres" --version | awk '{ print $3 }'). Wall time from process start to exit of
\`java -cp … --migrations.command=status\`, 13 migrations applied, $runs runs each after one warm-up, interleaved.

| app | class path | wall, median | CPU (user + sys), median | wall of each run (ms) |
|---|---|--:|--:|---|
| floor: migrations starter + JDBC starter | $floor_jars jars | $floor_ms ms | $floor_cpu ms | $(cut -d' ' -f1 "$work/floor.ms" | paste -sd' ') |
| sample: web, actuator, data-jpa, 3 controllers, 2 repositories, 1 entity | $sample_jars jars | $sample_ms ms | $sample_cpu ms | $(cut -d' ' -f1 "$work/sample.ms" | paste -sd' ') |
| sample, \`-Dspring.backgroundpreinitializer.ignore=true\` | $sample_jars jars | $quiet_ms ms | $quiet_cpu ms | $(cut -d' ' -f1 "$work/quiet.ms" | paste -sd' ') |
| **ratio sample / floor** | | **$ratio×** | **$cpu_ratio×** | |
| **ratio sample without background pre-initialization / floor** | | **$quiet_ratio×** | **$quiet_cpu_ratio×** | |
REPORT
cat "$here/command-startup-results.md"
echo "(logs in $work)"
