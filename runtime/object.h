/* object.h - the object model: type objects, their slots, and the generic
 * object protocol every part of the interpreter goes through.
 *
 * Built-in types are static Type structs, immutable once the runtime has
 * initialised them (their dicts are filled once, at start-up), and shared by
 * every interpreter. Classes made by `class` statements are Type objects on
 * the GC heap owned by one interpreter (TF_HEAP).
 *
 * Error convention: a function returning Value returns 0 when an exception is
 * pending in the task (t->exc). Functions returning int return -1 for that;
 * functions returning bool return false. */
#ifndef ATOLL_OBJECT_H
#define ATOLL_OBJECT_H

#include "value.h"
#include "ast.h"   /* BinOpKind, UnaryOpKind, CmpOpKind */

typedef struct DictObj DictObj;

/* Calling convention ("vectorcall"): positional arguments first, then the
 * values of keyword arguments, whose names are the str items of the tuple
 * kwnames (0 when there are none). For methods args[0] is self. */
typedef Value (*NativeFn)(Task *t, const Value *args, size_t nargs, Value kwnames);

typedef Value (*ReprFn)(Task *t, Value self);
typedef int64_t (*HashFn)(Task *t, Value self);                    /* -1: error */
typedef Value (*RichCmpFn)(Task *t, Value self, Value other, CmpOpKind op);
/* side is 0 when called for a's type, 1 when called for b's type (reflected). */
typedef Value (*BinOpFn)(Task *t, Value a, Value b, BinOpKind op, int side);
typedef Value (*InplaceFn)(Task *t, Value a, Value b, BinOpKind op);
typedef Value (*UnaryFn)(Task *t, Value a, UnaryOpKind op);
typedef int (*TruthFn)(Task *t, Value self);                       /* -1: error */
typedef int64_t (*LenFn)(Task *t, Value self);                     /* -1: error */
typedef Value (*GetItemFn)(Task *t, Value self, Value key);
typedef bool (*SetItemFn)(Task *t, Value self, Value key, Value v); /* v == 0: delete */
typedef int (*ContainsFn)(Task *t, Value self, Value x);
typedef Value (*IterFn)(Task *t, Value self);
/* next returns 0 with no exception pending when the iterator is exhausted. */
typedef Value (*NextFn)(Task *t, Value self);
typedef Value (*CallFn)(Task *t, Value self, const Value *args, size_t nargs, Value kwnames);
typedef Value (*GetAttrFn)(Task *t, Value self, Value name);
typedef bool (*SetAttrFn)(Task *t, Value self, Value name, Value v); /* v == 0: delete */
/* obj is 0 when the descriptor is read through the class. */
typedef Value (*DescrGetFn)(Task *t, Value descr, Value obj, Type *type);
typedef bool (*DescrSetFn)(Task *t, Value descr, Value obj, Value v);
typedef Value (*NewFn)(Task *t, Type *type, const Value *args, size_t nargs, Value kwnames);
typedef bool (*InitFn)(Task *t, Value self, const Value *args, size_t nargs, Value kwnames);
/* The object's raw bytes, which bytes() and bytearray() copy: the part of
 * CPython's buffer protocol atoll has (array.array; bytes-like types are
 * read through bytes_view). */
typedef void (*BufferFn)(Value self, const char **p, size_t *n);

/* Methods of built-in types and functions of built-in modules. */
typedef enum MethKind { METH_PLAIN, METH_CLASS, METH_STATIC } MethKind;
typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    MethKind kind;
    const char *doc;
} MethodDef;

/* Computed attributes of built-in types (CPython's getset). set NULL: read-only. */
typedef struct MemberDef {
    const char *name;
    Value (*get)(Task *t, Value self);
    bool (*set)(Task *t, Value self, Value v);
} MemberDef;

/* Type flags. TF_INT..TF_TYPE say "is a subclass of this built-in" and are
 * inherited, so `IS_LIST_LIKE` is one test. Subclasses of list, dict, set and
 * BaseException extend the built-in layout; subclasses of the variable-size
 * immutable built-ins (int, float, str, bytes, tuple) are BoxObj carrying a
 * value of the built-in: call obj_unbox before touching the layout. */
