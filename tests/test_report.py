"""The audit report: counts, sampling, the JSON format, the HTML page and the CLI hooks."""

from __future__ import annotations

import json
import re

import pytest
from report_page import ReportPage

from conftest import SEEDS
from normkit.report import build_report, load_report, render_html, statistics_table
from normkit.report.align import align, merge_regions
from normkit.report.data import complete_report
from normkit.report.html import quote
from normkit.report.sample import Sampler
from normkit.report.stats import RunStats

SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def seed_results(norm):
    return [(str(path), [norm.run(path.read_text(encoding="utf-8"))]) for path in SEED_FILES]


@pytest.fixture(scope="module")
def seed_report(norm, seed_results):
    return build_report(norm, seed_results)


@pytest.fixture(scope="module")
def seed_page(seed_report):
    return ReportPage(render_html(seed_report))


def test_seed_page_shows_every_removed_block_and_every_rewrite_with_its_rule(
        seed_results, seed_page):
    assert len(seed_page.docs) == len(SEED_FILES) == 5
    checked = 0
    for (path, [result]), doc in zip(seed_results, seed_page.docs, strict=True):
        assert doc.title.strip() == path
        orig, clean = doc.panes["orig"], doc.panes["clean"]
        assert orig.text == result.original and clean.text == result.text
        for block in result.removed:
            (mark,) = [m for m in orig.marks if int(m.attrs["data-start"]) <= block.start
                       and block.end <= int(m.attrs["data-end"]) and block.rule in m.rules]
            assert mark.tag == "del" and block.text in mark.text
            assert block.rule in mark.attrs["data-label"]
            tip = mark.attrs["data-tip"]
            assert f"removed by {block.rule} (boilerplate): {quote(block.text)}" in tip
            checked += 1
        for edit in result.edits:
            covering = [m for m in orig.marks if int(m.attrs["data-start"]) <= edit.start
                        and edit.end <= int(m.attrs["data-end"]) and edit.rule in m.rules]
            assert len(covering) == 1, (path, edit)
            assert f"{edit.rule} ({edit.stage}): {quote(edit.before)} → {quote(edit.after)}" in (
                covering[0].attrs["data-tip"])
            assert any(edit.rule in m.rules for m in clean.marks
                       if m.attrs["data-r"] == covering[0].attrs["data-r"])
            checked += 1
    assert checked == sum(len(r.edits) + len(r.removed) for _, [r] in seed_results) > 100


def test_tooltips_carry_the_rules_pack_example(norm, seed_report):
    page = render_html(seed_report)
    info = json.loads(re.search(r'<script type="application/json" id="rule-info">(.*?)</script>',
                                page).group(1))
    kyiv = norm.rule("geo-ua/kyiv").rule.examples[0]
    assert info["geo-ua/kyiv"] == f"example of geo-ua/kyiv: {kyiv.text_in!r} → {kyiv.text_out!r}"
    fired = set(seed_report["summary"]["rules"])
    assert set(info) == {r for r in fired if not r.startswith("structure/")}  # pack rules


def test_summary_counts_match_the_results(seed_results, seed_report):
    summary = seed_report["summary"]
    results = [r for _, rs in seed_results for r in rs]
    assert summary["documents"] == 5
    assert summary["edits"] == sum(len(r.edits) for r in results)
    assert summary["removed"] == sum(len(r.removed) for r in results)
    assert summary["bytes_in"] == sum(len(r.original.encode()) for r in results)
    assert summary["bytes_out"] == sum(len(r.text.encode()) for r in results)
    assert summary["languages"] == {"en": 5}
    kyiv = summary["rules"]["geo-ua/kyiv"]
    assert kyiv["edits"] == sum(e.rule == "geo-ua/kyiv" for r in results for e in r.edits)
    assert kyiv["stage"] == "lexicon"
    assert summary["rules"]["web/advertisement"]["stage"] == "boilerplate"


def test_sampling_keeps_few_texts_but_counts_everything(norm, seed_results, seed_report):
    small = build_report(norm, seed_results, sample=2)
    docs = [d for f in small["files"] for d in f["documents"]]
    assert len(docs) == 5 and sum("original" in d for d in docs) == 2
    assert small["summary"] == seed_report["summary"]
    page = ReportPage(render_html(small))
    assert len(page.docs) == 2
    assert "Counts cover all 5 documents; 2 sampled documents" in render_html(small)
    assert not ReportPage(render_html(build_report(norm, seed_results, sample=0))).docs


