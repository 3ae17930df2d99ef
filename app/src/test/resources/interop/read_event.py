#!/usr/bin/env python3
"""Reads one newswire event (Avro single-object encoding) with Python's own Avro library.

Usage: read_event.py SCHEMA.avsc EVENT.bin
Checks the C3 01 marker and that the CRC-64-AVRO fingerprint in the header is the one of the given
schema, decodes the body after the 10-byte header, and prints the record as JSON on stdout.
This is how a consumer in another language reads newswire's topics.
"""
import io
import json
import re
import struct
import sys

import avro.io
import avro.schema

EMPTY = 0xC15D213AA4D7A795


def _table():
    table = []
    for i in range(256):
        fp = i
        for _ in range(8):
            fp = (fp >> 1) ^ (EMPTY & -(fp & 1))
        table.append(fp)
    return table


TABLE = _table()


def fingerprint64(data: bytes) -> int:
    fp = EMPTY
    for b in data:
        fp = (fp >> 8) ^ TABLE[(fp ^ b) & 0xFF]
    return fp & 0xFFFFFFFFFFFFFFFF


PRIMITIVE_OBJECT = re.compile(
    r'\{"type":"(null|boolean|int|long|float|double|bytes|string)"\}')


def parsing_canonical_form(schema) -> str:
    # python3-avro 1.11 leaves a logical type's primitive in object form ({"type":"long"}); the
    # specification's [PRIMITIVES] rule turns it into the bare name ("long"), as Java does.
    return PRIMITIVE_OBJECT.sub(r'"\1"', schema.canonical_form)


def default(value):
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def main(schema_path, event_path):
    with open(schema_path, encoding="utf-8") as f:
        schema = avro.schema.parse(f.read())
    with open(event_path, "rb") as f:
        data = f.read()
    if data[:2] != b"\xc3\x01":
        sys.exit("not single-object encoded: marker %r" % data[:2])
    (wire_fp,) = struct.unpack("<Q", data[2:10])
    expected = fingerprint64(parsing_canonical_form(schema).encode("utf-8"))
    if wire_fp != expected:
        sys.exit("fingerprint %016x is not the schema's %016x" % (wire_fp, expected))
    record = avro.io.DatumReader(schema).read(avro.io.BinaryDecoder(io.BytesIO(data[10:])))
    json.dump(record, sys.stdout, default=default, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
