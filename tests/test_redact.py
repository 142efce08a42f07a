"""`--redact`: recall per kind and precision on the labelled PII set, the forms named in issue 12, round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewer.evaluation.pii import evaluate_document, keep_rate, load_documents, precision, recall_by_kind
from reviewer.redact import Redactor, find_personal

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "evals" / "pii" / f"{name}.yaml" for name in ("dev", "heldout", "heldout2", "heldout3", "dev2")]
DOCS = load_documents(SETS)

# Measured on evals/pii (334 items, 32 documents, 27 locales): every kind 1.00 but NAME 0.98 (115/117), precision
# 1.00, keep 1.00. The thresholds are the issue's targets, a little under what is measured, so that a regression
# fails and one item does not. heldout2 and heldout3 scored 0.64 and 0.62 when first measured: see
# evals/pii/README.md.
THRESHOLDS = {"EMAIL": 0.98, "PHONE": 0.98, "ID": 0.98, "DOB": 0.95, "NAME": 0.95, "ADDRESS": 0.95, "ORG": 0.9,
              "MONEY": 0.95}


# A lone given name in no gazetteer, mid-sentence, with no title, label, role or phone number near it (README:
# "Not covered").
KNOWN_MISSES = {"Oluwadamilare"}


@pytest.fixture(scope="module")
def records():
    return [evaluate_document(d) for d in DOCS]


def test_labelled_set_is_well_formed():
    locales = {d["locale"] for d in DOCS}
    items = [i for d in DOCS for i in d["items"]]
    assert len(locales) >= 8 and len(items) >= 150
    for d in DOCS:
        for kind, text in d["items"]:
            assert kind in THRESHOLDS and text in d["text"], (d["id"], text)
        for text in d["keep"]:
            assert text in d["text"], (d["id"], text)


@pytest.mark.parametrize("kind", sorted(THRESHOLDS))
def test_recall_per_kind(records, kind):
    recall = recall_by_kind(records)[kind][2]
    missed = [i.text for r in records for i in r.items if i.kind == kind and not i.caught]
    assert recall >= THRESHOLDS[kind], missed


def test_precision_and_non_personal_text_survives(records):
    assert precision(records) >= 0.95
    assert keep_rate(records) == 1.0, [k for r in records for k in r.lost]


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_round_trip(doc):
    r = Redactor(doc["text"])
    redacted = r.redact(doc["text"])
    assert r.restore(redacted) == doc["text"]
    for kind, text in doc["items"]:
        if kind != "MONEY" and len(text) >= 5 and text not in KNOWN_MISSES:
            assert text not in redacted


@pytest.mark.parametrize("text, secret", [
    ("Candidate: María José García-López\nMs García-López starts Monday.", "García"),
    ("Candidate: María José García-López\nThe López family home is near the office.", "López"),
    ("Nom : DUBOIS Élodie\nMme Dubois signe le contrat.", "Dubois"),
    ("Name: GARCÍA-LÓPEZ, María\nThe candidate signs below.", "GARCÍA"),
    ("Contractor: Nguyễn Văn An\nThe contractor delivers weekly.", "Nguyễn Văn"),
    ("Name: O'Brien, Siobhan\nSiobhan will attend the trial day.", "Siobhan"),
    ("The work is reviewed by Javier Ruiz Fernández each Friday.", "Ruiz"),
    ("Please sign and return.\n\nKind regards,\nAroha Ngata\nArea Manager", "Ngata"),
    ("This agreement is between Acme Ltd and Tyler J. Lindqvist (the \"Candidate\").", "Lindqvist"),
    ("Home address: 14 Clontarf Road, Dublin 3, D03 X285", "Clontarf"),
    ("Send it to PO Box 1234, Austin, TX 78701.", "1234"),
    ("Send it to Postfach 10 20 30, 50968 Köln.", "10 20 30"),
    ("She lives at 12 rue de la Paix, 75002 Paris.", "Paix"),
    ("Anschrift: Lindenallee 12a, 50968 Köln", "Lindenallee"),
    ("Office: Unit 5/22 Smith St, Fitzroy VIC 3065", "Smith St"),
    ("Return it to 250 Queen St W, Toronto, ON M5V 2A1.", "M5V"),
    ("Date of birth: 14/03/1991", "1991"),
    ("Geboren am 23.05.1990 in Berlin.", "23.05"),
    ("National Insurance number: QQ 12 34 56 C", "34 56"),
    ("SSN 536-22-1234 on file.", "536-22"),
    ("Paid into GB82 WEST 1234 5698 7654 32 monthly.", "5698"),
    ("Passport no.: PX1234567", "PX1234567"),
    ("Employee ID: BL-004417", "004417"),
    ("Call +44 20 7946 0958 or (217) 555-0143.", "7946"),
    ("You can call me at 9123 4567 any time.", "4567"),
    ("My NRIC is S8012345D and my BVN is 22123456789.", "8012345"),
    ("Thanks, I agreed this with Noémie yesterday.", "Noémie"),
    ("Signed for the Candidate: A. Chukwuemeka-Obi        Date: 3 March 2026", "Chukwuemeka"),
    ("Address: Blk 123 Ang Mo Kio Avenue 3,\n#08-456, Singapore 560123", "#08-456"),
    ("ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa", "Marszałkowska"),
    ("Tél. : 06 12 34 56 78", "56 78"),
    ("Write to elodie.dubois@example.fr today.", "dubois"),
    ("Cheers,\nTamsin", "Tamsin"),
    ("乙方（实习生）：王晓明\n王晓明的实习期为三个月。", "晓明"),
    ("山田 太郎 様\n\n採用通知書", "太郎"),
    ("प्रिय राहुल शर्मा,\nआपका स्वागत है।", "राहुल"),
    ("Name / الاسم: محمد عبد الله الشامسي", "الشامسي"),
    ("성명: 김민지\n담당자: 박서준 대리", "박서준"),
    ("Волонтер: Олександра Іванівна Ткаченко", "Ткаченко"),
    ("Ο ασκούμενος Γιώργος Παπαδόπουλος αναλαμβάνει καθήκοντα.", "Παπαδόπουλος"),
    ("ИНН 500100732259, СНИЛС 112-233-445 95", "445"),
    ("Works number 77120394", "77120394"),
    ("Versichertennummer der Krankenkasse: A123456780", "A123456780"),
    ("Please bring your KRA PIN (A012345678Z).", "A012345678Z"),
    ("If you are late, text Kiprotich on 0712 345678.", "Kiprotich"),
    ("Your buddy for the first week is Jaswinder.", "Jaswinder"),
    ("Cualquier duda, escríbele a Itzel o a Tonatiuh por el grupo.", "Tonatiuh"),
    ("Concedente: Padaria Pão de Mel", "Pão de Mel"),
    ("Your first shifts at Mama Oliech Kitchen are a trial.", "Oliech"),
    ("und Frau Merle Janßen, Am Kirchberg 3a, 26122 Oldenburg (Praktikantin).", "Kirchberg"),
    ("Endereço: Rua das Laranjeiras, 245, apto 302, Rio de Janeiro - RJ, 22240-003", "Laranjeiras"),
    ("Адрес для документов: 119019, г. Москва, ул. Новый Арбат, д. 15, кв. 42", "Арбат"),
    ("Send the form to Brackenfield Outdoor, Unit 7, Harbour Trading Estate, Penryn TR10 8AD.", "Brackenfield"),
])
def test_issue_forms_are_redacted(text, secret):
    assert secret not in Redactor(text).redact(text)


@pytest.mark.parametrize("text, exact, note", [
    ("The salary is GBP 58,500 per year.", "58,500", "GBP 59,000 per year"),
    ("Base salary USD 120,000.", "120,000]", "USD 120,000"),
    ("Jahresgehalt EUR 95.500 brutto.", "95.500", "EUR 96,000"),
    ("Salary: CHF 110'500 per year.", "110'500", "CHF 110,000"),
    ("The salary is INR 9,50,000 per annum.", "9,50,000", "INR 950,000"),
    ("The trial is paid $17.85 per hour.", "17.85", "USD 18 per hour"),
])
def test_amounts_travel_rounded_with_currency_and_unit(text, exact, note):
    out = Redactor(text).redact(text)
    assert exact not in out.replace(note, "") and f"~ {note}" in out


@pytest.mark.parametrize("text, kept", [
    ("Mr Lee signs here. The Leeds office opens at 9am.", "Leeds office"),
    ("1. Confidential Information. Section 3 applies to the Company and its clients.", "Confidential Information"),
    ("12. Governing Law. This agreement is governed by the laws of England.", "Governing Law"),
    ("The Head of Analytics approves the schedule; the Shift Supervisor signs it.", "Head of Analytics"),
    ("The trial lasts 2 days of 8 hours; the deposit is refunded within 30 days.", "2 days of 8 hours"),
    ("Notices shall be sent by email to the addresses in Schedule 1.", "addresses in Schedule 1"),
    ("Reference 559204-7783 and code 01452-001 are not phone numbers.", "559204-7783"),
    ("Clinical Placement Office, Bow River School of Nursing", "Clinical Placement Office"),
    ("Under Law No. 65-99 and Lei nº 9.610/98 the work belongs to the author.", "65-99"),
    ("Under Law No. 65-99 and Lei nº 9.610/98 the work belongs to the author.", "9.610/98"),
    ("Changes must be approved by Client in writing.", "approved by Client"),
    ("It does not make an employment relationship between the Company and Participant.", "and Participant"),
    ("Hello Maria, we reply in Korean or English.", "Korean or English"),
    ("Pay follows the Restaurant Industry Award 2020 for 38 hours a week.", "Restaurant Industry Award"),
    ("Hiroshi, the rate is EUR 4000 per month for 40 hours, contract number 2026/17.", "~ EUR 4,000 per month]"),
])
def test_non_personal_text_is_kept(text, kept):
    assert kept in Redactor(text).redact(text)


def test_placeholders_restore_with_or_without_the_amount_note():
    r = Redactor("Dear Siobhan O'Brien, the rate is GBP 15 per hour.")
    out = r.redact("Dear Siobhan O'Brien, the rate is GBP 15 per hour.")
    name = next(p for v, p in r.forward.items() if v == "Siobhan O'Brien")
    money = next(p for v, p in r.forward.items() if p.startswith("[MONEY_"))
    assert name in out and money in out
    assert r.restore(f"{name} earns [MONEY_1]; {money}; [NAME_99]") == \
        "Siobhan O'Brien earns GBP 15 per hour; GBP 15 per hour; [NAME_99]"


def test_no_crash_on_odd_text():
    for text in ["", "\u200b\ufeff", "Mr.", "Dear ,", "Address:", "IBAN GB", "+" * 50, "1 " * 2000, "é-" * 500,
                 "Name: O'", "Candidate: \n\nKind regards,\n", "(((((((((((0", "PO Box", "Ms Ó"]:
        r = Redactor(text)
        assert r.restore(r.redact(text)) == text
        find_personal(text)


def test_redacted_document_reaches_the_server_without_personal_items(monkeypatch, tmp_path):
    from reviewer.cli import app

    from .llm_server import ScriptedServer

    doc = next(d for d in DOCS if d["id"] == "uk-offer")
    path = tmp_path / "offer.txt"
    path.write_text(doc["text"])
    srv = ScriptedServer().start()
    try:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.url)
        monkeypatch.setenv("REVIEWER_LLM_CACHE", "false")
        result = CliRunner().invoke(app, ["review", str(path), "--backend", "openai", "--redact", "-f", "json"])
        assert result.exit_code == 0, result.stderr
        sent = json.dumps([json.loads(b) for b in srv.raw_bodies], ensure_ascii=False)
    finally:
        srv.stop()
    assert srv.raw_bodies
    leaked = [t for k, t in doc["items"] if k != "MONEY" and t in sent]
    assert not leaked
    assert "Junior Data Analyst" in sent and json.loads(result.stdout)["llm"]["redacted"]
