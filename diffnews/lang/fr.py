"""French: "Le ministre a déclaré jeudi que ..." Quotations in « guillemets », and "M." for
Monsieur is no sentence end."""

from diffnews.lang import Profile, phrases

PROFILE = Profile(
    code="fr",
    numbers="1 234,5",
    name="French",
    stemmer="french",
    function_words=frozenset(
        """
        le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont où
        ce cet cette ces c se s sa son ses leur leurs mon ma mes ton ta tes notre nos votre vos
        il elle ils elles on je j tu nous vous lui eux me m te t y en à dans par pour sur sous
        avec sans chez entre vers depuis pendant avant après est sont était étaient été être a
        ont avait avaient avoir fait sera seront serait aussi très plus moins comme si tout tous
        toute toutes même
        """.split()
    ),
    abbreviations=frozenset(
        "m mm mme mmes mlle dr pr st ste etc cf av apr j.-c janv févr sept oct nov déc".split()
    ),
    months=(
        "janvier|janv",
        "février|févr|fév",
        "mars",
        "avril|avr",
        "mai",
        "juin",
        "juillet|juil",
        "août",
        "septembre|sept",
        "octobre|oct",
        "novembre|nov",
        "décembre|déc",
    ),
    links="(?:lire aussi|à lire aussi|voir aussi|sur le même sujet)",
    furniture=(
        r"tous droits réservés\.?",
        "(?:inscrivez-vous|abonnez-vous) à (?:notre|la) newsletter.{0,80}",
        "publicité",
    ),
    photo_credits=r"^(?:photo|crédits? photo)\s*:|\((?:photo|crédits? photo)\s*:",
    speech=phrases(
        """
        a affirmé, a ajouté, a annoncé, a assuré, a dit, a déclaré, a estimé, a expliqué, a
        indiqué, a précisé, a prévenu, a souligné, affirme, ajoute, annonce, assure, dit,
        déclare, estime, explique, indique, précise, selon, souligne
        """
    ),
)
