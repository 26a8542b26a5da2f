/* Standalone reproducer for docs/monitor.md "Known problem": build with
 * cc -DFLAGS=0 -o repro repro.c -lhs ; prints index:matched (expected all 1). */
#include <hs/hs.h>
#include <stdio.h>
#include <string.h>
static int cb(unsigned id, unsigned long long f, unsigned long long t, unsigned fl, void *c){(void)id;(void)f;(void)fl;(void)t;*(int*)c=1;return 0;}
int main(void){
 const char *e[]={"[a-z_]\\([a-z]+="}; unsigned fl[]={FLAGS}; unsigned ids[]={0};
 hs_database_t*db;hs_compile_error_t*er; hs_compile_multi(e,fl,ids,1,HS_MODE_BLOCK,NULL,&db,&er);
 hs_scratch_t*s=NULL;hs_alloc_scratch(db,&s);
 const char *t[]={"{\nchoices\n:[{\nmessage\n:{\nrole\n:\nassistant\n,\ncontent\n:\na.\npost_note(text=1)\n}}]}", "{\nchoices\n:[{\nmessage\n:{\nrole\n:\nassistant\n,\ncontent\n:\npost_note(text=1)\n}}]}", "content\n:\na.\npost_note(text=1)\n}}]}", "post_note(text=1)","a.\npost_note(text=1)","a.post_note(text=1)","x post_note(text=1)","xx post_note(text=1)","e(text=1)","ae(text=1)","a.e(text=1)","note(text=","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx e(text=1)"};
 for(unsigned i=0;i<sizeof t/sizeof t[0];i++){int h=0;hs_scan(db,t[i],strlen(t[i]),0,s,cb,&h);printf("%u:%d\n",i,h);}
 return 0;}
