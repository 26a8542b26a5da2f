/* cmd_guard.c: `redline guard serve|approve|deny|list|audit|check`.
 * serve runs the proxy until SIGINT/SIGTERM; approve/deny/list talk to the
 * hold database directly (--db) or to a running guard's API (--url, with
 * the approval token); check evaluates a saved response offline. */
#include "cli/cli.h"

#include <curl/curl.h>
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/fs.h"
#include "base/secret.h"
#include "base/util.h"
#include "guard/proxy.h"
#include "redline/guard.h"
#include "redline/store.h"
#include "store/holds.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: redline guard serve --upstream URL | --mcp NAME=URL [--listen 127.0.0.1:PORT]\n"
		"                           [--db FILE]\n"
		"                           [--policy FILE] [options]\n"
		"       redline guard approve|deny ID [--db FILE | --url URL] [--by NAME] [--note TEXT]\n"
		"       redline guard list [--db FILE | --url URL] [--status pending|approved|denied|all] [--json]\n"
		"       redline guard audit --db FILE\n"
		"       redline guard reload --url URL | --pid PID  load the policy file again in a\n"
		"                         running guard (also: SIGHUP); a policy that does not compile\n"
		"                         is refused with its file:line and the previous one stays\n"
		"       redline guard check [--policy FILE] --format openai|anthropic|openai-responses\n"
		"                           RESPONSE.json\n\n"
		"serve options:\n"
		"  --policy FILE          policy (YAML); the built-in default policy without it\n"
		"  --upstream URL         model API base URL (http:// or https://)\n"
		"  --mcp NAME=URL         serve the MCP server at URL (Streamable HTTP, http:// or\n"
		"                         https://) on /mcp/NAME: tools/call requests are judged by\n"
		"                         the policy before they reach it, tool results on the way\n"
		"                         back; the rest passes through (repeatable; --upstream is\n"
		"                         optional with it)\n"
		"  --listen HOST:PORT     default 127.0.0.1:8787; port 0 picks a free one\n"
		"  --public               allow a non-loopback listen address (and any Host, unless\n"
		"                         --allow-host names some)\n"
		"  --allow-origin ORIGIN  a web origin (scheme://host[:port]) allowed to call the guard;\n"
		"                         requests from any other page are refused (repeatable)\n"
		"  --allow-host NAME      a Host name served besides loopback names and the listen\n"
		"                         address (repeatable)\n"
		"  --db FILE              holds and audit log (default guard.db)\n"
		"  --token-file FILE      approval API token (else $REDLINE_GUARD_TOKEN, else a new\n"
		"                         random token written to DB.token, mode 0600)\n"
		"  --auth passthrough|env forward the client's key (default) or use $OPENAI_API_KEY /\n"
		"                         $ANTHROPIC_API_KEY (names: --openai-key-env, --anthropic-key-env)\n"
		"  --agent-header NAME    header naming the agent (default x-redline-agent; else the\n"
		"                         agent is a digest of its key)\n"
		"  --hold-timeout SECS    override the policy's hold timeout\n"
		"  --restart-holds keep|decide  pending holds from an earlier run keep waiting (default)\n"
		"                         or are decided by the policy's timeout action at start\n"
		"  --max-body BYTES, --max-response BYTES, --upstream-timeout SECS\n"
		"  --max-connections N    agents' connections, held requests included (default 4096)\n"
		"  --control-reserve N    more connections kept for /healthz, /metrics and approvals\n"
		"                         (default 64); agents' requests on them get 503\n"
		"  --max-client-connections N  per client address (default: none; max-connections/8\n"
		"                         with --public)\n"
		"  --header-timeout SECS  a request head must arrive within this (default 10; 408)\n"
		"  --body-timeout SECS    a request body within this after its head (default 60; 408)\n"
		"  --idle-timeout SECS    keep-alive between requests, or a client not reading (120)\n"
		"  --threads N            worker threads, each an event loop (default: one per CPU)\n"
		"  --upstream-client auto|curl  http:// upstreams through the built-in keep-alive\n"
		"                         client (auto, default) or libcurl; https:// always libcurl\n"
		"  --ready-file FILE      write HOST:PORT there once listening\n"
		"Environment: REDLINE_GUARD_TOKEN, REDLINE_LOG, REDLINE_LOG_FORMAT=json.\n");
}

static int parse_ulong(const char *opt, const char *s, unsigned long *out)
{
	char *end;
	unsigned long v = strtoul(s, &end, 10);
	if (!*s || *end || s[0] == '-') {
		rl_cli_error("%s: expected a non-negative integer, got '%s'", opt, s);
		return -1;
	}
	*out = v;
	return 0;
}

/* An origin as browsers send it: scheme://host[:port], nothing else. */
static int check_origin(const char *v)
{
	const char *h = !strncmp(v, "http://", 7)    ? v + 7
			: !strncmp(v, "https://", 8) ? v + 8
						     : NULL;
	if (!h || !*h || strpbrk(h, "/ \t?#@") || strlen(v) > 200) {
		rl_cli_error("--allow-origin '%s': expected an origin, scheme://host[:port] (e.g. "
			     "http://localhost:3000)",
			     v);
		return -1;
	}
	return 0;
}

/* --mcp NAME=URL: NAME a route segment ([A-Za-z0-9_-], 1-64), URL an
 * http(s) URL with a host, each NAME once. */
