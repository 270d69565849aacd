/* timemodule.c - _time, the C half of the time module: clocks, sleep, and
 * conversions between timestamps and broken-down times (as plain tuples;
 * stdlib/time.py wraps them in struct_time). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <gc/gc.h>
#include "object.h"
#include "scheduler.h"
#include "error.h"
#include "int.h"
#include "floatobj.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "interp.h"
#include "module.h"

/* --- clocks --------------------------------------------------------------------- */

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static Value clock_float(Task *t, clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return float_new(t, (double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

#define CLOCK_FUNCS(pyname, id) \
    static Value t_##pyname(Task *t, const Value *a, size_t n, Value kw) \
    { return args_check(t, #pyname, n, kw, 0, 0) ? clock_float(t, id) : 0; } \
    static Value t_##pyname##_ns(Task *t, const Value *a, size_t n, Value kw) \
    { return args_check(t, #pyname "_ns", n, kw, 0, 0) ? int_from_i64(t, clock_ns(id)) : 0; }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

/* --- sleep ---------------------------------------------------------------------- */

static Value t_sleep(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "sleep", nargs, kw, 1, 1)) return 0;
    double secs;
    if (IS_FLOAT(obj_unbox(args[0]))) {
        secs = FLOAT_VAL(obj_unbox(args[0]));
        if (isnan(secs)) return err_format(t, &exc_ValueError, "Invalid value NaN (not a number)");
    } else {
        Value n = obj_index(t, args[0]);
        if (!n || !int_as_double(t, n, &secs)) return 0;
    }
    if (secs < 0) return err_format(t, &exc_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9) return err_format(t, &exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return sched_sleep(t, secs);      /* parks the task; other tasks run meanwhile */
}

/* --- timestamps and struct tm ------------------------------------------------------ */

/* A timestamp argument (None: now) as a time_t, rounded down as CPython does. */
static bool arg_time_t(Task *t, Value v, time_t *out)
{
    if (v == V_NONE) {
        *out = time(NULL);
        return true;
    }
    Value u = obj_unbox(v);
    if (IS_FLOAT(u)) {
        double d = FLOAT_VAL(u);
        if (isnan(d)) {
            err_format(t, &exc_ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        d = floor(d);
        if (!(d >= -9.2e18 && d <= 9.2e18)) {
            err_format(t, &exc_OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        *out = (time_t)d;
        return true;
    }
    Value n = obj_index(t, v);
    int64_t i;
    if (!n) return false;
    if (!big_to_i64(n, &i)) {
        err_format(t, &exc_OverflowError, "timestamp out of range for platform time_t");
        return false;
    }
    *out = (time_t)i;
    return true;
}

/* (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff) in
 * Python's conventions: months from 1, Monday = 0, days of the year from 1. */
static Value tm_to_tuple(Task *t, const struct tm *tm)
{
    Value r = tuple_new(11);
    if (!r) return err_no_memory(t);
    int f[9] = {tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
                tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst};
    for (int i = 0; i < 9; i++) TUPLE_ITEM(r, i) = MAKE_SMALL(f[i]);
    TUPLE_ITEM(r, 9) = tm->tm_zone ? str_from_cstr(tm->tm_zone) : V_NONE;
    TUPLE_ITEM(r, 10) = MAKE_SMALL(tm->tm_gmtoff);
    return r;
}

static Value broken_down(Task *t, const char *name, const Value *args, size_t nargs, Value kw, bool local)
{
    if (!args_check(t, name, nargs, kw, 0, 1)) return 0;
    time_t when;
    if (!arg_time_t(t, nargs ? args[0] : V_NONE, &when)) return 0;
    struct tm tm;
    errno = 0;
    if (!(local ? localtime_r(&when, &tm) : gmtime_r(&when, &tm))) {
        if (errno == 0 || errno == EOVERFLOW)
            return err_format(t, &exc_OverflowError, "timestamp out of range for platform time_t");
        return err_format(t, &exc_OSError, "[Errno %d] %s", errno, strerror(errno));
    }
    return tm_to_tuple(t, &tm);
}

static Value t_gmtime(Task *t, const Value *a, size_t n, Value kw) { return broken_down(t, "gmtime", a, n, kw, false); }
static Value t_localtime(Task *t, const Value *a, size_t n, Value kw) { return broken_down(t, "localtime", a, n, kw, true); }

/* CPython's gettmarg: a tuple of 9 ints (optionally zone and gmtoff after
 * them) to a struct tm. */
static bool tuple_to_tm(Task *t, const char *fname, Value tup, struct tm *tm)
{
    memset(tm, 0, sizeof *tm);
    if (!IS_TUPLE_LIKE(tup)) {
        err_format(t, &exc_TypeError, "Tuple or struct_time argument required");
        return false;
    }
    tup = obj_unbox(tup);
    size_t n = TUPLE_LEN(tup);
    if (n != 9 && n != 11) {
        err_format(t, &exc_TypeError, "%s(): illegal time tuple argument", fname);
        return false;
    }
    int f[9];
    for (int i = 0; i < 9; i++) {
        Value v = obj_index(t, TUPLE_ITEM(tup, i));
        int64_t x;
        if (!v || !int_as_i64(t, v, &x)) return false;
        if (x < INT32_MIN || x > INT32_MAX) {
            err_format(t, &exc_OverflowError, "Python int too large to convert to C int");
            return false;
        }
        f[i] = (int)x;
    }
    tm->tm_year = f[0] - 1900;
    tm->tm_mon = f[1] - 1;
    tm->tm_mday = f[2];
    tm->tm_hour = f[3];
    tm->tm_min = f[4];
    tm->tm_sec = f[5];
    tm->tm_wday = (f[6] + 1) % 7;
    if (tm->tm_wday < 0) tm->tm_wday += 7;
    tm->tm_yday = f[7] - 1;
    tm->tm_isdst = f[8];
    if (n == 11) {
        Value zone = TUPLE_ITEM(tup, 9);
        if (IS_STR(zone)) tm->tm_zone = STR_DATA(zone);
        Value off = int_norm(TUPLE_ITEM(tup, 10));
        int64_t o;
        if (off && big_to_i64(off, &o)) tm->tm_gmtoff = o;
    }
    return true;
}

/* CPython's checktm: ranges strftime and asctime accept (0 means "first"). */
static bool check_tm(Task *t, struct tm *tm)
{
    const char *bad = NULL;
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) bad = "month out of range";
    if (!bad) {
        if (tm->tm_mday == 0) tm->tm_mday = 1;
        else if (tm->tm_mday < 0 || tm->tm_mday > 31) bad = "day of month out of range";
    }
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23)) bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59)) bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61)) bad = "seconds out of range";
    if (!bad && tm->tm_wday < 0) bad = "day of week out of range";
    if (!bad) {
        if (tm->tm_yday == -1) tm->tm_yday = 0;
        else if (tm->tm_yday < 0 || tm->tm_yday > 365) bad = "day of year out of range";
    }
    if (bad) {
        err_format(t, &exc_ValueError, "%s", bad);
        return false;
    }
    return true;
}

static Value t_mktime(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "mktime", nargs, kw, 1, 1)) return 0;
    struct tm tm;
    if (!tuple_to_tm(t, "mktime", args[0], &tm)) return 0;
    tm.tm_wday = -1;   /* sentinel: mktime sets it on success */
    time_t r = mktime(&tm);
    if (r == (time_t)-1 && tm.tm_wday == -1)
        return err_format(t, &exc_OverflowError, "mktime argument out of range");
    return float_new(t, (double)r);
}

static Value t_strftime(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "strftime", nargs, kw, 2, 2)) return 0;
    if (!IS_STR(args[0]))
        return err_format(t, &exc_TypeError, "strftime() argument 1 must be str, not %s", obj_type_name(args[0]));
    struct tm tm;
    if (!tuple_to_tm(t, "strftime", args[1], &tm) || !check_tm(t, &tm)) return 0;
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    const char *fmt = STR_DATA(args[0]);
    if (!*fmt) return str_empty();
    /* strftime gives no way to tell "too small" from "empty": grow until it fits */
    for (size_t cap = 256; cap < ((size_t)1 << 24); cap *= 2) {
        char *buf = GC_MALLOC_ATOMIC(cap);
        if (!buf) return err_no_memory(t);
        size_t len = strftime(buf, cap, fmt, &tm);
        if (len > 0 || cap > 256 * strlen(fmt)) return str_new(buf, len);
    }
    return err_format(t, &exc_ValueError, "strftime result too long");
}

