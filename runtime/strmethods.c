/* strmethods.c - the methods of str.
 *
 * self (args[0]) is always an exact str: method descriptors unbox str
 * subclasses before calling. The byte-string algorithms are textops.c's,
 * shared with bytes; what is here is argument checking with CPython's
 * messages, and what only Unicode text has: case mappings, character
 * classes, translate, maketrans. ASCII text (len == size) takes the
 * byte-wise paths. */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "slice.h"
#include "int.h"
#include "unicode.h"
#include "codecs.h"
#include "format.h"
#include "strformat.h"
#include "interp.h"
#include "textops.h"

#define SELF args[0]

static Text text_of(Value s)
{
    return (Text){STR_IS_ASCII(s) ? TEXT_ASCII : TEXT_STR, s, STR_DATA(s), STR_SIZE(s)};
}

/* A str argument (str subclasses unboxed), or 0. */
static Value str_arg(Value v)
{
    Value u = obj_unbox(v);
    return IS_STR(u) ? u : 0;
}

static Value must_be_str(Task *t, Value v)
{
    Value s = str_arg(v);
    if (!s) err_format(t, &exc_TypeError, "must be str, not %s", obj_type_name(v));
    return s;
}

/* --- case mapping ----------------------------------------------------------------- */

/* What happens to each code point: the mapping to apply, and whether the
 * next one follows a cased letter (title). */
