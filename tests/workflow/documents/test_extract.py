"""Extraction reads real formats, and every hostile or broken input fails with our error."""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage

import docx
import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from docpipe.errors import CorruptDocument, DocumentTooLarge, UnsupportedDocument
from docpipe.settings import Settings
from docpipe_cli.samples import SAMPLES_DIR
from testbed.scans import with_typed_cover
from workflow.documents import ExtractionLimits, detect_type, extract_text
from workflow.documents import ocr as ocr_module
from workflow.documents.detect import DOCX, PDF
from workflow.documents.types import DocumentType, Extraction
from workflow.documents.ziputil import check_budget

SAMPLES = SAMPLES_DIR
LIMITS = ExtractionLimits.from_settings(Settings())
PNG = DocumentType("image/png", "image")


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def extract(data: bytes, limits: ExtractionLimits = LIMITS, name: str = "x") -> Extraction:
    return extract_text(data, detect_type(data, filename=name, declared=None), limits)


@pytest.fixture(scope="module")
def ocr_engine() -> None:
    """Load the OCR models once for the module (they take a second or two)."""
    ocr_module.engine()


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_header_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels (a pixel-bomb)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", idat)
        + png_chunk(b"IEND", b"")
    )


def rebuilt_docx(extra: dict[str, bytes]) -> bytes:
    """The contract sample with extra members added."""
    source = zipfile.ZipFile(io.BytesIO(sample("contract.docx")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            archive.writestr(item.filename, source.read(item.filename))
        for name, data in extra.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def encrypted_invoice(password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(sample("invoice.pdf"))))
    writer.encrypt(user_password=password, owner_password="owner-secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def scanned_pdf(image_png: bytes) -> bytes:
    """A PDF whose only content is an image of a page (what a scanner produces)."""
    buffer = io.BytesIO()
    with Image.open(io.BytesIO(image_png)) as image:
        width, height = image.size
    pdf = canvas.Canvas(buffer, pagesize=(width, height), invariant=True)
    pdf.drawImage(ImageReader(io.BytesIO(image_png)), 0, 0, width, height)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


class TestSamples:
    def test_invoice_pdf_text_layer(self) -> None:
        """The invoice's text layer carries the vendor, customer, number and total."""
        result = extract(sample("invoice.pdf"))
        assert result.method == "pdf-text"
        assert result.pages == 1
        for expected in ("Northwind Analytics LLC", "Globex Retail Inc.", "INV-2026-0042"):
            assert expected in result.text
        assert "$4,590.00" in result.text
        assert not result.truncated
        assert result.words == len(result.text.split())
        assert result.chars == len(result.text)

    def test_receipt_png_is_read_by_ocr(self, ocr_engine: None) -> None:
        """OCR of the rendered receipt finds the shop and the total."""
        result = extract(sample("receipt.png"))
        assert result.method == "ocr"
        assert "CORNER MARKET" in result.text
        total_line = next(line for line in result.text.splitlines() if line.startswith("TOTAL"))
        assert "26.78" in total_line

    def test_contract_docx_paragraphs_and_table(self) -> None:
        """DOCX extraction keeps body paragraphs and signature-table rows."""
        result = extract(sample("contract.docx"))
        assert result.method == "docx"
        assert "Master Services Agreement" in result.text
        assert "USD 12,000.00" in result.text
        assert "By: Maria Chen\tBy: Thomas Reed" in result.text

    def test_docx_table_keeps_equal_neighbours_and_drops_merge_repeats(self) -> None:
        """A unit price equal to its row's amount and empty cells keep their columns; a
        merged cell (python-docx repeats it under each column it spans) is read once."""
        document = docx.Document()
        table = document.add_table(rows=3, cols=4)
        for column, text in enumerate(("Item", "Qty", "Unit price", "Amount")):
            table.cell(0, column).text = text
        for column, text in enumerate(("Cable tray", "1", "35.01", "35.01")):
            table.cell(1, column).text = text
        table.cell(2, 0).merge(table.cell(2, 2)).text = "Total"
        table.cell(2, 3).text = "35.01"
        buffer = io.BytesIO()
        document.save(buffer)
        lines = extract(buffer.getvalue(), name="x.docx").text.splitlines()
        assert "Cable tray\t1\t35.01\t35.01" in lines
        assert "Total\t35.01" in lines

    def test_docx_cells_side_by_side_are_read_line_by_line(self) -> None:
        """A header row whose cells are columns of paragraphs (a supplier's address, the
        labels, their values) is read across, one line per paragraph, as a page shows it."""
        document = docx.Document()
        table = document.add_table(rows=1, cols=3)
        table.cell(0, 0).text = "Lindqvist Tooling AB\nBox 114\nGothenburg"
        table.cell(0, 1).text = "Order ref\nDated\nPay by"
        table.cell(0, 2).text = "QX-5521\n03.02.2027\n05.03.2027"
        buffer = io.BytesIO()
        document.save(buffer)
        lines = extract(buffer.getvalue(), name="x.docx").text.splitlines()
        assert "Lindqvist Tooling AB\tOrder ref\tQX-5521" in lines
        assert "Box 114\tDated\t03.02.2027" in lines
        assert "Gothenburg\tPay by\t05.03.2027" in lines

    def test_html_cells_side_by_side_are_read_line_by_line(self) -> None:
        """Two cells of one row holding several lines each (a Bill To beside a Ship To) are
        read across; a row with one such cell (a product over its option) stays one line,
        and so do cells of prose (two columns of an e-mail's layout)."""
        prose = " ".join(["A long sentence about delivery windows and returns policy."] * 2)
        page = (
            b"<table><tr><td>Invoice to<br>Marrow Cafe<br>4 Pier St</td>"
            b"<td>Deliver to<br>Marrow Kitchen<br>9 Dock Rd</td></tr>"
            b"<tr><td>Lamp<br>Colour: teal</td><td>12.00</td></tr></table>"
            + f"<table><tr><td><p>{prose}</p><p>{prose}</p></td>"
            f"<td><p>{prose}</p><p>Ends.</p></td></tr></table>".encode()
        )
        lines = extract(page, name="x.html").text.splitlines()
        assert lines[:3] == [
            "Invoice to  Deliver to",
            "Marrow Cafe  Marrow Kitchen",
            "4 Pier St  9 Dock Rd",
        ]
        assert "Lamp Colour: teal  12.00" in lines
        assert f"{prose} {prose}  {prose} Ends." in lines

    def test_html_flex_and_grid_boxes_are_rows_of_cells(self) -> None:
        """Boxes a style lays out side by side (``display: flex`` or ``grid``, inline or by
        class) are read as a table's row, each child a cell; a flex column is not a row."""
        page = (
            b"<html><head><style>.band{display:flex;gap:2em}"
            b".stack{display:flex;flex-direction:column}</style></head><body>"
            b"<div class='band'><div>Order ref<br>Dated</div><div>QX-5521<br>03.02.2027</div></div>"
            b"<div style='display:grid;grid-template-columns:1fr 1fr'>"
            b"<div><small>Account</small><div>77120</div></div>"
            b"<div><small>Pay by</small><div>05.03.2027</div></div></div>"
            b"<div class='stack'><div>Lindqvist Tooling AB</div><div>Box 114</div></div>"
            b"</body></html>"
        )
        lines = [line for line in extract(page, name="x.html").text.splitlines() if line]
        assert lines[:4] == ["Order ref  QX-5521", "Dated  03.02.2027", "Account  Pay by",
                             "77120  05.03.2027"]  # fmt: skip
        assert lines[4:] == ["Lindqvist Tooling AB", "Box 114"]

    def test_html_drops_script_and_style(self) -> None:
        """HTML extraction keeps visible text and the title, drops script, style, noscript."""
        result = extract(sample("report.html"))
        assert result.method == "html"
        assert result.text.startswith("Q1 2026 Operations Report")
        assert "Fuel costs fell to €310,500" in result.text
        for hidden in ("window.analytics", "font-family", "Enable JavaScript"):
            assert hidden not in result.text

    def test_html_line_breaks_inside_a_table_cell_keep_the_row(self) -> None:
        """A header's "Unit<br>price" and a cell's paragraphs stay on their row's line."""
        page = (
            b"<html><body><table><tr><th>Item</th><th>Unit<br>price</th></tr>"
            b"<tr><td><p>Cable tray</p><p>galvanised</p></td><td>35.01</td></tr></table>"
            b"<p>Thank you</p></body></html>"
        )
        lines = extract(page, name="x.html").text.splitlines()
        assert "Item  Unit price" in lines
        assert "Cable tray galvanised  35.01" in lines
        assert "Thank you" in lines

    def test_html_layout_cell_keeps_its_lines(self) -> None:
        """An e-mail's layout table wraps the whole message in one cell: its paragraphs stay
        lines, and the item table nested in it keeps one line per row, row after row."""
        page = (
            b"<table><tr><td><h1>Thanks for your order</h1><p>Order #1042</p>"
            b"<table><tr><td><b>Desk lamp</b><br>Colour: black</td><td>2 x</td>"
            b"<td>$48.00</td></tr><tr><td>Tea<td>1<td>$9.00</table>"
            b"<p>Total: $57.00</p></td></tr></table>"
        )
        lines = extract(page, name="x.html").text.splitlines()
        assert "Order #1042" in lines
        assert "Desk lamp Colour: black  2 x  $48.00" in lines
        row = lines.index("Desk lamp Colour: black  2 x  $48.00")
        assert lines[row + 1] == "Tea  1  $9.00"
        assert "Total: $57.00" in lines

    @pytest.mark.parametrize("name", ["letter.txt", "meeting-notes.md"])
    def test_text_samples_round_trip(self, name: str) -> None:
        """Text documents come back as their own content."""
        result = extract(sample(name), name=name)
        assert result.method == "text"
        assert result.text == sample(name).decode().strip()

    def test_stats_are_json_safe_and_omit_the_text(self) -> None:
        """stats() is the checkpoint payload: JSON-serialisable, without the text."""
        stats = extract(sample("invoice.pdf")).stats()
        assert json.loads(json.dumps(stats)) == stats
        assert "text" not in stats
        assert stats["method"] == "pdf-text"


class TestPdf:
    def test_scanned_pdf_is_ocrd(self, ocr_engine: None) -> None:
        """A PDF with no text layer has its page image OCR'd."""
        result = extract(scanned_pdf(sample("receipt.png")))
        assert result.method == "pdf-ocr"
        assert "26.78" in result.text
        assert any("OCR" in warning for warning in result.warnings)

    def test_a_typed_cover_before_scanned_pages_loses_neither(self, ocr_engine: None) -> None:
        """The cover's text layer is read as is and the scanned page behind it is OCR'd, in
        page order; the warning says which pages OCR read."""
        data = with_typed_cover(
            scanned_pdf(sample("receipt.png")), ["Expense claim EC-2291", "Submitted by R. Ortiz"]
        )
        result = extract(data)
        assert result.method == "pdf-ocr"
        assert result.text.index("Expense claim EC-2291") < result.text.index("26.78")
        assert "1 of 2 pages had no text layer; they were read by OCR" in result.warnings

    def test_a_page_ocr_fails_on_is_that_pages_error(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A fault while recognising one page fails that page, named in the warnings; it is
        not reported as a PDF that could not be parsed, and the other pages are kept."""

        def fails(*_: object) -> None:
            raise ValueError("Coordinate 'right' is less than 'left'")

        monkeypatch.setattr(ocr_module, "recognize", fails)
        data = with_typed_cover(scanned_pdf(sample("receipt.png")), ["Expense claim EC-2291"])
        result = extract(data)
        assert "Expense claim EC-2291" in result.text
        assert any("OCR failed" in warning and "2" in warning for warning in result.warnings)

    def test_a_text_page_with_a_logo_is_not_ocrd(self) -> None:
        """A page with a real text layer keeps it, whatever images it also holds."""
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, invariant=True)
        pdf.drawString(72, 720, "Quarterly report: revenue grew to 4.2 million EUR")
        pdf.drawImage(ImageReader(io.BytesIO(sample("receipt.png"))), 72, 72, 200, 300)
        pdf.showPage()
        pdf.save()
        result = extract(buffer.getvalue())
        assert result.method == "pdf-text"
        assert "26.78" not in result.text

    def test_truncated_pdf_is_corrupt(self) -> None:
        """Half a PDF (no xref, no trailer, cut stream) is a corrupt document."""
        data = sample("invoice.pdf")[:400]
        with pytest.raises(CorruptDocument) as caught:
            extract_text(data, PDF, LIMITS)
        assert caught.value.code == "corrupt_document"

    def test_garbage_after_header_is_corrupt(self) -> None:
        """A PDF header followed by noise is a corrupt document, not a library exception."""
        data = b"%PDF-1.7\n" + bytes(range(256)) * 8
        with pytest.raises(CorruptDocument):
            extract_text(data, PDF, LIMITS)

    def test_password_protected_pdf_is_refused(self) -> None:
        """A PDF that needs a password to open is unsupported, with the reason."""
        with pytest.raises(UnsupportedDocument, match="encrypted with a password") as caught:
            extract_text(encrypted_invoice("s3cret"), PDF, LIMITS)
        assert caught.value.code == "unsupported_type"

    def test_pdf_with_empty_user_password_is_read(self) -> None:
        """Permission-only encryption (empty user password) is read, with a warning."""
        result = extract_text(encrypted_invoice(""), PDF, LIMITS)
        assert "INV-2026-0042" in result.text
        assert any("encrypted" in warning for warning in result.warnings)

    def test_page_limit(self) -> None:
        """More pages than max_pages is refused as too large."""
        with pytest.raises(DocumentTooLarge, match="pages"):
            extract_text(sample("invoice.pdf"), PDF, ExtractionLimits(0, 1000))

    def test_text_limit_truncates_and_flags(self) -> None:
        """Text beyond max_text_chars is cut, flagged, and counted after the cut."""
        result = extract_text(sample("invoice.pdf"), PDF, ExtractionLimits(10, 50))
        assert result.truncated
        assert result.chars == len(result.text) == 50
        assert result.warnings


class TestDocx:
    def test_a_footers_table_is_read(self) -> None:
        """A three-column page footer (bank, registration, address) laid out as a table."""
        document = docx.Document()
        document.add_paragraph("INVOICE  F2026-7480")
        footer = document.sections[0].footer
        table = footer.add_table(rows=1, cols=3, width=docx.shared.Inches(6))
        for cell, text in zip(
            table.rows[0].cells, ("Lloyds Bank", "VAT GB 123 4567 89", "Leicester"), strict=True
        ):
            cell.text = text
        buffer = io.BytesIO()
        document.save(buffer)
        text = extract_text(buffer.getvalue(), DOCX, LIMITS).text
        assert "Lloyds Bank\tVAT GB 123 4567 89\tLeicester" in text

    def test_zip_bomb_is_refused_before_parsing(self) -> None:
        """A member inflating 1000:1 is a decompression bomb: too large, not parsed."""
        bomb = rebuilt_docx({"word/media/filler.bin": bytes(20 * 1024 * 1024)})
        assert len(bomb) < 200 * 1024
        with pytest.raises(DocumentTooLarge, match="decompression bomb") as caught:
            extract_text(bomb, DOCX, LIMITS)
        assert caught.value.code == "too_large"

    def test_total_inflated_size_is_bounded(self) -> None:
        """The sum of declared member sizes is checked against the budget."""
        with (
            zipfile.ZipFile(io.BytesIO(sample("contract.docx"))) as archive,
            pytest.raises(DocumentTooLarge, match="inflates"),
        ):
            check_budget(archive, max_total_bytes=10_000)

    def test_truncated_docx_is_corrupt(self) -> None:
        """A DOCX cut short is a corrupt document."""
        data = sample("contract.docx")
        with pytest.raises(CorruptDocument):
            extract_text(data[: len(data) - 200], DOCX, LIMITS)

    def test_docx_with_broken_xml_is_corrupt(self) -> None:
        """A sound ZIP whose document.xml is not XML is a corrupt document."""
        source = zipfile.ZipFile(io.BytesIO(sample("contract.docx")))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for item in source.infolist():
                body = source.read(item.filename)
                if item.filename == "word/document.xml":
                    body = body[: len(body) // 2]
                archive.writestr(item.filename, body)
        with pytest.raises(CorruptDocument):
            extract_text(buffer.getvalue(), DOCX, LIMITS)


class TestImages:
    def test_pixel_bomb_header_is_refused_unread(self) -> None:
        """A 100k x 100k header is too large, whatever its few bytes hold."""
        with pytest.raises(DocumentTooLarge) as caught:
            extract_text(png_header_claiming(100_000, 100_000), PNG, LIMITS)
        assert caught.value.code == "too_large"

    def test_pixel_limit_is_ours(self) -> None:
        """Below Pillow's own guard, our max_pixels applies before decoding."""
        data = png_header_claiming(9_000, 9_000)  # 81 MP: under Pillow's 89 MP warning
        with pytest.raises(DocumentTooLarge, match="pixels"):
            extract_text(data, PNG, LIMITS)
        with pytest.raises(DocumentTooLarge, match="pixels"):
            extract_text(sample("receipt.png"), PNG, ExtractionLimits(10, 1000, max_pixels=1000))

    def test_transparent_background_is_read_as_white_paper(self, ocr_engine: None) -> None:
        """Black text on a transparent background is OCR'd (not flattened to black on black)."""
        with Image.open(io.BytesIO(sample("receipt.png"))) as receipt:
            ink = receipt.convert("L").point(lambda value: 255 - value)
        transparent = Image.new("RGBA", ink.size, (0, 0, 0, 0))
        transparent.putalpha(ink)
        buffer = io.BytesIO()
        transparent.save(buffer, format="PNG")
        assert "CORNER MARKET" in extract_text(buffer.getvalue(), PNG, LIMITS).text

    def test_truncated_image_is_corrupt(self) -> None:
        """Half a PNG is a corrupt document."""
        data = sample("receipt.png")
        with pytest.raises(CorruptDocument):
            extract_text(data[: len(data) // 2], PNG, LIMITS)

    def test_blank_image_yields_no_text_with_a_warning(self, ocr_engine: None) -> None:
        """An image without text is not an error: empty text, and a warning saying so."""
        buffer = io.BytesIO()
        Image.new("RGB", (200, 100), "white").save(buffer, format="PNG")
        result = extract_text(buffer.getvalue(), PNG, LIMITS)
        assert result.text == ""
        assert result.warnings == ("OCR found no text",)


class TestOcrEngine:
    def test_one_engine_per_process_across_threads(self) -> None:
        """Concurrent first uses from worker threads share one engine."""
        with ThreadPoolExecutor(max_workers=4) as pool:
            engines = list(pool.map(lambda _: ocr_module.engine(), range(8)))
        assert all(engine is engines[0] for engine in engines)


class TestText:
    def test_windows_1252_is_decoded_with_a_warning(self) -> None:
        """Non-UTF-8 text is decoded as cp1252 and flagged."""
        result = extract("Café crème — 5 €\n".encode("cp1252"))
        assert result.text == "Café crème — 5 €"
        assert result.warnings == ("not valid UTF-8; decoded as cp1252",)

    def test_utf16_with_bom(self) -> None:
        """UTF-16 text is decoded by its BOM."""
        assert extract("Grüße, Köln\n".encode("utf-16")).text == "Grüße, Köln"

    def test_xml_entity_bomb_is_not_expanded(self) -> None:
        """An XML billion-laughs document is kept raw (and small), never expanded."""
        lol = (
            b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
            b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
            b"<lolz>&lol3;</lolz>"
        )
        result = extract(lol)
        assert result.chars <= len(lol)
        assert any("XML not parsed" in warning for warning in result.warnings)

    def test_xml_is_reduced_to_character_data(self) -> None:
        """Well-formed XML yields its text nodes, one per line."""
        result = extract(b'<?xml version="1.0"?><order><id>7</id><note>Rush</note></order>')
        assert result.text == "7\nRush"

    def test_unknown_kind_is_unsupported(self) -> None:
        """A type no extractor handles is refused, not crashed on."""
        with pytest.raises(UnsupportedDocument):
            extract_text(b"abc", DocumentType("audio/ogg", "audio"), LIMITS)  # type: ignore[arg-type]


class TestMail:
    @staticmethod
    def _message(html_cte: str) -> bytes:
        message = EmailMessage()
        message["From"] = "Bramblecot Home <orders@bramblecot.example>"
        message["To"] = "Ann Lee <ann@mail.example>"
        message["Subject"] = "Order confirmation #1042"
        message.set_content("Open this e-mail in a browser to see your order.")
        message.add_alternative(
            "<table><tr><td><p>Order #1042</p><table><tr><td>Desk lamp<br>Colour: black</td>"
            "<td>\u00d7 2</td><td>\u20ac48.00</td></tr></table></td></tr></table>",
            subtype="html",
            cte=html_cte,
        )
        return message.as_bytes()

    @pytest.mark.parametrize("cte", ["quoted-printable", "base64"])
    def test_an_html_mail_reads_as_its_headers_and_visible_text(self, cte: str) -> None:
        """A MIME message's HTML part, decoded, is its body; the headers a reader sees come
        first; the plain part that only points to the HTML one is not read."""
        lines = extract(self._message(cte), name="order.eml").text.splitlines()
        assert lines[:3] == [
            "From: Bramblecot Home <orders@bramblecot.example>",
            "To: Ann Lee <ann@mail.example>",
            "Subject: Order confirmation #1042",
        ]
        assert "Desk lamp Colour: black  \u00d7 2  \u20ac48.00" in lines
        assert not any("browser" in line or "=3D" in line for line in lines)

    def test_a_plain_text_mail_is_read_as_it_stands(self) -> None:
        """One text part, not encoded: the file's text, headers and all."""
        data = b"From: a@b.example\nSubject: Hello\nContent-Type: text/plain\n\nHi there.\n"
        assert extract(data, name="note.eml").text == data.decode().strip()
