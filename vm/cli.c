/* cli.c - the atoll command line: options, running a script, a -c string or
 * stdin as __main__, and turning the outcome into CPython's exit status
 * (uncaught exception: traceback and 1; SystemExit: its code; bad command
 * line: 2). */
#include <gc/gc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "atoll.h"
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "module.h"
#include "compile.h"
#include "vm.h"
#include "int.h"
#include "scheduler.h"
#include "frame.h"

static const char usage[] =
    "usage: atoll [option] ... [-c cmd | file | -] [arg] ...\n";

static const char help[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-V     : print the atoll version number and exit (also --version)\n"
    "-X opt : set implementation-specific option (workers=N: worker threads)\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "         (also PYTHONUNBUFFERED=x, unless -E or -I)\n"
    "-B, -E, -s, -S, -I, -O : accepted for compatibility; no other effect\n"
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

/* CPython ends on an uncaught KeyboardInterrupt by SIGINT, so that a parent
 * (a shell running a loop) sees the interruption; 130 if that fails. */
static int exit_sigint(void)
{
    fflush(stdout);
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
    return 128 + SIGINT;
}

/* The exit status for an uncaught exception, printing what CPython prints. */
static int report(Task *t)
{
    Value exc = err_fetch(t);
    if (!exc) exc = exc_new_msg(t, &exc_SystemError, str_from_cstr("error return without exception set"));
    Value out = interp_sys_get(t, "stdout");
    if (out) {
        obj_call_method(t, out, NAME(flush), NULL, 0);
        err_clear(t);
    }
    fflush(stdout);
    if (type_is_subtype(TYPE_OF(exc), &exc_SystemExit)) {
        Value code = obj_getattr_opt(t, exc, NAME(code));
        err_clear(t);
        if (!code || code == V_NONE) return 0;
        int64_t n;
        if (HAS_FLAG(code, TF_INT) && int_as_i64(t, code, &n)) return (int)(n & 0xff);
        err_clear(t);
        Value s = obj_str(t, code);
        if (s) fprintf(stderr, "%s\n", STR_DATA(s));
        return 1;
    }
    Value text = exc_format(t, exc);
    if (text) fputs(STR_DATA(text), stderr);
    if (type_is_subtype(TYPE_OF(exc), &exc_KeyboardInterrupt)) return exit_sigint();
    return 1;
}

static Value main_module(Task *t, const char *file)
{
    Value m = module_new(t, NAME(__main__));
    if (!m) return 0;
    DictObj *d = module_dict(m);
    dict_set_str(d, NAME(__builtins__), t->interp->builtins_mod);
    /* the names CPython's __main__ starts with */
    dict_set_str(d, str_intern_cstr("__annotations__"), OBJ_VAL(dict_new()));
    if (file) {
        dict_set_str(d, NAME(__file__), str_from_cstr(file));
        dict_set_str(d, str_intern_cstr("__cached__"), V_NONE);
    }
    dict_set(t, t->interp->modules, NAME(__main__), m);
    return m;
}

/* The main task's first step: the module's code becomes its entry frame. */
static bool start_main(Task *t)
{
    Value code = TUPLE_ITEM(t->start_args, 0), m = TUPLE_ITEM(t->start_args, 1);
    t->entry = frame_for_code(t, AS_CODE(code), module_dict(m), 0);
    return t->entry != NULL;
}

static void deadlock(const char *report)
{
    fflush(stdout);
    fputs(report, stderr);
    fflush(stderr);
    _exit(1);
}

static int run_source(Task *t, const char *src, size_t len, const char *filename, const char *file)
{
    Value m = main_module(t, file);
    Value code = m ? compile_source(t, src, len, filename, PARSE_FILE) : 0;
    if (code && getenv("ATOLL_DIS")) code_dump(AS_CODE(code));
    if (!code) return report(t);
    t->start = start_main;
    t->start_args = tuple_pack(2, code, m);
    t->name = str_from_cstr("main");
    sched_set_deadlock_handler(deadlock);
    sched_run_main(t);
    if (t->failure) {
        t->exc = t->failure;
        return report(t);
    }
    Value out = interp_sys_get(t, "stdout");
    if (out && !obj_call_method(t, out, NAME(flush), NULL, 0)) return report(t);
    return 0;
}

static void set_argv_path(Interp *in, char **args, int n, const char *dir)
{
    ListObj *argv = AS_LIST(in->argv);
    argv->len = 0;
    Task *t = task_new(in);
    for (int i = 0; i < n; i++) list_append(t, in->argv, str_from_cstr(args[i]));
    Value path = interp_sys_get(t, "path");
    list_append(t, path, str_from_cstr(dir));
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

int atoll_main(int argc, char **argv)
{
    int i = 1;
    const char *command = NULL;
    char flags[16] = "";           /* the one-letter options seen */
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) { i++; break; }
        if (!strcmp(a, "-h") || !strcmp(a, "--help") || !strcmp(a, "-?")) {
            fputs(usage, stdout);
            fputs(help, stdout);
            return 0;
        }
        if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
            printf("atoll %s (Python 3.11 language)\n", ATOLL_VERSION);
            return 0;
        }
        if (!strcmp(a, "-c")) {
            if (i + 1 >= argc) return bad_option("Argument expected for the %s option\n", "-c");
            command = argv[++i];
            i++;
            break;
        }
        if (!strcmp(a, "-X")) {
            if (i + 1 >= argc) return bad_option("Argument expected for the %s option\n", "-X");
            i++;
            continue;
        }
        if (strlen(a) == 2 && strchr("uBEsSIOq", a[1])) {
            if (!strchr(flags, a[1]) && strlen(flags) < sizeof flags - 1) strncat(flags, a + 1, 1);
            continue;
        }
        return bad_option("Unknown option: %s\n", a);
    }
    set_buffering(flags);
    runtime_init();
    Interp *in = interp_new();
    if (!in) {
        fputs("atoll: cannot create the interpreter (out of memory)\n", stderr);
        return 1;
    }
    Task *t = task_new(in);
    in->name = str_from_cstr("main");
    if (command) {
        char *args0[] = {"-c"};
        set_argv_path(in, args0, 1, "");
        for (int k = i; k < argc; k++) list_append(t, in->argv, str_from_cstr(argv[k]));
        return run_source(t, command, strlen(command), "<string>", NULL);
    }
    if (i < argc && strcmp(argv[i], "-") != 0) {
        const char *script = argv[i];
        FILE *fp = fopen(script, "rb");
        if (!fp) {
            char *real = realpath(script, NULL);
            fprintf(stderr, "atoll: can't open file '%s': [Errno 2] No such file or directory\n", real ? real : script);
            free(real);
            return 2;
        }
        size_t len;
        char *src = read_stream(fp, &len);
        fclose(fp);
        set_argv_path(in, argv + i, argc - i, script_dir(script));
        const char *abs = script_abspath(script);
        return run_source(t, src, len, abs, abs);
    }
    char *none[] = {""};
    if (i < argc) set_argv_path(in, argv + i, argc - i, "");
    else set_argv_path(in, none, 1, "");
    if (i < argc) AS_LIST(in->argv)->items[0] = str_from_cstr(i < argc ? "-" : "");
    size_t len;
    char *src = read_stream(stdin, &len);
    return run_source(t, src, len, "<stdin>", "<stdin>");
}