static int lower_sigma(const char *s, size_t size, size_t at, uint32_t c, uint32_t out[3])
{
    if (c == UNI_CAPITAL_SIGMA) {
        out[0] = uni_final_sigma(s, size, at) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return uni_lower(c, out);
}

static Value case_map(Task *t, Value self, CaseOp op, bool fold)
{
    Text s = text_of(self);
    if (s.kind == TEXT_ASCII) return text_case(t, &s, fold ? CASE_LOWER : op);
    StrBuf b;
    sb_init(&b, s.n + s.n / 4 + 8);
    bool prev_cased = false;
    const char *base = s.p, *p = s.p, *end = s.p + s.n;
    for (size_t i = 0; p < end; i++) {
        size_t at = p - base;
        uint32_t c = utf8_decode(&p), m[3];
        int n;
        if (fold) n = uni_fold(c, m);
        else switch (op) {
        case CASE_LOWER: n = lower_sigma(base, s.n, at, c, m); break;
        case CASE_UPPER: n = uni_upper(c, m); break;
        case CASE_SWAP:
            if (uni_has(c, UNI_UPPER)) n = lower_sigma(base, s.n, at, c, m);
            else if (uni_has(c, UNI_LOWER)) n = uni_upper(c, m);
            else m[0] = c, n = 1;
            break;
        case CASE_CAPITALIZE:
            n = i == 0 ? uni_title(c, m) : lower_sigma(base, s.n, at, c, m);
            break;
        default: /* CASE_TITLE */
            n = prev_cased ? lower_sigma(base, s.n, at, c, m) : uni_title(c, m);
            prev_cased = uni_has(c, UNI_CASED);
            break;
        }
        for (int k = 0; k < n; k++) {
            if (m[k] < 0x80) sb_putc(&b, (char)m[k]);
            else sb_putcp(&b, m[k]);
        }
    }
    return sb_finish(&b);
}

#define CASE_METHOD(fn, name, op, fold)                                     \
    static Value fn(Task *t, const Value *args, size_t n, Value kw)         \
    {                                                                       \
        if (!meth_check_none(t, "str." name, n - 1, kw)) return 0;          \
        return case_map(t, SELF, op, fold);                                 \
    }
CASE_METHOD(m_lower, "lower", CASE_LOWER, false)
CASE_METHOD(m_upper, "upper", CASE_UPPER, false)
CASE_METHOD(m_swapcase, "swapcase", CASE_SWAP, false)
CASE_METHOD(m_title, "title", CASE_TITLE, false)
CASE_METHOD(m_capitalize, "capitalize", CASE_CAPITALIZE, false)
CASE_METHOD(m_casefold, "casefold", CASE_LOWER, true)

/* --- character classes -------------------------------------------------------------- */

enum { IS_ALPHA, IS_ALNUM, IS_DECIMAL, IS_DIGIT, IS_NUMERIC, IS_SPACE, IS_PRINTABLE, IS_IDENTIFIER };

static bool all_chars(Value s, int what)
{
    const char *p = STR_DATA(s), *end = p + STR_SIZE(s);
    if (what == IS_IDENTIFIER) {
        if (p == end) return false;
        if (!uni_has(utf8_decode(&p), UNI_ID_START)) return false;
        while (p < end)
            if (!uni_has(utf8_decode(&p), UNI_ID_CONTINUE)) return false;
        return true;
    }
    if (STR_IS_ASCII(s)) {
        static const CharClass ascii[] = {CLASS_ALPHA, CLASS_ALNUM, CLASS_DIGIT, CLASS_DIGIT, CLASS_DIGIT, CLASS_USPACE};
        if (what != IS_PRINTABLE) return text_ascii_all(p, end - p, ascii[what]);
        for (; p < end; p++)
            if (*p < 0x20 || *p == 0x7F) return false;
        return true;
    }
    static const unsigned flags[] = {UNI_ALPHA, UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC, UNI_DECIMAL,
                                     UNI_DIGIT, UNI_NUMERIC, UNI_SPACE, UNI_PRINTABLE};
    while (p < end)
        if (!uni_has(utf8_decode(&p), flags[what])) return false;
    return true;   /* never empty here: empty is ASCII */
}

#define CLASS_METHOD(fn, name, what)                                        \
    static Value fn(Task *t, const Value *args, size_t n, Value kw)         \
    {                                                                       \
        if (!meth_check_none(t, "str." name, n - 1, kw)) return 0;          \
        return V_BOOL(all_chars(SELF, what));                               \
    }
CLASS_METHOD(m_isalpha, "isalpha", IS_ALPHA)
CLASS_METHOD(m_isalnum, "isalnum", IS_ALNUM)
CLASS_METHOD(m_isdecimal, "isdecimal", IS_DECIMAL)
CLASS_METHOD(m_isdigit, "isdigit", IS_DIGIT)
CLASS_METHOD(m_isnumeric, "isnumeric", IS_NUMERIC)
CLASS_METHOD(m_isspace, "isspace", IS_SPACE)
CLASS_METHOD(m_isprintable, "isprintable", IS_PRINTABLE)
CLASS_METHOD(m_isidentifier, "isidentifier", IS_IDENTIFIER)

static Value m_isascii(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "str.isascii", n - 1, kw)) return 0;
    return V_BOOL(STR_IS_ASCII(SELF));
}

#define CASETEST_METHOD(fn, name, which)                                    \
    static Value fn(Task *t, const Value *args, size_t n, Value kw)         \
    {                                                                       \
        if (!meth_check_none(t, "str." name, n - 1, kw)) return 0;          \
        return V_BOOL(text_case_test(STR_DATA(SELF), STR_SIZE(SELF), !STR_IS_ASCII(SELF), which)); \
    }
CASETEST_METHOD(m_islower, "islower", CASETEST_LOWER)
CASETEST_METHOD(m_isupper, "isupper", CASETEST_UPPER)
CASETEST_METHOD(m_istitle, "istitle", CASETEST_TITLE)

/* --- searching --------------------------------------------------------------------- */

/* find, rfind, index, rindex, count: mode 1, -1 (find-like) or 0 (count). */
static Value search(Task *t, const Value *args, size_t n, Value kw, const char *name, const char *qname,
                    int mode, bool raise)
{
    if (!text_find_args(t, name, qname, n - 1, kw)) return 0;
    Value sub = must_be_str(t, args[1]);
    int64_t start, end;
    if (!sub || !text_bounds(t, n > 2 ? args[2] : 0, n > 3 ? args[3] : 0, STR_LEN(SELF), &start, &end)) return 0;
    Text s = text_of(SELF);
    int64_t r = text_search(&s, STR_DATA(sub), STR_SIZE(sub), STR_LEN(sub), start, end, mode);
    if (r < 0 && raise) return err_format(t, &exc_ValueError, "substring not found");
    return MAKE_SMALL(r);
}

