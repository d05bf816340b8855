"""Minutes of German, French, Dutch, Spanish and Italian bodies, for
:mod:`testbed.evaluation.variety_meetings`: a Verein's Mitgliederversammlung and a works
council's Sitzung, an association's or co-ownership's assemblée générale, a Dutch
neighbourhood or owners' association's notulen, a Spanish junta de propietarios' acta and an
Italian council's verbale.

The meeting's date is the issue date, under ``Datum:``, in the title ("Protokoll der Sitzung
vom ...", "Procès-verbal de l'assemblée générale ordinaire du ...") or in the opening sentence
("En Valencia, a ...", "Il giorno ..."); the earlier minutes approved and the next meeting are
dated too, with no role. Attendees under ``Anwesend``, ``Présents``, ``Aanwezig``,
``Asistentes``, ``Presenti``, excused members, and the chair's and secretary's signatures.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_meetings_minutes import later
from testbed.evaluation.variety_meetings_style import Doc, dotted, meeting_day, words


def verein(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German club's Mitgliederversammlung: Datum, Beginn, Ende, Ort as fields,
    Anwesend and Entschuldigt, Tagesordnungspunkte, signatures of chair and minute-taker."""
    d = Doc(rng, "de")
    chair, scribe = d.man(), d.woman()
    body = d.org(rng.choice(("Turn- und Sportverein Eichenau e.V.", "Heimatverein Lindenfels e.V.",
                             "Kleingartenverein Am Mühlbach e.V.")))  # fmt: skip
    day = meeting_day(rng)
    p = [chair, scribe, *d.people(4)]
    shown = d.day(day, "issue", rng.choice((dotted(day), words(day, "de"))))
    blocks: list[Block] = [
        ("title", "Protokoll der ordentlichen Mitgliederversammlung"),
        ("lines", [body]),
        ("kv", [("Datum", shown), ("Beginn", "19:30 Uhr"), ("Ende", "21:50 Uhr"),
                ("Ort", "Vereinsheim, Sportplatzweg 3")]),
        ("kv", [("Versammlungsleiter", f"{p[0]} (1. Vorsitzender)"),
                ("Protokollführerin", p[1]),
                ("Anwesend", f"{p[2]}, {p[3]} sowie 31 stimmberechtigte Mitglieder"),
                ("Entschuldigt", f"{p[4]}, {p[5]}")]),
        ("heading", "TOP 1 Begrüßung und Feststellung der Beschlussfähigkeit"),
        ("para", "Der Vorsitzende begrüßt die Anwesenden und stellt die fristgerechte Einladung "
                 "sowie die Beschlussfähigkeit fest."),
        ("heading", "TOP 2 Genehmigung des Protokolls"),
        ("para", f"Das Protokoll der Mitgliederversammlung vom {dotted(later(day, -52))} wird "
                 "einstimmig genehmigt."),
        ("heading", "TOP 3 Kassenbericht"),
        ("para", "Der Kassenbestand zum Jahresende beträgt "
                 f"{d.money(rng.randint(3000, 20000) + 0.4)}. Die Kassenprüfer empfehlen "
                 "die Entlastung des Vorstands."),
        ("heading", "TOP 4 Verschiedenes"),
        ("para", f"Die nächste Versammlung findet am {dotted(later(day, 52))} statt."),
        ("columns", [("______________________", "______________________"),
                     (f"{p[0]}, Versammlungsleiter", f"{p[1]}, Protokoll")]),
    ]  # fmt: skip
    return blocks, d.w


def betriebsrat(rng: random.Random) -> tuple[list[Block], Writer]:
    """A works council's minutes dated in the heading ("Protokoll der Sitzung vom 3. März
    2026"), those present one per line with their function, the next meeting's date."""
    d = Doc(rng, "de")
    firm = d.org(rng.choice(("Rheinwerk Armaturen GmbH", "Pfalzmühle Backwaren GmbH & Co. KG")))
    day = meeting_day(rng)
    p = [d.woman(), d.man(), *d.people(2), d.man(), *d.people(1)]
    shown = d.day(day, "issue", rng.choice((words(day, "de"), dotted(day))))
    blocks: list[Block] = [
        ("lines", [f"Betriebsrat der {firm}", "Standort Ludwigshafen", ""]),
        ("title", f"Protokoll der Sitzung vom {shown}"),
        ("heading", "Anwesend:"),
        ("lines", [f"{p[0]} (Vorsitzende)", f"{p[1]} (stellv. Vorsitzender)", p[2], p[3],
                   f"{p[4]} (Schriftführer)"]),
        ("para", f"Entschuldigt: {p[5]} (Urlaub)"),
        ("heading", "Tagesordnung"),
        ("lines", ["1. Überstunden Frühschicht KW 10-12", "2. Anhörung nach § 99 BetrVG",
                   "3. Betriebsversammlung"]),
        ("para", "Zu 1.: Der Betriebsrat stimmt den beantragten Überstunden einstimmig zu "
                 "(5 Ja, 0 Nein, 0 Enthaltungen)."),
        ("para", "Zu 2.: Der Einstellung einer Fachkraft Lager wird zugestimmt."),
        ("para", f"Zu 3.: Die Betriebsversammlung findet am {dotted(later(day, 3))} in der "
                 "Kantine statt."),
        ("para", f"Nächste Sitzung: {words(later(day, 2), 'de', weekday=True)}, 13:00 Uhr"),
        ("lines", ["", f"gez. {p[0]}            gez. {p[4]}"]),
    ]  # fmt: skip
    return blocks, d.w


