// guard_client.mjs: one call through the redline guard with an official SDK
// (openai or @anthropic-ai/sdk), as a real agent framework would make it.
//   node guard_client.mjs openai|responses|anthropic GUARD_URL PROMPT [stream]
// (`responses`: the OpenAI Responses API, client.responses.create/stream)
// Prints one JSON line: {"content": ..., "tools": [names], "args": [...],
// "finish": ...}; on an API error {"error": status, "message": ...}; exit 0
// either way (the calling test checks the line), 1 on a client crash.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";

const [api, base, prompt, mode] = process.argv.slice(2);
const stream = mode === "stream";
const tools = [
  { name: "email", description: "Send an email", params: { to: "string", subject: "string", body: "string" } },
  { name: "cancel_alert", description: "Cancel an emergency alert", params: { code: "string" } },
  { name: "read_file", description: "Read a file", params: { path: "string" } },
];
const schema = (t) => ({
  type: "object",
  properties: Object.fromEntries(Object.entries(t.params).map(([k, v]) => [k, { type: v }])),
});

async function viaOpenAI() {
  const client = new OpenAI({ baseURL: base + "/v1", apiKey: "sk-test-not-a-real-key", maxRetries: 4, timeout: 60000 });
  const req = {
    model: "fake-gpt",
    messages: [{ role: "user", content: prompt }],
    tools: tools.map((t) => ({ type: "function", function: { name: t.name, description: t.description, parameters: schema(t) } })),
  };
  let c;
  if (stream) {
    // the SDK's stream helper re-assembles chunks and validates their shape
    const s = client.beta.chat.completions.stream({ ...req, stream: true });
    c = await s.finalChatCompletion();
  } else {
    c = await client.chat.completions.create(req);
  }
  const m = c.choices[0].message;
  // the legacy function_call is a call too; arguments as the SDK hands them on
  const calls = [...(m.tool_calls || []), ...(m.function_call ? [{ function: m.function_call }] : [])];
  const args = (a) => (typeof a === "string" ? JSON.parse(a || "{}") : a);
  return {
    content: m.content || "",
    tools: calls.map((t) => t.function.name),
    args: calls.map((t) => args(t.function.arguments)),
    finish: c.choices[0].finish_reason,
  };
}

async function viaAnthropic() {
  const client = new Anthropic({ baseURL: base, apiKey: "sk-ant-test-not-a-real-key", maxRetries: 4, timeout: 60000 });
  const req = {
    model: "fake-claude",
    max_tokens: 512,
    messages: [{ role: "user", content: prompt }],
    tools: tools.map((t) => ({ name: t.name, description: t.description, input_schema: schema(t) })),
  };
  const m = stream ? await client.messages.stream(req).finalMessage() : await client.messages.create(req);
  const text = m.content.filter((b) => b.type === "text").map((b) => b.text).join("\n");
  const uses = m.content.filter((b) => b.type === "tool_use");
  return { content: text, tools: uses.map((b) => b.name), args: uses.map((b) => b.input), finish: m.stop_reason };
}

async function viaResponses() {
  const client = new OpenAI({ baseURL: base + "/v1", apiKey: "sk-test-not-a-real-key", maxRetries: 4, timeout: 60000 });
  const req = {
    model: "fake-gpt",
    instructions: "You are a test agent.",
    input: [{ role: "user", content: prompt }],
    tools: tools.map((t) => ({ type: "function", name: t.name, description: t.description, parameters: schema(t) })),
  };
  // the stream helper rebuilds the response from the typed events and
  // throws on events out of order
  const r = stream ? await client.responses.stream(req).finalResponse() : await client.responses.create(req);
  const calls = r.output.filter((i) => i.type === "function_call");
  const text = r.output
    .filter((i) => i.type === "message")
    .flatMap((i) => i.content.filter((c) => c.type === "output_text").map((c) => c.text))
    .join("\n");
  const reasoning = r.output.filter((i) => i.type === "reasoning").flatMap((i) => i.summary.map((s) => s.text));
  return {
    content: text,
    tools: calls.map((c) => c.name),
    args: calls.map((c) => JSON.parse(c.arguments || "{}")),
    finish: r.status,
    reasoning: reasoning.join("\n"),
    output_text: r.output_text,
  };
}

try {
  const out = api === "anthropic" ? await viaAnthropic() : api === "responses" ? await viaResponses() : await viaOpenAI();
  console.log(JSON.stringify(out));
} catch (e) {
  if (e && typeof e.status === "number") {
    console.log(JSON.stringify({ error: e.status, message: String(e.message) }));
  } else {
    console.error(e);
    process.exit(1);
  }
}