static Value t_asctime(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (!args_check(t, "asctime", nargs, kw, 1, 1)) return 0;
    struct tm tm;
    if (!tuple_to_tm(t, "asctime", args[0], &tm) || !check_tm(t, &tm)) return 0;
    return str_format(t, "%s %s%3d %02d:%02d:%02d %d", wday[tm.tm_wday], mon[tm.tm_mon], tm.tm_mday,
                      tm.tm_hour, tm.tm_min, tm.tm_sec, 1900 + tm.tm_year);
}

/* (timezone, altzone, daylight, (stdname, dstname)) as CPython's init_timezone
 * finds them: the offsets in January and July of this year. */
static Value t_tzinfo(Task *t, const Value *args, size_t nargs, Value kw)
{
    tzset();
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    int year = tm.tm_year;
    struct tm jan = {.tm_year = year, .tm_mday = 1, .tm_isdst = -1};
    struct tm jul = {.tm_year = year, .tm_mon = 6, .tm_mday = 1, .tm_isdst = -1};
    time_t tj = mktime(&jan), tl = mktime(&jul);
    localtime_r(&tj, &jan);
    localtime_r(&tl, &jul);
    long janoff = -jan.tm_gmtoff, juloff = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "", *julname = jul.tm_zone ? jul.tm_zone : "";
    Value names;
    long timezone_, altzone_;
    if (janoff < juloff) {   /* southern hemisphere: DST in January */
        timezone_ = juloff, altzone_ = janoff;
        names = tuple_pack(2, str_from_cstr(julname), str_from_cstr(janname));
    } else {
        timezone_ = janoff, altzone_ = juloff;
        names = tuple_pack(2, str_from_cstr(janname), str_from_cstr(julname));
    }
    return tuple_pack(4, MAKE_SMALL(timezone_), MAKE_SMALL(altzone_), MAKE_SMALL(janoff != juloff), names);
}

