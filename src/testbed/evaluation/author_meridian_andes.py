"""Spanish South America's electronic vouchers: an Argentine factura A/B, a Chilean boleta,
a Colombian factura electrónica de venta and a Peruvian nota de crédito.

Each carries the tax office's numbers and dates beside the seller's: Argentina's CAE and its
expiry ("Fecha de Vto. de CAE", not the day to pay), Colombia's DIAN resolution and its
numbering range, Peru's reference to the invoice a credit note corrects.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_meridian_style import (
    PURSES,
    day,
    digits,
    dmy,
    espanol,
    month_end,
    qty,
    rows_of,
    ymd,
)
from testbed.evaluation.truth import Labels, mark
from testbed.evaluation.variety_dues_print import Sheet

_AR_SELLERS = (
    ("Distribuidora Pampa Sur S.R.L.", "30-71234567-8"),
    ("Estudio Contable Gómez & Asociados S.A.", "30-70987654-3"),
    ("Soluciones Informáticas del Plata S.A.", "33-71555444-9"),
)
_AR_ITEMS = (
    ("Honorarios por liquidación de sueldos", 185000.0),
    ("Resma papel A4 75 g", 9800.0),
    ("Mantenimiento mensual de servidores", 320000.0),
    ("Cartucho de tinta negro", 41500.0),
    ("Licencia anual software de gestión", 540000.0),
)
_CL_SHOPS = (
    ("Ferretería Los Aromos SpA", "76.123.456-7", "Venta al por menor de artículos de ferretería"),
    ("Minimarket Don Pepe Ltda.", "77.654.321-K", "Venta al por menor de alimentos"),
    ("Librería Andes Limitada", "78.222.111-5", "Venta al por menor de libros y útiles"),
)
_CL_ITEMS = (
    ("Martillo carpintero 16 oz", 8990.0),
    ("Caja tornillos 1 1/2", 2490.0),
    ("Pan amasado kg", 2200.0),
    ("Cuaderno universitario 100 h", 1990.0),
    ("Cinta aisladora", 990.0),
    ("Leche entera 1 L", 1150.0),
)
_CO_SELLERS = (
    ("Ferretería El Tornillo S.A.S.", "900.456.789-1", "Bogotá D.C."),
    ("Café Montaña Alta S.A.S.", "901.223.344-5", "Medellín"),
    ("Transportes del Valle Ltda.", "805.112.233-0", "Cali"),
)
_CO_ITEMS = (
    ("Cemento gris 50 kg", 32000.0),
    ("Varilla corrugada 1/2 x 6 m", 28500.0),
    ("Café tostado en grano 2,5 kg", 96000.0),
    ("Flete Bogotá - Tunja", 450000.0),
    ("Pintura vinilo tipo 1 galón", 78000.0),
)
_PE_SELLERS = (
    ("Inversiones Andinas del Sur S.A.C.", "20512345678"),
    ("Textiles Chavín E.I.R.L.", "20601234987"),
    ("Importaciones Rímac S.A.", "20100234567"),
)
_PE_ITEMS = (
    ("Polo algodón pima talla M", 45.0),
    ("Rollo tela drill 50 m", 820.0),
    ("Botella agua mineral 625 ml caja x 15", 19.5),
    ("Casco de seguridad", 38.0),
)
_CLIENTS = (
    "Constructora Los Olivos S.A.",
    "Hotel Miraflores S.A.C.",
    "Comercial Tucumán S.R.L.",
    "Agroindustrias del Norte S.A.S.",
)


def factura_ar(rng: random.Random) -> tuple[Sheet, Labels]:
    """An AFIP factura: letter A (IVA shown) or B (IVA included), point of sale and voucher
    number, the CAE and its expiry at the foot."""
    purse = PURSES["AR"]
    name, cuit = rng.choice(_AR_SELLERS)
    client = rng.choice(_CLIENTS)
    issued = day(rng)
    letter = rng.choice(("A", "B"))
    pos, comp = f"{rng.randint(1, 12):05d}", f"{rng.randint(100, 99999):08d}"
    rows = rows_of(rng, _AR_ITEMS, purse, 3)
    net = purse.round(sum(r.amount for r in rows))
    iva = purse.round(net * 0.21)
    total = purse.round(net + iva) if letter == "A" else net
    joined = rng.random() < 0.5
    number = f"{pos[1:]}-{comp}" if joined else comp
    panel = [("FACTURA", f"{letter}   Cód. {'01' if letter == 'A' else '06'}")]
    if joined:
        panel.append(("Nº", mark("documentNumber", number)))
    else:
        panel += [("Punto de Venta", pos), ("Comp. Nro", mark("documentNumber", comp))]
    panel += [
        ("Fecha de Emisión", mark("issueDate", dmy(issued))),
        ("CUIT", cuit),
        ("Ingresos Brutos", digits(rng, 9)),
        (
            "Fecha de Inicio de Actividades",
            dmy(dt.date(rng.randint(2004, 2019), rng.randint(1, 12), 1)),
        ),
    ]
    start = issued.replace(day=1)
    due = issued + dt.timedelta(days=rng.choice((10, 15, 30)))
    dates = [("issue", issued.isoformat()), ("due", due.isoformat())]
    table = [["Código", "Producto / Servicio", "Cantidad", "U. Medida", "Precio Unit.", "Subtotal"]]
    table += [
        [
            digits(rng, 4),
            r.description,
            qty(r.quantity),
            "unidades",
            purse.plain(r.unit_price or 0),
            purse.plain(r.amount),
        ]
        for r in rows
    ]
    if letter == "A":
        totals = [
            ("Importe Neto Gravado", purse.money(net)),
            ("IVA 21%", purse.money(iva)),
            ("Importe Otros Tributos", purse.money(0.0)),
            ("Importe Total", mark("total", purse.money(total))),
        ]
        amounts = [(net, "ARS"), (iva, "ARS"), (0.0, "ARS"), (total, "ARS")]
    else:
        totals = [
            ("Subtotal", purse.money(net)),
            ("Importe Otros Tributos", purse.money(0.0)),
            ("Importe Total", mark("total", purse.money(total))),
        ]
        amounts = [(net, "ARS"), (0.0, "ARS"), (total, "ARS")]
    sheet = Sheet(
        head=[
            mark("vendor", name),
            f"Domicilio Comercial: Av. Corrientes {rng.randint(100, 4999)} - CABA",
            "Condición frente al IVA: IVA Responsable Inscripto",
        ],
        panel=panel,
        panel_style="box",
        address=[
            f"CUIT: 30-{digits(rng, 8)}-{digits(rng, 1)}",
            f"Apellido y Nombre / Razón Social: {client}",
            "Condición frente al IVA: IVA Responsable Inscripto",
            f"Condición de venta: {rng.choice(('Cuenta Corriente', 'Transferencia Bancaria'))}",
        ],
        body=[
            (
                "lines",
                [
                    f"Período Facturado Desde: {dmy(start)}  Hasta: {dmy(month_end(issued))}   "
                    f"Fecha de Vto. para el pago: {mark('dueDate', dmy(due))}",
                ],
            ),
            ("table", table),
            ("kv", totals),
        ],
        footer=[
            f"CAE N°: {digits(rng, 14)}   Fecha de Vto. de CAE: "
            f"{dmy(issued + dt.timedelta(days=10))}",
            "Comprobante Autorizado - Esta Administración Federal no se responsabiliza por los "
            "datos ingresados.",
        ],
        text_panel=rng.choice(("kv", "columns")),
    )
    labels = Labels(
        "invoice",
        number,
        (name, client),
        (),
        name,
        (total, "ARS"),
        tuple(amounts),
        tuple(dates),
        tuple(rows),
    )
    return sheet, labels


def boleta_cl(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Chilean boleta electrónica from a shop till: IVA included, pesos without decimals."""
    purse = PURSES["CL"]
    name, rut, giro = rng.choice(_CL_SHOPS)
    issued = day(rng)
    number = str(rng.randint(10_000, 9_999_999))
    rows = rows_of(rng, _CL_ITEMS, purse, 5)
    total = purse.round(sum(r.amount for r in rows))
    iva = purse.round(total - total / 1.19)
    table = [["Descripción", "Cant.", "Precio", "Total"]]
    table += [
        [r.description, qty(r.quantity), purse.plain(r.unit_price or 0), purse.plain(r.amount)]
        for r in rows
    ]
    sheet = Sheet(
        head=[
            mark("vendor", name),
            f"Giro: {giro}",
            f"Casa Matriz: {rng.choice(('Av. Matta', 'Calle Prat', 'Av. Alemania'))} "
            f"{rng.randint(10, 2999)}, "
            f"{rng.choice(('Santiago', 'Valparaíso', 'Temuco'))}",
        ],
        panel=[
            ("R.U.T.", rut),
            ("BOLETA ELECTRÓNICA N°", mark("documentNumber", number)),
            ("S.I.I.", rng.choice(("SANTIAGO CENTRO", "VALPARAÍSO", "TEMUCO"))),
        ],
        body=[
            (
                "kv",
                [
                    (
                        "Fecha Emisión",
                        f"{mark('issueDate', dmy(issued, '-'))} "
                        f"{rng.randint(9, 21):02d}:{rng.randint(0, 59):02d}",
                    ),
                    ("Caja", f"{rng.randint(1, 6)}"),
                    ("Vendedor", rng.choice(("Paola", "Jorge", "Camila"))),
                ],
            ),
            ("table", table),
            (
                "kv",
                [
                    ("TOTAL", mark("total", purse.money(total))),
                    ("El IVA incluido en esta boleta es", purse.money(iva)),
                ],
            ),
            (
                "lines",
                ["Timbre Electrónico SII", "Res. 80 de 2014 - Verifique documento: www.sii.cl"],
            ),
        ],
    )
    labels = Labels(
        "receipt",
        number,
        (name,),
        (),
        name,
        (total, "CLP"),
        ((total, "CLP"), (iva, "CLP")),
        (("issue", issued.isoformat()),),
        tuple(rows),
    )
    return sheet, labels


