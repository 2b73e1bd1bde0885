"""The README's promises: its example is real, and CI runs its two commands."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_before_and_after_example_is_what_normkit_does(norm):
    before, after = re.findall(r"```text\n(.*?)```", README, flags=re.S)[:2]
    assert norm.clean(before, lang="en") == after


def test_library_example_output_is_true(norm):
    call, shown = re.search(r"normkit\.clean\((.*?), lang=\"en\"\)\n# '(.*?)'", README).groups()
    assert norm.clean(eval(call), lang="en") == shown


def test_ci_runs_exactly_the_two_readme_commands():
    commands = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)[:2]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert commands[0] in ci and commands[1] in ci
