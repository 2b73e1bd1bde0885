"""Shared fixtures: one Normalizer per session, paths, and a CLI runner in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

import normkit

# HYPOTHESIS_PROFILE=thorough runs many more examples (for fuzzing sessions, not CI).
settings.register_profile("thorough", max_examples=5000, deadline=None)
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def norm() -> normkit.Normalizer:
    return normkit.Normalizer()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present next to the project")
    return SHARED_DATA


def run_cli(*args: str, input: str | None = None, cwd: Path | None = None
            ) -> subprocess.CompletedProcess:
    """Run ``normkit ARGS`` in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "normkit", *args],
        input=input, capture_output=True, text=True, cwd=cwd, timeout=120,
    )


@pytest.fixture()
def cli():
    return run_cli
