"""English, as news writes it: wire copy, newspapers, broadcasters' sites."""

from diffnews.lang import Profile, phrases

# Function words: they carry grammar, not news. Written for this project; deliberately short,
# and without "said"/"told" (attribution verbs are content: who said what is the story) or
# "not"/"no" (a negation changes the news: "was killed" against "was not killed"); "nor", which
# only joins a negation already made, is one.
FUNCTION_WORDS = frozenset(
    """
    a an the and or but nor so yet if then than that this these those there here
    of in on at by for from to into onto with without within about above below over under
    between among through during before after since until upon via per as
    is am are was were be been being has have had having do does did doing
    will would shall should can could may might must
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
    who whom whose which what when where why how
    all any both each few more most other some such only own same too very just also
    s t d ll m o re ve y
    """.split()
)

# Lower-case, without the final period, as Punkt stores them. Written for news copy: titles and
# ranks, months and days, US states in AP style, company and place words, and Latin.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr gov sen rep reps
    rev fr sr jr hon pres supt insp det amb atty
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n u.s.a e.u d.c n.y n.j l.a
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex vt va wash wis wyo
    st ave blvd rd mt ft
    inc corp co ltd llc plc bros dept univ assn govt intl
    vs etc e.g i.e approx est fig nos vol pp a.m p.m
    """.split()
)

PROFILE = Profile(
    code="en",
    name="English",
    stemmer="english",
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    # speakers.py reads English attributions with a grammar of its own around these
    speech=phrases(
        """
        said, says, say, told, tells, tell, added, adds, stated, states, explained, explains,
        wrote, writes, warned, warns, urged, urges, insisted, insists, stressed, noted, argued,
        argues, claimed, claims, vowed, pledged, promised, declared, announced, asked, replied,
        responded, continued, concluded, acknowledged, admitted, reported, reports
        """
    ),
)
