"""The OCR evaluation set: page images with the text that is on them, deterministically from
a seed.

Each page is drawn with Pillow from rows of text placed where a typesetter would put them
(the true text is those rows, cells of a row two spaces apart: what OCR should give back),
then degraded the way pages reach docpipe. The set varies:

* **content** -- invoices with a line-item table, letters of prose with dates and amounts, a
  two-column layout, dense ledgers (dates, references, IBANs, amounts with thousands
  separators) and narrow till receipts;
* **type** -- DejaVu and Liberation (metric twins of Arial, Times and Courier) families, sans,
  serif and monospace, 8.5 to 12 points;
* **resolution** -- 150, 200 and 300 dpi;
* **degradation** -- see :data:`DEGRADATIONS`: slight rotation, upside down, sideways, blur,
  noise, JPEG artefacts, low contrast, a phone photo (perspective, uneven light) and a worn
  scan (several at once).

Seeds: :data:`DEV_SEED` is the set engines are compared and tuned on; :data:`HELD_OUT_SEED`
draws different pages from the same generator and is only ever scored.
"""

from __future__ import annotations

import io
import random
import string
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

DEV_SEED = 17
HELD_OUT_SEED = 1017
#: What happens to a page between printer and OCR, one per page.
DEGRADATIONS = (
    "clean",
    "skew",
    "upside-down",
    "sideways",
    "blur",
    "noise",
    "jpeg",
    "low-contrast",
    "photo",
    "worn-scan",
)
KINDS = ("invoice", "letter", "two-column", "ledger", "receipt")
DPIS = (150, 200, 300)
FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation2")
#: (file, monospace?) -- the typefaces pages are set in (Debian's fonts-dejavu-core and
#: fonts-liberation2, which ``make ocr`` installs).
FONTS = (
    ("DejaVuSans.ttf", False),
    ("DejaVuSerif.ttf", False),
    ("DejaVuSansCondensed.ttf", False),
    ("DejaVuSansMono.ttf", True),
    ("LiberationSans-Regular.ttf", False),
    ("LiberationSerif-Regular.ttf", False),
    ("LiberationMono-Regular.ttf", True),
)
A4_INCHES = (8.27, 11.69)
RECEIPT_INCHES = (3.15, 7.0)


@dataclass(frozen=True, slots=True)
class OcrPage:
    """One page of the set: its picture and the text on it."""

    name: str
    kind: str
    degradation: str
    dpi: int
    font: str
    png: bytes
    truth: str


#: A row of text: cells as (x in inches from the left edge, text).
type Row = list[tuple[float, str]]


def ocr_pages(seed: int = DEV_SEED, count: int = 66) -> list[OcrPage]:
    """``count`` pages drawn from ``seed``: every degradation, kind and resolution in turn."""
    return [ocr_page(seed, index) for index in range(count)]


def font_path(name: str) -> str:
    for folder in FONT_DIRS:
        path = Path(folder) / name
        if path.exists():
            return str(path)
    raise FileNotFoundError(f"font {name} not found in {FONT_DIRS} (run `make ocr`)")


