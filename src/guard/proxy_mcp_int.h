/* proxy_mcp_int.h: what the MCP route's files share (internal to
 * src/guard): proxy_mcp.c (the route: plan, forward, judge the answer,
 * relay) and proxy_mcp_hold.c (tools/calls held for a person). */
#ifndef RL_GUARD_PROXY_MCP_INT_H
#define RL_GUARD_PROXY_MCP_INT_H

#include "guard/mcpgw.h"
#include "guard/proxy_int.h"

#define MX_HDRS 32
/* a held request's keep-alive comment (SSE clients), every this many ms */
#define MX_BEAT_MS 10000

typedef struct mcpx {
	int idx;       /* the --mcp route */
	int pooled;    /* the transfer's handle goes back to the worker's mpool */
	int get;       /* a GET: streamed relay */
	int streaming; /* hs_stream_start done */
	int paused;    /* curl paused: the client's queue is full */
	int gone;      /* the client left */
	mcpgw_plan plan;
	int planned;
	/* the server's end-to-end headers: name and value NUL-terminated in
	 * hb, at these offsets (one buffer, kept when the struct is reused) */
	size_t hn[MX_HDRS], hval[MX_HDRS];
	size_t nh;
	rl_buf hb;
	/* the request's header lines for the built-in client (start_hc),
	 * cleansed after each use and kept with the struct like hb */
	rl_buf qh;
	/* a POST's SSE answer, relayed event by event */
	int relay_decided, relay;
	int ending; /* the transfer ended; the backlog waits for on_drain */
	mcpgw_stream gs;
	rl_buf backlog;       /* judged bytes the client's queue did not take yet */
	rl_guard_verdict acc; /* the answers' verdict items (audit, metrics) */
	/* a held tools/call */
	int sse_ok;   /* the client accepts text/event-stream */
	int listed;   /* on the worker's mheld list */
	int decision; /* RL_HOLD_APPROVED / _DENIED; 0: none (the guard stops) */
	char decided_by[128], note[256];
	int64_t deadline_ms, beat_due;
	unsigned beats;
	json_t *ptoken;     /* the call's progressToken, or NULL */
	req *hprev, *hnext; /* the worker's held MCP requests */
	struct mcpx *next;  /* on the worker's spare list (mx_new, mx_free) */
	const char *sid;    /* the request's Mcp-Session-Id, once looked up */
	int sid_known;
} mcpx;

/* proxy_mcp.c */
size_t gp_mx_heads(const req *r, const mcpx *x, const char *ctype, hs_hdr *h);
void gp_mx_answer(req *r, int status, const char *ctype, rl_buf *body);
void gp_mx_answer_text(req *r, int status, const char *text);
int gp_mx_relay_send(req *r, rl_buf *out);
void gp_mx_end_free(req *r, int complete);
int gp_mx_forward(struct rl_guard_server *s, req *r);
void gp_mx_drop(req *r);
void gp_mx_count(struct rl_guard_server *s, req *r, const rl_guard_verdict *v, const char *tool,
		 const char *hold_id);
/* proxy_mcp_hold.c */
void gp_mx_answer_msg(req *r, int status, rl_buf *body);
void gp_mx_mheld_del(req *r);
void gp_mx_hold_call(struct rl_guard_server *s, req *r, const mcp_who *who, const mcp_limits *lim);

#endif
