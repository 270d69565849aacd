/* symtable.c - the symbol table pass: one scope per module, class,
 * function, lambda and comprehension, then the resolution of each name.
 *
 * Resolution follows CPython's symtable.c: a name bound in a function is
 * local; one used but not bound is free if an enclosing function binds it,
 * else global; a local that a nested scope uses as free becomes a cell.
 * Class scopes do not make their names visible to nested functions, but pass
 * free variables through. A function that uses `super` gets the implicit
 * `__class__` free variable, which makes its class keep a cell for it. */
#include <gc/gc.h>
#include <stdio.h>
#include <string.h>
#include "symtable.h"

/* --- node -> scope map --------------------------------------------------------- */

static size_t ptr_hash(Node *n) { return ((uintptr_t)n >> 4) * 0x9E3779B97F4A7C15ULL >> 20; }

static void map_put(SymTable *st, Node *n, Scope *s)
{
    if ((st->used + 1) * 2 > st->mask) {
        size_t cap = st->mask ? (st->mask + 1) * 2 : 64;
        Node **keys = GC_MALLOC(cap * sizeof(Node *));
        Scope **vals = GC_MALLOC(cap * sizeof(Scope *));
        for (size_t i = 0; st->mask && i <= st->mask; i++) {
            if (!st->keys[i]) continue;
            size_t j = ptr_hash(st->keys[i]) & (cap - 1);
            while (keys[j]) j = (j + 1) & (cap - 1);
            keys[j] = st->keys[i];
            vals[j] = st->vals[i];
        }
        st->keys = keys;
        st->vals = vals;
        st->mask = cap - 1;
    }
    size_t j = ptr_hash(n) & st->mask;
    while (st->keys[j]) j = (j + 1) & st->mask;
    st->keys[j] = n;
    st->vals[j] = s;
    st->used++;
}

Scope *symtable_lookup(SymTable *st, Node *n)
{
    size_t j = ptr_hash(n) & st->mask;
    while (st->keys[j] && st->keys[j] != n) j = (j + 1) & st->mask;
    return st->keys[j] ? st->vals[j] : NULL;
}

/* --- scopes and symbols ----------------------------------------------------------- */

static Scope *scope_new(SymTable *st, ScopeKind kind, Node *node, const char *name, Scope *parent)
{
    Scope *s = GC_MALLOC(sizeof *s);
    s->kind = kind;
    s->node = node;
    s->name = name;
    s->parent = parent;
    if (parent) {
        if (parent->nchildren == parent->childcap) {
            parent->childcap = parent->childcap ? parent->childcap * 2 : 4;
            parent->children = GC_REALLOC(parent->children, parent->childcap * sizeof(Scope *));
        }
        parent->children[parent->nchildren++] = s;
        s->comp_depth = kind == SC_COMPREHENSION ? parent->comp_depth + 1 : 0;
        s->private_ = parent->private_;
    }
    if (kind == SC_CLASS) s->private_ = name;
    map_put(st, node, s);
    return s;
}

const char *scope_mangle(const Scope *s, const char *name)
{
    const char *cls = s->private_;
    size_t n = strlen(name);
    if (!cls || n < 3 || name[0] != '_' || name[1] != '_' || (name[n - 1] == '_' && name[n - 2] == '_')
        || strchr(name, '.'))
        return name;
    while (*cls == '_') cls++;    /* a class named only of underscores mangles nothing */
    if (!*cls) return name;
    size_t k = strlen(cls);
    char *m = GC_MALLOC_ATOMIC(k + n + 2);
    m[0] = '_';
    memcpy(m + 1, cls, k);
    memcpy(m + 1 + k, name, n + 1);
    return m;
}

/* Symbols are kept by their mangled names, so every lookup mangles too. */
Symbol *scope_find(Scope *s, const char *name)
{
    name = scope_mangle(s, name);
    for (int i = 0; i < s->nsyms; i++)
        if (!strcmp(s->syms[i].name, name)) return &s->syms[i];
    return NULL;
}

static Symbol *scope_add(Scope *s, const char *name, int flags, Node *at)
{
    name = scope_mangle(s, name);
    Symbol *sym = scope_find(s, name);
    if (!sym) {
        if (s->nsyms == s->cap) {
            s->cap = s->cap ? s->cap * 2 : 8;
            s->syms = GC_REALLOC(s->syms, s->cap * sizeof(Symbol));
        }
        sym = &s->syms[s->nsyms++];
        memset(sym, 0, sizeof *sym);
        sym->name = name;
        sym->first = at;
    }
    sym->flags |= flags;
    return sym;
}

