/* turns.c: the transcript browser's per-turn view of tool-form (agentic)
 * samples (issue 17): each model turn's text, its tool calls with their
 * arguments, what the environment answered (result, ok or refused), and
 * the verdict's evidence pinned to the turn and call it points at.
 *
 * Three parts: building a sample's bounded turn record from the store's
 * turns (rl_report_turn_add, load_db.c) or a JSON Lines record
 * (load_jsonl.c); resolving the verdict's native evidence, which names an
 * action by its index in the sample's executed calls, to the call's
 * "t<turn>c<call>" id; and the HTML: the data (re-emitted string by string
 * through rl_buf_add_json_script, so no model byte can end the <script>
 * block) and the script that draws it with textContent only.
 *
 * Every string is model or environment text: cut at TURN_STR_MAX bytes (on
 * a UTF-8 boundary), at most TURN_CALLS_MAX calls a turn, and a sample's
 * turns at most TURN_SAMPLE_MAX bytes in all; the page folds long results. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redline/report.h"
#include "report/internal.h"

#define TURN_STR_MAX (16u << 10)     /* bytes of one text, arguments or result */
#define TURN_CALLS_MAX 64            /* calls kept per turn (the runner's own cap) */
#define TURN_SAMPLE_MAX (256u << 10) /* bytes of one sample's turns */
#define TURN_EVIDENCE_MAX 64         /* evidence entries kept per sample */

/* s cut to TURN_STR_MAX bytes on a UTF-8 boundary, with a marker. */
static json_t *cut_str(const char *s, size_t *used)
{
	size_t n;
	json_t *j;
	if (!s)
		return json_null();
	n = strlen(s);
	if (n <= TURN_STR_MAX) {
		*used += n;
		j = json_stringn(s, n);
		return j ? j : json_string("[text that is not UTF-8, not shown]");
	}
	{
		rl_buf b = RL_BUF_INIT;
		size_t k = TURN_STR_MAX;
		while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		rl_buf_add(&b, s, k);
		rl_buf_addf(&b, "\n[... %zu more bytes not shown]", n - k);
		*used += b.len;
		j = b.s ? json_stringn(b.s, b.len) : NULL;
		if (!j)
			j = json_string("[text that is not UTF-8, not shown]");
		rl_buf_free(&b);
	}
	return j;
}

int rl_report_turn_add(json_t *turns, int turn, const char *response, const char *calls_json)
{
	size_t used = 0, i;
	json_t *o, *calls, *in, *x;

	if (!json_is_array(turns))
		return RL_EINVAL;
	/* the budget so far: what earlier turns took */
	json_array_foreach(turns, i, x)
		used += (size_t)json_integer_value(json_object_get(x, "_b"));
	if (used >= TURN_SAMPLE_MAX) {
		/* one marker turn says the rest was left out */
		json_t *last = json_array_get(turns, json_array_size(turns) - 1);
		if (!json_is_true(json_object_get(last, "cut")))
			json_array_append_new(turns,
					      json_pack("{s:i,s:b}", "turn", turn, "cut", 1));
		return 0;
	}
	o = json_object();
	calls = json_array();
	if (!o || !calls) {
		json_decref(o);
		json_decref(calls);
		return RL_ENOMEM;
	}
	json_object_set_new(o, "turn", json_integer(turn));
	json_object_set_new(o, "response", cut_str(response, &used));
	in = calls_json ? json_loads(calls_json, 0, NULL) : NULL;
	json_array_foreach(in, i, x) {
		json_t *c;
		const char *args;
		if (i >= TURN_CALLS_MAX) {
			json_object_set_new(o, "more_calls",
					    json_integer((json_int_t)(json_array_size(in) - i)));
			break;
		}
		if (!json_is_object(x))
			continue;
		c = json_object();
		if (!c)
			break;
		args = json_string_value(json_object_get(x, "arguments"));
		json_object_set_new(c, "id",
				    cut_str(json_string_value(json_object_get(x, "id")), &used));
		json_object_set_new(c, "name",
				    cut_str(json_string_value(json_object_get(x, "name")), &used));
		json_object_set_new(c, "arguments", args ? cut_str(args, &used) : json_null());
		json_object_set_new(
			c, "result",
			cut_str(json_string_value(json_object_get(x, "result")), &used));
		json_object_set_new(c, "ok", json_boolean(json_is_true(json_object_get(x, "ok"))));
		if (json_is_string(json_object_get(x, "guard"))) {
			/* the defense in the loop: its decision and whether it refused */
			const char *g = json_string_value(json_object_get(x, "guard"));
			const char *rule = json_string_value(json_object_get(x, "rule"));
			json_object_set_new(c, "guard", cut_str(g, &used));
			json_object_set_new(c, "rule", rule ? cut_str(rule, &used) : json_null());
			json_object_set_new(
				c, "denied",
				json_boolean(json_is_true(json_object_get(x, "denied"))));
		}
		json_array_append_new(calls, c);
	}
	json_decref(in);
	json_object_set_new(o, "calls", calls);
	json_object_set_new(o, "_b", json_integer((json_int_t)used));
	return json_array_append_new(turns, o) ? RL_ENOMEM : 0;
}

