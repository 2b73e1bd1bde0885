"""The run summary as a plain-text table (``normkit clean --statistics``).

>>> from normkit.report.stats import RunStats
>>> stats = RunStats()
>>> stats.add({"lang": "en", "bytes_in": 20, "bytes_out": 14,
...            "edits": [{"rule": "geo-ua/kyiv", "stage": "lexicon"}],
...            "removed": [{"rule": "web/source-link", "text": "Source link\\n"}]})
>>> print(statistics_table(stats))
1 document (1 changed), 20 -> 14 bytes (30.0% removed); languages: en 1
stages: boilerplate 1 removed, lexicon 1 edit
  fired  edits  removed  docs  stage        rule
      1      1        0     1  lexicon      geo-ua/kyiv
      1      0        1     1  boilerplate  web/source-link
      2      1        1     1               total
"""

from __future__ import annotations

from normkit.report.stats import RunStats


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _stage_summary(stage: str, edits: int, removed: int) -> str:
    counts = [_plural(edits, "edit")] if edits else []
    counts += [f"{removed:,} removed"] if removed else []
    return f"{stage} {' + '.join(counts)}"


def headline(stats: RunStats) -> str:
    """One line: documents, bytes in and out, share removed, languages."""
    parts = [f"{_plural(stats.documents, 'document')} ({stats.changed:,} changed)"]
    if stats.bytes_in is not None and stats.bytes_out is not None:
        share = stats.share_removed
        removed = f" ({share:.1%} removed)" if share is not None else ""
        parts[0] += f", {stats.bytes_in:,} -> {stats.bytes_out:,} bytes{removed}"
    langs = " ".join(f"{lang} {n:,}" for lang, n in stats.languages.most_common())
    return f"{parts[0]}; languages: {langs or '-'}"


def statistics_table(stats: RunStats) -> str:
    """A headline, then one row per rule (most fired first) and a total row."""
    rules = stats.top_rules()
    stage_width = max([len("stage"), *(len(r.stage) for r in rules)])
    stages = ", ".join(_stage_summary(stage, edits, removed)
                       for stage, (edits, removed) in stats.stages().items())
    rows = [headline(stats), f"stages: {stages or '-'}",
            f"  fired  edits  removed  docs  {'stage':<{stage_width}}  rule"]
    for r in rules:
        rows.append(f"{r.fired:>7,} {r.edits:>6,} {r.removed:>8,} {r.documents:>5,}  "
                    f"{r.stage:<{stage_width}}  {r.rule}")
    if rules:
        rows.append(f"{stats.edits + stats.removed:>7,} {stats.edits:>6,} {stats.removed:>8,} "
                    f"{stats.changed:>5,}  {'':<{stage_width}}  total")
    return "\n".join(rows)
