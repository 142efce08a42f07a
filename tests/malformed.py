"""Builders of malformed inputs, shared by the malformed-input suite and the fuzzing seed corpus."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def document_xml(*paragraphs: str) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'.encode()


def docx(xml: bytes | None = None, compression: int = zipfile.ZIP_DEFLATED, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal DOCX holding `xml` as word/document.xml."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        if xml is not None:
            zf.writestr("word/document.xml", xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


GOOD_XML = document_xml("1. Trial. The trial shift is unpaid and lasts two days.", "2. Pay. None.")


def _patch_headers(data: bytes, member: bytes, patch) -> bytes:
    """Apply `patch(buf, header_offset, kind)` to the local and central headers of `member`."""
    buf = bytearray(data)
    for sig, kind in ((b"PK\x03\x04", "local"), (b"PK\x01\x02", "central")):
        pos = 0
        while (pos := buf.find(sig, pos)) != -1:
            name_at = pos + (30 if kind == "local" else 46)
            if bytes(buf[name_at:name_at + len(member)]) == member:
                patch(buf, pos, kind)
            pos += 4
    return bytes(buf)


def _set_u16(field_local: int, field_central: int, value: int, member: bytes = b"word/document.xml"):
    def patch(buf: bytearray, pos: int, kind: str) -> None:
        struct.pack_into("<H", buf, pos + (field_local if kind == "local" else field_central), value)
    return lambda data: _patch_headers(data, member, patch)


def _or_u16(field_local: int, field_central: int, bits: int, member: bytes = b"word/document.xml"):
    def patch(buf: bytearray, pos: int, kind: str) -> None:
        at = pos + (field_local if kind == "local" else field_central)
        struct.pack_into("<H", buf, at, struct.unpack_from("<H", buf, at)[0] | bits)
    return lambda data: _patch_headers(data, member, patch)


def corrupt_deflate() -> bytes:
    data = bytearray(docx(GOOD_XML * 4))
    start = data.find(b"word/document.xml") + len(b"word/document.xml")
    for i in range(start + 5, start + 60):
        data[i] ^= 0x5A
    return bytes(data)


def unknown_compression() -> bytes:
    return _set_u16(8, 10, 77)(docx(GOOD_XML))


def encrypted_flag() -> bytes:
    return _or_u16(6, 8, 0x1)(docx(GOOD_XML))


def bad_zip_version() -> bytes:
    return _set_u16(4, 6, 99)(docx(GOOD_XML))


def undecodable_name() -> bytes:
    data = docx(GOOD_XML, extra={"word/\u00e9.xml": b"x"})
    bad = _or_u16(6, 8, 0x800, member="word/\u00e9.xml".encode("cp437", "replace"))(data)
    return bad.replace("word/\u00e9.xml".encode("utf-8"), b"word/\xff\xfe.xml") if b"\xc3\xa9" in bad else \
        bad.replace(b"word/\x82.xml", b"word/\xff.xml")


def negative_seek() -> bytes:
    buf = bytearray(docx(GOOD_XML))
    eocd = buf.rfind(b"PK\x05\x06")
    struct.pack_into("<I", buf, eocd + 16, 0x7FFFFFF0)  # central directory offset far past the file
    return bytes(buf)


def truncated_central_directory() -> bytes:
    data = docx(GOOD_XML)
    cd = data.find(b"PK\x01\x02")
    return data[: cd + 20] + data[data.rfind(b"PK\x05\x06"):]


def truncated() -> bytes:
    data = docx(GOOD_XML)
    return data[: len(data) // 2]


def not_a_zip() -> bytes:
    return b"This is plain text pretending to be a DOCX file." * 10


def ole_encrypted() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512


def ole_doc() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024


def billion_laughs() -> bytes:
    ents = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    xml = f'<?xml version="1.0"?><!DOCTYPE d [{ents}]><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&a9;</w:t>' \
          f'</w:r></w:p></w:body></w:document>'
    return docx(xml.encode())


def zip_bomb(inflated: int = 200 * 1024 * 1024) -> bytes:
    """word/document.xml that inflates to `inflated` bytes of text in one run."""
    head = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    return _streamed_docx(head, b"a", inflated, tail)


def element_bomb(inflated: int = 60 * 1024 * 1024) -> bytes:
    """word/document.xml of millions of empty paragraphs, under the inflated-size limit."""
    head = f'<w:document xmlns:w="{W}"><w:body>'.encode()
    return _streamed_docx(head, b"<w:p/>", inflated, b"</w:body></w:document>")


def _streamed_docx(head: bytes, unit: bytes, size: int, tail: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(head)
            block = unit * ((1 << 20) // len(unit))
            for _ in range(size // len(block)):
                fh.write(block)
            fh.write(tail)
    return buf.getvalue()


DOCX_CASES = {
    "corrupt_deflate": corrupt_deflate,
    "unknown_compression": unknown_compression,
    "encrypted_flag": encrypted_flag,
    "bz2_member": lambda: docx(GOOD_XML, zipfile.ZIP_BZIP2),
    "lzma_member": lambda: docx(GOOD_XML, zipfile.ZIP_LZMA),
    "bad_zip_version": bad_zip_version,
    "undecodable_name": undecodable_name,
    "negative_seek": negative_seek,
    "truncated_central_directory": truncated_central_directory,
    "truncated": truncated,
    "not_a_zip": not_a_zip,
    "missing_document_xml": lambda: docx(None),
    "bad_xml": lambda: docx(b"<w:document><w:body><w:p>"),
    "billion_laughs": billion_laughs,
    "ole_encrypted": ole_encrypted,
    "ole_doc": ole_doc,
    "zlib_garbage": lambda: docx(zlib.compress(b"x") * 3),
}


def pdf(content: bytes, pages: int = 1, compress: bool = True, forms: dict[str, bytes] | None = None) -> bytes:
    """A PDF whose every page draws `content` (Flate-compressed) with Helvetica as /F1 and `forms` as XObjects."""
    def stream(data: bytes, extra: str = "") -> bytes:
        body = zlib.compress(data, 9) if compress else data
        filt = "/Filter /FlateDecode " if compress else ""
        return f"<< /Length {len(body)} {filt}{extra}>>\nstream\n".encode() + body + b"\nendstream"

    forms = forms or {}
    first_page = 3
    font = first_page + 2 * pages
    form_ids = {name: font + 1 + i for i, name in enumerate(forms)}
    xobjects = " ".join(f"/{n} {i} 0 R" for n, i in form_ids.items())
    resources = f"<< /Font << /F1 {font} 0 R >> /XObject << {xobjects} >> >>"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{' '.join(f'{first_page + 2 * i} 0 R' for i in range(pages))}] /Count {pages} >>".encode()]
    for i in range(pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {first_page + 2 * i + 1} 0 R "
                    f"/Resources {resources} >>".encode())
        objs.append(stream(content))
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for data in forms.values():
        objs.append(stream(data, f"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources {resources} "))
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def text_ops(text: bytes) -> bytes:
    return b"BT /F1 12 Tf 72 700 Td (" + text + b") Tj ET"


PDF_CASES = {
    "chars_bomb": lambda: pdf(b"BT /F1 1 Tf 10 700 Td (" + b"a" * 3_000_000 + b") Tj ET"),
    "flate_bomb": lambda: pdf(b"q " + b" " * 40_000_000 + b" Q " + text_ops(b"Just a little text to read here.")),
    "path_bomb": lambda: pdf(b"0 0 m 1 1 l S\n" * (16 * 1024 * 1024 // 14)),
    "form_bomb": lambda: pdf(b"/X1 Do " * 5000, forms={"X1": text_ops(b"a" * 200)}),
    "self_drawing_form": lambda: pdf(b"/X1 Do", compress=False, forms={"X1": b"/X1 Do /X1 Do"}),
    "form_fan_out": lambda: pdf(b"/X1 Do " * 30, forms={"X1": b"/X2 Do " * 30, "X2": b"/X3 Do " * 30,
                                                          "X3": b"0 0 m 1 1 l S"}),
    "many_full_pages": lambda: pdf(b"BT /F1 1 Tf 10 700 Td " + b"(aaaaaaaaaa aaaaaaaaa) Tj\n" * 4000 + b"ET", pages=40),
}


def tag_bomb(inflated: int = 12 * 1024 * 1024) -> bytes:
    """word/document.xml of millions of empty elements that hold no text at all."""
    return _streamed_docx(f'<w:document xmlns:w="{W}"><w:body>'.encode(), b"<a/>", inflated, b"</w:body></w:document>")


def png(width: int, height: int, rows: bytes | None = None) -> bytes:
    """A greyscale PNG of the stated size; its pixel data `rows` (compressed), by default a white image's."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    if rows is None:
        packer = zlib.compressobj(9)
        row = b"\x00" + b"\xff" * width
        rows = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def _speckled_png() -> bytes:
    """A 400 x 300 PNG of random grey pixels (about 120 KB: cut short, its pixel data ends mid-stream)."""
    import random

    noise = random.Random(0)
    return png(400, 300, zlib.compress(b"".join(b"\x00" + noise.randbytes(400) for _ in range(300))))


IMAGE_CASES = {  # (suffix, builder)
    "corrupt_png": (".png", lambda: png(400, 300, b"not deflate data" * 20)),
    "not_an_image": (".jpg", lambda: b"\xff\xd8\xff" + b"\x00garbage" * 100),
    "truncated_png": (".png", lambda: _speckled_png()[:20_000]),
    "wrong_format": (".png", lambda: b"GIF89a" + b"\x00" * 100),
    "bomb_huge_dimensions": (".png", lambda: png(100_000, 100_000, b"x")),
    "bomb_over_the_pixel_cap": (".png", lambda: png(8000, 8000)),
}
