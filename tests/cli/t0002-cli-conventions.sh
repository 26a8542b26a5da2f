#!/bin/bash
# CLI conventions: `redline help CMD`, -V, "did you mean", --opt=value on
# every command, a clear error for a file of the wrong kind, the log
# environment checked, CLI messages as JSON in JSON log mode, and
# OPENAI_BASE_URL honoured.
. "$(dirname "$0")/lib.sh"
cd "$T_TMP"
FPID=
trap '[ -n "$FPID" ] && kill "$FPID" 2>/dev/null; rm -rf "$T_TMP"' EXIT

t_ok "redline help run" rl help run
t_grep "prints run's help" '^usage: redline run' out
t_ok "-V" rl -V
t_grep "the version" '^redline [0-9]+\.[0-9]+' out
t_status "a misspelt command" 2 rl reprot
t_grep "did you mean" "did you mean 'report'" err
t_status "a misspelt option" 2 rl status --dbb x.db
t_grep "did you mean --db" "unknown option '--dbb' \(did you mean '--db'" err
t_status "help for no such command" 2 rl help nosuch

t_status "a bad REDLINE_LOG is an error" 2 env REDLINE_LOG=loud "$REDLINE" -V
t_grep "names the values" "REDLINE_LOG='loud' \(expected error, warn, info or debug\)" err
t_status "a bad REDLINE_LOG_FORMAT is an error" 2 env REDLINE_LOG_FORMAT=xml "$REDLINE" -V
t_status "JSON log mode" 2 env REDLINE_LOG_FORMAT=json "$REDLINE" reprot
t_eq "the CLI's error is a JSON object" "$(jq -r '[.level, .component] | join(" ")' err)" "error cli"

cat > e.yaml <<'Y'
experiment_id: conv
global:
  models: ["mock"]
  samples_per_condition: 2
expansions:
  - name: x
    variables:
      scenarios: [coercion]
      goal_types: [none]
      goal_values: [none]
      urgency_types: [replacement]
Y
# --opt=value on every command that takes options
t_ok "conditions --with=" rl conditions --with=prod e.yaml
t_grep "suffix applied" '_prod$' out
t_ok "run --db=" rl run e.yaml --db=c.db --progress=none --samples=2
t_ok "status --db=" rl status --db=c.db
t_ok "classify --mode=" rl classify c.db --mode=rules
t_ok "report --format=" rl report c.db --format=json --table=models
t_ok "export --format=" rl export --db=c.db --format=csv --output=s.csv
t_ok "pack list" rl pack list
t_ok "pack show --harm=" rl pack show --harm=coercion
printf '{"choices":[{"index":0,"message":{"role":"assistant","content":"Noted."},"finish_reason":"stop"}]}' > resp.json
# a one-rule policy: these check option parsing, and compiling the default
# policy costs minutes under valgrind (t0700-t0711 test the default policy)
printf 'version: 1\nrules:\n  - {id: mg, action: block, severity: high, content: {keywords: [marigold]}}\n' > mg.yaml
t_ok "guard check --format=" rl guard check --format=openai --policy=mg.yaml resp.json
# guard's subcommands are on the shared parser: suggestions, --opt=value
t_status "guard check, a misspelt option" 2 rl guard check --fromat openai --policy mg.yaml resp.json
t_grep "guard check: did you mean --format" "guard check: unknown option '--fromat' \(did you mean '--format'" err
t_status "guard serve, a misspelt option" 2 rl guard serve --uptream=http://127.0.0.1:9
t_grep "guard serve: did you mean --upstream" "unknown option '--uptream' \(did you mean '--upstream'" err
t_status "guard serve --header-timeout= (checked before starting)" 2 rl guard serve --upstream=http://127.0.0.1:9 --header-timeout=500
t_grep "the =value was read" "header-timeout \(500\)" err
t_status "guard audit --db=" 2 rl guard audit --db=nosuch.db
t_grep "the =value was read" "nosuch\.db: no guard database there" err
t_status "guard list, a value missing" 2 rl guard list --status
t_grep "says it needs a value" "option '--status' needs a value" err
t_ok "policy show" rl policy show
t_ok "defend --help" rl defend --help
printf 'to: "x"\n' > log.txt
t_status "monitor --output=" 0 rl monitor --output=f.jsonl --threshold=100 --policy=mg.yaml log.txt
t_ok "fake-provider --port-file=" sh -c "'$REDLINE' fake-provider --port-file=port > /dev/null 2>&1 & echo \$! > fpid"
FPID=$(cat fpid)
for _ in $(seq 100); do [ -s port ] && break; sleep 0.05; done
t_ok "the fake provider listens" test -s port

# a file of the wrong kind
t_status "run on a database" 2 rl run c.db
t_grep "says it is an SQLite database" "c\.db is an SQLite database .*not an experiment config" err
t_status "conditions on a binary" 2 rl conditions "$REDLINE"
t_grep "says it is binary" "is binary data" err

# OPENAI_BASE_URL points openai: models at another host
sed 's/"mock"/"openai:gpt-4o"/; s/conv/conv2/' e.yaml > o.yaml
t_ok "OPENAI_BASE_URL honoured" env OPENAI_API_KEY=sk-test-conv OPENAI_BASE_URL="http://127.0.0.1:$(cat port)/v1/" \
	"$REDLINE" run o.yaml --db o.db --progress none
t_grep "the requests went to the fake provider" ' 2 HTTP requests' out
t_status "a bad OPENAI_BASE_URL names the variable" 2 env OPENAI_API_KEY=x OPENAI_BASE_URL=ftp://nowhere \
	"$REDLINE" run o.yaml --db o2.db --progress none
t_grep "names it" 'OPENAI_BASE_URL: .*not an http\(s\) URL' err
t_done
