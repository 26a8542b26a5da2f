#!/bin/bash
# Browsers (issue 21, item 9): a web page must not be able to drive the
# guard. Generation endpoints take JSON bodies only (415 otherwise, as a
# page can POST text/plain without a preflight); a request carrying a
# browser Origin is refused unless --allow-origin names it; the Host must
# be a loopback name or the listen address (DNS rebinding) unless
# --allow-host adds one or --public lifts the check. The approval page's
# own same-origin form posts keep working.
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"
P="$GDATA/policy.yaml"
start_fake
start_guard --policy "$P" --allow-origin http://app.example --allow-host guard.internal
PORT=${G##*:}
st() { curl -s -o "$T_TMP/o" -w '%{http_code}' -m 20 "$@"; }

# ---- Content-Type
t_eq "text/plain is 415" "$(st -H 'Content-Type: text/plain' "$G/v1/chat/completions" -d "$(oa hello)")" 415
t_grep "in the OpenAI error shape" '^\{"error":\{.*"type":"invalid_request_error"' "$T_TMP/o"
t_grep "says what is expected" 'application/json' "$T_TMP/o"
t_eq "a form is 415" "$(st "$G/v1/messages" -d "$(an hello)")" 415
t_grep "in the Anthropic error shape" '^\{"type":"error","error":\{"type":"invalid_request_error"' "$T_TMP/o"
t_eq "no Content-Type is 415" "$(st -H 'Content-Type:' "$G/v1/chat/completions" -d "$(oa hello)")" 415
t_eq "application/json with a charset is served" \
	"$(st -H 'Content-Type: application/json; charset=utf-8' "$G/v1/chat/completions" -d "$(oa hello)")" 200
t_eq "Application/JSON in capitals is served" \
	"$(st -H 'Content-Type: Application/JSON' "$G/v1/chat/completions" -d "$(oa hello)")" 200
t_eq "application/jsonx is not JSON" \
	"$(st -H 'Content-Type: application/jsonx' "$G/v1/chat/completions" -d "$(oa hello)")" 415

# ---- Origin
t_eq "a browser Origin is refused" \
	"$(st -H "$CT" -H 'Origin: http://evil.example' "$G/v1/chat/completions" -d "$(oa hello)")" 403
t_grep "refusal in the OpenAI error shape" '"type":"permission_error"' "$T_TMP/o"
t_grep "says how to allow it" 'allow-origin' "$T_TMP/o"
t_eq "the null Origin too" "$(st -H "$CT" -H 'Origin: null' "$G/v1/messages" -d "$(an hello)")" 403
t_eq "an allowed Origin is served" \
	"$(curl -s -D "$T_TMP/ah" -o "$T_TMP/o" -w '%{http_code}' -H "$CT" -H 'Origin: http://app.example' "$G/v1/chat/completions" -d "$(oa hello)")" 200
t_grep "with CORS headers for it" '^Access-Control-Allow-Origin: http://app.example' "$T_TMP/ah"
code=$(curl -s -D "$T_TMP/pf" -o /dev/null -w '%{http_code}' -X OPTIONS -H 'Origin: http://app.example' \
	-H 'Access-Control-Request-Method: POST' -H 'Access-Control-Request-Headers: content-type, authorization' "$G/v1/chat/completions")
t_eq "preflight from an allowed origin" "$code" 204
t_grep "preflight allows the headers" '^Access-Control-Allow-Headers: content-type, authorization' "$T_TMP/pf"
code=$(st -X OPTIONS -H 'Origin: http://evil.example' -H 'Access-Control-Request-Method: POST' "$G/v1/chat/completions")
t_eq "preflight from another origin is refused" "$code" 403
t_eq "the approval API refuses a foreign Origin" \
	"$(st -H "Authorization: Bearer $REDLINE_GUARD_TOKEN" -H 'Origin: http://evil.example' "$G/api/holds")" 403

# ---- Host (DNS rebinding)
t_eq "a foreign Host is refused" \
	"$(st -H "$CT" -H "Host: evil.example:$PORT" "$G/v1/chat/completions" -d "$(oa hello)")" 403
t_grep "refusal names the Host" 'Host' "$T_TMP/o"
t_eq "also on the control plane" "$(st -H "Host: evil.example:$PORT" "$G/healthz")" 403
t_eq "localhost is served" "$(st -H "$CT" -H "Host: localhost:$PORT" "$G/v1/chat/completions" -d "$(oa hello)")" 200
t_eq "the listen address is served" "$(st -H "Host: 127.0.0.1:$PORT" "$G/healthz")" 200
t_eq "--allow-host adds a name" "$(st -H "Host: guard.internal" "$G/healthz")" 200
t_eq "a look-alike is not that name" "$(st -H "Host: guard.internal.evil.example" "$G/healthz")" 403

# ---- the approval page still works: same-origin form posts
curl -s -m 30 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT page')" > "$T_TMP/h.json" &
H=$!
wait_pending 1
id=$(pending_ids | head -1)
t_eq "a foreign page cannot post a decision" \
	"$(st -H "Origin: http://evil.example" -d "token=$REDLINE_GUARD_TOKEN&by=mallory" "$G/holds/$id/approve")" 403
t_eq "the page's own post is accepted" \
	"$(st -H "Origin: http://127.0.0.1:$PORT" -d "token=$REDLINE_GUARD_TOKEN&by=carol" "$G/holds/$id/deny")" 200
t_grep "and decides" "Hold $id denied" "$T_TMP/o"
wait $H
t_grep "the held call was denied" 'held for approval and denied' "$T_TMP/h.json"
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0

# ---- --public without --allow-host: no Host check
start_guard --policy "$P" --public
t_eq "--public serves any Host" "$(st -H "Host: guard.example.net" "$G/healthz")" 200
t_eq "--public still refuses a foreign Origin" \
	"$(st -H "$CT" -H 'Origin: http://evil.example' "$G/v1/chat/completions" -d "$(oa hello)")" 403
stop_guard TERM
t_ok "usage: --allow-origin needs an origin" sh -c "! '$REDLINE' guard serve --upstream $FAKE --allow-origin 'app.example' --db '$T_TMP/x.db' 2> '$T_TMP/err'"
t_grep "says what an origin looks like" 'scheme://host' "$T_TMP/err"
t_done
