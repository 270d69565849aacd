/* siphash.h - CPython's hash of bytes and str data. */
#ifndef ATOLL_SIPHASH_H
#define ATOLL_SIPHASH_H

#include <stddef.h>
#include <stdint.h>

/* CPython 3.11's _Py_HashBytes with hash randomization off (PYTHONHASHSEED=0):
 * SipHash-1-3 with a zero key; 0 for no bytes, never -1. So str, bytes and
 * the sets and dicts built from them hash and iterate as under
 * PYTHONHASHSEED=0, the setting the tests' expected output comes from. */
int64_t hash_data(const void *p, size_t n);

#endif
