/* error.h - exceptions as values: the built-in exception types and raising.
 *
 * A failing function stores an exception object in its task (t->exc) and
 * returns a sentinel; the evaluator unwinds. Nothing here jumps. */
#ifndef ATOLL_ERROR_H
#define ATOLL_ERROR_H

#include <stdarg.h>
#include "object.h"

/* Instances of BaseException and its subclasses. Extra attributes of
 * particular exceptions (StopIteration.value, SystemExit.code, OSError.errno,
 * SyntaxError.lineno, ...) live in the instance dict, set by their __init__. */
typedef struct ExcObj {
    Obj hdr;
    DictObj *dict;
    Value args;            /* tuple */
    Value traceback;       /* TracebackObj* or 0 */
    Value cause;           /* 0 when None */
    Value context;         /* 0 when None */
    bool suppress_context;
} ExcObj;

/* One entry of a traceback, outermost first (tb_next goes inward). */
typedef struct TracebackObj {
    Obj hdr;
    Value next;            /* TracebackObj* or 0 */
    Value code;            /* CodeObj* of the frame */
    uint32_t lasti;        /* the instruction that raised or called */
    int lineno;
    DictObj *globals;      /* the frame's globals, where a NameError looks for suggestions */
} TracebackObj;

/* X(name, base): every built-in exception type, parents before children. */
#define EXCEPTION_TYPES(X) \
    X(BaseException, object) \
    X(Exception, BaseException) \
    X(GeneratorExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(SystemExit, BaseException) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(BufferError, Exception) \
    X(EOFError, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) \
    X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) \
    X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(StopAsyncIteration, Exception) \
    X(StopIteration, Exception) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) \
    X(BytesWarning, Warning) \
    X(DeprecationWarning, Warning) \
    X(EncodingWarning, Warning) \
    X(FutureWarning, Warning) \
    X(ImportWarning, Warning) \
    X(PendingDeprecationWarning, Warning) \
    X(ResourceWarning, Warning) \
    X(RuntimeWarning, Warning) \
    X(SyntaxWarning, Warning) \
    X(UnicodeWarning, Warning) \
    X(UserWarning, Warning)

#define DECLARE_EXC(name, base) extern Type exc_##name;
EXCEPTION_TYPES(DECLARE_EXC)
#undef DECLARE_EXC
extern Type exc_UnsupportedOperation;   /* io.UnsupportedOperation: OSError and ValueError */

extern Type traceback_type;

/* Raises exc (an exception instance or class). Returns 0 for `return err_set(...)`. */
Value err_set(Task *t, Value exc);
/* Raises type(message). fmt is printf-like plus: %R repr(Value), %S str(Value),
 * %T the type name of a Value, %U a str Value's text. Returns 0. */
Value err_format(Task *t, Type *type, const char *fmt, ...);
Value err_vformat(Task *t, Type *type, const char *fmt, va_list ap);
Value err_no_memory(Task *t);
bool err_matches(Task *t, Type *type);       /* pending exception is an instance of type */
Value err_fetch(Task *t);                     /* takes the pending exception, clearing it */
void err_clear(Task *t);
/* The pending exception is StopIteration: clears it, returns its value (None default). */
Value err_take_stop_iteration(Task *t);

/* Builds an exception instance: type(*args). */
Value exc_new(Task *t, Type *type, const Value *args, size_t nargs);
Value exc_new_msg(Task *t, Type *type, Value msg);
bool exc_is_instance(Value v);                /* v is a BaseException instance */
/* Prepends a traceback entry (the frame an exception passes through). */
void exc_add_traceback(Task *t, Value exc, Value code, uint32_t lasti, DictObj *globals);
/* Prepares the exception types (runtime_init). */
void exc_init_types(void);
/* CPython's "Traceback (most recent call last): ..." text, with chained
 * causes and contexts, as a str Value (0 only when memory runs out). */
Value exc_format(Task *t, Value exc);
/* The exception line(s) alone (traceback.format_exception_only). */
Value exc_format_only(Task *t, Value exc);
/* Reports the pending exception on sys.stderr and clears it, as CPython's
 * unraisable hook does where nobody can catch it: "Exception ignored
 * WHERE: repr(obj)" and the traceback (a failure to print is dropped). */
void exc_write_unraisable(Task *t, const char *where, Value obj);
/* One str per frame of a list of traceback objects (traceback.format_tb). */
Value tb_format_frames(Task *t, Value tbs);
/* The name CPython 3.11 suggests for an uncaught NameError or AttributeError
 * ("Did you mean: 'x'?"), or 0 (suggest.c). */
Value exc_suggestion(Task *t, Value exc);

#endif
