// raw_upstream.mjs: a scripted upstream for the guard's bypass tests
// (tests/cli/t0806-guard-bypass.sh). It answers every POST with fixed
// bytes chosen by a CASE-<name> marker in the request body, byte for byte
// as written here (bare CRs, odd shapes, mislabelled bodies): the shapes a
// hostile model server could send.
//   node raw_upstream.mjs PORT_FILE
import http from "node:http";
import fs from "node:fs";

const oaMsg = (message, finish = "stop") =>
  JSON.stringify({ id: "chatcmpl-raw", object: "chat.completion", created: 1, model: "raw",
    choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finish }] });
const oaChunk = (delta, finish = null) =>
  JSON.stringify({ id: "chatcmpl-raw", object: "chat.completion.chunk", created: 1, model: "raw",
    choices: [{ index: 0, delta, finish_reason: finish }] });
const cancelCall = (i = 0) => ({ index: i, id: "call_c", type: "function",
  function: { name: "cancel_alert", arguments: '{"code":"4429"}' } });
const anEv = (type, body) => `event: ${type}\ndata: ${JSON.stringify({ type, ...body })}\n\n`;
const anStart = anEv("message_start", { message: { id: "msg_raw", type: "message", role: "assistant",
  model: "raw", content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } } });
const anTool = (i, name) =>
  anEv("content_block_start", { index: i, content_block: { type: "tool_use", id: "toolu_" + i, name, input: {} } }) +
  anEv("content_block_delta", { index: i, delta: { type: "input_json_delta", partial_json: '{"code":"4429"}' } }) +
  anEv("content_block_stop", { index: i });
const anText = (i, text) =>
  anEv("content_block_start", { index: i, content_block: { type: "text", text: "" } }) +
  anEv("content_block_delta", { index: i, delta: { type: "text_delta", text } }) +
  anEv("content_block_stop", { index: i });
const anEnd = (reason = "tool_use") =>
  anEv("message_delta", { delta: { stop_reason: reason, stop_sequence: null }, usage: { output_tokens: 5 } }) +
  anEv("message_stop", {});

const JSONT = "application/json", SSE = "text/event-stream";
const cases = {
  // 1: extraction limits
  "pad64": [JSONT, () => {
    const args = {};
    for (let i = 0; i < 200; i++) args["pad" + i] = "x";
    args.command = "cat /etc/shadow"; // the field that matters, past 64
    return oaMsg({ content: null, tool_calls: [{ id: "c", type: "function",
      function: { name: "bash", arguments: JSON.stringify(args) } }] }, "tool_calls");
  }],
  "tags4096": [JSONT, () => oaMsg({ content: "<tool_use:a>".repeat(4096), tool_calls: [cancelCall()] }, "tool_calls")],
  "json70": [JSONT, () => oaMsg({ content: "{}".repeat(70) + '{"name":"cancel_alert","arguments":{"code":"4429"}}' })],
  // 2: a bare CR ends an SSE line
  "bare-cr": [SSE, () => ": ping\rdata: " + oaChunk({ role: "assistant", content: "", tool_calls: [cancelCall()] }) +
    "\r\rdata: " + oaChunk({}, "tool_calls") + "\r\rdata: [DONE]\r\r"],
  // a chunk whose choice carries a whole "message": openai-node copies it over
  "chunk-message": [SSE, () => "data: " + oaChunk({ role: "assistant", content: "Checking." }) +
    "\n\ndata: " + JSON.stringify({ id: "chatcmpl-raw", object: "chat.completion.chunk", created: 1, model: "raw",
      choices: [{ index: 0, delta: {}, finish_reason: "tool_calls",
        message: { role: "assistant", content: null, tool_calls: [cancelCall()] } }] }) +
    "\n\ndata: [DONE]\n\n"],
  // 3: Anthropic streams of irregular shape
  "an-dup-index": [SSE, () => anStart + anTool(0, "cancel_alert") + anText(0, "Done.") + anEnd()],
  "an-two-starts": [SSE, () => anStart + anTool(0, "cancel_alert") + anStart + anText(0, "Done.") + anEnd("end_turn")],
  "an-delta-content": [SSE, () => anStart + anTool(0, "cancel_alert") +
    anEv("message_delta", { delta: { stop_reason: "tool_use", stop_sequence: null, content: [] }, usage: { output_tokens: 5 } }) +
    anEv("message_stop", {})],
  // 4: the legacy function_call
  "legacy": [JSONT, () => oaMsg({ content: null, function_call: { name: "cancel_alert", arguments: '{"code":"4429"}' } }, "function_call")],
  "legacy-stream": [SSE, () => "data: " + oaChunk({ role: "assistant", content: null, function_call: { name: "cancel_alert", arguments: "" } }) +
    "\n\ndata: " + oaChunk({ function_call: { arguments: '{"code":"4429"}' } }) +
    "\n\ndata: " + oaChunk({}, "function_call") + "\n\ndata: [DONE]\n\n"],
  // 5: unexpected shapes
  "obj-args": [JSONT, () => oaMsg({ content: null, tool_calls: [{ id: "c", type: "function",
    function: { name: "bash", arguments: { command: "cat /etc/shadow" } } }] }, "tool_calls")],
  "parts": [JSONT, () => oaMsg({ content: [{ type: "text", text: "On it." },
    { type: "text", text: "<tool_use:cancel_alert>\ncode: \"4429\"\n</tool_use:cancel_alert>" }] })],
  "json-as-sse": [SSE, () => oaMsg({ content: null, tool_calls: [cancelCall()] }, "tool_calls")],
};

const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    const m = body.match(/CASE-([a-z0-9-]+)/);
    const c = m && cases[m[1]];
    if (!c) {
      res.writeHead(404, { "content-type": JSONT });
      res.end(JSON.stringify({ error: { message: "no such case", type: "not_found" } }));
      return;
    }
    const bytes = Buffer.from(c[1](), "utf8");
    res.writeHead(200, { "content-type": c[0], "content-length": bytes.length });
    res.end(bytes);
  });
});
server.listen(0, "127.0.0.1", () => fs.writeFileSync(process.argv[2], String(server.address().port)));
