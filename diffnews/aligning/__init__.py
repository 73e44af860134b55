"""Aligning, the second stage: which sentences and words of the two sides correspond.

features (a sentence's bag, a pair's lexical features), candidates (the pairs worth scoring),
models (the two trained scoring models), align (sentences into groups), matching (the 1:1
assignment), regroup (splits and merges), classify (shared or rephrased), worddiff (the words
without a counterpart), semantic (sentence embeddings), translation (a story against its
translation), fragments (shared runs of words) and reuse (fragment links and word kinds).
"""
