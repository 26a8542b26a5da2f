/* render_html.c: one self-contained HTML file: a model x condition
 * heatmap and per-scenario bar charts with interval whiskers (inline SVG
 * drawn here), every report table, and a transcript browser (inline JS)
 * that filters by model, condition and verdict and highlights actions and
 * evidence.
 *
 * Safety: model text reaches the page only (a) HTML-escaped
 * (rl_buf_add_html) in markup and SVG <title>s, or (b) inside a
 * <script type="application/json"> block escaped by
 * rl_buf_add_json_script (so "</script>" cannot close it), from which the
 * script builds nodes with textContent only, never innerHTML. A
 * Content-Security-Policy allows no network at all and only the one inline
 * script whose SHA-256 it names, so even an escaping bug could not run an
 * injected script or fetch anything. */
#include "redline/report.h"

#include <jansson.h>
#include <math.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "redline/action.h"
#include "redline/stats.h"
#include "report/internal.h"

void rl_report_fmt_cell(rl_buf *b, const rl_cell *c);
int rl_report_col_has_ci(const rl_table *t, size_t c);

#define TRANSCRIPT_MAX (256u << 10) /* bytes of each text embedded */
#define HTML_SPANS_MAX 256

static const char CSS[] =
	":root{--fg:#1d2330;--muted:#5b6475;--line:#d9dee7;--bg:#fff;--panel:#f6f8fb;"
	"--harm:#d55e00;--ok:#0072b2;--unk:#8a6d00}"
	"*{box-sizing:border-box}"
	"body{margin:0;font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
	"color:var(--fg);background:var(--bg)}"
	"header{padding:20px 28px 12px;border-bottom:1px solid var(--line);background:var(--panel)}"
	"h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}"
	"h3{font-size:15px;margin:18px 0 6px}"
	".sub{color:var(--muted);margin:0}"
	"nav{padding:8px 28px;border-bottom:1px solid var(--line);position:sticky;top:0;"
	"background:#fff;z-index:2}nav a{margin-right:16px;color:#2456a6;text-decoration:none}"
	"main{padding:0 28px 40px;max-width:1400px}"
	".note{color:var(--muted);max-width:900px;margin:2px 0 8px}"
	".scroll{overflow:auto;max-height:720px;border:1px solid var(--line);border-radius:6px;"
	"padding:8px;background:#fff}"
	"svg text{font:11px system-ui,sans-serif;fill:#1d2330}"
	"svg .lab{fill:#1d2330}svg .ax{stroke:#c3c9d4;stroke-width:1}"
	"svg rect.cell{cursor:pointer}svg rect.cell:hover{stroke:#000;stroke-width:1.5}"
	"table{border-collapse:collapse;margin:6px 0 14px;font-size:13px}"
	"th,td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:left;"
	"vertical-align:top}th{background:var(--panel);position:sticky;top:0}"
	"td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
	".tablewrap{overflow:auto;max-height:520px}"
	".legend span{display:inline-block;margin-right:14px}"
	".legend i{display:inline-block;width:12px;height:12px;margin-right:4px;"
	"vertical-align:-2px;border-radius:2px}"
	"#browser{display:grid;grid-template-columns:minmax(260px,380px) 1fr;gap:14px}"
	"#filters{margin:6px 0 10px}#filters label{margin-right:14px}"
	"#filters select{max-width:260px}"
	"#list{list-style:none;margin:0;padding:0;max-height:640px;overflow:auto;"
	"border:1px solid var(--line);border-radius:6px}"
	"#list li{padding:6px 10px;border-bottom:1px solid var(--line);cursor:pointer}"
	"#list li:hover,#list li.sel{background:#eef3fb}"
	"#list .meta{color:var(--muted);font-size:12px;overflow-wrap:anywhere}"
	"th{cursor:pointer;user-select:none}th.asc::after{content:' \\25B2'}"
	"th.desc::after{content:' \\25BC'}td{white-space:nowrap}"
	"#search{margin:8px 0;padding:4px 8px;width:320px;max-width:100%}"
	"svg .ci{stroke:#1d2330;stroke-width:1.6}svg .zero{stroke:#5b6475;stroke-dasharray:3 3}"
	"svg .pt{fill:#0072b2}"
	".badge{display:inline-block;padding:0 6px;border-radius:9px;font-size:11px;"
	"color:#fff;margin-right:6px}"
	".b-harmful{background:var(--harm)}.b-not_harmful{background:var(--ok)}"
	".b-unknown{background:var(--unk)}"
	"#detail{border:1px solid var(--line);border-radius:6px;padding:10px 14px;"
	"min-height:200px;overflow:auto;max-height:760px}"
	"#detail dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0 0 8px}"
	"#detail dt{color:var(--muted)}#detail dd{margin:0;overflow-wrap:anywhere}"
	"pre.tx{white-space:pre-wrap;word-wrap:break-word;background:var(--panel);padding:10px;"
	"border-radius:6px;font:12.5px/1.5 ui-monospace,Menlo,Consolas,monospace}"
	"mark.act{background:#dbe8ff;outline:1px solid #8fb0ea}"
	"mark.ev{background:#ffd9d9;outline:1px solid #e07a7a}"
	"mark.act.ev{background:#ffc7a8}"
	"#rl-errors{color:#b00}";

/* The browser. Builds every node from the JSON block with textContent;
 * records script errors in #rl-errors and marks <body data-rendered="ok">
 * when done, so the headless-browser test can see both. */