static void st_error(SymTable *st, Node *at, const char *msg)
{
    if (st->failed) return;
    st->failed = true;
    st->err_msg = msg;
    st->err_line = at ? at->lineno : 1;
    st->err_col = at ? at->col : 0;
    st->err_end_line = at ? at->end_lineno : -1;
    st->err_end_col = at ? at->end_col : -1;
}

static char *fmt_msg(const char *fmt, const char *name)
{
    size_t n = strlen(fmt) + strlen(name) + 1;
    char *m = GC_MALLOC_ATOMIC(n);
    snprintf(m, n, fmt, name);
    return m;
}

/* As the compiler's MAX_COMPILE_DEPTH. */
enum { MAX_SYMTABLE_DEPTH = 2000 };

/* --- the walk -------------------------------------------------------------------- */

typedef struct Walk {
    SymTable *st;
    Scope *cur;
    int depth;
} Walk;

static void visit(Walk *w, Node *n);
static void visit_list(Walk *w, NodeList *l)
{
    for (int i = 0; i < l->len; i++) visit(w, l->items[i]);
}

static void bind(Walk *w, const char *name, Node *at)
{
    Symbol *sym = scope_find(w->cur, name);
    if (sym && (sym->flags & SYM_GLOBAL) == 0 && (sym->flags & SYM_NONLOCAL) == 0) {
        sym->flags |= SYM_ASSIGNED;
        return;
    }
    scope_add(w->cur, name, SYM_ASSIGNED, at);
}

static void use(Walk *w, const char *name, Node *at)
{
    scope_add(w->cur, name, SYM_USED, at);
    if (w->cur->kind == SC_FUNCTION && !strcmp(name, "super"))
        scope_add(w->cur, "__class__", SYM_USED, at);
}

/* A walrus target binds in the nearest enclosing non-comprehension scope. */
static void bind_walrus(Walk *w, Node *target)
{
    Scope *s = w->cur;
    while (s->kind == SC_COMPREHENSION) s = s->parent;
    if (s->kind == SC_CLASS && w->cur->kind == SC_COMPREHENSION) {
        st_error(w->st, target, "assignment expression within a comprehension cannot be used in a class body");
        return;
    }
    for (Scope *c = w->cur; c != s; c = c->parent) {
        Symbol *sym = scope_find(c, target->u.name.id);
        if (sym && (sym->flags & SYM_ASSIGNED)) {
            st_error(w->st, target, fmt_msg("assignment expression cannot rebind comprehension iteration variable '%s'",
                                            target->u.name.id));
            return;
        }
    }
    Scope *saved = w->cur;
    int decl = s->kind == SC_MODULE ? SYM_GLOBAL : SYM_NONLOCAL;
    for (Scope *c = w->cur; c != s; c = c->parent)
        scope_add(c, target->u.name.id, decl, target);
    w->cur = s;
    bind(w, target->u.name.id, target);
    w->cur = saved;
}

static void visit_args(Walk *w, Node *args)
{
    NodeList *lists[] = {&args->u.arguments.posonlyargs, &args->u.arguments.args};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < lists[k]->len; i++)
            if (lists[k]->items[i]->u.arg.annotation) visit(w, lists[k]->items[i]->u.arg.annotation);
    for (int i = 0; i < args->u.arguments.kwonlyargs.len; i++)
        if (args->u.arguments.kwonlyargs.items[i]->u.arg.annotation)
            visit(w, args->u.arguments.kwonlyargs.items[i]->u.arg.annotation);
}

static void add_param(Walk *w, Node *arg)
{
    Scope *s = w->cur;
    const char *name = arg->u.arg.arg;
    Symbol *sym = scope_find(s, name);
    if (sym && (sym->flags & SYM_PARAM)) {
        st_error(w->st, arg, fmt_msg("duplicate argument '%s' in function definition", name));
        return;
    }
    scope_add(s, name, SYM_PARAM, arg);
    s->params = GC_REALLOC(s->params, (s->nparams + 1) * sizeof(char *));
    s->params[s->nparams++] = scope_mangle(s, name);
}

