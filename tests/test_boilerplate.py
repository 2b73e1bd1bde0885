"""The boilerplate stage on real-looking news text: what goes, what stays, and why."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normkit import Normalizer
from normkit.stages.boilerplate.lines import split_lines
from normkit.stages.boilerplate.packrules import DropMatcher, length_bound
from normkit.stages.boilerplate.shape import (
    leading_chars,
    leading_prefixes,
    longest_line,
    needs_digit,
    prefix_accepts,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(lang="en")


def removed(result) -> dict[str, str]:
    return {block.text.strip(): block.rule for block in result.removed}


ARTICLE = """\
Ukraine and Poland agree on grain transit
Home | World | Europe | Business
By Olena Kovalenko
20 April 2023 Thursday 04:25
3 Reads

Ukraine and Poland agreed on Thursday to let Ukrainian grain pass through Polish ports \
again, ending a dispute that had angered farmers on both sides of the border.

- Advertisement -

The ministry's advertisement campaign for the new rules will run for a month, \
the agriculture minister told reporters in Warsaw.

The app lets owners click a button to book a slot at the border crossing, \
officials said, and trucks will be sealed before they leave Ukraine.

He did not elaborate.

Photo: Reuters

Anzeige

The deal still needs the approval of the European Commission, which is expected \
to give its answer next week after talks with the five neighbouring states.

Lire aussi : Kyiv se prépare à l'hiver

Share this article
Facebook
Twitter
Email

