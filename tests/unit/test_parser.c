/* test_parser.c - unit tests of the parser: tree shapes for every construct
 * (expected trees are CPython 3.11's ast rendered in ast_dump's S-expression
 * form), node positions, precedence, the eval/single modes, the REPL's
 * completeness test, syntax errors with CPython 3.11's exact messages and
 * positions, the printed SyntaxError text, and hostile inputs.
 *
 * Manual corpus check (not a CTest test): `test_parser --dump-files F...`
 * prints each file's tree with positions (ast_dump_positions) or its error,
 * for comparison with CPython's ast over a body of code such as the stdlib;
 * `test_parser --err F` prints one file's error and its SyntaxError text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <gc/gc.h>

#include "parse.h"

static int failures, checks;

#define CHECK(cond, ...)                                               \
    do {                                                               \
        checks++;                                                      \
        if (!(cond)) {                                                 \
            failures++;                                                \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);       \
            fprintf(stderr, __VA_ARGS__);                              \
            fputc('\n', stderr);                                       \
        }                                                              \
    } while (0)

static Node *parse(const char *src, ParseMode mode, ParseError *e)
{
    return parse_source(src, strlen(src), "t.py", mode, e);
}

/* ------------------------------------------------------------------ trees */

static const struct { const char *src, *tree; } trees[] = {
    {"x = 1 + 2 * 3\n",
     "(Module (Assign [(Name x Store)] (BinOp (Constant 1) Add (BinOp (Constant 2) Mult (Constant 3)))))"},
    {"a = b = c\n",
     "(Module (Assign [(Name a Store) (Name b Store)] (Name c Load)))"},
    {"a, *b = c\n",
     "(Module (Assign [(Tuple [(Name a Store) (Starred (Name b Store) Store)] Store)] (Name c Load)))"},
    {"[a, (b, c)] = d\n",
     "(Module (Assign [(List [(Name a Store) (Tuple [(Name b Store) (Name c Store)] Store)] Store)] (Name d Load)))"},
    {"x.y: int = 3\n",
     "(Module (AnnAssign (Attribute (Name x Load) y Store) (Name int Load) (Constant 3) 0))"},
    {"(x): int\n",
     "(Module (AnnAssign (Name x Store) (Name int Load) _ 0))"},
    {"x[0] -= 1\n",
     "(Module (AugAssign (Subscript (Name x Load) (Constant 0) Store) Sub (Constant 1)))"},
    {"a += 1; a -= 1; a *= 1; a @= 1; a /= 1; a %= 1; a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1; a **= 1; a //= 1\n",
     "(Module (AugAssign (Name a Store) Add (Constant 1)) (AugAssign (Name a Store) Sub (Constant 1)) (AugAssign (Name a Store) Mult (Constant 1)) (AugAssign (Name a Store) MatMult (Constant 1)) (AugAssign (Name a Store) Div (Constant 1)) (AugAssign (Name a Store) Mod (Constant 1)) (AugAssign (Name a Store) BitAnd (Constant 1)) (AugAssign (Name a Store) BitOr (Constant 1)) (AugAssign (Name a Store) BitXor (Constant 1)) (AugAssign (Name a Store) LShift (Constant 1)) (AugAssign (Name a Store) RShift (Constant 1)) (AugAssign (Name a Store) Pow (Constant 1)) (AugAssign (Name a Store) FloorDiv (Constant 1)))"},
    {"-2**2\n",
     "(Module (Expr (UnaryOp USub (BinOp (Constant 2) Pow (Constant 2)))))"},
    {"2**-1\n",
     "(Module (Expr (BinOp (Constant 2) Pow (UnaryOp USub (Constant 1)))))"},
    {"a or b and not c\n",
     "(Module (Expr (BoolOp Or (Name a Load) (BoolOp And (Name b Load) (UnaryOp Not (Name c Load))))))"},
    {"a if b else c if d else e\n",
     "(Module (Expr (IfExp (Name b Load) (Name a Load) (IfExp (Name d Load) (Name c Load) (Name e Load)))))"},
    {"not a == b\n",
     "(Module (Expr (UnaryOp Not (Compare (Name a Load) [Eq] [(Name b Load)]))))"},
    {"a | b ^ c & d << e + f * g ** h\n",
     "(Module (Expr (BinOp (Name a Load) BitOr (BinOp (Name b Load) BitXor (BinOp (Name c Load) BitAnd (BinOp (Name d Load) LShift (BinOp (Name e Load) Add (BinOp (Name f Load) Mult (BinOp (Name g Load) Pow (Name h Load))))))))))"},
    {"a < b < c\n",
     "(Module (Expr (Compare (Name a Load) [Lt Lt] [(Name b Load) (Name c Load)])))"},
    {"a is not b\n",
     "(Module (Expr (Compare (Name a Load) [IsNot] [(Name b Load)])))"},
    {"a not in b\n",
     "(Module (Expr (Compare (Name a Load) [NotIn] [(Name b Load)])))"},
    {"~a.b[c](d)\n",
     "(Module (Expr (UnaryOp Invert (Call (Subscript (Attribute (Name a Load) b Load) (Name c Load) Load) [(Name d Load)] []))))"},
    {"lambda: a if b else c\n",
     "(Module (Expr (Lambda (arguments) (IfExp (Name b Load) (Name a Load) (Name c Load)))))"},
    {"x = yield\n",
     "(Module (Assign [(Name x Store)] (Yield)))"},
    {"x = yield from y\n",
     "(Module (Assign [(Name x Store)] (YieldFrom (Name y Load))))"},
    {"x = (yield a, b)\n",
     "(Module (Assign [(Name x Store)] (Yield (Tuple [(Name a Load) (Name b Load)] Load))))"},
    {"a - b - c\n",
     "(Module (Expr (BinOp (BinOp (Name a Load) Sub (Name b Load)) Sub (Name c Load))))"},
    {"a ** b ** c\n",
     "(Module (Expr (BinOp (Name a Load) Pow (BinOp (Name b Load) Pow (Name c Load)))))"},
    {"a or b or c\n",
     "(Module (Expr (BoolOp Or (Name a Load) (Name b Load) (Name c Load))))"},
    {"(a or b) or c\n",
     "(Module (Expr (BoolOp Or (BoolOp Or (Name a Load) (Name b Load)) (Name c Load))))"},
    {"a and b and c or d\n",
     "(Module (Expr (BoolOp Or (BoolOp And (Name a Load) (Name b Load) (Name c Load)) (Name d Load))))"},
    {"+-~x\n",
     "(Module (Expr (UnaryOp UAdd (UnaryOp USub (UnaryOp Invert (Name x Load))))))"},
    {"a @ b // c % d / e\n",
     "(Module (Expr (BinOp (BinOp (BinOp (BinOp (Name a Load) MatMult (Name b Load)) FloorDiv (Name c Load)) Mod (Name d Load)) Div (Name e Load))))"},
    {"f(a, *b, c=1, **d)\n",
     "(Module (Expr (Call (Name f Load) [(Name a Load) (Starred (Name b Load) Load)] [(keyword c (Constant 1)) (keyword _ (Name d Load))])))"},
    {"f(x for x in y)\n",
     "(Module (Expr (Call (Name f Load) [(GeneratorExp (Name x Load) [(comprehension (Name x Store) (Name y Load) [])])] [])))"},
    {"f(*a, b)\n",
     "(Module (Expr (Call (Name f Load) [(Starred (Name a Load) Load) (Name b Load)] [])))"},
    {"f(a)(b)[c].d\n",
     "(Module (Expr (Attribute (Subscript (Call (Call (Name f Load) [(Name a Load)] []) [(Name b Load)] []) (Name c Load) Load) d Load)))"},
    {"f(a, b=1, *c, **d, e=2)\n",
     "(Module (Expr (Call (Name f Load) [(Name a Load) (Starred (Name c Load) Load)] [(keyword b (Constant 1)) (keyword _ (Name d Load)) (keyword e (Constant 2))])))"},
    {"def f(a, /, b=1, *c, d, e=2, **f) -> g: pass\n",
     "(Module (FunctionDef f (arguments (posonly a) (args b) (vararg c) (kwonly d e) (kw_defaults _ (Constant 2)) (kwarg f) (defaults (Constant 1))) [(Pass)] [] (Name g Load)))"},
    {"lambda a, /, b=1, *c, d, **e: 0\n",
     "(Module (Expr (Lambda (arguments (posonly a) (args b) (vararg c) (kwonly d) (kw_defaults _) (kwarg e) (defaults (Constant 1))) (Constant 0))))"},
    {"@a.b(c)\n@d\ndef f(): pass\n",
     "(Module (FunctionDef f (arguments) [(Pass)] [(Call (Attribute (Name a Load) b Load) [(Name c Load)] []) (Name d Load)]))"},
    {"def f(*, a): pass\n",
     "(Module (FunctionDef f (arguments (kwonly a) (kw_defaults _)) [(Pass)]))"},
    {"def f(a: int, *b: str, **c: float): pass\n",
     "(Module (FunctionDef f (arguments (args (arg a (Name int Load))) (vararg (arg b (Name str Load))) (kwarg (arg c (Name float Load)))) [(Pass)]))"},
    {"def f(a, b=1, /, c=2): pass\n",
     "(Module (FunctionDef f (arguments (posonly a b) (args c) (defaults (Constant 1) (Constant 2))) [(Pass)]))"},
    {"lambda *a: 0\n",
     "(Module (Expr (Lambda (arguments (vararg a)) (Constant 0))))"},
    {"lambda a, b,: 0\n",
     "(Module (Expr (Lambda (arguments (args a b)) (Constant 0))))"},
    {"class A(B, *C, metaclass=M, **k): pass\n",
     "(Module (ClassDef A [(Name B Load) (Starred (Name C Load) Load)] [(keyword metaclass (Name M Load)) (keyword _ (Name k Load))] [(Pass)]))"},
    {"class A: pass\n",
     "(Module (ClassDef A [] [] [(Pass)]))"},
    {"class A(): x = 1\n",
     "(Module (ClassDef A [] [] [(Assign [(Name x Store)] (Constant 1))]))"},
    {"@dec\nclass A: pass\n",
     "(Module (ClassDef A [] [] [(Pass)] [(Name dec Load)]))"},
    {"[x for x in y if a if b for z in w]\n",
     "(Module (Expr (ListComp (Name x Load) [(comprehension (Name x Store) (Name y Load) [(Name a Load) (Name b Load)]) (comprehension (Name z Store) (Name w Load) [])])))"},
    {"{k: v for k, v in d}\n",
     "(Module (Expr (DictComp (Name k Load) (Name v Load) [(comprehension (Tuple [(Name k Store) (Name v Store)] Store) (Name d Load) [])])))"},
    {"{x for x in y}\n",
     "(Module (Expr (SetComp (Name x Load) [(comprehension (Name x Store) (Name y Load) [])])))"},
    {"(x for x, in y)\n",
     "(Module (Expr (GeneratorExp (Name x Load) [(comprehension (Tuple [(Name x Store)] Store) (Name y Load) [])])))"},
    {"{1: 2, **d}\n",
     "(Module (Expr (Dict [(Constant 1) _] [(Constant 2) (Name d Load)])))"},
    {"{1, *s}\n",
     "(Module (Expr (Set (Constant 1) (Starred (Name s Load) Load))))"},
    {"[*a, *b]\n",
     "(Module (Expr (List [(Starred (Name a Load) Load) (Starred (Name b Load) Load)] Load)))"},
    {"()\n",
     "(Module (Expr (Tuple [] Load)))"},
    {"(1,)\n",
     "(Module (Expr (Tuple [(Constant 1)] Load)))"},
    {"{}\n",
     "(Module (Expr (Dict [] [])))"},
    {"[]\n",
     "(Module (Expr (List [] Load)))"},
    {"(a)\n",
     "(Module (Expr (Name a Load)))"},
    {"((a, b))\n",
     "(Module (Expr (Tuple [(Name a Load) (Name b Load)] Load)))"},
    {"a[1:2, ::3]\n",
     "(Module (Expr (Subscript (Name a Load) (Tuple [(Slice (Constant 1) (Constant 2) _) (Slice _ _ (Constant 3))] Load) Load)))"},
    {"a[:]\n",
     "(Module (Expr (Subscript (Name a Load) (Slice _ _ _) Load)))"},
    {"a[1:]\n",
     "(Module (Expr (Subscript (Name a Load) (Slice (Constant 1) _ _) Load)))"},
    {"a[::]\n",
     "(Module (Expr (Subscript (Name a Load) (Slice _ _ _) Load)))"},
    {"a[x, y]\n",
     "(Module (Expr (Subscript (Name a Load) (Tuple [(Name x Load) (Name y Load)] Load) Load)))"},
    {"a[*b]\n",
     "(Module (Expr (Subscript (Name a Load) (Tuple [(Starred (Name b Load) Load)] Load) Load)))"},
    {"a[x:=1]\n",
     "(Module (Expr (Subscript (Name a Load) (NamedExpr (Name x Store) (Constant 1)) Load)))"},
    {"a[1:2,]\n",
     "(Module (Expr (Subscript (Name a Load) (Tuple [(Slice (Constant 1) (Constant 2) _)] Load) Load)))"},
    {"a[...]\n",
     "(Module (Expr (Subscript (Name a Load) (Constant ...) Load)))"},
    {"'a' 'b'\n",
     "(Module (Expr (Constant 'ab')))"},
    {"b'a' b'b'\n",
     "(Module (Expr (Constant b'ab')))"},
    {"f'{x!r:>{w}}'\n",
     "(Module (Expr (JoinedStr (FormattedValue (Name x Load) r (JoinedStr (Constant '>') (FormattedValue (Name w Load) -1))))))"},
    {"f'{x=}'\n",
     "(Module (Expr (JoinedStr (Constant 'x=') (FormattedValue (Name x Load) r))))"},
    {"f'{x = !s:^5}'\n",
     "(Module (Expr (JoinedStr (Constant 'x = ') (FormattedValue (Name x Load) s (JoinedStr (Constant '^5'))))))"},
    {"f'a{{b}}c'\n",
     "(Module (Expr (JoinedStr (Constant 'a{b}c'))))"},
    {"r'\\n'\n",
     "(Module (Expr (Constant '\\\\n')))"},
    {"'\\x41\\u00e9\\N{BULLET}\\101\\q'\n",
     "(Module (Expr (Constant 'Aé•A\\\\q')))"},
    {"'''a\nb'''\n",
     "(Module (Expr (Constant 'a\\nb')))"},
    {"f'{a}' 'b' f'{c}'\n",
     "(Module (Expr (JoinedStr (FormattedValue (Name a Load) -1) (Constant 'b') (FormattedValue (Name c Load) -1))))"},
    {"f''\n",
     "(Module (Expr (JoinedStr)))"},
    {"f'{x:}'\n",
     "(Module (Expr (JoinedStr (FormattedValue (Name x Load) -1 (JoinedStr)))))"},
    {"u'x'\n",
     "(Module (Expr (Constant 'x')))"},
    {"b'\\x00\\xff\\n'\n",
     "(Module (Expr (Constant b'\\x00\\xff\\n')))"},
    {"'a\\\nb'\n",
     "(Module (Expr (Constant 'ab')))"},
    {"rb'\\x' Rb'y'\n",
     "(Module (Expr (Constant b'\\\\xy')))"},
    {"f'{a!a}{b!s}'\n",
     "(Module (Expr (JoinedStr (FormattedValue (Name a Load) a) (FormattedValue (Name b Load) s))))"},
    {"f'{ {1: 2}[1] }'\n",
     "(Module (Expr (JoinedStr (FormattedValue (Subscript (Dict [(Constant 1)] [(Constant 2)]) (Constant 1) Load) -1))))"},
    {"f'{x,}'\n",
     "(Module (Expr (JoinedStr (FormattedValue (Tuple [(Name x Load)] Load) -1))))"},
    {"f'{\"a\" if x else \"b\"}'\n",
     "(Module (Expr (JoinedStr (FormattedValue (IfExp (Name x Load) (Constant 'a') (Constant 'b')) -1))))"},
    {"f'''{\nx\n}'''\n",
     "(Module (Expr (JoinedStr (FormattedValue (Name x Load) -1))))"},
    {"f'{x:{y}.{z}f}'\n",
     "(Module (Expr (JoinedStr (FormattedValue (Name x Load) -1 (JoinedStr (FormattedValue (Name y Load) -1) (Constant '.') (FormattedValue (Name z Load) -1) (Constant 'f'))))))"},
    {"0x_1f + 0o17 + 0b101 + 1_000\n",
     "(Module (Expr (BinOp (BinOp (BinOp (Constant 0x1f) Add (Constant 0o17)) Add (Constant 0b101)) Add (Constant 1000))))"},
    {"1.5e3 + 3j + 1. + .5 + 00 + 0\n",
     "(Module (Expr (BinOp (BinOp (BinOp (BinOp (BinOp (Constant 1500.0) Add (Constant 3j)) Add (Constant 1.0)) Add (Constant 0.5)) Add (Constant 0)) Add (Constant 0))))"},
    {"1e-3 + 1_0.0_1e+1_0 + 9j + 0.0\n",
     "(Module (Expr (BinOp (BinOp (BinOp (Constant 0.001) Add (Constant 100100000000.0)) Add (Constant 9j)) Add (Constant 0.0))))"},
    {"if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g\n",
     "(Module (If (Name a Load) [(Expr (Name b Load))] [(If (Name c Load) [(Expr (Name d Load))] [(If (Name e Load) [(Expr (Name f Load))] [(Expr (Name g Load))])])]))"},
    {"while a:\n    b\nelse:\n    c\n",
     "(Module (While (Name a Load) [(Expr (Name b Load))] [(Expr (Name c Load))]))"},
    {"for a, b in c:\n    d\nelse:\n    e\n",
     "(Module (For (Tuple [(Name a Store) (Name b Store)] Store) (Name c Load) [(Expr (Name d Load))] [(Expr (Name e Load))]))"},
    {"for x in *a, *b: pass\n",
     "(Module (For (Name x Store) (Tuple [(Starred (Name a Load) Load) (Starred (Name b Load) Load)] Load) [(Pass)] []))"},
    {"try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
     "(Module (Try [(Expr (Name a Load))] [(ExceptHandler (Tuple [(Name A Load) (Name B Load)] Load) e [(Expr (Name b Load))]) (ExceptHandler (Name C Load) _ [(Expr (Name c Load))]) (ExceptHandler _ _ [(Expr (Name d Load))])] [(Expr (Name e Load))] [(Expr (Name f Load))]))"},
    {"try:\n    a\nfinally:\n    b\n",
     "(Module (Try [(Expr (Name a Load))] [] [] [(Expr (Name b Load))]))"},
    {"with a as b, c as (d, e), f: pass\n",
     "(Module (With [(withitem (Name a Load) (Name b Store)) (withitem (Name c Load) (Tuple [(Name d Store) (Name e Store)] Store)) (withitem (Name f Load))] [(Pass)]))"},
    {"with (a as b, c):\n    pass\n",
     "(Module (With [(withitem (Name a Load) (Name b Store)) (withitem (Name c Load))] [(Pass)]))"},
    {"with (a, b) as c: pass\n",
     "(Module (With [(withitem (Tuple [(Name a Load) (Name b Load)] Load) (Name c Store))] [(Pass)]))"},
    {"with (a): pass\n",
     "(Module (With [(withitem (Name a Load))] [(Pass)]))"},
    {"with (yield): pass\n",
     "(Module (With [(withitem (Yield))] [(Pass)]))"},
    {"import a.b.c as d, e\n",
     "(Module (Import [(alias a.b.c d) (alias e)]))"},
    {"from ..pkg.mod import (x as y, z,)\n",
     "(Module (ImportFrom pkg.mod [(alias x y) (alias z)] 2))"},
    {"from . import x\n",
     "(Module (ImportFrom _ [(alias x)] 1))"},
    {"from m import *\n",
     "(Module (ImportFrom m [(alias *)] 0))"},
    {"from ...a import b\n",
     "(Module (ImportFrom a [(alias b)] 3))"},
    {"from .... import c\n",
     "(Module (ImportFrom _ [(alias c)] 4))"},
    {"global a, b\n",
     "(Module (Global a b))"},
    {"nonlocal x\n",
     "(Module (Nonlocal x))"},
    {"del a, b[1], c.d\n",
     "(Module (Delete [(Name a Del) (Subscript (Name b Load) (Constant 1) Del) (Attribute (Name c Load) d Del)]))"},
    {"del (a), [b]\n",
     "(Module (Delete [(Name a Del) (List [(Name b Del)] Del)]))"},
    {"del (a, b)\n",
     "(Module (Delete [(Tuple [(Name a Del) (Name b Del)] Del)]))"},
    {"assert x, 'msg'\n",
     "(Module (Assert (Name x Load) (Constant 'msg')))"},
    {"raise\n",
     "(Module (Raise))"},
    {"raise X from Y\n",
     "(Module (Raise (Name X Load) (Name Y Load)))"},
    {"return\n",
     "(Module (Return))"},
    {"return a, *b\n",
     "(Module (Return (Tuple [(Name a Load) (Starred (Name b Load) Load)] Load)))"},
    {"pass; break; continue\n",
     "(Module (Pass) (Break) (Continue))"},
    {"if (n := len(a)) > 10: pass\n",
     "(Module (If (Compare (NamedExpr (Name n Store) (Call (Name len Load) [(Name a Load)] [])) [Gt] [(Constant 10)]) [(Pass)] []))"},
    {"[y := f(x), y**2]\n",
     "(Module (Expr (List [(NamedExpr (Name y Store) (Call (Name f Load) [(Name x Load)] [])) (BinOp (Name y Load) Pow (Constant 2))] Load)))"},
    {"print(x := 1)\n",
     "(Module (Expr (Call (Name print Load) [(NamedExpr (Name x Store) (Constant 1))] [])))"},
    {"x = 1;\n",
     "(Module (Assign [(Name x Store)] (Constant 1)))"},
    {"x = 1\n\n\n# c\n\ny = 2  # c\n",
     "(Module (Assign [(Name x Store)] (Constant 1)) (Assign [(Name y Store)] (Constant 2)))"},
    {"if x:\n    # comment\n\n    y\n  # odd comment\nz\n",
     "(Module (If (Name x Load) [(Expr (Name y Load))] []) (Expr (Name z Load)))"},
    {"x = (1 +\n     2)\n",
     "(Module (Assign [(Name x Store)] (BinOp (Constant 1) Add (Constant 2))))"},
    {"x = 1 + \\\n    2\n",
     "(Module (Assign [(Name x Store)] (BinOp (Constant 1) Add (Constant 2))))"},
    {"if x:\n\tpass\n",
     "(Module (If (Name x Load) [(Pass)] []))"},
    {"﻿x = 1\n",
     "(Module (Assign [(Name x Store)] (Constant 1)))"},
    {"x = 1\r\ny = 2\r\n",
     "(Module (Assign [(Name x Store)] (Constant 1)) (Assign [(Name y Store)] (Constant 2)))"},
    {"def f():\n    return (yield)\n",
     "(Module (FunctionDef f (arguments) [(Return (Yield))]))"},
    {"x = a if b else(c)\n",
     "(Module (Assign [(Name x Store)] (IfExp (Name b Load) (Name a Load) (Name c Load))))"},
    {"a = not b\n",
     "(Module (Assign [(Name a Store)] (UnaryOp Not (Name b Load))))"},
    {"x = [1, 2,]\n",
     "(Module (Assign [(Name x Store)] (List [(Constant 1) (Constant 2)] Load)))"},
    {"print(*args, sep='')\n",
     "(Module (Expr (Call (Name print Load) [(Starred (Name args Load) Load)] [(keyword sep (Constant ''))])))"},
    {"a.b.c = d\n",
     "(Module (Assign [(Attribute (Attribute (Name a Load) b Load) c Store)] (Name d Load)))"},
    {"x = 1 if y else 2\n",
     "(Module (Assign [(Name x Store)] (IfExp (Name y Load) (Constant 1) (Constant 2))))"},
    {"f(a)[b] = c\n",
     "(Module (Assign [(Subscript (Call (Name f Load) [(Name a Load)] []) (Name b Load) Store)] (Name c Load)))"},
    {"(*a,) = b\n",
     "(Module (Assign [(Tuple [(Starred (Name a Store) Store)] Store)] (Name b Load)))"},
    {"match = 1\ncase = match\n_ = case\n",
     "(Module (Assign [(Name match Store)] (Constant 1)) (Assign [(Name case Store)] (Name match Load)) (Assign [(Name _ Store)] (Name case Load)))"},
    {"x = ...\n",
     "(Module (Assign [(Name x Store)] (Constant ...)))"},
    {"x = None, True, False\n",
     "(Module (Assign [(Name x Store)] (Tuple [(Constant None) (Constant True) (Constant False)] Load)))"},
};

