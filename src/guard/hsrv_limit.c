/* hsrv_limit.c: connections per client address, shared by the guard's
 * HTTP loops (hs_opts.iplimit): a small locked hash of counts. */
#include "guard/hsrv_int.h"

/* ---- connections per client address, shared by the loops ---- */

#define IPL_BUCKETS 1024

typedef struct ipl_node {
	unsigned char addr[16];
	unsigned char alen;
	unsigned count;
	struct ipl_node *next;
} ipl_node;

struct hs_iplimit {
	pthread_mutex_t mu;
	unsigned max;
	ipl_node *b[IPL_BUCKETS];
};

hs_iplimit *hs_iplimit_new(unsigned max)
{
	hs_iplimit *ip = calloc(1, sizeof *ip);
	if (!ip)
		return NULL;
	pthread_mutex_init(&ip->mu, NULL);
	ip->max = max;
	return ip;
}

void hs_iplimit_free(hs_iplimit *ip)
{
	size_t i;
	if (!ip)
		return;
	for (i = 0; i < IPL_BUCKETS; i++)
		while (ip->b[i]) {
			ipl_node *n = ip->b[i];
			ip->b[i] = n->next;
			free(n);
		}
	pthread_mutex_destroy(&ip->mu);
	free(ip);
}

static unsigned ipl_hash(const unsigned char *a, size_t n)
{
	unsigned h = 2166136261u;
	size_t i;
	for (i = 0; i < n; i++)
		h = (h ^ a[i]) * 16777619u;
	return h % IPL_BUCKETS;
}

/* Count one more connection from `a`: 0, or -1 when it is over the bound
 * (or out of memory). */
int gp_ipl_take(hs_iplimit *ip, const unsigned char *a, size_t n)
{
	ipl_node **pp, *x;
	int rc = 0;
	pthread_mutex_lock(&ip->mu);
	pp = &ip->b[ipl_hash(a, n)];
	for (x = *pp; x && !(x->alen == n && !memcmp(x->addr, a, n)); x = x->next)
		;
	if (!x && (x = calloc(1, sizeof *x))) {
		memcpy(x->addr, a, n);
		x->alen = (unsigned char)n;
		x->next = *pp;
		*pp = x;
	}
	if (!x || (ip->max && x->count >= ip->max))
		rc = -1;
	else
		x->count++;
	pthread_mutex_unlock(&ip->mu);
	return rc;
}

void gp_ipl_give(hs_iplimit *ip, const unsigned char *a, size_t n)
{
	ipl_node **pp, *x;
	pthread_mutex_lock(&ip->mu);
	for (pp = &ip->b[ipl_hash(a, n)]; (x = *pp); pp = &x->next)
		if (x->alen == n && !memcmp(x->addr, a, n)) {
			if (x->count && !--x->count) {
				*pp = x->next;
				free(x);
			}
			break;
		}
	pthread_mutex_unlock(&ip->mu);
}
