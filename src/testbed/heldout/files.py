"""Held-out documents as files without geometry: plain text (numbers flush right in fixed
columns), Markdown (aligned pipe tables), HTML (a styled two-column header and tables),
DOCX (Word tables) and e-mail (an RFC 5322 message with an 8-bit text body)."""

from __future__ import annotations

import hashlib
import html
import io
from email.message import EmailMessage

from testbed.evaluation.truth import unmark
from testbed.heldout.sheet import Element, Sheet

_COLUMNS = 84


def _wrap(text: str, width: int = _COLUMNS) -> list[str]:
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else []


def as_text(sheet: Sheet, *, include_mail: bool = True) -> str:
    out: list[str] = []
    for element in sheet.elements():
        kind = element[0]
        if kind == "mail" and not include_mail:
            continue
        out += _text_element(element)
        out.append("")
    return unmark("\n".join(out).rstrip() + "\n")


def _text_element(element: Element) -> list[str]:  # noqa: PLR0911 - one per kind
    kind = element[0]
    if kind == "title":
        title = unmark(element[1])
        return [title, "=" * min(len(title), _COLUMNS)]
    if kind == "text":
        return _wrap(element[1])
    if kind == "lines":
        return list(element[1])
    if kind in ("fields", "mail"):
        width = max(len(label) for label, _ in element[1]) + 2
        return [f"{(label + ':').ljust(width)} {value}" for label, value in element[1]]
    if kind == "head":
        left, right = element[1], element[2]
        rows = []
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ""
            b = right[i] if i < len(right) else ""
            gap = max(3, _COLUMNS - len(unmark(a)) - len(unmark(b)))
            rows.append(f"{a}{' ' * gap}{b}")
        return rows
    if kind == "grid":
        header, rows, numeric = element[1], element[2], element[3]
        widths = [max(len(unmark(r[i])) for r in [header, *rows]) for i in range(len(header))]

        def cell(text: str, i: int) -> str:
            pad = " " * (widths[i] - len(unmark(text)))
            return pad + text if numeric[i] else text + pad

        lines = [
            "  ".join(cell(t, i) for i, t in enumerate(row)).rstrip() for row in [header, *rows]
        ]
        return [lines[0], "-" * len(unmark(lines[0])), *lines[1:]]
    if kind == "sums":
        return [
            f"{label}  {value}".rjust(_COLUMNS + len(label + value) - len(unmark(label + value)))
            for label, value in element[1]
        ]
    if kind == "sign":
        blocks = element[1]
        depth = max(len(b) for b in blocks)
        return [
            "",
            *(
                "".join((b[i] if i < len(b) else "").ljust(42) for b in blocks).rstrip()
                for i in range(depth)
            ),
        ]
    raise ValueError(kind)


def as_markdown(sheet: Sheet) -> str:
    out: list[str] = []
    for element in sheet.elements():
        kind = element[0]
        if kind == "title":
            out += [f"## {element[1]}", ""]
        elif kind == "grid":
            header, rows, numeric = element[1], element[2], element[3]
            out += [
                f"| {' | '.join(header)} |",
                "|" + "|".join("---:" if n else "---" for n in numeric) + "|",
                *(f"| {' | '.join(row)} |" for row in rows),
                "",
            ]
        elif kind in ("fields", "sums"):
            out += [f"- **{label}:** {value}" for label, value in element[1]] + [""]
        elif kind == "head":
            out += [
                f"**{element[1][0]}**  ",
                *(f"{line}  " for line in element[1][1:]),
                "",
                *(f"{line}  " for line in element[2]),
                "",
            ]
        else:
            out += [*_text_element(element), ""]
    return unmark("\n".join(out).rstrip() + "\n")


def as_html(sheet: Sheet) -> str:
    e = html.escape
    out = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Document</title>",
        "<style>body{font-family:Georgia,serif}.r{text-align:right}</style></head><body>",
    ]
    for element in sheet.elements():
        kind = element[0]
        if kind == "title":
            out.append(f"<h2>{e(element[1])}</h2>")
        elif kind == "text":
            out.append(f"<p>{e(element[1])}</p>")
        elif kind == "lines":
            out.append("<address>" + "<br>".join(e(line) for line in element[1]) + "</address>")
        elif kind in ("fields", "mail"):
            out.append(
                "<dl>" + "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>" for a, b in element[1]) + "</dl>"
            )
        elif kind == "head":
            left = "<br>".join(e(x) for x in element[1])
            right = "<br>".join(e(x) for x in element[2])
            out.append(
                f"<table width='100%'><tr><td>{left}</td><td class='r'>{right}</td></tr></table>"
            )
        elif kind == "grid":
            header, rows, numeric = element[1], element[2], element[3]
            cls = [" class='r'" if n else "" for n in numeric]
            out.append(
                "<table><thead><tr>"
                + "".join(f"<th{c}>{e(h)}</th>" for h, c in zip(header, cls, strict=True))
                + "</tr></thead><tbody>"
                + "".join(
                    "<tr>"
                    + "".join(f"<td{c}>{e(t)}</td>" for t, c in zip(row, cls, strict=True))
                    + "</tr>"
                    for row in rows
                )
                + "</tbody></table>"
            )
        elif kind == "sums":
            out.append(
                "<table class='r'>"
                + "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in element[1])
                + "</table>"
            )
        elif kind == "sign":
            cells = "".join(
                "<td>" + "<br>".join(e(x) for x in block) + "</td>" for block in element[1]
            )
            out.append(f"<table><tr>{cells}</tr></table>")
    out.append("</body></html>")
    return unmark("\n".join(out))


def as_docx(sheet: Sheet) -> bytes:
    import docx  # noqa: PLC0415 - bench only

    document = docx.Document()

    def put_table(rows: list[list[str]]) -> None:
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = unmark(text)

    for element in sheet.elements():
        kind = element[0]
        if kind == "title":
            document.add_heading(unmark(element[1]), level=2)
        elif kind == "text":
            document.add_paragraph(unmark(element[1]))
        elif kind == "lines":
            document.add_paragraph(unmark("\n".join(element[1])))
        elif kind in ("fields", "sums", "mail"):
            put_table([[f"{a}:", b] for a, b in element[1]])
        elif kind == "head":
            left, right = element[1], element[2]
            put_table([["\n".join(left), "\n".join(right)]])
        elif kind == "grid":
            put_table([element[1], *element[2]])
        elif kind == "sign":
            put_table([["\n".join(block) for block in element[1]]])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def as_email(sheet: Sheet) -> bytes:
    """An RFC 5322 message: the sheet's ``mail`` header, its body as 8-bit UTF-8 text."""
    header = next(element[1] for element in sheet.elements() if element[0] == "mail")
    message = EmailMessage()
    for name, value in header:
        message[name] = unmark(value)
    digest = hashlib.sha256(unmark(str(header)).encode()).hexdigest()[:16]
    message["Message-ID"] = f"<{digest}@mail.example>"
    message.set_content(as_text(sheet, include_mail=False), charset="utf-8", cte="8bit")
    return bytes(message)
