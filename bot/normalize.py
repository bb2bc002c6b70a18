"""French text normalisation: the one place where text is folded and stemmed.

Both the knowledge base (at load time) and every question (at ask time) go
through these functions, so that "Pôle-Emploi", "pole emploi" and
"POLE EMPLOI !" end up as the same terms.

The steps, in order:
1. `fold`: lower case, e-mail addresses named ("email"), dates in digits
   spelled out ("11/10" -> "11 octobre"), accents and ligatures removed,
   elided articles (l', d', qu', j'...) dropped, punctuation turned into
   spaces, SMS function words (kel, esk, ns) spelled out, numbers written
   as words ("deux") turned into digits, English and shortened months into
   French ones ("march", "oct").
2. `drop_stop_phrases` then `SynonymTable.apply` (built from
   knowledge/synonymes.yaml): phrases rewritten to their canonical term
   ("france travail" -> "pole_emploi").
3. `is_stopword`: function words dropped (French and English). Question words
   that tell intents apart (qui, quand, comment, combien, pourquoi) are kept.
4. `stem`: Snowball French stemming, capped to a short prefix so that
   "candidater", "candidature" and "candidats" share one term.
"""

from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache
from typing import Container, Iterable, Iterator, Mapping, Sequence

import snowballstemmer

from bot.dates import MONTHS
from bot.phrase_leads import PhraseRemover

# Longest stem kept: derived words share their first letters
# (candidat/candidature, selection/selectionne...).
STEM_LENGTH = 7

_APOSTROPHES = "'’`´ʼ‘′"
# Ligatures spelled out, and apostrophes turned into spaces before accents are
# stripped ("lʼinsertion" must not become "linsertion").
# "où" (where) is the only French word with "ù": with its accent it is not the
# "ou" (or) of a stop word, and asks where, as "where" does ("on postule où ?").
# Typed without its accent, it is still "where" where "or" cannot be: first
# ("ou envoyer le dossier") or last ("on dépose ou ?"), see `fold`.
WHERE = "where"
_OR_OPENERS = frozenset("alors bien sinon pas non".split())  # "ou alors...", "ou bien..."
_REPLACEMENTS = (("œ", "oe"), ("æ", "ae"), ("ß", "ss"), ("ø", "o"), ("ł", "l"), ("đ", "d"),
                 ("où", f" {WHERE} "), ("€", " euros "), *((apostrophe, " ") for apostrophe in _APOSTROPHES),
                 # the emojis that say something on their own (others go with the non-Latin letters)
                 ("👍", " ok "), ("🙏", " merci "), ("👋", " salut "))
# Every ASCII byte that is not a lower-case letter or a digit becomes a space.
_TO_SPACE = bytes(
    byte if chr(byte).isdigit() or "a" <= chr(byte) <= "z" else ord(" ") for byte in range(256)
)
# Elided articles and conjunctions ("l'", "d'", "qu'", "lorsqu'"...), with or
# without their apostrophe ("l insertion"): left as words of their own, dropped.
_ELIDED = frozenset("l d j n s c m t qu lorsqu puisqu quoiqu presqu".split())
# "jusqu'à", "jusqu'en", "jusquau"...: kept as one word, it asks "until when".
UNTIL = "jusqu"
_UNTIL = dict.fromkeys("jusqu jusqua jusquau jusquaux jusquen".split(), UNTIL)
_UNTIL_PREPOSITIONS = frozenset("a au aux en".split())
# Function words written as SMS, spelled out so that every phrase (synonyms,
# stop phrases) also reads them: "à kel moment", "sur koi porte", "qu'esk",
# "pr avis", "ya t il", "qd même", "cb de territoires", "pk un 2e AMI".
_SMS_FORMS = {"kel": "quel", "kelle": "quelle", "kels": "quels", "kelles": "quelles",
              "ki": "qui", "qiu": "qui", "koi": "quoi", "kwa": "quoi", "esk": "est ce que", "eske": "est ce que",
              "ns": "nous", "vs": "vous", "pr": "pour", "ya": "y a", "qd": "quand",
              "cb": "combien", "cmb": "combien", "cmt": "comment", "pq": "pourquoi", "pk": "pourquoi",
              "pkoi": "pourquoi", "pourkoi": "pourquoi",
              # written as they sound: "il fo montré koi dan le projé", "on depoz comen", "le préfé a di koi"
              "dan": "dans", "pa": "pas", "fo": "faut", "vou": "vous", "ke": "que", "tro": "trop", "fon": "font",
              "comen": "comment", "koman": "comment", "komen": "comment", "coman": "comment", "mersi": "merci",
              "di": "dit", "pri": "pris", "kan": "quand", "kand": "quand", "avc": "avec", "soi": "soit",
              "jveu": "je veux", "jveux": "je veux", "jpeu": "je peux", "jpeux": "je peux", "jsuis": "je suis",
              "jsais": "je sais", "jcrois": "je crois", "doi": "doit",
              # "la strat pauvreté", "le cdc de l'AMI"
              "strat": "strategie", "cdc": "cahier des charges"}
# Numbers written as words become digits, so that "sur 2 ans" meets "sur deux
# ans" and "14 expérimentations" meets "quatorze". ("un", "une" are articles.)
_NUMBER_WORDS = {
    2: "deux two", 3: "trois three", 4: "quatre four", 5: "cinq five", 6: "six", 7: "sept seven",
    8: "huit eight", 9: "neuf nine", 10: "dix ten", 11: "onze eleven", 12: "douze twelve",
    13: "treize thirteen", 14: "quatorze fourteen", 15: "quinze fifteen", 16: "seize sixteen",
}
_NUMBERS = {word: str(value) for value, words in _NUMBER_WORDS.items() for word in words.split()}
# Numbers of two words or more ("trente-cinq", "trente et un", "deux mille
# vingt-deux", "twenty twenty-one"), read before the single words above.
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
         # Belgian and Swiss French: "septante territoires"
         "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
         "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {word: value for value, words in enumerate(
    "un une one|deux two|trois three|quatre four|cinq five|six|sept seven|huit eight|neuf nine".split("|"), 1)
    for word in words.split()}
_COMPOUND_NUMBER = re.compile(
    r"\b(?:(deux mille|two thousand(?: and)?|twenty) )?(" + "|".join(_TENS) + r")"
    r"(?: (?:et |and )?(" + "|".join(_UNITS) + r"))?\b"
)
_TENS_WORD = re.compile("|".join(_TENS))  # a quick test before `_COMPOUND_NUMBER`


def _spell_compound_number(match: re.Match[str]) -> str:
    thousands, tens, unit = match.groups()
    return str((2000 if thousands else 0) + _TENS[tens] + (_UNITS[unit] if unit else 0))


# English months become the French ones the documents use ("in march 2020":
# "mars 2020"). Not "may", which asks "may we apply?" far more often.
_ENGLISH_MONTHS = dict(zip(
    "january february march april june july august september october november december".split(),
    "janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre".split(),
    strict=True,
))
# Months cut short, as in "le 11 oct." ("sept" is seven).
_SHORT_MONTHS = {"janv": "janvier", "fev": "fevrier", "fevr": "fevrier", "avr": "avril", "juil": "juillet",
                 "oct": "octobre", "nov": "novembre", "dec": "decembre"}
_SPELLED_OUT = {**_SMS_FORMS, **_UNTIL, **_NUMBERS, **_ENGLISH_MONTHS, **_SHORT_MONTHS}

STOPWORDS: frozenset[str] = frozenset(
    """
    a ai aie aient aies ait as au aux avec avez avoir avons ayant ayez ce ceci
    cela celle celles celui ces cet cette ceux chaque ci comme d dans de des
    du elle elles en es est et etaient etais etait etant ete etes etre
    eu eux fait faire fais faut font il ils j je la le les leur leurs lui l m
    mais me moi n ne ni nous on ont ou par pas peu
    peut peuvent peux pouvez pouvons pourrait pourrais pourrions pourriez
    pourraient pour qu que quel quelle quelles quels quoi sa sans se sera
    serait ses si son sont sous suis sur t ta te tes toi ton tous tout toute
    toutes tu un une vos votre vous y c s ca voila voici dois doit doivent
    devons devez faudrait fallait alors donc ici tres bien aussi svp stp
    merci bonjour bonsoir salut hello hi hey coucou please madame monsieur
    bjr bsr slt cdt cdlt
    cordialement etc sommes serons seront serez serai sera avait avaient
    avions aviez aurons aurez auront aurai aura etions soit soient savoir sait
    voudrais voudrions voulons voulez veux veut vouloir aimerais aimerions
    souhaite souhaitons souhaiterais souhaiterions chose choses genre type
    types sorte quelqu quelque quelques nombreux dire donner indiquer expliquer
    preciser exactement exactment exact exacte exacts exactes concretement precisement vraiment reellement
    simplement rapidement actuellement notamment ainsi total complet complete
    complets completes general globalement memes maintenant desormais
    consiste consistent recouvre recouvrent englobe englobent signifie signifient sigle sigles acronyme
    acronymes abreviation lieu interviendra interviendront interviendrait interviendraient intervient interviennent
    aujourd hui fois non oui prevu prevue prevus prevues faite faites faits
    aller va vont allons allez ira iront
    passer passe passes passent passera passeront autour aupres parmi chez via
    fera feront ferons confirme confirmer confirmez global globale globaux pris prise prises bon
    seulement uniquement tant previsionnel previsionnelle previsionnels previsionnelles
    escompte escomptes escomptee escomptees recapitulatif recap recapituler recapitulez recapitule resume resumer resumez synthese overview summary outline summarize summarise
    accompagne accompagnes accompagnee accompagnees
    qqn qqch tt ts kesako kezako quesaco quesako complementaire complementaires
    tombe tombent tombera tomberont tomber arrive arrivent arrivera arriveront arriver
    envisageable envisageables communiquer communiquez rappeler consulter consulte mieux
    aurais aurait aurions auriez auraient sais savons savez
    vers sinon bref enfin egalement plutot ailleurs juste plait pardon ok okay ouais ouai euh ben bah hein hmm hum
    grave quid fameux fameuse fameuses
    beaucoup souvent absolument finalement presque jamais semble car rien ah apres
    revient reviennent concret concrete concrets concretes explication explications
    interne internes laisse laisser laissent copie copies
    faudra veulent voulu voudront propre propres voisin voisins voisine voisines secteur
    lequel laquelle lesquels lesquelles auquel auxquels auxquelles duquel desquels desquelles
    sein habilite habilitee habilites habilitees convient revet revetent revetir caractere
    succinctement sommairement nature categorie categories dedie dediee dedies dediees presence
    constitue constituent constituer effectue effectuee effectuer effectuent oeuvrant oeuvrer
    oeuvrons vocation veuillez amabilite obligeance gre proceder procede procedera
    susceptible susceptibles principal principale principaux principales
    mi puis afin serais serions seriez seraient reconnaissant reconnaissante reconnaissants obtenir
    monter monte montent montons montez monta montera monteront montes montee montees
    doive doives puisse puisses puissent puissions puissiez fasse fasses fassent fassions
    entier entiere integralite integral integrale essentiel essentiels essentielle essentielles
    pouvait pouvaient pourra pourront pourrons pourrez pourrai pu devait devaient
    devra devront devrons devrez devrait devraient voulait voulaient
    the an of to is are was were be been being do does did can could would
    should will shall may might must i we you he she it they me us my our
    your their this that these those what which for in on at by with from
    and or not no any some about into there here have has had get please
    kind sort allowed able want would like know tell its whom which exactly
    actually really just also give explain stand mean means meaning meant matter roughly approximately
    full whole entire see look think stands dedans selon thing things stuff everyone everybody mate up
    fut furent final finale finales finaux exposer exposez sollicitation sollicitations vais pouvoir
    redonner redonnez collegue collegues fact facts franchement honnetement sincerement penible reprendre
    responsable responsables tresorier tresoriere
    reprenez rend rendent donnent
    phrase phrases reel reelle reels reelles back eclairer eclairez eclaircir equipe equipes
    dispositif dispositifs machin machins bidule bidules davantage
    svpl pls plz thx tks thks mrc dsl envisager
    conseillez conseilleriez recommandez recommanderiez admis admise admises ptet
    couvre couvrent valable valables prevoit prevoient prevoir prevoyez cote lieux sache sachions sachiez
    hiya little
    wesh truc trucs delire frerot frero serieux serieuse serieuses surtout permis permise permises
    relaie relaye relayer relaient transfere transferer vient viennent venir
    permet permettre permettent permettra permettront permettrait permettraient permettant
    made make makes happen happens happened take takes taken going go goes
    use used using find finds found out now under
    s ll ve re d m t don doesn isn aren if whether until till unless then so
    whats thats theres heres im ive youre dont doesnt isnt arent cant wont didnt
    as than yet both either each every all only such too very cannot won wouldn rather
    right correct correcte correctement true meet meets satisfy satisfies fulfil fulfill puisque
    """.split()
) | frozenset(string.ascii_lowercase)  # single letters: leftovers of "c'", "<b>", "n°"

