"""The names, addresses, goods and transactions :mod:`testbed.evaluation.variety_batches`
prints: garages, suppliers, insurers, shops, banks and the people who send their papers."""

from __future__ import annotations

from testbed.evaluation.variety_batches_docs import Firm

GARAGES = (
    Firm(
        "Fernside Motor Repairs",
        "Ltd",
        "Unit 4, Brunel Trading Estate",
        "Taunton TA2 8QN",
        "Tel 01823 442190",
        "VAT Reg No. GB 318 5529 04",
    ),
    Firm(
        "Kestrel Bodyworks",
        "Ltd",
        "22 Mill Lane",
        "Chesterfield S40 2HW",
        "Tel 01246 771203",
        "VAT No. GB 402 1187 66",
    ),
    Firm(
        "Halden Autocare",
        "Ltd",
        "Station Yard, Gorsey Road",
        "Wigan WN5 0LT",
        "01942 550318",
        "Company No. 08812274",
    ),
)
SUPPLIERS = (
    Firm(
        "Brackenfield Timber Supplies",
        "Ltd",
        "Canal Wharf",
        "Stoke-on-Trent ST4 7AB",
        "Tel 01782 600411",
        "VAT Reg. GB 277 0913 58",
    ),
    Firm("Corvid Office Solutions", "Ltd", "3 Tanner Row", "York YO1 6JB", "0190 4620 833"),
    Firm(
        "Penhallow Catering Supplies",
        "Ltd",
        "Trevenson Industrial Park",
        "Pool TR15 3PL",
        "Tel 01209 318442",
        "VAT GB 901 4466 12",
    ),
    Firm(
        "Ashgrove Electrical Wholesale",
        "Ltd",
        "88 Fountain Street",
        "Belfast BT1 5EG",
        "028 9032 1170",
    ),
)
ADJUSTERS = Firm(
    "Pelham Loss Adjusters",
    "LLP",
    "Cathedral Chambers, 9 Minster Yard",
    "Lincoln LN2 1PX",
    "01522 538800",
)
AGENTS = Firm("Larchmont Lettings", "Ltd", "41 High Street", "Guildford GU1 3DY", "01483 209944")
BROKERS = Firm(
    "Ridgeway Mortgage Advice", "Ltd", "Suite 2, Abbey House", "Reading RG1 3BD", "0118 952 7710"
)
INSURERS = ("Marlow Mutual Insurance", "Thistle General Insurance", "Oakhurst Assurance")
SHOPS = (
    (
        "Wrenfield Pharmacy",
        "7 Bridge Street, Totnes",
        (("Paracetamol 16", 0.89), ("Plasters assorted", 3.49), ("Ice pack", 4.99)),
    ),
    (
        "Quayside Convenience",
        "2 The Quay, Appledore",
        (("Semi-skimmed milk 2L", 1.65), ("Bread white", 1.39), ("Newspaper", 2.80)),
    ),
    (
        "Bramble & Bean Cafe",
        "18 Fore Street, Lostwithiel",
        (("Flat white", 3.40), ("Cheese toastie", 6.95), ("Tea", 2.60)),
    ),
    (
        "Harkers Hardware",
        "55 Northgate, Darlington",
        (("Tarpaulin 3x4m", 12.99), ("Gaffer tape", 5.49), ("Cable ties 100", 3.29)),
    ),
    (
        "Tollgate Service Station",
        "A38 Tollgate Roundabout",
        (("Unleaded 31.20L", 46.46), ("Screenwash 5L", 4.50)),
    ),
)
CABS = ("Castle Cars Private Hire", "Blue Line Taxis", "A1 Executive Cars")
BANKS = ("Northgate Building Society", "Cobham Bank")
EMPLOYERS = ("Veldt Systems Ltd", "Saltmarsh Dental Practice", "Harrowby County Council")
PEOPLE = (
    "Imogen Faulkner",
    "Rhys Pritchard",
    "Tomasz Wrona",
    "Adaeze Okonkwo",
    "Callum Baird",
    "Harriet Ashdown",
    "Niamh Gallagher",
    "Oskar Lindgren",
    "Bethany Crowther",
    "Dev Raman",
)
HOMES = (
    ["14 Orchard Rise", "Taunton", "TA1 4QX"],
    ["Flat 3, 27 Devonshire Road", "Bristol", "BS6 7NL"],
    ["The Old Forge, Church Lane", "Ledbury", "HR8 1DW"],
    ["9 Kingfisher Close", "Warrington", "WA3 6TR"],
)
REPAIRS = (
    ("Rear bumper - supply", 1, 312.40),
    ("Tailgate panel repair", 1, 185.00),
    ("Paint and materials", 1, 142.75),
    ("Labour (hours)", 6.5, 58.00),
    ("Parking sensor", 2, 46.20),
    ("Number plate", 1, 24.00),
    ("Courtesy car valet", 1, 15.00),
    ("Wheel alignment", 1, 49.99),
)
GOODS = (
    ("C24 timber 47x100 4.8m", 24, 11.85),
    ("OSB3 board 18mm", 12, 19.40),
    ("Screws 5x70 box 200", 6, 8.95),
    ("A4 copier paper 80gsm (box)", 10, 21.50),
    ("Toner cartridge TN-2420", 3, 54.99),
    ("Catering foil 450mm", 4, 17.20),
    ("Paper napkins 33cm (2000)", 5, 14.60),
    ("LED panel 600x600 40W", 8, 27.35),
    ("Twin & earth cable 2.5mm 100m", 2, 89.00),
    ("Consumer unit 10-way", 1, 118.40),
    ("Delivery charge", None, 25.00),
)
PAYEES = (
    ("CARD PAYMENT TESCO STORES", -64.12),
    ("DIRECT DEBIT COUNCIL TAX", -142.00),
    ("SALARY VELDT SYSTEMS", 2318.44),
    ("STANDING ORDER RENT", -950.00),
    ("CARD PAYMENT SHELL", -52.80),
    ("DD THAMES WATER", -38.15),
    ("FASTER PAYMENT J BAIRD", 120.00),
    ("CARD PAYMENT AMAZON UK", -23.99),
    ("CASH WITHDRAWAL", -60.00),
    ("DD OCTOPUS ENERGY", -97.50),
    ("CARD PAYMENT PRET A MANGER", -7.45),
    ("DD VODAFONE", -28.00),
)

#: Organisations printed without a legal form as addressees, customers or regulators: labelled
#: wherever a document prints them.
ADDRESSEES = (
    "Greyfriars Hotel Group", "Northgate Building Society", "Prudential Regulation Authority",
    *INSURERS, *BANKS,
)  # fmt: skip
