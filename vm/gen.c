/* gen.c - generators: a frame of their own on the heap, resumed by the
 * evaluator with a value sent in or an exception thrown in; `yield from`
 * delegation for send, throw and close; PEP 479's StopIteration rule. */
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "names.h"
#include "interp.h"
#include "func.h"
#include "vm.h"
#include "opcodes.h"
#include "alloc.h"

Value gen_new(Task *t, Frame *f, FuncObj *fn)
{
    GenObj *g = gc_alloc(sizeof *g);
    if (!g) return err_no_memory(t);
    g->hdr.type = &gen_type;
    g->frame = f;
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->state = GEN_CREATED;
    f->gen = OBJ_VAL(g);
    return OBJ_VAL(g);
}

/* The delegate of a generator suspended in `yield from`, or 0. */
static Value gen_delegate(GenObj *g)
{
    Frame *f = g->frame;
    if (g->state != GEN_SUSPENDED) return 0;
    uint32_t w = f->ip[-1];
    return INSTR_OP(w) == OP_YIELD_VALUE && INSTR_ARG(w) == 1 ? f->sp[-1] : 0;
}

/* The delegate finished with value v: continue after the `yield from`. */
static void finish_delegation(GenObj *g, Value v)
{
    Frame *f = g->frame;
    uint32_t send = f->ip[-2];      /* SEND precedes the YIELD_VALUE */
    f->sp[-1] = v;
    f->ip = f->code->code + INSTR_ARG(send);
}

Frame *gen_enter(Task *t, GenObj *g, Value sent)
{
    switch (g->state) {
    case GEN_RUNNING:
        err_format(t, &exc_ValueError, "generator already executing");
        return NULL;
    case GEN_DONE:
        return NULL;
    case GEN_CREATED:
        if (sent && sent != V_NONE) {
            err_format(t, &exc_TypeError, "can't send non-None value to a just-started generator");
            return NULL;
        }
        break;
    case GEN_SUSPENDED:
        if (sent) *g->frame->sp++ = sent;
        break;
    }
    g->state = GEN_RUNNING;
    g->caller_exc_info = t->exc_info;
    if (g->exc_state) t->exc_info = g->exc_state;
    return g->frame;
}

void gen_yielded(Task *t, GenObj *g)
{
    g->state = GEN_SUSPENDED;
    g->exc_state = t->exc_info != g->caller_exc_info ? t->exc_info : 0;
    t->exc_info = g->caller_exc_info;
}

void gen_finished(Task *t, GenObj *g)
{
    g->state = GEN_DONE;
    g->frame = NULL;
    g->exc_state = 0;
    t->exc_info = g->caller_exc_info;
    if (t->exc && err_matches(t, &exc_StopIteration)) {
        Value cause = err_fetch(t);
        Value e = exc_new_msg(t, &exc_RuntimeError, str_from_cstr("generator raised StopIteration"));
        if (e) {
            ((ExcObj *)e)->cause = cause;
            ((ExcObj *)e)->suppress_context = true;
            err_set(t, e);
        }
    }
}

/* Runs the frame in a nested evaluator loop (resumed from C). */
static Value run(Task *t, GenObj *g, bool throwing, Value *retval)
{
    Frame *f = g->frame;
    Value r = vm_run_frame(t, f, throwing);
    if (r && (f->flags & FRAME_YIELDED)) {
        gen_yielded(t, g);
        return r;
    }
    gen_finished(t, g);
    if (r) *retval = r;
    return 0;
}

static Value throw_into_delegate(Task *t, GenObj *g, Value exc, Value *retval);

Value vm_gen_resume(Task *t, GenObj *g, Value v, Value exc, Value *retval)
{
    if (g->state == GEN_RUNNING) return err_format(t, &exc_ValueError, "generator already executing");
    if (g->state == GEN_DONE) {
        if (exc) return err_set(t, exc);
        *retval = V_NONE;
        return 0;
    }
    if (exc) {
        if (gen_delegate(g)) return throw_into_delegate(t, g, exc, retval);
        gen_enter(t, g, 0);
        t->exc = exc;
        return run(t, g, true, retval);
    }
    if (!gen_enter(t, g, v)) return 0;
    return run(t, g, false, retval);
}