def ocr_page(seed: int, index: int) -> OcrPage:
    """Page ``index`` of the set drawn from ``seed`` (the same whatever else is drawn)."""
    rng = random.Random(seed * 100_003 + index)  # noqa: S311 - test data, not secrets
    degradation = DEGRADATIONS[index % len(DEGRADATIONS)]
    kind = KINDS[(index + index // len(DEGRADATIONS)) % len(KINDS)]
    dpi = DPIS[(index // 2) % len(DPIS)]
    font_name, mono = FONTS[rng.randrange(len(FONTS))]
    if kind == "receipt":
        font_name, mono = rng.choice([f for f in FONTS if f[1]])
    size_pt = rng.choice((8.5, 9.0, 10.0, 11.0, 12.0)) if kind != "receipt" else 9.0
    rows = _CONTENT[kind](rng, mono)
    inches = RECEIPT_INCHES if kind == "receipt" else A4_INCHES
    image, drawn = _draw(rows, inches, dpi, font_name, size_pt)
    rows = rows[:drawn]
    image = _degrade(image, degradation, rng, dpi)
    out = io.BytesIO()
    image.save(out, format="PNG")
    truth = "\n".join("  ".join(text for _, text in row) for row in rows if row)
    name = f"{seed}-{index:03d}-{kind}-{degradation}-{dpi}dpi"
    return OcrPage(name, kind, degradation, dpi, font_name, out.getvalue(), truth)


def _draw(
    rows: list[Row], inches: tuple[float, float], dpi: int, font: str, size: float
) -> tuple[Image, int]:
    """The page with ``rows`` drawn top down, and how many rows fitted."""
    from PIL import Image as PILImage  # noqa: PLC0415
    from PIL import ImageDraw, ImageFont  # noqa: PLC0415

    width, height = round(inches[0] * dpi), round(inches[1] * dpi)
    image = PILImage.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font_path(font), round(size * dpi / 72))
    line = size * 1.45 / 72  # inches
    y = 0.8 if inches == A4_INCHES else 0.3
    drawn = 0
    for row in rows:
        if y > inches[1] - 0.5:
            break
        for x, text in row:
            draw.text((round(x * dpi), round(y * dpi)), text, font=face, fill=0)
        y += line
        drawn += 1
    return image, drawn


# ── content ─────────────────────────────────────────────────────────────────────────────

_WORDS = tuple(
    " ".join(
        (
            "the agreement services provider customer payment invoice period term notice party",
            "delivery goods account balance schedule report quarter annual review contract",
            "shall within days after receipt written approval company office address total",
            "amount due tax rate interest late fees project milestone hours consulting support",
            "maintenance license renewal order shipment warehouse supplier purchase department",
            "manager budget approved signed effective date reference number bank transfer",
            "statement credit debit terms conditions liability insurance coverage claim policy",
            "premium refund",
        )
    ).split()
)
_ITEMS = (
    "Consulting services",
    "Software license renewal",
    "Cloud hosting (monthly)",
    "Data migration",
    "Training workshop",
    "Support plan, premium",
    "Hardware maintenance",
    "Travel expenses",
    "Project management",
    "Security audit",
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
_NAMES = ("Northwind Analytics", "Globex Retail", "Initech GmbH", "Umbrella Logistics")


def _amount(rng: random.Random, high: int = 25_000) -> str:
    return (
        f"{rng.randrange(5, high)}.{rng.randrange(100):02d}"
        if rng.random() < 0.3
        else (f"{rng.randrange(5, high):,}.{rng.randrange(100):02d}")
    )


def _date(rng: random.Random) -> str:
    day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2024, 2028)
    style = rng.randrange(3)
    if style == 0:
        return f"{year}-{month:02d}-{day:02d}"
    if style == 1:
        return f"{day:02d}/{month:02d}/{year}"
    return f"{day:02d}.{month:02d}.{year}"


def _iban(rng: random.Random) -> str:
    digits = "".join(str(rng.randrange(10)) for _ in range(18))
    raw = f"DE{rng.randrange(10, 99)}{digits}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _reference(rng: random.Random) -> str:
    """A document number: half of them capitals glued to digits ("SI538087", "T534757045"),
    the letters any of the alphabet's (O, I, S, T and B are printed like digits), the rest
    a prefix, a year and a count ("INV-2026-0042")."""
    if rng.random() < 0.5:
        letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randrange(1, 4)))
        digits = rng.randrange(5, 10)
        return f"{letters}{rng.randrange(10**digits):0{digits}d}"
    prefix = rng.choice(("INV", "PO", "REF", "ORD", "CN"))
    return f"{prefix}-{rng.randrange(2024, 2028)}-{rng.randrange(10_000):04d}"


def _sentence(rng: random.Random, words: int) -> str:
    picked = [rng.choice(_WORDS) for _ in range(words)]
    if rng.random() < 0.5:
        picked.insert(rng.randrange(len(picked)), rng.choice(("on", "by", "until")))
        picked.insert(rng.randrange(len(picked)), _date(rng))
    if rng.random() < 0.5:
        picked.insert(rng.randrange(len(picked)), f"EUR {_amount(rng)}")
    picked[0] = picked[0].capitalize()
    return " ".join(picked)


def _invoice(rng: random.Random, mono: bool) -> list[Row]:
    rows: list[Row] = [
        [(0.9, rng.choice(_NAMES)), (5.2, "INVOICE")],
        [(0.9, f"{rng.randrange(1, 999)} Harbor Street, Springfield"), (5.2, _reference(rng))],
        [(0.9, f"Invoice date: {_date(rng)}"), (5.2, f"Due: {_date(rng)}")],
        [],
        [(0.9, "Description"), (4.0, "Qty"), (4.9, "Unit price"), (6.3, "Amount")],
    ]
    rows.extend(
        [
            (0.9, rng.choice(_ITEMS)),
            (4.0, str(rng.randrange(1, 40))),
            (4.9, _amount(rng, 3000)),
            (6.3, _amount(rng)),
        ]
        for _ in range(rng.randrange(5, 11))
    )
    rows += [
        [],
        [(4.9, "Subtotal"), (6.3, _amount(rng, 90_000))],
        [(4.9, "VAT 19%"), (6.3, _amount(rng, 9000))],
        [(4.9, "Total EUR"), (6.3, _amount(rng, 99_000))],
        [],
        [(0.9, f"IBAN {_iban(rng)}")],
        [(0.9, f"Please quote {_reference(rng)} with your payment.")],
    ]
    return rows


def _letter(rng: random.Random, mono: bool) -> list[Row]:
    rows: list[Row] = [
        [(0.9, rng.choice(_NAMES))],
        [(0.9, f"Our reference {_reference(rng)}"), (5.0, _date(rng))],
        [],
    ]
    chars = 62 if mono else 80
    for _ in range(rng.randrange(3, 6)):
        text = " ".join(_sentence(rng, rng.randrange(8, 16)) + "." for _ in range(3))
        rows += [[(0.9, line)] for line in _wrap(text, chars)]
        rows.append([])
    return rows


def _two_column(rng: random.Random, mono: bool) -> list[Row]:
    chars = 30 if mono else 38
    left = _wrap(" ".join(_sentence(rng, 10) + "." for _ in range(8)), chars)
    right = _wrap(" ".join(_sentence(rng, 10) + "." for _ in range(8)), chars)
    rows: list[Row] = [[(0.9, "Quarterly report"), (4.4, f"Issued {_date(rng)}")], []]
    for index in range(max(len(left), len(right))):
        row: Row = []
        if index < len(left):
            row.append((0.9, left[index]))
        if index < len(right):
            row.append((4.4, right[index]))
        rows.append(row)
    return rows


def _ledger(rng: random.Random, mono: bool) -> list[Row]:
    rows: list[Row] = [
        [(0.9, "Account statement"), (5.0, rng.choice(_MONTHS) + f" {rng.randrange(2024, 2028)}")],
        [(0.9, f"IBAN {_iban(rng)}")],
        [],
        [(0.9, "Date"), (2.1, "Reference"), (3.7, "Counterparty"), (6.2, "Amount")],
    ]
    for _ in range(rng.randrange(14, 24)):
        sign = "-" if rng.random() < 0.4 else ""
        rows.append(
            [
                (0.9, _date(rng)),
                (2.1, _reference(rng)),
                (3.7, rng.choice(_NAMES).split()[0]),
                (6.2, sign + _amount(rng, 60_000)),
            ]
        )
    rows += [[], [(3.7, "Closing balance"), (6.2, _amount(rng, 500_000))]]
    return rows


def _receipt(rng: random.Random, mono: bool) -> list[Row]:
    rows: list[Row] = [
        [(0.25, rng.choice(("CORNER MARKET", "CITY PHARMACY", "CAFE CENTRAL")))],
        [(0.25, f"{_date(rng)}  {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}")],
        [],
    ]
    rows.extend(
        [
            (0.25, rng.choice(("Bananas", "Milk 1L", "Bread", "Coffee", "Tea", "Soap"))),
            (2.2, f"{rng.randrange(1, 40)}.{rng.randrange(100):02d}"),
        ]
        for _ in range(rng.randrange(4, 9))
    )
    rows += [
        [],
        [(0.25, "TOTAL"), (2.2, f"{rng.randrange(20, 300)}.{rng.randrange(100):02d}")],
        [(0.25, f"CARD **** {rng.randrange(10_000):04d}")],
        [(0.25, f"Receipt {rng.randrange(100_000):06d}")],
    ]
    return rows


_CONTENT = {
    "invoice": _invoice,
    "letter": _letter,
    "two-column": _two_column,
    "ledger": _ledger,
    "receipt": _receipt,
}


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines


# ── degradations ────────────────────────────────────────────────────────────────────────


def _degrade(  # noqa: PLR0911 - one branch per degradation reads best
    image: Image, degradation: str, rng: random.Random, dpi: int
) -> Image:
    from PIL import Image as PILImage  # noqa: PLC0415
    from PIL import ImageFilter  # noqa: PLC0415

    scale = dpi / 150
    if degradation == "skew":
        angle = rng.uniform(0.7, 3.0) * rng.choice((-1, 1))
        return image.rotate(angle, PILImage.Resampling.BICUBIC, expand=True, fillcolor=255)
    if degradation == "upside-down":
        return image.rotate(180)
    if degradation == "sideways":
        return image.rotate(rng.choice((90, 270)), expand=True)
    if degradation == "blur":
        return image.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0) * scale))
    if degradation == "noise":
        return _noisy(image, rng, sigma=rng.uniform(25, 40), specks=0.002)
    if degradation == "jpeg":
        return _jpeg(image, rng.randrange(12, 25))
    if degradation == "low-contrast":
        ink, paper = rng.randrange(95, 125), rng.randrange(195, 225)
        return image.point(lambda v: ink + (paper - ink) * v // 255)
    if degradation == "photo":
        return _photo(image, rng, scale)
    if degradation == "worn-scan":
        angle = rng.uniform(0.5, 1.8) * rng.choice((-1, 1))
        worn = image.rotate(angle, PILImage.Resampling.BICUBIC, expand=True, fillcolor=255)
        worn = worn.filter(ImageFilter.GaussianBlur(0.5 * scale))
        return _jpeg(_noisy(worn, rng, sigma=18, specks=0.001), 35)
    return image


def _noisy(image: Image, rng: random.Random, *, sigma: float, specks: float) -> Image:
    import numpy as np  # noqa: PLC0415
    from PIL import Image as PILImage  # noqa: PLC0415

    generator = np.random.default_rng(rng.randrange(2**32))
    pixels = np.asarray(image, dtype=np.float64)
    pixels = pixels + generator.normal(0, sigma, pixels.shape)
    dots = generator.random(pixels.shape)
    pixels[dots < specks / 2] = 0
    pixels[dots > 1 - specks / 2] = 255
    return PILImage.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def _jpeg(image: Image, quality: int) -> Image:
    from PIL import Image as PILImage  # noqa: PLC0415

    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return PILImage.open(io.BytesIO(out.getvalue())).convert("L")


def _photo(image: Image, rng: random.Random, scale: float) -> Image:
    """A phone photo of the page: seen at an angle on a darker desk, lit from one side."""
    import numpy as np  # noqa: PLC0415
    from PIL import Image as PILImage  # noqa: PLC0415
    from PIL import ImageFilter  # noqa: PLC0415

    width, height = image.size
    margin = 0.06
    size = (round(width * (1 + 2 * margin)), round(height * (1 + 2 * margin)))
    canvas = PILImage.new("L", size, 70)
    canvas.paste(image, (round(width * margin), round(height * margin)))
    w, h = canvas.size
    jitter = [rng.uniform(-0.035, 0.035) for _ in range(8)]
    corners = [
        (jitter[0] * w, jitter[1] * h),
        (w + jitter[2] * w, jitter[3] * h),
        (w + jitter[4] * w, h + jitter[5] * h),
        (jitter[6] * w, h + jitter[7] * h),
    ]
    coefficients = _perspective(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    seen = canvas.transform(
        (w, h),
        PILImage.Transform.PERSPECTIVE,
        coefficients,
        PILImage.Resampling.BICUBIC,
        fillcolor=70,
    )
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = (xs / w) * np.cos(angle) + (ys / h) * np.sin(angle)
    ramp = (ramp - ramp.min()) / max(float(ramp.max() - ramp.min()), 1e-6)
    light = 0.55 + 0.45 * ramp
    lit = np.asarray(seen, dtype=np.float32) * light
    photo = PILImage.fromarray(np.clip(lit, 0, 255).astype(np.uint8))
    photo = photo.filter(ImageFilter.GaussianBlur(0.6 * scale))
    return _jpeg(photo, 70)


def _perspective(
    source: list[tuple[float, float]], target: list[tuple[float, float]]
) -> tuple[float, ...]:
    """Pillow's perspective coefficients mapping ``target`` corners to ``source`` corners."""
    import numpy as np  # noqa: PLC0415

    matrix = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(matrix, dtype=np.float64)
    b = np.array([c for point in source for c in point], dtype=np.float64)
    return tuple(float(v) for v in np.linalg.solve(a, b))
