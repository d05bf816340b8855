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
from typing import Any

from testbed.evaluation.corpus import Block, Case

#: Monospace fonts tried for scanned pages; Pillow's built-in font is the fallback.
_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
)


def render(case: Case) -> bytes:
    """The document's file bytes in ``case.fmt``."""
    if case.data is not None:
        return case.data
    renderer = {
        "txt": lambda blocks: as_text(blocks).encode(),
        "md": lambda blocks: as_markdown(blocks).encode(),
        "html": lambda blocks: as_html(blocks).encode(),
        "docx": as_docx,
        "pdf": as_pdf,
        "png": as_scan,
    }[case.fmt]
    return renderer(case.blocks)


def _width(rows: list[list[str]]) -> list[int]:
    return [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]


def as_text(blocks: tuple[Block, ...] | list[Block]) -> str:
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
            left = max(len(a) for a, _ in value) + 6
            out += [f"{a.ljust(left)}{b}" for a, b in value] + [""]
        elif kind == "table":
            widths = _width(value)
            out += [
                "   ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in value
            ]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def as_markdown(blocks: tuple[Block, ...] | list[Block]) -> str:
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
    for kind, value in blocks:
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


def as_pdf(blocks: tuple[Block, ...]) -> bytes:
    from reportlab.lib.pagesizes import A4  # noqa: PLC0415 - dev dependency, bench only
    from reportlab.lib.styles import getSampleStyleSheet  # noqa: PLC0415
    from reportlab.platypus import (  # noqa: PLC0415
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
    )

    styles = getSampleStyleSheet()
    e = html.escape
    story: list[Any] = []
    for kind, value in blocks:
        if kind == "title":
            story.append(Paragraph(e(value), styles["Title"]))
        elif kind == "heading":
            story.append(Paragraph(e(value), styles["Heading2"]))
        elif kind == "para":
            story.append(Paragraph(e(value), styles["BodyText"]))
        elif kind in ("lines", "bullets"):
            prefix = "- " if kind == "bullets" else ""
            story.append(Paragraph("<br/>".join(prefix + e(v) for v in value), styles["BodyText"]))
        elif kind == "kv":
            story.append(Table([[f"{a}:", b] for a, b in value], hAlign="LEFT"))
        elif kind == "kv_below":
            story.append(Paragraph("<br/>".join(f"{e(a)}<br/>{e(b)}" for a, b in value),
                                   styles["BodyText"]))  # fmt: skip
        elif kind == "columns":
            story.append(Table([list(pair) for pair in value], colWidths=[260, 200]))
        elif kind == "table":
            story.append(Table(value, hAlign="LEFT"))
        story.append(Spacer(1, 8))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1, title="Document").build(story)
    return buffer.getvalue()


def as_scan(blocks: tuple[Block, ...]) -> bytes:
    """The plain-text layout drawn on a page, as a scanner or phone camera would give it."""
    from PIL import Image, ImageDraw, ImageFont  # noqa: PLC0415

    lines = as_text(blocks).splitlines()
    size = 32
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    for candidate in _FONTS:
        try:
            font = ImageFont.truetype(candidate, size)
            break
        except OSError:
            continue
    else:
        font = ImageFont.load_default(size=size)
    margin, step = 60, int(size * 1.6)
    width = max(900, margin * 2 + int(max((len(line) for line in lines), default=1) * size * 0.62))
    image = Image.new("L", (width, margin * 2 + step * len(lines)), color=246)
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((margin, margin + index * step), line, fill=20, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
