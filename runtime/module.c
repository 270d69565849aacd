/* module.c - module objects: a namespace with a name. */
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "dict.h"
#include "names.h"
#include "func.h"
#include "module.h"
#include "alloc.h"

/* A module of type (module or a subclass of it). */
static Value module_alloc(Task *t, Type *type, Value name)
{
    ModuleObj *m = gc_alloc(type->size > sizeof *m ? type->size : sizeof *m);
    if (!m) return err_no_memory(t);
    m->hdr.type = type;
    m->dict = dict_new();
    dict_set_str(m->dict, NAME(__name__), name);
    dict_set_str(m->dict, NAME(__doc__), V_NONE);
    dict_set_str(m->dict, NAME(__package__), V_NONE);
    dict_set_str(m->dict, NAME(__spec__), V_NONE);
    dict_set_str(m->dict, NAME(__loader__), V_NONE);
    return OBJ_VAL(m);
}

Value module_new(Task *t, Value name) { return module_alloc(t, &module_type, name); }

DictObj *module_dict(Value m) { return AS_MODULE(m)->dict; }

void module_add_functions(DictObj *d, const MethodDef *fns)
{
    for (const MethodDef *f = fns; f && f->name; f++)
        dict_set_str(d, str_intern_cstr(f->name), native_new(f, 0));
}

Value module_from_native(Task *t, const NativeModule *def)
{
    Value m = module_new(t, str_intern_cstr(def->name));
    if (!m) return 0;
    module_add_functions(module_dict(m), def->functions);
    if (def->init && !def->init(t, m)) return 0;
    return m;
}

static Value module_name(Value self)
{
    Value n = dict_get_str(AS_MODULE(self)->dict, NAME(__name__));
    return n && IS_STR(n) ? n : 0;
}

static Value module_getattr(Task *t, Value self, Value name)
{
    Value v = dict_get_str(AS_MODULE(self)->dict, name);
    if (v) return v;
    if (type_lookup(TYPE_OF(self), name)) return generic_getattr(t, self, name);
    Value ga = dict_get_str(AS_MODULE(self)->dict, NAME(__getattr__));
    if (ga) return obj_call(t, ga, &name, 1, 0);
    Value n = module_name(self);
    if (n) return err_format(t, &exc_AttributeError, "module '%U' has no attribute '%U'", n, name);
    return err_format(t, &exc_AttributeError, "module has no attribute '%U'", name);
}

static Value module_repr(Task *t, Value self)
{
    Value n = module_name(self);
    Value f = dict_get_str(AS_MODULE(self)->dict, NAME(__file__));
    if (!n) n = str_from_cstr("?");
    if (f) return str_format(t, "<module %R from %R>", n, f);
    return str_format(t, "<module %R (built-in)>", n);
}

/* module(name, doc=None). A subclass's __new__ takes whatever its
 * __init__ does, and that passes the name on with super().__init__. */
static Value module_new_slot(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (tp != &module_type) return module_alloc(t, tp, V_NONE);
    if (!args_check(t, "module", nargs, kw, 1, 2)) return 0;
    if (!IS_STR(args[0]))
        return err_format(t, &exc_TypeError, "module() argument 'name' must be str, not %s", obj_type_name(args[0]));
    Value m = module_new(t, args[0]);
    if (m && nargs > 1) dict_set_str(module_dict(m), NAME(__doc__), args[1]);
    return m;
}

static bool module_init_slot(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    if (TYPE_OF(self) == &module_type) return true;    /* __new__ did it all */
    if (!args_check(t, "module", nargs, kw, 1, 2)) return false;
    if (!IS_STR(args[0])) {
        err_format(t, &exc_TypeError, "module() argument 'name' must be str, not %s", obj_type_name(args[0]));
        return false;
    }
    dict_set_str(module_dict(self), NAME(__name__), args[0]);
    dict_set_str(module_dict(self), NAME(__doc__), nargs > 1 ? args[1] : V_NONE);
    return true;
}

static Value module_get_dict(Task *t, Value self) { return OBJ_VAL(AS_MODULE(self)->dict); }

static const MemberDef module_members[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL},
};

Type module_type = {
    .hdr = {&type_type}, .name = "module", .size = sizeof(ModuleObj),
    .dict_offset = offsetof(ModuleObj, dict), .flags = TF_BASETYPE,
    .getattr = module_getattr, .setattr = generic_setattr, .repr = module_repr,
    .new_ = module_new_slot, .init = module_init_slot, .members = module_members,
};
REGISTER_TYPE(module_type);
