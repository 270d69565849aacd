/* strmethods.c - methods of str. */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "bytes.h"
#include "slice.h"

#define SELF args[0]

static Value m_join(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "str.join", n - 1, kw)) return 0;
    Value seq = IS_LIST(args[1]) || IS_TUPLE(args[1]) ? args[1] : list_from_iter(t, args[1]);
    if (!seq) return 0;
    const Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : AS_TUPLE(seq)->items;
    size_t cnt = IS_LIST(seq) ? AS_LIST(seq)->len : TUPLE_LEN(seq);
    size_t size = 0, len = 0;
    for (size_t i = 0; i < cnt; i++) {
        Value s = obj_unbox(items[i]);
        if (!IS_STR(s))
            return err_format(t, &exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                              obj_type_name(items[i]));
        size += STR_SIZE(s);
        len += STR_LEN(s);
    }
    if (cnt == 1 && IS_STR(items[0])) return items[0];
    if (cnt > 1) {
        size += STR_SIZE(SELF) * (cnt - 1);
        len += STR_LEN(SELF) * (cnt - 1);
    }
    StrObj *r = str_alloc(size);
    if (!r) return err_no_memory(t);
    char *p = r->data;
    for (size_t i = 0; i < cnt; i++) {
        if (i) {
            memcpy(p, STR_DATA(SELF), STR_SIZE(SELF));
            p += STR_SIZE(SELF);
        }
        Value s = obj_unbox(items[i]);
        memcpy(p, STR_DATA(s), STR_SIZE(s));
        p += STR_SIZE(s);
    }
    r->len = len;
    return OBJ_VAL(r);
}

bool str_has_cp(Value s, uint32_t cp);

static bool is_space(uint32_t c)
{
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f ||
           c == 0x205f || c == 0x3000;
}

static const ArgSpec split_spec = {"split", 0, 2, 0, 2, {"sep", "maxsplit"}};

static Value split_whitespace(Task *t, Value s, int64_t maxsplit)
{
    Value out = list_new(4);
    const char *p = STR_DATA(s), *end = p + STR_SIZE(s);
    while (p < end) {
        const char *q = p;
        uint32_t c = utf8_decode(&q);
        if (is_space(c)) { p = q; continue; }
        if (maxsplit == 0) {
            const char *e = end;
            while (e > p) {
                const char *b = e - 1;
                while (b > p && ((unsigned char)*b & 0xC0) == 0x80) b--;
                const char *bb = b;
                if (!is_space(utf8_decode(&bb))) break;
                e = b;
            }
            list_append(t, out, str_new(p, e - p));
            break;
        }
        const char *start = p;
        while (p < end) {
            const char *r = p;
            if (is_space(utf8_decode(&r))) break;
            p = r;
        }
        list_append(t, out, str_new(start, p - start));
        maxsplit--;
    }
    return out;
}

static Value m_split(Task *t, const Value *args, size_t n, Value kw)
{
    Value a[2];
    if (!args_bind(t, &split_spec, args + 1, n - 1, kw, a)) return 0;
    int64_t maxsplit = -1;
    if (a[1] && !index_to_i64(t, a[1], &exc_OverflowError, &maxsplit)) return 0;
    if (!a[0] || a[0] == V_NONE) return split_whitespace(t, SELF, maxsplit);
    Value sep = obj_unbox(a[0]);
    if (!IS_STR(sep)) return err_format(t, &exc_TypeError, "must be str or None, not %s", obj_type_name(a[0]));
    if (STR_SIZE(sep) == 0) return err_format(t, &exc_ValueError, "empty separator");
    Value out = list_new(4);
    const char *p = STR_DATA(SELF), *end = p + STR_SIZE(SELF);
    while (maxsplit != 0) {
        const char *hit = memmem(p, end - p, STR_DATA(sep), STR_SIZE(sep));
        if (!hit) break;
        list_append(t, out, str_new(p, hit - p));
        p = hit + STR_SIZE(sep);
        maxsplit--;
    }
    list_append(t, out, str_new(p, end - p));
    return out;
}

/* strip, lstrip, rstrip: which = 1 left, 2 right, 3 both */
static Value do_strip(Task *t, const Value *args, size_t n, Value kw, int which, const char *name)
{
    if (!args_check(t, name, n - 1, kw, 0, 1)) return 0;
    Value chars = n > 1 && args[1] != V_NONE ? obj_unbox(args[1]) : 0;
    if (chars && !IS_STR(chars))
        return err_format(t, &exc_TypeError, "%s arg must be None or str", name);
    const char *p = STR_DATA(SELF), *end = p + STR_SIZE(SELF);
    #define STRIPPABLE(c) (chars ? str_has_cp(chars, c) : is_space(c))
    if (which & 1)
        while (p < end) {
            const char *q = p;
            uint32_t c = utf8_decode(&q);
            if (!STRIPPABLE(c)) break;
            p = q;
        }
    if (which & 2)
        while (end > p) {
            const char *b = end - 1;
            while (b > p && ((unsigned char)*b & 0xC0) == 0x80) b--;
            const char *bb = b;
            uint32_t c = utf8_decode(&bb);
            if (!STRIPPABLE(c)) break;
            end = b;
        }
    #undef STRIPPABLE
    if (p == STR_DATA(SELF) && end == p + STR_SIZE(SELF) && IS_STR(SELF)) return SELF;
    return str_new(p, end - p);
}

