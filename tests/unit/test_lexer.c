/* test_lexer.c - unit tests of the tokenizer: the layout algorithm (INDENT,
 * DEDENT and NEWLINE from indentation widths, blank and comment lines,
 * brackets, backslash continuation, tabs, end of input), every number and
 * string form, operators and keywords, token positions, the lookahead that
 * marks parenthesized with-items, and tokenizer errors with CPython 3.11's
 * messages and columns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gc/gc.h>

#include "lexer.h"
#include "grammar.h"
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

/* Tokens as a compact string: names and operators as written, NUM, STR,
 * NL, IN, DE, EOF, and "ERR(message)" for a tokenizer error. */
static char *tokens_mode(const char *src, int mode)
{
    static const int max = 4096;
    char *out = GC_MALLOC_ATOMIC((size_t)max);
    size_t n = 0;
    Lexer *lx = lexer_new(src, strlen(src), mode, 1, 0);
    lexer_next(lx);   /* the mode token */
    for (int i = 0; i < 500; i++) {
        Token t = lexer_next(lx);
        char buf[256];
        switch (t.kind) {
        case T_NAME: snprintf(buf, sizeof buf, "%s", t.v.str); break;
        case T_NUMBER: snprintf(buf, sizeof buf, "NUM"); break;
        case T_STRING: snprintf(buf, sizeof buf, "STR"); break;
        case T_NEWLINE: snprintf(buf, sizeof buf, "NL"); break;
        case T_INDENT: snprintf(buf, sizeof buf, "IN"); break;
        case T_DEDENT: snprintf(buf, sizeof buf, "DE"); break;
        case T_ENDMARKER: snprintf(buf, sizeof buf, "EOF"); break;
        case T_ERRORTOKEN: snprintf(buf, sizeof buf, "ERR(%s)", lx->err.msg); break;
        case T_WITH_LPAREN: snprintf(buf, sizeof buf, "W("); break;
        default: {
            const char *name = grammar_token_name(t.kind);
            size_t k = strlen(name);
            if (k >= 2 && name[0] == '"')
                snprintf(buf, sizeof buf, "%.*s", (int)(k - 2), name + 1);
            else
                snprintf(buf, sizeof buf, "%s", name);
        }
        }
        size_t bl = strlen(buf);
        if (n + bl + 2 >= (size_t)max)
            break;
        if (n)
            out[n++] = ' ';
        memcpy(out + n, buf, bl);
        n += bl;
        out[n] = 0;
        if (t.kind == T_ENDMARKER || t.kind == T_ERRORTOKEN)
            break;
    }
    return out;
}

static char *tokens(const char *src) { return tokens_mode(src, T_START_FILE); }

#define CHECK_TOKENS(src, expected)                                                    \
    do {                                                                               \
        const char *got_ = tokens(src);                                                \
        CHECK(!strcmp(got_, expected), "%s\n  expected %s\n  got      %s", src, expected, got_); \
    } while (0)

