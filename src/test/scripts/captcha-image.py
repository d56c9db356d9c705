#!/usr/bin/python3
# ejabberd's captcha_cmd for the tests (servers.sh): called with the text to recognise, it prints a
# 1x1 PNG that carries that text in a tEXt chunk keyed "captcha", so a test can read the answer from
# the image it received, as a person would read it from a real CAPTCHA.
import struct
import sys
import zlib


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


text = sys.argv[1].encode() if len(sys.argv) > 1 else b""
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n"
                        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
                        + chunk(b"tEXt", b"captcha\x00" + text)
                        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
                        + chunk(b"IEND", b""))