static void define_params(Walk *w, Node *args)
{
    for (int i = 0; i < args->u.arguments.posonlyargs.len; i++) add_param(w, args->u.arguments.posonlyargs.items[i]);
    for (int i = 0; i < args->u.arguments.args.len; i++) add_param(w, args->u.arguments.args.items[i]);
    for (int i = 0; i < args->u.arguments.kwonlyargs.len; i++) add_param(w, args->u.arguments.kwonlyargs.items[i]);
    if (args->u.arguments.vararg) {
        add_param(w, args->u.arguments.vararg);
        w->cur->has_varargs = true;
    }
    if (args->u.arguments.kwarg) {
        add_param(w, args->u.arguments.kwarg);
        w->cur->has_varkw = true;
    }
}

static void visit_function(Walk *w, Node *n, const char *name, Node *args, NodeList *body, Node *lambda_body)
{
    visit_list(w, &args->u.arguments.defaults);
    for (int i = 0; i < args->u.arguments.kw_defaults.len; i++)
        if (args->u.arguments.kw_defaults.items[i]) visit(w, args->u.arguments.kw_defaults.items[i]);
    visit_args(w, args);
    Scope *saved = w->cur;
    w->cur = scope_new(w->st, SC_FUNCTION, n, name, saved);
    define_params(w, args);
    if (body) visit_list(w, body);
    if (lambda_body) visit(w, lambda_body);
    w->cur = saved;
}

/* The first iterable is evaluated outside; the rest inside the new scope. */
static void visit_comprehension(Walk *w, Node *n, const char *name)
{
    NodeList *gens = &n->u.comp.generators;
    Node *first = gens->items[0];
    Scope *saved = w->cur;
    visit(w, first->u.comprehension.iter);
    Scope *s = scope_new(w->st, SC_COMPREHENSION, n, name, saved);
    w->cur = s;
    s->generator = n->kind == N_GENEXP;
    scope_add(s, ".0", SYM_PARAM, n);
    s->params = GC_MALLOC(sizeof(char *));
    s->params[0] = ".0";
    s->nparams = 1;
    for (int i = 0; i < gens->len; i++) {
        Node *g = gens->items[i];
        if (i > 0) visit(w, g->u.comprehension.iter);
        visit(w, g->u.comprehension.target);
        visit_list(w, &g->u.comprehension.ifs);
    }
    if (n->u.comp.value) visit(w, n->u.comp.value);
    visit(w, n->u.comp.elt);
    w->cur = saved;
}

static void check_yield(Walk *w, Node *n)
{
    Scope *s = w->cur;
    if (s->kind == SC_COMPREHENSION && s->node->kind != N_GENEXP) {
        static const char *const what[] = {"list comprehension", "set comprehension", "dict comprehension"};
        int k = s->node->kind == N_LISTCOMP ? 0 : s->node->kind == N_SETCOMP ? 1 : 2;
        st_error(w->st, n, fmt_msg("'yield' inside %s", what[k]));
        return;
    }
    if (s->kind == SC_COMPREHENSION) {
        st_error(w->st, n, "'yield' inside generator expression");
        return;
    }
    if (s->kind != SC_FUNCTION) {
        st_error(w->st, n, "'yield' outside function");
        return;
    }
    s->generator = true;
}

/* A simple annotated name outside the module cannot be global or nonlocal
 * (reported at the statement, as CPython does); it is marked for declare. */
static bool annotate(Walk *w, Node *n)
{
    Node *t = n->u.annassign.target;
    if (t->kind != N_NAME || !n->u.annassign.simple) return true;
    Symbol *sym = scope_find(w->cur, t->u.name.id);
    if (sym && (sym->flags & (SYM_GLOBAL | SYM_NONLOCAL)) && w->cur->kind != SC_MODULE) {
        const char *m = sym->flags & SYM_GLOBAL ? "annotated name '%s' can't be global"
                                                : "annotated name '%s' can't be nonlocal";
        st_error(w->st, n, fmt_msg(m, t->u.name.id));
        return false;
    }
    scope_add(w->cur, t->u.name.id, SYM_ANNOT, t);
    return true;
}