static const struct { const char *src, *tree; } positioned[] = {
    {"x = f(a,\n      b)\n",
     "(Module (Assign@1:0-2:8 [(Name@1:0-1:1 x Store)] (Call@1:4-2:8 (Name@1:4-1:5 f Load) [(Name@1:6-1:7 a Load) (Name@2:6-2:7 b Load)] [])))"},
    {"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
     "(Module (If@1:0-6:8 (Name@1:3-1:4 a Load) [(Pass@2:4-2:8)] [(If@3:0-6:8 (Name@3:5-3:6 b Load) [(Pass@4:4-4:8)] [(Pass@6:4-6:8)])]))"},
    {"@d\ndef f(x: int = 1) -> str:\n    return x;\n",
     "(Module (FunctionDef@2:0-3:13 f (arguments (args (arg@2:6-2:12 x (Name@2:9-2:12 int Load))) (defaults (Constant@2:15-2:16 1))) [(Return@3:4-3:12 (Name@3:11-3:12 x Load))] [(Name@1:1-1:2 d Load)] (Name@2:21-2:24 str Load)))"},
    {"x = 1, 2,\n",
     "(Module (Assign@1:0-1:9 [(Name@1:0-1:1 x Store)] (Tuple@1:4-1:9 [(Constant@1:4-1:5 1) (Constant@1:7-1:8 2)] Load)))"},
    {"f(x for x in y)\n",
     "(Module (Expr@1:0-1:15 (Call@1:0-1:15 (Name@1:0-1:1 f Load) [(GeneratorExp@1:1-1:15 (Name@1:2-1:3 x Load) [(comprehension (Name@1:8-1:9 x Store) (Name@1:13-1:14 y Load) [])])] [])))"},
    {"a[1:2, ::3]\n",
     "(Module (Expr@1:0-1:11 (Subscript@1:0-1:11 (Name@1:0-1:1 a Load) (Tuple@1:2-1:10 [(Slice@1:2-1:5 (Constant@1:2-1:3 1) (Constant@1:4-1:5 2) _) (Slice@1:7-1:10 _ _ (Constant@1:9-1:10 3))] Load) Load)))"},
    {"y = f'{x!r} {y:>{w}}' 'z'\n",
     "(Module (Assign@1:0-1:25 [(Name@1:0-1:1 y Store)] (JoinedStr@1:4-1:25 (FormattedValue@1:4-1:25 (Name@1:7-1:8 x Load) r) (Constant@1:4-1:25 ' ') (FormattedValue@1:4-1:25 (Name@1:13-1:14 y Load) -1 (JoinedStr@1:4-1:21 (Constant@1:4-1:25 '>') (FormattedValue@1:4-1:25 (Name@1:17-1:18 w Load) -1))) (Constant@1:4-1:25 'z'))))"},
    {"try:\n    a\nexcept E as e:\n    b\n",
     "(Module (Try@1:0-4:5 [(Expr@2:4-2:5 (Name@2:4-2:5 a Load))] [(ExceptHandler@3:0-4:5 (Name@3:7-3:8 E Load) e [(Expr@4:4-4:5 (Name@4:4-4:5 b Load))])] [] []))"},
    {"lambda a, *b, c=1, **d: a\n",
     "(Module (Expr@1:0-1:25 (Lambda@1:0-1:25 (arguments (args (arg@1:7-1:8 a _)) (vararg (arg@1:11-1:12 b _)) (kwonly (arg@1:14-1:15 c _)) (kw_defaults (Constant@1:16-1:17 1)) (kwarg (arg@1:21-1:22 d _))) (Name@1:24-1:25 a Load))))"},
    {"with (a as b, c): pass\n",
     "(Module (With@1:0-1:22 [(withitem (Name@1:6-1:7 a Load) (Name@1:11-1:12 b Store)) (withitem (Name@1:14-1:15 c Load))] [(Pass@1:18-1:22)]))"},
    {"from . import (x as y)\n",
     "(Module (ImportFrom@1:0-1:22 _ [(alias@1:15-1:21 x y)] 1))"},
    {"del a, (b)\n",
     "(Module (Delete@1:0-1:10 [(Name@1:4-1:5 a Del) (Name@1:8-1:9 b Del)]))"},
    {"x: int = 3\n",
     "(Module (AnnAssign@1:0-1:10 (Name@1:0-1:1 x Store) (Name@1:3-1:6 int Load) (Constant@1:9-1:10 3) 1))"},
    {"for x in y: z; w;\n",
     "(Module (For@1:0-1:17 (Name@1:4-1:5 x Store) (Name@1:9-1:10 y Load) [(Expr@1:12-1:13 (Name@1:12-1:13 z Load)) (Expr@1:15-1:16 (Name@1:15-1:16 w Load))] []))"},
    {"class A(B, k=1):\n    pass\n",
     "(Module (ClassDef@1:0-2:8 A [(Name@1:8-1:9 B Load)] [(keyword@1:11-1:14 k (Constant@1:13-1:14 1))] [(Pass@2:4-2:8)]))"},
    {"(a) + b\n",
     "(Module (Expr@1:0-1:7 (BinOp@1:0-1:7 (Name@1:1-1:2 a Load) Add (Name@1:6-1:7 b Load))))"},
    {"x = {1: 2, **c}\n",
     "(Module (Assign@1:0-1:15 [(Name@1:0-1:1 x Store)] (Dict@1:4-1:15 [(Constant@1:5-1:6 1) _] [(Constant@1:8-1:9 2) (Name@1:13-1:14 c Load)])))"},
    {"a if b else c\n",
     "(Module (Expr@1:0-1:13 (IfExp@1:0-1:13 (Name@1:5-1:6 b Load) (Name@1:0-1:1 a Load) (Name@1:12-1:13 c Load))))"},
    {"f'{x}' f'{y,}'\n",
     "(Module (Expr@1:0-1:14 (JoinedStr@1:0-1:14 (FormattedValue@1:0-1:14 (Name@1:3-1:4 x Load) -1) (FormattedValue@1:0-1:14 (Tuple@1:9-1:13 [(Name@1:10-1:11 y Load)] Load) -1))))"},
    {"x = (yield)\n",
     "(Module (Assign@1:0-1:11 [(Name@1:0-1:1 x Store)] (Yield@1:5-1:10)))"},
    {"global a\n",
     "(Module (Global@1:0-1:8 a))"},
    {"assert x\n",
     "(Module (Assert@1:0-1:8 (Name@1:7-1:8 x Load)))"},
    {"é = 'é'; y = é\n",
     "(Module (Assign@1:0-1:9 [(Name@1:0-1:2 é Store)] (Constant@1:5-1:9 'é')) (Assign@1:11-1:17 [(Name@1:11-1:12 y Store)] (Name@1:15-1:17 é Load)))"},
};

