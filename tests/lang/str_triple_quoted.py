# Triple-quoted strings: embedded newlines and quotes, continuation, indentation kept.

text = """Line one
  Line two, indented
Line "three" with 'quotes'
"""
print(text)
print(repr(text))
print(len(text.splitlines()))
single = '''one
two'''
print(single.split("\n"))
no_first_newline = """\
starts here
ends here\
"""
print(repr(no_first_newline))
def f():
    """Docstring of f.

    More detail.
    """
    return f.__doc__
print(repr(f()))
print(f.__doc__.splitlines()[0])
def g():
    pass
print(g.__doc__)
quotes = """a "quoted" word and ""two"" and 'single'"""
print(quotes)
ends_with_quote = """ends with a quote\""""
print(ends_with_quote)
raw_triple = r"""raw \n stays
two lines"""
print(raw_triple)
empty_lines = """

"""
print(repr(empty_lines))
mixed = """tab\there""" + '''
newline escape\\n'''
print(mixed)
print("""a""" """b""" 'c')
