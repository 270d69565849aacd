/* import.h - the import system: sys.modules, built-in modules, .py files
 * and packages on sys.path, relative imports. */
#ifndef ATOLL_IMPORT_H
#define ATOLL_IMPORT_H

#include "object.h"

/* IMPORT_NAME: __import__(name, globals, fromlist, level). */
Value import_name(Task *t, Value name, DictObj *globals, Value fromlist, Value level);
/* IMPORT_FROM: an attribute of a module, or its submodule. */
Value import_from(Task *t, Value module, Value name);
/* from m import * into a namespace. */
bool import_star(Task *t, Value module, Value locals);
/* Imports an absolute dotted name and returns the leaf module (for C code). */
Value import_module(Task *t, const char *name);
/* Runs a file's source as a new module named name; registers it in
 * sys.modules first (so circular imports see it). */
Value import_exec_file(Task *t, Value name, const char *path, bool package);
/* The code to run as __main__ for `-m name` and runpy.run_module, found as
 * an import finds it but not run: (filename, source, package name,
 * __cached__), the source None unless the module is embedded in the binary
 * (then read the file), __cached__ None when it is. Parent packages are imported; a package gives its __main__
 * submodule. A str (CPython's message) when there is nothing to run; 0 with
 * the exception a parent package raised. */
Value import_find_source(Task *t, Value name);
/* Where importing name would find it, its parents imported (importlib's
 * find_spec): (kind, origin, search locations) with kind "builtin",
 * "embedded", "source", "package", "namespace" or "extension"; None when
 * there is no such module; 0 with an exception. */
Value import_locate(Task *t, Value name);
/* importlib.reload: runs the module's code again in its namespace. */
Value import_reload(Task *t, Value module);

#endif