static void test_layout(void)
{
    CHECK_TOKENS("x = 1\n", "x = NUM NL EOF");
    CHECK_TOKENS("x", "x NL EOF");
    CHECK_TOKENS("", "EOF");
    CHECK_TOKENS("\n\n  \n# comment only\n", "EOF");
    CHECK_TOKENS("if x:\n    y\nz\n", "if x : NL IN y NL DE z NL EOF");
    CHECK_TOKENS("if a:\n  if b:\n    c\nd\n", "if a : NL IN if b : NL IN c NL DE DE d NL EOF");
    CHECK_TOKENS("if a:\n  if b:\n    c\n  d\ne\n", "if a : NL IN if b : NL IN c NL DE d NL DE e NL EOF");
    CHECK_TOKENS("if a:\n  b", "if a : NL IN b NL DE EOF");
    CHECK_TOKENS("if a:\n  b\n", "if a : NL IN b NL DE EOF");
    CHECK_TOKENS("if a:\n\n   # not a dedent\n  b\n\n# x\nc\n", "if a : NL IN b NL DE c NL EOF");
    CHECK_TOKENS("if a:\n  b  # comment\n", "if a : NL IN b NL DE EOF");
    CHECK_TOKENS("x = (1,\n  2,\n\n     3)\ny\n", "x = ( NUM , NUM , NUM ) NL y NL EOF");
    CHECK_TOKENS("x = [\n# comment\n]\n", "x = [ ] NL EOF");
    CHECK_TOKENS("x = 1 + \\\n      2\n", "x = NUM + NUM NL EOF");
    CHECK_TOKENS("if a:\n  x = 1 + \\\n2\n  y\n", "if a : NL IN x = NUM + NUM NL y NL DE EOF");
    CHECK_TOKENS("if a:\n\tb\n\tc\n", "if a : NL IN b NL c NL DE EOF");
    CHECK_TOKENS("if a:\n\tb\n\t  c\n", "if a : NL IN b NL IN c NL DE DE EOF");
    CHECK_TOKENS("if a:\n        b\n\tc\n", "if a : NL IN b NL ERR(inconsistent use of tabs and spaces in indentation)");
    CHECK_TOKENS("if a:\n    b\n  c\n", "if a : NL IN b NL ERR(unindent does not match any outer indentation level)");
    CHECK_TOKENS("\fx\n", "x NL EOF");
    CHECK_TOKENS("if a:\n  \f  b\n", "if a : NL IN b NL DE EOF");
    CHECK_TOKENS("  x\n", "IN x NL DE EOF");
    CHECK_TOKENS("x; y;\n", "x ; y ; NL EOF");
    CHECK_TOKENS("x = '''a\n\nb'''\ny\n", "x = STR NL y NL EOF");
    CHECK_TOKENS("   \\\n x\n", "IN x NL DE EOF");   /* the first backslash sets the indentation */
    CHECK_TOKENS("x \\ y\n", "x ERR(unexpected character after line continuation character)");
    CHECK_TOKENS("x = \\", "x = ERR(unexpected EOF while parsing)");
    CHECK_TOKENS("x = (\n", "x = ( ERR('(' was never closed)");
    CHECK_TOKENS("x = ]\n", "x = ERR(unmatched ']')");
    CHECK_TOKENS("(]\n", "( ERR(closing parenthesis ']' does not match opening parenthesis '(')");
    CHECK_TOKENS("(\n]\n", "( ERR(closing parenthesis ']' does not match opening parenthesis '(' on line 1)");

    /* eval mode: no indentation tokens, leading whitespace allowed */
    const char *got = tokens_mode("  1 +\\\n 2\n\n", T_START_EVAL);
    CHECK(!strcmp(got, "NUM + NUM NL EOF"), "eval tokens: %s", got);
    /* f-string fields: "(" + expr + ")" with newlines inside */
    got = tokens_mode("(a\n+ b)", T_START_FSTRING);
    CHECK(!strcmp(got, "( a + b ) NL EOF"), "fstring tokens: %s", got);
}

static void test_depth_limits(void)
{
    char src[64 * 1024];
    char *p = src;
    for (int i = 0; i < 120; i++) {
        memset(p, ' ', (size_t)i);
        p += i;
        memcpy(p, "if x:\n", 6);
        p += 6;
    }
    strcpy(p, "pass\n");
    const char *got = tokens(src);
    CHECK(strstr(got, "ERR(too many levels of indentation)") != NULL, "indentation depth");
    memset(src, '(', 250);
    strcpy(src + 250, "\n");
    got = tokens(src);
    CHECK(strstr(got, "ERR(too many nested parentheses)") != NULL, "paren depth");
}

static void test_numbers(void)
{
    CHECK_TOKENS("1 1_000 0 00 0_0 0x1F 0X_f 0o17 0O_7 0b1 0B_1_0\n", "NUM NUM NUM NUM NUM NUM NUM NUM NUM NUM NUM NL EOF");
    CHECK_TOKENS("1.5 1. .5 1e10 1E-3 1_000.5e+3 09.5 0e0 00.0\n", "NUM NUM NUM NUM NUM NUM NUM NUM NUM NL EOF");
    CHECK_TOKENS("3j 3J 1.5j .5j 1e3j 0j\n", "NUM NUM NUM NUM NUM NUM NL EOF");
    CHECK_TOKENS("1..2\n", "NUM NUM NL EOF");
    CHECK_TOKENS("1.real\n", "ERR(invalid decimal literal)");
    CHECK_TOKENS("1 .real\n", "NUM . real NL EOF");
    CHECK_TOKENS("x[1:2]\n", "x [ NUM : NUM ] NL EOF");
    /* a keyword right after a number is allowed (CPython only warns) */
    CHECK_TOKENS("1if x else 2\n", "NUM if x else NUM NL EOF");
    CHECK_TOKENS("0x1for x in y\n", "NUM or x in y NL EOF");
    CHECK_TOKENS("1or 2and 3\n", "NUM or NUM and NUM NL EOF");
    CHECK_TOKENS("1in x\n", "NUM in x NL EOF");
    CHECK_TOKENS("1else\n", "NUM else NL EOF");
    CHECK_TOKENS("1_000_\n", "ERR(invalid decimal literal)");
    CHECK_TOKENS("1__0\n", "ERR(invalid decimal literal)");
    CHECK_TOKENS("0777\n", "ERR(leading zeros in decimal integer literals are not permitted; "
                           "use an 0o prefix for octal integers)");
    CHECK_TOKENS("0x\n", "ERR(invalid hexadecimal literal)");
    CHECK_TOKENS("0xg\n", "ERR(invalid hexadecimal literal)");
    CHECK_TOKENS("0o8\n", "ERR(invalid digit '8' in octal literal)");
    CHECK_TOKENS("0o\n", "ERR(invalid octal literal)");
    CHECK_TOKENS("0b2\n", "ERR(invalid digit '2' in binary literal)");
    CHECK_TOKENS("0b\n", "ERR(invalid binary literal)");
    CHECK_TOKENS("1e\n", "ERR(invalid decimal literal)");
    CHECK_TOKENS("1e+\n", "ERR(invalid decimal literal)");
    CHECK_TOKENS("1abc\n", "ERR(invalid decimal literal)");
    CHECK_TOKENS("1jx\n", "ERR(invalid imaginary literal)");
    CHECK_TOKENS("1.5_\n", "ERR(invalid decimal literal)");
}