static void test_trees(void)
{
    for (size_t i = 0; i < sizeof trees / sizeof trees[0]; i++) {
        ParseError e;
        Node *m = parse(trees[i].src, PARSE_FILE, &e);
        CHECK(m, "%s: %s", trees[i].src, m ? "" : e.msg);
        if (m) {
            const char *got = ast_dump(m);
            CHECK(!strcmp(got, trees[i].tree), "%s\n  expected %s\n  got      %s", trees[i].src, trees[i].tree, got);
        }
    }
    for (size_t i = 0; i < sizeof positioned / sizeof positioned[0]; i++) {
        ParseError e;
        Node *m = parse(positioned[i].src, PARSE_FILE, &e);
        CHECK(m, "%s: %s", positioned[i].src, m ? "" : e.msg);
        if (m) {
            const char *got = ast_dump_positions(m);
            CHECK(!strcmp(got, positioned[i].tree), "%s\n  expected %s\n  got      %s", positioned[i].src,
                  positioned[i].tree, got);
        }
    }
}

/* Constants as the compiler sees them. */
static const Node *first_value(const char *src)
{
    ParseError e;
    Node *m = parse(src, PARSE_FILE, &e);
    if (!m || !m->u.module.body.len || m->u.module.body.items[0]->kind != N_EXPR)
        return NULL;
    return m->u.module.body.items[0]->u.value.value;
}