static void declare(Walk *w, Node *n, bool global)
{
    Scope *s = w->cur;
    for (int i = 0; i < n->u.names.len; i++) {
        const char *name = n->u.names.names[i];
        Symbol *sym = scope_find(s, name);
        if (sym) {
            const char *kw = global ? "global" : "nonlocal";
            const char *m = NULL;
            if (sym->flags & SYM_PARAM) m = "name '%s' is parameter and %s";
            else if (sym->flags & SYM_USED) m = "name '%s' is used prior to %s declaration";
            else if (sym->flags & SYM_ANNOT) m = "annotated name '%s' can't be %s";
            else if (sym->flags & SYM_ASSIGNED) m = "name '%s' is assigned to before %s declaration";
            if ((sym->flags & (global ? SYM_NONLOCAL : SYM_GLOBAL)))
                m = global ? "name '%s' is nonlocal and global" : "name '%s' is nonlocal and global";
            if (m) {
                size_t len = strlen(m) + strlen(name) + strlen(kw);
                char *buf = GC_MALLOC_ATOMIC(len);
                snprintf(buf, len, m, name, kw);
                st_error(w->st, n, buf);
                return;
            }
        }
        scope_add(s, name, global ? SYM_GLOBAL : SYM_NONLOCAL, n);
    }
}

static void visit_import(Walk *w, Node *n)
{
    NodeList *names = n->kind == N_IMPORT ? &n->u.import.names : &n->u.importfrom.names;
    for (int i = 0; i < names->len; i++) {
        Node *a = names->items[i];
        const char *name = a->u.alias.asname ? a->u.alias.asname : a->u.alias.name;
        if (!strcmp(name, "*")) {
            if (w->cur->kind != SC_MODULE)
                st_error(w->st, a, "import * only allowed at module level");
            continue;
        }
        if (!a->u.alias.asname && n->kind == N_IMPORT) {
            const char *dot = strchr(name, '.');
            if (dot) {
                size_t len = dot - name;
                char *top = GC_MALLOC_ATOMIC(len + 1);
                memcpy(top, name, len);
                top[len] = 0;
                name = top;
            }
        }
        bind(w, name, a);
    }
}

static void visit_node(Walk *w, Node *n);

static void visit(Walk *w, Node *n)
{
    if (!n || w->st->failed) return;
    if (w->depth >= MAX_SYMTABLE_DEPTH) {
        w->st->failed = w->st->too_deep = true;
        return;
    }
    w->depth++;
    visit_node(w, n);
    w->depth--;
}