bool str_has_cp(Value s, uint32_t cp)
{
    char buf[4];
    int k = utf8_encode(cp, buf);
    return memmem(STR_DATA(s), STR_SIZE(s), buf, k) != NULL;
}

static Value m_strip(Task *t, const Value *a, size_t n, Value kw) { return do_strip(t, a, n, kw, 3, "strip"); }
static Value m_lstrip(Task *t, const Value *a, size_t n, Value kw) { return do_strip(t, a, n, kw, 1, "lstrip"); }
static Value m_rstrip(Task *t, const Value *a, size_t n, Value kw) { return do_strip(t, a, n, kw, 2, "rstrip"); }

static Value m_lower_upper(Task *t, const Value *args, bool upper)
{
    Value s = SELF;
    StrObj *r = str_alloc(STR_SIZE(s));
    if (!r) return err_no_memory(t);
    for (size_t i = 0; i < STR_SIZE(s); i++) {
        char c = STR_DATA(s)[i];
        r->data[i] = upper ? (c >= 'a' && c <= 'z' ? c - 32 : c) : (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    r->len = STR_LEN(s);
    return OBJ_VAL(r);
}

static Value m_lower(Task *t, const Value *a, size_t n, Value kw) { return m_lower_upper(t, a, false); }
static Value m_upper(Task *t, const Value *a, size_t n, Value kw) { return m_lower_upper(t, a, true); }

static Value prefix_test(Task *t, const Value *args, size_t n, Value kw, bool suffix)
{
    const char *name = suffix ? "endswith" : "startswith";
    if (!args_check(t, name, n - 1, kw, 1, 3)) return 0;
    Value x = args[1];
    Value cands = IS_TUPLE(x) ? x : tuple_pack(1, x);
    Value s = SELF;
    int64_t start = 0, stop = (int64_t)STR_LEN(s);
    if (n > 2 && args[2] != V_NONE && !index_to_i64(t, args[2], NULL, &start)) return 0;
    if (n > 3 && args[3] != V_NONE && !index_to_i64(t, args[3], NULL, &stop)) return 0;
    int64_t len = (int64_t)STR_LEN(s);
    if (start < 0) start = start + len < 0 ? 0 : start + len;
    if (stop < 0) stop = stop + len < 0 ? 0 : stop + len;
    if (stop > len) stop = len;
    if (start > len) return V_FALSE;
    size_t a = str_offset(s, start), b = stop > start ? str_offset(s, stop) : a;
    for (size_t i = 0; i < TUPLE_LEN(cands); i++) {
        Value c = obj_unbox(TUPLE_ITEM(cands, i));
        if (!IS_STR(c))
            return err_format(t, &exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                              obj_type_name(TUPLE_ITEM(cands, i)));
        size_t m = STR_SIZE(c);
        if (m > b - a) continue;
        const char *at = suffix ? STR_DATA(s) + b - m : STR_DATA(s) + a;
        if (memcmp(at, STR_DATA(c), m) == 0) return V_TRUE;
    }
    return V_FALSE;
}

static Value m_startswith(Task *t, const Value *a, size_t n, Value kw) { return prefix_test(t, a, n, kw, false); }
static Value m_endswith(Task *t, const Value *a, size_t n, Value kw) { return prefix_test(t, a, n, kw, true); }

static Value m_replace(Task *t, const Value *args, size_t n, Value kw)
{
    if (!args_check(t, "replace", n - 1, kw, 2, 3)) return 0;
    Value old = obj_unbox(args[1]), new_ = obj_unbox(args[2]);
    if (!IS_STR(old) || !IS_STR(new_))
        return err_format(t, &exc_TypeError, "replace() argument %d must be str, not %s", IS_STR(old) ? 2 : 1,
                          obj_type_name(IS_STR(old) ? args[2] : args[1]));
    int64_t count = -1;
    if (n > 3 && !index_to_i64(t, args[3], NULL, &count)) return 0;
    Value s = SELF;
    StrBuf b;
    sb_init(&b, STR_SIZE(s));
    const char *p = STR_DATA(s), *end = p + STR_SIZE(s);
    if (STR_SIZE(old) == 0) {
        while (count != 0) {
            sb_putv(&b, new_);
            count--;
            if (p >= end) break;
            const char *q = p;
            utf8_decode(&q);
            sb_put(&b, p, q - p);
            p = q;
        }
        sb_put(&b, p, end - p);
        return sb_finish(&b);
    }
    while (count != 0) {
        const char *hit = memmem(p, end - p, STR_DATA(old), STR_SIZE(old));
        if (!hit) break;
        sb_put(&b, p, hit - p);
        sb_putv(&b, new_);
        p = hit + STR_SIZE(old);
        count--;
    }
    sb_put(&b, p, end - p);
    return sb_finish(&b);
}

/* find/index/count/rfind on code point positions */
static Value search(Task *t, const Value *args, size_t n, Value kw, const char *name, int mode)
{
    if (!args_check(t, name, n - 1, kw, 1, 3)) return 0;
    Value s = SELF, sub = obj_unbox(args[1]);
    if (!IS_STR(sub))
        return err_format(t, &exc_TypeError, "must be str, not %s", obj_type_name(args[1]));
    int64_t len = (int64_t)STR_LEN(s), start = 0, stop = len;
    if (n > 2 && args[2] != V_NONE && !index_to_i64(t, args[2], NULL, &start)) return 0;
    if (n > 3 && args[3] != V_NONE && !index_to_i64(t, args[3], NULL, &stop)) return 0;
    if (start < 0) start = start + len < 0 ? 0 : start + len;
    if (stop < 0) stop = stop + len < 0 ? 0 : stop + len;
    if (stop > len) stop = len;
    if (mode == 2) {
        if (start > stop) return MAKE_SMALL(0);
        size_t a = str_offset(s, start), b = str_offset(s, stop);
        if (STR_SIZE(sub) == 0) return MAKE_SMALL(stop - start + 1);
        int64_t cnt = 0;
        const char *p = STR_DATA(s) + a, *end = STR_DATA(s) + b;
        while ((p = memmem(p, end - p, STR_DATA(sub), STR_SIZE(sub)))) {
            cnt++;
            p += STR_SIZE(sub);
        }
        return MAKE_SMALL(cnt);
    }
    int64_t found = -1;
    if (start <= stop) {
        size_t a = str_offset(s, start), b = str_offset(s, stop);
        const char *base = STR_DATA(s), *hit = NULL;
        if (mode == 1) {
            for (const char *p = base + b - STR_SIZE(sub); p >= base + a; p--)
                if (memcmp(p, STR_DATA(sub), STR_SIZE(sub)) == 0) { hit = p; break; }
        } else {
            hit = memmem(base + a, b - a, STR_DATA(sub), STR_SIZE(sub));
            if (!hit && STR_SIZE(sub) == 0) hit = base + a;
        }
        if (hit && (size_t)(hit - base) + STR_SIZE(sub) <= b) found = (int64_t)utf8_count_prefix(base, hit - base);
    }
    if (found < 0 && strstr(name, "index")) return err_format(t, &exc_ValueError, "substring not found");
    return MAKE_SMALL(found);
}

static Value m_find(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "find", 0); }
static Value m_rfind(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "rfind", 1); }
static Value m_index(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "index", 0); }
static Value m_rindex(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "rindex", 1); }
static Value m_count(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "count", 2); }

