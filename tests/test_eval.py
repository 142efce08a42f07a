"""The eval harness: metric functions on hand-computed cases, label checks, golden report, both suites."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewer import errors
from reviewer.cli import app
from reviewer.evaluation import metrics as M
from reviewer.evaluation.harness import golden_view, run_eval
from reviewer.evaluation.labels import expected_spans, load_document, load_label, load_labels

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "evals" / "data"
EXTERNAL = ROOT.parent / "shared" / "external"


def rec(expected, predicted, labelled=("unpaid_scope", "ip_grab", "misclassification"), **kw):
    base = {"id": "d", "suite": "s", "labelled": list(labelled), "expected": list(expected), "predicted": list(predicted),
            "expected_spans": {}, "predicted_spans": {}, "latency_s": 0.1, "citations_total": 0, "citations_valid": 0}
    base.update(kw)
    return base


# --- metrics -------------------------------------------------------------------------------------

@pytest.mark.parametrize("tp,fp,fn,p,r,f1", [
    (2, 1, 1, 2 / 3, 2 / 3, 2 / 3),
    (3, 0, 1, 1.0, 0.75, 6 / 7),
    (0, 2, 0, 0.0, math.nan, 0.0),
    (0, 0, 2, math.nan, 0.0, 0.0),
    (0, 0, 0, math.nan, math.nan, math.nan),
])
def test_prf_hand_computed(tp, fp, fn, p, r, f1):
    got = M.prf(tp, fp, fn)
    for key, want in (("precision", p), ("recall", r), ("f1", f1)):
        assert (math.isnan(got[key]) and math.isnan(want)) or got[key] == pytest.approx(want)


def test_per_category_only_scores_labelled_categories():
    records = [
        rec(["unpaid_scope"], ["unpaid_scope", "ip_grab"]),            # tp unpaid, fp ip
        rec([], ["misclassification"], labelled=("unpaid_scope",)),      # misclassification not labelled: ignored
        rec(["ip_grab"], []),                                            # fn ip
    ]
    pc = M.per_category(records, ["unpaid_scope", "ip_grab", "misclassification"])
    assert (pc["unpaid_scope"]["tp"], pc["unpaid_scope"]["fp"], pc["unpaid_scope"]["fn"]) == (1, 0, 0)
    assert (pc["ip_grab"]["tp"], pc["ip_grab"]["fp"], pc["ip_grab"]["fn"]) == (0, 1, 1)
    assert pc["misclassification"]["support"] == 0 and math.isnan(pc["misclassification"]["f1"])
    avg = M.averages(pc, ["unpaid_scope", "ip_grab", "misclassification"])
    assert avg["micro_f1"] == pytest.approx(2 * 1 / (2 * 1 + 1 + 1))
    assert avg["macro_f1"] == pytest.approx((1.0 + 0.0) / 2)  # NaN category left out of the mean


def test_evidence_located_counts_overlaps_of_true_positives():
    records = [
        rec(["unpaid_scope"], ["unpaid_scope"], expected_spans={"unpaid_scope": [[10, 20]]},
            predicted_spans={"unpaid_scope": [[15, 40]]}),
        rec(["ip_grab"], ["ip_grab"], expected_spans={"ip_grab": [[10, 20]]}, predicted_spans={"ip_grab": [[20, 30]]}),
        rec(["misclassification"], [], expected_spans={"misclassification": [[0, 5]]}),  # a miss: not counted
    ]
    assert M.evidence_located(records) == pytest.approx(0.5)
    assert math.isnan(M.evidence_located([]))


def test_reassurance_and_alarm_rates():
    records = [
        rec(["unpaid_scope"], []),                    # false reassurance
        rec(["ip_grab"], ["misclassification"]),      # some core finding: not reassurance
        rec([], []),                                  # clean, quiet
        rec([], ["unpaid_scope"]),                    # false alarm
    ]
    assert M.false_reassurance(records) == pytest.approx(0.5)
    assert M.false_alarm(records) == pytest.approx(0.5)
    assert math.isnan(M.false_reassurance([rec([], [])]))
    assert math.isnan(M.false_alarm([rec(["unpaid_scope"], [])]))


def test_citation_validity_and_percentile():
    records = [rec([], [], citations_total=4, citations_valid=3), rec([], [], citations_total=0, citations_valid=0)]
    assert M.citation_validity(records) == pytest.approx(0.75)
    assert math.isnan(M.citation_validity([rec([], [])]))
    assert M.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95) == 10
    assert M.percentile([3.0], 50) == 3.0
    assert math.isnan(M.percentile([], 50))


# --- labelled data -------------------------------------------------------------------------------

def test_dataset_shape():
    labels = load_labels([DATA])
    assert len(labels) >= 45
    negatives = [lb for lb in labels if not lb.expected]
    assert len(negatives) >= 15
    assert sum(1 for lb in labels if lb.id.startswith("hard-")) >= 8
    pdfs = [lb for lb in labels if lb.document is not None and lb.document.suffix == ".pdf"]
    assert len(pdfs) >= 6
    assert {"dev", "heldout", "heldout3", "heldout4"} <= {lb.suite for lb in labels}
    assert len({lb.kind for lb in labels}) >= 8


def test_every_label_quote_is_verbatim_in_its_document():
    for label in load_labels([DATA]):
        doc = load_document(label)
        for f in label.findings:
            for quote in f.evidence:
                assert quote in doc.text, f"{label.path}: {quote!r}"
        expected_spans(label, doc)


def test_eval_pdfs_are_reproducible_from_sources(tmp_path):
    import shutil

    from reviewer.document import load

    spec = __import__("importlib.util").util.spec_from_file_location("mk", ROOT / "scripts" / "make_eval_pdfs.py")
    mk = __import__("importlib.util").util.module_from_spec(spec)
    spec.loader.exec_module(mk)
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    for pdf in copy.glob("*/docs/*.pdf"):
        pdf.unlink()
    built = mk.build(copy)
    assert len(built) >= 6
    for pdf in built:
        committed = DATA / pdf.relative_to(copy)
        assert load(pdf).text == load(committed).text


@pytest.mark.parametrize("content,needle", [
    ("id: x\nkind: nda\ntext: hi\nfindings:\n  - category: made_up\n    evidence: [hi]\n", "unknown category"),
    ("id: x\nkind: nda\ntext: hello there\nfindings:\n  - category: ip_grab\n    evidence: [not here]\n", "not found"),
    ("id: x\nkind: [unclosed\n", "invalid YAML"),
    ("id: x\nkind: nda\n", "exactly one of"),
    ("id: x\nkind: memo\ntext: hi\n", "unknown kind"),
])
def test_bad_label_files_name_the_file(tmp_path, content, needle):
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(errors.LabelError) as exc:
        label = load_label(path)
        expected_spans(label, load_document(label))
    assert str(path) in str(exc.value) and needle in str(exc.value)


def test_missing_label_folder_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "nope")])
    assert result.exit_code == errors.LabelError.exit_code
    assert "no such file or folder" in result.stderr


# --- runs ----------------------------------------------------------------------------------------

def test_golden_report_matches_offline_run(offline_data_eval):
    """Regenerate deliberately with: python scripts/update_golden.py"""
    golden = json.loads((ROOT / "evals" / "golden" / "offline-data.json").read_text())
    assert json.loads(json.dumps(golden_view(offline_data_eval), sort_keys=True)) == golden


def test_eval_cli_prints_tables_for_both_suites(tmp_path):
    # two small suites: the golden test above runs the whole of evals/data
    result = CliRunner().invoke(app, ["eval", str(DATA / "heldout3"), str(DATA / "heldout4"), "-o", str(tmp_path),
                                      "--workers", "2"])
    assert result.exit_code == 0, result.output
    for text in ("suite: heldout3", "suite: heldout4", "core macro F1", "keyword", "unpaid_scope"):
        assert text in result.stdout
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["metrics"]["all"]["citation_validity"] == 1.0
    again = CliRunner().invoke(app, ["eval", str(DATA / "heldout3"), "--baseline", str(tmp_path / "report.json"),
                                     "--no-keyword-baseline"])
    assert "delta" in again.stdout


def test_external_suite_runs_unchanged():
    if not EXTERNAL.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{EXTERNAL} is missing in CI")
        pytest.skip("../shared/external is not beside this checkout")
    result = run_eval([EXTERNAL], backend="offline", keyword_baseline=False)
    m = result.metrics["external"]
    assert m["documents"] == len(list(EXTERNAL.glob("*.yaml")))
    assert m["citation_validity"] in (1.0,) or math.isnan(m["citation_validity"])
    assert m["false_alarm"] <= 0.10
