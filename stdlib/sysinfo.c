/* sysinfo.c - the descriptive parts of the sys module: version_info,
 * implementation, float_info, int_info, hash_info and flags as struct
 * sequences, and the encoding queries. sys.c calls sys_add_info. */
#include <float.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "floatobj.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "interp.h"
#include "module.h"
#include "structseq.h"

#define COUNT(a) (sizeof (a) / sizeof *(a))

/* Makes module.name (a struct sequence class) and stores an instance of it
 * as d[key]; returns the instance. */
static Value add_struct(Task *t, DictObj *d, const char *key, const char *module, const char *name,
                        const char *const *fields, const Value *values, size_t n)
{
    Value tp = structseq_type(t, module, name, fields, n);
    Value v = tp ? structseq_new(t, tp, values, n) : 0;
    if (v) dict_set_cstr(d, key, v);
    return v;
}

static Value s_getdefaultencoding(Task *t, const Value *args, size_t nargs, Value kw)
{
    return args_check(t, "getdefaultencoding", nargs, kw, 0, 0) ? str_from_cstr("utf-8") : 0;
}

static Value s_getfilesystemencoding(Task *t, const Value *args, size_t nargs, Value kw)
{
    return args_check(t, "getfilesystemencoding", nargs, kw, 0, 0) ? str_from_cstr("utf-8") : 0;
}

static Value s_getfilesystemencodeerrors(Task *t, const Value *args, size_t nargs, Value kw)
{
    return args_check(t, "getfilesystemencodeerrors", nargs, kw, 0, 0) ? str_from_cstr("surrogateescape") : 0;
}

static const MethodDef info_functions[] = {
    {"getdefaultencoding", s_getdefaultencoding, METH_PLAIN, "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", s_getfilesystemencoding, METH_PLAIN, "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"getfilesystemencodeerrors", s_getfilesystemencodeerrors, METH_PLAIN, "Return the error mode used Unicode to OS filename conversion."},
    {NULL},
};

static Value make_version_info(Task *t, DictObj *d)
{
    static const char *const fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    Value values[] = {MAKE_SMALL(3), MAKE_SMALL(11), MAKE_SMALL(0), str_from_cstr("final"), MAKE_SMALL(0)};
    return add_struct(t, d, "version_info", "sys", "version_info", fields, values, COUNT(fields));
}

static Value sys_attr(Task *t, DictObj *d, const char *name);

static Value make_implementation(Task *t, DictObj *d)
{
    /* types.SimpleNamespace in CPython; its repr is "namespace(...)" */
    static const char *const fields[] = {"name", "cache_tag", "version", "hexversion", "_multiarch"};
    Value vi = sys_attr(t, d, "version_info");
    if (!vi) return 0;
    Value values[] = {str_from_cstr("atoll"), V_NONE, vi, MAKE_SMALL(0x030b00f0), str_from_cstr("x86_64-linux-gnu")};
    return add_struct(t, d, "implementation", NULL, "namespace", fields, values, COUNT(fields));
}

static Value make_float_info(Task *t, DictObj *d)
{
    static const char *const fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                         "dig", "mant_dig", "epsilon", "radix", "rounds"};
    Value values[] = {float_new(t, DBL_MAX), MAKE_SMALL(DBL_MAX_EXP), MAKE_SMALL(DBL_MAX_10_EXP),
                      float_new(t, DBL_MIN), MAKE_SMALL(DBL_MIN_EXP), MAKE_SMALL(DBL_MIN_10_EXP),
                      MAKE_SMALL(DBL_DIG), MAKE_SMALL(DBL_MANT_DIG), float_new(t, DBL_EPSILON),
                      MAKE_SMALL(FLT_RADIX), MAKE_SMALL(1)};
    return add_struct(t, d, "float_info", "sys", "float_info", fields, values, COUNT(fields));
}

