# redline: build, test, install. GNU make; see README.md.
#
#   make                 the `redline` command, libredline.a/.so, redline.pc
#   make test            unit tests (cmocka) + CLI tests against build/
#   make check           test, then the same suite under ASan+UBSan, valgrind
#                        over the CLI tests, and a short fuzz smoke (CI)
#   make SAN=1 ...       build into build-asan/ with sanitizers
#   make NO_SIMD=1 ...   build into build-nosimd/ without x86 vector code
#   make fuzz            run every libFuzzer target for FUZZ_SECONDS each
#   make bench           benchmarks against their named anchors
#   make eval            detection quality on the development data in ../shared/
#   make install PREFIX=/usr/local [DESTDIR=/tmp/stage]
#                        the command, libraries, headers, redline.pc, packs,
#                        the default policy, man pages, bash/zsh completions

PREFIX  ?= /usr/local
CC      ?= gcc
# The version lives in include/redline/version.h (REDLINE_VERSION_STRING).
VERSION := $(shell sed -n 's/^\#define REDLINE_VERSION_STRING "\(.*\)"$$/\1/p' include/redline/version.h)
SOVER   := 0

PKGS := libcurl sqlite3 libpq jansson yaml-0.1 libpcre2-8 libhs gsl zlib libcrypto
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) libmicrohttpd 2>/dev/null)
# http-parser (libhttp-parser-dev) ships no .pc file
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lhttp_parser -lm -lpthread
# The fake provider (src/fake, a test server) is not part of the library:
# only the command (`redline fake-provider`) and the unit tests link it.
FAKE_LIBS  := $(shell pkg-config --libs libmicrohttpd 2>/dev/null)

# make NO_SIMD=1: the monitor's plain C scans instead of its x86 SSE2/AVX2
# ones (src/monitor/simd.h), as on arm64, to test that fallback here; into
# build-nosimd/ so that the two kinds of object never mix.
ifeq ($(NO_SIMD),1)
BUILD  ?= build-nosimd
SIMDFLAGS := -DRL_NO_SIMD
endif

ifeq ($(SAN),1)
BUILD  ?= build-asan
OPT    ?= -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
SANLD  := -fsanitize=address,undefined
else
BUILD  ?= build
OPT    ?= -O2 -g
SANLD  :=
endif

WARN   := -Wall -Wextra -Werror -Wformat=2 -Wno-missing-field-initializers
CPPFLAGS_ALL := -Iinclude -Isrc -D_GNU_SOURCE -DRL_VERSION=\"$(VERSION)\" \
	-DRL_DATADIR=\"$(PREFIX)/share/redline\" $(SIMDFLAGS) $(PKG_CFLAGS) $(CPPFLAGS)
# Only what include/redline/ declares is exported (redline/export.h).
CFLAGS_ALL := -std=c11 $(WARN) $(OPT) -fPIC -fvisibility=hidden $(CFLAGS)
LDFLAGS_ALL := $(SANLD) $(LDFLAGS)

LIB_SRC := $(sort $(filter-out src/cli/% src/fake/%,$(wildcard src/*/*.c)))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
FAKE_SRC := $(sort $(wildcard src/fake/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
FAKE_OBJ := $(FAKE_SRC:%.c=$(BUILD)/obj/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_SRC := $(sort $(wildcard tests/tools/*.c))
TOOL_BIN := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tools/%)
HEADERS := $(wildcard include/redline/*.h) $(wildcard src/*/*.h)
# Header dependencies: -MMD writes each object's list of included headers
# next to it (.d), -MP adds an empty rule per header so a deleted header
# does not break the build; the .d files are included at the end.
DEPFLAGS = -MMD -MP -MF $@.d -MT $@
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))

.PHONY: all test check eval fuzz fuzz-smoke bench install uninstall clean demo man deps lint \
	format format-check compile_commands.json FORCE

all: $(BUILD)/redline $(BUILD)/libredline.a $(BUILD)/libredline.so $(BUILD)/redline.pc $(TOOL_BIN)

# PREFIX is compiled in (RL_DATADIR) and written into redline.pc: the stamp
# records the PREFIX they were made for, and changes (only) when PREFIX
# does, so `make install PREFIX=...` after a plain `make` rebuilds them.
$(BUILD)/prefix.stamp: FORCE
	@mkdir -p $(BUILD)
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' > $@
$(BUILD)/obj/src/cli/main.o: $(BUILD)/prefix.stamp

