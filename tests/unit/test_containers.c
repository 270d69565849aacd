/* test_containers.c - the container types through their C API, checked
 * against CPython 3.11: set iteration orders, tuple and frozenset hashes,
 * slice clamping, sort stability, dict layout invariants.
 *
 * The tables at the end were printed by python3 (the generator is in the
 * comment above them), so a difference from CPython shows up here first. */
#include <gc/gc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "interp.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "set.h"
#include "range.h"
#include "slice.h"
#include "floatobj.h"

#define NONE INT64_MIN   /* None in SLICE_CASES */

typedef struct SliceCase {
    int64_t len, start, stop, step;
    int64_t want_start, want_stop, want_step, want_len;
} SliceCase;

static int failures, checks;
static Task *T;

static void check(bool ok, const char *fmt, ...)
{
    checks++;
    if (ok)
        return;
    va_list ap;
    va_start(ap, fmt);
    printf("FAIL: ");
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
    failures++;
}

/* No exception may be pending after a step that should succeed. */
static void no_error(const char *what)
{
    if (T->exc) {
        Value s = obj_repr(T, T->exc);
        check(false, "%s raised %s", what, s ? STR_DATA(s) : "?");
        T->exc = 0;
    }
}

/* The pending exception is `type` whose str() is msg; clears it. */
static void expect_error(Type *type, const char *msg, const char *what)
{
    if (!T->exc) {
        check(false, "%s: no exception", what);
        return;
    }
    Value e = err_fetch(T);
    Value s = obj_str(T, e);
    check(TYPE_OF(e) == type, "%s: raised %s, want %s", what, obj_type_name(e), type->name);
    check(s && strcmp(STR_DATA(s), msg) == 0, "%s: message '%s', want '%s'", what,
          s ? STR_DATA(s) : "?", msg);
    T->exc = 0;
}

static Value I(int64_t n)
{
    return MAKE_SMALL(n);
}

/* The items of a set in iteration order equal want[0..n). */
static void check_set_order(Value set, const int64_t *want, size_t n, const char *what)
{
    size_t pos = 0, i = 0;
    Value k;
    bool ok = true;
    while (set_next(set, &pos, &k)) {
        if (i >= n || !IS_SMALL(k) || SMALL_VAL(k) != want[i])
            ok = false;
        i++;
    }
    check(ok && i == n, "%s: set order differs from CPython's (%zu items, want %zu)", what, i, n);
}

static const char *repr_of(Value v)
{
    Value s = obj_repr(T, v);
    if (!s) {
        T->exc = 0;
        return "<error>";
    }
    return STR_DATA(s);
}

static void check_repr(Value v, const char *want, const char *what)
{
    const char *got = repr_of(v);
    check(strcmp(got, want) == 0, "%s: repr %s, want %s", what, got, want);
}

/* ------------------------------------------------------------------------ */
/* Expected values, printed by python3 running this generator:
 * # expected values for tests/unit/test_containers.c
 * def seq(name, xs):
 *     print(f"static const int64_t {name}[] = {{{', '.join(map(str, xs))}}};")
 * def added(xs):
 *     s = set()
 *     for x in xs:
 *         s.add(x)
 *     return s
 * print("/ * list(added([10, 3, 7, 100, 1000, -1])) * /")
 * seq("ORDER_SMALL", list(added([10, 3, 7, 100, 1000, -1])))
 * s = set()
 * for i in range(300):
 *     s.add((i * 7919) % 1009 * 13 - 2000)
 *     if i % 3 == 0:
 *         s.discard((i * 31) % 1009 * 13 - 2000)
 * for i in range(0, 300, 4):
 *     s.discard((i * 7919) % 1009 * 13 - 2000)
 * print("/ * the set built by churn() * /")
 * seq("ORDER_CHURN", list(s))
 * p = set(range(20)); pops = [p.pop() for _ in range(5)]; p.add(100); p.add(3); pops.append(p.pop())
 * seq("POPS", pops)
 * seq("AFTER_POPS", list(p))
 * # big ints, negatives
 * seq("ORDER_NEG", list(added([-5, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**40, 17, 8, 0])))
 * print("/ * a set display of constants: BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE * /")
 * seq("ORDER_NEG_DISPLAY", list({-5, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**40, 17, 8, 0}))
 * seq("ORDER_NEG_CONST", [x for x in {-5, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**40, 17, 8, 0}])
 * # tuples
 * tups = added([(1, 2), (3, 4), (5, 6), (0, 0), (-1, 7), (2, 1)])
 * print("/ * list of a set of pairs, flattened * /")
 * seq("ORDER_PAIRS", [x for t in tups for x in t])
 * print(f"static const int64_t HASH_T123 = {hash((1, 2, 3))}LL;")
 * print(f"static const int64_t HASH_T0 = {hash(())}LL;")
 * print(f"static const int64_t HASH_FS123 = {hash(frozenset({1, 2, 3}))}LL;")
 * print(f"static const int64_t HASH_FS0 = {hash(frozenset())}LL;")
 * print(f"static const int64_t HASH_NESTED = {hash(((1, 2), frozenset({(3, 4)})))}LL;")
 * # union/intersection/difference orders
 * a = set(range(0, 40, 3)); b = set(range(0, 40, 5))
 * seq("ORDER_OR", list(a | b)); seq("ORDER_AND", list(a & b)); seq("ORDER_SUB", list(a - b)); seq("ORDER_XOR", list(a ^ b))
 * big = set(range(1000)); sm = {5, 999, 4000}
 * seq("ORDER_BIGSUB", list(sm - big)); seq("ORDER_BIGAND", list(sm & big))
 * # slice table
 * lens = [0, 5, 10]
 * vals = [None, -12, -1, 0, 3, 12]
 * steps = [None, 2, -1, -3]
 * rows = []
 * for n in lens:
 *     for st in steps:
 *         for a in vals:
 *             for b in vals:
 *                 i = slice(a, b, st).indices(n)
 *                 rows.append((n, a, b, st, *i, len(range(*i))))
 * N = "INT64_MIN"
 * def c(v): return "NONE" if v is None else str(v)
 * print("static const SliceCase SLICE_CASES[] = {")
 * for r in rows:
 *     print("    {%d, %s, %s, %s, %d, %d, %d, %d}," % (r[0], c(r[1]), c(r[2]), c(r[3]), r[4], r[5], r[6], r[7]))
 * print("};")
 * # stability: ints and floats with equal values
 * import random
 * rnd = random.Random(42)
 * mix = []
 * for i in range(200):
 *     v = rnd.randrange(10)
 *     mix.append(float(v) if rnd.random() < 0.5 else v)
 * seq("MIX_KIND", [1 if isinstance(x, float) else 0 for x in mix])
 * seq("MIX_VAL", [int(x) for x in mix])
 * srt = sorted(mix)
 * seq("MIX_SORTED_KIND", [1 if isinstance(x, float) else 0 for x in srt])
 * srt = sorted(mix, reverse=True)
 * seq("MIX_RSORTED_KIND", [1 if isinstance(x, float) else 0 for x in srt])
 */
