/* uninames.h - the Unicode character names (Unicode 14.0.0, as CPython 3.11
 * knows them): the name of a code point, and the character or named
 * sequence a name stands for. Used by \N{...} escapes and by the
 * unicodedata module. The tables (uninames_db.h) are static const. */
#ifndef ATOLL_UNINAMES_H
#define ATOLL_UNINAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UNINAME_BUFSIZE 128     /* the longest name and its NUL */
#define UNINAME_SEQ_MAX 4       /* the longest named sequence */
#define UNINAME_MAXLEN 256      /* longer queries are rejected, as CPython does */

/* Writes the name of cp to buf and returns true, or false if it has none. */
bool uniname_name(uint32_t cp, char buf[UNINAME_BUFSIZE]);

/* What the name s[0..n) stands for, as CPython's lookup() reads it: a
 * character name, an alias, or (only when sequences is true) a named
 * sequence. Writes the code points to out and returns their count; 0 when
 * the name is unknown. */
int uniname_lookup(const char *s, size_t n, bool sequences, uint32_t out[UNINAME_SEQ_MAX]);

#endif
