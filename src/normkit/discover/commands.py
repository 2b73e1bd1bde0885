"""What `normkit suggest` and `normkit check --consistency` do with the cleaned results.

The CLI cleans the inputs (files, directories, JSONL fields) as ``clean`` does and
hands over ``(source name, results)``; these functions do the rest and print.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from normkit.discover import preferred_canonicals, suggest_draft
from normkit.discover.candidates import collect
from normkit.discover.consistency import inconsistencies, report_json, report_text
from normkit.discover.draft import free_pack_id
from normkit.document import Result
from normkit.io import atomic_write
from normkit.language import UNDETERMINED
from normkit.pipeline import Normalizer

Sources = Sequence[tuple[str, Sequence[Result]]]


def documents_of(sources: Sources) -> tuple[list[tuple[str, str]], str]:
    """The cleaned ``(name, text)`` documents and the language most of them are in."""
    documents = [(name, r.text) for name, results in sources for r in results]
    langs = Counter(r.lang for _, results in sources for r in results)
    found = [code for code, _ in langs.most_common() if code != UNDETERMINED]
    return documents, (found[0] if found else UNDETERMINED)


def suggest_command(
    norm: Normalizer,
    sources: Sources,
    *,
    output: Path | None,
    profile: str,
    packs: Sequence[str | Path],
    min_count: int,
) -> None:
    """Write the draft pack to ``output`` (or stdout); a summary goes to stderr."""
    documents, lang = documents_of(sources)
    pack_id = free_pack_id(output.stem if output is not None else "draft", packs)
    draft = suggest_draft(norm, documents, lang, profile=profile, packs=packs,
                          pack_id=pack_id, min_count=min_count)
    if output is None:
        sys.stdout.write(draft.text)
    else:
        with atomic_write(output) as handle:
            handle.write(draft.text)
    variants = sum(len(p.variants) for p in draft.proposals)
    where = f" to {output}" if output is not None else ""
    note = f"; {len(draft.left_out)} left out" if draft.left_out else ""
    print(f"normkit: {len(draft.proposals)} rule(s), {variants} variant(s){where}{note}",
          file=sys.stderr)


def consistency_command(
    norm: Normalizer, sources: Sources, *, as_json: bool, min_count: int
) -> int:
    """Print the consistency report; return how many names are inconsistent."""
    documents, lang = documents_of(sources)
    entities = inconsistencies(
        collect(documents),
        min_count=min_count,
        preferred=preferred_canonicals(norm, lang),
        romanisation=norm.options.get("romanisation"),
    )
    if as_json:
        print(json.dumps(report_json(entities), ensure_ascii=False, indent=1))
    else:
        print(report_text(entities))
    return len(entities)
