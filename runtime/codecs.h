/* codecs.h - text encodings: str.encode, bytes.decode, str(b, encoding) and
 * bytes(s, encoding), with CPython 3.11's codec names, aliases, BOM rules,
 * error handlers (strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace, namereplace, surrogateescape, surrogatepass) and
 * UnicodeEncodeError/UnicodeDecodeError messages.
 *
 * Supported: utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16 and utf-32
 * (with a BOM, -le, -be). Any other name raises LookupError("unknown
 * encoding: NAME"). */
#ifndef ATOLL_CODECS_H
#define ATOLL_CODECS_H

#include "object.h"

/* s.encode(encoding, errors): s is an exact str; encoding and errors are
 * C strings (NULL: "utf-8" and "strict"). Returns bytes. */
Value codec_encode(Task *t, Value s, const char *encoding, const char *errors);

/* data.decode(encoding, errors) of n bytes at p. obj is the bytes object
 * the data belongs to (for UnicodeDecodeError.object), or 0 to have one
 * made when an error needs it. Returns str. */
Value codec_decode(Task *t, const char *p, size_t n, Value obj, const char *encoding, const char *errors);

/* The encoding and errors arguments of encode/decode/str()/bytes(): C
 * strings (NULL when v is 0, i.e. omitted), or TypeError "FNAME() argument
 * 'encoding' must be str, not int" (false). */
bool codec_arg(Task *t, Value v, const char *fname, const char *argname, const char **out);

/* UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end,
 * reason): their __init__ and __str__ (installed by exc.c). */
bool unicode_error_init(Task *t, Value self, const Value *args, size_t nargs, Value kw);
Value unicode_error_str(Task *t, Value self);

#endif
