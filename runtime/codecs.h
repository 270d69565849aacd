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

/* codec_decode for a piece of a stream: when final is false, an incomplete
 * sequence at the end (a UTF-8 prefix, a truncated UTF-16/32 unit, a high
 * surrogate without its pair, a part of the utf-8-sig BOM) is left for the
 * next piece. *consumed: the bytes used; *byteorder: -1 or 1 when a
 * 'utf-16'/'utf-32' BOM was read, else 0 (either may be NULL). */
Value codec_decode_stream(Task *t, const char *p, size_t n, Value obj, const char *encoding, const char *errors,
                         bool final, size_t *consumed, int *byteorder);

/* The name codecs.lookup(encoding).name has ("iso8859-1" for "Latin1"), or
 * NULL for an encoding atoll does not know. */
const char *codec_canonical(const char *encoding);

/* The encoding and errors arguments of encode/decode/str()/bytes(): C
 * strings (NULL when v is 0, i.e. omitted), or TypeError "FNAME() argument
 * 'encoding' must be str, not int" (false). */
bool codec_arg(Task *t, Value v, const char *fname, const char *argname, const char **out);

/* UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end,
 * reason): their __init__ and __str__ (installed by exc.c). */
bool unicode_error_init(Task *t, Value self, const Value *args, size_t nargs, Value kw);
Value unicode_error_str(Task *t, Value self);

#endif
