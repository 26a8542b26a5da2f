#!/bin/bash
# Agent identity (issue 21, item 6): the agent header is the agent's own
# claim, so it must not beat the identity its key proves. A key the policy
# names decides the agent whatever the header says; a name the policy binds
# to keys cannot be claimed by header without one of those keys (403).
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"

OPS_KEY=sk-test-opsbot-key-0001
OTHER_KEY=sk-test-restricted-key-0002
ops_sha=$(printf '%s' "$OPS_KEY" | sha256sum | cut -c1-64)
cat > "$T_TMP/p.yaml" <<YAML
version: 1
name: identity-test
agents:
  - {name: ops-bot, key_sha256: [$ops_sha]}
default_action: allow
rules:
  - id: ops-may-email
    action: allow
    priority: 200
    agents: [ops-bot]
    tools: [email]
  - id: nobody-else-emails
    action: block
    priority: 100
    tools: [email]
YAML
start_fake
start_guard --policy "$T_TMP/p.yaml"
call() { # OUT KEY [HEADER VALUE]
	local out=$1 key=$2; shift 2
	curl -s -m 20 -o "$out" -w '%{http_code}' -H "$CT" -H "Authorization: Bearer $key" \
		${1:+-H "x-redline-agent: $1"} "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-IN')"
}

code=$(call "$T_TMP/a.json" "$OPS_KEY")
t_eq "the ops key is served" "$code" 200
t_grep "the ops key may email" '"name":"email"' "$T_TMP/a.json"
code=$(call "$T_TMP/b.json" "$OTHER_KEY")
t_eq "another key is served" "$code" 200
t_no_grep "another key may not email" '"name":"email"' "$T_TMP/b.json"

# the restricted agent claims the trusted name
code=$(call "$T_TMP/c.json" "$OTHER_KEY" ops-bot)
t_eq "claiming a key-bound name without its key is refused" "$code" 403
t_no_grep "and the email is not delivered" '"name":"email"' "$T_TMP/c.json"
t_grep "refusal in the OpenAI error shape" '"error":\{.*"type":"permission_error"' "$T_TMP/c.json"
t_grep "says why" 'bound to a key' "$T_TMP/c.json"
code=$(call "$T_TMP/c2.json" "$OTHER_KEY" OPS-BOT)
t_eq "in any letter case" "$code" 403

# the key decides even when the header says something else
code=$(call "$T_TMP/d.json" "$OPS_KEY" someone-else)
t_eq "the ops key with another header is served" "$code" 200
t_grep "the key's identity wins over the header" '"name":"email"' "$T_TMP/d.json"

# a name no key is bound to may still be claimed (a label, not a privilege)
code=$(call "$T_TMP/e.json" "$OTHER_KEY" helper-7)
t_eq "a free name is accepted" "$code" 200
t_no_grep "and gets the rules of everyone else" '"name":"email"' "$T_TMP/e.json"
sleep 0.3
t_ok "audit" rl guard audit --db "$T_TMP/guard.db"
t_grep "the refusal is audited" '"what":"refuse".*"rule":"guard.agent-claim"' "$T_TMP/out"
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0
t_done
