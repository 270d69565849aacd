/* test_api_run.c - interpreters, running source and files, globals,
 * imports, attributes, calls, tasks and errors through the embedding API;
 * the host survives every script that raises. */
#include <stdlib.h>
#include <unistd.h>
#include "check.h"

static atoll_runtime *rt;

static void test_exec_and_globals(atoll_interp *in)
{
    CHECK_OK(atoll_exec(in, "x = 6 * 7\nname = 'atoll'\n", ATOLL_NTS, "setup.py"));
    atoll_value *v;
    CHECK_OK(atoll_get_global(in, "x", &v));
    CHECK(int_of(v) == 42);
    atoll_release(v);
    CHECK_OK(atoll_get_global(in, "name", &v));
    CHECK_STR(str_of(v), "atoll");
    atoll_release(v);
    CHECK_ST(atoll_get_global(in, "missing", &v), ATOLL_ENOTFOUND);
    CHECK(v == NULL);

    atoll_value *seven = atoll_new_int(rt, 7);
    CHECK_OK(atoll_set_global(in, "y", seven));
    atoll_release(seven);
    CHECK(eval_int(in, "x + y") == 49);

    /* a length instead of NUL-termination; a NULL filename is "<string>" */
    CHECK_OK(atoll_exec(in, "z = 1\nthis is not run", 6, NULL));
    CHECK(eval_int(in, "z") == 1);
    /* __main__ is one module: its globals and its name */
    CHECK(eval_int(in, "__name__ == '__main__' and 'x' in globals()") == 1);
}