# An object without its .d (never built with -MMD) is rebuilt: the .d
# files are targets without a recipe, so a missing one counts as changed.
$(BUILD)/obj/%.o: %.c $(BUILD)/obj/%.o.d
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) $(DEPFLAGS) -c $< -o $@

# The default policy is embedded with .incbin: rebuild when the YAML changes.
$(BUILD)/obj/src/policy/default.o: policies/default.yaml

$(BUILD)/libredline.a: $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/libredline.so.$(VERSION): $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,libredline.so.$(SOVER) $(LDFLAGS_ALL) -o $@ $^ $(PKG_LIBS)

$(BUILD)/libredline.so: $(BUILD)/libredline.so.$(VERSION)
	ln -sf libredline.so.$(VERSION) $(BUILD)/libredline.so.$(SOVER)
	ln -sf libredline.so.$(VERSION) $@

$(BUILD)/libredline-fake.a: $(FAKE_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/redline: $(CLI_OBJ) $(BUILD)/libredline-fake.a $(BUILD)/libredline.a
	$(CC) $(LDFLAGS_ALL) -o $@ $(CLI_OBJ) $(BUILD)/libredline-fake.a $(BUILD)/libredline.a \
	    $(PKG_LIBS) $(FAKE_LIBS)

$(BUILD)/redline.pc: redline.pc.in $(BUILD)/prefix.stamp Makefile
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' \
	    -e 's|@LIBS_PRIVATE@|$(strip $(PKG_LIBS))|' $< > $@

# Unit tests and test tools link the static libraries, so they may use
# internal (hidden) symbols; the fake provider's archive costs nothing to
# those that do not use it.
$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/tests/%.d $(BUILD)/libredline-fake.a $(BUILD)/libredline.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) $(DEPFLAGS) $(LDFLAGS_ALL) -o $@ $< \
	    $(BUILD)/libredline-fake.a $(BUILD)/libredline.a $(PKG_LIBS) $(FAKE_LIBS) \
	    $$(pkg-config --libs cmocka)

$(BUILD)/tools/%: tests/tools/%.c $(BUILD)/tools/%.d $(BUILD)/libredline-fake.a $(BUILD)/libredline.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) $(DEPFLAGS) $(LDFLAGS_ALL) -o $@ $< \
	    $(BUILD)/libredline-fake.a $(BUILD)/libredline.a $(PKG_LIBS) $(FAKE_LIBS)