/* throw() while suspended in `yield from`: the delegate gets it first. */
static Value throw_into_delegate(Task *t, GenObj *g, Value exc, Value *retval)
{
    Value d = gen_delegate(g);
    Value r, ret = V_NONE;
    bool close = type_is_subtype(TYPE_OF(exc), &exc_GeneratorExit);
    if (IS_TYPE(d, &gen_type)) {
        r = vm_gen_resume(t, AS_GEN(d), 0, exc, &ret);
    } else if (close) {
        Value m = obj_getattr_opt(t, d, NAME(close));
        if (m && !obj_call(t, m, NULL, 0, 0)) goto raise_in_outer;
        t->exc = exc;
        goto raise_in_outer;
    } else {
        Value m = obj_getattr_opt(t, d, NAME(throw));
        if (!m) {
            if (!t->exc) t->exc = exc;
            goto raise_in_outer;
        }
        r = obj_call(t, m, &exc, 1, 0);
        if (!r && err_matches(t, &exc_StopIteration)) ret = err_take_stop_iteration(t);
    }
    if (r) return r;                     /* the delegate yielded: stay suspended */
    if (t->exc) goto raise_in_outer;
    finish_delegation(g, ret);
    gen_enter(t, g, 0);
    return run(t, g, false, retval);
raise_in_outer:
    exc = err_fetch(t);
    gen_enter(t, g, 0);
    t->exc = exc;
    return run(t, g, true, retval);
}

/* --- the generator type -------------------------------------------------------------- */

static Value gen_iter(Task *t, Value self) { return self; }

static Value gen_next(Task *t, Value self)
{
    Value ret;
    return vm_gen_resume(t, AS_GEN(self), V_NONE, 0, &ret);
}

/* send/throw report the end with StopIteration(value). */
static Value stop_with(Task *t, Value r, Value ret)
{
    if (r || t->exc) return r;
    if (ret == V_NONE) return err_set(t, OBJ_VAL(&exc_StopIteration));
    Value e = exc_new(t, &exc_StopIteration, &ret, 1);
    return e ? err_set(t, e) : 0;
}

/* g.__next__() and next(g), unlike a for loop, show the return value:
 * StopIteration(value). */
Value gen_next_or_stop(Task *t, Value self)
{
    Value ret = V_NONE;
    Value r = vm_gen_resume(t, AS_GEN(self), V_NONE, 0, &ret);
    return stop_with(t, r, ret);
}

static Value gen_next_method(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "__next__", nargs - 1, kw, 0, 0)) return 0;
    return gen_next_or_stop(t, args[0]);
}

static Value gen_send(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "send", nargs - 1, kw, 1, 1)) return 0;
    Value ret = V_NONE;
    Value r = vm_gen_resume(t, AS_GEN(args[0]), args[1], 0, &ret);
    return stop_with(t, r, ret);
}

/* throw(exc) / throw(type[, value[, tb]]) */
static Value make_thrown(Task *t, const Value *a, size_t n)
{
    Value typ = a[0], val = n > 1 ? a[1] : V_NONE;
    if (IS_CLASS(typ) && type_is_subtype(AS_TYPE(typ), &exc_BaseException)) {
        if (exc_is_instance(val)) return val;
        if (val == V_NONE) return obj_call(t, typ, NULL, 0, 0);
        return IS_TUPLE(val) ? obj_call(t, typ, AS_TUPLE(val)->items, TUPLE_LEN(val), 0) : obj_call(t, typ, &val, 1, 0);
    }
    if (exc_is_instance(typ)) {
        if (val != V_NONE)
            return err_format(t, &exc_TypeError, "instance exception may not have a separate value");
        return typ;
    }
    return err_format(t, &exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                      obj_type_name(typ));
}