/* list(added([10, 3, 7, 100, 1000, -1])) */
static const int64_t ORDER_SMALL[] = {3, 100, 7, 1000, 10, -1};
/* the set built by churn() */
static const int64_t ORDER_CHURN[] = {10753, 6658, 2, 8712, 4617, 5644, 1549, 6671, 2576, 535, 1562, 9245, 5150, -1506, 7204, 3109, 2043, 4136, 5163, 1068, 9778, -973, 3122, 10805, 54, 5696, 6723, 2628, 10311, -440, 3655, 8270, 1614, 9297, -1454, 10324, 6229, -427, 8283, 4188, 5215, 1120, 2147, 10857, 106, 7789, 1133, 8816, 4721, 6775, 2680, 3707, 4734, 639, 9349, -1402, 10376, 6281, -375, 7308, 5267, 1172, 6294, 2199, 9882, -869, 3226, 7841, 1185, 8868, -1883, 9895, -856, 3759, 4786, 691, 1718, 10428, 6333, -323, 7360, 8387, 6346, 2251, 3278, -817, 10961, 210, 4305, 8920, -1831, 9947, 5852, -804, 6879, 4838, 743, 1770, 9453, -1298, 2797, 7412, 756, 8439, 4344, 9466, 5371, 3330, 11013, 262, 4357, 1289, 9999, 5904, -752, 6931, 7958, 3863, 5917, 1822, 9505, -1246, 2849, 10532, -219, 8491, 9518, 5423, -1233, 6450, 11065, 314, 4409, 1341, 9024, -1727, 2368, 11078, 6983, 327, 8010, 3915, 4942, 10584, -167, 3928, 7516, 860, 9570, 5475, -1181, 6502, 7529, 3434, 5488, 1393, 9076, -1675, 2420, 10103, -648, 8062, 9089, 4994, -1662, 6021, 1926, 3980, -115, 912, 8595, 1939, 10649, 6554, 7581, 3486, 4513, -1623, 2472, 3499, -596, 7087, 431, 9141, 5046, -1610, 6073, 7100, 3005, 964, 8647, 1991, 9674, -1077, 7633, 3538, 8660, 4565, 5592, 1497, 10207, 3551, 7139, 8166, 1510, 6125, 7152, 3057, 4084, 8699, 9726, -1025};
static const int64_t POPS[] = {0, 1, 2, 3, 4, 5};
static const int64_t AFTER_POPS[] = {3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100};
static const int64_t ORDER_NEG[] = {2305843009213693951, 2305843009213693952, 1099511627776, 0, 8, 17, -2, -2305843009213693952, -5, -1};
/* a set display of constants: BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE */
static const int64_t ORDER_NEG_DISPLAY[] = {2305843009213693951, 2305843009213693952, 1099511627776, 0, 8, 17, -2305843009213693952, -1, -5, -2};
static const int64_t ORDER_NEG_CONST[] = {2305843009213693951, 2305843009213693952, 1099511627776, 0, 8, 17, -2305843009213693952, -1, -5, -2};
/* list of a set of pairs, flattened */
static const int64_t ORDER_PAIRS[] = {1, 2, 3, 4, 2, 1, 0, 0, -1, 7, 5, 6};
static const int64_t HASH_T123 = 529344067295497451LL;
static const int64_t HASH_T0 = 5740354900026072187LL;
static const int64_t HASH_FS123 = -272375401224217160LL;
static const int64_t HASH_FS0 = 133146708735736LL;
static const int64_t HASH_NESTED = -3234194070561003431LL;
static const int64_t ORDER_OR[] = {0, 3, 5, 6, 9, 10, 12, 15, 18, 20, 21, 24, 25, 27, 30, 33, 35, 36, 39};
static const int64_t ORDER_AND[] = {0, 30, 15};
static const int64_t ORDER_SUB[] = {33, 3, 36, 6, 39, 9, 12, 18, 21, 24, 27};
static const int64_t ORDER_XOR[] = {3, 5, 6, 9, 10, 12, 18, 20, 21, 24, 25, 27, 33, 35, 36, 39};
static const int64_t ORDER_BIGSUB[] = {4000};
static const int64_t ORDER_BIGAND[] = {5, 999};
static const SliceCase SLICE_CASES[] = {
    {0, NONE, NONE, NONE, 0, 0, 1, 0},
    {0, NONE, -12, NONE, 0, 0, 1, 0},
    {0, NONE, -1, NONE, 0, 0, 1, 0},
    {0, NONE, 0, NONE, 0, 0, 1, 0},
    {0, NONE, 3, NONE, 0, 0, 1, 0},
    {0, NONE, 12, NONE, 0, 0, 1, 0},
    {0, -12, NONE, NONE, 0, 0, 1, 0},
    {0, -12, -12, NONE, 0, 0, 1, 0},
    {0, -12, -1, NONE, 0, 0, 1, 0},
    {0, -12, 0, NONE, 0, 0, 1, 0},
    {0, -12, 3, NONE, 0, 0, 1, 0},
    {0, -12, 12, NONE, 0, 0, 1, 0},
    {0, -1, NONE, NONE, 0, 0, 1, 0},
    {0, -1, -12, NONE, 0, 0, 1, 0},
    {0, -1, -1, NONE, 0, 0, 1, 0},
    {0, -1, 0, NONE, 0, 0, 1, 0},
    {0, -1, 3, NONE, 0, 0, 1, 0},
    {0, -1, 12, NONE, 0, 0, 1, 0},
    {0, 0, NONE, NONE, 0, 0, 1, 0},
    {0, 0, -12, NONE, 0, 0, 1, 0},
    {0, 0, -1, NONE, 0, 0, 1, 0},
    {0, 0, 0, NONE, 0, 0, 1, 0},
    {0, 0, 3, NONE, 0, 0, 1, 0},
    {0, 0, 12, NONE, 0, 0, 1, 0},
    {0, 3, NONE, NONE, 0, 0, 1, 0},
    {0, 3, -12, NONE, 0, 0, 1, 0},
    {0, 3, -1, NONE, 0, 0, 1, 0},
    {0, 3, 0, NONE, 0, 0, 1, 0},
    {0, 3, 3, NONE, 0, 0, 1, 0},
    {0, 3, 12, NONE, 0, 0, 1, 0},
    {0, 12, NONE, NONE, 0, 0, 1, 0},
    {0, 12, -12, NONE, 0, 0, 1, 0},
    {0, 12, -1, NONE, 0, 0, 1, 0},
    {0, 12, 0, NONE, 0, 0, 1, 0},
    {0, 12, 3, NONE, 0, 0, 1, 0},
    {0, 12, 12, NONE, 0, 0, 1, 0},
    {0, NONE, NONE, 2, 0, 0, 2, 0},
    {0, NONE, -12, 2, 0, 0, 2, 0},
    {0, NONE, -1, 2, 0, 0, 2, 0},
    {0, NONE, 0, 2, 0, 0, 2, 0},
    {0, NONE, 3, 2, 0, 0, 2, 0},
    {0, NONE, 12, 2, 0, 0, 2, 0},
    {0, -12, NONE, 2, 0, 0, 2, 0},
    {0, -12, -12, 2, 0, 0, 2, 0},
    {0, -12, -1, 2, 0, 0, 2, 0},
    {0, -12, 0, 2, 0, 0, 2, 0},
    {0, -12, 3, 2, 0, 0, 2, 0},
    {0, -12, 12, 2, 0, 0, 2, 0},
    {0, -1, NONE, 2, 0, 0, 2, 0},
    {0, -1, -12, 2, 0, 0, 2, 0},
    {0, -1, -1, 2, 0, 0, 2, 0},
    {0, -1, 0, 2, 0, 0, 2, 0},
    {0, -1, 3, 2, 0, 0, 2, 0},
    {0, -1, 12, 2, 0, 0, 2, 0},
    {0, 0, NONE, 2, 0, 0, 2, 0},
    {0, 0, -12, 2, 0, 0, 2, 0},
    {0, 0, -1, 2, 0, 0, 2, 0},
    {0, 0, 0, 2, 0, 0, 2, 0},
    {0, 0, 3, 2, 0, 0, 2, 0},
    {0, 0, 12, 2, 0, 0, 2, 0},
    {0, 3, NONE, 2, 0, 0, 2, 0},
    {0, 3, -12, 2, 0, 0, 2, 0},
    {0, 3, -1, 2, 0, 0, 2, 0},
    {0, 3, 0, 2, 0, 0, 2, 0},
    {0, 3, 3, 2, 0, 0, 2, 0},
    {0, 3, 12, 2, 0, 0, 2, 0},
    {0, 12, NONE, 2, 0, 0, 2, 0},
    {0, 12, -12, 2, 0, 0, 2, 0},
    {0, 12, -1, 2, 0, 0, 2, 0},
    {0, 12, 0, 2, 0, 0, 2, 0},
    {0, 12, 3, 2, 0, 0, 2, 0},
    {0, 12, 12, 2, 0, 0, 2, 0},
    {0, NONE, NONE, -1, -1, -1, -1, 0},
    {0, NONE, -12, -1, -1, -1, -1, 0},
    {0, NONE, -1, -1, -1, -1, -1, 0},
    {0, NONE, 0, -1, -1, -1, -1, 0},
    {0, NONE, 3, -1, -1, -1, -1, 0},
    {0, NONE, 12, -1, -1, -1, -1, 0},
    {0, -12, NONE, -1, -1, -1, -1, 0},
    {0, -12, -12, -1, -1, -1, -1, 0},
    {0, -12, -1, -1, -1, -1, -1, 0},
    {0, -12, 0, -1, -1, -1, -1, 0},
    {0, -12, 3, -1, -1, -1, -1, 0},
    {0, -12, 12, -1, -1, -1, -1, 0},
    {0, -1, NONE, -1, -1, -1, -1, 0},
    {0, -1, -12, -1, -1, -1, -1, 0},
    {0, -1, -1, -1, -1, -1, -1, 0},
    {0, -1, 0, -1, -1, -1, -1, 0},
    {0, -1, 3, -1, -1, -1, -1, 0},
    {0, -1, 12, -1, -1, -1, -1, 0},
    {0, 0, NONE, -1, -1, -1, -1, 0},
    {0, 0, -12, -1, -1, -1, -1, 0},
    {0, 0, -1, -1, -1, -1, -1, 0},
    {0, 0, 0, -1, -1, -1, -1, 0},
    {0, 0, 3, -1, -1, -1, -1, 0},
    {0, 0, 12, -1, -1, -1, -1, 0},
    {0, 3, NONE, -1, -1, -1, -1, 0},
    {0, 3, -12, -1, -1, -1, -1, 0},
    {0, 3, -1, -1, -1, -1, -1, 0},
    {0, 3, 0, -1, -1, -1, -1, 0},
    {0, 3, 3, -1, -1, -1, -1, 0},
    {0, 3, 12, -1, -1, -1, -1, 0},
    {0, 12, NONE, -1, -1, -1, -1, 0},
    {0, 12, -12, -1, -1, -1, -1, 0},
    {0, 12, -1, -1, -1, -1, -1, 0},
    {0, 12, 0, -1, -1, -1, -1, 0},
    {0, 12, 3, -1, -1, -1, -1, 0},
    {0, 12, 12, -1, -1, -1, -1, 0},
    {0, NONE, NONE, -3, -1, -1, -3, 0},
    {0, NONE, -12, -3, -1, -1, -3, 0},
    {0, NONE, -1, -3, -1, -1, -3, 0},
    {0, NONE, 0, -3, -1, -1, -3, 0},
    {0, NONE, 3, -3, -1, -1, -3, 0},
    {0, NONE, 12, -3, -1, -1, -3, 0},
    {0, -12, NONE, -3, -1, -1, -3, 0},
    {0, -12, -12, -3, -1, -1, -3, 0},
    {0, -12, -1, -3, -1, -1, -3, 0},
    {0, -12, 0, -3, -1, -1, -3, 0},
    {0, -12, 3, -3, -1, -1, -3, 0},
    {0, -12, 12, -3, -1, -1, -3, 0},
    {0, -1, NONE, -3, -1, -1, -3, 0},
    {0, -1, -12, -3, -1, -1, -3, 0},
    {0, -1, -1, -3, -1, -1, -3, 0},
    {0, -1, 0, -3, -1, -1, -3, 0},
    {0, -1, 3, -3, -1, -1, -3, 0},
    {0, -1, 12, -3, -1, -1, -3, 0},
    {0, 0, NONE, -3, -1, -1, -3, 0},
    {0, 0, -12, -3, -1, -1, -3, 0},
    {0, 0, -1, -3, -1, -1, -3, 0},
    {0, 0, 0, -3, -1, -1, -3, 0},
    {0, 0, 3, -3, -1, -1, -3, 0},
    {0, 0, 12, -3, -1, -1, -3, 0},
    {0, 3, NONE, -3, -1, -1, -3, 0},
    {0, 3, -12, -3, -1, -1, -3, 0},
    {0, 3, -1, -3, -1, -1, -3, 0},
    {0, 3, 0, -3, -1, -1, -3, 0},
    {0, 3, 3, -3, -1, -1, -3, 0},
    {0, 3, 12, -3, -1, -1, -3, 0},
    {0, 12, NONE, -3, -1, -1, -3, 0},
    {0, 12, -12, -3, -1, -1, -3, 0},
    {0, 12, -1, -3, -1, -1, -3, 0},
    {0, 12, 0, -3, -1, -1, -3, 0},
    {0, 12, 3, -3, -1, -1, -3, 0},
    {0, 12, 12, -3, -1, -1, -3, 0},
    {5, NONE, NONE, NONE, 0, 5, 1, 5},
    {5, NONE, -12, NONE, 0, 0, 1, 0},
    {5, NONE, -1, NONE, 0, 4, 1, 4},
    {5, NONE, 0, NONE, 0, 0, 1, 0},
    {5, NONE, 3, NONE, 0, 3, 1, 3},
    {5, NONE, 12, NONE, 0, 5, 1, 5},
    {5, -12, NONE, NONE, 0, 5, 1, 5},
    {5, -12, -12, NONE, 0, 0, 1, 0},
    {5, -12, -1, NONE, 0, 4, 1, 4},
    {5, -12, 0, NONE, 0, 0, 1, 0},
    {5, -12, 3, NONE, 0, 3, 1, 3},
    {5, -12, 12, NONE, 0, 5, 1, 5},
    {5, -1, NONE, NONE, 4, 5, 1, 1},
    {5, -1, -12, NONE, 4, 0, 1, 0},
    {5, -1, -1, NONE, 4, 4, 1, 0},
    {5, -1, 0, NONE, 4, 0, 1, 0},
    {5, -1, 3, NONE, 4, 3, 1, 0},
    {5, -1, 12, NONE, 4, 5, 1, 1},
    {5, 0, NONE, NONE, 0, 5, 1, 5},
    {5, 0, -12, NONE, 0, 0, 1, 0},
    {5, 0, -1, NONE, 0, 4, 1, 4},
    {5, 0, 0, NONE, 0, 0, 1, 0},
    {5, 0, 3, NONE, 0, 3, 1, 3},
    {5, 0, 12, NONE, 0, 5, 1, 5},
    {5, 3, NONE, NONE, 3, 5, 1, 2},
    {5, 3, -12, NONE, 3, 0, 1, 0},
    {5, 3, -1, NONE, 3, 4, 1, 1},
    {5, 3, 0, NONE, 3, 0, 1, 0},
    {5, 3, 3, NONE, 3, 3, 1, 0},
    {5, 3, 12, NONE, 3, 5, 1, 2},
    {5, 12, NONE, NONE, 5, 5, 1, 0},
    {5, 12, -12, NONE, 5, 0, 1, 0},
    {5, 12, -1, NONE, 5, 4, 1, 0},
    {5, 12, 0, NONE, 5, 0, 1, 0},
    {5, 12, 3, NONE, 5, 3, 1, 0},
    {5, 12, 12, NONE, 5, 5, 1, 0},
    {5, NONE, NONE, 2, 0, 5, 2, 3},
    {5, NONE, -12, 2, 0, 0, 2, 0},
    {5, NONE, -1, 2, 0, 4, 2, 2},
    {5, NONE, 0, 2, 0, 0, 2, 0},
    {5, NONE, 3, 2, 0, 3, 2, 2},
    {5, NONE, 12, 2, 0, 5, 2, 3},
    {5, -12, NONE, 2, 0, 5, 2, 3},
    {5, -12, -12, 2, 0, 0, 2, 0},
    {5, -12, -1, 2, 0, 4, 2, 2},
    {5, -12, 0, 2, 0, 0, 2, 0},
    {5, -12, 3, 2, 0, 3, 2, 2},
    {5, -12, 12, 2, 0, 5, 2, 3},
    {5, -1, NONE, 2, 4, 5, 2, 1},
    {5, -1, -12, 2, 4, 0, 2, 0},
    {5, -1, -1, 2, 4, 4, 2, 0},
    {5, -1, 0, 2, 4, 0, 2, 0},
    {5, -1, 3, 2, 4, 3, 2, 0},
    {5, -1, 12, 2, 4, 5, 2, 1},
    {5, 0, NONE, 2, 0, 5, 2, 3},
    {5, 0, -12, 2, 0, 0, 2, 0},
    {5, 0, -1, 2, 0, 4, 2, 2},
    {5, 0, 0, 2, 0, 0, 2, 0},
    {5, 0, 3, 2, 0, 3, 2, 2},
    {5, 0, 12, 2, 0, 5, 2, 3},
    {5, 3, NONE, 2, 3, 5, 2, 1},
    {5, 3, -12, 2, 3, 0, 2, 0},
    {5, 3, -1, 2, 3, 4, 2, 1},
    {5, 3, 0, 2, 3, 0, 2, 0},
    {5, 3, 3, 2, 3, 3, 2, 0},
    {5, 3, 12, 2, 3, 5, 2, 1},
    {5, 12, NONE, 2, 5, 5, 2, 0},
    {5, 12, -12, 2, 5, 0, 2, 0},
    {5, 12, -1, 2, 5, 4, 2, 0},
    {5, 12, 0, 2, 5, 0, 2, 0},
    {5, 12, 3, 2, 5, 3, 2, 0},
    {5, 12, 12, 2, 5, 5, 2, 0},
    {5, NONE, NONE, -1, 4, -1, -1, 5},
    {5, NONE, -12, -1, 4, -1, -1, 5},
    {5, NONE, -1, -1, 4, 4, -1, 0},
    {5, NONE, 0, -1, 4, 0, -1, 4},
    {5, NONE, 3, -1, 4, 3, -1, 1},
    {5, NONE, 12, -1, 4, 4, -1, 0},
    {5, -12, NONE, -1, -1, -1, -1, 0},
    {5, -12, -12, -1, -1, -1, -1, 0},
    {5, -12, -1, -1, -1, 4, -1, 0},
    {5, -12, 0, -1, -1, 0, -1, 0},
    {5, -12, 3, -1, -1, 3, -1, 0},
    {5, -12, 12, -1, -1, 4, -1, 0},
    {5, -1, NONE, -1, 4, -1, -1, 5},
    {5, -1, -12, -1, 4, -1, -1, 5},
    {5, -1, -1, -1, 4, 4, -1, 0},
    {5, -1, 0, -1, 4, 0, -1, 4},
    {5, -1, 3, -1, 4, 3, -1, 1},
    {5, -1, 12, -1, 4, 4, -1, 0},
    {5, 0, NONE, -1, 0, -1, -1, 1},
    {5, 0, -12, -1, 0, -1, -1, 1},
    {5, 0, -1, -1, 0, 4, -1, 0},
    {5, 0, 0, -1, 0, 0, -1, 0},
    {5, 0, 3, -1, 0, 3, -1, 0},
    {5, 0, 12, -1, 0, 4, -1, 0},
    {5, 3, NONE, -1, 3, -1, -1, 4},
    {5, 3, -12, -1, 3, -1, -1, 4},
    {5, 3, -1, -1, 3, 4, -1, 0},
    {5, 3, 0, -1, 3, 0, -1, 3},
    {5, 3, 3, -1, 3, 3, -1, 0},
    {5, 3, 12, -1, 3, 4, -1, 0},
    {5, 12, NONE, -1, 4, -1, -1, 5},
    {5, 12, -12, -1, 4, -1, -1, 5},
    {5, 12, -1, -1, 4, 4, -1, 0},
    {5, 12, 0, -1, 4, 0, -1, 4},
    {5, 12, 3, -1, 4, 3, -1, 1},
    {5, 12, 12, -1, 4, 4, -1, 0},
    {5, NONE, NONE, -3, 4, -1, -3, 2},
    {5, NONE, -12, -3, 4, -1, -3, 2},
    {5, NONE, -1, -3, 4, 4, -3, 0},
    {5, NONE, 0, -3, 4, 0, -3, 2},
    {5, NONE, 3, -3, 4, 3, -3, 1},
    {5, NONE, 12, -3, 4, 4, -3, 0},
    {5, -12, NONE, -3, -1, -1, -3, 0},
    {5, -12, -12, -3, -1, -1, -3, 0},
    {5, -12, -1, -3, -1, 4, -3, 0},
    {5, -12, 0, -3, -1, 0, -3, 0},
    {5, -12, 3, -3, -1, 3, -3, 0},
    {5, -12, 12, -3, -1, 4, -3, 0},
    {5, -1, NONE, -3, 4, -1, -3, 2},
    {5, -1, -12, -3, 4, -1, -3, 2},
    {5, -1, -1, -3, 4, 4, -3, 0},
    {5, -1, 0, -3, 4, 0, -3, 2},
    {5, -1, 3, -3, 4, 3, -3, 1},
    {5, -1, 12, -3, 4, 4, -3, 0},
    {5, 0, NONE, -3, 0, -1, -3, 1},
    {5, 0, -12, -3, 0, -1, -3, 1},
    {5, 0, -1, -3, 0, 4, -3, 0},
    {5, 0, 0, -3, 0, 0, -3, 0},
    {5, 0, 3, -3, 0, 3, -3, 0},
    {5, 0, 12, -3, 0, 4, -3, 0},
    {5, 3, NONE, -3, 3, -1, -3, 2},
    {5, 3, -12, -3, 3, -1, -3, 2},
    {5, 3, -1, -3, 3, 4, -3, 0},
    {5, 3, 0, -3, 3, 0, -3, 1},
    {5, 3, 3, -3, 3, 3, -3, 0},
    {5, 3, 12, -3, 3, 4, -3, 0},
    {5, 12, NONE, -3, 4, -1, -3, 2},
    {5, 12, -12, -3, 4, -1, -3, 2},
    {5, 12, -1, -3, 4, 4, -3, 0},
    {5, 12, 0, -3, 4, 0, -3, 2},
    {5, 12, 3, -3, 4, 3, -3, 1},
    {5, 12, 12, -3, 4, 4, -3, 0},
    {10, NONE, NONE, NONE, 0, 10, 1, 10},
    {10, NONE, -12, NONE, 0, 0, 1, 0},
    {10, NONE, -1, NONE, 0, 9, 1, 9},
    {10, NONE, 0, NONE, 0, 0, 1, 0},
    {10, NONE, 3, NONE, 0, 3, 1, 3},
    {10, NONE, 12, NONE, 0, 10, 1, 10},
    {10, -12, NONE, NONE, 0, 10, 1, 10},
    {10, -12, -12, NONE, 0, 0, 1, 0},
    {10, -12, -1, NONE, 0, 9, 1, 9},
    {10, -12, 0, NONE, 0, 0, 1, 0},
    {10, -12, 3, NONE, 0, 3, 1, 3},
    {10, -12, 12, NONE, 0, 10, 1, 10},
    {10, -1, NONE, NONE, 9, 10, 1, 1},
    {10, -1, -12, NONE, 9, 0, 1, 0},
    {10, -1, -1, NONE, 9, 9, 1, 0},
    {10, -1, 0, NONE, 9, 0, 1, 0},
    {10, -1, 3, NONE, 9, 3, 1, 0},
    {10, -1, 12, NONE, 9, 10, 1, 1},
    {10, 0, NONE, NONE, 0, 10, 1, 10},
    {10, 0, -12, NONE, 0, 0, 1, 0},
    {10, 0, -1, NONE, 0, 9, 1, 9},
    {10, 0, 0, NONE, 0, 0, 1, 0},
    {10, 0, 3, NONE, 0, 3, 1, 3},
    {10, 0, 12, NONE, 0, 10, 1, 10},
    {10, 3, NONE, NONE, 3, 10, 1, 7},
    {10, 3, -12, NONE, 3, 0, 1, 0},
    {10, 3, -1, NONE, 3, 9, 1, 6},
    {10, 3, 0, NONE, 3, 0, 1, 0},
    {10, 3, 3, NONE, 3, 3, 1, 0},
    {10, 3, 12, NONE, 3, 10, 1, 7},
    {10, 12, NONE, NONE, 10, 10, 1, 0},
    {10, 12, -12, NONE, 10, 0, 1, 0},
    {10, 12, -1, NONE, 10, 9, 1, 0},
    {10, 12, 0, NONE, 10, 0, 1, 0},
    {10, 12, 3, NONE, 10, 3, 1, 0},
    {10, 12, 12, NONE, 10, 10, 1, 0},
    {10, NONE, NONE, 2, 0, 10, 2, 5},
    {10, NONE, -12, 2, 0, 0, 2, 0},
    {10, NONE, -1, 2, 0, 9, 2, 5},
    {10, NONE, 0, 2, 0, 0, 2, 0},
    {10, NONE, 3, 2, 0, 3, 2, 2},
    {10, NONE, 12, 2, 0, 10, 2, 5},
    {10, -12, NONE, 2, 0, 10, 2, 5},
    {10, -12, -12, 2, 0, 0, 2, 0},
    {10, -12, -1, 2, 0, 9, 2, 5},
    {10, -12, 0, 2, 0, 0, 2, 0},
    {10, -12, 3, 2, 0, 3, 2, 2},
    {10, -12, 12, 2, 0, 10, 2, 5},
    {10, -1, NONE, 2, 9, 10, 2, 1},
    {10, -1, -12, 2, 9, 0, 2, 0},
    {10, -1, -1, 2, 9, 9, 2, 0},
    {10, -1, 0, 2, 9, 0, 2, 0},
    {10, -1, 3, 2, 9, 3, 2, 0},
    {10, -1, 12, 2, 9, 10, 2, 1},
    {10, 0, NONE, 2, 0, 10, 2, 5},
    {10, 0, -12, 2, 0, 0, 2, 0},
    {10, 0, -1, 2, 0, 9, 2, 5},
    {10, 0, 0, 2, 0, 0, 2, 0},
    {10, 0, 3, 2, 0, 3, 2, 2},
    {10, 0, 12, 2, 0, 10, 2, 5},
    {10, 3, NONE, 2, 3, 10, 2, 4},
    {10, 3, -12, 2, 3, 0, 2, 0},
    {10, 3, -1, 2, 3, 9, 2, 3},
    {10, 3, 0, 2, 3, 0, 2, 0},
    {10, 3, 3, 2, 3, 3, 2, 0},
    {10, 3, 12, 2, 3, 10, 2, 4},
    {10, 12, NONE, 2, 10, 10, 2, 0},
    {10, 12, -12, 2, 10, 0, 2, 0},
    {10, 12, -1, 2, 10, 9, 2, 0},
    {10, 12, 0, 2, 10, 0, 2, 0},
    {10, 12, 3, 2, 10, 3, 2, 0},
    {10, 12, 12, 2, 10, 10, 2, 0},
    {10, NONE, NONE, -1, 9, -1, -1, 10},
    {10, NONE, -12, -1, 9, -1, -1, 10},
    {10, NONE, -1, -1, 9, 9, -1, 0},
    {10, NONE, 0, -1, 9, 0, -1, 9},
    {10, NONE, 3, -1, 9, 3, -1, 6},
    {10, NONE, 12, -1, 9, 9, -1, 0},
    {10, -12, NONE, -1, -1, -1, -1, 0},
    {10, -12, -12, -1, -1, -1, -1, 0},
    {10, -12, -1, -1, -1, 9, -1, 0},
    {10, -12, 0, -1, -1, 0, -1, 0},
    {10, -12, 3, -1, -1, 3, -1, 0},
    {10, -12, 12, -1, -1, 9, -1, 0},
    {10, -1, NONE, -1, 9, -1, -1, 10},
    {10, -1, -12, -1, 9, -1, -1, 10},
    {10, -1, -1, -1, 9, 9, -1, 0},
    {10, -1, 0, -1, 9, 0, -1, 9},
    {10, -1, 3, -1, 9, 3, -1, 6},
    {10, -1, 12, -1, 9, 9, -1, 0},
    {10, 0, NONE, -1, 0, -1, -1, 1},
    {10, 0, -12, -1, 0, -1, -1, 1},
    {10, 0, -1, -1, 0, 9, -1, 0},
    {10, 0, 0, -1, 0, 0, -1, 0},
    {10, 0, 3, -1, 0, 3, -1, 0},
    {10, 0, 12, -1, 0, 9, -1, 0},
    {10, 3, NONE, -1, 3, -1, -1, 4},
    {10, 3, -12, -1, 3, -1, -1, 4},
    {10, 3, -1, -1, 3, 9, -1, 0},
    {10, 3, 0, -1, 3, 0, -1, 3},
    {10, 3, 3, -1, 3, 3, -1, 0},
    {10, 3, 12, -1, 3, 9, -1, 0},
    {10, 12, NONE, -1, 9, -1, -1, 10},
    {10, 12, -12, -1, 9, -1, -1, 10},
    {10, 12, -1, -1, 9, 9, -1, 0},
    {10, 12, 0, -1, 9, 0, -1, 9},
    {10, 12, 3, -1, 9, 3, -1, 6},
    {10, 12, 12, -1, 9, 9, -1, 0},
    {10, NONE, NONE, -3, 9, -1, -3, 4},
    {10, NONE, -12, -3, 9, -1, -3, 4},
    {10, NONE, -1, -3, 9, 9, -3, 0},
    {10, NONE, 0, -3, 9, 0, -3, 3},
    {10, NONE, 3, -3, 9, 3, -3, 2},
    {10, NONE, 12, -3, 9, 9, -3, 0},
    {10, -12, NONE, -3, -1, -1, -3, 0},
    {10, -12, -12, -3, -1, -1, -3, 0},
    {10, -12, -1, -3, -1, 9, -3, 0},
    {10, -12, 0, -3, -1, 0, -3, 0},
    {10, -12, 3, -3, -1, 3, -3, 0},
    {10, -12, 12, -3, -1, 9, -3, 0},
    {10, -1, NONE, -3, 9, -1, -3, 4},
    {10, -1, -12, -3, 9, -1, -3, 4},
    {10, -1, -1, -3, 9, 9, -3, 0},
    {10, -1, 0, -3, 9, 0, -3, 3},
    {10, -1, 3, -3, 9, 3, -3, 2},
    {10, -1, 12, -3, 9, 9, -3, 0},
    {10, 0, NONE, -3, 0, -1, -3, 1},
    {10, 0, -12, -3, 0, -1, -3, 1},
    {10, 0, -1, -3, 0, 9, -3, 0},
    {10, 0, 0, -3, 0, 0, -3, 0},
    {10, 0, 3, -3, 0, 3, -3, 0},
    {10, 0, 12, -3, 0, 9, -3, 0},
    {10, 3, NONE, -3, 3, -1, -3, 2},
    {10, 3, -12, -3, 3, -1, -3, 2},
    {10, 3, -1, -3, 3, 9, -3, 0},
    {10, 3, 0, -3, 3, 0, -3, 1},
    {10, 3, 3, -3, 3, 3, -3, 0},
    {10, 3, 12, -3, 3, 9, -3, 0},
    {10, 12, NONE, -3, 9, -1, -3, 4},
    {10, 12, -12, -3, 9, -1, -3, 4},
    {10, 12, -1, -3, 9, 9, -3, 0},
    {10, 12, 0, -3, 9, 0, -3, 3},
    {10, 12, 3, -3, 9, 3, -3, 2},
    {10, 12, 12, -3, 9, 9, -3, 0},
};
static const int64_t MIX_KIND[] = {1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1};
static const int64_t MIX_VAL[] = {1, 4, 2, 8, 6, 1, 8, 8, 8, 7, 0, 2, 5, 3, 5, 6, 5, 0, 8, 6, 4, 9, 5, 1, 3, 1, 1, 7, 5, 5, 4, 1, 2, 3, 6, 8, 5, 0, 0, 6, 3, 9, 5, 7, 7, 2, 8, 9, 9, 3, 2, 1, 1, 2, 6, 6, 7, 8, 0, 1, 8, 5, 6, 0, 4, 2, 1, 4, 8, 2, 2, 8, 9, 0, 5, 4, 3, 1, 7, 8, 2, 8, 8, 6, 8, 3, 6, 5, 8, 3, 5, 8, 3, 0, 0, 1, 4, 3, 9, 3, 6, 1, 5, 7, 0, 1, 5, 1, 3, 2, 4, 1, 8, 8, 1, 3, 7, 6, 2, 6, 7, 8, 7, 4, 0, 8, 5, 9, 8, 8, 2, 1, 3, 9, 9, 1, 9, 5, 3, 5, 6, 4, 1, 9, 1, 3, 2, 1, 5, 7, 4, 8, 8, 1, 2, 1, 2, 9, 5, 4, 4, 0, 6, 0, 2, 4, 7, 6, 1, 2, 5, 2, 0, 0, 3, 1, 8, 6, 2, 3, 2, 0, 5, 6, 3, 1, 0, 3, 7, 3, 3, 4, 4, 8, 8, 0, 4, 4, 9, 5};
static const int64_t MIX_SORTED_KIND[] = {0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1};
static const int64_t MIX_RSORTED_KIND[] = {0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1};

