/* redline/export.h: which symbols libredline exports.
 *
 * The library is built with -fvisibility=hidden: a function is visible to
 * programs linking libredline.so only when its declaration carries RL_API,
 * or stands between RL_API_BEGIN and RL_API_END. Every public header wraps
 * its declarations in that pair, so everything declared in
 * include/redline/ is the API and nothing else is (tests/cli/t0004
 * checks both directions with nm). Internal headers under src/ never use
 * these macros. The pair (rather than RL_API on each line) keeps a
 * declaration added to a public header public without a second edit. */
#ifndef REDLINE_EXPORT_H
#define REDLINE_EXPORT_H

#if defined(__GNUC__) || defined(__clang__)
#define RL_API __attribute__((visibility("default")))
#define RL_API_BEGIN _Pragma("GCC visibility push(default)")
#define RL_API_END _Pragma("GCC visibility pop")
#else
#define RL_API
#define RL_API_BEGIN
#define RL_API_END
#endif

#endif
