"""Matching a question against the knowledge base.

How a question is scored against every phrasing (question + variants) of
every entry:

1. Analysis (`Analyzer`): the signature of a pasted e-mail is left out
   (`without_signature`); the text is folded; each unknown word that is a
   year, month or season becomes "quand"; a word of 8 letters or more one
   edit away from a known word is that word; one that is another inflection
   of a listed synonym becomes that synonym, otherwise it is corrected to the
   nearest known word (rapidfuzz, OSA edit distance: 1 edit up to 9 letters,
   2 beyond), or else, for English, to a listed synonym with the same English
   stem; synonyms are applied, stop words dropped and the rest stemmed into
   *terms*.
2. Evidence: terms are weighted by rarity across entries (IDF); a term the
   knowledge base never uses weighs more than the rarest one, so "montant de
   la subvention de l'AMI" is mostly *unexplained* and cannot win on "AMI";
   possessives ("notre") weigh less than their rarity.
   For each phrasing sharing a term with the question (inverted index) we
   compute recall (share of the question's weight it explains) and precision
   (share of its own weight found in the question), combined as an F-score.
   A phrasing's "où" counts only for a question that asks where.
3. Coverage: the share of the question's weight found anywhere in the entry
   (all its phrasings together), so that a question mixing words of two
   variants of the same entry still finds it.
4. Form: rapidfuzz's token_sort_ratio between the analysed question and the
   phrasing rewards the same words in any order and tolerates what typo
   correction missed.
5. An entry scores as its best phrasing. The outcome follows the thresholds:
   `answered` when the best entry is above `answer` and ahead of the next
   by `margin`, unless a small-talk entry matches the whole message at least
   as well; `suggested` for the candidates above `suggest`;
   otherwise `unanswered`. In a message with context and a question, an
   entry that explains the context but not the question is only suggested,
   and so is an entry that does not speak of what a question counts
   ("combien d'euros par territoire ?"), or one true of a region only
   (`region` in the base) when the question names another.

Everything that does not depend on the question is computed once, at load.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.bulk import collector_paused
from bot.config import Thresholds
from bot.knowledge import Entry, KnowledgeBase
from bot.normalize import (
    DIGIT,
    JOINER,
    MEMO_SIZE,
    POSSESSIVES,
    QUESTION_WORDS,
    SAME_TERM,
    STOPWORDS,
    TIME_ASKS,
    WHERE,
    SynonymTable,
    date_pairs,
    drop_stop_phrases,
    fold,
    is_date_pair,
    is_day_of_month,
    is_time_word,
    lines_with,
    sound_key,
    split_words,
    stem,
    without_elongation,
)

# Weights of the three scorers in an entry's score (they sum to 1).
EVIDENCE_WEIGHT = 0.2
COVERAGE_WEIGHT = 0.6
FORM_WEIGHT = 0.20
# A prefix this long that is itself a known stem stands for the longer stem
# ("selecti" -> "select"), so derived forms meet.
MIN_SHARED_PREFIX = 6
MAX_SUGGESTIONS = 3
# Suggestions must be within this many points of the best one.
SUGGESTION_SPREAD = 25.0
# A word the knowledge base never uses weighs this many times the rarest
# known term: it is evidence that the question is about something else, but
# applicants' filler verbs ("on a loupé", "durent") are unknown words too.
# With 1,150 evaluation questions, 1.2 rather than 1.0 left 3 of 5 answered
# out-of-scope questions unanswered ("combien touche chaque lauréat") for 4 of
# the in-scope ones turned into suggestions; 1.3 did no better.
UNKNOWN_WEIGHT_FACTOR = 1.2
# Possessive terms weigh this share of their rarity (see normalize.POSSESSIVES).
POSSESSIVE_WEIGHT_FACTOR = 0.6
# Posting lists longer than this (terms in very many phrasings) are not
# scanned for candidates; see Matcher._shared_weights.
MAX_POSTINGS_SCANNED = 1000
# Function words shorter than this are not typo-correction targets.
MIN_CORRECTED_STOPWORD = 6
# An unknown word this long one typo away from a known word is read as that
# word before being read as an inflection of a listed synonym.
TYPO_FIRST_LENGTH = 8
# Two known words typed without the space between them ("quipeut",
# "datelimite") are read apart when each has at least this many letters.
MIN_JOINED_PART = 3
# Endings written as they sound ("calandrié", "la pauvretai", "le projé"),
# and their spellings: tried on a word nothing else corrects.
SPOKEN_ENDINGS = (("e", "er"), ("e", "et"), ("ai", "e"), ("ai", "et"))
# Only this many phrasings (best evidence first) get the costlier form score.
FORM_CANDIDATES = 60
# In a message with context and a question, the answer must explain at least
# this share of the question's own weight (see _unless_the_question_is_left_unexplained).
QUESTION_EXPLAINED_SHARE = 0.4
# An activity asked eligible whose known words weigh at least this share of it, and which they
# alone answer with another entry than its plain reading, is a subject of its own: it is not
# read plainly (see _is_a_subject_of_its_own).
SUBJECT_KNOWN_SHARE = 0.5
# The term of the synonyms' "autre région" (Bretagne, Normandie...): a region
# the documents do not speak of. Unknown to every entry, it weighs against all
# of them as an unknown word does; an answer true of one region only is never
# given for another (see `_unless_another_region_is_asked`).
OTHER_REGION = f"autre{JOINER}region"
# ...but it weighs only this share of an unknown word: the rules of the call are
# national, and "le Finistère peut-il candidater ?" asks who may apply (a
# whole weight left it unanswered; a smaller share answered "un partenaire
# d'une autre région ?", which the documents do not settle).
OTHER_REGION_WEIGHT_FACTOR = 0.5
# The term of the synonyms' "hors sujet" group: phrases the documents do not
# speak of, which hold a word of the base ("prime d'activité", "numéro
# SIRET"). One unknown term each, unknown to every entry.
OUT_OF_SCOPE = f"hors{JOINER}sujet"
# Words that, with question words only, ask how long or how much, or when, of
# nothing named: "combien de temps ?" after a comma, or "Avez-vous une idée de
# la date ?" after "Nos partenaires demandent quand nous aurons une réponse.",
# asks about the clause before it. As written: "toutes les dates" asks for
# the calendar, "la date" for the date of something.
SUBJECTLESS_WORDS = ("temps", "date")
# The question word that asks for a count; the word after it is what is counted.
COUNT_ASKS = "combien"
# The term of the synonyms' "premier" (the first call, "1er", "précédent"): it
# changes the answer to a count or a date (31 projects in April, not 35 in
# December), so a piece of the message that leaves it out lost what is asked
# (unless the piece turns to the second call: "..., combien pour le second ?").
FIRST_CALL, SECOND_CALL = stem("premier"), stem("second")
# The first call named, as folded text ("le premier AMI", "AMI 1" folded to "1er ami", "la première vague").
# (Not a comparison: "comme au premier AMI, on dépose sur démarches simplifiées ?")
_NAMES_FIRST_CALL = re.compile(r"(?<!comme au )(?<!comme pour le )(?<!comme lors du )(?<!comme le )"
                               r"\b(?:premier|premiere|1er|1ere) (?:ami|amis|appel|appels|aap|vague)\b")
# A capitalised name after a preposition ("la métropole de Montpellier",
# "le CD de la Somme", "à Rodez"): where the writer is, or whose plan.
# Unknown to the base, it reads as a territory rather than as an unknown
# word (see `Analyzer.words`); a name the base knows (Occitanie, another
# region, Pôle emploi) stays.
_PLACE_NAME = re.compile(
    r"\b(?:de|du|des|d['’]|à|au|aux|from|of) (?:l['’]|la |le |les )?"
    r"((?:[A-ZÀ-Ý][a-zà-ÿ'’]+)(?:-[\w'’]+)*(?: [A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[\w'’]+)*){0,2})"
)
# "ami" written in lower case after a possessive or a greeting ("mon ami",
# "merci l'ami") is a friend, not the call: the words go, the greeting stays.
_FRIEND = re.compile(r"\b(?:(?i:mon|ma|mes|ton|ta|tes|cher|chère|chers|chères) |"
                     r"((?i:salut|merci|bonjour|bonsoir|coucou|hello|bye|ciao)) l['’ ]?)amie?s?\b")
# What the writer says they do not ask ("je parle de la mise en œuvre, pas de
# la sélection", "Pas l'AMI, le SPIE : c'est quoi ?", after a greeting or a filler too): up to the
# clause's end.
# Only with an article: "pas de report ?" asks whether there is one.
_NOT_THIS = re.compile(
    r"(?:(?<=[,;:])\s*(?i:pas|mais pas|et non|et pas|non pas)"
    r"|\A\s*(?:(?i:bonjour|bonsoir|salut|hello|coucou|bjr|slt|euh+|heu+|bah|ben|bon|alors|ah|oh|hum|enfin)[\s!]+)?"
    r"(?i:pas|non pas)) "
    r"(?i:de la |de l['’]\s*|du |des |le |la |les |l['’]\s*)[^,;:.?!]+(?=[,;:.?!]|\Z)")
# Three or more single letters in a row ("S P I E", "a m i"), maybe followed
# by punctuation ("Le S P I E, c'est quoi ?").
_SPELLED_LETTERS = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?![\w'’-])")
# An entry none of whose phrasings asks the question's question word (quand,
# combien, qui...) answers another kind of question: its score is scaled.
INTENT_MISMATCH_FACTOR = 0.8
# Not "pourquoi": a why-question is answered by the fact it asks about ("pourquoi
# seulement 35 territoires ?"), whatever that entry's phrasings ask.
_KIND_WORDS = QUESTION_WORDS - {"pourquoi", stem("pourquoi")}


_SENTENCE_END = re.compile(r"(?<=[.!?;\n])\s+")
# An aside in brackets: the question is also read without it.
_ASIDE = re.compile(r"\([^()]*\)")
# Where a clause of a sentence starts: after a comma, or a colon ("premier
# appel : combien de projets ?" is one question, "petite question : ..." too).
_CLAUSE_START = re.compile(r"(?<=[,:])")
# Where a clause or a sentence ends.
_CLAUSE_END = re.compile(r"(?<=[,:.!?;\n])")
# A greeting that opens a message without punctuation ("bonjour je suis
# directrice d'une association").
_OPENING_GREETING = re.compile(r"\s*(?:bonjour|bonsoir|salut|hello|coucou|bjr|bsr|slt)(?: (?:madame|monsieur))?\b",
                               re.IGNORECASE)
# Small talk may also be joined by "et" ("merci et bonne journée").
_SMALLTALK_JOIN = re.compile(r"\b(?:et|and)\b", re.IGNORECASE)
# Where the question starts in "nous sommes un CCAS et je voulais savoir si..."
# (matched on folded text).
_ASKING = re.compile(
    r"\b(?:(?:voudrais|voudrions|voudrait|voudraient|voulais|voulions|voulait|aimerais|aimerions|aimerait"
    r"|aimeraient|veux|veut|voulons|veulent|souhaite|souhaitons|souhaitent|souhaiterais|souhaiterions|souhaiterait"
    r"|cherche|cherchons)(?: a)?"
    r" (?:savoir|connaitre|demander)"
    r"|ma question (?:est|serait)|(?:pouvez|pourriez) vous (?:me |nous )?(?:dire|indiquer|preciser|confirmer)"
    r"|(?:je me|nous nous|on se) demand(?:e|ais|ait|ons|ions)|je me posais la question|dites (?:moi|nous)"
    r"|(?:savez|sauriez) vous|est il possible de savoir"
    r"|(?:voulais|voulait|voulions|voudrais|voudrions) (?:juste |simplement )?(?:etre )?"
    r"(?:sur|sure|surs|sures|certaine?s?) (?:de|du|des)"
    # "nous aurions besoin de savoir sur quelle période..., car...", "je ne sais pas si..."
    r"|(?<!pas )besoin de (?:savoir|connaitre)|(?:je|on|nous) (?:ne )?(?:sais|sait|savons) (?:meme )?pas"
    r"|(?:veux|voulons|voudrais|voudrions|aimerais|aimerions|souhaitons) (?:bien )?comprendre"
    r"|(?:auriez|avez) vous (?:des |plus d )?(?:infos?|informations?|renseignements?) (?:sur|concernant)"
    r"|(?:petite|autre|derniere) question|question rapide"
    # "Ce n'est pas ma question : je demandais la date limite."
    r"|(?:je|nous|on) (?:demandais|demandions|demandait)(?: (?:juste|simplement|seulement))?"
    r"|would like to know|wanted to know|could you tell (?:me|us)|do you know|i was wondering)\b"
)


# The unit of a count ("combien de projets par département ?"), in folded text.
_PER_UNIT = re.compile(r"\bcombien\b(?: \S+){0,4}? par (?:le |la |les |un |une |chaque )?(\S+)")

# Where a question's reason starts ("... sans le département parce que
# celui-ci ne semble pas intéressé"), in folded text.
_REASON = re.compile(
    # "parce qu'" folds to "parce", "vu qu'on" to "vu on"
    r" (?:parce|car|puisque|(?:vu|etant donne|sachant) (?:que|on|il|ils|elle|elles|nous|vous)"
    # "..., pour que notre dossier soit solide", "afin que...": what the answer is for
    r"|pour que|afin que|pour qu|afin qu"
    # what the answer is for: "..., pour évaluer nos chances", "afin de préparer notre budget"
    r"|(?:pour|afin d) (?:evaluer|estimer|mesurer|jauger|preparer|anticiper|planifier|informer|organiser)) "
)


# A self-introduction ("je suis chargée de mission au CD", "nous sommes une
# association", "je travaille à la mission locale"), as folded text: who
# writes, not what they ask ("je suis en retard pour le dépôt" is not one).
_ROLE = (r"chargee?s?|responsables?|directeur|directrice|coordinat(?:rices?|eurs?)|agents?|conseill\w*"
         r"|stagiaires?|elue?s?|adjointe?s?|maires?|president\w*|referente?s?|cheffe?s?|assistante?s?")
_INTRODUCTION = re.compile(
    # (not "je suis à la recherche des infos sur...", a request)
    r"(?:je suis|nous sommes|on est) (?!a la recherche)(?:un|une|le|la|l|du|de|des|au|aux|a|nouvel\w*|" + _ROLE + r")\b"
    r"|(?:je|nous|on) (?:travaill\w*|represent\w*|coordonn\w*|dirig\w*|appelle|occupe)\b"
    r"|(?:je me|nous nous) present\w*"
    # "ici la mission locale de Nîmes", as on the phone
    r"|ici (?:le|la|l|les)\b"
    # a role on its own, after a name: "Claire, chargée de mission au CD de l'Aude"
    r"|(?:" + _ROLE + r") (?:de|d|du|des|au|aux|a|en|dans|chez|pour)\b"
)
# A clause where the writer says who they are, what they live on or what they
# asked for ("je suis allocataire du RSA", "je touche le RSA", "ma demande de
# logement social est bloquée", "je cherche un emploi"), as folded text.
_SPEAKS_OF_ONESELF = re.compile(r"(?:je suis|je touche|je cherche|je recherche|i am|i m)\b"
                                r"|(?:ma|mon|mes) (?:demandes?|allocations?|droits|aides?|rsa)\b|" + _INTRODUCTION.pattern)
# What "we" or "I" may do ("pouvons-nous déposer un projet ?", "puis-je
# candidater ?", "a-t-on le droit de..."), as folded text: after a clause that
# says who writes, it asks whether that writer may (see `_best_piece`).
_MAY_WE = re.compile(
    r"\b(?:pouvons nous|pourrions nous|puis je|pourrais je|peut on|pourrait on|on peut|on pourrait|nous pouvons"
    r"|nous pourrions|je peux|je pourrais|est ce (?:qu on|que nous|que je) (?:peu\w*|pourr\w*)"
    r"|(?:avons nous|ai je|a t on|on a|nous avons|j ai) le droit)\b")
# A word that asks something else than whether one may ("quelles actions
# peut-on proposer ?", "jusqu'à quand pouvons-nous déposer ?", "peut-on
# encore répondre ?", "on peut déposer après le 11 ?").
_ASKS_WHAT = re.compile(r"\b(?:quel\w*|quand|comment|combien|pourquoi|quoi|jusqu|lequel|laquelle|lesquel\w*"
                        r"|encore|toujours|still|apres|avant|tard)\b")
# A name on its own ("Bonjour, je me présente : Claire Martin, ..."): one to
# three capitalised words.
_NAME = re.compile(r"\s*[A-ZÀ-Ý][a-zà-ÿ'-]+(?: [A-ZÀ-Ý][a-zà-ÿ'-]+){0,2}[\s.,:;!]*")
# Where small talk comes from ("Bonjour de Montpellier !", "bonne soirée
# depuis Albi"): one to three capitalised words after "de", "depuis", "from".
_FROM_PLACE = re.compile(r"\b(?:de|depuis|from) (?:l['’]|la |le |les )?[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*(?: [A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*){0,2}")

# The most words of an item of a list ("dépôt, sélection, mise en œuvre").
LISTED_ITEM_WORDS = 3
# Where a clause goes on with another proposition (each must say who writes),
# and the words that make one a question (folded text).
_COORDINATION = re.compile(r" (?:et|mais|and|but) ")
# (not the "si" of "même si", a concession)
_INTERROGATIVE = re.compile(r"\b(?:quel\w*|quand(?! meme)|comment|combien|pourquoi|est ce|(?<!meme )si)\b")
# A word in passing between "peut-il" and what may be done ("peut-il simplement être partenaire ?").
_IN_PASSING = r"(?: (?:aussi|egalement|simplement|seulement|vraiment|juste))?"
# The pronoun that repeats the subject of such a question, left out as often as not in a message
# ("une MJC peut candidater ?").
_SUBJECT_PRONOUN = r"(?:(?: t)? (?:il|elle|ils|elles))"
# Without it, a pronoun before the verb is the subject ("..., on peut déposer le soir même ?"),
# and the question is about doing, not about who: no subject of the kind.
_NO_PRONOUN_BEFORE = "".join(rf"(?<!\b{word} )" for word in (
    "on", "nous", "je", "tu", "vous", "il", "elle", "ils", "elles", "qui", "que", "qu", "ce", "ca", "cela"))
# "may" (and "would"), and being allowed to, as folded text: shared by the questions below.
_MAY = r"(?:peut|peuvent|pourrait|pourraient)"
_ALLOWED_TO = r"(?: le droit de| la possibilite de)?"
# A question whether its subject may apply or join ("une agence immobilière peut-elle porter le
# projet", "un FJT a-t-il le droit de candidater"), as folded text: (the subject, the rest).
_MAY_APPLY_OR_JOIN = re.compile(
    r"(.+?) " + _NO_PRONOUN_BEFORE + "((?:(?:" + _MAY + "|doit|doivent)" + _SUBJECT_PRONOUN
    + "?|(?:a|ont)" + _SUBJECT_PRONOUN
    + ")" + _IN_PASSING
    + _ALLOWED_TO + r" (?:porter|candidater|postuler|deposer|rejoindre|participer|integrer"
    r"|repondre (?:a|au)(?: \w+)? (?:ami|appel)|avoir (?:l |le |un |une )?(?:accord|aval|feu vert|autorisation)"
    r"|faire partie|(?:entrer|etre) (?:dans|ds) (?:le |un |ce |notre |leur )?groupement|s associer"
    r"|etre (?:membres?|porteurs?|porteuses?|partenaires?|candidate?s?|chef de file|cheffe de file))\b.*)")
# Words that ask whether an activity may be done, other than "éligible" (folded text).
_MAY_BE_DONE_WORDS = r"(?:possibles?|envisageables?|acceptables?|valables?)"
# An activity asked eligible ("accompagner des étudiants décrocheurs vers l'emploi, c'est éligible"),
# as folded text, where "c'est" is "est": (the activity, the rest).
_IS_ELIGIBLE = re.compile(
    r"(.+?) ((?:(?:est ce que est|est ce|est|cest|ca|sa|cela)(?: une action| des actions)?|une action|des actions)"
    r" (?:eligibles?|financables?"
    r"|rentre dans|entre dans)\b.*"
    # "c'est une action possible ?"
    r"|(?:une action|des actions) " + _MAY_BE_DONE_WORDS + r"\b.*)")
_MAY_BE_DONE = re.compile(r"\b" + _MAY_BE_DONE_WORDS + r"\b")
# An activity told in the clause before, pointed back to and asked eligible ("..., cette action
# est-elle éligible ?", "..., cette action peut-elle être retenue ?"), as folded text: the subject is
# that clause. (Not any subject with "peut-il être financé": expenses are not activities.)
_POINTS_BACK_TO_ACTIVITY = re.compile(r"(?:cette|cet|ce|ces) (?:action|actions|activite|activites|idee)")
_ACTIVITY_POINTED_BACK = re.compile(
    r"\b(" + _POINTS_BACK_TO_ACTIVITY.pattern + r") (?:(?:est|sont) (?:il|elle|ils|elles)"
    r"|(?:peut|peuvent) (?:il|elle|ils|elles) etre) (?:eligibles?|financables?|retenue?s?|financee?s?|acceptee?s?)\b")
# The "c" of "c'est" in a text message ("..., c éligible ?"), which folding drops with the other single
# letters: written out before `_IS_ELIGIBLE` reads the question.
_TEXTED_C_EST = re.compile(r"\bc (?=(?:une action |des actions )?(?:[ée]ligible|finan[cç]able))", re.IGNORECASE)
# A question word in what reads as the subject of such a question: it asks when, where, how... not
# whether (folded text, where a "où" that asks reads "where"; "ou" is "où" only at its start, not
# in "une association ou un CCAS").
_ASKS_OTHER_THAN_WHETHER = re.compile(r"\b(?:quand|comment|combien|pourquoi|quel\w*|jusqu|where)\b|^ou\b")
# Whether the writers ("we", an organisation) may apply, and nothing more ("..., pouvons-nous
# déposer un projet ?"), as folded text without stop phrases: (the verb and what follows it).
_APPLYING = (r"(?:porter|candidater|postuler|deposer|repondre)"
             r"(?: (?:a|au|un|le|la|notre|ce|cet|cette|projet|dossier|candidature|ami|appel|spie|nous|aussi|y))*")
_WE_MAY_APPLY = re.compile(
    r"(?:pouvons nous|pourrions nous|peut on|pourrait on|on peut|on pourrait|nous pouvons"
    r"|(?:avons nous|a t on) le droit de) (" + _APPLYING + ") *")
# The same asked of a subject ("... peut-elle déposer un projet"), as `_MAY_APPLY_OR_JOIN` reads its rest.
_MAY_APPLY_ONLY = re.compile(_MAY + _SUBJECT_PRONOUN + "?" + _IN_PASSING + _ALLOWED_TO + " " + _APPLYING
                             + r"(?: (?:merci|cordialement|svp|stp|please))* *")
# A clause where the writer says what they are or do ("notre CCAS gère une épicerie sociale", "nous
# accompagnons des seniors"), as folded text; not their project ("notre projet a été refusé").
_WRITER_DOES = re.compile(r"(?:notre|mon|ma) (?!projets?\b|dossiers?\b|candidatures?\b|demandes?\b)\w+ \w+"
                          r"|nous (?!avons\b|sommes\b)\w+ons\b")
# Who writes, said as on the phone after a greeting ("Hello, c'est la mission locale", "Rebonjour,
# c'est Julie de la mission locale"): a clause without a question mark, as written.
_IT_IS = re.compile(r"\s*(?:[cC]['’]est|[vV]oici) (?:(?:(?:le|la|les|l['’]|une?) ?)?(?:mission locale|ccas|cias|caf"
                    r"|cap emploi|association|asso|mairie|commune|centre social|service|structure|d[ée]partement"
                    r"|conseil d[ée]partemental|cd)\b|moi\b|nous\b|[A-ZÀ-Ý][a-zà-ÿ])")
# The plainest of the subjects that may apply or join, and of the activities asked eligible
# (see _with_plain_subject): an association is the applicant the base speaks of most.
_PLAIN_APPLICANT = "une association"
_PLAIN_ACTIVITY = "cette action"
# A preposition just before a question word, as folded text ("jusqu" for "jusqu'à").
_PREPOSITION_BEFORE = re.compile(r"\b(?:jusqu|a|avant|apres|depuis|de|pour|par|avec|dans|sur|en|des|au|aux) $")


# Words of a question that point back to the sentence before it ("C'est la
# même structure ?", "s'il a ses chances", "leurs dates"). Not the "il" of
# "faut-il", "il y a", the "ce" of "est-ce que", nor "c'est quoi le RSA ?".
_BACK_WORDS = (
    r"(?:lui|eux|leurs?|[çc]a|cela|ceci|celui|celle|celles|ceux|cet|cette|ces|ce(?! qu)"
    r"|c['’]est(?! (?:quoi|qui) \w)|s['’]ils?|elle|elles|ils)(?![-\w])"
)
_POINTS_BACK = re.compile(r"(?<![-\w])" + _BACK_WORDS, re.IGNORECASE)
# A clause that opens on such a word, on "est-ce" or on the SMS "c" ("On veut
# un comité de pilotage, c'est ce que finance l'AMI ?", "...: est-ce
# finançable ?", "..., c prévu par l'AMI ?") is about the clause before it;
# not "..., c'est quand la date limite ?", a question, nor "..., le dépôt
# c'est jusqu'à quand ?", whose subject comes first. (A sentence "Est-ce
# envisageable ?" is read with the one before it as one text: see
# `_question_parts`.)
_OPENS_POINTING_BACK = re.compile(
    r"\s*(?:(?:et|mais|donc|alors) )?(?:est[- ]ce(?! qu)|c(?= )(?! (?:quoi|qui|koi|ki)\b)|" + _BACK_WORDS + r")"
    r"(?! (?:quand|ou|où|combien|comment|pourquoi)\b)",
    re.IGNORECASE,
)


# A clause that opens as a complement of the one before it ("toutes les dates
# de l'AMI, du lancement jusqu'à la mise en œuvre ?"): the range of the dates
# asked, not a question of its own. (Not "des", an article as often:
# "..., des actions de formation sont-elles éligibles ?")
_OPENS_AS_COMPLEMENT = re.compile(r"\s*(?:(?:du|de la)\s|de l['’])", re.IGNORECASE)
# Nor is a clause that says when or what for, and asks nothing of its own
# ("Quand saura-t-on si on est lauréat, après avoir déposé ?", "..., pour
# évaluer nos chances."; not "..., une fois déposé on sera fixés quand ?"), as
# folded text.
_OPENS_AS_WHEN = re.compile(r"\s*(?:apres (?:avoir|etre)|avant (?:de|d|d avoir)|une fois"
                            r"|(?:pour|afin de|afin d) [a-z]+(?:er|ir|re)\b)\b")
# A clause that says whose view is asked ("Selon le préfet, pourquoi le SPIE
# est-il essentiel ?"): the question that follows is not asked without it.
_ATTRIBUTION = re.compile(r"\s*(?:selon|d apres|according to|aux yeux (?:de|du|des|d))(?: \S+){1,4}\s*[,:]?\s*$")
# A question word other than "où", which folds like "ou" ("d'ici fin 2021 ou
# 2022, les 35 territoires ?" asks nothing before its comma).
_ASKS_WHO_WHAT_WHEN = re.compile(r"\b(?:qui|quoi)\b|" + _INTERROGATIVE.pattern)
# A question word in such a clause: it asks something after all.
_ASKS_ITSELF = re.compile(r"\bou\b|" + _ASKS_WHO_WHAT_WHEN.pattern)
# A last clause that only names what the question before it asks about ("Il
# dure combien, le projet ?", "Ça s'étend sur combien d'années, le projet ?"):
# the subject put at the end, as spoken French does, not a question of its
# own (when the clause before it has a question word of `_ASKS_WHO_WHAT_WHEN`).
# As folded text.
_DISLOCATED_SUBJECT = re.compile(
    r"\s*(?:le|la|les|l|ce|cet|cette|ces|notre|nos|votre|vos|leur|leurs|son|sa|ses)(?: \S+){1,2}\s*$")


# A concession after the question ("le département doit-il être membre même
# s'il ne porte pas le projet ?"), as folded text ("s'il" folds to "il"): the
# question is what comes before it.
_CONCESSION = re.compile(r" (?:meme si|meme il|meme ils|meme elle|meme elles|bien que|even if|even though) ")
# A clause that concedes ("si le CD refuse, on peut quand même déposer ?",
# "..., dans ce cas on fait comment ?") holds its condition in the clause
# before it: on its own it lost its subject.
_CONCEDES = re.compile(
    r"\b(?:quand m[eê]me|tout de m[eê]me|malgr[eé] (?:tout|cela|[cç]a)|dans ce cas|en ce cas|even so)\b",
    re.IGNORECASE,
)
# So does a clause dated by the clause before it ("Nos partenaires signent
# le 11 octobre, on peut déposer le soir même ?"): it asks about that date.
_DATED_BEFORE = re.compile(
    r"\b(?:le (?:soir|jour|matin|midi|lendemain) m[eê]me|ce jour[- ]l[aà]|la veille|le lendemain|the same day)\b",
    re.IGNORECASE,
)


# A line that closes a letter (folded), and the signature delimiters.
_CLOSING_LINE = re.compile(
    r"(?:(?:bien |tres )?cordialement|cdt|cdlt|bien a vous|(?:mes |nos )?(?:sinceres |meilleures )?"
    r"salutations(?: distinguees)?|(?:best |kind )?regards|envoye (?:de|depuis) mon \w+(?: \w+)?)"
)
_SIGNATURE_START = re.compile(r"--+|__+")
# The labels of an e-mail's subject line pasted as the question ("Objet :
# TR: attendus du cahier des charges"): they say nothing of the subject.
_MAIL_LABELS = re.compile(r"\A\s*(?:(?:objet|subject|re|tr|fwd?|fw)\s*:\s*)+", re.IGNORECASE)
# Up to where the writer takes back what they wrote ("Qui contacter ? Enfin,
# qui peut candidater plutôt ?", "Le SPIE, pardon l'AMI, c'est quoi ?"): the
# last such word after a pause, and what follows it is the question.
_TAKEN_BACK = re.compile(
    r"\A.*(?:[,.;:!?…]|\s-)\s*(?:euh,?\s+)?(?:enfin je veux dire|je veux dire|ou plut[oô]t|plut[oô]t"
    r"|non|pardon|enfin|oups|I mean|sorry)\s*(?:,|:|…|\.\.\.)?\s+(?=[^\W\d_])",
    re.IGNORECASE | re.DOTALL,
)


class Outcome(str, Enum):
    ANSWERED = "answered"
    SUGGESTED = "suggested"
    UNANSWERED = "unanswered"
    SMALLTALK = "smalltalk"


@dataclass(frozen=True)
class Candidate:
    entry: Entry
    score: float


@dataclass(frozen=True)
class MatchResult:
    question: str
    outcome: Outcome
    entry: Entry | None
    score: float
    suggestions: tuple[Candidate, ...] = ()


_DOUBLED = re.compile(r"(.)\1+")
# A "q" that no "u" follows may be the "a" of a French keyboard typed on an
# English one, where the two keys swap ("lq dqte limite"), when that reads a
# known word ("qand" lost its "u"); "cinq" and "FAQ" keep theirs.
_QWERTY_A = re.compile(r"(?<!cin)(?<!\bfa)q(?!u)")
# An elided article or pronoun whose apostrophe was not typed: "lami", "cest",
# "dinsertion", "quil". Only before a vowel or an h, as French elides.
_ELISION = re.compile(r"(?:qu|[cdjlmnst])(?=[aeiouyh])")
# The function words such an elision comes before.
_ELIDED_BEFORE = frozenset("est etait il ils elle elles on un une ai avons avez en y".split())


def _after_elision(word: str) -> str | None:
    """`word` without the elided article or pronoun it opens with ("lami":
    "ami"), or None if it opens with none."""
    elided = _ELISION.match(word)
    return word[elided.end():] if elided else None


def _plural_of_function_word(word: str, nearest: str) -> bool:
    """`word` is the plural of the function word it is nearest to: a content
    word, not a typo ("limite de caractères" is not "à caractère social")."""
    return nearest in STOPWORDS and word in (nearest + "s", nearest + "x")


def _drops_letters(typed: str, word: str) -> bool:
    """`typed` is `word` with letters left out."""
    letters = iter(word)
    return len(typed) < len(word) and all(letter in letters for letter in typed)


def _by_dropped_letter(words: Iterable[str]) -> dict[str, list[str]]:
    """The 5-letter words of `words`, in their order, by each 4-letter word
    that one dropped letter leaves."""
    found: dict[str, list[str]] = defaultdict(list)
    for word in words:
        if len(word) == SHORT_WORD + 1:
            for dropped in {word[:i] + word[i + 1:] for i in range(len(word))}:
                found[dropped].append(word)
    return dict(found)


def undouble(word: str) -> str:
    """`word` with every doubled letter single ("appel": "apel")."""
    return _DOUBLED.sub(r"\1", word)


# Words this long or shorter are too short for most typo corrections.
SHORT_WORD = 4
# A sound (see `sound_key`) this short is too common to say which word was meant.
MIN_SOUND_KEY = 4
# A word cut short ("selec", "candid", "dispo") is read as the known words
# it begins when they all mean one thing, and when there are no more than
# this many of them.
MAX_COMPLETIONS = 12


def max_edits(word: str) -> int:
    """How many typos a word of this length may carry and still be corrected."""
    if len(word) <= SHORT_WORD or word.isdigit():  # "raté" is not a typo of "date"
        return 0
    return 1 if len(word) <= 9 else 2


class Analyzer:
    """Turns text into matching terms, knowing the vocabulary of the base."""

    def __init__(self, synonyms: SynonymTable, known_words: Counter[str],
                 known_dates: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.synonyms = synonyms
        # The dates the base writes, as pairs of words (see `is_date_pair`).
        self._known_dates = known_dates
        self._months_with_days = {month for day, month in known_dates if is_day_of_month(day, month)}
        # Typos are corrected towards the words of the base (most frequent
        # first, so that ties favour them), then those of the synonyms, then
        # function words: "voudrasi", "Bonjoour" or "exatcement" left as they
        # are would weigh as unknown words.
        candidates = [w for w, _ in known_words.most_common()]
        base_words = set(known_words)
        synonym_words = synonyms.words()
        # Not the words of places the documents do not name ("Ille-et-Vilaine", "la Marne"): known,
        # but no typo is corrected towards them ("tarne" is the Tarn) nor split into them ("feuille").
        self._place_words = synonym_words - synonyms.words(besides=(OTHER_REGION,)) - base_words
        candidates += sorted(synonym_words - self._place_words - base_words)
        # Short function words are too near content words ("coute" is not "toute").
        candidates += sorted(w for w in STOPWORDS - synonym_words - base_words
                             if len(w) >= MIN_CORRECTED_STOPWORD)
        self._vocabulary = [w for w in candidates if max_edits(w)]
        # Known content words in alphabetical order, for words cut short.
        self._sorted_content_words = sorted(w for w in self._vocabulary if w not in STOPWORDS)
        self._known = base_words | synonym_words | STOPWORDS
        # Known 5-letter words by each 4-letter word a dropped letter leaves
        # ("quad": "quand", "apel": "appel"), most frequent first: the
        # commonest slips, corrected even in words too short for other typos.
        self._by_dropped_letter = _by_dropped_letter(self._vocabulary)
        # Short function words the same way ("etit": "etait"), tried after
        # the base's words and before a swap makes a content word of one
        # ("etit" is not "ETTI").
        in_vocabulary = set(self._vocabulary)
        self._function_word_by_dropped_letter = _by_dropped_letter(sorted(STOPWORDS - in_vocabulary))
        # Known 4-letter words by each swap of two letters after the first
        # ("spei", "sipe": "spie"), for the same reason.
        self._by_swapped_letters: dict[str, list[str]] = defaultdict(list)
        for word in sorted(w for w in self._known if len(w) == SHORT_WORD):
            for i in range(1, SHORT_WORD - 1):
                swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
                if swapped != word:
                    self._by_swapped_letters[swapped].append(word)
        self._by_swapped_letters = dict(self._by_swapped_letters)
        self._stems: set[str] = set()
        self._counted: set[str] = set()  # see `set_counted`
        self._same_terms: frozenset[str] | None = None  # see `set_same_terms`
        self._answers_numbers: set[str] = set()
        # Memos of each word's term and of each unknown word's correction,
        # bounded: questions bring endless unknown words.
        self._term_of: dict[str, str] = {}
        self._corrected: dict[str, str] = {}

    def set_stems(self, stems: set[str]) -> None:
        self._stems = stems
        self._term_of = {}
        self._corrected = {}

    def set_counted(self, counted: Iterable[str], numbers: Iterable[str]) -> None:
        """What the base's phrasings count: the content words after their
        "combien" ("combien de territoires"), after `set_stems`; and the
        numbers its answers write ("3 territoires" in Occitanie)."""
        self._counted = {self.term(word) for word in counted}
        self._answers_numbers = set(numbers)

    def set_same_terms(self, same_terms: Iterable[str]) -> None:
        """The terms whose two names in one text ask whether they are the
        same thing (see `SynonymTable.apply`): those the base asks it of
        ("France Travail et Pôle emploi, c'est pareil ?"), not others ("le
        maire d'une commune", "en ligne ou par courrier")."""
        self._same_terms = frozenset(same_terms)

    def correct(self, word: str) -> str:
        if word in self._known:
            return word
        found = self._corrected.get(word)
        if found is None:
            found = self._correction(word)
            if len(self._corrected) < MEMO_SIZE:
                self._corrected[word] = found
        return found

    def _correction(self, word: str) -> str:
        if (once := without_elongation(word)) != word:  # "quaaand", "spiiie"
            return self.correct(once)
        if is_time_word(word):  # one the base never mentions asks about a time
            return TIME_ASKS
        if (azerty := _QWERTY_A.sub("a", word)) in self._known:  # "lq dqte": a French keyboard's "a"
            return azerty
        known = self._known_spelling(word)
        if known is not None:
            return known
        long_word = len(word) >= TYPO_FIRST_LENGTH
        nearest = self._nearest(word) if long_word else None
        if nearest and nearest[1] <= 1:  # one slip in a long word ("prefectuer") is a typo
            return nearest[0]
        listed = self.synonyms.listed_form(word)
        if listed is not None:
            return listed
        if not long_word:
            nearest = self._nearest(word)
        if nearest:
            return nearest[0]
        if stem(word) in self._stems:  # "proposed" meets "proposées" by its stem
            return word
        return (self.synonyms.listed_english_form(word) or self._completion(word) or self._spoken_spelling(word)
                or self._joined_words(word) or self._sounded_alike(word) or word)

    def _joined_words(self, word: str) -> str | None:
        """The two known words `word` is, typed without the space between
        them, one of them at least a content word ("datelimite": "date limite")."""
        for i in range(MIN_JOINED_PART, len(word) - MIN_JOINED_PART + 1):
            left, right = word[:i], word[i:]
            if ({left, right} <= self._known and not {left, right} & self._place_words
                    and not (left in STOPWORDS and right in STOPWORDS)):
                return f"{left} {right}"
        return None

    def _spoken_spelling(self, word: str) -> str | None:
        """The content word `word` is, written as it sounds (see SPOKEN_ENDINGS),
        with at most one more slip."""
        for sounded, written in SPOKEN_ENDINGS:
            if len(word) <= SHORT_WORD or not word.endswith(sounded):
                continue
            found = self._with_one_slip(word[: -len(sounded)] + written)
            if found is not None and found not in STOPWORDS:
                return found
        return None

    def _sounded_alike(self, word: str) -> str | None:
        """The known content word `word` sounds like ("teritoir": "territoire",
        "laccor": "accord", see `sound_key`), when every known word that
        sounds so means one thing."""
        for written in (word, _after_elision(word)):
            if written is None or len(written) <= SHORT_WORD:
                continue
            key = sound_key(written)
            alike = self._words_by_sound.get(key, ()) if len(key) >= MIN_SOUND_KEY else ()
            if found := self._shortest_of_one_meaning(alike):
                return found
        return None

    @cached_property
    def _words_by_sound(self) -> dict[str, list[str]]:
        """Known content words by what they sound like, built the first time
        a word needs it (most questions never do)."""
        by_sound: dict[str, list[str]] = defaultdict(list)
        for known in self._sorted_content_words:
            by_sound[sound_key(known)].append(known)
        return dict(by_sound)

    def _completion(self, word: str, cut_short: bool = False) -> str | None:
        """The shortest known word that `word` begins ("selec": "selection"),
        when every known word it begins has the same terms (not "publi":
        "public", "publication"); a word too short for typos only if it was
        `cut_short`."""
        if not (cut_short or max_edits(word)):
            return None
        words = self._sorted_content_words
        start = end = bisect_left(words, word)
        while end < len(words) and words[end].startswith(word) and end - start <= MAX_COMPLETIONS:
            end += 1
        completions = words[start:end]
        if not completions or len(completions) > MAX_COMPLETIONS:
            return None
        return self._shortest_of_one_meaning(completions)

    def _shortest_of_one_meaning(self, words: Sequence[str]) -> str | None:
        """The shortest of `words` when they all have the same terms."""
        meanings = {tuple(self.terms_of(self.content_words(known))) for known in words}
        return min(words, key=len) if len(meanings) == 1 else None

    def _known_spelling(self, word: str) -> str | None:
        """The known word `word` is after an elision typed without its
        apostrophe ("lami", "cest"), or, for a word too short to correct
        other typos, after one common slip (see `_short_slip`)."""
        found = self._short_slip(word)
        rest = _after_elision(word)
        if found is not None or rest is None:
            return found
        if rest in self._known:  # "taux" is not "t'aux": only a content word, or "c'est", "qu'il"...
            return rest if rest in _ELIDED_BEFORE or rest not in STOPWORDS else None
        return self._doubled_slip(rest)  # "lapel": no second slip of another kind

    def _short_slip(self, word: str) -> str | None:
        """A 4-letter word with one letter of a double dropped ("apel"), or
        else with one letter dropped or two swapped when only one known word
        fits ("quad", "spei"): the only slips corrected in words too short
        for other typos ("raté" is not "date")."""
        found = self._doubled_slip(word)
        for slips in (self._by_dropped_letter, self._function_word_by_dropped_letter, self._by_swapped_letters):
            if found is None:
                fitting = slips.get(word, ())
                found = fitting[0] if len(fitting) == 1 else None
        return found

    def _doubled_slip(self, word: str) -> str | None:
        """The most frequent known word `word` is with one letter of a double dropped."""
        single = undouble(word)
        return next((w for w in self._by_dropped_letter.get(word, ()) if undouble(w) == single), None)

    def _nearest(self, word: str) -> tuple[str, int, int] | None:
        """The closest known word within the typos `word` may carry."""
        if not max_edits(word):
            return None
        found = process.extractOne(word, self._vocabulary, scorer=OSA.distance, score_cutoff=max_edits(word))
        if found is None or _plural_of_function_word(word, found[0]):
            return None
        # "premiere" is "premier" with an ending (not "premieres" cut short); "adress" is "adresse"
        if word.startswith(found[0]) or _drops_letters(word, found[0]):
            return found
        # a letter dropped inside a word is a commoner slip than a wrong one or one too many: "nobre"
        # is "nombre" before the more frequent "notre", "novmbre" "novembre" before "nombre" (but an
        # ending left out is another word: "forme" is not "former")
        tied = process.extract(word, self._vocabulary, scorer=OSA.distance, score_cutoff=found[1], limit=None)
        return next((c for c in sorted(tied, key=lambda c: c[2]) if c[1] == found[1]
                     and _drops_letters(word, c[0]) and not c[0].startswith(word)), found)

    def canonical(self, term: str) -> str:
        """The shortest known stem that is a long enough prefix of `term`."""
        if JOINER in term:  # a synonym's own token: never shortened
            return term
        return next((term[:size] for size in range(MIN_SHARED_PREFIX, len(term))
                     if term[:size] in self._stems), term)

    def term(self, word: str) -> str:
        """The matching term of a content word: its stem, or a shorter known one."""
        found = self._term_of.get(word)
        if found is None:
            found = self.canonical(stem(word))
            if len(self._term_of) < MEMO_SIZE:
                self._term_of[word] = found
        return found

    def content_words(self, folded: str) -> list[str]:
        """Synonym-rewritten words of folded text, without function words."""
        words = self.synonyms.apply(drop_stop_phrases(folded).split(), self._same_terms)
        return [w for w in words if w not in STOPWORDS]  # = not is_stopword(w); hot at load

    def words(self, text: str, correct: bool = True) -> list[str]:
        """Folded, corrected, synonym-rewritten content words."""
        if correct:
            if _SPELLED_LETTERS.search(text):
                text = _SPELLED_LETTERS.sub(self._known_acronym, text)
            text = _PLACE_NAME.sub(self._without_unknown_name, text)
            if "pas" in text.lower():
                text = _NOT_THIS.sub("", text)
            if "ami" in text:
                text = _FRIEND.sub(lambda friend: friend[1] or "", text)
        folded = fold(text)
        if correct:
            # before correcting: words of stop phrases are not all known ("en
            # matière de" must not become "en manière de")
            words = self._rejoined(drop_stop_phrases(folded).split())
            folded = " ".join(self._correct_at(words, i) for i in range(len(words)))
        return self.content_words(folded)

    def _rejoined(self, words: list[str]) -> list[str]:
        """`words` with a content word typed in two pieces made one again
        ("candi dater", "terri toires", "co-ordination"): two unknown pieces
        that together are a known content word, maybe with one slip. A known
        piece stays apart ("de partager" is not "départager")."""
        known = self._known
        if all(word in known for word in words):
            return words
        rejoined: list[str] = []
        for word in words:
            if rejoined and rejoined[-1] not in known and word not in known:
                whole = self._with_one_slip(rejoined[-1] + word)
                if whole is not None and self._is_content_word(whole):
                    rejoined[-1] = whole
                    continue
            rejoined.append(word)
        return rejoined

    def _with_one_slip(self, word: str) -> str | None:
        """`word` if known, else the known word one slip away, if any."""
        if word in self._known:
            return word
        nearest = self._nearest(word)
        return nearest[0] if nearest and nearest[1] <= 1 else None

    def _known_acronym(self, letters: re.Match[str]) -> str:
        """Letters spelled out one by one ("c'est quoi le S P I E", dictated)
        are the word of the base they spell, if any ("il y a à" is not one)."""
        word = fold(letters[0].replace(" ", ""))
        if self._is_content_word(word):
            return word
        if word[:1] in ("l", "d") and self._is_content_word(word[1:]):  # "l A M I": the letters after "l'"
            return f"{word[0]} {word[1:]}"
        return letters[0]

    def _without_unknown_name(self, place: re.Match[str]) -> str:
        """The preposition and its name, the name read as "territoire" if no
        word of it is known to the base, even corrected ("Montpellier"; not
        "Occitanie", "Bretagne", nor "Pole Emploi" or a misspelt "Ocitanie").
        Dropping the name instead answered questions where the place is the
        subject ("où se trouve la préfecture de Toulouse ?")."""
        if any(self.correct(word) in self._known or word.isdigit() for word in fold(place[1]).split()):
            return place[0]
        return place[0][: place.start(1) - place.start(0)] + "territoire"

    def _is_content_word(self, word: str) -> bool:
        return word in self._known and word not in STOPWORDS

    def _correct_at(self, words: list[str], i: int) -> str:
        """`words[i]` corrected; a date the base never writes ("le 12
        octobre") asks about a time, as an unknown month does."""
        if self._is_unwritten_date(words, i):
            return TIME_ASKS
        if self._is_unwritten_count(words, i):
            return COUNT_ASKS
        word = words[i]
        if i == len(words) - 1 and len(word) == SHORT_WORD and word not in self._known:
            # a message sent before its last word was finished ("mise en oeuv")
            return self._completion(word, cut_short=True) or self.correct(word)
        return self.correct(word)

    def _is_unwritten_count(self, words: list[str], i: int) -> bool:
        """`words[i]` is a number the base never writes, of something its
        questions count ("il y aura 50 territoires ?": the base writes 35):
        it asks how many. Other numbers ("depuis 10 ans", a phone number)
        stay unknown words, and the base's own (31, 14, the 3 territories
        of its answers) stay its facts."""
        word = words[i]
        if (not word.isdigit() or word in self._known or word in self._answers_numbers or is_time_word(word)
                or i + 1 >= len(words)):
            return False
        counted = self.terms_of(self.content_words(self.correct(words[i + 1])))
        return bool(counted) and counted[0] in self._counted

    def _is_unwritten_date(self, words: list[str], i: int) -> bool:
        """`words[i]` is part of a date the base never writes ("le 11
        novembre", "en mars 2022"): it asks about a time, and the 11 octobre
        of the deadline or the mars 2020 of the experiments are no evidence.
        A date is known by its first pair ("11 octobre 2021" is the deadline
        the base writes "11 octobre"); the month of an unknown day stays when
        the base writes a day of that month ("le 12 octobre" is near the
        deadline)."""
        start = end = i
        while start > 0 and is_date_pair(words[start - 1], words[start]):
            start -= 1
        while end + 1 < len(words) and is_date_pair(words[end], words[end + 1]):
            end += 1
        if end == start or (words[start], words[start + 1]) in self._known_dates:
            return False
        if i == start + 1 and is_day_of_month(words[start], words[i]):
            return words[i] not in self._months_with_days
        return True

    def terms_of(self, content_words: list[str]) -> list[str]:
        memo, term = self._term_of, self.term
        return [memo.get(w) or term(w) for w in content_words]

    def terms(self, text: str, correct: bool = True) -> list[str]:
        return self.terms_of(self.words(text, correct))


@dataclass(frozen=True)
class Scored:
    """One phrasing's scores against a question."""

    entry_index: int
    text: str
    score: float
    evidence: float
    coverage: float
    form: float


class Matcher:
    """Answers questions from one knowledge base (immutable once built)."""

    @collector_paused()
    def __init__(self, kb: KnowledgeBase, thresholds: Thresholds, max_chars: int = 500) -> None:
        self.kb = kb
        self.thresholds = thresholds
        self.max_chars = max_chars
        self._entries = kb.questions()
        self._position_of = {entry.id: index for index, entry in enumerate(self._entries)}
        self._about_first_call = {entry.id for entry in self._entries if _NAMES_FIRST_CALL.search(fold(entry.answer))}
        self._build_index()
        # What a piece of a message may hold and still have lost its subject.
        self._subjectless = QUESTION_WORDS | set(SUBJECTLESS_WORDS)
        self._postings = self._build_postings()
        self._smalltalk = {
            (entry.id, i): " ".join(sorted(set(split_words(p))))
            for entry in kb.smalltalk()
            for i, p in enumerate(entry.phrasings)
        }
        # The words of each small-talk entry (all its phrasings together), and of all of them.
        entry_words: dict[str, set[str]] = defaultdict(set)
        for (entry_id, _), words in self._smalltalk.items():
            entry_words[entry_id].update(words.split())
        self._smalltalk_entry_words = [frozenset(words) for words in entry_words.values()]
        self._smalltalk_words = frozenset().union(*self._smalltalk_entry_words)
        # The same without single letters, which say nothing on their own
        # ("a+" folds to "a", a subset of every message with "à").
        self._smalltalk_lettered = {
            key: lettered for key, words in self._smalltalk.items()
            if (lettered := " ".join(w for w in words.split() if len(w) > 1))
        }

    # --- building the index (once) -------------------------------------

    def _build_index(self) -> None:
        """Analyse every phrasing once: vocabulary, stems, weights, phrasings."""
        # A large base writes the same phrasing, or the same once folded, in
        # many entries ("date limite ?"): each distinct text is analysed once.
        distinct = dict.fromkeys(text for entry in self._entries for text in entry.phrasings)
        folded_of = {text: fold(text) for text in distinct}
        folded = [
            (index, text, folded_of[text])
            for index, entry in enumerate(self._entries)
            for text in entry.phrasings
        ]
        every_phrasing = "\n".join(f for _, _, f in folded)
        known_words = Counter(every_phrasing.split())  # split in C: 1M words at 10,000 entries
        self.analyzer = Analyzer(self.kb.synonyms, known_words, frozenset(date_pairs(every_phrasing)))
        content_of = {f: self.analyzer.content_words(f) for f in dict.fromkeys(folded_of.values())}
        self.analyzer.set_stems({stem(w) for words in content_of.values() for w in words})
        self.analyzer.set_same_terms(word for words in content_of.values() if SAME_TERM in words
                                     for word in words if JOINER in word)
        asking_counts = map(self.analyzer.content_words, lines_with(every_phrasing, COUNT_ASKS))
        self.analyzer.set_counted((after for words in asking_counts
                                   for word, after in zip(words, words[1:], strict=False) if word == COUNT_ASKS),
                                  (word for entry in self._entries if DIGIT.search(entry.answer)
                                   for word in fold(entry.answer).split() if word.isdigit()))
        terms_of = {f: frozenset(self.analyzer.terms_of(words)) for f, words in content_of.items()}
        analysed = [(index, text, terms_of[f]) for index, text, f in folded]
        terms_by_entry: dict[int, set[str]] = defaultdict(set)
        for index, _, terms in analysed:
            terms_by_entry[index] |= terms
        document_frequency: Counter[str] = Counter()
        for terms in terms_by_entry.values():
            document_frequency.update(terms)
        self._document_frequency = dict(document_frequency)
        count = max(len(self._entries), 1)
        self._idf = {t: math.log(1 + count / df) for t, df in document_frequency.items()}
        region_terms = self._region_terms()
        self._entry_terms = {index: frozenset(terms | region_terms.get(self._entries[index].region, set()))
                             for index, terms in terms_by_entry.items()}
        for term in {self.analyzer.term(word) for word in POSSESSIVES} & self._idf.keys():
            self._idf[term] *= POSSESSIVE_WEIGHT_FACTOR
        # Terms a phrasing may ask without a question being the less like it
        # for not asking them (see `_own_weights`).
        self._optional_terms = frozenset({self.analyzer.term(WHERE)} & self._idf.keys())
        self._unknown_weight = UNKNOWN_WEIGHT_FACTOR * math.log(1 + count)
        # One parallel list per attribute of a phrasing (position = index):
        # compact in memory and quick to unpickle from the index cache.
        kept = [(index, text, terms) for index, text, terms in analysed if terms]
        self._entry_of = [index for index, _, _ in kept]
        self._texts = [text for _, text, _ in kept]
        self._terms = [terms for _, _, terms in kept]
        self._weights = [sum(self._idf[t] for t in terms) for terms in self._terms]
        self._forms = [" ".join(sorted(terms)) for terms in self._terms]

    def _region_terms(self) -> dict[str, set[str]]:
        """The terms of each region some entry is true of only. Such an entry
        is about its region even where its phrasings do not name it: "mail
        communication Occitanie" asks the Occitanie contacts no less than
        "mail communication" does. (Only a region some phrasing names has a
        weight to count.) Each region is analysed once, however many entries."""
        regions = {entry.region for entry in self._entries if entry.region is not None}
        return {region: set(self.analyzer.terms(region)) & self._idf.keys() for region in regions}

    def _build_postings(self) -> dict[str, list[int]]:
        """Phrasings by term. A phrasing made only of question words ("jusqu'à
        quand ?") answers that very question and nothing else: it is kept
        apart, in `_bare_questions`, so that it does not pull every question
        with "jusqu'à quand" towards its entry."""
        postings: dict[str, list[int]] = defaultdict(list)
        self._bare_questions: dict[frozenset[str], dict[int, float]] = defaultdict(dict)
        for position, terms in enumerate(self._terms):
            if terms <= QUESTION_WORDS:
                self._bare_questions[terms][position] = self._weights[position]
                continue
            for term in terms:
                postings[term].append(position)
        self._bare_questions = dict(self._bare_questions)
        return dict(postings)

    def entries_with(self, term: str) -> int:
        """How many entries use `term` in some phrasing."""
        return self._document_frequency.get(term, 0)

    def known_terms(self) -> set[str]:
        """Every term some phrasing of the base contains."""
        return set(self._idf)

    def weight(self, term: str) -> float:
        if term == OTHER_REGION:
            return self._unknown_weight * OTHER_REGION_WEIGHT_FACTOR
        return self._idf.get(term, self._unknown_weight)

    # --- answering -----------------------------------------------------

    def match(self, question: str, exclude: str | None = None) -> MatchResult:
        """The outcome for `question` (`exclude`: see `rank`), read without
        what only its form adds (see `_as_read`); the result keeps the
        question as it was asked."""
        read = self._as_read(question)
        result = self._match(read, exclude)
        if (taken_back := _TAKEN_BACK.match(read)) and (self._question_terms(read[taken_back.end():]) - QUESTION_WORDS):
            # what follows is the question when it is one on its own ("Qui contacter ? Enfin, qui
            # peut candidater plutôt ?"); else it only refines ("Où déposer ? Je veux dire, sur quel site ?")
            corrected = self._match(read[taken_back.end():], exclude)
            if corrected.outcome is Outcome.ANSWERED:
                result = corrected
        return result if result.question == question else replace(result, question=question)

    @staticmethod
    def _as_read(question: str) -> str:
        """`question` without an e-mail subject's labels ("Objet : TR:")."""
        return _MAIL_LABELS.sub("", question)

    def _match(self, question: str, exclude: str | None) -> MatchResult:
        """The outcome for `question`.

        A message of several sentences or clauses ("Bonjour, je suis ... dans
        le Gers. Petite question : pouvons-nous candidater ?") is also tried
        piece by piece (see `_question_parts`): context is often unknown words
        that hide a clear question, or known ones ("question") that point
        elsewhere. A piece answered with a higher score than the whole
        message (or when the whole is not answered) gives the answer; a
        whole message answered with confidence is kept as it is.
        """
        text = without_signature(question[: self.max_chars])
        terms = self._question_terms(text)
        result = self._decide(question, text, terms, exclude)
        if result.outcome is Outcome.ANSWERED and result.score >= self.thresholds.confident:
            # "Bonjour, ici la mission locale de Nîmes": who writes, before the question
            return (self._greeting_with_introduction(question, text)
                    or self._unless_left_unexplained(text, terms, result))
        result = self._best_piece(question, text, terms, exclude, result)
        result = self._unless_left_unexplained(text, terms, result)
        result = self._unless_written_for_oneself(text, terms, result)
        if result.outcome in (Outcome.SUGGESTED, Outcome.UNANSWERED):
            smalltalk = (self._smalltalk_clauses(question, text)
                         or self._smalltalk_words_only(question, text, courtesy_only=not terms)
                         or self._greeting_with_introduction(question, text))
            return smalltalk or result
        if result.outcome is Outcome.ANSWERED:
            # "ok d'accord": every word is small talk, even if one ("accord")
            # also means something in a question.
            return (self._smalltalk_words_only(question, text) or self._greeting_with_introduction(question, text)
                    or result)
        return result

    def _unless_left_unexplained(self, text: str, terms: frozenset[str], result: MatchResult) -> MatchResult:
        """`result`, or only a suggestion of its entry when that entry leaves
        unexplained what is counted, the question of a message with context,
        or the region asked about (`terms`: the whole message's)."""
        result = self._unless_the_counted_thing_is_unexplained(text, result)
        result = self._unless_another_region_is_asked(terms, result)
        result = self._unless_the_other_call_is_asked(terms, result)
        result = self._unless_the_first_call_is_asked(text, terms, result)
        return self._unless_the_question_is_left_unexplained(text, result)

    def _unless_the_other_call_is_asked(self, terms: frozenset[str], result: MatchResult) -> MatchResult:
        """`result`, or only a suggestion of its entry when that entry is about
        the first call and the question names the second one only
        ("L'Occitanie aura-t-elle des lauréats au second appel ?" is not asking
        who won the first)."""
        if (result.outcome is not Outcome.ANSWERED or result.entry is None
                or SECOND_CALL not in terms or FIRST_CALL in terms):
            return result
        if FIRST_CALL in self._question_terms(result.entry.question):
            return _only_suggested(result)
        return result

    def _unless_the_first_call_is_asked(self, text: str, terms: frozenset[str], result: MatchResult) -> MatchResult:
        """`result`, or only a suggestion of its entry when the question names
        the first call only and the entry's answer does not speak of it ("Le
        premier AMI a duré combien de temps ?" is not asking when the second
        call's projects run)."""
        if (result.outcome is not Outcome.ANSWERED or result.entry is None or SECOND_CALL in terms
                or result.entry.id in self._about_first_call):
            return result
        # in the last sentence, which asks (not "Notre département a été retenu lors du premier
        # appel. Jusqu'à quand ... ?")
        if not _NAMES_FIRST_CALL.search(fold(_sentences(text)[-1])):
            return result
        return _only_suggested(result)

    def _unless_written_for_oneself(self, text: str, terms: frozenset[str], result: MatchResult) -> MatchResult:
        """`result`, or only a suggestion of its entry when the writer says
        who they are with words of no applicant ("Je suis au RSA depuis deux
        ans. À qui dois-je m'adresser ?"): a person asking for themselves,
        whom the answer (the press contact...) would mislead."""
        if result.outcome is not Outcome.ANSWERED or OUT_OF_SCOPE not in terms:
            return result
        if any(_SPEAKS_OF_ONESELF.match(fold(clause)) and OUT_OF_SCOPE in self._question_terms(clause)
               for clause in _clauses(text)):
            return _only_suggested(result)
        return result

    @staticmethod
    def _unless_another_region_is_asked(terms: frozenset[str], result: MatchResult) -> MatchResult:
        """`result`, or only a suggestion of its entry when that entry is true
        of one region and the question names another ("qui contacter à la
        préfecture de Bretagne ?" is not the Occitanie press contact)."""
        if result.outcome is not Outcome.ANSWERED or result.entry is None or OTHER_REGION not in terms:
            return result
        # the documents count territories for the whole country, not per region
        # ("combien de territoires seront retenus en Bretagne ?")
        if result.entry.region is None and COUNT_ASKS not in terms:
            return result
        return _only_suggested(result)

    def _unless_the_counted_thing_is_unexplained(self, text: str, result: MatchResult) -> MatchResult:
        """`result`, or only a suggestion of its entry when the question counts
        something ("combien d'euros par territoire ?") its entry does not
        speak of: it would answer another count."""
        # "combien" written out ("beaucoup de temps" also reads "combien", but counts nothing asked)
        if result.outcome is not Outcome.ANSWERED or result.entry is None:
            return result
        folded = fold(text)
        if COUNT_ASKS not in folded and not DIGIT.search(folded):  # a number may ask (see Analyzer)
            return result
        words = self.analyzer.words(text)
        if COUNT_ASKS not in words[:-1]:
            return result
        counted = self.analyzer.term(words[words.index(COUNT_ASKS) + 1])
        if counted in self._entry_terms[self._position_of[result.entry.id]] and not self._is_unwritten_rate(
                folded, result.entry):
            return result
        return _only_suggested(result)

    @staticmethod
    def _is_unwritten_rate(folded: str, entry: Entry) -> bool:
        """The question counts per unit ("combien de projets par département
        ?") and no phrasing of `entry` counts per that unit: the documents
        give totals, and an entry that speaks of départements gives no rate."""
        per = _PER_UNIT.search(folded)
        if per is None:
            return False
        per_unit = re.compile(r"\bpar (?:le |la |les |un |une |chaque )?" + re.escape(stem(per[1])))
        return not any(per_unit.search(fold(phrasing)) for phrasing in entry.phrasings)

    def _unless_the_question_is_left_unexplained(self, text: str, result: MatchResult) -> MatchResult:
        """`result`, or only a suggestion of its entry when the message has
        context and a question, and that entry explains the context rather
        than the question ("Notre projet a été retenu au premier AMI. Combien
        d'argent par projet ?" is not a question on the first AMI). Who
        writes is context too ("nous sommes un des départements retenus au
        premier AMI, peut-on recandidater ?")."""
        if result.outcome is not Outcome.ANSWERED or result.entry is None:
            return result
        sentences = _sentences_or_introduction_apart(text)
        asked = [s for s in sentences if s.rstrip().endswith("?") and not _POINTS_BACK.search(s)]
        if len(sentences) < 2 or not asked:
            return result
        entry_terms = self._entry_terms[self._position_of[result.entry.id]]
        # the question of a sentence may follow a comma ("Bonjour, je suis au CD, which actions are eligible?")
        questions = [own for clauses in map(_CLAUSE_START.split, asked) for i in range(len(clauses))
                     if (own := self._question_terms(_without_reason("".join(clauses[i:]))) - QUESTION_WORDS)]
        if self._explains_one(entry_terms, questions):
            return result
        # a subject the base does not know is read plainly there too ("Bonjour, ... Un centre de soins en
        # addictologie peut-il porter le projet ? svp" asks who may apply); read only when no clause is
        # explained, as `_best_piece` has already read it for the same message
        plain = [own for reading in self._with_plain_subject(text)
                 if (own := self._question_terms(reading) - QUESTION_WORDS)]
        if self._explains_one(entry_terms, plain) or not (questions or plain):
            return result
        return _only_suggested(result)

    def _explains_one(self, entry_terms: frozenset[str], questions: list[frozenset[str]]) -> bool:
        return any(self._explained_share(own, entry_terms) >= QUESTION_EXPLAINED_SHARE for own in questions)

    def _explained_share(self, terms: frozenset[str], entry_terms: frozenset[str]) -> float:
        return sum(self.weight(t) for t in terms & entry_terms) / sum(self.weight(t) for t in terms)

    def _best_piece(self, question: str, text: str, terms: frozenset[str], exclude: str | None,
                    result: MatchResult) -> MatchResult:
        """`result` (the whole message's), or a piece's answer that beats it."""
        # An answer depends only on the terms: a piece with the same terms as
        # the whole ("merci, qui peut candidater") or an earlier piece is skipped.
        tried: set[tuple[frozenset[str], frozenset[str]]] = {(terms, frozenset())}
        whole_terms = terms
        answered: list[tuple[frozenset[str], MatchResult, str]] = []
        parts = _question_parts(text)
        if "(" in text:  # "Le CD (notre partenaire historique) doit-il donner son accord ?"
            without_asides = _ASIDE.sub(" ", text)
            parts += [without_asides, *_question_parts(without_asides)]
        if plain := self._with_plain_introduction(text):
            parts.append(plain)
        parts += self._with_plain_subject(text) + self._with_plain_writer(text)
        # the sentence of a question that points back ("... sans lui ?") is not tried alone
        pointing_back = {part[1] for part in parts if isinstance(part, tuple)}
        for part in parts:
            if part in pointing_back:
                continue
            part, words, terms, context = self._piece_terms(part)
            # a piece of question words only ("..., et jusqu'à quand ?", "..., il se passe
            # combien de temps ?", "... Une idée de la date ?") lost its subject
            if (terms, context) in tried or set(words) <= self._subjectless:
                continue
            tried.add((terms, context))
            partial = self._decide(question, part, terms, exclude, context)
            if partial.outcome is Outcome.ANSWERED:
                answered.append((terms, partial, part))
        # A piece answered with confidence is not overruled by a piece with
        # only some of its terms ("on peut quand même déposer ?" of "pas
        # l'accord du CD, on peut quand même déposer ?"): it lost the subject.
        confident = [terms for terms, partial, _ in answered if partial.score >= self.thresholds.confident]
        # Nor is the whole message, or a piece, answered with the first call named by a piece
        # that leaves it out ("Le premier AMI de décembre 2020, combien de lauréats ?": not
        # "combien de lauréats ?").
        # Nor, by a clause of the sentence that names it ("#Occitanie premier AMI, qui a été retenu ?").
        first_call_asked = any(FIRST_CALL in asked for asked, _, _ in answered) or (
            result.outcome is Outcome.ANSWERED and FIRST_CALL in whole_terms)
        # (not when only its reason names it: "..., sachant que c'est notre première candidature ?")
        first_call_sentences = [fold(asked) for asked in map(_without_reason, _sentences(text))
                                if FIRST_CALL in self._question_terms(asked)] if FIRST_CALL in whole_terms else []
        # Nor is the entry the whole message leads with, by a piece that asks what "we" may do
        # and leaves out who "we" are ("Nous sommes une association de Seine-Saint-Denis,
        # pouvons-nous déposer un projet ?" asks who may apply, not how to submit).
        leading = _leading_entry(result) if answered and _says_who_writes(text) else None
        for terms, partial, part in answered:
            if any(terms < larger for larger in confident):
                continue
            if leading not in (None, partial.entry) and _asks_only_whether_we_may(part):
                continue
            if not terms & {FIRST_CALL, SECOND_CALL} and (
                    first_call_asked or any(fold(part) in sentence for sentence in first_call_sentences)):
                continue
            if result.outcome is not Outcome.ANSWERED or partial.score > result.score:
                result = partial
        return result

    def _with_plain_introduction(self, text: str) -> str | None:
        """The message without the words of its introduction that no phrasing
        of the base uses ("Nous sommes une petite association du Gers en zone
        rurale : pouvons-nous candidater ?" read as "nous sommes une
        association du gers : ..."), or None: who writes is context, and its
        unknown words would weigh like the question's own."""
        sentences = _sentences_or_introduction_apart(text)
        if len(sentences) < 2 or not _is_introduction(fold(sentences[0])):
            return None
        known = self._known_words(fold(sentences[0]))
        if known is None:
            return None
        return " ".join([*known, *sentences[1:]])

    def _known_words(self, folded: str) -> list[str] | None:
        """The words of folded text that some phrasing of the base uses, alone
        or in a phrase of several words ("demandeurs" in "demandeurs
        d'emploi"), or None when they all are (nothing to leave out)."""
        words = folded.split()
        known_terms = {term for term in self.analyzer.terms(folded) if term in self._idf}
        known = list(words)
        for word in words:
            if all(term in self._idf for term in self.analyzer.terms(word)):
                continue
            without = known.copy()
            without.remove(word)
            if known_terms <= set(self.analyzer.terms(" ".join(without))):
                known = without
        return None if len(known) == len(words) else known

    def _with_plain_subject(self, text: str) -> list[str]:
        """Readings of a question whether its subject may apply or join ("Une
        agence immobilière à vocation sociale peut-elle porter le projet ?")
        or whether an activity is eligible ("Aller vers les familles isolées
        des hameaux, est-ce une action éligible ?"), when the subject holds
        words that no phrasing of the base uses: without those words ("une a
        vocation peut-elle porter le projet"), and with a plain subject in
        its place ("une association peut-elle porter le projet"): whoever asks,
        and whatever the activity, the rule is the same."""
        asked = _subject_question(text)
        if asked is None:
            return []
        known = self._known_words(asked[1])
        if known is None:
            return []
        # (not when a name of several words, known as a whole, would be lost, "la Haute-Garonne",
        # nor what the subject says the documents do not speak of, "en redressement judiciaire",
        # nor another region, "le Finistère")
        kept = self._question_terms(" ".join(known))
        if any((term in self._idf or term in (OUT_OF_SCOPE, OTHER_REGION)) and term not in kept
               for term in self._question_terms(asked[1])):
            return []
        readings = [" ".join([*known, asked[2]])]
        if _ASKS_OTHER_THAN_WHETHER.search(asked[1]):  # "jusqu'à quand notre structure peut-elle déposer ?"
            return readings
        greeted = [word for word in known if not _OPENING_GREETING.fullmatch(word)]  # "salut une MJC ..."
        if STOPWORDS.issuperset(greeted) and _MAY_APPLY_ONLY.fullmatch(asked[2]):
            # (only function words known is no subject: "une MJC de quartier peut-elle déposer un
            # projet ?" is not "peut-on déposer un projet ?", how to submit)
            readings = []
        # ("une action possible" asks whether it is eligible, in the base's word)
        plain = f"{_plain_subject(asked)} {_MAY_BE_DONE.sub('eligible', asked[2])}"
        if asked.re is _IS_ELIGIBLE and self._is_a_subject_of_its_own(kept, self._question_terms(asked[1]), plain):
            return []
        return [*readings, plain]

    @staticmethod
    def _with_plain_writer(text: str) -> list[str]:
        """A question whether the writers may apply, after a clause where they
        say what they are or do ("Notre association accompagne les seniors
        demandeurs d'emploi, pouvons-nous candidater ?"), read with a plain
        applicant ("une association peut-elle candidater"): what they do weighs
        like the question's own words, and the rule is the same for all."""
        clauses = [" ".join(drop_stop_phrases(fold(clause)).split()) for clause in _clauses(text)]
        # (the last clause that asks it: a closing may follow, "Merci !")
        for i in reversed(range(1, len(clauses))):
            if asked := _WE_MAY_APPLY.fullmatch(clauses[i]):
                if any(_SPEAKS_OF_ONESELF.search(clause) or _WRITER_DOES.match(clause) for clause in clauses[:i]):
                    return [f"{_PLAIN_APPLICANT} peut elle {asked[1]}"]
                return []
        return []

    def _is_a_subject_of_its_own(self, kept: frozenset[str], subject: frozenset[str], plain: str) -> bool:
        """Whether what an activity keeps of its words (`kept`), which are most
        of it, is itself answered by an entry other than the plain reading's:
        "renforcer le comité de pilotage, c'est finançable ?" asks about
        governance; "aller chercher les personnes à la rue pour leur proposer
        un parcours vers l'emploi" is no plainer than the SPIE's ambition."""
        kept &= subject  # (a word may be a term only out of its phrase: "petite question")
        if sum(map(self.weight, kept)) < SUBJECT_KNOWN_SHARE * sum(map(self.weight, subject)):
            return False
        kept_alone = self._rank_terms(kept, None)
        return bool(kept_alone) and kept_alone[0].score >= self.thresholds.answer and (
            kept_alone[0].entry != self._rank_terms(self._question_terms(plain), None)[0].entry)

    def _piece_terms(self, part: str | tuple[str, str]) -> tuple[str, list[str], frozenset[str], frozenset[str]]:
        """The text of a piece, its words and terms, and the terms of its
        context: a question that points back to the sentence before it
        ("C'est la même structure ?") takes that sentence as context (see
        `_score_phrasings`)."""
        text, context = (part, None) if isinstance(part, str) else (part[1], part[0])
        words = self.analyzer.words(text)
        if context is not None and not words:
            # "Pouvez-vous m'expliquer ce que c'est ?": nothing of its own, one text with it
            text, context = f"{context} {text}", None
            words = self.analyzer.words(text)
        terms = frozenset(self.analyzer.terms_of(words))
        return text, words, terms, (self._question_terms(context) - terms if context is not None else frozenset())

    def _smalltalk_clauses(self, question: str, text: str) -> MatchResult | None:
        """Small talk when every clause of a message is ("merci, bonne soirée,
        au revoir"): the last one says what the person means to do."""
        clauses = [part for clause in _clauses(text) for part in _SMALLTALK_JOIN.split(clause) if split_words(part)]
        found = [self._smalltalk_match(clause) for clause in clauses]
        if len(found) < 2 or not all(found):
            return None
        last = found[-1]
        return MatchResult(question, Outcome.SMALLTALK, last.entry, round(min(c.score for c in found), 1))

    def _smalltalk_words_only(self, question: str, text: str, courtesy_only: bool = False) -> MatchResult | None:
        """Small talk when the message only has small-talk words ("merci c'est
        clair"), or besides them only function words ("t'es un robot ou
        pas") or courtesy formulas ("Parfait, merci pour votre aide, je
        transmets à mon équipe."), or only courtesy formulas and function
        words (`courtesy_only`: "merci infiniment pour ces réponses"): the
        entry with a phrasing made of some of them. Where it comes from
        ("Bonjour de Montpellier !") is not a word of a question either."""
        folded = fold(_FROM_PLACE.sub(" ", text))
        words = set(folded.split())
        # besides courtesy formulas ("Parfait, merci pour votre aide, je transmets à mon équipe.")
        # and function phrases ("merci quand même" does not ask when)
        besides_phrases = set(drop_stop_phrases(folded).split())
        if not words or besides_phrases & QUESTION_WORDS:
            return None
        content = words - STOPWORDS
        besides_courtesy = besides_phrases - STOPWORDS
        if not (courtesy_only or any(map(self._is_smalltalk_vocabulary, (words, content, besides_courtesy)))):
            return None
        lettered = " ".join(sorted(w for w in words if len(w) > 1))
        found = process.extract(lettered, self._smalltalk_lettered, scorer=fuzz.token_set_ratio,
                                score_cutoff=self.thresholds.smalltalk, limit=None)
        if not found:
            return None
        best = found[0][1]
        # "Bonjour, merci pour tout !": the greeting that opens a message is not what it says
        opening = _OPENING_GREETING.match(text)
        greeting = set(fold(opening[0]).split()) if opening else set()
        tied = [key for _, score, key in found if score == best]
        key = next((key for key in tied if not set(self._smalltalk_lettered[key].split()) <= greeting), tied[0])
        return MatchResult(question, Outcome.SMALLTALK, self.kb.entries[key[0]], round(best, 1))

    def _is_smalltalk_vocabulary(self, words: set[str]) -> bool:
        """Every one of `words` is used by small talk: by one entry, or by
        several ("cool merci bcp") when none is also a word of the questions'
        phrasings ("des infos en plus" takes "infos" from "merci pour les
        infos" and "plus" from "à plus": it asks for more information)."""
        if not words or not words <= self._smalltalk_words:
            return False
        if any(words <= entry_words for entry_words in self._smalltalk_entry_words):
            return True
        return not set(self.analyzer.terms_of(sorted(words - STOPWORDS))) & self._idf.keys()

    def _is_name(self, clause: str) -> bool:
        """A person's name on its own ("Claire Martin"), not a capitalised
        word of the base ("Bonjour, Candidature.")."""
        return _NAME.fullmatch(clause) is not None and not self._question_terms(clause) & self._idf.keys()

    def _greeting_with_introduction(self, question: str, text: str) -> MatchResult | None:
        """A greeting followed only by who writes ("Bonjour, je suis chargée
        de mission au CD du Gers."), with no question yet: answered as the
        greeting, which invites the question, rather than as a question the
        bot cannot answer."""
        if "?" in text:
            return None
        clauses = _clauses(text)
        if len(clauses) == 1 and (opening := _OPENING_GREETING.match(text)):
            clauses = [opening[0], text[opening.end():]]
        if len(clauses) < 2 or not all(_is_introduction(fold(clause)) or self._is_name(clause) or _says_it_is(clause)
                                       for clause in clauses[1:]):
            return None
        greeting = self._smalltalk_match(clauses[0])
        if greeting is None:
            return None
        return MatchResult(question, Outcome.SMALLTALK, greeting.entry, round(greeting.score, 1))

    def _question_terms(self, text: str) -> frozenset[str]:
        return frozenset(self.analyzer.terms(text))

    def _decide(self, question: str, text: str, terms: frozenset[str], exclude: str | None,
                context: frozenset[str] = frozenset()) -> MatchResult:
        """The outcome for `text` (a whole message or a piece), whose terms are
        given, with the terms of the sentence before it as `context` (see
        `_score_phrasings`)."""
        ranked = self._rank_terms(terms, exclude, context)
        best = ranked[0] if ranked else None
        best_score = best.score if best else 0.0
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        t = self.thresholds
        smalltalk = self._smalltalk_match(text)
        # small talk that is only part of the message ("j'ai une question délai ?") does not
        # take the place of an answer
        # a subject the documents do not speak of ("la prime d'activité") is never answered
        answerable = best_score >= t.answer and best_score - runner_up >= t.margin and OUT_OF_SCOPE not in terms
        if smalltalk and smalltalk.score >= best_score and (smalltalk.score >= 100 or not answerable):
            return MatchResult(question, Outcome.SMALLTALK, smalltalk.entry, round(smalltalk.score, 1))
        if best and answerable:
            return MatchResult(question, Outcome.ANSWERED, best.entry, round(best_score, 1))
        suggestions = tuple(
            c for c in ranked[:MAX_SUGGESTIONS]
            if c.score >= t.suggest and c.score >= best_score - SUGGESTION_SPREAD
        )
        if suggestions:
            return MatchResult(question, Outcome.SUGGESTED, None, round(best_score, 1), suggestions)
        return MatchResult(question, Outcome.UNANSWERED, None, round(best_score, 1))

    def rank(self, text: str, exclude: str | None = None) -> list[Candidate]:
        """Entries sharing evidence with the question, best first.

        `exclude` leaves out the phrasing with exactly that text (to ask
        whether an entry's *other* phrasings would still catch it).
        """
        return self._rank_terms(self._question_terms(text), exclude)

    def _rank_terms(self, terms: frozenset[str], exclude: str | None,
                    context: frozenset[str] = frozenset()) -> list[Candidate]:
        return [Candidate(self._entries[s.entry_index], s.score)
                for s in self._best_per_entry(terms, exclude, context)]

    def _best_per_entry(self, terms: frozenset[str], exclude: str | None = None,
                        context: frozenset[str] = frozenset()) -> list[Scored]:
        """Each entry's best-scoring phrasing, best entry first."""
        best: dict[int, Scored] = {}
        for scored in self._score_phrasings(terms, context):
            if exclude is not None and scored.text == exclude:
                continue
            index = scored.entry_index
            if index not in best or scored.score > best[index].score:
                best[index] = scored
        return sorted(best.values(), key=lambda s: s.score, reverse=True)

    def explain(self, text: str, limit: int = 5) -> dict:
        """Why the matcher decides what it does (for `spie-bot ask --explain`)."""
        terms = self.analyzer.terms(without_signature(self._as_read(text)[: self.max_chars]))
        rows = [
            {
                "entry": self._entries[scored.entry_index].id,
                "score": round(scored.score, 1),
                "phrasing": scored.text,
                "evidence": round(scored.evidence, 2),
                "coverage": round(scored.coverage, 2),
                "form": round(scored.form, 1),
            }
            for scored in self._best_per_entry(frozenset(terms))[:limit]
        ]
        return {
            "terms": {t: round(self.weight(t), 2) for t in terms},
            "candidates": rows,
        }

    def _score_phrasings(self, terms: frozenset[str], context: frozenset[str] = frozenset()) -> list[Scored]:
        """Every phrasing sharing a rare enough term with the question, scored.

        Terms of the `context` count for a phrasing only where it has them:
        they add to what it explains, never to what it leaves unexplained.
        """
        if terms <= QUESTION_WORDS:
            # Question words are never enough on their own, unless staff wrote
            # that very question as a variant ("jusqu'à quand ?").
            shared = self._bare_questions.get(terms, {})
            if not shared:
                return []
        else:
            shared = self._shared_weights(terms | context)
        question_weight = sum(self.weight(t) for t in terms)
        idf, phrasing_terms = self._idf, self._terms
        weights = self._own_weights(shared, terms)
        # weight of the context's terms each phrasing has
        extra = {p: sum(idf[t] for t in context & phrasing_terms[p]) for p in shared} if context else {}
        # F-score of recall (matched / query) and precision (matched / phrasing),
        # which simplifies to this Dice coefficient.
        if extra:
            evidence = {p: 2 * m / (question_weight + extra[p] + weights[p]) for p, m in shared.items()}
        else:
            evidence = {p: 2 * m / (question_weight + weights[p]) for p, m in shared.items()}
        best_positions = heapq.nlargest(FORM_CANDIDATES, evidence, key=evidence.__getitem__)
        explained = {index: sum(idf[t] for t in self._entry_terms[index] & terms)
                     for index in {self._entry_of[p] for p in best_positions}}
        forms = self._form_scores(terms, context, best_positions)
        asked = terms & _KIND_WORDS
        results = []
        for position in best_positions:
            index = self._entry_of[position]
            added = extra.get(position, 0.0)
            coverage = (explained[index] + added) / (question_weight + added)
            covered = _f_score(coverage, shared[position] / weights[position])
            score = (
                100 * EVIDENCE_WEIGHT * evidence[position]
                + 100 * COVERAGE_WEIGHT * covered
                + FORM_WEIGHT * forms[position]
            )
            if asked and not asked & self._entry_terms[index]:
                score *= INTENT_MISMATCH_FACTOR
            results.append(Scored(index, self._texts[position], score, evidence[position], covered, forms[position]))
        return results

    def _own_weights(self, positions: dict[int, float], terms: frozenset[str]) -> list[float] | dict[int, float]:
        """The weight of each phrasing, without the optional terms the question
        does not have: "où trouver le texte de l'AMI" is as much "le texte de
        l'AMI ?" as "où est le texte ?" is where it is."""
        unasked: dict[int, float] = defaultdict(float)
        for term in self._optional_terms - terms:
            # (whichever is shorter: at 10,000 entries a question of common words
            # shares a term with most phrasings, and few phrasings have the term)
            postings = self._postings.get(term, ())
            having = ((p for p in postings if p in positions) if len(postings) < len(positions)
                      else (p for p in positions if term in self._terms[p]))
            for position in having:
                unasked[position] += self._idf[term]
        if not unasked:
            return self._weights
        weights = self._weights
        own = dict(zip(positions, map(weights.__getitem__, positions), strict=True))
        for position, weight in unasked.items():
            own[position] = weights[position] - weight or weights[position]
        return own

    def _form_scores(self, terms: frozenset[str], context: frozenset[str], positions: list[int]) -> dict[int, float]:
        """How alike the question's terms and each phrasing's are, in form
        (with the context's terms that phrasing has, without the optional
        terms the question does not have: see `_own_weights`)."""
        unasked = self._optional_terms - terms
        forms = {p: self._forms[p] if not unasked & self._terms[p] else " ".join(sorted(self._terms[p] - unasked))
                 for p in positions}
        if not context:
            found = process.extract(" ".join(sorted(terms)), forms, scorer=fuzz.token_sort_ratio, limit=None)
            return {position: score for _, score, position in found}
        return {p: fuzz.token_sort_ratio(" ".join(sorted(terms | (context & self._terms[p]))), forms[p])
                for p in positions}

    def _shared_weights(self, terms: frozenset[str]) -> dict[int, float]:
        """Weight each phrasing shares with the question, for the phrasings
        holding one of the question's rarer terms.

        A phrasing that shares only very common terms with the question cannot
        explain its rarer ones, so it could not score well: long posting lists
        are not scanned, their terms are only added to the candidates found.
        """
        known = sorted((t for t in terms if t in self._postings), key=lambda t: len(self._postings[t]))
        if not known:
            return {}
        cut = next((i for i, t in enumerate(known) if len(self._postings[t]) > MAX_POSTINGS_SCANNED), len(known))
        scanned, checked = known[: max(cut, 1)], known[max(cut, 1):]
        shared: dict[int, float] = defaultdict(float)
        for term in scanned:
            weight = self._idf[term]
            for position in self._postings[term]:
                shared[position] += weight
        for term in checked:
            weight = self._idf[term]
            for position in shared:
                if term in self._terms[position]:
                    shared[position] += weight
        return shared

    def _smalltalk_match(self, text: str) -> Candidate | None:
        if not self._smalltalk:
            return None
        # (a word of no phrasing typed with a letter three times, "mmmh", is that word typed once)
        words = " ".join(sorted({word if word in self._smalltalk_words else without_elongation(word)
                                 for word in split_words(text)}))
        if not words:
            return None
        found = process.extractOne(
            words, self._smalltalk, scorer=fuzz.ratio, score_cutoff=self.thresholds.smalltalk
        )
        if not found:
            return None
        entry_id, _ = found[2]
        return Candidate(self.kb.entries[entry_id], found[1])


def _subject_question(text: str) -> re.Match[str] | None:
    """The shortest end of the message, from the start of a clause, that asks
    whether its subject may apply or join or an activity is eligible, as
    folded text without its stop phrases: the subject is not what comes
    before ("Bonjour, je suis au département du Tarn, on veut renforcer le
    comité de pilotage, c'est finançable ?")."""
    text = _TEXTED_C_EST.sub("c'est ", text)
    folded = _ACTIVITY_POINTED_BACK.sub(r"\1 est eligible", fold(text))
    if not (_MAY_APPLY_OR_JOIN.match(folded) or _IS_ELIGIBLE.match(folded)):
        return None
    clauses = _CLAUSE_END.split(text)
    for start in reversed(range(len(clauses))):
        # (what courtesy and framings say is not the subject: "question rapide", "je me demande")
        folded = " ".join(drop_stop_phrases(fold(" ".join(clauses[start:]))).split())
        folded = _ACTIVITY_POINTED_BACK.sub(r"\1 est eligible", folded)
        asked = _MAY_APPLY_OR_JOIN.match(folded) or _IS_ELIGIBLE.match(folded)
        # (a subject of function words only is none: "est-ce une action éligible ?" alone; nor one that
        # points back to the clause before, which holds the subject)
        if asked and not STOPWORDS.issuperset(asked[1].split()) and not (
                asked.re is _IS_ELIGIBLE and _POINTS_BACK_TO_ACTIVITY.fullmatch(asked[1])):
            return asked
    return None


def _plain_subject(asked: re.Match[str]) -> str:
    """The plain subject of a question matched by `_IS_ELIGIBLE` (an
    activity) or `_MAY_APPLY_OR_JOIN` (someone)."""
    return _PLAIN_ACTIVITY if asked.re is _IS_ELIGIBLE else _PLAIN_APPLICANT


def _only_suggested(result: MatchResult) -> MatchResult:
    """An answer turned into the suggestion of its entry."""
    assert result.entry is not None
    return MatchResult(result.question, Outcome.SUGGESTED, None, result.score,
                       (Candidate(result.entry, result.score),))


def without_signature(text: str) -> str:
    """`text` without the signature of an e-mail pasted into it: from a line
    that closes a letter ("Bien cordialement,", "--", "Envoyé de mon
    iPhone") on, the lines name who writes (their structure, their phone),
    not what they ask."""
    lines = text.splitlines()
    for i, line in enumerate(lines[1:], start=1):
        if _SIGNATURE_START.fullmatch(line.strip()) or _CLOSING_LINE.fullmatch(fold(line)):
            return "\n".join(lines[:i])
    return text


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def _clauses(text: str) -> list[str]:
    """The clauses of every sentence that have words, in order."""
    return [clause for sentence in _sentences(text) for clause in _CLAUSE_START.split(sentence)
            if split_words(clause)]


def _only_says_when_or_why(clause: str) -> bool:
    """The clause says when or what for and asks nothing (see `_OPENS_AS_WHEN`)."""
    folded = fold(clause)
    return bool(_OPENS_AS_WHEN.match(folded)) and not _ASKS_ITSELF.search(folded)


def _asks_only_whether_we_may(piece: str) -> bool:
    """The piece asks whether "we" may do something, and nothing else."""
    folded = fold(piece)
    return bool(_MAY_WE.search(folded)) and not _ASKS_WHAT.search(folded)


def _leading_entry(result: MatchResult) -> Entry | None:
    """The entry answered, or else the first one suggested."""
    if result.outcome is Outcome.ANSWERED:
        return result.entry
    return result.suggestions[0].entry if result.suggestions else None


def _says_who_writes(text: str) -> bool:
    """A clause says who writes, without asking what they may do ("Bonjour,
    je suis travailleur social, puis-je...", "et sinon nous sommes une
    association, pouvons-nous...")."""
    return any(_SPEAKS_OF_ONESELF.search(folded) and not _MAY_WE.search(folded)
               for folded in map(fold, _clauses(text)))


def _sentences_or_introduction_apart(text: str) -> list[str]:
    """The message's sentences, or a single one as [who writes, the rest]
    (see `_introduction_apart`)."""
    sentences = _sentences(text)
    return _introduction_apart(text) if len(sentences) == 1 else sentences


def _introduction_apart(sentence: str) -> list[str]:
    """The sentence as [who writes, the rest] when its first clause says
    who writes and more follows; else as it is."""
    clauses = _CLAUSE_START.split(sentence)
    if len(clauses) > 1 and _is_introduction(fold(clauses[0])):
        return [clauses[0], "".join(clauses[1:])]
    return [sentence]


def _says_it_is(clause: str) -> bool:
    """The clause says who writes as on the phone ("c'est la mission locale"),
    and asks nothing ("c'est le département du Lot je voulais savoir...")."""
    return bool(_IT_IS.match(clause)) and _asks_nothing(fold(clause))


def _is_introduction(folded: str) -> bool:
    """Every part of the clause says who writes ("nous sommes une mission
    locale et nous voudrions savoir..." goes on to ask, even misspelt)."""
    return all(_INTRODUCTION.match(part) and _asks_nothing(part) for part in _COORDINATION.split(folded))


def _asks_nothing(folded: str) -> bool:
    """No wish to know, question word or "may we" in folded text ("on est une
    asso en lozere on peut candidater" asks)."""
    return not (_ASKING.search(folded) or _INTERROGATIVE.search(folded) or _MAY_WE.search(folded))


def _greets_or_introduces(clause: str) -> bool:
    """The clause only greets ("Bonjour Madame,") or says who writes."""
    folded = fold(clause)
    return all(word in STOPWORDS for word in folded.split()) or _is_introduction(folded)


def _is_listed_item(clauses: list[str], i: int) -> bool:
    """`clauses[i]` goes on a list of short items ("toutes les dates : dépôt,
    sélection, mise en œuvre"): the last items are not asked on their own."""
    before = clauses[i - 1]
    return (i >= 2 and before.rstrip().endswith(",") and len(before.split()) <= LISTED_ITEM_WORDS
            and not all(map(_greets_or_introduces, clauses[:i]))
            and not _INTERROGATIVE.search(fold(clauses[i])) and "?" not in clauses[i]
            and len(clauses[i].split()) <= LISTED_ITEM_WORDS)


def _is_dislocated_subject(clauses: list[str], i: int) -> bool:
    """`clauses[i]`, the last, only names the subject of the question the
    clause before it asks ("Il dure combien, le projet ?")."""
    return (i == len(clauses) - 1 and bool(_DISLOCATED_SUBJECT.match(fold(clauses[i])))
            and bool(_ASKS_WHO_WHAT_WHEN.search(fold(clauses[i - 1]))))


def _question_parts(text: str) -> list[str | tuple[str, str]]:
    """Smaller pieces of a message that may hold its actual question: its
    sentences, last first; then, in each, what follows a comma or a colon
    ("Bonjour, je suis au CD du Tarn, faut-il l'accord du CD ?") or each "je
    voudrais savoir"; and what follows "je voudrais savoir" to the end of a
    message of several sentences. When some sentences end with a question
    mark, the others are context ("Nous sommes une mission locale."), not
    pieces to answer on their own, but each question is also tried with the
    sentence before it: as one text ("... en tant que porteur. Est-ce
    envisageable ?"), or, when it points back to it ("C'est la même
    structure ?"), as a pair (that sentence, the question) to be read with
    the sentence as its context."""
    sentences = _sentences(text)
    several = len(sentences) > 1
    asked = [i for i, s in enumerate(sentences) if s.rstrip().endswith("?")]
    pointing_back: list[tuple[str, str]] = []
    with_before: list[str] = []
    conceding: set[str] = set()  # not tried alone: see _CONCEDES
    for before, question in ((sentences[i - 1], sentences[i]) for i in asked if i > 0):
        if _CONCEDES.search(_CLAUSE_START.split(question)[0]):  # not "sans l'accord, on peut quand même ?"
            conceding.add(question)
            with_before.append(f"{before} {question}")
        elif _POINTS_BACK.search(question):
            pointing_back.append((before, question))
        else:
            with_before.append(f"{before} {question}")
    sentences = ([sentences[i] for i in asked if sentences[i] not in conceding] + with_before) or sentences
    parts: list[str | tuple[str, str]] = [*reversed(sentences), *reversed(pointing_back)] if several else []
    for sentence in reversed(sentences):
        clauses = _CLAUSE_START.split(sentence)
        for i in range(len(clauses) - 1, 0, -1):
            # "..., c'est ce que finance l'AMI ?" is not a question on its own, unless what
            # comes before only greets or says who writes ("Bonjour, je suis au CD, c'est pour qui ?")
            leans_back = (_OPENS_POINTING_BACK.match(clauses[i]) or _CONCEDES.search(clauses[i])
                          or _DATED_BEFORE.search(clauses[i])
                          or _OPENS_AS_COMPLEMENT.match(clauses[i]) or _only_says_when_or_why(clauses[i]))
            if (_is_listed_item(clauses, i) or _ATTRIBUTION.match(fold(clauses[i - 1]))
                    or _is_dislocated_subject(clauses, i)):
                continue
            if not leans_back or all(map(_greets_or_introduces, clauses[:i])):
                parts.append("".join(clauses[i:]))
    for piece in [*reversed(sentences), *([text] if several else [])]:
        folded = fold(piece)
        # the last "je voudrais savoir" first: what follows it is the question (its
        # reason, after "parce que", is cut off below)
        for found in reversed(list(_ASKING.finditer(folded))):
            parts.append(folded[found.end():])
        # dictated, without punctuation: "je suis directrice d'un CCAS dans l'Hérault est-ce
        # qu'on peut porter le projet": the question starts at its first question word, or at
        # the preposition before it ("jusqu'à quelle date...": not "quelle date")
        introduction = _INTRODUCTION.match(folded)
        if introduction and (asking := _INTERROGATIVE.search(folded, introduction.end())):
            preposition = _PREPOSITION_BEFORE.search(folded, introduction.end(), asking.start())
            parts.append(folded[preposition.start() if preposition else asking.start():])
    # the question before a concession ("..., le département doit-il être membre
    # même s'il ne porte pas le projet ?") or before its reason ("qui peut
    # candidater, sachant que nous sommes une association ?")
    for part in [*sentences, *(part for part in parts if isinstance(part, str))]:
        folded = fold(part)
        if concession := _CONCESSION.search(folded):
            parts.append(folded[: concession.start()])
        if reason := _REASON.search(folded):
            parts.append(folded[: reason.start()])
    return parts


def _without_reason(text: str) -> str:
    """`text` folded and without the reason it gives after its question
    ("qui contacter, vu que le site ne répond pas ?"), or `text` as it is."""
    folded = fold(text)
    reason = _REASON.search(folded)
    return folded[: reason.start()] if reason else text


def _f_score(recall: float, precision: float) -> float:
    if recall <= 0 or precision <= 0:
        return 0.0
    return 2 * recall * precision / (recall + precision)
