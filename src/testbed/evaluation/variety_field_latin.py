"""Spanish and Brazilian invoices for the field generators
(:mod:`testbed.evaluation.variety_field`).

Holded ("Nº Factura", "Fecha", "Vencimiento" as a band of labels over values, IRPF
withheld), a Facturae e-invoice's printout ("Datos del emisor", "Serie", "Número de
factura", "Fecha de expedición", the due date under "Vencimientos") and a Brazilian DANFE
("Nº 000.012.345 SÉRIE 001", the access key, "DATA DA EMISSÃO", the instalment's "Venc.",
"VALOR TOTAL DA NOTA"). Names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_field_style import Sheet, code, priced, qty, someday, total_of

_TRABAJO = (
    ("Diseño de página web", 950.0),
    ("Mantenimiento mensual", 120.0),
    ("Horas de consultoría", 65.0),
    ("Traducción jurada (página)", 38.0),
    ("Sesión de formación", 300.0),
)


def holded(rng: random.Random) -> tuple[list[Block], Writer]:
    """Holded: "FACTURA" with "Nº Factura F260412", "Fecha", "Vencimiento" in a band of
    labels over values, the client's NIF, "TOTAL" with IVA and IRPF withheld."""
    s = Sheet(rng, "es")
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    rows = priced(rng, _TRABAJO, (1, 3))
    base = total_of(rows)
    iva = round(base * 0.21, 2)
    irpf = round(base * 0.15, 2)
    total = round(base + iva - irpf, 2)
    seller = s.pick(("Estudio Nube Creativa S.L.", "Vértice Consultores S.L."))
    table = [["Concepto", "Precio", "Unidades", "Subtotal"]]
    for name, count, price, amount in rows:
        s.item(name, count, price, amount)
        table.append([name, s.money(price), qty(count), s.money(amount)])
    blocks: list[Block] = [
        (
            "columns",
            [
                (s.vendor(seller), "FACTURA"),
                ("B-87654321", ""),
                ("Calle de Alcalá 120, 28009 Madrid", ""),
            ],
        ),
        (
            "table",
            [
                ["Nº Factura", "Fecha", "Vencimiento"],
                [
                    s.number(f"F{issued.year % 100}{rng.randint(1000, 9999)}"),
                    s.day(issued, "issue", "uk"),
                    s.day(due, "due", "uk"),
                ],
            ],
        ),
        (
            "kv_below",
            [
                (
                    "Cliente",
                    s.org(
                        s.pick(("Panadería Ruiz Hermanos S.L.", "Clínica Dental Sonrisa S.L.P."))
                    ),
                )
            ],
        ),
        ("table", table),
        (
            "table",
            [
                ["Base imponible", s.money(base)],
                ["IVA 21%", s.money(iva)],
                ["IRPF -15%", s.money(-irpf)],
                ["TOTAL", s.total(total)],
            ],
        ),
        ("para", "Forma de pago: transferencia bancaria a ES21 0081 0200 1234 5678 9012"),
    ]
    return blocks, s.w


