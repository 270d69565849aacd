# string: constants, capwords, Template
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.printable), repr(string.whitespace))
print(string.capwords("  hello   world  foo "), string.capwords("a-b-c", "-"), string.capwords("ÉCOLE élève"))
T = string.Template
print(T("$who likes $what, ${who}s $$ 5").substitute(who="tim", what="kung pao"))
print(T("$who likes $what").safe_substitute({"who": "x"}), T("${a} $ b $").safe_substitute(a=1))
print(T("$a $b").get_identifiers(), T("$a $").is_valid(), T("$a").is_valid())
for bad in ["T('$who').substitute()", "T('x\\ny $ z').substitute()", "T('${a').substitute(a=1)"]:
    try: print(eval(bad))
    except Exception as e: print(type(e).__name__, e)
print(string.Formatter().format("{0} {x}", 1, x=2))
