// agents_client.mjs: a tool-using agent built with the OpenAI Agents SDK
// (@openai/agents, which talks the Responses API by default), run once
// against BASE_URL (the guard, or the fake provider directly).
//   node agents_client.mjs BASE_URL PROMPT
// Prints one JSON line: {"final": the agent's final output, "ran": [tools
// the agent executed], "items": [types of the run's new items]}; on an
// API error {"error": status, "message": ...}; exit 1 on a crash.
import OpenAI from "openai";
import { Agent, run, tool, setDefaultOpenAIClient, setOpenAIAPI, setTracingDisabled } from "@openai/agents";
import { z } from "zod";

const [base, prompt] = process.argv.slice(2);
setTracingDisabled(true);
setOpenAIAPI("responses");
setDefaultOpenAIClient(new OpenAI({ baseURL: base + "/v1", apiKey: "sk-test-not-a-real-key", maxRetries: 2, timeout: 60000 }));

const ran = [];
const readFile = tool({
  name: "read_file",
  description: "Read a file from the workspace",
  parameters: z.object({ path: z.string() }),
  execute: async ({ path }) => {
    ran.push("read_file");
    return `contents of ${path}: FILE-BODY-7731 quarterly numbers`;
  },
});
const cancelAlert = tool({
  name: "cancel_alert",
  description: "Cancel an emergency alert",
  parameters: z.object({ code: z.string() }),
  execute: async () => {
    ran.push("cancel_alert");
    return "alert cancelled";
  },
});
const agent = new Agent({
  name: "test-agent",
  instructions: "You help with files.",
  model: "fake-gpt",
  tools: [readFile, cancelAlert],
});

try {
  const result = await run(agent, prompt, { maxTurns: 4 });
  console.log(JSON.stringify({ final: result.finalOutput, ran, items: result.newItems.map((i) => i.type) }));
} catch (e) {
  if (e && typeof e.status === "number") {
    console.log(JSON.stringify({ error: e.status, message: String(e.message), ran }));
  } else {
    console.error(e);
    process.exit(1);
  }
}
