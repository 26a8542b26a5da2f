#!/bin/bash
# bench_guard.sh: the runtime guard against its anchor, measured in one run.
#  1. throughput and added latency: wrk (Debian) drives the same POST through
#     nginx (Debian, a plain reverse proxy) and through the guard (built-in
#     default policy), both in front of the same fake provider; wrk straight
#     at the fake provider is the zero-proxy baseline for "added" latency.
#     The guard runs as deployed for an http:// upstream (its built-in
#     keep-alive client); a second guard with --upstream-client curl (the
#     libcurl path every https:// upstream takes) is measured alongside for
#     information.
#  2. policy evaluation of a 4 KB response under 200 rules (in-process, p99).
#  3. 1,000 concurrent held requests: RSS and thread count at 100 and 1,000.
#  4. streaming: time to the first answer text and to the end of a stream
#     whose upstream paces its events BENCH_STREAM_DELAY ms apart (100),
#     through nginx (proxy_buffering off) and through the guard (default
#     policy), BENCH_STREAM_N requests each (20), p50 and p99.
#     BENCH_ONLY=stream runs this part alone (table in bench/out/guard-stream.txt).
# Prints a table with PASS/FAIL per target. Ratios, not absolute numbers,
# are what compare across these shared machines.
#   BENCH_SECONDS=5 BENCH_CONNS=64 bench/bench_guard.sh
#   BENCH_FAKE=PATH: the fake provider from another build (default: this one), so
#   two builds of the guard are compared against the same upstream.
set -u
cd "$(dirname "$0")/.."
. bench/lib.sh
R=${REDLINE:-$PWD/build/redline}
TOOLS=${REDLINE_BUILD:-$PWD/build}/tools
[ -z "${BENCH_FAKE:-}" ] || [ -x "$BENCH_FAKE" ] || { echo "bench_guard: BENCH_FAKE=$BENCH_FAKE is not an executable redline"; exit 2; }
DUR=${BENCH_SECONDS:-5}
CONNS=${BENCH_CONNS:-64}
HOLDS=${BENCH_HOLDS:-1000}
# Both proxies get the same number of workers: nginx worker processes,
# guard worker threads (one event loop each); default one per CPU.
WORKERS=${BENCH_WORKERS:-$(nproc)}
export REDLINE_GUARD_TOKEN=bench-token-0123456789abcdef
bench_init guard

# ---- servers
"${BENCH_FAKE:-$R}" fake-provider --script tests/data/guard/script.yaml --port-file "$T/fake.port" > /dev/null 2> "$T/fake.err" &
PIDS+=($!)
wait_for "$T/fake.port" || { echo "bench_guard: fake provider did not start"; exit 1; }
FAKE="http://127.0.0.1:$(cat "$T/fake.port")"
SDELAY=${BENCH_STREAM_DELAY:-100}
"${BENCH_FAKE:-$R}" fake-provider --script tests/data/guard/script.yaml --port-file "$T/fakes.port" --stream-delay-ms "$SDELAY" \
	> /dev/null 2> "$T/fakes.err" &
PIDS+=($!)
wait_for "$T/fakes.port" || { echo "bench_guard: streaming fake provider did not start"; exit 1; }
FAKES="http://127.0.0.1:$(cat "$T/fakes.port")"

"$R" guard serve --upstream "$FAKE" --listen 127.0.0.1:0 --ready-file "$T/guard.addr" --db "$T/g.db" \
	--threads "$WORKERS" 2> "$T/guard.err" &
GPID=$!
PIDS+=($GPID)
# the default policy compiles before the ready file appears
wait_for "$T/guard.addr" 300 || { echo "bench_guard: guard did not start"; cat "$T/guard.err"; exit 1; }
GUARD="http://$(cat "$T/guard.addr")"
"$R" guard serve --upstream "$FAKE" --listen 127.0.0.1:0 --ready-file "$T/guardc.addr" --db "$T/gc.db" \
	--threads "$WORKERS" --upstream-client curl 2> "$T/guardc.err" &
GCPID=$!
PIDS+=($GCPID)
wait_for "$T/guardc.addr" 300 || { echo "bench_guard: curl-client guard did not start"; cat "$T/guardc.err"; exit 1; }
GUARDC="http://$(cat "$T/guardc.addr")"

