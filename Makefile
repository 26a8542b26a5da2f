# redline: build, test, install. GNU make; see README.md.
#
#   make                 the `redline` command, libredline.a/.so, redline.pc
#   make test            unit tests (cmocka) + CLI tests against build/
#   make check           test, then the same suite under ASan+UBSan, valgrind
#                        over the CLI tests, and a short fuzz smoke (CI)
#   make SAN=1 ...       build into build-asan/ with sanitizers
#   make fuzz            run every libFuzzer target for FUZZ_SECONDS each
#   make bench           benchmarks against their named anchors
#   make eval            detection quality on the development data in ../shared/
#   make install PREFIX=/usr/local [DESTDIR=/tmp/stage]
#                        the command, libraries, headers, redline.pc, packs,
#                        the default policy, man pages, bash/zsh completions

PREFIX  ?= /usr/local
CC      ?= gcc
VERSION := 0.1.0
SOVER   := 0

PKGS := libcurl sqlite3 libpq jansson yaml-0.1 libpcre2-8 libhs libmicrohttpd gsl zlib libcrypto
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# http-parser (libhttp-parser-dev) ships no .pc file
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lhttp_parser -lm -lpthread

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
	-DRL_DATADIR=\"$(PREFIX)/share/redline\" $(PKG_CFLAGS) $(CPPFLAGS)
CFLAGS_ALL := -std=c11 $(WARN) $(OPT) -fPIC $(CFLAGS)
LDFLAGS_ALL := $(SANLD) $(LDFLAGS)

LIB_SRC := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_SRC := $(sort $(wildcard tests/tools/*.c))
TOOL_BIN := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tools/%)
HEADERS := $(wildcard include/redline/*.h) $(wildcard src/*/*.h)
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))

.PHONY: all test check eval fuzz fuzz-smoke bench install uninstall clean demo man FORCE

all: $(BUILD)/redline $(BUILD)/libredline.a $(BUILD)/libredline.so $(BUILD)/redline.pc $(TOOL_BIN)

# PREFIX is compiled in (RL_DATADIR) and written into redline.pc: the stamp
# records the PREFIX they were made for, and changes (only) when PREFIX
# does, so `make install PREFIX=...` after a plain `make` rebuilds them.
$(BUILD)/prefix.stamp: FORCE
	@mkdir -p $(BUILD)
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' > $@
$(BUILD)/obj/src/cli/main.o: $(BUILD)/prefix.stamp

$(BUILD)/obj/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) -c $< -o $@

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

$(BUILD)/redline: $(CLI_OBJ) $(BUILD)/libredline.a
	$(CC) $(LDFLAGS_ALL) -o $@ $(CLI_OBJ) $(BUILD)/libredline.a $(PKG_LIBS)

$(BUILD)/redline.pc: redline.pc.in $(BUILD)/prefix.stamp
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' \
	    -e 's|@LIBS_PRIVATE@|$(strip $(PKG_LIBS))|' $< > $@

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libredline.a $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) $(LDFLAGS_ALL) -o $@ $< $(BUILD)/libredline.a \
	    $(PKG_LIBS) $$(pkg-config --libs cmocka)

$(BUILD)/tools/%: tests/tools/%.c $(BUILD)/libredline.a $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) $(LDFLAGS_ALL) -o $@ $< $(BUILD)/libredline.a $(PKG_LIBS)

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
$(FUZZ_OBJ): build-fuzz/obj/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -fsanitize=fuzzer-no-link,address,undefined -c $< -o $@
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
