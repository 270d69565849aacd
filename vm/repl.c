/* repl.c - the interactive prompt of the atoll command, as CPython's ">>> ":
 * it reads a line at a time, asks for more ("... ") while the entry is not
 * complete (parse_is_complete: an open bracket or block; a block ends with
 * an empty line), hands each complete entry to the caller to run, and goes
 * on after a traceback. Ctrl-C drops the entry being typed
 * ("KeyboardInterrupt"); end of input (Ctrl-D) runs an entry left unfinished,
 * then leaves at the next prompt, as CPython does.
 *
 * Line editing and history come from tools/lineedit.c when the command was
 * built with libedit: its functions are weak references here, so the library
 * itself needs no libedit. Without them, or when stdin or stdout is not a
 * terminal (`atoll -i < file`), lines come from stdio and the prompts go to
 * stderr, as CPython's do. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <gc/gc.h>
#include "api.h"
#include "parse.h"
#include "repl.h"

/* tools/lineedit.c, when linked in: a line without its newline (malloc'd),
 * NULL at end of input or on Ctrl-C; and adding a line to the history. */
char *repl_edit_line(const char *prompt) __attribute__((weak));
void repl_edit_history(const char *line) __attribute__((weak));

/* Set by SIGINT while a line is being read. A signal reaches the process,
 * not an interpreter, so this one flag is process-wide; it is only read by
 * the thread that reads the terminal. */
static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* sys.ps1 or sys.ps2 as text, dflt when unset or not a str (CPython calls
 * str() on it; a str is what scripts put there). */
static const char *prompt_text(atoll_interp *in, const char *name, const char *dflt)
{
    atoll_value *sys = NULL, *v = NULL;
    const char *s = dflt;
    if (!atoll_import(in, "sys", &sys) && !atoll_getattr(in, sys, name, &v) && atoll_to_str(v, &s, NULL))
        s = dflt;
    if (s != dflt) s = GC_STRDUP(s);
    atoll_release(v);
    atoll_release(sys);
    return s;
}

/* A line from stdio, the prompt on stderr, as read_line gives it. */
static char *read_plain_line(const char *prompt)
{
    fputs(prompt, stderr);
    fflush(stderr);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        clearerr(stdin);
        return NULL;
    }
    if (n > 0 && line[n - 1] == '\n') line[n - 1] = 0;
    return line;
}

/* One line without its newline (malloc'd), or NULL at end of input or when
 * Ctrl-C interrupted the reading (then *intr is set). A Ctrl-C that came
 * between two entries, after the last one's code stopped looking for it,
 * counts as one at this prompt: left with the interpreter, it would
 * interrupt whatever runs next, even the exit. */
static char *read_line(atoll_interp *in, const char *prompt, bool edit, bool *intr)
{
    struct sigaction sa = {0}, old;
    sa.sa_handler = on_sigint;             /* no SA_RESTART: the read must return */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old);
    interrupted = (__atomic_fetch_and(&API_IN(in)->interrupted, ~INTR_KEYBOARD, __ATOMIC_RELAXED) & INTR_KEYBOARD) != 0;
    char *line = interrupted ? NULL : edit ? repl_edit_line(prompt) : read_plain_line(prompt);
    sigaction(SIGINT, &old, NULL);
    *intr = interrupted && !line;
    return line;
}

/* Appends line and a newline to the entry being typed. */
static void entry_add(char **buf, size_t *len, size_t *cap, const char *line)
{
    size_t n = strlen(line);
    if (*len + n + 2 > *cap) {
        *cap = (*len + n + 2) * 2;
        *buf = GC_REALLOC(*buf, *cap);
    }
    memcpy(*buf + *len, line, n);
    *len += n;
    (*buf)[(*len)++] = '\n';
    (*buf)[*len] = 0;
}

int repl_run(atoll_interp *in, bool quiet, int (*settle)(atoll_interp *in, int status))
{
    /* as CPython's PyOS_Readline: line editing only between two terminals */
    bool edit = repl_edit_line && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    if (!quiet)
        fprintf(stderr, "atoll %s (Python 3.11 language) on linux\n"
                        "Type exit() or Ctrl-D to leave; Ctrl-C drops the line being typed.\n", ATOLL_VERSION);
    /* interactive CPython has them, and reads them at each prompt */
    static const char prompts[] = "__import__('sys').ps1 = '>>> '\n__import__('sys').ps2 = '... '\n";
    if (atoll_exec(in, prompts, ATOLL_NTS, "<repl>")) settle(in, ATOLL_EXCEPTION);
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        const char *prompt = len ? prompt_text(in, "ps2", "... ") : prompt_text(in, "ps1", ">>> ");
        bool intr;
        char *line = read_line(in, prompt, edit, &intr);
        if (intr) {
            fputs("\nKeyboardInterrupt\n", stderr);
            len = 0;
            continue;
        }
        bool eof = !line;
        if (eof) {
            fputs("\n", stderr);
            if (!len) return 0;
        } else {
            if (edit && *line) repl_edit_history(line);
            entry_add(&buf, &len, &cap, line);
            free(line);
            /* an empty line at the first prompt is an empty entry */
            if (len == 1) {
                len = 0;
                continue;
            }
            if (!parse_is_complete(buf, len)) continue;
        }
        int st = settle(in, atoll_exec_interactive(in, buf, len));
        len = 0;
        if (st >= 0) return st;
    }
}