/* ------------------------------------------------------------------------ */
/* dict */

static void test_dict(void)
{
    DictObj *d = dict_new();
    for (int64_t i = 0; i < 1000; i++)
        dict_set(T, d, I(i * 7), I(i));
    no_error("dict_set");
    check(d->used == 1000, "dict used %zu", d->used);
    bool ok = true;
    for (int64_t i = 0; i < 1000; i++)
        ok &= dict_get(T, d, I(i * 7)) == I(i);
    check(ok, "dict_get of int keys");
    check(dict_get(T, d, I(3)) == 0 && !T->exc, "missing key");
    check(d->cap == (d->mask + 1) * 2 / 3, "usable fraction: cap %zu, size %zu", d->cap, d->mask + 1);

    uint32_t v0 = d->version;
    dict_set(T, d, I(7), I(-1));
    check(d->version == v0, "replacing a value keeps the version");
    dict_set(T, d, I(-7), I(-1));
    check(d->version != v0, "a new key changes the version");

    for (int64_t i = 0; i < 1000; i += 2)
        check(dict_del(T, d, I(i * 7)) == 1, "dict_del %lld", (long long)i);
    check(dict_del(T, d, I(0)) == 0, "dict_del of a missing key");
    check(d->used == 501, "used after deletes: %zu", d->used);
    dict_set(T, d, I(0), I(0));   /* re-inserted: goes last */
    /* Order now: 7, 21, ..., 6993, then -7, then 0. */
    size_t pos = 0;
    Value k, v;
    int64_t n = 0;
    ok = true;
    while (dict_next(d, &pos, &k, &v)) {
        Value want = n < 500 ? I(7 + 14 * n) : n == 500 ? I(-7) : I(0);
        ok &= k == want;
        n++;
    }
    check(ok && n == 502, "insertion order after deletes (%lld items)", (long long)n);

    /* Churn: insert and delete many keys; the table must not fill with dummies. */
    DictObj *c = dict_new();
    for (int64_t i = 0; i < 100000; i++) {
        dict_set(T, c, I(i), I(i));
        if (i >= 50)
            dict_del(T, c, I(i - 50));
    }
    check(c->used == 50 && c->mask < 1024, "churn: used %zu, size %zu", c->used, c->mask + 1);

    /* str keys: by pointer, then by content, without Python code */
    DictObj *s = dict_new();
    Value alpha = str_new("alpha", 5), alpha2 = str_new("alpha", 5);
    check(alpha != alpha2, "two str objects");
    dict_set_str(s, alpha, I(1));
    check(dict_get_str(s, alpha2) == I(1), "dict_get_str by content");
    check(s->str_keys, "str_keys while every key is a str");
    int64_t ix = dict_find_str(s, alpha2);
    check(ix >= 0 && s->entries[ix].value == I(1), "dict_find_str");
    for (int i = 0; i < 5000; i++) {
        Value key = str_format(T, "key%d", i);
        dict_set_str(s, key, I(i));
    }
    ok = true;
    for (int i = 0; i < 5000; i++)
        ok &= dict_get_cstr(s, STR_DATA(str_format(T, "key%d", i))) == I(i);
    check(ok, "5000 str keys");
    check(dict_find_str(s, alpha) == ix, "entry number survives growth... (same entry)");
    dict_set(T, s, I(5), I(5));
    check(!s->str_keys, "an int key clears str_keys");
    check(dict_get_str(s, alpha2) == I(1), "str lookups still work with mixed keys");
    check(dict_get(T, s, alpha2) == I(1), "dict_get of a str in a mixed dict");

    DictObj *cp = dict_copy(s);
    check(cp->used == s->used, "copy size");
    size_t p1 = 0, p2 = 0;
    Value k1, k2;
    ok = true;
    while (dict_next(s, &p1, &k1, NULL)) {
        ok &= dict_next(cp, &p2, &k2, NULL) && k1 == k2;
    }
    check(ok, "copy keeps the order");
    dict_clear(s);
    check(s->used == 0 && dict_get_str(s, alpha) == 0 && s->str_keys, "dict_clear");
    check(cp->used == 5002, "the copy is independent");

    /* popitem-like pop and errors */
    check(dict_pop(T, d, I(7), 0) == I(-1), "dict_pop");
    check(dict_pop(T, d, I(7), I(42)) == I(42), "dict_pop default");
    dict_pop(T, d, I(7), 0);
    expect_error(&exc_KeyError, "7", "dict_pop missing");
    Value lst = list_new(0);
    check(!dict_set(T, d, lst, I(1)), "list key");
    expect_error(&exc_TypeError, "unhashable type: 'list'", "list key");

    /* repr and update */
    DictObj *r = dict_new();
    dict_set(T, r, I(1), str_from_cstr("a"));
    dict_set(T, r, str_from_cstr("b"), OBJ_VAL(r));
    check_repr(OBJ_VAL(r), "{1: 'a', 'b': {...}}", "dict repr");
    DictObj *u = dict_new();
    Value pairs = list_new(0);
    list_append(T, pairs, tuple_pack(2, I(1), I(2)));
    list_append(T, pairs, str_from_cstr("xy"));
    dict_update(T, u, pairs);
    no_error("dict_update pairs");
    check_repr(OBJ_VAL(u), "{1: 2, 'x': 'y'}", "dict from pairs");
    list_append(T, pairs, I(3));
    dict_update(T, u, pairs);
    expect_error(&exc_TypeError, "cannot convert dictionary update sequence element #2 to a sequence",
                 "dict_update bad element");
    AS_LIST(pairs)->items[2] = tuple_pack(3, I(1), I(2), I(3));
    dict_update(T, u, pairs);
    expect_error(&exc_ValueError, "dictionary update sequence element #2 has length 3; 2 is required",
                 "dict_update bad length");
    dict_update(T, u, I(5));
    expect_error(&exc_TypeError, "'int' object is not iterable", "dict_update(5)");
    DictObj *big = dict_new_presized(100);
    size_t mask = big->mask;
    for (int i = 0; i < 100; i++)
        dict_set(T, big, I(i), I(i));
    check(big->mask == mask, "presized dict does not grow");
}

