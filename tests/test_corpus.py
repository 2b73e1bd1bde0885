"""Corpus mode: lines that recur across a source's documents are its boilerplate."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from normkit import Normalizer
from normkit.cli import app
from normkit.corpus import RULE, RecurringLines, count_paths, line_key


def story(i: int) -> str:
    return (
        "The Kyiv Daily Ledger\n"
        "News Sport Culture Opinion Weather\n"
        f"Story {i}: the city council met on Monday and voted on budget item number {i}, "
        "officials said after the meeting.\n"
        "He did not elaborate.\n"
        f"The vote on item {i} will be repeated next month if the mayor rejects it, "
        "the council's spokesman told reporters.\n"
        "The Kyiv Daily Ledger is an independent newspaper founded in 1991\n"
    )


CORPUS = [story(i) for i in range(6)]


def test_counts_documents_not_lines():
    twice = "Share on Telegram\nShare on Telegram\nA line of its own.\n"
    recurring = RecurringLines.count([twice, "Other text here.\n"], min_docs=2)
    assert "Share on Telegram" not in recurring
    assert recurring.documents == 2


def test_thresholds():
    recurring = RecurringLines.count(CORPUS, min_docs=3)
    assert "The Kyiv Daily Ledger" in recurring
    assert "He did not elaborate." in recurring
    assert not any(f"Story {i}" in recurring for i in range(6))
    assert len(RecurringLines.count(CORPUS, min_docs=7)) == 0
    assert len(RecurringLines.count(CORPUS, min_docs=1, min_share=1.0)) == len(recurring)


def test_keys_ignore_case_spacing_and_punctuation():
    assert line_key("The Kyiv Daily Ledger") == line_key("  THE KYIV DAILY LEDGER:")
    assert line_key("|") is None


def test_recurring_labels_go_recurring_sentences_stay_in_the_article():
    norm = Normalizer(lang="en").with_recurring(RecurringLines.count(CORPUS, min_docs=3))
    result = norm.run(CORPUS[2])
    gone = {block.text.strip(): block.rule for block in result.removed}
    assert gone == {
        "The Kyiv Daily Ledger": RULE,
        "News Sport Culture Opinion Weather": RULE,
        "The Kyiv Daily Ledger is an independent newspaper founded in 1991": RULE,
    }
    assert "He did not elaborate." in result.text
    assert "Story 2" in result.text and "item 2 will be repeated" in result.text


def test_without_corpus_nothing_recurs():
    assert Normalizer(lang="en").run(CORPUS[2]).removed == ()


def test_count_paths_and_cli(tmp_path: Path):
    for i, text in enumerate(CORPUS):
        (tmp_path / f"d{i}.txt").write_text(text, encoding="utf-8")
    recurring = count_paths([str(tmp_path)], min_docs=3)
    assert recurring.documents == len(CORPUS)
    result = CliRunner().invoke(app, ["clean", "--lang", "en", "--corpus", str(tmp_path),
                                      "--show-removed", str(tmp_path / "d0.txt")])
    assert result.exit_code == 0, result.output
    assert "Story 0" in result.stdout
    assert "The Kyiv Daily Ledger" not in result.stdout
    assert f"[{RULE}] The Kyiv Daily Ledger" in result.stderr


def earnings(i: int) -> str:
    """A wire earnings report: hard-wrapped lead, then the company's own figures."""
    return (
        "Standard and Poor's Corp said it\n"
        f"lowered the ratings on {100 + i} mln dlrs of debt of Company {i} Inc, citing\n"
        "weaker cash flow and higher borrowing.\n"
        "    Nine mths\n"
        f"    Shr {i}.20 dlrs vs {i}.05 dlrs\n"
        f"    Net {i}1.4 mln vs {i}0.2 mln\n"
        "Reuter\n"
    )


def test_recurring_sentence_starts_and_figure_labels_are_the_documents_own():
    docs = [earnings(i) for i in range(1, 7)]
    norm = Normalizer(lang="en").with_recurring(RecurringLines.count(docs, min_docs=3))
    result = norm.run(docs[2])
    assert "Standard and Poor's Corp said it" in result.text  # a sentence goes on below it
    assert "Nine mths" in result.text and "Shr 3.20 dlrs vs 3.05 dlrs" in result.text
    assert [block.text.strip() for block in result.removed] == ["Reuter"]


def test_a_recurring_sentence_the_drops_leave_outside_the_article_goes_at_once():
    # found by benchmarks/fuzz.py --wide (seed 59): the lead goes as a repeat of the last
    # line, which leaves the recurring sentence under it at the top, outside the article;
    # the next cleaning dropped it there, so the first has to (read again)
    recurring = RecurringLines.count([f"Read the full text.\nStory {i}." for i in range(3)],
                                     min_docs=3)
    norm = Normalizer().with_recurring(recurring)
    text = ("What happens now to the refugees who reached Poland?\nRead the full text.\n"
            "Talks went on.\nWhat happens now to the refugees who reached Poland in March")
    for lang in (None, "en"):
        once = norm.run(text, lang=lang)
        assert [block.rule for block in once.removed] == ["structure/repeated-lead", RULE]
        assert norm.run(once.text, lang=lang).text == once.text
