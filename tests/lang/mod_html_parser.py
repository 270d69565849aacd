# html.parser: the handler calls HTMLParser makes for tags, attributes,
# text, references, comments, declarations, processing instructions,
# script/style content and malformed markup, with their positions; the
# same documents fed whole, one character at a time and cut in two at
# every point (which must give the same calls but for how text is split)
from html.parser import HTMLParser
import html.parser

print(html.parser.__all__, HTMLParser.CDATA_CONTENT_ELEMENTS)


class Logger(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.calls = []

    def add(self, *call):
        self.calls.append(call + (self.getpos(),))

    def handle_starttag(self, tag, attrs):
        self.add('start', tag, attrs, self.get_starttag_text())

    def handle_endtag(self, tag):
        self.add('end', tag)

    def handle_data(self, data):
        self.add('data', data)

    def handle_entityref(self, name):
        self.add('entityref', name)

    def handle_charref(self, name):
        self.add('charref', name)

    def handle_comment(self, data):
        self.add('comment', data)

    def handle_decl(self, decl):
        self.add('decl', decl)

    def handle_pi(self, data):
        self.add('pi', data)

    def unknown_decl(self, data):
        self.add('unknown_decl', data)


def run(pieces, convert=True):
    p = Logger(convert_charrefs=convert)
    try:
        for piece in pieces:
            p.feed(piece)
            p.calls.append('|')
        p.close()
    except AssertionError as e:
        p.calls.append(('AssertionError', str(e)))
    p.calls.append(('left', p.rawdata, p.getpos(), p.cdata_elem))
    return p.calls


def merged(calls):
    # the calls with consecutive data joined and the feed marks dropped
    out = []
    for call in calls:
        if call == '|':
            continue
        if out and call[0] == 'data' and out[-1][0] == 'data':
            out[-1] = ('data', out[-1][1] + call[1])
        elif call[0] == 'data':
            out.append(call[:2])
        else:
            out.append(call[:-1] if call[0] != 'left' else call[:2])
    return out


DOCS = [
    '<html><head><title>Test</title></head><body class="x">Hi!</body></html>',
    '<A HREF="x" Target=_blank>Link</A><BR/><img src=\'a.png\' alt>',
    '<a b=\'c"d\' e="f\'g" h=i j = k l==m n= >',
    '<p id=1 id=2 ID="3">dup</p><input disabled checked=checked value="">',
    '<a href="?a=1&amp;b=2&lt;&#62;&#x3c;&bogus;&copy">x</a>',
    'Text &amp; &lt;tags&gt; &#65;&#x42;&#X43 &nbsp;&notit; &unknown; & x',
    '&#; &#x; &# &a-b; &a.b &a1 &1 &;',
    '<!-- a comment --><!----><!-- x -- y --><!--a--!><!-- b -- >',
    '<!DOCTYPE html><!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">',
    '<?xml version="1.0"?><?php echo 1 ?><?>',
    '<![CDATA[ x < y ]]><![if !IE]>x<![endif]><![cdata[a] ] >',
    '<!x><!><! y z><!-x->',
    '</ x></><a</b c d></1></\nb>',
    'a < b <= c <3 <> <<a>> x<',
    '<script>if (a < b && c > d) { x = "</p>"; }</script>after',
    '<style type="text/css">p > a { color: red }</style><STYLE>x</StYlE >',
    '<script>a</scriptx>b</script >c</script\n>d',
    '<script>\n<!-- hide\nx &amp; y\n// --></script>',
    '<script><a>x</b></SCRIPT><p>&amp;</p>',
    '<br/><br /><br/ ><img src="a"/><p/>x</p>',
    '<a\nhref="x"\n\n>line\nbreaks\n</a\n>\n<b>',
    '<div x="a\nb">\r\n</div>\r\n',
    '<a/b/c d=e/ f>/<a / >',
    '<a junk"><a "b">x<a =c>',
    '<a b="unterminated>text',
    '<!-- never closed',
    '<![CDATA[ never closed',
    '<!DOCTYPE never closed',
    '<? never closed',
    '<a href="x" never closed',
    '</ends never',
    'trailing &amp',
    'held back: &' + 'abcdefghij' * 4 + ';&copy &#1234567890123456789012',
    'trailing &',
    'trailing &#',
    'trailing &#12',
    'trailing &x',
    '<script>never closed <b>',
    '<élan>é</élan><a title="é&eacute;">',
    '<a\x00b>\x00<a b\x00=c>',
    '<p>one<p>two</p></P>',
]

for doc in DOCS:
    print('=' * 8, ascii(doc))
    for convert in (True, False):
        whole = run([doc], convert)
        print(convert, ascii(whole))
        chars = run(list(doc), convert)
        print(' by char:', ascii(chars))
        want = merged(whole)
        differ = []
        for cut in range(1, len(doc)):
            got = merged(run([doc[:cut], doc[cut:]], convert))
            if got != want:
                differ.append((cut, got))
        print(' cut in two, differing at', len(differ), 'points;',
              ascii(differ[:2]))

# the default handle_startendtag calls handle_starttag then handle_endtag
class StartEnd(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs)

    def handle_endtag(self, tag):
        print('end', tag)


p = StartEnd()
p.feed('<br/><hr class=x />')
p.close()

# state and positions
p = Logger()
print(p.get_starttag_text(), p.getpos(), p.lasttag, p.convert_charrefs)
p.feed('<a x=1>\nab')
print(p.get_starttag_text(), p.getpos(), p.lasttag, ascii(p.rawdata))
p.feed('c &amp')
print(p.getpos(), ascii(p.rawdata))
p.close()
print(p.getpos(), ascii(p.rawdata), p.calls)
p.reset()
print(p.getpos(), ascii(p.rawdata), p.lasttag, p.cdata_elem)
p.feed('<script>')
print(p.cdata_elem)
p.reset()
print(p.cdata_elem)

# feeding after close goes on from where it was
p = Logger()
p.feed('<a>x')
p.close()
p.feed('y</a>')
p.close()
print(p.calls)

# CDATA_CONTENT_ELEMENTS can be changed by a subclass
class Textarea(Logger):
    CDATA_CONTENT_ELEMENTS = ('textarea',)


p = Textarea()
p.feed('<textarea><b>x</b></textarea><script><b></script>')
p.close()
print(p.calls)

try:
    HTMLParser(False)
except TypeError:
    print('TypeError: convert_charrefs is keyword only')
try:
    HTMLParser().feed(b'<a>')
except TypeError as e:
    print('TypeError:', e)
for bad in ('<![x[y]]>', '<![1]>'):
    try:
        HTMLParser().feed(bad)
    except AssertionError as e:
        print('AssertionError:', e)