def factura_co(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Colombian factura electrónica de venta: its prefix and number, the DIAN
    resolution's own number, dates and range, a due date when sold on credit."""
    purse = PURSES["CO"]
    name, nit, city = rng.choice(_CO_SELLERS)
    client = rng.choice(_CLIENTS)
    issued = day(rng)
    prefix = rng.choice(("FE", "SETP", "FEV", "BOG"))
    number = (
        f"{prefix} {rng.randint(100, 48000)}"
        if rng.random() < 0.5
        else f"{prefix}{rng.randint(100, 48000)}"
    )
    rows = rows_of(rng, _CO_ITEMS, purse, 4)
    subtotal = purse.round(sum(r.amount for r in rows))
    iva = purse.round(subtotal * 0.19)
    total = purse.round(subtotal + iva)
    credit = rng.random() < 0.65
    due = issued + dt.timedelta(days=rng.choice((30, 60)))
    fmt = ymd if rng.random() < 0.5 else dmy
    panel = [
        ("Factura electrónica de venta No.", mark("documentNumber", number)),
        ("Fecha de generación", mark("issueDate", fmt(issued))),
        ("Hora de generación", f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:12-05:00"),
        ("Forma de pago", "Crédito" if credit else "Contado"),
    ]
    dates = [("issue", issued.isoformat())]
    if credit:
        panel.append(("Fecha de vencimiento", mark("dueDate", fmt(due))))
        dates.append(("due", due.isoformat()))
    cufe = "".join(rng.choice("0123456789abcdef") for _ in range(96))
    resolution = day(rng, dt.date(2024, 6, 1), 300)
    table = [["Ítem", "Descripción", "Cant.", "Vr. unitario", "Vr. total"]]
    table += [
        [
            str(i + 1),
            r.description,
            qty(r.quantity),
            purse.plain(r.unit_price or 0),
            purse.plain(r.amount),
        ]
        for i, r in enumerate(rows)
    ]
    sheet = Sheet(
        head=[
            mark("vendor", name),
            f"NIT {nit}  -  Responsable de IVA",
            f"{city}, Colombia",
            f"Resolución DIAN No. {digits(rng, 14)} del {ymd(resolution)}, prefijo {prefix} del "
            "1 al 50000, "
            f"vigencia 24 meses",
        ],
        panel=panel,
        panel_style=rng.choice(("box", "band")) if len(panel) <= 4 else "box",
        address=[
            "Adquiriente:",
            client,
            f"NIT {digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 1)}",
            "Medio de pago: Transferencia débito bancaria",
        ],
        body=[
            ("table", table),
            (
                "kv",
                [
                    ("Subtotal", purse.money(subtotal)),
                    ("IVA 19%", purse.money(iva)),
                    ("Total a pagar", mark("total", purse.money(total))),
                ],
            ),
            ("lines", ["CUFE:", cufe[:48], cufe[48:]]),
        ],
        footer=["Factura electrónica generada por proveedor tecnológico autorizado DIAN."],
    )
    labels = Labels(
        "invoice",
        number,
        (name, client),
        (),
        name,
        (total, "COP"),
        ((subtotal, "COP"), (iva, "COP"), (total, "COP")),
        tuple(dates),
        tuple(rows),
    )
    return sheet, labels


def nota_credito_pe(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Peruvian nota de crédito electrónica: its own series-number, the invoice it corrects
    and that invoice's date; the amount credited is what it bills (back)."""
    purse = PURSES["PE"]
    name, ruc = rng.choice(_PE_SELLERS)
    client = rng.choice(_CLIENTS)
    issued = day(rng)
    original = issued - dt.timedelta(days=rng.randint(3, 40))
    number = f"FC{rng.randint(1, 9):02d}-{rng.randint(1, 9999):08d}"
    invoice = f"F{rng.randint(1, 9):03d}-{rng.randint(1000, 99999):08d}"
    rows = rows_of(rng, _PE_ITEMS, purse, 2)
    value = purse.round(sum(r.amount for r in rows))
    igv = purse.round(value * 0.18)
    total = purse.round(value + igv)
    long_date = rng.random() < 0.4
    table = [["Cant.", "Unidad", "Descripción", "Valor unitario", "Importe"]]
    table += [
        [
            qty(r.quantity),
            "NIU",
            r.description,
            purse.plain(r.unit_price or 0),
            purse.plain(r.amount),
        ]
        for r in rows
    ]
    sheet = Sheet(
        head=[
            mark("vendor", name),
            f"Av. Javier Prado Este {rng.randint(100, 5999)}, San Isidro - Lima",
        ],
        panel=[("RUC N°", ruc), ("NOTA DE CRÉDITO ELECTRÓNICA", mark("documentNumber", number))],
        address=[
            f"Señor(es): {client}",
            f"RUC: 20{digits(rng, 9)}",
            "Fecha de emisión: " + mark("issueDate", espanol(issued) if long_date else dmy(issued)),
            "Moneda: SOLES",
        ],
        body=[
            (
                "kv",
                [
                    ("Documento que modifica", f"FACTURA ELECTRÓNICA {invoice}"),
                    ("Fecha del documento que modifica", dmy(original)),
                    (
                        "Motivo o sustento",
                        rng.choice(
                            (
                                "07 - Devolución por ítem",
                                "01 - Anulación de la operación",
                                "04 - Descuento global",
                            )
                        ),
                    ),
                ],
            ),
            ("table", table),
            (
                "kv",
                [
                    ("Op. Gravadas", purse.money(value)),
                    ("IGV 18%", purse.money(igv)),
                    ("Importe Total", mark("total", purse.money(total))),
                ],
            ),
        ],
        footer=[
            "Representación impresa de la Nota de Crédito Electrónica. Consulte en www.sunat.gob.pe"
        ],
    )
    labels = Labels(
        "invoice",
        number,
        (name, client),
        (),
        name,
        (total, "PEN"),
        ((value, "PEN"), (igv, "PEN"), (total, "PEN")),
        (("issue", issued.isoformat()),),
        tuple(rows),
    )
    return sheet, labels


__all__ = ["boleta_cl", "factura_ar", "factura_co", "nota_credito_pe"]