static const char JS[] =
	"(function(){'use strict';\n"
	"var errs=document.getElementById('rl-errors');\n"
	"window.addEventListener('error',function(ev){errs.textContent+='error: '+ev.message+'\\n';"
	"document.body.setAttribute('data-rendered','error');});\n"
	"var data=JSON.parse(document.getElementById('rl-data').textContent);\n"
	"var S=data.samples,fm=document.getElementById('f-model'),"
	"fc=document.getElementById('f-cond'),fv=document.getElementById('f-verdict'),"
	"list=document.getElementById('list'),det=document.getElementById('detail'),"
	"cnt=document.getElementById('count');\n"
	"function el(t,c,x){var e=document.createElement(t);if(c)e.className=c;"
	"if(x!==undefined&&x!==null)e.textContent=String(x);return e;}\n"
	"function opt(s,v,l){var o=el('option',null,l);o.value=v;s.appendChild(o);}\n"
	"data.models.forEach(function(m,i){opt(fm,String(i),m);});\n"
	"data.conditions.forEach(function(c,i){opt(fc,String(i),c);});\n"
	"var VL={harmful:'harmful',not_harmful:'not harmful',unknown:'unknown'};\n"
	"function segs(pre,a){a.forEach(function(s){if(!s[1]){pre.appendChild("
	"document.createTextNode(s[0]));return;}var m=el('mark',"
	"(s[1]&1?'act':'')+(s[1]&2?' ev':''),s[0]);var t=[];if(s[1]&1)t.push('action');"
	"if(s[2])t.push('evidence: '+s[2]);m.title=t.join('; ');pre.appendChild(m);});}\n"
	"function row(dl,k,v){if(v===null||v===undefined||v==='')return;"
	"dl.appendChild(el('dt',null,k));dl.appendChild(el('dd',null,v));}\n"
	"function show(s,li){Array.prototype.forEach.call(list.querySelectorAll('li.sel'),"
	"function(x){x.className='';});if(li)li.className='sel';det.textContent='';\n"
	"var h=el('h3');h.appendChild(el('span','badge b-'+s.v,VL[s.v]));"
	"h.appendChild(document.createTextNode(s.id));det.appendChild(h);\n"
	"var dl=el('dl');row(dl,'model',data.models[s.m]);row(dl,'condition',data.conditions[s.c]);"
	"row(dl,'sample',s.n);row(dl,'unknown reason',s.why);row(dl,'rules',s.r);"
	"row(dl,'judge',s.j);row(dl,'detectors',s.cat);row(dl,'awareness',s.aw);"
	"det.appendChild(dl);\n"
	"var P=data.prompts&&data.prompts[s.c];if(P){[['System prompt',P.s],['User prompt',P.u],"
	"['Emails',P.e]].forEach(function(x){if(!x[1])return;var d=el('details','prompt');"
	"d.appendChild(el('summary',null,x[0]));d.appendChild(el('pre','tx',x[1]));"
	"det.appendChild(d);});}\n"
	"if(s.jr){det.appendChild(el('h3',null,'Judge'));det.appendChild(el('pre','tx',s.jr));}\n"
	"if(s.rs&&s.rs.length){det.appendChild(el('h3',null,'Reasoning'));"
	"var p1=el('pre','tx');segs(p1,s.rs);det.appendChild(p1);}\n"
	"if(window.rlTurns(det,s,el,segs))return;\n"
	"det.appendChild(el('h3',null,'Response'));var p2=el('pre','tx');"
	"if(s.rp&&s.rp.length)segs(p2,s.rp);else p2.textContent='(no transcript text in the input)';"
	"det.appendChild(p2);}\n"
	"function render(){list.textContent='';var m=fm.value,c=fc.value,v=fv.value,k=0,first=null;\n"
	"S.forEach(function(s){if(m!==''&&String(s.m)!==m)return;if(c!==''&&String(s.c)!==c)return;"
	"if(v!==''&&s.v!==v)return;k++;var li=el('li');"
	"li.appendChild(el('span','badge b-'+s.v,VL[s.v]));"
	"li.appendChild(document.createTextNode(s.id));"
	"li.appendChild(el('div','meta',data.models[s.m]+' \\u00b7 '+data.conditions[s.c]));"
	"li.addEventListener('click',function(){show(s,li);});list.appendChild(li);"
	"if(!first)first=[s,li];});\n"
	"cnt.textContent=k+' shown of '+S.length+' embedded ('+data.total+' samples in the report)';"
	"if(first)show(first[0],first[1]);else det.textContent='No sample matches the filters.';}\n"
	"[fm,fc,fv].forEach(function(s){s.addEventListener('change',render);});\n"
	"Array.prototype.forEach.call(document.querySelectorAll('rect.cell'),function(r){"
	"r.addEventListener('click',function(){fm.value=r.getAttribute('data-m');"
	"fc.value=r.getAttribute('data-c');fv.value='';render();"
	"document.getElementById('transcripts').scrollIntoView();});});\n"
	"function key(td){var v=td.getAttribute('data-v');return v===null?td.textContent:"
	"(v===''?NaN:parseFloat(v));}\n"
	"function sortBy(th,dir){var tb=th.closest('table'),i=Array.prototype.indexOf.call("
	"th.parentNode.children,th),body=tb.tBodies[0],rows=Array.prototype.slice.call(body.rows);"
	"rows.sort(function(a,b){var x=key(a.cells[i]),y=key(b.cells[i]);"
	"if(typeof x==='number'&&typeof y==='number'){if(isNaN(x))return isNaN(y)?0:1;"
	"if(isNaN(y))return -1;return dir*(x-y);}return dir*String(x).localeCompare(String(y));});"
	"rows.forEach(function(r){body.appendChild(r);});"
	"Array.prototype.forEach.call(th.parentNode.children,function(h){h.className='';});"
	"th.className=dir>0?'asc':'desc';}\n"
	"Array.prototype.forEach.call(document.querySelectorAll('#tables th'),function(th){"
	"th.title='click to sort';th.addEventListener('click',function(){"
	"sortBy(th,th.className==='asc'?-1:1);});});\n"
	"var q=document.getElementById('search');\n"
	"function search(){var t=q.value.toLowerCase(),hid=0;Array.prototype.forEach.call("
	"document.querySelectorAll('#tables tbody tr'),function(r){var on=!t||"
	"r.textContent.toLowerCase().indexOf(t)>=0;r.style.display=on?'':'none';"
	"r.setAttribute('data-hidden',on?'0':'1');if(!on)hid++;});"
	"Array.prototype.forEach.call(list.children,function(li){var on=!t||"
	"li.textContent.toLowerCase().indexOf(t)>=0;li.style.display=on?'':'none';});"
	"document.getElementById('search-count').textContent=t?hid+' table rows hidden':'';}\n"
	"q.addEventListener('input',search);\n"
	"render();\n"
	"(function(){var h=decodeURIComponent(location.hash.replace(/^#/,''));"
	"h.split('&').forEach(function(kv){var p=kv.split('='),k=p[0],v=p.slice(1).join('=');"
	"if(k==='q'){q.value=v;search();}if(k==='sort'){var a=v.split(':'),"
	"tb=document.getElementById(a[0]),th=tb&&tb.querySelectorAll('th')[+a[1]];"
	"if(th)sortBy(th,a[2]==='desc'?-1:1);}});})();\n"
	"document.body.setAttribute('data-rendered',"
	"errs.textContent?'error':'ok');})();\n";

