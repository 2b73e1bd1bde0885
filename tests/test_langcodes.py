"""Language labels as corpora write them (EN, eng, en-GB, ukr_Cyrl) choose the packs' rules."""

from __future__ import annotations

import json

import pytest

from normkit import Normalizer
from normkit.langcodes import language_code


@pytest.mark.parametrize(("label", "code"), [
    ("en", "en"), ("EN", "en"), (" en ", "en"), ("eng", "en"), ("en-GB", "en"), ("en_US", "en"),
    ("eng_Latn", "en"), ("ukr", "uk"), ("uk-UA", "uk"), ("ukr_Cyrl", "uk"), ("ger", "de"),
    ("deu", "de"), ("fre", "fr"), ("pt-BR", "pt"), ("zh-Hant", "zh"), ("nb", "no"),
    ("nn", "no"), ("iw", "he"), ("fil", "fil"), ("und", "und"),
])
def test_labels_name_the_packs_languages(label, code):
    assert language_code(label) == code


@pytest.mark.parametrize("label", ["english", "English", "xx", "e1", "", "en glish", "ру"])
def test_what_names_no_language_is_refused(label):
    with pytest.raises(ValueError, match="unknown language code"):
        language_code(label)


def test_a_label_in_any_of_its_forms_runs_the_languages_rules():
    text = "Talks in Kiev went on."
    assert Normalizer(lang="eng").clean(text) == "Talks in Kyiv went on."
    norm = Normalizer()
    for label in ("EN", "eng", "en-GB"):
        assert norm.run(text, lang=label).text == "Talks in Kyiv went on.", label
        assert norm.run(text, lang=label).lang == "en"
    assert norm.run("Conversaciones en Kiev.", lang="es-ES").text == "Conversaciones en Kiev."
    with pytest.raises(ValueError, match="unknown language code 'english'"):
        norm.run(text, lang="english")


def _records(path, *records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def test_lang_field_gives_each_record_its_language(cli, tmp_path):
    path = _records(tmp_path / "docs.jsonl",
                    {"text": "Nato met in Kiev.", "lang": "EN"},
                    {"text": "Nato met in Kiev.", "lang": "es"},
                    {"text": "Nato met in Kiev.", "lang": None},
                    {"text": "Nato met in Kiev."})
    proc = cli("clean", str(path), "--field", "text", "--lang-field", "lang")
    assert proc.returncode == 0, proc.stderr
    texts = [json.loads(line)["text"] for line in proc.stdout.splitlines()]
    # labelled English: English rules; labelled Spanish: none of them; unlabelled: too
    # short to detect, so only the language-neutral rules
    assert texts == ["NATO met in Kyiv.", "Nato met in Kiev.", "Nato met in Kiev.",
                     "Nato met in Kiev."]
    proc = cli("clean", str(path), "--field", "text", "--lang-field", "lang", "--lang", "en")
    texts = [json.loads(line)["text"] for line in proc.stdout.splitlines()]
    assert texts == ["NATO met in Kyiv.", "Nato met in Kiev.", "NATO met in Kyiv.",
                     "NATO met in Kyiv."]  # --lang stands in for the missing labels


def test_a_record_whose_label_names_no_language_is_a_bad_record(cli, tmp_path):
    path = _records(tmp_path / "docs.jsonl", {"text": "Talks in Kiev.", "lang": "en"},
                    {"text": "Talks in Kiev.", "lang": "english"},
                    {"text": "Talks in Kiev.", "lang": 7})
    out = tmp_path / "out.jsonl"
    proc = cli("clean", str(path), "--field", "text", "--lang-field", "lang", "-o", str(out))
    assert proc.returncode == 2 and not out.exists()
    assert f"{path}:2: field 'lang': unknown language code 'english'" in proc.stderr
    proc = cli("clean", str(path), "--field", "text", "--lang-field", "lang", "--skip-bad",
               "--rejects", str(tmp_path / "bad.jsonl"))
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["text"] for line in proc.stdout.splitlines()] == ["Talks in Kyiv."]
    errors = [json.loads(line)["error"] for line in (tmp_path / "bad.jsonl").open()]
    assert errors == ["field 'lang': unknown language code 'english' (use an ISO 639 code"
                      " such as 'en' or 'uk'; 'EN', 'eng' and 'en-GB' are read as 'en')",
                      "field 'lang': a number, not a language code"]


def test_lang_field_goes_with_field(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Talks in Kiev.\n")
    proc = cli("clean", str(path), "--lang-field", "lang")
    assert proc.returncode == 2 and "--lang-field" in proc.stderr and "--field" in proc.stderr
    proc = cli("check", str(path), "--field", "text", "--lang-field", "text")
    assert proc.returncode == 2 and "holds the text" in proc.stderr
