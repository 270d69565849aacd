/* args.c - binding the arguments of native functions, with CPython's
 * messages for the common mistakes. */
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"

bool args_no_kw(Task *t, const char *fname, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        err_format(t, &exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    return true;
}

bool args_check(Task *t, const char *fname, size_t nargs, Value kwnames, size_t min, size_t max)
{
    if (!args_no_kw(t, fname, kwnames)) return false;
    if (nargs >= min && nargs <= max) return true;
    if (min == max && min == 1)
        err_format(t, &exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else if (min == max && min == 0)
        err_format(t, &exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (nargs < min)
        err_format(t, &exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    else
        err_format(t, &exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    return false;
}

static int param_index(const ArgSpec *spec, Value name)
{
    for (int i = spec->nposonly; i < spec->nparams; i++)
        if (str_eq_cstr(name, spec->names[i])) return i;
    return -1;
}

/* Too many arguments, counted as CPython's argument clinic does: all of them
 * first, then the positional ones (which only differ with keyword-only
 * parameters). */
static bool too_many_args(Task *t, const ArgSpec *spec, size_t nargs, size_t nkw)
{
    if (nargs + nkw > spec->nparams) {
        err_format(t, &exc_TypeError, "%s() takes at most %d %sargument%s (%zu given)", spec->fname,
                   spec->nparams, nargs == 0 ? "keyword " : "", spec->nparams == 1 ? "" : "s", nargs + nkw);
        return true;
    }
    if (nargs <= spec->npos) return false;
    if (spec->npos == 0)
        err_format(t, &exc_TypeError, "%s() takes no positional arguments", spec->fname);
    else
        err_format(t, &exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)", spec->fname,
                   spec->npos == spec->nreq ? "exactly" : "at most", spec->npos, spec->npos == 1 ? "" : "s", nargs);
    return true;
}

bool args_bind(Task *t, const ArgSpec *spec, const Value *args, size_t nargs, Value kwnames, Value *out)
{
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    if (too_many_args(t, spec, nargs, nkw)) return false;
    for (int i = 0; i < spec->nparams; i++) out[i] = i < (int)nargs ? args[i] : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value name = TUPLE_ITEM(kwnames, k);
        int i = param_index(spec, name);
        if (i < 0) {
            err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for %s()", name, spec->fname);
            return false;
        }
        if (out[i]) {
            err_format(t, &exc_TypeError, "argument for %s() given by name ('%U') and position (%d)",
                       spec->fname, name, i + 1);
            return false;
        }
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < spec->nreq; i++)
        if (!out[i]) {
            if (i < spec->nposonly)
                err_format(t, &exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)",
                           spec->fname, spec->nreq == spec->npos ? "exactly" : "at least",
                           spec->nreq, spec->nreq == 1 ? "" : "s", nargs);
            else
                err_format(t, &exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                           spec->fname, spec->names[i], i + 1);
            return false;
        }
    return true;
}
