# A SyntaxError in an imported module: the import line's frame, then the module's line with its caret
import sys
sys.path.insert(0, "pkgs")
try:
    import bad_syntax
except SyntaxError as e:
    print("caught:", e.msg, e.lineno, e.offset, e.text.strip(), e.filename.endswith("bad_syntax.py"))
import bad_syntax
