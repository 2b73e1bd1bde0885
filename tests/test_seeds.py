"""Golden tests: the seed articles clean to their hand-checked expected outputs."""

from __future__ import annotations

import pytest

from conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def test_there_are_five_seeds():
    assert len(SEED_FILES) == 5
    assert all((SEEDS / "expected" / p.name).is_file() for p in SEED_FILES)


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_seed_matches_expected(norm, path):
    expected = (SEEDS / "expected" / path.name).read_text(encoding="utf-8")
    assert norm.clean(path.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_expected_output_is_a_fixed_point(norm, path):
    expected = (SEEDS / "expected" / path.name).read_text(encoding="utf-8")
    assert norm.clean(expected) == expected


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_cli_clean_prints_expected_output(cli, path):
    expected = (SEEDS / "expected" / path.name).read_text(encoding="utf-8")
    proc = cli("clean", str(path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == expected.rstrip("\n") + "\n"


def test_check_flags_raw_seeds_and_passes_expected(cli):
    raw = cli("check", *map(str, SEED_FILES))
    assert raw.returncode == 1
    assert all(p.name in raw.stdout for p in SEED_FILES)
    clean = cli("check", *map(str, sorted((SEEDS / "expected").glob("*.txt"))))
    assert clean.returncode == 0, clean.stdout


ARTEFACTS = {
    # what a careful editor removes or repairs, and must not find in the output
    "gone": ["Advertisement", "Source link", "Leave a Reply", "Your email address", "TAGS",
             "3 Reads", "Oliver Thansan", "| Reuters", "Click here to join", "Trust Project",
             "Read the Town Crier", "--", "Kiev", "kyiv", "Nato ", "Zelenski", "Volodímir",
             "Saint Michael", "St. Michael", "Plaza San Miguel", '." ",', "“", "”", "’"],
}


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_no_artefact_survives(path):
    text = (SEEDS / "expected" / path.name).read_text(encoding="utf-8")
    for artefact in ARTEFACTS["gone"]:
        assert artefact not in text, artefact


def test_every_article_sentence_is_kept(norm):
    # Sentences from the middle and end of each article body must all survive.
    sentences = [
        "On Friday, Stoltenberg will attend a Ukraine defence contact group meeting",
        "Though not directly involved, countries under NATO",
        "to supply at least 100 older Leopard 1 A5 tanks.",
        "is to make sure that the country prevails as a sovereign and independent nation.",
        "while the Atlantic Alliance prefers to keep the doors closed to accession",
        "Stoltenberg paid tributes to Ukraine soldiers killed in war",
    ]
    joined = "\n".join(
        norm.clean(p.read_text(encoding="utf-8")) for p in SEED_FILES
    )
    for sentence in sentences:
        assert sentence in joined, sentence
    assert joined.count("NATO Secretary General Jens Stoltenberg travels to Kyiv by surprise") == 1
    assert joined.count("NATO Chief Visits Ukraine: NATO chief visits Ukraine") == 1
