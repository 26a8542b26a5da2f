/* redline/redline.h: the whole public API in one include.
 *
 *   #include <redline/redline.h>      cc ... $(pkg-config --cflags --libs redline)
 *
 * For programs using the library; redline's own sources include the
 * headers they need one by one (scripts/deps checks which). */
#ifndef REDLINE_REDLINE_H
#define REDLINE_REDLINE_H

#include "redline/version.h"
#include "redline/err.h"
#include "redline/buf.h"
#include "redline/harm.h"
#include "redline/stats.h"
#include "redline/action.h"
#include "redline/detect.h"
#include "redline/policy.h"
#include "redline/pack.h"
#include "redline/env.h"
#include "redline/config.h"
#include "redline/provider.h"
#include "redline/store.h"
#include "redline/judge.h"
#include "redline/campaign.h"
#include "redline/defense.h"
#include "redline/report.h"
#include "redline/guard.h"

#endif
