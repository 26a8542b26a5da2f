#!/bin/bash
# test: serial
# make install into a temporary PREFIX after the plain build: redline.pc
# and the compiled-in data directory follow PREFIX (rebuilt from a stamp),
# pkg-config --cflags --libs (and --static) link a program, the default
# policy, man pages (`man redline-run`) and completions are installed;
# DESTDIR stages without changing the paths inside.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
B=$(basename "$REDLINE_BUILD")
MK=(make -s -C "$REDLINE_SRC" BUILD="$B")
SANCC= # a program linking the sanitized library needs the sanitizer runtimes too
[ "$B" = build-asan ] && { MK+=(SAN=1); SANCC="-fsanitize=address,undefined"; }
P=$T_TMP/prefix
restore() { "${MK[@]}" > /dev/null 2>&1; rm -rf "$T_TMP"; }
trap restore EXIT
t_ok "make install PREFIX=tmp" "${MK[@]}" install PREFIX="$P"
t_ok "the command runs" "$P/bin/redline" -V
t_grep "data directory follows PREFIX" "$P/share/redline" <(strings "$P/bin/redline")
export PKG_CONFIG_PATH=$P/lib/pkgconfig
t_ok "pkg-config --cflags --libs" pkg-config --cflags --libs redline
t_grep "prefix in redline.pc" "^-I$P/include .*-L$P/lib -lredline" "$T_TMP/out"
cat > "$T_TMP/use.c" <<'C'
#include <stdio.h>
#include <redline/err.h>
int main(void) { printf("%s\n", rl_strerror(RL_ENOMEM)); return 0; }
C
t_ok "a program links against the shared library" \
	sh -c "cc $SANCC '$T_TMP/use.c' -o '$T_TMP/use' \$(pkg-config --cflags --libs redline) -Wl,-rpath,'$P/lib' && '$T_TMP/use'"
t_ok "pkg-config --static" pkg-config --static --libs redline
# the fake provider (a test server) is not in the library: no libmicrohttpd
t_no_grep "libmicrohttpd is not a dependency of the library" microhttpd "$T_TMP/out"
t_no_grep "nor of libredline.so" microhttpd <(ldd "$P/lib/libredline.so")
t_ok "and links against libredline.a" \
	sh -c "cc $SANCC '$T_TMP/use.c' -o '$T_TMP/use-static' \$(pkg-config --cflags redline) '$P/lib/libredline.a' \$(pkg-config --static --libs redline | sed 's/-lredline//') && '$T_TMP/use-static'"
t_ok "no shared libredline needed by the static one" sh -c "! ldd '$T_TMP/use-static' | grep -q libredline"
t_ok "the default policy is installed" cmp "$P/share/redline/policies/default.yaml" "$REDLINE_SRC/policies/default.yaml"
t_ok "policy show prints the same" sh -c "'$P/bin/redline' policy show | cmp - '$P/share/redline/policies/default.yaml'"
t_ok "man redline-run" env MANPATH="$P/share/man" MANPAGER=cat PAGER=cat MANWIDTH=80 man redline-run
t_grep "the page is run's help" 'redline-run - run a stress-test campaign' "$T_TMP/out"
t_grep "with its options" '--dry-run' "$T_TMP/out"
t_ok "a page per command" test -f "$P/share/man/man1/redline-report.1" -a -f "$P/share/man/man1/redline.1"
t_ok "bash completion installed" test -f "$P/share/bash-completion/completions/redline"
t_ok "zsh completion installed" test -f "$P/share/zsh/site-functions/_redline"
t_eq "bash completes commands" "$(bash -c "source '$P/share/bash-completion/completions/redline'; COMP_WORDS=('$P/bin/redline' rep); COMP_CWORD=1; _redline; echo \${COMPREPLY[*]}")" "report"
t_eq "and options" "$(bash -c "source '$P/share/bash-completion/completions/redline'; COMP_WORDS=('$P/bin/redline' report --fo); COMP_CWORD=2; _redline; echo \${COMPREPLY[*]}")" "--format"
S=$T_TMP/stage
# the same PREFIX: nothing is rebuilt, only staged
t_ok "DESTDIR stages" "${MK[@]}" install PREFIX="$P" DESTDIR="$S"
t_ok "under DESTDIR/PREFIX" test -x "$S$P/bin/redline"
t_grep "the .pc names PREFIX, not DESTDIR" "^prefix=$P\$" "$S$P/lib/pkgconfig/redline.pc"
t_done
