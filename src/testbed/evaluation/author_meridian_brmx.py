"""Mexican and Brazilian papers: a CFDI printout, a DANFE, a boleto and a hand-typed recibo.

Both countries print a tax authority's identifiers beside the seller's own numbers (a CFDI's
UUID and certificate beside its serie and folio; a DANFE's 44-digit access key and protocol
beside its number), and a dated stamp beside the issue date: a reader has to pick.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_meridian_style import (
    PURSES,
    day,
    digits,
    dmy,
    portugues,
    qty,
    rows_of,
    uuid_like,
    ymd,
)
from testbed.evaluation.truth import Labels, mark
from testbed.evaluation.variety_dues_print import Sheet

_EMISORES = (
    ("Comercializadora Tlaloc S.A. de C.V.", "CTL0904153K2", "Ciudad de México"),
    ("Servicios Integrales del Bajío S. de R.L. de C.V.", "SIB120611QW8", "León, Gto."),
    ("Papelería y Suministros Monterrey S.A. de C.V.", "PSM980224H71", "Monterrey, N.L."),
)
_RECEPTORES = (
    ("Grupo Hotelero Pacífico S.A. de C.V.", "GHP150301AB4"),
    ("Distribuidora Ramírez e Hijos S.A. de C.V.", "DRH070912LM3"),
    ("Ana Lucía Mendoza Ortega", "MEOA851103HD5"),
)
_CONCEPTOS_MX = (
    ("Servicio de mantenimiento preventivo", 4500.0),
    ("Tóner para impresora", 1890.0),
    ("Papel bond carta caja 5000 hojas", 780.0),
    ("Consultoría contable mensual", 9800.0),
    ("Cable UTP Cat6 bobina 305 m", 2650.0),
    ("Renta de equipo de cómputo", 3200.0),
)
_EMITENTES = (
    ("Metalúrgica Vale do Paraíba Ltda.", "12.345.678/0001-90", "São José dos Campos - SP"),
    ("Distribuidora de Alimentos Serra Gaúcha S.A.", "98.765.432/0001-10", "Caxias do Sul - RS"),
    ("Eletro Comercial Recife Ltda.", "45.112.908/0001-37", "Recife - PE"),
)
_DESTINOS = (
    "Supermercados Boa Compra Ltda.",
    "Construtora Horizonte S.A.",
    "Padaria e Confeitaria Flor de Lis Ltda.",
)
_PRODUTOS = (
    ("Chapa de aço galvanizado 2mm", 310.0),
    ("Parafuso sextavado M10 cx 100", 48.5),
    ("Óleo de soja 900 ml cx 20", 139.9),
    ("Farinha de trigo tipo 1 25 kg", 112.0),
    ("Cabo flexível 2,5 mm rolo 100 m", 219.0),
    ("Disjuntor bipolar 40 A", 64.9),
)


def cfdi(rng: random.Random) -> tuple[Sheet, Labels]:
    """A CFDI 4.0 printout: serie and folio are the invoice's number; the UUID is the tax
    authority's stamp, the certification date its time of stamping."""
    purse = PURSES["MX"]
    name, rfc, city = rng.choice(_EMISORES)
    client, client_rfc = rng.choice(_RECEPTORES)
    issued = day(rng)
    serie, folio = rng.choice(("A", "F", "FAC", "B")), str(rng.randint(1200, 48000))
    rows = rows_of(rng, _CONCEPTOS_MX, purse)
    subtotal = purse.round(sum(r.amount for r in rows))
    iva = purse.round(subtotal * 0.16)
    total = purse.round(subtotal + iva)
    stamp = (
        f"{ymd(issued)}T{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    )
    joined = rng.random() < 0.5
    number = f"{serie}-{folio}" if joined else folio
    panel = (
        [("Serie y folio", mark("documentNumber", number))]
        if joined
        else [("Serie", serie), ("Folio", mark("documentNumber", folio))]
    )
    panel += [
        ("Fecha de emisión", mark("issueDate", ymd(issued)) + stamp[10:]),
        ("Fecha de certificación", ymd(issued) + "T" + stamp[11:13] + ":59:07"),
    ]
    dates = [("issue", issued.isoformat())]
    terms: list[tuple[str, str]] = [("Moneda", "MXN - Peso Mexicano")]
    if rng.random() < 0.5:
        due = issued + dt.timedelta(days=rng.choice((15, 30, 45)))
        terms += [
            ("Método de pago", "PPD - Pago en parcialidades o diferido"),
            ("Fecha de vencimiento", mark("dueDate", dmy(due))),
        ]
        dates.append(("due", due.isoformat()))
    else:
        terms += [
            ("Método de pago", "PUE - Pago en una sola exhibición"),
            ("Condiciones de pago", rng.choice(("Contado", "Crédito 30 días"))),
        ]
    terms.append(
        ("Forma de pago", rng.choice(("03 - Transferencia electrónica", "99 - Por definir")))
    )
    table = [["Cantidad", "Unidad", "Descripción", "Valor unitario", "Importe"]]
    table += [
        [
            qty(r.quantity),
            "E48 Servicio" if "ervicio" in r.description else "H87 Pieza",
            r.description,
            purse.plain(r.unit_price or 0),
            purse.plain(r.amount),
        ]
        for r in rows
    ]
    sheet = Sheet(
        head=[
            mark("vendor", name),
            f"RFC: {rfc}",
            "Régimen fiscal: 601 General de Ley Personas Morales",
            f"Lugar de expedición: {city} C.P. {digits(rng, 5)}",
        ],
        panel=[("FACTURA", "CFDI 4.0 - Ingreso"), *panel],
        panel_style="box",
        address=[
            "Receptor:",
            client,
            f"RFC: {client_rfc}",
            "Uso CFDI: G03 - Gastos en general",
            f"Folio fiscal (UUID): {uuid_like(rng)}",
            f"No. de certificado: 0000100000050{digits(rng, 7)}",
        ],
        body=[
            ("kv", terms),
            ("table", table),
            (
                "kv",
                [
                    ("Subtotal", purse.money(subtotal)),
                    ("IVA Trasladado 16%", purse.money(iva)),
                    ("Total", mark("total", purse.money(total))),
                ],
            ),
            ("para", "Este documento es una representación impresa de un CFDI."),
        ],
        footer=[f"Sello digital del SAT: {uuid_like(rng).replace('-', '')}=="],
        text_panel=rng.choice(("kv", "columns")),
    )
    labels = Labels(
        "invoice",
        number,
        (name, client) if "S." in client else (name,),
        () if "S." in client else (client,),
        name,
        (total, "MXN"),
        ((subtotal, "MXN"), (iva, "MXN"), (total, "MXN")),
        tuple(dates),
        tuple(rows),
    )
    return sheet, labels


def danfe(rng: random.Random) -> tuple[Sheet, Labels]:
    """A DANFE: the nota's number and série, the access key, the authorisation protocol
    and the duplicatas whose due dates are the payment dates."""
    purse = PURSES["BR"]
    name, cnpj, city = rng.choice(_EMITENTES)
    client = rng.choice(_DESTINOS)
    issued = day(rng)
    number = f"000.{rng.randint(10, 999):03d}.{rng.randint(0, 999):03d}"
    rows = rows_of(rng, _PRODUTOS, purse)
    products = purse.round(sum(r.amount for r in rows))
    frete = purse.round(rng.choice((0.0, 0.0, 85.0, 142.5)))
    total = purse.round(products + frete)
    icms = purse.round(products * 0.18)
    parts = rng.choice((1, 1, 2, 3))
    share = purse.round(total / parts)
    dups = []
    for index in range(parts):
        amount = share if index < parts - 1 else purse.round(total - share * (parts - 1))
        dups.append(
            (f"{number[-3:]}/{index + 1}", issued + dt.timedelta(days=30 * (index + 1)), amount)
        )
    dup_rows = [["Número", "Vencimento", "Valor"]] + [
        [n, mark("dueDate", dmy(d)) if parts == 1 else dmy(d), purse.money(a)] for n, d, a in dups
    ]
    table = [
        ["Código", "Descrição do produto", "NCM", "CFOP", "UN", "Qtd.", "V. unit.", "V. total"]
    ]
    table += [
        [
            digits(rng, 5),
            r.description,
            digits(rng, 8),
            "5102",
            "UN",
            qty(r.quantity),
            purse.plain(r.unit_price or 0),
            purse.plain(r.amount),
        ]
        for r in rows
    ]
    key = " ".join(digits(rng, 4) for _ in range(11))
    sheet = Sheet(
        head=[mark("vendor", name), f"{city}", f"CNPJ: {cnpj}   IE: {digits(rng, 12)}"],
        panel=[
            ("DANFE", "1 - Saída"),
            ("Nº", mark("documentNumber", number)),
            ("Série", "001"),
            ("Folha", "1/1"),
        ],
        panel_style="box",
        address=["Documento Auxiliar da", "Nota Fiscal Eletrônica"],
        body=[
            (
                "lines",
                [
                    f"Chave de acesso: {key}",
                    f"Protocolo de autorização: 1352{digits(rng, 11)} {dmy(issued)} "
                    f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
                ],
            ),
            ("heading", "Destinatário / Remetente"),
            (
                "columns",
                [
                    (client, "Data da emissão: " + mark("issueDate", dmy(issued))),
                    (
                        "CNPJ: "
                        f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}/0001-{digits(rng, 2)}",
                        "Data da saída: " + dmy(issued + dt.timedelta(days=1)),
                    ),
                ],
            ),
            ("heading", "Fatura / Duplicatas"),
            ("table", dup_rows),
            ("heading", "Cálculo do imposto"),
            (
                "kv",
                [
                    ("Base de cálculo do ICMS", purse.money(products)),
                    ("Valor do ICMS", purse.money(icms)),
                    ("Valor total dos produtos", purse.money(products)),
                    ("Valor do frete", purse.money(frete)),
                    ("Valor total da nota", mark("total", purse.money(total))),
                ],
            ),
            ("heading", "Dados dos produtos / serviços"),
            ("table", table),
        ],
        footer=[
            "Dados adicionais: documento emitido por ME ou EPP optante pelo Simples Nacional? Não."
        ],
    )
    dates = [("issue", issued.isoformat())] + [("due", d.isoformat()) for _, d, _ in dups]
    amounts = [(products, "BRL"), (icms, "BRL"), (frete, "BRL"), (total, "BRL")]
    amounts += [(a, "BRL") for _, _, a in dups]
    labels = Labels(
        "invoice",
        number,
        (name, client),
        (),
        name,
        (total, "BRL"),
        tuple(amounts),
        tuple(dates),
        tuple(rows),
    )
    return sheet, labels


