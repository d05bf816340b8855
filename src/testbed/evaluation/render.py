"""Turning a case's blocks into the bytes of a real file, the way each format lays text out.

Blocks: ``title``/``heading`` (str), ``para`` (str), ``lines`` (one per line), ``bullets``,
``kv`` (label: value pairs), ``kv_below`` (label above its value), ``columns`` (left and right
text on one row: a two-column header or signature block) and ``table`` (header row first).
PDFs come from reportlab, DOCX from python-docx, and scans are the plain-text layout drawn
on a page with Pillow, to be read back by OCR.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from testbed.evaluation.corpus import Block, Case
from testbed.evaluation.truth import Evidence, Ink, spans, unbreakable, unmark

if TYPE_CHECKING:
    from PIL import ImageFont

#: Monospace fonts tried for scanned pages; Pillow's built-in font is the fallback.
_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
)


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered document: its bytes, where each marked key figure landed (formats without
    geometry: page 1, no box), and the first page of each document a packet bundles."""

    data: bytes
    evidence: dict[str, Evidence]
    starts: tuple[int, ...] = (1,)
    pages: int = 1


def render(case: Case) -> bytes:
    """The document's file bytes in ``case.fmt``."""
    return case.data if case.data is not None else draw(case.fmt, case.blocks).data


def draw(fmt: str, blocks: tuple[Block, ...]) -> Rendered:
    """``blocks`` as a file in ``fmt``, with the evidence of every marked value."""
    if fmt == "pdf":
        from testbed.evaluation.typeset import as_pdf  # noqa: PLC0415

        data, evidence, starts, pages = as_pdf(blocks)
        return Rendered(data, evidence, tuple(starts), pages)
    if fmt == "png":
        data, evidence = as_scan(blocks)
        return Rendered(data, evidence)
    renderer = {
        "txt": lambda blocks: as_text(blocks).encode(),
        "md": lambda blocks: as_markdown(blocks).encode(),
        "html": lambda blocks: as_html(blocks).encode(),
        "docx": as_docx,
    }[fmt]
    marked = {name for _, value in blocks for name in _marked_names(value)}
    return Rendered(renderer(blocks), {name: Evidence(1, None) for name in marked})


def _marked_names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [name for name, _, _ in spans(value)[1]]
    if isinstance(value, list | tuple):
        return [name for item in value for name in _marked_names(item)]
    return []


def _plain(blocks: tuple[Block, ...] | list[Block]) -> list[Block]:
    """The blocks with every mark removed (for the formats that carry no geometry)."""

    def strip(value: Any) -> Any:
        if isinstance(value, str):
            return unmark(value)
        if isinstance(value, list | tuple):
            return type(value)(strip(item) for item in value)
        return value

    return [(kind, strip(value)) for kind, value in blocks if kind != "break"]


def _width(rows: list[list[str]]) -> list[int]:
    return [max(_len(row[i]) for row in rows) for i in range(len(rows[0]))]


def _len(text: str) -> int:
    return len(unmark(text))


def _ljust(text: str, width: int) -> str:
    return text + " " * (width - _len(text))


def as_text(blocks: tuple[Block, ...] | list[Block], *, keep_marks: bool = False) -> str:
    """The plain-text layout; ``keep_marks`` leaves the marks in (for the scan to measure)."""
    if not keep_marks:
        blocks = _plain(blocks)
    out: list[str] = []
    for kind, value in blocks:
        if kind == "title":
            out += [value, ""]
        elif kind == "heading":
            out += ["", value]
        elif kind == "para":
            out += [*_wrap(value, 88), ""]
        elif kind == "lines":
            out += [*value, ""]
        elif kind == "bullets":
            out += [f"- {item}" for item in value] + [""]
        elif kind == "kv":
            out += [f"{label}: {text}" for label, text in value] + [""]
        elif kind == "kv_below":
            for label, text in value:
                out += [label, text]
            out.append("")
        elif kind == "columns":
            left = max(_len(a) for a, _ in value) + 6
            out += [f"{_ljust(a, left)}{b}" for a, b in value] + [""]
        elif kind == "table":
            widths = _width(value)
            out += [
                "   ".join(_ljust(c, w) for c, w in zip(row, widths, strict=True)) for row in value
            ]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in (part for part in unbreakable(text).split(" ") if part):
        if line and _len(line) + 1 + _len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    wrapped = [*lines, line] if line else lines
    return [part.replace("\u00a0", " ") for part in wrapped]


