# fnmatch.translate on the corners of brackets: empty and reversed ranges,
# hyphens, a leading '!' or '^', characters re treats specially.
import fnmatch
for pat in ['a*b*c', '**a**', '?*?', '[!b-a]', '[b-a]', '[a-]', '[]-a]', '[a-c-e]',
            '[z-a-c]', '[a-z-a]', '[!!]', '[!]', '[]', 'x[', '[\\&~|^x]', '[^a]',
            '[[a]', '[--z]', '[!-a]', '[a\\-z]', 'é*[é-ü]', '.+()', '[*?]']:
    print(repr(pat), repr(fnmatch.translate(pat)))
print(fnmatch.filter([b'a.c', b'b.C', b'-'], b'[!a]*'), fnmatch.filter(['ab', 'Ab'], 'a?'))
print(fnmatch.fnmatch('x-y', '*[-]*'), fnmatch.fnmatchcase('B', '[a-c]'), fnmatch.fnmatchcase('\n', '?'))
