/* textops.h - the algorithms str, bytes and bytearray share: searching,
 * splitting, stripping, replacing, padding, tab expansion, line splitting,
 * ASCII case mapping and character classes.
 *
 * They work on bytes. A str is UTF-8, whose multi-byte sequences never
 * contain an ASCII byte and never match inside one another, so byte search
 * is code point search; what differs for str is named by TextKind:
 * whitespace and line boundaries are Unicode's, widths and the gaps of an
 * empty pattern count code points, and results are str objects. Callers
 * convert code point positions with text_cp_span/utf8_count_prefix. */
#ifndef ATOLL_TEXTOPS_H
#define ATOLL_TEXTOPS_H

#include <stddef.h>
#include "object.h"

typedef enum TextKind {
    TEXT_BYTES,
    TEXT_BYTEARRAY,
    TEXT_STR,      /* str that may hold non-ASCII text */
    TEXT_ASCII,    /* str known to be ASCII: code points are bytes */
} TextKind;
#define TEXT_IS_STR(k) ((k) >= TEXT_STR)

/* The subject of an operation: its bytes and the object they belong to,
 * which operations return unchanged when the result would equal it (exact
 * str and bytes only: a bytearray result is always a new object). */
typedef struct Text {
    TextKind kind;
    Value obj;
    const char *p;
    size_t n;              /* bytes */
} Text;

/* A new object of kind k holding the n bytes at p (str: valid UTF-8). */
Value text_new(Task *t, TextKind k, const char *p, size_t n);
/* p[0..n) of the subject: the subject itself when that is all of it. */
Value text_piece(Task *t, const Text *s, size_t start, size_t n);
/* A new object of kind k whose n bytes the caller fills at *data, then
 * passes to text_done (which counts a str's code points). */
Value text_alloc(Task *t, TextKind k, size_t n, char **data);
Value text_done(TextKind k, Value obj);

/* --- positions ------------------------------------------------------------- */

/* The start and end arguments of find/count/startswith...: None or an
 * __index__ object (v 0: omitted), clamped, then adjusted to len as CPython's
 * ADJUST_INDICES does (start may stay beyond len). */
bool text_bounds(Task *t, Value startv, Value endv, int64_t len, int64_t *start, int64_t *end);
/* Byte offsets of the code points [start, end) (0 <= start <= end <= len)
 * of UTF-8 text s. */
void text_cp_span(const char *s, size_t size, bool ascii, int64_t start, int64_t end, size_t *a, size_t *b);

/* --- searching (byte offsets; -1 when absent) ---------------------------- */

/* find/rfind/count of sub (m bytes, sublen units) in the units
 * [start, end) of s (start and end from text_bounds), in units:
 * mode 1 find, -1 rfind (-1 when absent), 0 count. */
int64_t text_search(const Text *s, const char *sub, size_t m, int64_t sublen, int64_t start,
                    int64_t end, int mode);
/* startswith (suffix false) / endswith of sub within [start, end). */
bool text_tailmatch(const Text *s, const char *sub, size_t m, int64_t sublen, int64_t start,
                    int64_t end, bool suffix);

ptrdiff_t text_find(const char *s, size_t n, const char *sub, size_t m);
ptrdiff_t text_rfind(const char *s, size_t n, const char *sub, size_t m);
/* Non-overlapping occurrences of a non-empty sub, at most max. */
size_t text_count(const char *s, size_t n, const char *sub, size_t m, size_t max);

/* --- splitting (lists of objects of the subject's kind) ------------------- */

/* maxsplit < 0: no limit. sep is not empty. */
Value text_split(Task *t, const Text *s, const char *sep, size_t m, int64_t maxsplit);
Value text_rsplit(Task *t, const Text *s, const char *sep, size_t m, int64_t maxsplit);
Value text_split_ws(Task *t, const Text *s, int64_t maxsplit);
Value text_rsplit_ws(Task *t, const Text *s, int64_t maxsplit);
Value text_splitlines(Task *t, const Text *s, bool keepends);
/* (head, sep, tail), searching from the left or (right) from the right. */
Value text_partition(Task *t, const Text *s, Value sepobj, const char *sep, size_t m, bool right);

