"""The files of :mod:`testbed.evaluation.variety_formats` as they arrive, drawn from a case's
blocks (so every marked figure is printed in them): web pages as shop, billing and booking
systems write them (an e-mail template's nested layout tables, definition lists, divs laid
out by a CSS grid), e-mails with a plain-text part, an HTML part or both (quoted-printable or
base64), Markdown exports of note apps and wikis (properties, YAML front matter, pipe
tables) and fixed-width text as accounting exports, tills and EDI printouts lay it out.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from testbed.evaluation.corpus import Block
from testbed.evaluation.truth import unmark

_e = html.escape


def _len(text: str) -> int:
    return len(unmark(text))


def _pad(text: str, width: int, *, right: bool = False) -> str:
    space = " " * max(0, width - _len(text))
    return space + text if right else text + space


def _numeric(cell: str) -> bool:
    plain = unmark(cell).strip()
    return bool(plain) and (
        plain[0].isdigit() or plain[0] in "-$€£(" or plain[:3] in ("CHF", "EUR", "USD", "CA$")
    )


# -- web pages ---------------------------------------------------------------------------------


def as_page(blocks: list[Block], style: str, title: str) -> str:
    """The blocks as an HTML page in ``style``: ``mailer`` (an e-mail template's layout tables),
    ``dl`` (semantic markup, details as a definition list) or ``grid`` (divs and a CSS grid,
    item rows as divs with ARIA roles)."""
    body = {"mailer": _mailer, "dl": _semantic, "grid": _grid}[style](blocks)
    css = {
        "mailer": "body{margin:0;background:#f4f4f4}td{font-family:Arial,sans-serif}",
        "dl": "dl.meta{display:flex;flex-wrap:wrap}dt{font-weight:600}dd{margin:0 2em 0 .5em}",
        "grid": ".grid{display:grid;grid-template-columns:1fr 1fr}.row{display:grid;"
        "grid-template-columns:4fr 1fr 1fr 1fr}.label{color:#667}",
    }[style]
    return (
        f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width'><title>{_e(unmark(title))}</title>"
        f"<style>{css}</style></head>\n<body>\n{body}\n</body></html>\n"
    )


def _mailer(blocks: list[Block]) -> str:
    rows: list[str] = []
    for kind, value in blocks:
        if kind == "title":
            rows.append(
                "<tr><td style='font-size:22px;font-weight:bold;padding:24px 0'>"
                f"{_t(value)}</td></tr>"
            )
        elif kind == "heading":
            rows.append(
                "<tr><td style='font-size:16px;font-weight:bold;padding-top:16px'>"
                f"{_t(value)}</td></tr>"
            )
        elif kind == "para":
            rows.append(
                f"<tr><td style='padding:8px 0'><p style='margin:0'>{_t(value)}</p></td></tr>"
            )
        elif kind in ("lines", "bullets"):
            rows.append(f"<tr><td>{'<br>'.join(_t(line) for line in value)}</td></tr>")
        elif kind in ("kv", "columns"):
            cells = "".join(
                f"<tr><td style='color:#555'>{_t(a)}</td><td align='right'>{_t(b)}</td></tr>"
                for a, b in value
            )
            rows.append(f"<tr><td><table width='100%' cellpadding='4'>{cells}</table></td></tr>")
        elif kind == "kv_below":
            heads = "".join(f"<td style='font-size:11px;color:#777'>{_t(a)}</td>" for a, _ in value)
            cells = "".join(f"<td><strong>{_t(b)}</strong></td>" for _, b in value)
            rows.append(
                f"<tr><td><table width='100%'><tr>{heads}</tr><tr>{cells}</tr></table></td></tr>"
            )
        elif kind == "table":
            rows.append(f"<tr><td>{_html_table(value, 'width="100%" cellpadding="6"')}</td></tr>")
    inner = "\n".join(rows)
    return (
        "<table role='presentation' width='100%' cellspacing='0' cellpadding='0'><tr>"
        "<td align='center'><table role='presentation' width='600' cellspacing='0' "
        f"style='background:#ffffff'>\n{inner}\n</table></td></tr></table>"
    )


def _semantic(blocks: list[Block]) -> str:
    out = ["<main class='document'>"]
    for kind, value in blocks:
        if kind == "title":
            out.append(f"<header><h1>{_t(value)}</h1></header>")
        elif kind == "heading":
            out.append(f"<h2>{_t(value)}</h2>")
        elif kind == "para":
            out.append(f"<p>{_t(value)}</p>")
        elif kind == "lines":
            out.append(f"<address>{'<br>'.join(_t(line) for line in value)}</address>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{_t(i)}</li>" for i in value) + "</ul>")
        elif kind in ("kv", "kv_below"):
            pairs = "".join(f"<dt>{_t(a)}</dt><dd>{_t(b)}</dd>" for a, b in value)
            out.append(f"<dl class='meta'>{pairs}</dl>")
        elif kind == "columns":
            left = "<br>".join(_t(a) for a, _ in value)
            right = "<br>".join(_t(b) for _, b in value)
            out.append(f"<section class='parties'><div>{left}</div><div>{right}</div></section>")
        elif kind == "table":
            out.append(_html_table(value, "class='items'"))
    out.append("</main>")
    return "\n".join(out)


def _grid(blocks: list[Block]) -> str:
    out = ["<div id='root'><div class='page'>"]
    for kind, value in blocks:
        if kind in ("title", "heading"):
            cls = "title" if kind == "title" else "section-title"
            out.append(f"<div class='{cls}'>{_t(value)}</div>")
        elif kind in ("para", "lines", "bullets"):
            lines = [value] if kind == "para" else value
            out.append("".join(f"<div class='text'>{_t(line)}</div>" for line in lines))
        elif kind == "columns":
            left = "".join(f"<div>{_t(a)}</div>" for a, _ in value)
            right = "".join(f"<div>{_t(b)}</div>" for _, b in value)
            out.append(f"<div class='grid parties'><div>{left}</div><div>{right}</div></div>")
        elif kind in ("kv", "kv_below"):
            cells = "".join(
                f"<div class='cell'><div class='label'>{_t(a)}</div>"
                f"<div class='value'>{_t(b)}</div></div>"
                for a, b in value
            )
            out.append(f"<div class='grid'>{cells}</div>")
        elif kind == "table":
            rows = []
            for index, row in enumerate(value):
                role = "columnheader" if index == 0 else "cell"
                cells = "".join(f"<span role='{role}'>{_t(c)}</span>" for c in row)
                rows.append(f"<div class='row' role='row'>{cells}</div>")
            out.append(f"<div class='items' role='table'>{''.join(rows)}</div>")
    out.append("</div></div>")
    return "\n".join(out)


def _t(text: str) -> str:
    return _e(unmark(text))


def _html_table(rows: list[list[str]], attributes: str) -> str:
    head = "".join(f"<th align='left'>{_t(c)}</th>" for c in rows[0])
    body = "".join(
        "<tr>"
        + "".join(f"<td{' align="right"' if _numeric(c) else ''}>{_t(c)}</td>" for c in row)
        + "</tr>"
        for row in rows[1:]
    )
    return f"<table {attributes}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# -- e-mail ------------------------------------------------------------------------------------


def as_mail(
    blocks: list[Block], rng: random.Random, sent: dt.date, *, parts: str, style: str = "mailer"
) -> bytes:
    """The blocks as a message: its first block (``From``, ``To``, ``Subject``) as headers, the
    rest as ``parts``: ``text``, ``html`` (quoted-printable), ``html64`` (base64) or
    ``both`` (a plain-text part and its HTML alternative)."""
    head = {label: unmark(value) for label, value in blocks[0][1]}
    body = blocks[1:]
    message = EmailMessage(policy=SMTP)
    for name in ("From", "To", "Reply-To", "Subject"):
        if name in head:
            message[name] = head[name]
    when = dt.datetime(
        sent.year,
        sent.month,
        sent.day,
        rng.randint(6, 22),
        rng.randint(0, 59),
        rng.randint(0, 59),
        tzinfo=dt.UTC,
    )
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<{rng.getrandbits(64):016x}.{rng.randint(100, 999)}@mail.example>"
    message["MIME-Version"] = "1.0"
    page = as_page(body, style, head.get("Subject", ""))
    if parts == "text":
        message.set_content(as_plain(body), cte="quoted-printable")
    elif parts in ("html", "html64"):
        cte = "base64" if parts == "html64" else "quoted-printable"
        message.set_content(page, subtype="html", cte=cte)
    else:
        message.set_content(as_plain(body), cte="quoted-printable")
        message.add_alternative(page, subtype="html", cte="quoted-printable")
        message.set_boundary(f"==part_{rng.getrandbits(48):012x}")  # the same on every build
    return message.as_bytes()


def as_plain(blocks: list[Block]) -> str:
    """The plain-text part of a shop's or a billing system's mail."""
    out: list[str] = []
    for kind, value in blocks:
        if kind == "title":
            out += [unmark(value).upper(), ""]
        elif kind == "heading":
            out += [unmark(value), "-" * _len(value)]
        elif kind == "para":
            out += [unmark(value), ""]
        elif kind in ("lines", "bullets"):
            out += [unmark(v) for v in value] + [""]
        elif kind in ("kv", "kv_below", "columns"):
            out += [f"{unmark(a)}: {unmark(b)}" for a, b in value] + [""]
        elif kind == "table":
            for row in value[1:]:
                out.append("  ".join(unmark(c) for c in row if unmark(c)))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# -- Markdown ----------------------------------------------------------------------------------


def as_md(blocks: list[Block], style: str) -> str:
    """The blocks as a note app's or wiki's Markdown export: ``notion`` (the first details as
    ``Property: value`` lines), ``yaml`` (the first details as front matter) or ``wiki``
    (details as a two-column pipe table)."""
    out: list[str] = []
    first_kv = True
    for kind, value in blocks:
        if kind == "title":
            out += [f"# {unmark(value)}", ""]
        elif kind == "heading":
            out += [f"## {unmark(value)}", ""]
        elif kind == "para":
            out += [unmark(value), ""]
        elif kind == "lines":
            out += [f"{unmark(line)}  " for line in value] + [""]
        elif kind == "bullets":
            out += [f"- {unmark(item)}" for item in value] + [""]
        elif kind in ("kv", "kv_below", "columns"):
            pairs = [(unmark(a), unmark(b)) for a, b in value]
            if style == "yaml" and first_kv and not out:
                out += [
                    "---",
                    *(f"{a.lower().replace(' ', '_')}: {b}" for a, b in pairs),
                    "---",
                    "",
                ]
            elif style == "wiki":
                out += ["| Field | Value |", "|---|---|", *(f"| {a} | {b} |" for a, b in pairs), ""]
            elif style == "notion" and first_kv:
                out += [f"{a}: {b}" for a, b in pairs] + [""]
            else:
                out += [f"**{a}:** {b}  " for a, b in pairs] + [""]
            first_kv = False
        elif kind == "table":
            plain = [[unmark(c) for c in row] for row in value]
            align = [
                "---:" if all(_numeric(r[i]) or not r[i] for r in plain[1:]) else ":---"
                for i in range(len(plain[0]))
            ]
            out += [f"| {' | '.join(plain[0])} |", f"|{'|'.join(align)}|"]
            out += [f"| {' | '.join(row)} |" for row in plain[1:]] + [""]
    return "\n".join(out).rstrip() + "\n"


# -- fixed-width text --------------------------------------------------------------------------


def as_fixed(blocks: list[Block], style: str) -> list[str]:
    """The blocks as fixed-width lines (marks kept, so a photograph of the printout can place
    them): ``erp`` (80 columns, dotted leaders), ``pos`` (a 42-column till roll, values flush
    right) or ``edi`` (an EDI translator's printout, labels in capitals before a colon)."""
    width = 42 if style == "pos" else 80
    out: list[str] = []
    for kind, value in blocks:
        if kind == "title":
            text = value.upper() if style != "pos" else value
            out += [_pad(" " * ((width - _len(text)) // 2) + text, 0), ""]
            if style == "edi":
                out.insert(len(out) - 1, "=" * width)
        elif kind == "heading":
            out += ["", value.upper() if style == "edi" else value, "-" * min(width, _len(value))]
        elif kind == "para":
            out += [*_wrapped(value, width), ""]
        elif kind in ("lines", "bullets"):
            if style == "pos":
                out += [" " * max(0, (width - _len(v)) // 2) + v for v in value] + [""]
            else:
                out += [*value, ""]
        elif kind in ("kv", "kv_below"):
            out += [_pair(a, b, style, width) for a, b in value] + [""]
        elif kind == "columns":
            out += [_pad(a, width // 2 + 4) + b for a, b in value] + [""]
        elif kind == "table":
            out += [*_fixed_table(value, style, width), ""]
    return out


def _pair(label: str, value: str, style: str, width: int) -> str:
    if style == "pos":
        return label + _pad(value, width - _len(label), right=True)
    if style == "edi":
        return f"{label.upper():<26}: {value}"
    return f"{label} {'.' * max(2, 24 - _len(label))} {value}"


def _fixed_table(rows: list[list[str]], style: str, width: int) -> list[str]:
    if style == "pos":  # the description on its line, the count and amount under it
        lines = []
        for row in rows[1:]:
            name, *rest = row
            figures = "  ".join(cell for cell in rest if unmark(cell))
            if _len(name) + _len(figures) + 2 <= width:
                lines.append(name + _pad(figures, width - _len(name), right=True))
            else:
                lines += [name, _pad(figures, width, right=True)]
        return lines
    widths = [max(_len(row[i]) for row in rows) for i in range(len(rows[0]))]
    numeric = [
        all(_numeric(r[i]) or not unmark(r[i]) for r in rows[1:]) for i in range(len(widths))
    ]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            _pad(c, w, right=n and index > 0) for c, w, n in zip(row, widths, numeric, strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("-" * min(width, sum(widths) + 2 * (len(widths) - 1)))
    return lines


def _wrapped(text: str, width: int) -> list[str]:
    """``text`` wrapped at ``width``, never inside a marked value."""
    words: list[str] = []
    current, inside = "", False
    for ch in text:
        inside = (inside or ch == "\ue000") and ch != "\ue002"
        if ch == " " and not inside:
            words.append(current)
            current = ""
        else:
            current += ch
    words.append(current)
    lines: list[str] = []
    line = ""
    for word in (w for w in words if w):
        if line and _len(line) + 1 + _len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


__all__ = ["as_fixed", "as_mail", "as_md", "as_page", "as_plain"]
