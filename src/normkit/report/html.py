"""Render a run report as one self-contained HTML file (inline CSS and JS, no network).

The page has a summary (totals, small bar charts, a table of the rules that
fired), the ``--consistency`` findings when the report has them, and the sampled
documents, original and cleaned side by side: removed blocks struck through and
labelled with their rule, rewrites highlighted on both sides with a tooltip that
names the rule, what it changed and the rule's pack example. Filters by rule,
stage and language hide the other documents; "Next document" jumps through the
ones left. All text is escaped; each text pane's ``textContent`` is exactly the
original or cleaned text (labels and glyphs are drawn by CSS).

>>> import normkit
>>> from normkit.report.data import build_report
>>> norm = normkit.Normalizer()
>>> report = build_report(norm, [("a.txt", [norm.run("<b>Kiev</b>", lang="en")])])
>>> page = render_html(report)
>>> "&lt;b&gt;" in page and "<b>" not in page, 'data-rules=" geo-ua/kyiv "' in page
(True, True)
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from normkit.report.align import Region, align, merge_regions, split_replacement
from normkit.report.data import complete_report
from normkit.report.stats import REMOVAL_STAGE

TOP_RULES = 12
SHOW_CHARS = 80  # longest text quoted in a tooltip line
INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff")


def esc(text: str) -> str:
    """Escape text for HTML content and quoted attributes (a CR survives as ``&#13;``).

    >>> esc('<a href="x">\\r')
    '&lt;a href=&quot;x&quot;&gt;&#13;'
    """
    return html.escape(text, quote=True).replace("\r", "&#13;")


def quote(text: str) -> str:
    """A short, unambiguous rendering of a snippet for tooltips (invisible characters shown).

    >>> quote("a\\u00a0b"), quote("x" * 100)[-5:]
    ("'a\\\\xa0b'", "xxx…'")
    """
    if len(text) > SHOW_CHARS:
        text = text[: SHOW_CHARS - 1] + "…"
    return repr(text)


def render_html(report: Mapping, title: str = "normkit report") -> str:
    """The whole page for a report (as built by ``ReportBuilder`` or read by ``load_report``)."""
    report = complete_report(report)
    rules: Mapping[str, Mapping] = report["rules"]
    summary = report["summary"]
    docs = _labelled_documents(report)
    sampled = [(label, doc) for label, doc in docs if "original" in doc and "text" in doc]
    in_sample = Counter(rule for _, doc in sampled for rule in _fired(doc))
    body = [
        f"<header><h1>{esc(title)}</h1>{_sample_note(summary, report, len(sampled))}</header>",
        _toolbar(summary, in_sample),
        '<main><section id="summary"><h2>Summary</h2>',
        _cards(summary),
        _charts(summary, in_sample),
        _rules_table(summary, rules, in_sample),
        "</section>",
        _consistency(report.get("consistency")),
        '<section id="documents"><h2>Documents</h2>',
        '<p class="legend"><del class="mk rm" data-label="✂ rule">removed block</del> '
        '<mark class="mk ed">rewritten text</mark> <ins class="mk ed">its replacement</ins> '
        "Hover a mark for the rule, what it changed and the rule's example.</p>",
        *(_document(index, label, doc, rules) for index, (label, doc) in enumerate(sampled)),
        '<p id="no-docs" hidden>No sampled document matches these filters.</p>',
        "</section></main>",
        '<div id="tip" role="tooltip" hidden></div>',
        _rule_info(rules, in_sample),
        f"<script>{SCRIPT}</script>",
    ]
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{STYLE}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


# -- summary ------------------------------------------------------------------

def _labelled_documents(report: Mapping) -> list[tuple[str, dict]]:
    """Each document with its label: its file, and its number there if the file has
    several (a report of the sampled documents alone gives both: ``count``, ``number``)."""
    labelled = []
    for entry in report["files"]:
        documents = entry["documents"]
        count = entry.get("count", len(documents))
        for position, doc in enumerate(documents, 1):
            path = str(entry.get("path", "?"))
            number = doc.get("number", position)
            labelled.append((path if count == 1 else f"{path} #{number}", doc))
    return labelled


def _fired(doc: Mapping) -> set[str]:
    return {r["rule"] for r in doc.get("edits", [])} | {r["rule"] for r in doc.get("removed", [])}


def _sample_note(summary: Mapping, report: Mapping, shown: int) -> str:
    limit = (report.get("sample") or {}).get("limit")
    limit_text = f" (sample limit {limit:,})" if isinstance(limit, int) else ""
    return (f'<p class="note" id="sample-note">Counts cover all {summary["documents"]:,} '
            f"documents; {shown:,} sampled documents are shown in full{limit_text}.</p>")


def _number(value: int | None) -> str:
    return "n/a" if value is None else f"{value:,}"


def _cards(summary: Mapping) -> str:
    bytes_in, bytes_out = summary.get("bytes_in"), summary.get("bytes_out")
    share = ("n/a" if not bytes_in or bytes_out is None
             else f"{(bytes_in - bytes_out) / bytes_in:.1%}")
    cards = [
        ("Documents", f"{summary['documents']:,}", f"{summary['changed']:,} changed"),
        ("Bytes in", _number(bytes_in), "UTF-8"),
        ("Bytes out", _number(bytes_out), f"{summary['bytes_removed']:,} in removed blocks"),
        ("Share removed", share, "of the input bytes"),
        ("Edits", f"{summary['edits']:,}", f"{len(summary['rules']):,} rules fired"),
        ("Removed blocks", f"{summary['removed']:,}", "boilerplate"),
        ("Languages", f"{len(summary['languages']):,}",
         ", ".join(list(summary["languages"])[:4]) or "-"),
    ]
    items = "".join(
        f'<div class="card" data-card="{esc(name)}"><div class="card-name">{esc(name)}</div>'
        f'<div class="card-value">{esc(value)}</div><div class="card-note">{esc(note)}</div></div>'
        for name, value, note in cards
    )
    return f'<div class="cards">{items}</div>'


def _rule_name(rule: str, sampled: int) -> str:
    """A rule id that filters the documents when clicked (if any sampled document has it)."""
    if not sampled:
        return f'<span title="No sampled document">{esc(rule)}</span>'
    return (f'<button type="button" class="rule-link" data-rule="{esc(rule)}" '
            f'title="Show the sampled documents this rule touched">{esc(rule)}</button>')


def _bars(title: str, rows: Sequence[tuple[str, int, str]], chart_id: str,
          links: Counter | None = None) -> str:
    """A horizontal bar chart of (label, value, value text) rows; labels in ``links`` are rules."""
    peak = max((value for _, value, _ in rows), default=0) or 1
    lines = "".join(
        f'<div class="bar-row"><span class="bar-label" title="{esc(label)}">'
        f"{_rule_name(label, links[label]) if links is not None else esc(label)}</span>"
        f'<span class="bar"><span style="width:{100 * value / peak:.1f}%"></span></span>'
        f'<span class="bar-value">{esc(text)}</span></div>'
        for label, value, text in rows
    )
    return (f'<figure class="chart" id="{chart_id}"><figcaption>{esc(title)}</figcaption>'
            f"""{f'<div class="bars">{lines}</div>' if lines else '<p class="note">none</p>'}"""
            "</figure>")


def _stage_counts(edits: int, removed: int) -> str:
    counts = [f"{edits:,} edits"] if edits else []
    counts += [f"{removed:,} removed"] if removed else []
    return " + ".join(counts)


def _charts(summary: Mapping, in_sample: Counter) -> str:
    stages = [(stage, c["edits"] + c["removed"], _stage_counts(c["edits"], c["removed"]))
              for stage, c in summary["stages"].items()]
    top = [(rule, c["edits"] + c["removed"], f"{c['edits'] + c['removed']:,}")
           for rule, c in list(summary["rules"].items())[:TOP_RULES]]
    langs = [(lang, n, f"{n:,}") for lang, n in summary["languages"].items()]
    sizes = [(name, value, f"{value:,}") for name, value in
             (("in", summary.get("bytes_in")), ("out", summary.get("bytes_out")))
             if value is not None]
    return ('<div class="charts">'
            + _bars("Edits per stage", stages, "chart-stages")
            + _bars(f"Rules that fired most (top {TOP_RULES})", top, "chart-rules", in_sample)
            + _bars("Languages detected", langs, "chart-langs")
            + _bars("Bytes in and out", sizes, "chart-bytes")
            + "</div>")


def _example(info: Mapping | None) -> tuple[str, str] | None:
    """The rule's first example that changes something (else its first)."""
    examples = (info or {}).get("examples") or []
    changing = [e for e in examples if e.get("out") != e.get("in")]
    chosen = (changing or examples or [None])[0]
    return None if chosen is None else (chosen.get("in", ""), chosen.get("out", ""))


def _rules_table(summary: Mapping, rules: Mapping[str, Mapping], in_sample: Counter) -> str:
    rows = []
    for rule, counts in summary["rules"].items():
        info = rules.get(rule, {})
        example = _example(info)
        example_html = "" if example is None else (
            f"<code>{esc(quote(example[0]))}</code> → <code>{esc(quote(example[1]))}</code>")
        sampled = in_sample.get(rule, 0)
        name = _rule_name(rule, sampled)
        description = info.get("description") or ""
        rows.append(
            f'<tr data-rule="{esc(rule)}"><td>{name}</td><td>{esc(counts["stage"])}</td>'
            f'<td>{esc(info.get("kind", ""))}</td><td class="num">{counts["edits"]:,}</td>'
            f'<td class="num">{counts["removed"]:,}</td>'
            f'<td class="num">{counts["documents"]:,}</td>'
            f'<td class="num">{counts["bytes_removed"]:,}</td><td class="num">{sampled:,}</td>'
            f'<td title="{esc(description)}">{example_html}</td></tr>'
        )
    head = ("<tr><th>Rule</th><th>Stage</th><th>Kind</th><th>Edits</th><th>Removed</th>"
            "<th>Documents</th><th>Bytes removed</th><th>In sample</th><th>Example</th></tr>")
    return (f'<details id="rules-details"><summary>All {len(rows):,} rules that fired: counts '
            "and examples</summary>"
            f'<table id="rules-table"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'
            "</details>")


def _consistency(findings: object) -> str:
    """Entities with their spellings and counts, when the report carries them."""
    if not isinstance(findings, list) or not findings:
        return ""
    rows = []
    for finding in findings:
        if not isinstance(finding, Mapping):
            continue
        spellings = finding.get("spellings") or {}
        if isinstance(spellings, list):  # [{"spelling": ..., "count": ...}] works too
            spellings = {s.get("spelling", ""): s.get("count", 0) for s in spellings}
        ranked = sorted(spellings.items(), key=lambda kv: (-kv[1], kv[0]))
        cells = ", ".join(f"<span class=\"spelling\">{esc(str(s))}</span> ×{int(n):,}"
                          for s, n in ranked)
        rows.append(f'<tr><td>{esc(str(finding.get("entity", "?")))}</td><td>{cells}</td>'
                    f'<td class="num">{sum(int(n) for _, n in ranked):,}</td></tr>')
    return ('<section id="consistency"><h2>Consistency</h2><table><thead><tr><th>Entity</th>'
            f'<th>Spellings</th><th>Total</th></tr></thead><tbody>{"".join(rows)}</tbody>'
            "</table></section>")


def _toolbar(summary: Mapping, in_sample: Counter) -> str:
    def options(values: Sequence[tuple[str, str]], everything: str) -> str:
        return f'<option value="">{esc(everything)}</option>' + "".join(
            f'<option value="{esc(value)}">{esc(text)}</option>' for value, text in values)

    rule_options = [(rule, f"{rule} ({c['edits'] + c['removed']:,}"
                     + ("" if in_sample.get(rule) else ", not in sample") + ")")
                    for rule, c in sorted(summary["rules"].items())]
    stage_options = [(stage, stage) for stage in summary["stages"]]
    lang_options = [(lang, f"{lang} ({n:,})") for lang, n in summary["languages"].items()]
    return (
        '<nav id="toolbar">'
        f'<label>Rule <select id="f-rule">{options(rule_options, "all rules")}</select></label>'
        f'<label>Stage <select id="f-stage">{options(stage_options, "all stages")}</select></label>'
        f'<label>Language <select id="f-lang">{options(lang_options, "all languages")}</select>'
        "</label>"
        '<button type="button" id="next-doc">Next document ▸</button>'
        '<button type="button" id="clear">Clear</button>'
        '<span id="shown"></span><span id="position"></span></nav>'
    )


# -- documents ----------------------------------------------------------------

def _document(index: int, label: str, doc: Mapping, rules: Mapping[str, Mapping]) -> str:
    original, cleaned = doc["original"], doc["text"]
    regions = merge_regions(doc.get("edits", []), doc.get("removed", []))
    spans = align(original, cleaned, regions)
    fired = sorted(_fired(doc))
    stages = sorted({_stage(rec, rules) for region in regions
                     for rec in [*region.removed, *region.edits]})
    left = _original_pane(original, regions, rules)
    if spans is None:
        right = esc(cleaned)
        warning = ('<p class="note">The cleaned text could not be lined up with the edit log; '
                   "it is shown without marks.</p>")
    else:
        right = _cleaned_pane(original, cleaned, regions, spans, rules)
        warning = ""
    meta = (f"{doc.get('lang', 'und')} · {len(doc.get('edits', [])):,} edits · "
            f"{len(doc.get('removed', [])):,} removed blocks · "
            f"{_number(doc.get('bytes_in'))} → {_number(doc.get('bytes_out'))} bytes")
    return (
        f'<section class="doc" id="doc-{index}" data-rules=" {esc(" ".join(fired))} " '
        f'data-stages=" {esc(" ".join(stages))} " data-lang="{esc(doc.get("lang", "und"))}">'
        f'<h3><a href="#doc-{index}">{esc(label)}</a> <span class="meta">{esc(meta)}</span></h3>'
        f"{warning}"
        '<div class="panes"><div class="pane"><div class="pane-title">Original</div>'
        f'<div class="text orig">{left}</div></div>'
        '<div class="pane"><div class="pane-title">Cleaned</div>'
        f'<div class="text clean">{right}</div></div></div></section>'
    )


def _stage(record: Mapping, rules: Mapping[str, Mapping]) -> str:
    if "stage" in record:
        return record["stage"]
    return rules.get(record["rule"], {}).get("stage", REMOVAL_STAGE)


def _tip(part: Region, rules: Mapping[str, Mapping]) -> str:
    """What the records of one part did, a line each (the page adds the rules' examples)."""
    lines = [f"✂ removed by {block['rule']} ({_stage(block, rules)}): {quote(block['text'])}"
             for block in part.removed]
    lines += [f"{edit['rule']} ({edit['stage']}): {quote(edit['before'])} → {quote(edit['after'])}"
              for edit in part.edits]
    return "\n".join(lines)


def example_line(rule: str, info: Mapping | None) -> str | None:
    """The tooltip line that shows a rule's pack example.

    >>> example_line("geo-ua/kyiv", {"examples": [{"in": "Kiev", "out": "Kyiv"}]})
    "example of geo-ua/kyiv: 'Kiev' → 'Kyiv'"
    """
    example = _example(info)
    if example is None:
        return None
    return f"example of {rule}: {quote(example[0])} → {quote(example[1])}"


def _rule_info(rules: Mapping[str, Mapping], wanted: Iterable[str]) -> str:
    """The example line of each rule, once, as JSON for the page's script."""
    lines = {rule: line for rule in sorted(wanted)
             if (line := example_line(rule, rules.get(rule))) is not None}
    data = json.dumps(lines, ensure_ascii=False).replace("<", "\\u003c")
    return f'<script type="application/json" id="rule-info">{data}</script>'


def _attributes(index: int, part: int | None, region: Region, rules: Mapping[str, Mapping],
                text: str, *, tip: bool) -> str:
    stages = sorted({_stage(rec, rules) for rec in [*region.removed, *region.edits]})
    classes = ["mk", "rm" if region.removed else "ed"]
    if not text:
        classes.append("empty")
    elif not text.strip() or set(text) <= INVISIBLE | {" ", "\t", "\n", "\u00a0"}:
        classes.append("ws-nl" if "\n" in text else "ws")
    attrs = (f'class="{" ".join(classes)}" data-r="{index}" '
             f'data-rules=" {esc(" ".join(region.rules))} " '
             f'data-stages=" {esc(" ".join(stages))} "')
    if part is not None:
        attrs += f' data-p="{part}"'
    if tip:
        attrs += f' data-tip="{esc(_tip(region, rules))}"'
    if region.removed:
        label = ", ".join(dict.fromkeys(block["rule"] for block in region.removed))
        attrs += f' data-label="✂ {esc(label)}"'
    return attrs


def _original_pane(original: str, regions: list[Region], rules: Mapping[str, Mapping]) -> str:
    out, pos = [], 0
    for index, region in enumerate(regions):
        for number, part in enumerate(region.parts):
            text = original[part.start : part.end]
            tag = "del" if part.removed else "mark"
            out.append(esc(original[pos : part.start]))
            out.append(f"<{tag} {_attributes(index, number, part, rules, text, tip=True)} "
                       f'data-start="{part.start}" data-end="{part.end}">{esc(text)}</{tag}>')
            pos = part.end
    out.append(esc(original[pos:]))
    return "".join(out)


def _cleaned_pane(original: str, cleaned: str, regions: list[Region],
                  spans: list[tuple[int, int]], rules: Mapping[str, Mapping]) -> str:
    """The cleaned text; its marks borrow their tooltips from the original side's."""
    out, pos = [], 0
    for index, (region, (start, end)) in enumerate(zip(regions, spans, strict=True)):
        out.append(esc(cleaned[pos:start]))
        text = cleaned[start:end]
        pieces = split_replacement(original, region, text) if len(region.parts) > 1 else None
        if pieces is None:
            out.append(f"<ins {_attributes(index, None, region, rules, text, tip=False)}>"
                       f"{esc(text)}</ins>")
        else:
            out.extend(f"<ins {_attributes(index, number, part, rules, piece, tip=False)}>"
                       f"{esc(piece)}</ins>"
                       for number, (part, piece) in enumerate(zip(region.parts, pieces,
                                                                  strict=True)))
        pos = end
    out.append(esc(cleaned[pos:]))
    return "".join(out)


STYLE = """
:root{--bg:#fff;--fg:#1d2330;--muted:#667085;--line:#e4e7ec;--rm:#b42318;--rmbg:#fee4e2;
--ed:#fff1b8;--edline:#d4a300;--ins:#d1fadf;--insline:#12b76a;--bar:#3e63dd;--hit:#ffd166}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
background:var(--bg)}
header{padding:12px 20px 0}h1{margin:0;font-size:22px}h2{font-size:18px;margin:18px 0 8px}
h3{font-size:15px;margin:12px 0 6px}
main{padding:0 20px 40px}.note{color:var(--muted);margin:4px 0}
#toolbar{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:10px;align-items:center;
padding:8px 20px;background:#f8f9fc;border-bottom:1px solid var(--line)}
#toolbar select{max-width:22em}#toolbar button{cursor:pointer}
#shown,#position{color:var(--muted)}
.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{border:1px solid var(--line);border-radius:8px;padding:8px 12px;min-width:130px}
.card-name{color:var(--muted);font-size:12px}.card-value{font-size:20px;font-weight:600}
.card-note{color:var(--muted);font-size:12px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px;margin-top:12px}
.chart{margin:0;border:1px solid var(--line);border-radius:8px;padding:8px 12px}
figcaption{font-weight:600;margin-bottom:6px}
.bars{display:grid;grid-template-columns:minmax(0,max-content) minmax(80px,1fr) max-content;
gap:2px 8px;align-items:center;font-size:12px}
.bar-row{display:contents}
.bar-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:18em}
.bar{background:#eef1f6;height:10px;border-radius:5px;overflow:hidden}
.bar>span{display:block;height:100%;background:var(--bar)}
.bar-value{color:var(--muted);white-space:nowrap}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.selected td{background:#eef3ff}
code{font-size:12px;background:#f3f4f6;border-radius:3px;padding:0 2px;word-break:break-word}
.rule-link{border:0;background:none;color:#2647c8;cursor:pointer;padding:0;font:inherit;
text-align:left}
.rule-link:hover{text-decoration:underline}
.bar-label .rule-link{font-size:12px;max-width:100%;overflow:hidden;text-overflow:ellipsis}
details#rules-details{margin-top:12px}details#rules-details>summary{cursor:pointer;font-weight:600}
.doc{border-top:2px solid var(--line);margin-top:14px;scroll-margin-top:56px}
.doc .meta{color:var(--muted);font-weight:400;font-size:12px}
.panes{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.pane{min-width:0}.pane-title{font-size:12px;color:var(--muted);text-transform:uppercase}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.5 ui-monospace,SFMono-Regular,
Menlo,Consolas,monospace;border:1px solid var(--line);border-radius:6px;padding:8px;
background:#fcfcfd}
.mk{position:relative;border-radius:2px;cursor:help;text-decoration:none;color:inherit}
del.mk.rm{background:var(--rmbg);color:var(--rm);text-decoration:line-through}
del.mk.rm::before{content:attr(data-label);display:inline-block;margin-right:4px;padding:0 4px;
border-radius:3px;background:var(--rm);color:#fff;font:11px/1.4 system-ui,sans-serif;
text-decoration:none;vertical-align:1px}
mark.mk{background:var(--ed);box-shadow:inset 0 -2px 0 var(--edline)}
ins.mk{background:var(--ins);box-shadow:inset 0 -2px 0 var(--insline)}
ins.mk.rm{background:var(--rmbg);box-shadow:none}
.mk.ws{outline:1px dashed var(--edline);padding:0 1px}
.mk.ws-nl::before{content:"↵";color:var(--muted)}
.mk.empty::before{content:"⁁";color:var(--rm);font-weight:700}
ins.mk.rm.empty::before{content:"✂";font-weight:400}
.mk.dim,del.mk.rm.dim,ins.mk.rm.dim{background:none;box-shadow:none;outline:none;
color:inherit;opacity:.55}
del.mk.rm.dim::before{background:#98a2b3}
.mk.hit{box-shadow:0 0 0 2px var(--hit)}
.mk.hl{outline:2px solid #3e63dd}
#tip{position:fixed;z-index:10;max-width:560px;background:#1d2330;color:#fff;border-radius:6px;
padding:6px 8px;font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;
pointer-events:none;box-shadow:0 4px 16px rgba(0,0,0,.25)}
.legend{font-size:12px;color:var(--muted)}.legend .mk{cursor:default}
@media (max-width:800px){.panes{grid-template-columns:1fr}}
"""

SCRIPT = r"""
(function () {
  "use strict";
  var $ = function (s) { return document.querySelector(s); };
  var all = function (s) { return Array.prototype.slice.call(document.querySelectorAll(s)); };
  var rule = $("#f-rule"), stage = $("#f-stage"), lang = $("#f-lang");
  var shown = $("#shown"), position = $("#position"), tip = $("#tip"), none = $("#no-docs");
  var docs = all(".doc"), marks = all(".doc .mk"), toolbar = $("#toolbar");
  function has(el, key, value) { return !value || el.dataset[key].indexOf(" " + value + " ") >= 0; }
  function visible() { return docs.filter(function (d) { return !d.hidden; }); }
  function apply() {
    var r = rule.value, s = stage.value, l = lang.value, count = 0;
    docs.forEach(function (d) {
      var ok = has(d, "rules", r) && has(d, "stages", s) && (!l || d.dataset.lang === l);
      d.hidden = !ok;
      if (ok) { count += 1; }
    });
    marks.forEach(function (m) {
      var on = has(m, "rules", r) && has(m, "stages", s);
      m.classList.toggle("dim", !on);
      m.classList.toggle("hit", on && !!(r || s));
    });
    all("#rules-table tr[data-rule]").forEach(function (tr) {
      tr.classList.toggle("selected", tr.dataset.rule === r);
    });
    shown.textContent = count + " of " + docs.length + " sampled documents shown";
    position.textContent = "";
    none.hidden = count > 0;
  }
  var current = null;  // the document the last jump went to
  function jump(fromStart) {
    var v = visible();
    if (!v.length) { return; }
    var edge = toolbar.getBoundingClientRect().bottom + 4, target = null;
    if (current && v.indexOf(current) >= 0) {
      var rect = current.getBoundingClientRect();
      if (rect.bottom > 0 && rect.top < window.innerHeight) { edge = rect.top + 1; }
    }
    if (!fromStart) {
      target = v.find(function (d) { return d.getBoundingClientRect().top > edge; }) || null;
    }
    target = target || v[0];
    current = target;
    target.scrollIntoView({block: "start"});
    position.textContent = "document " + (v.indexOf(target) + 1) + " of " + v.length;
    var first = target.querySelector(".mk.hit");
    if (first) {
      first.classList.add("hl");
      setTimeout(function () { first.classList.remove("hl"); }, 1200);
    }
  }
  [rule, stage, lang].forEach(function (el) { el.addEventListener("change", apply); });
  $("#next-doc").addEventListener("click", function () { jump(false); });
  $("#clear").addEventListener("click", function () {
    rule.value = ""; stage.value = ""; lang.value = ""; apply();
  });
  all(".rule-link").forEach(function (b) {
    b.addEventListener("click", function () {
      rule.value = b.dataset.rule; stage.value = ""; lang.value = ""; apply(); jump(true);
    });
  });
  function partners(m) {
    var doc = m.closest(".doc");
    if (!doc) { return [m]; }
    return Array.prototype.slice.call(doc.querySelectorAll('.mk[data-r="' + m.dataset.r + '"]'));
  }
  function place(e) {
    var x = Math.min(e.clientX + 12, window.innerWidth - tip.offsetWidth - 8);
    var y = e.clientY + 16;
    if (y + tip.offsetHeight > window.innerHeight) { y = e.clientY - tip.offsetHeight - 8; }
    tip.style.left = Math.max(4, x) + "px"; tip.style.top = Math.max(4, y) + "px";
  }
  var examples = JSON.parse($("#rule-info").textContent);
  function tipText(m) {
    // the original side's marks carry what their records did; the cleaned side borrows it
    var sources = [m];
    if (m.dataset.tip === undefined) {
      sources = partners(m).filter(function (p) {
        var samePart = m.dataset.p === undefined || p.dataset.p === m.dataset.p;
        return p.dataset.tip !== undefined && samePart;
      });
    }
    var lines = sources.map(function (p) { return p.dataset.tip; }), seen = {};
    sources.forEach(function (p) {
      p.dataset.rules.trim().split(" ").forEach(function (r) {
        if (!seen[r] && examples[r]) { seen[r] = true; lines.push(examples[r]); }
      });
    });
    return lines.join("\n");
  }
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest(".doc .mk");
    if (!m) { return; }
    tip.textContent = tipText(m); tip.hidden = false; place(e);
    partners(m).forEach(function (p) { p.classList.add("hl"); });
  });
  document.addEventListener("mousemove", function (e) { if (!tip.hidden) { place(e); } });
  document.addEventListener("mouseout", function (e) {
    var m = e.target.closest && e.target.closest(".doc .mk");
    if (!m) { return; }
    tip.hidden = true;
    partners(m).forEach(function (p) { p.classList.remove("hl"); });
  });
  apply();
})();
"""