static void check_int(const char *src, const char *text, int base)
{
    const Node *n = first_value(src);
    CHECK(n && n->kind == N_CONSTANT && n->u.constant.kind == CONST_INT && n->u.constant.base == base
          && n->u.constant.len == strlen(text) && !memcmp(n->u.constant.text, text, strlen(text)),
          "%s: int %s base %d", src, text, base);
}

static void check_float(const char *src, ConstKind kind, double f)
{
    const Node *n = first_value(src);
    CHECK(n && n->kind == N_CONSTANT && n->u.constant.kind == kind && n->u.constant.f == f, "%s: %g", src, f);
}

static void check_str(const char *src, ConstKind kind, const char *bytes, size_t len)
{
    const Node *n = first_value(src);
    CHECK(n && n->kind == N_CONSTANT && n->u.constant.kind == kind && n->u.constant.len == len
          && !memcmp(n->u.constant.text, bytes, len), "%s: string constant", src);
}

static void test_constants(void)
{
    check_int("0\n", "0", 10);
    check_int("000\n", "0", 10);
    check_int("1_000_000\n", "1000000", 10);
    check_int("0x_Ff\n", "Ff", 16);
    check_int("0O1_7\n", "17", 8);
    check_int("0b1_0\n", "10", 2);
    check_int("123456789012345678901234567890\n", "123456789012345678901234567890", 10);
    check_float("1.5\n", CONST_FLOAT, 1.5);
    check_float("1.\n", CONST_FLOAT, 1.0);
    check_float(".5\n", CONST_FLOAT, 0.5);
    check_float("1e10\n", CONST_FLOAT, 1e10);
    check_float("1_000.5e-3\n", CONST_FLOAT, 1.0005);
    check_float("09.5\n", CONST_FLOAT, 9.5);
    check_float("1E+2\n", CONST_FLOAT, 100.0);
    check_float("3j\n", CONST_IMAG, 3.0);
    check_float("1.5J\n", CONST_IMAG, 1.5);
    check_float("1e3j\n", CONST_IMAG, 1000.0);
    check_str("'a\\0b'\n", CONST_STR, "a\0b", 3);
    check_str("b'\\x00\\xff'\n", CONST_BYTES, "\0\xff", 2);
    check_str("'\\u00e9\\U0001F600\\N{EM DASH}'\n", CONST_STR, "\xc3\xa9\xf0\x9f\x98\x80\xe2\x80\x94", 9);
    check_str("'\\777\\7'\n", CONST_STR, "\xc7\xbf\x07", 3);
    check_str("'\\ud800'\n", CONST_STR, "\xed\xa0\x80", 3);
    check_str("'\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"'\n", CONST_STR, "\a\b\f\n\r\t\v\\'\"", 10);
    check_str("'\\d\\\n'\n", CONST_STR, "\\d", 2);
    check_str("r'\\d\\'' R'\\\n'\n", CONST_STR, "\\d\\'\\\n", 6);
    check_str("'''a\nb'''\n", CONST_STR, "a\nb", 3);
    check_str("'''a\r\nb'''\n", CONST_STR, "a\nb", 3);
    check_str("u'x' 'y' U'z'\n", CONST_STR, "xyz", 3);
    check_str("b'a' B'b' rb'\\n' bR'c' Rb'd' BR'e'\n", CONST_BYTES, "ab\\ncde", 7);
    check_str("'\\N{latin small letter a}\\N{GREEK SMALL LETTER PI}\\N{LF}'\n", CONST_STR, "a\xcf\x80\n", 4);
}

