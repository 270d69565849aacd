"""Locating and running Python code without importing it as a module.

atoll's runpy: run_module and run_path for modules, packages (their
__main__) and script files. atoll has no module specs or loaders, so
__spec__ and __loader__ are None in the namespaces made here; run_path of
a directory or a zip file raises NotImplementedError.
"""

import sys
import _runpy

__all__ = ["run_module", "run_path"]


def _run_code(code, run_globals, init_globals, run_name, fname, cached, pkg_name):
    """Runs code in run_globals, after the names a module starts with."""
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(__name__=run_name, __file__=fname, __cached__=cached,
                       __doc__=None, __loader__=None, __package__=pkg_name,
                       __spec__=None)
    exec(code, run_globals)
    return run_globals


def _run_in_sys(code, init_globals, run_name, fname, cached, pkg_name):
    """Runs code as module run_name in sys.modules, with fname as
    sys.argv[0]; both are put back afterwards. The namespace is copied out
    before, as the module may be collected with its globals."""
    module = type(sys)(run_name)
    saved_module = sys.modules.get(run_name)
    saved_argv0 = sys.argv[0] if sys.argv else None
    sys.modules[run_name] = module
    if sys.argv:
        sys.argv[0] = fname
    try:
        _run_code(code, module.__dict__, init_globals, run_name, fname, cached, pkg_name)
        return module.__dict__.copy()
    finally:
        if saved_module is None:
            del sys.modules[run_name]
        else:
            sys.modules[run_name] = saved_module
        if sys.argv:
            sys.argv[0] = saved_argv0


def _read(fname):
    with open(fname, "rb") as f:
        return f.read()


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Executes a module's code without importing it; returns the resulting
    module globals dictionary. A package runs as its __main__ submodule."""
    found = _runpy.find_source(mod_name)
    if isinstance(found, str):
        raise ImportError(found)
    fname, source, pkg_name, cached = found
    if source is None:
        source = _read(fname)
    code = compile(source, fname, "exec")
    if run_name is None:
        # a package ran its __main__, a module whose package is mod_name
        run_name = mod_name + ".__main__" if pkg_name == mod_name else mod_name
    if alter_sys:
        return _run_in_sys(code, init_globals, run_name, fname, cached, pkg_name)
    return _run_code(code, {}, init_globals, run_name, fname, cached, pkg_name)


def run_path(path_name, init_globals=None, run_name=None):
    """Executes the code of the script at path_name; returns the resulting
    module globals dictionary."""
    import os
    if run_name is None:
        run_name = "<run_path>"
    if os.path.isdir(path_name) or not path_name.endswith(".py") and _is_zip(path_name):
        raise NotImplementedError("atoll's runpy.run_path runs script files, not directories or zip files")
    code = compile(_read(path_name), path_name, "exec")
    return _run_in_sys(code, init_globals, run_name, path_name, None, run_name.rpartition(".")[0])


def _is_zip(path_name):
    try:
        with open(path_name, "rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False
