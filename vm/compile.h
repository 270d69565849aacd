/* compile.h - from source text to code objects. */
#ifndef ATOLL_COMPILE_H
#define ATOLL_COMPILE_H

#include "code.h"
#include "ast.h"

/* Compiles a parsed tree. On error raises SyntaxError and returns 0. */
Value compile_ast(Task *t, Node *root, Value filename);
/* Parses and compiles; a parse error becomes a SyntaxError instance. */
Value compile_source(Task *t, const char *src, size_t len, const char *filename, ParseMode mode);
/* The same at an -O level (0..2) other than the interpreter's (compile()). */
Value compile_source_opt(Task *t, const char *src, size_t len, const char *filename, ParseMode mode,
                         int optimize);

#endif