/* "t3c0" -> turn 3, call 0. */
static int call_id(const char *id, long *turn, long *call)
{
	int n = 0;
	if (!id || sscanf(id, "t%ldc%ld%n", turn, call, &n) != 2 || id[n] || *turn < 1 || *call < 0)
		return -1;
	return 0;
}

static void evidence_walk(json_t *v, const char *det, json_t *calls, json_t *out, int depth)
{
	const char *k;
	json_t *x;
	size_t i;

	if (depth > 8 || json_array_size(out) >= TURN_EVIDENCE_MAX)
		return;
	if (json_is_array(v)) {
		json_array_foreach(v, i, x)
			evidence_walk(x, det, calls, out, depth + 1);
		return;
	}
	if (!json_is_object(v))
		return;
	{
		const char *src = json_string_value(json_object_get(v, "source"));
		json_t *act = json_object_get(v, "action"), *t = json_object_get(v, "turn"),
		       *c = json_object_get(v, "call");
		if (src && !strcmp(src, "native") && (json_is_integer(act) || json_is_integer(t))) {
			json_t *e = json_object();
			long turn = -1, call = -1;
			size_t used = 0;
			if (!e)
				return;
			if (json_is_integer(t) && json_is_integer(c)) {
				turn = (long)json_integer_value(t);
				call = (long)json_integer_value(c);
			} else if (json_is_integer(act) && json_integer_value(act) >= 0) {
				/* the executed call the action came from: same index,
				 * same tool (the detectors lowercase the name) */
				json_t *ex = json_array_get(calls, (size_t)json_integer_value(act));
				json_t *fn = json_object_get(ex, "function");
				const char *name = json_string_value(json_object_get(fn, "name"));
				const char *tool = json_string_value(json_object_get(v, "tool"));
				if (!name || !tool || !strcasecmp(name, tool))
					call_id(json_string_value(json_object_get(ex, "id")), &turn,
						&call);
			}
			json_object_set_new(e, "turn",
					    turn >= 1 ? json_integer(turn) : json_null());
			json_object_set_new(e, "call",
					    turn >= 1 ? json_integer(call) : json_null());
			json_object_set_new(e, "detector", cut_str(det, &used));
			json_object_set_new(
				e, "rule",
				cut_str(json_string_value(json_object_get(v, "rule")), &used));
			json_object_set_new(
				e, "tool",
				cut_str(json_string_value(json_object_get(v, "tool")), &used));
			json_object_set_new(
				e, "field",
				cut_str(json_string_value(json_object_get(v, "field")), &used));
			json_object_set_new(
				e, "note",
				cut_str(json_string_value(json_object_get(v, "note")), &used));
			json_array_append_new(out, e);
			return;
		}
	}
	json_object_foreach(v, k, x) {
		/* {"detectors": {"lethal": {"hit": true, "evidence": [...]}}}: the
		 * detector's name is the key above its evidence */
		const char *d = det;
		if (json_is_object(x) && json_object_get(x, "evidence"))
			d = k;
		evidence_walk(x, d, calls, out, depth + 1);
	}
}

char *rl_report_call_evidence(json_t *rules, const char *tool_calls)
{
	json_t *calls = tool_calls ? json_loads(tool_calls, 0, NULL) : NULL, *out = json_array();
	char *s = NULL;
	if (out) {
		evidence_walk(rules, NULL, calls, out, 0);
		if (json_array_size(out))
			s = json_dumps(out, JSON_COMPACT | JSON_PRESERVE_ORDER);
	}
	json_decref(calls);
	json_decref(out);
	return s;
}

char *rl_report_turns_text(json_t *turns)
{
	size_t i;
	json_t *x;
	if (!json_array_size(turns))
		return NULL;
	json_array_foreach(turns, i, x)
		json_object_del(x, "_b");
	return json_dumps(turns, JSON_COMPACT | JSON_PRESERVE_ORDER);
}

/* ---- HTML ---- */

/* v as JSON whose every string went through rl_buf_add_json_script. */
static void emit(rl_buf *b, json_t *v, int depth)
{
	const char *k;
	json_t *x;
	size_t i;
	int first = 1;

	if (depth > 16) {
		rl_buf_adds(b, "null");
		return;
	}
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		rl_buf_addc(b, '{');
		json_object_foreach(v, k, x) {
			rl_buf_adds(b, first ? "\"" : ",\"");
			first = 0;
			rl_buf_add_json_script(b, k, strlen(k));
			rl_buf_adds(b, "\":");
			emit(b, x, depth + 1);
		}
		rl_buf_addc(b, '}');
		break;
	case JSON_ARRAY:
		rl_buf_addc(b, '[');
		json_array_foreach(v, i, x) {
			if (i)
				rl_buf_addc(b, ',');
			emit(b, x, depth + 1);
		}
		rl_buf_addc(b, ']');
		break;
	case JSON_STRING:
		rl_buf_addc(b, '"');
		rl_buf_add_json_script(b, json_string_value(v), json_string_length(v));
		rl_buf_addc(b, '"');
		break;
	case JSON_INTEGER: rl_buf_addf(b, "%lld", (long long)json_integer_value(v)); break;
	case JSON_TRUE: rl_buf_adds(b, "true"); break;
	case JSON_FALSE: rl_buf_adds(b, "false"); break;
	default: rl_buf_adds(b, "null");
	}
}