/* rl_buf_add_html, with C1 controls (U+0080..U+009F, valid UTF-8 that
 * base's escaper keeps) replaced too, so the file is also safe to cat. */
static void h(rl_buf *b, const char *s)
{
	const char *p, *start;
	if (!s)
		return;
	for (p = start = s; *p; p++) {
		if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] >= 0x80 &&
		    (unsigned char)p[1] <= 0x9F) {
			rl_buf_add_html(b, start, (size_t)(p - start));
			rl_buf_adds(b, "\xEF\xBF\xBD");
			start = ++p + 1;
		}
	}
	rl_buf_add_html(b, start, (size_t)(p - start));
}

/* A label cut to `max` code points with an ellipsis (the SVG margins are
 * sized for that many), escaped; the full text goes in a <title>. */
static void h_label(rl_buf *b, const char *s, size_t max)
{
	size_t i = 0, cp = 0;
	while (s[i] && cp < max) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		cp++;
	}
	if (!s[i]) {
		h(b, s);
		return;
	}
	{
		rl_buf cut = RL_BUF_INIT;
		rl_buf_add(&cut, s, i);
		h(b, cut.s);
		rl_buf_free(&cut);
	}
	rl_buf_adds(b, "\xE2\x80\xA6<title>");
	h(b, s);
	rl_buf_adds(b, "</title>");
}

/* Sequential white-to-red scale for a rate in [0, 1]. */
static void heat_color(rl_buf *b, double v)
{
	static const unsigned lo[3] = {255, 245, 240}, hi[3] = {165, 15, 21};
	unsigned c[3], k;
	if (isnan(v)) {
		rl_buf_adds(b, "#e3e6eb");
		return;
	}
	for (k = 0; k < 3; k++)
		c[k] = (unsigned)(lo[k] + (hi[k] - (double)lo[k]) * v + 0.5);
	rl_buf_addf(b, "#%02x%02x%02x", c[0], c[1], c[2]);
}

/* Model colours: evenly spread hues (golden angle), distinct for any
 * number of models. */
static void model_color(rl_buf *b, size_t i)
{
	/* Okabe and Ito's palette, distinguishable with every common colour
	 * vision deficiency (no red/green pair); past eight, hues at the
	 * golden angle */
	static const char *const oi[] = {"#0072b2", "#e69f00", "#009e73", "#cc79a7",
					 "#56b4e9", "#d55e00", "#f0e442", "#000000"};
	if (i < 8)
		rl_buf_adds(b, oi[i]);
	else
		rl_buf_addf(b, "hsl(%u,58%%,%u%%)", (unsigned)((double)i * 137.508) % 360,
			    i % 2 ? 40u : 50u);
}

static void rate_title(rl_buf *b, const char *a, const char *c, const rl_rate *x)
{
	rl_buf_adds(b, "<title>");
	h(b, a);
	if (c) {
		rl_buf_adds(b, " / ");
		h(b, c);
	}
	rl_buf_addf(b, ": %u harmful of %u decided, ", x->harmful, x->harmful + x->not_harmful);
	rl_report_fmt_pct(b, x->rate);
	rl_buf_addc(b, ' ');
	rl_report_fmt_ci(b, x->lo, x->hi);
	rl_buf_addf(b, "; %u unknown", x->unknown);
	if (x->unknown && x->samples)
		rl_buf_addf(b, ": %.1f-%.1f%% if all were not harmful / harmful",
			    100.0 * x->harmful / x->samples,
			    100.0 * (x->harmful + x->unknown) / x->samples);
	rl_buf_adds(b, "</title>");
}

static size_t maxlen(const char *const *v, size_t n)
{
	size_t i, m = 0;
	for (i = 0; i < n; i++) {
		size_t l = rl_report_width(v[i], strlen(v[i]));
		if (l > m)
			m = l;
	}
	return m;
}

/* Rows: conditions (they are many, and read well horizontally); columns:
 * models (few), labels slanted. */
static void heatmap(rl_buf *b, const rl_report *r)
{
	const double cw = 118, ch = 34;
	double left = 14 + 6.6 * (double)(maxlen(r->conditions, r->nconditions) > 60
						  ? 60
						  : maxlen(r->conditions, r->nconditions));
	double top = 20 + 5.0 * (double)(maxlen(r->models, r->nmodels) > 40
						 ? 40
						 : maxlen(r->models, r->nmodels));
	/* slanted model labels run right by about cos(35deg) of their length */
	double W =
		left + cw * (double)r->nmodels + 20 +
		5.0 * (double)(maxlen(r->models, r->nmodels) > 40 ? 40
								  : maxlen(r->models, r->nmodels));
	double H = top + ch * (double)r->nconditions + 10;
	size_t i, j;

	rl_buf_addf(b,
		    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
		    "viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"harm rate heatmap\">",
		    W, H, W, H);
	for (i = 0; i < r->nmodels; i++) {
		double x = left + cw * (double)i + cw / 2;
		rl_buf_addf(b,
			    "<text class=\"lab\" transform=\"translate(%.1f,%.1f) rotate(-35)\">",
			    x, top - 6);
		h_label(b, r->models[i], 40);
		rl_buf_adds(b, "</text>");
	}
	for (j = 0; j < r->nconditions; j++) {
		double y = top + ch * (double)j;
		rl_buf_addf(b, "<text class=\"lab\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">",
			    left - 6, y + ch * 0.68);
		h_label(b, r->conditions[j], 60);
		rl_buf_adds(b, "</text>");
		for (i = 0; i < r->nmodels; i++) {
			const rl_rate *x = &r->cells[i * r->nconditions + j];
			double cx = left + cw * (double)i;
			if (!x->samples)
				continue;
			rl_buf_addf(
				b,
				"<g><rect class=\"cell\" data-m=\"%zu\" data-c=\"%zu\" x=\"%.1f\" "
				"y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"",
				i, j, cx + 1, y + 1, cw - 2, ch - 2);
			heat_color(b, x->rate);
			rl_buf_adds(b, "\">");
			rate_title(b, r->models[i], r->conditions[j], x);
			rl_buf_addf(b,
				    "</rect><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
				    "pointer-events=\"none\" style=\"fill:%s\">",
				    cx + cw / 2, y + ch * 0.45,
				    !isnan(x->rate) && x->rate > 0.5 ? "#fff" : "#1d2330");
			rl_report_fmt_pct(b, x->rate);
			rl_buf_addf(b, " (%u/%u)</text>", x->harmful, x->harmful + x->not_harmful);
			rl_buf_addf(b,
				    "<text class=\"ci-t\" x=\"%.1f\" y=\"%.1f\" "
				    "text-anchor=\"middle\" pointer-events=\"none\" "
				    "style=\"fill:%s;font-size:10px\">",
				    cx + cw / 2, y + ch * 0.82,
				    !isnan(x->rate) && x->rate > 0.5 ? "#fff" : "#1d2330");
			rl_report_fmt_ci(b, x->lo, x->hi);
			if (x->unknown)
				rl_buf_addf(b, " %u?", x->unknown);
			rl_buf_adds(b, "</text></g>");
		}
	}
	rl_buf_adds(b, "</svg>");
}

