"""Real corpora, in slices: idempotence on every corpus in ../shared/data, and the WMT goal
(no system line keeps a space before , . ; : ? !; references change only where a rule
names a real fault). The full runs are benchmarks/punctuation_wmt.py and
benchmarks/punctuation_idempotence.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import punctuation_idempotence as idem
import punctuation_wmt as wmt

from normkit.stages.punctuation import EncodingAndPunctuation

SLICE = 100


@pytest.fixture(scope="module")
def data() -> Path:
    if not idem.DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return idem.DATA


def test_idempotent_on_every_corpus(data):
    cleaners = [EncodingAndPunctuation({"quotes": q}) for q in ("straight", "curly", "keep")]
    files = idem.corpus_files()
    assert len(files) > 40
    not_idempotent = []
    for path in files:
        for lang, text in list(idem.corpus_texts(path))[:SLICE]:
            for cleaner in cleaners:
                once = cleaner.run(text, lang).text
                if cleaner.run(once, lang).text != once:
                    not_idempotent.append((path.name, text[:80]))
    assert not_idempotent == []


def test_wmt_system_lines_keep_no_space_before_punctuation(data):
    cleaner = EncodingAndPunctuation()
    path = wmt.DATA / "system-outputs" / "generaltest2022.uk-en.hyp.Online-G.en"
    lines = wmt.read_lines(path)
    faulty = [line for line in lines if wmt.SPACE_BEFORE_PUNCT.search(line)]
    assert len(faulty) > 50  # the file is a real test of the rules
    assert [out for line in faulty
            if wmt.SPACE_BEFORE_PUNCT.search(out := cleaner.run(line, "en").text)] == []


def test_wmt_references_change_only_for_faults(data):
    cleaner = EncodingAndPunctuation(wmt.FAULTS_ONLY)
    lines = []
    for path in sorted((wmt.DATA / "references").glob("*.en")):
        lines.extend(wmt.read_lines(path)[:500])
    changed = [line for line in lines if cleaner.run(line, "en").text != line]
    assert len(changed) / len(lines) < 0.02