static int add_mcp(const char *v, const char **names, const char **urls, size_t *n, size_t cap,
		   char (*store)[80])
{
	const char *eq = strchr(v, '='), *u, *h;
	size_t nl = eq ? (size_t)(eq - v) : 0, i;
	if (!eq || !nl || nl > 64 ||
	    strspn(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") != nl) {
		rl_cli_error(
			"--mcp '%s': expected NAME=URL, NAME of letters, digits, '_' or '-' (at most 64)",
			v);
		return -1;
	}
	u = eq + 1;
	h = !strncmp(u, "http://", 7) ? u + 7 : !strncmp(u, "https://", 8) ? u + 8 : NULL;
	if (!h || !*h || *h == '/' || strpbrk(u, " \t\r\n")) {
		rl_cli_error("--mcp '%s': expected an http:// or https:// URL after '=' (e.g. "
			     "tools=http://127.0.0.1:3001/mcp)",
			     v);
		return -1;
	}
	for (i = 0; i < *n; i++)
		if (strlen(store[i]) == nl && !strncmp(store[i], v, nl)) {
			rl_cli_error("--mcp '%s': the name '%.*s' is given twice", v, (int)nl, v);
			return -1;
		}
	if (*n >= cap) {
		rl_cli_error("--mcp: at most %zu servers", cap);
		return -1;
	}
	memcpy(store[*n], v, nl);
	store[*n][nl] = '\0';
	names[*n] = store[*n];
	urls[(*n)++] = u;
	return 0;
}

/* The token: env, then file, else generated next to the DB. */
static int load_token(const char *token_file, const char *db, int create, char *out, size_t n)
{
	const char *env = getenv("REDLINE_GUARD_TOKEN");
	rl_buf b = RL_BUF_INIT, path = RL_BUF_INIT;
	rl_err e;
	if (env && *env) {
		snprintf(out, n, "%s", env);
		return 0;
	}
	if (!token_file && rl_store_is_url(db)) {
		/* no file next to a database server: every replica is given the
		 * same token */
		rl_cli_error(
			"with a postgresql:// --db, set REDLINE_GUARD_TOKEN or pass --token-file "
			"(the same token on every replica)");
		return -1;
	}
	if (!token_file) {
		rl_buf_addf(&path, "%s.token", db);
		token_file = path.s;
		if (access(token_file, R_OK) != 0) {
			char tok[65];
			int fd;
			if (!create) {
				rl_cli_error(
					"no approval token: set REDLINE_GUARD_TOKEN or pass --token-file");
				rl_buf_free(&path);
				return -1;
			}
			rl_random_hex(tok, 24);
			fd = open(token_file, O_WRONLY | O_CREAT | O_EXCL, 0600);
			if (fd < 0 || write(fd, tok, strlen(tok)) != (ssize_t)strlen(tok) ||
			    write(fd, "\n", 1) != 1) {
				rl_cli_error("%s: cannot write the approval token", token_file);
				if (fd >= 0)
					close(fd);
				rl_buf_free(&path);
				return -1;
			}
			close(fd);
			rl_log(RL_LOG_WARN, "guard", "approval token written to %s (mode 0600)",
			       token_file);
		}
	}
	if (rl_read_file(token_file, 4096, &b, &e)) {
		rl_buf_free(&path);
		return rl_cli_fail(&e), -1;
	}
	while (b.len && (b.s[b.len - 1] == '\n' || b.s[b.len - 1] == '\r' || b.s[b.len - 1] == ' '))
		b.s[--b.len] = '\0';
	snprintf(out, n, "%s", b.s);
	rl_buf_free(&b);
	rl_buf_free(&path);
	return 0;
}

/* `guard serve`'s options, on the shared parser (rl_cli_getopt). */
enum {
	SO_POLICY = 1000,
	SO_UPSTREAM,
	SO_LISTEN,
	SO_PUBLIC,
	SO_ALLOW_ORIGIN,
	SO_ALLOW_HOST,
	SO_DB,
	SO_TOKEN_FILE,
	SO_READY_FILE,
	SO_AGENT_HEADER,
	SO_OPENAI_KEY_ENV,
	SO_ANTHROPIC_KEY_ENV,
	SO_AUTH,
	SO_UPSTREAM_CLIENT,
	SO_RESTART_HOLDS,
	SO_HOLD_TIMEOUT,
	SO_MAX_BODY,
	SO_MAX_RESPONSE,
	SO_UPSTREAM_TIMEOUT,
	SO_MAX_CONNECTIONS,
	SO_CONTROL_RESERVE,
	SO_MAX_CLIENT_CONNECTIONS,
	SO_IDLE_TIMEOUT,
	SO_HEADER_TIMEOUT,
	SO_BODY_TIMEOUT,
	SO_THREADS,
	SO_MCP,
};
static const struct option serve_opts[] = {
	{"policy", required_argument, NULL, SO_POLICY},
	{"upstream", required_argument, NULL, SO_UPSTREAM},
	{"listen", required_argument, NULL, SO_LISTEN},
	{"public", no_argument, NULL, SO_PUBLIC},
	{"allow-origin", required_argument, NULL, SO_ALLOW_ORIGIN},
	{"allow-host", required_argument, NULL, SO_ALLOW_HOST},
	{"db", required_argument, NULL, SO_DB},
	{"token-file", required_argument, NULL, SO_TOKEN_FILE},
	{"ready-file", required_argument, NULL, SO_READY_FILE},
	{"agent-header", required_argument, NULL, SO_AGENT_HEADER},
	{"openai-key-env", required_argument, NULL, SO_OPENAI_KEY_ENV},
	{"anthropic-key-env", required_argument, NULL, SO_ANTHROPIC_KEY_ENV},
	{"auth", required_argument, NULL, SO_AUTH},
	{"upstream-client", required_argument, NULL, SO_UPSTREAM_CLIENT},
	{"restart-holds", required_argument, NULL, SO_RESTART_HOLDS},
	{"hold-timeout", required_argument, NULL, SO_HOLD_TIMEOUT},
	{"max-body", required_argument, NULL, SO_MAX_BODY},
	{"max-response", required_argument, NULL, SO_MAX_RESPONSE},
	{"upstream-timeout", required_argument, NULL, SO_UPSTREAM_TIMEOUT},
	{"max-connections", required_argument, NULL, SO_MAX_CONNECTIONS},
	{"control-reserve", required_argument, NULL, SO_CONTROL_RESERVE},
	{"max-client-connections", required_argument, NULL, SO_MAX_CLIENT_CONNECTIONS},
	{"idle-timeout", required_argument, NULL, SO_IDLE_TIMEOUT},
	{"header-timeout", required_argument, NULL, SO_HEADER_TIMEOUT},
	{"body-timeout", required_argument, NULL, SO_BODY_TIMEOUT},
	{"threads", required_argument, NULL, SO_THREADS},
	{"mcp", required_argument, NULL, SO_MCP},
	{0, 0, 0, 0},
};

/* "--name" of a serve option, for messages. */
static const char *serve_opt_name(int val)
{
	static char buf[64];
	size_t k;
	for (k = 0; serve_opts[k].name; k++)
		if (serve_opts[k].val == val) {
			snprintf(buf, sizeof buf, "--%s", serve_opts[k].name);
			return buf;
		}
	return "?";
}

/* POST /api/reload: the main thread (sigwait) does the work. */
static void raise_hup(void *arg)
{
	(void)arg;
	kill(getpid(), SIGHUP);
}

static int cmd_serve(int argc, char **argv)
{
	rl_guard_server_opts o;
	const char *policy = NULL, *token_file = NULL, *ready = NULL, *v;
	char token[512];
	gh_holder *g = NULL;
	rl_guard_server *srv = NULL;
	rl_err e;
	sigset_t set;
	struct rlimit rl;
	int i, sig;
	const char *origins[32], *hosts[32];
	const char *mcp_names[32], *mcp_urls[32];
	char mcp_store[32][80];
	size_t nmcp = 0;
	int client_set = 0;

	rl_guard_server_opts_default(&o);
	o.allow_origins = origins;
	o.allow_hosts = hosts;
	o.db_path = "guard.db";
	optind = 0; /* getopt_long from scratch (glibc) */
	while ((i = rl_cli_getopt(argc, argv, "", serve_opts, "guard serve")) != -1) {
		unsigned long u;
		const char *a = serve_opt_name(i);
		v = optarg;
#define NUM(dst)                                                                                   \
	do {                                                                                       \
		if (parse_ulong(a, v, &u))                                                         \
			return RL_EXIT_USAGE;                                                      \
		dst = u;                                                                           \
	} while (0)
		switch (i) {
		case SO_POLICY: policy = v; break;
		case SO_UPSTREAM: o.upstream = v; break;
		case SO_LISTEN: o.listen = v; break;
		case SO_PUBLIC: o.allow_public = 1; break;
		case SO_ALLOW_ORIGIN:
			if (check_origin(v))
				return RL_EXIT_USAGE;
			if (o.nallow_origins == sizeof origins / sizeof origins[0]) {
				rl_cli_error("--allow-origin: at most %zu origins",
					     sizeof origins / sizeof origins[0]);
				return RL_EXIT_USAGE;
			}
			origins[o.nallow_origins++] = v;
			break;
		case SO_ALLOW_HOST:
			if (!*v || strlen(v) > 253 || strpbrk(v, " \t/:@?#[]")) {
				rl_cli_error(
					"--allow-host '%s': expected a host name without port (e.g. guard.internal)",
					v);
				return RL_EXIT_USAGE;
			}
			if (o.nallow_hosts == sizeof hosts / sizeof hosts[0]) {
				rl_cli_error("--allow-host: at most %zu names",
					     sizeof hosts / sizeof hosts[0]);
				return RL_EXIT_USAGE;
			}
			hosts[o.nallow_hosts++] = v;
			break;
		case SO_DB: o.db_path = v; break;
		case SO_TOKEN_FILE: token_file = v; break;
		case SO_READY_FILE: ready = v; break;
		case SO_AGENT_HEADER: o.agent_header = v; break;
		case SO_OPENAI_KEY_ENV: o.openai_key_env = v; break;
		case SO_ANTHROPIC_KEY_ENV: o.anthropic_key_env = v; break;
		case SO_AUTH:
			if (!strcmp(v, "passthrough"))
				o.auth = RL_GUARD_AUTH_PASSTHROUGH;
			else if (!strcmp(v, "env"))
				o.auth = RL_GUARD_AUTH_ENV;
			else {
				rl_cli_error("--auth: expected passthrough or env, got '%s'", v);
				return RL_EXIT_USAGE;
			}
			break;
		case SO_UPSTREAM_CLIENT:
			if (!strcmp(v, "auto"))
				o.upstream_client = RL_GUARD_CLIENT_AUTO;
			else if (!strcmp(v, "curl"))
				o.upstream_client = RL_GUARD_CLIENT_CURL;
			else {
				rl_cli_error("--upstream-client: expected auto or curl, got '%s'",
					     v);
				return RL_EXIT_USAGE;
			}
			break;
		case SO_RESTART_HOLDS:
			if (!strcmp(v, "keep"))
				o.restart_decide = 0;
			else if (!strcmp(v, "decide"))
				o.restart_decide = 1;
			else {
				rl_cli_error("--restart-holds: expected keep or decide, got '%s'",
					     v);
				return RL_EXIT_USAGE;
			}
			break;
		case SO_HOLD_TIMEOUT: NUM(o.hold_timeout_s); break;
		case SO_MAX_BODY: NUM(o.max_body); break;
		case SO_MAX_RESPONSE: NUM(o.max_response); break;
		case SO_UPSTREAM_TIMEOUT: NUM(o.upstream_timeout_s); break;
		case SO_MAX_CONNECTIONS: NUM(o.max_connections); break;
		case SO_CONTROL_RESERVE: NUM(o.control_reserve); break;
		case SO_MAX_CLIENT_CONNECTIONS:
			NUM(o.max_client_connections);
			client_set = 1;
			break;
		case SO_IDLE_TIMEOUT: NUM(o.idle_timeout_s); break;
		case SO_HEADER_TIMEOUT: NUM(o.header_timeout_s); break;
		case SO_BODY_TIMEOUT: NUM(o.body_timeout_s); break;
		case SO_THREADS: NUM(o.threads); break;
		case SO_MCP:
			if (add_mcp(v, mcp_names, mcp_urls, &nmcp, 32, mcp_store))
				return RL_EXIT_USAGE;
			break;
		default: return RL_EXIT_USAGE; /* rl_cli_getopt said why */
		}
#undef NUM
	}
	if (optind < argc) {
		rl_cli_error("guard serve: unexpected argument '%s' (see 'redline guard --help')",
			     argv[optind]);
		return RL_EXIT_USAGE;
	}
	o.mcp_names = mcp_names;
	o.mcp_urls = mcp_urls;
	o.nmcp = nmcp;
	if (!o.upstream && !nmcp) {
		rl_cli_error("guard serve: --upstream URL or --mcp NAME=URL is required");
		return RL_EXIT_USAGE;
	}
	/* slow clients are cut off by the head and body deadlines, which must
	 * come before the idle timeout to mean anything */
	if (!o.idle_timeout_s || !o.header_timeout_s || !o.body_timeout_s ||
	    o.header_timeout_s >= o.idle_timeout_s || o.body_timeout_s >= o.idle_timeout_s) {
		rl_cli_error(
			"guard serve: --header-timeout (%u) and --body-timeout (%u) must be at least 1 "
			"and below --idle-timeout (%u)",
			o.header_timeout_s, o.body_timeout_s, o.idle_timeout_s);
		return RL_EXIT_USAGE;
	}
	if (!o.max_connections) {
		rl_cli_error("guard serve: --max-connections must be at least 1");
		return RL_EXIT_USAGE;
	}
	/* on loopback every client is 127.0.0.1: a per-address bound would
	 * only be a second global one; listening publicly, one address may
	 * hold an eighth of the connections unless told otherwise */
	if (!client_set && o.allow_public)
		o.max_client_connections = o.max_connections / 8 ? o.max_connections / 8 : 1;
	if (load_token(token_file, o.db_path, 1, token, sizeof token))
		return RL_EXIT_USAGE;
	o.token = token;
	/* each held request is a socket: allow as many as the hard limit */
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);                /* reload the policy */
	pthread_sigmask(SIG_BLOCK, &set, NULL); /* threads inherit: only sigwait sees them */
	curl_global_init(CURL_GLOBAL_DEFAULT);
	/* listen first (metrics answer while a large policy compiles), then
	 * load the policy; a bad policy still ends the command with status 2 */
	o.request_reload = raise_hup;
	if (rl_guard_server_start(NULL, &o, &srv, &e)) {
		curl_global_cleanup();
		return rl_cli_fail(&e);
	}
	if (gh_new(policy, &g, &e)) {
		rl_guard_server_stop(srv);
		curl_global_cleanup();
		return rl_cli_fail(&e);
	}
	rl_guard_server_set_holder(srv, g);
	{
		char addr[128];
		const char *colon = strrchr(o.listen, ':');
		snprintf(addr, sizeof addr, "%.*s:%u", (int)(colon - o.listen), o.listen,
			 rl_guard_server_port(srv));
		char shown[1024];
		rl_store_display_name(o.db_path, shown, sizeof shown); /* no password */
		fprintf(stderr,
			"redline guard: listening on http://%s (upstream %s, policy %s, db %s)\n",
			addr, o.upstream ? o.upstream : "none",
			policy ? policy : "built-in default", shown);
		if (ready) {
			rl_buf b = RL_BUF_INIT;
			rl_buf_addf(&b, "%s\n", addr);
			if (rl_write_file_atomic(ready, b.s, b.len, &e))
				rl_log(RL_LOG_ERROR, "guard", "%s", e.msg);
			rl_buf_free(&b);
		}
	}
	/* SIGHUP (or POST /api/reload, which raises it) loads the policy
	 * file again here, off the workers' threads; requests in flight keep
	 * the policy they started with */
	while (!sigwait(&set, &sig) && sig == SIGHUP) {
		gh_info pi;
		if (gh_reload(g, NULL, &e)) {
			rl_log(RL_LOG_ERROR, "guard",
			       "policy not reloaded, the previous one stays: %s", e.msg);
			continue;
		}
		gh_get_info(g, &pi);
		fprintf(stderr,
			"redline guard: policy reloaded from %s (sha256 %s, generation %lu)\n",
			policy ? policy : "built-in default", pi.sha256, pi.generation);
	}
	{
		char shown[1024];
		rl_store_display_name(o.db_path, shown, sizeof shown);
		fprintf(stderr, "redline guard: stopping (signal %d); pending holds stay in %s\n",
			sig, shown);
	}
	rl_guard_server_stop(srv);
	gh_free(g);
	curl_global_cleanup();
	return RL_EXIT_OK;
}

