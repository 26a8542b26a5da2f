#!/bin/bash
# redline run on bad input: every error names what is wrong (file:line,
# model, condition), exits 2 before anything is requested, and leaves no
# database behind; runtime failures (unreachable server) are recorded per
# sample, exit 3, and the store stays readable and consistent.
. "$(dirname "$0")/lib.sh"
cd "$T_TMP"

base() { cat <<Y
experiment_id: ${2:-bad}
global:
  models: ["$1"]
  samples_per_condition: 2
expansions:
  - name: x
    variables:
      scenarios: [coercion]
      goal_types: [explicit]
      goal_values: [safety]
      urgency_types: [replacement]
Y
}

t_status "missing config" 2 rl run nope.yaml
t_grep "names the file" 'nope.yaml' "$T_TMP/err"

# a config written for the original study's pack, run with the built-in one
base "mock:m" orig | sed 's/scenarios: \[coercion\]/scenarios: [blackmail]/' > other-pack.yaml
t_status "a scenario of another pack" 2 rl run other-pack.yaml --db other.db
t_grep "names the scenario at file:line" "other-pack.yaml:[0-9]+:[0-9]+: scenario 'blackmail' is not in pack" "$T_TMP/err"
t_grep "suggests --pack" "name it with --pack DIR" "$T_TMP/err"

printf 'experiment_id: x\nglobal:\n  models: [\n' > malformed.yaml
t_status "malformed YAML" 2 rl run malformed.yaml
t_grep "file:line:col" 'malformed.yaml:[0-9]+:[0-9]+' "$T_TMP/err"

base "frob:gpt" > unknown.yaml
t_status "unknown provider" 2 rl run unknown.yaml
t_grep "names the model and provider" "unknown.yaml:3:[0-9]+: .*frob:gpt.*unknown provider 'frob'" "$T_TMP/err"

base "openai:gpt-4o" > key.yaml
t_status "missing API key" 2 env -u OPENAI_API_KEY "$REDLINE" run key.yaml
t_grep "names the model and the variable" 'openai:gpt-4o.*OPENAI_API_KEY' "$T_TMP/err"
t_no_grep "key never printed" 'sk-' "$T_TMP/err"

base mock | sed 's/coercion\]/blackmale]/' > scen.yaml
t_status "unknown scenario" 2 rl run scen.yaml
t_grep "names the scenario" "blackmale" "$T_TMP/err"

t_status "bad pack dir" 2 rl run unknown.yaml --pack /nonexistent
t_status "bad --samples" 2 rl run key.yaml --samples x
t_status "no config" 2 rl run
t_eq "no database left by bad input" "$(ls *.db 2>/dev/null)" ""

# Unreachable server: recorded per sample with model and condition, exit 3.
base "openai:m@http://127.0.0.1:1/v1" unreach > unreach.yaml
t_status "unreachable base URL exits 3" 3 rl run unreach.yaml --retries 0 --progress none
t_grep "error names model and condition" 'model openai:m, condition coercion_explicit-safety_replacement, sample [12]: .*onnect' "$T_TMP/err"
t_ok "status readable after failures" rl status unreach.db
t_grep "errors counted" 'coercion_explicit-safety_replacement +0/2 +2' "$T_TMP/out"
t_ok "status --errors" rl status unreach.db --errors
t_grep "lists each failed sample" '^  attempts 1: model openai:m, condition coercion_explicit-safety_replacement, sample 2: ' "$T_TMP/out"
t_ok "integrity" sqlite3 unreach.db 'PRAGMA integrity_check'
t_grep "integrity ok" '^ok$' "$T_TMP/out"

# A model that keeps failing is set aside, recorded, listed by status.
base "openai:m@http://127.0.0.1:1/v1" aside > aside.yaml
t_status "set aside exits 3" 3 rl run aside.yaml --retries 0 --set-aside-after 1 --progress none
t_grep "says a model was set aside" '1 models set aside' "$T_TMP/err"
t_ok "status lists it" rl status aside.db
t_grep "set-aside model listed" '^  openai:m: .*onnect' "$T_TMP/out"

# Secrets never reach the database: header values and key-like config
# values are left out of the stored snapshot.
cat > secret.yaml <<'Y'
experiment_id: secret
global:
  models:
    - name: mock
      headers: {Authorization: "Bearer sk-THIS-IS-SECRET", X-Team: "t-SECRET2"}
  samples_per_condition: 1
expansions:
  - name: x
    variables:
      scenarios: [coercion]
      goal_types: [explicit]
      goal_values: [safety]
      urgency_types: [replacement]
Y
t_ok "run with secret headers" rl run secret.yaml --progress none
t_ok "dump the database" sqlite3 secret.db .dump
t_no_grep "no secret in the database" 'SECRET' "$T_TMP/out"
t_grep "header names kept" 'Authorization' "$T_TMP/out"

t_status "status of a missing db" 2 rl status nope.db
t_status "export needs a database" 2 rl export
t_ok "export with no format: JSON Lines to stdout" rl export unreach.db
t_grep "one line per sample" '^\{"model":' "$T_TMP/out"
t_status "unknown export format" 2 rl export unreach.db --format xml
printf 'not a database at all, just some text...........................................' > junk.db
t_status "status of a non-database" 3 rl status junk.db
t_grep "says so" 'junk.db' "$T_TMP/err"
t_done
