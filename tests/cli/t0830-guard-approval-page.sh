#!/bin/bash
# The approval page (guard/page.h) in headless Chromium, as the report is
# tested: a person can decide from it alone (the context that led to the
# action, the action with its evidence marked, rule, severity and
# description, a live countdown, the history of decisions with who and
# their note), approve and deny are POST forms with the session's CSRF
# token and no API token, and hostile text in every field stays text.
# About 25 s: two Chromium runs (DOM and screenshot), as t0610.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
CHECK="$REDLINE_SRC/tests/browser/check_html.sh"
PAGE="$REDLINE_BUILD/tools/rl_approval_page"
if ! command -v chromium > /dev/null && ! command -v chromium-browser > /dev/null; then
	echo "# skipped: chromium not installed (scripts/setup --test installs it)"
	t_done
fi
"$PAGE" "$DATA/guard/page-holds.json" > "$T_TMP/page.html"
t_ok "page renders without console errors, scripts under the CSP nonce" "$CHECK" "$T_TMP/page.html" "$T_TMP/shot" 6
D="$T_TMP/shot/dom.html"
t_grep "context: the conversation that led to the action" '<li class="role-tool"><span class="role">tool</span><pre>From: pat.quill@' "$D"
t_grep "evidence marked in the argument it is in" '<th>body</th><td><pre>Pat, attached is the <mark>confidential</mark> pricing' "$D"
t_grep "recipient marked" '<th>to</th><td><pre><mark>pat.quill@harbourline-partners.example</mark>' "$D"
t_grep "severity, rule and description" '<span class="sev sev-high">high</span> outsider-confidential</h2><div class="desc">confidential material mailed' "$D"
t_grep "countdown ticking (rewritten by the script)" 'class="countdown" data-deadline="[0-9]+">expires in [0-9]+:[0-9]{2}<' "$D"
t_grep "a short deadline flagged" 'class="countdown soon" data-deadline="[0-9]+">expires in 0:[0-9]{2}<' "$D"
t_grep "an expired hold says what happens" 'expired: the timeout action applies' "$D"
t_grep "history: who decided and their note" '<td>approved</td><td>Dana \(finance\)</td><td>vendor confirmed by phone</td>' "$D"
t_grep "decisions are POSTs with the CSRF token" '<form method="post" action="/holds/3f9c2a71d0b84e65a1c7/approve"><input type="hidden" name="csrf" value="csrf-test-value">' "$D"
t_no_grep "no token in any URL" 'token=' "$D"
t_no_grep "hostile text never became markup" '<img|<script>alert|onerror=alert\(1\)>' "$D"
t_grep "hostile text shown as text" 'agent"&gt;&lt;img src=x onerror=alert\(1\)&gt;' "$D"
t_ok "screenshot taken" test -s "$T_TMP/shot/screenshot.png"
t_no_grep "nothing fetched: no src or href attributes" '[[:space:]](src|href)=["'"'"']' "$T_TMP/page.html"
t_done