static void test_strings(void)
{
    CHECK_TOKENS("'a' \"b\" '''c''' \"\"\"d\"\"\"\n", "STR STR STR STR NL EOF");
    CHECK_TOKENS("r'a' R'a' b'a' B'a' u'a' U'a' f'a' F'a'\n", "STR STR STR STR STR STR STR STR NL EOF");
    CHECK_TOKENS("rb'a' bR'a' Rb'a' BR'a' fr'a' rF'a' FR'a' Rf'a'\n", "STR STR STR STR STR STR STR STR NL EOF");
    CHECK_TOKENS("ur'a' bf'a' rr'a'\n", "ur STR bf STR rr STR NL EOF");
    CHECK_TOKENS("'a\\'b' 'c\\\\' \"\\\"\"\n", "STR STR STR NL EOF");
    CHECK_TOKENS("'a\\\nb'\n", "STR NL EOF");
    CHECK_TOKENS("r'\\'' r\"\\\"\"\n", "STR STR NL EOF");
    CHECK_TOKENS("'''a'b\"c''d'''\n", "STR NL EOF");
    CHECK_TOKENS("'abc\n", "ERR(unterminated string literal (detected at line 1))");
    CHECK_TOKENS("'abc\\\ndef\n", "ERR(unterminated string literal (detected at line 2))");
    CHECK_TOKENS("x = '''abc\n\ndef\n", "x = ERR(unterminated triple-quoted string literal (detected at line 3))");
    CHECK_TOKENS("\"\"\"\n", "ERR(unterminated triple-quoted string literal (detected at line 1))");

    /* flags and body of each literal */
    Lexer *lx = lexer_new("rb'x\\n' f\"{y}\" '''t'''", 22, T_START_FILE, 1, 0);
    lexer_next(lx);
    Token a = lexer_next(lx), b = lexer_next(lx), c = lexer_next(lx);
    CHECK(a.kind == T_STRING && a.v.stok->flags == (STR_RAW | STR_BYTES) && a.v.stok->len == 3
          && !memcmp(a.v.stok->body, "x\\n", 3), "rb string");
    CHECK(b.kind == T_STRING && b.v.stok->flags == STR_FMT && b.v.stok->len == 3 && b.v.stok->body_col == 10,
          "f string");
    CHECK(c.kind == T_STRING && c.v.stok->flags == STR_TRIPLE && c.v.stok->len == 1, "triple string");
}

