/* check.h - the checks of the embedding API tests: each failed check prints
 * where and what, and the test's exit status counts them. */
#ifndef ATOLL_TEST_CHECK_H
#define ATOLL_TEST_CHECK_H

#include <stdio.h>
#include <string.h>
#include "atoll.h"

static int failures;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)

/* A status: expr must give `want`. */
#define CHECK_ST(expr, want)                                                                        \
    do {                                                                                            \
        int got_ = (expr);                                                                          \
        if (got_ != (want)) {                                                                       \
            fprintf(stderr, "%s:%d: %s gave %d (%s), not %s\n", __FILE__, __LINE__, #expr, got_,     \
                    atoll_status_string(got_), #want);                                              \
            failures++;                                                                             \
        }                                                                                           \
    } while (0)

#define CHECK_OK(expr) CHECK_ST(expr, ATOLL_OK)

#define CHECK_STR(got, want)                                                                             \
    do {                                                                                                 \
        const char *g_ = (got), *w_ = (want);                                                            \
        if (!g_ || strcmp(g_, w_) != 0) {                                                                \
            fprintf(stderr, "%s:%d: %s is \"%s\", not \"%s\"\n", __FILE__, __LINE__, #got, g_ ? g_ : "(null)", \
                    w_);                                                                                 \
            failures++;                                                                                  \
        }                                                                                                \
    } while (0)

/* The int a value holds (or a sentinel that fails checks). */
static inline int64_t int_of(atoll_value *v)
{
    int64_t n = -999999;
    if (atoll_to_int(v, &n) != ATOLL_OK) return -999999;
    return n;
}

/* The text of a str value ("" when it is not one). */
static inline const char *str_of(atoll_value *v)
{
    const char *s = "";
    atoll_to_str(v, &s, NULL);
    return s;
}

/* Evaluates expr in the interpreter as an int (and releases the value). */
static inline int64_t eval_int(atoll_interp *in, const char *expr)
{
    atoll_value *v = NULL;
    int st = atoll_eval(in, expr, &v);
    if (st != ATOLL_OK) {
        fprintf(stderr, "eval %s: %s\n%s", expr, atoll_status_string(st),
                st == ATOLL_EXCEPTION ? atoll_error_traceback(in) : "");
        return -999999;
    }
    int64_t n = int_of(v);
    atoll_release(v);
    return n;
}

static inline int report_failures(const char *name)
{
    if (failures) fprintf(stderr, "%s: %d check(s) failed\n", name, failures);
    else printf("%s: ok\n", name);
    return failures ? 1 : 0;
}

#endif