static const MethodDef time_functions[] = {
    {"time", t_time, METH_PLAIN, NULL},
    {"time_ns", t_time_ns, METH_PLAIN, NULL},
    {"perf_counter", t_perf_counter, METH_PLAIN, NULL},
    {"perf_counter_ns", t_perf_counter_ns, METH_PLAIN, NULL},
    {"monotonic", t_monotonic, METH_PLAIN, NULL},
    {"monotonic_ns", t_monotonic_ns, METH_PLAIN, NULL},
    {"process_time", t_process_time, METH_PLAIN, NULL},
    {"process_time_ns", t_process_time_ns, METH_PLAIN, NULL},
    {"thread_time", t_thread_time, METH_PLAIN, NULL},
    {"thread_time_ns", t_thread_time_ns, METH_PLAIN, NULL},
    {"sleep", t_sleep, METH_PLAIN, NULL},
    {"gmtime", t_gmtime, METH_PLAIN, NULL},
    {"localtime", t_localtime, METH_PLAIN, NULL},
    {"mktime", t_mktime, METH_PLAIN, NULL},
    {"strftime", t_strftime, METH_PLAIN, NULL},
    {"asctime", t_asctime, METH_PLAIN, NULL},
    {"tzinfo", t_tzinfo, METH_PLAIN, NULL},
    {NULL},
};

const NativeModule time_native_module = {"_time", time_functions, NULL};