/* ---- approve / deny / list over the API ---- */

static size_t collect(char *p, size_t sz, size_t nm, void *ud)
{
	return rl_buf_add(ud, p, sz * nm) ? 0 : sz * nm;
}

static int api_call(const char *url, const char *method, const char *token, const char *body,
		    long *status, rl_buf *out)
{
	CURL *c = curl_easy_init();
	struct curl_slist *h = NULL;
	rl_buf auth = RL_BUF_INIT;
	CURLcode cc;
	if (!c)
		return -1;
	rl_buf_addf(&auth, "Authorization: Bearer %s", token);
	h = curl_slist_append(h, auth.s);
	h = curl_slist_append(h, "Content-Type: application/json");
	rl_buf_free(&auth);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, out);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
	if (!strcmp(method, "POST"))
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, body ? body : "{}");
	cc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, status);
	curl_slist_free_all(h);
	curl_easy_cleanup(c);
	if (cc != CURLE_OK) {
		rl_cli_error("%s: %s", url, curl_easy_strerror(cc));
		return -1;
	}
	return 0;
}

static int cmd_decide(int argc, char **argv, int approve)
{
	const char *db = NULL, *url = NULL, *by = NULL, *note = "", *id = NULL, *token_file = NULL,
		   *v;
	char who[128];
	int i;

	static const struct option lo[] = {
		{"db", required_argument, NULL, 'd'},
		{"url", required_argument, NULL, 'u'},
		{"by", required_argument, NULL, 'b'},
		{"note", required_argument, NULL, 'n'},
		{"token-file", required_argument, NULL, 't'},
		{0, 0, 0, 0},
	};
	optind = 0; /* getopt_long from scratch (glibc) */
	while ((i = rl_cli_getopt(argc, argv, "", lo, approve ? "guard approve" : "guard deny")) !=
	       -1) {
		v = optarg;
		switch (i) {
		case 'd': db = v; break;
		case 'u': url = v; break;
		case 'b': by = v; break;
		case 'n': note = v; break;
		case 't': token_file = v; break;
		default: return RL_EXIT_USAGE; /* rl_cli_getopt said why */
		}
	}
	if (optind < argc)
		id = argv[optind++];
	if (optind < argc) {
		rl_cli_error("guard %s: one hold id at a time", argv[0]);
		return RL_EXIT_USAGE;
	}
	if (!id) {
		rl_cli_error("guard %s: which hold? (redline guard list shows the ids)", argv[0]);
		return RL_EXIT_USAGE;
	}
	if (!by)
		by = getenv("USER") ? getenv("USER") : "unknown";
	if (url) {
		char token[512];
		rl_buf u = RL_BUF_INIT, out = RL_BUF_INIT;
		json_t *bj = json_pack("{s:s,s:s}", "by", by, "note", note);
		char *body = json_dumps(bj, JSON_COMPACT);
		long st = 0;
		int rc;
		json_decref(bj);
		if (load_token(token_file, db ? db : "guard.db", 0, token, sizeof token)) {
			free(body);
			return RL_EXIT_USAGE;
		}
		rl_buf_addf(&u, "%s/api/holds/%s/%s", url, id, approve ? "approve" : "deny");
		curl_global_init(CURL_GLOBAL_DEFAULT);
		rc = api_call(u.s, "POST", token, body, &st, &out);
		curl_global_cleanup();
		free(body);
		rl_buf_free(&u);
		if (rc) {
			rl_buf_free(&out);
			return RL_EXIT_FAIL;
		}
		if (st != 200) {
			rl_cli_error("hold %s: the guard answered %ld: %s", id, st, out.s);
			rl_buf_free(&out);
			return st == 404 || st == 409 ? RL_EXIT_USAGE : RL_EXIT_FAIL;
		}
		rl_buf_free(&out);
	} else {
		rl_holds *h;
		rl_err e;
		rl_audit_rec a = {0};
		int rc;
		if (!db)
			db = "guard.db";
		if (!rl_store_is_url(db) && access(db, R_OK | W_OK) != 0) {
			rl_cli_error("%s: no guard database there (use --db FILE or --url URL)",
				     db);
			return RL_EXIT_USAGE;
		}
		if (rl_holds_open(db, &h, &e))
			return rl_cli_fail(&e);
		snprintf(who, sizeof who, "cli:%.100s", by);
		rc = rl_holds_decide(h, id, approve ? RL_HOLD_APPROVED : RL_HOLD_DENIED, who, note,
				     rl_wall_ms(), &e);
		if (!rc) {
			rl_hold_rec r;
			a.ts_ms = rl_wall_ms();
			snprintf(a.who, sizeof a.who, "%s", who);
			snprintf(a.what, sizeof a.what, "%s", approve ? "approve" : "deny");
			snprintf(a.hold_id, sizeof a.hold_id, "%s", id);
			snprintf(a.reason, sizeof a.reason, "%s", note);
			if (!rl_holds_get(h, id, &r, NULL)) {
				snprintf(a.agent, sizeof a.agent, "%s", r.agent);
				snprintf(a.rule, sizeof a.rule, "%s", r.rule);
				rl_hold_rec_free(&r);
			}
			rc = rl_holds_audit(h, &a, 1, &e);
		}
		rl_holds_close(h);
		if (rc)
			return rl_cli_fail(&e);
	}
	printf("hold %s %s\n", id, approve ? "approved" : "denied");
	return RL_EXIT_OK;
}

