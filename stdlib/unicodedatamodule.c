/* unicodedatamodule.c - unicodedata: the Unicode character database as
 * CPython 3.11 has it (Unicode 14.0.0). The properties and normalization
 * come from stdlib/unicodedata_db.c and stdlib/unicodedata_norm.c, the
 * names from parser/uninames.c (which \N{...} escapes use too); decimal and
 * digit values from runtime/unicode.c. CPython's ucd_3_2_0 (the Unicode
 * 3.2 database of IDNA) is not provided. */
#include <stdio.h>
#include <string.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "floatobj.h"
#include "str.h"
#include "dict.h"
#include "bytes.h"
#include "module.h"
#include "unicode.h"
#include "unicodedata.h"
#include "uninames.h"

/* What CPython's argument errors call the type of v. */
static const char *arg_type_name(Value v) { return v == V_NONE ? "None" : obj_type_name(v); }

/* The one character of a str argument; TypeError for anything else. CPython
 * says "argument 1" for functions that take more than one. */
static bool char_arg(Task *t, const char *fname, const char *which, Value v, uint32_t *cp)
{
    if (!IS_STR(v) || STR_LEN(v) != 1) {
        err_format(t, &exc_TypeError, "%s() %s must be a unicode character, not %s", fname, which,
                   arg_type_name(v));
        return false;
    }
    const char *p = STR_DATA(v);
    *cp = utf8_decode(&p);
    return true;
}

/* The argument of a one-argument function, as a code point. CPython names
 * these functions with their module when counting arguments. */
static bool one_char(Task *t, const char *fname, const Value *a, size_t n, Value kw, uint32_t *cp)
{
    char qualified[64];
    snprintf(qualified, sizeof qualified, "unicodedata.%s", fname);
    return args_check(t, qualified, n, kw, 1, 1) && char_arg(t, fname, "argument", a[0], cp);
}

/* A property named by a string: category, bidirectional, east_asian_width. */
static Value string_property(Task *t, const char *fname, const Value *a, size_t n, Value kw,
                             const char *(*get)(const UcdRecord *r))
{
    uint32_t cp;
    if (!one_char(t, fname, a, n, kw, &cp)) return 0;
    return str_from_cstr(get(ucd_record(cp)));
}

static Value u_category(Task *t, const Value *a, size_t n, Value kw)
{
    return string_property(t, "category", a, n, kw, ucd_category);
}

static Value u_bidirectional(Task *t, const Value *a, size_t n, Value kw)
{
    return string_property(t, "bidirectional", a, n, kw, ucd_bidirectional);
}

static Value u_east_asian_width(Task *t, const Value *a, size_t n, Value kw)
{
    return string_property(t, "east_asian_width", a, n, kw, ucd_east_asian_width);
}

static Value u_combining(Task *t, const Value *a, size_t n, Value kw)
{
    uint32_t cp;
    if (!one_char(t, "combining", a, n, kw, &cp)) return 0;
    return MAKE_SMALL(ucd_record(cp)->combining);
}

static Value u_mirrored(Task *t, const Value *a, size_t n, Value kw)
{
    uint32_t cp;
    if (!one_char(t, "mirrored", a, n, kw, &cp)) return 0;
    return MAKE_SMALL(ucd_record(cp)->mirrored);
}

static Value u_decomposition(Task *t, const Value *a, size_t n, Value kw)
{
    uint32_t cp;
    if (!one_char(t, "decomposition", a, n, kw, &cp)) return 0;
    const char *tag;
    int count;
    const uint32_t *d = ucd_decomposition(cp, &tag, &count);
    StrBuf b;
    sb_init(&b, 64);
    if (*tag) sb_printf(&b, "<%s>", tag);
    for (int i = 0; d && i < count; i++) sb_printf(&b, *tag || i ? " %04X" : "%04X", (unsigned)d[i]);
    return sb_finish(&b);
}

/* decimal, digit and numeric: the value, else the default, else ValueError. */
static Value numeric_value(Task *t, const char *fname, const char *what, const Value *a, size_t n,
                           Value kw, int (*value)(uint32_t cp, double *out))
{
    uint32_t cp;
    double v;
    if (!args_check(t, fname, n, kw, 1, 2) || !char_arg(t, fname, "argument 1", a[0], &cp)) return 0;
    int kind = value(cp, &v);
    if (kind) return kind > 0 ? MAKE_SMALL((int64_t)v) : float_new(t, v);
    if (n == 2) return a[1];
    return err_format(t, &exc_ValueError, "not a %s", what);
}

/* Each returns 0 for none, 1 for an int value, -1 for a float one. */
static int decimal_of(uint32_t cp, double *out) { int d = uni_decimal(cp); *out = d; return d >= 0; }
static int digit_of(uint32_t cp, double *out) { int d = uni_digit(cp); *out = d; return d >= 0; }
static int numeric_of(uint32_t cp, double *out)
{
    const UcdRecord *r = ucd_record(cp);
    if (!r->numeric) return 0;
    *out = ucd_numeric(r);
    return -1;
}

static Value u_decimal(Task *t, const Value *a, size_t n, Value kw)
{
    return numeric_value(t, "decimal", "decimal", a, n, kw, decimal_of);
}

static Value u_digit(Task *t, const Value *a, size_t n, Value kw)
{
    return numeric_value(t, "digit", "digit", a, n, kw, digit_of);
}

static Value u_numeric(Task *t, const Value *a, size_t n, Value kw)
{
    return numeric_value(t, "numeric", "numeric character", a, n, kw, numeric_of);
}

/* ------------------------------------------------------------ normalization */

