/* atoll.h - the public interface of libatoll.
 *
 * This header grows into the embedding API (runtimes, interpreters, values,
 * channels). For now it holds the command-line program, so that the `atoll`
 * command is a thin client of the library. */
#ifndef ATOLL_H
#define ATOLL_H

#ifdef __cplusplus
extern "C" {
#endif

/* Runs the atoll command line (`atoll [option] ... [-c cmd | file | -] [arg] ...`)
 * and returns the process exit status: 0, 1 after an uncaught exception, the
 * SystemExit code, or 2 for a bad command line. */
int atoll_main(int argc, char **argv);

#ifdef __cplusplus
}
#endif

#endif
