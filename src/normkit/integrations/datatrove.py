"""A datatrove formatter step that cleans each document's text with normkit.

Drop it into a pipeline like any other step; every executor (local, Slurm, Ray)
ships it to its workers, where it builds its Normalizer once per process::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    LocalPipelineExecutor([JsonlReader("in/"), NormkitFormatter(), JsonlWriter("out/")],
                          tasks=4).run()

Its stats count changed documents, edits and removed blocks.

>>> from datatrove.data import Document
>>> from normkit import Normalizer
>>> step = NormkitFormatter(Normalizer(lang="en"))
>>> [d.text for d in step.run([Document(text="Talks in Kiev.", id="1")])]
['Talks in Kyiv.']
"""

from __future__ import annotations

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.formatters.base import BaseFormatter
from datatrove.utils.typeshelper import StatHints

from normkit.integrations.shared import SharedNormalizer, shared
from normkit.pipeline import Normalizer

__all__ = ["NormkitFormatter"]


class NormkitFormatter(BaseFormatter):
    """Cleans ``doc.text``; ``lang_key`` names a metadata field holding the language
    (e.g. ``"language"``, set by datatrove's language filter) to skip detection."""

    name = "🧹 normkit"

    def __init__(
        self,
        normalizer: Normalizer | SharedNormalizer | None = None,
        *,
        lang: str | None = None,
        lang_key: str | None = None,
    ):
        super().__init__()
        self.handle = shared(normalizer)
        self.lang = lang
        self.lang_key = lang_key

    def format(self, text: str) -> str:
        return self.handle.normalizer.clean(text, lang=self.lang)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        norm = self.handle.normalizer
        for doc in data:
            self.stat_update(StatHints.total)
            lang = self.lang
            if lang is None and self.lang_key is not None:
                lang = doc.metadata.get(self.lang_key) or None
            with self.track_time():
                result = norm.run(doc.text, lang=lang, doc_id=str(doc.id))
            if result.changed:
                self.stat_update("changed")
                self.stat_update("edits", value=len(result.edits))
                self.stat_update("removed_blocks", value=len(result.removed))
            doc.text = result.text
            yield doc