def assemblee(rng: random.Random) -> tuple[list[Block], Writer]:
    """A French association's or co-ownership's assemblée générale: "Procès-verbal de
    l'assemblée générale ordinaire du ...", "Présents :", "Excusés :", resolutions voted."""
    d = Doc(rng, "fr")
    body = d.org(rng.choice(("Association Les Amis du Vieux Lavoir", "Syndicat des "
                             "copropriétaires de la Résidence Les Tilleuls",
                             "Comité des fêtes de Saint-Genis")))  # fmt: skip
    day = meeting_day(rng)
    p = [d.woman(), d.man(), d.man(), *d.people(3)]
    shown = d.day(day, "issue", words(day, "fr"))
    blocks: list[Block] = [
        ("lines", [body]),
        ("title", rng.choice(("Procès-verbal de l'assemblée générale ordinaire du ",
                              "Procès-verbal de la réunion du ")) + shown),
        ("para", f"Présents : {p[0]} (présidente), {p[1]} (trésorier), {p[2]} (secrétaire), "
                 f"{p[3]}, {p[4]}"),
        ("para", f"Excusé(e) : {p[5]}"),
        ("para", "La séance est ouverte à 18 h 30 sous la présidence de "
                 f"{p[0]}. Le quorum étant atteint, l'assemblée peut valablement délibérer."),
        ("heading", "1. Approbation du procès-verbal précédent"),
        ("para", f"Le procès-verbal de la séance du {words(later(day, -13), 'fr')} est "
                 "approuvé à l'unanimité."),
        ("heading", "2. Rapport financier"),
        ("para", "Le trésorier présente les comptes : recettes "
                 f"{d.money(rng.randint(2, 9) * 1000 + 120.0)}, "
                 f"dépenses {d.money(rng.randint(1, 2) * 1000 + 87.5)}. Quitus est donné."),
        ("heading", "3. Questions diverses"),
        ("para", "Prochaine réunion le " + words(later(day, 9), "fr") + "."),
        ("para", "L'ordre du jour étant épuisé, la séance est levée à 20 h 45."),
        ("columns", [("La présidente", "Le secrétaire"), (p[0], p[2])]),
    ]  # fmt: skip
    return blocks, d.w


