"""The words that name a date's role, in the languages the analyzer reads: the cues that end
right before a date ("Due date:", "payable by", "shall terminate on"), a period's labels and a
range's joiners, a referred or reported day's words, the defined term after a date; and the
role the words before one date name. Where those words are looked for (on the date's line, in
its column, on the line above) is :mod:`workflow.analyzers.dateroles`'s job."""

from __future__ import annotations

import re

from workflow.analyzers.misread_labels import misread_due_label

#: The role of an agreement's own date ("This agreement is dated ..."), resolved once all the
#: document's dates are read (:func:`workflow.analyzers.dateroles.dates_with_roles`).
MADE = "made"
#: The role of the day an order was placed, shipped or served ("Order date", "Bestelldatum",
#: "Ship date", "Service date"): the issue date of a paper that names no other near it (an
#: order, its confirmation), none beside the document's own date (an invoice's "Invoice
#: date"); resolved like MADE once all the dates are read.
ORDERED = "ordered"
#: The role of the day goods are (to be) delivered ("Delivery date", "Liefertermin"): never
#: a payment's due date. What it is to a document depends on the document
#: (:func:`workflow.analyzers.figures.delivery_role`): an order's due date, the day a delivery
#: note is dated, nothing of an invoice's.
DELIVERY = "delivery"
#: Cues, most specific first; each must end right before the date (after the line's label).
CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(rf"(?:{pattern})[\W_]*$", re.IGNORECASE))
    for role, pattern in (
        ("due", r"\bdue(?:\s+date)?|\bdue\s+(?:by|on)|\bpayable\s+(?:by|on)|\bpay\s+by"
                r"|\brequired\s+by"
                # ... but "work to start no later than": when a job must begin, nothing owed.
                r"|(?<!\bstart\s)(?<!\bbegin\s)(?<!\bcommence\s)\bno\s+later\s+than"
                r"|\bon\s+or\s+before|\bdeadline|\breturn\b[^.\n]{0,80}\bby|\bby"
                # German, French, Spanish, Italian, Dutch: "Fällig am", "Zahlbar bis",
                # "Échéance", "Vencimiento", "Scadenza", "Vervaldatum".
                r"|\bf[äa]llig(?:keit(?:sdatum|stag|stermin)?|\s+(?:am|zum|bis(?:\s+zum)?))?"
                r"|\bzahlbar\s+(?:bis(?:\s+zum)?|am)|\bzahlungsziel"
                r"|[ée]ch[ée]ance|\bpayable\s+(?:avant\s+le|le)"
                # "Scadenza pagamento", "Fecha límite de pago": the payment's deadline.
                r"|\bvencimiento|\bscadenz[ae](?:\s+(?:del\s+)?pagamento)?|\bvervaldatum"
                r"|\buiterste\s+betaaldatum|\bfecha\s+l[íi]mite(?:\s+de\s+pago)?"
                # A Spanish bill's "Fecha de pago": when to pay (a receipt's, when it was paid).
                r"|\bfecha\s+de\s+pago"
                # "Te betalen voor", "Betaal vóór", "Betalen voor"
                r"|\b(?:te\s+)?betal(?:en|ing)?\s+v[óo]{1,2}r|\bbetaal\s+v[óo]{1,2}r"
                # "entro il 23/09/2026", "Fecha de cargo", "Data di addebito", "Date de
                # prélèvement", "Cargaremos 69,82 € en tu cuenta ... el 6 de junio".
                r"|\b(?:da\s+pagare\s+)?entro(?:\s+(?:il|el))?|\bfecha\s+de\s+cargo|\bdata\s+(?:di\s+)?addebito"
                r"|\bdate\s+de\s+pr[ée]l[èe]vement|\bcargar\w*\b[^.\n]{0,60}\bel"
                r"|\baddebit\w*\b[^.\n]{0,40}\bil"
                # "Date limite de paiement", "à régler avant le"; a bill debited on its date:
                # "buchen wir am", "Abbuchung am", "will be debited on", "sera prélevé le".
                r"|\bdate\s+limite(?:\s+de\s+(?:paiement|r[èe]glement))?"
                r"|\b(?:payer|r[ée]gler)\s+avant\s+le"
                # A rent call's "Date d'exigibilité"; a reminder's new deadline "dans un délai
                # de 8 jours, soit avant le"; a Greek invoice's "Ημερομηνία λήξης".
                r"|\bdate\s+d'exigibilit[ée]|\bexigible\s+le"
                # A bill collected by direct debit on its day: "Direct debit date:".
                r"|\b(?:direct\s+)?debit\s+date"
                r"|\bjours?,?\s+soit\s+(?:avant\s+le|au\s+plus\s+tard\s+le|le)"
                r"|\bημερομην[ίι]α\s+λ[ήη]ξης|\bπροθεσμ[ίι]α\s+πληρωμ[ήη]ς"  # noqa: RUF001
                r"|\b(?:abbuchung|lastschrift\w*|einzug|buchen\s+wir\b[^.\n]{0,30})\s+(?:am|zum)"
                # "ziehen wir den Betrag von 44,10 € am 31.07.2026 ... ein": the sum between.
                r"|\bziehen\s+wir\b(?:[^.\n]|\.(?=\d)){0,60}?\s(?:am|zum)"
                # "Der Rechnungsbetrag wird am 10.02.2026 per SEPA-Lastschrift abgebucht".
                # "Der Betrag von 612,40 EUR wird am 25.03.2026 ... eingezogen": the sum between;
                # a card's "Der neue Saldo wird am ... eingezogen"; "Der Betrag wird nicht vor
                # dem ... abgebucht" (the earliest debit: the day it falls due).
                r"|\b\w*(?:betrag|saldo)\b(?:[^.\n]|\.(?=\d)){0,40}?\bwird\s+(?:am|zum|nicht\s+vor\s+dem)"
                r"|\b(?:debited|collected|deducted)\b[^.\n]{0,30}\bon|\bpr[ée]lev[ée]\w*\b[^.\n]{0,30}\ble"
                # AutoPay: "£44.50 will be charged to your card ending 3319 on", "we will charge
                # your card on" (a receipt's "was charged on" is a day passed, nothing due).
                r"|\b(?:will|we'll)\s+(?:be\s+charged|charge)\b[^.\n]{0,50}\bon"
                # A sentence asking for the payment by a day: "Bitte überweisen Sie den
                # Betrag bis zum", "merci de régler la somme ... au plus tard le", "abone el
                # importe antes del", "het bedrag uiterlijk op ... over te maken".
                # (the amount between may hold its decimal point: "den Betrag von 1.250,00 €
                # bis zum"); the Nordic, Polish and Czech: "betal kr 1 250,00 innen", "bedes
                # betalt senest", "maksamaan ... viimeistään", "wpłatę ... do dnia", "uhraďte do".
                r"|\b(?:[üu]berweisen|zahlen|bezahlen|begleichen|pay|remit|settle|payer|r[ée]gler"
                r"|verser|virer|pagar|pago|efect[úu]\w*|abon\w*|ingres\w*|pagare|versare|saldare|betalen|voldoen"
                r"|overmaken|maak|bedrag|betaa?l\w*|maks\w*|wp[łl]at\w*|zap[łl]at\w*|uhra\w*)\b"
                r"(?:[^.\n]|\.(?=\d)){0,60}"
                r"(?:\bbis(?:\s+sp[äa]testens)?(?:\s+(?:zum|am))?|\bsp[äa]testens(?:\s+(?:zum|am))?"
                r"|\bavant\s+le|\bau\s+plus\s+tard\s+le|\bd'ici\s+(?:le|au)|\bantes\s+del?"
                r"|\bno\s+m[áa]s\s+tarde\s+del?|\bentro\s+e\s+non\s+oltre\s+il|\bv[óo]{1,2}r"
                r"|\buiterlijk(?:\s+op)?|\bbefore|\bsen[ae]st|\binnen|\bviimeist[äa][äa]n"
                r"|\bdo(?:\s+dnia)?|\bat[ée])"
                # "We'll collect £38.40 by Direct Debit on or just after", "netto ohne Abzug
                # bis zum", Portugal's and Brazil's "Vencimento", "Venc.".
                # (the amount between may hold its decimal point: "Debit of £177.30 on or after")
                # (but "Your garden waste collection expires on": the day something lapses)
                r"|\b(?:collect|debit)\w*\b(?:(?!\bexpir|\blapse|\bends\b)(?:[^.\n]|\.(?=\d))){0,60}"
                r"\b(?:on|by)"
                r"(?:\s+or\s+(?:just\s+)?(?:after|before))?"
                r"|\bohne\s+abzug\s+bis(?:\s+(?:zum|am))?|\bvencimento|\bvenc\."
                # Argentina's "Fecha de Vto. para el pago" (its "Vto. de CAE" is the day the
                # tax office's authorisation lapses, no payment's).
                r"|\bv(?:to|encimiento)\.?\s+para\s+el\s+pago"
                # The Nordic invoice's due date: "Förfallodatum", "Forfaldsdato" (Danish),
                # "Forfallsdato" (Norwegian), "Eräpäivä" (Finnish).
                # Norway's short "Forfall:", Portugal's "Pagar até" and "Data limite de
                # pagamento" (as France's "Date limite de paiement").
                r"|\bf[öo]rfallo(?:datum|dag)|\bforfal(?:ds|ls?)(?:dato|dag)|\bforfall\b"
                r"|\bpagar\s+at[ée]|\bdata\s+limite(?:\s+de\s+pagamento)?"
                r"|\ber[äa]p[äa]iv[äa]"
                # "Fees are payable before the first day of term, 6 January": the day named
                # after the words that describe it.
                r"|\bpayable\s+(?:before|by|on)\b[^.\n\d]{0,40},"
                # A Dutch debit: "Het bedrag ... wordt rond 25 augustus afgeschreven", "We
                # schrijven het bedrag op ... af".
                r"|\bbedrag\b[^\n]{0,60}?\bwordt\s+(?:rond|omstreeks|op)"
                r"|\b(?:schrijven|incasseren)\b[^.\n]{0,60}\b(?:rond|omstreeks|op)"
                # Norway's "Betalingsfrist", Denmark's "Sidste rettidige betalingsdag",
                # Poland's "Termin płatności".
                r"|\bbetalingsfrist|\bsidste\s+rettidige\s+betalingsdag"
                r"|\btermin\s+p[łl]atno[śs]ci"
                # "Betales senest" (Danish, Norwegian), "Betala senast" (Swedish), "Maksettava
                # viimeistään" (Finnish), "Zapłacić do", "Płatne do" (Polish), "Splatnost",
                # "Datum splatnosti", "Splatno dne" (Czech); Switzerland's "Zahlungsfrist"
                # over a date (over days it is terms, counted from the invoice's date).
                r"|\bbetal(?:es|as|a)?\s+sen[ae]st|\bviimeist[äa][äa]n"
                r"|\b(?:zap[łl]aci[ćc]|p[łl]atn[ey])\s+do(?:\s+dnia)?"
                r"|\bsplatn(?:ost|osti|o|[áa])(?:\s+dne)?|\bzahlungsfrist"
                # South Asia's bill: "Last date of payment", "Last date for payment"; the
                # Baltic: "Apmaksas termiņš" (Latvian), "Maksetähtaeg" (Estonian), "Mokėti
                # iki" (Lithuanian).
                r"|\blast\s+date\s+(?:of|for)\s+payment|\bapmaksas\s+termi[ņn][šs]"
                r"|\bmakse\s*t[äa]htaeg|\b(?:ap)?mok[ėe]ti\s+iki"),
        # "Delivery date", "Deliver by", "Expected arrival", "Liefertermin", "Leverdatum": when
        # goods arrive (DELIVERY), no payment's due date.
        (DELIVERY, r"\bdeliver(?:y)?(?:\s+date|\s+by)?|\bexpected\s+(?:arrival|delivery)"
                   r"|\bliefer(?:termin|datum)|\blever(?:ings)?datum"
                   # "Livraison souhaitée", "Date de livraison", "Fecha de entrega", "Data di
                   # consegna", "Data de entrega", "Wunschtermin".
                   r"|\blivraison(?:\s+(?:souhait|pr[ée]vu|demand)[ée]+e?)?|\bentrega(?:\s+prevista)?"
                   r"|\bconsegna(?:\s+(?:prevista|richiesta))?|\bwunsch(?:liefer)?termin"),
        ("end", r"\bterminat\w*\s+on|\btermination\s+date"
                r"|\bexpir\w*(?:\s+(?:on|date))?|\bend\s+date|\bends?\s+on"
                r"|\buntil|\bvalid\s+(?:until|through|to)|\bthrough"
                r"|\bvertragsende|\b(?:laufzeit|g[üu]ltig|befristet)\s+bis(?:\s+(?:zum|am))?"
                r"|\bdate\s+de\s+fin"
                r"|\bfin\s+du\s+contrat|\bjusqu'au|\bfecha\s+de\s+(?:fin|finalizaci[óo]n)"
                r"|\beinddatum|\bgeldig\s+tot"
                # "Das Mietverhältnis endet am", "Mietende", "prend fin le", "finaliza el".
                r"|\bendet\s+(?:am|zum|mit\s+ablauf\s+des)|\b(?:miet|versicherungs)ende"
                r"|\bprend(?:ra)?\s+fin\s+le|\bse\s+termine\s+le"
                # "finalizando el 31 de julio", "finalizará el día"; a lease's "con decorrenza
                # dal ... e scadenza il ...": the end of a term begun on the date before.
                r"|\bfinaliza(?:ndo|r[áa])?\s+el(?:\s+d[íi]a)?|\be\s+(?:con\s+)?scadenza\s+(?:il|al)"
                # "commencing on ... and ending on", "endend am", "terminando el".
                r"|(?<!period )\bending\s+(?:on|at)|\bterminando\s+el|\bscadr[àa]\s+il"
                # A hire's end: the vehicle or the equipment is "Due back", "Return due".
                r"|\bdue\s+back(?:\s+(?:on|by))?|\breturn\s+due"),
        # "This agreement is made on 1 February 2026", "This agreement is dated 13 January
        # 2026 and made between": the agreement's own date (MADE), its issue date when the
        # agreement names another day it starts, else the day it takes effect.
        (MADE, r"\b(?:agreement|contract)\b[^.\n]{0,40}\b(?:made|entered\s+into)\s+on"
               r"|\bthis\s+(?:agreement|contract)\s+is\s+dated"),
        (ORDERED, r"\border\s+date|\bdate\s+ordered|\b(?:placed|ordered)\s+on"
                  r"|\bship(?:ped|ping)?\s+date|\bshipped(?:\s+on)?|\bp\.?o\.?\s+date|\bbestell(?:datum|t\s+am)|\bauftragsdatum"
                  r"|\bversanddatum|\bdate\s+de\s+(?:la\s+)?commande|\bdate\s+d'exp[ée]dition"
                  r"|\bcommand[ée]e?\s+le|\border-?datum|\bbesteldatum|\bfecha\s+del?\s+pedido"
                  r"|\bdata\s+(?:dell'\s*)?ordine|\bservice\s+date|\bdate\s+of\s+service"
                  # Poland's "Data zamówienia", the Czech "Datum objednávky": beside a column
                  # whose label also names a due day ("Termin płatności", "Splatnost" over
                  # terms), an order's column must name its own role.
                  r"|\bdata\s+zam[óo]wienia|\bdatum\s+objedn[áa]vky"),
        ("effective", r"\beffective(?:\s+(?:date|as\s+of|from|on))?|\btakes?\s+effect\s+(?:on|from)"
                      r"|\bcommenc\w*\s+on|\bstart\s+date|\bstart(?:s|ing)?\s+on"
                      r"|\bbegin(?:s|ning)?\s+on|\bas\s+of|\bcommencement\s+date"
                      r"|\b(?:for\s+a\s+(?:period|term)\s+of\b[^.\n]{0,30}|with\s+effect)\s+from"
                      r"|\bvertragsbeginn|\b(?:g[üu]ltig|wirksam)\s+ab|\bdate\s+d'effet"
                      r"|\b[àa]\s+compter\s+du|\bfecha\s+de\s+(?:inicio|entrada\s+en\s+vigor)"
                      r"|\bdecorrenza(?:\s+(?:dal|del))?|\bingangsdatum"
                      # "Mietbeginn ist der", "beginnt am", "prend effet le", "entra en vigor el".
                      r"|\b\w*beginn(?:\s+ist)?(?:\s+(?:der|am|zum))?|\bbeginnt\s+(?:am|zum)"
                      r"|\bprend\s+effet\s+(?:le|au)"
                      r"|\bentra(?:r[áa])?\s+en\s+vigor\s+el(?:\s+d[íi]a)?"
                      # A change "mit Wirkung zum", "avec effet au", "con efecto desde",
                      # "con effetto dal", "met ingang van".
                      r"|\bmit\s+wirkung\s+(?:zum|vom|ab)|\bavec\s+effet\s+(?:au|le|du|[àa])"
                      r"|\bcon\s+efecto\s+(?:desde|a\s+partir\s+del?|el)"
                      r"|\bcon\s+effetto\s+(?:dal|a\s+partire\s+dal)|\bmet\s+ingang\s+van"
                      # A hire's start: the day the vehicle is picked up ("Pick-up date:").
                      r"|\bpick(?:ed)?[- ]?up(?:\s+(?:date|on))?"
                      # A Swedish lease's "Tillträde" (the day the tenant moves in).
                      r"|\btilltr[äa]de(?:sdag(?:en)?)?"
                      # A policy's or a subscription's renewal: the new term's first day.
                      r"|\brenewal\s+date|\bwill\s+renew\b[^.\n]{0,30}\bon"),
        ("issue", r"\b(?:invoice|order|statement|issue|report|letter|memo|receipt|meeting|bill)"
                  r"\s+date|\bdate\s+(?:of\s+issue|submitted|issued)|\bissued(?:\s+on)?|\bpublished"
                  # A card statement is dated the day it closes ("Statement closing date",
                  # "Statement end date"), its payment due weeks later.
                  r"|\bstatement\s+(?:closing|end(?:ing)?)(?:\s+date)?"
                  # A Greek invoice's "Ημερομηνία" ("Ημερομηνία έκδοσης": of issue).
                  r"|\bημερομην[ίι]α(?:\s+[έε]κδοσης)?"  # noqa: RUF001
                  # "Date of Invoice", "Date of bill", "Date of Lease"; "Facture du", "Rechnung
                  # vom": a document named with its date.
                  r"|\bdate\s+of\s+(?:the\s+|this\s+)?(?:invoice|bill|lease|agreement|statement"
                  r"|order|meeting|notice)|\bnotice\s+date"
                  # A notice e-mailed: "Sent 23 July 2026", "Sent on".
                  r"|^[ \t]*sent(?:\s+on)?"
                  # Where and when a contract was signed: "Fait à Lyon, le", "ondertekend te
                  # Utrecht op", "Signed at London on", "firmado en Sevilla, a", "signed on".
                  r"|\bfait\b[^.\n]{0,40}?\b[àa]\s+[^,\n]{1,40}?,?\s+le"
                  r"|\b(?:onder|ge)tekend\b[^.\n]{0,30}?\bte\s+[^,\n]{1,40}?,?\s+op"
                  r"|\b(?:signed|executed|done)\s+(?:at|in)\s+[^,\n]{1,40},?\s+on"
                  r"|\bfirmad[oa]s?\s+en\s+[^,\n]{1,40},?\s+a"
                  r"|\b(?:signed|unterzeichnet|unterschrieben|sign[ée]|firmado|sottoscritto"
                  r"|ondertekend)\s+(?:on|am|le|el|il|op)"
                  # A signature line's "Signed: 26.12.2025".
                  r"|\bsigned(?=\s*:)"
                  r"|\b(?:invoice|bill|facture|rechnung|gutschrift|avoir|factura|fattura|factuur)"
                  r"\s+(?:du|vom|del|van|dated)"
                  # Minutes "celebrada el", "tenue le", "tenutasi il", "abgehalten am".
                  r"|\bcelebrad[ao]\s+el|\btenue?\s+le|\btenut[ao]si\s+il|\babgehalten\s+am"
                  r"|\bgehouden\s+op"
                  # A statement "Édité le", "erstellt am", "generated on".
                  r"|\b(?:[ée]dit[ée]|[ée]tabli)\s+le|\berstellt\s+am"
                  r"|\b(?:generated|printed|created|produced)\s+on"
                  r"|\btax\s+point|\bdate\s+paid|\bpaid\s+on|\bdeparture|\bcheck-?out"
                  r"|\babreise|\bd[ée]part\b|\bpartenza"
                  # Portugal's and Brazil's "Data de emissão", "Data da emissão".
                  r"|\bdata\s+d[ae]\s+emiss[ãa]o"
                  # Poland's "Data wystawienia", a Dutch authority's "Dagtekening".
                  r"|\bdata\s+wystawienia|\bdagtekening"
                  # The Czech invoice's "Datum vystavení".
                  r"|\bdatum\s+vystaven[íi]"
                  r"|\bdate\s+received|\breceived\s+on"
                  # An order's own day: "placed on", "ordered on", "bestellt am", "commandé le".
                  r"|\b(?:placed|ordered)\s+on|\bbestellt\s+am|\bcommand[ée]e?\s+le"
                  r"|\bausgestellt(?:\s+am)?|\b[ée]mise?\s+le|\bemitid[ao]\s+el|\bemess[ao]\s+il"
                  r"|\buitgegeven\s+op"
                  r"|\bheld\b[^.\n]{0,40}\bon"
                  # A minuted session's day: "séance du", "Sitzung am", "seduta del".
                  r"|(?:\bmeeting|vergadering|sitzung|versammlung|r[ée]union|reuni[óo]n|riunione"
                  r"|s[ée]ance|seduta|sesi[óo]n|sessione)"
                  r"\s+(?:of|van|vom|am|du|de|del|le)"
                  # The document's own date in its languages: "Datum", "Rechnungsdatum",
                  # "Fecha de emisión", "Data fattura", "Date de facture".
                  # (a delivery, service, booking or value date is no issue date).
                  # (nor a loss's, an accident's or a journey's: "Schadedatum", "Unfalldatum").
                  r"|\b(?!(?:leistungs|geburts|buchungs|valuta|eingangs|liefer|lever|schade|unfall"
                  r"|ongevals|reis|vertrek|aankomst|abfahrts|ankunfts)\w*)\w*datum"
                  r"|\bdatum\s+(?:afschrift|factuur|order|uitgifte)"
                  # Colombia's electronic invoice: "Fecha de generación".
                  r"|\bfecha(?:\s+de\s+(?:emisi[óo]n|(?:la\s+)?factura|expedici[óo]n"
                  r"|generaci[óo]n))?"
                  r"|\bdata(?:\s+(?:fattura|documento|emissione))?"
                  r"|\bdate\s+(?:de\s+(?:la\s+)?(?:facture|facturation|commande)|d'[ée]mission"
                  r"|d'arr[êe]t[ée])"
                  # The Nordic invoice's own date: "Fakturadato", "Dato", "Laskun päivämäärä".
                  r"|\bfakturadato|\bdato|\b(?:laskun\s+)?p[äa]iv[äa]m[äa][äa]r[äa]|\bp[äa]iv[äa]ys"
                  r"|\bdated|\bdate"),
    )
)  # fmt: skip
#: A weekday before a date ("Date: Saturday, 5 December 2026", "Leeds, Friday 4 December"):
#: it says nothing about the date's role, so the label before it is read instead.
#: A calendar week before the day ("Liefertermin: KW 22 / 30.05.2025", "Delivery: CW 22, ...").
_CALENDAR_WEEK = re.compile(
    r"\b(?:KW|CW|wk|week|semaine|semana|settimana)\.?[ \t]*\d{1,2}[ \t]*[/,-]?[ \t]*$", re.I
)
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?"
    r"|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi"
    r"|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes"
    r"|s[áa]bado|domingo|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato"
    r"|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?[\s,]*$",
    re.IGNORECASE,
)
#: "the 1st day of January": the article belongs to the date, not to its label.
_ARTICLE = re.compile(r"\bthe\s*$", re.IGNORECASE)
#: Another document's date, referred to ("the Agreement between the parties dated ...",
#: "Original invoice date", "zu Rechnung Nr. 2026-118 vom ..."), is not this one's.
REFERRED = re.compile(
    # A credit note's "Relates to invoice no. 42590 of", Finnish "Koskee laskua".
    r"\b(?:original|amends?|amending|pursuant\s+to|further\s+to|(?:with\s+)?reference\s+to"
    r"|relat(?:es|ing)\s+to|koskee"
    r"|in\s+reply\s+to|referring\s+to|zu\s+(?:rechnung|ihrer|unserer)|bez[üu]glich|betreffend"
    r"|suite\s+[àa]"
    # The tax office's authorisation a Latin American invoice prints with its own number and
    # date ("Resolución DIAN No. 18764 del 2024-09-02", "Resolução nº ... de").
    r"|resoluci[óo]n|resolu[çc][ãa]o"
    # The previous minutes a meeting approves: "le procès-verbal de la séance du ...",
    # "il verbale della seduta del ...", "das Protokoll der Sitzung vom ..." (with its
    # article: a sentence's, where a title "Protokoll der Sitzung vom" has none).
    r"|(?:le|il|el|das)\s+(?:proc[èe]s-verbal|verbale|acta|protokoll)\s+"
    r"(?:de\s+la|della|del|de|der)\s+"
    r"(?:s[ée]ance|seduta|sesi[óo]n|sessione|sitzung))\b",
    re.IGNORECASE,
)
#: The correspondent's own message a letter answers, as a letterhead's field or a sentence
#: names it ("Ihre Nachricht vom", "Ihr Schreiben vom", "Your letter of", "Votre courrier
#: du"): its date is theirs, never the letter's.
THEIR_MESSAGE = re.compile(
    r"\b(?:ihre?[mnrs]?|your|votre|vos|uw)\s+(?:nachricht|schreiben|brief|anfrage|e-?mail"
    r"|letter|message|lettre|courrier|demande|bericht|schrijven)\b",
    re.IGNORECASE,
)
#: The next meeting's date, however it is introduced ("The next meeting will be held on"),
#: is not the date of the meeting minuted.
NEXT_MEETING = re.compile(
    r"\b(?:next|following)\s+(?:meeting|session)|\bn[äa]chste\s+(?:sitzung|versammlung)"
    r"|\bprochaine\s+r[ée]union|\bpr[óo]xima\s+reuni[óo]n|\bprossima\s+riunione"
    r"|\bvolgende\s+vergadering"
    # A body that meets again: "si riconvocherà il", "se reunirá de nuevo el", "se réunira
    # le", "tritt wieder zusammen am", "will reconvene on", "komt weer bijeen op".
    r"|\b(?:si\s+riconvocher[àa]|si\s+riunir[àa]|se\s+reunir[áa]|se\s+r[ée]unira"
    r"|reconvene|tritt\b[^.\n]{0,20}\bwieder|komt\b[^.\n]{0,20}\bweer)\b",
    re.IGNORECASE,
)
#: A document's number followed by its date in one title line ("Rechnung Nr. 2026-4711 vom
#: 05.12.26", "Facture n° 118 du 5 décembre", "Fattura n. 12/2026 del 05/12/2026"): the date
#: the document was issued.
NUMBER_DATED = re.compile(
    r"(?:\bn[or°º]?\.?|#|\bnumber|\bnummer|\bn[úu]mero)[ \t]*[:.]?[ \t]*[A-Z0-9][\w/.-]*\d[\w/.-]*"
    r"[ \t]+(?:vom|du|del|van|of|dated|dd\.?)[ \t]+$",
    re.IGNORECASE,
)
#: The day something happened that the document reports, not the day it was written: a loss,
#: an accident, a birth ("Date of loss:", "Fecha del siniestro", "Data del sinistro").
_EVENT_DAY = re.compile(
    r"\b(?:date|fecha|data|date)\s+(?:of|de|du|del|della|van)\s+(?:the\s+|l[ae]\s+)?(?:loss|birth"
    r"|accident|incident|damage|injury|event|sinistre|siniestro|sinistro|naissance|nacimiento"
    r"|nascita|schade|l'accident|l'incident)\b[\W_]*$",
    re.IGNORECASE,
)
#: The day a paper was revised ("Revision Date" under a purchase order's "PO Date", "Revised
#: on", "Last amended", "Date of change"): a later edition of a paper keeps the date it was
#: issued; the revision's day is no role of its own.
_REVISION_DAY = re.compile(
    r"\b(?:revision|revised|amendment|amended|change)\s+(?:date|on)[\W_]*$"
    r"|\b(?:last\s+)?(?:revised|amended)[\W_]*$|\bdate\s+(?:of\s+)?(?:revision|change)[\W_]*$",
    re.IGNORECASE,
)
#: The day a meter was read ("Reading date", "Meter read date", "Date of reading"): a bill is
#: dated the day it is issued; the reading's day is no role of its own.
_METER_READING = re.compile(
    r"\b(?:meter\s+)?read(?:ing)?\s+date[\W_]*$|\bdate\s+of\s+(?:meter\s+)?reading[\W_]*$",
    re.IGNORECASE,
)
#: The first day of a stay ("Arrival", "Check-in", "Anreise", "Arrivée", "Llegada"): a hotel's
#: folio is dated the day the guest leaves and pays; the arrival is no role of its own.
#: (A parcel's "Expected arrival" is its delivery: :data:`CUES`.)
_STAY_START = re.compile(
    r"(?<!expected )\b(?:arrival|check-?in|anreise|arriv[ée]e|llegada|arrivo|aankomst)"
    r"(?:\s+date)?[\W_]*$",
    re.IGNORECASE,
)
#: A day a sum fell due in the past ("invoice 3401 ..., which was due on 31/07/2025, remains
#: unpaid"): the chased paper's due date, not a day the document sets.
#: The next bill's day ("Next billing date", "Next bill date"): a later paper's, none of this
#: one's (the generic "date" would read it as the issue date).
_NEXT_BILL = re.compile(r"\bnext\s+(?:billing|bill|invoice|statement)\s+date[\W_]*$", re.IGNORECASE)
_PAST_DUE = re.compile(
    r"\b(?:was|were|fell|became|had\s+been)\s+(?:due|payable)(?:\s+(?:on|by))?[\W_]*$",
    re.IGNORECASE,
)


