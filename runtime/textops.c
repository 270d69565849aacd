/* textops.c - the byte-string algorithms of str, bytes and bytearray (see
 * textops.h). Results are sized before they are written: one allocation
 * per result, none per character. */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "bytes.h"
#include "list.h"
#include "tuple.h"
#include "slice.h"
#include "unicode.h"
#include "textops.h"

/* --- results ------------------------------------------------------------------ */

Value text_new(Task *t, TextKind k, const char *p, size_t n)
{
    switch (k) {
    case TEXT_BYTES: return bytes_new(t, p, n);
    case TEXT_BYTEARRAY: return bytearray_new(t, p, n);
    case TEXT_ASCII:
        if (n <= 1) return n ? str_char((unsigned char)p[0]) : str_empty();
        return str_new_len(p, n, n);
    default:
        if (n == 0) return str_empty();
        if (n == 1) return str_char((unsigned char)p[0]);
        return str_new(p, n);
    }
}

Value text_piece(Task *t, const Text *s, size_t start, size_t n)
{
    if (start == 0 && n == s->n && s->kind != TEXT_BYTEARRAY) return s->obj;
    Value r = text_new(t, s->kind, s->p + start, n);
    return r ? r : err_no_memory(t);
}

Value text_alloc(Task *t, TextKind k, size_t n, char **data)
{
    if (k == TEXT_BYTES) {
        BytesObj *b = bytes_alloc(n);
        if (!b) return err_no_memory(t);
        *data = b->data;
        return OBJ_VAL(b);
    }
    if (k == TEXT_BYTEARRAY) {
        Value v = bytearray_new(t, NULL, 0);
        char *d = v ? GC_MALLOC_ATOMIC(n + 1) : NULL;
        if (!d) return err_no_memory(t);
        ByteArrayObj *b = AS_BYTEARRAY(v);
        b->data = d;
        b->size = b->cap = n;
        d[n] = 0;
        *data = d;
        return v;
    }
    StrObj *s = str_alloc(n);
    if (!s) return err_no_memory(t);
    *data = s->data;
    return OBJ_VAL(s);
}

Value text_done(TextKind k, Value obj)
{
    if (k == TEXT_STR) return str_finish(AS_STR(obj));
    if (k == TEXT_ASCII) AS_STR(obj)->len = AS_STR(obj)->size;
    return obj;
}

/* --- positions ----------------------------------------------------------------- */