enum {
    TF_HEAP        = 1u << 0,   /* made by a class statement; owned by an interpreter */
    TF_BASETYPE    = 1u << 1,   /* may be subclassed */
    TF_ABSTRACT_NEW= 1u << 2,   /* cannot be instantiated directly ("cannot create 'X' instances") */
    TF_ABC         = 1u << 3,   /* isinstance/issubclass against it call its __instancecheck__ and
                                   __subclasscheck__ (abc.ABC and its subclasses: atoll's
                                   ABCMeta, without a metaclass); inherited */
    TF_CLASS_OPS   = 1u << 4,   /* iter(), len(), `in`, reversed() and repr() of the class
                                   itself call its classmethods __class_iter__, __class_len__,
                                   __class_contains__, __class_reversed__ and __class_repr__
                                   (enum.Enum: what EnumType does in CPython); inherited */
    TF_INT         = 1u << 8,
    TF_FLOAT       = 1u << 9,
    TF_STR         = 1u << 10,
    TF_BYTES       = 1u << 11,
    TF_TUPLE       = 1u << 12,
    TF_LIST        = 1u << 13,
    TF_DICT        = 1u << 14,
    TF_SET         = 1u << 15,  /* set and frozenset */
    TF_EXC         = 1u << 16,  /* BaseException and subclasses */
    TF_TYPE        = 1u << 17,
    TF_SHADOWED    = 1u << 24,  /* an instance's __dict__ may hide a class attribute */
};

struct Type {
    Obj hdr;
    const char *name;          /* UTF-8 __name__ (for messages) */
    Value name_str;            /* __name__ as str */
    Value qualname;
    Value module;              /* str, or 0 for builtins ("builtins") */
    Value doc;
    Type *base;                /* __base__ (NULL for object) */
    Value bases;               /* tuple */
    Value mro;                 /* tuple of types, self first */
    DictObj *dict;
    uint32_t flags;
    uint32_t version;          /* changes whenever lookups through this type may change */
    uint32_t size;             /* bytes in an instance (fixed part) */
    uint32_t dict_offset;      /* offset of an instance's DictObj* (0: no __dict__) */
    Type *boxed;               /* subclass of int/float/str/bytes/tuple: the
                                  built-in whose value a BoxObj carries */
    Interp *interp;            /* owner of a class; NULL for built-in types */
    Value subclasses;          /* list of subclasses (to propagate version changes), or 0 */
    const MethodDef *methods;  /* built-ins: NULL-terminated */
    const MemberDef *members;  /* built-ins: NULL-terminated */

    ReprFn repr, str;
    HashFn hash;
    RichCmpFn richcmp;
    BinOpFn binop;
    InplaceFn inplace;
    UnaryFn unary;
    TruthFn truth;
    LenFn len;
    GetItemFn getitem;
    SetItemFn setitem;
    ContainsFn contains;
    IterFn iter;
    NextFn next;
    CallFn call;
    GetAttrFn getattr;
    SetAttrFn setattr;
    DescrGetFn descr_get;
    DescrSetFn descr_set;
    NewFn new_;
    InitFn init;
    BufferFn buffer;
};

/* Every built-in type registers itself, after its definition, with
 * REGISTER_TYPE(name_type): runtime_init prepares all of them (their dicts
 * and MROs), so none can be forgotten. The pointers go in a linker section. */
#define REGISTER_TYPE(t) \
    static Type *const register_##t __attribute__((used, section("atoll_types"))) = &t

/* Instances of classes that add a __dict__ to `object` (and of most classes). */
typedef struct InstanceObj {
    Obj hdr;
    DictObj *dict;
} InstanceObj;

/* Instances of classes derived from an immutable built-in (Type.boxed). */
typedef struct BoxObj {
    Obj hdr;
    DictObj *dict;
    Value value;
} BoxObj;