static void print_hold_text(const rl_hold_rec *r)
{
	char created[40];
	json_error_t je;
	json_t *sum = json_loads(r->summary ? r->summary : "[]", 0, &je), *it;
	rl_buf b = RL_BUF_INIT;
	size_t i;
	rl_iso8601(r->created_ms, created, sizeof created);
	rl_buf_addf(&b, "%s  %s  %-8s  agent=", r->id, created, rl_hold_status_name(r->status));
	rl_buf_add_term(&b, r->agent, strlen(r->agent));
	rl_buf_adds(&b, "  rule=");
	rl_buf_add_term(&b, r->rule, strlen(r->rule));
	json_array_foreach(sum, i, it) {
		const char *tool = json_string_value(json_object_get(it, "tool"));
		const char *args = json_string_value(json_object_get(it, "args"));
		size_t al = args ? strlen(args) : 0;
		rl_buf_adds(&b, "\n    ");
		rl_buf_add_term(&b, tool ? tool : "", tool ? strlen(tool) : 0);
		rl_buf_adds(&b, " ");
		rl_buf_add_term(&b, args ? args : "", al > 200 ? 200 : al);
		if (al > 200)
			rl_buf_adds(&b, "...");
	}
	if (r->status != RL_HOLD_PENDING) {
		rl_buf_adds(&b, "\n    decided by ");
		rl_buf_add_term(&b, r->decided_by, strlen(r->decided_by));
	}
	json_decref(sum);
	printf("%s\n", b.s);
	rl_buf_free(&b);
}