Related Stories
Poland closes border to Ukrainian grain
Farmers protest in Warsaw
Grain deal talks stall again
Leave a Reply
Your email address will not be published. Required fields are marked *
© 2023 Reuters. All rights reserved.
"""


def test_article_keeps_every_sentence_and_drops_the_page(norm):
    result = norm.run(ARTICLE)
    gone = removed(result)
    for sentence in (
        "Ukraine and Poland agreed on Thursday",
        "The ministry's advertisement campaign",
        "The app lets owners click a button",
        "He did not elaborate.",
        "The deal still needs the approval",
    ):
        assert sentence in result.text
    assert result.text.startswith("Ukraine and Poland agree on grain transit\n")
    for line in ("Home | World | Europe | Business", "By Olena Kovalenko",
                 "20 April 2023 Thursday 04:25", "3 Reads", "- Advertisement -",
                 "Photo: Reuters", "Anzeige", "Lire aussi : Kyiv se prépare à l'hiver",
                 "Share this article", "Facebook", "Related Stories",
                 "Poland closes border to Ukrainian grain", "Leave a Reply",
                 "© 2023 Reuters. All rights reserved."):
        assert line in gone, line
        assert line not in result.text


def test_every_removed_block_names_its_rule(norm):
    rules = set(removed(norm.run(ARTICLE)).values())
    assert {"structure/menu", "web/byline", "web/dateline-stamp", "web/counter",
            "web/advertisement", "web/photo-credit", "web/share-label",
            "web/related-header", "web/comment-form", "web/copyright"} <= rules
    assert all("/" in rule for rule in rules)


@pytest.mark.parametrize("leftover", [
    "Anzeige", "Publicidad", "Lire aussi :", "Mehr zum Thema", "Síguenos en Twitter",
    "Leggi anche", "Czytaj także", "Читайте також:", "Подписывайтесь на наш канал",
    "Publicidade", "Reklama", "Реклама",
])
def test_source_language_leftovers_go_from_english_text(norm, leftover):
    text = (f"The talks went on in the capital on Monday, officials said.\n\n{leftover}\n\n"
            "They are expected to end on Friday with a joint statement on grain.\n")
    result = norm.run(text)
    assert leftover not in result.text
    assert "officials said." in result.text and "on grain." in result.text


@pytest.mark.parametrize("sentence", [
    "The ministry's advertisement campaign ran for a month.",
    "The app lets owners click a button to join a call.",
    "Read more about the plan in the report published on Monday by the ministry.",
    "Related: I'm not an artist, I love to draw, but it turns out an inspired daub.",
    "Comments from the minister were brief.",
    "By the time he arrived, the talks had ended.",
    "Follow the money, the prosecutor told the jury.",
    "Share prices fell by a third on Monday.",
    "Photo: the minister said the talks would go on.",
    "He did not elaborate.",
])
def test_a_sentence_is_never_dropped_for_a_word_it_contains(norm, sentence):
    text = f"The talks went on in the capital on Monday.\n\n{sentence}\n\nThey will resume soon.\n"
    assert norm.run(text).removed == ()


def test_a_last_short_paragraph_below_an_ad_stays(norm):
    text = ("Ukraine and Poland agreed on Thursday to let Ukrainian grain pass through Polish "
            "ports again, ending a dispute.\nThe agriculture minister said the deal would be "
            "signed next week in Warsaw by both governments.\n\n- Advertisement -\n\n"
            "He did not elaborate.\n\nShare this article\nFacebook\nTwitter\n")
    result = norm.run(text)
    assert "He did not elaborate." in result.text
    assert set(removed(result)) == {"- Advertisement -", "Share this article", "Facebook",
                                    "Twitter"}


def test_clean_text_without_page_furniture_is_left_whole(norm):
    chat = ("Good afternoon, sorry, there was no Internet connection\nThank you\n"
            "How much time do you have?\nWhat time do you have to leave?\nOk\nBye\n"
            "Home\nSee you tomorrow at the station\n")
    assert norm.run(chat).removed == ()


def test_repeated_headline_kept_once_first(norm):
    text = ("Stoltenberg travels to Kyiv by surprise\n\n"
            "Oliver Thansan\n20 April 2023 Thursday 04:25\n3 Reads\n"
            "Stoltenberg travels to Kyiv by surprise\n\n"
            "NATO Secretary General Jens Stoltenberg has visited Kyiv for the first time since "
            "the Russian invasion, in a show of the military alliance's support.\n\n"
            "He laid a wreath at the wall of remembrance and met the president, "
            "who thanked him for the support of the alliance.\n")
    result = norm.run(text)
    assert result.text.count("Stoltenberg travels to Kyiv by surprise") == 1
    assert result.text.startswith("Stoltenberg travels to Kyiv by surprise")
    gone = removed(result)
    assert gone["Oliver Thansan"] == "structure/byline"


def test_repeated_lead_goes_where_the_body_repeats_it(norm):
    lead = "NATO chief Jens Stoltenberg visited Kyiv on Thursday for the first time since the war."
    text = (f"{lead}\n\n{lead} He laid a wreath and met the president, an official said.\n\n"
            "The visit was not announced in advance for security reasons, officials said.\n")
    result = norm.run(text)
    assert removed(result) == {lead: "structure/repeated-lead"}


def test_a_sentence_repeated_in_the_body_stays(norm):
    text = ("I talked to the dog like this, and he listened to every word I said.\n"
            "I was, and in fact I was not a driver.\nI was, and in fact I was not a driver.\n"
            "We offered to go 250 km one way at MAZ!\n")
    assert norm.run(text).removed == ()


def test_comment_section_after_an_article_goes(norm):
    body = "\n".join(
        f"Paragraph {i}: the council met again on Tuesday and the mayor said that the budget "
        "would be published before the end of the month, after the audit." for i in range(6))
    text = (f"{body}\n\nShare this article\nFacebook\nTwitter\n3 comments\n"
            "jbaxt says:\nNovember 19, 2019 at 10:15 am\n"
            "Two things. Why would you stop running the ball when it works so well?\nReply\n"
            "Alex on September 17, 2018 at 6:34 am said:\n"
            "I skimmed your report and did not see any analysis of the costs.\nReply\n")
    result = norm.run(text)
    assert result.text.count("Paragraph") == 6
    assert "Why would you stop" not in result.text
    assert "I skimmed your report" not in result.text


def test_report_offsets_point_into_the_original(norm):
    result = norm.run(ARTICLE)
    for block in result.removed:
        assert ARTICLE[block.start : block.end] == block.text


def test_idempotent_on_seeds(norm):
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        once = norm.clean(path.read_text(encoding="utf-8"))
        assert norm.clean(once) == once, path.name


SEED_BOILERPLATE = {
    "000": ["- Advertisement -", "Latest Stories", "UK News",
            "Read the Town Crier, Le Rocher and a whole host of other subjects"],
    "001": ["| Reuters", "TAGS", "The Week is now on Telegram"],
    "002": ["Source link", "Leave a Reply", "Your email address will not be published"],
    "003": ["According to the criteria of The Trust Project"],
    "004": ["Oliver Thansan", "20 April 2023 Thursday 04:25", "3 Reads"],
}


@pytest.mark.parametrize("prefix", sorted(SEED_BOILERPLATE))
def test_seed_boilerplate_goes_and_content_stays(prefix):
    path = next((ROOT / "seeds").glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    result = Normalizer().run(text)
    dropped = " ".join(block.text for block in result.removed)
    for piece in SEED_BOILERPLATE[prefix]:
        assert piece in dropped, piece
    expected = (ROOT / "seeds" / "expected" / path.name).read_text(encoding="utf-8")
    assert result.text.rstrip("\n") == expected.rstrip("\n")


def test_line_measurements():
    line = split_lines("  The talks went on in the capital on Monday.  \n", "en")[0]
    assert (line.start, line.text, line.words, line.terminal, line.sentence) == (
        0, "The talks went on in the capital on Monday.", 9, True, True)
    assert split_lines("Read the full story of the ...", "en")[0].truncated


def test_combined_matcher_agrees_with_rules_one_by_one(norm):
    rules = [r for r in norm.rules if r.stage == "boilerplate" and r.rule.position == "any"]
    matcher = DropMatcher(rules)
    lines = [line for line in ARTICLE.splitlines() if line.strip()] + [
        "Alex on September 17, 2018 at 6:34 am said:", "Folgen Sie uns auf Twitter",
        "vor 3 Stunden", "20 квітня 2023, 04:25", "Фото: ТАСС", "Privacy Policy"]
    for line in lines:
        one_by_one = next((r.id for r in rules if r.pattern.search(line.strip())), None)
        assert matcher.first(line.strip()) == one_by_one, line


def test_matcher_agrees_with_rules_one_by_one_on_every_example_line(norm):
    """The prefilters (length, first characters, digits, triggers) never skip a rule
    that matches: checked on every line of every drop rule's examples, in every language."""
    rules = [r for r in norm.rules if r.stage == "boilerplate" and r.rule.position == "any"]
    matcher = DropMatcher(rules)
    lines = {line.strip() for r in rules for example in r.rule.examples
             for text in (example.text_in, example.text_out or "") for line in text.splitlines()}
    lines |= {line.upper() for line in lines} | {line.lower() for line in lines}
    assert len(lines) > 1000
    for line in sorted(lines - {""}):
        one_by_one = next((r.id for r in rules if r.pattern.search(line)), None)
        assert matcher.first(line) == one_by_one, line


