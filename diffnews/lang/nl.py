"""Dutch: "De minister zei donderdag dat ..." """

from diffnews.lang import Profile, phrases

PROFILE = Profile(
    code="nl",
    numbers="1.234,5",
    name="Dutch",
    stemmer="dutch",
    function_words=frozenset(
        """
        de het een en of maar want dus dat die dit deze wie wat waar wanneer hoe als dan van
        in op aan bij met voor naar uit over onder door tegen tussen om tot na sinds zonder is
        zijn was waren ben bent geweest heeft hebben had hadden wordt worden werd werden kan
        kunnen kon zal zullen zou moet moeten wil ik jij je u hij zij ze wij we jullie hem haar
        hun ons mij me zich er hier daar ook nog al zeer heel meer
        """.split()
    ),
    abbreviations=frozenset("dhr mevr mr dr prof ir ing drs nr bijv o.a d.w.z etc blz jl".split()),
    months=(
        "januari|jan",
        "februari|feb",
        "maart|mrt",
        "april|apr",
        "mei",
        "juni|jun",
        "juli|jul",
        "augustus|aug",
        "september|sept|sep",
        "oktober|okt",
        "november|nov",
        "december|dec",
    ),
    links="(?:lees ook|bekijk ook|meer over dit onderwerp)",
    furniture=(
        r"alle rechten voorbehouden\.?",
        "(?:schrijf je in|abonneer je) (?:voor|op) (?:onze|de) nieuwsbrief.{0,80}",
        "advertentie",
    ),
    photo_credits=r"^foto\s*:|\(foto\s*:",
    speech=phrases(
        """
        aldus, benadrukte, kondigde, stelde, stelt, verklaarde, verklaart, voegde, volgens,
        waarschuwde, zegt, zei, zeiden
        """
    ),
)
