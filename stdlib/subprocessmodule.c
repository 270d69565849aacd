/* subprocessmodule.c - _subprocess: what subprocess.py needs from the OS
 * beyond posix: starting a program with posix_spawn, and waiting on pipes
 * with poll().
 *
 * Workers are threads, so fork() would copy a process whose other threads
 * hold locks (the GC's, malloc's): posix_spawn (vfork and exec in glibc)
 * does the child's few steps (dup2, chdir, closing descriptors) without
 * running any of our code there, and reports a failed exec as an error
 * number in the parent, where it becomes FileNotFoundError and the like.
 *
 * poll() blocks the worker thread, not only the task: the scheduler has no
 * way yet to park a task on a file descriptor. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "floatobj.h"
#include "str.h"
#include "bytes.h"
#include "list.h"
#include "tuple.h"
#include "interp.h"
#include "module.h"

extern char **environ;

static Value os_error(Task *t, int err, Value path)
{
    Value args[3] = {MAKE_SMALL(err), str_from_cstr(strerror(err)), path};
    Value e = obj_call(t, OBJ_VAL(&exc_OSError), args, path ? 3 : 2, 0);
    return e ? err_set(t, e) : 0;
}

/* A list or tuple of bytes (subprocess.py encodes) as a NULL-ended array
 * of C strings; they point into the bytes objects, which the caller's
 * argument keeps alive. */
static char **cstr_array(Task *t, Value seq, const char *what)
{
    if (!IS_LIST(seq) && !IS_TUPLE(seq)) {
        err_format(t, &exc_TypeError, "%s must be a list of bytes", what);
        return NULL;
    }
    size_t n = IS_LIST(seq) ? AS_LIST(seq)->len : TUPLE_LEN(seq);
    Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : &TUPLE_ITEM(seq, 0);
    char **out = GC_MALLOC((n + 1) * sizeof *out);
    if (!out) {
        err_no_memory(t);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        const char *p;
        size_t len;
        if (!IS_BYTES(items[i])) {
            err_format(t, &exc_TypeError, "%s must be a list of bytes", what);
            return NULL;
        }
        bytes_view(items[i], &p, &len);
        if (strlen(p) != len) {
            err_format(t, &exc_ValueError, "embedded null byte");
            return NULL;
        }
        out[i] = (char *)p;
    }
    out[n] = NULL;
    return out;
}

static bool fd_value(Task *t, Value v, int *fd)
{
    int64_t n;
    if (!int_as_i64(t, v, &n)) return false;
    *fd = n < -1 || n > 1 << 30 ? -1 : (int)n;
    return true;
}

/* spawn(programs, argv, env, cwd, stdin_fd, stdout_fd, stderr_fd,
 *       new_session, name) -> pid
 * Tries each path of programs in turn (the PATH search is subprocess.py's),
 * as execvp does: a missing one is skipped, a forbidden one remembered.
 * env: list of b"K=V" or None (this process's environment); cwd: bytes or
 * (str or bytes) or None; an fd of -1 is inherited. A failure raises OSError naming name
 * (the program as the caller gave it), or cwd when that is what fails. */