static Value m_find(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "find", "str.find", 1, false); }
static Value m_rfind(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "rfind", "str.rfind", -1, false); }
static Value m_index(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "index", "str.index", 1, true); }
static Value m_rindex(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "rindex", "str.rindex", -1, true); }
static Value m_count(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "count", "str.count", 0, false); }

static Value tailmatch(Task *t, const Value *args, size_t n, Value kw, bool suffix)
{
    const char *name = suffix ? "endswith" : "startswith";
    if (!text_find_args(t, name, suffix ? "str.endswith" : "str.startswith", n - 1, kw)) return 0;
    int64_t start, end;
    if (!text_bounds(t, n > 2 ? args[2] : 0, n > 3 ? args[3] : 0, STR_LEN(SELF), &start, &end)) return 0;
    Text s = text_of(SELF);
    Value x = args[1];
    bool tuple = IS_TUPLE_LIKE(x);
    Value items = tuple ? obj_unbox(x) : 0;
    size_t cnt = tuple ? TUPLE_LEN(items) : 1;
    for (size_t i = 0; i < cnt; i++) {
        Value item = tuple ? TUPLE_ITEM(items, i) : x;
        Value sub = str_arg(item);
        if (!sub && tuple)
            return err_format(t, &exc_TypeError, "tuple for %s must only contain str, not %s", name,
                              obj_type_name(item));
        if (!sub)
            return err_format(t, &exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                              obj_type_name(item));
        if (text_tailmatch(&s, STR_DATA(sub), STR_SIZE(sub), STR_LEN(sub), start, end, suffix)) return V_TRUE;
    }
    return V_FALSE;
}

static Value m_startswith(Task *t, const Value *a, size_t n, Value kw) { return tailmatch(t, a, n, kw, false); }
static Value m_endswith(Task *t, const Value *a, size_t n, Value kw) { return tailmatch(t, a, n, kw, true); }

static Value m_partition_dir(Task *t, const Value *args, size_t n, Value kw, bool right)
{
    if (!meth_check_one(t, right ? "str.rpartition" : "str.partition", n - 1, kw)) return 0;
    Value sep = must_be_str(t, args[1]);
    if (!sep) return 0;
    if (!STR_SIZE(sep)) return err_format(t, &exc_ValueError, "empty separator");
    Text s = text_of(SELF);
    return text_partition(t, &s, sep, STR_DATA(sep), STR_SIZE(sep), right);
}

static Value m_partition(Task *t, const Value *a, size_t n, Value kw) { return m_partition_dir(t, a, n, kw, false); }
static Value m_rpartition(Task *t, const Value *a, size_t n, Value kw) { return m_partition_dir(t, a, n, kw, true); }

/* --- splitting and joining ------------------------------------------------------------ */

static Value split_dir(Task *t, const Value *args, size_t n, Value kw, bool right)
{
    Value sepv;
    int64_t maxsplit;
    if (!text_split_args(t, right, args + 1, n - 1, kw, &sepv, &maxsplit)) return 0;
    Text s = text_of(SELF);
    if (!sepv) return text_split_any(t, &s, NULL, 0, maxsplit, right);
    Value sep = str_arg(sepv);
    if (!sep) return err_format(t, &exc_TypeError, "must be str or None, not %s", obj_type_name(sepv));
    return text_split_any(t, &s, STR_DATA(sep), STR_SIZE(sep), maxsplit, right);
}

static Value m_split(Task *t, const Value *a, size_t n, Value kw) { return split_dir(t, a, n, kw, false); }
static Value m_rsplit(Task *t, const Value *a, size_t n, Value kw) { return split_dir(t, a, n, kw, true); }

