"""The lineage sentence classifier's data and model (bench/sentence_classifier/: sentence_data.py,
sentence_model.py, train_sentences.py; docs/lineage_classifier.md): the labelled sentences a
gold file gives, and a model trained from the project's own gold that loads from one file,
offline, and scores deterministically."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.sentence_classifier.sentence_data import GOLD_SETS, LabelledSentence, export, label_sentences, locate
from bench.sentence_classifier.sentence_model import EVENT, LABELS, SentenceModelError, event_sentence_scores, load_model
from bench.sentence_classifier.train_sentences import save, train, training_sentences

# A ministry note in the conventions' shape (shared/corpus/dev/star/README.md): a heading, an
# abolition, two events in one sentence, a change whose evidence runs into the sentence naming
# who decided (as p02's gold does), a line of minutes.
NOTE = ("Notat om seniorjob\n\n"
        "Ordningen med seniorjob afskaffes fra 1. januar 2016. "
        "I stedet indføres en seniorpension, og ressourceforløbene videreføres. "
        "Satsen blev i 2017 hævet med 5 procent. Det har Folketinget besluttet i dag.\n\n"
        "Mødet sluttede kl. 16.")
GOLD = [
    {"event": "dropped", "evidence": "Ordningen med seniorjob afskaffes fra 1. januar 2016."},
    {"event": "introduced", "evidence": "I stedet indføres en seniorpension"},
    # the labeller copied a PDF's broken line; the text has the word whole (seed 002's gold)
    {"event": "confirmed", "evidence": "ressource- forløbene videreføres"},
    {"event": "changed", "evidence": "Satsen blev i 2017 hævet med 5 procent.\nDet har Folketinget besluttet i dag."},
    {"event": "planned", "evidence": "Kommunen vil ansætte flere sagsbehandlere."},  # not in the text
]


def test_a_gold_file_labels_each_sentence_with_the_kinds_of_its_evidence() -> None:
    sentences, missing = label_sentences(NOTE, GOLD)
    assert [(s.text, s.kinds) for s in sentences] == [
        ("Notat om seniorjob", ()),
        ("Ordningen med seniorjob afskaffes fra 1. januar 2016.", ("dropped",)),
        ("I stedet indføres en seniorpension, og ressourceforløbene videreføres.", ("introduced", "confirmed")),
        ("Satsen blev i 2017 hævet med 5 procent.", ("changed",)),
        ("Det har Folketinget besluttet i dag.", ("changed",)),
        ("Mødet sluttede kl. 16.", ()),
    ]
    assert missing == 1  # counted, never guessed
    assert sum(s.positive for s in sentences) == 4


def test_evidence_is_found_whatever_its_line_breaks_and_broken_words() -> None:
    assert locate(NOTE, "Satsen blev i 2017\nhævet med 5 procent.") == (NOTE.index("Satsen"), NOTE.index(" Det har"))
    start = NOTE.index("ressourceforløbene")
    assert locate(NOTE, "ressource- forløbene") == (start, start + len("ressourceforløbene"))
    assert locate(NOTE, "Kommunen vil ansætte") is None


def test_every_shipped_gold_evidence_marks_a_sentence_of_its_text() -> None:
    """The training data loses no event: each set's gold evidence is verbatim in its text."""
    for name in GOLD_SETS:
        exported = list(export([name]))
        assert exported, name
        for doc, sentences, missing in exported:
            assert missing == 0, doc.stem
            kinds = [k for s in sentences for k in s.kinds]
            assert {e["event"] for e in doc.events} == set(kinds), doc.stem


def _labelled(text: str, *kinds: str) -> LabelledSentence:
    return LabelledSentence("t", "t", 0, len(text), text, kinds)


def test_training_is_deterministic() -> None:
    sentences = [_labelled(s.text, *s.kinds) for s in label_sentences(NOTE, GOLD)[0]]
    first, second = train(sentences, epochs=2), train(sentences, epochs=2)
    assert first.get_pipe("textcat_multilabel").to_bytes(exclude=["vocab"]) == \
        second.get_pipe("textcat_multilabel").to_bytes(exclude=["vocab"])


@pytest.mark.slow
def test_a_model_trained_on_the_shipped_gold_loads_offline_and_ranks_an_announcement_first(tmp_path: Path) -> None:
    path = tmp_path / "lineage_sentences.bin"
    model = train(training_sentences(["star", "seeds", "policy"]))
    assert 0 < save(model, path) < 5_000_000
    loaded = load_model(path)
    assert tuple(loaded.get_pipe("textcat_multilabel").labels) == LABELS
    text = "Regeringen vil indføre en ny ret til fleksibelt seniorjob. Mødet sluttede kl. 16."
    spans = [(0, text.index(" Mødet")), (text.index("Mødet"), len(text))]
    planned, meeting = event_sentence_scores(text, spans, loaded)
    assert planned > meeting
    assert event_sentence_scores(text, spans, loaded) == [planned, meeting]  # same input, same scores
    assert event_sentence_scores(text, spans, model) == pytest.approx([planned, meeting])  # the file is the model
    assert EVENT in LABELS


def test_a_missing_model_file_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "absent.bin"
    with pytest.raises(SentenceModelError, match="absent.bin: cannot read the lineage sentence model"):
        load_model(path)


def test_a_corrupt_model_file_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "broken.bin"
    path.write_bytes(b"\x93not a spaCy component")
    with pytest.raises(SentenceModelError, match="broken.bin: not a lineage sentence model"):
        load_model(path)
