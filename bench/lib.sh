# bench/lib.sh: helpers the bench scripts share (sourced, after `set -u`
# and `cd` to the tree's root):
#   bench_init NAME   $T (a fresh temporary directory), PIDS (killed and $T
#                     removed on exit), NGINX; checks wrk, nginx and curl
#   wait_for FILE [S] wait up to S seconds (30) for FILE to be non-empty
#   free_port         a TCP port nobody listens on (20000..49999)
#   free_port2        one such that the next port is free too
#   to_ms V           wrk's "1.23ms" / "456.00us" / "1.02s" in ms
#   pf EXPR           PASS when the awk expression holds, else FAIL
#   cpu_ticks PID...  user+system clock ticks of the processes and their
#                     children threads (/proc/PID/stat fields 14 and 15)
#   cpu_tree PID      the same for PID and its direct children (nginx's
#                     master and workers)
#   per100k TICKS N   CPU seconds per 100,000 requests from clock ticks
bench_init() {
	T=$(mktemp -d "${TMPDIR:-/tmp}/rl-bench-$1-XXXXXX")
	PIDS=()
	trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$T"' EXIT
	local need
	for need in wrk nginx curl; do
		command -v "$need" >/dev/null || [ -x "/usr/sbin/$need" ] ||
			{ echo "bench_$1: $need is missing (scripts/setup --bench)"; exit 1; }
	done
	NGINX=$(command -v nginx || echo /usr/sbin/nginx)
}
wait_for() { local i=0; while [ ! -s "$1" ] && [ $i -lt $(( ${2:-30} * 10 )) ]; do sleep 0.1; i=$((i + 1)); done; [ -s "$1" ]; }
free_port() { local p; while :; do p=$(( 20000 + RANDOM % 30000 )); ss -ltn 2>/dev/null | grep -q ":$p " || { echo $p; return; }; done; }
free_port2() { local p; p=$(free_port); while ss -ltn 2>/dev/null | grep -q ":$((p + 1)) "; do p=$(free_port); done; echo "$p"; }
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }
pf() { if awk "BEGIN { exit !($1) }"; then echo PASS; else echo FAIL; fi; }
# the comm field (2) may hold spaces: count fields after its closing ')'
cpu_ticks() { local p s=0 t; for p in "$@"; do t=$(sed 's/.*) //' "/proc/$p/stat" 2>/dev/null | awk '{ print $12 + $13 }'); s=$((s + ${t:-0})); done; echo $s; }
cpu_tree() { cpu_ticks "$1" $(ps -o pid= --ppid "$1"); }
per100k() { awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (n > 0) printf "%.2f", t / hz / n * 100000; else print "nan" }'; }
