/* test_api_atexit.c - a host gets CPython's finalization too: an
 * interpreter's atexit callbacks run when atoll_interp_destroy ends it
 * (not when it refuses to, while a task lives), and atoll_close runs those
 * of every interpreter still alive, the main one first, failures reported
 * on its stderr. */
#include "check.h"

typedef struct Capture {
    char out[4096], err[4096];
} Capture;

static void append(char *buf, const char *data, size_t len)
{
    size_t n = strlen(buf);
    if (n + len < 4095) {
        memcpy(buf + n, data, len);
        buf[n + len] = 0;
    }
}

static void on_out(void *ud, const char *data, size_t len) { append(((Capture *)ud)->out, data, len); }
static void on_err(void *ud, const char *data, size_t len) { append(((Capture *)ud)->err, data, len); }

int main(void)
{
    Capture cap = {{0}, {0}};
    atoll_config cfg = {.write_stdout = on_out, .write_stderr = on_err, .write_ud = &cap};
    atoll_runtime *rt;
    CHECK_OK(atoll_open(&cfg, &rt));
    atoll_interp *in = atoll_interp_new(rt, "main");
    atoll_interp *other = atoll_interp_new(rt, "other");
    CHECK_OK(atoll_exec(in,
                        "import atexit, sys\n"
                        "atexit.register(print, 'main: second')\n"
                        "def fail(): raise ValueError('main fails')\n"
                        "atexit.register(fail)\n"
                        "atexit.register(sys.stdout.write, 'main: first\\n')\n"
                        "import subinterpreters as si\n"
                        "left = si.create('left')\n"
                        "left.exec('import atexit; atexit.register(print, \"left: alive at the close\")')\n",
                        ATOLL_NTS, NULL));
    CHECK_OK(atoll_exec(other, "import atexit\natexit.register(print, 'other: destroyed')\n", ATOLL_NTS, NULL));

    /* a destroy refused runs nothing */
    atoll_channel *ch = atoll_channel_new(rt, 0);
    atoll_value *chv = atoll_channel_value(ch);
    CHECK_OK(atoll_set_global(other, "gate", chv));
    atoll_task *t;
    CHECK_OK(atoll_spawn(other, "gate.recv()\n", ATOLL_NTS, NULL, "waits", &t));
    CHECK_ST(atoll_interp_destroy(other), ATOLL_EBUSY);
    CHECK_ST(atoll_close(rt), ATOLL_EBUSY);
    CHECK_STR(cap.out, "");
    CHECK_OK(atoll_send(ch, chv, -1));
    CHECK_OK(atoll_task_join(t, -1, NULL));
    atoll_task_release(t);
    CHECK_OK(atoll_wait_idle(rt, -1));

    CHECK_OK(atoll_interp_destroy(other));
    CHECK_STR(cap.out, "other: destroyed\n");
    CHECK_STR(cap.err, "");

    atoll_release(chv);
    atoll_channel_release(ch);
    CHECK_OK(atoll_close(rt));
    CHECK_STR(cap.out, "other: destroyed\nmain: first\nmain: second\nleft: alive at the close\n");
    CHECK(strstr(cap.err, "Exception ignored in atexit callback: <function fail at 0x") == cap.err);
    CHECK(strstr(cap.err, "\nValueError: main fails\n") != NULL);
    return report_failures("test_api_atexit");
}