static void test_operators_and_keywords(void)
{
    CHECK_TOKENS("+ - * ** / // % @ << >> & | ^ ~ < > <= >= == != := -> . ... , : ; = ( ) [ ] { }\n",
                 "+ - * ** / // % @ << >> & | ^ ~ < > <= >= == != := -> . ... , : ; = ( ) [ ] { } NL EOF");
    CHECK_TOKENS("+= -= *= /= //= %= @= &= |= ^= >>= <<= **=\n",
                 "+= -= *= /= //= %= @= &= |= ^= >>= <<= **= NL EOF");
    CHECK_TOKENS("a<>b a!b $ ?\n", "a <> b a unknown operator b unknown operator unknown operator NL EOF");
    CHECK_TOKENS("False None True and as assert async await break class continue def del elif else\n",
                 "False None True and as assert async await break class continue def del elif else NL EOF");
    CHECK_TOKENS("except finally for from global if import in is lambda nonlocal not or pass raise\n",
                 "except finally for from global if import in is lambda nonlocal not or pass raise NL EOF");
    CHECK_TOKENS("return try while with yield\n", "return try while with yield NL EOF");
    CHECK_TOKENS("define iff match case _ print exec None_ __init__\n",
                 "define iff match case _ print exec None_ __init__ NL EOF");
    CHECK_TOKENS("h\xc3\xa9llo = \xce\xb1\xce\xb2 + \xe8\x9f\x92\n", "h\xc3\xa9llo = \xce\xb1\xce\xb2 + \xe8\x9f\x92 NL EOF");
    /* identifiers are NFKC-normalized: fullwidth letters, ligatures, the micro sign */
    CHECK_TOKENS("\xef\xbd\x97\xef\xbd\x89 \xef\xac\x81x \xc2\xb5\n", "wi fix \xce\xbc NL EOF");
    CHECK_TOKENS("x = \xe2\x82\xac\n", "x = ERR(invalid character '\xe2\x82\xac' (U+20AC))");
    CHECK_TOKENS("a\xc2\xa0= 1\n", "ERR(invalid non-printable character U+00A0)");
    CHECK_TOKENS("x = 1\x01\n", "x = NUM ERR(invalid non-printable character U+0001)");
}

static void test_with_parens(void)
{
    CHECK_TOKENS("with (a as b, c):\n  pass\n", "with W( a as b , c ) : NL IN pass NL DE EOF");
    CHECK_TOKENS("with (a, b) as c: pass\n", "with ( a , b ) as c : pass NL EOF");
    CHECK_TOKENS("with (a): pass\n", "with W( a ) : pass NL EOF");
    CHECK_TOKENS("with (): pass\n", "with ( ) : pass NL EOF");
    CHECK_TOKENS("with (x for x in y): pass\n", "with ( x for x in y ) : pass NL EOF");
    CHECK_TOKENS("with (yield): pass\n", "with ( yield ) : pass NL EOF");
    CHECK_TOKENS("with (a, *b): pass\n", "with ( a , * b ) : pass NL EOF");
    CHECK_TOKENS("with (a := b): pass\n", "with ( a := b ) : pass NL EOF");
    CHECK_TOKENS("with (f(a), g[b]) as c: pass\n", "with ( f ( a ) , g [ b ] ) as c : pass NL EOF");
}

static void test_positions(void)
{
    /* 1-based lines, 0-based byte columns; NEWLINE is zero-width at the '\n' */
    const char *src = "x = 'a\nb'  \n  \xc3\xa9 # c\n";
    Lexer *lx = lexer_new(src, strlen(src), T_START_FILE, 1, 0);
    lexer_next(lx);
    static const struct { int kind, l1, c1, l2, c2; } want[] = {
        {T_NAME, 1, 0, 1, 1}, {T_EQUAL, 1, 2, 1, 3}, {T_ERRORTOKEN, 1, 4, 1, 5},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        Token t = lexer_next(lx);
        CHECK(t.kind == want[i].kind && t.loc.first_line == want[i].l1 && t.loc.first_column == want[i].c1
              && t.loc.last_line == want[i].l2 && t.loc.last_column == want[i].c2,
              "token %zu: kind %d at %d:%d-%d:%d", i, t.kind, t.loc.first_line, t.loc.first_column,
              t.loc.last_line, t.loc.last_column);
    }
    src = "x = '''a\nb'''  \n  \xc3\xa9 # c\n";
    lx = lexer_new(src, strlen(src), T_START_FILE, 1, 0);
    lexer_next(lx);
    static const struct { int kind, l1, c1, l2, c2; } want2[] = {
        {T_NAME, 1, 0, 1, 1}, {T_EQUAL, 1, 2, 1, 3}, {T_STRING, 1, 4, 2, 4}, {T_NEWLINE, 2, 6, 2, 6},
        {T_INDENT, 3, 2, 3, 2}, {T_NAME, 3, 2, 3, 4}, {T_NEWLINE, 3, 8, 3, 8}, {T_DEDENT, 3, -1, 3, -1},
        {T_ENDMARKER, 3, -1, 3, -1},
    };
    for (size_t i = 0; i < sizeof want2 / sizeof want2[0]; i++) {
        Token t = lexer_next(lx);
        CHECK(t.kind == want2[i].kind && t.loc.first_line == want2[i].l1 && t.loc.first_column == want2[i].c1
              && t.loc.last_line == want2[i].l2 && t.loc.last_column == want2[i].c2,
              "token %zu: kind %d at %d:%d-%d:%d", i, t.kind, t.loc.first_line, t.loc.first_column,
              t.loc.last_line, t.loc.last_column);
    }
    /* a nested lexer for an f-string field starts at its place in the file */
    lx = lexer_new("(a +\nb)", 7, T_START_FSTRING, 5, 10);
    lexer_next(lx);
    Token t = lexer_next(lx);
    Token a = lexer_next(lx);
    lexer_next(lx);
    Token b = lexer_next(lx);
    CHECK(t.loc.first_line == 5 && t.loc.first_column == 10 && a.loc.first_column == 11
          && b.loc.first_line == 6 && b.loc.first_column == 0, "fstring positions");
    /* bracket depth and the innermost bracket ride along */
    lx = lexer_new("[{(x)}]", 7, T_START_FILE, 1, 0);
    lexer_next(lx);
    lexer_next(lx);
    lexer_next(lx);
    lexer_next(lx);
    t = lexer_next(lx);
    CHECK(t.kind == T_NAME && t.level == 3 && t.bracket == '(', "level of x: %d %c", t.level, t.bracket);
}

