/* file.h - file objects over C stdio: open(), sys.stdin/stdout/stderr. */
#ifndef ATOLL_FILE_H
#define ATOLL_FILE_H

#include <stdio.h>
#include "object.h"

typedef struct FileObj {
    Obj hdr;
    FILE *fp;
    Value name, mode;
    bool binary, readable, writable, closed;
    bool owned;                /* close fp when the file object closes */
    /* text mode: the codec (NULL: strict UTF-8, read and written as is) and
     * the newline argument: NULL translates \r\n and \r to \n on reading
     * (universal newlines); "" translates nothing; "\n", "\r" or "\r\n" is
     * what a written \n becomes and what ends a line read */
    const char *encoding, *errors, *newline;
    Value encoding_name;       /* f.encoding */
} FileObj;

extern Type file_type;
#define IS_FILE(v) IS_TYPE(v, &file_type)

/* Wraps a stdio stream (the standard streams are not owned). */
Value file_from_stream(Task *t, FILE *fp, const char *name, const char *mode, bool owned);
/* open(file, mode='r', encoding=None, errors=None, newline=None): the
 * optional arguments are 0 when omitted or None. */
Value file_open(Task *t, Value path, Value mode, Value encoding, Value errors, Value newline);
/* open(fd, ...): a file object over an open descriptor, which close()
 * closes when closefd. */
Value file_open_fd(Task *t, int fd, Value mode, Value encoding, Value errors, Value newline, bool closefd);
/* Writes a str's text to a text file (for print's fast path). */
bool file_write_text(Task *t, FileObj *f, const char *s, size_t n);

#endif