static void bar(rl_buf *b, double x0, double w, double y, double bh, const rl_rate *x,
		const char *color, const char *a, const char *c)
{
	rl_buf_adds(b, "<g>");
	rate_title(b, a, c, x);
	if (isnan(x->rate)) {
		rl_buf_addf(b, "<text x=\"%.1f\" y=\"%.1f\" style=\"fill:#5b6475\">n/a</text></g>",
			    x0 + 3, y + bh - 1);
		return;
	}
	rl_buf_addf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
		    x0, y, w * x->rate < 1 && x->rate > 0 ? 1 : w * x->rate, bh, color);
	if (!isnan(x->lo)) {
		double l = x0 + w * x->lo, hh = x0 + w * x->hi, m = y + bh / 2;
		rl_buf_addf(b,
			    "<path d=\"M%.1f %.1fH%.1fM%.1f %.1fV%.1fM%.1f %.1fV%.1f\" "
			    "stroke=\"#1d2330\" stroke-width=\"1.2\" fill=\"none\"/>",
			    l, m, hh, l, y + 1, y + bh - 1, hh, y + 1, y + bh - 1);
	}
	rl_buf_addf(b, "<text x=\"%.1f\" y=\"%.1f\" style=\"fill:#5b6475\">", x0 + w + 6,
		    y + bh - 1);
	rl_report_fmt_pct(b, x->rate);
	rl_buf_adds(b, "</text></g>");
}

/* One chart per scenario: a group of bars (one per model, with the
 * interval as a whisker) for the scenario pooled, then for each of its
 * conditions. */
static void scenario_chart(rl_buf *b, const rl_report *r, size_t s)
{
	const double bh = 10, gap = 10, w = 360;
	size_t i, j, nrows = 1;
	double left, y, H, W;
	rl_buf col = RL_BUF_INIT;

	for (j = 0; j < r->nconditions; j++)
		if (r->cond_scenario[j] == r->scenarios[s])
			nrows++;
	left = 14 + 6.6 * (double)(maxlen(r->conditions, r->nconditions) > 60
					   ? 60
					   : maxlen(r->conditions, r->nconditions));
	H = 30 + (double)nrows * ((double)r->nmodels * (bh + 2) + gap) + 10;
	W = left + w + 70;
	rl_buf_addf(b,
		    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
		    "viewBox=\"0 0 %.0f %.0f\" role=\"img\">",
		    W, H, W, H);
	for (i = 0; i <= 4; i++) {
		double x = left + w * (double)i / 4;
		rl_buf_addf(b,
			    "<line class=\"ax\" x1=\"%.1f\" x2=\"%.1f\" y1=\"18\" y2=\"%.1f\"/>"
			    "<text x=\"%.1f\" y=\"13\" text-anchor=\"middle\">%u%%</text>",
			    x, x, H - 8, x, (unsigned)(25 * i));
	}
	y = 26;
	for (j = 0; j <= r->nconditions; j++) {
		const char *label;
		if (j == 0)
			label = "(all conditions)";
		else if (r->cond_scenario[j - 1] == r->scenarios[s])
			label = r->conditions[j - 1];
		else
			continue;
		rl_buf_addf(b, "<text class=\"lab\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">",
			    left - 6, y + ((double)r->nmodels * (bh + 2)) / 2 + 4);
		h_label(b, label, 60);
		rl_buf_adds(b, "</text>");
		for (i = 0; i < r->nmodels; i++) {
			const rl_rate *x = j == 0 ? &r->model_scenario[i * r->nscenarios + s]
						  : &r->cells[i * r->nconditions + j - 1];
			if (x->samples) {
				rl_buf_reset(&col);
				model_color(&col, i);
				bar(b, left, w, y, bh, x, col.s, r->models[i], label);
			}
			y += bh + 2;
		}
		y += gap;
	}
	rl_buf_adds(b, "</svg>");
	rl_buf_free(&col);
}

static void legend(rl_buf *b, const rl_report *r)
{
	size_t i;
	rl_buf_adds(b, "<p class=\"legend\">");
	for (i = 0; i < r->nmodels; i++) {
		rl_buf_adds(b, "<span><i style=\"background:");
		model_color(b, i);
		rl_buf_adds(b, "\"></i>");
		h(b, r->models[i]);
		rl_buf_adds(b, "</span>");
	}
	rl_buf_adds(b, "</p>");
}

/* The defense forest plot: per defense and model, the absolute reduction
 * of the harm rate (baseline - defended, percentage points) as a point
 * with its interval, against a dashed zero line; the cost (benign actions
 * held or blocked) beside it when the defense has one. */
