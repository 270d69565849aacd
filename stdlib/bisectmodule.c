/* bisectmodule.c - _bisect: binary search in sorted sequences, as CPython's
 * C accelerator (stdlib/bisect.py re-exports it). */
#include "object.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "slice.h"
#include "interp.h"
#include "module.h"

static const ArgSpec bisect_spec = {"bisect", 0, 4, 2, 5, {"a", "x", "lo", "hi", "key"}};

/* An optional Py_ssize_t argument with -1 (and None) meaning "none". */
static bool opt_index(Task *t, Value v, int64_t *out)
{
    if (!v || v == V_NONE) return true;
    Value n = obj_index(t, v);
    return n && index_to_i64(t, n, &exc_OverflowError, out);
}

/* The search: right picks the position after equal items. */
static int64_t search(Task *t, Value a, Value x, int64_t lo, int64_t hi, Value key, bool right)
{
    if (lo < 0) {
        err_format(t, &exc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1) {
        hi = obj_len(t, a);
        if (hi < 0) return -1;
    }
    while (lo < hi) {
        int64_t mid = (int64_t)(((uint64_t)lo + (uint64_t)hi) / 2);
        Value item;
        if (IS_LIST(a) && (size_t)mid < AS_LIST(a)->len) item = AS_LIST(a)->items[mid];
        else item = obj_getitem(t, a, MAKE_SMALL(mid));
        if (!item) return -1;
        if (key && key != V_NONE) {
            item = obj_call(t, key, &item, 1, 0);
            if (!item) return -1;
        }
        int less = right ? obj_compare(t, x, item, CMP_LT) : obj_compare(t, item, x, CMP_LT);
        if (less < 0) return -1;
        if (right ? less : !less) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

static Value do_bisect(Task *t, const char *name, const Value *args, size_t nargs, Value kw, bool right)
{
    ArgSpec spec = bisect_spec;
    spec.fname = name;
    Value a[5];
    int64_t lo = 0, hi = -1;
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    if ((a[2] && !opt_index(t, a[2], &lo)) || !opt_index(t, a[3], &hi)) return 0;
    int64_t r = search(t, a[0], a[1], lo, hi, a[4], right);
    return r < 0 ? 0 : int_from_i64(t, r);
}

static Value do_insort(Task *t, const char *name, const Value *args, size_t nargs, Value kw, bool right)
{
    ArgSpec spec = bisect_spec;
    spec.fname = name;
    Value a[5];
    int64_t lo = 0, hi = -1;
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    if ((a[2] && !opt_index(t, a[2], &lo)) || !opt_index(t, a[3], &hi)) return 0;
    Value x = a[1];
    if (a[4] && a[4] != V_NONE) {
        x = obj_call(t, a[4], &a[1], 1, 0);
        if (!x) return 0;
    }
    int64_t index = search(t, a[0], x, lo, hi, a[4], right);
    if (index < 0) return 0;
    if (IS_LIST(a[0])) return list_insert(t, a[0], index, a[1]) ? V_NONE : 0;
    Value iargs[2] = {int_from_i64(t, index), a[1]};
    Value r = obj_call_method(t, a[0], str_intern_cstr("insert"), iargs, 2);
    return r ? V_NONE : 0;
}

static Value b_bisect_right(Task *t, const Value *a, size_t n, Value kw) { return do_bisect(t, "bisect_right", a, n, kw, true); }
static Value b_bisect_left(Task *t, const Value *a, size_t n, Value kw) { return do_bisect(t, "bisect_left", a, n, kw, false); }
static Value b_insort_right(Task *t, const Value *a, size_t n, Value kw) { return do_insort(t, "insort_right", a, n, kw, true); }
static Value b_insort_left(Task *t, const Value *a, size_t n, Value kw) { return do_insort(t, "insort_left", a, n, kw, false); }

static const MethodDef bisect_functions[] = {
    {"bisect_right", b_bisect_right, METH_PLAIN,
     "Return the index where to insert item x in list a, assuming a is sorted."},
    {"bisect_left", b_bisect_left, METH_PLAIN,
     "Return the index where to insert item x in list a, assuming a is sorted."},
    {"insort_right", b_insort_right, METH_PLAIN,
     "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {"insort_left", b_insort_left, METH_PLAIN,
     "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {NULL},
};

const NativeModule bisect_native_module = {"_bisect", bisect_functions, NULL};