static Value m_splitlines(Task *t, const Value *args, size_t n, Value kw)
{
    Text s = text_of(SELF);
    return text_m_splitlines(t, &s, args + 1, n - 1, kw);
}

static Value m_join(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "str.join", n - 1, kw)) return 0;
    const Value *items;
    size_t cnt;
    if (!seq_fast(t, args[1], "can only join an iterable", &items, &cnt)) return 0;
    if (cnt == 1 && IS_STR(items[0])) return items[0];
    if (cnt == 0) return str_empty();
    Value sep = SELF;
    size_t size = cnt ? STR_SIZE(sep) * (cnt - 1) : 0, len = cnt ? STR_LEN(sep) * (cnt - 1) : 0;
    for (size_t i = 0; i < cnt; i++) {
        Value s = str_arg(items[i]);
        if (!s)
            return err_format(t, &exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                              obj_type_name(items[i]));
        size += STR_SIZE(s);
        len += STR_LEN(s);
    }
    StrObj *r = str_alloc(size);
    if (!r) return err_no_memory(t);
    char *p = r->data;
    size_t sepn = STR_SIZE(sep);
    for (size_t i = 0; i < cnt; i++) {
        if (i && sepn) {
            if (sepn == 1) *p = STR_DATA(sep)[0];
            else memcpy(p, STR_DATA(sep), sepn);
            p += sepn;
        }
        Value s = obj_unbox(items[i]);
        memcpy(p, STR_DATA(s), STR_SIZE(s));
        p += STR_SIZE(s);
    }
    r->len = len;
    return OBJ_VAL(r);
}

/* --- stripping -------------------------------------------------------------------------- */

/* chars holds non-ASCII code points: compare code points. */
static Value strip_cps(Task *t, Value self, Value chars, int which)
{
    const char *p = STR_DATA(self), *end = p + STR_SIZE(self);
    const char *cs = STR_DATA(chars);
    size_t cn = STR_SIZE(chars);
    char enc[4];
    if (which & 1)
        while (p < end) {
            const char *q = p;
            int k = utf8_encode(utf8_decode(&q), enc);
            if (!memmem(cs, cn, enc, k)) break;
            p = q;
        }
    if (which & 2)
        while (end > p) {
            const char *b = end - 1;
            while (b > p && ((unsigned char)*b & 0xC0) == 0x80) b--;
            if (!memmem(cs, cn, b, end - b)) break;
            end = b;
        }
    Text s = text_of(self);
    return text_piece(t, &s, p - STR_DATA(self), end - p);
}

static Value strip(Task *t, const Value *args, size_t n, Value kw, int which, const char *name, const char *qname)
{
    if (!meth_check_range(t, name, qname, n - 1, kw, 0, 1)) return 0;
    Text s = text_of(SELF);
    if (n == 1 || args[1] == V_NONE) return text_strip_ws(t, &s, which);
    Value chars = str_arg(args[1]);
    if (!chars) return err_format(t, &exc_TypeError, "%s arg must be None or str", name);
    if (STR_IS_ASCII(chars)) return text_strip_bytes(t, &s, which, STR_DATA(chars), STR_SIZE(chars));
    return strip_cps(t, SELF, chars, which);
}

static Value m_strip(Task *t, const Value *a, size_t n, Value kw) { return strip(t, a, n, kw, 3, "strip", "str.strip"); }
static Value m_lstrip(Task *t, const Value *a, size_t n, Value kw) { return strip(t, a, n, kw, 1, "lstrip", "str.lstrip"); }
static Value m_rstrip(Task *t, const Value *a, size_t n, Value kw) { return strip(t, a, n, kw, 2, "rstrip", "str.rstrip"); }

