# `from package import name` imports package.name; only the submodule's own
# absence is swallowed (name may be an attribute), any error inside it
# propagates, and a name missing from a module still running says so.
import sys
sys.path.insert(0, "pkgs")


def attempt(stmt):
    try:
        exec(stmt, {})
        print(stmt, "-> ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__, str(e).split(" (/")[0].split(" (pkgs")[0], getattr(e, "name", None))


attempt("import fl_dep")
attempt("import fl_err")
attempt("import fl_nosub")
attempt("import fl_cyc_a")
attempt("from fl_dep import sub")
print(sorted(m for m in sys.modules if m.startswith("fl_")))
