"""Reading, the first stage of the pipeline: from an input to sentences and words.

inputs (a file, standard input or a URL, as text), fetch (a web page over http(s)), extract (a
web page's article as plain text), segment (sentences with offsets), text (words and their
normalised forms), boilerplate (page furniture) and lazy_nltk (nltk's Punkt and Snowball
without the rest of nltk).
"""
