#!/bin/bash
# The library's boundary: libredline.so exports exactly the functions
# declared in include/redline/ (built with -fvisibility=hidden, see
# redline/export.h), nothing internal (gw_, pol_, mon_, hs_ ... or an rl_
# helper declared under src/), and every public declaration is exported.
# The umbrella header compiles on its own (C11 and C++), and rl_version()
# agrees with the header's version macros and with `redline --version`.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
B=$REDLINE_BUILD S=$REDLINE_SRC
SANCC= # a program linking the sanitized library needs the sanitizer runtimes too
case "$B" in *-asan) SANCC="-fsanitize=address,undefined" ;; esac

# Declared: gcc -aux-info writes one prototype per declared function, with
# the header it came from (no hand-written parser of C declarations).
echo 'int main(void) { return 0; }' > "$T_TMP/m.c"
t_ok "the umbrella header compiles alone (C11, -Wall -Wextra -Werror)" \
	cc -std=c11 -Wall -Wextra -Werror -pedantic -I"$S/include" -include redline/redline.h \
	-fsyntax-only -aux-info "$T_TMP/aux" "$T_TMP/m.c"
grep 'include/redline/' "$T_TMP/aux" | grep -oE '\brl_[a-z0-9_]+ \(' | sed 's/ ($//' | sort -u > "$T_TMP/declared"
# Exported: the dynamic symbol table, minus what a sanitizer build adds.
nm -D --defined-only "$B/libredline.so" | awk '{print $3}' |
	grep -vE '^(_init|_fini|__(asan|ubsan|odr_asan|sancov)_.*|___asan_.*)$' | sort -u > "$T_TMP/exported"
t_ok "libredline.so exports something" test -s "$T_TMP/exported"
t_eq "every exported symbol is declared in include/redline/" \
	"$(comm -23 "$T_TMP/exported" "$T_TMP/declared" | head -20 | tr '\n' ' ')" ""
t_eq "every declared function is exported" \
	"$(comm -13 "$T_TMP/exported" "$T_TMP/declared" | head -20 | tr '\n' ' ')" ""
t_eq "every exported name has the public prefix" "$(grep -v '^rl_' "$T_TMP/exported" | head -5 | tr '\n' ' ')" ""
if command -v g++ > /dev/null; then
	t_ok "the umbrella header compiles as C++" \
		g++ -Wall -Wextra -Werror -I"$S/include" -include redline/redline.h -fsyntax-only -x c++ "$T_TMP/m.c"
fi
cat > "$T_TMP/v.c" <<'C'
#include <stdio.h>
#include <string.h>
#include <redline/redline.h>
int main(void)
{
	char want[32];
	snprintf(want, sizeof want, "%d.%d.%d", REDLINE_VERSION_MAJOR, REDLINE_VERSION_MINOR,
		 REDLINE_VERSION_PATCH);
	if (strcmp(want, REDLINE_VERSION_STRING) || strcmp(rl_version(), REDLINE_VERSION_STRING))
		return 1;
	puts(rl_version());
	return 0;
}
C
t_ok "a program calls rl_version() through libredline.so" \
	sh -c "cc $SANCC -std=c11 -I'$S/include' '$T_TMP/v.c' -o '$T_TMP/v' -L'$B' -lredline -Wl,-rpath,'$(cd "$B" && pwd)' && '$T_TMP/v'"
V=$(cat "$T_TMP/out")
t_ok "redline --version" rl --version
t_eq "the command and the library agree" "$(cat "$T_TMP/out")" "redline $V"
t_done