/* Singletons. They never change, so they are const and shared by all islands. */
extern const Obj none_obj, notimpl_obj, ellipsis_obj, true_obj, false_obj;
#define V_NONE      OBJ_VAL(&none_obj)
#define V_NOTIMPL   OBJ_VAL(&notimpl_obj)
#define V_ELLIPSIS  OBJ_VAL(&ellipsis_obj)
#define V_TRUE      OBJ_VAL(&true_obj)
#define V_FALSE     OBJ_VAL(&false_obj)
#define V_BOOL(c)   ((c) ? V_TRUE : V_FALSE)

/* The built-in types (defined in runtime/). */
extern Type type_type, object_type, int_type, bool_type, float_type, str_type,
    bytes_type, bytearray_type, list_type, tuple_type, dict_type, set_type,
    frozenset_type, range_type, slice_type, none_type, notimpl_type, ellipsis_type,
    module_type, cell_type, property_type, classmethod_type, staticmethod_type,
    super_type, complex_type;

#define TYPE_OF(v)     (IS_SMALL(v) ? &int_type : AS_OBJ(v)->type)
#define HAS_FLAG(v, f) ((TYPE_OF(v)->flags & (f)) != 0)
#define IS_TYPE(v, tp) (!IS_SMALL(v) && AS_OBJ(v)->type == (tp))
#define IS_INT(v)      (IS_SMALL(v) || AS_OBJ(v)->type == &int_type)   /* exact int, not bool */
#define IS_FLOAT(v)    IS_TYPE(v, &float_type)
#define IS_STR(v)      IS_TYPE(v, &str_type)
#define IS_LIST(v)     IS_TYPE(v, &list_type)
#define IS_TUPLE(v)    IS_TYPE(v, &tuple_type)
#define IS_DICT(v)     IS_TYPE(v, &dict_type)
#define IS_BOOL(v)     IS_TYPE(v, &bool_type)
#define IS_CLASS(v)    (!IS_SMALL(v) && (AS_OBJ(v)->type->flags & TF_TYPE))
#define AS_TYPE(v)     ((Type *)(v))

/* --- the generic protocol (runtime/object.c, runtime/ops.c) --------------- */
Value obj_repr(Task *t, Value v);
Value obj_str(Task *t, Value v);
Value obj_ascii(Task *t, Value v);
int64_t obj_hash(Task *t, Value v);
int obj_truthy(Task *t, Value v);
Value obj_richcmp(Task *t, Value a, Value b, CmpOpKind op);
int obj_compare(Task *t, Value a, Value b, CmpOpKind op);  /* truth of a <op> b; -1 error */
int obj_eq(Task *t, Value a, Value b);                     /* identity first; -1 error */
/* The truth of "c op 0" for a three-way comparison c (<0, 0, >0). */
static inline Value cmp_result(int c, CmpOpKind op)
{
    switch (op) {
    case CMP_EQ: return V_BOOL(c == 0);
    case CMP_NOTEQ: return V_BOOL(c != 0);
    case CMP_LT: return V_BOOL(c < 0);
    case CMP_LTE: return V_BOOL(c <= 0);
    case CMP_GT: return V_BOOL(c > 0);
    case CMP_GTE: return V_BOOL(c >= 0);
    default: return V_NOTIMPL;
    }
}
Value obj_binop(Task *t, Value a, Value b, BinOpKind op);
Value obj_inplace(Task *t, Value a, Value b, BinOpKind op);
Value obj_unary(Task *t, Value a, UnaryOpKind op);
/* TypeError "bad operand type for unary ~: 'T'"; returns 0. */
Value obj_unary_error(Task *t, Value a, UnaryOpKind op);
Value obj_getattr(Task *t, Value o, Value name);
/* Whether v has a way to be iterated (obj_iter may still fail). */
static inline bool obj_has_iter(Value v)
{
    Type *tp = TYPE_OF(v);
    return tp->iter || tp->getitem || (IS_CLASS(v) && (AS_TYPE(v)->flags & TF_CLASS_OPS));
}
/* reversed() of a TF_CLASS_OPS class (*found false for anything else). */
Value obj_class_reversed(Task *t, Value v, bool *found);
Value obj_getattr_opt(Task *t, Value o, Value name);      /* 0 without error when missing */
bool obj_setattr(Task *t, Value o, Value name, Value v);
bool obj_delattr(Task *t, Value o, Value name);
Value obj_getitem(Task *t, Value o, Value key);
bool obj_setitem(Task *t, Value o, Value key, Value v);
bool obj_delitem(Task *t, Value o, Value key);
int obj_contains(Task *t, Value container, Value x);
int64_t obj_len(Task *t, Value v);
Value obj_iter(Task *t, Value v);
Value obj_next(Task *t, Value it);                         /* 0, no error: exhausted */
Value obj_call(Task *t, Value f, const Value *args, size_t nargs, Value kwnames);
Value obj_call_method(Task *t, Value self, Value name, const Value *args, size_t nargs);
int obj_isinstance(Task *t, Value v, Value cls);
int obj_issubclass(Task *t, Value derived, Value cls);
Value obj_index(Task *t, Value v);                         /* __index__ to an int */
Value obj_unbox(Value v);                                  /* BoxObj -> its value */
/* Unboxes v when it is a box of a subclass of owner (for methods of owner). */
Value obj_unbox_for(Value v, Type *owner);
const char *obj_type_name(Value v);
/* Guards repr of self-containing containers: 1 if v's repr is already in
 * progress on this task (print "[...]"), 0 if entered, -1 on error. */