def test_prefix_trie_of_a_pattern():
    trie = leading_prefixes(r"^[-–*\s]*(?:ad|promoted)$", ["i"])
    for line in ("ad", "AD", "- Ad", "  promoted", "*–*ad", "adverse"):  # adverse: a superset
        assert prefix_accepts(trie, line), line
    for line in ("The talks", "a", "-x", "pushed"):
        assert not prefix_accepts(trie, line), line
    assert prefix_accepts(leading_prefixes(r"^(?:É|é)tat$"), "ÉTAT")
    assert prefix_accepts(leading_prefixes(r"^\d{1,2}\.\d\d"), "7.45 am")
    assert not prefix_accepts(leading_prefixes(r"^\d{1,2}\.\d\d"), "7 45")
    assert leading_prefixes(r"^(\w)\1x") is None  # a back-reference: it does not tell
    assert leading_prefixes(r"follow us") is None  # not anchored: tried on every line


def _anchored_drop_rules() -> list:
    import re

    found = []
    for rule in [r for r in Normalizer().rules if r.rule.kind == "drop"]:
        trie = leading_prefixes(rule.rule.match.regex, rule.rule.match.flags)
        try:  # strings drawn from the pattern as Python's re reads it
            compiled = re.compile(rule.rule.match.regex, re.IGNORECASE)
        except re.error:  # regex-only syntax: its examples are checked above
            continue
        if trie is not None:
            found.append((rule, trie, compiled))
    return found


