// meta_client.mjs: the endpoints that are not generation calls, through the
// redline guard with the official SDKs (tests/cli/t0815-guard-passthrough.sh):
// openai models.list(), models.retrieve(), embeddings.create() (the client
// asks for base64 and decodes it) and @anthropic-ai/sdk messages.countTokens().
//   node meta_client.mjs GUARD_URL
// Prints one JSON line: {"models": [ids], "model": id, "dims": [n...],
// "first": number, "tokens": n}; on an API error {"error": status,
// "message": ...}; exit 0 either way, 1 on a client crash.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";

const [base] = process.argv.slice(2);
const oa = new OpenAI({ baseURL: base + "/v1", apiKey: "sk-test-not-a-real-key", maxRetries: 2, timeout: 30000 });
const an = new Anthropic({ baseURL: base, apiKey: "sk-ant-test-not-a-real-key", maxRetries: 2, timeout: 30000 });

try {
  const models = [];
  for await (const m of oa.models.list()) models.push(m.id);
  const one = await oa.models.retrieve("fake-gpt");
  const emb = await oa.embeddings.create({ model: "fake-embed", input: ["first text", "second"] });
  const count = await an.messages.countTokens({
    model: "fake-claude",
    messages: [{ role: "user", content: "How many tokens is this?" }],
  });
  console.log(JSON.stringify({
    models,
    model: one.id,
    dims: emb.data.map((d) => d.embedding.length),
    first: Number(emb.data[0].embedding[2]),
    tokens: count.input_tokens,
  }));
} catch (e) {
  if (e instanceof OpenAI.APIError || e instanceof Anthropic.APIError) {
    console.log(JSON.stringify({ error: e.status, message: e.message }));
  } else {
    console.error(e);
    process.exit(1);
  }
}