/* ------------------------------------------------------------------------ */
/* set */

static Value set_of(const int64_t *xs, size_t n)
{
    Value s = set_new(&set_type);
    for (size_t i = 0; i < n; i++)
        set_add(T, s, I(xs[i]));
    return s;
}

#define LEN(a) (sizeof(a) / sizeof *(a))

static void test_set(void)
{
    static const int64_t lit[] = {10, 3, 7, 100, 1000, -1};
    check_set_order(set_of(lit, LEN(lit)), ORDER_SMALL, LEN(ORDER_SMALL), "{10, 3, 7, 100, 1000, -1}");

    Value s = set_new(&set_type);
    for (int64_t i = 0; i < 300; i++) {
        set_add(T, s, I((i * 7919) % 1009 * 13 - 2000));
        if (i % 3 == 0)
            set_discard(T, s, I((i * 31) % 1009 * 13 - 2000));
    }
    for (int64_t i = 0; i < 300; i += 4)
        set_discard(T, s, I((i * 7919) % 1009 * 13 - 2000));
    no_error("churn");
    check_set_order(s, ORDER_CHURN, LEN(ORDER_CHURN), "churn");

    Value p = set_new(&set_type);
    for (int64_t i = 0; i < 20; i++)
        set_add(T, p, I(i));
    int64_t pops[6];
    for (int i = 0; i < 5; i++)
        pops[i] = SMALL_VAL(set_pop(T, p));
    set_add(T, p, I(100));
    set_add(T, p, I(3));
    pops[5] = SMALL_VAL(set_pop(T, p));
    check(memcmp(pops, POPS, sizeof pops) == 0, "pop order");
    check_set_order(p, AFTER_POPS, LEN(AFTER_POPS), "after pops");
    Value e = set_new(&set_type);
    set_pop(T, e);
    expect_error(&exc_KeyError, "'pop from an empty set'", "pop from empty");

    static const int64_t neg[] = {-5, -1, -2, ((int64_t)1 << 61) - 1, (int64_t)1 << 61,
                                  -((int64_t)1 << 61), (int64_t)1 << 40, 17, 8, 0};
    check_set_order(set_of(neg, LEN(neg)), ORDER_NEG, LEN(ORDER_NEG), "negative and large ints");

    Value dv[LEN(neg)];
    for (size_t j = 0; j < LEN(neg); j++)
        dv[j] = I(neg[j]);
    Value fz = set_display_const(T, dv, LEN(neg));
    check_set_order(fz, ORDER_NEG_CONST, LEN(ORDER_NEG_CONST), "constant frozenset of a set display");
    Value disp = set_new(&set_type);
    set_update(T, disp, fz);
    check_set_order(disp, ORDER_NEG_DISPLAY, LEN(ORDER_NEG_DISPLAY), "set display of constants");

    Value tp = set_new(&set_type);
    static const int64_t pairs[][2] = {{1, 2}, {3, 4}, {5, 6}, {0, 0}, {-1, 7}, {2, 1}};
    for (size_t i = 0; i < LEN(pairs); i++)
        set_add(T, tp, tuple_pack(2, I(pairs[i][0]), I(pairs[i][1])));
    size_t pos = 0, i = 0;
    Value k;
    bool ok = true;
    while (set_next(tp, &pos, &k)) {
        ok &= TUPLE_ITEM(k, 0) == I(ORDER_PAIRS[2 * i]) && TUPLE_ITEM(k, 1) == I(ORDER_PAIRS[2 * i + 1]);
        i++;
    }
    check(ok && i == LEN(pairs), "set of pairs order");

    check(obj_hash(T, tuple_pack(3, I(1), I(2), I(3))) == HASH_T123, "hash((1, 2, 3))");
    check(obj_hash(T, tuple_empty()) == HASH_T0, "hash(())");
    static const int64_t one23[] = {1, 2, 3};
    Value fs = set_from_iter(T, &frozenset_type, set_of(one23, 3));
    check(obj_hash(T, fs) == HASH_FS123, "hash(frozenset({1, 2, 3})) = %lld",
          (long long)obj_hash(T, fs));
    check(obj_hash(T, set_new(&frozenset_type)) == HASH_FS0, "hash(frozenset())");
    Value inner = set_new(&frozenset_type);
    set_add(T, inner, tuple_pack(2, I(3), I(4)));
    check(obj_hash(T, tuple_pack(2, tuple_pack(2, I(1), I(2)), inner)) == HASH_NESTED,
          "hash of nested tuple and frozenset");

    Value a = set_new(&set_type), b = set_new(&set_type);
    for (int64_t x = 0; x < 40; x += 3)
        set_add(T, a, I(x));
    for (int64_t x = 0; x < 40; x += 5)
        set_add(T, b, I(x));
    check_set_order(set_type.binop(T, a, b, BIN_BITOR, 0), ORDER_OR, LEN(ORDER_OR), "a | b");
    check_set_order(set_type.binop(T, a, b, BIN_BITAND, 0), ORDER_AND, LEN(ORDER_AND), "a & b");
    check_set_order(set_type.binop(T, a, b, BIN_SUB, 0), ORDER_SUB, LEN(ORDER_SUB), "a - b");
    check_set_order(set_type.binop(T, a, b, BIN_BITXOR, 0), ORDER_XOR, LEN(ORDER_XOR), "a ^ b");
    Value bigset = set_new(&set_type), sm = set_new(&set_type);
    for (int64_t x = 0; x < 1000; x++)
        set_add(T, bigset, I(x));
    set_add(T, sm, I(5));
    set_add(T, sm, I(999));
    set_add(T, sm, I(4000));
    check_set_order(set_type.binop(T, sm, bigset, BIN_SUB, 0), ORDER_BIGSUB, LEN(ORDER_BIGSUB), "small - big");
    check_set_order(set_type.binop(T, sm, bigset, BIN_BITAND, 0), ORDER_BIGAND, LEN(ORDER_BIGAND), "small & big");

    check_repr(set_new(&set_type), "set()", "empty set");
    check_repr(set_new(&frozenset_type), "frozenset()", "empty frozenset");
    check_repr(set_of(one23, 3), "{1, 2, 3}", "set repr");
    check_repr(fs, "frozenset({1, 2, 3})", "frozenset repr");
    check(set_contains(T, fs, I(2)) == 1 && set_contains(T, fs, I(5)) == 0, "set_contains");
    set_add(T, a, list_new(0));
    expect_error(&exc_TypeError, "unhashable type: 'list'", "unhashable set item");
    check(set_type.richcmp(T, set_of(one23, 3), fs, CMP_EQ) == V_TRUE, "set == frozenset");
    check(set_type.richcmp(T, sm, bigset, CMP_LT) == V_FALSE, "not a subset");
}