static bool bound_arg(Task *t, Value v, int64_t *out)
{
    if (!v || v == V_NONE) return true;
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    if (!index_like(v)) {
        err_format(t, &exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return index_to_i64(t, v, NULL, out);
}

bool text_bounds(Task *t, Value startv, Value endv, int64_t len, int64_t *start, int64_t *end)
{
    *start = 0;
    *end = INT64_MAX;
    if (!bound_arg(t, startv, start) || !bound_arg(t, endv, end)) return false;
    if (*end > len) *end = len;
    else if (*end < 0 && (*end += len) < 0) *end = 0;
    if (*start < 0 && (*start += len) < 0) *start = 0;
    return true;
}

/* Bytes taken by the next k code points of UTF-8 text p[0..size). */
static size_t utf8_skip(const char *p, size_t size, int64_t k)
{
    const unsigned char *s = (const unsigned char *)p;
    size_t i = 0;
    while (k > 0 && i < size) {
        i++;
        while (i < size && (s[i] & 0xC0) == 0x80) i++;
        k--;
    }
    return i;
}

void text_cp_span(const char *s, size_t size, bool ascii, int64_t start, int64_t end, size_t *a, size_t *b)
{
    if (ascii) {
        *a = (size_t)start;
        *b = (size_t)end;
        return;
    }
    *a = utf8_skip(s, size, start);
    *b = *a + utf8_skip(s + *a, size - *a, end - start);
}

/* --- searching ------------------------------------------------------------------ */

ptrdiff_t text_find(const char *s, size_t n, const char *sub, size_t m)
{
    if (m == 0) return 0;
    if (m > n) return -1;
    if (m == 1) {
        const char *hit = memchr(s, (unsigned char)sub[0], n);
        return hit ? hit - s : -1;
    }
    /* Short texts and patterns: candidates from memchr, checked with memcmp,
       which beats memmem's set-up cost; after many false candidates, memmem
       (linear time) takes over. */
    const char *p = s, *last = s + n - m;
    for (int misses = 0; misses < 16; misses++) {
        p = memchr(p, (unsigned char)sub[0], last - p + 1);
        if (!p) return -1;
        if (memcmp(p + 1, sub + 1, m - 1) == 0) return p - s;
        if (++p > last) return -1;
    }
    const char *hit = memmem(p, s + n - p, sub, m);
    return hit ? hit - s : -1;
}

ptrdiff_t text_rfind(const char *s, size_t n, const char *sub, size_t m)
{
    if (m == 0) return (ptrdiff_t)n;
    if (m > n) return -1;
    if (m == 1) {
        const char *hit = memrchr(s, (unsigned char)sub[0], n);
        return hit ? hit - s : -1;
    }
    /* candidates are where the first byte occurs, from the right */
    size_t lim = n - m + 1;
    while (lim > 0) {
        const char *c = memrchr(s, (unsigned char)sub[0], lim);
        if (!c) return -1;
        if (memcmp(c + 1, sub + 1, m - 1) == 0) return c - s;
        lim = (size_t)(c - s);
    }
    return -1;
}

size_t text_count(const char *s, size_t n, const char *sub, size_t m, size_t max)
{
    size_t cnt = 0;
    if (m > n) return 0;
    if (m == 1) {
        unsigned char c = (unsigned char)sub[0];
        if (max >= n) {
            for (size_t i = 0; i < n; i++) cnt += (unsigned char)s[i] == c;
            return cnt;
        }
        for (const char *p = s, *end = s + n; cnt < max && (p = memchr(p, c, end - p)); p++) cnt++;
        return cnt;
    }
    for (size_t at = 0; cnt < max;) {
        ptrdiff_t hit = text_find(s + at, n - at, sub, m);
        if (hit < 0) break;
        cnt++;
        at += hit + m;
    }
    return cnt;
}

/* --- splitting ------------------------------------------------------------------ */

/* How many splits maxsplit allows: a negative one means no limit (counting
 * a negative one down would overflow at INT64_MIN). */
static uint64_t split_budget(int64_t maxsplit)
{
    return maxsplit < 0 ? UINT64_MAX : (uint64_t)maxsplit;
}

static bool add_piece(Task *t, Value list, const Text *s, size_t start, size_t n)
{
    Value v = text_piece(t, s, start, n);
    return v && list_append(t, list, v);
}

Value text_split(Task *t, const Text *s, const char *sep, size_t m, int64_t maxsplit)
{
    Value list = list_new(4);
    if (!list) return err_no_memory(t);
    size_t i = 0;
    for (uint64_t left = split_budget(maxsplit); left; left--) {
        ptrdiff_t hit = text_find(s->p + i, s->n - i, sep, m);
        if (hit < 0) break;
        if (!add_piece(t, list, s, i, hit)) return 0;
        i += hit + m;
    }
    return add_piece(t, list, s, i, s->n - i) ? list : 0;
}

Value text_rsplit(Task *t, const Text *s, const char *sep, size_t m, int64_t maxsplit)
{
    Value list = list_new(4);
    if (!list) return err_no_memory(t);
    size_t j = s->n;
    for (uint64_t left = split_budget(maxsplit); left; left--) {
        ptrdiff_t hit = text_rfind(s->p, j, sep, m);
        if (hit < 0) break;
        if (!add_piece(t, list, s, hit + m, j - hit - m)) return 0;
        j = hit;
    }
    if (!add_piece(t, list, s, 0, j)) return 0;
    list_reverse_items(list);
    return list;
}

/* ' \t\n\r\v\f' for bytes; str adds \x1c..\x1f (and Unicode's spaces). */
static inline bool ascii_space(unsigned c, bool uni)
{
    return c == ' ' || (c >= 9 && c <= 13) || (uni && c >= 28 && c <= 31);
}

/* Bytes of the non-ASCII whitespace character of UTF-8 text at p, or 0. */
static size_t __attribute__((noinline)) uni_space_len(const char *p)
{
    const char *q = p;
    uint32_t cp = utf8_decode(&q);
    return uni_isspace(cp) ? (size_t)(q - p) : 0;
}

/* Bytes of the whitespace character at s[i], or 0. */
static inline size_t space_at(const unsigned char *s, size_t i, size_t n, bool uni)
{
    unsigned c = s[i];
    if (c < 0x80) return ascii_space(c, uni);
    return uni ? uni_space_len((const char *)s + i) : 0;
}

/* Bytes of the whitespace character that ends just before s[i], or 0. */
static inline size_t space_before(const unsigned char *s, size_t i, bool uni)
{
    unsigned c = s[i - 1];
    if (c < 0x80) return ascii_space(c, uni);
    if (!uni) return 0;
    size_t k = i - 1;
    while (k > 0 && (s[k] & 0xC0) == 0x80) k--;
    return uni_space_len((const char *)s + k) == i - k ? i - k : 0;
}

/* Bytes of the character at s[i] (1 for bytes). */
static inline size_t char_len(const unsigned char *s, size_t i, size_t n, bool uni)
{
    size_t j = i + 1;
    if (uni && s[i] >= 0x80)
        while (j < n && (s[j] & 0xC0) == 0x80) j++;
    return j - i;
}

/* Bytes of the character that ends just before s[i] (1 for bytes). */
static inline size_t char_len_before(const unsigned char *s, size_t i, bool uni)
{
    size_t k = i - 1;
    if (uni)
        while (k > 0 && (s[k] & 0xC0) == 0x80) k--;
    return i - k;
}

Value text_split_ws(Task *t, const Text *s, int64_t maxsplit)
{
    const unsigned char *p = (const unsigned char *)s->p;
    size_t n = s->n, i = 0, k;
    bool uni = TEXT_IS_STR(s->kind);
    Value list = list_new(4);
    if (!list) return err_no_memory(t);
    for (uint64_t left = split_budget(maxsplit); left; left--) {
        while (i < n && (k = space_at(p, i, n, uni))) i += k;
        if (i == n) break;
        size_t j = i;
        do i += char_len(p, i, n, uni); while (i < n && !space_at(p, i, n, uni));
        if (!add_piece(t, list, s, j, i - j)) return 0;
    }
    if (i < n) {
        /* maxsplit reached: the rest, without its leading whitespace */
        while (i < n && (k = space_at(p, i, n, uni))) i += k;
        if (i < n && !add_piece(t, list, s, i, n - i)) return 0;
    }
    return list;
}

Value text_rsplit_ws(Task *t, const Text *s, int64_t maxsplit)
{
    const unsigned char *p = (const unsigned char *)s->p;
    size_t i = s->n, k;
    bool uni = TEXT_IS_STR(s->kind);
    Value list = list_new(4);
    if (!list) return err_no_memory(t);
    for (uint64_t left = split_budget(maxsplit); left; left--) {
        while (i > 0 && (k = space_before(p, i, uni))) i -= k;
        if (i == 0) break;
        size_t j = i;
        do i -= char_len_before(p, i, uni); while (i > 0 && !space_before(p, i, uni));
        if (!add_piece(t, list, s, i, j - i)) return 0;
    }
    if (i > 0) {
        while (i > 0 && (k = space_before(p, i, uni))) i -= k;
        if (i > 0 && !add_piece(t, list, s, 0, i)) return 0;
    }
    list_reverse_items(list);
    return list;
}

/* Bytes of the line break at s[i], or 0: \n \r (\r\n is one) for bytes;
 * str adds \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
static size_t linebreak_at(const unsigned char *s, size_t i, size_t n, bool uni)
{
    unsigned c = s[i];
    if (c == '\n') return 1;
    if (c == '\r') return i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
    if (!uni) return 0;
    if (c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E)) return 1;
    if (c == 0xC2 && i + 1 < n && s[i + 1] == 0x85) return 2;
    if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) return 3;
    return 0;
}

Value text_splitlines(Task *t, const Text *s, bool keepends)
{
    const unsigned char *p = (const unsigned char *)s->p;
    size_t n = s->n, i = 0;
    bool uni = TEXT_IS_STR(s->kind);
    Value list = list_new(4);
    if (!list) return err_no_memory(t);
    while (i < n) {
        size_t j = i, k = 0;
        while (i < n && !(k = linebreak_at(p, i, n, uni))) i++;
        size_t eol = i;
        i += k;
        if (keepends) eol = i;
        if (!add_piece(t, list, s, j, eol - j)) return 0;
    }
    return list;
}

Value text_partition(Task *t, const Text *s, Value sepobj, const char *sep, size_t m, bool right)
{
    ptrdiff_t hit = right ? text_rfind(s->p, s->n, sep, m) : text_find(s->p, s->n, sep, m);
    Value empty = text_new(t, s->kind, "", 0);
    if (!empty) return 0;
    if (hit < 0) {
        Value whole = text_piece(t, s, 0, s->n);
        Value empty2 = s->kind == TEXT_BYTEARRAY ? text_new(t, s->kind, "", 0) : empty;
        if (!whole || !empty2) return 0;
        return right ? tuple_pack(3, empty, empty2, whole) : tuple_pack(3, whole, empty, empty2);
    }
    if (s->kind == TEXT_BYTEARRAY || !sepobj) sepobj = text_new(t, s->kind, sep, m);
    Value head = text_piece(t, s, 0, hit), tail = text_piece(t, s, hit + m, s->n - hit - m);
    if (!sepobj || !head || !tail) return 0;
    return tuple_pack(3, head, sepobj, tail);
}

/* --- stripping ------------------------------------------------------------------ */

Value text_strip_ws(Task *t, const Text *s, int which)
{
    const unsigned char *p = (const unsigned char *)s->p;
    size_t i = 0, j = s->n, k;
    bool uni = TEXT_IS_STR(s->kind);
    if (which & 1)
        while (i < j && (k = space_at(p, i, j, uni))) i += k;
    if (which & 2)
        while (j > i && (k = space_before(p, j, uni))) j -= k;
    return text_piece(t, s, i, j - i);
}

Value text_strip_bytes(Task *t, const Text *s, int which, const char *chars, size_t m)
{
    uint64_t set[4] = {0, 0, 0, 0};
    for (size_t c = 0; c < m; c++) set[(unsigned char)chars[c] >> 6] |= 1ULL << ((unsigned char)chars[c] & 63);
#define IN_SET(c) ((set[(c) >> 6] >> ((c) & 63)) & 1)
    const unsigned char *p = (const unsigned char *)s->p;
    size_t i = 0, j = s->n;
    if (which & 1)
        while (i < j && IN_SET(p[i])) i++;
    if (which & 2)
        while (j > i && IN_SET(p[j - 1])) j--;
#undef IN_SET
    return text_piece(t, s, i, j - i);
}

/* --- replace ------------------------------------------------------------------- */

Value text_replace(Task *t, const Text *s, TextKind k, const char *old, size_t m, const char *new_,
                   size_t newn, int64_t count)
{
    size_t max = count < 0 ? SIZE_MAX : (size_t)count, cnt;
    bool uni = TEXT_IS_STR(s->kind) && s->kind != TEXT_ASCII;
    enum { REPLACE_HITS = 64 };
    size_t hits[REPLACE_HITS];
    if (m == 0) {
        size_t units = uni ? utf8_count_prefix(s->p, s->n) : s->n;
        cnt = units + 1 < max ? units + 1 : max;
    } else {
        /* count the matches, remembering where the first ones are */
        cnt = 0;
        for (size_t at = 0; cnt < max;) {
            ptrdiff_t hit = text_find(s->p + at, s->n - at, old, m);
            if (hit < 0) break;
            if (cnt < REPLACE_HITS) hits[cnt] = at + hit;
            cnt++;
            at += hit + m;
        }
    }
    if (cnt == 0 || (m == newn && memcmp(old, new_, m) == 0)) return text_piece(t, s, 0, s->n);
    size_t size = s->n - cnt * m + cnt * newn;
    if (newn > m && (size < s->n || (size - s->n) / (newn - m) < cnt)) return err_no_memory(t);
    char *d;
    Value r = text_alloc(t, k, size, &d);
    if (!r) return 0;
    const unsigned char *p = (const unsigned char *)s->p;
    size_t i = 0, o = 0;
    if (m == 0) {
        for (size_t c = 0; c < cnt; c++) {
            memcpy(d + o, new_, newn);
            o += newn;
            if (i < s->n) {
                size_t l = char_len(p, i, s->n, uni);
                memcpy(d + o, p + i, l);
                o += l;
                i += l;
            }
        }
    } else if (m == 1 && newn == 1) {
        memcpy(d, p, s->n);
        for (char *q = d, *end = d + s->n; cnt && (q = memchr(q, (unsigned char)old[0], end - q)); q++, cnt--)
            *q = new_[0];
        i = o = s->n;
    } else {
        for (size_t c = 0; c < cnt; c++) {
            size_t hit = c < REPLACE_HITS ? hits[c] - i : (size_t)text_find(s->p + i, s->n - i, old, m);
            memcpy(d + o, p + i, hit);
            o += hit;
            memcpy(d + o, new_, newn);
            o += newn;
            i += hit + m;
        }
    }
    memcpy(d + o, p + i, s->n - i);
    return text_done(k, r);
}

/* --- padding and tabs ------------------------------------------------------------ */

static Value pad(Task *t, const Text *s, size_t left, size_t right, const char *fill, size_t fn)
{
    if (!left && !right) return text_piece(t, s, 0, s->n);
    TextKind k = s->kind == TEXT_ASCII && fn > 1 ? TEXT_STR : s->kind;
    char *d;
    Value r = text_alloc(t, k, (left + right) * fn + s->n, &d);
    if (!r) return 0;
    if (fn == 1) {
        memset(d, fill[0], left);
        memcpy(d + left, s->p, s->n);
        memset(d + left + s->n, fill[0], right);
    } else {
        for (size_t i = 0; i < left; i++) memcpy(d + i * fn, fill, fn);
        memcpy(d + left * fn, s->p, s->n);
        for (size_t i = 0; i < right; i++) memcpy(d + left * fn + s->n + i * fn, fill, fn);
    }
    return text_done(k, r);
}

Value text_pad(Task *t, const Text *s, size_t len, int64_t width, char align, const char *fill, size_t fn)
{
    if (width <= (int64_t)len) return text_piece(t, s, 0, s->n);
    size_t marg = (size_t)width - len, left;
    if (align == '<') left = 0;
    else if (align == '>') left = marg;
    else left = marg / 2 + (marg & (size_t)width & 1);
    if (marg > (SIZE_MAX / 8) / (fn ? fn : 1)) return err_no_memory(t);
    return pad(t, s, left, marg - left, fill, fn);
}

Value text_zfill(Task *t, const Text *s, size_t len, int64_t width)
{
    if (width <= (int64_t)len) return text_piece(t, s, 0, s->n);
    size_t fill = (size_t)width - len;
    Value r = pad(t, s, fill, 0, "0", 1);
    if (!r) return 0;
    char *d = s->kind == TEXT_BYTEARRAY ? AS_BYTEARRAY(r)->data : s->kind == TEXT_BYTES ? AS_BYTES(r)->data
                                                                                        : STR_DATA(r);
    if (d[fill] == '+' || d[fill] == '-') {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

Value text_expandtabs(Task *t, const Text *s, int64_t tabsize)
{
    const unsigned char *p = (const unsigned char *)s->p;
    bool uni = s->kind == TEXT_STR;
    /* pass 1: the size; pass 2: the text */
    size_t size = 0, col = 0;
    bool tabs = false;
    for (size_t i = 0; i < s->n; i++) {
        unsigned c = p[i];
        if (c == '\t') {
            tabs = true;
            if (tabsize > 0) {
                size_t incr = tabsize - col % tabsize;
                col += incr;
                size += incr;
            }
            continue;
        }
        size++;
        if (uni && (c & 0xC0) == 0x80) continue;
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    if (!tabs) return text_piece(t, s, 0, s->n);
    char *d;
    Value r = text_alloc(t, s->kind, size, &d);
    if (!r) return 0;
    col = 0;
    for (size_t i = 0; i < s->n; i++) {
        unsigned c = p[i];
        if (c == '\t') {
            if (tabsize > 0) {
                size_t incr = tabsize - col % tabsize;
                memset(d, ' ', incr);
                d += incr;
                col += incr;
            }
            continue;
        }
        *d++ = (char)c;
        if (uni && (c & 0xC0) == 0x80) continue;
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    return text_done(s->kind, r);
}

/* --- ASCII case and classes ------------------------------------------------------- */

static inline bool a_lower(unsigned c) { return c - 'a' < 26u; }
static inline bool a_upper(unsigned c) { return c - 'A' < 26u; }

void text_ascii_case(char *dst, const char *src, size_t n, CaseOp op)
{
    const unsigned char *s = (const unsigned char *)src;
    switch (op) {
    case CASE_LOWER:
        for (size_t i = 0; i < n; i++) dst[i] = (char)(s[i] + (a_upper(s[i]) << 5));
        break;
    case CASE_UPPER:
        for (size_t i = 0; i < n; i++) dst[i] = (char)(s[i] - (a_lower(s[i]) << 5));
        break;
    case CASE_SWAP:
        for (size_t i = 0; i < n; i++) dst[i] = (char)(s[i] ^ ((a_lower(s[i]) | a_upper(s[i])) << 5));
        break;
    case CASE_CAPITALIZE:
        for (size_t i = 0; i < n; i++)
            dst[i] = i ? (char)(s[i] + (a_upper(s[i]) << 5)) : (char)(s[i] - (a_lower(s[i]) << 5));
        break;
    case CASE_TITLE: {
        bool prev_cased = false;
        for (size_t i = 0; i < n; i++) {
            unsigned c = s[i];
            if (a_lower(c)) {
                if (!prev_cased) c -= 32;
                prev_cased = true;
            } else if (a_upper(c)) {
                if (prev_cased) c += 32;
                prev_cased = true;
            } else {
                prev_cased = false;
            }
            dst[i] = (char)c;
        }
        break;
    }
    }
}

Value text_case(Task *t, const Text *s, CaseOp op)
{
    char *d;
    Value r = text_alloc(t, s->kind, s->n, &d);
    if (!r) return 0;
    text_ascii_case(d, s->p, s->n, op);
    return text_done(s->kind, r);
}

bool text_ascii_all(const char *s, size_t n, CharClass cls)
{
    if (n == 0) return false;
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        bool alpha = a_lower(c | 32), digit = c - '0' < 10u, ok;
        switch (cls) {
        case CLASS_ALPHA: ok = alpha; break;
        case CLASS_DIGIT: ok = digit; break;
        case CLASS_ALNUM: ok = alpha || digit; break;
        case CLASS_SPACE: ok = ascii_space(c, false); break;
        default: ok = ascii_space(c, true); break;
        }
        if (!ok) return false;
    }
    return true;
}

bool text_case_test(const char *s, size_t n, bool unicode, CaseTest which)
{
    bool cased = false, prev_cased = false;
    for (const char *p = s, *end = s + n; p < end;) {
        unsigned f;
        unsigned c = (unsigned char)*p;
        if (c < 0x80 || !unicode) {
            p++;
            f = a_lower(c) ? UNI_LOWER : a_upper(c) ? UNI_UPPER : 0;
        } else {
            f = uni_flags(utf8_decode(&p));
        }
        bool up = f & (UNI_UPPER | UNI_TITLE), low = (f & UNI_LOWER) != 0;
        switch (which) {
        case CASETEST_LOWER:
            if (up) return false;
            cased |= low;
            break;
        case CASETEST_UPPER:
            if (low || (f & UNI_TITLE)) return false;
            cased |= (f & UNI_UPPER) != 0;
            break;
        default:
            if (up) {
                if (prev_cased) return false;
                prev_cased = cased = true;
            } else if (low) {
                if (!prev_cased) return false;
                prev_cased = cased = true;
            } else {
                prev_cased = false;
            }
            break;
        }
    }
    return cased;
}

/* --- find, count, startswith on units ---------------------------------------------- */

int64_t text_search(const Text *s, const char *sub, size_t m, int64_t sublen, int64_t start,
                    int64_t end, int mode)
{
    if (end - start < sublen) return mode ? -1 : 0;
    if (m == 0) {
        if (mode == 0) return end - start + 1;
        return mode > 0 ? start : end;
    }
    size_t a, b;
    text_cp_span(s->p, s->n, s->kind != TEXT_STR, start, end, &a, &b);
    if (mode == 0) return (int64_t)text_count(s->p + a, b - a, sub, m, SIZE_MAX);
    ptrdiff_t hit = mode > 0 ? text_find(s->p + a, b - a, sub, m) : text_rfind(s->p + a, b - a, sub, m);
    if (hit < 0) return -1;
    return start + (s->kind == TEXT_STR ? (int64_t)utf8_count_prefix(s->p + a, hit) : hit);
}

bool text_tailmatch(const Text *s, const char *sub, size_t m, int64_t sublen, int64_t start,
                    int64_t end, bool suffix)
{
    if (end - start < sublen) return false;
    if (m == 0) return true;
    size_t a, b;
    text_cp_span(s->p, s->n, s->kind != TEXT_STR, start, end, &a, &b);
    if (b - a < m) return false;
    return memcmp(s->p + (suffix ? b - m : a), sub, m) == 0;
}

/* --- arguments ---------------------------------------------------------------------- */

bool text_args(Task *t, const char *fname, const char *const *names, size_t np, const Value *args,
               size_t nargs, Value kw, Value *out)
{
    size_t nkw = kw ? TUPLE_LEN(kw) : 0;
    if (nargs + nkw > np) {
        err_format(t, &exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, np,
                   np == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    for (size_t i = 0; i < np; i++) out[i] = i < nargs ? args[i] : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value name = TUPLE_ITEM(kw, k);
        size_t i = 0;
        while (i < np && !str_eq_cstr(name, names[i])) i++;
        if (i == np) {
            err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for %s()", name, fname);
            return false;
        }
        if (i < nargs) {
            err_format(t, &exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname,
                       names[i], i + 1);
            return false;
        }
        out[i] = args[nargs + k];
    }
    return true;
}

bool text_find_args(Task *t, const char *name, const char *qname, size_t nargs, Value kw)
{
    if (kw && TUPLE_LEN(kw)) {
        err_format(t, &exc_TypeError, "%s() takes no keyword arguments", qname);
        return false;
    }
    if (nargs < 1) {
        err_format(t, &exc_TypeError, "%s() takes at least 1 argument (0 given)", name);
        return false;
    }
    if (nargs > 3) {
        err_format(t, &exc_TypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs);
        return false;
    }
    return true;
}

bool text_int_arg(Task *t, Value v, bool c_int, int64_t *out)
{
    if (IS_SMALL(v) && (!c_int || (SMALL_VAL(v) >= INT32_MIN && SMALL_VAL(v) <= INT32_MAX))) {
        *out = SMALL_VAL(v);
        return true;
    }
    if (!index_like(v)) {
        err_format(t, &exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(v));
        return false;
    }
    if (!index_to_i64(t, v, NULL, out)) return false;
    int64_t lo = c_int ? INT32_MIN : INT64_MIN, hi = c_int ? INT32_MAX : INT64_MAX;
    if (*out <= lo || *out >= hi) {
        /* clamped by index_to_i64, or beyond a C int */
        Value i = obj_index(t, v);
        if (!i) return false;
        int64_t x;
        if (!int_to_i64(i, &x) || x < lo || x > hi) {
            err_format(t, &exc_OverflowError, "Python int too large to convert to C %s", c_int ? "int" : "ssize_t");
            return false;
        }
    }
    return true;
}

/* --- whole methods ------------------------------------------------------------------- */

Value text_m_splitlines(Task *t, const Text *s, const Value *args, size_t n, Value kw)
{
    static const char *const names[] = {"keepends"};
    Value a[1];
    int64_t keep = 0;
    if (!text_args(t, "splitlines", names, 1, args, n, kw, a)) return 0;
    if (a[0] && !text_int_arg(t, a[0], true, &keep)) return 0;
    return text_splitlines(t, s, keep != 0);
}

Value text_m_expandtabs(Task *t, const Text *s, const Value *args, size_t n, Value kw)
{
    static const char *const names[] = {"tabsize"};
    Value a[1];
    int64_t tabsize = 8;
    if (!text_args(t, "expandtabs", names, 1, args, n, kw, a)) return 0;
    if (a[0] && !text_int_arg(t, a[0], true, &tabsize)) return 0;
    return text_expandtabs(t, s, tabsize);
}

bool text_split_args(Task *t, bool right, const Value *args, size_t n, Value kw, Value *sep, int64_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    *maxsplit = -1;
    if (!text_args(t, right ? "rsplit" : "split", names, 2, args, n, kw, a)) return false;
    if (a[1] && !text_int_arg(t, a[1], false, maxsplit)) return false;
    *sep = a[0] == V_NONE ? 0 : a[0];
    return true;
}

Value text_split_any(Task *t, const Text *s, const char *sep, size_t m, int64_t maxsplit, bool right)
{
    if (!sep) return right ? text_rsplit_ws(t, s, maxsplit) : text_split_ws(t, s, maxsplit);
    if (!m) return err_format(t, &exc_ValueError, "empty separator");
    return right ? text_rsplit(t, s, sep, m, maxsplit) : text_split(t, s, sep, m, maxsplit);
}