static int cmd_list(int argc, char **argv)
{
	const char *db = NULL, *url = NULL, *status = "pending", *token_file = NULL, *v;
	int json = 0, st, i;

	static const struct option lo[] = {
		{"db", required_argument, NULL, 'd'},
		{"url", required_argument, NULL, 'u'},
		{"status", required_argument, NULL, 's'},
		{"token-file", required_argument, NULL, 't'},
		{"json", no_argument, NULL, 'j'},
		{0, 0, 0, 0},
	};
	optind = 0; /* getopt_long from scratch (glibc) */
	while ((i = rl_cli_getopt(argc, argv, "", lo, "guard list")) != -1) {
		v = optarg;
		switch (i) {
		case 'd': db = v; break;
		case 'u': url = v; break;
		case 's': status = v; break;
		case 't': token_file = v; break;
		case 'j': json = 1; break;
		default: return RL_EXIT_USAGE; /* rl_cli_getopt said why */
		}
	}
	if (optind < argc) {
		rl_cli_error("guard list: unexpected argument '%s'", argv[optind]);
		return RL_EXIT_USAGE;
	}
	st = !strcmp(status, "pending")    ? RL_HOLD_PENDING
	     : !strcmp(status, "approved") ? RL_HOLD_APPROVED
	     : !strcmp(status, "denied")   ? RL_HOLD_DENIED
	     : !strcmp(status, "all")      ? -1
					   : -9;
	if (st == -9) {
		rl_cli_error("--status: expected pending, approved, denied or all, got '%s'",
			     status);
		return RL_EXIT_USAGE;
	}
	if (url) {
		char token[512];
		rl_buf u = RL_BUF_INIT, out = RL_BUF_INIT;
		long code = 0;
		int rc;
		if (load_token(token_file, db ? db : "guard.db", 0, token, sizeof token))
			return RL_EXIT_USAGE;
		rl_buf_addf(&u, "%s/api/holds?status=%s", url, status);
		curl_global_init(CURL_GLOBAL_DEFAULT);
		rc = api_call(u.s, "GET", token, NULL, &code, &out);
		curl_global_cleanup();
		rl_buf_free(&u);
		if (rc || code != 200) {
			if (!rc)
				rl_cli_error("the guard answered %ld", code);
			rl_buf_free(&out);
			return RL_EXIT_FAIL;
		}
		if (json) {
			printf("%s\n", out.s);
		} else {
			json_error_t je;
			json_t *arr = json_loads(out.s, 0, &je), *it;
			size_t k;
			json_array_foreach(arr, k, it) {
				rl_buf b = RL_BUF_INIT;
				const char *f[] = {"id", "created", "status", "agent", "rule"};
				size_t j;
				for (j = 0; j < 5; j++) {
					const char *s =
						json_string_value(json_object_get(it, f[j]));
					if (j)
						rl_buf_adds(&b, "  ");
					rl_buf_add_term(&b, s ? s : "", s ? strlen(s) : 0);
				}
				printf("%s\n", b.s);
				rl_buf_free(&b);
			}
			json_decref(arr);
		}
		rl_buf_free(&out);
		return RL_EXIT_OK;
	}
	{
		rl_holds *h;
		rl_hold_rec *recs;
		size_t n, k;
		rl_err e;
		if (!db)
			db = "guard.db";
		if (!rl_store_is_url(db) && access(db, R_OK) != 0) {
			rl_cli_error("%s: no guard database there (use --db FILE or --url URL)",
				     db);
			return RL_EXIT_USAGE;
		}
		if (rl_holds_open(db, &h, &e))
			return rl_cli_fail(&e);
		if (rl_holds_list(h, st, 100000, 0, &recs, &n, &e)) {
			rl_holds_close(h);
			return rl_cli_fail(&e);
		}
		if (json)
			printf("[");
		for (k = 0; k < n; k++) {
			if (json) {
				json_error_t je;
				json_t *o = json_pack(
					"{s:s,s:I,s:I,s:s,s:s,s:s,s:s,s:o,s:s,s:s}", "id",
					recs[k].id, "created_ms", (json_int_t)recs[k].created_ms,
					"deadline_ms", (json_int_t)recs[k].deadline_ms, "agent",
					recs[k].agent, "rule", recs[k].rule, "reason",
					recs[k].reason, "status",
					rl_hold_status_name(recs[k].status), "items",
					json_loads(recs[k].summary, 0, &je), "decided_by",
					recs[k].decided_by, "note", recs[k].note);
				char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
				printf("%s%s", k ? "," : "", s ? s : "{}");
				free(s);
				json_decref(o);
			} else {
				print_hold_text(&recs[k]);
			}
			rl_hold_rec_free(&recs[k]);
		}
		if (json)
			printf("]\n");
		free(recs);
		rl_holds_close(h);
	}
	return RL_EXIT_OK;
}

