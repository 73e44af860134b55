"""Russian: "Министр заявил в четверг, что ..." Quotations in «ёлочки»."""

from diffnews.lang import Profile

PROFILE = Profile(
    code="ru",
    numbers="1 234,5",
    name="Russian",
    stemmer="russian",
    function_words=frozenset(
        """
        и а но или что чтобы как который которая которые в во на с со к ко по о об от до из у
        за для без при через над под между это этот эта эти тот та те он она оно они мы вы я
        ты его ее её их им ему ей себя свой своя свои был была было были быть будет будут есть
        же ли бы уже также тоже так очень
        """.split()
    ),
    abbreviations=frozenset("г гг т.е т.д т.п т.к тыс млн млрд руб им ул д стр см".split()),
)
