# html.parser on random HTML-ish documents (tags with all kinds of
# attributes, references, comments, declarations, script/style blocks and
# junk characters), each fed whole and in random pieces, with and without
# convert_charrefs: every handler call is logged with its position. The
# documents come from a fixed linear congruential generator, so the test
# does not depend on the random module.
from html.parser import HTMLParser

state = 20261126


def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state >> 33) % n


def pick(seq):
    return seq[rand(len(seq))]


NAMES = ['a', 'B', 'div', 'script', 'style', 'SCRIPT', 'p', 'x-y', 'h1',
         'a:b', 'scripts', 'title']
ATTRS = ['href', 'ID', 'a', 'x-y', 'c"d', "e'", 'f=', '=', '/']
SOUP = '<<<>>/!!--??&&##;;==\'"  \n\t\x0cabAB1xX[]]\x00\x85\u2028sS'
REFS = ['&amp;', '&lt', '&gt;', '&#62;', '&#x3E;', '&#X3e', '&#;', '&#x;',
        '&nbsp', '&notit;', '&foo;', '&a-b;', '&a.b ', '&', '&#', '&#1',
        '&x', '&#xd800;', '& x', '&;', '&' + 'x' * 40]
DECLS = ['<!DOCTYPE html>', '<!doctype HTML PUBLIC "x">', '<!DocType',
         '<!x>', '<!>', '<![CDATA[ x<y ]]>', '<![CDATA[x', '<![if !IE]>',
         '<![endif]>', '<![', '<!', '<?php x ?>', '<?', '<??>']


def space():
    return pick(['', '', ' ', '  ', '\n', '\t', ' \n '])


def value():
    v = ''.join(pick(['x', '&amp;', '&lt', ' ', '"', "'", '>', '<', '/',
                      '=', '&#65;', '\xe9']) for _ in range(rand(5)))
    q = pick(['"', "'", '', '', '?'])
    if q == '?':
        return pick('"\'') + v
    if q == '':
        for c in ' >"\'':
            v = v.replace(c, '')
        return v or 'v'
    return q + v.replace(q, '') + q


def starttag():
    s = '<' + pick(NAMES)
    for _ in range(rand(4)):
        s += pick([' ', ' ', '\n', '/', '']) + pick(ATTRS)
        if rand(3):
            s += space() + pick(['=', '=', '==']) + space() + value()
    return s + space() + pick(['>', '>', '>', '/>', ' />', '', '/',
                               'junk>', '"', '<'])


def endtag():
    return (pick(['</', '</', '</ ', '</\n']) + pick(NAMES + ['', ' x'])
            + pick(['', ' ', ' junk', '\n']) + pick(['>', '>', '', '/>']))


def comment():
    body = ''.join(pick(['x', ' ', '-', '--', '>', '<', '!', '\n'])
                   for _ in range(rand(6)))
    return (pick(['<!--', '<!--', '<!-', '<!---']) + body
            + pick(['-->', '-->', '-- >', '--!>', '->', '', '--\n>']))


def cdata():
    n = pick(['script', 'style', 'SCRIPT', 'Style'])
    body = ''.join(pick(['x<y', ' ', '</', '</b>', '&amp;', '<!-- c -->',
                         '</' + n + 'x>', '\n', '<' + n + '>'])
                   for _ in range(rand(5)))
    return ('<' + n + pick(['', ' type="x"']) + '>' + body
            + pick(['</' + n + '>', '</' + n.upper() + '>', '</' + n + ' >',
                    '', '</' + n + ' x>', '</' + n]))


def piece():
    r = rand(100)
    if r < 15:
        return ''.join(pick(SOUP) for _ in range(1 + rand(10)))
    if r < 35:
        return starttag()
    if r < 45:
        return endtag()
    if r < 55:
        return pick(['hello', ' ', '\n', 'a b', 'x\ny', 'text\r\n', '\xe9'])
    if r < 65:
        return pick(REFS)
    if r < 73:
        return comment()
    if r < 82:
        return pick(DECLS)
    return cdata()


class Logger(HTMLParser):
    def __init__(self, log, convert):
        super().__init__(convert_charrefs=convert)
        self.log = log

    def add(self, *call):
        self.log.append(call + self.getpos())

    def handle_starttag(self, tag, attrs):
        self.add('S', tag, attrs, self.get_starttag_text())

    def handle_endtag(self, tag):
        self.add('E', tag)

    def handle_data(self, data):
        self.add('D', data)

    def handle_entityref(self, name):
        self.add('&', name)

    def handle_charref(self, name):
        self.add('#', name)

    def handle_comment(self, data):
        self.add('C', data)

    def handle_decl(self, decl):
        self.add('!', decl)

    def handle_pi(self, data):
        self.add('?', data)

    def unknown_decl(self, data):
        self.add('[', data)


for case in range(200):
    doc = ''.join(piece() for _ in range(1 + rand(8)))
    convert = rand(2) == 1
    how = rand(3)
    if how == 0:
        cuts = []
    elif how == 1:
        cuts = sorted(set(rand(len(doc) + 1) for _ in range(1 + rand(4))))
    else:
        cuts = list(range(1, len(doc)))
    log = []
    p = Logger(log, convert)
    last = 0
    try:
        for cut in cuts + [len(doc)]:
            p.feed(doc[last:cut])
            last = cut
            log.append('|')
        p.close()
        log.append((p.rawdata, p.getpos(), p.lasttag, p.cdata_elem))
    except AssertionError as e:
        log.append(('AssertionError', str(e)))
    print(case, ascii(doc), convert, cuts if how == 1 else how)
    print(' ', ascii(log))
