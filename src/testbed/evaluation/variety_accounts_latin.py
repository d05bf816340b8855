"""Bank statements of France, Spain and Italy as their banks print them, for
:mod:`testbed.evaluation.variety_accounts`: a French relevé (Débit/Crédit, Nouveau solde
créditeur), a Spanish extracto (one signed Importe and a running Saldo) and an Italian estratto
conto (Dare/Avere, Saldo iniziale and finale). A bank's statement has no vendor; its total is
the closing balance, its number its own (``Relevé de compte n° 65``) or the account's.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_accounts_banks import moves
from testbed.evaluation.variety_accounts_style import Doc, cents, month_end, short, someday, when


def releve(rng: random.Random) -> tuple[list[Block], Writer]:
    """A French bank's relevé de compte: numbered, the period, the IBAN, Débit and Crédit
    columns opening on the previous balance and closing on the new one."""
    d = Doc(rng, "EUR", "fr")
    start = someday(rng).replace(day=1)
    end = month_end(start)
    bank = d.org(
        rng.choice(
            ("Banque Lemaire & Cie", "Crédit Agricole du Vexin", "Caisse d'Épargne Rhône Dauphiné")
        )
    )
    holder = d.person(rng.choice(("Hélène Marchetti", "Yves Dubreuil", "Camille Roussel")))
    iban = (
        "FR76 "
        + " ".join(str(rng.randint(1000, 9999)) for _ in range(5))
        + f" {rng.randint(100, 999)}"
    )
    rows = moves(rng, "fr", start, end, rng.randint(6, 10))
    opening = cents(rng, 400, 3500)
    closing = round(opening + sum(r[2] for r in rows), 2)
    number = str(rng.randint(2, 80))
    debit = -sum(r[2] for r in rows if r[2] < 0)
    credit = sum(r[2] for r in rows if r[2] > 0)
    blocks: list[Block] = [
        ("lines", [bank, "Agence de Lyon Bellecour - 04 72 00 00 00"]),
        ("title", f"RELEVÉ DE COMPTE n° {d.number(number)}"),
        (
            "columns",
            [
                (
                    f"du {when(start, 'uk')} au {d.day(end, 'uk', 'issue')}",
                    f"M. {holder}" if holder == "Yves Dubreuil" else f"Mme {holder}",
                ),
                ("Compte de dépôt", "12 rue des Tanneurs"),
                (f"IBAN : {iban}", "69002 LYON"),
            ],
        ),
    ]
    table = [
        ["Date", "Valeur", "Opération", "Débit", "Crédit"],
        [
            "",
            "",
            f"SOLDE CRÉDITEUR AU {when(start - dt.timedelta(days=1), 'uk')}",
            "",
            d.num(opening),
        ],
    ]
    for day, name, amt in rows:
        cell = d.num(abs(amt))
        table.append(
            [
                short(day, "uk").replace("/", "."),
                short(day, "uk").replace("/", "."),
                d.item(name, abs(amt)),
                cell if amt < 0 else "",
                "" if amt < 0 else cell,
            ]
        )
    table.append(["", "", "TOTAL DES OPÉRATIONS", d.num(debit), d.num(credit)])
    table.append(
        [
            "",
            "",
            f"NOUVEAU SOLDE CRÉDITEUR AU {when(end, 'uk')}",
            "",
            d.total(closing, d.num(closing)),
        ]
    )
    blocks += [
        ("table", table),
        (
            "para",
            "Montants exprimés en euros. Sauf erreur ou omission, les opérations non "
            "contestées dans un délai d'un mois sont réputées approuvées.",
        ),
    ]
    return blocks, d.w


def extracto(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Spanish bank's extracto: the holder and IBAN, the period, one signed Importe and a
    running Saldo per row, Saldo anterior and Saldo final; numbered by its IBAN."""
    d = Doc(rng, "EUR", "eu")
    start = someday(rng).replace(day=1)
    end = month_end(start)
    bank = d.org(rng.choice(("Caja Rural del Turia", "Banco Mediterráneo de Ahorro, S.A.")))
    holder = d.person(rng.choice(("Lucía Ferrer Gil", "Andrés Molina Ruiz")))
    iban = "ES" + " ".join(f"{rng.randint(10, 99)}{rng.randint(10, 99)}" for _ in range(6))
    rows = moves(rng, "es", start, end, rng.randint(6, 10))
    opening = cents(rng, 300, 3000)
    closing = round(opening + sum(r[2] for r in rows), 2)
    blocks: list[Block] = [
        ("title", bank),
        ("heading", "Extracto de cuenta"),
        (
            "kv",
            [
                ("Titular", holder),
                ("IBAN", d.number(iban)),
                ("Periodo", f"{when(start, 'uk')} - {d.day(end, 'uk', 'issue')}"),
                ("Saldo anterior", d.money(opening, "€", after=True)),
            ],
        ),
    ]
    balance, table = opening, [["F. Oper.", "F. Valor", "Concepto", "Importe", "Saldo"]]
    for day, name, amt in rows:
        balance = round(balance + amt, 2)
        table.append(
            [when(day, "uk"), when(day, "uk"), d.item(name, amt), d.num(amt), d.num(balance)]
        )
    blocks += [
        ("table", table),
        ("kv", [("Saldo final", d.total(closing, d.money(closing, "€", after=True)))]),
        ("para", "Este documento no es válido como certificado de saldo."),
    ]
    return blocks, d.w


