"""Polish: "Minister powiedział w czwartek, że ..." """

from diffnews.lang import Profile, phrases

PROFILE = Profile(
    code="pl",
    numbers="1 234,5",
    name="Polish",
    stemmer="polish",
    function_words=frozenset(
        """
        i oraz a ale lub albo czy że żeby aby bo który która które którego której w we na z ze
        do od po o u za przed przez pod nad dla bez przy między jest są był była było byli były
        być będzie będą ma mają miał miała się go jej jego ich im mu mnie mi ja ty on ona ono my
        wy oni one ten ta to te tego tej tym tak jak już też także bardzo
        """.split()
    ),
    abbreviations=frozenset("np tj tzn dr prof mgr inż ul al nr ok godz r ws gen płk".split()),
    months=(
        "stycznia|styczeń|styczniu|sty",
        "lutego|luty|lutym|lut",
        "marca|marzec|marcu|mar",
        "kwietnia|kwiecień|kwietniu|kwi",
        "maja|maj|maju",
        "czerwca|czerwiec|czerwcu|cze",
        "lipca|lipiec|lipcu|lip",
        "sierpnia|sierpień|sierpniu|sie",
        "września|wrzesień|wrześniu|wrz",
        "października|październik|październiku|paź",
        "listopada|listopad|listopadzie|lis",
        "grudnia|grudzień|grudniu|gru",
    ),
    links="(?:czytaj (?:także|też|również)|zobacz (?:także|też|również))",
    furniture=(
        r"wszelkie prawa zastrzeżone\.?",
        "zapisz się do (?:naszego )?newslettera.{0,80}",
        "reklama",
    ),
    photo_credits=r"^fot(?:o)?\.?\s*:|\(fot(?:o)?\.?\s*:",
    speech=phrases(
        """
        dodał, dodała, mówi, ocenił, oceniła, oświadczył, oświadczyła, podkreślił,
        podkreśliła, powiedział, powiedziała, powiedziały, powiedzieli, stwierdził,
        stwierdziła, według, zapowiedział, zapowiedziała
        """
    ),
)
