"""Facts, the third stage: who is quoted, and which figures the aligned passages disagree on.

attribution (quotations, their speakers and the sources a report credits), speakers (who says
each quotation, in English), speech (who says it, in the other languages), figures (numbers,
dates and names that disagree inside a group), numbers (what each number and date of a passage
says) and forms (short and full forms of ranks, titles and places).
"""
