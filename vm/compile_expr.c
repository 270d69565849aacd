/* compile_expr.c - expressions: names by their resolution, operators,
 * displays, calls (method calls without a bound-method object), functions
 * and lambdas with their closures, comprehensions as nested functions, and
 * f-strings. */
#include <gc/gc.h>
#include <string.h>
#include "compiler.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "int.h"
#include "floatobj.h"
#include "bytes.h"
#include "set.h"

/* --- constants -------------------------------------------------------------------- */

/* CPython's AST optimizer folds operators on constants unless the result
 * could be large (ast_opt.c's limits); the folded constants matter for what
 * programs observe, e.g. the order of a printed set {2 ** 64, 17}. */
enum { MAX_INT_BITS = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096 };

static uint64_t int_bits(Value v) { return big_bit_length(v); }

static size_t seq_size(Value v)
{
    if (IS_STR(v)) return STR_SIZE(v);
    if (IS_BYTES(v)) return AS_BYTES(v)->size;
    if (IS_TUPLE(v)) return TUPLE_LEN(v);
    return 0;
}

static bool foldable(Value a, Value b, BinOpKind op)
{
    bool ia = IS_INT(a), ib = IS_INT(b);
    switch (op) {
    case BIN_MULT:
        if (ia && ib) {
            uint64_t x = int_bits(a), y = int_bits(b);
            return !x || !y || x + y <= MAX_INT_BITS;
        }
        if (ia || ib) {
            Value seq = ia ? b : a, n = ia ? a : b;
            int64_t k;
            if (!big_to_i64(n, &k) || k < 0) return k < 0;
            size_t limit = IS_TUPLE(seq) ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
            return seq_size(seq) == 0 || (uint64_t)k <= limit / seq_size(seq);
        }
        return true;
    case BIN_POW:
        if (ia && ib) {
            int64_t e;
            return big_sign(b) < 0 || (big_to_i64(b, &e) && int_bits(a) * (uint64_t)e <= MAX_INT_BITS);
        }
        return true;
    case BIN_LSHIFT:
        if (ia && ib) {
            int64_t e;
            return big_to_i64(b, &e) && e >= 0 && e <= MAX_INT_BITS && int_bits(a) <= MAX_INT_BITS - (uint64_t)e;
        }
        return true;
    case BIN_MOD:
        return !IS_STR(a) && !IS_BYTES(a);
    default:
        return true;
    }
}

static Value fold_binop(Compiler *c, Node *n)
{
    Value a = const_value(c, n->u.binop.left);
    Value b = a ? const_value(c, n->u.binop.right) : 0;
    if (!b || !foldable(a, b, n->u.binop.op)) return 0;
    Value r = obj_binop(c->t, a, b, n->u.binop.op);
    if (!r) err_clear(c->t);   /* 1/0 stays an operation that fails at run time */
    return r;
}

static Value fold_unaryop(Compiler *c, Node *n)
{
    Value v = const_value(c, n->u.unaryop.operand);
    if (!v || (IS_STR(v) && n->u.unaryop.op != UN_NOT)) return 0;
    Value r = obj_unary(c->t, v, n->u.unaryop.op);
    if (!r) err_clear(c->t);
    return r;
}

Value const_value(Compiler *c, Node *n)
{
    if (n->kind == N_BINOP) return fold_binop(c, n);
    if (n->kind == N_UNARYOP) return fold_unaryop(c, n);
    if (n->kind == N_TUPLE && n->u.seq.ctx == CTX_LOAD) {
        size_t len = n->u.seq.elts.len;
        Value tup = tuple_new(len);
        for (size_t i = 0; i < len; i++) {
            Value v = const_value(c, n->u.seq.elts.items[i]);
            if (!v) return 0;
            TUPLE_ITEM(tup, i) = v;
        }
        return tup;
    }
    if (n->kind != N_CONSTANT) return 0;
    switch (n->u.constant.kind) {
    case CONST_NONE: return V_NONE;
    case CONST_TRUE: return V_TRUE;
    case CONST_FALSE: return V_FALSE;
    case CONST_ELLIPSIS: return V_ELLIPSIS;
    case CONST_INT: {
        bool ok;
        Value v = big_from_str(n->u.constant.text, strlen(n->u.constant.text), n->u.constant.base, &ok);
        if (!ok || !v) {
            compile_error(c, n, "invalid integer literal");
            return V_NONE;
        }
        return v;
    }
    case CONST_FLOAT: return float_new(c->t, n->u.constant.f);
    case CONST_IMAG:
        compile_error(c, n, "atoll does not support complex numbers");
        return V_NONE;
    case CONST_STR: {
        Value s = str_new(n->u.constant.text, n->u.constant.len);
        return n->u.constant.len <= 64 ? str_intern(s) : s;
    }
    case CONST_BYTES: return bytes_new(c->t, n->u.constant.text, n->u.constant.len);
    }
    return 0;
}

