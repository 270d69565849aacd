import typing
from typing import Pattern
print(typing.Pattern, typing.Match, typing.Pattern[str], typing.Match[bytes], Pattern)
def f(p: typing.Pattern[str]) -> typing.Optional[typing.Match[str]]: pass
print(f.__annotations__)
try: typing.Foo
except AttributeError as e: print(e)