def as_markdown(blocks: tuple[Block, ...] | list[Block]) -> str:
    blocks = _plain(blocks)
    out: list[str] = []
    for kind, value in blocks:
        if kind == "title":
            out += [f"# {value}", ""]
        elif kind == "heading":
            out += [f"## {value}", ""]
        elif kind == "para":
            out += [value, ""]
        elif kind == "lines":
            out += [f"{line}  " for line in value] + [""]
        elif kind == "bullets":
            out += [f"- {item}" for item in value] + [""]
        elif kind in ("kv", "kv_below"):
            out += [f"**{label}:** {text}  " for label, text in value] + [""]
        elif kind == "columns":
            out += ["| | |", "|---|---|", *(f"| {a} | {b} |" for a, b in value), ""]
        elif kind == "table":
            out += [f"| {' | '.join(value[0])} |", "|" + "---|" * len(value[0])]
            out += [f"| {' | '.join(row)} |" for row in value[1:]] + [""]
    return "\n".join(out)


def as_html(blocks: tuple[Block, ...] | list[Block]) -> str:
    blocks = _plain(blocks)
    e = html.escape
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{e(_title(blocks))}</title>",
           "<style>td{padding:2px 8px}</style></head><body>"]  # fmt: skip
    for kind, value in blocks:
        if kind == "title":
            out.append(f"<h1>{e(value)}</h1>")
        elif kind == "heading":
            out.append(f"<h2>{e(value)}</h2>")
        elif kind == "para":
            out.append(f"<p>{e(value)}</p>")
        elif kind == "lines":
            out.append("<p>" + "<br>".join(e(line) for line in value) + "</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(item)}</li>" for item in value) + "</ul>")
        elif kind in ("kv", "kv_below", "columns"):
            cells = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in value)
            out.append(f"<table>{cells}</table>")
        elif kind == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in value[0])
            body = "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in value[1:]
            )
            out.append(f"<table><tr>{head}</tr>{body}</table>")
    out.append("</body></html>")
    return "\n".join(out)


def _title(blocks: tuple[Block, ...] | list[Block]) -> str:
    return next((str(v) for k, v in blocks if k in ("title", "heading")), "Document")


def as_docx(blocks: tuple[Block, ...]) -> bytes:
    import docx  # noqa: PLC0415 - only the bench renders documents

    document = docx.Document()
    for kind, value in _plain(blocks):
        if kind == "title":
            document.add_heading(value, level=1)
        elif kind == "heading":
            document.add_heading(value, level=2)
        elif kind == "para":
            document.add_paragraph(value)
        elif kind == "lines":
            document.add_paragraph("\n".join(value))
        elif kind == "bullets":
            for item in value:
                document.add_paragraph(item, style="List Bullet")
        elif kind in ("kv", "kv_below"):
            for label, text in value:
                document.add_paragraph(f"{label}: {text}")
        elif kind in ("columns", "table"):
            rows = [list(pair) for pair in value] if kind == "columns" else value
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def scan_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The first monospace font of :data:`_FONTS` this machine has, else Pillow's own."""
    from PIL import ImageFont  # noqa: PLC0415

    for candidate in _FONTS:
        try:
            return ImageFont.truetype(candidate, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def as_scan(blocks: tuple[Block, ...]) -> tuple[bytes, dict[str, Evidence]]:
    """The plain-text layout drawn on a page, as a scanner or phone camera would give it,
    and the box of every marked value on it."""
    from PIL import Image, ImageDraw  # noqa: PLC0415

    lines = as_text(blocks, keep_marks=True).splitlines()
    size = 32
    font = scan_font(size)
    margin, step = 60, int(size * 1.6)
    longest = max((_len(line) for line in lines), default=1)
    width = max(900, margin * 2 + int(longest * size * 0.62))
    height = margin * 2 + step * len(lines)
    image = Image.new("L", (width, height), color=246)
    draw = ImageDraw.Draw(image)
    ink = Ink()
    for index, line in enumerate(lines):
        printed, marked = spans(line)
        origin = (margin, margin + index * step)
        draw.text(origin, printed, fill=20, font=font)
        for name, start, end in marked:
            x0 = origin[0] + draw.textlength(printed[:start], font=font)
            _, top, x1, bottom = draw.textbbox((x0, origin[1]), printed[start:end], font=font)
            ink.note(name, 1, (x0 / width, top / height, x1 / width, bottom / height))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue(), ink.found
