"""_codecs: the codec functions pickle names.

Protocols 0-2 pickle a bytes object as _codecs.encode(text, "latin1"),
so loading such a pickle needs this module; encoding and decoding go
through str.encode and bytes.decode."""


def encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return obj.decode(encoding, errors)