int repr_enter(Task *t, Value v);
void repr_leave(Task *t, Value v);

/* The hash slot of unhashable types: raises "unhashable type: 'X'". */
int64_t hash_unhashable(Task *t, Value v);
/* The hash slot of object: identity. */
int64_t hash_identity(Task *t, Value v);

/* Generic attribute machinery for built-in and user types. */
Value generic_getattr(Task *t, Value o, Value name);
bool generic_setattr(Task *t, Value o, Value name, Value v);
Value type_lookup(Type *type, Value name);                 /* MRO search, no binding; 0 if absent */
/* type_lookup through the interpreter's cache, keyed by type and version. */
Value type_lookup_cached(Task *t, Type *type, Value name);
bool type_is_subtype(const Type *a, const Type *b);
/* Prepares a built-in type: MRO, slot inheritance, __dict__ (runtime_init). */
void type_ready(Type *tp);
/* Makes a class: type(name, bases, ns). */
Value type_new_class(Task *t, Value name, Value bases, DictObj *ns, Value kwnames_dict);
/* Recomputes a class's slots after a dunder changed (also in subclasses). */
void type_fixup_slots(Type *tp);
/* Looks up a special method on type(self) and calls it with self first;
 * *found is false (and nothing is raised) when the type lacks it. */
Value call_special(Task *t, Value self, Value name, const Value *args, size_t nargs, bool *found);
DictObj **obj_dict_ptr(Value o);                            /* &instance dict, or NULL */

/* --- argument binding for native functions (runtime/args.c) --------------- */
typedef struct ArgSpec {
    const char *fname;         /* as it appears in messages, e.g. "sorted" */
    uint8_t nposonly;          /* leading parameters that cannot be passed by keyword */
    uint8_t npos;              /* parameters that can be passed positionally */
    uint8_t nreq;              /* required ones (a prefix of the positional ones) */
    uint8_t nparams;           /* all; names[npos..nparams) are keyword-only */
    const char *names[10];
} ArgSpec;
/* Fills out[0..nparams) (0 for an omitted optional parameter). */
bool args_bind(Task *t, const ArgSpec *spec, const Value *args, size_t nargs, Value kwnames, Value *out);
/* The common case: no keywords, between min and max positional arguments. */
bool args_check(Task *t, const char *fname, size_t nargs, Value kwnames, size_t min, size_t max);
bool args_no_kw(Task *t, const char *fname, Value kwnames);

#endif
