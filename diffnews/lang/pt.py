"""Portuguese (Portugal and Brazil): "O ministro disse na quinta-feira que ..." """

from diffnews.lang import Profile, phrases

PROFILE = Profile(
    code="pt",
    numbers="1.234,5",
    name="Portuguese",
    stemmer="portuguese",
    function_words=frozenset(
        """
        o a os as um uma uns umas e ou mas que quem qual quais cujo de do da dos das em no na
        nos nas por pelo pela pelos pelas para com sem sobre entre até desde após contra ao aos
        à às é são era eram foi foram ser sido estar está estão estava tem têm tinha ter se seu
        sua seus suas lhe lhes me te nos ele ela eles elas eu você vocês este esta estes estas
        esse essa isso aquele muito mais menos como quando onde se também já tão todo toda
        todos todas
        """.split()
    ),
    abbreviations=frozenset("sr sra dr dra prof av etc nº art pág".split()),
    months=(
        "janeiro|jan",
        "fevereiro|fev",
        "março|mar",
        "abril|abr",
        "maio|mai",
        "junho|jun",
        "julho|jul",
        "agosto|ago",
        "setembro|set",
        "outubro|out",
        "novembro|nov",
        "dezembro|dez",
    ),
    links="(?:leia também|veja também|saiba mais)",
    furniture=(
        r"todos os direitos reservados\.?",
        "(?:assine|inscreva-se n)a (?:nossa )?newsletter.{0,80}",
        "publicidade",
    ),
    photo_credits=r"^foto\s*:|\(foto\s*:",
    speech=phrases(
        """
        acrescenta, acrescentou, afirma, afirmou, anunciou, declara, declarou, disse, diz,
        explica, explicou, garantiu, segundo, sublinhou
        """
    ),
)
