/* page.c: the approval page (guard/page.h). Plain string building with
 * rl_buf_add_html for every value that came from a record; the only
 * markup-bearing strings are this file's own literals. */
#include "guard/page.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "redline/policy.h"

static const char css[] =
	"body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2430}"
	"header.top{background:#1d2430;color:#fff;padding:.8em 1.5em}header.top h1{margin:0;font-size:1.3em}"
	"main{max-width:70em;margin:1em auto;padding:0 1em}"
	".hold{background:#fff;border:1px solid #d5d9e0;border-radius:6px;margin:1em 0;padding:1em 1.2em}"
	".hold h2{font-size:1.1em;margin:.2em 0}.meta{color:#555;font-size:.9em}"
	".sev{display:inline-block;padding:.1em .5em;border-radius:3px;font-weight:bold;font-size:.85em;"
	"text-transform:uppercase;background:#e3e6eb}"
	".sev-high,.sev-critical{background:#b3261e;color:#fff}.sev-medium{background:#e8a317}"
	".countdown{float:right;font-weight:bold;font-variant-numeric:tabular-nums}.countdown.soon{color:#b3261e}"
	"h3{font-size:.95em;margin:1em 0 .3em;color:#333}"
	"ol.ctx{list-style:none;padding:0;margin:0}ol.ctx li{border-left:3px solid #aab;padding:.2em .6em;margin:.3em 0}"
	"ol.ctx li.role-tool{border-color:#e8a317}ol.ctx li.role-user{border-color:#2d6cdf}"
	".role{font-size:.8em;font-weight:bold;text-transform:uppercase;color:#555}"
	"pre{white-space:pre-wrap;word-break:break-word;margin:.2em 0;font:13px/1.4 ui-monospace,monospace}"
	"table.args{border-collapse:collapse;width:100%}table.args th{text-align:left;width:10em;vertical-align:top;"
	"padding:.3em;color:#555}table.args td{padding:.3em;border-top:1px solid #eee}"
	"mark{background:#ffd54f;outline:2px solid #b3261e;padding:0 .1em}"
	".tool{font-weight:bold;font-family:ui-monospace,monospace}"
	"form{display:inline-block;margin:.8em .8em 0 0}input{padding:.3em;margin-right:.3em}"
	"button{padding:.35em 1em;font-weight:bold;border-radius:4px;border:1px solid #888;cursor:pointer}"
	"button.approve{background:#1e7d32;color:#fff}button.deny{background:#b3261e;color:#fff}"
	"table.history{border-collapse:collapse;width:100%;background:#fff}"
	"table.history td,table.history th{border:1px solid #d5d9e0;padding:.35em;text-align:left;vertical-align:top}"
	"#rl-errors{color:#b3261e}";

/* Countdown (every second) and reload (when nobody is typing); the page
 * states that it ran by data-rendered, which the browser test reads. */
static const char js[] =
	"(function(){var els=document.querySelectorAll('[data-deadline]');"
	"function pad(n){return n<10?'0'+n:''+n;}"
	"function tick(){var now=Date.now();for(var i=0;i<els.length;i++){var e=els[i];"
	"var left=Math.max(0,Math.floor((+e.getAttribute('data-deadline')-now)/1000));"
	"e.textContent=left>0?'expires in '+Math.floor(left/60)+':'+pad(left%60):'expired: the timeout action applies';"
	"e.className='countdown'+(left<60?' soon':'');}}"
	"tick();setInterval(tick,1000);var busy=false;"
	"document.addEventListener('focusin',function(){busy=true;});"
	"document.addEventListener('focusout',function(){busy=false;});"
	"var period=+document.body.getAttribute('data-refresh')*1000;"
	"setInterval(function(){if(!busy)location.reload();},period);"
	"document.body.setAttribute('data-rendered','ok');})();";

static int h(rl_buf *b, const char *s)
{
	return s ? rl_buf_add_html(b, s, strlen(s)) : 0;
}

typedef struct ev {
	const char *field; /* NULL: offsets in args itself */
	size_t s, e;
} ev;

/* `s` with the evidence spans for `field` marked; offsets moved to UTF-8
 * character boundaries so a mark never splits a character. */
static void marked(rl_buf *b, const char *s, size_t n, const ev *v, size_t nv, const char *field)
{
	size_t pos = 0, i;
	for (i = 0; i < nv; i++) {
		size_t a = v[i].s, z = v[i].e;
		if ((field == NULL) != (v[i].field == NULL) || (field && strcmp(field, v[i].field)))
			continue;
		if (a < pos)
			a = pos;
		if (z > n)
			z = n;
		while (a < z && ((unsigned char)s[a] & 0xC0) == 0x80)
			a++;
		while (z < n && ((unsigned char)s[z] & 0xC0) == 0x80)
			z++;
		if (a >= z)
			continue;
		rl_buf_add_html(b, s + pos, a - pos);
		rl_buf_adds(b, "<mark>");
		rl_buf_add_html(b, s + a, z - a);
		rl_buf_adds(b, "</mark>");
		pos = z;
	}
	rl_buf_add_html(b, s + pos, n - pos);
}