static int cmd_audit(int argc, char **argv)
{
	const char *db = "guard.db";
	rl_holds *h;
	rl_buf out = RL_BUF_INIT;
	rl_err e;
	int i;
	static const struct option lo[] = {{"db", required_argument, NULL, 'd'}, {0, 0, 0, 0}};
	optind = 0; /* getopt_long from scratch (glibc) */
	while ((i = rl_cli_getopt(argc, argv, "", lo, "guard audit")) != -1) {
		if (i != 'd')
			return RL_EXIT_USAGE; /* rl_cli_getopt said why */
		db = optarg;
	}
	if (optind < argc) {
		rl_cli_error("guard audit: unexpected argument '%s'", argv[optind]);
		return RL_EXIT_USAGE;
	}
	if (!rl_store_is_url(db) && access(db, R_OK) != 0) {
		rl_cli_error("%s: no guard database there", db);
		return RL_EXIT_USAGE;
	}
	if (rl_holds_open(db, &h, &e))
		return rl_cli_fail(&e);
	if (rl_holds_audit_jsonl(h, 10000000, &out, &e)) {
		rl_holds_close(h);
		return rl_cli_fail(&e);
	}
	fwrite(out.s, 1, out.len, stdout);
	rl_buf_free(&out);
	rl_holds_close(h);
	return RL_EXIT_OK;
}