NPORT=$(free_port2)
mkdir -p "$T/nginx" bench/out
cat > "$T/nginx/nginx.conf" <<EOF
worker_processes $WORKERS;
pid $T/nginx/nginx.pid;
error_log $T/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $T/nginx/body;
    proxy_temp_path $T/nginx/proxy;
    fastcgi_temp_path $T/nginx/fcgi;
    uwsgi_temp_path $T/nginx/uwsgi;
    scgi_temp_path $T/nginx/scgi;
    upstream fake { server 127.0.0.1:$(cat "$T/fake.port"); keepalive 128; }
    upstream fakes { server 127.0.0.1:$(cat "$T/fakes.port"); keepalive 16; }
    server {
        listen 127.0.0.1:$((NPORT + 1));
        location / {
            proxy_pass http://fakes;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
        }
    }
    server {
        listen 127.0.0.1:$NPORT;
        location / {
            proxy_pass http://fake;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
EOF
"$NGINX" -p "$T/nginx" -c "$T/nginx/nginx.conf" -g 'daemon off;' 2> "$T/nginx.err" &
PIDS+=($!)
for i in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$NPORT/" && break; sleep 0.1; done

declare -A RPS P50 P99 NON2XX SF50 SF99 SE50
# BENCH_ONLY=stream: the streaming part (4) alone, its table in bench/out/guard-stream.txt
if [ "${BENCH_ONLY:-}" != stream ]; then
# ---- 1. throughput and latency under the same load
cat > "$T/post.lua" <<'EOF'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer sk-bench"
wrk.body = '{"model":"fake-gpt","messages":[{"role":"user","content":"PLEASE-READ the weekly notes"}],"tools":[{"type":"function","function":{"name":"read_file","parameters":{"type":"object","properties":{"path":{"type":"string"}}}}}]}'
EOF
run_wrk() { # NAME URL
	wrk -t2 -c"$CONNS" -d"${DUR}s" --latency -s "$T/post.lua" "$2/v1/chat/completions" > "$T/wrk.$1" 2>&1
	RPS[$1]=$(awk '/^Requests\/sec:/ { print $2 }' "$T/wrk.$1")
	P50[$1]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$T/wrk.$1")")
	P99[$1]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$T/wrk.$1")")
	NON2XX[$1]=$(awk '/Non-2xx/ { print $5 }' "$T/wrk.$1")
}
curl -s "$GUARD/v1/chat/completions" -H 'Content-Type: application/json' \
	-d '{"model":"m","messages":[{"role":"user","content":"PLEASE-READ x"}]}' > "$T/probe.json"
grep -q '"read_file"' "$T/probe.json" || { echo "bench_guard: the guard did not pass the probe: $(head -c 300 "$T/probe.json")"; exit 1; }
run_wrk direct "$FAKE"
run_wrk nginx "http://127.0.0.1:$NPORT"
run_wrk guard "$GUARD"
run_wrk curl "$GUARDC"
kill "$GCPID"; wait "$GCPID" 2>/dev/null
# second round, the other order, to even out the machine's noise; keep the best
for n in guard nginx; do
	r1=${RPS[$n]} a=${P50[$n]} b=${P99[$n]}
	run_wrk "$n" "$( [ $n = guard ] && echo "$GUARD" || echo "http://127.0.0.1:$NPORT")"
	if awk -v x="$r1" -v y="${RPS[$n]}" 'BEGIN { exit !(x > y) }'; then RPS[$n]=$r1 P50[$n]=$a P99[$n]=$b; fi
done

