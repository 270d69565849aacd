/* cli.c - the atoll command line: options, running a script, a -c string or
 * stdin as __main__, and turning the outcome into CPython's exit status
 * (uncaught exception: traceback and 1; SystemExit: its code; bad command
 * line: 2). It is a client of the embedding API (include/atoll.h): the
 * script is the main task of the main interpreter, which this thread joins.
 * -m finds its module through _runpy (stdlib/runpymodule.c), as CPython's
 * through runpy, but runs it as a script is run: its traceback has no
 * frames of runpy's. */
#include <gc/gc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "atoll.h"
#include "interp.h"
#include "api.h"
#include "compile.h"
#include "repl.h"

static const char usage[] =
    "usage: atoll [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-V     : print the atoll version number and exit (also --version)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-X opt : set implementation-specific option (workers=N: worker threads)\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "         (also PYTHONUNBUFFERED=x, unless -E or -I)\n"
    "-O     : remove assert and __debug__-dependent statements; -OO also\n"
    "         removes docstrings\n"
    "-B, -E, -s, -S, -I : set sys.flags as CPython does; atoll writes no\n"
    "         bytecode and has no site module, so no other effect\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

static char *read_stream(FILE *fp, size_t *len)
{
    size_t cap = 8192, n = 0, got;
    char *buf = GC_MALLOC_ATOMIC(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) buf = GC_REALLOC(buf, cap *= 2);
    }
    *len = n;
    return buf;
}

/* A whole file; NULL when it cannot be opened. */
static char *read_script(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    char *src = read_stream(fp, len);
    fclose(fp);
    return src;
}

/* CPython ends on an uncaught KeyboardInterrupt by SIGINT, so that a parent
 * (a shell running a loop) sees the interruption; 130 if that fails. It
 * does so last, after the atexit callbacks: report() gives this status,
 * which no exit status can be, and atoll_main kills the process at the end. */
enum { STATUS_SIGINT = -2 };

static int exit_sigint(void)
{
    fflush(stdout);
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
    return 128 + SIGINT;
}

/* sys.stdout.flush() in the interpreter. */
static int flush_stdout(atoll_interp *in)
{
    atoll_value *sys = NULL, *out = NULL, *flush = NULL;
    int st = atoll_import(in, "sys", &sys);
    if (!st) st = atoll_getattr(in, sys, "stdout", &out);
    if (!st) st = atoll_getattr(in, out, "flush", &flush);
    if (!st) st = atoll_call(in, flush, 0, NULL, NULL);
    atoll_release(flush);
    atoll_release(out);
    atoll_release(sys);
    return st;
}

/* Shows the interpreter's uncaught exception as CPython does: through
 * sys.excepthook when the program replaced it (and, should that fail,
 * both tracebacks), else by printing tb. */
static void show_exception(atoll_interp *in, atoll_value *exc, const char *tb)
{
    atoll_value *sys = NULL, *hook = NULL, *dflt = NULL, *args[3] = {NULL, exc, NULL};
    bool custom = exc && !atoll_import(in, "sys", &sys) && !atoll_getattr(in, sys, "excepthook", &hook) &&
                  !atoll_getattr(in, sys, "__excepthook__", &dflt) && hook->v != dflt->v &&
                  !atoll_getattr(in, exc, "__class__", &args[0]) && !atoll_getattr(in, exc, "__traceback__", &args[2]);
    if (!custom) {
        if (tb) fputs(tb, stderr);
    } else {
        if (atoll_call(in, hook, 3, args, NULL) == ATOLL_EXCEPTION) {
            const char *failed = atoll_error_traceback(in);
            fflush(stdout);
            fprintf(stderr, "Error in sys.excepthook:\n%s\nOriginal exception was:\n%s", failed ? failed : "",
                    tb ? tb : "");
        }
        flush_stdout(in);
    }
    atoll_release(args[0]);
    atoll_release(args[2]);
    atoll_release(dflt);
    atoll_release(hook);
    atoll_release(sys);
}

/* The exit status for the interpreter's uncaught exception, printing what
 * CPython prints. */