/* Tokenizer errors through parse_source: kind, message and CPython's
 * offset/end_offset (characters, 1-based). */
static void check_error(const char *src, const char *kind, const char *msg, int line, int off, int end_off)
{
    ParseError e;
    Node *m = parse_source(src, strlen(src), "t.py", PARSE_FILE, &e);
    int o = 0, eo = 0;
    if (!m)
        parse_error_offsets(&e, &o, &eo);
    CHECK(!m && !strcmp(e.kind, kind) && !strcmp(e.msg, msg) && e.lineno == line && o == off && eo == end_off,
          "%s\n  expected %s: %s %d:%d-%d\n  got      %s: %s %d:%d-%d", src, kind, msg, line, off, end_off,
          m ? "-" : e.kind, m ? "-" : e.msg, m ? 0 : e.lineno, o, eo);
}

static void test_errors(void)
{
    /* values observed from CPython 3.11.7 running the source as a file */
    check_error("x = \xe2\x82\xac\n", "SyntaxError", "invalid character '\xe2\x82\xac' (U+20AC)", 1, 5, 5);
    check_error("x = \"\xe2\x82\xac\" \xe2\x82\xac\n", "SyntaxError", "invalid character '\xe2\x82\xac' (U+20AC)", 1, 9, 9);
    check_error("a\xc2\xa0= 1\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 2, 2);
    check_error("a \x01 b\n", "SyntaxError", "invalid non-printable character U+0001", 1, 3, 3);
    check_error("if x:\n\tif y:\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 0);
    check_error("if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4, -1);
    check_error("x = 1 \\ y\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 0);
    check_error("x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 8, -1);
    check_error("   \\ x\n", "SyntaxError", "unexpected character after line continuation character", 1, 5, 0);
    check_error("a ) b\n", "SyntaxError", "unmatched ')'", 1, 3, 3);
    check_error("a ( ]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 5, 5);
    check_error("x = ((((\n", "SyntaxError", "'(' was never closed", 1, 8, 0);
    check_error("x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1, 5, 0);
    check_error("y = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 5);
    check_error("x = \"abc\\\ndef\n", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5, 5);
    check_error("x = \"\"\"abc\n\ndef\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 5);
    check_error("x = 0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                "use an 0o prefix for octal integers", 1, 5, 6);
    check_error("1_000_\n", "SyntaxError", "invalid decimal literal", 1, 6, 6);
    check_error("1__0\n", "SyntaxError", "invalid decimal literal", 1, 2, 2);
    check_error("1e\n", "SyntaxError", "invalid decimal literal", 1, 1, 1);
    check_error("0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 3);
    check_error("0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 3);
    check_error("1abc\n", "SyntaxError", "invalid decimal literal", 1, 1, 1);
    /* a tokenizer error later in the file wins over a grammar error */
    check_error("x = = 2\ny = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 5);
    /* ... and an unclosed bracket wins when the grammar error is on a later line */
    check_error("x = (1,\ny = 2\nz = = 3\n", "SyntaxError", "'(' was never closed", 1, 5, 0);
}

int main(void)
{
    GC_INIT();
    test_layout();
    test_depth_limits();
    test_numbers();
    test_strings();
    test_operators_and_keywords();
    test_with_parens();
    test_positions();
    test_errors();
    printf("test_lexer: %d checks, %d failures\n", checks, failures);
    return failures != 0;
}
