/* repl.h - the interactive prompt of the atoll command (repl.c). */
#ifndef ATOLL_REPL_H
#define ATOLL_REPL_H

#include <stdbool.h>
#include "atoll.h"

/* Reads entries from stdin and runs each in in's __main__ until end of
 * input. settle(in, status) is called after each entry with the status of
 * atoll_exec_interactive: it reports a failure and answers -1 to go on, or
 * the exit status that ends the session (SystemExit). quiet: no banner. */
int repl_run(atoll_interp *in, bool quiet, int (*settle)(atoll_interp *in, int status));

#endif