static int cmd_check(int argc, char **argv)
{
	const char *policy = NULL, *file = NULL, *fmt = "openai", *agent = NULL;
	rl_guard *g;
	rl_guard_verdict v;
	rl_buf body = RL_BUF_INIT, out = RL_BUF_INIT;
	rl_err e;
	int i, format, rc;
	size_t k;

	static const struct option lo[] = {
		{"policy", required_argument, NULL, 'p'},
		{"format", required_argument, NULL, 'f'},
		{"agent", required_argument, NULL, 'a'},
		{0, 0, 0, 0},
	};
	optind = 0; /* getopt_long from scratch (glibc) */
	while ((i = rl_cli_getopt(argc, argv, "", lo, "guard check")) != -1) {
		switch (i) {
		case 'p': policy = optarg; break;
		case 'f': fmt = optarg; break;
		case 'a': agent = optarg; break;
		default: return RL_EXIT_USAGE; /* rl_cli_getopt said why */
		}
	}
	for (; optind < argc; optind++) /* the last one counts, as before */
		file = argv[optind];
	format = !strcmp(fmt, "openai")             ? RL_GUARD_OPENAI
		 : !strcmp(fmt, "anthropic")        ? RL_GUARD_ANTHROPIC
		 : !strcmp(fmt, "openai-responses") ? RL_GUARD_RESPONSES
						    : -1;
	if (format < 0 || !file) {
		rl_cli_error(
			"guard check: expected --format openai|anthropic|openai-responses and a "
			"response file");
		return RL_EXIT_USAGE;
	}
	if (rl_read_file(file, 64u << 20, &body, &e))
		return rl_cli_fail(&e);
	if (rl_guard_new(policy, &g, &e)) {
		rl_buf_free(&body);
		return rl_cli_fail(&e);
	}
	rc = rl_guard_check_response(g, format, agent, body.s, body.len, &v, &e);
	if (rc && rc != RL_EPOLICY) {
		rl_err_prefix(&e, "%s", file);
		rl_guard_free(g);
		rl_buf_free(&body);
		return rl_cli_fail(&e);
	}
	rl_buf_addf(&out, "{\"verdict\":\"%s\",\"rule\":\"", rl_guard_action_name(v.action));
	rl_buf_add_json(&out, v.rule, strlen(v.rule));
	rl_buf_adds(&out, "\",\"items\":[");
	for (k = 0; k < v.nitems; k++) {
		rl_buf_addf(&out, "%s{\"action\":\"%s\",\"call\":%d,\"tool\":\"", k ? "," : "",
			    rl_guard_action_name(v.items[k].action), v.items[k].call);
		rl_buf_add_json(&out, v.items[k].tool, strlen(v.items[k].tool));
		rl_buf_adds(&out, "\",\"rule\":\"");
		rl_buf_add_json(&out, v.items[k].rule, strlen(v.items[k].rule));
		rl_buf_adds(&out, "\",\"reason\":\"");
		rl_buf_add_json(&out, v.items[k].reason, strlen(v.items[k].reason));
		rl_buf_adds(&out, "\"}");
	}
	rl_buf_adds(&out, "]}\n");
	fwrite(out.s, 1, out.len, stdout);
	i = v.action == RL_GUARD_ALLOW ? RL_EXIT_OK : RL_EXIT_FINDINGS;
	rl_guard_verdict_free(&v);
	rl_buf_free(&out);
	rl_buf_free(&body);
	rl_guard_free(g);
	return i;
}

/* The running guard's policy state, from GET /api/policy. */
static int policy_state(const char *url, const char *token, unsigned long *gen,
			unsigned long *failed, rl_buf *body)
{
	rl_buf u = RL_BUF_INIT;
	long st = 0;
	json_t *j;
	int rc;
	rl_buf_reset(body);
	rl_buf_addf(&u, "%s/api/policy", url);
	rc = api_call(u.s, "GET", token, NULL, &st, body);
	rl_buf_free(&u);
	if (rc)
		return -1;
	if (st != 200) {
		rl_cli_error("%s: the guard answered %ld: %.300s", url, st, body->s ? body->s : "");
		return -1;
	}
	j = json_loadb(body->s, body->len, 0, NULL);
	*gen = (unsigned long)json_integer_value(json_object_get(j, "generation"));
	*failed = (unsigned long)json_integer_value(json_object_get(j, "reload_failures"));
	json_decref(j);
	return 0;
}