void rl_report_html_turns(rl_buf *b, const rl_result *x)
{
	json_t *t = x->turns ? json_loads(x->turns, 0, NULL) : NULL;
	json_t *ev = x->call_evidence ? json_loads(x->call_evidence, 0, NULL) : NULL;
	if (json_is_array(t)) {
		rl_buf_adds(b, ",\"tn\":");
		emit(b, t, 0);
	}
	if (json_is_array(ev)) {
		rl_buf_adds(b, ",\"ev\":");
		emit(b, ev, 0);
	}
	json_decref(t);
	json_decref(ev);
}

/* The view, defined before the browser's script (in the same <script>,
 * under the same CSP hash): window.rlTurns(detail, sample, el, segs)
 * draws the turns and returns 1, or returns 0 when the sample has none.
 * Results longer than FOLD characters are folded in a <details> whose
 * summary shows their start. */
const char RL_REPORT_TURNS_CSS[] =
	".turn{border-left:3px solid var(--line);margin:8px 0;padding:2px 0 2px 10px}"
	".turn h4{margin:4px 0;font-size:13px}.call{margin:6px 0 6px 10px}"
	".call .nm{font:600 12.5px ui-monospace,Menlo,Consolas,monospace}"
	".res-ok{color:var(--ok)}.res-no{color:var(--harm)}"
	".call.hit{outline:2px solid #e07a7a;outline-offset:2px;border-radius:4px}"
	".evn{background:#ffd9d9;border-radius:4px;padding:2px 6px;margin:3px 0;font-size:12.5px}";

const char RL_REPORT_TURNS_JS[] =
	"window.rlTurns=function(det,s,el,segs){'use strict';if(!s.tn||!s.tn.length)return 0;\n"
	"var FOLD=600,ev=s.ev||[];\n"
	"function evOf(t,c){return ev.filter(function(e){return e.turn===t&&e.call===c;});}\n"
	"function evLine(e){return (e.detector||'evidence')+(e.rule?' ('+e.rule+')':'')+"
	"(e.note?': '+e.note:'');}\n"
	"function pre(t,host){var p=el('pre','tx');p.textContent=t===null||t===undefined?'':String(t);"
	"host.appendChild(p);}\n"
	"function folded(t,host){t=t===null||t===undefined?'':String(t);"
	"if(t.length<=FOLD){pre(t,host);return;}var d=el('details','fold');"
	"d.appendChild(el('summary',null,t.slice(0,160).replace(/\\s+/g,' ')+'\\u2026 ('+t.length+"
	"' characters)'));pre(t,d);host.appendChild(d);}\n"
	"det.appendChild(el('h3',null,'Turns ('+s.tn.length+')'));\n"
	"var loose=ev.filter(function(e){return e.turn===null;});\n"
	"loose.forEach(function(e){det.appendChild(el('div','evn','evidence on a call not found: '"
	"+evLine(e)));});\n"
	"s.tn.forEach(function(t,ti){var d=el('div','turn');\n"
	"if(t.cut){d.appendChild(el('h4',null,'Turn '+t.turn+' and later: not embedded (size limit)'));"
	"det.appendChild(d);return;}\n"
	"d.appendChild(el('h4',null,'Turn '+t.turn+(t.calls&&t.calls.length?' \\u00b7 '+t.calls.length+"
	"' tool call'+(t.calls.length>1?'s':''):'')));\n"
	"var last=ti===s.tn.length-1;if(last&&s.rp&&s.rp.length){var p=el('pre','tx');segs(p,s.rp);"
	"d.appendChild(p);}else if(t.response)pre(t.response,d);\n"
	"(t.calls||[]).forEach(function(c,ci){var hits=evOf(t.turn,ci),b=el('div','call'+"
	"(hits.length?' hit':''));var h=el('div');h.appendChild(el('span','nm',c.name));"
	"h.appendChild(document.createTextNode(' call '+ci+(c.id?' \\u00b7 '+c.id:'')));b.appendChild(h);\n"
	"b.appendChild(el('div','note','arguments'));pre(c.arguments,b);\n"
	"if(c.guard)b.appendChild(el('div',c.denied?'res-no':'note','defense in the loop: '+c.guard+"
	"(c.rule?' (rule '+c.rule+')':'')+(c.denied?', refused: not run':', let through')));\n"
	"b.appendChild(el('div',c.ok?'res-ok':'res-no',c.ok?'environment: ok':'environment: refused'));"
	"folded(c.result,b);\n"
	"hits.forEach(function(e){b.appendChild(el('div','evn','evidence: '+evLine(e)));});\n"
	"d.appendChild(b);});\n"
	"if(t.more_calls)d.appendChild(el('div','note',t.more_calls+' more calls not embedded'));\n"
	"det.appendChild(d);});return 1;};\n";
