"""mistral's papers from Italy, Spain and Portugal: fatture and note di credito, facturas,
faturas and an Italian payment reminder (sollecito).

An Italian invoice prints a transport document (DDT) and an order with their own numbers and
dates, the seller's P.IVA and the buyer's codice destinatario; its due date stands under
"Scadenza". A Spanish one prints its series and number, a pedido and an albarán, and a
"Vencimiento". A Portuguese fatura names itself "FT 2026A/123" and prints an ATCUD code
beside it; the number is the FT one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from testbed.evaluation.author_mistral_style import (
    EUR_ES,
    EUR_IT,
    EUR_PT,
    Paper,
    a_day,
    digits,
    item_table,
    numeric,
    priced,
    spelled,
)
from testbed.evaluation.truth import Block, mark
from testbed.evaluation.variety_dues_print import Sheet

_IT_FIRMS = [
    "Ferramenta Colombo S.r.l.",
    "Tipografia Esposito & C. s.n.c.",
    "Ricci Forniture Ufficio S.p.A.",
    "Officina Meccanica Gallo S.r.l.",
]
_IT_CLIENTS = ["Studio Legale Marino", "Ristorante Da Gino", "Comune di Bergamo", "Hotel Miramare"]
_IT_GOODS = [
    "Viti inox M6 (conf.)",
    "Trapano a percussione",
    "Risme carta A4",
    "Toner nero",
    "Manodopera (ore)",
    "Trasporto",
    "Stampa biglietti da visita",
    "Cartelline",
]
_ES_FIRMS = ["Suministros Navarro S.L.", "Talleres Ortega S.A.", "Gráficas Castillo S.L."]
_ES_CLIENTS = ["Bar Restaurante El Puerto", "Clínica Dental Sonrisa", "Ayuntamiento de Getafe"]
_ES_GOODS = [
    "Tornillería variada",
    "Horas de mano de obra",
    "Cartuchos de tinta",
    "Folletos A4 a color",
    "Transporte",
    "Mantenimiento mensual",
]
_PT_FIRMS = [
    "Carpintaria Ferreira, Lda.",
    "Papelaria Sousa & Filhos, Lda.",
    "Eletro Martins Unipessoal, Lda.",
]
_PT_CLIENTS = ["Restaurante O Marinheiro", "Câmara Municipal de Braga", "Farmácia Central"]
_PT_GOODS = [
    "Mão de obra (hora)",
    "Tábuas de pinho",
    "Deslocação",
    "Papel A4 (resma)",
    "Instalação elétrica",
    "Lâmpadas LED",
]


def fattura(rng: random.Random) -> Paper:
    """An Italian invoice or credit note: DDT, order, P.IVA, SDI code, a Scadenza."""
    credit = rng.random() < 0.25
    firm, client = rng.choice(_IT_FIRMS), rng.choice(_IT_CLIENTS)
    issued = a_day(rng)
    number = rng.choice(
        [
            f"{rng.randrange(1, 999)}/2026",
            f"FPR {rng.randrange(1, 400)}/26",
            f"2026-{digits(rng, 5)}",
        ]
    )
    rows = priced(rng, _IT_GOODS, 3, 600, rng.randrange(2, 5))
    net = round(sum(r.amount for r in rows), 2)
    iva = round(net * 0.22, 2)
    total = round(net + iva, 2)
    paper = Paper(
        "invoice",
        Sheet(),
        number=number,
        vendor=firm,
        total=(total, "EUR"),
        organizations=[firm, client],
        items=rows,
    )
    for amount in (net, iva, total):
        paper.money(amount, "EUR")
    paper.on("issue", issued)
    ddt = issued - dt.timedelta(days=rng.randrange(1, 12))
    title = "NOTA DI CREDITO" if credit else "FATTURA"
    panel = [
        (f"{'Nota di credito' if credit else 'Fattura'} n.", mark("documentNumber", number)),
        ("Data", mark("issueDate", numeric(issued))),
        ("Cod. cliente", f"{digits(rng, 6)}"),
        ("Codice destinatario SDI", rng.choice(["M5UXCR1", "0000000", "KRRH6B9"])),
    ]
    body: list[Block] = [("title", title)]
    if credit:
        body.append(
            (
                "para",
                f"Storno parziale fattura n. {rng.randrange(1, 900)}/2026 del "
                f"{numeric(issued - dt.timedelta(days=rng.randrange(10, 50)))}.",
            )
        )
    else:
        body.append(
            (
                "para",
                f"Rif. DDT n. {rng.randrange(100, 999)} del {numeric(ddt)} — "
                f"Vs. ordine n. {digits(rng, 5)} del {numeric(ddt - dt.timedelta(days=7))}",
            )
        )
    body += [
        ("table", item_table(rows, EUR_IT, ["Descrizione", "Q.tà", "Prezzo unitario", "Importo"])),
        (
            "kv",
            [
                ("Imponibile", EUR_IT(net)),
                ("IVA 22%", EUR_IT(iva)),
                ("Totale documento", mark("total", EUR_IT(total))),
            ],
        ),
    ]
    if not credit:
        how = rng.choice(["scadenza", "dffm", "rimessa"])
        if how == "scadenza":
            due = issued + dt.timedelta(days=rng.choice([30, 60]))
            paper.on("due", due)
            body.append(
                (
                    "kv",
                    [
                        ("Modalità di pagamento", "Bonifico bancario"),
                        ("Scadenza", mark("dueDate", numeric(due))),
                        ("IBAN", f"IT60 X054 2811 1010 0000 {digits(rng, 7)}"),
                    ],
                )
            )
        elif how == "dffm":
            body.append(("para", "Pagamento: bonifico a 60 gg d.f.f.m. (data fattura fine mese)."))
        else:
            body.append(("para", "Pagamento: rimessa diretta alla consegna."))
    paper.sheet = Sheet(
        head=[
            mark("vendor", firm),
            f"Via {rng.choice(['Garibaldi', 'Mazzini', 'Roma'])} {rng.randrange(1, 120)} — "
            f"{digits(rng, 5)} {rng.choice(['Milano', 'Torino', 'Bari'])}",
            f"P.IVA IT{digits(rng, 11)} — C.F. {digits(rng, 11)} — REA MI-{digits(rng, 6)}",
        ],
        panel=panel,
        panel_style=rng.choice(["box", "band", "stack"]),
        address=["Spett.le", client, f"Piazza Duomo {rng.randrange(1, 30)}"],
        body=body,
        footer=[f"Capitale sociale € 10.000,00 i.v. — Tel. +39 02 {digits(rng, 8)}"],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    return paper


def factura(rng: random.Random) -> Paper:
    """A Spanish invoice: series and number, pedido and albarán, CIF, IVA, vencimiento."""
    firm, client = rng.choice(_ES_FIRMS), rng.choice(_ES_CLIENTS)
    issued = a_day(rng)
    number = rng.choice([f"A-{digits(rng, 4)}", f"2026/{digits(rng, 4)}", f"FV26-{digits(rng, 5)}"])
    rows = priced(rng, _ES_GOODS, 5, 500, rng.randrange(2, 5))
    net = round(sum(r.amount for r in rows), 2)
    iva = round(net * 0.21, 2)
    irpf = round(net * 0.15, 2) if rng.random() < 0.3 else 0.0
    total = round(net + iva - irpf, 2)
    paper = Paper(
        "invoice",
        Sheet(),
        number=number,
        vendor=firm,
        total=(total, "EUR"),
        organizations=[firm, client],
        items=rows,
    )
    for amount in (net, iva, total) + ((irpf,) if irpf else ()):
        paper.money(amount, "EUR")
    paper.on("issue", issued)
    due = issued + dt.timedelta(days=rng.choice([30, 60, 90]))
    sums = [("Base imponible", EUR_ES(net)), ("IVA 21 %", EUR_ES(iva))]
    if irpf:
        sums.append(("Retención IRPF 15 %", f"-{EUR_ES(irpf)}"))
    sums.append(("TOTAL FACTURA", mark("total", EUR_ES(total))))
    spelled_due = rng.random() < 0.5
    paper.on("due", due)
    paper.sheet = Sheet(
        head=[
            mark("vendor", firm),
            f"CIF B{digits(rng, 8)} — C/ Mayor {rng.randrange(1, 90)}, "
            f"{rng.choice(['Madrid', 'Valencia', 'Sevilla', 'Zaragoza'])}",
            "Inscrita en el Registro Mercantil, Tomo 1234, Folio 56",
        ],
        panel=[
            ("Factura nº", mark("documentNumber", number)),
            ("Fecha de factura", mark("issueDate", numeric(issued))),
            ("Nº de cliente", digits(rng, 5)),
            ("Pedido nº", f"PED-{digits(rng, 5)}"),
            ("Albarán nº", f"ALB-{digits(rng, 6)}"),
        ],
        panel_style=rng.choice(["box", "band"]),
        address=[client, f"NIF/CIF: {rng.choice('ABP')}{digits(rng, 8)}"],
        body=[
            ("table", item_table(rows, EUR_ES, ["Concepto", "Cant.", "Precio", "Importe"])),
            ("kv", sums),
            (
                "kv",
                [
                    ("Forma de pago", "Transferencia bancaria"),
                    (
                        "Vencimiento",
                        mark("dueDate", spelled(due, "es") if spelled_due else numeric(due)),
                    ),
                    ("IBAN", f"ES91 2100 0418 45 {digits(rng, 10)}"),
                ],
            ),
        ],
        text_panel=rng.choice(["kv", "columns"]),
    )
    return paper


def fatura(rng: random.Random) -> Paper:
    """A Portuguese fatura: FT number and ATCUD, NIPC, IVA, data de vencimento."""
    firm, client = rng.choice(_PT_FIRMS), rng.choice(_PT_CLIENTS)
    issued = a_day(rng)
    serial = rng.randrange(1, 900)
    number = f"FT 2026A/{serial}"
    rows = priced(rng, _PT_GOODS, 4, 300, rng.randrange(2, 5))
    net = round(sum(r.amount for r in rows), 2)
    iva = round(net * 0.23, 2)
    total = round(net + iva, 2)
    paper = Paper(
        "invoice",
        Sheet(),
        number=number,
        vendor=firm,
        total=(total, "EUR"),
        organizations=[firm, client],
        items=rows,
    )
    for amount in (net, iva, total):
        paper.money(amount, "EUR")
    paper.on("issue", issued)
    due = issued + dt.timedelta(days=30)
    paper.on("due", due)
    iso = rng.random() < 0.5
    show: Callable[[dt.date], str] = partial(numeric, sep="-", year_first=iso)
    paper.sheet = Sheet(
        head=[
            mark("vendor", firm),
            f"NIPC {digits(rng, 9)} — Capital social 5.000,00 €",
            f"Rua {rng.choice(['de Santa Catarina', 'Augusta', 'do Almada'])}, "
            f"{rng.randrange(1, 200)}, {rng.choice(['Porto', 'Lisboa', 'Braga'])}",
        ],
        panel=[
            ("Fatura", mark("documentNumber", number)),
            ("ATCUD", f"JF{digits(rng, 2)}X{digits(rng, 2)}-{serial}"),
            ("Data de emissão", mark("issueDate", show(issued))),
            ("Data de vencimento", mark("dueDate", show(due))),
            ("Cliente n.º", digits(rng, 4)),
        ],
        panel_style=rng.choice(["box", "stack"]),
        address=[client, f"NIF {digits(rng, 9)}"],
        body=[
            ("title", "FATURA — ORIGINAL"),
            ("table", item_table(rows, EUR_PT, ["Descrição", "Qtd.", "Preço unit.", "Valor"])),
            (
                "kv",
                [
                    ("Total ilíquido", EUR_PT(net)),
                    ("IVA 23%", EUR_PT(iva)),
                    ("Total a pagar", mark("total", EUR_PT(total))),
                ],
            ),
            (
                "para",
                f"Processado por programa certificado n.º {digits(rng, 4)}/AT. Bens colocados "
                f"à disposição do adquirente em {spelled(issued, 'pt')}.",
            ),
        ],
        footer=[f"IBAN PT50 0035 {digits(rng, 4)} {digits(rng, 11)} {digits(rng, 2)}"],
        text_panel=rng.choice(["kv", "kv_below"]),
    )
    return paper


def sollecito(rng: random.Random) -> Paper:
    """An Italian reminder: its protocol number, the invoices overdue, a new deadline."""
    firm, client = rng.choice(_IT_FIRMS), rng.choice(_IT_CLIENTS)
    sent = a_day(rng)
    deadline = sent + dt.timedelta(days=rng.choice([7, 10, 15]))
    owed = []
    for _ in range(rng.randrange(1, 4)):
        day = sent - dt.timedelta(days=rng.randrange(40, 120))
        owed.append((f"{rng.randrange(1, 900)}/2026", day, round(rng.uniform(120, 3000), 2)))
    total = round(sum(a for _, _, a in owed), 2)
    protocol = f"{digits(rng, 4)}/26"
    paper = Paper(
        "letter", Sheet(), number=protocol, total=(total, "EUR"), organizations=[firm, client]
    )
    for _, _, amount in owed:
        paper.money(amount, "EUR")
    paper.money(total, "EUR")
    paper.on("issue", sent)
    paper.on("due", deadline)
    table = [["Fattura", "Data", "Scadenza", "Importo"]] + [
        [n, numeric(d), numeric(d + dt.timedelta(days=30)), EUR_IT(a)] for n, d, a in owed
    ]
    paper.sheet = Sheet(
        head=[firm, "Ufficio amministrazione"],
        address=["Spett.le", client],
        body=[
            (
                "lines",
                [
                    f"Milano, {mark('issueDate', spelled(sent, 'it'))}",
                    f"Ns. rif.: Prot. n. {mark('documentNumber', protocol)}",
                ],
            ),
            ("heading", "Oggetto: sollecito di pagamento"),
            (
                "para",
                "Dai nostri controlli contabili risultano ancora da saldare le seguenti "
                "fatture, già scadute:",
            ),
            ("table", table),
            ("kv", [("Totale scaduto", mark("total", EUR_IT(total)))]),
            (
                "para",
                f"Vi invitiamo a provvedere al pagamento entro il "
                f"{mark('dueDate', numeric(deadline))}. Qualora abbiate già provveduto, "
                "vogliate considerare nulla la presente.",
            ),
            ("lines", ["Distinti saluti", firm]),
        ],
    )
    return paper
