# html: escape, unescape by the HTML5 rules (named references with and
# without ';', numeric ones, the replaced and dropped code points) and the
# tables of html.entities
import html
import html.entities as ent  # (html imports it too)

print(html.__all__, sorted(ent.__all__), html.entities is ent)

print(html.escape('<a href="x" title=\'y\'>&amp;</a>'))
print(html.escape('<"&\'>', False), html.escape('<"&\'>', quote=0),
      html.escape(''), html.escape('plain text'))
print(html.escape('&&&'), html.escape('\'"\'"', True))

cases = ['&amp', '&amp;', '&ampx;', '&notit;', '&notin;', '&AMP', '&Amp;',
         '&#65', '&#x41g', '&#', '&#x', '&#;', '&#x;', '&#X41;', '&#0065;',
         '&#99999999999999999999;', '& amp;', '&&amp;', '&amp;amp;',
         '&lt&gt', '&lt;&gt;', '&CounterClockwiseContourIntegral;',
         '&' + 'a' * 40, '&' + 'x' * 31 + 'amp;', '&amp' + 'x' * 40 + ';',
         '&;', '&#-5;', '&#+5;', '&#x+5;', '&#\u0661\u0662;', '&\namp;',
         '&am\tp;', '&ouml', '&oumlaut', '&Eacute;&eacute', 'no refs', '',
         '&', '&#1234567;', '&#x110000;', '&#xD800;', '&#xdfff', '&#x10FFFF;',
         '&#x10FFFE;', '&#xFFFE;', '&#xFDD0;', '&#xFDCF;', '&#0;', '&#13;',
         '&#x80;', '&#x81;', '&#x9F;', '&#xA0;', '&#9;&#10;&#12;&#11;',
         '&nbsp;&NotNestedGreaterGreater;&nGt;&bne;', '&fjlig;',
         '&ThickSpace;', 'a &lt; b &amp;&amp; c &gt; d', '&copy2023',
         '&#x1F600;&#128512;', '&lang;&rang;&LeftAngleBracket;',
         '&amp;lt;', '&#38;#38;', '&sup2;&sup23;&sup;&supe;']
for s in cases:
    print(ascii(s), ascii(html.unescape(s)))

# every code point below 0x300 and around the special ones, as decimal and
# hex references: a digest of the results
probe = list(range(0x300)) + [0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000,
                              0xfdcf, 0xfdd0, 0xfdef, 0xfdf0, 0xfffd, 0xfffe,
                              0xffff, 0x10000, 0x1fffe, 0x1ffff, 0x20000,
                              0x10fffd, 0x10fffe, 0x10ffff, 0x110000]
dropped, replaced, changed = [], [], []
for code in probe:
    for text in ('&#%d;' % code, '&#x%x' % code):
        got = html.unescape(text)
        want = chr(code) if code < 0x110000 else None
        if got == '':
            dropped.append(code)
        elif got == '\ufffd' and want != got:
            replaced.append(code)
        elif got != want:
            changed.append((code, ord(got)))
print('dropped', [hex(c) for c in sorted(set(dropped))])
print('replaced', [hex(c) for c in sorted(set(replaced))])
print('windows-1252', [(hex(a), hex(b)) for a, b in sorted(set(changed))])

# each name as written, without ';', followed by letters
total = 0
for name, text in ent.html5.items():
    for written in ('&' + name, '&' + name + 'q', 'x&' + name + name):
        total += sum(map(ord, html.unescape(written)))
print('digest', total)

# the tables
print(len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs),
      len(ent.html5))
print(ent.name2codepoint['amp'], ent.name2codepoint['AElig'],
      ent.name2codepoint['zwnj'], ent.codepoint2name[0x3c],
      ent.codepoint2name[8364], ascii(ent.entitydefs['nbsp']),
      ent.entitydefs['lt'])
print(list(ent.name2codepoint)[:5], list(ent.html5)[:6], list(ent.html5)[-3:])
print(ascii(ent.html5['amp']), ascii(ent.html5['amp;']),
      ascii(ent.html5['NotEqualTilde;']), ascii(ent.html5['fjlig;']),
      'gt' in ent.html5, 'Amp' in ent.html5, 'Amp;' in ent.html5)
print(sum(ent.name2codepoint.values()), sum(ent.codepoint2name),
      sum(len(v) for v in ent.html5.values()),
      sum(ord(c) for v in ent.html5.values() for c in v),
      sum(name.endswith(';') for name in ent.html5))
print(all(ent.codepoint2name[c] == n or ent.name2codepoint[ent.codepoint2name[c]] == c
          for n, c in ent.name2codepoint.items()),
      all(ent.entitydefs[n] == chr(c) for n, c in ent.name2codepoint.items()),
      all(ent.html5[n + ';'] == chr(c) for n, c in ent.name2codepoint.items()))
for name in ('amp', 'nbsp', 'hearts', 'nope', 'AMP'):
    print(name, ent.name2codepoint.get(name), ascii(ent.html5.get(name)))

for bad in (None, 5, b'x&amp;'):
    for f in (html.escape, html.unescape):
        try:
            print(f(bad))
        except (TypeError, AttributeError) as e:
            print(f.__name__, type(e).__name__, e)