# The fuzz targets are built with clang only in `make check`'s last stage;
# compiling them here with -fsyntax-only catches an API change that breaks a
# harness in the first minute of CI instead of the last.
$(BUILD)/fuzz-syntax.stamp: $(FUZZ_SRC) $(wildcard fuzz/*.h) $(HEADERS)
	@mkdir -p $(BUILD)
	@for f in $(FUZZ_SRC); do \
	    $(CC) $(CPPFLAGS_ALL) -std=c11 $(WARN) -fsyntax-only $$f || exit 1; done
	@touch $@

test: all $(UNIT_BIN) $(BUILD)/fuzz-syntax.stamp
	BUILD=$(BUILD) tests/run.sh

check:
	tests/check.sh

# The module graph of docs/architecture.md (scripts/deps).
deps:
	scripts/deps

# Static analysis. Suppressions: tests/cppcheck/suppressions (each one
# says why); jansson's iteration macros: tests/cppcheck/jansson.cfg.
CPPCHECK ?= cppcheck
lint:
	$(CPPCHECK) --quiet --error-exitcode=1 --std=c11 \
	    --enable=warning,performance,portability --inline-suppr \
	    --library=tests/cppcheck/jansson.cfg \
	    --suppressions-list=tests/cppcheck/suppressions \
	    --template='{file}:{line}: {severity} ({id}): {message}' \
	    -j$${LINT_JOBS:-2} -Iinclude -Isrc -D_GNU_SOURCE -DRL_VERSION='"$(VERSION)"' \
	    -DRL_DATADIR='"x"' src

# .clang-format over the C sources (scripts/format: src/, include/,
# tests/unit/, tests/tools/, fuzz/). `make format` rewrites them in place;
# `make format-check` lists the files that differ and fails (tests/check.sh).
CLANG_FORMAT ?= clang-format
format:
	CLANG_FORMAT=$(CLANG_FORMAT) scripts/format

format-check:
	CLANG_FORMAT=$(CLANG_FORMAT) scripts/format --check

# The compilation database (clangd, clang-tidy), from this Makefile's own
# flags: one entry per C file of the library, the command and the tests.
comma := ,
CC_ARGS = $(foreach w,$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL),"$(w)"$(comma))
compile_commands.json:
	@{ echo '['; sep=; \
	for f in $(LIB_SRC) $(FAKE_SRC) $(CLI_SRC) $(UNIT_SRC) $(TOOL_SRC); do \
	    printf '%s{"directory": "%s", "file": "%s",\n "arguments": [%s "-c", "%s"]}\n' \
	        "$$sep" "$(CURDIR)" "$$f" '$(CC_ARGS)' "$$f"; sep=,; \
	done; echo ']'; } > $@.tmp && mv $@.tmp $@
	@echo "compile_commands.json: $$(grep -c '"file"' $@) files"

# Quality figures on the development data in ../shared/ (see tests/eval/).
eval: all
	BUILD=$(BUILD) tests/eval/run.sh

FUZZ_SECONDS ?= 60
FUZZ_BIN := $(FUZZ_SRC:fuzz/%.c=build-fuzz/%)
# The library is compiled once with coverage instrumentation and shared by
# every target (compiling it per target made `make fuzz-smoke` take an hour
# on two cores once there were twenty targets).
FUZZ_CC := clang -std=c11 -g -O1 -Iinclude -Isrc -D_GNU_SOURCE \
	-DRL_VERSION=\"$(VERSION)\" -DRL_DATADIR=\"$(PREFIX)/share/redline\" $(PKG_CFLAGS)
FUZZ_OBJ := $(LIB_SRC:%.c=build-fuzz/obj/%.o)
$(FUZZ_OBJ): build-fuzz/obj/%.o: %.c build-fuzz/obj/%.o.d
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -fsanitize=fuzzer-no-link,address,undefined $(DEPFLAGS) -c $< -o $@
build-fuzz/%: fuzz/%.c $(wildcard fuzz/*.h) $(FUZZ_OBJ)
	@mkdir -p build-fuzz
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined -o $@ $< $(FUZZ_OBJ) $(PKG_LIBS)

fuzz: $(FUZZ_BIN)
	FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz.sh $(FUZZ_BIN)

fuzz-smoke: $(FUZZ_BIN)
	FUZZ_SECONDS=$${FUZZ_SECONDS:-5} tests/fuzz.sh $(FUZZ_BIN)

bench: all
	bench/run.sh

demo: all
	scripts/demo

# Man pages from the help text (scripts/mkman): redline(1), redline-CMD(1).
man: $(BUILD)/man/redline.1
$(BUILD)/man/redline.1: $(BUILD)/redline scripts/mkman
	rm -rf $(BUILD)/man
	scripts/mkman $(BUILD)/redline $(BUILD)/man $(VERSION)

install: all man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig \
	    $(DESTDIR)$(PREFIX)/include/redline $(DESTDIR)$(PREFIX)/share/redline/policies \
	    $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	    $(DESTDIR)$(PREFIX)/share/zsh/site-functions
	install -m 755 $(BUILD)/redline $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(BUILD)/libredline.a $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(BUILD)/libredline.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/
	ln -sf libredline.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libredline.so.$(SOVER)
	ln -sf libredline.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libredline.so
	install -m 644 include/redline/*.h $(DESTDIR)$(PREFIX)/include/redline/
	install -m 644 $(BUILD)/redline.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/
	cp -R packs $(DESTDIR)$(PREFIX)/share/redline/
	install -m 644 policies/default.yaml $(DESTDIR)$(PREFIX)/share/redline/policies/
	install -m 644 $(BUILD)/man/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 644 scripts/completions/redline.bash \
	    $(DESTDIR)$(PREFIX)/share/bash-completion/completions/redline
	install -m 644 scripts/completions/_redline $(DESTDIR)$(PREFIX)/share/zsh/site-functions/

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/redline $(DESTDIR)$(PREFIX)/lib/libredline.* \
	    $(DESTDIR)$(PREFIX)/include/redline $(DESTDIR)$(PREFIX)/lib/pkgconfig/redline.pc \
	    $(DESTDIR)$(PREFIX)/share/redline $(DESTDIR)$(PREFIX)/share/man/man1/redline*.1 \
	    $(DESTDIR)$(PREFIX)/share/bash-completion/completions/redline \
	    $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_redline

clean:
	rm -rf build build-asan build-fuzz

DEPFILES := $(LIB_OBJ:=.d) $(CLI_OBJ:=.d) $(FAKE_OBJ:=.d) $(UNIT_BIN:=.d) \
	$(TOOL_BIN:=.d) $(FUZZ_OBJ:=.d)
$(DEPFILES):
-include $(wildcard $(DEPFILES))
