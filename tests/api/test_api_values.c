/* test_api_values.c - making and reading values through the embedding API:
 * every type, wrong types and ranges failing by return value, lists and
 * dicts of the host and of interpreters, values crossing between them, and
 * handles keeping their objects alive through collections. */
#include <gc/gc.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "check.h"

static atoll_runtime *rt;

static void test_scalars(void)
{
    atoll_value *none = atoll_new_none(rt), *t = atoll_new_bool(rt, 5), *f = atoll_new_bool(rt, 0);
    CHECK(atoll_typeof(none) == ATOLL_TNONE && atoll_typeof(t) == ATOLL_TBOOL);
    CHECK_STR(atoll_type_name(none), "NoneType");
    int b = -1;
    CHECK_OK(atoll_to_bool(t, &b));
    CHECK(b == 1);
    CHECK_OK(atoll_to_bool(f, &b));
    CHECK(b == 0);
    CHECK_ST(atoll_to_bool(none, &b), ATOLL_ETYPE);
    int64_t n;
    CHECK_OK(atoll_to_int(t, &n));                            /* a bool is an int */
    CHECK(n == 1);

    atoll_value *i = atoll_new_int(rt, -123), *max = atoll_new_int(rt, INT64_MAX), *min = atoll_new_int(rt, INT64_MIN);
    CHECK(atoll_typeof(i) == ATOLL_TINT && atoll_typeof(max) == ATOLL_TINT);
    CHECK(int_of(i) == -123 && int_of(max) == INT64_MAX && int_of(min) == INT64_MIN);
    const char *dec;
    CHECK_OK(atoll_to_int_str(min, &dec));
    CHECK_STR(dec, "-9223372036854775808");
    CHECK_OK(atoll_to_int_str(i, &dec));
    CHECK_STR(dec, "-123");
    double d;
    CHECK_OK(atoll_to_float(i, &d));
    CHECK(d == -123.0);
    CHECK_ST(atoll_to_str(i, &dec, NULL), ATOLL_ETYPE);

    /* big ints, as decimal strings both ways */
    atoll_value *big = atoll_new_int_str(rt, "-123456789012345678901234567890");
    CHECK(big && atoll_typeof(big) == ATOLL_TINT);
    CHECK_ST(atoll_to_int(big, &n), ATOLL_ERANGE);
    CHECK_OK(atoll_to_int_str(big, &dec));
    CHECK_STR(dec, "-123456789012345678901234567890");
    CHECK_OK(atoll_to_float(big, &d));
    CHECK(fabs(d + 1.2345678901234568e29) < 1e15);
    atoll_value *huge = atoll_new_int_str(rt, "1" "000000000000000000000000000000000000000000000000000000000000"
                                              "000000000000000000000000000000000000000000000000000000000000"
                                              "000000000000000000000000000000000000000000000000000000000000"
                                              "000000000000000000000000000000000000000000000000000000000000"
                                              "000000000000000000000000000000000000000000000000000000000000"
                                              "0000000000");
    CHECK_ST(atoll_to_float(huge, &d), ATOLL_ERANGE);
    CHECK(atoll_new_int_str(rt, "12x") == NULL);
    CHECK(atoll_new_int_str(rt, "") == NULL);
    CHECK(atoll_new_int_str(rt, NULL) == NULL);

    atoll_value *fl = atoll_new_float(rt, 2.5);
    CHECK(atoll_typeof(fl) == ATOLL_TFLOAT);
    CHECK_OK(atoll_to_float(fl, &d));
    CHECK(d == 2.5);
    CHECK_ST(atoll_to_int(fl, &n), ATOLL_ETYPE);
    CHECK_ST(atoll_to_int_str(fl, &dec), ATOLL_ETYPE);

    atoll_value *s = atoll_new_str(rt, "h\xc3\xa9llo", ATOLL_NTS), *s2 = atoll_new_str(rt, "abc", 2);
    size_t len;
    CHECK_OK(atoll_to_str(s, &dec, &len));
    CHECK(len == 6 && !strcmp(dec, "h\xc3\xa9llo"));
    CHECK_OK(atoll_len(s, &len));
    CHECK(len == 5);                                          /* code points */
    CHECK_STR(str_of(s2), "ab");
    CHECK(atoll_new_str(rt, "\xff\xfe", ATOLL_NTS) == NULL);  /* not UTF-8 */
    CHECK(atoll_new_str(rt, "\xc3", ATOLL_NTS) == NULL);
    CHECK_ST(atoll_to_bytes(s, (const void **)&dec, &len), ATOLL_ETYPE);

    atoll_value *by = atoll_new_bytes(rt, "a\0b", 3), *empty = atoll_new_bytes(rt, NULL, 0);
    const void *data;
    CHECK(atoll_typeof(by) == ATOLL_TBYTES);
    CHECK_OK(atoll_to_bytes(by, &data, &len));
    CHECK(len == 3 && !memcmp(data, "a\0b", 3));
    CHECK_OK(atoll_to_bytes(empty, &data, &len));
    CHECK(len == 0);
    CHECK_ST(atoll_to_str(by, &dec, &len), ATOLL_ETYPE);

    /* NULL handles fail by return value too */
    CHECK_ST(atoll_to_int(NULL, &n), ATOLL_EINVAL);
    CHECK_ST(atoll_to_int(i, NULL), ATOLL_EINVAL);
    CHECK(atoll_new_int(NULL, 1) == NULL);
    atoll_release(NULL);

    atoll_value *all[] = {none, t, f, i, max, min, big, huge, fl, s, s2, by, empty};
    for (size_t k = 0; k < sizeof all / sizeof *all; k++) atoll_release(all[k]);
}