static Value affix(Task *t, const Value *args, size_t n, Value kw, bool suffix)
{
    const char *name = suffix ? "removesuffix" : "removeprefix";
    if (!meth_check_one(t, suffix ? "str.removesuffix" : "str.removeprefix", n - 1, kw)) return 0;
    Value a = str_arg(args[1]);
    if (!a) return err_format(t, &exc_TypeError, "%s() argument must be str, not %s", name, obj_type_name(args[1]));
    Text s = text_of(SELF);
    size_t m = STR_SIZE(a);
    if (m && m <= s.n && !memcmp(suffix ? s.p + s.n - m : s.p, STR_DATA(a), m))
        return text_piece(t, &s, suffix ? 0 : m, s.n - m);
    return SELF;
}

static Value m_removeprefix(Task *t, const Value *a, size_t n, Value kw) { return affix(t, a, n, kw, false); }
static Value m_removesuffix(Task *t, const Value *a, size_t n, Value kw) { return affix(t, a, n, kw, true); }

/* --- building ------------------------------------------------------------------------------ */

static Value m_replace(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_range(t, "replace", "str.replace", n - 1, kw, 2, 3)) return 0;
    Value old = str_arg(args[1]), new_ = str_arg(args[2]);
    if (!old || !new_)
        return err_format(t, &exc_TypeError, "replace() argument %d must be str, not %s", old ? 2 : 1,
                          obj_type_name(old ? args[2] : args[1]));
    int64_t count = -1;
    if (n > 3 && !text_int_arg(t, args[3], false, &count)) return 0;
    Text s = text_of(SELF);
    TextKind k = s.kind == TEXT_ASCII && STR_IS_ASCII(new_) ? TEXT_ASCII : TEXT_STR;
    return text_replace(t, &s, k, STR_DATA(old), STR_SIZE(old), STR_DATA(new_), STR_SIZE(new_), count);
}

static Value pad_method(Task *t, const Value *args, size_t n, Value kw, char align, const char *name,
                        const char *qname)
{
    if (!meth_check_range(t, name, qname, n - 1, kw, 1, 2)) return 0;
    int64_t width;
    if (!text_int_arg(t, args[1], false, &width)) return 0;
    const char *fill = " ";
    size_t fn = 1;
    if (n > 2) {
        Value f = str_arg(args[2]);
        if (!f)
            return err_format(t, &exc_TypeError, "The fill character must be a unicode character, not %s",
                              obj_type_name(args[2]));
        if (STR_LEN(f) != 1)
            return err_format(t, &exc_TypeError, "The fill character must be exactly one character long");
        fill = STR_DATA(f);
        fn = STR_SIZE(f);
    }
    Text s = text_of(SELF);
    return text_pad(t, &s, STR_LEN(SELF), width, align, fill, fn);
}

static Value m_center(Task *t, const Value *a, size_t n, Value kw) { return pad_method(t, a, n, kw, '^', "center", "str.center"); }
static Value m_ljust(Task *t, const Value *a, size_t n, Value kw) { return pad_method(t, a, n, kw, '<', "ljust", "str.ljust"); }
static Value m_rjust(Task *t, const Value *a, size_t n, Value kw) { return pad_method(t, a, n, kw, '>', "rjust", "str.rjust"); }

static Value m_zfill(Task *t, const Value *args, size_t n, Value kw)
{
    int64_t width;
    if (!meth_check_one(t, "str.zfill", n - 1, kw) || !text_int_arg(t, args[1], false, &width)) return 0;
    Text s = text_of(SELF);
    return text_zfill(t, &s, STR_LEN(SELF), width);
}

static Value m_expandtabs(Task *t, const Value *args, size_t n, Value kw)
{
    Text s = text_of(SELF);
    return text_m_expandtabs(t, &s, args + 1, n - 1, kw);
}

static Value m_encode(Task *t, const Value *args, size_t n, Value kw)
{
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    const char *enc, *errors;
    if (!text_args(t, "encode", names, 2, args + 1, n - 1, kw, a) || !codec_arg(t, a[0], "encode", "encoding", &enc) ||
        !codec_arg(t, a[1], "encode", "errors", &errors))
        return 0;
    return codec_encode(t, SELF, enc, errors);
}