static int ev_cmp(const void *x, const void *y)
{
	const ev *a = x, *b = y;
	return a->s < b->s ? -1 : a->s > b->s;
}

static void item_html(rl_buf *b, json_t *it)
{
	const char *tool = json_string_value(json_object_get(it, "tool"));
	const char *args = json_string_value(json_object_get(it, "args"));
	json_t *evs = json_object_get(it, "evidence"), *e, *parsed;
	ev v[32];
	size_t nv = 0, i;
	memset(v, 0, sizeof v);
	json_array_foreach(evs, i, e) {
		json_t *f = json_object_get(e, "field");
		if (nv == 32)
			break;
		if (!json_is_integer(json_object_get(e, "start")) ||
		    !json_is_integer(json_object_get(e, "end")))
			continue;
		v[nv].field = json_string_value(f);
		v[nv].s = (size_t)json_integer_value(json_object_get(e, "start"));
		v[nv].e = (size_t)json_integer_value(json_object_get(e, "end"));
		nv++;
	}
	qsort(v, nv, sizeof *v, ev_cmp);
	rl_buf_adds(b, "<h3>Action</h3><div class=\"tool\">");
	h(b, tool ? tool : "(unnamed)");
	rl_buf_adds(b, "</div>");
	if (!args)
		args = "";
	parsed = json_loads(args, JSON_REJECT_DUPLICATES, NULL);
	if (json_is_object(parsed) && json_object_size(parsed)) {
		const char *k;
		json_t *val;
		rl_buf_adds(b, "<table class=\"args\">");
		json_object_foreach(parsed, k, val) {
			rl_buf_adds(b, "<tr><th>");
			h(b, k);
			rl_buf_adds(b, "</th><td><pre>");
			if (json_is_string(val)) {
				marked(b, json_string_value(val), json_string_length(val), v, nv,
				       k);
			} else {
				char *js = json_dumps(val, JSON_COMPACT | JSON_ENCODE_ANY);
				h(b, js);
				free(js);
			}
			rl_buf_adds(b, "</pre></td></tr>");
		}
		rl_buf_adds(b, "</table>");
	} else {
		rl_buf_adds(b, "<pre>");
		marked(b, args, strlen(args), v, nv, NULL);
		rl_buf_adds(b, "</pre>");
	}
	json_decref(parsed);
}

static void hold_html(rl_buf *b, const rl_hold_rec *r, const ap_opts *o)
{
	json_t *sum = json_loads(r->summary ? r->summary : "[]", 0, NULL), *it, *ctx = NULL;
	const char *sev = NULL, *desc = r->reason;
	char when[40];
	int64_t left = (r->deadline_ms - o->now_ms) / 1000;
	size_t i, j;

	json_array_foreach(sum, i, it) {
		if (!sev)
			sev = json_string_value(json_object_get(it, "severity"));
		if (!ctx && json_array_size(json_object_get(it, "context")))
			ctx = json_object_get(it, "context");
	}
	rl_iso8601(r->created_ms, when, sizeof when);
	rl_buf_adds(b, "<section class=\"hold\" id=\"h-");
	h(b, r->id);
	rl_buf_addf(b, "\"><span class=\"countdown\" data-deadline=\"%lld\">",
		    (long long)r->deadline_ms);
	if (left > 0)
		rl_buf_addf(b, "expires in %lld:%02lld", (long long)(left / 60),
			    (long long)(left % 60));
	else
		rl_buf_adds(b, "expired: the timeout action applies");
	rl_buf_addf(b, "</span><h2><span class=\"sev sev-%s\">",
		    sev && rl_severity_parse(sev) >= 0 ? rl_severity_name(rl_severity_parse(sev))
						       : "other");
	h(b, sev ? sev : "unrated");
	rl_buf_adds(b, "</span> ");
	h(b, r->rule);
	rl_buf_adds(b, "</h2><div class=\"desc\">");
	h(b, desc);
	rl_buf_adds(b, "</div><div class=\"meta\">agent <b>");
	h(b, r->agent[0] ? r->agent : "(unnamed)");
	rl_buf_adds(b, "</b> &middot; hold <code>");
	h(b, r->id);
	rl_buf_adds(b, "</code> &middot; held ");
	h(b, when);
	rl_buf_adds(b, "</div>");
	rl_buf_adds(b, "<h3>Context</h3>");
	if (ctx) {
		rl_buf_adds(b, "<ol class=\"ctx\">");
		json_array_foreach(ctx, j, it) {
			const char *role = json_string_value(json_object_get(it, "role"));
			const char *text = json_string_value(json_object_get(it, "text"));
			/* the role is a class name too: only known words */
			const char *cls =
				role && (!strcmp(role, "user") || !strcmp(role, "assistant") ||
					 !strcmp(role, "system") || !strcmp(role, "tool"))
					? role
					: "other";
			rl_buf_addf(b, "<li class=\"role-%s\"><span class=\"role\">", cls);
			h(b, role ? role : "message");
			rl_buf_adds(b, "</span><pre>");
			h(b, text ? text : "");
			rl_buf_adds(b, "</pre></li>");
		}
		rl_buf_adds(b, "</ol>");
	} else {
		rl_buf_adds(b, "<p class=\"meta\">No context was recorded with this hold.</p>");
	}
	json_array_foreach(sum, i, it)
		item_html(b, it);
	for (j = 0; j < 2; j++) {
		rl_buf_adds(b, "<form method=\"post\" action=\"/holds/");
		h(b, r->id);
		rl_buf_addf(b, "/%s\"><input type=\"hidden\" name=\"csrf\" value=\"",
			    j ? "deny" : "approve");
		h(b, o->csrf);
		rl_buf_addf(
			b,
			"\"><input name=\"by\" placeholder=\"your name\" required maxlength=\"100\">"
			"<input name=\"note\" placeholder=\"note (optional)\" maxlength=\"250\">"
			"<button type=\"submit\" class=\"%s\">%s</button></form>",
			j ? "deny" : "approve", j ? "Deny" : "Approve");
	}
	rl_buf_adds(b, "</section>");
	json_decref(sum);
}