def facturae(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Facturae e-invoice's printout: sections "Datos del emisor" and "Datos del
    receptor", "Serie" and "Número" apart (the number read together), "Fecha de expedición",
    "Importe total", a due date under "Vencimientos"."""
    s = Sheet(rng, "es")
    issued = someday(rng)
    due = issued + dt.timedelta(days=60)
    rows = priced(
        rng,
        (
            ("Suministro de tóner", 64.0),
            ("Papel A4 80g (caja)", 23.5),
            ("Mantenimiento impresora", 145.0),
        ),
        (2, 3),
    )
    base = total_of(rows)
    iva = round(base * 0.21, 2)
    total = round(base + iva, 2)
    series, number = f"A{issued.year}", f"{rng.randint(100, 999)}"
    table = [["Descripción", "Cantidad", "Precio unitario", "Importe"]]
    for name, count, price, amount in rows:
        s.item(name, count, price, amount)
        table.append([name, qty(count), s.num(price), s.num(amount)])
    blocks: list[Block] = [
        ("title", "Factura electrónica (Facturae 3.2.2)"),
        ("heading", "Datos del emisor"),
        (
            "kv",
            [
                (
                    "Razón social",
                    s.vendor(s.pick(("Ofimática Levante S.L.", "Suministros Turia S.A."))),
                ),
                ("NIF", "B46123456"),
                ("Dirección", "Av. del Puerto 55, 46021 Valencia"),
            ],
        ),
        ("heading", "Datos del receptor"),
        (
            "kv",
            [
                (
                    "Razón social",
                    s.org(s.pick(("Ayuntamiento de Benicalap", "Colegio Sant Jordi S.C.V."))),
                ),
                ("NIF", "P4612300J"),
            ],
        ),
        ("heading", "Datos de la factura"),
        (
            "kv",
            [
                ("Serie", series),
                ("Número de factura", s.number(f"{series}-{number}")),
                ("Fecha de expedición", s.day(issued, "issue", "iso")),
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Total bruto", s.money(base)),
                ("Cuota IVA 21%", s.money(iva)),
                ("Importe total", s.total(total)),
            ],
        ),
        ("heading", "Vencimientos"),
        ("table", [["Fecha", "Importe"], [s.day(due, "due", "iso"), s.num(total)]]),
    ]
    return blocks, s.w


def danfe(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Brazilian DANFE: the issuer's name in the header box, "DANFE", "Nº 000.012.345
    SÉRIE 001", the access key in groups, "DATA DA EMISSÃO", the instalments ("Fatura/
    Duplicata: 001 Venc. ..."), "VALOR TOTAL DA NOTA"."""
    s = Sheet(rng, "br")
    issued = someday(rng)
    due = issued + dt.timedelta(days=28)
    rows = priced(
        rng,
        (
            ("PARAFUSO SEXTAVADO M8X40 ZINCADO", 0.42),
            ("PORCA M8 ZINCADA", 0.11),
            ("ARRUELA LISA 8MM", 0.06),
            ("BROCA ACO RAPIDO 8MM", 12.9),
        ),
        (2, 4),
    )
    rows = [
        (name, count * 100, price, round(count * 100 * price, 2)) for name, count, price, _ in rows
    ]
    total = total_of(rows)
    number = f"000.{rng.randint(10, 99)}{rng.randint(0, 9)}.{rng.randint(100, 999)}"
    table = [["DESCRIÇÃO DO PRODUTO", "QUANT", "V. UNIT", "V. TOTAL"]]
    for name, count, price, amount in rows:
        s.item(name, count, price, amount)
        table.append([name, qty(count), s.num(price), s.num(amount)])
    blocks: list[Block] = [
        (
            "columns",
            [
                (
                    s.vendor(
                        s.pick(
                            ("Ferragens Paulista Ltda.", "Fixa Forte Comércio de Ferragens Ltda.")
                        )
                    ),
                    "DANFE",
                ),
                ("Rua Voluntários da Pátria 1500, São Paulo - SP", "0 - ENTRADA  1 - SAÍDA  [1]"),
                ("", f"Nº {s.number(number)}  SÉRIE 001"),
            ],
        ),
        (
            "kv_below",
            [
                (
                    "CHAVE DE ACESSO",
                    code(rng, "3599 9999 9999 9999 9999 5500 1000 0999 9999 9999 9999"),
                )
            ],
        ),
        (
            "table",
            [
                ["NATUREZA DA OPERAÇÃO", "DATA DA EMISSÃO", "CNPJ"],
                ["VENDA DE MERCADORIA", s.day(issued, "issue", "uk"), "12.345.678/0001-90"],
            ],
        ),
        (
            "kv_below",
            [
                (
                    "DESTINATÁRIO / REMETENTE",
                    s.org(s.pick(("Construtora Horizonte Ltda.", "Marcenaria Boa Vista ME"))),
                )
            ],
        ),
        (
            "lines",
            [f"FATURA / DUPLICATA: 001  Venc. {s.day(due, 'due', 'uk')}  Valor {s.money(total)}"],
        ),
        ("table", table),
        (
            "table",
            [
                ["VALOR TOTAL DOS PRODUTOS", "VALOR TOTAL DA NOTA"],
                [s.num(total), s.total(total, s.num(total))],
            ],
        ),
    ]
    return blocks, s.w
