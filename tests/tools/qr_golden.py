#!/usr/bin/python3
"""Writes tests/native/data/qr_golden.tsv: QR codes made by Debian's python3-qrcodegen (the Python port
of the same generator, a separate implementation) for texts like the links Hearth encodes. The native
test (tests/native/test_qr.cpp) checks that core::EncodeQr draws the same modules for each.

usage: /usr/bin/python3 tests/tools/qr_golden.py   (Debian's python: python3-qrcodegen is installed there)
Each line: level, text (JSON string), size, the modules row by row as hex (1 = dark, 4 modules a digit).
"""
import json, pathlib
import qrcodegen

Q = qrcodegen.QrCode
LEVELS = {"L": Q.Ecc.LOW, "M": Q.Ecc.MEDIUM, "Q": Q.Ecc.QUARTILE, "H": Q.Ecc.HIGH}
CASES = [
    ("M", "https://hearth.example/"),
    ("M", "https://care.example/hearth/index.html?org=Riverside%20Counseling&accent=%232a6f97#/exercise/after-argument"),
    ("M", "https://care.example/hearth/index.html?org=Caf%C3%A9%20Juntos&lang=en#/homework/chapter:conflict,exercise:after-argument,timeout"),
    ("L", "0123456789012345678901234567890123456789"),   # digits only: the numeric mode
    ("H", "HEARTH 2026"),                                  # the alphanumeric mode
    ("M", "café, ñ, ¿sí? ¡claro! — “quotes”"),             # UTF-8 bytes
    ("Q", "x" * 400),                                      # a larger version, with alignment patterns and version blocks
]

def row_hex(q):
    bits = "".join("1" if q.get_module(x, y) else "0" for y in range(q.get_size()) for x in range(q.get_size()))
    bits += "0" * (-len(bits) % 4)
    return "".join("%x" % int(bits[i:i + 4], 2) for i in range(0, len(bits), 4))

out = pathlib.Path(__file__).resolve().parents[2] / "tests/native/data/qr_golden.tsv"
with out.open("w", encoding="utf-8") as f:
    for level, text in CASES:
        q = Q.encode_text(text, LEVELS[level])
        f.write(f"{level}\t{json.dumps(text, ensure_ascii=False)}\t{q.get_size()}\t{row_hex(q)}\n")
print(f"wrote {out} ({len(CASES)} codes)")
