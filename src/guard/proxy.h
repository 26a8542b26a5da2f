/* guard/proxy.h: the guard's HTTP server: an OpenAI / Anthropic compatible
 * proxy that evaluates every response against the policy before the agent
 * sees it, parks held responses for a person, and serves the approval API,
 * the approval page and /metrics.
 *
 * Threads: `threads` workers (one per CPU by default), each one event loop
 * (guard/hsrv.h) holding its listening socket, its client connections and
 * its upstream connections (the built-in client of guard/hcli.h for
 * http://, libcurl's multi interface for https://): a request is read,
 * forwarded, evaluated and answered on one thread, without hand-offs. The
 * workers share the port (SO_REUSEPORT). Worker 0 also times out holds and
 * writes the audit log. A request waiting upstream or on a hold is an
 * unanswered connection in its loop plus a small struct, never a thread,
 * so thousands of holds cost memory only for their bodies.
 * Ownership: rl_guard_server_start borrows `g` (it must outlive the
 * server) and copies every option string. */
#ifndef RL_GUARD_PROXY_H
#define RL_GUARD_PROXY_H

#include <stddef.h>

#include "guard/holder.h"
#include "redline/err.h"
#include "redline/guard.h"

enum rl_guard_client {
	RL_GUARD_CLIENT_AUTO =
		0, /* the built-in keep-alive client for http://, libcurl for https:// */
	RL_GUARD_CLIENT_CURL = 1, /* libcurl for every upstream */
};

enum rl_guard_auth {
	RL_GUARD_AUTH_PASSTHROUGH = 0, /* forward the client's Authorization / x-api-key */
	RL_GUARD_AUTH_ENV = 1,         /* use keys from the environment, drop the client's */
};

typedef struct rl_guard_server_opts {
	const char *listen;            /* "127.0.0.1:8787"; port 0 picks a free port */
	int allow_public;              /* permit a non-loopback listen address */
	const char *upstream;          /* base URL, e.g. "https://api.openai.com" */
	const char *db_path;           /* SQLite file for holds and the audit log */
	const char *token;             /* approval API token (required, >= 16 chars) */
	int auth;                      /* enum rl_guard_auth */
	const char *openai_key_env;    /* env var for RL_GUARD_AUTH_ENV (OPENAI_API_KEY) */
	const char *anthropic_key_env; /* (ANTHROPIC_API_KEY) */
	const char *agent_header;      /* header naming the agent (x-redline-agent) */
	size_t max_body;               /* request body bound, bytes */
	size_t max_response;           /* upstream response bound, bytes */
	unsigned upstream_timeout_s;
	unsigned max_connections;        /* agents' connections, shared out between the workers */
	unsigned control_reserve;        /* more connections kept for the control plane
					  * (health, metrics, approval API and page) */
	unsigned max_client_connections; /* per client address, 0: no bound */
	unsigned idle_timeout_s;         /* between requests, or not reading an answer */
	unsigned header_timeout_s;       /* a request head, from its first byte */
	unsigned body_timeout_s;         /* a request body, from the end of its head */
	unsigned threads;                /* worker threads (event loops); 0: one per CPU */
	unsigned hold_timeout_s;         /* 0: the policy's */
	int restart_decide;              /* at start, decide pending holds by policy at once */
	int upstream_client;             /* enum rl_guard_client */
	/* Browsers (see proxy.c, "browsers"): origins allowed to call the guard
	 * ("scheme://host[:port]"), and Host names served besides loopback
	 * names and the listen address (without any, allow_public lifts the
	 * Host check). */
	const char *const *allow_origins;
	size_t nallow_origins;
	const char *const *allow_hosts;
	size_t nallow_hosts;
	/* POST /api/reload calls this (on a worker thread: it must only ask,
	 * e.g. raise SIGHUP for the thread that reloads); NULL: 501. */
	void (*request_reload)(void *arg);
	void *reload_arg;
	/* MCP gateway routes: /mcp/NAME serves the MCP server at URL (with
	 * at least one, `upstream` may be NULL: no model API) */
	const char *const *mcp_names, *const *mcp_urls;
	size_t nmcp;
} rl_guard_server_opts;

void rl_guard_server_opts_default(rl_guard_server_opts *o);

typedef struct rl_guard_server rl_guard_server;

/* `g` may be NULL: the server then listens (so /metrics and /healthz
 * answer at once) and answers proxied requests 503 until
 * rl_guard_server_set_guard hands it the compiled policy. */
int rl_guard_server_start(const rl_guard *g, const rl_guard_server_opts *o, rl_guard_server **out,
			  rl_err *e);
void rl_guard_server_set_guard(rl_guard_server *s, const rl_guard *g);
/* Or a policy that can be replaced while the server runs: each request
 * keeps the policy it started with; /metrics and GET /api/policy show the
 * loaded one's hash and load time. `h` must outlive the server. */
void rl_guard_server_set_holder(rl_guard_server *s, gh_holder *h);
/* The port actually bound. */
unsigned rl_guard_server_port(const rl_guard_server *s);
/* Answer every waiting client (503 for holds: they stay pending), stop the
 * threads, flush the audit log, free everything. */
void rl_guard_server_stop(rl_guard_server *s);

#endif
