"""The library API: clean(), Normalizer, Result, edits in original offsets."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pytest

import normkit
from normkit import Edit, Normalizer, Result

MT_TEXT = (
    "Ukraine’s president Volodímir Zelenski met Nato officials in Kiev -- the capital , "
    "where allies remain “committed to NATO’s open door policy.” “, he stressed."
)


def test_clean_one_call():
    assert normkit.clean("Talks in Kiev , today .", lang="en") == "Talks in Kyiv, today."


def test_run_returns_result_with_edits_in_original_offsets(norm):
    result = norm.run(MT_TEXT, lang="en")
    assert isinstance(result, Result)
    assert result.text == (
        "Ukraine's president Volodymyr Zelensky met NATO officials in Kyiv—the capital, "
        "where allies remain \"committed to NATO's open door policy,\" he stressed."
    )
    assert result.lang == "en"
    assert result.changed
    rules = {e.rule for e in result.edits}
    assert {"geo-ua/zelensky", "orgs/nato", "geo-ua/kyiv",
            "punct/double-hyphen", "punct/mt-quote-comma"} <= rules
    for edit in result.edits:
        assert isinstance(edit, Edit)
        assert MT_TEXT[edit.start:edit.end] == edit.before
    kyiv = next(e for e in result.edits if e.rule == "geo-ua/kyiv")
    assert (kyiv.before, kyiv.after) == ("Kiev", "Kyiv")
    assert MT_TEXT.index("Kiev") == kyiv.start


def test_removed_blocks_are_reported_with_their_rule(norm):
    text = "Talks went on in Kyiv.\n\n- Advertisement -\n\nThey ended late.\n\nSource link"
    result = norm.run(text, lang="en")
    assert result.text == "Talks went on in Kyiv.\n\nThey ended late."
    assert [r.rule for r in result.removed] == ["web/advertisement", "web/source-link"]
    for block in result.removed:
        assert text[block.start:block.end] == block.text


def test_to_dict_is_json_ready(norm):
    import json

    data = norm.run("Talks in Kiev.", lang="en").to_dict()
    assert json.loads(json.dumps(data))["edits"][0]["after"] == "Kyiv"


def test_lang_given_skips_detection_and_english_rules_skip_spanish(norm):
    spanish = "El presidente Volodímir Zelenski visitó Kiev el jueves con los aliados de la OTAN."
    result = norm.run(spanish)
    assert result.lang == "es"
    assert "Kiev" in result.text and "Zelenski" in result.text
    assert norm.run(spanish, lang="en").text.count("Kyiv") == 1


def test_normalizer_pickles_and_keeps_working(norm):
    copy = pickle.loads(pickle.dumps(norm))
    assert copy.clean(MT_TEXT, lang="en") == norm.clean(MT_TEXT, lang="en")


def test_normalizer_is_thread_safe(norm):
    texts = [MT_TEXT + f" Item {i}." for i in range(64)]
    expected = [norm.clean(t, lang="en") for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(lambda t: norm.clean(t, lang="en"), texts)) == expected


def test_clean_many_streams_lazily(norm):
    consumed = []

    def source():
        for text in ["Talks in Kiev.", "Nato met."]:
            consumed.append(text)
            yield text

    stream = norm.clean_many(source(), lang="en")
    assert consumed == []
    assert next(stream) == "Talks in Kyiv."
    assert consumed == ["Talks in Kiev."]
    assert list(stream) == ["NATO met."]


def test_non_str_input_is_a_type_error(norm):
    with pytest.raises(TypeError, match="bytes"):
        norm.run(b"Kiev")


def test_unknown_language_code_is_rejected():
    with pytest.raises(ValueError, match="unknown language code"):
        Normalizer(lang="english")


def test_profile_options_change_the_style():
    spaced = Normalizer(options={"dash": "em-spaced"})
    assert spaced.clean("support--generators", lang="en") == "support — generators"
    keep = Normalizer(options={"quotes": "keep"})
    assert keep.clean("“Kyiv’s”", lang="en") == "“Kyiv’s”"


def test_minimal_profile_only_repairs_encoding_and_spaces():
    minimal = Normalizer("minimal")
    assert minimal.clean("Talks  in Kiev\u200b -- Source link", lang="en") == (
        "Talks in Kiev -- Source link"
    )


def test_empty_and_whitespace_texts(norm):
    assert norm.clean("") == ""
    assert norm.clean("   \n\n ") == ""


def test_misspelled_options_are_errors_not_silently_ignored():
    with pytest.raises(ValueError, match="unknown option 'dahs'"):
        Normalizer(options={"dahs": "em"})
    with pytest.raises(ValueError, match="dash='bogus' is not one of: em, em-spaced, keep"):
        Normalizer(options={"dash": "bogus"})
    with pytest.raises(ValueError, match="nbsp=7"):
        Normalizer(options={"nbsp": 7})
    Normalizer(options={"dash": "em-spaced", "quotes": "curly", "nbsp": "keep"})


def test_a_built_normalizer_is_immutable_as_documented():
    norm = Normalizer(lang="en")
    with pytest.raises(AttributeError, match="immutable"):
        norm.lang = "de"  # the stages were built for the settings it was given
    assert norm.lang == "en"
    assert norm.clean("Talks in Kiev.") == "Talks in Kyiv."