def test_sampler_covers_a_rare_rule_and_is_deterministic():
    def run():
        sampler = Sampler(limit=5, seed=0)
        for i in range(2000):
            sampler.offer(i, {"lang:en", *(["rule:rare"] if i == 1234 else [])}, i)
        return sampler.chosen()

    chosen = run()
    assert len(chosen) == 5 and 1234 in chosen and chosen == run()
    assert len(set(chosen) - {0, 1234}) == 3  # the rest is a random sample, not the first ones


def test_statistics_table_lists_every_rule(seed_report):
    stats = RunStats()
    for f in seed_report["files"]:
        for doc in f["documents"]:
            stats.add(doc, {r: i["stage"] for r, i in seed_report["rules"].items() if i})
    table = statistics_table(stats)
    lines = table.splitlines()
    assert lines[0].startswith("5 documents (5 changed), ")
    for rule, counts in seed_report["summary"]["rules"].items():
        (line,) = [x for x in lines if x.endswith(f"  {rule}")]
        assert line.split()[:4] == [str(counts["edits"] + counts["removed"]),
                                    str(counts["edits"]), str(counts["removed"]),
                                    str(counts["documents"])]
    assert lines[-1].split() == [str(seed_report["summary"]["edits"]
                                     + seed_report["summary"]["removed"]),
                                 str(seed_report["summary"]["edits"]),
                                 str(seed_report["summary"]["removed"]), "5", "total"]


def test_text_is_escaped_and_kept_exactly(norm):
    text = 'He said <script>alert("x")</script> & left\r\nin Kiev.\n\nSource link\n'
    result = norm.run(text, lang="en")
    page = render_html(build_report(norm, [("<evil>.txt", [result])]))
    assert "<script>alert" not in page and "<evil>" not in page
    (doc,) = ReportPage(page).docs
    assert doc.panes["orig"].text == text and doc.panes["clean"].text == result.text
    assert doc.title.strip() == "<evil>.txt"


def test_page_is_self_contained(seed_report):
    page = render_html(seed_report)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    for needle in ("http://", "https://", " src=", "url(", "@import", "<link"):
        assert needle not in page


def test_consistency_findings_are_shown_when_present(seed_report):
    report = {**seed_report, "consistency": [
        {"entity": "Kyiv", "spellings": {"Kyiv": 12, "Kiev": 3}},
        {"entity": "Zelensky", "spellings": [{"spelling": "Zelenskyy", "count": 2}]},
    ]}
    page = render_html(report)
    assert '<section id="consistency">' in page
    assert "Kyiv</span> ×12, <span class=\"spelling\">Kiev</span> ×3" in page
    assert "Zelenskyy</span> ×2" in page
    assert '<section id="consistency">' not in render_html(seed_report)


def test_alignment_holds_on_every_seed(seed_results):
    for _, [result] in seed_results:
        data = result.to_dict()
        regions = merge_regions(data["edits"], data["removed"])
        spans = align(result.original, result.text, regions)
        assert spans is not None
        rebuilt, pos = [], 0
        for region, (start, end) in zip(regions, spans, strict=True):
            rebuilt.append(result.original[pos:region.start])
            rebuilt.append(result.text[start:end])
            pos = region.end
        assert "".join(rebuilt) + result.original[pos:] == result.text


def test_zyte_pages_line_up_with_their_edit_logs(norm, shared_data):
    path = shared_data / "scrapinghub-article-extraction-benchmark" / "output-html-text.json"
    if not path.exists():
        pytest.skip(f"{path} is not present")
    pages = json.loads(path.read_text(encoding="utf-8"))["output"]
    for page_id in sorted(pages)[:12]:  # a small slice keeps the suite fast
        result = norm.run(pages[page_id]["articleBody"])
        data = result.to_dict()
        assert align(result.original, result.text,
                     merge_regions(data["edits"], data["removed"])) is not None, page_id


# -- the command line ---------------------------------------------------------