/* `redline guard reload`: ask a running guard to load its policy file
 * again (SIGHUP through the API, or to --pid), then wait for the outcome:
 * the new policy's hash, or the file:line the guard refused it for. */
static int cmd_reload(int argc, char **argv)
{
	const char *url = NULL, *db = "guard.db", *token_file = NULL, *v;
	char token[512];
	long pid = 0, st = 0;
	unsigned long gen0, fail0, gen, fail;
	rl_buf out = RL_BUF_INIT, u = RL_BUF_INIT;
	int i, rc = RL_EXIT_FAIL;

	static const struct option lo[] = {
		{"url", required_argument, NULL, 'u'},
		{"db", required_argument, NULL, 'd'},
		{"token-file", required_argument, NULL, 't'},
		{"pid", required_argument, NULL, 'p'},
		{0, 0, 0, 0},
	};
	optind = 0; /* getopt_long from scratch (glibc) */
	while ((i = rl_cli_getopt(argc, argv, "", lo, "guard reload")) != -1) {
		unsigned long p;
		v = optarg;
		switch (i) {
		case 'u': url = v; break;
		case 'd': db = v; break;
		case 't': token_file = v; break;
		case 'p':
			if (parse_ulong("--pid", v, &p) || !p)
				return RL_EXIT_USAGE;
			pid = (long)p;
			break;
		default: return RL_EXIT_USAGE; /* rl_cli_getopt said why */
		}
	}
	if (optind < argc) {
		rl_cli_error("guard reload: unexpected argument '%s'", argv[optind]);
		return RL_EXIT_USAGE;
	}
	if (!url) {
		if (!pid) {
			rl_cli_error(
				"guard reload: which guard? --url URL (waits for the outcome) or --pid PID");
			return RL_EXIT_USAGE;
		}
		if (kill((pid_t)pid, SIGHUP)) {
			rl_cli_error("guard reload: cannot signal process %ld: %s", pid,
				     strerror(errno));
			return RL_EXIT_FAIL;
		}
		fprintf(stderr,
			"redline guard reload: SIGHUP sent to %ld (the guard logs the outcome)\n",
			pid);
		return RL_EXIT_OK;
	}
	if (load_token(token_file, db, 0, token, sizeof token))
		return RL_EXIT_USAGE;
	curl_global_init(CURL_GLOBAL_DEFAULT);
	if (policy_state(url, token, &gen0, &fail0, &out))
		goto done;
	if (pid) {
		if (kill((pid_t)pid, SIGHUP)) {
			rl_cli_error("guard reload: cannot signal process %ld: %s", pid,
				     strerror(errno));
			goto done;
		}
	} else {
		rl_buf_addf(&u, "%s/api/reload", url);
		if (api_call(u.s, "POST", token, "{}", &st, &out))
			goto done;
		if (st != 202 && st != 200) {
			rl_cli_error("guard reload: the guard answered %ld: %.300s", st,
				     out.s ? out.s : "");
			goto done;
		}
	}
	/* compiling a large policy takes seconds: wait for either outcome */
	for (i = 0; i < 1200; i++) {
		json_t *j;
		if (policy_state(url, token, &gen, &fail, &out))
			goto done;
		if (gen == gen0 && fail == fail0) {
			usleep(100000);
			continue;
		}
		j = json_loadb(out.s, out.len, 0, NULL);
		if (fail != fail0) {
			rl_cli_error(
				"the guard refused the new policy and keeps the previous one: %s",
				json_string_value(json_object_get(j, "last_error"))
					? json_string_value(json_object_get(j, "last_error"))
					: "(no detail)");
			rc = RL_EXIT_USAGE;
		} else {
			printf("policy reloaded: sha256 %s (generation %lu)\n",
			       json_string_value(json_object_get(j, "sha256")), gen);
			rc = RL_EXIT_OK;
		}
		json_decref(j);
		goto done;
	}
	rl_cli_error("guard reload: no outcome after 120 s");
done:
	curl_global_cleanup();
	rl_buf_free(&out);
	rl_buf_free(&u);
	return rc;
}

int cmd_guard(int argc, char **argv)
{
	const char *sub = argc > 1 ? argv[1] : NULL;
	if (!sub || !strcmp(sub, "-h") || !strcmp(sub, "--help") || rl_cli_wants_help(argc, argv)) {
		usage(sub ? stdout : stderr);
		return sub ? RL_EXIT_OK : RL_EXIT_USAGE;
	}
	rl_secret_protect_process(); /* keys and the approval token: no core dumps */
	if (!strcmp(sub, "serve"))
		return cmd_serve(argc - 1, argv + 1);
	if (!strcmp(sub, "approve"))
		return cmd_decide(argc - 1, argv + 1, 1);
	if (!strcmp(sub, "deny"))
		return cmd_decide(argc - 1, argv + 1, 0);
	if (!strcmp(sub, "list"))
		return cmd_list(argc - 1, argv + 1);
	if (!strcmp(sub, "audit"))
		return cmd_audit(argc - 1, argv + 1);
	if (!strcmp(sub, "check"))
		return cmd_check(argc - 1, argv + 1);
	if (!strcmp(sub, "reload"))
		return cmd_reload(argc - 1, argv + 1);
	rl_cli_error(
		"guard: unknown subcommand '%s' (serve, approve, deny, list, audit, check, reload)",
		sub);
	return RL_EXIT_USAGE;
}
