/* strformat.h - str.format and str.format_map (strformat.c). */
#ifndef ATOLL_STRFORMAT_H
#define ATOLL_STRFORMAT_H

#include "object.h"

/* The methods, as NativeFn (args[0] is the format string). */
Value strformat_format(Task *t, const Value *args, size_t nargs, Value kwnames);
Value strformat_format_map(Task *t, const Value *args, size_t nargs, Value kwnames);

#endif