/* --- stripping: which is 1 (left), 2 (right) or 3 (both) ----------------- */

Value text_strip_ws(Task *t, const Text *s, int which);
/* chars: bytes (for a str subject, ASCII only: callers decode otherwise). */
Value text_strip_bytes(Task *t, const Text *s, int which, const char *chars, size_t m);

/* --- building ------------------------------------------------------------- */

/* count < 0: all. The result has kind k (TEXT_ASCII only when subject and
 * new are both ASCII). */
Value text_replace(Task *t, const Text *s, TextKind k, const char *old, size_t m, const char *new_,
                   size_t newn, int64_t count);
/* center/ljust/rjust (align '^' '<' '>'): len is the subject's length in
 * code points (bytes for bytes), fill one character of fn bytes. */
Value text_pad(Task *t, const Text *s, size_t len, int64_t width, char align, const char *fill, size_t fn);
Value text_zfill(Task *t, const Text *s, size_t len, int64_t width);
Value text_expandtabs(Task *t, const Text *s, int64_t tabsize);

/* --- ASCII case and classes (bytes, and str of ASCII text) ---------------- */

typedef enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE } CaseOp;
void text_ascii_case(char *dst, const char *src, size_t n, CaseOp op);
Value text_case(Task *t, const Text *s, CaseOp op);   /* ASCII subjects */

typedef enum { CLASS_ALPHA, CLASS_DIGIT, CLASS_ALNUM, CLASS_SPACE, CLASS_USPACE } CharClass;
/* Every byte is in the class (and there is one): bytes.isalpha etc. and
 * the ASCII fast paths of str's (CLASS_USPACE is str's ASCII whitespace). */
bool text_ascii_all(const char *s, size_t n, CharClass c);
/* islower / isupper / istitle: of bytes (unicode false: ASCII letters are
 * the cased ones) or of UTF-8 text (Unicode's Lowercase, Uppercase, Lt). */
typedef enum { CASETEST_LOWER, CASETEST_UPPER, CASETEST_TITLE } CaseTest;
bool text_case_test(const char *s, size_t n, bool unicode, CaseTest which);

/* --- whole methods whose arguments are the same for str and bytes --------- */

/* s.splitlines(keepends=False) and s.expandtabs(tabsize=8); args and n
 * exclude self. */
Value text_m_splitlines(Task *t, const Text *s, const Value *args, size_t n, Value kw);
Value text_m_expandtabs(Task *t, const Text *s, const Value *args, size_t n, Value kw);
/* The arguments of split/rsplit(sep=None, maxsplit=-1): *sep is 0 for None. */
bool text_split_args(Task *t, bool right, const Value *args, size_t n, Value kw, Value *sep, int64_t *maxsplit);
/* split/rsplit by sep[0..m) ("empty separator" when m is 0), or by
 * whitespace when sep is NULL. */
Value text_split_any(Task *t, const Text *s, const char *sep, size_t m, int64_t maxsplit, bool right);

/* --- arguments of the methods of str, bytes and bytearray ---------------- */

/* Argument Clinic's binding of optional parameters that may be passed by
 * keyword (split, encode, hex...), with its messages: "split() takes at
 * most 2 arguments (3 given)", "'x' is an invalid keyword argument for
 * split()". out[i] is 0 for an omitted one. */
bool text_args(Task *t, const char *fname, const char *const *names, size_t np, const Value *args,
               size_t nargs, Value kw, Value *out);
/* The argument count of find, count, startswith...: "find() takes at least
 * 1 argument (0 given)", "str.find() takes no keyword arguments". */
bool text_find_args(Task *t, const char *name, const char *qname, size_t nargs, Value kw);
/* An integer argument through __index__: TypeError "'str' object cannot be
 * interpreted as an integer", OverflowError "Python int too large to
 * convert to C ssize_t" (C int when c_int). */
bool text_int_arg(Task *t, Value v, bool c_int, int64_t *out);

#endif
