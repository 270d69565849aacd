/* atexitmodule.h - what the rest of atoll calls of the atexit module. */
#ifndef ATOLL_ATEXITMODULE_H
#define ATOLL_ATEXITMODULE_H

#include "interp.h"

/* Calls the atexit callbacks of t's interpreter, last registered first, then
 * forgets them all. A callback that raises is reported on sys.stderr
 * ("Exception ignored in atexit callback: ...") and the others still run:
 * nothing is raised. */
void atexit_run_callbacks(Task *t);

#endif