static void forest(rl_buf *b, const rl_table *t, const char *col_diff, const char *col_rate,
		   const char *col_label, const char *id, const char *what)
{
	const double w = 420, rh = 22, left = 300, top = 28;
	size_t r, ca = 0, cc = 0, ccost = 0, c;
	double H = top + rh * (double)t->nrows + 14, W = left + w + 170;
	rl_buf tmp = RL_BUF_INIT;

	for (c = 0; c < t->ncols; c++) {
		if (!strcmp(t->cols[c], col_diff))
			ca = c;
		if (!strcmp(t->cols[c], col_rate))
			cc = c;
		if (!strcmp(t->cols[c], col_label))
			ccost = c;
	}
	rl_buf_addf(b,
		    "<svg id=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
		    "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
		    "aria-label=\"%s\">",
		    id, W, H, W, H, what);
	for (c = 0; c <= 4; c++) {
		double x = left + w * (double)c / 4;
		rl_buf_addf(b,
			    "<line class=\"ax\" x1=\"%.1f\" x2=\"%.1f\" y1=\"18\" y2=\"%.1f\"/>"
			    "<text x=\"%.1f\" y=\"13\" text-anchor=\"middle\">%+d pp</text>",
			    x, x, H - 8, x, -100 + 50 * (int)c);
	}
	rl_buf_addf(b, "<line class=\"zero\" x1=\"%.1f\" x2=\"%.1f\" y1=\"18\" y2=\"%.1f\"/>",
		    left + w / 2, left + w / 2, H - 8);
	rl_buf_addf(b, "<text x=\"%.1f\" y=\"%.1f\" style=\"fill:#5b6475\">cost</text>",
		    left + w + 12, 13.0);
	for (r = 0; r < t->nrows; r++) {
		const rl_cell *row = &t->cells[r * t->ncols], *d = &row[ca];
		double y = top + rh * (double)r + rh / 2;
		rl_buf_reset(&tmp);
		rl_buf_adds(&tmp, row[0].kind == RL_CELL_TEXT ? row[0].text : "");
		rl_buf_adds(&tmp, " \xc2\xb7 ");
		rl_buf_adds(&tmp, row[1].kind == RL_CELL_TEXT ? row[1].text : "");
		rl_buf_addf(b, "<g><text class=\"lab\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">",
			    left - 8, y + 4);
		h_label(b, tmp.s, 44);
		rl_buf_adds(b, "</text>");
		if (ca && d->kind == RL_CELL_DIFF && !isnan(d->v)) {
			double x = left + w * (d->v + 1) / 2;
			rl_buf_adds(b, "<title>");
			h(b, tmp.s);
			rl_buf_addf(b, ": %s ",
				    ca && !strcmp(t->cols[ca], "utility_cost") ? "utility cost"
									       : "reduction");
			rl_buf_reset(&tmp);
			rl_report_fmt_cell(&tmp, d);
			h(b, tmp.s);
			rl_buf_adds(b, "</title>");
			if (!isnan(d->lo) && !isnan(d->hi))
				rl_buf_addf(
					b,
					"<line class=\"ci\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" "
					"y2=\"%.1f\"/>",
					left + w * (d->lo + 1) / 2, left + w * (d->hi + 1) / 2, y,
					y);
			rl_buf_addf(b, "<circle class=\"pt\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", x,
				    y);
		} else {
			rl_buf_addf(b,
				    "<text x=\"%.1f\" y=\"%.1f\" style=\"fill:#5b6475\">n/a</text>",
				    left + w / 2 + 6, y + 4);
		}
		if (cc && row[cc].kind == RL_CELL_RATE && !isnan(row[cc].v)) {
			rl_buf_reset(&tmp);
			rl_report_fmt_cell(&tmp, &row[cc]);
			rl_buf_addf(b, "<text x=\"%.1f\" y=\"%.1f\">", left + w + 12, y + 4);
			if (ccost && row[ccost].kind == RL_CELL_TEXT && *row[ccost].text) {
				h(b, row[ccost].text);
				rl_buf_addc(b, ' ');
			}
			h(b, tmp.s);
			rl_buf_adds(b, "</text>");
		}
		rl_buf_adds(b, "</g>");
	}
	rl_buf_adds(b, "</svg>");
	rl_buf_free(&tmp);
}

/* The awareness chart: per model (and pooled), the harm rate among
 * samples that state the situation is real, that state it is an
 * evaluation, and that do not deliberate, with intervals. */
static void awareness_chart(rl_buf *b, const rl_report *r)
{
	static const char *const lab[3] = {"states real", "states evaluation", "no deliberation"};
	static const char *const col[3] = {"#d55e00", "#0072b2", "#999999"};
	const double bh = 10, gap = 12, w = 360, left = 300;
	size_t i, k, nrows = 0;
	double y = 26, H, W = left + w + 70;

	for (i = 0; i < r->naware; i++) {
		const rl_awareness_row *a = &r->aware[i];
		if (a->real.samples || a->eval.samples || a->none.samples)
			nrows++;
	}
	H = 30 + (double)nrows * (3 * (bh + 2) + gap) + 10;
	rl_buf_addf(b,
		    "<svg id=\"awareness-chart\" xmlns=\"http://www.w3.org/2000/svg\" "
		    "width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
		    "aria-label=\"harm rate by stated evaluation awareness\">",
		    W, H, W, H);
	for (i = 0; i <= 4; i++) {
		double x = left + w * (double)i / 4;
		rl_buf_addf(b,
			    "<line class=\"ax\" x1=\"%.1f\" x2=\"%.1f\" y1=\"18\" y2=\"%.1f\"/>"
			    "<text x=\"%.1f\" y=\"13\" text-anchor=\"middle\">%u%%</text>",
			    x, x, H - 8, x, (unsigned)(25 * i));
	}
	for (i = 0; i < r->naware; i++) {
		const rl_awareness_row *a = &r->aware[i];
		const rl_rate *x3[3] = {&a->real, &a->eval, &a->none};
		const char *name = a->model ? a->model : "(all models)";
		if (!a->real.samples && !a->eval.samples && !a->none.samples)
			continue;
		rl_buf_addf(b, "<text class=\"lab\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">",
			    left - 6, y + 3 * (bh + 2) / 2 + 4);
		h_label(b, name, 44);
		rl_buf_adds(b, "</text>");
		for (k = 0; k < 3; k++) {
			if (x3[k]->samples)
				bar(b, left, w, y, bh, x3[k], col[k], name, lab[k]);
			y += bh + 2;
		}
		y += gap;
	}
	rl_buf_adds(b, "</svg><p class=\"legend\">");
	for (k = 0; k < 3; k++)
		rl_buf_addf(b, "<span><i style=\"background:%s\"></i>%s</span>", col[k], lab[k]);
	rl_buf_adds(b, "</p>");
}

