"""Spanish: "El ministro dijo el jueves que ..." Questions open with "¿"; "Sr." and "EE.UU." are
no sentence ends."""

from diffnews.lang import Profile, phrases

PROFILE = Profile(
    code="es",
    numbers="1.234,5",
    name="Spanish",
    stemmer="spanish",
    function_words=frozenset(
        """
        el la los las lo un una unos unas y e o u pero sino que quien quienes cual cuales cuyo
        de del a al en por para con sin sobre entre hasta desde hacia según contra tras ante
        bajo durante es son era eran fue fueron ser sido estar está están estaba ha han había
        habían haber se su sus le les me te nos os mi mis tu tus nuestro nuestra él ella ellos
        ellas yo tú usted ustedes este esta estos estas ese esa esos esas aquel muy más menos
        como cuando donde si también ya tan todo toda todos todas
        """.split()
    ),
    abbreviations=frozenset("sr sra srta dr dra ee.uu uu etc núm pág art av gral lic ing".split()),
    months=(
        "enero|ene",
        "febrero|feb",
        "marzo|mar",
        "abril|abr",
        "mayo|may",
        "junio|jun",
        "julio|jul",
        "agosto|ago",
        "septiembre|setiembre|sept|sep",
        "octubre|oct",
        "noviembre|nov",
        "diciembre|dic",
    ),
    links="(?:lea también|lee también|te puede interesar|más información)",
    furniture=(
        r"todos los derechos reservados\.?",
        "(?:suscríbete|suscríbase) a (?:nuestro|nuestra) (?:boletín|newsletter).{0,80}",
        "publicidad",
    ),
    photo_credits=r"^foto(?:grafía)?\s*:|\(foto(?:grafía)?\s*:",
    speech=phrases(
        """
        advierte, advirtió, afirma, afirmó, asegura, aseguró, añade, añadió, declara,
        declaró, destacó, dice, dijo, explica, explicó, indica, indicó, según, señala,
        señaló, subrayó
        """
    ),
)
