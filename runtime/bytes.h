/* bytes.h - bytes (immutable) and bytearray (mutable) byte strings. */
#ifndef ATOLL_BYTES_H
#define ATOLL_BYTES_H

#include "object.h"

typedef struct BytesObj {
    Obj hdr;
    int64_t hash;          /* -1 until computed */
    size_t size;
    char data[];           /* NUL-terminated for convenience */
} BytesObj;

typedef struct ByteArrayObj {
    Obj hdr;
    size_t size, cap;
    char *data;
} ByteArrayObj;

#define AS_BYTES(v) ((BytesObj *)(v))
#define AS_BYTEARRAY(v) ((ByteArrayObj *)(v))
#define IS_BYTES(v) IS_TYPE(v, &bytes_type)
#define IS_BYTEARRAY(v) IS_TYPE(v, &bytearray_type)

Value bytes_new(Task *t, const char *p, size_t n);
BytesObj *bytes_alloc(size_t n);
Value bytearray_new(Task *t, const char *p, size_t n);
/* Room for n bytes in b's buffer (it grows by doubling); false: MemoryError. */
bool bytearray_reserve(Task *t, ByteArrayObj *b, size_t n);
/* bytes, bytearray (or a subclass box of bytes): true with the data */
bool bytes_like(Value v);
void bytes_view(Value v, const char **p, size_t *n);
size_t bytes_size(Value v);
/* Any object whose bytes C functions may read: bytes_like ones and types with
 * a buffer slot (array.array). False, with nothing raised, for the others. */
bool bytes_buffer(Value v, const char **p, size_t *n);
/* bytes(x) for the buffer-like x that C functions accept */
Value bytes_from_object(Task *t, Value v);
/* b'...' as Python shows it, after prefix ("b", or "NAME(b" which adds the closing ")") */
Value bytes_repr(Task *t, const char *p, size_t n, const char *prefix);

extern const MethodDef bytes_methods[], bytearray_methods[];

#endif