static void html_table(rl_buf *b, const rl_table *t, double conf)
{
	size_t r, c;
	rl_buf tmp = RL_BUF_INIT;

	rl_buf_adds(b, "<h3 id=\"t-");
	h(b, t->id);
	rl_buf_adds(b, "\">");
	h(b, t->title);
	rl_buf_adds(b, "</h3>");
	if (t->note) {
		rl_buf_adds(b, "<p class=\"note\">");
		h(b, t->note);
		rl_buf_adds(b, "</p>");
	}
	if (!t->nrows) {
		rl_buf_adds(b, "<p class=\"note\">(none)</p>");
		return;
	}
	rl_buf_adds(b, "<div class=\"tablewrap\"><table id=\"tbl-");
	h(b, t->id);
	rl_buf_adds(b, "\"><thead><tr>");
	for (c = 0; c < t->ncols; c++) {
		const char *p;
		rl_buf_reset(&tmp);
		for (p = t->cols[c]; *p; p++)
			rl_buf_addc(&tmp, *p == '_' ? ' ' : *p);
		if (rl_report_col_has_ci(t, c))
			rl_buf_addf(&tmp, " [%g%% CI]", 100.0 * conf);
		rl_buf_adds(b, "<th>");
		h(b, tmp.s);
		rl_buf_adds(b, "</th>");
	}
	rl_buf_adds(b, "</tr></thead><tbody>");
	for (r = 0; r < t->nrows; r++) {
		rl_buf_adds(b, "<tr>");
		for (c = 0; c < t->ncols; c++) {
			const rl_cell *x = &t->cells[r * t->ncols + c];
			rl_buf_reset(&tmp);
			rl_report_fmt_cell(&tmp, x);
			if (x->kind == RL_CELL_TEXT) {
				rl_buf_adds(b, "<td>");
			} else {
				/* the number the column sorts by ("" = none) */
				double sv = x->kind == RL_CELL_INT      ? (double)x->i
					    : x->kind == RL_CELL_BOUNDS ? x->hi
									: x->v;
				if (isnan(sv))
					rl_buf_adds(b, "<td class=\"n\" data-v=\"\">");
				else
					rl_buf_addf(b, "<td class=\"n\" data-v=\"%.9g\">", sv);
			}
			h(b, tmp.s);
			rl_buf_adds(b, "</td>");
		}
		rl_buf_adds(b, "</tr>");
	}
	rl_buf_adds(b, "</tbody></table></div>");
	rl_buf_free(&tmp);
}

/* ---- transcript segments ---- */

typedef struct seg_span {
	size_t s, e;
	int kind; /* 1 action, 2 evidence */
	const char *label;
} seg_span;

