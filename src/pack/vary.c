/* vary.c: `redline pack vary --seed N`: a surface variant of a pack, same
 * structure, different names, companies and distractor order, so that a
 * model's rates on the original and on variants show how much it relies on
 * having seen the text before. Purely textual: every file of the pack is
 * copied with the chosen substitutions applied (longest form first, all at
 * once, so "Dana" never eats the "Dana" in "Dana Ortiz"), then loaded to
 * prove the variant is still a valid pack. Deterministic per seed
 * (splitmix64, not the C library's rand, whose sequence varies by libc). */
#include "pack/pack_int.h"

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/fs.h"
#include "base/yaml.h"

static unsigned long long splitmix64(unsigned long long *s)
{
	unsigned long long z = (*s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

typedef struct pair {
	const char *from, *to;
	size_t flen;
} pair;

typedef struct vary {
	rl_yaml y;
	pair *pairs;
	size_t npairs;
	unsigned long long rng;
	size_t vary_start, vary_end; /* byte span of `vary:` in pack.yaml */
	size_t name_start, name_end; /* the name scalar */
	const rl_pack *p;
	const char *src, *tmp;
	unsigned long long seed;
	rl_err *e;
} vary;

static int cmp_pair(const void *a, const void *b)
{
	const pair *x = a, *y = b;
	return x->flen < y->flen ? 1 : x->flen > y->flen ? -1 : 0;
}

static int subst(const vary *V, const char *s, size_t n, rl_buf *out)
{
	size_t i = 0, k;
	while (i < n) {
		for (k = 0; k < V->npairs; k++)
			if (V->pairs[k].flen && V->pairs[k].flen <= n - i &&
			    !memcmp(s + i, V->pairs[k].from, V->pairs[k].flen))
				break;
		if (k < V->npairs) {
			if (rl_buf_adds(out, V->pairs[k].to))
				return RL_ENOMEM;
			i += V->pairs[k].flen;
		} else {
			size_t j = i + 1;
			if (rl_buf_add(out, s + i, j - i))
				return RL_ENOMEM;
			i = j;
		}
	}
	return 0;
}

static int read_subs(vary *V)
{
	yaml_node_t *root = rl_yaml_root(&V->y), *subs;
	size_t i, k, cap = 0;

	subs = rl_yaml_get(&V->y, rl_yaml_get(&V->y, root, "vary"), "substitutions");
	for (i = 0; i < rl_yaml_count(subs); i++)
		cap += rl_yaml_count(rl_yaml_get(&V->y, rl_yaml_item(&V->y, subs, i), "forms"));
	V->pairs = calloc(cap + 1, sizeof *V->pairs);
	if (!V->pairs)
		return RL_ENOMEM;
	for (i = 0; i < rl_yaml_count(subs); i++) {
		yaml_node_t *g = rl_yaml_item(&V->y, subs, i);
		yaml_node_t *forms = rl_yaml_get(&V->y, g, "forms");
		yaml_node_t *alts = rl_yaml_get(&V->y, g, "alternatives");
		size_t na = rl_yaml_count(alts), pick;
		yaml_node_t *alt;
		/* one draw per group, even when a group has a single alternative,
		 * so adding alternatives to one group does not reshuffle others */
		pick = (size_t)(splitmix64(&V->rng) % (na ? na : 1));
		alt = rl_yaml_item(&V->y, alts, pick);
		for (k = 0; k < rl_yaml_count(forms); k++) {
			pair *pp = &V->pairs[V->npairs++];
			pp->from = rl_yaml_str(rl_yaml_item(&V->y, forms, k));
			pp->to = rl_yaml_str(rl_yaml_item(&V->y, alt, k));
			pp->flen = pp->from ? strlen(pp->from) : 0;
			if (!pp->to)
				pp->to = "";
		}
	}
	qsort(V->pairs, V->npairs, sizeof *V->pairs, cmp_pair);
	return 0;
}

/* Does file `rel` hold bundles of any scenario with distractors? Collect
 * the distractor subjects of every scenario that uses it. */
static void distractors_for(const rl_pack *p, const char *rel, rl_strlist *out)
{
	size_t s, u, k;
	for (s = 0; s < p->nscen; s++) {
		const rl_scenario *sc = &p->scen[s];
		int uses = sc->shared && !strcmp(sc->shared->path, rel);
		for (u = 0; u < p->urgencies.n; u++) {
			uses |= sc->urgency[u] && !strcmp(sc->urgency[u]->path, rel);
			uses |= sc->no_conflict[u] && !strcmp(sc->no_conflict[u]->path, rel);
		}
		if (!uses)
			continue;
		for (k = 0; k < sc->distractor_subjects.n; k++)
			if (rl_strlist_find(out, sc->distractor_subjects.v[k]) < 0)
				rl_strlist_add(out, sc->distractor_subjects.v[k]);
	}
}

/* The Timestamp: value span of an email, or 0. */
static int ts_span(const char *s, rl_span em, size_t *a, size_t *b)
{
	size_t len;
	const char *v = rl_email_header(s, em, "Timestamp", &len);
	if (!v)
		return 0;
	*a = (size_t)(v - s);
	*b = *a + len;
	return 1;
}

/* Permute the distractor emails of `in` among their own positions; each
 * email takes the timestamp of the slot it lands in. */
static int shuffle(vary *V, const char *in, size_t n, const rl_strlist *subjects, rl_buf *out)
{
	rl_span *sp = NULL;
	size_t ne = 0, i, k, nd = 0, pos = 0;
	size_t *slot = NULL, *perm = NULL;
	int rc = rl_emails_split(in, n, &sp, &ne);

	if (rc)
		return rc;
	slot = calloc(ne + 1, sizeof *slot);
	perm = calloc(ne + 1, sizeof *perm);
	if (!slot || !perm) {
		rc = RL_ENOMEM;
		goto out;
	}
	for (i = 0; i < ne; i++) {
		size_t sl;
		const char *subj = rl_email_header(in, sp[i], "Subject", &sl);
		for (k = 0; k < subjects->n; k++)
			if (subj && memmem(subj, sl, subjects->v[k], strlen(subjects->v[k]))) {
				slot[nd++] = i;
				break;
			}
	}
	for (i = 0; i < nd; i++)
		perm[i] = slot[i];
	for (i = nd; i > 1; i--) { /* Fisher-Yates */
		size_t j = (size_t)(splitmix64(&V->rng) % i), t = perm[i - 1];
		perm[i - 1] = perm[j];
		perm[j] = t;
	}
	for (i = 0; i < ne && !rc; i++) {
		size_t src = i, d;
		for (d = 0; d < nd; d++)
			if (slot[d] == i)
				src = perm[d];
		rc = rl_buf_add(out, in + pos, sp[i].start - pos);
		if (!rc && src != i) {
			size_t a1, b1, a2, b2;
			if (ts_span(in, sp[src], &a1, &b1) && ts_span(in, sp[i], &a2, &b2)) {
				rc = rl_buf_add(out, in + sp[src].start, a1 - sp[src].start);
				if (!rc)
					rc = rl_buf_add(out, in + a2, b2 - a2);
				if (!rc)
					rc = rl_buf_add(out, in + b1, sp[src].end - b1);
			} else {
				rc = rl_buf_add(out, in + sp[src].start,
						sp[src].end - sp[src].start);
			}
		} else if (!rc) {
			rc = rl_buf_add(out, in + sp[i].start, sp[i].end - sp[i].start);
		}
		pos = sp[i].end;
	}
	if (!rc)
		rc = rl_buf_add(out, in + pos, n - pos);
out:
	free(sp);
	free(slot);
	free(perm);
	return rc ? RL_ENOMEM : 0;
}

static int copy_one(vary *V, const char *rel)
{
	rl_buf from = RL_BUF_INIT, to = RL_BUF_INIT, data = RL_BUF_INIT, mid = RL_BUF_INIT,
	       out = RL_BUF_INIT;
	rl_strlist dis = {0};
	char *slash;
	int rc;

	rl_path_join(&from, V->src, rel);
	rl_path_join(&to, V->tmp, rel);
	if ((rc = rl_read_file(from.s, 16u << 20, &data, V->e)))
		goto out;
	slash = strrchr(to.s, '/');
	*slash = '\0';
	rc = rl_mkdirs(to.s, V->e);
	*slash = '/';
	if (rc)
		goto out;
	if (!strcmp(rel, "pack.yaml")) {
		/* substitutions outside `vary:`, and the name gets -v<seed> */
		char nm[600];
		snprintf(nm, sizeof nm, "\"%s-v%llu\"", V->p->name, V->seed);
		if (V->name_start < V->vary_start || !V->vary_end) {
			rc = subst(V, data.s, V->name_start, &out);
			rc = rc ? rc : rl_buf_adds(&out, nm);
			if (V->vary_end) {
				rc = rc ? rc
					: subst(V, data.s + V->name_end,
						V->vary_start - V->name_end, &out);
				rc = rc ? rc
					: rl_buf_add(&out, data.s + V->vary_start,
						     V->vary_end - V->vary_start);
				rc = rc ? rc
					: subst(V, data.s + V->vary_end, data.len - V->vary_end,
						&out);
			} else {
				rc = rc ? rc
					: subst(V, data.s + V->name_end, data.len - V->name_end,
						&out);
			}
		} else {
			rc = subst(V, data.s, V->vary_start, &out);
			rc = rc ? rc
				: rl_buf_add(&out, data.s + V->vary_start,
					     V->vary_end - V->vary_start);
			rc = rc ? rc
				: subst(V, data.s + V->vary_end, V->name_start - V->vary_end, &out);
			rc = rc ? rc : rl_buf_adds(&out, nm);
			rc = rc ? rc : subst(V, data.s + V->name_end, data.len - V->name_end, &out);
		}
	} else {
		distractors_for(V->p, rel, &dis);
		if (dis.n) {
			rc = shuffle(V, data.s, data.len, &dis, &mid);
			rc = rc ? rc : subst(V, mid.s, mid.len, &out);
		} else {
			rc = subst(V, data.s, data.len, &out);
		}
	}
	if (rc) {
		rc = rl_err_set(V->e, RL_ENOMEM, "out of memory");
		goto out;
	}
	rc = rl_write_file_atomic(to.s, out.s, out.len, V->e);
out:
	rl_strlist_free(&dis);
	rl_buf_free(&from);
	rl_buf_free(&to);
	rl_buf_free(&data);
	rl_buf_free(&mid);
	rl_buf_free(&out);
	return rc;
}

/* Copy the tree under V->src (recursively, sorted so the rng sequence is
 * the same on every file system). */
static int walk(vary *V, const char *rel)
{
	rl_buf dir = RL_BUF_INIT;
	struct dirent **ents = NULL;
	int n, i, rc = 0;

	rl_path_join(&dir, V->src, rel[0] ? rel : ".");
	n = scandir(dir.s, &ents, NULL, alphasort);
	if (n < 0) {
		rc = rl_err_set(V->e, RL_EIO, "%s: cannot list: %s", dir.s, strerror(errno));
		rl_buf_free(&dir);
		return rc;
	}
	for (i = 0; i < n; i++) {
		rl_buf child = RL_BUF_INIT, full = RL_BUF_INIT;
		struct stat st;
		if (!rc && ents[i]->d_name[0] != '.') {
			if (rel[0])
				rl_buf_addf(&child, "%s/%s", rel, ents[i]->d_name);
			else
				rl_buf_adds(&child, ents[i]->d_name);
			rl_path_join(&full, V->src, child.s);
			if (lstat(full.s, &st) == 0) {
				if (S_ISDIR(st.st_mode))
					rc = walk(V, child.s);
				else if (S_ISREG(st.st_mode))
					rc = copy_one(V, child.s);
			}
		}
		rl_buf_free(&child);
		rl_buf_free(&full);
		free(ents[i]);
	}
	free(ents);
	rl_buf_free(&dir);
	return rc;
}

static int rm_cb(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

int rl_pack_vary(const char *src_dir, const char *dest, unsigned long long seed, rl_err *e)
{
	vary V;
	rl_pack *p = NULL;
	rl_buf tmp = RL_BUF_INIT, yp = RL_BUF_INIT;
	yaml_node_t *root;
	size_t i;
	int rc;

	memset(&V, 0, sizeof V);
	V.e = e;
	V.seed = seed;
	V.rng = seed;
	V.src = src_dir;
	if ((rc = rl_pack_load(src_dir, &p, e)))
		return rc;
	V.p = p;
	if (access(dest, F_OK) == 0) {
		DIR *d = opendir(dest);
		struct dirent *de;
		int empty = d != NULL;
		while (d && (de = readdir(d)))
			if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
				empty = 0;
		if (d)
			closedir(d);
		if (!empty) {
			rl_pack_free(p);
			return rl_err_set(e, RL_EEXIST,
					  "%s: already exists (expected a new or empty directory)",
					  dest);
		}
	}
	rl_path_join(&yp, src_dir, "pack.yaml");
	if ((rc = rl_yaml_load_file(&V.y, yp.s, e)))
		goto out;
	root = rl_yaml_root(&V.y);
	for (i = 0; i < rl_yaml_count(root); i++) {
		yaml_node_t *k, *v;
		rl_yaml_pair(&V.y, root, i, &k, &v);
		if (!strcmp(rl_yaml_str(k), "vary")) {
			V.vary_start = k->start_mark.index;
			V.vary_end = v->end_mark.index;
		}
		if (!strcmp(rl_yaml_str(k), "name")) {
			V.name_start = v->start_mark.index;
			V.name_end = v->end_mark.index;
		}
	}
	if ((rc = read_subs(&V))) {
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		goto out;
	}
	rl_buf_addf(&tmp, "%s.tmp.%ld", dest, (long)getpid());
	V.tmp = tmp.s;
	nftw(V.tmp, rm_cb, 16, FTW_DEPTH | FTW_PHYS);
	if ((rc = rl_mkdirs(V.tmp, e)) || (rc = walk(&V, "")))
		goto out;
	{
		rl_pack *q = NULL;
		rc = rl_pack_load(V.tmp, &q, e);
		rl_pack_free(q);
		if (rc) {
			rl_err_prefix(e, "the variant does not load (check vary.substitutions)");
			goto out;
		}
	}
	if (rl_is_dir(dest) && rmdir(dest)) {
		rc = rl_err_set(e, RL_EIO, "%s: cannot replace: %s", dest, strerror(errno));
		goto out;
	}
	if (rename(V.tmp, dest))
		rc = rl_err_set(e, RL_EIO, "%s: cannot move into place: %s", dest, strerror(errno));
out:
	if (rc && V.tmp)
		nftw(V.tmp, rm_cb, 16, FTW_DEPTH | FTW_PHYS);
	free(V.pairs);
	rl_yaml_free(&V.y);
	rl_pack_free(p);
	rl_buf_free(&tmp);
	rl_buf_free(&yp);
	return rc;
}