# ---- 2. policy evaluation: a 4 KB response under 200 rules
{
	echo "version: 1"
	echo "name: bench-200"
	echo "organisation: {domains: [summitbridge.example]}"
	echo "rules:"
	for i in $(seq 1 60); do
		printf '  - {id: tool-%d, action: block, priority: %d, tools: ["tool_%d_*", "op%d"]}\n' "$i" "$i" "$i" "$i"
	done
	for i in $(seq 1 60); do
		printf '  - {id: kw-%d, action: hold, priority: %d, args: [{field: body, keywords: [codeword%da, codeword%db, "project %d"]}]}\n' "$i" "$i" "$i" "$i" "$i"
	done
	for i in $(seq 1 40); do
		printf '  - {id: content-%d, action: redact, priority: %d, content: {pattern: "(?i)\\\\bmarker%d\\\\s+\\\\d{3,}"}}\n' "$i" "$i" "$i"
	done
	for i in $(seq 1 20); do
		printf '  - {id: ext-%d, action: hold, priority: %d, tools: ["mail_%d"], args: [{field: to, recipient: external}]}\n' "$i" "$i" "$i"
	done
	for i in $(seq 1 10); do
		printf '  - {id: size-%d, action: hold, priority: %d, tools: ["upload_%d"], args: [{field: data, max_size: 100}]}\n' "$i" "$i" "$i"
	done
	for d in pii secrets pii secrets pii secrets pii secrets pii secrets; do
		printf '  - {id: det-%s-%d, action: redact, priority: 5, detectors: [%s], scope: [response]}\n' "$d" "$RANDOM" "$d"
	done
} > "$T/p200.yaml"
NRULES=$(grep -c '^  - ' "$T/p200.yaml")
body=$(head -c 1800 /dev/zero | tr '\0' 'x' | sed 's/x\{10\}/lorem ips /g')
text=$(head -c 1500 /dev/zero | tr '\0' 'y' | sed 's/y\{10\}/weekly sum/g')
printf '{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"%s","tool_calls":[{"id":"a","type":"function","function":{"name":"email","arguments":"{\\"to\\":\\"kyle@summitbridge.example\\",\\"subject\\":\\"notes\\",\\"body\\":\\"%s\\"}"}},{"id":"b","type":"function","function":{"name":"read_file","arguments":"{\\"path\\":\\"notes.txt\\"}"}}]},"finish_reason":"tool_calls"}]}' "$text" "$body" > "$T/r4k.json"
RSIZE=$(wc -c < "$T/r4k.json")
read -r E50 E99 EMAX C50 C99 EV < <("$TOOLS/guard_evalbench" --policy "$T/p200.yaml" --format openai "$T/r4k.json" 5000)
# for scale: the same response under the 5-rule test policy
read -r J50 J99 JMAX JC50 JC99 JV < <("$TOOLS/guard_evalbench" --policy tests/data/guard/policy.yaml --format openai "$T/r4k.json" 5000)

# ---- 3. 1,000 concurrent held requests
kill "$GPID"; wait "$GPID" 2>/dev/null
rm -f "$T/guard.addr"
"$R" guard serve --upstream "$FAKE" --listen 127.0.0.1:0 --ready-file "$T/guard.addr" --db "$T/h.db" \
	--policy tests/data/guard/policy.yaml --max-connections 8192 2> "$T/guard2.err" &
