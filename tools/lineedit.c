/* lineedit.c - line editing and history for the atoll command's prompt,
 * from libedit (Debian libedit-dev). Only the command links it, and only
 * when CMake found libedit: vm/repl.c refers to these functions weakly and
 * reads lines with stdio without them. */
#include <stdlib.h>
#include <editline/readline.h>

/* The line typed, without its newline (malloc'd), or NULL at end of input or
 * when Ctrl-C interrupted it (libedit returns then; the caller's SIGINT
 * handler tells the two apart). */
char *repl_edit_line(const char *prompt)
{
    return readline(prompt);
}

void repl_edit_history(const char *line)
{
    add_history(line);
}
