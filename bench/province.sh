#!/usr/bin/env bash
# Province scale: a whole jurisdiction's ledger (default 500,000 problems of 400 inspections in 200 units of five
# departments, three measures and a progress entry each, each problem naming a leader, a department and a person)
# generated in PostgreSQL, the application started on it in a 512 MB heap, and the inspection office's calls
# measured over HTTP with wrk (8 connections). Writes req/s, p50 and p99 per
# call, and the query plans of the main queries, to bench/results/province-postgres-<problems>.md.
#   bench/province.sh                       # 500,000 problems
#   PROBLEMS=50000 INSPECTIONS=40 bench/province.sh
#   REUSE_DATA=1 bench/province.sh           # measure again on the data set the last run generated
set -euo pipefail
cd "$(dirname "$0")/.."
PROBLEMS=${PROBLEMS:-500000}
INSPECTIONS=${INSPECTIONS:-400}
UNITS=${UNITS:-200}
DURATION=${DURATION:-15s}
# each call is warmed up this long, all of them before any is measured: on two busy cores the JIT compiler needs
# minutes of load to finish compiling the request paths (one call alone, 2026-12-02: the first page 182 req/s in the
# first 30 s, 346 after a minute, 470-640 once C2's compiled code stopped growing, from 5.7 to 12.8 MB, after about
# 3 minutes), and a server that has run for a while is the one to measure; 14 calls of 20 s are about 5 minutes
WARMUP=${WARMUP:-20s}
# entering problems runs code no read call warms (the entity layer's inserts, the audit record, the numbering lock):
# measured alone on 2026-12-03, 274-339 created/s after 40 s of load (3.7-2.6 ms of application CPU each), 398-443
# after a minute and more (1.5 ms), so it is warmed for longer
CREATE_WARMUP=${CREATE_WARMUP:-90s}
DB=${BENCH_DB:-rectify_province}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
PORT=${PORT:-18080}
TOKEN=rct_benchprovincetoken
OUT=bench/results/province-postgres-${PROBLEMS}.md
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null

./mvnw -q -B -DskipTests package
JAR=$(ls target/rectify-*.jar | grep -v original | head -1)
DATA=$(mktemp -d)
REUSE_DATA=${REUSE_DATA:-0}
if [ "$REUSE_DATA" = 1 ] && psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select 1 from problem limit 1" 2>/dev/null | grep -q 1; then
  echo "measuring on the data set already in $DB"
  # the same data set each time: without the problems earlier runs' creation call added (tens of thousands, newest
  # first in every list, none of them matching the search words)
  psql -q -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "delete from problem where title like '关于并发录入第%'" \
    -c "vacuum (analyze) problem"
else
  REUSE_DATA=0
  psql -q -h "$PGHOST" -U "$PGUSER" -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi

APP=
start_app() {
  RECTIFY_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" RECTIFY_DB_USER="$PGUSER" RECTIFY_DATA_DIR="$DATA" \
    java -Xmx512m -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" > "$DATA/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && return 0
    sleep 1
  done
  echo "the application did not start; see $DATA/app.log" >&2
  exit 1
}
stop_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; }
trap 'kill $APP 2>/dev/null || true' EXIT

generated="(reused)"
if [ "$REUSE_DATA" = 0 ]; then
  start_app   # migrates the empty database
  stop_app
  started=$(date +%s)
  psql -q -h "$PGHOST" -U "$PGUSER" -d "$DB" -v units="$UNITS" -v inspections="$INSPECTIONS" \
    -v problems="$PROBLEMS" -v token="$TOKEN" -f bench/province/generate.sql
  generated=$(( $(date +%s) - started ))
fi
# the server set as the README advises for data that fits in memory: a page's problems, inspections and units are
# then looked up by their keys instead of hashing whole tables (one page's description 0.86 -> 0.58 ms, pgbench)
psql -q -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "alter database $DB set random_page_cost = 1.1"
started=$(date +%s%N)
start_app
cold=$(( ($(date +%s%N) - started) / 1000000 ))

