"""The words of the commerce documents (:mod:`testbed.evaluation.variety_commerce`): table
headers by column role and language, goods and services with their prices, the parties."""

from __future__ import annotations

#: Header words per role and language ("{cur}": the currency's code).
HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "description": {
        "en": (
            "Description",
            "Item",
            "Product",
            "Service",
            "Details",
            "Item description",
            "Article",
            "Particulars",
        ),
        "de": ("Bezeichnung", "Beschreibung", "Artikel", "Leistung"),
        "fr": ("Désignation", "Description", "Article"),
    },
    "qty": {
        "en": ("Qty", "Quantity", "Units", "Qty.", "Pcs"),
        "de": ("Menge", "Anzahl"),
        "fr": ("Qté", "Quantité"),
    },
    "hours": {"en": ("Hours", "Hrs"), "de": ("Stunden",), "fr": ("Heures",)},
    "unit": {
        "en": ("Unit Price", "Rate", "Unit cost", "Price/Unit", "Each", "Unit price ({cur})"),
        "de": ("Einzelpreis", "E-Preis", "Preis/Einheit"),
        "fr": ("Prix unitaire", "P.U."),
    },
    "rate": {"en": ("Rate", "Hourly rate"), "de": ("Stundensatz",), "fr": ("Taux horaire",)},
    "amount": {
        "en": ("Amount", "Total", "Line Total", "Ext. Price", "Net Amount", "Amount ({cur})"),
        "de": ("Betrag", "Gesamt", "Gesamtpreis"),
        "fr": ("Montant", "Total HT"),
    },
    "code": {
        "en": ("SKU", "Item #", "Item No.", "Part No.", "Code", "Ref."),
        "de": ("Art.-Nr.", "Artikelnr."),
        "fr": ("Réf.", "Code"),
    },
    "pos": {"en": ("#", "Line", "No."), "de": ("Pos.", "Pos"), "fr": ("N°", "Ligne")},
    "uom": {"en": ("Unit", "UoM"), "de": ("Einheit",), "fr": ("Unité",)},
    "vat": {"en": ("VAT", "VAT %", "Tax"), "de": ("MwSt.", "USt."), "fr": ("TVA",)},
    "disc": {"en": ("Disc.", "Discount"), "de": ("Rabatt",), "fr": ("Remise",)},
}
GOODS = (
    ("Stainless hinge 40mm", 4.35),
    ("Cable tray, galvanised 3m", 38.9),
    ("LED panel 60x60", 54.0),
    ("Ergonomic task chair", 289.0),
    ("Laser toner cartridge", 112.5),
    ("Pallet wrap film", 17.8),
    ("M8 hex bolts (box of 100)", 12.4),
    ("Copy paper A4 80gsm", 5.95),
    ("Safety gloves, size L", 3.2),
    ("Industrial fan 24in", 149.0),
    ("USB-C docking hub", 89.99),
    ("Oak veneer sheet", 46.0),
    ("Thermal labels 100x150", 21.75),
    ("Espresso beans 1kg", 24.5),
    ("Filing cabinet, 4 drawer", 410.0),
    ("Fire extinguisher 6kg", 68.0),
    ("Network cable Cat6 305m", 132.0),
    ("Whiteboard 120x90", 95.0),
)
SERVICES = (
    ("On-site installation", 95.0),
    ("Annual support plan", 1800.0),
    ("Design review workshop", 1250.0),
    ("Data migration", 140.0),
    ("Project management", 110.0),
    ("Bookkeeping (monthly)", 420.0),
    ("Freight & handling", 65.0),
    ("Window cleaning", 38.0),
    ("Legal consultation", 260.0),
    ("Server maintenance", 175.0),
    ("Copywriting", 85.0),
    ("Staff training day", 950.0),
)
#: Second lines of a wrapped description.
DETAILS = (
    "as per quote Q-2231",
    "incl. mounting kit",
    "period March to May",
    "delivered to site B",
    "serial numbers on delivery note",
    "phase 2, requirements",
    "colour: anthracite",
)
UNITS = ("ea", "pcs", "h", "box", "set")
VENDORS = (
    ("Quillon Fasteners", "Ltd"),
    ("Brackwater Systems", "Inc."),
    ("Eisenhut Werkzeuge", "GmbH"),
    ("Ravelin Office Supplies", "LLC"),
    ("Marguerite Conseil", "SARL"),
    ("Tarnwood Joinery", "Ltd"),
    ("Okavango Digital", "Pty Ltd"),
    ("Hallström Ventilation", "AB"),
    ("Cobaltline Networks", "Inc."),
    ("Vandermolen Techniek", "B.V."),
    ("Sorrento Facility Services", "S.r.l."),
    ("Kestrel Ridge Consulting", "LLP"),
)
CUSTOMERS = (
    ("Parbold Veterinary Group", "Ltd"),
    ("Lindenhof Kliniken", "GmbH"),
    ("Asterion Labs", "Inc."),
    ("Wexcombe Parish Council", ""),
    ("Brightmoor Schools Trust", ""),
    ("Nautilus Yachting", "Ltd"),
    ("Foxglove Architects", "LLP"),
    ("Helvetia Uhrenhandel", "AG"),
    ("Riverside Dental", "PC"),
)
STREETS = (
    "Mill Lane 4",
    "Industriestraße 22",
    "14 Rue Lafayette",
    "250 Harbor Drive",
    "Unit 7, Causeway Park",
    "Keizersgracht 118",
)
