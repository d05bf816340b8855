"""The ledger documents (:mod:`testbed.evaluation.variety_ledger_paper`'s :class:`Doc`) in the
formats without pages: plain text with columns aligned by spaces (numbers flush right,
descriptions wrapped inside their column) or separated by tabs, Markdown, HTML as mail and
shop software writes it (a layout table around the message, row headers in ``<th>``, cells
of nested tags), DOCX tables (merged group rows, a description's lines as paragraphs of its
cell) and e-mail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import random
import textwrap
from email.message import EmailMessage
from email.policy import SMTPUTF8
from email.utils import format_datetime
from typing import Any

from testbed.evaluation.truth import unmark
from testbed.evaluation.variety_ledger_paper import Doc, Table

_WIDTH = 78


def as_txt(doc: Doc, *, tabs: bool = False, width: int = _WIDTH) -> str:
    out: list[str] = []
    for kind, value in doc.blocks:
        if kind in ("title", "rtitle"):
            out += [value, ""]
        elif kind in ("text", "bold", "small"):
            out += list(value)
        elif kind == "para":
            out += [*textwrap.wrap(value, width), ""]
        elif kind == "side":
            left, right = value
            for n in range(max(len(left), len(right))):
                a = left[n] if n < len(left) else ""
                b = right[n] if n < len(right) else ""
                out.append(a + " " * max(2, width - len(unmark(a)) - len(unmark(b))) + b)
        elif kind in ("kv", "rkv"):
            tab = max(len(label) for label, _ in value) + 2
            indent = " " * (width // 2 if kind == "rkv" else 0)
            out += [f"{indent}{label.ljust(tab)}{text}" for label, text in value]
        elif kind == "totals":
            out += [f"{label:>{width - 16}}{unmark(text):>16}" for label, text in value]
        elif kind == "gap":
            out += [""] * max(1, int(value))
        elif kind == "rule":
            out.append("-" * width)
        elif kind == "table":
            out += _tabbed(value) if tabs else _aligned(value, width)
            out.append("")
    return unmark("\n".join(out)).rstrip() + "\n"


def _aligned(table: Table, width: int) -> list[str]:
    columns = len(table.header)
    plain = [[unmark(c) for c in row.cells] for row in table.rows]
    widths = [
        max([len(table.header[i])] + [len(line) for r in plain for line in r[i].split("\n")])
        for i in range(columns)
    ]
    spare = width - (sum(widths) - widths[table.wrap]) - 2 * (columns - 1)
    widths[table.wrap] = max(14, min(widths[table.wrap], spare))

    def line(cells: list[str]) -> str:
        parts = [c.rjust(w) if i in table.right else c.ljust(w)
                 for i, (c, w) in enumerate(zip(cells, widths, strict=True))]  # fmt: skip
        return "  ".join(parts).rstrip()

    out = [line(table.header)]
    if table.rules != "none":
        out.append("=" * len(out[0]) if table.rules == "grid" else "-" * len(out[0]))
    for row, cells in zip(table.rows, plain, strict=True):
        if row.kind == "group":
            out.append(next(c for c in cells if c))
            continue
        split = [
            textwrap.wrap(c, widths[i]) or [""] if i == table.wrap else c.split("\n")
            for i, c in enumerate(cells)
        ]  # fmt: skip
        depth = max(len(s) for s in split)
        out += [line([s[n] if n < len(s) else "" for s in split]) for n in range(depth)]
    if table.rules != "none":
        out.append("-" * max(len(s) for s in out))
    return out


def _tabbed(table: Table) -> list[str]:
    out = ["\t".join(table.header)]
    for row in table.rows:
        cells = [unmark(c).replace("\n", " ") for c in row.cells]
        out.append(next(c for c in cells if c) if row.kind == "group" else "\t".join(cells))
    return out


def as_md(doc: Doc) -> str:
    out: list[str] = []
    for kind, value in doc.blocks:
        if kind in ("title", "rtitle"):
            out += [f"# {value}", ""]
        elif kind in ("text", "small"):
            out += [f"{line}  " for line in value] + [""]
        elif kind == "bold":
            out += [f"**{line}**  " for line in value] + [""]
        elif kind == "para":
            out += [value, ""]
        elif kind == "side":
            out += [f"{line}  " for line in (*value[0], "", *value[1])] + [""]
        elif kind in ("kv", "rkv"):
            out += [f"**{label}** {text}  " for label, text in value] + [""]
        elif kind == "totals":
            out += ["| | |", "|---:|---:|"]
            out += [f"| {label} | {text} |" for label, text in value] + [""]
        elif kind == "table":
            table: Table = value
            align = [("---:" if i in table.right else "---") for i in range(len(table.header))]
            out += [f"| {' | '.join(table.header)} |", f"|{'|'.join(align)}|"]
            for row in table.rows:
                cells = [c.replace("\n", "<br>") for c in row.cells]
                if row.kind in ("group", "sum"):
                    cells = [f"**{c}**" if c else "" for c in cells]
                out.append(f"| {' | '.join(cells)} |")
            out.append("")
    return unmark("\n".join(out))


def as_html(doc: Doc, *, th_first: bool = False, nested: bool = False) -> str:
    e = html.escape
    body: list[str] = []
    for kind, value in doc.blocks:
        if kind in ("title", "rtitle"):
            body.append(f"<h1 style='font-size:20px'>{e(value)}</h1>")
        elif kind in ("text", "bold", "small"):
            tag = {"text": "p", "bold": "p><strong", "small": "p><small"}[kind]
            end = {"text": "p", "bold": "strong></p", "small": "small></p"}[kind]
            body.append(f"<{tag}>" + "<br>".join(e(x) for x in value) + f"</{end}>")
        elif kind == "para":
            body.append(f"<p>{e(value)}</p>")
        elif kind == "side":
            left, right = ("<br>".join(e(x) for x in part) for part in value)
            body.append(f"<table width='100%'><tr><td valign='top'>{left}</td>"
                        f"<td align='right' valign='top'>{right}</td></tr></table>")  # fmt: skip
        elif kind in ("kv", "rkv"):
            rows = "".join(f"<tr><td>{e(a)}</td><td><b>{e(b)}</b></td></tr>" for a, b in value)
            body.append(f"<table class='meta'>{rows}</table>")
        elif kind == "totals":
            rows = "".join(f"<tr><td align='right'>{e(a)}</td><td align='right'>{e(b)}</td></tr>"
                           for a, b in value)  # fmt: skip
            body.append(f"<table class='totals' align='right'>{rows}</table>")
        elif kind == "table":
            body.append(_html_table(value, th_first=th_first, nested=nested))
        elif kind == "gap":
            body.append("<br>")
    inner = "\n".join(body)
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Document</title></head>"
        "<body style='font-family:Arial'><table role='presentation' width='100%'><tr><td>"
        f"<div class='wrapper'>\n{inner}\n</div></td></tr></table></body></html>"
    )
    return unmark(page)


def _html_table(table: Table, *, th_first: bool, nested: bool) -> str:
    e = html.escape
    columns = len(table.header)
    head = "".join(f"<th>{e(h)}</th>" for h in table.header)
    rows = []
    for row in table.rows:
        if row.kind == "group":
            label = next(c for c in row.cells if c)
            rows.append(f"<tr class='group'><td colspan='{columns}'><b>{e(label)}</b></td></tr>")
            continue
        cells = []
        for i, text in enumerate(row.cells):
            lines = [e(x) for x in text.split("\n")]
            if nested and i == table.wrap and lines[0]:
                inner = f"<div><strong>{lines[0]}</strong></div>" + "".join(
                    f"<div class='meta'><span>{x}</span></div>" for x in lines[1:]
                )
            elif nested and i in table.right and lines[0]:
                inner = f"<span class='num'>{'<br>'.join(lines)}</span>"
            else:
                inner = "<br>".join(lines)
            tag = "th scope='row'" if th_first and i == 0 and row.kind == "item" else "td"
            align = " align='right'" if i in table.right else ""
            cells.append(f"<{tag}{align}>{inner}</{tag.split(maxsplit=1)[0]}>")
        rows.append(f"<tr class='{row.kind}'>{''.join(cells)}</tr>")
    return (f"<table class='items' cellpadding='4'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")  # fmt: skip


def as_docx(doc: Doc) -> bytes:
    import docx  # noqa: PLC0415 - bench only

    document = docx.Document()

    def table(rows: list[list[str]], grid: bool) -> Any:
        made = document.add_table(rows=len(rows), cols=len(rows[0]))
        if grid:
            made.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                parts = unmark(text).split("\n")
                cell = made.cell(r, c)
                cell.text = parts[0]
                for part in parts[1:]:
                    cell.add_paragraph(part)
        return made

    for kind, value in doc.blocks:
        if kind in ("title", "rtitle"):
            document.add_heading(unmark(value), level=1)
        elif kind in ("text", "bold", "small"):
            paragraph = document.add_paragraph()
            for n, line in enumerate(value):
                run = paragraph.add_run(unmark(line))
                run.bold = kind == "bold"
                if n < len(value) - 1:
                    run.add_break()
        elif kind == "para":
            document.add_paragraph(unmark(value))
        elif kind == "side":
            left, right = value
            table([["\n".join(left), "\n".join(right)]], grid=False)
        elif kind in ("kv", "rkv", "totals"):
            table([[a, b] for a, b in value], grid=False)
        elif kind == "table":
            t: Table = value
            made = table([t.header] + [r.cells for r in t.rows], grid=t.rules != "none")
            for index, row in enumerate(t.rows, start=1):
                if row.kind == "group":
                    cells = made.rows[index].cells
                    merged = cells[0].merge(cells[-1])
                    merged.text = unmark(next(c for c in row.cells if c))
        elif kind == "gap":
            document.add_paragraph("")
    stamp = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    document.core_properties.created = document.core_properties.modified = stamp
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """The archive with every member dated alike, so one seed gives the same bytes."""
    import zipfile  # noqa: PLC0415

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 9, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            new.writestr(member, old.read(info.filename))
    return out.getvalue()


def as_eml(doc: Doc, rng: random.Random, head: dict[str, str], sent: dt.date, *,
           html_too: bool = False) -> bytes:  # fmt: skip
    """The document as the body of an e-mail sent on ``sent`` with ``head``'s From, To and
    Subject (and its HTML beside the text when ``html_too``)."""
    message = EmailMessage()
    for name in ("From", "To", "Subject"):
        message[name] = unmark(head[name])
    when = dt.datetime(sent.year, sent.month, sent.day, rng.randint(6, 21), rng.randint(0, 59),
                       tzinfo=dt.UTC)  # fmt: skip
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<{rng.randint(10**9, 10**10)}.{rng.randint(100, 999)}@mx.example>"
    message.set_content(as_txt(doc, width=72), cte="8bit")
    if html_too:
        message.add_alternative(as_html(doc, nested=True), subtype="html", cte="8bit")
        # The email package draws a random MIME boundary; one from the message's own id keeps
        # the set the same on every build (and draws nothing from ``rng``).
        digest = hashlib.sha256(message["Message-ID"].encode()).hexdigest()[:24]
        message.set_boundary(f"==={digest}==")
    return message.as_bytes(policy=SMTPUTF8)


__all__ = ["as_docx", "as_eml", "as_html", "as_md", "as_txt"]
