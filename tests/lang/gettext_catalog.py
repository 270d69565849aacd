# gettext: a GNU .mo catalog (built here byte by byte) with plural forms and
# contexts, language fallback chains, NullTranslations, install, the
# module-level functions and the errors.
import builtins
import gettext
import os
import struct
import tempfile


def mo_file(path, messages):
    """Writes a little-endian .mo file of {msgid: msgstr} (bytes)."""
    keys = sorted(messages)
    ids = b"".join(k + b"\0" for k in keys)
    strs = b"".join(messages[k] + b"\0" for k in keys)
    start = 7 * 4 + 16 * len(keys)
    offsets, pos = [], 0
    for k in keys:
        offsets += [len(k), start + pos]
        pos += len(k) + 1
    toffsets, tpos = [], 0
    for k in keys:
        toffsets += [len(messages[k]), start + len(ids) + tpos]
        tpos += len(messages[k]) + 1
    header = struct.pack("<7I", 0x950412de, 0, len(keys), 28, 28 + 8 * len(keys), 0, 0)
    with open(path, "wb") as f:
        f.write(header + struct.pack(f"<{2 * len(keys)}I", *offsets) +
                struct.pack(f"<{2 * len(keys)}I", *toffsets) + ids + strs)


os.environ["LANGUAGE"] = "fr"    # no catalog: the environment cannot change the output
root = tempfile.mkdtemp()
for lang, table in {
    "de": {b"": b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n",
           b"Hello": "Hallo".encode(), b"Bye": "Tschüss".encode(),
           b"%d file\0%d files": b"%d Datei\0%d Dateien",
           b"menu\x04Open": b"\xc3\x96ffnen"},
    "pl": {b"": b"Content-Type: text/plain; charset=UTF-8\n"
                b"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n",
           b"%d file\0%d files": b"%d plik\0%d pliki\0%d plik\xc3\xb3w"},
}.items():
    os.makedirs(os.path.join(root, lang, "LC_MESSAGES"))
    mo_file(os.path.join(root, lang, "LC_MESSAGES", "demo.mo"), table)

de = gettext.translation("demo", root, languages=["de"])
print(type(de).__name__, de.gettext("Hello"), de.gettext("Bye"), de.gettext("Untranslated"))
print([de.ngettext("%d file", "%d files", n) % n for n in (0, 1, 2)])
print(de.pgettext("menu", "Open"), de.pgettext("other", "Open"), de.charset(), sorted(de.info()))
pl = gettext.translation("demo", root, languages=["pl"])
print([pl.ngettext("%d file", "%d files", n) % n for n in (1, 2, 5, 12, 22, 25, 101)])
chain = gettext.translation("demo", root, languages=["pl", "de"])
print(chain.gettext("Hello"), chain.ngettext("%d file", "%d files", 3) % 3)
print(gettext.find("demo", root, languages=["de_AT.UTF-8", "de"]).replace(root, "ROOT"))
print(gettext.find("demo", root, languages=["fr"]), gettext.find("demo", root, ["fr", "de"], all=True) != [])
null = gettext.translation("demo", root, languages=["fr"], fallback=True)
print(type(null).__name__, null.gettext("Hello"), null.ngettext("a", "b", 2))
try:
    gettext.translation("demo", root, languages=["fr"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
de.install(names=["ngettext"])
print(builtins._("Hello"), builtins.ngettext("%d file", "%d files", 1) % 1)
gettext.bindtextdomain("demo", root)
gettext.textdomain("demo")
print(gettext.textdomain(), gettext.dgettext("demo", "Hello"))
f = gettext.c2py("n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2")
print([f(n) for n in (0, 1, 2, 11, 21, 111)])
for bad in ("n; import os", "(n > 1"):
    try:
        gettext.c2py(bad)
    except ValueError as e:
        print("ValueError:", e)
