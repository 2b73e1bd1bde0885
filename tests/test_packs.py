"""Rule packs: strict schema, errors as file:line:col, examples, discovery, the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from normkit import Normalizer, PackError, load_pack
from normkit.packs.examples import run_examples


def write(tmp_path: Path, body: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


GOOD = """\
normkit: 1
pack: {id: demo, lang: [en]}
rules:
  - id: kyiv-street
    kind: alias
    canonical: Khreshchatyk
    variants: [Kreshchatik, Kreshchatyk]
    examples:
      - {in: "On Kreshchatik street.", out: "On Khreshchatyk street."}
"""


def test_a_good_pack_loads_and_runs(tmp_path):
    pack = load_pack(write(tmp_path, GOOD))
    assert pack.id == "demo" and pack.rules[0].canonical == "Khreshchatyk"
    norm = Normalizer(packs=[str(tmp_path / "pack.yaml")])
    assert norm.clean("Crowds on Kreshchatyk in Kiev.", lang="en") == (
        "Crowds on Khreshchatyk in Kyiv."
    )
    assert run_examples(norm, {"demo"}) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (GOOD.replace("    canonical:", "    canonicl:"),
         ":6:5: rules.0.canonicl: unknown key"),
        (GOOD.replace("kind: alias", "kind: alias\n    priority: high"),
         ":6:5: rules.0.priority: Input should be a valid integer"),
        (GOOD.replace("lang: [en]", "lang: [english]"),
         "pack.lang.0: unknown language code 'english'"),
        ("normkit: 1\npack: {id: demo}\nrules:\n  - id: x\n    kind: rewrite\n"
         "    match: 'a(b'\n    replace: c\n    examples: [{in: a}]\n",
         ":6:5: rules.0.match.regex: bad regular expression"),
        ("normkit: 1\npack: {id: demo}\nrules:\n  - id: x\n    kind: drop\n"
         "    examples: [{in: a}]\n", ":4:5: rules.0: a rule of kind 'drop' needs 'match'"),
        (GOOD.replace("    examples:\n      - {in",
                      "    examples: []\n    x_examples:\n      - {in"),
         "rules.0.examples: List should have at least 1 item"),
        ("normkit: 1\npack: {id: demo}\npack: {id: other}\n", ":3:1: found duplicate key"),
        ("normkit: 1\npack: {id: demo\n", ":3:1:"),
        (GOOD + GOOD[GOOD.index("  - id"):], ":10:5: rules.1.id: duplicate rule id 'kyiv-street'"),
        ("normkit: 1\npack: {id: demo}\nrules:\n  - id: x\n    kind: rewrite\n"
         "    match: '(a)b'\n    replace: '\\2'\n    examples: [{in: ab}]\n",
         ":4:5: rules.0: bad replacement: no such group"),
        ("normkit: 1\npack: {id: demo}\nrules:\n  - id: x\n    kind: rewrite\n"
         "    match: '(?P<word>a)b'\n    replace: '\\g<wrd>'\n    examples: [{in: ab}]\n",
         ":4:5: rules.0: bad replacement: unknown group"),
        ("normkit: 1\nprofile: mine\npacks: ['*']\n",
         ":1:1: this is a profile, not a pack (use it with --profile)"),
    ],
)
def test_bad_packs_name_file_line_and_column(tmp_path, body, expected):
    path = write(tmp_path, body)
    with pytest.raises(PackError) as info:
        load_pack(path)
    message = str(info.value)
    assert message.startswith(str(path) + ":"), message
    assert expected in message, message


def test_yaml_no_is_a_language_not_false(tmp_path):
    pack = load_pack(write(tmp_path, GOOD.replace("lang: [en]", "lang: [no]")))
    assert pack.info.pack.lang == ["no"]


def test_yaml_cannot_build_python_objects(tmp_path):
    body = GOOD.replace("canonical: Khreshchatyk",
                        "canonical: !!python/object/apply:os.system ['echo pwned']")
    with pytest.raises(PackError):
        load_pack(write(tmp_path, body))


def test_every_bundled_rule_has_passing_examples(norm):
    assert all(rule.rule.examples for rule in norm.rules)
    failures = run_examples(norm)
    assert failures == [], "\n".join(map(str, failures))


def test_entry_point_packs_are_discovered(tmp_path, monkeypatch):
    plugin = tmp_path / "normkit_demo_pack"
    plugin.mkdir()
    (plugin / "__init__.py").write_text("")
    write(plugin, GOOD, "demo.yaml")
    dist = tmp_path / "normkit_demo_pack-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: normkit-demo-pack\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[normkit.packs]\ndemo = normkit_demo_pack\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    norm = Normalizer()
    assert "demo" in {p.id for p in norm.packs}
    assert norm.clean("On Kreshchatik.", lang="en") == "On Khreshchatyk."


def test_profile_excludes_the_opt_in_packs(norm):
    ids = {p.id for p in norm.packs}
    assert {"geo-ua", "web", "punct", "encoding", "layout"} <= ids
    assert "countries" not in ids


def test_unknown_profile_is_a_clear_error():
    with pytest.raises(PackError, match="unknown profile 'nope'"):
        Normalizer("nope")


def test_a_profile_file_with_a_typo_is_an_error_in_the_library_too(tmp_path):
    profile = tmp_path / "mine.yaml"
    profile.write_text("normkit: 1\nprofile: mine\npacks: ['*']\noptions:\n  dashh: em\n")
    with pytest.raises(PackError, match=r"mine\.yaml:5:\d+: unknown option 'dashh'"):
        Normalizer(profile)
    profile.write_text("normkit: 1\nprofile: mine\npacks: ['*']\nexclude: [countries, nosuch]\n")
    with pytest.raises(PackError, match=r"mine\.yaml:4:\d+: exclude names unknown pack 'nosuch'"):
        Normalizer(profile)
    profile.write_text("normkit: 1\nprofile: mine\npacks: ['*']\noptions: {dash: em-spaced}\n")
    assert Normalizer(profile).clean("Talks -- today.", lang="en") == "Talks — today."


def test_several_errors_come_in_line_order(tmp_path):
    body = GOOD.replace("    variants: [Kreshchatik, Kreshchatyk]",
                        "    variants: Kreshchatik\n    priority: high")
    with pytest.raises(PackError) as info:
        load_pack(write(tmp_path, body))
    lines = [line.removeprefix(f"{tmp_path}/pack.yaml:") for line in str(info.value).splitlines()]
    assert [line.split(":")[0] for line in lines] == ["7", "8"], lines


def test_a_pack_given_as_profile_says_so(tmp_path):
    with pytest.raises(PackError, match=r"pack\.yaml:1:1: this is a rule pack, not a profile"):
        Normalizer(str(write(tmp_path, GOOD)))


@pytest.mark.slow
def test_built_wheel_ships_the_rule_packs(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w",
         str(tmp_path), str(ROOT)], capture_output=True, text=True,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {proc.stderr[-300:]}")
    wheel = next(tmp_path.glob("normkit-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {n.split("normkit/rules/", 1)[1] for n in names if "normkit/rules/" in n}
    on_disk = {str(p.relative_to(ROOT / "rules")) for p in (ROOT / "rules").rglob("*.yaml")}
    assert on_disk <= shipped


def test_rules_test_takes_a_bundled_pack_even_an_opt_in_one(cli):
    from conftest import ROOT

    proc = cli("rules", "test", str(ROOT / "rules" / "lexicon" / "countries.yaml"))
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert " passed, 0 failed" in proc.stdout
