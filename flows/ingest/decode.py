"""Pure decoding of input bytes: UTF-8 first, then Windows-1252, then charset-normalizer.

German news files that are not UTF-8 are nearly always Windows-1252 or Latin-1 (Windows-1252 is
a superset for printable text and also covers „ “ – €), so that guess comes before any statistical
detection, which is unreliable on short German texts.
"""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

#: bytes inspected for NUL bytes / control characters when deciding "binary"
SNIFF_BYTES = 8192
#: share of control characters (other than tab, newline, form feed, carriage return) above
#: which decoded text is treated as binary garbage
MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = "\t\n\r\f"
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class UndecodableError(ValueError):
    """Bytes that are binary or cannot be decoded as text; the message is the human reason."""


def _control_share(text: str) -> float:
    sample = text[:SNIFF_BYTES]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    return controls / max(len(sample), 1)


def _decode_guess(data: bytes) -> tuple[str, str]:
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:SNIFF_BYTES]:
        raise UndecodableError("binary file (contains NUL bytes)")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError("undecodable bytes: not UTF-8, Windows-1252 or any detectable encoding")
    return str(best), best.encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` or raise :class:`UndecodableError`.

    >>> decode_bytes("„Grüße“ – 5 €".encode("cp1252"))
    ('„Grüße“ – 5 €', 'cp1252')
    >>> decode_bytes("Straße".encode("utf-8"))
    ('Straße', 'utf-8-sig')
    """
    text, encoding = _decode_guess(data)
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise UndecodableError(f"binary file (control characters after decoding as {encoding})")
    return text, encoding
