"""Checking, on top of the report: what an edited copy may not do to its source.

policy (the rules a copy is checked against, and their findings), project (a project's
settings file: thresholds, policy, which copies have which sources) and variants (spelling
variants that leave a quotation the same).
"""