int ap_render(const rl_hold_rec *pending, size_t np, const rl_hold_rec *decided, size_t nd,
	      const ap_opts *o, rl_buf *b)
{
	size_t i;
	size_t start = b->len;
	rl_buf_adds(b, "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
		       "<meta name=\"referrer\" content=\"no-referrer\">"
		       "<title>redline guard: holds</title><style>");
	rl_buf_adds(b, css);
	rl_buf_adds(b, "</style><script nonce=\"");
	h(b, o->nonce);
	rl_buf_adds(b, "\">window.onerror=function(m){var e=document.getElementById('rl-errors');"
		       "if(e)e.textContent+=m+' ';};</script></head>");
	rl_buf_addf(
		b,
		"<body data-refresh=\"%u\"><header class=\"top\"><h1>redline guard: %zu pending "
		"hold%s</h1></header><main><div id=\"rl-errors\"></div>",
		o->refresh_s ? o->refresh_s : 20, np, np == 1 ? "" : "s");
	if (!np)
		rl_buf_adds(b, "<p>Nothing waits for a decision.</p>");
	for (i = 0; i < np; i++)
		hold_html(b, &pending[i], o);
	rl_buf_adds(b, "<h2>Decided</h2>");
	if (!nd) {
		rl_buf_adds(b, "<p class=\"meta\">No hold has been decided yet.</p>");
	} else {
		rl_buf_adds(
			b,
			"<table class=\"history\"><tr><th>decided</th><th>decision</th><th>by</th>"
			"<th>note</th><th>rule</th><th>agent</th><th>hold</th></tr>");
		for (i = 0; i < nd; i++) {
			const rl_hold_rec *r = &decided[i];
			char when[40];
			rl_iso8601(r->decided_ms, when, sizeof when);
			rl_buf_adds(b, "<tr><td>");
			h(b, when);
			rl_buf_adds(b, "</td><td>");
			h(b, r->status == RL_HOLD_APPROVED ? "approved" : "denied");
			rl_buf_adds(b, "</td><td>");
			h(b, r->decided_by);
			rl_buf_adds(b, "</td><td>");
			h(b, r->note);
			rl_buf_adds(b, "</td><td>");
			h(b, r->rule);
			rl_buf_adds(b, "</td><td>");
			h(b, r->agent);
			rl_buf_adds(b, "</td><td><code>");
			h(b, r->id);
			rl_buf_adds(b, "</code></td></tr>");
		}
		rl_buf_adds(b, "</table>");
	}
	rl_buf_adds(b, "</main><script nonce=\"");
	h(b, o->nonce);
	rl_buf_adds(b, "\">");
	rl_buf_adds(b, js);
	if (rl_buf_adds(b, "</script></body></html>")) {
		b->len = start;
		return RL_ENOMEM;
	}
	return 0;
}

int ap_csp(const char *nonce, char *out, size_t n)
{
	int k = snprintf(out, n,
			 "default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-%s'; "
			 "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
			 nonce);
	return k < 0 || (size_t)k >= n ? RL_ELIMIT : 0;
}