static void test_host_containers(void)
{
    atoll_value *l = atoll_new_list(rt), *one = atoll_new_int(rt, 1), *two = atoll_new_str(rt, "two", ATOLL_NTS);
    CHECK(atoll_typeof(l) == ATOLL_TLIST);
    CHECK_OK(atoll_list_append(l, one));
    CHECK_OK(atoll_list_append(l, two));
    size_t n;
    CHECK_OK(atoll_len(l, &n));
    CHECK(n == 2);
    atoll_value *item;
    CHECK_OK(atoll_get_item(l, 1, &item));
    CHECK_STR(str_of(item), "two");
    atoll_release(item);
    CHECK_ST(atoll_get_item(l, 2, &item), ATOLL_ERANGE);
    CHECK(item == NULL);
    CHECK_OK(atoll_list_set(l, 0, two));
    CHECK_ST(atoll_list_set(l, 5, two), ATOLL_ERANGE);
    CHECK_ST(atoll_list_append(one, two), ATOLL_ETYPE);
    CHECK_ST(atoll_len(one, &n), ATOLL_ETYPE);

    atoll_value *items[2] = {one, two};
    atoll_value *tup = atoll_new_tuple(rt, 2, items), *empty = atoll_new_tuple(rt, 0, NULL);
    CHECK(atoll_typeof(tup) == ATOLL_TTUPLE);
    CHECK_OK(atoll_get_item(tup, 0, &item));
    CHECK(int_of(item) == 1);
    atoll_release(item);
    CHECK_OK(atoll_len(empty, &n));
    CHECK(n == 0);
    CHECK_ST(atoll_get_item(tup, 2, &item), ATOLL_ERANGE);

    atoll_value *d = atoll_new_dict(rt), *v;
    CHECK_OK(atoll_dict_set(d, two, one));
    CHECK_OK(atoll_dict_set(d, tup, l));                      /* a tuple key, a list value */
    CHECK_OK(atoll_dict_get(d, two, &v));
    CHECK(int_of(v) == 1);
    atoll_release(v);
    CHECK_ST(atoll_dict_get(d, one, &v), ATOLL_ENOTFOUND);
    CHECK_ST(atoll_dict_set(d, l, one), ATOLL_ETYPE);        /* unhashable */
    CHECK_ST(atoll_dict_get(d, l, &v), ATOLL_ETYPE);
    CHECK_ST(atoll_dict_set(l, one, one), ATOLL_ETYPE);
    size_t pos = 0, count = 0;
    atoll_value *k;
    while (atoll_dict_next(d, &pos, &k, &v) == ATOLL_OK) {
        if (count == 0) CHECK_STR(str_of(k), "two");
        if (count == 1) CHECK(atoll_typeof(k) == ATOLL_TTUPLE && atoll_typeof(v) == ATOLL_TLIST);
        count++;
        atoll_release(k);
        atoll_release(v);
    }
    CHECK(count == 2);
    CHECK_ST(atoll_dict_next(d, &pos, &k, &v), ATOLL_ENOTFOUND);
    CHECK_OK(atoll_len(d, &n));
    CHECK(n == 2);

    atoll_value *dup = atoll_dup(l);
    atoll_release(l);
    CHECK_OK(atoll_len(dup, &n));                              /* the object lives on */
    CHECK(n == 2);
    atoll_value *all[] = {dup, one, two, tup, empty, d};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) atoll_release(all[i]);
}

/* Values crossing: a host list is copied into a script; a script's list is
 * read and changed under its interpreter's lock; another interpreter's list
 * is copied; functions and instances do not cross. */