/* ----------------------------------------------------------------- modes */

static void test_modes(void)
{
    ParseError e;
    Node *n = parse(" 1 + 2\n\n", PARSE_EVAL, &e);
    CHECK(n && !strcmp(ast_dump(n), "(Expression (BinOp (Constant 1) Add (Constant 2)))"), "eval");
    n = parse("a, b", PARSE_EVAL, &e);
    CHECK(n && !strcmp(ast_dump(n), "(Expression (Tuple [(Name a Load) (Name b Load)] Load))"), "eval tuple");
    n = parse("(1\n+\n2)", PARSE_EVAL, &e);
    CHECK(n && !strcmp(ast_dump(n), "(Expression (BinOp (Constant 1) Add (Constant 2)))"), "eval lines");
    n = parse("x = 1", PARSE_EVAL, &e);
    CHECK(!n && !strcmp(e.msg, "invalid syntax") && e.lineno == 1 && e.col == 2, "eval assignment");
    n = parse("1\n2", PARSE_EVAL, &e);
    CHECK(!n && !strcmp(e.msg, "invalid syntax") && e.lineno == 2 && e.col == 0, "eval two lines");
    n = parse("*a,", PARSE_EVAL, &e);
    CHECK(!n && !strcmp(e.msg, "invalid syntax"), "eval star");

    n = parse("x = 1; y = 2\n", PARSE_SINGLE, &e);
    CHECK(n && !strcmp(ast_dump(n), "(Interactive (Assign [(Name x Store)] (Constant 1)) "
                                    "(Assign [(Name y Store)] (Constant 2)))"), "single simple");
    n = parse("if x:\n    pass\nelse:\n    y\n", PARSE_SINGLE, &e);
    CHECK(n && !strcmp(ast_dump(n), "(Interactive (If (Name x Load) [(Pass)] [(Expr (Name y Load))]))"), "single if");
    n = parse("x = 1\ny = 2\n", PARSE_SINGLE, &e);
    CHECK(!n && !strcmp(e.msg, "multiple statements found while compiling a single statement")
          && e.lineno == 1 && e.col == 5, "single multiple");
    n = parse("\n", PARSE_SINGLE, &e);
    CHECK(n && n->kind == N_INTERACTIVE && !n->u.module.body.len, "single empty");
}