static void visit_node(Walk *w, Node *n)
{
    switch (n->kind) {
    case N_MODULE: case N_INTERACTIVE: visit_list(w, &n->u.module.body); break;
    case N_EXPRESSION: visit(w, n->u.expression.body); break;
    case N_FUNCDEF:
        visit_list(w, &n->u.funcdef.decorators);
        if (n->u.funcdef.returns) visit(w, n->u.funcdef.returns);
        visit_function(w, n, n->u.funcdef.name, n->u.funcdef.args, &n->u.funcdef.body, NULL);
        bind(w, n->u.funcdef.name, n);
        break;
    case N_LAMBDA:
        visit_function(w, n, "<lambda>", n->u.funcdef.args, &n->u.funcdef.body, NULL);
        break;
    case N_CLASSDEF: {
        visit_list(w, &n->u.classdef.decorators);
        visit_list(w, &n->u.classdef.bases);
        visit_list(w, &n->u.classdef.keywords);
        Scope *saved = w->cur;
        w->cur = scope_new(w->st, SC_CLASS, n, n->u.classdef.name, saved);
        visit_list(w, &n->u.classdef.body);
        w->cur = saved;
        bind(w, n->u.classdef.name, n);
        break;
    }
    case N_RETURN: case N_EXPR: visit(w, n->u.value.value); break;
    case N_YIELD: case N_YIELDFROM:
        check_yield(w, n);
        visit(w, n->u.value.value);
        break;
    case N_DELETE: visit_list(w, &n->u.del.targets); break;
    case N_ASSIGN: visit(w, n->u.assign.value); visit_list(w, &n->u.assign.targets); break;
    case N_AUGASSIGN:
        visit(w, n->u.augassign.value);
        if (n->u.augassign.target->kind == N_NAME) {
            use(w, n->u.augassign.target->u.name.id, n->u.augassign.target);
            bind(w, n->u.augassign.target->u.name.id, n->u.augassign.target);
        } else {
            visit(w, n->u.augassign.target);
        }
        break;
    case N_ANNASSIGN:
        if (!annotate(w, n)) break;
        visit(w, n->u.annassign.annotation);
        visit(w, n->u.annassign.value);
        if (n->u.annassign.target->kind != N_NAME || n->u.annassign.value)
            visit(w, n->u.annassign.target);
        else if (n->u.annassign.target->kind == N_NAME && w->cur->kind != SC_FUNCTION)
            bind(w, n->u.annassign.target->u.name.id, n->u.annassign.target);
        else
            bind(w, n->u.annassign.target->u.name.id, n->u.annassign.target);
        break;
    case N_FOR:
        visit(w, n->u.for_.iter);
        visit(w, n->u.for_.target);
        visit_list(w, &n->u.for_.body);
        visit_list(w, &n->u.for_.orelse);
        break;
    case N_WHILE: case N_IF:
        visit(w, n->u.cond.test);
        visit_list(w, &n->u.cond.body);
        visit_list(w, &n->u.cond.orelse);
        break;
    case N_WITH: visit_list(w, &n->u.with.items); visit_list(w, &n->u.with.body); break;
    case N_WITHITEM: visit(w, n->u.withitem.context_expr); visit(w, n->u.withitem.optional_vars); break;
    case N_RAISE: visit(w, n->u.raise.exc); visit(w, n->u.raise.cause); break;
    case N_TRY:
        visit_list(w, &n->u.try_.body);
        visit_list(w, &n->u.try_.handlers);
        visit_list(w, &n->u.try_.orelse);
        visit_list(w, &n->u.try_.finalbody);
        break;
    case N_EXCEPTHANDLER:
        visit(w, n->u.handler.type);
        if (n->u.handler.name) bind(w, n->u.handler.name, n);
        visit_list(w, &n->u.handler.body);
        break;
    case N_ASSERT: visit(w, n->u.assert_.test); visit(w, n->u.assert_.msg); break;
    case N_IMPORT: case N_IMPORTFROM: visit_import(w, n); break;
    case N_GLOBAL: declare(w, n, true); break;
    case N_NONLOCAL: declare(w, n, false); break;
    case N_PASS: case N_BREAK: case N_CONTINUE: break;
    case N_BOOLOP: visit_list(w, &n->u.boolop.values); break;
    case N_NAMEDEXPR:
        visit(w, n->u.namedexpr.value);
        bind_walrus(w, n->u.namedexpr.target);
        break;
    case N_BINOP: visit(w, n->u.binop.left); visit(w, n->u.binop.right); break;
    case N_UNARYOP: visit(w, n->u.unaryop.operand); break;
    case N_IFEXP: visit(w, n->u.ifexp.test); visit(w, n->u.ifexp.body); visit(w, n->u.ifexp.orelse); break;
    case N_DICT:
        for (int i = 0; i < n->u.dict.keys.len; i++) {
            visit(w, n->u.dict.keys.items[i]);
            visit(w, n->u.dict.values.items[i]);
        }
        break;
    case N_SET: case N_LIST: case N_TUPLE: visit_list(w, &n->u.seq.elts); break;
    case N_LISTCOMP: visit_comprehension(w, n, "<listcomp>"); break;
    case N_SETCOMP: visit_comprehension(w, n, "<setcomp>"); break;
    case N_DICTCOMP: visit_comprehension(w, n, "<dictcomp>"); break;
    case N_GENEXP: visit_comprehension(w, n, "<genexpr>"); break;
    case N_COMPARE: visit(w, n->u.compare.left); visit_list(w, &n->u.compare.comparators); break;
    case N_CALL: visit(w, n->u.call.func); visit_list(w, &n->u.call.args); visit_list(w, &n->u.call.keywords); break;
    case N_KEYWORD: visit(w, n->u.keyword.value); break;
    case N_FORMATTEDVALUE: visit(w, n->u.fvalue.value); visit(w, n->u.fvalue.format_spec); break;
    case N_JOINEDSTR: visit_list(w, &n->u.joined.values); break;
    case N_CONSTANT: break;
    case N_ATTRIBUTE: visit(w, n->u.attribute.value); break;
    case N_SUBSCRIPT: visit(w, n->u.subscript.value); visit(w, n->u.subscript.slice); break;
    case N_STARRED: visit(w, n->u.starred.value); break;
    case N_SLICE: visit(w, n->u.slice.lower); visit(w, n->u.slice.upper); visit(w, n->u.slice.step); break;
    case N_NAME:
        if (n->u.name.ctx == CTX_LOAD) use(w, n->u.name.id, n);
        else bind(w, n->u.name.id, n);
        break;
    default: break;
    }
}