def estratto(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Italian bank's estratto conto corrente: the intestatario, Dare and Avere columns,
    Saldo iniziale and Saldo finale; numbered in its title when the bank numbers them."""
    d = Doc(rng, "EUR", "eu")
    start = someday(rng).replace(day=1)
    end = month_end(start)
    bank = d.org(rng.choice(("Banca Popolare del Lario", "Cassa di Risparmio di Valdelsa S.p.A.")))
    holder = d.person(rng.choice(("Paolo Bernardi", "Giulia Santoro")))
    iban = (
        "IT"
        + f"{rng.randint(10, 99)} X "
        + " ".join(str(rng.randint(10000, 99999)) for _ in range(3))
    )
    rows = moves(rng, "it", start, end, rng.randint(6, 9))
    opening = cents(rng, 300, 3000)
    closing = round(opening + sum(r[2] for r in rows), 2)
    numbered = rng.random() < 0.6
    title = (
        f"ESTRATTO CONTO N. {d.number(f'{start.month}/{start.year}')} "
        f"AL {d.day(end, 'uk', 'issue')}"
        if numbered
        else f"ESTRATTO CONTO CORRENTE AL {d.day(end, 'uk', 'issue')}"
    )
    blocks: list[Block] = [
        ("lines", [bank, "Filiale di Como - Via Milano 14"]),
        ("title", title),
        ("kv", [("Intestatario", holder), ("IBAN", iban if numbered else d.number(iban))]),
    ]
    table = [
        ["Data contabile", "Data valuta", "Descrizione operazioni", "Dare", "Avere"],
        ["", "", "SALDO INIZIALE", "", d.num(opening)],
    ]
    for day, name, amt in rows:
        cell = d.num(abs(amt))
        table.append(
            [
                when(day, "uk"),
                when(day, "uk"),
                d.item(name, abs(amt)),
                cell if amt < 0 else "",
                "" if amt < 0 else cell,
            ]
        )
    table.append(["", "", "SALDO FINALE", "", d.total(closing, d.num(closing))])
    blocks += [
        ("table", table),
        (
            "para",
            "Importi in euro. In mancanza di opposizione scritta entro 60 giorni "
            "l'estratto conto si intende approvato.",
        ),
    ]
    return blocks, d.w


__all__ = ["estratto", "extracto", "releve"]