static Value make_int_info(Task *t, DictObj *d)
{
    /* CPython's figures, which programs print and compare with */
    static const char *const fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                         "str_digits_check_threshold"};
    Value values[] = {MAKE_SMALL(30), MAKE_SMALL(4), MAKE_SMALL(4300), MAKE_SMALL(640)};
    return add_struct(t, d, "int_info", "sys", "int_info", fields, values, COUNT(fields));
}

static Value make_hash_info(Task *t, DictObj *d)
{
    static const char *const fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                         "hash_bits", "seed_bits", "cutoff"};
    Value values[] = {MAKE_SMALL(64), int_from_i64(t, ((int64_t)1 << 61) - 1), MAKE_SMALL(314159), MAKE_SMALL(0),
                      MAKE_SMALL(1000003), str_from_cstr("siphash13"), MAKE_SMALL(64), MAKE_SMALL(128),
                      MAKE_SMALL(0)};
    return add_struct(t, d, "hash_info", "sys", "hash_info", fields, values, COUNT(fields));
}

static Value make_flags(Task *t, DictObj *d)
{
    static const char *const fields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                         "no_user_site", "no_site", "ignore_environment", "verbose",
                                         "bytes_warning", "quiet", "hash_randomization", "isolated",
                                         "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                                         "int_max_str_digits"};
    /* the command line's options (-I implies -E and -s, and a safe path);
     * atoll never writes bytecode, as with -B */
    const char *o = t->interp->host && t->interp->host->flags ? t->interp->host->flags : "";
    bool isolated = strchr(o, 'I') != NULL;
#define FLAG(c) MAKE_SMALL(strchr(o, c) != NULL)
    Value values[] = {MAKE_SMALL(0), FLAG('i'), FLAG('i'), MAKE_SMALL(t->interp->optimize), MAKE_SMALL(1),
                      MAKE_SMALL(isolated || strchr(o, 's')), FLAG('S'), MAKE_SMALL(isolated || strchr(o, 'E')),
                      MAKE_SMALL(0), MAKE_SMALL(0), FLAG('q'), MAKE_SMALL(1), MAKE_SMALL(isolated), V_FALSE,
                      MAKE_SMALL(0), MAKE_SMALL(0), V_BOOL(isolated), MAKE_SMALL(-1)};
#undef FLAG
    return add_struct(t, d, "flags", "sys", "flags", fields, values, COUNT(fields));
}

/* The struct sequences are made on first use: making their classes costs
 * more than the rest of a new interpreter, and most programs never look. */
static const struct {
    const char *name;
    Value (*make)(Task *t, DictObj *d);
} lazy_attrs[] = {
    {"version_info", make_version_info}, {"implementation", make_implementation},
    {"float_info", make_float_info}, {"int_info", make_int_info},
    {"hash_info", make_hash_info}, {"flags", make_flags},
};

static Value sys_attr(Task *t, DictObj *d, const char *name)
{
    Value v = dict_get_cstr(d, name);
    if (v) return v;
    for (size_t i = 0; i < COUNT(lazy_attrs); i++)
        if (!strcmp(lazy_attrs[i].name, name)) return lazy_attrs[i].make(t, d);
    return err_format(t, &exc_AttributeError, "module 'sys' has no attribute '%s'", name);
}

/* sys.__getattr__: the lazy attributes above. */
static Value s_getattr(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "__getattr__", nargs, kw, 1, 1)) return 0;
    if (!IS_STR(args[0])) return err_format(t, &exc_TypeError, "attribute name must be string");
    return sys_attr(t, module_dict(t->interp->sys_mod), STR_DATA(args[0]));
}

static const MethodDef getattr_def[] = {
    {"__getattr__", s_getattr, METH_PLAIN, NULL},
    {NULL},
};

bool sys_add_info(Task *t, DictObj *d)
{
    module_add_functions(d, info_functions);
    module_add_functions(d, getattr_def);
    return true;
}