/* --- resolution ------------------------------------------------------------------- */

typedef struct NameSet {
    const char **names;
    int len, cap;
} NameSet;

static bool set_has(const NameSet *s, const char *name)
{
    for (int i = 0; i < s->len; i++)
        if (!strcmp(s->names[i], name)) return true;
    return false;
}

static void set_add(NameSet *s, const char *name)
{
    if (set_has(s, name)) return;
    if (s->len == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->names = GC_REALLOC(s->names, s->cap * sizeof(char *));
    }
    s->names[s->len++] = name;
}

static bool is_bound_here(const Symbol *sym)
{
    return (sym->flags & (SYM_ASSIGNED | SYM_PARAM)) && !(sym->flags & (SYM_GLOBAL | SYM_NONLOCAL));
}

/* Resolves s and its children. bound: names bound by enclosing function
 * scopes (visible as free variables). Returns the names s needs from outside. */
static NameSet analyze(SymTable *st, Scope *s, const NameSet *bound)
{
    bool funclike = s->kind == SC_FUNCTION || s->kind == SC_COMPREHENSION;
    NameSet child_bound = {0}, free = {0}, child_free = {0};
    if (s->kind != SC_MODULE)
        for (int i = 0; i < bound->len; i++) set_add(&child_bound, bound->names[i]);
    if (funclike)
        for (int i = 0; i < s->nsyms; i++)
            if (is_bound_here(&s->syms[i])) set_add(&child_bound, s->syms[i].name);
    if (s->kind == SC_CLASS) set_add(&child_bound, "__class__");
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->flags & SYM_NONLOCAL) {
            /* found while resolving, after every error of the walk, as in CPython */
            if (s->kind == SC_MODULE)
                st_error(st, sym->first, "nonlocal declaration not allowed at module level");
            else if (!set_has(bound, sym->name))
                st_error(st, sym->first, fmt_msg("no binding for nonlocal '%s' found", sym->name));
            sym->res = RES_FREE;
            set_add(&free, sym->name);
        } else if (sym->flags & SYM_GLOBAL) {
            sym->res = RES_GLOBAL_EXPLICIT;
        } else if (is_bound_here(sym)) {
            sym->res = funclike ? RES_LOCAL : RES_NAME;
        } else if (s->kind != SC_MODULE && set_has(bound, sym->name)) {
            sym->res = RES_FREE;
            set_add(&free, sym->name);
        } else {
            sym->res = s->kind == SC_FUNCTION || s->kind == SC_COMPREHENSION ? RES_GLOBAL_IMPLICIT : RES_NAME;
        }
    }
    for (int c = 0; c < s->nchildren; c++) {
        NameSet f = analyze(st, s->children[c], &child_bound);
        for (int i = 0; i < f.len; i++) set_add(&child_free, f.names[i]);
    }
    for (int i = 0; i < child_free.len; i++) {
        const char *name = child_free.names[i];
        Symbol *sym = scope_find(s, name);
        if (funclike && sym && is_bound_here(sym)) {
            sym->res = RES_CELL;
        } else if (s->kind == SC_CLASS && !strcmp(name, "__class__")) {
            s->needs_class_cell = true;
        } else if (sym && sym->res == RES_FREE) {
            /* already free here */
        } else if (sym && s->kind == SC_CLASS) {
            /* the class binds the name itself: its own uses stay in the namespace,
             * nested scopes get the enclosing function's variable */
            sym->flags |= SYM_FREE_CLASS;
            set_add(&free, name);
        } else {
            sym = scope_add(s, name, SYM_CHILDFREE, NULL);
            sym->res = RES_FREE;
            set_add(&free, name);
        }
    }
    return free;
}

bool symtable_build(SymTable *st, Node *root)
{
    memset(st, 0, sizeof *st);
    Walk w = {st, NULL, 0};
    st->top = scope_new(st, SC_MODULE, root, "<module>", NULL);
    w.cur = st->top;
    visit(&w, root);
    if (!st->failed) {
        NameSet none = {0};
        analyze(st, st->top, &none);
    }
    return !st->failed;
}