static int report(atoll_interp *in)
{
    atoll_value *exc = NULL, *code = NULL, *text = NULL;
    atoll_error_value(in, &exc);
    const char *tb = atoll_error_traceback(in);
    bool exit = atoll_error_matches(in, "SystemExit"), sigint = atoll_error_matches(in, "KeyboardInterrupt");
    flush_stdout(in);               /* errors here are CPython's to ignore too */
    fflush(stdout);
    int status = 1;
    if (exit) {
        int64_t n;
        const char *s;
        if (!exc || atoll_getattr(in, exc, "code", &code) || atoll_typeof(code) == ATOLL_TNONE) status = 0;
        else if (atoll_to_int(code, &n) == ATOLL_OK) status = (int)(n & 0xff);
        else if (atoll_str_of(in, code, &text) == ATOLL_OK && atoll_to_str(text, &s, NULL) == ATOLL_OK)
            fprintf(stderr, "%s\n", s);
    } else {
        show_exception(in, exc, tb);
        if (sigint) status = STATUS_SIGINT;
    }
    atoll_release(text);
    atoll_release(code);
    atoll_release(exc);
    return status;
}

/* Ctrl-C while code runs raises KeyboardInterrupt in it, as in CPython. A
 * second Ctrl-C before the code noticed the first (it looks in loops; a
 * parked task does not) ends the process as SIGINT does by default. A
 * signal reaches the process, so the interpreter it is for is kept where
 * the handler can find it: one per command. */
static atoll_interp *volatile interrupt_target;

