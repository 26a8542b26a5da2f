# tests/cli/pg.sh: a private PostgreSQL server for one test script. Source
# it after lib.sh, then call `pg_start` (it ends the script as passed, with
# "skipped: PostgreSQL not installed", when Debian's server binaries are
# absent) and `pg_db NAME` (creates a database, prints its URL).
#
# The server is the test's own: initdb in a fresh temporary directory, a
# Unix socket in that directory and no TCP port, trust authentication for
# the one role "redline", fsync off (nothing here must survive a crash of
# the machine). Run as root, the server runs as the unprivileged "postgres"
# user (Debian's package creates it; "nobody" otherwise), which owns the
# directory. The EXIT trap stops it and removes the directory, so the
# machine is left as it was; no system cluster is used or started.
PG_DIR= PG_BIN= PG_AS=()
pg_stop() {
	[ -n "$PG_DIR" ] || return 0
	"${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop > /dev/null 2>&1
	rm -rf "$PG_DIR"
	PG_DIR=
}
trap 'pg_stop; rm -rf "$T_TMP"' EXIT

pg_start() {
	local v
	for v in $(ls /usr/lib/postgresql 2>/dev/null | sort -rn); do
		[ -x "/usr/lib/postgresql/$v/bin/initdb" ] && { PG_BIN=/usr/lib/postgresql/$v/bin; break; }
	done
	if [ -z "$PG_BIN" ]; then
		echo "# skipped: PostgreSQL not installed (scripts/setup --test installs it)"
		t_done
	fi
	PG_DIR=$(mktemp -d /tmp/rl-pg-XXXXXX)
	if [ "$(id -u)" = 0 ]; then
		local u=postgres
		id -u postgres > /dev/null 2>&1 || u=nobody
		chown "$u" "$PG_DIR"
		PG_AS=(runuser -u "$u" --)
	fi
	chmod 700 "$PG_DIR"
	if ! "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U redline --auth=trust -E UTF8 \
		--no-locale --no-sync > "$PG_DIR/initdb.log" 2>&1; then
		echo "# initdb failed:"; sed 's/^/#   /' "$PG_DIR/initdb.log" | tail -5
		_t_result 1 "private PostgreSQL server starts"; t_done
	fi
	if ! "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 30 \
		-o "-k $PG_DIR -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=80" \
		start > /dev/null 2>&1; then
		echo "# pg_ctl start failed:"; sed 's/^/#   /' "$PG_DIR/log" | tail -5
		_t_result 1 "private PostgreSQL server starts"; t_done
	fi
	PG_HOST=$PG_DIR
}

# pg_db NAME: create database NAME; print its URL.
pg_db() {
	"$PG_BIN/createdb" -h "$PG_HOST" -U redline "$1" >&2 || return 1
	echo "postgresql:///$1?host=$PG_HOST&user=redline"
}

# pg_sql URL SQL: one query, unaligned, no header.
pg_sql() { "$PG_BIN/psql" -X -q -At -d "$1" -c "$2"; }