/* ------------------------------------------------------------------------ */
/* slices */

static void test_slices(void)
{
    bool ok = true;
    for (size_t i = 0; i < LEN(SLICE_CASES); i++) {
        const SliceCase *c = &SLICE_CASES[i];
        Value sl = slice_new(c->start == NONE ? 0 : I(c->start), c->stop == NONE ? 0 : I(c->stop),
                             c->step == NONE ? 0 : I(c->step));
        int64_t start, stop, step, n;
        if (!slice_unpack(T, sl, c->len, &start, &stop, &step, &n)) {
            no_error("slice_unpack");
            ok = false;
            continue;
        }
        if (start != c->want_start || stop != c->want_stop || step != c->want_step || n != c->want_len) {
            printf("slice case %zu: len %lld -> %lld %lld %lld %lld\n", i, (long long)c->len,
                   (long long)start, (long long)stop, (long long)step, (long long)n);
            ok = false;
        }
    }
    check(ok, "slice_unpack agrees with slice.indices() on %zu cases", LEN(SLICE_CASES));
    int64_t a, b, c, n;
    slice_unpack(T, slice_new(0, 0, I(0)), 5, &a, &b, &c, &n);
    expect_error(&exc_ValueError, "slice step cannot be zero", "zero step");
    slice_unpack(T, slice_new(str_from_cstr("x"), 0, 0), 5, &a, &b, &c, &n);
    expect_error(&exc_TypeError, "slice indices must be integers or None or have an __index__ method",
                 "str bound");
    check_repr(slice_new(I(1), I(2), 0), "slice(1, 2, None)", "slice repr");
}