ANCHORED_DROP_RULES = _anchored_drop_rules()


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_prefix_trie_admits_every_match_of_anchored_drop_rules(data):
    rule, trie, compiled = data.draw(st.sampled_from(ANCHORED_DROP_RULES), label="rule")
    line = data.draw(st.from_regex(compiled).map(lambda text: text.split("\n")[0].strip()),
                     label="line")
    if rule.pattern.match(line):
        assert prefix_accepts(trie, line), (rule.id, line)


def test_rule_with_backreference_runs_on_its_own(norm):
    from normkit.packs.schema import Rule
    from normkit.rules import CompiledRule

    rule = norm.rule("web/source-link")
    spec = Rule.model_validate({"id": "echo", "kind": "drop", "match": r"^(\w+) \1$",
                                "examples": [{"in": "x"}]})
    echo = CompiledRule("user/echo", spec, rule.pack, 0, 0, "boilerplate", None,
                        spec.match.compile())
    matcher = DropMatcher([rule, echo])
    assert matcher.first("bye bye") == "user/echo"
    assert matcher.first("Source link") == "web/source-link"


def test_leading_characters_of_anchored_patterns():
    assert leading_chars(r"^(?:Source link|via)\b", ["i"]) == {"s", "v"}
    assert leading_chars(r"^[-–*\s]*(?:ad|promoted)$") == {"-", "–", "*", "\\s", "a", "p"}
    assert leading_chars(r"^\d+ views$") == {"\\d"}
    assert leading_chars(r"^\p{L}+ \d{4}$") == {"\\w"}  # regex-only syntax, read as \w
    assert leading_chars(r"^(?:É|é)tat$") == {"é", "e"}
    unknowns = (r"^.*follow us", r"^\W+x", r"^[^a]bc", r"(?:^a|b)", r"^(?:x)?$", r"^[[:alpha:]]x",
                r"^\P{L}+x", r"^\p{P}x", r"^\p{Cyrillic}x")
    for unknown in unknowns:
        assert leading_chars(unknown) is None, unknown
    assert leading_chars(r"^a", ["m"]) is None  # ^ would also match after a newline


def test_patterns_that_need_a_digit():
    assert needs_digit(r"^\d+ views$")
    assert needs_digit(r"^(?:updated )?(?:\d{1,2} \w+ \d{4}|\d{4}-\d\d-\d\d)$")
    assert needs_digit(r"^(?=.*[0-9])\w+$")  # a look-ahead reads the line too
    assert needs_digit(r"^x{1,3}[٠-٩]")  # Arabic-Indic digits are \d too
    for unsure in (r"^(?:views|\d+ views)$", r"^\d*x$", r"^(?!.*\d)x", r"^[0-9a]",
                   r"^\p{Nd}", r"^\p{So}\d", r"^x", r"^(?:\d+)?x"):
        assert not needs_digit(unsure), unsure


