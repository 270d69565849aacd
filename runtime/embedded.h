/* embedded.h - the Python modules of stdlib/, compiled into the binary as
 * source text at build time (tools/embed.cmake generates the table). */
#ifndef ATOLL_EMBEDDED_H
#define ATOLL_EMBEDDED_H

#include <stdbool.h>
#include <stddef.h>

typedef struct EmbeddedModule {
    const char *name;          /* dotted module name */
    const char *filename;      /* shown in tracebacks, e.g. "<atoll>/collections.py" */
    const char *source;
    size_t size;
    bool package;
} EmbeddedModule;

/* NULL when no embedded module has that name. */
const EmbeddedModule *embedded_find(const char *name);

#endif