static void test_errors(atoll_interp *in)
{
    /* an uncaught exception: type, message, CPython's traceback */
    CHECK_ST(atoll_exec(in, "def f():\n    return 1 / 0\nf()\n", ATOLL_NTS, "boom.py"), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "ZeroDivisionError");
    CHECK_STR(atoll_error_message(in), "division by zero");
    CHECK_STR(atoll_error_traceback(in),
              "Traceback (most recent call last):\n"
              "  File \"boom.py\", line 3, in <module>\n"
              "  File \"boom.py\", line 2, in f\n"
              "ZeroDivisionError: division by zero\n");
    CHECK(atoll_error_matches(in, "ZeroDivisionError"));
    CHECK(atoll_error_matches(in, "ArithmeticError"));
    CHECK(!atoll_error_matches(in, "KeyError"));
    CHECK(!atoll_error_matches(in, "NoSuchError"));
    atoll_value *exc;
    CHECK_OK(atoll_error_value(in, &exc));
    CHECK_STR(atoll_type_name(exc), "ZeroDivisionError");
    atoll_value *args;
    CHECK_OK(atoll_getattr(in, exc, "args", &args));
    CHECK(atoll_typeof(args) == ATOLL_TTUPLE);
    atoll_release(args);
    atoll_release(exc);
    atoll_error_clear(in);
    CHECK(atoll_error_type(in) == NULL && atoll_error_traceback(in) == NULL);
    CHECK_ST(atoll_error_value(in, &exc), ATOLL_ENOTFOUND);

    /* a syntax error: file, line, caret */
    CHECK_ST(atoll_exec(in, "x = (1 +\n", ATOLL_NTS, "bad.py"), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "SyntaxError");
    CHECK(strstr(atoll_error_traceback(in), "File \"bad.py\", line 1") != NULL);
    CHECK(strstr(atoll_error_traceback(in), "^") != NULL);
    CHECK(atoll_error_matches(in, "SyntaxError"));

    /* a user exception class, raised with a message */
    CHECK_ST(atoll_exec(in, "class Oops(Exception): pass\nraise Oops('bad thing')\n", ATOLL_NTS, NULL),
             ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "Oops");
    CHECK_STR(atoll_error_message(in), "bad thing");
    CHECK(atoll_error_matches(in, "Exception"));

    /* SystemExit does not end the host */
    CHECK_ST(atoll_exec(in, "import sys\nsys.exit(3)\n", ATOLL_NTS, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "SystemExit");
    CHECK(atoll_error_matches(in, "SystemExit"));

    /* deep recursion is a RecursionError, not a crash */
    CHECK_ST(atoll_exec(in, "def r(n): return r(n + 1)\nr(0)\n", ATOLL_NTS, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "RecursionError");

    /* ... and the interpreter goes on */
    CHECK(eval_int(in, "x") == 42);
    /* bad arguments */
    CHECK_ST(atoll_exec(NULL, "1", ATOLL_NTS, NULL), ATOLL_EINVAL);
    CHECK_ST(atoll_exec(in, NULL, 0, NULL), ATOLL_EINVAL);
    CHECK_ST(atoll_exec(in, "1", ATOLL_NTS, "\xff.py"), ATOLL_EINVAL);
    CHECK_ST(atoll_get_global(in, NULL, &exc), ATOLL_EINVAL);
}

static void test_eval_import_call(atoll_interp *in)
{
    atoll_value *v;
    CHECK_OK(atoll_eval(in, "[i * i for i in range(4)]", &v));
    CHECK(atoll_typeof(v) == ATOLL_TLIST);
    size_t n;
    CHECK_OK(atoll_len(v, &n));
    CHECK(n == 4);
    atoll_release(v);
    CHECK_ST(atoll_eval(in, "x = 1", &v), ATOLL_EXCEPTION);   /* an expression only */
    CHECK_STR(atoll_error_type(in), "SyntaxError");

    atoll_value *math, *sqrt, *arg, *r;
    CHECK_OK(atoll_import(in, "math", &math));
    CHECK_OK(atoll_getattr(in, math, "sqrt", &sqrt));
    arg = atoll_new_float(rt, 2.25);
    CHECK_OK(atoll_call(in, sqrt, 1, &arg, &r));
    double d = 0;
    CHECK_OK(atoll_to_float(r, &d));
    CHECK(d == 1.5);
    atoll_release(r);
    CHECK_ST(atoll_getattr(in, math, "no_such_name", &r), ATOLL_ENOTFOUND);
    CHECK_STR(atoll_error_type(in), "AttributeError");
    CHECK_ST(atoll_import(in, "no_such_module", &r), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "ModuleNotFoundError");
    CHECK_STR(atoll_error_message(in), "No module named 'no_such_module'");
    CHECK_OK(atoll_import(in, "os.path", &r));               /* a dotted name: the leaf */
    atoll_value *join;
    CHECK_OK(atoll_getattr(in, r, "join", &join));
    atoll_release(join);
    atoll_release(r);

    /* a Python function, called with several arguments and failing */
    CHECK_OK(atoll_exec(in, "def add(a, b):\n    return a + b\n", ATOLL_NTS, NULL));
    atoll_value *add, *args[2] = {atoll_new_int(rt, 40), atoll_new_int(rt, 2)};
    CHECK_OK(atoll_get_global(in, "add", &add));
    CHECK_OK(atoll_call(in, add, 2, args, &r));
    CHECK(int_of(r) == 42);
    atoll_release(r);
    CHECK_OK(atoll_call(in, add, 2, args, NULL));            /* the result may be ignored */
    CHECK_ST(atoll_call(in, add, 1, args, &r), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(in), "TypeError");
    CHECK_STR(atoll_error_message(in), "add() missing 1 required positional argument: 'b'");
    atoll_value *s = atoll_new_str(rt, "x", ATOLL_NTS);
    atoll_value *mixed[2] = {args[0], s};
    CHECK_ST(atoll_call(in, add, 2, mixed, &r), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_message(in), "unsupported operand type(s) for +: 'int' and 'str'");
    /* a host value is not callable */
    CHECK_ST(atoll_call(in, s, 0, NULL, &r), ATOLL_ETYPE);

    /* str() and repr() */
    CHECK_OK(atoll_str_of(in, s, &r));
    CHECK_STR(str_of(r), "x");
    atoll_release(r);
    CHECK_OK(atoll_repr(in, s, &r));
    CHECK_STR(str_of(r), "'x'");
    atoll_release(r);
    CHECK_OK(atoll_repr(in, math, &r));
    CHECK_STR(str_of(r), "<module 'math' (built-in)>");
    atoll_release(r);

    atoll_release(s);
    atoll_release(args[0]);
    atoll_release(args[1]);
    atoll_release(add);
    atoll_release(arg);
    atoll_release(sqrt);
    atoll_release(math);
}

static void test_files_and_argv(atoll_interp *in)
{
    char path[] = "/tmp/atoll_api_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    const char src[] = "import sys\nfrom_file = (__file__, sys.argv)\n";
    CHECK(write(fd, src, sizeof src - 1) == (ssize_t)(sizeof src - 1));
    close(fd);
    const char *argv[] = {"prog", "one", "\xff"};      /* not UTF-8: a lone surrogate, as CPython */
    CHECK_OK(atoll_set_argv(in, 3, argv));
    CHECK_OK(atoll_exec_file(in, path));
    atoll_value *v, *file, *args, *arg;
    CHECK_OK(atoll_get_global(in, "from_file", &v));
    CHECK_OK(atoll_get_item(v, 0, &file));
    CHECK_STR(str_of(file), path);
    CHECK_OK(atoll_get_item(v, 1, &args));
    size_t n = 0;
    CHECK_OK(atoll_len(args, &n));
    CHECK(n == 3);
    CHECK_OK(atoll_get_item(args, 1, &arg));
    CHECK_STR(str_of(arg), "one");
    atoll_release(arg);
    CHECK(eval_int(in, "sys.argv[2] == '\\udcff'") == 1);
    atoll_release(args);
    atoll_release(file);
    atoll_release(v);
    unlink(path);
    CHECK_ST(atoll_exec_file(in, path), ATOLL_ENOTFOUND);
}

static void test_tasks(atoll_interp *in)
{
    atoll_task *t;
    CHECK_OK(atoll_spawn(in, "import time\ntime.sleep(0.01)\nspawned = 5\n", ATOLL_NTS, "task.py", "sleeper", &t));
    CHECK_OK(atoll_task_join(t, -1, NULL));
    CHECK(atoll_task_done(t));
    CHECK(eval_int(in, "spawned") == 5);
    atoll_value *r;
    CHECK_OK(atoll_task_join(t, 0, &r));                      /* joined again: still None */
    CHECK(atoll_typeof(r) == ATOLL_TNONE);
    atoll_release(r);
    atoll_task_release(t);

    /* a function task with a result */
    CHECK_OK(atoll_exec(in, "def square(x):\n    return x * x\ndef fail(x):\n    raise KeyError(x)\n",
                        ATOLL_NTS, NULL));
    atoll_value *square, *fail, *ten = atoll_new_int(rt, 10);
    CHECK_OK(atoll_get_global(in, "square", &square));
    CHECK_OK(atoll_get_global(in, "fail", &fail));
    CHECK_OK(atoll_spawn_call(in, square, 1, &ten, &t));
    CHECK_OK(atoll_task_join(t, 10, &r));
    CHECK(int_of(r) == 100);
    atoll_release(r);
    atoll_task_release(t);

    /* a task that raises: the join reports it as the interpreter's error */
    CHECK_OK(atoll_spawn_call(in, fail, 1, &ten, &t));
    CHECK_ST(atoll_task_join(t, -1, &r), ATOLL_EXCEPTION);
    CHECK(r == NULL);
    CHECK_STR(atoll_error_type(in), "KeyError");
    CHECK_STR(atoll_error_message(in), "10");
    CHECK(strstr(atoll_error_traceback(in), "in fail\n") != NULL);
    atoll_task_release(t);

    /* a syntax error is found before any task starts */
    t = (atoll_task *)1;
    CHECK_ST(atoll_spawn(in, "def (", ATOLL_NTS, NULL, NULL, &t), ATOLL_EXCEPTION);
    CHECK(t == NULL);
    CHECK_STR(atoll_error_type(in), "SyntaxError");

    /* a timed join of a task that waits */
    CHECK_OK(atoll_spawn(in, "import subinterpreters as si\nblocker = si.Channel()\nblocker.recv(timeout=0.3)\n",
                         ATOLL_NTS, NULL, NULL, &t));
    CHECK_ST(atoll_task_join(t, 0.01, NULL), ATOLL_ETIMEOUT);
    CHECK(!atoll_task_done(t));
    CHECK_ST(atoll_task_join(t, -1, NULL), ATOLL_EXCEPTION);  /* its recv timed out */
    CHECK_STR(atoll_error_type(in), "TimeoutError");
    atoll_task_release(t);

    /* the function of one interpreter cannot run in another */
    atoll_interp *other = atoll_interp_new(rt, "other");
    CHECK_ST(atoll_spawn_call(other, square, 1, &ten, &t), ATOLL_EINVAL);
    CHECK_ST(atoll_call(other, square, 1, &ten, &r), ATOLL_EINVAL);
    CHECK_ST(atoll_set_global(other, "f", square), ATOLL_ENOTSHAREABLE);
    CHECK_OK(atoll_interp_destroy(other));

    atoll_release(ten);
    atoll_release(fail);
    atoll_release(square);
}

static void test_interpreters(void)
{
    atoll_interp *a = atoll_interp_new(rt, "a"), *b = atoll_interp_new(rt, NULL);
    CHECK(a && b);
    CHECK(atoll_interp_id(a) > 0 && atoll_interp_id(b) == atoll_interp_id(a) + 1);
    CHECK(atoll_interp_id(NULL) == -1);
    /* islands: each has its own globals and modules */
    CHECK_OK(atoll_exec(a, "import sys\nsys.marker = 1\nv = 'a'\n", ATOLL_NTS, NULL));
    CHECK_ST(atoll_exec(b, "v\n", ATOLL_NTS, NULL), ATOLL_EXCEPTION);
    CHECK_STR(atoll_error_type(b), "NameError");
    CHECK(eval_int(b, "hasattr(__import__('sys'), 'marker')") == 0);
    /* scripts see the interpreters the host made */
    CHECK(eval_int(a, "[i.name for i in __import__('subinterpreters').list_all()].count('a')") == 1);
    /* a busy interpreter cannot be destroyed */
    atoll_task *t;
    CHECK_OK(atoll_spawn(b, "import time\ntime.sleep(0.05)\n", ATOLL_NTS, NULL, NULL, &t));
    CHECK_ST(atoll_interp_destroy(b), ATOLL_EBUSY);
    CHECK_OK(atoll_task_join(t, -1, NULL));
    atoll_task_release(t);
    CHECK_OK(atoll_interp_destroy(b));
    CHECK_OK(atoll_interp_destroy(a));
    CHECK_ST(atoll_interp_destroy(NULL), ATOLL_EINVAL);
    CHECK(atoll_interp_new(NULL, "x") == NULL);
    CHECK(atoll_interp_new(rt, "\xc3") == NULL);             /* a name must be UTF-8 */
}

int main(void)
{
    CHECK_OK(atoll_open(NULL, &rt));
    atoll_interp *in = atoll_interp_new(rt, "main");
    CHECK(in && atoll_interp_id(in) == 0);
    test_exec_and_globals(in);
    test_errors(in);
    test_eval_import_call(in);
    test_files_and_argv(in);
    test_tasks(in);
    test_interpreters();
    CHECK_OK(atoll_interp_destroy(in));
    CHECK_OK(atoll_close(rt));
    return report_failures("test_api_run");
}