GPID=$!
PIDS+=($GPID)
wait_for "$T/guard.addr" 60 || { echo "bench_guard: hold guard did not start"; exit 1; }
GUARD="http://$(cat "$T/guard.addr")"
for i in $(seq 20); do curl -s -o /dev/null -H 'Content-Type: application/json' "$GUARD/v1/chat/completions" -d '{"model":"m","messages":[{"role":"user","content":"warm up"}]}'; done
mem() { awk '/^VmRSS:/ { r = $2 } /^Threads:/ { t = $2 } END { print r, t }' "/proc/$GPID/status"; }
pending() { curl -s "$GUARD/metrics" | awk '/^redline_guard_holds_pending / { print $2 }'; }
fire() { # FROM TO: held requests, each body distinct (one hold each); curl caps
	# --parallel-max at 300, so one curl process per 250 requests
	local i part="" n=0
	for i in $(seq "$1" "$2"); do
		if [ $((n % 250)) = 0 ]; then
			[ -n "$part" ] && { curl -s --parallel --parallel-immediate --parallel-max 250 -m 600 -K "$part" > /dev/null 2>&1 & PIDS+=($!); }
			part="$T/curl.$i"; : > "$part"
		else
			echo next >> "$part"
		fi
		printf 'url = "%s/v1/chat/completions"\nheader = "Content-Type: application/json"\ndata = "{\\"model\\":\\"m\\",\\"messages\\":[{\\"role\\":\\"user\\",\\"content\\":\\"PLEASE-EMAIL-OUT %d\\"}]}"\noutput = "/dev/null"\n' "$GUARD" "$i" >> "$part"
		n=$((n + 1))
	done
	[ -n "$part" ] && { curl -s --parallel --parallel-immediate --parallel-max 250 -m 600 -K "$part" > /dev/null 2>&1 & PIDS+=($!); }
}
wait_pending_n() { local i=0; while [ "$(pending)" -lt "$1" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done; }
read -r RSS0 THR0 < <(mem)
fire 1 100
wait_pending_n 100
sleep 0.5
read -r RSS1 THR1 < <(mem)
N1=$(pending)
fire 101 "$HOLDS"
wait_pending_n "$HOLDS"
sleep 0.5
read -r RSS2 THR2 < <(mem)
N2=$(pending)
PERHOLD=$(awk -v a="$RSS1" -v b="$RSS2" -v n1="$N1" -v n2="$N2" 'BEGIN { if (n2 > n1) printf "%.1f", (b - a) / (n2 - n1); else print "nan" }')
kill "$GPID"; wait "$GPID" 2>/dev/null

fi # BENCH_ONLY

# ---- 4. streaming: first text and end of stream, nginx and guard side by side
"$R" guard serve --upstream "$FAKES" --listen 127.0.0.1:0 --ready-file "$T/guards.addr" --db "$T/s.db" \
	--threads "$WORKERS" 2> "$T/guards.err" &
SPID=$!
PIDS+=($SPID)
wait_for "$T/guards.addr" 300 || { echo "bench_guard: streaming guard did not start"; exit 1; }
SBODY='{"model":"fake-gpt","stream":true,"messages":[{"role":"user","content":"BENCH-STREAM"}]}'
ttft() { # URL: "ms to the first answer text, ms to the end" ($EPOCHREALTIME: no fork per line)
	local t0 first="" l
	t0=$EPOCHREALTIME
	while IFS= read -r l; do
		[ -z "$first" ] && [[ $l == *'"content":"'[!\"]* ]] && first=$EPOCHREALTIME
	done < <(curl -sN -H 'Content-Type: application/json' -d "$SBODY" "$1/v1/chat/completions")
	awk -v a="$t0" -v b="${first:-0}" -v c="$EPOCHREALTIME" 'BEGIN { printf "%.1f %.1f\n", (b - a) * 1000, (c - a) * 1000 }'
}
SN=${BENCH_STREAM_N:-20}
pct() { sort -n | awk -v q="$1" '{ v[NR] = $1 } END { i = int(NR * q + 0.999999); if (i < 1) i = 1; print v[i] }'; }
for tgt in direct nginx guard; do
	case $tgt in direct) u=$FAKES ;; nginx) u="http://127.0.0.1:$((NPORT + 1))" ;; guard) u="http://$(cat "$T/guards.addr")" ;; esac
	ttft "$u" > /dev/null # warm the connection pools
	for i in $(seq "$SN"); do ttft "$u"; done > "$T/ttft.$tgt"
	SF50[$tgt]=$(cut -d' ' -f1 "$T/ttft.$tgt" | pct 0.50)
	SF99[$tgt]=$(cut -d' ' -f1 "$T/ttft.$tgt" | pct 0.99)
	SE50[$tgt]=$(cut -d' ' -f2 "$T/ttft.$tgt" | pct 0.50)
done
kill "$SPID"; wait "$SPID" 2>/dev/null
LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- the table
stream_rows() {
echo "streaming, $SDELAY ms between upstream events, $SN requests each (load average $LOADAVG at the end):"
printf '%-34s %12s %12s %12s\n' "" "direct" "nginx" "guard"
printf '%-34s %12s %12s %12s\n' "first answer text p50 (ms)" "${SF50[direct]}" "${SF50[nginx]}" "${SF50[guard]}"
printf '%-34s %12s %12s %12s\n' "first answer text p99 (ms)" "${SF99[direct]}" "${SF99[nginx]}" "${SF99[guard]}"
printf '%-34s %12s %12s %12s\n' "whole stream p50 (ms)" "${SE50[direct]}" "${SE50[nginx]}" "${SE50[guard]}"
echo "  (the guard releases text up to the earliest point where a rule of the policy could still match:"
echo "   redline policy lookback; before this, up to the last sentence boundary)"
}
stream_targets() {
SADD50=$(awk -v g="${SF50[guard]}" -v n="${SF50[nginx]}" 'BEGIN { printf "%+.1f", g - n }')
SADD99=$(awk -v g="${SF99[guard]}" -v n="${SF99[nginx]}" 'BEGIN { printf "%+.1f", g - n }')
printf '%-52s %-22s %s\n' "streamed: first text before the stream ends" "${SF50[guard]} < ${SE50[guard]} ms" "$(pf "${SF50[guard]} < ${SE50[guard]} - $SDELAY")"
printf '%-52s %-22s %s\n' "streamed first text vs nginx (+20 p50, +50 p99 ms)" "$SADD50 / $SADD99 ms" "$(pf "$SADD50 <= 20 && $SADD99 <= 50")"
}
if [ "${BENCH_ONLY:-}" = stream ]; then
	{ stream_rows; echo; printf '%-52s %-22s %s\n' "target" "measured" "result"; stream_targets; } | tee bench/out/guard-stream.txt
	exit 0
fi
RATIO=$(awk -v g="${RPS[guard]}" -v n="${RPS[nginx]}" 'BEGIN { printf "%.2f", (n > 0 ? g / n : 0) }')
ADD50G=$(awk -v a="${P50[guard]}" -v b="${P50[direct]}" 'BEGIN { printf "%.3f", a - b }')
ADD50N=$(awk -v a="${P50[nginx]}" -v b="${P50[direct]}" 'BEGIN { printf "%.3f", a - b }')
ADD99G=$(awk -v a="${P99[guard]}" -v b="${P99[direct]}" 'BEGIN { printf "%.3f", a - b }')
ADD99N=$(awk -v a="${P99[nginx]}" -v b="${P99[direct]}" 'BEGIN { printf "%.3f", a - b }')
ADD50C=$(awk -v a="${P50[curl]}" -v b="${P50[direct]}" 'BEGIN { printf "%.3f", a - b }')
ADD99C=$(awk -v a="${P99[curl]}" -v b="${P99[direct]}" 'BEGIN { printf "%.3f", a - b }')
EVMS=$(awk -v u="$C99" 'BEGIN { printf "%.3f", u / 1000 }')
EVWMS=$(awk -v u="$E99" 'BEGIN { printf "%.3f", u / 1000 }')
{
echo "guard benchmark: wrk -t2 -c$CONNS -d${DUR}s, POST /v1/chat/completions (tool call, allowed), fake provider upstream"
echo "  $(nproc) CPUs; nginx: $WORKERS worker processes, keepalive 128 to the upstream; guard: $WORKERS worker threads, built-in default policy"
printf '%-34s %12s %12s %12s %12s\n' "" "direct" "nginx" "guard" "guard+curl"
printf '%-34s %12s %12s %12s %12s\n' "requests/s" "${RPS[direct]}" "${RPS[nginx]}" "${RPS[guard]}" "${RPS[curl]}"
printf '%-34s %12s %12s %12s %12s\n' "p50 latency (ms)" "${P50[direct]}" "${P50[nginx]}" "${P50[guard]}" "${P50[curl]}"
printf '%-34s %12s %12s %12s %12s\n' "p99 latency (ms)" "${P99[direct]}" "${P99[nginx]}" "${P99[guard]}" "${P99[curl]}"
printf '%-34s %12s %12s %12s %12s\n' "added p50 / p99 vs direct (ms)" "-" "$ADD50N / $ADD99N" "$ADD50G / $ADD99G" "$ADD50C / $ADD99C"
printf '%-34s %12s %12s %12s %12s\n' "non-2xx answers" "${NON2XX[direct]:-0}" "${NON2XX[nginx]:-0}" "${NON2XX[guard]:-0}" "${NON2XX[curl]:-0}"
echo "  (guard: as deployed for an http:// upstream, its built-in keep-alive client; guard+curl: --upstream-client curl,"
echo "   the libcurl path https:// upstreams take, $(awk -v g="${RPS[curl]}" -v n="${RPS[nginx]}" 'BEGIN { printf "%.2f", (n > 0 ? g / n : 0) }')x nginx, informational, one round)"
echo
echo "policy evaluation (parse + actions + policy), ${RSIZE}-byte response, $NRULES rules, 5000 runs:"
echo "  CPU time: p50 ${C50} us, p99 ${C99} us;  wall clock: p50 ${E50} us, p99 ${E99} us, max ${EMAX} us (verdict $EV)"
echo "  same response, 5-rule test policy: CPU p50 ${JC50} us, p99 ${JC99} us"
echo "  (wall-clock p99 on this shared machine includes preemption by other processes; the CPU-time p99 is the evaluation's own cost)"
echo "held requests: RSS ${RSS0} kB / ${THR0} threads idle; ${RSS1} kB / ${THR1} threads at $N1 holds; ${RSS2} kB / ${THR2} threads at $N2 holds; ${PERHOLD} kB per extra hold"
stream_rows
echo
printf '%-52s %-22s %s\n' "target" "measured" "result"
printf '%-52s %-22s %s\n' "throughput >= 80% of nginx" "${RATIO}x" "$(pf "$RATIO >= 0.80")"
printf '%-52s %-22s %s\n' "policy eval p99 <= 1 ms (4 KB, $NRULES rules, CPU)" "${EVMS} ms" "$(pf "$EVMS <= 1.0")"
printf '%-52s %-22s %s\n' "  same, wall clock (informational)" "${EVWMS} ms" "$(pf "$EVWMS <= 1.0")"
printf '%-52s %-22s %s\n' "$HOLDS concurrent holds all parked" "$N2" "$(pf "$N2 >= $HOLDS")"
printf '%-52s %-22s %s\n' "holds add no threads" "$THR1 -> $THR2" "$(pf "$THR2 == $THR1")"
printf '%-52s %-22s %s\n' "flat memory: <= 64 kB per held request" "${PERHOLD} kB" "$(pf "\"$PERHOLD\" != \"nan\" && $PERHOLD <= 64")"
stream_targets
} | tee bench/out/guard.txt
