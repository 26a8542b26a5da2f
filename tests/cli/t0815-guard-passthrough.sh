#!/bin/bash
# Endpoints that are not generation calls pass through the guard unchanged
# (docs/guard.md, "Endpoints"): GET /v1/models[/ID], POST /v1/embeddings,
# POST /v1/messages/count_tokens, /v1/files: method, query, body and every
# end-to-end header go upstream (hop-by-hop ones, those Connection names
# and the agent header do not; with --auth env no key of the agent's);
# the upstream's answer comes back unchanged, even an error; /metrics
# counts them, the audit log records them. Anything else under /v1 is
# refused in the called API's error shape, as is a path that could name a
# generation endpoint upstream ("..", encoded dots). The official clients
# (openai models.list / embeddings.create, Anthropic messages.countTokens)
# work through it.
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"
start_fake
start_guard --policy "$GDATA/policy.yaml"

code() { cat "$T_TMP/code"; }
curl -s -o "$T_TMP/m.json" -w '%{http_code}' "$G/v1/models?limit=2&after=fake-a" -H 'OpenAI-Beta: assistants=v2' \
	-H 'X-Title: my-app' -H 'HTTP-Referer: https://app.example' -H 'X-Custom-Thing: 42' \
	-H 'api-key: not-a-real-azure-key' -H 'Authorization: Bearer sk-not-real' -H 'Keep-Alive: timeout=5' \
	-H 'TE: trailers' -H 'Proxy-Authorization: Basic eA==' -H 'Connection: keep-alive, X-Drop-Me' \
	-H 'X-Drop-Me: 1' -H 'x-redline-agent: lister' > "$T_TMP/code"
t_eq "GET /v1/models passes: 200" "$(code)" 200
t_grep "the upstream's model list, unchanged" '^\{"object":"list","data":\[\{"id":"fake-gpt"' "$T_TMP/m.json"
t_grep "method, path and query forwarded" '"method":"GET","path":"/v1/models","query":\{"limit":"2","after":"fake-a"\}' "$T_TMP/m.json"
for h in OpenAI-Beta X-Title HTTP-Referer X-Custom-Thing api-key Authorization; do
	t_grep "end-to-end header $h forwarded" "\"headers\":\[[^]]*\"$h\"" "$T_TMP/m.json"
done
for h in Keep-Alive TE Proxy-Authorization Connection X-Drop-Me x-redline-agent; do
	t_no_grep "header $h not forwarded" "\"$h\"" "$T_TMP/m.json"
done
curl -s -o "$T_TMP/m1.json" "$G/v1/models/fake-claude"
t_grep "GET /v1/models/ID passes" '^\{"id":"fake-claude","object":"model"' "$T_TMP/m1.json"
curl -s -o "$T_TMP/e.json" -w '%{http_code}' "$G/v1/embeddings" -H "$CT" \
	-d '{"model":"fake-embed","input":["one text","two"]}' > "$T_TMP/code"
t_eq "POST /v1/embeddings passes: 200" "$(code)" 200
t_grep "the embeddings, body forwarded" '"data":\[\{"object":"embedding","index":0,.*"index":1,.*"method":"POST","path":"/v1/embeddings"' "$T_TMP/e.json"
curl -s -o "$T_TMP/c.json" "$G/v1/messages/count_tokens" -H "$CT" -H 'anthropic-version: 2023-06-01' \
	-H 'anthropic-beta: token-counting-2024-11-01' -H 'x-api-key: sk-ant-not-real' \
	-d '{"model":"fake-claude","messages":[{"role":"user","content":"count me"}]}'
t_grep "POST /v1/messages/count_tokens passes" '^\{"input_tokens":[0-9]+' "$T_TMP/c.json"
t_grep "Anthropic's headers forwarded" '"anthropic-version","anthropic-beta","x-api-key"' "$T_TMP/c.json"
# the upstream has no files endpoint: its own 404 comes back, unchanged
curl -s -o "$T_TMP/f.json" -w '%{http_code}' "$G/v1/files?purpose=batch" > "$T_TMP/code"
t_eq "an upstream error status is relayed" "$(code)" 404
t_grep "with the upstream's body" '"message":"fake provider: unknown path"' "$T_TMP/f.json"

