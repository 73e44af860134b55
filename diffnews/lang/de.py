"""German: "Der Minister sagte am Donnerstag, ..." Nouns are capitalised, so a capital says
little of names; "Nr.", "z.B." and "Dr." are not sentence ends."""

from diffnews.lang import Profile, phrases

PROFILE = Profile(
    code="de",
    numbers="1.234,5",
    # an ordinal: a day before its month, or after a preposition or an article ("am 14. März",
    # "Der 2. Weltkrieg", "im 19. Jahrhundert"); "stieg auf 14. Die ..." still ends
    no_end=(
        r"(?:(?<![\w.])(?i:am|vom|zum|bis|seit|ab|der|die|das|den|dem|des|im|zur|beim|ihr|sein)"
        r"[ \t]+\d{1,2}\.(?=[ \t]))"
        r"|(?:(?<![\w.])\d{1,2}\.(?=[ \t]+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August"
        r"|September|Oktober|November|Dezember)\b))"
    ),
    name="German",
    nouns_capitalised=True,
    stemmer="german",
    function_words=frozenset(
        """
        der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn
        dass ob wenn als wie so auch noch schon nur sehr zu zum zur im in ins am an auf aus
        bei mit nach von vom vor über unter um durch für gegen ohne bis seit zwischen während
        wegen trotz ist sind war waren bin bist seid sein gewesen hat haben hatte hatten habe
        wird werden wurde wurden worden kann können konnte konnten soll sollen sollte muss
        müssen musste will wollen wollte darf dürfen ich du er sie es wir ihr man mich mir dich
        dir sich uns euch ihn ihm ihnen sein seine seinen seinem seiner ihre ihren ihrem ihrer
        unser unsere dieser diese dieses diesen diesem jener welche welcher welches was wer wo
        dort hier da dann damit dabei dazu darauf daran davon
        """.split()
    ),
    abbreviations=frozenset(
        """
        nr dr prof str bzw ca vgl ggf usw inkl evtl z.b d.h u.a s.o o.ä mio mrd jan feb märz
        apr aug sept okt nov dez jh st abs art
        """.split()
    ),
    titles=tuple(
        """
        minister ministerin präsident präsidentin kanzler kanzlerin sprecher sprecherin
        meister meisterin chef chefin vorsitzende vorsitzender direktor direktorin sekretär
        sekretärin leiter leiterin landrat landrätin stadtrat stadträtin abgeordnete
        abgeordneter senator senatorin botschafter botschafterin general kommissar
        kommissarin dr prof herr frau
        """.split()
    ),
    months=(
        "Januar|Jänner|Jan",
        "Februar|Feber|Feb",
        "März|Mär|Mrz",
        "April|Apr",
        "Mai",
        "Juni|Jun",
        "Juli|Jul",
        "August|Aug",
        "September|Sept|Sep",
        "Oktober|Okt",
        "November|Nov",
        "Dezember|Dez",
    ),
    links="(?:lesen sie auch|auch interessant|mehr zum thema|das könnte sie auch interessieren)",
    furniture=(
        r"alle rechte vorbehalten\.?",
        "(?:abonnieren sie|bestellen sie) (?:unseren|den) newsletter[.!]?",
        "newsletter abonnieren[.!]?",
        "anzeige",
    ),
    photo_credits=r"^(?:foto|fotos|bild|bilder)\s*:|\((?:foto|bild)\s*:",
    speech=phrases(
        """
        bekräftigte, berichtet, berichtete, betont, betonte, erklärt, erklärte, fordert,
        forderte, fügte, kündigte, laut, meint, meinte, räumte, sagen, sagt, sagte, sagten,
        sprach, teilte, versprach, warnt, warnte
        """
    ),
)