/* ------------------------------------------------------------------------ */
/* list and tuple */

static void test_list(void)
{
    Value l = list_new(0);
    for (int64_t i = 0; i < 10000; i++)
        list_append(T, l, I(i));
    check(AS_LIST(l)->len == 10000 && AS_LIST(l)->items[9999] == I(9999), "append");
    list_insert(T, l, 0, I(-1));
    list_insert(T, l, -1, I(-2));
    check(AS_LIST(l)->items[0] == I(-1) && AS_LIST(l)->items[10000] == I(-2), "insert");
    check(list_pop(T, l, -1) == I(9999) && list_pop(T, l, 0) == I(-1), "pop");
    check(list_type.getitem(T, l, I(-1)) == I(-2), "l[-1]");
    list_type.getitem(T, l, I(10001));
    expect_error(&exc_IndexError, "list index out of range", "l[10001]");
    list_type.getitem(T, l, str_from_cstr("a"));
    expect_error(&exc_TypeError, "list indices must be integers or slices, not str", "l['a']");
    Value sl = list_type.getitem(T, l, slice_new(I(1), I(10), I(3)));
    check_repr(sl, "[1, 4, 7]", "l[1:10:3]");
    Value empty = list_new(0);
    list_pop(T, empty, -1);
    expect_error(&exc_IndexError, "pop from empty list", "pop from empty");

    Value x = list_getslice(T, l, 0, 6, 1);
    check_repr(x, "[0, 1, 2, 3, 4, 5]", "list_getslice");
    list_type.setitem(T, x, slice_new(I(1), I(3), 0), tuple_pack(1, I(9)));
    check_repr(x, "[0, 9, 3, 4, 5]", "x[1:3] = (9,)");
    list_type.setitem(T, x, slice_new(0, 0, I(2)), list_getslice(T, l, 0, 2, 1));
    expect_error(&exc_ValueError, "attempt to assign sequence of size 2 to extended slice of size 3",
                 "extended slice size");
    list_type.setitem(T, x, slice_new(0, 0, I(-2)), 0);
    check_repr(x, "[9, 4]", "del x[::-2]");
    list_type.setitem(T, x, slice_new(0, 0, 0), x);
    check_repr(x, "[9, 4]", "x[:] = x");
    list_type.setitem(T, x, slice_new(I(1), I(1), 0), x);
    check_repr(x, "[9, 9, 4, 4]", "x[1:1] = x");
    list_append(T, x, x);
    check_repr(x, "[9, 9, 4, 4, [...]]", "self-containing list");
    list_type.setitem(T, x, I(7), I(1));
    expect_error(&exc_IndexError, "list assignment index out of range", "x[7] = 1");

    /* sort: random ints, then stability on equal ints and floats */
    Value r = list_new(0);
    uint64_t seed = 12345;
    for (int i = 0; i < 5000; i++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        list_append(T, r, I((int64_t)(seed >> 40) % 1000));
    }
    list_sort(T, r, 0, false);
    bool ok = true;
    for (size_t i = 1; i < AS_LIST(r)->len; i++)
        ok &= SMALL_VAL(AS_LIST(r)->items[i - 1]) <= SMALL_VAL(AS_LIST(r)->items[i]);
    check(ok, "sorted ints");

    for (int rev = 0; rev < 2; rev++) {
        Value m = list_new(0);
        for (size_t i = 0; i < LEN(MIX_VAL); i++)
            list_append(T, m, MIX_KIND[i] ? float_new(T, (double)MIX_VAL[i]) : I(MIX_VAL[i]));
        list_sort(T, m, 0, rev);
        no_error("sort of ints and floats");
        const int64_t *want = rev ? MIX_RSORTED_KIND : MIX_SORTED_KIND;
        ok = true;
        for (size_t i = 0; i < LEN(MIX_VAL); i++)
            ok &= (IS_FLOAT(AS_LIST(m)->items[i]) ? 1 : 0) == want[i];
        check(ok, "sort stability (reverse=%d) matches CPython", rev);
    }
    Value strs = list_new(0);
    const char *words[] = {"pear", "apple", "fig", "banana", "apple", "Zebra", ""};
    for (size_t i = 0; i < LEN(words); i++)
        list_append(T, strs, str_from_cstr(words[i]));
    list_sort(T, strs, 0, false);
    check_repr(strs, "['', 'Zebra', 'apple', 'apple', 'banana', 'fig', 'pear']", "sorted strs");
    Value mixed = list_new(0);
    list_append(T, mixed, I(3));
    list_append(T, mixed, str_from_cstr("a"));
    list_sort(T, mixed, 0, false);
    expect_error(&exc_TypeError, "'<' not supported between instances of 'str' and 'int'", "[3, 'a'].sort()");
}