#: A heading over a table of the days a bill falls due, one row per instalment: FacturaE's
#: "Vencimientos", "Scadenze", "Fälligkeiten", "Échéances", "Payment schedule",
#: "Vervaldagen", "Vencimentos". Its date column holds due dates, whatever it is headed.
DUE_SCHEDULE = re.compile(
    r"^\W*(?:vencimientos?|plazos\s+de\s+pago|scadenz[ae](?:\s+(?:di\s+)?pagamento)?"
    r"|f[äa]lligkeit(?:en|stermine)?|zahlungstermine|[ée]ch[ée]ances?|[ée]ch[ée]ancier"
    r"|payment\s+schedule|instal(?:l)?ments?|vervaldat(?:a|ums)|vervaldagen|vencimentos?)\W*$",
    re.IGNORECASE,
)


def cue_role(before: str) -> str | None:
    """The role the words right before a date name ("" for the day of a loss or a birth, of a
    revision, of a guest's arrival, of a meter's reading or of the next bill);
    of two labels for one date ("Rechnungsdatum/Lieferdatum:"), the first."""
    unnamed = (_EVENT_DAY, _REVISION_DAY, _STAY_START, _METER_READING, _PAST_DUE, _NEXT_BILL)
    if any(day.search(before) for day in unnamed):
        return ""
    cued = next((role for role, cue in CUES if cue.search(before)), None)
    head, slash, tail = before.rpartition("/")
    if cued != "issue" and slash and head.split() and re.match(r"\w", tail):
        first = head.split()[-1] + re.sub(r"^\w+", "", tail)
        cued = next((role for role, cue in CUES if cue.search(first)), cued)
    if cued is None and misread_due_label(before):
        cued = "due"  # "Termin ptatnosci:", "Erapadiva:": OCR's slips in a due date's label
    return cued


def unprefixed(before: str) -> str:
    """The text before a date without the weekday or article that belong to the date."""
    return _ARTICLE.sub("", _WEEKDAY.sub("", _CALENDAR_WEEK.sub("", before)))


__all__ = [
    "CUES",
    "DELIVERY",
    "DUE_SCHEDULE",
    "MADE",
    "NEXT_MEETING",
    "NUMBER_DATED",
    "ORDERED",
    "REFERRED",
    "THEIR_MESSAGE",
    "cue_role",
    "unprefixed",
]
