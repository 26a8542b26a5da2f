#!/bin/bash
# Weak pieces (src/policy/hsdb.c drop_weak): a gapped regex is entered as
# its pieces, less those vectorscan can match in one byte or none. Which
# pieces are weak is decided by a lower bound read from the piece's text
# (src/policy/minwidth.c) and, only when that bound is under two bytes, by
# vectorscan's hs_expression_info (more than half of loading the default
# policy when it was asked about every piece). REDLINE_HS_WEAK_CHECK=1
# asks vectorscan about every piece and reports a piece it calls weak
# whose bound said otherwise: none in the default policy, none in pieces
# written to be tricky (optional groups, empty alternatives, lookaheads,
# classes, escapes, small repeats), and those weak pieces are left out.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
P="$T_TMP/weak.yaml"
cat > "$P" <<'YAML'
version: 1
rules:
  - id: w1
    action: hold
    content: {pattern: "(?i)\\b(?:a|bc)?\\s*[,;][^.\\n]{0,40}\\bfoo(?:bar)?\\b"}
  - id: w2
    action: hold
    content: {pattern: "(?i)(?:x|)(?=y)z?[^\\n]{0,60}\\b(?:q{0,2}|rs)\\b[^\\n]{0,60}(?:delta|e)\\b"}
  - id: w3
    action: hold
    content: {pattern: "(?i)(?:\\d{1,2}|[A-Z])[^\\n]{0,30}(?:\\x41|\\p{L})+[^\\n]{0,30}\\bfin(?:al)?"}
YAML
for f in "$REDLINE_SRC/policies/default.yaml" "$P"; do
	REDLINE_HS_WEAK_CHECK=1 REDLINE_HS_DEBUG=2 "$REDLINE" policy check "$f" > "$T_TMP/out" 2> "$T_TMP/err"
	t_grep "$(basename "$f") loads" "rules" "$T_TMP/out"
	t_no_grep "$(basename "$f"): no weak piece with a bound of two or more" "hsdb: weak piece" "$T_TMP/err"
done
t_grep "a strong piece stays" '^hsexpr [0-9]+ [0-9]+ \(\?i\)foo\(\?:bar\)\?$' "$T_TMP/err"
t_no_grep "a one-byte piece is left out" '^hsexpr [0-9]+ [0-9]+ [^ ]*\[,;\]$' "$T_TMP/err"
t_no_grep "a piece that may match one byte is left out" '^hsexpr [0-9]+ [0-9]+ \(\?i\)\(\?:\\d\{1,2\}\|\[A-Z\]\)$' "$T_TMP/err"
t_done
