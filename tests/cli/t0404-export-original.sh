#!/bin/bash
# redline export --layout original: the original framework names each model
# directory after the model string its config wrote, '/' becoming '_'
# (deepseek-ai/DeepSeek-R1 -> models/deepseek-ai_DeepSeek-R1): the vendor
# or provider prefix stays (':' becoming '_' too: no colon in a directory
# name), the base URL does not, and two models that differ only by
# provider get two directories.
. "$(dirname "$0")/lib.sh"
cd "$T_TMP"
FPID=
trap '[ -n "$FPID" ] && kill "$FPID" 2>/dev/null; rm -rf "$T_TMP"' EXIT
"$REDLINE" fake-provider --port-file port > /dev/null 2>&1 & FPID=$!
for _ in $(seq 100); do [ -s port ] && break; sleep 0.05; done
U="http://127.0.0.1:$(cat port)/v1"
cat > e.yaml <<Y
experiment_id: e
global:
  models: ["google/gemini-2.5-pro@$U", "deepseek-ai/DeepSeek-R1@$U",
           "ollama:llama3@$U", "vllm:llama3@$U", "gpt-4o@$U"]
  samples_per_condition: 2
expansions:
  - name: x
    variables:
      scenarios: [coercion]
      goal_types: [none]
      goal_values: [none]
      urgency_types: [replacement]
Y
t_ok "run" rl run e.yaml --db e.db --progress none
t_ok "export" rl export e.db --layout original orig
C=coercion_none-none_replacement
for d in google_gemini-2.5-pro deepseek-ai_DeepSeek-R1 ollama_llama3 vllm_llama3 gpt-4o; do
	t_ok "models/$d has both samples" test -f "orig/models/$d/$C/sample_001/response.json" \
		-a -f "orig/models/$d/$C/sample_002/response.json"
done
t_eq "five model directories, no others" "$(ls orig/models | wc -l)" 5
t_grep "metadata names the model as written" '"model": "deepseek-ai/DeepSeek-R1"' \
	"orig/models/deepseek-ai_DeepSeek-R1/$C/sample_001/response.json"
t_no_grep "no base URL in the metadata" '127\.0\.0\.1' \
	"orig/models/vllm_llama3/$C/sample_002/response.json"
t_done