static const char *const form_names[] = {[UCD_NFC] = "NFC", [UCD_NFD] = "NFD", [UCD_NFKC] = "NFKC", [UCD_NFKD] = "NFKD"};

/* The form and the code points of (form, unistr), as CPython checks them. */
static bool norm_args(Task *t, const char *fname, const Value *a, size_t n, Value kw,
                      int *form, uint32_t **cps)
{
    if (!args_check(t, fname, n, kw, 2, 2)) return false;
    for (int i = 0; i < 2; i++)
        if (!IS_STR(a[i])) {
            err_format(t, &exc_TypeError, "%s() argument %d must be str, not %s", fname, i + 1,
                       arg_type_name(a[i]));
            return false;
        }
    *form = -1;
    for (int f = 0; f < 4; f++)
        if (str_eq_cstr(a[0], form_names[f])) *form = f;
    if (*form < 0) {
        err_format(t, &exc_ValueError, "invalid normalization form");
        return false;
    }
    size_t len = STR_LEN(a[1]);
    *cps = GC_MALLOC_ATOMIC((len + 1) * sizeof **cps);
    const char *p = STR_DATA(a[1]);
    for (size_t i = 0; i < len; i++) (*cps)[i] = utf8_decode(&p);
    return true;
}

static Value u_normalize(Task *t, const Value *a, size_t n, Value kw)
{
    int form;
    uint32_t *cps, *out;
    if (!norm_args(t, "normalize", a, n, kw, &form, &cps)) return 0;
    size_t len = ucd_normalize(form, cps, STR_LEN(a[1]), &out);
    StrBuf b;
    sb_init(&b, STR_SIZE(a[1]) + 16);
    for (size_t i = 0; i < len; i++) sb_putcp(&b, out[i]);
    return sb_finish(&b);
}

static Value u_is_normalized(Task *t, const Value *a, size_t n, Value kw)
{
    int form;
    uint32_t *cps, *out;
    if (!norm_args(t, "is_normalized", a, n, kw, &form, &cps)) return 0;
    size_t len = STR_LEN(a[1]);
    size_t outlen = ucd_normalize(form, cps, len, &out);
    return outlen == len && (len == 0 || memcmp(out, cps, len * sizeof *cps) == 0) ? V_TRUE : V_FALSE;
}

/* -------------------------------------------------------------------- names */

static Value u_name(Task *t, const Value *a, size_t n, Value kw)
{
    uint32_t cp;
    char buf[UNINAME_BUFSIZE];
    if (!args_check(t, "name", n, kw, 1, 2) || !char_arg(t, "name", "argument 1", a[0], &cp)) return 0;
    if (uniname_name(cp, buf)) return str_from_cstr(buf);
    if (n == 2) return a[1];
    return err_format(t, &exc_ValueError, "no such name");
}

static Value u_lookup(Task *t, const Value *a, size_t n, Value kw)
{
    if (!args_check(t, "unicodedata.lookup", n, kw, 1, 1)) return 0;
    /* the name as UTF-8, or bytes as CPython's "s#" takes them */
    const char *name;
    size_t size;
    if (IS_STR(a[0])) name = STR_DATA(a[0]), size = STR_SIZE(a[0]);
    else if (IS_BYTES(a[0])) name = AS_BYTES(a[0])->data, size = AS_BYTES(a[0])->size;
    else return err_format(t, &exc_TypeError, "a bytes-like object is required, not '%T'", a[0]);
    if (size > UNINAME_MAXLEN) return err_format(t, &exc_KeyError, "name too long");
    uint32_t cps[UNINAME_SEQ_MAX];
    int count = uniname_lookup(name, size, true, cps);
    if (!count) return err_format(t, &exc_KeyError, "undefined character name '%s'", name);
    StrBuf b;
    sb_init(&b, 16);
    for (int i = 0; i < count; i++) sb_putcp(&b, cps[i]);
    return sb_finish(&b);
}

static const MethodDef unicodedata_functions[] = {
    {"category", u_category, METH_PLAIN, "Returns the general category assigned to the character chr as string."},
    {"bidirectional", u_bidirectional, METH_PLAIN,
     "Returns the bidirectional class assigned to the character chr as string."},
    {"combining", u_combining, METH_PLAIN,
     "Returns the canonical combining class assigned to the character chr as integer."},
    {"east_asian_width", u_east_asian_width, METH_PLAIN,
     "Returns the east asian width assigned to the character chr as string."},
    {"mirrored", u_mirrored, METH_PLAIN, "Returns the mirrored property assigned to the character chr as integer."},
    {"decomposition", u_decomposition, METH_PLAIN,
     "Returns the character decomposition mapping assigned to the character chr as string."},
    {"decimal", u_decimal, METH_PLAIN, "Converts a Unicode character into its equivalent decimal value."},
    {"digit", u_digit, METH_PLAIN, "Converts a Unicode character into its equivalent digit value."},
    {"numeric", u_numeric, METH_PLAIN, "Converts a Unicode character into its equivalent numeric value."},
    {"normalize", u_normalize, METH_PLAIN, "Return the normal form 'form' for the Unicode string unistr."},
    {"is_normalized", u_is_normalized, METH_PLAIN,
     "Return whether the Unicode string unistr is in the normal form 'form'."},
    {"name", u_name, METH_PLAIN, "Returns the name assigned to the character chr as a string."},
    {"lookup", u_lookup, METH_PLAIN, "Look up character by name."},
    {NULL},
};

static bool unicodedata_init(Task *t, Value m)
{
    (void)t;
    return dict_set_cstr(module_dict(m), "unidata_version", str_from_cstr("14.0.0"));
}

const NativeModule unicodedata_module = {"unicodedata", unicodedata_functions, unicodedata_init};
