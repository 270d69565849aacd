/* str.h - str: immutable Unicode text, stored as UTF-8.
 *
 * len counts code points, size bytes; an all-ASCII string has len == size,
 * which makes indexing O(1). The hash is computed lazily with relaxed atomic
 * access: strings are shared between islands, and every thread computes the
 * same number. Strings are allocated pointer-free. */
#ifndef ATOLL_STR_H
#define ATOLL_STR_H

#include <stdarg.h>
#include "object.h"

typedef struct StrObj {
    Obj hdr;
    int64_t hash;          /* -1 until computed */
    size_t len;            /* code points */
    size_t size;           /* bytes, excluding the terminating NUL */
    char data[];           /* UTF-8, NUL-terminated */
} StrObj;

#define AS_STR(v)      ((StrObj *)(v))
#define STR_DATA(v)    (AS_STR(v)->data)
#define STR_LEN(v)     (AS_STR(v)->len)
#define STR_SIZE(v)    (AS_STR(v)->size)
#define STR_IS_ASCII(v) (AS_STR(v)->len == AS_STR(v)->size)

/* Allocation. str_new validates nothing: data must be valid UTF-8. */
Value str_new(const char *utf8, size_t size);
Value str_new_len(const char *utf8, size_t size, size_t len);   /* len known */
Value str_from_cstr(const char *s);
StrObj *str_alloc(size_t size);          /* data to be filled, then str_finish */
Value str_finish(StrObj *s);             /* counts code points, returns the value */
Value str_empty(void);
Value str_char(uint32_t cp);             /* one code point; cached for ASCII */

/* Process-wide interning of identifiers (thread-safe). */
Value str_intern(Value s);
Value str_intern_cstr(const char *s);

int64_t str_hash(Value s);
bool str_eq(Value a, Value b);
int str_cmp(Value a, Value b);           /* code point order: <0, 0, >0 */
bool str_eq_cstr(Value s, const char *c);
Value str_concat(Task *t, Value a, Value b);
Value str_repr(Task *t, Value s);
/* Byte offset of code point i (i <= len). O(1) for ASCII strings. */
size_t str_offset(Value s, size_t i);
/* Decodes one code point at *p, advancing it. */
uint32_t utf8_decode(const char **p);
int utf8_encode(uint32_t cp, char *out);  /* returns bytes written (1..4) */
bool utf8_valid(const char *s, size_t size);
/* Code points in the first nbytes bytes of s. */
size_t utf8_count_prefix(const char *s, size_t nbytes);

/* printf-like builder for str values: the directives of err_format. */
Value str_format(Task *t, const char *fmt, ...);
Value str_vformat(Task *t, const char *fmt, va_list ap);

/* A growable UTF-8 buffer that becomes a str. */
typedef struct StrBuf {
    StrObj *obj;           /* the str being built: data lives in place */
    size_t size, cap;
} StrBuf;
#define SB_DATA(b) ((b)->obj->data)
void sb_init(StrBuf *b, size_t cap);
void sb_putc(StrBuf *b, char c);
void sb_put(StrBuf *b, const char *s, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_putcp(StrBuf *b, uint32_t cp);
void sb_putv(StrBuf *b, Value str);        /* append a str's text */
bool sb_put_repr(Task *t, StrBuf *b, Value v);
bool sb_put_str(Task *t, StrBuf *b, Value v);
void sb_printf(StrBuf *b, const char *fmt, ...);
Value sb_finish(StrBuf *b);                /* the str; the buffer is spent */

/* The methods of str (strmethods.c) and the % operator (format.c). */
extern const MethodDef str_methods[];
Value str_percent(Task *t, Value fmt, Value args);
/* One-character strings for ASCII, made once by str_init. */
void str_init(void);

#endif