static Value m_encode(Task *t, const Value *args, size_t n, Value kw)
{
    return bytes_new(t, STR_DATA(SELF), STR_SIZE(SELF));
}

static Value char_test(Task *t, Value s, int kind)
{
    if (STR_SIZE(s) == 0) return V_FALSE;
    for (const char *p = STR_DATA(s), *end = p + STR_SIZE(s); p < end;) {
        uint32_t c = utf8_decode(&p);
        bool ok = kind == 0 ? (c >= '0' && c <= '9')
                : kind == 1 ? ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0xC0
                : kind == 2 ? is_space(c)
                : ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9') || c >= 0xC0;
        if (!ok) return V_FALSE;
    }
    return V_TRUE;
}

static Value m_isdigit(Task *t, const Value *a, size_t n, Value kw) { return char_test(t, a[0], 0); }
static Value m_isalpha(Task *t, const Value *a, size_t n, Value kw) { return char_test(t, a[0], 1); }
static Value m_isspace(Task *t, const Value *a, size_t n, Value kw) { return char_test(t, a[0], 2); }
static Value m_isalnum(Task *t, const Value *a, size_t n, Value kw) { return char_test(t, a[0], 3); }

const MethodDef str_methods[] = {
    {"join", m_join, METH_PLAIN, NULL}, {"split", m_split, METH_PLAIN, NULL},
    {"strip", m_strip, METH_PLAIN, NULL}, {"lstrip", m_lstrip, METH_PLAIN, NULL},
    {"rstrip", m_rstrip, METH_PLAIN, NULL}, {"lower", m_lower, METH_PLAIN, NULL},
    {"upper", m_upper, METH_PLAIN, NULL}, {"startswith", m_startswith, METH_PLAIN, NULL},
    {"endswith", m_endswith, METH_PLAIN, NULL}, {"replace", m_replace, METH_PLAIN, NULL},
    {"find", m_find, METH_PLAIN, NULL}, {"rfind", m_rfind, METH_PLAIN, NULL},
    {"index", m_index, METH_PLAIN, NULL}, {"rindex", m_rindex, METH_PLAIN, NULL},
    {"count", m_count, METH_PLAIN, NULL}, {"encode", m_encode, METH_PLAIN, NULL},
    {"isdigit", m_isdigit, METH_PLAIN, NULL}, {"isalpha", m_isalpha, METH_PLAIN, NULL},
    {"isspace", m_isspace, METH_PLAIN, NULL}, {"isalnum", m_isalnum, METH_PLAIN, NULL},
    {NULL},
};