static void test_crossing(void)
{
    atoll_interp *a = atoll_interp_new(rt, "a"), *b = atoll_interp_new(rt, "b");
    atoll_value *l = atoll_new_list(rt), *one = atoll_new_int(rt, 1);
    CHECK_OK(atoll_list_append(l, one));
    CHECK_OK(atoll_set_global(a, "hl", l));
    CHECK_OK(atoll_exec(a, "hl.append(2)\nmine = [10, 20]\nclass C: pass\nobj = C()\n", ATOLL_NTS, NULL));
    size_t n;
    CHECK_OK(atoll_len(l, &n));
    CHECK(n == 1);                                            /* the script changed its own copy */
    CHECK(eval_int(a, "len(hl)") == 2);

    atoll_value *mine, *item;
    CHECK_OK(atoll_get_global(a, "mine", &mine));
    CHECK_OK(atoll_list_append(mine, one));                   /* changes a's list, under a's lock */
    CHECK(eval_int(a, "mine == [10, 20, 1]") == 1);
    CHECK_OK(atoll_get_item(mine, 1, &item));
    CHECK(int_of(item) == 20);
    atoll_release(item);

    CHECK_OK(atoll_set_global(b, "copied", mine));           /* a's list into b: a copy */
    CHECK_OK(atoll_exec(b, "copied.append(99)\n", ATOLL_NTS, NULL));
    CHECK(eval_int(a, "len(mine)") == 3);
    CHECK(eval_int(b, "copied == [10, 20, 1, 99]") == 1);
    CHECK_OK(atoll_list_append(l, mine));                     /* into a host list: a copy */
    CHECK(eval_int(a, "mine.append(5) or len(mine)") == 4);
    CHECK_OK(atoll_get_item(l, 1, &item));
    CHECK_OK(atoll_len(item, &n));
    CHECK(n == 3);
    atoll_release(item);

    atoll_value *obj, *r;
    CHECK_OK(atoll_get_global(a, "obj", &obj));
    CHECK(atoll_typeof(obj) == ATOLL_TOTHER);
    CHECK_STR(atoll_type_name(obj), "C");
    CHECK_ST(atoll_set_global(b, "obj", obj), ATOLL_ENOTSHAREABLE);
    CHECK_ST(atoll_list_append(l, obj), ATOLL_ENOTSHAREABLE);
    CHECK_OK(atoll_set_global(a, "again", obj));             /* its own interpreter: as it is */
    CHECK(eval_int(a, "again is obj") == 1);
    atoll_value *objs[1] = {obj};
    CHECK(atoll_new_tuple(rt, 1, objs) == NULL);
    /* an interpreter's dict, read from the host */
    CHECK_OK(atoll_eval(a, "{'k': [1, 2], 3: 'x'}", &r));
    atoll_value *k = atoll_new_str(rt, "k", ATOLL_NTS), *v;
    CHECK_OK(atoll_dict_get(r, k, &v));
    CHECK(atoll_typeof(v) == ATOLL_TLIST);
    CHECK_OK(atoll_list_append(v, k));
    CHECK(eval_int(a, "1") == 1);
    atoll_release(v);
    /* a dict key whose __eq__ raises: the interpreter's error */
    CHECK_OK(atoll_exec(a, "class K:\n    def __hash__(self): return 3\n    def __eq__(self, o): raise ValueError('no eq')\n"
                           "badkey = K()\n", ATOLL_NTS, NULL));
    atoll_value *badkey;
    CHECK_OK(atoll_get_global(a, "badkey", &badkey));
    CHECK_ST(atoll_dict_get(r, badkey, &v), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_message(a), "no eq");

    atoll_value *all[] = {l, one, mine, obj, r, k, badkey};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) atoll_release(all[i]);
    CHECK_OK(atoll_interp_destroy(a));
    CHECK_OK(atoll_interp_destroy(b));
}

/* Handles pin their objects: nothing else refers to them while the
 * collector runs. */
static void test_gc(void)
{
    atoll_interp *in = atoll_interp_new(rt, "gc");
    enum { N = 2000 };
    atoll_value **vs = malloc(N * sizeof *vs);
    for (int i = 0; i < N; i++) {
        char expr[64];
        snprintf(expr, sizeof expr, "[%d] * 3 + ['x' * %d]", i, i % 50);
        CHECK_OK(atoll_eval(in, expr, &vs[i]));
    }
    CHECK_OK(atoll_exec(in, "junk = [[i] * 10 for i in range(200000)]\ndel junk\n", ATOLL_NTS, NULL));
    GC_gcollect();
    int bad = 0;
    for (int i = 0; i < N; i++) {
        atoll_value *first;
        size_t n;
        if (atoll_len(vs[i], &n) || n != 4 || atoll_get_item(vs[i], 0, &first) || int_of(first) != i) bad++;
        else atoll_release(first);
        atoll_release(vs[i]);
    }
    CHECK(bad == 0);
    free(vs);
    CHECK_OK(atoll_interp_destroy(in));
}

int main(void)
{
    CHECK_OK(atoll_open(NULL, &rt));
    test_scalars();
    test_host_containers();
    test_crossing();
    test_gc();
    CHECK_OK(atoll_close(rt));
    return report_failures("test_api_values");
}
