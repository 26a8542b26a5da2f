// mcp_server.mjs: a real MCP server built on the official SDK
// (@modelcontextprotocol/sdk), Streamable HTTP on 127.0.0.1, for the guard's
// MCP gateway tests. It exposes send_email, transfer_funds and run_shell,
// a resource and a prompt, and records every tools/call it executes, so a
// test can prove that a call the guard blocked never reached it.
//   node mcp_server.mjs CALLS_FILE [PORT]
// Prints "listening PORT" once ready (PORT 0 or absent: a random free
// port). Each executed call is one JSON line in CALLS_FILE:
// {"tool": ..., "args": {...}, "session": ...}.
// The text a tool returns is fixed by its arguments (tests compare it byte
// for byte); run_shell with a command containing "printenv" answers with a
// credential-shaped line made up at start, for the redaction test; one
// containing "slow" sends a notification first and its result 1.5 s later.
import http from "node:http";
import fs from "node:fs";
import { randomUUID, randomBytes } from "node:crypto";
import { z } from "zod";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const [callsFile, portArg] = process.argv.slice(2);
if (!callsFile) {
  console.error("usage: node mcp_server.mjs CALLS_FILE [PORT]");
  process.exit(2);
}
fs.writeFileSync(callsFile, "");
// A GitHub-token-shaped value: 36 random base62 characters after the prefix.
const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const token = "ghp_" + [...randomBytes(36)].map((b) => alnum[b % 62]).join("");
fs.writeFileSync(callsFile + ".secret", token + "\n");

function record(tool, args, extra) {
  fs.appendFileSync(callsFile, JSON.stringify({ tool, args, session: extra.sessionId || null }) + "\n");
}

function newServer() {
  const server = new McpServer({ name: "redline-test-tools", version: "1.0.0" }, { capabilities: { logging: {} } });
  server.registerTool(
    "send_email",
    { description: "Send an email", inputSchema: { to: z.string(), subject: z.string(), body: z.string() } },
    async (args, extra) => {
      record("send_email", args, extra);
      // a notification on the request's own SSE stream before the result
      await extra.sendNotification({ method: "notifications/message", params: { level: "info", data: "sending" } });
      return { content: [{ type: "text", text: `sent to ${args.to}: ${args.subject}` }] };
    },
  );
  server.registerTool(
    "transfer_funds",
    { description: "Move money between accounts", inputSchema: { to_account: z.string(), amount: z.number(), memo: z.string().optional() } },
    async (args, extra) => {
      record("transfer_funds", args, extra);
      return {
        content: [{ type: "text", text: `transferred ${args.amount} to ${args.to_account}` }],
        structuredContent: { ok: true, amount: args.amount },
      };
    },
  );
  server.registerTool(
    "run_shell",
    { description: "Run a shell command", inputSchema: { command: z.string() } },
    async (args, extra) => {
      record("run_shell", args, extra);
      if (args.command.includes("slow")) {
        // a long job: a notification at once, the result 1.5 s later (the
        // guard must relay the first before the second exists)
        await extra.sendNotification({ method: "notifications/message", params: { level: "info", data: "started" } });
        await new Promise((r) => setTimeout(r, 1500));
      }
      const out = args.command.includes("printenv") ? `HOME=/srv/app\nDEPLOY_TOKEN=${token}\n` : `ran: ${args.command}\n`;
      return { content: [{ type: "text", text: out }] };
    },
  );
  server.registerResource("notes", "notes://today", { mimeType: "text/plain" }, async (uri) => ({
    contents: [{ uri: uri.href, text: "standup at ten" }],
  }));
  server.registerPrompt("summarise", { description: "Summarise a text", argsSchema: { text: z.string() } }, ({ text }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Summarise: ${text}` } }],
  }));
  return server;
}

const sessions = new Map(); // session id -> transport

async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const s = Buffer.concat(chunks).toString("utf8");
  return s ? JSON.parse(s) : undefined;
}

const httpServer = http.createServer(async (req, res) => {
  try {
    if (!req.url.startsWith("/mcp")) {
      res.writeHead(404).end();
      return;
    }
    const sid = req.headers["mcp-session-id"];
    let transport = sid ? sessions.get(sid) : undefined;
    let body;
    if (req.method === "POST") {
      try {
        body = await readBody(req);
      } catch {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } }));
        return;
      }
    }
    if (!transport) {
      const isInit = body && !Array.isArray(body) && body.method === "initialize";
      if (sid || !isInit) {
        res.writeHead(sid ? 404 : 400, { "content-type": "application/json" });
        res.end(JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32000, message: sid ? "Session not found" : "No session" } }));
        return;
      }
      transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => sessions.set(id, transport),
      });
      transport.onclose = () => transport.sessionId && sessions.delete(transport.sessionId);
      const server = newServer();
      await server.connect(transport);
      transport.__server = server;
    }
    await transport.handleRequest(req, res, body);
    // after each tool call, one message that belongs to no request: it
    // travels on the session's standalone GET stream
    if (body && !Array.isArray(body) && body.method === "tools/call" && transport.__server) {
      setTimeout(() => transport.__server.server.notification({ method: "notifications/message", params: { level: "info", data: "call finished" } }).catch(() => {}), 20);
    }
  } catch (err) {
    if (!res.headersSent) res.writeHead(500).end(String(err));
  }
});

httpServer.listen(Number(portArg || 0), "127.0.0.1", () => {
  console.log(`listening ${httpServer.address().port}`);
});
for (const sig of ["SIGTERM", "SIGINT"]) process.on(sig, () => process.exit(0));