static Value m_format_spec(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "str.__format__", n - 1, kw)) return 0;
    Value spec = str_arg(args[1]);
    if (!spec) return err_format(t, &exc_TypeError, "__format__() argument must be str, not %s", obj_type_name(args[1]));
    return obj_format(t, SELF, spec);
}

/* --- translate and maketrans -------------------------------------------------------------- */

/* What table maps code point c to: 0 with no error when it is not in the
 * table (LookupError), else the value (None, an int or a str). */
static Value translate_lookup(Task *t, Value table, uint32_t c)
{
    if (IS_DICT(table)) {
        Value v = dict_get(t, AS_DICT(table), MAKE_SMALL(c));
        return v;
    }
    Value v = obj_getitem(t, table, MAKE_SMALL(c));
    if (!v && err_matches(t, &exc_LookupError)) err_clear(t);
    return v;
}

static bool translate_put(Task *t, StrBuf *b, Value v, uint32_t c)
{
    if (!v) {
        sb_putcp(b, c);
        return true;
    }
    if (v == V_NONE) return true;
    Value s = str_arg(v);
    if (s) {
        sb_putv(b, s);
        return true;
    }
    if (HAS_FLAG(v, TF_INT)) {
        int64_t x;
        if (!int_to_i64(int_norm(v), &x) || x < 0 || x > 0x10FFFF) {
            err_format(t, &exc_ValueError, "character mapping must be in range(0x110000)");
            return false;
        }
        sb_putcp(b, (uint32_t)x);
        return true;
    }
    err_format(t, &exc_TypeError, "character mapping must return integer, None or str");
    return false;
}

static Value m_translate(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "str.translate", n - 1, kw)) return 0;
    Value table = args[1];
    Value cache[128] = {0};          /* the mapping of each ASCII character, once looked up */
    bool seen[128] = {false};
    StrBuf b;
    sb_init(&b, STR_SIZE(SELF));
    for (const char *p = STR_DATA(SELF), *end = p + STR_SIZE(SELF); p < end;) {
        uint32_t c = utf8_decode(&p);
        Value v;
        if (c < 128 && seen[c]) {
            v = cache[c];
        } else {
            v = translate_lookup(t, table, c);
            if (!v && t->exc) return 0;
            if (c < 128) seen[c] = true, cache[c] = v;
        }
        if (!translate_put(t, &b, v, c)) return 0;
    }
    return sb_finish(&b);
}

static Value m_maketrans(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_range(t, "maketrans", "str.maketrans", n, kw, 1, 3)) return 0;
    DictObj *d = dict_new();
    if (!d) return err_no_memory(t);
    if (n == 1) {
        if (!IS_DICT_LIKE(args[0]))
            return err_format(t, &exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Value k, v;
        while (dict_next(AS_DICT(args[0]), &pos, &k, &v)) {
            Value s = str_arg(k);
            if (s) {
                if (STR_LEN(s) != 1)
                    return err_format(t, &exc_ValueError, "string keys in translate table must be of length 1");
                const char *p = STR_DATA(s);
                k = MAKE_SMALL(utf8_decode(&p));
            } else if (!HAS_FLAG(k, TF_INT)) {
                return err_format(t, &exc_TypeError, "keys in translate table must be strings or integers");
            }
            if (!dict_set(t, d, k, v)) return 0;
        }
        return OBJ_VAL(d);
    }
    Value x = str_arg(args[0]), y = str_arg(args[1]), z = n > 2 ? str_arg(args[2]) : 0;
    if (!x)
        return err_format(t, &exc_TypeError, "first maketrans argument must be a string if there is a second argument");
    if (!y) return err_format(t, &exc_TypeError, "maketrans() argument 2 must be str, not %s", obj_type_name(args[1]));
    if (n > 2 && !z) return err_format(t, &exc_TypeError, "maketrans() argument 3 must be str, not %s", obj_type_name(args[2]));
    if (STR_LEN(x) != STR_LEN(y))
        return err_format(t, &exc_ValueError, "the first two maketrans arguments must have equal length");
    for (const char *p = STR_DATA(x), *q = STR_DATA(y), *end = p + STR_SIZE(x); p < end;) {
        uint32_t a = utf8_decode(&p), c = utf8_decode(&q);
        if (!dict_set(t, d, MAKE_SMALL(a), MAKE_SMALL(c))) return 0;
    }
    if (z)
        for (const char *p = STR_DATA(z), *end = p + STR_SIZE(z); p < end;)
            if (!dict_set(t, d, MAKE_SMALL(utf8_decode(&p)), V_NONE)) return 0;
    return OBJ_VAL(d);
}

