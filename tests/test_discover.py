"""normkit suggest and check --consistency: finding the names a corpus spells several ways."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from normkit import Normalizer
from normkit.discover import suggest_draft
from normkit.discover.candidates import collect
from normkit.discover.canonical import choose
from normkit.discover.cluster import adjective_of, find_clusters
from normkit.discover.consistency import inconsistencies, report_json, report_text
from normkit.discover.skeleton import gender_clash, skeleton
from normkit.discover.suggest import propose
from normkit.packs.examples import run_examples
from normkit.packs.loader import load_pack

# Two outlets report the same days; one writes Russian-based names, one Ukrainian-based.
OUTLET_A = [
    "Russian missiles struck Kiev early on Monday, the mayor of Kiev said. Air raid sirens "
    "sounded across Kharkov and Lugansk. President Vladimir Zelensky urged calm in a video "
    "address. In Moscow, Vladimir Putin met his security council.",
    "Heavy shelling hit Kharkov overnight. The governor of Kharkov said two people were hurt. "
    "Vladimir Zelensky visited troops near Kharkov on Friday. Vladimir Putin did not comment. "
    "Separatists in Lugansk reported new attacks.",
    "Trains from Kiev to Lugansk stopped in 2014. Vladimir Putin later recognised the "
    "breakaway regions.",
]
OUTLET_B = [
    "Russian missiles struck Kyiv early on Monday, the mayor of Kyiv said. Air raid sirens "
    "sounded across Kharkiv and Luhansk. President Volodymyr Zelensky urged calm in a video "
    "address. First lady Olena Zelenska visited a hospital in Kyiv.",
    "Heavy shelling hit Kharkiv overnight. The governor of Kharkiv said three people were "
    "hurt. Volodymyr Zelensky visited troops near Kharkiv on Friday. Olena Zelenska thanked "
    "the doctors. Separatists in Luhansk reported new attacks.",
]
DISTRACTORS = [
    "Austria and Australia signed a trade deal. The German economy minister travelled to "
    "Austria on Tuesday. Exports from Germany to Australia rose. The Ministry of Finance "
    "welcomed the deal, and the Minister said talks would go on.",
    "Fans in Australia watched the final. Austria beat Germany in the group stage. The German "
    "coach said the Minister of Sport had called him. The Ministry did not comment.",
]


def documents() -> list[tuple[str, str]]:
    texts = OUTLET_A + OUTLET_B + DISTRACTORS
    return [(f"doc{i}.txt", text) for i, text in enumerate(texts)]


def pairs(proposals) -> set[frozenset[str]]:
    """Each (variant, canonical) pair, either way round."""
    return {frozenset(pair) for p in proposals for pair in p.pairs()}


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


# -- skeletons ---------------------------------------------------------------------------

@pytest.mark.parametrize("spellings", [
    ("Kyiv", "Kiev", "Kyjiw", "Kiyv"),
    ("Kharkiv", "Kharkov", "Charkiw"),
    ("Luhansk", "Lugansk"),
    ("Zaporizhzhia", "Zaporozhye", "Zaporizhzhya"),
    ("Odesa", "Odessa"),
    ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Selenskyj"),
    ("Oleksandr", "Alexander"),
    ("Hostomel", "Gostomel"),
])
def test_romanisations_of_one_name_share_a_skeleton(spellings):
    assert len({skeleton(s) for s in spellings}) == 1


@pytest.mark.parametrize("a, b", [
    ("Austria", "Australia"), ("Kyiv", "Kherson"), ("Russia", "Belarus"), ("Ukraine", "Ukrainian"),
])
def test_different_names_have_different_skeletons(a, b):
    assert skeleton(a) != skeleton(b)


def test_masculine_and_feminine_forms_are_different_people():
    assert gender_clash("Zelensky", "Zelenska") and gender_clash("Alexander", "Alexandra")
    assert not gender_clash("Odesa", "Odessa") and not gender_clash("Kyiv", "Kiev")


def test_adjectives_are_not_spellings_of_their_place():
    assert adjective_of("Catalonia", "Catalan") and adjective_of("Israel", "Israelian")
    assert not adjective_of("Alikhan", "Alihan")


# -- clustering and proposals ----------------------------------------------------------

def test_finds_the_variants_and_not_the_lookalikes():
    found = pairs(propose(collect(documents())))
    assert {pair("Kiev", "Kyiv"), pair("Kharkov", "Kharkiv"), pair("Lugansk", "Luhansk"),
            pair("Vladimir Zelensky", "Volodymyr Zelensky")} == found
    spelled = {s for p in found for s in p}
    for lookalike in ("Australia", "Austria", "German", "Germany", "Ministry", "Minister",
                      "Zelenska", "Vladimir", "Putin"):
        assert lookalike not in spelled, lookalike


def test_a_first_name_changes_only_inside_the_full_name():
    proposals = propose(collect(documents()))
    words = [p for p in proposals if not p.phrase]
    assert not any("Vladimir" in p.spellings for p in words)  # Vladimir Putin stays


def test_every_spelling_must_be_seen_min_count_times():
    assert not find_clusters(collect(documents()), min_count=5)


def test_canonical_prefers_the_profile_then_the_romanisation_then_the_count():
    counts = {"Kharkov": 9, "Kharkiv": 3}
    assert choose(["Kharkov", "Kharkiv"], counts=counts) == "Kharkov"
    assert choose(["Kharkov", "Kharkiv"], counts=counts, romanisation="ukrainian") == "Kharkiv"
    assert choose(["Kharkov", "Kharkiv"], counts=counts, preferred={"kharkov"},
                  romanisation="ukrainian") == "Kharkov"
    assert choose(["Ilya", "Yulia"], counts={"Ilya": 9, "Yulia": 2},
                  romanisation="ukrainian") == "Ilya"  # not a romanisation pair


# -- the draft pack --------------------------------------------------------------------

def draft_for(profile: str, tmp_path: Path, pack_id: str = "draft"):
    norm = Normalizer(profile, lang="en")
    cleaned = [(name, norm.clean(text)) for name, text in documents()]
    draft = suggest_draft(norm, cleaned, "en", profile=profile, pack_id=pack_id)
    path = tmp_path / f"{pack_id}.yaml"
    path.write_text(draft.text, encoding="utf-8")
    return draft, path


def test_draft_without_lexicon_packs_loads_and_its_examples_pass(tmp_path):
    draft, path = draft_for("no-lexicon", tmp_path)
    pack = load_pack(path)
    canonicals = {r.canonical: r.variants for r in pack.rules}
    assert canonicals["Kyiv"] == ["Kiev"] and canonicals["Kharkiv"] == ["Kharkov"]
    assert canonicals["Luhansk"] == ["Lugansk"]  # profile romanisation: ukrainian
    assert canonicals["Volodymyr Zelensky"] == ["Vladimir Zelensky"]
    assert all(r.examples for r in pack.rules)
    assert run_examples(Normalizer("no-lexicon", [path]), {"draft"}) == []
    assert re.search(r"# Kiev +\d+x in \d files .*e\.g\. \"", draft.text)


def test_draft_skips_what_the_bundled_packs_already_cover(tmp_path):
    draft, path = draft_for("default", tmp_path)
    assert not any("Kiev" in p.spellings or "Kharkov" in p.spellings for p in draft.proposals)
    assert run_examples(Normalizer("default", [path]), {"draft"}) == []


def rival_pack(tmp_path: Path, canonical: str, variant: str) -> Path:
    path = tmp_path / "rival.yaml"
    path.write_text(
        "normkit: 1\npack: {id: rival, lang: [en]}\nrules:\n"
        f"  - id: rival\n    kind: alias\n    canonical: {canonical}\n"
        f"    variants: [{variant}]\n    examples: [{{in: {variant}, out: {canonical}}}]\n",
        encoding="utf-8")
    return path


def test_draft_skips_pairs_a_users_pack_covers(tmp_path):
    rival = rival_pack(tmp_path, "Kharkov", "Kharkiv")
    norm = Normalizer("no-lexicon", [rival], lang="en")
    draft = suggest_draft(norm, documents(), "en", profile="no-lexicon", packs=[rival])
    assert not any("Kharkiv" in p.spellings for p in draft.proposals)
    assert any("Kiev" in p.spellings for p in draft.proposals)


def test_draft_leaves_out_rules_another_pack_fights(tmp_path):
    rival = rival_pack(tmp_path, "Kharkow", "Kharkov")  # Kharkov -> Kharkow, not Kharkiv
    norm = Normalizer("no-lexicon", [rival], lang="en")
    draft = suggest_draft(norm, documents(), "en", profile="no-lexicon", packs=[rival])
    assert not any("Kharkiv" in p.spellings for p in draft.proposals)
    assert draft.left_out == ["Kharkiv / Kharkov: 'Kharkov' became 'Kharkow'"]
    assert "# Kharkiv / Kharkov: 'Kharkov' became 'Kharkow'" in draft.text


def test_quoting_survives_apostrophes_and_quotes(tmp_path):
    texts = [
        (f"{i}.txt", f"Talks with {name} ended. Later {name} said \"no\" to the plan.")
        for i, name in enumerate(["O'Neill", "O'Neill", "O'Neill", "O'Neil", "O'Neil"])
    ]
    norm = Normalizer("no-lexicon", lang="en")
    draft = suggest_draft(norm, texts, "en", profile="no-lexicon", pack_id="quotes")
    path = tmp_path / "quotes.yaml"
    path.write_text(draft.text, encoding="utf-8")
    pack = load_pack(path)
    assert [(r.canonical, r.variants) for r in pack.rules] == [("O'Neill", ["O'Neil"])]


# -- consistency report ----------------------------------------------------------------

def test_consistency_report_lists_spellings_with_counts_and_files():
    entities = inconsistencies(collect(documents()), min_count=2)
    names = {e.name: e for e in entities}
    kiev = names.get("Kiev") or names["Kyiv"]
    assert {s.text for s in kiev.spellings} == {"Kiev", "Kyiv"}
    text = report_text(entities)
    assert re.search(r"^  Kiev +3x +doc0\.txt:2, doc2\.txt:1$", text, re.M)
    assert text.endswith(f"{len(entities)} names spelled more than one way")
    data = json.loads(json.dumps(report_json(entities)))
    assert data["inconsistent"] == len(entities)
    assert {"text", "count", "files", "written"} <= set(data["names"][0]["spellings"][0])


def test_consistency_after_cleaning_with_the_packs_is_quieter(norm):
    cleaned = [(name, norm.clean(text, lang="en")) for name, text in documents()]
    names = {e.name for e in inconsistencies(collect(cleaned), min_count=2)}
    assert not names & {"Kyiv", "Kiev", "Kharkiv", "Kharkov", "Luhansk", "Lugansk"}


# -- real MT output (skipped without ../shared/data) -----------------------------------

def test_wmt_outputs_of_two_systems_disagree_on_kyiv(shared_data):
    folder = shared_data / "wmt22-general-mt" / "txt" / "system-outputs"
    docs = []
    for system in ("Online-G", "Lan-Bridge"):
        lines = (folder / f"generaltest2022.uk-en.hyp.{system}.en").read_text().split("\n")
        docs.append((system, "\n".join(lines[:600])))
    assert pair("Kiev", "Kyiv") in pairs(propose(collect(docs)))


# -- command line ----------------------------------------------------------------------

def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in documents():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


def test_cli_suggest_writes_a_draft_that_rules_test_passes(cli, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    draft = tmp_path / "ua-names.yaml"
    proc = cli("suggest", str(corpus), "-o", str(draft), "--profile", "no-lexicon",
               "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert re.match(r"normkit: \d+ rule\(s\), \d+ variant\(s\) to ", proc.stderr)
    assert "id: ua-names" in draft.read_text()
    test = cli("rules", "test", "--profile", "no-lexicon", str(draft))
    assert test.returncode == 0 and " 0 failed" in test.stdout, test.stdout


def test_cli_suggest_to_stdout(cli, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    proc = cli("suggest", str(corpus), "--profile", "no-lexicon", "--lang", "en")
    assert proc.returncode == 0 and "canonical: \"Kyiv\"" in proc.stdout


def test_cli_check_consistency(cli, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    proc = cli("check", "--consistency", "--json", "--min-count", "2", "--profile",
               "no-lexicon", "--lang", "en", str(corpus))
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert any({s["text"] for s in n["spellings"]} == {"Kiev", "Kyiv"} for n in data["names"])
    clean = cli("check", "--consistency", "--min-count", "2", "--lang", "en", str(corpus))
    assert "Kiev" not in clean.stdout and "spelled more than one way" in clean.stdout


def test_cli_check_keeps_its_old_behaviour(cli, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    proc = cli("check", "--lang", "en", str(corpus))
    assert proc.returncode == 1 and "would change (" in proc.stdout
    assert cli("check", "--json", str(corpus)).returncode == 2


def test_no_lexicon_profile_switches_the_bundled_name_packs_off(tmp_path):
    assert Normalizer("no-lexicon").clean("Nato talks in Kiev.", lang="en") == (
        "Nato talks in Kiev.")
    pack = rival_pack(tmp_path, "Kyiv", "Kiev")  # a user's pack still runs
    assert Normalizer("no-lexicon", [pack]).clean("Talks in Kiev.", lang="en") == "Talks in Kyiv."
