#!/bin/bash
# The approval page's session (issue 16): the approval token is exchanged
# once for an HttpOnly, SameSite=Strict cookie and appears in no URL, page
# or form after that; decisions from the page are POSTs carrying the
# session's CSRF token; a forged or foreign cookie opens nothing. The page
# shows the conversation that led to a held call, the evidence, the rule's
# severity, a countdown, and the history with who decided and their note.
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"
start_fake
start_guard --policy "$GDATA/policy.yaml"
PORT=${G##*:}
st() { curl -s -o "$T_TMP/o" -w '%{http_code}' -m 20 "$@"; }

t_eq "no session: the sign-in page" "$(st "$G/holds")" 401
t_grep "a form that posts the token" '<form method="post" action="/holds/login"><input type="password" name="token"' "$T_TMP/o"
t_eq "a wrong token in the form" "$(st -d "token=not-the-token" "$G/holds/login")" 401
t_grep "says so" 'Wrong token' "$T_TMP/o"

# the token in a URL, once: redirected at once to the bare /holds
code=$(curl -s -D "$T_TMP/h1" -o /dev/null -w '%{http_code}' "$G/holds?token=$REDLINE_GUARD_TOKEN")
t_eq "?token= is exchanged with a redirect" "$code" 303
t_grep "to the page without the token" '^Location: /holds.$' "$T_TMP/h1"
t_grep "a session cookie, HttpOnly and SameSite=Strict" '^Set-Cookie: rl_session=[0-9a-f]+\.[0-9a-f]{32}\.[0-9a-f]{64}; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict' "$T_TMP/h1"
t_no_grep "the token is not in the cookie" "$REDLINE_GUARD_TOKEN" "$T_TMP/h1"
# the form login gives the same kind of session
code=$(curl -s -D "$T_TMP/h2" -o /dev/null -w '%{http_code}' -d "token=$REDLINE_GUARD_TOKEN" "$G/holds/login")
t_eq "the sign-in form too" "$code" 303
COOKIE=$(sed -n 's/^Set-Cookie: \(rl_session=[^;]*\);.*/\1/p' "$T_TMP/h2" | tr -d '\r')
t_ok "a cookie was set" test -n "$COOKIE"

# a held call, then the page
curl -s -m 60 -H "$CT" "$G/v1/chat/completions" \
	-d '{"model":"m","messages":[{"role":"system","content":"You are the mail agent."},{"role":"user","content":"Please tidy my inbox. PLEASE-EMAIL-OUT ctx"}]}' > "$T_TMP/held.json" &
H=$!
wait_pending 1
id=$(pending_ids | head -1)
t_eq "the page opens with the cookie" "$(st -D "$T_TMP/ph" -H "Cookie: theme=dark; $COOKIE" "$G/holds")" 200
cp "$T_TMP/o" "$T_TMP/page.html"
t_grep "it lists the pending hold" "/holds/$id/approve" "$T_TMP/page.html"
t_grep "the conversation that led to it" 'Please tidy my inbox' "$T_TMP/page.html"
t_grep "the rule and its severity" 'class="sev sev-' "$T_TMP/page.html"
t_grep "the evidence marked in the held call" "<mark>[^<]+</mark>" "$T_TMP/page.html"
t_grep "a countdown" 'data-deadline="[0-9]+"' "$T_TMP/page.html"
t_no_grep "no token anywhere in the page" "$REDLINE_GUARD_TOKEN" "$T_TMP/page.html"
t_no_grep "no token field in any form" 'name="token"' "$T_TMP/page.html"
t_grep "scripts only under a nonce" "^Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-[0-9a-f]{32}'" "$T_TMP/ph"
t_grep "never cached" '^Cache-Control: no-store' "$T_TMP/ph"
CSRF=$(grep -oE 'name="csrf" value="[0-9a-f]{64}"' "$T_TMP/page.html" | head -1 | cut -d'"' -f4)
t_ok "forms carry a CSRF token" test -n "$CSRF"

# forged and foreign sessions
bad=$(echo "$COOKIE" | sed 's/.$/0/'); [ "$bad" = "$COOKIE" ] && bad=$(echo "$COOKIE" | sed 's/.$/1/')
t_eq "a cookie with a wrong signature opens nothing" "$(st -H "Cookie: $bad" "$G/holds")" 401
t_eq "a cookie with a later expiry and the old signature neither" \
	"$(st -H "Cookie: rl_session=ffffffffffff.${COOKIE#*.}" "$G/holds")" 401
t_eq "a decision without the CSRF token is refused" \
	"$(st -H "Cookie: $COOKIE" -d "by=mallory" "$G/holds/$id/approve")" 401
t_eq "a decision with a wrong CSRF token is refused" \
	"$(st -H "Cookie: $COOKIE" -d "csrf=$(printf '%064d' 0)&by=mallory" "$G/holds/$id/approve")" 403
t_eq "the CSRF token without the cookie is refused" \
	"$(st -d "csrf=$CSRF&by=mallory" "$G/holds/$id/approve")" 403
t_eq "another session's CSRF token is refused" \
	"$(st -H "Cookie: $(sed -n 's/^Set-Cookie: \(rl_session=[^;]*\);.*/\1/p' "$T_TMP/h1" | tr -d '\r')" -d "csrf=$CSRF&by=mallory" "$G/holds/$id/approve")" 403
t_eq "still pending" "$(pending_ids | grep -c "$id")" 1

# the page's own decision: POST, redirect, GET
code=$(curl -s -D "$T_TMP/dh" -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" -H "Origin: http://127.0.0.1:$PORT" \
	--data-urlencode "csrf=$CSRF" --data-urlencode "by=Dana <ops>" --data-urlencode "note=checked with the sender & approved" "$G/holds/$id/approve")
t_eq "the page's decision" "$code" 303
t_grep "back to the page" '^Location: /holds.$' "$T_TMP/dh"
wait $H
t_no_grep "the approved call is delivered" 'held for approval' "$T_TMP/held.json"
st -H "Cookie: $COOKIE" "$G/holds" > /dev/null
t_grep "history: who decided and the note, as text" '<td>approved</td><td>web:Dana &lt;ops&gt;</td><td>checked with the sender &amp; approved</td>' "$T_TMP/o"
t_done