static void on_sigint(int sig)
{
    if (atoll_interrupt(interrupt_target)) {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
}

static void catch_sigint(atoll_interp *in)
{
    struct sigaction sa = {0};
    interrupt_target = in;
    sa.sa_handler = on_sigint;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

static void deadlock(void *ud, const char *report)
{
    fflush(stdout);
    fputs(report, stderr);
    fflush(stderr);
    _exit(1);
}

/* ATOLL_DIS=1: the bytecode of the main script on stderr, for debugging. */
static void dump_code(atoll_interp *in, const char *src, size_t len, const char *filename)
{
    Task *t = task_new((Interp *)in);
    Value code = t ? compile_source(t, src, len, filename, PARSE_FILE) : 0;
    if (code) code_dump(AS_CODE(code));
}

static int set_global_str(atoll_runtime *rt, atoll_interp *in, const char *name, const char *text)
{
    atoll_value *v = text ? atoll_new_str(rt, text, ATOLL_NTS) : atoll_new_none(rt);
    int st = v ? atoll_set_global(in, name, v) : ATOLL_EINVAL;
    atoll_release(v);
    return st;
}

/* The traceback, and the process goes on: at the prompt, and with -i after
 * the script (which prints a SystemExit's too, as CPython does). */
static int show_failure(atoll_interp *in)
{
    atoll_value *exc = NULL;
    atoll_error_value(in, &exc);
    const char *tb = atoll_error_traceback(in);
    flush_stdout(in);
    fflush(stdout);
    show_exception(in, exc, tb);
    atoll_release(exc);
    return 0;
}

/* After each entry at the prompt: the output flushed, as CPython's
 * interactive loop does; a traceback, or the end for SystemExit. */
static int settle_entry(atoll_interp *in, int st)
{
    if (st == ATOLL_EXCEPTION && atoll_error_matches(in, "SystemExit")) return report(in);
    if (st == ATOLL_EXCEPTION) {
        show_failure(in);
    } else if (flush_stdout(in) == ATOLL_EXCEPTION) {
        return settle_entry(in, ATOLL_EXCEPTION);
    }
    return -1;
}

/* Runs the source as the main task of the main interpreter, waits for it
 * and every task it started, and gives the exit status. file and cached:
 * __main__'s __file__ and __cached__ (NULL: None), both unset without a
 * file (-c). */
static int run_source(atoll_runtime *rt, atoll_interp *in, const char *src, size_t len, const char *filename,
                      const char *file, const char *cached, int (*fail)(atoll_interp *in))
{
    if (file && (set_global_str(rt, in, "__file__", file) || set_global_str(rt, in, "__cached__", cached)))
        return fail(in);
    if (getenv("ATOLL_DIS")) dump_code(in, src, len, filename);
    atoll_task *main;
    int st = atoll_spawn(in, src, len, filename, "main", &main);
    if (st == ATOLL_EXCEPTION) return fail(in);
    if (st) {
        fprintf(stderr, "atoll: cannot start the main task: %s\n", atoll_status_string(st));
        return 1;
    }
    st = atoll_task_join(main, -1, NULL);
    atoll_task_release(main);
    atoll_wait_idle(rt, -1);        /* as CPython waits for its threads */
    if (st == ATOLL_EXCEPTION || flush_stdout(in) == ATOLL_EXCEPTION) return fail(in);
    return 0;
}

/* Appends text to the list sys.<name>. */
static int sys_list_append(atoll_runtime *rt, atoll_interp *in, const char *name, const char *text)
{
    atoll_value *sys = NULL, *list = NULL, *v = atoll_new_str(rt, text, ATOLL_NTS);
    int st = v ? atoll_import(in, "sys", &sys) : ATOLL_EINVAL;
    if (!st) st = atoll_getattr(in, sys, name, &list);
    if (!st) st = atoll_list_append(list, v);
    atoll_release(v);
    atoll_release(list);
    atoll_release(sys);
    return st;
}

/* An entry of PYTHONPATH as CPython puts it on sys.path: absolute (an
 * empty one is the working directory) and normalised as os.path.normpath
 * does ("a/./b//c/../" is "a/b"). */
static char *path_entry(const char *entry, size_t len)
{
    char cwd[4096];
    if (entry[0] != '/' && !getcwd(cwd, sizeof cwd)) return NULL;
    size_t cap = (entry[0] == '/' ? 0 : strlen(cwd)) + len + 3;
    char *in = GC_MALLOC_ATOMIC(cap), *out = GC_MALLOC_ATOMIC(cap);
    snprintf(in, cap, "%s/%.*s", entry[0] == '/' ? "" : cwd, (int)len, entry);
    size_t n = 0;
    for (char *seg = strtok(in, "/"); seg; seg = strtok(NULL, "/")) {
        if (!strcmp(seg, ".")) continue;
        if (!strcmp(seg, "..")) {             /* back to the previous '/' */
            while (n > 0 && out[n - 1] != '/') n--;
            if (n > 0) n--;
            continue;
        }
        n += (size_t)snprintf(out + n, cap - n, "/%s", seg);
    }
    if (!n) out[n++] = '/';
    out[n] = 0;
    return out;
}

/* sys.argv, and sys.path as CPython starts it: the directory of the script
 * (none with -I), then PYTHONPATH's entries (unless -E or -I), each once. */
static int set_argv_path(atoll_runtime *rt, atoll_interp *in, char **args, int n, const char *dir)
{
    const char *flags = rt->host.flags ? rt->host.flags : "";
    bool isolated = strchr(flags, 'I') != NULL;
    int st = atoll_set_argv(in, n, (const char *const *)args);
    if (!st && !isolated) st = sys_list_append(rt, in, "path", dir);
    const char *env = isolated || strchr(flags, 'E') ? NULL : getenv("PYTHONPATH");
    char **seen = env ? GC_MALLOC((strlen(env) + 1) * sizeof *seen) : NULL;
    size_t nseen = 0;
    while (env && *env && !st) {
        const char *colon = strchr(env, ':');
        size_t len = colon ? (size_t)(colon - env) : strlen(env);
        char *entry = path_entry(env, len);
        size_t i = 0;
        while (entry && i < nseen && strcmp(seen[i], entry)) i++;
        if (!entry) st = ATOLL_EINVAL;
        else if (i == nseen) st = sys_list_append(rt, in, "path", seen[nseen++] = entry);
        env = colon ? colon + 1 : NULL;
    }
    return st;
}

/* sys.orig_argv: the command line as the process got it (an embedding
 * host's interpreters keep it empty, as CPython's do unless configured). */
static int set_orig_argv(atoll_runtime *rt, atoll_interp *in, int argc, char **argv)
{
    int st = 0;
    for (int i = 0; i < argc && !st; i++) st = sys_list_append(rt, in, "orig_argv", argv[i]);
    return st;
}

/* The directory of a script, absolute as CPython's sys.path[0]. */
static char *script_dir(const char *script)
{
    char *real = realpath(script, NULL);
    const char *p = real ? real : script;
    const char *slash = strrchr(p, '/');
    char *dir = GC_MALLOC_ATOMIC(strlen(p) + 2);
    if (slash) {
        memcpy(dir, p, slash - p);
        dir[slash - p] = 0;
        if (!dir[0]) strcpy(dir, "/");
    } else {
        strcpy(dir, ".");
    }
    free(real);
    return dir;
}

/* The script's name as CPython 3.11 gives it to __file__ and tracebacks:
 * joined to the working directory, neither normalised nor resolved. */
static const char *script_abspath(const char *script)
{
    char cwd[4096];
    if (script[0] == '/' || !getcwd(cwd, sizeof cwd)) return script;
    size_t n = strlen(cwd), m = strlen(script);
    char *abs = GC_MALLOC_ATOMIC(n + m + 2);
    if (!abs) return script;
    memcpy(abs, cwd, n);
    abs[n] = '/';
    memcpy(abs + n + 1, script, m + 1);
    return abs;
}

/* _runpy.find_source(name): (filename, source or None, package name,
 * __cached__ or None), or the message why there is nothing to run. */
static int find_module_source(atoll_runtime *rt, atoll_interp *in, const char *name, atoll_value **found)
{
    atoll_value *mod = NULL, *find = NULL, *arg = atoll_new_str(rt, name, ATOLL_NTS);
    int st = arg ? atoll_import(in, "_runpy", &mod) : ATOLL_EINVAL;
    if (!st) st = atoll_getattr(in, mod, "find_source", &find);
    if (!st) st = atoll_call(in, find, 1, &arg, found);
    atoll_release(arg);
    atoll_release(find);
    atoll_release(mod);
    return st;
}

/* Item i of a tuple as C text; NULL for None. The tuple holds the text. */
static const char *tuple_text(atoll_value *tuple, size_t i)
{
    atoll_value *item = NULL;
    const char *s = NULL;
    if (atoll_get_item(tuple, i, &item) == ATOLL_OK) atoll_to_str(item, &s, NULL);
    atoll_release(item);
    return s;
}

/* -m: the module found as import finds it runs as __main__, with its file
 * as sys.argv[0] (an embedded module's "<atoll>/..." name) and the working
 * directory first on sys.path; while it is looked for (which imports its
 * parent packages) sys.argv[0] is "-m", as in CPython. */
static int run_module(atoll_runtime *rt, atoll_interp *in, const char *prog, const char *name, char **rest, int n,
                      int (*fail)(atoll_interp *in))
{
    char cwd[4096];
    char **args = GC_MALLOC((n + 1) * sizeof *args);
    args[0] = "-m";
    memcpy(args + 1, rest, n * sizeof *args);
    atoll_value *found = NULL;
    if (set_argv_path(rt, in, args, n + 1, getcwd(cwd, sizeof cwd) ? cwd : "") ||
        find_module_source(rt, in, name, &found))
        return fail(in);
    const char *msg = NULL, *file = tuple_text(found, 0), *src = tuple_text(found, 1);
    size_t len = src ? strlen(src) : 0;
    if (atoll_to_str(found, &msg, NULL) == ATOLL_OK || !file) {
        fprintf(stderr, "%s: %s\n", prog, msg ? msg : "cannot run the module");
        atoll_release(found);
        return 1;
    }
    if (!src && !(src = read_script(file, &len))) {
        fprintf(stderr, "%s: can't open file '%s'\n", prog, file);
        atoll_release(found);
        return 1;
    }
    args[0] = (char *)file;
    int st = atoll_set_argv(in, n + 1, (const char *const *)args);
    if (!st) st = set_global_str(rt, in, "__package__", tuple_text(found, 2));
    int status = st ? fail(in) : run_source(rt, in, src, len, file, file, tuple_text(found, 3), fail);
    atoll_release(found);          /* which holds the text of file and src */
    return status;
}

/* -u or PYTHONUNBUFFERED (which -E and -I ignore): output is written at
 * once, so that stdout and stderr interleave as the program wrote them. */
static void set_buffering(const char *flags)
{
    const char *env = strpbrk(flags, "EI") ? NULL : getenv("PYTHONUNBUFFERED");
    if (strchr(flags, 'u') || (env && *env)) setvbuf(stdout, NULL, _IONBF, 0);
}

static int bad_option(const char *msg, const char *arg)
{
    fprintf(stderr, msg, arg);
    fputs(usage, stderr);
    fputs("Try `atoll -h' for more information.\n", stderr);
    return 2;
}

static int help_and_exit(void)
{
    fputs(usage, stdout);
    fputs(help, stdout);
    return 0;
}

static int version_and_exit(void)
{
    printf("atoll %s (Python 3.11 language)\n", ATOLL_VERSION);
    return 0;
}

int atoll_main(int argc, char **argv)
{
    int i = 1;
    const char *command = NULL, *module = NULL;
    char flags[16] = "";           /* the one-letter options seen */
    int workers = 0;               /* -X workers=N */
    int optimize = 0;              /* -O, -OO */
    for (; i < argc && argv[i][0] == '-' && argv[i][1] && !command && !module; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) { i++; break; }
        if (!strcmp(a, "--help")) return help_and_exit();
        if (!strcmp(a, "--version")) return version_and_exit();
        if (a[1] == '-') return bad_option("unknown option %s\n", a);
        /* one-letter options combine as in CPython (-uB, -OO, -Bc CODE);
         * -c, -m and -X take the rest of the word or the next one */
        for (const char *p = a + 1; *p; p++) {
            if (*p == 'h' || *p == '?') return help_and_exit();
            if (*p == 'V') return version_and_exit();
            if (*p == 'c' || *p == 'm' || *p == 'X') {
                char opt[3] = {'-', *p, 0};
                if (!p[1] && i + 1 >= argc) return bad_option("Argument expected for the %s option\n", opt);
                const char *val = p[1] ? p + 1 : argv[++i];
                if (*p == 'c') command = val;
                else if (*p == 'm') module = val;
                else if (!strncmp(val, "workers=", 8)) workers = atoi(val + 8);
                break;
            }
            if (!strchr("uBEsSIOqi", *p)) {
                char opt[3] = {'-', *p, 0};
                return bad_option("Unknown option: %s\n", opt);
            }
            if (*p == 'O') optimize++;
            if (!strchr(flags, *p) && strlen(flags) < sizeof flags - 1) strncat(flags, p, 1);
        }
    }
    set_buffering(flags);
    /* as CPython at startup: a write to a pipe nobody reads raises
     * BrokenPipeError instead of killing the process (subprocess's children
     * get SIGPIPE back as default) */
    signal(SIGPIPE, SIG_IGN);
    atoll_config cfg = {.workers = workers, .on_deadlock = deadlock, .optimize = optimize};
    atoll_runtime *rt;
    int st = atoll_open(&cfg, &rt);
    if (st) {
        fprintf(stderr, "atoll: cannot start the runtime: %s\n", atoll_status_string(st));
        return 1;
    }
    rt->host.flags = flags;        /* sys.flags; lives as long as the runtime */
    atoll_interp *in = atoll_interp_new(rt, "main");
    if (!in) {
        fputs("atoll: cannot create the interpreter (out of memory)\n", stderr);
        return 1;
    }
    catch_sigint(in);
    int status;
    bool inspect = strchr(flags, 'i') != NULL;
    if (set_orig_argv(rt, in, argc, argv)) {
        status = report(in);
    } else if (command) {
        char **args = GC_MALLOC((argc - i + 1) * sizeof *args);
        args[0] = "-c";
        memcpy(args + 1, argv + i, (argc - i) * sizeof *args);
        status = set_argv_path(rt, in, args, argc - i + 1, "") ? report(in)
                 : run_source(rt, in, command, strlen(command), "<string>", NULL, NULL, inspect ? show_failure : report);
    } else if (module) {
        status = run_module(rt, in, argv[0], module, argv + i, argc - i, inspect ? show_failure : report);
    } else if (i < argc && strcmp(argv[i], "-") != 0) {
        const char *script = argv[i];
        size_t len;
        char *src = read_script(script, &len);
        if (!src) {
            char *real = realpath(script, NULL);
            fprintf(stderr, "atoll: can't open file '%s': [Errno 2] No such file or directory\n", real ? real : script);
            free(real);
            atoll_close(rt);
            return 2;
        }
        const char *abs = script_abspath(script);
        status = set_argv_path(rt, in, argv + i, argc - i, script_dir(script)) ? report(in)
                 : run_source(rt, in, src, len, abs, abs, NULL, inspect ? show_failure : report);
    } else {
        /* stdin: sys.argv[0] is "-" when named, else ""; a terminal (or -i)
         * gets the prompt */
        char *none[] = {""};
        char **args = i < argc ? argv + i : none;
        int n = i < argc ? argc - i : 1;
        if (set_argv_path(rt, in, args, n, "")) {
            status = report(in);
        } else if (inspect || isatty(STDIN_FILENO)) {
            status = repl_run(in, strchr(flags, 'q') != NULL, settle_entry);
            inspect = false;
        } else {
            size_t len;
            char *src = read_stream(stdin, &len);
            status = run_source(rt, in, src, len, "<stdin>", "<stdin>", NULL, report);
        }
    }
    /* -i after a script or -c: the prompt, in the same __main__, however the
     * script ended (CPython's inspect mode) */
    if (inspect) status = repl_run(in, true, settle_entry);
    atoll_close(rt);                /* runs the atexit callbacks */
    return status == STATUS_SIGINT ? exit_sigint() : status;
}
