"""Contracts, letters and minutes of author ``rhine``: a German residential lease
(Mietvertrag), a maintenance contract (Wartungsvertrag or contrat de maintenance), a formal
German letter with its reference line (Ihr Zeichen / Unser Zeichen / Datum), and the minutes
of a meeting (Protokoll or procès-verbal) with those present.

As read: a contract's issue date is the day it was signed, its effective date the day the
lease or service begins, its end date the printed last day (none when it runs for an
indefinite time); it bills nothing, so no total, and names no vendor. A letter's number is
none (the references are the correspondents' file marks), its date the one in the reference
line; a cancellation it confirms ends on the day it names. Minutes are dated by the meeting
(the next meeting's and the actions' dates are not theirs).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_rhine_paper import BUYERS, firm, labels
from testbed.evaluation.author_rhine_style import (
    COUNTRIES,
    day_in_2026,
    digits,
    later,
    month_end,
    person,
)
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet


def _first_of_next_month(day: dt.date) -> dt.date:
    return later(month_end(day), 1)


def mietvertrag(rng: random.Random) -> tuple[Sheet, Labels]:
    """A residential lease: parties, flat, start (and perhaps end), rent and deposit."""
    country = COUNTRIES["DE"]
    landlord, tenant = person(rng, "de"), person(rng, "de")
    while tenant == landlord:
        tenant = person(rng, "de")
    signed = day_in_2026(rng, 1, 10)
    start = _first_of_next_month(later(signed, 10))
    fixed = rng.random() < 0.4
    end = month_end(start.replace(year=start.year + 2) - dt.timedelta(days=1)) if fixed else None
    rent = float(rng.choice([640, 780, 890, 1150, 1320]))
    costs = float(rng.choice([160, 210, 240]))
    deposit = rent * 3
    term = f"Das Mietverhältnis beginnt am {mark('effectiveDate', country.date(start))} und " + (
        f"endet am {mark('endDate', country.date(end))}, ohne dass es einer Kündigung "
        "bedarf (Zeitmietvertrag wegen Eigenbedarfs)."
        if end
        else "läuft auf unbestimmte Zeit. Es kann gemäß § 573c BGB gekündigt werden."
    )
    body: list[Block] = [
        ("title", "Mietvertrag über Wohnraum"),
        (
            "para",
            f"Zwischen {landlord}, Schillerstraße 4, 68159 Mannheim (Vermieter) und "
            f"{tenant}, bisher wohnhaft in Heidelberg (Mieter) wird folgender Vertrag "
            "geschlossen:",
        ),
        ("heading", "§ 1 Mietsache"),
        (
            "para",
            f"Vermietet wird die Wohnung im {rng.randint(1, 4)}. Obergeschoss rechts des "
            f"Hauses Goethestraße {rng.randint(2, 60)}, 68161 Mannheim, bestehend aus "
            f"{rng.randint(2, 4)} Zimmern, Küche, Bad, ca. {rng.randint(55, 110)} m².",
        ),
        ("heading", "§ 2 Mietzeit"),
        ("para", term),
        ("heading", "§ 3 Miete und Nebenkosten"),
        (
            "kv",
            [
                ("Grundmiete monatlich", country.money(rent)),
                ("Vorauszahlung Betriebskosten", country.money(costs)),
                ("Gesamtmiete monatlich", country.money(rent + costs)),
            ],
        ),
        (
            "para",
            "Die Miete ist monatlich im Voraus, spätestens am dritten Werktag des Monats, "
            f"auf das Konto des Vermieters zu zahlen. Die Kaution beträgt "
            f"{country.money(deposit)} (drei Monatsgrundmieten).",
        ),
        ("heading", "§ 4 Schönheitsreparaturen"),
        (
            "para",
            "Die Wohnung wird renoviert übergeben. Kleinreparaturen bis 100,00 EUR im "
            "Einzelfall trägt der Mieter.",
        ),
        (
            "columns",
            [
                (
                    f"Mannheim, den {mark('issueDate', country.date(signed))}",
                    f"Mannheim, den {country.date(signed)}",
                ),
                ("______________________", "______________________"),
                (f"{landlord} (Vermieter)", f"{tenant} (Mieter)"),
            ],
        ),
    ]
    dates = [("issue", signed), ("effective", start)] + ([("end", end)] if end else [])
    amounts = [
        (rent, "EUR"),
        (costs, "EUR"),
        (rent + costs, "EUR"),
        (deposit, "EUR"),
        (100.0, "EUR"),
    ]
    return Sheet(body=body), labels(
        "contract", None, [], [landlord, tenant], None, None, amounts, dates, None
    )


def wartungsvertrag(rng: random.Random) -> tuple[Sheet, Labels]:
    """A maintenance contract with its number, start, term and annual fee."""
    french = rng.random() < 0.45
    country = COUNTRIES["FR" if french else "DE"]
    provider = firm(rng, "FR" if french else "DE")
    client = rng.choice(BUYERS)
    signed = day_in_2026(rng, 3, 11)
    start = _first_of_next_month(later(signed, 15))
    end = later(start.replace(year=start.year + (1 if french else 2)), -1)
    number = f"{'CM' if french else 'WV'}-2026-{digits(rng, 4)}"
    fee = float(rng.choice([980, 1480, 2400, 3600]))
    signer_a, signer_b = person(rng, country.language), person(rng, "de")
    if french:
        body: list[Block] = [
            ("title", f"Contrat de maintenance n° {mark('documentNumber', number)}"),
            (
                "para",
                f"Entre {provider.name}, {provider.street}, {provider.city}, ci-après « le "
                f"Prestataire », et {client.name}, {client.street}, {client.city}, ci-après "
                "« le Client », il a été convenu ce qui suit.",
            ),
            ("heading", "Article 1 \u2013 Objet"),
            (
                "para",
                "Le Prestataire assure la maintenance préventive et corrective des "
                "équipements listés en annexe, avec intervention sous 8 heures ouvrées.",
            ),
            ("heading", "Article 2 \u2013 Durée"),
            (
                "para",
                f"Le contrat prend effet le {mark('effectiveDate', country.long_date(start))} "
                f"pour une durée de douze mois, soit jusqu'au "
                f"{mark('endDate', country.long_date(end))}. Il se renouvelle par tacite "
                "reconduction sauf dénonciation trois mois avant son terme.",
            ),
            ("heading", "Article 3 \u2013 Prix"),
            (
                "para",
                f"Redevance annuelle : {country.money(fee)} HT, payable d'avance à réception "
                "de facture.",
            ),
            (
                "lines",
                [
                    f"Fait à {provider.city.split(' ', 1)[1]}, le "
                    f"{mark('issueDate', country.long_date(signed))}, en deux exemplaires."
                ],
            ),
            ("columns", [("Pour le Prestataire", "Pour le Client"), (signer_a, signer_b)]),
        ]
    else:
        body = [
            ("title", "Wartungsvertrag"),
            (
                "kv",
                [
                    ("Vertragsnummer", mark("documentNumber", number)),
                    ("Kundennummer", digits(rng, 6)),
                ],
            ),
            (
                "para",
                f"zwischen {client.name}, {client.street}, {client.city} \u2013 nachfolgend "
                f"Auftraggeber \u2013 und {provider.name}, {provider.street}, "
                f"{provider.city} \u2013 "
                "nachfolgend Auftragnehmer.",
            ),
            ("heading", "§ 1 Gegenstand"),
            (
                "para",
                "Der Auftragnehmer übernimmt die jährliche Wartung der Heizungs- und "
                "Lüftungsanlagen gemäß Anlage 1 einschließlich Abgasmessung.",
            ),
            ("heading", "§ 2 Laufzeit"),
            (
                "kv",
                [
                    ("Vertragsbeginn", mark("effectiveDate", country.date(start))),
                    ("Vertragsende", mark("endDate", country.date(end))),
                    ("Kündigungsfrist", "3 Monate zum Vertragsende"),
                ],
            ),
            ("heading", "§ 3 Vergütung"),
            (
                "para",
                f"Die jährliche Wartungspauschale beträgt {country.money(fee)} zzgl. "
                "gesetzlicher USt. und wird jeweils zu Beginn des Vertragsjahres berechnet.",
            ),
            (
                "columns",
                [
                    (
                        f"Stuttgart, {mark('issueDate', country.date(signed))}",
                        f"Stuttgart, {country.date(signed)}",
                    ),
                    (f"{signer_b} (Auftraggeber)", f"{signer_a} (Auftragnehmer)"),
                ],
            ),
        ]
    dates = [("issue", signed), ("effective", start), ("end", end)]
    return Sheet(body=body), labels(
        "contract",
        number,
        [provider.name, client.name],
        [signer_a, signer_b],
        None,
        None,
        [(fee, "EUR")],
        dates,
        None,
    )


def geschaeftsbrief(rng: random.Random) -> tuple[Sheet, Labels]:
    """A formal German letter: a reference line of four boxes, a subject, and either an
    answer to an enquiry or the confirmation of a cancellation."""
    country = COUNTRIES["DE"]
    sender = firm(rng, "DE")
    addressee = rng.choice(BUYERS)
    reader, writer = person(rng, "de"), person(rng, "de")
    dated = day_in_2026(rng, 2, 11)
    their = later(dated, -rng.randint(3, 20))
    refs = [
        ("Ihr Zeichen", f"{reader.split()[1][:2].lower()}-{digits(rng, 2)}"),
        ("Ihre Nachricht vom", country.date(their)),
        ("Unser Zeichen", f"{writer.split()[0][0]}{writer.split()[1][0]}/2026-{digits(rng, 3)}"),
        ("Datum", mark("issueDate", country.date(dated))),
    ]
    cancel = rng.random() < 0.5
    dates = [("issue", dated)]
    if cancel:
        ends = month_end(later(dated, 60))
        contract = digits(rng, 7)
        subject = f"Bestätigung Ihrer Kündigung \u2013 Vertragsnummer {contract}"
        text = [
            f"Sehr geehrte(r) {reader},",
            f"wir bestätigen den Eingang Ihrer Kündigung vom {country.date(their)}. Ihr "
            f"Vertrag endet fristgerecht zum {mark('endDate', country.date(ends))}. Bis "
            "dahin bleiben alle Leistungen unverändert bestehen.",
            "Ein eventuelles Guthaben erstatten wir nach der Schlussabrechnung.",
        ]
        dates.append(("end", ends))
    else:
        subject = f"Ihre Anfrage vom {country.date(their)} \u2013 Angebot Büroeinrichtung"
        text = [
            f"Sehr geehrte(r) {reader},",
            "vielen Dank für Ihre Anfrage. Gern unterbreiten wir Ihnen das beigefügte "
            f"Angebot Nr. AN-{digits(rng, 5)}, gültig bis {country.date(later(dated, 30))}.",
            "Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.",
        ]
    body: list[Block] = [("heading", f"Betreff: {subject}")]
    body += [("para", line) for line in text]
    body += [("lines", ["Mit freundlichen Grüßen", "", writer, sender.name])]
    sheet = Sheet(
        head=[sender.name, f"{sender.street} · {sender.city}"],
        address=[addressee.name, f"z. Hd. {reader}", addressee.street, addressee.city],
        panel=refs,
        panel_style="band",
        text_panel=rng.choice(["kv", "kv_below"]),
        body=body,
        footer=[
            f"{sender.name} · Geschäftsführung: {person(rng, 'de')} · USt-IdNr. {sender.tax_id}"
        ],
    )
    return sheet, labels(
        "letter", None, [sender.name, addressee.name], [reader, writer], None, None, [], dates, None
    )


def protokoll(rng: random.Random) -> tuple[Sheet, Labels]:
    """Minutes of a meeting: date, those present and excused, agenda, actions, next date."""
    french = rng.random() < 0.45
    country = COUNTRIES["FR" if french else "DE"]
    held = day_in_2026(rng, 1, 10)
    following = later(held, rng.choice([14, 28, 35]))
    people: list[str] = []
    while len(people) < 6:
        name = person(rng, country.language)
        if name not in people:
            people.append(name)
    present, excused, chair = people[:4], people[4:5], people[0]
    deadline = later(held, 10)
    if french:
        body: list[Block] = [
            ("title", "Procès-verbal de l'assemblée générale ordinaire"),
            (
                "para",
                "Association Les Amis du Vélo Lyonnais \u2013 séance du "
                f"{mark('issueDate', country.long_date(held))}, 18h00, salle municipale "
                "Jean-Macé.",
            ),
            (
                "kv",
                [
                    ("Présents", ", ".join(present)),
                    ("Excusé(e)", ", ".join(excused)),
                    ("Président de séance", chair),
                    ("Secrétaire", people[5]),
                ],
            ),
            ("heading", "Ordre du jour"),
            (
                "bullets",
                [
                    "Approbation du procès-verbal précédent",
                    "Rapport financier 2025",
                    "Sortie de printemps",
                    "Questions diverses",
                ],
            ),
            (
                "para",
                f"Le rapport financier présente un solde positif de {country.money(1845.3)}. "
                f"Il est approuvé à l'unanimité. {present[1]} organisera la sortie et "
                f"transmettra le budget avant le {country.date(deadline)}.",
            ),
            (
                "para",
                f"La séance est levée à 19h40. Prochaine réunion : {country.long_date(following)}.",
            ),
        ]
        amounts = [(1845.3, "EUR")]
    else:
        body = [
            ("title", "Protokoll der Projektbesprechung"),
            (
                "kv",
                [
                    ("Datum", mark("issueDate", country.date(held))),
                    ("Zeit", "10:00 \u2013 11:30 Uhr"),
                    ("Ort", "Besprechungsraum 2.14"),
                    ("Teilnehmer", ", ".join(present)),
                    ("Entschuldigt", ", ".join(excused)),
                    ("Protokoll", people[5]),
                ],
            ),
            ("heading", "TOP 1 Projektstand"),
            ("para", "Die Migration ist zu 80 % abgeschlossen; der Go-Live bleibt geplant."),
            ("heading", "TOP 2 Aufgaben"),
            (
                "table",
                [
                    ["Was", "Wer", "Bis"],
                    ["Testkonzept abstimmen", present[1], country.date(deadline)],
                    ["Schulungstermine planen", present[2], country.date(later(deadline, 7))],
                ],
            ),
            ("para", f"Nächste Besprechung: {country.date(following)}, gleiche Zeit."),
        ]
        amounts = []
    return Sheet(body=body), labels(
        "minutes", None, [], people, None, None, amounts, [("issue", held)], None
    )


__all__ = ["geschaeftsbrief", "mietvertrag", "protokoll", "wartungsvertrag"]