_stemmer = snowballstemmer.stemmer("french")
# Only to find other inflections of listed English words ("submitting").
_english_stemmer = snowballstemmer.stemmer("english")


# Dates written with digits ("11/10", "11/10/2021", "11.10.21", "11.10") become
# the day and the month's name, as the documents write them ("11 octobre"); a
# month and a year ("12/2021"), the month's name and the year. A day and a
# month with a dot only with two digits each ("1.5 million" is a number). The
# accents go with the others, later in `fold`.
_NUMERIC_DATE = re.compile(
    r"\b([0-3]?\d)(?:/([01]?\d)(?:/(\d{4}|\d\d))?|\.([01]?\d)\.(\d{4}|\d\d)|\.([01]\d)(?![.,]?\d))\b"
)
_NUMERIC_MONTH = re.compile(r"\b(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b")


# An e-mail address quoted in a question ("le contact c'est bien
# communication@occitanie.gouv.fr ?") asks about that address: it becomes the
# word "email".
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A French phone number ("05 34 45 34 45", "+33 5.34.45.34.45"): an applicant
# who pastes one asks about that contact, not about five numbers.
_PHONE_NUMBER = re.compile(r"(?<![\d+])(?:\+33 ?(?:\(0\))?|0)[1-9](?:[ .-]?\d\d){4}(?!\d)")
# A State website ("haute-garonne.gouv.fr/communiques") is an official site,
# whichever it is: its host's words ("haute garonne") are not what is asked.
# Other addresses lose their scheme and "www." ("www.demarches-simplifiees.fr").
_STATE_SITE = re.compile(r"(?:https?://)?(?:www\.)?[\w.-]+\.gouv\.fr\b(?:/\S*)?")
_WEB_PREFIX = re.compile(r"\b(?:https?://)?www\.|\bhttps?://")


# A department's number after an institution ("le CD31", "la CAF 81", "le
# département 11") says which one, as a place name does: the number goes, so
# that "CD31" reads "CD" and "31" does not read as the 31 projects of the
# first AMI. (Lower-case ASCII text.) `DIGIT` finds text that may hold one (or
# any number: see the matcher's dates and counts).
DIGIT = re.compile(r"\d")
_DEPARTMENT_NUMBER = re.compile(
    r"\b(cd|cg|ddets|dreets|caf|cpam|ccas|cias|ml|departement|dept|dpt|cap emploi|pole emploi|france travail"
    r"|mission locale|plie|ars) ?(?:\d{2,3}|2a|2b)\b(?! (?:territoires?|projets?|laureats?|departements?|ans|mois))"
)
# A body's local branch ("la CAF de la Haute-Garonne", "France Travail
# Occitanie", "l'ARS d'Occitanie"): which one, not what is asked ("Occitanie"
# alone points to its prefect's statement). Not the département itself,
# whose name may be the subject ("le département de l'Aude a-t-il été retenu ?").
_BRANCH_PLACE = re.compile(
    r"\b(caf|cpam|ars|msa|dreets|ddets|urssaf|pole emploi|france travail|cap emploi|missions? locales?|plie|ccas|cias)"
    r" (?:(?:de la|de l|du|des|de|d|en) )?(?:occitanie|ariege|aude|aveyron|gard|haute garonne|gers|herault|lot|lozere"
    r"|hautes pyrenees|pyrenees orientales|tarn et garonne|tarn|toulouse|montpellier|nimes|perpignan|albi|rodez"
    r"|carcassonne|montauban|cahors|auch|foix|tarbes|mende|beziers|narbonne|castres|millau)\b"
)
# A year of the 2020s written with two digits ("on démarre en 22 ?", "fini
# fin 23", "d'ici 25"), not a count ("en 20 jours").
_SHORT_YEAR = re.compile(
    r"\b(en|fin|debut|mi|courant|ici) (2\d)\b"
    r"(?! (?:ans?|annees?|jours?|mois|semaines?|heures?|minutes?|pages?|territoires|projets|personnes)\b)"
)
# "l'AMI numéro 1", "l'appel 2": the first, the second call.
_CALL_NUMBER = re.compile(r"\b(amis?|appels?|aap) (?:numero |n ?|no )?([12])\b(?! (?:ans?|mois|jours?|semaines?|fois))")


# A Telegram bot addressed by its username ("@SPIEbot qui peut candidater ?"):
# every bot's name ends in "bot"; other @names ("@prefetoccitanie") stay.
_BOT_MENTION = re.compile(r"(?<![\w.])@\w*bot\b", re.IGNORECASE)
# A hashtag written in camel case ("#premierAMI"): its words apart.
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL_JOINT = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")
# A letter typed three times or more ("quaaand", "spiiie"): see `without_elongation`.
_ELONGATED = re.compile(r"([a-z])\1{2,}")


def _hashtag_words(match: re.Match[str]) -> str:
    return _CAMEL_JOINT.sub(" ", match[1])


def without_elongation(word: str) -> str:
    """A folded word with each letter typed three times or more written once
    ("quaaand": "quand"), as no French or English word triples a letter. For
    unknown words only: a search of every text at load time would cost more
    than the rest of the folding."""
    return _ELONGATED.sub(r"\1", word)


# An acronym written with dots ("S.P.I.E", "C.D.") is the acronym.
_DOTTED_ACRONYM = re.compile(r"\b[a-z](?:\.[a-z]\b)+\.?")
# "noter projet" is "notre projet" mistyped: "noter" (to grade) takes an
# article ("noter les projets"), "notre" none.
_NOTRE_MISTYPED = re.compile(
    r"\bnoter (?=(?:projet|dossier|candidature|structure|association|groupement|territoire|departement|accord|ccas|cias)s?\b)")


def _join_letters(match: re.Match[str]) -> str:
    return match[0].replace(".", "")


def _spell_call_number(match: re.Match[str]) -> str:
    return f"{'1er' if match[2] == '1' else '2e'} {match[1]}"