static void test_tuple(void)
{
    check_repr(tuple_empty(), "()", "()");
    check_repr(tuple_pack(1, I(1)), "(1,)", "(1,)");
    Value t3 = tuple_pack(3, I(1), I(2), I(3));
    check_repr(t3, "(1, 2, 3)", "(1, 2, 3)");
    check(tuple_new(0) == tuple_empty(), "the empty tuple is shared");
    check(tuple_from_iter(T, t3) == t3, "tuple(t) is t");
    Value l = list_from_array(AS_TUPLE(t3)->items, 3);
    check_repr(tuple_from_iter(T, l), "(1, 2, 3)", "tuple(list)");
    check_repr(tuple_type.getitem(T, t3, slice_new(0, 0, I(-1))), "(3, 2, 1)", "t[::-1]");
    tuple_type.getitem(T, t3, I(3));
    expect_error(&exc_IndexError, "tuple index out of range", "t[3]");
    check(tuple_type.richcmp(T, t3, tuple_pack(2, I(1), I(3)), CMP_LT) == V_TRUE, "(1, 2, 3) < (1, 3)");
    check(tuple_type.richcmp(T, t3, tuple_pack(2, I(1), I(2)), CMP_GT) == V_TRUE, "(1, 2, 3) > (1, 2)");
    Value nested = tuple_pack(1, list_new(0));
    list_append(T, TUPLE_ITEM(nested, 0), nested);
    check_repr(nested, "([(...)],)", "recursive tuple repr");
}

