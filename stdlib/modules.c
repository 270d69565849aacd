/* modules.c - the table of modules written in C. */
#include <stddef.h>
#include "object.h"
#include "module.h"

extern const NativeModule builtins_module, sys_module, math_module,
    time_native_module, random_native_module, hashlib_native_module,
    collections_native_module, subinterpreters_module, posix_module,
    abc_native_module, bisect_native_module, heapq_native_module,
    itertools_module, json_native_module, interpqueues_module;

extern const NativeModule warnings_native_module, gc_module;

extern const NativeModule functools_native_module;

extern const NativeModule operator_native_module;

extern const NativeModule sre_module;

extern const NativeModule types_native_module;

extern const NativeModule binascii_native_module;

extern const NativeModule struct_native_module;

extern const NativeModule traceback_native_module;

extern const NativeModule atexit_module;

extern const NativeModule weakref_native_module;

extern const NativeModule array_module;

extern const NativeModule runpy_native_module;

extern const NativeModule unicodedata_module;

extern const NativeModule contextvars_native_module;

extern const NativeModule imp_native_module;

extern const NativeModule signal_native_module;

extern const NativeModule subprocess_native_module;

extern const NativeModule codecs_native_module;

#ifdef ATOLL_HAVE_ZLIB
extern const NativeModule zlib_module;   /* only when CMake found libz */
#endif

const NativeModule *const native_modules[] = {
    &builtins_module, &sys_module,
    &math_module, &time_native_module, &random_native_module, &hashlib_native_module,
    &collections_native_module, &subinterpreters_module, &posix_module,
    &abc_native_module, &bisect_native_module, &heapq_native_module,
    &itertools_module, &json_native_module, &interpqueues_module,
    &warnings_native_module, &gc_module,
    &functools_native_module,
    &operator_native_module,
    &sre_module,
    &types_native_module,
    &binascii_native_module,
    &struct_native_module,
    &traceback_native_module,
    &atexit_module,
    &weakref_native_module,
    &array_module,
    &runpy_native_module,
    &unicodedata_module,
    &contextvars_native_module,
    &imp_native_module,
    &signal_native_module,
    &subprocess_native_module,
    &codecs_native_module,
#ifdef ATOLL_HAVE_ZLIB
    &zlib_module,
#endif
    NULL,
};