def _spell_out_date(match: re.Match[str]) -> str:
    day, month, year = match[1], match[2] or match[4] or match[6], match[3] or match[5]
    if (match[6] and len(day) < 2) or not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return match[0]
    year = f" 20{year}" if year and len(year) == 2 else f" {year}" if year else ""
    return f"{int(day)} {MONTHS[int(month) - 1]}{year}"


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free version of `text`.

    Letters outside Latin script have no place in a French question about the
    AMI: decomposing to ASCII drops them with the accents, in C, at once.
    Whole-string C operations first, then one pass over the words: this runs
    on every phrasing of the base at load time.
    """
    text = unicodedata.normalize("NFKC", text)
    if "#" in text:
        text = _HASHTAG.sub(_hashtag_words, text)
    text = text.lower()
    if "@" in text:
        text = _BOT_MENTION.sub(" ", _EMAIL.sub(" email ", text))
    if DIGIT.search(text):
        text = _PHONE_NUMBER.sub(" telephone ", text)
    if ".gouv" in text or "www." in text or "http" in text:
        text = _WEB_PREFIX.sub(" ", _STATE_SITE.sub(" site officiel ", text))
    if "/" in text or "." in text:
        text = _NUMERIC_MONTH.sub(lambda match: f"{MONTHS[int(match[1]) - 1]} {match[2]}", text)
        text = _NUMERIC_DATE.sub(_spell_out_date, text)
        text = _DOTTED_ACRONYM.sub(_join_letters, text)
    for special, replacement in _REPLACEMENTS:
        if special in text:
            text = text.replace(special, replacement)
    ascii_bytes = unicodedata.normalize("NFKD", text).encode("ascii", "ignore")
    ascii_text = ascii_bytes.translate(_TO_SPACE).decode("ascii")
    if DIGIT.search(ascii_text):
        ascii_text = _SHORT_YEAR.sub(r"\1 20\2", _DEPARTMENT_NUMBER.sub(r"\1", ascii_text))
        ascii_text = _CALL_NUMBER.sub(_spell_call_number, ascii_text)
    if _TENS_WORD.search(ascii_text):
        ascii_text = _COMPOUND_NUMBER.sub(_spell_compound_number, ascii_text)
    if "noter " in ascii_text:
        ascii_text = _NOTRE_MISTYPED.sub("notre ", ascii_text)
    if "ds l " in ascii_text:  # "ds l'article": "dans", before the elided article goes (see synonymes.yaml)
        ascii_text = ascii_text.replace("ds l ", "dans l ")
    ascii_text = _BRANCH_PLACE.sub(r"\1", ascii_text)
    words = [_SPELLED_OUT.get(word, word) for word in ascii_text.split() if word not in _ELIDED]
    if UNTIL in words:  # "jusqu'à", "jusqu'en": the preposition belongs to "until"
        words = [word for i, word in enumerate(words)
                 if not (word in _UNTIL_PREPOSITIONS and i and words[i - 1] == UNTIL)]
        _read_range(words)
    if len(words) > 1 and "ou" in (words[0], words[-1]):
        _read_where(words)
    return " ".join(words)


# "du lancement jusqu'à la mise en œuvre", "depuis juillet jusqu'en octobre": a
# range, whose "jusqu'à" does not ask until when (unless "jusqu'à quand").
_RANGE_OPENERS = frozenset("du depuis".split())
_RANGE_SPAN = 4


def _read_range(words: list[str]) -> None:
    """The "jusqu" of a range "du X jusqu'à Y" becomes "a", a function word."""
    for i, word in enumerate(words):
        if (word == UNTIL and _RANGE_OPENERS.intersection(words[max(0, i - _RANGE_SPAN):i])
                and (i + 1 == len(words) or not words[i + 1].startswith(("quand", "quel")))):
            words[i] = "a"


def _read_where(words: list[str]) -> None:
    """An "ou" opening or closing a text of several words is "où" typed without its accent."""
    if words[-1] == "ou":
        words[-1] = WHERE
    if words[0] == "ou" and words[1] not in _OR_OPENERS:
        words[0] = WHERE


def split_words(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    return fold(text).split()


# Question words are kept as terms (they tell "qui peut candidater" from
# "quand candidater") but are never enough on their own to answer. "jusqu"
# ("jusqu'à quelle date") asks "until when" as surely as "quand". Each is
# listed as written and as its term (see QUESTION_WORDS, after `stem`:
# "pourquoi" is "pourquo" once stemmed).
_WRITTEN_QUESTION_WORDS = "qui quand comment combien pourquoi jusqu".split()


# Possessives ("notre dossier", "mon projet") tell whose the question is and
# only a little what it asks (mostly "will *our* project be selected?"): they
# stay terms, with less weight, so they do not pull every question with "notre"
# towards that entry. Dropping them altogether lost that entry.
POSSESSIVES: frozenset[str] = frozenset("notre nos mon ma mes our my".split())


# Years, months, seasons and hours. One the knowledge base never mentions
# ("peut-on démarrer en 2024 ?", "une réponse avant Noël ?" or "les fêtes", "à minuit ?",
# "jusqu'à 23h59 ?") asks about a time, as TIME_ASKS does (see Analyzer);
# the ones it does mention stay terms.
_FOLDED_MONTHS = frozenset(fold(month) for month in MONTHS)
_TIME_WORD = re.compile(
    r"(?:19|20)\d\d|" + "|".join(_FOLDED_MONTHS)
    + r"|noel|fetes|printemps|automne|hiver|rentree|christmas|spring|summer|autumn|winter"
    r"|minuit|midi|matin|soir|heure|heures|\d{1,2}h(?:\d\d)?|midnight|noon"
    r"|t[1-4]|trimestres?|semestres?|quarter|sylvestre|toussaint|paques"
)
TIME_ASKS = "quand"


def is_time_word(word: str) -> bool:
    """A folded year, month, season or quarter."""
    return _TIME_WORD.fullmatch(word) is not None


def is_day_of_month(word: str, following: str) -> bool:
    """A day number, as in "le 12 octobre" (folded words)."""
    return following in _FOLDED_MONTHS and word.isdigit() and 1 <= int(word) <= 31


_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_NAMES = "|".join(sorted(_FOLDED_MONTHS))
# a day or a month, and (looking ahead, so that "11 octobre 2021" gives two
# pairs) the month or the year that follows it
_DATE_PAIR = re.compile(r"(?<!\S)(\d{1,2}|" + _MONTH_NAMES + r") (?=(" + _MONTH_NAMES + r"|(?:19|20)\d\d)(?!\S))")


def is_date_pair(first: str, second: str) -> bool:
    """A day and its month ("11 octobre"), or a month and its year ("mars 2020")."""
    return is_day_of_month(first, second) or (first in _FOLDED_MONTHS and _YEAR.fullmatch(second) is not None)


# How far a date's words reach from one of its digits ("septembre 2021", "11 decembre").
_DATE_REACH = 12


def date_pairs(folded: str) -> set[tuple[str, str]]:
    """The dates folded text writes, as pairs of words (see `is_date_pair`).

    Every date has a digit, so only the words around digits are read: a
    large base's text has few (a regular expression over all of it cost
    0.2 s at 10,000 entries, `str.find` a few milliseconds)."""
    pairs: set[tuple[str, str]] = set()
    read_to = 0
    for position in sorted(_positions(folded, "0123456789")):
        if position < read_to:
            continue
        start = folded.rfind(" ", 0, max(position - _DATE_REACH, 0)) + 1
        end = folded.find(" ", position + _DATE_REACH)
        read_to = len(folded) if end < 0 else end
        pairs.update(pair for pair in _DATE_PAIR.findall(folded, start, read_to) if is_date_pair(*pair))
    return pairs


def lines_with(text: str, word: str) -> set[str]:
    """The lines of `text` that contain `word` (found with `str.find`, fast on a large base's text)."""
    lines = set()
    for position in _positions(text, (word,)):
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        lines.add(text[start:] if end < 0 else text[start:end])
    return lines


def _positions(text: str, needles: Iterable[str]) -> Iterator[int]:
    for needle in needles:
        found = text.find(needle)
        while found >= 0:
            yield found
            found = text.find(needle, found + 1)


def is_stopword(word: str) -> bool:
    """Function words, and single letters (leftovers of "c'", "<b>", "n°")."""
    return word in STOPWORDS


# Courtesy formulas around a question ("merci d'avance", "bonne journée",
# "petite question"), as folded text: their words would otherwise count as
# unexplained content, or as a question for the contacts.
_FOR_YOUR_HELP = (
    r"(?:pour|de) (?:tou(?:te)?s )?(?:(?:votre|vos|la|le|ce|ta|ton|tes|les|ces|cette) )?"
    r"(?:aide|reponses?|retour|temps|infos?|informations?|precisions?|renseignements?|elements?|liens?"
    r"|explications?|indications?|eclairages?|diligence|reactivite|confirmation|comparaison|clarifications?"
    r"|synthese|resume|recap)"
    r"(?: (?:rapides?|claires?|precises?|completes?|detaillees?))?"
    # "merci pour ces infos sur l'Occitanie" ending a message: thanks, not a question on its last word
    r"(?: (?:sur|concernant|about|on) (?:le |la |les |l |the )?\w+$)?"
)
_MUCH = r"(?:beaucoup|bcp|bocoup|boucoup|bocou|infiniment|mille fois)"
# Who the writer works with or for, as folded text ("je transmets à mon équipe", "ma directrice me demande"),
# and who may send or ask them ("mon chef m'a envoyé ici").
_COLLEAGUES = (r"(?:equipes?|collegues?|direction|directeur|directrice|elus?|elues?|hierarchie|responsables?"
               r"|partenaires)")
_SUPERIORS = (r"(?:chef|cheffe|patron|patronne|manager|superieure?|tuteur|tutrice|dg|dgs|president|presidente|maire"
              r"|adjointe?)")
# What one is sent to the bot for ("... pour savoir qui peut candidater").
_FOR_KNOWING = r"(?: pour(?: savoir| connaitre| comprendre| avoir)?)?"
_COURTESY = (
    r"merci (?:" + _MUCH + r" |bien |encore )?(?:(?:par )?avance(?: " + _FOR_YOUR_HELP + r")?|" + _FOR_YOUR_HELP + r")"
    r"|merci " + _MUCH + r"|(?:par )?avance merci"
    r"|(?:tres |une )?(?:bonne|belle|excellente) (?:fin de )?(?:journee|soiree|semaine|week end|apres midi)"
    r"|(?:en vous|je vous|nous vous) remerci\w*(?: par avance| avance)?(?: " + _FOR_YOUR_HELP + r")?"
    r"|(?:mes |nos )?(?:sinceres )?salutations(?: distinguees)?|bien a vous"
    r"|thanks?(?: you)?(?: very much| a lot)?(?: in advance)?|(?:best|kind) regards"
    r"|(?:de |pour )?attention (?:portee|que vous porterez|que vous avez portee) a (?:ma|notre|cette) (?:demande|requete|sollicitation|question)"
    r"|have a (?:nice|good|great) day|(?:i )?hope (?:you re|you are|all is) (?:doing )?well"
    r"|(?:nous )?esper(?:e|ons|ais|ions) que vous (?:allez bien|vous portez bien|etes en forme)"
    # announcing a question says nothing of its subject ("j'ai une petite question")
    r"|(?:ai|avons|on a) (?:une |deux )?(?:petite |autre |derniere |nouvelle )?(?:questions?|interrogations?)"
    r"|(?:une |encore une |une autre |une petite |petite |derniere |autre )question (?:svp|stp|rapide)"
    r"|(?:encore une |une autre |une petite |petite |derniere |autre )question|question rapide"
    r"|(?:voici|voila) (?:ma|notre|une) question|(?:ma|notre) question (?:est|serait)(?: la suivante)?"
    r"|(?:une |petite |ma )*question (?:bete|idiote|naive|simple|peut etre bete)"
    r"|(?:est )?peut etre (?:idiot|bete|stupide|naif|naive)(?: comme question)?(?: mais)?"
    # who asks is not what is asked: "question d'un journaliste : qui peut candidater ?"
    r"|question (?:de la part )?(?:un|une) (?:journaliste|etudiante?|collegue|elue?|partenaire|particulier"
    r"|citoyenne?|habitante?|benevole|stagiaire|usager|usagere)"
    r"|(?:une |petite )*precision|(?:une )?(?:autre|derniere) chose"
    r"|excusez moi|excuse moi|desolee? (?:de vous deranger|pour le derangement|du derangement)"
    # closing formulas of a letter
    r"|(?:je vous prie (?:de )?|nous vous prions (?:de )?|veuillez )?agreer(?: madame| monsieur)*"
    r"(?: expression de)? (?:mes|nos) (?:meilleures |sinceres )?(?:salutations|sentiments)"
    r"(?: distinguee?s| respectueux| les meilleurs)?"
    r"|dans attente (?:de )?(?:votre|vos) (?:retour|reponses?)|en attendant votre (?:retour|reponse)"
    # "j'attends la suite alors": waiting for what comes next (not what is expected of projects)
    r"|(?:attends|attendons|attend) (?:la suite|de vos nouvelles|vos nouvelles)"
    r"|(?:je reste|nous restons|restant) a (?:votre|ta) (?:entiere )?disposition"
    r"(?: pour (?:tout|toute|toutes|tous) (?:complements?|questions?|informations?|precisions?)"
    r"(?: complementaires?| information)?)?"
    r"|desolee?|(?:je vous|pardon de vous) derange\w*"
    # closing a conversation: "c'est très clair", "je reviendrai vers vous si besoin",
    # "je transmets à mon équipe"
    r"|(?<!n )est (?:tres |super |bien |parfaitement |plus )?clair"  # "c'" is gone once folded
    r"|(?:je|nous|on) (?:reviendr\w*|reviens|revenons|revient) vers vous(?: si (?:besoin|necessaire))?"
    r"|(?:je|nous|on) (?:transmets|transmettons|transmet|transmettrai|transmettrons|vais transmettre"
    r"|allons transmettre)(?: (?:l|les|ces) (?:infos?|informations?|reponses?))? (?:(?:a|aux) (?:mon|ma|mes|notre|nos|la|le|l)|au)"
    r" (?:" + _COLLEAGUES + r"|commission permanente|bureau|conseil d administration|ca|maire|adjointe?|president"
    r"|presidente|dgs|service)"
    # "je vais voir ça avec mon équipe", "on en parle à nos partenaires": closing, as "je transmets"
    r"|(?:je|nous|on) (?:vais|allons|va) (?:voir|regarder|en parler|en discuter)(?: ca| cela| tout ca)?"
    r" (?:avec|a|aux) (?:mon|ma|mes|notre|nos|la|le|l)"
    r" " + _COLLEAGUES +
    # "je vais pouvoir avancer sur le dossier": closing, not a question on it
    r"|(?:je|nous|on) (?:vais|allons|va) (?:pouvoir )?avancer(?: sur (?:le|notre|mon|la|ma) (?:dossier|projet|candidature))?"
    # "ça m'aide beaucoup", "vous m'avez bien aidée" (folded: "m'" is gone)
    r"|(?:ca|sa|cela|vous) (?:nous )?(?:aide|aident|a aide|avez (?:bien |beaucoup )?aidee?s?)"
    r"(?: (?:beaucoup|bcp|bocoup|vraiment|bien))?"
    # "c'est vraiment utile pour notre équipe": thanks, not a question on the team
    r"|(?<!pas )(?:tres |vraiment |super |bien |hyper )?utiles?(?: pour (?:notre|mon|ma|nos|l) (?:equipe|structure"
    r"|association|service|collectivite))?(?= merci| bonne|$)"
    # "merci, je note les dates": taking note (not "sera noté", graded)
    r"|(?:je|nous|on) (?:note|notons|prends note|prenons note|ai note|avons note)(?: bien| tout)?"
    r"(?: (?:les|la|le|ces|cette|ce|l) (?:dates?|date limite|infos?|informations?|contacts?|reponses?|liens?|adresse))?"
    r"(?=$| merci| bonne| au revoir)"
    # "ok je regarde ça, merci": the applicant will look (not "regardez notre dossier", a request)
    r"|(?:je|nous|on) (?:regarde|regardons|vais regarder|allons regarder|va regarder) (?:ca|cela|tout ca)"
    r"(?: de plus pres)?"
)
# The source documents and their authors, and what they do, as folded text.
def _documents(kinds: str) -> str:
    return (r"(?:(?:2 )?(?:" + kinds + r")(?: de presse)?(?: de la prefecture| du ministere)?"
            r"(?: du (?:20|26) juillet)?)")


def _sources(documents: str) -> str:
    """The documents, their authors and their websites."""
    return (r"(?:" + documents + r"|ministere|prefecture"
            r"|site (?:internet |web )?(?:du ministere|de la prefecture|de l etat|officiel|gouvernemental))")


# The documents named: the two sources, and those applicants name besides
# them ("selon le cahier des charges, ...").
_NAMED_DOCUMENTS = (r"communiques?|articles?|textes?|cahiers? des charges|reglements?|notices?|circulaires?"
                    r"|notes? de cadrage|guides? du candidat|dossiers? de presse|fiches? de presentation")
_DOCUMENTS = _documents(_NAMED_DOCUMENTS + r"|documents?")
_SOURCES = _sources(_DOCUMENTS)
# without plain "documents" (after "dans" and "sur": "dans les documents à joindre")
_NAMED_SOURCES = _sources(_documents(_NAMED_DOCUMENTS))
_SAYS = (
    r"(?:dit|disent|disait|disaient|parle|parlent|mentionne|mentionnent|cite|citent|indique|indiquent|precise|precisent"
    r"|liste|listent|relie|relient|evoque|evoquent|affirme|explique|expliquent|donne|donnent|fournit|fournissent"
    r"|contient|contiennent)"
)
_ENGLISH_SOURCES = r"(?:press release|article|ministry|text|texts|documents?|prefecture)"
# Looking for something, as folded text: "je cherche", "nous recherchons", "je suis à la recherche".
_LOOKING_FOR = r"(?:je|nous|on) (?:cherche|cherchons|cherchais|cherchions|recherche|recherchons|recherchais)"
_IN_SEARCH = r"(?:je suis|nous sommes|on est) a la recherche"
# Discourse markers and framings of a question ("du coup", "à votre avis",
# "je me demandais", "j'ai lu que"): how the person asks, not what. Verbs
# that are meaningful elsewhere ("que pense la préfecture", "le groupement
# doit comprendre...", "11 octobre compris ?") are only dropped in these
# phrases. Folded text: "j'ai lu qu'il" reads "ai lu il".
_FRAMING = (
    r"du coup|en gros|par contre|au juste|par curiosite|selon vous|a votre avis|a ton avis|dis donc|dites donc"
    # "a-t-il fait l'objet d'une phase de test ?": was it tested (not "l'objet de l'AMI")
    r"|(?:fait|faire|font|fera|feront|faisait) objet(?: (?:de|du|des))?"
    # "j'aimerais connaître ...": wishing to know, as "savoir" (a function word) is
    r"|(?:voudrais|voudrions|voulais|voulions|aimerais|aimerions|souhaite|souhaitons|souhaiterais"
    r"|souhaiterions) connaitre"
    r"|(?:je me|nous nous|on se) demand\w*|(?<!pas )besoin de (?:savoir|connaitre|comprendre)"
    # frustration says nothing of the subject: "ça fait une heure que je cherche...", "rien n'est
    # clair sur...", "je m'y perds dans les dates", "je ne vois pas ce que c'est"
    # (not "je cherche un emploi", a job seeker's own question)
    r"|(?:je|on|nous) (?:cherche|cherchons|cherchais|cherchions) (?:juste|simplement|seulement|partout)"
    r"|ca fait (?:une heure|des heures|des jours|longtemps|une semaine) que(?: (?:je|on|nous) cherch\w*)?"
    r"|rien (?:n )?est clair|quelque part|nulle part"
    # "je m'interroge sur l'objectif de l'AMI", as "je me demande" (folded: "m'" is gone)
    r"|(?:(?:je|nous nous|on) )?(?:interroge|interrogent|interrogeons|interrogeais|interrogions)"
    r"(?: (?:sur|quant a|a propos de))?"
    r"|(?:je|on|nous) (?:ne )?(?:comprends|comprend|comprenons) rien|(?:je|on|nous) y (?:perds|perd|perdons)"
    r"|(?:je|on|nous) (?:ne )?(?:vois|voit|voyons) pas(?: bien)?"
    # "on a du mal à savoir ce que le jury attend", "tu vois ?": the speaker's trouble, a filler
    r"|(?:(?:j|on|nous) )?(?:ai|a|avons) (?:un peu |beaucoup |bien )?du mal a"
    r"|(?:tu vois|vous voyez)(?: ce que (?:je veux|j veux) dire)?"
    # "on attend toujours la sélection": waiting, not what is expected of projects
    r"|(?:on attend|nous attendons|attendons|attends) (?:toujours|encore)"
    # "mon élu me demande ce qu'est le SPIE": who asks, not what
    r"|(?:me|nous) demande(?:nt)?"
    # "ma directrice me demande la date limite", "notre DG voudrait savoir...": who asks, not what
    r"|(?:mon|ma|mes|notre|nos|le|la|les) (?:" + _COLLEAGUES + "|" + _SUPERIORS + ")"
    r"(?= (?:me |nous )?(?:demande|demandent|veut|veulent|voudrait|voudraient|aimerait|aimeraient|souhaite"
    r"|souhaitent|souhaiterait|se demande|se demandent)(?!\S))"
    # "on m'a demandé de me renseigner sur le SPIE": someone asked, the subject follows ("m'" is gone;
    # not "qui peut me renseigner ?", a question for the contacts, nor "me renseigner davantage", to learn more)
    r"|(?:on|il|elle|ils|elles) (?:nous )?(?:a|ont) (?:demande|charge|chargee|charges)(?= (?:de|d) )"
    r"|(?:de|d|dois|devons|doit|veux|voulons|voudrais|voudrions|souhaite|souhaitons|souhaiterais|aimerais|aimerions"
    r"|vais|allons) (?:me|nous|se) (?:renseigner|informer)(?! davantage| plus| mieux| en detail)"
    r"(?: (?:sur|concernant|a propos de|au sujet de))?"
    # "on m'a conseillé de vous demander qui peut candidater", "la préfecture m'a orienté vers vous pour la
    # sélection", "ma collègue m'a dit que vous saviez où déposer": who sent the writer, not what is asked
    r"|(?:on|il|elle|ils|elles|(?:mon|ma|mes|notre|nos|un|une|le|la|les) (?:" + _COLLEAGUES + "|" + _SUPERIORS
    + r"|prefecture|mairie|conseiller|conseillere|amie?))"
    r" (?:nous )?(?:a|ont)"
    r"(?: (?:conseille|recommande|suggere|dit|propose) (?:de|d) (?:vous|te) (?:demander|ecrire|contacter|poser"
    r"(?: la question)?|solliciter)(?: (?:pour|sur|concernant|a propos de|au sujet de))?"
    r"| (?:oriente|orientee|orientes|envoye|envoyee|envoyes|redirige|redirigee|renvoye|renvoyee)"
    r" (?:vers vous|ici|vers ce bot|sur ce bot|vers ce service)" + _FOR_KNOWING
    + r"| recommande (?:ce bot|ce robot|ce chatbot|ce service|votre bot)" + _FOR_KNOWING
    + r"| dit que vous (?:saviez|connaissiez|pourriez|pouviez|sauriez)(?: me| nous)?"
    r"(?: dire| parler (?:de|du|des)| renseigner sur| renseigner)?)"
    # "je venais aux nouvelles concernant la sélection": asking
    r"|(?:je |nous |on )?(?:venais|viens|venons|venions|vient|venait) aux nouvelles(?: (?:concernant|pour|sur|de))?"
    # "Quant à la sélection, des nouvelles ?": news asked for (not "des nouvelles structures")
    r"|(?:des|de|vos|quelles) nouvelles(?=$| (?:de|du|des|sur|concernant|pour|quant) )"
    # "ma responsable demande ce que...", "le maire se demande si...": someone asking, not an application
    r"|(?:se )?demande(?:nt)?(?= (?:si|quand|qui|comment|combien|pourquoi|quel|quels|quelle|quelles|ou|ce|jusqu)(?!\S))"
    r"|(?:ai|avons|a) (?:pas |bien |mal )(?:bien |tres bien |trop )?compris"
    r"|(?:je |on |nous )?(?:ne )?(?:comprends|comprend|comprenons) (?:pas|bien|mal)"
    # "je ne saisis pas bien ce qu'est le SPIE": understanding, not keying in a file
    r"|(?:je|on|nous) (?:ne )?(?:saisis|saisit|saisissons) (?:pas|mal)(?: bien| tres bien| trop| vraiment)?"
    # "sans vraiment comprendre de quoi il s'agit": what it is, asked
    r"|sans (?:vraiment |trop |bien |tres bien )?(?:comprendre|savoir)"
    # "avez-vous une idée de la date ?": asking, not an idea (of a project)
    r"|(?:avez|auriez) vous (?:une )?(?:petite )?idee|vous (?:avez|auriez)(?: pas)? (?:une )?(?:petite )?idee|any idea"
    # "vous n'auriez pas la date, par hasard ?"
    r"|par hasard|by any chance"
    r"|(?:il me semble|je (?:crois|pense|suppose|presume)|(?:on|nous) (?:a|avons|nous a) dit|on dit"
    r"|(?:ai|avons) (?:lu|entendu(?: dire)?|vu)|est(?: ce)? vrai|est il vrai)(?: que)?"
    # "j'entends parler du SPIE", "on m'a parlé de l'AMI": the subject stays
    r"|(?:entends|entendons|entend|(?:ai|avons|a) entendu)(?: beaucoup| souvent| partout| regulierement)? parler"
    r"|on (?:nous |me )?(?:a )?parle(?: beaucoup| souvent| partout| regulierement| sans cesse| tout le temps)?"
    r"(?= (?:de|du|des|d) )"
    # "non, je parle de la mise en œuvre": what the question is about (not "parler à quelqu'un")
    r"|(?:je|nous|on) (?:parle|parlons|parlais|parlions|veux parler|voulais parler)(?= (?:de|du|des|d) )"
    # what someone else believes, and who is right, are not what is asked: "notre directeur pense
    # que l'AMI sert à..., de mon côté j'ai compris que..., qui a raison ?"
    r"|(?:(?:mon|ma|mes|notre|nos) (?:chef|cheffe|collegue|collegues|directeur|directrice|direction|presidente?"
    r"|elue?s?|maire|responsable|hierarchie|equipe|partenaires?|conseiller|conseillere) )?"
    r"(?:pense|pensent|croit|croient|estime|estiment) que"
    r"|(?:ai|avons|a) compris que"
    # "je suis nouvelle dans le secteur": who writes, not a new call
    r"|(?:je suis|nous sommes|on est|i m|i am|we re|we are) (?:tout |toute |toutes |tres |assez )?"
    r"(?:nouveau|nouvelle|nouveaux|nouvelles|new) (?:(?:dans|ds|sur|a|au|in|to)"
    r" (?:le|la|ce|cette|mon|ma|notre|this|the)"
    r" (?:secteur|poste|domaine|metier|sujet|dossier|service|fonction|field|job|role|sector)|ici|here)"
    r"|de (?:mon|notre|son|leur) cote|qui a raison|(?:ai je|avons nous|a t on|est ce que j ai) raison"
    # "elle a raison ?", "si je ne me trompe pas", "am I right?": checking a belief, not its subject
    r"|(?:il|elle|ils|elles|on|vous|tu|j|nous) (?:a|ont|avez|as|ai|avons) (?:bien )?raison"
    r"|(?:si )?(?:je|on|nous) (?:ne )?(?:me |nous )?tromp(?:e|ons)(?: pas)?|am i right|are we right"
    # "on est bien d'accord que la date est passée ?", "je ne fais pas erreur": checking, not the
    # département's agreement ("d'" is gone)
    r"|(?:on est|nous sommes|sommes nous|est on) (?:bien |tous |tout a fait )?(?:d )?accord(?: que| qu|(?=$))"
    r"|(?:je|on|nous) (?:ne )?(?:fais|fait|faisons) pas (?:erreur|fausse route)"
    # "mon conseiller m'a parlé du SPIE, c'est quoi ?" (folded: "m'" is gone)
    r"|(?:m |nous )?a parle (?:de|du|des|d)"
    # "je voulais juste être sûre", "I'm not sure whether": checking, not what is checked
    r"|(?:etre|suis|sommes|soyons|etes) (?:bien |tout a fait |absolument |vraiment )?"
    r"(?:sure?s?|certaine?s?)(?: que| de| d)?"
    r"|(?:not )?sure (?:if|whether|about)"
    # "s'il s'agit bien du même organisme": whether it is (folded: "s'" is gone)
    r"|(?:il|qu il|ca) agit(?: bien| toujours| vraiment| la)? (?:de|du|des|d)(?= \S)"
    # "..., pouvez-vous m'aider ?", "pourriez-vous nous orienter ? merci": asking for the answer (not
    # "pouvez-vous m'aider à trouver un travail ?", what the help is for)
    r"|(?:pouvez|pourriez|pourrez|sauriez) vous (?:nous |me )?(?:aider|renseigner|orienter)"
    r"(?= svp| stp| merci| please|$)"
    # "pouvez-vous m'aider à trouver la date limite ?": asking for what follows
    r"|(?:pouvez|pourriez|pourrez|sauriez) vous (?:nous |me )?aider a (?:trouver|comprendre|connaitre|savoir)"
    # "faut-il parler des bénéficiaires ?", "parlez-moi du SPIE": asking about what follows
    # ("parler à quelqu'un" is a request for a contact; "pourquoi parler de Pôle emploi ?" stays)
    r"|(?:(?:faut il|il faut|doit on|on doit|dois je|devons nous|me|nous) parler|parlez (?:moi|nous)"
    r"|parle (?:moi|nous)) (?:de|du|des|d)(?= \S)"
    r"|(?:auriez|avez) vous (?:des )?(?:infos?|informations?|renseignements?) (?:sur|concernant)"
    # formal letters: "je vous saurais gré de bien vouloir m'indiquer", "en mesure de",
    # "au titre de l'appel", "existe-t-il un interlocuteur"
    r"|(?:je|nous) vous (?:ecris|ecrivons|contacte|contactons|sollicite|sollicitons)"
    r"|je vous saurais|bien vouloir|je vous prie de|je me permets(?: de vous (?:contacter|ecrire|solliciter))?"
    r"|en mesure de|a meme de|au titre (?:de|du|des)|en matiere de|agissant (?:de|du|des)"
    # "dans quelle mesure", "compte tenu de", "en qualité de", "dans le cadre de l'AMI" (not "entre dans le
    # cadre", eligible), "a-t-il vocation à", "le présent appel": how an administration writes, not what it asks
    r"|(?:dans|ds) quel(?:le)?s? mesure|compte tenu (?:de|du|des|d)|en (?:sa |leur |ma |notre )?qualite (?:de|d)"
    r"|(?<!entre )(?<!entrent )(?<!entrer )dans le cadre (?:de|du|des|d)(?= \S)"
    # "quelles actions peuvent être retenues dans ce cadre ?": what the message said before
    r"|(?<!entre )(?<!entrent )(?<!entrer )dans ce cadre(?: la)?|in this context"
    r"|a (?:t (?:il|elle) )?vocation a|present(?= (?:appel|ami|aap|dispositif)(?!\S))"
    r"|dans (?:son|leur) ensemble|ensemble (?:des|de|du|d)(?= \S)"
    r"|dans (?:l )?hypothese (?:ou|where|d un|d une)|dans le cas (?:ou|where)|au cas (?:ou|where)"
    # "supposons que notre projet...", "si je comprends bien, le SPIE c'est...": a hypothesis, a recap
    r"|(?:supposons|imaginons|admettons|a supposer|en supposant|suppose|imagine|let s say|say) (?:que|qu|that)"
    r"|si (?:je comprends|j ai|nous avons|on a) bien(?: compris)?|if i understand(?: correctly| well)?"
    # "pourquoi dites-vous que la sélection est en décembre ?": the bot's own words, checked
    r"|(?:dites|affirmez|ecrivez|repondez) vous(?: que| qu)?"
    # "pas de réponse en décembre, est-ce normal ?": whether it is as planned, as "c'est bien ça ?"
    r"|est ce normal|c est normal|is (?:that|it|this) normal"
    # "Vrai ou faux : 35 territoires ?", "oui ou non, ...": the belief checked is the question
    r"|vrai ou faux|oui ou non|true or false|yes or no"
    # "..., en français courant ?", "en langage clair": how to answer, not what
    r"|en (?:francais|langage|termes|mots) (?:courant|courants|clair|clairs|simple|simples)|in plain (?:english|french)"
    # "j'ai besoin de la date de clôture", "besoin d'un récapitulatif des dates": what is needed is asked
    r"|(?:(?:nous |on )?(?:ai|avons|a|aurais|aurions|aurait) )?(?<!pas )besoin (?:de la|de|du|des|un|une)"
    r"(?= \S)(?! (?:savoir|connaitre|comprendre)(?!\S))"
    # "j'aurais besoin d'éclaircissements concernant...": asking for them ("d'" is gone)
    r"|(?:(?:nous |on )?(?:ai|avons|a|aurais|aurions|aurait) )?besoin"
    r"(?= (?:eclaircissements?|precisions?|explications?|renseignements?)(?!\S))"
    # "pouvez-vous m'orienter vers la bonne personne": asking to be shown, not a subject
    r"|(?:orienter|orientez moi|orientez nous) (?:vers|sur)"
    # "... pour ma direction", "pour notre newsletter": whom the answer is for
    r"|pour (?:ma|mon|notre|nos|la|le) (?:direction|hierarchie|cheffe?|directeur|directrice|presidente?|ca"
    r"|newsletter|lettre d information|conseil d administration|elue?s?|equipe)$"
    # "pour mon mémoire de master", "c'est pour ma bibliographie": a student's work, not the subject
    r"|(?:pour|dans) (?:mon|ma|notre|un|une) (?:memoire|these|expose|soutenance|bibliographie|rapport de stage"
    r"|travail universitaire|article scientifique)(?: de (?:master|licence|fin d etudes))?"
    # "le bot connaît-il la date limite ?", "Test : le bot sait-il...": asking the bot, not about it
    r"|(?:le |ce )?(?:bot|robot|chatbot) (?:connait|sait)(?: t)?(?: il)?"
    # "Objet : demande d'information – date limite", "précisions sur le SPIE": a subject line's request
    r"|demandes? (?:d |de |des )?(?:infos?|informations?|precisions?|renseignements?|eclaircissements?)"
    r"(?: (?:sur|concernant|a propos de|au sujet de|relatives? a))?"
    r"|(?:precisions|eclaircissements?) (?:sur|concernant|a propos de|au sujet de)"
    # "je prépare un point sur le premier AMI", "je rédige une note sur...": what it is for
    r"|(?:je |nous |on )?(?:prepare|preparons|fais|faisons|fait|redige|redigeons|ecris|ecrivons)"
    r" (?:un|une) (?:point|note|article|synthese|presentation|fiche|memo|post|billet|compte rendu|bilan)"
    r" (?:sur|concernant|a propos de|au sujet de)"
    # "je cherche des infos sur...": what is looked for is the question
    r"|(?:" + _LOOKING_FOR + "|" + _IN_SEARCH + r") (?:des |les |plus d |quelques |d )?"
    r"(?:infos?|informations?|renseignements?|details?)"
    r"(?: (?:sur|concernant|a propos de|au sujet de))?"
    # "je cherche la date limite", "je suis à la recherche des infos", "il me faut le lien", "il nous
    # manque le nom des membres": what is looked for is asked (not "je cherche un emploi", a job
    # seeker's own question, nor "on a manqué la date", too late)
    r"|(?:" + _LOOKING_FOR + "|" + _IN_SEARCH + r" (?:de|des|du|d)|il (?:me|nous) (?:faut|faudrait|manque))"
    r"(?= (?:le|la|les|l|un|une|des|du|de|d|a|qui|quand|ou|comment|combien|quel|quelle|quels|quelles)(?!\S))"
    r"(?! (?:un |une |du |des |de l |d )?(?:emploi|travail|job|boulot|stage|poste|logement|formation"
    r"|alternance|apprentissage|contrat)(?!\S))"
    # "vaut-il mieux que le département porte...", "est-il judicieux d'inclure...", "on a intérêt à
    # proposer quoi ?", "le meilleur moyen d'envoyer le dossier": the advice asked for is what the call
    # allows or expects
    r"|(?:(?:vaut il|il vaut|vaudrait il|il vaudrait) mieux|mieux vaut(?: il)?)(?: que| qu| de| d)?"
    r"|(?:est ce|est il|serait il|c est|ce serait) (?:plus |vraiment )?(?:malin|judicieux|preferable"
    r"|conseille|recommande|prudent|sage|avise)(?: de| d)?"
    r"|(?:on a|a on|a t on|avons nous|nous avons|aurait on|on aurait|aurions nous) (?:tout )?interet (?:a|de|d)"
    r"|(?:(?:quel est|quelle est|c est quoi) )?(?:le meilleur moyen|la meilleure (?:facon|maniere|methode|solution))"
    r"(?: (?:de|d|pour))?"
    # "Sur un autre point : que disait le préfet ?", "changement de sujet : ...": a new subject
    r"|(?:sur |pour |concernant )?(?:un |une )?autre (?:point|sujet|question)(?: (?:rien a voir|sans rapport))?"
    r"|changement de sujet|je change de sujet|(?:ca n a )?rien a voir|question differente"
    r"|par la presente|dans la perspective (?:de|du|des)|en ce qui concerne|(?:afin|pour) (?:de )?savoir"
    # "quant à la sélection": as for (not "quant", the "quand" of a hurried typist)
    r"|quant (?:a|au|aux)(?= \S)"
    r"|(?:pensez|croyez) vous|(?:vous|tu) (?:pensez|penses|croyez|crois)(?: que)?|apres (?:vous|toi)"
    # "pour quel public le SPIE est-il pensé ?": designed for, not what someone thinks of it
    r"|(?:est|sont|a|ont)(?: t)? (?:il|elle|ils|elles)(?: ete)? (?:pense|concu)(?:e|s|es)?(?= pour|$)"
    r"|(?:pense|concu)(?:e|s|es)? pour"
    r"|(?:se|nous|me) lancer(?: dans)?"
    # "donnez-moi toutes les dates", "indiquez-nous...": asking, as "dites-moi" (not "envoyez-moi
    # le texte", a request for it, nor "rappelez-moi", which may ask to be called back)
    r"|(?:dites|dis|indiquez|indique|donnez|donne|expliquez|explique|precisez|detaillez|detaille"
    r"|listez|liste|citez|confirmez|confirme) (?:moi|nous)(?= \S)"
    # "pouvez-vous me donner (donné) le calendrier ?": asking, as "donnez-moi"
    r"|(?:pouvez|pourriez) vous (?:me|nous) donne(?:r|z)?(?= \S)"
    # "et côté contenu du dossier ?", "du côté des dates": regarding what follows
    r"|et cote(?= \S)|du cote (?:de|du|des|d)(?= \S)"
    # "combien de lauréats ce coup-ci ?": this time, this call
    r"|ce coup (?:ci|la)|cette fois(?: ci| la)?"
    # punctuation dictated to a phone ("..., virgule, ... point d'interrogation")
    r"|point (?:interrogation|exclamation|virgule|final)|virgule|a la ligne|(?:ouvrez|fermez) les guillemets"
    # "il n'y a plus de...": no longer, not "plus" (more information; "on ne peut plus déposer ?" says
    # it is too late: see knowledge/synonymes.yaml)
    r"|(?:ne|n) (?:est|sont|sera|seront|faut|a|ont|y a) plus"
    # "différent sur le fond ?", "35 territoires et pas plus ?": how much, not what
    r"|sur le fond|et pas plus|et pas davantage"
    # "au-delà de 2023": past it, which the question's date says
    r"|au dela (?:de|du|des|d)"
    # "qui pilote l'appel au niveau de l'État ?": the State (not "au niveau national", the whole country)
    r"|au niveau (?:de|du|des|d)"
    # "est-ce dans l'esprit de l'AMI ?": does it fit the call
    r"|dans (?:l )?esprit (?:de|du|des)"
    # "il faut comprendre France Travail ?": what a word means, not "comprendre" (include)
    r"|(?:il )?faut (?:il )?(?:comprendre|entendre|lire)|(?:doit on|on doit) (?:comprendre|entendre|lire)"
    r"|(?:il )?est ecrit(?: que)?|en vrai"
    # "AMI, ça désigne quoi ?": what a word means, as "signifie" (not "désigner" the winners)
    r"|(?:ca|cela|que) designe(?:nt)?|designe(?:nt)? quoi"
    # "qu'entend-on par SPIE ?", "qu'est-ce qu'on entend par...": what a word means
    r"|(?:qu )?(?:est ce qu )?on entend par|entend (?:t )?on par|what is meant by"
    # "l'État compte-t-il retenir...": intends to; "de quoi s'agit-il ?": what is it
    r"|compte (?:t )?(?:il|elle|on)|comptent (?:t )?(?:ils|elles)|comptez vous"
    r"|compte(?:nt)?(?= (?:selectionner|retenir|choisir|financer|lancer|publier|annoncer)(?!\S))"
    r"|de quoi (?:s )?agit il|de quoi il (?:s )?agit|il (?:s )?agit de quoi|il est question (?:de|du|des)"
    r"|relati(?:f|fs|ve|ves) (?:a|au|aux)|(?:il )?existe (?:t )?il (?:un|une|des|de)|il existe (?:un|une|des)"
    # the documents named as the source of what is asked ("d'après le communiqué, qui peut
    # candidater ?", "l'article liste 4 points...", "according to the press release"), not
    # a request for them ("où lire le communiqué ?")
    r"|(?:selon|apres|d apres) (?:le |la |les )?" + _SOURCES + r"(?= \S)"
    # (after "dans" and "sur", not plain "documents": "dans les documents à joindre")
    r"|(?:(?:cite|mentionne|evoque)(?:e|es|s|ee|ees)? )?(?:dans|sur) (?:le |la |les )?" + _NAMED_SOURCES + r"(?= \S)"
    # "ils disent que...", and what the bot said before ("vous parliez de Pôle emploi")
    r"|(?:ils|elles|on) (?:disent|dit|ecrivent|ecrit|indiquent|indique|parlent|parle) (?:que|de|d)"
    # ("quand aurons-nous votre réponse ?" asks for the selection: only the earlier answer)
    r"|dans (?:votre|ta) (?:reponse|message)(?: precedente?| d avant)?|(?:votre|ta) (?:reponse|message) precedente?"
    r"|(?:vous|tu) (?:parliez|parlais|avez parle|as parle|avez dit|as dit|disiez|disais|avez ecrit|as ecrit"
    r"|mentionniez|avez mentionne|as mentionne|parlez|parles|citez|cites|mentionnez|mentionnes|evoquez|evoques)"
    r"(?: (?:de|du|des|d|que))?"
    # "qu'entendez-vous par acteurs de l'insertion ?": what a word means, not "entendre" (hear)
    r"|(?:entendez vous|entend on|voulez vous dire|veut on dire) par"
    # (followed by what is asked: "le communiqué dit quoi ?" asks what the document says)
    + r"|(?:le |la |les )?" + _SOURCES + " " + _SAYS + r"(?: (?:que|de|du|des|d))?(?= \S)(?! quoi(?!\S))"
    # "que dit l'article sur les actions ?" (not "que dit la préfecture ?", whose statement is asked)
    + r"|(?:que )?" + _SAYS + r" (?:le |la |les )?" + _DOCUMENTS + r"(?: (?:sur|concernant|a propos de))?(?= \S)"
    # English framings: "can you walk me through...", "what's it all about", "up for grabs"
    # (what "they are looking for" is what is expected: see knowledge/synonymes.yaml)
    r"|walk (?:me|us) through|show (?:me|us)|all about|up for grabs|(?<!they )(?<!jury )(?<!panel )looking for|(?:do )?you reckon"
    # "how many this time round?" (as "ce coup-ci"), "what does the timetable look like?"
    r"|this time(?: round| around)?|looks? like|overall|roughly|a peu pres|grosso modo|approximativement|(?:can|could) you (?:outline|summarise|summarize)"
    # "deux ans de mise en œuvre environ ?", "un parcours personnalisé, autrement dit ?": roughly, in other words
    r"|environ|plus ou moins|autrement dit|en d autres (?:termes|mots)|in other words"
    # "c'est normal que la date soit passée ?": surprise, the subject follows ("c'" is gone)
    r"|(?:est|est il|est ce) (?:bien |tout a fait )?normal (?:que|qu)"
    # "c'est quoi en une seule phrase ?": how short the answer is ("seul" is not one's own)
    r"|en (?:une|un) seule? (?:phrase|mot|ligne)"
    # "notre groupement compte le CD, il manque quelqu'un ?": lacking (not "manqué", missed)
    r"|(?:il (?:en |y )?manque|manque t il)(?= quelqu| qui| quoi| un | une | des | encore|$)"
    r"|(?:kinds?|sorts?|types?) of"  # as "quel type de"
    r"|according to (?:the )?" + _ENGLISH_SOURCES
    + r"|(?:does |do )?(?:the )?" + _ENGLISH_SOURCES + r" (?:say|says|give|gives|mention|mentions|state|states)"
)
# Function-word phrases that would otherwise leave a misleading content word
# (in "qu'est-ce qui est finançable", "qui" is not asking "who"; "tel que" is
# not "tél.", a phone number; "quand même" and "quand on est (une
# association)" do not ask "when"), and the courtesy formulas. Whole words of
# folded text (only spaces separate them): the look-arounds are twice as fast
# as \b here, and this runs on every phrasing at load time.
# An age from 16 to 99, as listed digits (`PhraseRemover` reads no ranges).
_AGE = r"(?:1[6789]|[23456789][0123456789])"
_STOP_PHRASES = re.compile(
    # ("qu'est-ce que désigne l'AMI ?": see _FRAMING; first, or "est-ce que" alone would match)
    r"(?<!\S)(?:est ce que designe(?:nt)?|est ce qu[ei]|ce qu[ei]|ceux qui|celui qui|celle qui|tel(?:le)?s? que|(?:quand|qund|qand) meme|"
    r"quand (?:on (?:n )?est|nous (?:ne )?sommes|vous (?:n )?etes|je (?:ne )?suis)|"
    # "où en est la sélection ?" asks how far it has gone, not where
    r"where en (?:est|sont|sommes|etes|etait|etaient|serons|sera)|"
    # asking to know is not what is asked ("est-il possible de savoir si...")
    r"est il possible de (?:savoir|connaitre)|(?:je|nous|on) cherch\w* a (?:savoir|connaitre|comprendre)|"
    # the conditional of politeness: "vous serait-il possible de me dire...", "il me serait utile de connaître..."
    r"(?:(?:vous|te|nous|me) )?serait il possible (?:de|d) (?:(?:me|nous) )?(?:savoir|connaitre|rappeler|dire|indiquer"
    r"|preciser|communiquer|obtenir)|il (?:me|nous) serait (?:utile|precieux|agreable) (?:de|d) (?:savoir|connaitre)|"
    # "a-t-on la possibilité de déposer après le 11 ?", "y a-t-il moyen de...": whether one may, as "peut-on"
    r"(?:a t on|avons nous|aurait on|aurions nous|existe t il|y a t il) (?:la |une )?possibilite (?:de|d)"
    r"|y a t il (?:un )?moyen (?:de|d)|est ce (?:possible|envisageable|faisable)|"
    # "est-il possible d'envoyer le dossier par courrier ?", "c'est possible de ... ?"
    r"est (?:il )?(?:possible|envisageable|faisable)(?: de)?(?= )|"
    # "déposer directement à la préfecture", "... à la préfecture directement ?": where, not alone
    r"directement(?= (?:a |au |aupres d\w* |sur )?(?:la |le |l |les )?(?:sous )?(?:prefecture|site|plateforme)s?\b)|"
    r"(?<=prefecture )directement|"
    # "ce SPIE dont tout le monde parle": what is asked about, not who speaks of it
    r"dont (?:tout le monde|on|les gens|vous) (?:parle|parlez|entend parler)|"
    # "c'est quoi le SPIE déjà ?", "c'était quand déjà ?", "a-t-elle déjà eu lieu ?": a reminder or
    # how far it has gone, not "already selected" (the first AMI's winners)
    r"(?:(?<=quoi )|(?<=quand )|(?<=qui )|(?<=combien )|(?<=comment ))deja|deja(?= eu lieu)|deja(?! \S)|"
    # "c'est quoi même ?", "c'est quand même ?": insisting, as "déjà" (not "le même ?", the same)
    r"(?:(?<=quoi )|(?<=qui )|(?<=combien )|(?<=comment )|(?<=where ))meme|"
    # "mon client, une association, peut-il...", "pour un papier : ...", "pour nos lecteurs": for whom
    # the question is asked (a consultant, a journalist), not what is asked
    r"clients?|clientes?|pour (?:un|mon|notre) (?:papier|article|reportage)|pour (?:nos|mes|vos) (?:lecteurs|lectrices|auditeurs)|"
    # "« Refléter une bonne connaissance du public », qu'est-ce que ça implique ?": what it means,
    # not who is involved
    r"(?:ca|cela|ceci) impliquen?t?(?= quoi| pour| concretement| merci| svp| stp|(?! \S))|"
    # "je me pose la question de savoir...": asking, not a question for the contacts
    r"(?:je me|nous nous|on se) pos\w* (?:la |une |des )?questions?|"
    # "je peux vous poser une question sur la date limite ?": asking leave to ask, not for a contact
    # (not "à qui je peux poser une question ?", which asks for one)
    r"(?<!qui )(?:(?:je|on) (?:peux|peut|pourrais|pourrait)|puis je|pourrais je|est ce que je peux) (?:te |vous )?"
    r"(?:poser|demander) (?:une |des |quelques )?(?:petites? )?(?:questions?|chose)|"
    # "même un organisme de formation peut candidater ?": even, not "the same"
    r"meme(?= (?:un|une|si|sans|apres|avant|les|des|quand|en) )|"
    # "URGENT : ...", "question urgente", "ça correspond à quoi ?": how it is asked (a phrase, not
    # a function word: "argent" must not be read as a slip of "urgent")
    r"(?:(?:une |ma |petite )?question )?(?:urgent|urgente|urgents|urgentes|asap|sos)|correspond(?:ent)? a quoi|"
    # "je ne sais même pas ce que veut dire SPIE": an intensifier, not "the same"
    r"(?:ne |n )?(?:sais|sait|savons|savez|connais|connait|connaissons|comprends|comprend|vois|voit) meme pas|"
    # "en deux mots", "en bref", "en priorité": how to answer, not what ("deux" is 2 once folded)
    r"en (?:1|2|un|une|quelques|peu de) (?:mots?|phrases?|lignes?)|en bref|en resume|brievement|in short|in a nutshell"
    r"|in a few words|in (?:simple|plain) (?:words|terms|english)|en (?:mots|termes) simples|en priorite|en premier(?: lieu)?|(?:pour|est|etait) la premiere fois|"
    # "les grandes lignes du SPIE", "une vue d'ensemble", "comment fonctionne le SPIE ?": what it is, asked
    # (with "ds" for "dans", which alone would be Démarches simplifiées)
    r"(?:(?:dans|ds) )?(?:les |des )?grandes lignes|(?:une |la )?vue (?:d )?ensemble"
    r"|(?:les |des )?points? (?:cles?|clefs?)"
    r"|tout ce qu il faut savoir|(?:les |des )?(?:infos?|informations?) (?:essentielles?|cles|clefs|principales?)"
    r"|comment (?:fonctionne|fonctionnent)|(?:le |son |leur )?fonctionnement(?= \S)"
    # "comment ça marche, cet AMI ?", "le SPIE, ça fonctionne comment ?": what it is (alone, "comment ça
    # marche ?" asks how to use the bot)
    r"|comment ca (?:marche|fonctionne)(?= \S)|(?<=\S )ca (?:marche|fonctionne) comment"
    # "cette histoire d'appel, c'est quoi ?" (folded: "d'" is gone)
    r"|(?:cette |une )?(?:histoire|affaire)(?: (?:de|du|des))?(?= \S)"
    # "les attentes du ministère à l'égard des projets", "notre élu veut savoir combien...": regarding,
    # and who wants to know (folded: "l'" is gone)
    r"|a (?:l )?egard (?:de|du|des|d)|vis a vis (?:de|du|des|d)"
    r"|(?:mon|ma|notre|nos) (?:elue?s?|maire|directeur|directrice|direction|presidente?|cheffe?|hierarchie)"
    r" (?:veut|veulent|voudrait|voudraient|aimerait|aimeraient|souhaite|souhaitent|demande|demandent)"
    r"(?: savoir| connaitre)?|"
    # "rejoindre le groupement en cours de route": when, which the rest of the question does not change
    r"en cours de route|"
    # "le parcours personnalisé dont parle le SPIE": what is spoken of, not someone to speak to
    r"dont (?:on |vous |il |elle |ils |elles )?(?:parle|parlent|parlez|parlait|parlaient)|dont il est question|"
    # "l'appel porte sur quelles actions ?": what follows is asked, not the call's subject
    r"(?:porte|portent|portera|porteront|porte t il|porte t elle|portait) sur(?= (?:quels?|quelles?) \S)|"
    # "les jeunes de moins de 26 ans": an age, not a count (not "plus de 2 ans", a duration)
    r"(?:de )?(?:moins|plus) de " + _AGE + r" ans|agee?s? de " + _AGE + r"(?: a " + _AGE + r")? ans"
    r"|(?:under|over) " + _AGE + r"s?|"
    # "les deux documents donnent-ils la même date ?": the sources compared, not what is asked of them
    r"(?:entre )?(?:les |ces )?(?:2|deux) (?:documents|textes|sources)|"
    # "qui est capable d'appliquer à l'AMI ?", "sommes-nous en capacité de porter...": whether one may
    # (alone, "capable" would be read as "cap" and "able" run together)
    r"(?:est |sont |etes |sommes )?(?:capables?|en capacite)(?: de)?(?= \S)|"
    # "vous avez un exemple de structure qui peut candidater ?", "par exemple, quels partenaires... ?":
    # an example of what is asked is what is asked
    r"par exemple|(?:un |des |quelques )?exemples?(?: concrets?)?(?: (?:de|du|des)(?= \S))?|"
    # "on ne sait pas encore où l'envoyer": not yet, not whether it is still time
    r"pas encore|not yet|"
    # "j'avoue que je ne sais pas...": owning up, not the question
    r"(?:je dois )?avou(?:e|ons)(?: que)?|"
    # the whole country: the call is national ("la date limite est-elle la même partout ?")
    r"(?:dans |ds |sur )?(?:toute la france|tout le territoire national|toutes les regions|chaque region)"
    r"|(?:toutes )?regions confondues|tous territoires confondus"
    r"|partout(?: en france)?|au niveau national|a l echelle nationale|"
    + _COURTESY + "|" + _FRAMING + r")(?!\S)"
)


_STOP_PHRASE_REMOVER = PhraseRemover(_STOP_PHRASES)


def drop_stop_phrases(folded: str) -> str:
    """Remove those phrases (and courtesy formulas) from folded text."""
    return _STOP_PHRASE_REMOVER.sub(folded)


# How a folded word sounds, for words written as they are heard ("teritoir",
# "groupemen", "povreté", "acsion", "élijible"): spellings of one sound become
# one letter, doubled letters single, and the silent endings go. Rules in
# order; see `sound_key`.
_SOUND_RULES = tuple((re.compile(pattern), replacement) for pattern, replacement in (
    (r"x(?=[aeiouy])", "ks"),  # "sélexion": "sélection", "acsès": "accès"
    (r"eau|au", "o"), (r"ph", "f"), (r"qu|ck", "k"), (r"tion", "sion"),
    (r"gu(?=[eiy])", "G"), (r"g(?=[eiy])", "j"), (r"G", "g"),
    (r"c(?=[eiy])", "s"), (r"c(?!h)", "k"), (r"(?<=[aeiouy])s(?=[aeiouy])(?!ion)", "z"),
    (r"(?<![cs])h", ""), (r"y", "i"), (r"ai|ei", "e"),
    (r"e([nm])(?![aeiou])", r"a\1"), (r"am(?![aeiou])", "an"),
    (r"(.)\1+", r"\1"),
    (r"[sx]$", ""), (r"(?:er|ez|et)$", "e"), (r"[tdp]$", ""), (r"e$", ""),
))


@lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """What a folded word sounds like: equal for "departeman" and
    "departement", "coordinassion" and "coordination"."""
    for pattern, replacement in _SOUND_RULES:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Light French stem of a folded word.

    Numbers, short words and joined synonym terms ("pole_emploi") are kept.
    """
    if len(word) <= 3 or word.isdigit() or JOINER in word:
        return word
    return _stemmer.stemWord(word)[:STEM_LENGTH]


def _english_stem(word: str) -> str:
    return _english_stemmer.stemWord(word) if len(word) > 3 and not word.isdigit() else word


JOINER = "_"
# The question words as written and as terms (see _WRITTEN_QUESTION_WORDS).
QUESTION_WORDS: frozenset[str] = frozenset(_WRITTEN_QUESTION_WORDS) | {stem(w) for w in _WRITTEN_QUESTION_WORDS}

# Bound of the memos kept per word (questions bring endless unknown words).
MEMO_SIZE = 200_000
# Stems shorter than this are too ambiguous to stand for a synonym ("port").
MIN_SYNONYM_STEM = 5
# The canonical term of "même" in knowledge/synonymes.yaml (see SynonymTable.apply).
SAME_TERM = "meme"


class SynonymTable:
    """Phrase rewriting: every variant phrase becomes its canonical term.

    A canonical term of several words becomes one token ("pole emploi" ->
    "pole_emploi"), so "Cap emploi" no longer half-matches "Pôle emploi" and
    the term weighs as the specific concept it is. The longest variant wins
    where several start at the same word ("appel a projets" before "appel").
    """

    def __init__(self, mapping: Mapping[str, Iterable[str]] | None = None) -> None:
        self._rules: dict[tuple[str, ...], tuple[str, ...]] = {}
        # For each first word of a variant, the lengths of its variants, longest first.
        self._sizes_from: dict[str, tuple[int, ...]] = {}
        # The first two words of the variants of several words: a word that
        # starts some variant ("dans", "le") seldom starts one here.
        self._openers: set[tuple[str, str]] = set()
        # Stems of one-word variants, for `listed_form`. None: shared by two terms.
        self._by_stem: dict[str, str | None] = {}
        self._by_english_stem: dict[str, str | None] = {}
        # Variants of several words by the stems of their words, for questions
        # that inflect them otherwise ("missions locals", "démarche simplifié").
        # None: the stems of two terms' variants.
        self._stem_rules: dict[tuple[str, ...], tuple[str, ...] | None] = {}
        self._stem_sizes_from: dict[str, tuple[int, ...]] = {}
        # Memo: for each word met, the sizes of those variants it may start
        # (the words of a large base are met again and again).
        self._inflected_sizes: dict[str, tuple[int, ...]] = {}
        for canonical, variants in (mapping or {}).items():
            self.add(canonical, variants)

    def add(self, canonical: str, variants: Iterable[str]) -> None:
        words = tuple(split_words(canonical))
        if not words:
            return
        target = (JOINER.join(words),)
        for variant in (canonical, *variants):
            source = tuple(split_words(variant))
            if source and source != target:
                self._rules[source] = target
                sizes = {*self._sizes_from.get(source[0], ()), len(source)}
                self._sizes_from[source[0]] = tuple(sorted(sizes, reverse=True))
                if len(source) > 1:
                    self._openers.add(source[:2])
            if len(source) == 1:
                self._index_stem(self._by_stem, stem(source[0]), source[0], target)
                self._index_stem(self._by_english_stem, _english_stem(source[0]), source[0], target)
            elif source != target and source[0] not in STOPWORDS:  # "de", "en"... do not inflect
                self._index_stems(source, target)

    def _index_stems(self, source: tuple[str, ...], target: tuple[str, ...]) -> None:
        stems = tuple(stem(word) for word in source)
        listed = self._stem_rules.get(stems, target)
        self._stem_rules[stems] = target if listed == target else None
        sizes = {*self._stem_sizes_from.get(stems[0], ()), len(stems)}
        self._stem_sizes_from[stems[0]] = tuple(sorted(sizes, reverse=True))

    def _index_stem(self, index: dict[str, str | None], root: str, word: str,
                    target: tuple[str, ...]) -> None:
        if len(root) < MIN_SYNONYM_STEM:
            return
        listed = index.get(root, word)
        same_term = listed is not None and self._rules.get((listed,), (listed,)) == target
        index[root] = listed if same_term else None

    def __len__(self) -> int:
        return len(self._rules)

    def canonical_terms(self) -> set[str]:
        """The tokens rules rewrite to ("pole_emploi", "candidater"...)."""
        return {target[0] for target in self._rules.values()}

    def words(self, besides: Iterable[str] = ()) -> set[str]:
        """Every word that appears in a rule (for typo correction), but for
        the rules whose canonical term is one of `besides`."""
        left_out = {(term,) for term in besides}
        found: set[str] = set()
        for source, target in self._rules.items():
            if target not in left_out:
                found.update(source)
        return found

    def listed_form(self, word: str) -> str | None:
        """A listed variant with the same stem as `word`, if any.

        For words the knowledge base does not use, so that other inflections
        of a listed word ("choisissez" for "choisir", "désignation" for
        "désigner") are understood without listing each one.
        """
        return self._by_stem.get(stem(word))

    def listed_english_form(self, word: str) -> str | None:
        """The same, by English stem ("submitting" for "submit")."""
        return self._by_english_stem.get(_english_stem(word))

    def _inflected_sizes_from(self, word: str) -> tuple[int, ...]:
        sizes = self._inflected_sizes.get(word)
        if sizes is None:
            sizes = self._stem_sizes_from.get(stem(word), ())
            if len(self._inflected_sizes) < MEMO_SIZE:
                self._inflected_sizes[word] = sizes
        return sizes

    def _inflected_rule(self, words: Sequence[str], start: int,
                        sizes: tuple[int, ...]) -> tuple[int, tuple[str, ...] | None]:
        """The variant of several words starting at `start` whose words have
        the same stems as these ("missions locals", "démarche simplifié"),
        and how many words it spans."""
        for size in sizes:
            if start + size > len(words):
                continue
            stems = tuple(stem(word) for word in words[start : start + size])
            target = self._stem_rules.get(stems)
            if target is not None:
                return size, target
        return 1, None

    def apply(self, words: Sequence[str], same_terms: Container[str] | None = None) -> list[str]:
        """Rewrite variants to their canonical term, variants of several words
        also in other inflections.

        Two different names of one institution or phrase (a canonical term
        of several words, of `same_terms` if given) in the same text ("France
        Travail, c'est Pôle emploi ?", "CD ou conseil départemental ?") ask
        whether they are the same thing: SAME_TERM is added, as if the text
        said "même". Single words are left alone: "lauréats choisis" says one
        thing twice.
        """
        result: list[str] = []
        sources: dict[tuple[str, ...], tuple[str, ...]] = {}
        sizes_from, rules, inflected_sizes = self._sizes_from, self._rules, self._inflected_sizes
        openers = self._openers
        i, count = 0, len(words)
        while i < count:
            word = words[i]
            target = None
            sizes = sizes_from.get(word)  # this runs on every word at load: few lookups
            if sizes is not None:
                if i + 1 < count and (word, words[i + 1]) in openers:
                    for size in sizes:
                        target = rules.get(tuple(words[i : i + size]))
                        if target is not None:
                            break
                elif sizes[-1] == 1:
                    size, target = 1, rules.get((word,))
            if target is None:
                sizes = inflected_sizes.get(word)  # inlined memo
                if sizes is None:
                    sizes = self._inflected_sizes_from(word)
                size, target = self._inflected_rule(words, i, sizes) if sizes else (1, None)
            if target is None:
                result.append(word)
            else:
                source = tuple(words[i : i + size])
                if (JOINER in target[0] and (same_terms is None or target[0] in same_terms)
                        and sources.setdefault(target, source) != source and SAME_TERM not in result):
                    result.append(SAME_TERM)
                result.extend(target)
            i += size
        return result
