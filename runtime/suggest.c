/* suggest.c - the "Did you mean: 'x'?" that CPython 3.11 adds to the last
 * line of an uncaught NameError or AttributeError: the closest name by an
 * edit distance where a case change costs less than other edits. The
 * algorithm and its limits are CPython's (Python/suggestions.c), so the
 * same name is suggested. */
#include <gc/gc.h>
#include <string.h>

#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "code.h"

enum { MAX_CANDIDATES = 750, MAX_STRING = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a += 'a' - 'A';
    if ('A' <= b && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* Edit distance of a and b, or more than max_cost once it must exceed it. */
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    while (na && nb && a[0] == b[0]) a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
    if (!na || !nb) return (na + nb) * MOVE_COST;
    if (na > MAX_STRING || nb > MAX_STRING) return max_cost + 1;
    if (nb < na) {
        const char *s = a; a = b; b = s;
        size_t n = na; na = nb; nb = n;
    }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    size_t row[MAX_STRING];
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = result = j * MOVE_COST, minimum = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = diag + substitution_cost(b[j], a[i]);
            diag = row[i];
            size_t shift = (result < diag ? result : diag) + MOVE_COST;
            result = shift < substitute ? shift : substitute;
            row[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The best of the str items of list (a list or tuple of names), or 0. */
static Value closest(Value name, const Value *items, size_t n)
{
    if (n >= MAX_CANDIDATES) return 0;
    Value best = 0;
    size_t best_dist = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        Value item = items[i];
        if (!IS_STR(item) || str_eq(item, name)) continue;
        size_t max = (STR_SIZE(name) + STR_SIZE(item) + 3) * MOVE_COST / 6;
        if (best && best_dist - 1 < max) max = best_dist - 1;
        size_t d = distance(STR_DATA(name), STR_SIZE(name), STR_DATA(item), STR_SIZE(item), max);
        if (d > max) continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

static Value closest_key(Task *t, Value name, DictObj *d)
{
    Value keys = d ? list_from_iter(t, OBJ_VAL(d)) : 0;
    return keys ? closest(name, AS_LIST(keys)->items, AS_LIST(keys)->len) : 0;
}

/* NameError: the locals of the innermost frame, then its globals, then the builtins. */
static Value for_name(Task *t, Value exc, Value name)
{
    TracebackObj *tb = (TracebackObj *)((ExcObj *)exc)->traceback;
    if (!tb) return 0;
    while (tb->next) tb = (TracebackObj *)tb->next;
    Value vars = AS_CODE(tb->code)->varnames;
    Value s = closest(name, AS_TUPLE(vars)->items, TUPLE_LEN(vars));
    if (!s) s = closest_key(t, name, tb->globals);
    if (!s) s = closest_key(t, name, t->interp->builtins);
    return s;
}

static Value exc_dict_get(Value exc, Value key)
{
    DictObj *d = ((ExcObj *)exc)->dict;
    return d ? dict_get_str(d, key) : 0;
}

Value exc_suggestion(Task *t, Value exc)
{
    Value name = exc_dict_get(exc, NAME(name));
    if (!name || !IS_STR(name)) return 0;
    Value s = 0;
    if (type_is_subtype(TYPE_OF(exc), &exc_NameError)) {
        s = for_name(t, exc, name);
    } else if (type_is_subtype(TYPE_OF(exc), &exc_AttributeError)) {
        Value obj = exc_dict_get(exc, NAME(obj));
        Value dir = obj ? interp_builtin(t->interp, "dir") : 0;
        Value names = dir ? obj_call(t, dir, &obj, 1, 0) : 0;
        if (names && IS_LIST(names)) s = closest(name, AS_LIST(names)->items, AS_LIST(names)->len);
    }
    err_clear(t);   /* a failing dir() only means no suggestion */
    return s;
}