/* --- names ----------------------------------------------------------------------- */

static uint32_t cell_index(Unit *u, Value name)
{
    ListObj *cells = AS_LIST(u->cellvars), *frees = AS_LIST(u->freevars);
    for (size_t i = 0; i < cells->len; i++)
        if (str_eq(cells->items[i], name)) return (uint32_t)i;
    for (size_t i = 0; i < frees->len; i++)
        if (str_eq(frees->items[i], name)) return (uint32_t)(cells->len + i);
    return 0;
}

/* __debug__ is a constant: binding or deleting it is a compile-time error,
 * reported at `at` (CPython's forbidden_name). */
bool forbidden_name(Compiler *c, const char *name, ExprCtx ctx, Node *at)
{
    if (ctx == CTX_LOAD || strcmp(name, "__debug__") != 0) return false;
    compile_error(c, at, ctx == CTX_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
    return true;
}

void compile_name(Compiler *c, const char *id, ExprCtx ctx, Node *at)
{
    if (forbidden_name(c, id, ctx, at)) return;
    if (ctx == CTX_LOAD && !strcmp(id, "__debug__")) {   /* a constant, as in CPython */
        emit_load_const(c, V_BOOL(!c->optimize));
        return;
    }
    Unit *u = c->u;
    Scope *s = u->scope;
    Symbol *sym = scope_find(s, id);
    bool fn = s->kind == SC_FUNCTION || s->kind == SC_COMPREHENSION;
    Resolution res = sym ? sym->res : (fn ? RES_GLOBAL_IMPLICIT : RES_NAME);
    if (s->kind == SC_CLASS && sym && sym->res == RES_FREE && (sym->flags & SYM_CHILDFREE) &&
        !(sym->flags & (SYM_USED | SYM_ASSIGNED)))
        res = RES_NAME;
    if (!fn && res == RES_GLOBAL_IMPLICIT) res = RES_NAME;
    if (at) set_pos(c, at);
    Value name = intern_private(c, id);
    static const uint8_t ops[][3] = {
        [RES_LOCAL] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        [RES_CELL] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
        [RES_FREE] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
        [RES_GLOBAL_EXPLICIT] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
        [RES_GLOBAL_IMPLICIT] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
        [RES_NAME] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
    };
    int op = ops[res][ctx];
    uint32_t arg;
    switch (res) {
    case RES_LOCAL: arg = (uint32_t)SMALL_VAL(dict_get_str(u->var_map, name)); break;
    case RES_CELL:
    case RES_FREE:
        arg = cell_index(u, name);
        if (s->kind == SC_CLASS && ctx == CTX_LOAD) op = OP_LOAD_CLASSDEREF;
        break;
    default: arg = add_name(c, name); break;
    }
    emit(c, op, arg);
}

/* --- stores and deletes -------------------------------------------------------------- */

static void compile_unpack(Compiler *c, Node *n)
{
    NodeList *elts = &n->u.seq.elts;
    int star = -1;
    for (int i = 0; i < elts->len; i++)
        if (elts->items[i]->kind == N_STARRED) {
            if (star >= 0) {
                compile_error(c, n, "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
    set_pos(c, n);
    if (star < 0) {
        emit(c, OP_UNPACK_SEQUENCE, elts->len);
    } else {
        int after = elts->len - star - 1;
        if (star > 255 || after > 255) {
            compile_error(c, n, "too many expressions in star-unpacking assignment");
            return;
        }
        emit(c, OP_UNPACK_EX, (uint32_t)star | ((uint32_t)after << 8));
    }
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->items[i];
        compile_store(c, e->kind == N_STARRED ? e->u.starred.value : e);
    }
}

void compile_store(Compiler *c, Node *t)
{
    switch (t->kind) {
    case N_NAME: compile_name(c, t->u.name.id, CTX_STORE, t); break;
    case N_ATTRIBUTE:
        if (forbidden_name(c, t->u.attribute.attr, CTX_STORE, t)) return;
        compile_expr(c, t->u.attribute.value);
        set_pos(c, t);
        emit(c, OP_STORE_ATTR, add_name(c, intern_private(c, t->u.attribute.attr)));
        break;
    case N_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.slice);
        set_pos(c, t);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    case N_TUPLE: case N_LIST: compile_unpack(c, t); break;
    case N_STARRED: compile_error(c, t, "starred assignment target must be in a list or tuple"); break;
    default: compile_error(c, t, "cannot assign to expression"); break;
    }
}

void compile_delete(Compiler *c, Node *t)
{
    switch (t->kind) {
    case N_NAME: compile_name(c, t->u.name.id, CTX_DEL, t); break;
    case N_ATTRIBUTE:
        compile_expr(c, t->u.attribute.value);
        set_pos(c, t);
        emit(c, OP_DELETE_ATTR, add_name(c, intern_private(c, t->u.attribute.attr)));
        break;
    case N_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.slice);
        set_pos(c, t);
        emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case N_TUPLE: case N_LIST:
        for (int i = 0; i < t->u.seq.elts.len; i++) compile_delete(c, t->u.seq.elts.items[i]);
        break;
    case N_STARRED: compile_error(c, t, "cannot delete starred"); break;
    default: compile_error(c, t, "cannot delete expression"); break;
    }
}

/* --- operators ------------------------------------------------------------------ */

static void compile_compare_op(Compiler *c, CmpOpKind op)
{
    switch (op) {
    case CMP_IS: emit(c, OP_IS_OP, 0); break;
    case CMP_ISNOT: emit(c, OP_IS_OP, 1); break;
    case CMP_IN: emit(c, OP_CONTAINS_OP, 0); break;
    case CMP_NOTIN: emit(c, OP_CONTAINS_OP, 1); break;
    default: emit(c, OP_COMPARE_OP, op); break;
    }
}

static void compile_compare(Compiler *c, Node *n)
{
    NodeList *cmps = &n->u.compare.comparators;
    compile_expr(c, n->u.compare.left);
    if (cmps->len == 1) {
        compile_expr(c, cmps->items[0]);
        set_pos(c, n);
        compile_compare_op(c, n->u.compare.ops[0]);
        return;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < cmps->len - 1; i++) {
        compile_expr(c, cmps->items[i]);
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        set_pos(c, n);
        compile_compare_op(c, n->u.compare.ops[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expr(c, cmps->items[cmps->len - 1]);
    set_pos(c, n);
    compile_compare_op(c, n->u.compare.ops[cmps->len - 1]);
    emit_jump(c, OP_JUMP, end);
    place_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    place_label(c, end);
}

void compile_jump_if(Compiler *c, Node *n, int label, bool cond)
{
    switch (n->kind) {
    case N_UNARYOP:
        if (n->u.unaryop.op == UN_NOT) {
            compile_jump_if(c, n->u.unaryop.operand, label, !cond);
            return;
        }
        break;
    case N_BOOLOP: {
        NodeList *vs = &n->u.boolop.values;
        bool is_and = n->u.boolop.op == BOOL_AND;
        if (is_and != cond) {
            /* and-false / or-true: any operand decides */
            for (int i = 0; i < vs->len; i++) compile_jump_if(c, vs->items[i], label, cond);
        } else {
            int next = new_label(c);
            for (int i = 0; i < vs->len - 1; i++) compile_jump_if(c, vs->items[i], next, !cond);
            compile_jump_if(c, vs->items[vs->len - 1], label, cond);
            place_label(c, next);
        }
        return;
    }
    case N_CONSTANT: {
        Value v = const_value(c, n);
        bool truth = v != V_NONE && v != V_FALSE && v != MAKE_SMALL(0) &&
                     !(IS_STR(v) && STR_SIZE(v) == 0);
        if (n->u.constant.kind == CONST_FLOAT) truth = n->u.constant.f != 0.0;
        if (truth == cond) emit_jump(c, OP_JUMP, label);
        return;
    }
    default:
        break;
    }
    compile_expr(c, n);
    set_pos(c, n);
    emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static void compile_boolop(Compiler *c, Node *n)
{
    int end = new_label(c);
    NodeList *vs = &n->u.boolop.values;
    int op = n->u.boolop.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < vs->len - 1; i++) {
        compile_expr(c, vs->items[i]);
        emit_jump(c, op, end);
    }
    compile_expr(c, vs->items[vs->len - 1]);
    place_label(c, end);
}

static void compile_unary(Compiler *c, Node *n)
{
    Node *o = n->u.unaryop.operand;
    compile_expr(c, o);
    set_pos(c, n);
    emit(c, OP_UNARY_OP, n->u.unaryop.op);
}

/* --- displays ---------------------------------------------------------------------- */

static bool has_starred(NodeList *elts)
{
    for (int i = 0; i < elts->len; i++)
        if (elts->items[i]->kind == N_STARRED) return true;
    return false;
}

/* A list or set display of more than two constants is built from one
 * constant, as CPython 3.11 does: BUILD_LIST 0 + LIST_EXTEND of a tuple, or
 * BUILD_SET 0 + SET_UPDATE of a frozenset. For sets this decides the
 * iteration order, so printed sets match CPython's. */
static bool compile_const_display(Compiler *c, Node *n)
{
    NodeList *elts = &n->u.seq.elts;
    Value items = tuple_new(elts->len);
    for (int i = 0; i < elts->len; i++) {
        Value v = const_value(c, elts->items[i]);
        if (!v) return false;
        TUPLE_ITEM(items, i) = v;
    }
    bool set = n->kind == N_SET;
    Value k = set ? set_display_const(c->t, AS_TUPLE(items)->items, elts->len) : items;
    if (!k) {
        compile_fail(c, 0);
        return true;
    }
    set_pos(c, n);
    emit(c, set ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    emit_load_const(c, k);
    emit(c, set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
    return true;
}

/* list, tuple or set display; kind is N_LIST, N_TUPLE or N_SET */
static void compile_sequence(Compiler *c, Node *n)
{
    NodeList *elts = &n->u.seq.elts;
    int build = n->kind == N_SET ? OP_BUILD_SET : n->kind == N_LIST ? OP_BUILD_LIST : OP_BUILD_TUPLE;
    if (n->kind == N_TUPLE) {
        Value k = const_value(c, n);
        if (k) {
            emit_load_const(c, k);
            return;
        }
    }
    if (n->kind != N_TUPLE && elts->len > 2 && compile_const_display(c, n)) return;
    if (!has_starred(elts)) {
        for (int i = 0; i < elts->len; i++) compile_expr(c, elts->items[i]);
        set_pos(c, n);
        emit(c, build, elts->len);
        return;
    }
    bool set = n->kind == N_SET;
    emit(c, set ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->items[i];
        if (e->kind == N_STARRED) {
            compile_expr(c, e->u.starred.value);
            set_pos(c, e);
            emit(c, set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            compile_expr(c, e);
            emit(c, set ? OP_SET_ADD : OP_LIST_APPEND, 1);
        }
    }
    if (n->kind == N_TUPLE) emit(c, OP_LIST_TO_TUPLE, 0);
}

static void compile_dict(Compiler *c, Node *n)
{
    NodeList *ks = &n->u.dict.keys, *vs = &n->u.dict.values;
    int pending = 0;
    bool built = false;
    for (int i = 0; i < ks->len; i++) {
        if (!ks->items[i]) {
            if (pending || !built) {
                emit(c, OP_BUILD_MAP, pending);
                if (built) emit(c, OP_DICT_UPDATE, 1);
                built = true;
                pending = 0;
            }
            compile_expr(c, vs->items[i]);
            set_pos(c, vs->items[i]);
            emit(c, OP_DICT_UPDATE, 1);
            continue;
        }
        compile_expr(c, ks->items[i]);
        compile_expr(c, vs->items[i]);
        pending++;
    }
    if (!built || pending) {
        set_pos(c, n);
        emit(c, OP_BUILD_MAP, pending);
        if (built) emit(c, OP_DICT_UPDATE, 1);
    }
}

/* --- calls ---------------------------------------------------------------------- */

/* CPython's validate_keywords, for calls and class definitions (at: the
 * call or class): no __debug__=, no keyword given twice (** excepted). */
bool validate_keywords(Compiler *c, NodeList *kws, Node *at)
{
    for (int i = 0; i < kws->len; i++) {
        const char *arg = kws->items[i]->u.keyword.arg;
        if (!arg) continue;
        if (forbidden_name(c, arg, CTX_STORE, at)) return false;
        for (int j = i + 1; j < kws->len; j++) {
            const char *other = kws->items[j]->u.keyword.arg;
            if (other && !strcmp(other, arg)) {
                compile_error(c, kws->items[j], "keyword argument repeated: %s", arg);
                return false;
            }
        }
    }
    return true;
}

static Value keyword_names(Compiler *c, NodeList *kws)
{
    Value names = tuple_new(kws->len);
    for (int i = 0; i < kws->len; i++) TUPLE_ITEM(names, i) = intern_id(c, kws->items[i]->u.keyword.arg);
    return names;
}

static void compile_call_ex(Compiler *c, Node *n)
{
    NodeList *args = &n->u.call.args, *kws = &n->u.call.keywords;
    emit(c, OP_PUSH_NULL, 0);
    emit(c, OP_BUILD_LIST, 0);
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        if (a->kind == N_STARRED) {
            compile_expr(c, a->u.starred.value);
            set_pos(c, a);
            emit(c, OP_LIST_EXTEND, 1 | 0x100);
        } else {
            compile_expr(c, a);
            emit(c, OP_LIST_APPEND, 1);
        }
    }
    emit(c, OP_LIST_TO_TUPLE, 0);
    if (kws->len) {
        emit(c, OP_BUILD_MAP, 0);
        for (int i = 0; i < kws->len; i++) {
            Node *k = kws->items[i];
            if (k->u.keyword.arg) {
                emit_load_const(c, intern_id(c, k->u.keyword.arg));
                compile_expr(c, k->u.keyword.value);
                emit(c, OP_BUILD_MAP, 1);
            } else {
                compile_expr(c, k->u.keyword.value);
            }
            set_pos(c, k);
            emit(c, OP_DICT_MERGE, 1);
        }
    }
    set_pos(c, n);
    emit(c, OP_CALL_EX, kws->len ? 1 : 0);
}

static void compile_call(Compiler *c, Node *n)
{
    NodeList *args = &n->u.call.args, *kws = &n->u.call.keywords;
    if (!validate_keywords(c, kws, n)) return;
    bool star = has_starred(args);
    for (int i = 0; i < kws->len; i++)
        if (!kws->items[i]->u.keyword.arg) star = true;
    Node *f = n->u.call.func;
    if (star) {
        compile_expr(c, f);
        compile_call_ex(c, n);
        return;
    }
    bool method = f->kind == N_ATTRIBUTE;
    if (method) {
        compile_expr(c, f->u.attribute.value);
        set_pos(c, f);
        emit(c, OP_LOAD_METHOD, add_name(c, intern_private(c, f->u.attribute.attr)));
    } else {
        compile_expr(c, f);
        if (kws->len) emit(c, OP_PUSH_NULL, 0);
    }
    for (int i = 0; i < args->len; i++) compile_expr(c, args->items[i]);
    if (kws->len) {
        Value names = keyword_names(c, kws);
        for (int i = 0; i < kws->len; i++) compile_expr(c, kws->items[i]->u.keyword.value);
        emit_load_const(c, names);
        set_pos(c, n);
        emit(c, OP_CALL_KW, args->len + kws->len);
    } else {
        set_pos(c, n);
        emit(c, method ? OP_CALL_METHOD : OP_CALL, args->len);
    }
}

/* --- functions ---------------------------------------------------------------- */

void make_closure(Compiler *c, CodeObj *code, uint32_t flags)
{
    size_t nfree = TUPLE_LEN(code->freevars);
    if (nfree) {
        for (size_t i = 0; i < nfree; i++)
            emit(c, OP_LOAD_CLOSURE, cell_index(c->u, TUPLE_ITEM(code->freevars, i)));
        emit(c, OP_BUILD_TUPLE, nfree);
        flags |= 8;
    }
    emit_load_const(c, OBJ_VAL(code));
    emit(c, OP_MAKE_FUNCTION, flags);
}

/* An annotation's value: with `from __future__ import annotations` (PEP
 * 563) its text, never evaluated, so that it may name what is defined later. */
void compile_annotation(Compiler *c, Node *ann)
{
    if (!c->future_annotations) {
        compile_expr(c, ann);
        return;
    }
    Value text = unparse_expr(c, ann);
    if (!text) {
        err_clear(c->t);
        text = str_from_cstr("");
    }
    emit_load_const(c, text);
}

/* Pushes defaults, keyword-only defaults and annotations; returns the flags. */
static uint32_t compile_defaults(Compiler *c, Node *args, Node *returns, bool annotations)
{
    uint32_t flags = 0;
    NodeList *defs = &args->u.arguments.defaults;
    if (defs->len) {
        for (int i = 0; i < defs->len; i++) compile_expr(c, defs->items[i]);
        emit(c, OP_BUILD_TUPLE, defs->len);
        flags |= 1;
    }
    NodeList *kwo = &args->u.arguments.kwonlyargs, *kwd = &args->u.arguments.kw_defaults;
    int nkw = 0;
    for (int i = 0; i < kwo->len; i++) {
        if (i >= kwd->len || !kwd->items[i]) continue;
        emit_load_const(c, intern_private(c, kwo->items[i]->u.arg.arg));
        compile_expr(c, kwd->items[i]);
        nkw++;
    }
    if (nkw) {
        emit(c, OP_BUILD_MAP, nkw);
        flags |= 2;
    }
    if (!annotations) return flags;
    int nann = 0;
    NodeList *lists[] = {&args->u.arguments.posonlyargs, &args->u.arguments.args, NULL, kwo, NULL};
    Node *singles[] = {NULL, NULL, args->u.arguments.vararg, NULL, args->u.arguments.kwarg};
    for (int k = 0; k < 5; k++) {
        if (lists[k]) {
            for (int i = 0; i < lists[k]->len; i++) {
                Node *a = lists[k]->items[i];
                if (!a->u.arg.annotation) continue;
                emit_load_const(c, intern_private(c, a->u.arg.arg));
                compile_annotation(c, a->u.arg.annotation);
                nann++;
            }
        } else if (singles[k] && singles[k]->u.arg.annotation) {
            emit_load_const(c, intern_private(c, singles[k]->u.arg.arg));
            compile_annotation(c, singles[k]->u.arg.annotation);
            nann++;
        }
    }
    if (returns) {
        emit_load_const(c, str_intern_cstr("return"));
        compile_annotation(c, returns);
        nann++;
    }
    if (nann) {
        emit(c, OP_BUILD_MAP, nann);
        flags |= 4;
    }
    return flags;
}

static void set_arg_counts(Unit *u, Node *args)
{
    u->posonly = args->u.arguments.posonlyargs.len;
    u->argcount = u->posonly + args->u.arguments.args.len;
    u->kwonly = args->u.arguments.kwonlyargs.len;
    if (args->u.arguments.vararg) u->flags |= CO_VARARGS;
    if (args->u.arguments.kwarg) u->flags |= CO_VARKW;
}

static Value compile_function_body(Compiler *c, Node *n, Value name, int firstline)
{
    unit_enter(c, n, name, firstline);
    Unit *u = c->u;
    u->flags |= CO_NEWLOCALS;
    set_arg_counts(u, n->u.funcdef.args);
    if (u->scope->generator) u->flags |= CO_GENERATOR;
    NodeList *body = &n->u.funcdef.body;
    int start = 0;
    if (n->kind == N_FUNCDEF && body->len && body->items[0]->kind == N_EXPR) {
        Node *d = body->items[0]->u.value.value;
        if (d->kind == N_CONSTANT && d->u.constant.kind == CONST_STR) {
            if (c->optimize < 2) u->doc = str_new(d->u.constant.text, d->u.constant.len);
            start = 1;
        }
    }
    if (n->kind == N_LAMBDA) {
        Node *e = body->items[0]->u.value.value;
        compile_expr(c, e);
        set_pos(c, e);
        emit(c, OP_RETURN_VALUE, 0);
    } else {
        for (int i = start; i < body->len && !c->failed; i++) compile_stmt(c, body->items[i]);
        u->pos.col = u->pos.end_col = -1;
        emit_load_const(c, V_NONE);
        emit(c, OP_RETURN_VALUE, 0);
    }
    return unit_finish(c);
}

/* No parameter may be called __debug__ (CPython's compiler_check_debug_args). */
static bool check_debug_args(Compiler *c, Node *args, Node *at)
{
    NodeList *lists[3] = {&args->u.arguments.posonlyargs, &args->u.arguments.args, &args->u.arguments.kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->len; i++)
            if (forbidden_name(c, lists[k]->items[i]->u.arg.arg, CTX_STORE, at)) return false;
    Node *rest[2] = {args->u.arguments.vararg, args->u.arguments.kwarg};
    for (int k = 0; k < 2; k++)
        if (rest[k] && forbidden_name(c, rest[k]->u.arg.arg, CTX_STORE, at)) return false;
    return true;
}

static void compile_function(Compiler *c, Node *n)
{
    bool lambda = n->kind == N_LAMBDA;
    if (!check_debug_args(c, n->u.funcdef.args, n)) return;
    NodeList *decos = &n->u.funcdef.decorators;
    for (int i = 0; !lambda && i < decos->len; i++) compile_expr(c, decos->items[i]);
    uint32_t flags = compile_defaults(c, n->u.funcdef.args, lambda ? NULL : n->u.funcdef.returns, !lambda);
    int firstline = !lambda && decos->len ? decos->items[0]->lineno : n->lineno;
    Value name = str_intern_cstr(lambda ? "<lambda>" : n->u.funcdef.name);
    Value code = compile_function_body(c, n, name, firstline);
    if (!code) return;
    set_pos(c, n);
    make_closure(c, AS_CODE(code), flags);
    for (int i = 0; !lambda && i < decos->len; i++) emit(c, OP_CALL, 1);
}

void compile_function_def(Compiler *c, Node *n)
{
    compile_function(c, n);
    compile_name(c, n->u.funcdef.name, CTX_STORE, n);
}

/* --- comprehensions ---------------------------------------------------------------- */

static void compile_comp_loops(Compiler *c, Node *n, int gi)
{
    NodeList *gens = &n->u.comp.generators;
    Node *g = gens->items[gi];
    int top = new_label(c), end = new_label(c);
    if (gi == 0) {
        emit(c, OP_LOAD_FAST, 0);   /* .0: the first iterator, made outside */
    } else {
        compile_expr(c, g->u.comprehension.iter);
        set_pos(c, g->u.comprehension.iter);
        emit(c, OP_GET_ITER, 0);
    }
    place_label(c, top);
    set_pos(c, g->u.comprehension.iter);
    emit_jump(c, OP_FOR_ITER, end);
    compile_store(c, g->u.comprehension.target);
    for (int i = 0; i < g->u.comprehension.ifs.len; i++)
        compile_jump_if(c, g->u.comprehension.ifs.items[i], top, false);
    if (gi + 1 < gens->len) {
        compile_comp_loops(c, n, gi + 1);
    } else {
        uint32_t depth = (uint32_t)gens->len + 1;
        switch (n->kind) {
        case N_GENEXP:
            compile_expr(c, n->u.comp.elt);
            emit(c, OP_YIELD_VALUE, 0);
            emit(c, OP_POP_TOP, 0);
            break;
        case N_LISTCOMP:
            compile_expr(c, n->u.comp.elt);
            emit(c, OP_LIST_APPEND, depth);
            break;
        case N_SETCOMP:
            compile_expr(c, n->u.comp.elt);
            emit(c, OP_SET_ADD, depth);
            break;
        default:
            compile_expr(c, n->u.comp.elt);
            compile_expr(c, n->u.comp.value);
            set_pos(c, n);
            emit(c, OP_MAP_ADD, depth);
            break;
        }
    }
    emit_jump(c, OP_JUMP, top);
    place_label(c, end);
}

static void compile_comprehension(Compiler *c, Node *n)
{
    static const char *const names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    int k = n->kind == N_LISTCOMP ? 0 : n->kind == N_SETCOMP ? 1 : n->kind == N_DICTCOMP ? 2 : 3;
    unit_enter(c, n, str_intern_cstr(names[k]), n->lineno);
    Unit *u = c->u;
    u->flags |= CO_NEWLOCALS;
    u->argcount = 1;
    if (n->kind == N_GENEXP) u->flags |= CO_GENERATOR;
    set_pos(c, n);
    if (n->kind != N_GENEXP)
        emit(c, n->kind == N_LISTCOMP ? OP_BUILD_LIST : n->kind == N_SETCOMP ? OP_BUILD_SET : OP_BUILD_MAP, 0);
    compile_comp_loops(c, n, 0);
    if (n->kind == N_GENEXP) emit_load_const(c, V_NONE);
    emit(c, OP_RETURN_VALUE, 0);
    Value code = unit_finish(c);
    if (!code) return;
    set_pos(c, n);
    make_closure(c, AS_CODE(code), 0);
    Node *first = n->u.comp.generators.items[0]->u.comprehension.iter;
    compile_expr(c, first);
    set_pos(c, first);
    emit(c, OP_GET_ITER, 0);
    set_pos(c, n);
    emit(c, OP_CALL, 1);
}

/* --- f-strings ---------------------------------------------------------------------- */

static void compile_joined(Compiler *c, Node *n)
{
    NodeList *vs = &n->u.joined.values;
    if (vs->len == 0) {
        emit_load_const(c, str_empty());
        return;
    }
    for (int i = 0; i < vs->len; i++) {
        Node *v = vs->items[i];
        if (v->kind != N_FORMATTEDVALUE) {
            compile_expr(c, v);
            continue;
        }
        compile_expr(c, v->u.fvalue.value);
        uint32_t flags = v->u.fvalue.conversion == 's' ? 1 : v->u.fvalue.conversion == 'r' ? 2
                       : v->u.fvalue.conversion == 'a' ? 3 : 0;
        if (v->u.fvalue.format_spec) {
            compile_expr(c, v->u.fvalue.format_spec);
            flags |= 4;
        }
        set_pos(c, v);
        emit(c, OP_FORMAT_VALUE, flags);
    }
    if (vs->len > 1) emit(c, OP_BUILD_STRING, vs->len);
    else if (vs->items[0]->kind != N_FORMATTEDVALUE) return;
}

/* --- yield --------------------------------------------------------------------- */

static void compile_yield_from(Compiler *c, Node *n)
{
    int top = new_label(c), exit = new_label(c);
    compile_expr(c, n->u.value.value);
    set_pos(c, n);
    emit(c, OP_GET_YIELD_FROM_ITER, 0);
    emit_load_const(c, V_NONE);
    place_label(c, top);
    emit_jump(c, OP_SEND, exit);
    emit(c, OP_YIELD_VALUE, 1);     /* arg 1: a yield from; the receiver sits below */
    emit_jump(c, OP_JUMP, top);
    place_label(c, exit);
}

/* --- the dispatcher -------------------------------------------------------------- */

void compile_expr(Compiler *c, Node *n)
{
    if (c->failed) return;
    if (++c->depth > MAX_COMPILE_DEPTH) {
        compile_too_deep(c);
        return;
    }
    set_pos(c, n);
    switch (n->kind) {
    case N_CONSTANT: emit_load_const(c, const_value(c, n)); break;
    case N_NAME: compile_name(c, n->u.name.id, CTX_LOAD, n); break;
    case N_BINOP: {
        Value k = const_value(c, n);
        if (k) {
            emit_load_const(c, k);
            break;
        }
        compile_expr(c, n->u.binop.left);
        compile_expr(c, n->u.binop.right);
        set_pos(c, n);
        emit(c, OP_BINARY_OP, n->u.binop.op);
        break;
    }
    case N_UNARYOP: {
        Value k = const_value(c, n);
        if (k) emit_load_const(c, k);
        else compile_unary(c, n);
        break;
    }
    case N_BOOLOP: compile_boolop(c, n); break;
    case N_COMPARE: compile_compare(c, n); break;
    case N_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        compile_jump_if(c, n->u.ifexp.test, orelse, false);
        compile_expr(c, n->u.ifexp.body);
        emit_jump(c, OP_JUMP, end);
        place_label(c, orelse);
        compile_expr(c, n->u.ifexp.orelse);
        place_label(c, end);
        break;
    }
    case N_LAMBDA: compile_function(c, n); break;
    case N_NAMEDEXPR:
        compile_expr(c, n->u.namedexpr.value);
        emit(c, OP_COPY, 1);
        compile_store(c, n->u.namedexpr.target);
        break;
    case N_DICT: compile_dict(c, n); break;
    case N_SET: case N_LIST: case N_TUPLE: compile_sequence(c, n); break;
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP: case N_GENEXP: compile_comprehension(c, n); break;
    case N_YIELD:
        if (n->u.value.value) compile_expr(c, n->u.value.value);
        else emit_load_const(c, V_NONE);
        set_pos(c, n);
        emit(c, OP_YIELD_VALUE, 0);
        break;
    case N_YIELDFROM: compile_yield_from(c, n); break;
    case N_CALL: compile_call(c, n); break;
    case N_JOINEDSTR: compile_joined(c, n); break;
    case N_FORMATTEDVALUE: {
        NodeList one = {&n, 1, 1};
        Node wrapper = *n;
        wrapper.kind = N_JOINEDSTR;
        wrapper.u.joined.values = one;
        compile_joined(c, &wrapper);
        break;
    }
    case N_ATTRIBUTE:
        compile_expr(c, n->u.attribute.value);
        set_pos(c, n);
        emit(c, OP_LOAD_ATTR, add_name(c, intern_private(c, n->u.attribute.attr)));
        break;
    case N_SUBSCRIPT:
        compile_expr(c, n->u.subscript.value);
        compile_expr(c, n->u.subscript.slice);
        set_pos(c, n);
        emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case N_SLICE: {
        Node *parts[3] = {n->u.slice.lower, n->u.slice.upper, n->u.slice.step};
        int nparts = parts[2] ? 3 : 2;
        for (int i = 0; i < nparts; i++) {
            if (parts[i]) compile_expr(c, parts[i]);
            else emit_load_const(c, V_NONE);
        }
        set_pos(c, n);
        emit(c, OP_BUILD_SLICE, nparts);
        break;
    }
    case N_STARRED: compile_error(c, n, "can't use starred expression here"); break;
    default: compile_error(c, n, "unsupported expression"); break;
    }
    c->depth--;
}