def test_clean_writes_json_html_and_statistics(cli, tmp_path):
    out = tmp_path / "out"
    proc = cli("clean", *map(str, SEED_FILES[:2]), "-o", str(out), "--report",
               str(tmp_path / "r.json"), "--html-report", str(tmp_path / "r.html"),
               "--statistics", "--report-sample", "1")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith("2 documents (2 changed), ")
    assert proc.stderr.splitlines()[-1].split()[-1] == "total"
    report = json.loads((tmp_path / "r.json").read_text())
    assert [f["path"] for f in report["files"]] == list(map(str, SEED_FILES[:2]))
    docs = [d for f in report["files"] for d in f["documents"]]
    assert {"lang", "changed", "edits", "removed", "bytes_in", "bytes_out"} <= docs[0].keys()
    assert sum("original" in d and "text" in d for d in docs) == 1
    assert report["sample"] == {"limit": 1, "documents": 1}
    fired = {e["rule"] for d in docs for e in d["edits"] + d["removed"]}
    assert set(report["rules"]) == fired
    described = [r for r in fired if not r.startswith("structure/")]  # pack rules
    assert described and all(report["rules"][r]["examples"] for r in described)
    assert len(ReportPage((tmp_path / "r.html").read_text()).docs) == 1


def test_report_command_renders_a_saved_report(cli, tmp_path):
    proc = cli("clean", str(SEED_FILES[0]), "--report", str(tmp_path / "r.json"),
               "-o", str(tmp_path / "out.txt"))
    assert proc.returncode == 0, proc.stderr
    proc = cli("report", str(tmp_path / "r.json"), "-o", str(tmp_path / "r.html"))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")
    (doc,) = ReportPage((tmp_path / "r.html").read_text()).docs
    assert doc.panes["orig"].text == SEED_FILES[0].read_text()
    proc = cli("report", str(tmp_path / "r.json"), "--statistics")
    assert proc.stdout.startswith("<!DOCTYPE html>") and "total" in proc.stderr


def test_report_of_the_first_format_uses_the_bundled_rule_examples(norm, tmp_path):
    result = norm.run("Talks in Kiev.\n", lang="en")
    old = {"files": [{"path": "a.txt", "documents": [result.to_dict(include_text=False)]}]}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old))
    report = load_report(path)
    assert report["rules"]["geo-ua/kyiv"]["examples"][0]["out"] == "Talks in Kyiv."
    assert report["summary"]["bytes_in"] is None  # unknown, not invented
    assert "n/a" in render_html(report)


def test_report_command_rejects_what_is_not_a_report(cli, tmp_path):
    (tmp_path / "x.json").write_text('{"nope": 1}')
    proc = cli("report", str(tmp_path / "x.json"))
    assert proc.returncode == 2 and "not a normkit report" in proc.stderr
    proc = cli("report", str(tmp_path / "missing.json"))
    assert proc.returncode == 2
    assert "missing.json: cannot read the report: No such file or directory" in proc.stderr
    assert "Errno" not in proc.stderr  # the path is named once, not again by Python


def test_complete_report_recounts_from_documents(seed_report):
    tampered = {**seed_report, "summary": {"documents": 999}}
    assert complete_report(tampered)["summary"] == seed_report["summary"]



def _spooled(norm, files, sample):
    from normkit.report.data import ReportBuilder

    builder = ReportBuilder(norm, sample, records="spool")
    for path, results in files:
        for result in results:
            builder.add_document(path, result)
        builder.end_file(path)
    return builder


def _many_files(norm, seed_results):
    """The seeds as one file each, then a JSONL-like file of many short documents."""
    short = [norm.run(text) for text in ["Talks in Kiev , today.", "Nato met.", "Source link",
                                         "Kharkov -- again.", ""] * 6]
    return [*seed_results, ("many.jsonl", short), ("empty.jsonl", [])]


