"""``python -m diffnews`` runs the command line."""

from diffnews.cli import run

run()
