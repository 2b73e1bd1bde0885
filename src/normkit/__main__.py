"""``python -m normkit`` runs the command line."""

from normkit.cli import main

main()
