/* parse.h - what the driver and the compiler need from the parser besides
 * ast.h (parse_source, parse_is_complete, ast_new live there). */
#ifndef ATOLL_PARSE_H
#define ATOLL_PARSE_H

#include "ast.h"

/* ParseError positions (ast.h): col and end_col are 0-based byte offsets
 * into `text`; -1/-2 and lineno 0 are CPython's special values. CPython 3.11
 * reports grammar errors in files with byte offsets and tokenizer errors
 * with character offsets; offsets_in_bytes says which, and
 * parse_error_offsets() applies it. */

/* The whole message CPython 3.11 prints for an uncaught SyntaxError, e.g.
 *   File "x.py", line 1
 *     x = = 2
 *         ^
 * SyntaxError: invalid syntax
 * (each line ending in "\n"), as a GC string. */
char *parse_error_format(const char *filename, const ParseError *e);

/* CPython's SyntaxError.offset and .end_offset for e: 1-based character
 * offsets into e->text (0 or -1 for the special values above). */
void parse_error_offsets(const ParseError *e, int *offset, int *end_offset);

/* An S-expression rendering of a tree, for tests and debugging:
 * (Module (Assign [(Name x Store)] (BinOp (Constant 1) Add (Constant 2)))) */
char *ast_dump(const Node *n);

/* The same with every node's span after its name: (Name@1:0-1:1 x Store). */
char *ast_dump_positions(const Node *n);

#endif
