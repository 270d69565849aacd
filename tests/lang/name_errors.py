# NameError and UnboundLocalError messages in each kind of scope.

def attempt(label, f):
    try:
        f()
    except NameError as e:
        print(label, type(e).__name__, e)

def use_undefined():
    return undefined_thing
attempt("global", use_undefined)

def use_before_assign():
    print(local_var)
    local_var = 1
attempt("local", use_before_assign)

def deleted_local():
    x = 1
    del x
    return x
attempt("deleted", deleted_local)

def free_var_unbound():
    def inner():
        return later
    result = inner()
    later = 1
    return result
attempt("free", free_var_unbound)

def aug_unbound():
    counter += 1
attempt("augmented", aug_unbound)

def conditional_bind(flag):
    if flag:
        value = "bound"
    return value
print(conditional_bind(True))
attempt("conditional", lambda: conditional_bind(False))

def loop_var_not_bound():
    for item in []:
        pass
    return item
attempt("loop", loop_var_not_bound)

def except_name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
attempt("except name", except_name_cleared)

attempt("module del", lambda: exec("tmp = 1\ndel tmp\ntmp"))
attempt("builtin typo", lambda: lenn([1]))
attempt("class body", lambda: exec("class C:\n    y = x_undefined"))
# names are resolved when the code runs, not when it is defined
def later_defined():
    return defined_after()
def defined_after():
    return "found at call time"
print(later_defined())
# a NameError's name attribute
try:
    nope
except NameError as e:
    print(e.name if hasattr(e, "name") else "nope", e.args)