def boleto(rng: random.Random) -> tuple[Sheet, Labels]:
    """A boleto bancário: the beneficiário's bill, paid at any bank; its document number is
    the seller's, the nosso número the bank's."""
    purse = PURSES["BR"]
    name, cnpj, _ = rng.choice(_EMITENTES)
    payer = rng.choice((*_DESTINOS, "Mariana Costa Ribeiro"))
    issued = day(rng)
    due = issued + dt.timedelta(days=rng.choice((10, 15, 28, 30)))
    amount = purse.round(rng.uniform(180, 9800))
    number = f"{rng.randint(1000, 99999)}/{rng.randint(1, 3)}"
    bank = rng.choice(
        (
            ("Banco do Brasil S.A.", "001-9"),
            ("Itaú Unibanco S.A.", "341-7"),
            ("Banco Bradesco S.A.", "237-2"),
        )
    )
    fields = [f"{digits(rng, 5)}.{digits(rng, width)}" for width in (5, 6, 6)]
    line = " ".join([*fields, digits(rng, 1), digits(rng, 14)])
    sheet = Sheet(
        head=[f"{bank[0]}  | {bank[1]} |"],
        panel=[
            ("Vencimento", mark("dueDate", dmy(due))),
            ("Agência/Código beneficiário", f"{digits(rng, 4)}/{digits(rng, 5)}-{digits(rng, 1)}"),
            ("Nosso número", f"{digits(rng, 3)}/{digits(rng, 8)}-{digits(rng, 1)}"),
            ("(=) Valor do documento", mark("total", purse.money(amount))),
        ],
        panel_style="stack",
        address=["Local de pagamento", "Pagável em qualquer banco até o vencimento"],
        body=[
            ("lines", [f"Linha digitável: {line}"]),
            ("kv_below", [("Beneficiário", f"{mark('vendor', name)} - CNPJ {cnpj}")]),
            (
                "columns",
                [
                    ("Data do documento", mark("issueDate", dmy(issued))),
                    ("Nº do documento", mark("documentNumber", number)),
                    ("Espécie doc.", "DM"),
                    ("Aceite", "N"),
                    ("Data processamento", dmy(issued + dt.timedelta(days=1))),
                ],
            ),
            (
                "para",
                "Instruções: após o vencimento cobrar multa de 2% e juros de mora de 0,033% ao "
                "dia. "
                "Não receber após 60 dias do vencimento.",
            ),
            ("kv_below", [("Pagador", payer)]),
        ],
        footer=["Autenticação mecânica - Ficha de compensação"],
    )
    people = (payer,) if "Ltda" not in payer and "S.A." not in payer else ()
    orgs = (name, bank[0]) + (() if people else (payer,))
    labels = Labels(
        "invoice",
        number,
        orgs,
        people,
        name,
        (amount, "BRL"),
        ((amount, "BRL"),),
        (("issue", issued.isoformat()), ("due", due.isoformat())),
        (),
    )
    return sheet, labels