def test_a_rule_that_needs_a_digit_is_tried_only_where_one_is(norm):
    matcher = DropMatcher([norm.rule("web/dateline-stamp"), norm.rule("web/source-link")])
    assert matcher.first("Updated: April 20, 2023 at 4:25 pm") == "web/dateline-stamp"
    # \d is any decimal digit, to the rule and to the filter alike
    assert matcher.first("Updated: ٢٠ April ٢٠٢٣") == "web/dateline-stamp"
    assert matcher.first("Source link") == "web/source-link"
    def tried(line: str) -> list[str]:
        return [candidate[1].id for candidate in matcher._untriggered(line)]

    assert tried("Thursday, April 20") == ["web/dateline-stamp"]
    assert tried("Thursday, April the twentieth") == []


def test_longest_line_of_whole_line_patterns():
    assert longest_line(r"^(?:read more|see also)$") == 10
    assert longest_line(r"^(?=.{0,40}$)read more.*$") is None  # .* : no bound from the width
    assert longest_line(r"^read more") is None  # more may follow
    assert longest_line(r"^read more\s*$") is None


def test_length_bound_is_the_tighter_of_lookahead_and_width(norm):
    from normkit.packs.schema import Rule
    from normkit.rules import CompiledRule

    def user_rule(pattern: str) -> CompiledRule:
        spec = Rule.model_validate({"id": "x", "kind": "drop", "match": pattern,
                                    "examples": [{"in": "x"}]})
        return CompiledRule("user/x", spec, norm.rule("web/source-link").pack, 0, 0,
                            "boilerplate", None, spec.match.compile())

    assert length_bound(norm.rule("web/follow-prompt")) == 280  # the look-ahead; .* has no width
    assert length_bound(user_rule(r"^(?=.{0,40}$)(?:read more|see also)$")) == 10  # the width
    assert length_bound(user_rule(r"^(?=.{0,5}$)(?:read more|see also)$")) == 5  # the look-ahead
    assert length_bound(user_rule(r"^read more")) is None


def test_drop_rule_with_triggers_runs_only_where_one_occurs(norm):
    rule = norm.rule("web/follow-prompt")
    assert rule.triggers
    matcher = DropMatcher([rule])
    assert matcher.first("Follow us on Twitter for more news") == "web/follow-prompt"
    assert matcher.first("FOLLOW US ON TWITTER") == "web/follow-prompt"  # triggers are lower case
    assert matcher.first("The talks went on.") is None


def test_drop_triggers_must_be_lower_case_and_in_the_examples():
    from pydantic import ValidationError

    from normkit.packs.schema import Rule

    spec = {"id": "x", "kind": "drop", "match": {"regex": "^Follow us.*$"},
            "examples": [{"in": "Body.\n\nFollow us on X", "out": "Body."}]}
    Rule.model_validate({**spec, "triggers": ["follow"]})
    with pytest.raises(ValidationError, match="lower case"):
        Rule.model_validate({**spec, "triggers": ["Follow"]})
    with pytest.raises(ValidationError, match="none of the triggers"):
        Rule.model_validate({**spec, "triggers": ["subscribe"]})
    with pytest.raises(ValidationError, match="rewrite and drop rules only"):
        Rule.model_validate({"id": "y", "kind": "alias", "canonical": "Kyiv", "variants": ["Kiev"],
                             "triggers": ["kiev"], "examples": [{"in": "Kiev", "out": "Kyiv"}]})
def test_normalizer_with_corpus_still_pickles(norm):
    from normkit.corpus import RecurringLines

    recurring = RecurringLines.count(["Kyiv Daily Ledger\nA.", "Kyiv Daily Ledger\nB."],
                                     min_docs=2)
    clone = pickle.loads(pickle.dumps(norm.with_recurring(recurring)))
    assert clone.recurring == recurring
    assert "Kyiv Daily Ledger" in clone.recurring


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_words_are_the_unicode_words_of_ascii_text(text):
    from normkit.stages.boilerplate.lines import _ASCII_WORD, _WORD

    assert _ASCII_WORD.findall(text) == _WORD.findall(text)
