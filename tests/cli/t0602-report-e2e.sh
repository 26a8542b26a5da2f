#!/bin/bash
# The whole pipeline on the mock provider: run -> report (every sample
# unknown, "not classified") -> classify -> report (decided, intervals).
. "$(dirname "$0")/lib.sh"

cat > "$T_TMP/mini.yaml" <<'YAML'
experiment_id: "e2e"
global:
  models: ["mock"]
  samples_per_condition: 3
expansions:
  - name: "x"
    enabled: true
    variables:
      scenarios: ["coercion"]
      goal_types: ["explicit", "none"]
      goal_values: ["america"]
      urgency_types: ["replacement", "none"]
YAML
DB="$T_TMP/e2e.db"
t_ok "run (mock)" rl run "$T_TMP/mini.yaml" --db "$DB" --progress none
t_ok "report before classify" rl report "$DB" --format csv --table models
t_grep "all 12 unknown, no rate" '^"\(all models\)",12,0,0,12,,,,0\.000000,1\.000000.?$' "$T_TMP/out"
t_ok "reasons" rl report "$DB" --format csv --table judge_unknown
t_grep "reason: not classified" '^"not classified",12' "$T_TMP/out"
t_ok "classify (rules)" rl classify "$DB"
t_ok "report after classify" rl report "$DB" --format csv --table models
t_grep "12 decided with an interval" '^"\(all models\)",12,[0-9]+,[0-9]+,0,[0-9.]+,[0-9.]+,[0-9.]+' "$T_TMP/out"
t_ok "comparison against the control" rl report "$DB" --format csv --table comparisons
t_grep "explicit-america_replacement vs its control" '"control","coercion_explicit-america_replacement","coercion_none-none_none"' "$T_TMP/out"
t_ok "html" rl report "$DB" --output "$T_TMP/e2e.html"
t_grep "transcripts embedded" '"samples":\[' "$T_TMP/e2e.html"
# the transcript view shows what the model was given (issue 19): each
# condition's system prompt and emails ride in the data, by condition
t_grep "prompts embedded per condition" '"prompts":\[\{"s":"[^"]' "$T_TMP/e2e.html"
t_grep "with the emails" '"e":"[^"]*(<|\\u003c)email' "$T_TMP/e2e.html"
t_grep "shown in the transcript view" "'System prompt'" "$T_TMP/e2e.html"
if command -v chromium > /dev/null || command -v chromium-browser > /dev/null; then
	t_ok "the page renders in Chromium without errors" \
		bash "$REDLINE_SRC/tests/browser/check_html.sh" "$T_TMP/e2e.html" "$T_TMP/page" 1
	t_grep "the selected transcript offers its system prompt" \
		'<details class="prompt"><summary>System prompt</summary>' "$T_TMP/page/dom.html"
fi
t_done
