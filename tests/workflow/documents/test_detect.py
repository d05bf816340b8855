"""Type detection decides from the bytes, names what it refuses, and ignores misleading names."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from docpipe.errors import CorruptDocument, UnsupportedDocument
from docpipe_cli.samples import SAMPLES_DIR, sample_files
from workflow.documents import DocumentType, detect_type

SAMPLES = SAMPLES_DIR


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def detect(data: bytes, filename: str = "upload.bin", declared: str | None = None) -> DocumentType:
    return detect_type(data, filename=filename, declared=declared)


def image_bytes(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format=fmt)
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


class TestBundledSamples:
    @pytest.mark.parametrize(
        ("name", "media_type", "kind"),
        [
            ("invoice.pdf", "application/pdf", "pdf"),
            ("receipt.png", "image/png", "image"),
            (
                "contract.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "docx",
            ),
            ("letter.txt", "text/plain", "text"),
            ("meeting-notes.md", "text/markdown", "text"),
            ("report.html", "text/html", "html"),
        ],
    )
    def test_each_sample_is_detected(self, name: str, media_type: str, kind: str) -> None:
        """Every bundled sample is recognised as what it is."""
        assert detect(sample(name), filename=name) == DocumentType(media_type, kind)  # type: ignore[arg-type]

    def test_samples_are_commit_sized(self) -> None:
        """Each sample stays under 200 KB."""
        sizes = {item.name: len(item.read_bytes()) for item in sample_files()}
        assert len(sizes) >= 5
        assert all(size < 200 * 1024 for size in sizes.values()), sizes


class TestMisleadingNames:
    @pytest.mark.parametrize(
        ("name", "lie", "kind"),
        [
            ("invoice.pdf", "photo.jpg", "pdf"),
            ("receipt.png", "notes.txt", "image"),
            ("contract.docx", "archive.zip", "docx"),
            ("report.html", "report.pdf", "html"),
        ],
    )
    def test_the_bytes_win_over_the_name_and_declared_type(
        self, name: str, lie: str, kind: str
    ) -> None:
        """A wrong extension and a wrong declared type do not change the verdict."""
        found = detect(sample(name), filename=lie, declared="application/octet-stream")
        assert found.kind == kind

    def test_a_pdf_header_after_junk_is_still_a_pdf(self) -> None:
        """Readers accept a PDF header anywhere in the first kilobyte; so do we."""
        assert detect(b"\r\n" * 20 + sample("invoice.pdf")).kind == "pdf"

    def test_text_mentioning_a_pdf_header_is_text(self) -> None:
        """Prose that quotes '%PDF-1.7' is not a PDF."""
        data = b"Files start with the bytes %PDF-1.7 followed by objects.\n"
        assert detect(data).kind == "text"

    def test_pdf_after_binary_junk_is_a_pdf(self) -> None:
        """Binary junk before the header (a mail gateway's prefix) does not hide a PDF."""
        assert detect(bytes(range(200)) + sample("invoice.pdf")).kind == "pdf"

    def test_text_named_pdf_is_text(self) -> None:
        """A text file called .pdf is text, not a PDF."""
        assert detect(b"Hello there, this is plain text.\n", filename="x.pdf").kind == "text"


class TestImages:
    @pytest.mark.parametrize(
        ("fmt", "media_type"),
        [
            ("PNG", "image/png"),
            ("JPEG", "image/jpeg"),
            ("TIFF", "image/tiff"),
            ("GIF", "image/gif"),
            ("BMP", "image/bmp"),
            ("WEBP", "image/webp"),
        ],
    )
    def test_image_formats_by_signature(self, fmt: str, media_type: str) -> None:
        """Each raster format Pillow writes is recognised by its magic number."""
        assert detect(image_bytes(fmt)) == DocumentType(media_type, "image")

    def test_text_starting_with_bm_is_not_a_bitmap(self) -> None:
        """'BM' alone is a weak signature; prose that starts with it stays text."""
        assert detect(b"BMW announced record sales in the third quarter.\n").kind == "text"


class TestTextDialects:
    @pytest.mark.parametrize(
        ("data", "media_type"),
        [
            (b"Just a note to say hello.\nSee you soon.\n", "text/plain"),
            (b'{"invoice": 42, "items": [1, 2]}', "application/json"),
            (b"[1, 2, 3]", "application/json"),
            (b"name,amount,currency\nAcme,10.00,USD\nGlobex,20.50,EUR\n", "text/csv"),
            (b"name\tamount\nAcme\t10\nGlobex\t20\n", "text/tab-separated-values"),
            (b"# Title\n\nSome text with a [link](http://x.example).\n\n- one\n", "text/markdown"),
            (b'<?xml version="1.0"?>\n<order><id>7</id></order>', "application/xml"),
            (b"<html><body><p>Hi</p></body></html>", "text/html"),
            (b"<!DOCTYPE html>\n<title>x</title>", "text/html"),
        ],
    )
    def test_dialects_are_sniffed(self, data: bytes, media_type: str) -> None:
        """Text is classified by its content into a dialect."""
        assert detect(data).media_type == media_type

    def test_a_markdown_name_settles_a_one_feature_document(self) -> None:
        """With one Markdown feature, the .md name tips the balance; without it, plain text."""
        data = b"# Shopping\n\nEggs and milk.\n"
        assert detect(data, filename="list.md").media_type == "text/markdown"
        assert detect(data, filename="list.txt").media_type == "text/plain"

    def test_two_lines_with_commas_are_prose_unless_called_csv(self) -> None:
        """Two short lines with one comma each are not enough to call a CSV by content."""
        data = b"Hello, world\nGoodbye, moon\n"
        assert detect(data).media_type == "text/plain"
        assert detect(data, filename="pairs.csv").media_type == "text/csv"

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
    def test_unicode_encodings(self, encoding: str) -> None:
        """UTF-16 with or without a BOM and UTF-8 with a BOM are text."""
        data = "Grüße aus Köln, the invoice is attached.\n".encode(encoding)
        assert detect(data).kind == "text"

    def test_windows_1252_text_is_text(self) -> None:
        """Legacy single-byte text still counts as text."""
        assert detect("Café crème — 5 €\n".encode("cp1252")).kind == "text"


class TestRefusals:
    def test_empty(self) -> None:
        """An empty upload is refused as such."""
        with pytest.raises(UnsupportedDocument, match="empty"):
            detect(b"")

    def test_random_binary(self) -> None:
        """Bytes with no known signature that do not decode as text are refused."""
        data = bytes(range(256)) * 4
        with pytest.raises(UnsupportedDocument, match="binary data of unknown type") as caught:
            detect(data)
        assert caught.value.code == "unsupported_type"

    def test_zip_that_is_not_a_docx(self) -> None:
        """A ZIP without word/document.xml is named as such."""
        with pytest.raises(UnsupportedDocument, match="ZIP archive that is not a DOCX"):
            detect(zip_bytes({"readme.txt": b"hello"}), filename="contract.docx")

    def test_xlsx_is_named(self) -> None:
        """Office siblings of DOCX are refused by name."""
        with pytest.raises(UnsupportedDocument, match="XLSX"):
            detect(zip_bytes({"xl/workbook.xml": b"<workbook/>"}))

    @pytest.mark.parametrize(
        ("data", "words"),
        [
            (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "legacy Microsoft Office"),
            (b"\x1f\x8b\x08\x00" + bytes(range(200)), "gzip"),
            (b"{\\rtf1\\ansi Hello}", "Rich Text Format"),
        ],
    )
    def test_known_formats_are_named(self, data: bytes, words: str) -> None:
        """Common wrong uploads say what they are."""
        with pytest.raises(UnsupportedDocument, match=words):
            detect(data)

    def test_broken_zip_is_corrupt(self) -> None:
        """A ZIP signature with a damaged directory is a corrupt document."""
        data = sample("contract.docx")[: len(sample("contract.docx")) // 2]
        with pytest.raises(CorruptDocument) as caught:
            detect(data, filename="contract.docx")
        assert caught.value.code == "corrupt_document"
