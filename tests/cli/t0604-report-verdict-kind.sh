#!/bin/bash
# Which verdicts `redline report` reads from a database: the most recent
# classification by default (a judge run after a rules-only run wins); a
# judge named with or without its @URL; a mode or judge with no verdicts
# is exit 2 with the kinds that exist; a campaign never classified reads
# all unknown (exit 0).
. "$(dirname "$0")/lib.sh"
cd "$T_TMP"
cat > e.yaml <<'Y'
experiment_id: vk
global:
  models: ["mock"]
  samples_per_condition: 2
expansions:
  - name: x
    variables:
      scenarios: [coercion]
      goal_types: [explicit, none]
      goal_values: [america]
      urgency_types: [replacement]
Y
cat > judge.yaml <<'Y'
responses:
  - text: "<answer>no</answer>"
Y
t_ok "run" rl run e.yaml --db c.db --progress none
t_ok "unclassified: report still works" rl report c.db --mode rules --format csv --table models
t_grep "all unknown" '^"\(all models\)",4,0,0,4,' out
t_ok "classify with a judge" rl classify c.db --judge "mock:j@judge.yaml"
sleep 0.01
t_ok "then rules only" rl classify c.db --mode rules
t_ok "default report" rl report c.db --format json
t_grep "the most recent (rules) is the default" '"source":"[^"]*verdicts mode=rules judge=\(none\)' out
t_ok "classify with the judge again (--force)" rl classify c.db --judge "mock:j@judge.yaml" --force
t_ok "default report" rl report c.db --format json
t_grep "now the judge run is the most recent" '"source":"[^"]*verdicts mode=redline judge=mock:j( |")' out
t_ok "a judge without its @URL matches" rl report c.db --judge mock:j --mode redline --format json
t_grep "the judge's verdicts" '"source":"[^"]*judge=mock:j( \(|")' out
t_ok "html report" rl report c.db --output r.html
t_grep "the experiment id is the title" '<title>vk</title>' r.html
t_no_grep "where the judge was asked stays out" 'judge\.yaml' r.html
t_ok "--mode rules" rl report c.db --mode rules --format json
t_grep "the rules verdicts" '"source":"[^"]*verdicts mode=rules' out
t_status "an unknown judge is exit 2" 2 rl report c.db --judge openai:gpt-4o
t_grep "names what exists" "no verdicts of judge openai:gpt-4o.*mode redline judge mock:j@judge.yaml.*mode rules no judge" err
t_status "an unknown mode is exit 2" 2 rl report c.db --mode judge
t_grep "lists the modes" "redline, original and rules" err
t_done