BASE="http://127.0.0.1:$PORT"
FIRST_INSPECTION=$(psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select min(id) from inspection")
FIRST_UNIT=$(psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select min(id) from org_unit where kind = 'UNIT'")
# a person of the first unit's first department, the unit's leader, and that department (generate.sql)
PERSON=$(psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select id from app_user where username = 'bench.p1.1.1'")
LEADER=$(psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select id from app_user where username = 'bench.l1'")
DEPARTMENT=$(psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select org_unit_id from app_user where username = 'bench.p1.1.1'")
PER_UNIT=$((PROBLEMS / UNITS))
# a generated problem (not one the creation call below added on an earlier run)
SOME_PROBLEM=$(psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select max(id) from problem where title like '%（%）'")
# the cursor of page 500 of the whole ledger, as a person paging on would hold it
NEXT_CURSOR=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/problems?size=50&page=500" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')
declare -a CALLS=(
  "ledger, first 50 rows|/api/v1/problems?size=50"
  "ledger, overdue filter|/api/v1/problems?size=50&warning=OVERDUE"
  "ledger, one unit|/api/v1/problems?size=50&unitId=$FIRST_UNIT"
  "ledger, one inspection|/api/v1/problems?size=50&inspectionId=$FIRST_INSPECTION"
  "ledger, one responsible person ($((PER_UNIT / 10)) problems)|/api/v1/problems?size=50&responsibleUserId=$PERSON"
  "ledger, one unit's leader (all its $PER_UNIT problems)|/api/v1/problems?size=50&responsibleUserId=$LEADER"
  "ledger, one responsible department ($((PER_UNIT / 5)) problems)|/api/v1/problems?size=50&responsibleUnitId=$DEPARTMENT"
  "ledger, sorted by deadline|/api/v1/problems?size=50&sort=DEADLINE"
  "ledger, sorted by warning|/api/v1/problems?size=50&sort=warning"
  "ledger, due-soon filter|/api/v1/problems?size=50&warning=WARN"
  "ledger, text search|/api/v1/problems?size=50&q=%E7%BB%8F%E8%B4%B9"
  "ledger, page 500|/api/v1/problems?size=50&page=500"
  "search over problems, measures and findings (经费)|/api/v1/search?q=%E7%BB%8F%E8%B4%B9"
  "ledger, next page after a cursor (page 501)|/api/v1/problems?size=50&page=501&after=NEXT_CURSOR"
  "statistics of the jurisdiction|/api/v1/stats"
  "similar problems (举一反三)|/api/v1/problems/$SOME_PROBLEM/similar"
  "repeats of a title being entered|/api/v1/inspections/$FIRST_INSPECTION/repeats?title=%E5%85%B3%E4%BA%8E%E7%BB%8F%E8%B4%B9%E7%AE%A1%E7%90%86%E4%BD%BF%E7%94%A8%E4%B8%8D%E5%88%B0%E4%BD%8D%E7%9A%84%E9%97%AE%E9%A2%98"
)
{
  echo "# Province scale on PostgreSQL: $PROBLEMS problems"
  echo
  echo "$(date -u +%Y-%m-%d) · $(nproc) cores · $INSPECTIONS inspections in $UNITS units, 3 measures and 1 progress entry"
  echo "per problem · data generated in ${generated} s · application (512 MB heap) ready in ${cold} ms ·"
  echo "wrk, 2 threads, 8 connections, $DURATION per call after $WARMUP of each to warm up ($CREATE_WARMUP for entering problems), on the same machine, as the inspection office (token); PostgreSQL with random_page_cost = 1.1 as the README advises."
  # this machine's cores are shared with others: the same build measured hours apart differs up to threefold, so the
  # speed of a fixed loop is written beside the figures (about 0.9 s when the machine is quiet)
  echo "A fixed CPU loop (python, 10^7 additions) took $( { /usr/bin/env time -f %e python3 -c 's=0
for i in range(10**7): s+=i' ; } 2>&1 ) s at the start of the measurement."
  echo
  echo "| call | req/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|"
} > "$OUT"
for call in "${CALLS[@]}"; do
  path=${call#*|}; path=${path/NEXT_CURSOR/$NEXT_CURSOR}
  wrk -t2 -c8 -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$BASE$path" >/dev/null 2>&1 || true
done
for call in "${CALLS[@]}"; do
  name=${call%%|*}; path=${call#*|}; path=${path/NEXT_CURSOR/$NEXT_CURSOR}
  curl -sf -H "Authorization: Bearer $TOKEN" "$BASE$path" >/dev/null || { echo "| $name | refused | | | |" >> "$OUT"; continue; }
  result=$(wrk -t2 -c8 -d"$DURATION" --timeout 30s --latency -H "Authorization: Bearer $TOKEN" "$BASE$path")
  rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$result" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
  bad=$(echo "$result" | awk '/Non-2xx/ {print $5}')
  echo "| $name | $rps | $p50 | $p99 | ${bad:-0} |" >> "$OUT"
done
# 8 people entering the feedback of one inspection at once (each request creates a problem numbered by the server)
CATEGORY=$(psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select min(id) from feedback_category where inspection_id = $FIRST_INSPECTION")
TOKEN=$TOKEN CATEGORY=$CATEGORY wrk -t2 -c8 -d"$CREATE_WARMUP" -s bench/province/create-problem.lua \
  "$BASE/api/v1/inspections/$FIRST_INSPECTION/problems" >/dev/null 2>&1 || true
before=$(psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select count(*) from problem where inspection_id = $FIRST_INSPECTION")
result=$(TOKEN=$TOKEN CATEGORY=$CATEGORY wrk -t2 -c8 -d"$DURATION" --timeout 30s --latency -s bench/province/create-problem.lua \
  "$BASE/api/v1/inspections/$FIRST_INSPECTION/problems")
rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
p50=$(echo "$result" | awk '$1 == "50%" {print $2}')
p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
bad=$(echo "$result" | awk '/Non-2xx/ {print $5}')
gaps=$(psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select count(*) - count(distinct seq) + (max(seq) - count(*)) from problem where inspection_id = $FIRST_INSPECTION")
created=$(( $(psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select count(*) from problem where inspection_id = $FIRST_INSPECTION") - before ))
echo "| 8 people creating problems in one inspection ($created created, numbers with gaps or twice: $gaps) | $rps | $p50 | $p99 | ${bad:-0} |" >> "$OUT"
{
  echo
  echo "Plans (EXPLAIN ANALYZE) of the office's first page and of the text search, as the application runs them, are"
  echo "in the log of a run with \`logging.level.org.springframework.jdbc=debug\`; the count over the whole scope is:"
  echo
  echo '```'
  psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "explain analyze select count(*) from problem p join inspection i on i.id = p.inspection_id join org_unit t on t.id = i.target_unit_id where t.path like '/%'" | sed -n '1,20p'
  echo '```'
} >> "$OUT"
# the ledger page itself, signed in through the form as a person is (bench.office's password is "unused")
JAR_COOKIES=$(mktemp)
csrf=$(curl -s -c "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "_csrf=$csrf" \
  --data-urlencode "username=bench.office" --data-urlencode "password=unused" "$BASE/login"
session=$(awk '$6 == "SESSION" {print $7}' "$JAR_COOKIES")
declare -a PAGES=(
  "ledger page (HTML, 50 rows)|/ledger?size=50"
  "ledger page (HTML, 20 rows as it opens)|/ledger"
  "home page (workbench)|/"
  "my tasks|/my-tasks"
)
after="statistics of the jurisdiction"
for call in "${PAGES[@]}"; do
  name=${call%%|*}; path=${call#*|}
  if curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$session" "$BASE$path" | grep -q 200 && [ -n "$session" ]; then
    wrk -t2 -c8 -d"$WARMUP" -H "Cookie: SESSION=$session" "$BASE$path" >/dev/null 2>&1 || true
    result=$(wrk -t2 -c8 -d"$DURATION" --timeout 30s --latency -H "Cookie: SESSION=$session" "$BASE$path")
    rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$result" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
    bad=$(echo "$result" | awk '/Non-2xx/ {print $5}')
    line="| $name, signed in | $rps | $p50 | $p99 | ${bad:-0} |"
  else
    line="| $name, signed in | could not sign in | | | |"
  fi
  sed -i "/^| $after/a $line" "$OUT"
  after="$name, signed in"
done
# the daily reminder run over the whole province, as the scheduler starts it each morning: today's run, what it wrote
# and the warnings already told cleared first, so every run of this script measures a first, full run
ADMIN_TOKEN=rct_benchprovinceadmin
psql -q -h "$PGHOST" -U "$PGUSER" -d "$DB" -v token="$ADMIN_TOKEN" <<'SQL'
insert into app_user (username, display_name, org_unit_id, password_hash, created_at)
select 'bench.admin', '基准系统管理员', id, '{noop}unused', now() from org_unit where kind = 'COMMITTEE'
and not exists (select 1 from app_user where username = 'bench.admin');
insert into app_user_role (user_id, role) select id, 'SYSTEM_ADMIN' from app_user where username = 'bench.admin'
and not exists (select 1 from app_user_role r join app_user u on u.id = r.user_id where u.username = 'bench.admin');
insert into access_token (user_id, name, token_hash, token_hint, created_at)
select id, 'bench', encode(sha256(convert_to(:'token', 'UTF8')), 'hex'), 'bench', now() from app_user
where username = 'bench.admin' and not exists (select 1 from access_token where token_hint = 'bench' and user_id = app_user.id);
SQL
today=$(TZ=Asia/Shanghai date +%F)
psql -q -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "delete from notification_item where notification_id in (select id from notification where digest_day = '$today')" \
  -c "delete from notification where digest_day = '$today'" -c "delete from reminder_run where run_day = '$today'" -c "delete from warning_mark"
run=$(curl -s -w ' %{http_code} %{time_total}' -X POST -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/admin/jobs/reminders/run")
status=$(awk '{print $(NF-1)}' <<< "$run"); seconds=$(awk '{print $NF}' <<< "$run")
summary=$(sed 's/ [0-9]* [0-9.]*$//' <<< "$run" | python3 -c 'import json,sys; r=json.load(sys.stdin); print("%s digests, %s items" % (r.get("recipients"), r.get("items")))' 2>/dev/null || echo "answered $status")
echo "" >> "$OUT"
echo "Daily reminder run over the whole jurisdiction (first run of the day, nothing told before): $seconds s, $summary." >> "$OUT"
cat "$OUT"
