"""Where the text sits: every extractor's layout (pages, spans, words with boxes)."""

from __future__ import annotations

import io
import re
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas

from docpipe.layout import Layout, Word
from testbed.evaluation.outlines import draw_outlined
from testbed.scans import page_code, scanned_page, scanned_pdf, with_typed_cover
from workflow.documents import extract_text
from workflow.documents.lines import page_text
from workflow.documents.ocr import digits_fixed
from workflow.documents.pages import PageText, join_pages
from workflow.documents.pdf import ocr_pages
from workflow.documents.types import (
    DocumentType,
    ExtractionLimits,
    OcrOptions,
    PageContent,
    build_extraction,
)

LIMITS = ExtractionLimits(max_pages=100, max_text_chars=1_000_000)
PDF = DocumentType("application/pdf", "pdf")
PNG = DocumentType("image/png", "image")


def sample(name: str) -> bytes:
    return (resources.files("docpipe_cli.samples") / name).read_bytes()


def word_at(layout: Layout, text: str) -> Word:
    return next(w for page in layout.pages for w in page.words if w.text == text)


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def two_column_page() -> Image.Image:
    """A page with a label column and an amount column, and a second line below."""
    image = Image.new("L", (1240, 500), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("DejaVuSans.ttf", 30)
    draw.text((80, 80), "Invoice number INV-2027-0042", font=font, fill=0)
    draw.text((80, 160), "Total due", font=font, fill=0)
    draw.text((800, 160), "15,000.00 USD", font=font, fill=0)
    return image


class TestLines:
    def test_words_become_lines_columns_two_spaces_apart(self) -> None:
        """Words on one visual line join it left to right; a wide gap is two spaces."""
        words = [
            Word("due", (0.25, 0.30, 0.32, 0.34)),
            Word("Total", (0.10, 0.30, 0.22, 0.34)),
            Word("15.00", (0.70, 0.305, 0.80, 0.345)),
            Word("Invoice", (0.10, 0.10, 0.25, 0.14)),
        ]
        text, ordered = page_text(words, 1000, 1000)
        assert text == "Invoice\nTotal due  15.00"
        assert [(w.text, w.line) for w in ordered] == [
            ("Invoice", 0),
            ("Total", 1),
            ("due", 1),
            ("15.00", 1),
        ]

    @given(
        st.lists(
            st.tuples(
                st.text(min_size=1, max_size=8),
                st.floats(0, 0.9),
                st.floats(0, 0.9),
            ),
            max_size=30,
        )
    )
    def test_the_texts_tokens_are_the_words_in_order(
        self, raw: list[tuple[str, float, float]]
    ) -> None:
        """Whatever the words, the n-th token of the text is the n-th word returned."""
        words = [Word(text, (x, y, x + 0.05, y + 0.02)) for text, x, y in raw]
        text, ordered = page_text(words, 600, 800)
        assert text.split() == [w.text for w in ordered]
        assert all(w.text and not any(ch.isspace() for ch in w.text) for w in ordered)

    def test_numbers_split_at_their_punctuation_are_one_token_again(self) -> None:
        """Monospace type: OCR splits at the wide gap around a '-' or '.'; pieces closer than
        a character width that fit a number's shape are glued, a word space is kept."""

        def line(*pieces: tuple[str, float]) -> str:
            words = [Word(text, (x, 0.1, x + 0.01 * len(text), 0.12), 0.9) for text, x in pieces]
            return page_text(words, 1000, 1000)[0]

        assert line(("ORD", 0.10), ("-2026-2387", 0.137)) == "ORD-2026-2387"
        assert line(("24036", 0.10), (".06", 0.158)) == "24036.06"
        assert line(("-", 0.10), ("48806", 0.118), (".28", 0.176)) == "-48806.28"
        assert line(("REF", 0.10), ("-", 0.136), ("2024-9480", 0.147)) == "REF-2024-9480"
        assert line(("Smith", 0.10), ("-", 0.156), ("Jones", 0.167)) == "Smith - Jones"
        assert line(("Total", 0.10), ("-5", 0.162)) == "Total -5"  # a word space apart
        assert line(("page", 0.10), (".06", 0.148)) == "page .06"  # not a number's end

    def test_a_band_of_labels_a_narrow_column_wrapped_reads_as_one_row(self) -> None:
        """Boxed labels broken over two lines ("Invoice" over "Number") above one value per
        box: each label is whole in its cell, so the values below line up with them."""

        def row(y: float, *cells: tuple[str, float]) -> list[Word]:
            words = []
            for text, start in cells:
                x = start
                for word in text.split():
                    words.append(Word(word, (x, y, x + 0.012 * len(word), y + 0.012)))
                    x += 0.012 * len(word) + 0.006
            return words

        labels = row(0.200, ("Invoice", 0.10), ("Invoice", 0.25), ("Payment Due", 0.40))
        labels += row(0.200, ("PO", 0.55))
        tails = row(0.215, ("Number", 0.10), ("Date", 0.25), ("Date", 0.40))
        values = row(0.240, ("INV-1042", 0.10), ("03/02/2026", 0.25), ("17/02/2026", 0.40))
        values += row(0.240, ("PO 77", 0.55))
        text, ordered = page_text([*labels, *tails, *values], 1000, 1000)
        assert text.splitlines() == [
            "Invoice Number  Invoice Date  Payment Due Date  PO",
            "INV-1042  03/02/2026  17/02/2026  PO 77",
        ]
        assert text.split() == [w.text for w in ordered]
        # Two addresses side by side are no wrapped labels: the names had room beside them.
        heads = row(0.200, ("Bill to", 0.10), ("Ship to", 0.40))
        names = row(0.215, ("Harbour Supplies", 0.10), ("Elm Traders", 0.40))
        streets = row(0.230, ("4 Quay Road", 0.10), ("12 Elm Street", 0.40))
        assert page_text([*heads, *names, *streets], 1000, 1000)[0].splitlines() == [
            "Bill to  Ship to",
            "Harbour Supplies  Elm Traders",
            "4 Quay Road  12 Elm Street",
        ]

    def test_ocr_digit_lookalikes_become_digits(self) -> None:
        """O and l touching digits are read as 0 and 1; words without digits stay."""
        assert digits_fixed("INV-2O27-OO42") == "INV-2027-0042"
        assert digits_fixed("l5,000") == "15,000"
        assert digits_fixed("Oslo") == "Oslo"


class TestSpans:
    def test_each_pages_span_is_its_text_in_the_final_text(self) -> None:
        """Parts are tidied and joined; each span slices exactly its page's text."""
        parts = [
            PageContent(page=1, text="  first page  \n\n\n\nmore\r\n"),
            PageContent(page=2, text="   "),
            PageContent(page=3, text="third\x00 page"),
        ]
        extraction = build_extraction(parts, method="pdf-text", pages=3, limits=LIMITS)
        layout = extraction.page_layout
        spans = [extraction.text[p.text_start : p.text_end] for p in layout.pages]
        assert spans == ["first page\n\nmore", "", "third page"]
        assert extraction.text == "first page\n\nmore\n\nthird page"
        assert layout.page_at(extraction.text.index("third")) == 3

    def test_a_cut_text_clamps_the_spans(self) -> None:
        """Past the text limit, spans end where the text ends."""
        limits = ExtractionLimits(max_pages=10, max_text_chars=8)
        parts = [PageContent(page=1, text="abcdef"), PageContent(page=2, text="ghijkl")]
        extraction = build_extraction(parts, method="pdf-text", pages=2, limits=limits)
        assert [(p.text_start, p.text_end) for p in extraction.page_layout.pages] == [
            (0, 6),
            (8, 8),
        ]

    def test_plain_parts_have_no_layout(self) -> None:
        """Formats without pages give one page and no words."""
        extraction = build_extraction(["a", "b"], method="text", pages=1, limits=LIMITS)
        assert extraction.layout is None
        assert not extraction.page_layout.has_geometry


class TestTextPdf:
    def test_every_word_has_its_box_on_its_page(self) -> None:
        """The invoice's text layer: words with boxes as fractions of the page, top left."""
        extraction = extract_text(sample("invoice.pdf"), PDF, LIMITS)
        layout = extraction.page_layout
        assert [p.page for p in layout.pages] == [1]
        page = layout.pages[0]
        assert (page.text_start, page.text_end) == (0, len(extraction.text))
        title, total = word_at(layout, "INVOICE"), word_at(layout, "$4,590.00")
        assert title.bbox[1] < total.bbox[1]  # the title is above the total
        assert all(0 <= v <= 1 for w in page.words for v in w.bbox)
        assert title.confidence is None
        assert extraction.text.split() == [w.text for w in page.words]

    def test_table_rows_read_as_lines_with_cells_apart(self) -> None:
        """A line item is one line; its cells are two spaces apart."""
        text = extract_text(sample("invoice.pdf"), PDF, LIMITS).text
        assert "Data pipeline assessment  1  $1,800.00  $1,800.00" in text.splitlines()

    def test_a_cover_and_scans_keep_page_spans_in_order(self) -> None:
        """A typed cover then two scans: three pages, each span holding its own text."""
        data = with_typed_cover(scanned_pdf(2), ["Archive box 17"])
        extraction = extract_text(data, PDF, LIMITS)
        pages = extraction.page_layout.pages
        assert [p.page for p in pages] == [1, 2, 3]
        spans = [extraction.text[p.text_start : p.text_end] for p in pages]
        assert "Archive box 17" in spans[0]
        assert page_code(1) in spans[1]
        assert page_code(2) in spans[2]
        assert pages[0].words[0].confidence is None
        assert all(w.confidence is not None for w in pages[1].words)


class TestOcrLayout:
    def test_an_image_gives_words_with_boxes_and_confidences(self) -> None:
        """OCR'd words carry confidences and page-fraction boxes; columns two spaces apart."""
        extraction = extract_text(png(two_column_page()), PNG, LIMITS)
        assert "Total due  15,000.00 USD" in extraction.text.splitlines()
        page = extraction.page_layout.pages[0]
        amount = word_at(extraction.page_layout, "15,000.00")
        assert amount.bbox[0] > 0.6
        assert amount.confidence is not None
        assert amount.confidence > 0.5
        assert (page.width, page.height, page.rotation) == (1240, 500, 0)

    @pytest.mark.parametrize("turn", [90, 180, 270])
    def test_a_turned_page_reads_upright_and_says_so(self, turn: int) -> None:
        """A sideways or upside-down scan reads like the upright one; ``rotation`` says
        how far it was turned back."""
        upright = two_column_page()
        turned = upright.rotate(turn, expand=True)
        extraction = extract_text(png(turned), PNG, LIMITS)
        assert "Total due  15,000.00 USD" in extraction.text.splitlines()
        page = extraction.page_layout.pages[0]
        assert (page.rotation + turn) % 360 == 0
        assert (page.width, page.height) == upright.size
        amount = word_at(extraction.page_layout, "15,000.00")
        assert amount.bbox[0] > 0.6  # in upright coordinates

    def test_a_slightly_rotated_scan_keeps_its_lines(self) -> None:
        """A scan fed in 2.5 degrees crooked is straightened: one line stays one line."""
        extraction = extract_text(png(two_column_page().rotate(2.5, fillcolor=255)), PNG, LIMITS)
        assert "Total due  15,000.00 USD" in extraction.text.splitlines()

    def test_scanned_pages_carry_their_words_through_storage(self) -> None:
        """A page range's results, stored and read back as a chunk does, join into the same
        layout as an inline read."""
        data = scanned_pdf(3)
        read = ocr_pages(data, 1, 3, LIMITS)
        stored = [PageText.from_dict(page.to_dict()) for page in read]
        assert [page.to_dict() for page in stored] == [page.to_dict() for page in read]
        joined = join_pages(stored, total_pages=3, limits=LIMITS)
        inline = extract_text(data, PDF, LIMITS)
        assert joined.text == inline.text
        assert joined.page_layout.to_json() == inline.page_layout.to_json()
        pages = joined.page_layout.pages
        assert [len(p.words) > 0 for p in pages] == [True, True, True]
        for number, page in enumerate(pages, start=1):
            assert page_code(number) in joined.text[page.text_start : page.text_end]

    def test_a_page_that_cannot_be_read_keeps_its_place(self) -> None:
        """A damaged scan page is in the layout with no text, so later pages keep numbers."""
        data = scanned_pdf(3, corrupt_pages=frozenset({2}))
        extraction = extract_text(data, PDF, LIMITS)
        pages = extraction.page_layout.pages
        assert [p.page for p in pages] == [1, 2, 3]
        assert pages[1].text_start == pages[1].text_end
        assert pages[1].words == ()
        assert extraction.page_layout.page_at(extraction.text.index(page_code(3))) == 3


class TestVectorOutlines:
    def test_a_page_of_text_drawn_as_outlines_is_rendered_and_read(self) -> None:
        """No text layer, no image, only glyph outlines: the page is rendered and OCR'd."""
        out = io.BytesIO()
        pdf = canvas.Canvas(out, pagesize=(595, 842), invariant=True)
        for row, line in enumerate(["Invoice INV-2027-0042", "Total due 1,250.00 EUR"]):
            draw_outlined(pdf, line, 72, 760 - 30 * row, 16)
        pdf.showPage()
        pdf.save()
        extraction = extract_text(out.getvalue(), PDF, LIMITS)
        assert extraction.method == "pdf-ocr"
        assert "INV-2027-0042" in extraction.text
        assert re.search(r"1,250\.00", extraction.text)
        assert extraction.page_layout.pages[0].width == pytest.approx(595)


class TestOptions:
    def test_a_language_not_installed_is_named_in_a_warning(self) -> None:
        """Asking for a language without its model reads with the others and says which."""
        limits = ExtractionLimits(
            max_pages=10, max_text_chars=100_000, ocr=OcrOptions(languages=("eng", "xyz"))
        )
        extraction = extract_text(png(two_column_page()), PNG, limits)
        assert "INV-2027-0042" in extraction.text
        assert any("'xyz' is not installed" in w for w in extraction.warnings)

    def test_pages_read_by_rapidocr_have_words_too(self) -> None:
        """The other engine gives the same kind of layout (segments split into words)."""
        pytest.importorskip("rapidocr_onnxruntime")
        limits = ExtractionLimits(
            max_pages=10, max_text_chars=100_000, ocr=OcrOptions(engine="rapidocr")
        )
        extraction = extract_text(png(scanned_page(4, 9)), PNG, limits)
        assert extraction.page_layout.has_geometry
        assert extraction.text.split() == [w.text for w in extraction.page_layout.pages[0].words]