@pytest.mark.parametrize("sample", [0, 3, 200])
def test_a_spooled_report_writes_the_same_json_and_page_as_one_built_in_memory(
        norm, seed_results, sample, tmp_path):
    import io

    from normkit.report.data import ReportBuilder

    files = _many_files(norm, seed_results)
    in_memory = build_report(norm, files, sample=sample)
    builder = _spooled(norm, files, sample)
    streamed = io.StringIO()
    builder.write_json(streamed)
    assert json.loads(streamed.getvalue()) == json.loads(json.dumps(in_memory))
    assert render_html(builder.finish()) == render_html(in_memory)  # labels `many.jsonl #7`
    saved = tmp_path / "r.json"
    saved.write_text(streamed.getvalue(), encoding="utf-8")
    assert load_report(saved)["summary"] == in_memory["summary"]
    builder.close()
    page_only = ReportBuilder(norm, sample, records="none")
    for path, results in files:
        page_only.add(path, results)
    assert render_html(page_only.finish()) == render_html(in_memory)
    with pytest.raises(ValueError, match="not kept"):
        page_only.write_json(io.StringIO())


def test_a_spooled_report_keeps_memory_flat_however_many_documents(norm):
    """Only the sampled documents stay in memory; the records go to the spool."""
    import tracemalloc

    from normkit.report.data import ReportBuilder

    result = norm.run("Talks in Kiev , today -- again , officials said.", lang="en")

    def peak(documents: int) -> int:
        builder = ReportBuilder(norm, sample=20, records="spool")
        tracemalloc.start()
        for _ in range(documents):
            builder.add_document("corpus.jsonl", result)
        size = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        builder.close()
        return size

    small, large = peak(500), peak(4000)
    assert large < small * 1.5 + 64_000  # not eight times as much


@pytest.mark.parametrize("sample", [0, 3, 200])
def test_a_saved_report_reads_back_to_the_same_page_keeping_only_the_sampled_documents(
        norm, seed_results, sample, tmp_path):
    files = _many_files(norm, seed_results)
    in_memory = build_report(norm, files, sample=sample)
    saved = tmp_path / "r.json"
    saved.write_text(json.dumps(in_memory), encoding="utf-8")
    loaded = load_report(saved)
    assert render_html(loaded) == render_html(in_memory)
    assert loaded["summary"] == in_memory["summary"]
    counts = {entry["path"]: entry["count"] for entry in loaded["files"]}
    assert counts["many.jsonl"] == 30 and counts["empty.jsonl"] == 0
    kept = [doc for entry in loaded["files"] for doc in entry["documents"]]
    assert all("original" in doc for doc in kept)  # the others were counted, then let go
    assert len(kept) == min(sample, sum(len(results) for _, results in files))


@pytest.mark.parametrize(("text", "message"), [
    ('{"files": [{"path": "a.txt", "documents": "none"}]}', "no 'documents' list"),
    ('{"files": [{"path": "a.txt"}]}', "no 'documents' list"),
    ('{"files": [3]}', "no 'documents' list"),
    ('{"files": [{"path": "a.txt", "documents": [7]}]}', "document 1 of 'a.txt'"),
    ('{"files": 3}', "not a normkit report"),
    ('[1, 2]', "not a normkit report"),
    ('{"files": [{"path": "a.txt", "documents": [{"lang": "en"}', "not valid JSON"),
])
def test_a_broken_saved_report_is_refused_naming_the_file(text, message, tmp_path):
    from normkit.report import ReportError

    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReportError, match=f"broken.json: .*{re.escape(message)}"):
        load_report(path)


def test_statistics_of_a_saved_report_count_the_documents_it_did_not_keep(
        norm, seed_results, tmp_path):
    import io

    from normkit.report.data import ReportBuilder
    from normkit.report.outputs import print_statistics

    files = _many_files(norm, seed_results)
    builder = ReportBuilder(norm, sample=2)
    for path, results in files:
        builder.add(path, results)
    saved = tmp_path / "r.json"
    saved.write_text(json.dumps(builder.finish()), encoding="utf-8")
    printed = io.StringIO()
    print_statistics(load_report(saved), printed)
    assert printed.getvalue() == statistics_table(builder.stats) + "\n"
    assert f"{len(seed_results) + 30} documents" in printed.getvalue().replace(",", "")


def test_a_report_of_another_format_version_is_refused_by_name(cli, tmp_path):
    saved = tmp_path / "run.json"
    saved.write_text('{"version": 2, "files": []}', encoding="utf-8")
    proc = cli("report", str(saved), "-o", str(tmp_path / "report.html"))
    assert proc.returncode == 2
    assert f"{saved}: a report of format version 2" in proc.stderr
    assert not (tmp_path / "report.html").exists()