static void test_range(void)
{
    Value r = range_new(T, I(0), I(10), I(3));
    check_repr(r, "range(0, 10, 3)", "range repr");
    Value it = obj_iter(T, r);
    int64_t want = 0, n = 0;
    bool ok = true;
    for (Value v; (v = obj_next(T, it)); n++, want += 3)
        ok &= v == I(want);
    check(ok && n == 4, "iterate range(0, 10, 3)");
    check(range_type.len(T, r) == 4, "len");
    check(range_type.contains(T, r, I(6)) == 1 && range_type.contains(T, r, I(7)) == 0, "in");
    check(range_type.getitem(T, r, I(-1)) == I(9), "r[-1]");
    check_repr(range_type.getitem(T, r, slice_new(0, 0, I(-1))), "range(9, -3, -3)", "r[::-1]");
    check_repr(range_new(T, I(5), I(0), I(1)), "range(5, 0)", "empty range repr");
    check(range_type.richcmp(T, range_new(T, I(0), I(0), I(1)), range_new(T, I(2), I(2), I(1)), CMP_EQ) == V_TRUE,
          "range(0) == range(2, 2)");
    range_new(T, I(1), I(2), I(0));
    expect_error(&exc_ValueError, "range() arg 3 must not be zero", "zero step");
    range_type.getitem(T, r, I(4));
    expect_error(&exc_IndexError, "range object index out of range", "r[4]");
}

int main(void)
{
    runtime_init();
    T = task_new(interp_new());
    test_dict();
    test_set();
    test_slices();
    test_list();
    test_tuple();
    test_range();
    printf("%d checks, %d failures\n", checks, failures);
    return failures != 0;
}