def notulen(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Dutch owners' association's notulen: "Datum:" with the weekday, "Aanwezig:",
    "Afwezig met kennisgeving:", "Notulist:", the rondvraag and the next meeting."""
    d = Doc(rng, "nl")
    body = d.org(rng.choice(("Vereniging van Eigenaars Residentie Parkzicht",
                             "Buurtvereniging De Molenwijk")))  # fmt: skip
    day = meeting_day(rng)
    p = d.people(6)
    shown = d.day(day, "issue", rng.choice((words(day, "nl", weekday=True), dashed_nl(day))))
    blocks: list[Block] = [
        ("title", f"Notulen ledenvergadering {body}"),
        ("kv", [("Datum", shown), ("Tijd", "20.00 uur"), ("Locatie", "Wijkcentrum De Boog")]),
        ("kv", [("Aanwezig", f"{p[0]} (voorzitter), {p[1]} (penningmeester), {p[2]}, {p[3]}"),
                ("Afwezig met kennisgeving", p[4]), ("Notulist", p[5])]),
        ("heading", "1. Opening en mededelingen"),
        ("para", "De voorzitter opent de vergadering om 20.05 uur en heet iedereen welkom."),
        ("heading", "2. Notulen vorige vergadering"),
        ("para", f"De notulen van {words(later(day, -10), 'nl')} worden ongewijzigd "
                 "vastgesteld."),
        ("heading", "3. Financiën"),
        ("para", f"Het reservefonds bedraagt {d.money(rng.randint(20, 90) * 1000 + 350.0)}. "
                 "De begroting wordt goedgekeurd."),
        ("heading", "4. Rondvraag en sluiting"),
        ("para", f"Volgende vergadering: {words(later(day, 12), 'nl')}. De voorzitter sluit "
                 "de vergadering om 21.40 uur."),
    ]  # fmt: skip
    return blocks, d.w


def dashed_nl(day: dt.date) -> str:
    return f"{day.day}-{day.month}-{day.year}"


def junta(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Spanish community of owners' acta: the place and date in the opening sentence,
    "Asistentes:", the orden del día, the signatures of the president and the secretary."""
    d = Doc(rng, "es")
    body = d.org(rng.choice(("Comunidad de Propietarios Calle Almirante 14",
                             "Comunidad de Propietarios Residencial Los Olivos")))  # fmt: skip
    day = meeting_day(rng)
    p = [d.man(), *d.people(2), d.woman(), d.man(), *d.people(1)]
    city = rng.choice(("Madrid", "Valencia", "Zaragoza"))
    shown = d.day(day, "issue", words(day, "es"))
    blocks: list[Block] = [
        ("title", "ACTA DE LA JUNTA GENERAL ORDINARIA DE PROPIETARIOS"),
        ("lines", [body]),
        ("para", f"En {city}, a {shown}, siendo las 19:00 horas en segunda convocatoria, se "
                 "reúnen en el portal del inmueble los propietarios que a continuación se "
                 "relacionan, bajo la presidencia de " + p[0] + "."),
        ("para", f"Asistentes: {p[0]} (Presidente, 1º A), {p[1]} (2º B), {p[2]} (3º A), "
                 f"{p[3]} (Secretaria-Administradora)"),
        ("para", f"Representados: {p[4]} (representado por {p[1]})."),
        ("heading", "ORDEN DEL DÍA"),
        ("lines", ["1. Aprobación de cuentas del ejercicio anterior.",
                   "2. Presupuesto y derrama para la reparación de la fachada.",
                   "3. Ruegos y preguntas."]),
        ("para", "Primero. Se aprueban por unanimidad las cuentas, con un saldo de "
                 f"{d.money(rng.randint(1000, 9000) + 0.6)}."),
        ("para", "Segundo. Se aprueba una derrama de "
                 f"{d.money(rng.randint(8, 30) * 1000.0)} a pagar en cuatro plazos."),
        ("para", f"Tercero. {p[5]} pregunta por la limpieza del garaje."),
        ("para", "Sin más asuntos que tratar, se levanta la sesión a las 20:50 horas, de lo que "
                 "como Secretaria doy fe."),
        ("columns", [("Vº Bº EL PRESIDENTE", "LA SECRETARIA"), (p[0], p[3])]),
    ]  # fmt: skip
    return blocks, d.w


def consiglio(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Italian association's or condominium's verbale: the date in the title or in the
    opening sentence, "Presenti:", "Assenti giustificati:", the next meeting."""
    d = Doc(rng, "it")
    body = d.org(rng.choice(("Associazione Culturale Il Mosaico", "Condominio Via Garibaldi 22",
                             "Circolo Tennis Valsesia")))  # fmt: skip
    day = meeting_day(rng)
    p = [*d.people(3), d.man(), *d.people(2)]
    shown = d.day(day, "issue", words(day, "it"))
    opening = rng.random() < 0.5
    head: list[Block] = [("lines", [body]), ("title", "VERBALE DELLA RIUNIONE DEL CONSIGLIO "
                                              "DIRETTIVO")]  # fmt: skip
    if opening:
        head.append(("para", f"Il giorno {shown}, alle ore 18:30, presso la sede sociale, si "
                             "è riunito il Consiglio Direttivo per discutere il seguente "
                             "ordine del giorno."))  # fmt: skip
    else:
        head[1] = ("title", f"Verbale della riunione del Consiglio Direttivo del {shown}")
    blocks: list[Block] = [
        *head,
        ("para", f"Presenti: {p[0]} (Presidente), {p[1]} (Vicepresidente), {p[2]} "
                 f"(Tesoriere), {p[3]} (Segretario)"),
        ("para", f"Assenti giustificati: {p[4]}, {p[5]}"),
        ("heading", "Ordine del giorno"),
        ("lines", ["1. Approvazione del verbale della seduta precedente",
                   "2. Bilancio consuntivo", "3. Varie ed eventuali"]),
        ("para", f"1. Il verbale della seduta del {words(later(day, -8), 'it')} è approvato "
                 "all'unanimità."),
        ("para", f"2. Il Tesoriere illustra il bilancio, che chiude con un avanzo di "
                 f"{d.money(rng.randint(500, 6000) + 0.3)}."),
        ("para", f"Il Consiglio si riconvocherà il {words(later(day, 6), 'it')}. La seduta è "
                 "tolta alle ore 20:10."),
        ("columns", [("Il Presidente", "Il Segretario verbalizzante"), (p[0], p[3])]),
    ]  # fmt: skip
    return blocks, d.w


__all__ = ["assemblee", "betriebsrat", "consiglio", "junta", "notulen", "verein"]