const MethodDef str_methods[] = {
    {"capitalize", m_capitalize, METH_PLAIN, NULL},
    {"casefold", m_casefold, METH_PLAIN, NULL},
    {"center", m_center, METH_PLAIN, NULL},
    {"count", m_count, METH_PLAIN, NULL},
    {"encode", m_encode, METH_PLAIN, NULL},
    {"endswith", m_endswith, METH_PLAIN, NULL},
    {"expandtabs", m_expandtabs, METH_PLAIN, NULL},
    {"find", m_find, METH_PLAIN, NULL},
    {"format", strformat_format, METH_PLAIN, NULL},
    {"format_map", strformat_format_map, METH_PLAIN, NULL},
    {"index", m_index, METH_PLAIN, NULL},
    {"isalnum", m_isalnum, METH_PLAIN, NULL},
    {"isalpha", m_isalpha, METH_PLAIN, NULL},
    {"isascii", m_isascii, METH_PLAIN, NULL},
    {"isdecimal", m_isdecimal, METH_PLAIN, NULL},
    {"isdigit", m_isdigit, METH_PLAIN, NULL},
    {"isidentifier", m_isidentifier, METH_PLAIN, NULL},
    {"islower", m_islower, METH_PLAIN, NULL},
    {"isnumeric", m_isnumeric, METH_PLAIN, NULL},
    {"isprintable", m_isprintable, METH_PLAIN, NULL},
    {"isspace", m_isspace, METH_PLAIN, NULL},
    {"istitle", m_istitle, METH_PLAIN, NULL},
    {"isupper", m_isupper, METH_PLAIN, NULL},
    {"join", m_join, METH_PLAIN, NULL},
    {"ljust", m_ljust, METH_PLAIN, NULL},
    {"lower", m_lower, METH_PLAIN, NULL},
    {"lstrip", m_lstrip, METH_PLAIN, NULL},
    {"maketrans", m_maketrans, METH_STATIC, NULL},
    {"partition", m_partition, METH_PLAIN, NULL},
    {"removeprefix", m_removeprefix, METH_PLAIN, NULL},
    {"removesuffix", m_removesuffix, METH_PLAIN, NULL},
    {"replace", m_replace, METH_PLAIN, NULL},
    {"rfind", m_rfind, METH_PLAIN, NULL},
    {"rindex", m_rindex, METH_PLAIN, NULL},
    {"rjust", m_rjust, METH_PLAIN, NULL},
    {"rpartition", m_rpartition, METH_PLAIN, NULL},
    {"rsplit", m_rsplit, METH_PLAIN, NULL},
    {"rstrip", m_rstrip, METH_PLAIN, NULL},
    {"split", m_split, METH_PLAIN, NULL},
    {"splitlines", m_splitlines, METH_PLAIN, NULL},
    {"startswith", m_startswith, METH_PLAIN, NULL},
    {"strip", m_strip, METH_PLAIN, NULL},
    {"swapcase", m_swapcase, METH_PLAIN, NULL},
    {"title", m_title, METH_PLAIN, NULL},
    {"translate", m_translate, METH_PLAIN, NULL},
    {"upper", m_upper, METH_PLAIN, NULL},
    {"zfill", m_zfill, METH_PLAIN, NULL},
    {"__format__", m_format_spec, METH_PLAIN, NULL},
    {NULL},
};
