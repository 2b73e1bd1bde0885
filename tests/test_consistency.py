"""check --consistency: only real variants, a useful default floor, strongest evidence first."""

from __future__ import annotations

import json

from normkit.discover.candidates import collect
from normkit.discover.consistency import MIN_COUNT, inconsistencies, report_json, report_text
from normkit.discover.endings import inflected
from normkit.packs.discovery import load_all
from normkit.rules import compile_rules
from normkit.stages.lexicon import alias_variants

# Two MT systems render the same Ukrainian and Russian reports. System B keeps case
# endings of the source (біля Мозиря -> "near Mozyry", Центр Гамалеї -> "Gamalei
# Center") and writes Russian-based spellings (Kharkov, Odessa).
SYSTEM_A = [
    "Driving near Mozyr, about 50 kilometres from the Ukrainian border, we saw the launch "
    "of ballistic missiles. Residents of Mozyr filmed the rockets.",
    "The Gamaleya Center only started testing the vaccine against omicron. The Gamaleya "
    "Center said the results were good.",
    "Shelling hit Kharkiv overnight. The mayor of Kharkiv said two people were hurt. "
    "The port of Odesa was closed.",
]
SYSTEM_B = [
    "Driving near Mozyry, about 50 kilometres from the Ukrainian border, we saw the launch "
    "of ballistic missiles. Residents of Mozyry filmed the rockets.",
    "The Gamalei Center only started testing the vaccine against omicron. The Gamalei "
    "Center said the results were good.",
    "Shelling hit Kharkov overnight. The mayor of Kharkov said two people were hurt. "
    "The port of Odessa was closed.",
]


def documents(repeat: int = 1) -> list[tuple[str, str]]:
    docs = []
    for i in range(repeat):
        docs += [(f"a{i}.txt", " ".join(SYSTEM_A)), (f"b{i}.txt", " ".join(SYSTEM_B))]
    return docs


def spellings(entities) -> list[set[str]]:
    return [{s.text for s in e.spellings} for e in entities]


def test_case_ending_leftovers_are_not_reported_but_transliterations_are():
    found = spellings(inconsistencies(collect(documents()), min_count=2))
    assert {"Kharkiv", "Kharkov"} in found
    assert not any({"Mozyr", "Mozyry"} <= s or {"Gamaleya", "Gamalei"} <= s for s in found)


def test_each_spelling_needs_min_count_occurrences():
    corpus = collect(documents())  # each spelling of Kharkiv twice, of Odesa once
    assert {"Odesa", "Odessa"} in spellings(inconsistencies(corpus, min_count=1))
    assert spellings(inconsistencies(corpus, min_count=2)) == [{"Kharkiv", "Kharkov"}]
    assert inconsistencies(corpus, min_count=3) == []


def test_the_default_floor_holds_out_rare_spellings():
    assert MIN_COUNT == 5
    assert inconsistencies(collect(documents(repeat=2))) == []  # 4x each
    assert {"Kharkiv", "Kharkov"} in spellings(inconsistencies(collect(documents(repeat=3))))


def test_items_are_ranked_by_evidence_and_show_it():
    docs = [*documents(repeat=3), ("c.txt", "Shelling hit Kharkov again. " * 3)]
    entities = inconsistencies(collect(docs), min_count=2)
    scores = [e.score for e in entities]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    text = report_text(entities)
    assert "(letters 0.86, context" in text
    spelling = json.loads(json.dumps(report_json(entities)))["names"][0]["spellings"][1]
    assert {"letters", "context", "shared"} <= set(spelling)


def test_case_endings_spare_the_transliteration_variants_the_packs_list():
    pairs = [(r.rule.canonical, v) for r in compile_rules(load_all())
             if r.rule.kind == "alias" for v in alias_variants(r)]
    flagged = [pair for pair in pairs if inflected(*pair)]
    # The few flagged are French -e forms (Surovikine) and zero/-y first names (Vasil).
    assert len(flagged) <= 0.005 * len(pairs), flagged[:20]


# -- real MT output (skipped without ../shared/data) -----------------------------------

def test_wmt_outputs_case_endings_are_not_items_and_kyiv_is(shared_data):
    folder = shared_data / "wmt22-general-mt" / "txt" / "system-outputs"
    docs = [(p.name, p.read_text(encoding="utf-8"))
            for pair in ("uk-en", "ru-en")
            for p in sorted(folder.glob(f"generaltest2022.{pair}.hyp.*.en"))]
    found = spellings(inconsistencies(collect(docs), min_count=3))  # raw: packs not run
    assert any({"Kyiv", "Kiev"} <= s for s in found)
    for a, b in (("Mozyr", "Mozyry"), ("Marianske", "Marianski"), ("Gamaleya", "Gamalei")):
        assert not any({a, b} <= s for s in found), (a, b)