static Value gen_throw(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "throw", nargs - 1, kw, 1, 3)) return 0;
    Value exc = make_thrown(t, args + 1, nargs - 1);
    if (!exc) return 0;
    Value ret = V_NONE;
    Value r = vm_gen_resume(t, AS_GEN(args[0]), 0, exc, &ret);
    return stop_with(t, r, ret);
}

static Value gen_close(Task *t, const Value *args, size_t nargs, Value kw)
{
    GenObj *g = AS_GEN(args[0]);
    if (g->state == GEN_CREATED) {
        g->state = GEN_DONE;
        g->frame = NULL;
        return V_NONE;
    }
    if (g->state == GEN_DONE) return V_NONE;
    Value exc = exc_new(t, &exc_GeneratorExit, NULL, 0);
    if (!exc) return 0;
    Value ret;
    Value r = vm_gen_resume(t, g, 0, exc, &ret);
    if (r) return err_format(t, &exc_RuntimeError, "generator ignored GeneratorExit");
    if (!t->exc) return V_NONE;
    if (err_matches(t, &exc_GeneratorExit) || err_matches(t, &exc_StopIteration)) {
        err_clear(t);
        return V_NONE;
    }
    return 0;
}

/* CPython frees the iterator of a for loop as the loop ends, and freeing a
 * generator closes it: its finally blocks and with exits run at once when
 * a loop over it breaks, returns or fails. atoll has no reference counts,
 * so the compiler lets a loop claim its iterator when that comes straight
 * from a call (`for x in gen():`): a generator that has not started yet was
 * made by that call and nobody else holds it, so closing it there is what
 * CPython does. Anywhere else a generator is left to the collector. */
void gen_claim_iter(Value it)
{
    if (AS_OBJ(it)->type == &gen_type && AS_GEN(it)->state == GEN_CREATED) AS_GEN(it)->loop_owned = true;
}

/* What close() raises here has nobody to catch it; CPython reports it as
 * its finalizer would. */
void gen_release_iter(Task *t, Value it)
{
    if (AS_OBJ(it)->type != &gen_type || !AS_GEN(it)->loop_owned) return;
    if (!gen_close(t, &it, 1, 0)) exc_write_unraisable(t, "in", it);
}

static Value gen_repr(Task *t, Value self)
{
    return str_format(t, "<generator object %U at %p>", AS_GEN(self)->qualname, (void *)self);
}

static Value g_name(Task *t, Value s) { return AS_GEN(s)->name; }
static Value g_qualname(Task *t, Value s) { return AS_GEN(s)->qualname; }
static Value g_running(Task *t, Value s) { return V_BOOL(AS_GEN(s)->state == GEN_RUNNING); }
static Value g_suspended(Task *t, Value s) { return V_BOOL(AS_GEN(s)->state == GEN_SUSPENDED); }
static Value g_yieldfrom(Task *t, Value s)
{
    Value d = gen_delegate(AS_GEN(s));
    return d ? d : V_NONE;
}

static const MethodDef gen_methods[] = {
    {"__next__", gen_next_method, METH_PLAIN, NULL},
    {"send", gen_send, METH_PLAIN, NULL},
    {"throw", gen_throw, METH_PLAIN, NULL},
    {"close", gen_close, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef gen_members[] = {
    {"__name__", g_name, NULL}, {"__qualname__", g_qualname, NULL},
    {"gi_running", g_running, NULL}, {"gi_suspended", g_suspended, NULL},
    {"gi_yieldfrom", g_yieldfrom, NULL},
    {NULL},
};

Type gen_type = {
    .hdr = {&type_type}, .name = "generator", .size = sizeof(GenObj), .flags = TF_ABSTRACT_NEW,
    .iter = gen_iter, .next = gen_next, .repr = gen_repr, .methods = gen_methods, .members = gen_members,
};
REGISTER_TYPE(gen_type);