static void test_is_complete(void)
{
    static const struct { const char *src; int complete; } cases[] = {
        {"x = 1\n", 1}, {"x = (1,\n", 0}, {"x = [\n 1,\n", 0}, {"if x:\n", 0}, {"if x:\n    pass\n", 0},
        {"if x:\n    pass\n\n", 1}, {"def f():\n    return 1\n", 0}, {"def f():\n    return 1\n\n", 1},
        {"'''abc\n", 0}, {"x = 1 + \\\n", 0}, {"x = 1 +\n", 1}, {"@dec\n", 0}, {"x = = 1\n", 1},
        {"class A:\n    x = 1\n    \n", 1}, {"for x in y:\n", 0}, {"try:\n    pass\n", 0}, {"\n", 1}, {"", 1},
        {"print('a')\n", 1}, {"f(\"\"\"\n", 0}, {"x = '''a\n'''\n", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CHECK(parse_is_complete(cases[i].src, strlen(cases[i].src)) == cases[i].complete, "complete %d: %s",
              cases[i].complete, cases[i].src);
}

/* ---------------------------------------------------------------- errors */

/* Observed from CPython 3.11.7 running each source as a file: kind, message,
 * lineno, offset, end_lineno, end_offset of the SyntaxError. */
static const struct {
    const char *src, *kind, *msg;
    int lineno, offset, end_lineno, end_offset;
} errors[] = {
    {"x = = 2\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"x = \n", "SyntaxError", "invalid syntax", 1, 5, 1, 5},
    {"x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = (1 2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"[1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {"f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6},
    {"(x y)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {"{a b}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {"x = [1 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"x = 1 if 2 else 3 4\n", "SyntaxError", "invalid syntax", 1, 19, 1, 20},
    {"x = a if b\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"x = a if b else\n", "SyntaxError", "invalid syntax", 1, 16, 1, 16},
    {"[a if b c]\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 2, 1, 8},
    {"x = = 2\ny = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 5},
    {"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {"if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 0, 1, -1},
    {"if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 0, 1, -1},
    {"def f():\nreturn\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 7},
    {"class A:\n\n\n  # c\nx\n", "IndentationError", "expected an indented block after class definition on line 1", 5, 1, 5, 2},
    {"  x\n", "IndentationError", "unexpected indent", 1, 2, 1, -1},
    {"if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1},
    {"if x:\n\n# c\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 3, 0, 3, -1},
    {"while x:\nfoo\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 4},
    {"for x in y:\nz\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 2},
    {"with a:\nz\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 2},
    {"try:\nz\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 2},
    {"try:\n  a\nexcept:\nz\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 2},
    {"try:\n  a\nexcept E as e:\nz\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 2},
    {"try:\n  a\nfinally:\nz\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 2},
    {"if a:\n  b\nelif c:\nz\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 2},
    {"if a:\n  b\nelse:\nz\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 2},
    {"@d\ndef f():\nz\n", "IndentationError", "expected an indented block after function definition on line 2", 3, 1, 3, 2},
    {"class A(B):\nz\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 2},
    {"if x:\n\tif y:\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"if x:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"if x:\n  \ta\n\t b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 4, 2, -1},
    {"def f():\n  x\n y\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3, 3, -1},
    {"if x:\n  pass\n  pass\n pass\n", "IndentationError", "unindent does not match any outer indentation level", 4, 6, 4, -1},
    {"for x in y:\n    pass\n  else:\n    pass\n", "IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, -1},
    {"if x\n  pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 5},
    {"while x\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"for x in y\n  pass\n", "SyntaxError", "expected ':'", 1, 11, 1, 11},
    {"def f() x: pass\n", "SyntaxError", "expected ':'", 1, 9, 1, 10},
    {"def f: pass\n", "SyntaxError", "expected '('", 1, 6, 1, 7},
    {"try:\n  pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2},
    {"try:\n  pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 0, 2, -1},
    {"def f(a, b:\n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
    {"print \"hello\"\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14},
    {"print \"a\", 1\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 13},
    {"exec \"code\"\n", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 12},
    {"print x\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8},
    {"x = print 1\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 5, 1, 12},
    {"f(a+1=2)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
    {"x + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {"1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
    {"(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7},
    {"a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5},
    {"f() += 1\n", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4},
    {"x = yield = 3\n", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10},
    {"None = 1\n", "SyntaxError", "cannot assign to None", 1, 1, 1, 5},
    {"True = 1\n", "SyntaxError", "cannot assign to True", 1, 1, 1, 5},
    {"... = 1\n", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"\"s\" = 1\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"f\"{x}\" = 1\n", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7},
    {"[a, 1] = x\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"a, 1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 4, 1, 5},
    {"(a, 1) = x\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"x = f() = 1\n", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"f() = x = 1\n", "SyntaxError", "cannot assign to function call", 1, 1, 1, 4},
    {"a < b = 1\n", "SyntaxError", "cannot assign to comparison", 1, 1, 1, 6},
    {"not a = 1\n", "SyntaxError", "cannot assign to expression", 1, 1, 1, 6},
    {"a and b = 1\n", "SyntaxError", "cannot assign to expression", 1, 1, 1, 8},
    {"(a or b) = 1\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 8},
    {"-a = 1\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 3},
    {"a.b() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {"[x for x in y] = 1\n", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 1, 15},
    {"{a: b} = 1\n", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7},
    {"{a} = 1\n", "SyntaxError", "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"lambda: 1 = 1\n", "SyntaxError", "cannot assign to lambda", 1, 1, 1, 10},
    {"x if y else z = 1\n", "SyntaxError", "cannot assign to conditional expression", 1, 1, 1, 14},
    {"del 1\n", "SyntaxError", "cannot delete literal", 1, 5, 1, 6},
    {"del a + b\n", "SyntaxError", "cannot delete expression", 1, 5, 1, 10},
    {"del *a\n", "SyntaxError", "cannot delete starred", 1, 5, 1, 7},
    {"del (a, f())\n", "SyntaxError", "cannot delete function call", 1, 9, 1, 12},
    {"del [a, 1]\n", "SyntaxError", "cannot delete literal", 1, 9, 1, 10},
    {"for f() in y: pass\n", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"for 1 in y: pass\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"for a, f() in y: pass\n", "SyntaxError", "cannot assign to function call", 1, 8, 1, 11},
    {"with a as 1: pass\n", "SyntaxError", "cannot assign to literal", 1, 11, 1, 12},
    {"(yield) = 1\n", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7},
    {"a, b: int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2},
    {"(a, b): int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7},
    {"[a]: int\n", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4},
    {"f(): int\n", "SyntaxError", "illegal target for annotation", 1, 1, 1, 4},
    {"1: int\n", "SyntaxError", "illegal target for annotation", 1, 1, 1, 2},
    {"(x := 1) = 2\n", "SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 8},
    {"x.y := 1\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1, 1, 4},
    {"(x.y := 1)\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {"(a[1] := 2)\n", "SyntaxError", "cannot use assignment expressions with subscript", 1, 2, 1, 6},
    {"((a) := 2)\n", "SyntaxError", "cannot use assignment expressions with name", 1, 3, 1, 4},
    {"f(**a, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9},
    {"f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
    {"f(**a, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10},
    {"f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"f(1, x for x in y)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18},
    {"f(x for x in y,)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"f(True=1)\n", "SyntaxError", "cannot assign to True", 1, 3, 1, 8},
    {"f(None=1)\n", "SyntaxError", "cannot assign to None", 1, 3, 1, 8},
    {"f((a)=1)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 4, 1, 7},
    {"f(a.b=1)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
    {"f(a=1 for a in b)\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 1, 5},
    {"f(a, b=1, c)\n", "SyntaxError", "positional argument follows keyword argument", 1, 12, 1, 13},
    {"f(**k, a=1, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 14, 1, 15},
    {"f(*a, **k, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 12, 1, 13},
    {"class A(x=1, B): pass\n", "SyntaxError", "positional argument follows keyword argument", 1, 15, 1, 16},
    {"def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13},
    {"def f(*, **k): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
    {"def f(/, a): pass\n", "SyntaxError", "at least one argument must precede /", 1, 7, 1, 8},
    {"def f(a, /, b, /): pass\n", "SyntaxError", "/ may appear only once", 1, 16, 1, 17},
    {"def f(*a, *b): pass\n", "SyntaxError", "* argument may appear only once", 1, 11, 1, 12},
    {"def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {"def f(*a=1): pass\n", "SyntaxError", "var-positional argument cannot have default value", 1, 9, 1, 10},
    {"lambda a=1, b: 0\n", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14},
    {"def f(a, *): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 10, 1, 11},
    {"def f(**k=1): pass\n", "SyntaxError", "var-keyword argument cannot have default value", 1, 10, 1, 11},
    {"def f(a=): pass\n", "SyntaxError", "expected default value expression", 1, 8, 1, 9},
    {"def f(*, a, /): pass\n", "SyntaxError", "/ must be ahead of *", 1, 13, 1, 14},
    {"def f(**k, *a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {"lambda *, **k: 0\n", "SyntaxError", "named arguments must follow bare *", 1, 11, 1, 13},
    {"lambda *: 0\n", "SyntaxError", "named arguments must follow bare *", 1, 9, 1, 10},
    {"def f(a, (b, c)): pass\n", "SyntaxError", "Function parameters cannot be parenthesized", 1, 10, 1, 16},
    {"def f(*a, /): pass\n", "SyntaxError", "/ must be ahead of *", 1, 11, 1, 12},
    {"x = 0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
    {"1_000_\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"1__0\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"1e\n", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1},
    {"0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 1, 3},
    {"0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3},
    {"1abc\n", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1},
    {"0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2},
    {"0xg\n", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2},
    {"0b\n", "SyntaxError", "invalid binary literal", 1, 2, 1, 2},
    {"0o\n", "SyntaxError", "invalid octal literal", 1, 2, 1, 2},
    {"0_7\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 3},
    {"1jx\n", "SyntaxError", "invalid imaginary literal", 1, 2, 1, 2},
    {"0b1_\n", "SyntaxError", "invalid binary literal", 1, 4, 1, 4},
    {"09\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2},
    {"x = 1 \\ y\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0},
    {"x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 8, 1, -1},
    {"x = 1 \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 8, 1, -1},
    {"a ) b\n", "SyntaxError", "unmatched ')'", 1, 3, 1, 3},
    {"a ( ]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 5, 1, 5},
    {"a ]\n", "SyntaxError", "unmatched ']'", 1, 3, 1, 3},
    {"(\n]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1},
    {"x = )\n", "SyntaxError", "unmatched ')'", 1, 5, 1, 5},
    {"x = ]\n", "SyntaxError", "unmatched ']'", 1, 5, 1, 5},
    {"x = }\n", "SyntaxError", "unmatched '}'", 1, 5, 1, 5},
    {"x = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = \"\"\"abc\n\ndef\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5},
    {"x = '''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = \"abc\\\ndef\n", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5, 1, 5},
    {"x = €\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5, 1, 5},
    {"a = 1\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 2, 1, 2},
    {"x = 1\x01""\n", "SyntaxError", "invalid non-printable character U+0001", 1, 6, 1, 6},
    {"€abc = 1\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 1, 1, 1},
    {"a€ = 1\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 2, 1, 2},
    {"x = \"\\N{foo}\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 14, 1, 14},
    {"x = \"\\x4\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10},
    {"x = \"\\x\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 9, 1, 9},
    {"x = b\"\\xff\\u1234é\"\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5, 1, 20},
    {"x = \"a\" b\"c\"\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {"x = b\"a\" \"c\"\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {"x = \"\\u12\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 11, 1, 11},
    {"x = \"\\U1234\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape", 1, 13, 1, 13},
    {"x = \"\\U00110000\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17, 1, 17},
    {"x = \"\\N\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 9, 1, 9},
    {"x = \"\\N{\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 10, 1, 10},
    {"x = \"ab\\x4\" + 1\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", 1, 13, 1, 14},
    {"x = \"é\\x4\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", 1, 12, 1, 12},
    {"x = b\"\\x4\"\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 11, 1, 11},
    {"x = b'é'\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5, 1, 10},
    {"x = rb'é'\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5, 1, 11},
    {"f\"{}\"\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6},
    {"f\"{x\"\n", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6},
    {"f\"}\"\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5},
    {"f\"{x!z}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
    {"f\"{a b}\"\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {"f\"{x!}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8},
    {"f\"{x:{y:{z}}}\"\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 15, 1, 15},
    {"f\"{\\n}\"\n", "SyntaxError", "f-string expression part cannot include a backslash", 1, 8, 1, 8},
    {"f\"{#}\"\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 7, 1, 7},
    {"f\"{x)}\"\n", "SyntaxError", "f-string: unmatched ')'", 1, 8, 1, 8},
    {"f\"{(x}\"\n", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 8, 1, 8},
    {"f\"{x!r\"\n", "SyntaxError", "f-string: expecting '}'", 1, 8, 1, 8},
    {"f\"{ }\"\n", "SyntaxError", "f-string: empty expression not allowed", 1, 7, 1, 7},
    {"f\"{!r}\"\n", "SyntaxError", "f-string: expression required before '!'", 1, 8, 1, 8},
    {"f\"{:x}\"\n", "SyntaxError", "f-string: expression required before ':'", 1, 8, 1, 8},
    {"f\"{=}\"\n", "SyntaxError", "f-string: expression required before '='", 1, 7, 1, 7},
    {"x = 1\ny = f\"{a b}\"\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 2, 2, 5},
    {"f\"{*a}\"\n", "SyntaxError", "f-string: cannot use starred expression here", 1, 2, 1, 4},
    {"f\"{x:{}}\"\n", "SyntaxError", "f-string: empty expression not allowed", 1, 10, 1, 10},
    {"f\"{f'{}'}\"\n", "SyntaxError", "f-string: f-string: empty expression not allowed", 1, 7, 1, 8},
    {"f\"{x!r:}}\"\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 11, 1, 11},
    {"from a import b,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
    {"x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0},
    {"x = {1: *a}\n", "SyntaxError", "cannot use a starred expression in a dictionary value", 1, 9, 1, 11},
    {"x = {**a for b in c}\n", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 6, 1, 8},
    {"[*a for a in b]\n", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {"[a, b for a in c]\n", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 6},
    {"{a, b for a in c}\n", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 6},
    {"(*a)\n", "SyntaxError", "cannot use starred expression here", 1, 2, 1, 4},
    {"(**a)\n", "SyntaxError", "cannot use double starred expression here", 1, 2, 1, 4},
    {"def f():\n  x = yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 2, 7, 2, 12},
    {"try:\n  pass\nexcept E, F:\n  pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12},
    {"try:\n  pass\nexcept E, F as e:\n  pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 17},
    {"if x = 1:\n  pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
    {"while x = 1: pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12},
    {"[x = 1]\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, 1, 7},
    {"if f() = 1: pass\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
    {"if a.b = 1: pass\n", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
    {"x = [1, 2\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"\"\"\"\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1},
    {"'''", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1},
    {"x = a[\n", "SyntaxError", "'[' was never closed", 1, 6, 1, 0},
    {"class A: x\n pass\n", "IndentationError", "unexpected indent", 2, 1, 2, -1},
    {"x.y := 1\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1, 1, 4},
    {"(x.y := 1)\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {"1, (b) = x\n", "SyntaxError", "cannot assign to name here. Maybe you meant '==' instead of '='?", 1, 5, 1, 6},
    {"a, b, f() = x\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 7, 1, 10},
    {"\tx = 1\n", "IndentationError", "unexpected indent", 1, 1, 1, -1},
    {"x = [\n1,\n2\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"x = {\n", "SyntaxError", "'{' was never closed", 1, 5, 1, 0},
    {"f(**kwargs, *args)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 13, 1, 14},
    {"f(a, **d, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 11, 1, 12},
    {"f(x, y for y in z)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18},
    {"f\"{x:{y:{z:{w}}}}\"\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 19, 1, 19},
    {"f'{x}' f'{'\n", "SyntaxError", "f-string: expecting '}'", 1, 12, 1, 12},
    {"f\"{lambda x: 1}\"\n", "SyntaxError", "f-string: invalid syntax", 1, 10, 1, 11},
    {"f\"{x}}\"\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 8, 1, 8},
    {"f\"{{x}\"\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 8, 1, 8},
    {"f\"{x!s!r}\"\n", "SyntaxError", "f-string: expecting '}'", 1, 11, 1, 11},
    {"f\"\\N{DASH}{x}\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 15, 1, 15},
    {"f\"{x:{}}\"\n", "SyntaxError", "f-string: empty expression not allowed", 1, 10, 1, 10},
    {"f\"{x:{y!z}}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13, 1, 13},
    {"x = 0x_\n", "SyntaxError", "invalid hexadecimal literal", 1, 7, 1, 7},
    {"x = 1j_\n", "SyntaxError", "invalid imaginary literal", 1, 6, 1, 6},
    {"x = 00_1\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 8},
    {"x = u\"a\" b\"c\"\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 14, 1, 14},
    {"class A(**k, b): pass\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 15, 1, 16},
    {"def f[T](x): pass\n", "SyntaxError", "expected '('", 1, 6, 1, 7},
    {"x = a if b else c if d\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 17, 1, 23},
    {"x = (a if b)\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 6, 1, 12},
    {"exec \"x\" in d\n", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 14},
    /* atoll's own refusals and limits */
    {"async def f(): pass\n", "SyntaxError", "atoll does not support async/await", 1, 1, 1, 6},
    {"x = await y\n", "SyntaxError", "atoll does not support async/await", 1, 5, 1, 10},
    {"try:\n  pass\nexcept* E:\n  pass\n", "SyntaxError", "atoll does not support except* (exception groups)", 3, 1, 3, 8},
    {"x = \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 6, 1, -1},
    {"x = \"\\N{NO SUCH NAME}\"\n", "SyntaxError",
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name", 1, 23, 1, 23},
    {"x = f\"{x:{y:{z}}}\"\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 19, 1, 19},
    {"x = f'{f\"{f'{1}'}\"}'\n", "SyntaxError", "f-string: unterminated string", 1, 13, 1, 14},
};

static void test_errors(void)
{
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        ParseError e;
        const char *src = errors[i].src;
        Node *m = parse_source(src, strlen(src), "t.py", PARSE_FILE, &e);
        if (m) {
            CHECK(0, "no error for %s", src);
            continue;
        }
        int off, end_off;
        parse_error_offsets(&e, &off, &end_off);
        CHECK(!strcmp(e.kind, errors[i].kind) && !strcmp(e.msg, errors[i].msg) && e.lineno == errors[i].lineno
              && off == errors[i].offset && e.end_lineno == errors[i].end_lineno && end_off == errors[i].end_offset,
              "%s\n  expected %s: %s %d:%d-%d:%d\n  got      %s: %s %d:%d-%d:%d", src, errors[i].kind, errors[i].msg,
              errors[i].lineno, errors[i].offset, errors[i].end_lineno, errors[i].end_offset, e.kind, e.msg,
              e.lineno, off, e.end_lineno, end_off);
    }
    /* NUL bytes: CPython reports the line, with the text before the NUL */
    ParseError e;
    const char nul[] = "x = 1\ny = 'a\0b'\n";
    CHECK(!parse_source(nul, sizeof nul - 1, "t.py", PARSE_FILE, &e)
          && !strcmp(e.msg, "source code cannot contain null bytes") && e.lineno == 2 && e.col == -1
          && !strcmp(e.text, "y = 'a"), "NUL byte");
}

/* The text CPython 3.11.7 prints for the uncaught SyntaxError. */
static const struct { const char *file, *src, *out; } formats[] = {
    {"/tmp/fmt0.py", "x = = 2\n", "  File \"/tmp/fmt0.py\", line 1\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n"},
    {"/tmp/fmt1.py", "[1 2]\n", "  File \"/tmp/fmt1.py\", line 1\n    [1 2]\n     ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
    {"/tmp/fmt2.py", "if x:\npass\n", "  File \"/tmp/fmt2.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"},
    {"/tmp/fmt3.py", "def f():\n\tif x:\n\t\ty = (1 +\n\t\t     2) +\n", "  File \"/tmp/fmt3.py\", line 4\n    2) +\n        ^\nSyntaxError: invalid syntax\n"},
    {"/tmp/fmt4.py", "\tx = \"é\" + = 1\n", "  File \"/tmp/fmt4.py\", line 1\n    x = \"é\" + = 1\nIndentationError: unexpected indent\n"},
    {"/tmp/fmt5.py", "x = \"€\" €\n", "  File \"/tmp/fmt5.py\", line 1\n    x = \"€\" €\n            ^\nSyntaxError: invalid character '€' (U+20AC)\n"},
    {"/tmp/fmt6.py", "x = 1\ny = \"\xff\"\n", "SyntaxError: Non-UTF-8 code starting with '\\xff' in file /tmp/fmt6.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"},
    {"/tmp/fmt7.py", "x = (1,\n", "  File \"/tmp/fmt7.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"},
    {"/tmp/fmt8.py", "f\"{a b}\"\n", "  File \"/tmp/fmt8.py\", line 1\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?\n"},
    {"/tmp/fmt9.py", "if x:\n    a\n  b\n", "  File \"/tmp/fmt9.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"},
    {"/tmp/fmt10.py", "x = \"\"\"abc\n\ndef\n", "  File \"/tmp/fmt10.py\", line 1\n    x = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n"},
    {"/tmp/fmt11.py", "print \"hello\"\n", "  File \"/tmp/fmt11.py\", line 1\n    print \"hello\"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"},
    {"/tmp/fmt12.py", "x = 0777\n", "  File \"/tmp/fmt12.py\", line 1\n    x = 0777\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"},
    {"/tmp/fmt13.py", "def f(a=1, b): pass\n", "  File \"/tmp/fmt13.py\", line 1\n    def f(a=1, b): pass\n               ^\nSyntaxError: non-default argument follows default argument\n"},
    {"/tmp/fmt14.py", "foo(\n    a=1,\n    b\n)\n", "  File \"/tmp/fmt14.py\", line 4\n    )\n    ^\nSyntaxError: positional argument follows keyword argument\n"},
    /* a parser error after a non-ASCII character: CPython counts bytes there */
    {"t.py", "x = \"é\" + = 1\n", "  File \"t.py\", line 1\n    x = \"é\" + = 1\n               ^\nSyntaxError: invalid syntax\n"},
};

static void test_error_format(void)
{
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        ParseError e;
        Node *m = parse_source(formats[i].src, strlen(formats[i].src), formats[i].file, PARSE_FILE, &e);
        CHECK(!m, "no error: %s", formats[i].src);
        if (!m) {
            const char *got = parse_error_format(formats[i].file, &e);
            CHECK(!strcmp(got, formats[i].out), "format of %s\n--- expected\n%s--- got\n%s", formats[i].src,
                  formats[i].out, got);
        }
    }
}

/* ------------------------------------------------------------- robustness */

static char *repeat(const char *head, const char *unit, int n, const char *tail)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    char *s = malloc(hl + ul * (size_t)n + tl + 1);
    memcpy(s, head, hl);
    for (int i = 0; i < n; i++)
        memcpy(s + hl + ul * (size_t)i, unit, ul);
    memcpy(s + hl + ul * (size_t)n, tail, tl + 1);
    return s;
}

static void expect_msg(char *src, const char *msg)
{
    ParseError e;
    Node *m = parse(src, PARSE_FILE, &e);
    if (msg)
        CHECK(!m && !strcmp(e.msg, msg), "%.40s...: expected %s, got %s", src, msg, m ? "success" : e.msg);
    else
        CHECK(m != NULL, "%.40s...: %s", src, m ? "" : e.msg);
    free(src);
}

static void test_robustness(void)
{
    expect_msg(repeat("x = ", "(", 1000, "1\n"), "too many nested parentheses");
    expect_msg(repeat("x = ", "[", 199, ""), "'[' was never closed");
    char *nested = malloc(200 * 210 + 10), *p = nested;
    for (int i = 0; i < 200; i++) {
        memset(p, ' ', (size_t)i);
        p += i;
        memcpy(p, "if x:\n", 6);
        p += 6;
    }
    strcpy(p, "pass\n");
    expect_msg(nested, "too many levels of indentation");
    expect_msg(repeat("x = ", "not ", 100000, "1\n"), "too complex");
    expect_msg(repeat("x = ", "-", 100000, "1\n"), "too complex");
    expect_msg(repeat("x = ", "1 + ", 100000, "1\n"), NULL);
    expect_msg(repeat("if x:\n pass\n", "elif y:\n pass\n", 20000, "else:\n pass\n"), NULL);
    expect_msg(repeat("x = ", "'a' ", 10000, "\n"), NULL);
    expect_msg(repeat("f(", "a, ", 50000, ")\n"), NULL);
    expect_msg(repeat("", "x = 1;", 20000, "\n"), NULL);
    expect_msg(repeat("x = f'", "{x:{y}}", 1000, "'\n"), NULL);
    expect_msg(repeat("x = ", "f'{x!r:{y}}'", 2000, "\n"), NULL);

    /* the source need not be NUL-terminated: only len bytes are read */
    const char *text = "x = 1\ny = (2)";
    size_t len = strlen(text);
    char *exact = malloc(len);
    memcpy(exact, text, len);
    ParseError e;
    Node *m = parse_source(exact, len, "t.py", PARSE_FILE, &e);
    CHECK(m && !strcmp(ast_dump(m), "(Module (Assign [(Name x Store)] (Constant 1)) (Assign [(Name y Store)] (Constant 2)))"),
          "unterminated buffer");
    m = parse_source(exact, len - 1, "t.py", PARSE_FILE, &e);
    CHECK(!m && !strcmp(e.msg, "'(' was never closed"), "cut buffer");
    free(exact);
    for (size_t cut = 0; cut <= len; cut++) {
        char *part = malloc(cut ? cut : 1);
        memcpy(part, text, cut);
        parse_source(part, cut, "t.py", PARSE_FILE, &e);
        parse_source(part, cut, "t.py", PARSE_SINGLE, &e);
        parse_source(part, cut, "t.py", PARSE_EVAL, &e);
        parse_is_complete(part, cut);
        free(part);
    }
}

/* The parser holds no global state: parses in parallel threads agree. */
static const char *thread_src =
    "def f(a, *b, c=1, **d):\n    return [x ** 2 for x in a if x] + f'{b!r:>{c}}'\n"
    "class A(B, metaclass=M):\n    @property\n    def x(self): return self._x\n"
    "with (open(p) as f, g):\n    y = {k: v for k, v in f}\n";

static void *parse_many(void *arg)
{
    const char *expected = arg;
    for (int i = 0; i < 200; i++) {
        ParseError e;
        Node *m = parse_source(thread_src, strlen(thread_src), "t.py", PARSE_FILE, &e);
        if (!m || strcmp(ast_dump_positions(m), expected))
            return "mismatch";
        if (parse_source("x = (1 2", 8, "t.py", PARSE_FILE, &e) || strcmp(e.msg, "'(' was never closed"))
            return "error mismatch";
    }
    return NULL;
}

static void test_threads(void)
{
    ParseError e;
    Node *m = parse_source(thread_src, strlen(thread_src), "t.py", PARSE_FILE, &e);
    CHECK(m != NULL, "thread source");
    if (!m)
        return;
    char *expected = ast_dump_positions(m);
    pthread_t th[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&th[i], NULL, parse_many, expected);
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(th[i], &r);
        CHECK(r == NULL, "thread %d: %s", i, r ? (char *)r : "");
    }
}

/* ------------------------------------------------------------ manual tool */

static char *read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc(sz > 0 ? (size_t)sz : 1);
    *n = fread(b, 1, (size_t)sz, f);
    fclose(f);
    return b;
}

static int dump_files(int argc, char **argv)
{
    for (int i = 2; i < argc; i++) {
        size_t n;
        char *src = read_file(argv[i], &n);
        ParseError e;
        Node *m = src ? parse_source(src, n, argv[i], PARSE_FILE, &e) : NULL;
        printf("=== %s\n", argv[i]);
        if (m) {
            printf("%s\n", ast_dump_positions(m));
        } else if (src) {
            int o, eo;
            parse_error_offsets(&e, &o, &eo);
            printf("ERROR %s: %s (%d:%d)\n", e.kind, e.msg, e.lineno, o);
        }
        free(src);
    }
    return 0;
}

/* `--err FILE`: the error's attributes and CPython's printed text. */
static int error_file(const char *path)
{
    size_t n;
    char *src = read_file(path, &n);
    if (!src)
        return 1;
    ParseError e;
    Node *m = parse_source(src, n, path, PARSE_FILE, &e);
    if (m) {
        printf("OK\n");
    } else {
        int o, eo;
        parse_error_offsets(&e, &o, &eo);
        if (e.lineno)
            printf("ATTR %s|%s|%d|%d|%d|%d\n", e.kind, e.msg, e.lineno, o, e.end_lineno, eo);
        else
            printf("ATTR %s|%s|None|None|None|None\n", e.kind, e.msg);
        fputs(parse_error_format(path, &e), stdout);
    }
    free(src);
    return 0;
}

int main(int argc, char **argv)
{
    GC_INIT();
    if (argc > 2 && !strcmp(argv[1], "--dump-files"))
        return dump_files(argc, argv);
    if (argc == 3 && !strcmp(argv[1], "--err"))
        return error_file(argv[2]);
    test_trees();
    test_constants();
    test_modes();
    test_is_complete();
    test_errors();
    test_error_format();
    test_robustness();
    test_threads();
    printf("test_parser: %d checks, %d failures\n", checks, failures);
    return failures != 0;
}