def recibo(rng: random.Random) -> tuple[Sheet, Labels]:
    """A recibo typed by a landlord or a freelancer: who signs it received the money."""
    purse = PURSES["BR"]
    issuer = rng.choice(("Roberto Almeida Santos", "Juliana Ferreira Lima", "Carlos Eduardo Nunes"))
    payer = rng.choice(
        ("Fernanda Souza Martins", "Auto Peças Guarani Ltda.", "Lucas Pereira Gomes")
    )
    issued = day(rng)
    amount = purse.round(
        rng.choice((850.0, 1200.0, 1850.0, 2500.0, 3400.0)) + rng.choice((0, 0, 75.5))
    )
    number = f"{rng.randint(1, 120):03d}/{issued.year}"
    what = rng.choice(
        (
            f"aluguel do mês de {portugues(issued).split(' de ')[1]}/{issued.year} do imóvel "
            "situado à Rua das Acácias, 214, apto 32",
            "serviços de manutenção elétrica prestados no mês corrente",
            "aulas particulares de inglês (8 aulas)",
        )
    )
    city = rng.choice(("São Paulo", "Belo Horizonte", "Curitiba", "Salvador"))
    sheet = Sheet(
        head=["RECIBO", f"Nº {mark('documentNumber', number)}"],
        panel=[("Valor", mark("total", purse.money(amount)))],
        body=[
            (
                "para",
                f"Recebi de {payer}, CPF/CNPJ "
                f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 2)}, "
                f"a importância de {purse.money(amount)} referente a {what}.",
            ),
            ("para", "Para maior clareza firmo o presente, dando plena e geral quitação."),
            ("lines", [f"{city}, {mark('issueDate', portugues(issued))}."]),
            (
                "lines",
                [
                    "_______________________________",
                    mark("vendor", issuer),
                    f"CPF {digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 2)}",
                ],
            ),
        ],
    )
    payer_org = "Ltda" in payer
    labels = Labels(
        "receipt",
        number,
        (payer,) if payer_org else (),
        (issuer,) if payer_org else (issuer, payer),
        issuer,
        (amount, "BRL"),
        ((amount, "BRL"),),
        (("issue", issued.isoformat()),),
        (),
    )
    return sheet, labels


__all__ = ["boleto", "cfdi", "danfe", "recibo"]
