"""The embedding model and the FAISS index: real weights, real index, cache keyed by content."""

from __future__ import annotations

import numpy as np

from reviewer.embeddings import get_encoder
from reviewer.index import build, cache_key, load_or_build
from reviewer.settings import Settings


def test_encoder_is_normalised_and_semantic():
    enc = get_encoder()
    v = enc.encode(["The trial is unpaid.", "You will not be paid for the trial period.", "The cat sat on the mat."])
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.3


def test_encoding_is_independent_of_batching():
    enc = get_encoder()
    texts = ["short", "a much longer sentence about invention assignment and prior inventions"]
    together = enc.encode(texts)
    alone = np.vstack([enc.encode([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-5)


def test_cache_rebuilds_when_corpus_changes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    note = corpus / "a.md"
    note.write_text("---\ntitle: Pay for trials\njurisdiction: general\ncategories: [unpaid_scope]\n---\n"
                    "Work done in a trial that benefits the business must be paid at least the minimum wage.\n")
    settings = Settings.load(corpus_dir=corpus, cache_dir=tmp_path / "cache")
    first = load_or_build(settings)
    assert len(first.passages) == 1
    assert load_or_build(settings).key == first.key
    note.write_text(note.read_text() + "\nA second paragraph about how long an unpaid skills test may last.\n")
    assert cache_key(corpus, first.model_id) != first.key
    second = load_or_build(settings)
    assert second.key != first.key


def test_search_finds_the_relevant_note():
    settings = Settings.load()
    index = load_or_build(settings)
    vec = get_encoder().encode(["invention assignment of inventions made on my own time in California"])[0]
    hits = index.search(vec, k=5)
    assert any(h.passage.doc_id == "us-ca-labor-code-2870" for h in hits)


def test_index_command_rebuilds(tmp_path):
    from typer.testing import CliRunner

    from reviewer.cli import app

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "n.md").write_text("---\ntitle: T\n---\nSome guidance text long enough to be a passage.\n")
    result = CliRunner().invoke(app, ["index", "--corpus-dir", str(corpus)])
    assert result.exit_code == 0 and "Indexed 1 passages" in result.stdout
    assert build(Settings.load(corpus_dir=corpus)).passages[0].id == "n#1"


def test_known_queries_are_saved_with_the_index_so_a_new_process_needs_no_weights(tmp_path):
    from reviewer.index import GuidanceLibrary
    from reviewer.retrieve import known_queries

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ntitle: Pay for trials\njurisdiction: general\ncategories: [unpaid_scope]\n---\n"
                                 "Work done in a trial that benefits the business must be paid.\n")
    settings = Settings.load(corpus_dir=corpus, cache_dir=tmp_path / "cache")
    build(settings)
    library = GuidanceLibrary(settings)  # as a new process: the index and the saved queries come from disk
    queries = known_queries()
    saved = library.encoder.encode(queries)
    assert not hasattr(library.encoder._encoder, "encode"), "the weights were loaded for a query already embedded"
    assert np.allclose(saved, get_encoder().encode(queries), atol=1e-5)
    library.encoder.encode(["a question nobody asked before"])  # a new text loads the weights and is embedded
    assert hasattr(library.encoder._encoder, "encode")

    folder = next((tmp_path / "cache").glob("index-*"))
    (folder / "queries.npy").write_bytes(b"not an array")  # damaged: the queries are embedded when asked
    again = GuidanceLibrary(settings)
    assert again.index.queries == {}
    assert np.allclose(again.encoder.encode(queries[:2]), saved[:2], atol=1e-5)