# refused: wrong method, unknown endpoints, paths that could name another
curl -s -o "$T_TMP/x.json" -w '%{http_code}' -X POST "$G/v1/models" > "$T_TMP/code"
t_eq "POST /v1/models is a 405" "$(code)" 405
t_grep "in OpenAI's shape" '^\{"error":\{"message":"redline guard: POST /v1/models is not allowed \(this endpoint takes GET\)","type":"invalid_request_error"' "$T_TMP/x.json"
curl -s -o "$T_TMP/x.json" -w '%{http_code}' "$G/v1/batches" > "$T_TMP/code"
t_eq "an unknown /v1 path is a 404" "$(code)" 404
t_grep "OpenAI's shape, naming the path and the docs" '^\{"error":\{"message":"redline guard: GET /v1/batches is not proxied .*docs/guard.md.*","type":"not_found_error","param":null,"code":null\}\}$' "$T_TMP/x.json"
curl -s -o "$T_TMP/x.json" -w '%{http_code}' -H "$CT" "$G/v1/messages/batches" -d '{}' > "$T_TMP/code"
t_eq "an unknown Anthropic path is a 404" "$(code)" 404
t_grep "in Anthropic's shape" '^\{"type":"error","error":\{"type":"not_found_error","message":"redline guard: POST /v1/messages/batches is not proxied' "$T_TMP/x.json"
for p in /v1/models/../chat/completions /v1/models/%2e%2e/chat/completions /v1/files/./x /v1/models//x; do
	curl -s --path-as-is -o "$T_TMP/x.json" -w '%{http_code}' "$G$p" > "$T_TMP/code"
	t_eq "GET $p is refused (404)" "$(code)" 404
done

curl -s -o "$T_TMP/metrics.txt" "$G/metrics"
t_grep "metrics count models" '^redline_guard_passthrough_total\{endpoint="models"\} 2$' "$T_TMP/metrics.txt"
t_grep "metrics count embeddings" '^redline_guard_passthrough_total\{endpoint="embeddings"\} 1$' "$T_TMP/metrics.txt"
t_grep "metrics count token counting" '^redline_guard_passthrough_total\{endpoint="count_tokens"\} 1$' "$T_TMP/metrics.txt"
t_grep "metrics count files" '^redline_guard_passthrough_total\{endpoint="files"\} 1$' "$T_TMP/metrics.txt"
t_grep "nothing was evaluated" '^redline_guard_responses_total\{format="openai",verdict="allow"\} 0$' "$T_TMP/metrics.txt"
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0
rl guard audit --db "$T_TMP/guard.db" > "$T_TMP/audit.jsonl"
t_grep "audited as pass-through, with the agent" '"what":"pass".*"agent":"lister".*"rule":"guard.passthrough"' "$T_TMP/audit.jsonl"
t_eq "one audit record per pass-through answer" "$(grep -c '"what":"pass"' "$T_TMP/audit.jsonl")" 5

# --auth env: the agent's key headers stay behind, the guard's key goes
OPENAI_API_KEY=sk-guard-own-not-real start_guard --policy "$GDATA/policy.yaml" --auth env
curl -s -o "$T_TMP/k.json" "$G/v1/models" -H 'api-key: agent-key' -H 'x-api-key: agent-key' -H 'X-Title: t'
t_grep "--auth env: the guard's Authorization goes" '"headers":\[[^]]*"Authorization"' "$T_TMP/k.json"
t_no_grep "--auth env: the agent's api-key does not" '"api-key"' "$T_TMP/k.json"
t_no_grep "--auth env: nor its x-api-key" '"x-api-key"' "$T_TMP/k.json"
t_grep "--auth env: other headers still go" '"X-Title"' "$T_TMP/k.json"
stop_guard TERM

# the official clients (not under valgrind: node's timeouts)
JS="$REDLINE_SRC/tests/js"
if [ -z "${RL_WRAP:-}" ]; then
	if [ ! -d "$JS/node_modules/openai" ] || [ ! -d "$JS/node_modules/@anthropic-ai/sdk" ]; then
		echo "# the SDK test clients are missing: run scripts/setup --test (npm ci in tests/js)"
		_t_result 1 "SDK clients installed"; t_done
	fi
	start_guard --policy "$GDATA/policy.yaml"
	node "$JS/meta_client.mjs" "$G" > "$T_TMP/sdk.json" 2> "$T_TMP/sdk.err"
	t_eq "the SDK client ran" "$?" 0
	t_grep "openai models.list()" '"models":\["fake-gpt","fake-claude"\],"model":"fake-gpt"' "$T_TMP/sdk.json"
	t_grep "openai embeddings.create() (base64, decoded)" '"dims":\[3,3\],"first":0.5' "$T_TMP/sdk.json"
	t_grep "anthropic messages.countTokens()" '"tokens":[1-9][0-9]*\}' "$T_TMP/sdk.json"
	stop_guard TERM
fi
t_done