static Value sp_spawn(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "spawn", nargs, kw, 9, 9)) return 0;
    char **programs = cstr_array(t, args[0], "programs");
    char **argv = programs ? cstr_array(t, args[1], "argv") : NULL;
    if (!argv) return 0;
    char **envp = environ;
    if (args[2] != V_NONE && !(envp = cstr_array(t, args[2], "env"))) return 0;
    const char *cwd = NULL;
    if (args[3] != V_NONE) {
        if (IS_STR(args[3])) cwd = STR_DATA(args[3]);
        else if (IS_BYTES(args[3])) cwd = AS_BYTES(args[3])->data;
        else return err_format(t, &exc_TypeError, "cwd must be str, bytes or None");
        if (strlen(cwd) != (IS_STR(args[3]) ? STR_SIZE(args[3]) : AS_BYTES(args[3])->size))
            return err_format(t, &exc_ValueError, "embedded null byte");
        struct stat st;
        if (stat(cwd, &st) != 0) return os_error(t, errno, args[3]);
        if (!S_ISDIR(st.st_mode)) return os_error(t, ENOTDIR, args[3]);
    }
    int fds[3];
    for (int i = 0; i < 3; i++) {
        if (!fd_value(t, args[4 + i], &fds[i])) return 0;
        if (fds[i] >= 0 && fcntl(fds[i], F_GETFD) < 0) return os_error(t, errno, 0);   /* not the program's fault */
    }
    int new_session = obj_truthy(t, args[7]);
    if (new_session < 0) return 0;

    /* A source below 3 other than its own target would be overwritten by
     * an earlier dup2 in the child: give it a higher number first. */
    int tmp[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++)
        if (fds[i] >= 0 && fds[i] < 3 && fds[i] != i) {
            tmp[i] = fcntl(fds[i], F_DUPFD_CLOEXEC, 3);
            if (tmp[i] < 0) {
                int e = errno;
                for (int j = 0; j < i; j++)
                    if (tmp[j] >= 0) close(tmp[j]);
                return os_error(t, e, 0);
            }
            fds[i] = tmp[i];
        }

    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&attr);
    for (int i = 0; i < 3; i++)
        if (fds[i] >= 0) posix_spawn_file_actions_adddup2(&fa, fds[i], i);   /* fd == i: clears close-on-exec */
    if (cwd) posix_spawn_file_actions_addchdir_np(&fa, cwd);
    posix_spawn_file_actions_addclosefrom_np(&fa, 3);
    /* the child starts with no blocked signal and SIGPIPE as default, as
     * CPython's restore_signals does (atoll ignores SIGPIPE) */
    sigset_t none, dfl;
    sigemptyset(&none);
    sigemptyset(&dfl);
    sigaddset(&dfl, SIGPIPE);
    sigaddset(&dfl, SIGXFSZ);
    short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
    if (new_session) flags |= POSIX_SPAWN_SETSID;
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &dfl);
    posix_spawnattr_setflags(&attr, flags);

    pid_t pid = -1;
    int err = ENOENT, denied = 0;
    for (char **p = programs; *p; p++) {
        err = posix_spawn(&pid, *p, &fa, &attr, argv, envp);
        if (err == 0) break;
        if (err == EACCES) denied = err;
        else if (err != ENOENT && err != ENOTDIR) break;
    }
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    for (int i = 0; i < 3; i++)
        if (tmp[i] >= 0) close(tmp[i]);
    if (err == 0) return int_from_i64(t, pid);
    if (denied && (err == ENOENT || err == ENOTDIR)) err = denied;
    return os_error(t, err, args[8]);
}

/* The descriptors of a list of ints into pfd[*n..], with events. */
static bool add_fds(Task *t, Value seq, short events, struct pollfd *pfd, size_t *n, size_t cap)
{
    if (!IS_LIST(seq)) {
        err_format(t, &exc_TypeError, "poll: a list of file descriptors is required");
        return false;
    }
    for (size_t i = 0; i < AS_LIST(seq)->len; i++) {
        int fd;
        if (*n == cap) {
            err_format(t, &exc_ValueError, "poll: too many file descriptors");
            return false;
        }
        if (!fd_value(t, AS_LIST(seq)->items[i], &fd)) return false;
        pfd[*n].fd = fd;
        pfd[*n].events = events;
        pfd[*n].revents = 0;
        (*n)++;
    }
    return true;
}

/* poll(read_fds, write_fds, timeout) -> (readable, writable): waits until
 * one of the descriptors is ready or timeout seconds (None: no limit) have
 * passed. A closed other end counts as ready: the read finds the end of
 * the data, the write EPIPE. */
static Value sp_poll(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "poll", nargs, kw, 3, 3)) return 0;
    struct pollfd pfd[8];
    size_t n = 0, nread;
    if (!add_fds(t, args[0], POLLIN, pfd, &n, 8)) return 0;
    nread = n;
    if (!add_fds(t, args[1], POLLOUT, pfd, &n, 8)) return 0;
    int ms = -1;
    if (args[2] != V_NONE) {
        double secs;
        if (float_operand(t, args[2], &secs) <= 0) {
            if (!t->exc) err_format(t, &exc_TypeError, "poll: timeout must be a number or None");
            return 0;
        }
        ms = secs <= 0 ? 0 : secs > 1e6 ? 1000000000 : (int)(secs * 1000 + 0.999);
    }
    int r;
    do r = poll(pfd, n, ms);
    while (r < 0 && errno == EINTR);
    if (r < 0) return os_error(t, errno, 0);
    Value rd = list_new(2), wr = list_new(2);
    for (size_t i = 0; i < n; i++)
        if (pfd[i].revents && !list_append(t, i < nread ? rd : wr, MAKE_SMALL(pfd[i].fd))) return 0;
    return tuple_pack(2, rd, wr);
}

static const MethodDef subprocess_functions[] = {
    {"spawn", sp_spawn, METH_PLAIN, "Start a program with posix_spawn; return its pid."},
    {"poll", sp_poll, METH_PLAIN, "Wait until file descriptors are ready: (readable, writable)."},
    {NULL},
};

const NativeModule subprocess_native_module = {"_subprocess", subprocess_functions, NULL};