static size_t utf8_floor(const char *t, size_t len, size_t i)
{
	if (i > len)
		i = len;
	while (i > 0 && i < len && ((unsigned char)t[i] & 0xC0) == 0x80)
		i--;
	return i;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* Text as [[text, flags, label], ...]: flags bit 1 = inside a tool-use
 * block (an action), bit 2 = inside evidence a detector pointed at. */
static void segments(rl_buf *b, const char *text, const rl_result *x, int source)
{
	size_t len = strlen(text), nsp = 0, nb = 0, i, k, cap = HTML_SPANS_MAX * 2 + 2;
	seg_span *sp = calloc(cap, sizeof *sp);
	size_t *bd = calloc(cap * 2 + 4, sizeof *bd);
	const char *p = text;
	int truncated = 0;

	if (len > TRANSCRIPT_MAX) {
		len = utf8_floor(text, len, TRANSCRIPT_MAX);
		truncated = 1;
	}
	if (!sp || !bd) {
		free(sp);
		free(bd);
		rl_buf_adds(b, "[]");
		return;
	}
	/* actions: <tool_use:NAME> ... </tool_use:NAME> (or to the end) */
	while (nsp < HTML_SPANS_MAX &&
	       (p = rl_find_ci(p, len - (size_t)(p - text), "<tool_use:"))) {
		const char *end = rl_find_ci(p + 1, len - (size_t)(p + 1 - text), "</tool_use:");
		const char *gt = end ? memchr(end, '>', len - (size_t)(end - text)) : NULL;
		size_t e = gt ? (size_t)(gt - text) + 1 : len;
		sp[nsp].s = (size_t)(p - text);
		sp[nsp].e = e;
		sp[nsp].kind = 1;
		nsp++;
		p = text + e;
		if (e >= len)
			break;
	}
	for (i = 0; i < x->nspans && nsp < cap; i++) {
		const rl_span *s = &x->spans[i];
		if (s->source != source || s->start >= len)
			continue;
		sp[nsp].s = s->start;
		sp[nsp].e = s->end > len ? len : s->end;
		sp[nsp].kind = 2;
		sp[nsp].label = s->label;
		nsp++;
	}
	bd[nb++] = 0;
	bd[nb++] = len;
	for (i = 0; i < nsp; i++) {
		bd[nb++] = utf8_floor(text, len, sp[i].s);
		bd[nb++] = utf8_floor(text, len, sp[i].e);
	}
	qsort(bd, nb, sizeof *bd, cmp_size);
	rl_buf_addc(b, '[');
	{
		int first = 1, pflags = -1;
		const char *plabel = NULL;
		size_t start = 0;
		for (k = 0; k + 1 < nb; k++) {
			size_t a = bd[k], z = bd[k + 1];
			int flags = 0;
			const char *label = NULL;
			if (a == z)
				continue;
			for (i = 0; i < nsp; i++)
				if (sp[i].s <= a && sp[i].e >= z) {
					flags |= sp[i].kind;
					if (sp[i].kind == 2 && !label)
						label = sp[i].label;
				}
			if (flags == pflags && label == plabel)
				continue; /* extends the current segment */
			if (pflags >= 0) {
				rl_buf_adds(b, first ? "[\"" : ",[\"");
				first = 0;
				rl_buf_add_json_script(b, text + start, a - start);
				rl_buf_addf(b, "\",%d,\"", pflags);
				if (plabel)
					rl_buf_add_json_script(b, plabel, strlen(plabel));
				rl_buf_adds(b, "\"]");
			}
			start = a;
			pflags = flags;
			plabel = label;
		}
		if (pflags >= 0) {
			rl_buf_adds(b, first ? "[\"" : ",[\"");
			rl_buf_add_json_script(b, text + start, len - start);
			rl_buf_addf(b, "\",%d,\"", pflags);
			if (plabel)
				rl_buf_add_json_script(b, plabel, strlen(plabel));
			rl_buf_adds(b, "\"]");
			first = 0;
		}
		if (truncated)
			rl_buf_addf(b, "%s[\"\\n[... truncated at %u KiB]\",0,\"\"]",
				    first ? "" : ",", TRANSCRIPT_MAX >> 10);
	}
	rl_buf_addc(b, ']');
	free(sp);
	free(bd);
}

static const char *verdict_name(int v)
{
	return v == RL_VERDICT_HARMFUL       ? "harmful"
	       : v == RL_VERDICT_NOT_HARMFUL ? "not_harmful"
					     : "unknown";
}

static const char *aware_name(int a)
{
	switch (a) {
	case RL_AWARE_STATES_REAL: return "states real";
	case RL_AWARE_STATES_EVAL: return "states evaluation";
	case RL_AWARE_NO_DELIBERATION: return "no deliberation";
	}
	return NULL;
}

static void jstr_or_null(rl_buf *b, const char *s)
{
	if (!s) {
		rl_buf_adds(b, "null");
		return;
	}
	rl_buf_addc(b, '"');
	rl_buf_add_json_script(b, s, strlen(s));
	rl_buf_addc(b, '"');
}

/* The browser's data: harmful samples first, then unknown, then the rest,
 * up to the cap, each in input order. */
static void browser_data(rl_buf *b, const rl_report *r)
{
	const rl_result_set *s = r->set;
	static const int order[3] = {RL_VERDICT_HARMFUL, RL_VERDICT_UNKNOWN,
				     RL_VERDICT_NOT_HARMFUL};
	size_t i, shown = 0;
	int pass;

	rl_buf_adds(b, "{\"models\":[");
	for (i = 0; i < r->nmodels; i++) {
		if (i)
			rl_buf_addc(b, ',');
		jstr_or_null(b, r->models[i]);
	}
	rl_buf_adds(b, "],\"conditions\":[");
	for (i = 0; i < r->nconditions; i++) {
		if (i)
			rl_buf_addc(b, ',');
		jstr_or_null(b, r->conditions[i]);
	}
	/* each condition's prompt, by condition index (null when unknown) */
	rl_buf_adds(b, "],\"prompts\":[");
	{
		json_t *pj = r->opts.prompts ? json_loads(r->opts.prompts, 0, NULL) : NULL;
		for (i = 0; i < r->nconditions; i++) {
			json_t *o = r->conditions[i] ? json_object_get(pj, r->conditions[i]) : NULL;
			if (i)
				rl_buf_addc(b, ',');
			if (!json_is_object(o)) {
				rl_buf_adds(b, "null");
				continue;
			}
			rl_buf_adds(b, "{\"s\":");
			jstr_or_null(b, json_string_value(json_object_get(o, "system")));
			rl_buf_adds(b, ",\"u\":");
			jstr_or_null(b, json_string_value(json_object_get(o, "user")));
			rl_buf_adds(b, ",\"e\":");
			jstr_or_null(b, json_string_value(json_object_get(o, "email")));
			rl_buf_addc(b, '}');
		}
		json_decref(pj);
	}
	rl_buf_addf(b, "],\"total\":%zu,\"samples\":[", s ? s->n : 0);
	for (pass = 0; pass < 3 && s; pass++)
		for (i = 0; i < s->n && shown < r->opts.max_transcripts; i++) {
			const rl_result *x = &s->v[i];
			if (x->harmful != order[pass])
				continue;
			rl_buf_adds(b, shown ? ",\n{\"id\":" : "\n{\"id\":");
			if (x->id)
				jstr_or_null(b, x->id);
			else
				rl_buf_addf(b, "\"#%zu\"", i + 1);
			rl_buf_addf(b, ",\"m\":%ld,\"c\":%ld,\"v\":\"%s\"",
				    rl_report_idx(r->models, r->nmodels, x->model),
				    rl_report_idx(r->conditions, r->nconditions, x->condition),
				    verdict_name(x->harmful));
			if (x->sample >= 0)
				rl_buf_addf(b, ",\"n\":%ld", x->sample);
			rl_buf_adds(b, ",\"why\":");
			jstr_or_null(b,
				     x->harmful == RL_VERDICT_UNKNOWN ? x->unknown_reason : NULL);
			rl_buf_adds(b, ",\"r\":");
			jstr_or_null(b, x->rules == RL_VERDICT_UNKNOWN ? NULL
								       : verdict_name(x->rules));
			rl_buf_adds(b, ",\"j\":");
			jstr_or_null(b, x->judge == RL_VERDICT_UNKNOWN ? NULL
								       : verdict_name(x->judge));
			rl_buf_adds(b, ",\"cat\":");
			jstr_or_null(b, x->categories);
			rl_buf_adds(b, ",\"jr\":");
			jstr_or_null(b, x->judge_reasoning && *x->judge_reasoning
						? x->judge_reasoning
						: NULL);
			rl_buf_adds(b, ",\"aw\":");
			jstr_or_null(b, aware_name(x->awareness));
			if (x->reasoning && *x->reasoning) {
				rl_buf_adds(b, ",\"rs\":");
				segments(b, x->reasoning, x, RL_SRC_REASONING);
			}
			if (x->response && *x->response) {
				rl_buf_adds(b, ",\"rp\":");
				segments(b, x->response, x, RL_SRC_RESPONSE);
			}
			rl_report_html_turns(b, x); /* tool-form samples (turns.c) */
			rl_buf_addc(b, '}');
			shown++;
		}
	rl_buf_adds(b, "]}");
}

int rl_report_render_html(const rl_report *r, rl_buf *b, rl_err *e)
{
	rl_table **tabs = NULL;
	size_t ntabs = 0, i;
	unsigned char md[32];
	unsigned int mdlen = 0;
	unsigned char b64[64];
	int rc;

	const rl_table *defense = NULL;
	int aware = 0;
	rl_buf js = RL_BUF_INIT;

	rc = rl_report_tables(r, &tabs, &ntabs, e);
	if (rc)
		return rc;
	for (i = 0; i < ntabs; i++)
		if (!strcmp(tabs[i]->id, "defense") && tabs[i]->nrows)
			defense = tabs[i];
	for (i = 0; i < r->naware; i++)
		if (r->aware[i].real.samples || r->aware[i].eval.samples)
			aware = 1;
	/* one script: the turn view's (turns.c), then the browser's */
	rl_buf_adds(&js, RL_REPORT_TURNS_JS);
	rl_buf_add(&js, JS, sizeof JS - 1);
	EVP_Digest(js.s, js.len, md, &mdlen, EVP_sha256(), NULL);
	EVP_EncodeBlock(b64, md, (int)mdlen);

	rl_buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
		       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
		       "style-src 'unsafe-inline'; img-src data:; script-src 'sha256-");
	rl_buf_adds(b, (const char *)b64);
	rl_buf_adds(b,
		    "'\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
		    "<link rel=\"icon\" href=\"data:,\">\n<title>");
	h(b, r->opts.title);
	rl_buf_adds(b, "</title>\n<style>");
	rl_buf_adds(b, CSS);
	rl_buf_adds(b, RL_REPORT_TURNS_CSS);
	rl_buf_adds(b, "</style></head>\n<body>\n<header><h1>");
	h(b, r->opts.title);
	rl_buf_addf(b,
		    "</h1><p class=\"sub\">%u samples &middot; %zu models &middot; %zu conditions "
		    "&middot; %zu scenarios &middot; overall harm rate ",
		    r->overall.samples, r->nmodels, r->nconditions, r->nscenarios);
	rl_report_fmt_pct(b, r->overall.rate);
	rl_buf_addc(b, ' ');
	rl_report_fmt_ci(b, r->overall.lo, r->overall.hi);
	rl_buf_addf(b,
		    " &middot; %u unknown verdicts, excluded from every denominator and never "
		    "counted as not harmful &middot; %g%% %s intervals</p>",
		    r->overall.unknown, 100.0 * r->opts.conf,
		    rl_report_method_name(r->opts.method));
	rl_buf_adds(b, "<p class=\"sub\">");
	rl_report_add_summary(b, r);
	rl_buf_adds(b, "</p>");
	if (r->set && r->set->source[0]) {
		rl_buf_adds(b, "<p class=\"sub\">source: ");
		h(b, r->set->source);
		rl_buf_adds(b, "</p>");
	}
	rl_buf_adds(b, "</header>\n");
	rl_buf_adds(b, "<nav><a href=\"#heatmap\">Heatmap</a><a href=\"#charts\">Scenarios</a>");
	if (defense)
		rl_buf_adds(b, "<a href=\"#defenses\">Defenses</a>");
	if (aware)
		rl_buf_adds(b, "<a href=\"#awareness\">Awareness</a>");
	rl_buf_adds(b,
		    "<a href=\"#tables\">Tables</a><a href=\"#transcripts\">Transcripts</a>"
		    "<input id=\"search\" type=\"search\" placeholder=\"search tables and "
		    "transcripts\" aria-label=\"search\"> <span id=\"search-count\" "
		    "class=\"note\"></span></nav>\n"
		    "<main>\n<section id=\"heatmap\"><h2>Harm rate by condition and model</h2>"
		    "<p class=\"note\">Each cell: the harm rate (harmful / decided samples), its "
		    "interval below, and the number of unknown verdicts (\"3?\") when there are "
		    "any; hover for the rate if every unknown were harmful or none; click to "
		    "browse that cell's transcripts. Grey: no decided samples.</p>"
		    "<div class=\"scroll\">");
	heatmap(b, r);
	rl_buf_adds(b, "</div></section>\n<section id=\"charts\"><h2>Per scenario</h2>"
		       "<p class=\"note\">Bars: harm rate; whiskers: the interval.</p>");
	legend(b, r);
	for (i = 0; i < r->nscenarios; i++) {
		rl_buf_adds(b, "<h3>");
		h(b, r->scenarios[i]);
		rl_buf_adds(b, "</h3><div class=\"scroll\">");
		scenario_chart(b, r, i);
		rl_buf_adds(b, "</div>");
	}
	if (defense) {
		rl_buf_adds(b, "</section>\n<section id=\"defenses\"><h2>Defenses</h2>"
			       "<p class=\"note\">Absolute reduction of the harm rate (baseline "
			       "minus defended, percentage points) with its interval; right of "
			       "zero: the defense lowered harm. Cost: benign actions held or "
			       "blocked.</p>");
		for (i = 0; i < defense->ncols; i++)
			if (!strcmp(defense->cols[i], "utility_cost"))
				break;
		if (i < defense->ncols) /* safety against usefulness, row by row */
			rl_buf_adds(b,
				    "<p class=\"note\">Right: utility cost on the benign twins "
				    "(same company and routine work, no dilemma): task success "
				    "without minus with the defense, percentage points, with its "
				    "interval; right of zero: the defense stopped routine work. "
				    "Beside it: twins held (oversight) or blocked (monitor).</p>"
				    "<div class=\"scroll\" style=\"display:flex;gap:12px\">");
		else
			rl_buf_adds(b, "<div class=\"scroll\">");
		forest(b, defense, "absolute_reduction", "cost_rate", "cost", "forest",
		       "defense forest plot");
		if (i < defense->ncols)
			forest(b, defense, "utility_cost", "twin_cost_rate", "twin_cost",
			       "forest-utility", "utility cost forest plot");
		rl_buf_adds(b, "</div>");
	}
	if (aware) {
		rl_buf_adds(b, "</section>\n<section id=\"awareness\"><h2>Harm by stated "
			       "evaluation awareness</h2><p class=\"note\">Harm rate among "
			       "samples whose reasoning states the situation is real, states it "
			       "is an evaluation, or does not deliberate; whiskers: the "
			       "interval.</p><div class=\"scroll\">");
		awareness_chart(b, r);
		rl_buf_adds(b, "</div>");
	}
	rl_buf_adds(b, "</section>\n<section id=\"tables\"><h2>Tables</h2>"
		       "<p class=\"note\">Click a column heading to sort.</p>");
	for (i = 0; i < ntabs; i++)
		html_table(b, tabs[i], r->opts.conf);
	rl_buf_adds(b,
		    "</section>\n<section id=\"transcripts\"><h2>Transcripts</h2>"
		    "<p class=\"note\">Highlighted: <mark class=\"act\">actions</mark> (tool-use "
		    "blocks) and <mark class=\"ev\">evidence</mark> the detectors pointed at. "
		    "Model text is shown as text, never interpreted.</p>"
		    "<div id=\"filters\"><label>model <select id=\"f-model\"><option value=\"\">"
		    "all</option></select></label><label>condition <select id=\"f-cond\">"
		    "<option value=\"\">all</option></select></label><label>verdict "
		    "<select id=\"f-verdict\"><option value=\"\">all</option>"
		    "<option value=\"harmful\">harmful</option><option value=\"not_harmful\">"
		    "not harmful</option><option value=\"unknown\">unknown</option></select>"
		    "</label> <span id=\"count\" class=\"note\"></span></div>"
		    "<div id=\"browser\"><ul id=\"list\"></ul><div id=\"detail\"></div></div>"
		    "</section>\n<pre id=\"rl-errors\"></pre>\n</main>\n"
		    "<script type=\"application/json\" id=\"rl-data\">");
	browser_data(b, r);
	rl_buf_adds(b, "</script>\n<script>");
	rl_buf_add(b, js.s, js.len);
	rl_buf_free(&js);
	rc = rl_buf_adds(b, "</script>\n</body></html>\n");
	for (i = 0; i < ntabs; i++)
		rl_table_free(tabs[i]);
	free(tabs);
	if (rc)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	return 0;
}
