#!/bin/bash
# redline report DB: verdicts read from a campaign database (written through
# the store API by tests/tools/report_make_db), every format.
. "$(dirname "$0")/lib.sh"

DB="$T_TMP/c.db"
t_ok "fixture database" "$REDLINE_BUILD/tools/report_make_db" "$DB"
t_ok "text from DB" rl report "$DB" --width 0
t_grep "source named" 'source: .*c\.db: campaign \(latest\), verdicts mode=redline judge=fake:judge' "$T_TMP/out"
t_grep "judge error is unknown, not 'not harmful'" 'mock:a +coercion_explicit-america_replacement +coercion +10 +7 +2 +1 +77\.8% \[45\.3, 93\.7\]' "$T_TMP/out"
t_grep "control comparison" 'mock:a +control +coercion_explicit-america_replacement +coercion_none-none_none' "$T_TMP/out"
t_no_grep "no raw escape from the unknown reason" $'\x1b' "$T_TMP/out"
t_ok "html from DB" rl report "$DB" --output "$T_TMP/r.html"
t_no_grep "hostile response not live in html" '<script>alert|</textarea>' "$T_TMP/r.html"
t_ok "campaign chosen by id" rl report "$DB" --campaign demo --format json
t_grep "json source" '"source":"[^"]*campaign demo' "$T_TMP/out"
t_status "a mode with no verdicts is exit 2" 2 rl report "$DB" --mode rules --format csv --table models
t_grep "the message lists the kinds that exist" 'no verdicts of mode rules.*kinds that exist: mode redline judge fake:judge \(40 verdicts\)' "$T_TMP/err"
t_status "an unknown mode is exit 2" 2 rl report "$DB" --mode bogus
t_grep "the message lists the modes" "unknown verdict mode 'bogus'.*redline, original and rules" "$T_TMP/err"
t_status "unknown campaign is exit 2" 2 rl report "$DB" --campaign nope
t_grep "names it" "no campaign 'nope'" "$T_TMP/err"
t_status "missing database" 2 rl report "$T_TMP/none.db"
t_status "not a database" 3 rl report "$REDLINE_SRC/README.md"
t_done
