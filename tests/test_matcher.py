"""Matching outcomes the applicants rely on."""

import pytest

from bot.matcher import Outcome
from bot.normalize import fold


def outcome(matcher, question):
    result = matcher.match(question)
    return result.outcome, (result.entry.id if result.entry else None)


@pytest.mark.parametrize(
    "question, entry",
    [
        ("Qui peut candidater ?", "qui-peut-candidater"),
        ("qui peut candidaté a l ami", "qui-peut-candidater"),  # typo, no accents
        # one slip in a long word is a typo before being an inflection ("prefect", English)
        ("mail de la prefectuer d'occitanie", "contacts"),
        ("ki peu candidater", "qui-peut-candidater"),  # SMS spelling
        # two letters swapped in a 4-letter acronym, as the prefecture's own link writes "Spei"
        ("c quoi le SPEI ?", "spie-presentation"), ("le SIPE c'est quoi", "spie-presentation"),
        # dictated: an acronym spelled out letter by letter, punctuation said aloud
        ("c'est quoi le s p i e", "spie-presentation"), ("qui peut candidater à l' A M I", "qui-peut-candidater"),
        ("est ce que pôle emploi doit être dans le groupement obligatoirement point d'interrogation",
         "membres-groupement"),
        ("who can apply?", "qui-peut-candidater"),  # English
        ("faut il l accord du CD", "qui-peut-candidater"),  # abbreviation
        ("France Travail doit-il faire partie du groupement ?", "membres-groupement"),
        ("le PE est il obligatoire ?", "membres-groupement"),
        ("une ML peut elle etre membre du groupement", "membres-groupement"),
        ("quelles actions sont elligibles", "actions-eligibles"),
        ("date limite de dépot", "date-limite"),
        ("what is the deadline", "date-limite"),
        ("Bonjour, jusqu'à quand peut-on déposer un dossier ?", "date-limite"),
        ("quand aura lieu la sélection", "date-selection"),
        ("comment deposer sur DS", "comment-deposer"),
        ("c koi le spie", "spie-presentation"),
        ("quelles actions sont finançables", "actions-eligibles"),
        ("la date ?", "calendrier"),  # every date at once
        ("PE ou FT ?", "france-travail"),  # two names of one institution
        ("c quoi france travail", "france-travail"),
        ("vous choisissez les projets quand", "date-selection"),  # inflection of a synonym
        ("résultats du 1er AMI", "premier-ami"),
        ("Est-ce que notre commune peut déposer un projet ?", "qui-peut-candidater"),
        # the question after "je voudrais savoir" in a message full of context
        ("Madame, Monsieur, je suis directeur d'un CCAS et je souhaiterais savoir comment déposer notre dossier",
         "comment-deposer"),
        ("Bonjour, je travaille dans un CCAS et je voulais savoir jusqu'a quelle date on pouvait deposer "
         "notre projet. Merci", "date-limite"),  # "jusqu'à" asks "until when"
        # context before a comma or a colon, courtesy formulas after the question
        ("Bonjour, je suis chargée de mission au département du Tarn, faut-il l'accord du CD ? "
         "Merci d'avance", "qui-peut-candidater"),
        ("Re-bonjour, encore une question : qui peut candidater à l'AMI ? Bonne journée",
         "qui-peut-candidater"),  # as a whole, "question" pointed to the contacts
        ("Bonjour, nous sommes une association d'insertion dans le Gers. ou envoyer notre dossier svp",
         "comment-deposer"),
        ("c'est quoi le SPIE merci beaucoup pour votre aide", "spie-presentation"),
        # ...but a piece does not beat the whole message when the context was the topic
        ("Bonjour, premier AMI : combien de projets ont été sélectionnés ?", "premier-ami"),
        # SMS writing: "kel", "esk", "ds" before an article is "dans" (alone, it is DS)
        ("kel sont les membres obligatoires", "membres-groupement"),
        ("la ML doit elle etre ds le groupement", "membres-groupement"),
        ("esk le dpt doit etre d'accord", "qui-peut-candidater"),
        ("la décision tombera en quel mois", "date-selection"),  # "en quel mois" asks when
        # English
        ("until when can we submit our project", "date-limite"),
        ("does the county council have to agree to our application", "qui-peut-candidater"),
        ("what must the projects demonstrate", "attendus-projets"),
        ("Hello, what was the deadline for submitting projects?", "date-limite"),  # submit+ing
        ("what actions can be proposed", "actions-eligibles"),  # "proposed" is "proposées", not "proposal"
        ("tel de la prefecture", "contacts"),
        ("echeancier de l'ami spie", "calendrier"),  # not "échéance", the deadline
        ("qui organise cet appel a projets", "ami-presentation"),  # not "who may apply"
        ("jusqu'en quelle année les actions sont financées", "mise-en-oeuvre"),
        # announcing or asking for the question says nothing of its subject
        ("une question svp notre candidature sera t elle retenue", "selection-cas-particulier"),
        ("on se demandait qui peut porter le projet", "qui-peut-candidater"),
        ("auriez-vous des infos sur le calendrier de l'AMI", "calendrier"),
        ("j'ai une question qui appeler", "contacts"),
        ("on envoie le dossier a qui ?", "comment-deposer"),  # "à qui" is not "qui peut"
        # typos in function words are corrected too, not weighed as unknown words
        ("Le SPIE, c'est quoi exatcement ?", "spie-presentation"),
        ("pouvez vous m'explqiuer ce qu'est le SPIE", "spie-presentation"),
        ("je voudrasi un contact", "contacts"),
        # administrative French: "remise", "le combien", "être pris", "aura lieu", "sigle"
        ("quelle est la date de remise des dossiers", "date-limite"),
        ("depot avant le combien ?", "date-limite"),
        ("quand est ce qu'on saura si on est pris", "date-selection"),
        ("la décision de sélection interviendra à quel moment ?", "date-selection"),
        ("Que signifie le sigle SPIE ?", "spie-presentation"),
        ("quand seront publiés les résultats", "date-selection"),
        ("date d'exécution des actions", "mise-en-oeuvre"),
        ("faut-il rendre le dossier avant le 11 octobre", "date-limite"),
        # a year the documents never mention asks "when": the answer gives the years they do
        ("les actions peuvent-elles démarrer en 2025", "mise-en-oeuvre"),
        ("la CAF peut-elle porter le projet", "qui-peut-candidater"),
        # filler words that are not the subject ("aujourd'hui", "prévue", "non ?", "use")
        ("on peut encore candidater aujourd'hui ?", "date-limite"),
        ("la sélection est prévue quand", "date-selection"),
        ("les actions durent 2 ans ?", "mise-en-oeuvre"),  # "projet sur deux ans"
        ("when will you choose the projects", "date-selection"),
        ("qund aura lieu la selection", "date-selection"),  # too short to correct: listed
        ("on peut candidater quand même sans le département ?", "qui-peut-candidater"),  # not "when"
        ("les actions peuvent-elles commencer en septembre ?", "mise-en-oeuvre"),  # a month: "when"
        ("une SIAE peut-elle porter un projet ?", "qui-peut-candidater"),
        ("coordonnées de la préfecture", "contacts"),
        ("when will we receive an answer", "date-selection"),
        ("can we submit online", "comment-deposer"),
        ("quel est l'objectif de l'AMI", "ami-presentation"),
        ("une association peut-elle être cheffe de file ?", "qui-peut-candidater"),
        ("nb de territoires retenus", "nombre-territoires"),
        # a generic name for an organisation asks which actors may apply
        ("quelles structures peuvent déposer un projet ?", "qui-peut-candidater"),
        ("can a non-profit organisation submit a project?", "qui-peut-candidater"),
        ("France Travail est-il nécessairement dans le groupement", "membres-groupement"),
        ("j'ai loupé la date limite ?", "date-limite"),
        ("doit-on prouver qu'on connaît le public ?", "attendus-projets"),  # connaître: connaissance
        ("une ML peut-elle candidater elle-même ?", "qui-peut-candidater"),  # elle-même: seule
        ("la date de dépôt est-elle dépassée ?", "date-limite"),  # dépassée: too late
        ("deadline 11/10 ?", "date-limite"),  # a date in digits is the documents' "11 octobre"
        ("what happened in march 2020", "experimentations"),  # the documents' "mars 2020"
        ("Avons-nous notre place dans ce groupement ?", "membres-groupement"),
        ("on peut vous envoyer notre projet pour avis ?", "selection-cas-particulier"),  # not how to submit
        ("qu'est-ce qui fait un bon dossier ?", "attendus-projets"),  # "bon" is not only "bon, ..."
        # an English speaker's words
        ("Which organisations are entitled to answer the call?", "qui-peut-candidater"),
        ("When will we hear back about the selection?", "date-selection"),
        ("Who can I call at the prefecture?", "contacts"),  # "call": to phone, not the AMI
        ("What activities can be funded?", "actions-eligibles"),
        ("Is Pole emploi now called France Travail?", "france-travail"),
        ("What should our proposal show to be selected?", "attendus-projets"),  # not "our case"
        ("When should the selected projects start?", "mise-en-oeuvre"),  # not when they are selected
        ("Is there a phone number I can call?", "contacts"),  # not "number" (how many)
        ("Could you review our draft proposal?", "selection-cas-particulier"),
        ("What sort of activities does the call pay for?", "actions-eligibles"),
        ("How will applications be judged?", "attendus-projets"),
        ("Can you explain what the SPIE is in simple words?", "spie-presentation"),
        ("please outline the schedule of the call", "calendrier"),  # outline: how to answer
        ("until what date can we still hand in our bid", "date-limite"),  # a bid is an application
        ("which bodies are entitled to lead a bid", "qui-peut-candidater"),
        ("Is the national employment agency a mandatory member?", "membres-groupement"),
        ("does the call fund new steering committees", "coordination-gouvernance"),
        ("where can I read the full documents", "en-savoir-plus"),
        ("are joint actions between several organisations eligible", "actions-eligibles"),
        ("do you think our bid stands a chance", "selection-cas-particulier"),
        ("what are the requirements for the proposals", "attendus-projets"),
        ("who should we contact for help", "contacts"),  # help: aide
        # everyday English idioms, and English words in French ("franglais")
        ("quand a lieu le kick-off des projets ?", "mise-en-oeuvre"),
        ("quel timing pour la sélection ?", "date-selection"),
        ("faut-il le go du département pour candidater ?", "qui-peut-candidater"),
        ("what's the cutoff for sending in applications?", "date-limite"),
        ("does the department have to give its blessing?", "qui-peut-candidater"),
        ("what came out of the previous call?", "premier-ami"),
        ("who should I get in touch with?", "contacts"),
        ("what activities can a group put forward?", "actions-eligibles"),
        ("how many territories are up for grabs?", "nombre-territoires"),
        ("is it about partners working together on the ground?", "coordination-gouvernance"),
        ("le SPIE, c'est fait pour quels gens ?", "spie-presentation"),  # les gens: le public
        ("les résultats sortiront quand ?", "date-selection"),  # sortir: être annoncé
        ("un dépôt le jour même de la date limite, ça passe ?", "date-limite"),  # le jour même: inclus
        ("is the 11th of october included?", "date-limite"),
        # a tag asking to confirm ("..., right?", "c'est correct ?") says nothing of the subject
        ("selection happens in December, right?", "date-selection"),
        ("c'est bien en décembre la sélection, c'est correct ?", "date-selection"),
        ("Où puis-je trouver davantage d'informations sur le SPIE ?", "en-savoir-plus"),
        ("le SPIE c'est pour quel public ?", "spie-presentation"),
        ("la décision sera prise quand ?", "date-selection"),
        ("project duration?", "mise-en-oeuvre"),
        ("l'appel est-il toujours ouvert", "date-limite"),  # toujours: still
        ("une régie de quartier peut-elle candidater ?", "qui-peut-candidater"),
        ("quelles sont les attentes du jury ?", "attendus-projets"),
        ("date finale de dépôt ?", "date-limite"),
        ("une structure privée peut-elle porter le projet ?", "qui-peut-candidater"),  # privée: entreprise
        ("le service communication de la préfecture ?", "contacts"),  # not "en commun"
        ("en tant que CCAS peut-on candidater ?", "qui-peut-candidater"),
        ("calendrier prévisionnel ?", "calendrier"),
        ("un CCAS peut-il candidater directement ?", "qui-peut-candidater"),  # directement: seul
        ("whats the closing date", "date-limite"),  # "what's" typed without its apostrophe
        ("how many areas will be selected", "nombre-territoires"),
        ("what does the public employment and insertion service do", "spie-presentation"),
        ("est-ce facultatif d'avoir Pôle emploi dans le groupement ?", "membres-groupement"),
        # apostrophes not typed: "c'est", "l'AMI"; a letter not doubled ("apel")
        ("cest quand la fin des candidatures", "date-limite"),
        ("c quoi lami", "ami-presentation"),
        ("c'est quoi cet apel à projets ?", "ami-presentation"),
        # a 4-letter word with a letter dropped ("quad": quand, "inos": infos)
        ("quad les projets doivent-ils être mis en œuvre ?", "mise-en-oeuvre"),
        ("plus d'inos svp", "en-savoir-plus"),
        # several words of a synonym in another inflection or with a typo
        ("on depose sur demarche simplifié ?", "comment-deposer"),
        ("est ce que les missions locals peuvent candidatter", "qui-peut-candidater"),
        ("les projets se feront sur quelles annees", "mise-en-oeuvre"),  # years: a period
        ("mars 2020 qu'est-ce qui s'est pasés", "experimentations"),  # "pasés" is not "passées"
        # formal or unusual wording
        ("un centre social peut-il se positionner sur l'AMI ?", "qui-peut-candidater"),
        ("en quelques mots, c'est quoi l'AMI ?", "ami-presentation"),
        ("l'ambition du SPIE en une phrase", "spie-presentation"),  # not "phase"
        ("peut-on envoyer le dossier par courrier ?", "comment-deposer"),  # paper asks "online?"
        ("une agence d'intérim peut-elle être membre du groupement ?", "membres-groupement"),
        ("pourquoi le gouvernement a-t-il créé le SPIE ?", "spie-strategie-pauvrete"),  # not "gouvernance"
        ("où lire le communiqué ?", "en-savoir-plus"),  # not "en commun"
        ("le projet peut-il être prolongé ?", "mise-en-oeuvre"),
        ("date ultime de dépôt ?", "date-limite"),
        ("y aura-t-il beaucoup de lauréats ?", "nombre-territoires"),  # many: how many
        ("un PLIE peut-il déposer une réponse ?", "qui-peut-candidater"),
        ("faut-il créer une instance de gouvernance ?", "coordination-gouvernance"),
        # "coordonner" is not "coordonnées", a contact
        ("l'objectif c'est de mieux coordonner les professionnels de l'insertion ?",
         "coordination-gouvernance"),
        ("can NGOs be part of the group", "membres-groupement"),
        # the question follows the last "je voudrais savoir"
        ("je voudrais savoir bonjour, nous sommes une mission locale et nous voudrions savoir "
         "quelle est la date de fin de dépôt des dossiers", "date-limite"),
        # projects presented, a request submitted, schools and unavoidable partners
        ("Jusqu'à quelle date les projets peuvent-ils être présentés ?", "date-limite"),
        ("Qui a le droit de soumettre une demande ?", "qui-peut-candidater"),
        ("Comment se passe le dépôt de la demande ?", "comment-deposer"),
        ("Un lycée peut-il rejoindre le groupement ?", "membres-groupement"),
        ("Quels partenaires sont incontournables ?", "membres-groupement"),
        # dates in digits, State services, the bot's sources and courtesy around the question
        ("Dépôt possible jusqu'au 11.10 inclus ?", "date-limite"),
        ("Sélection prévue en 12/2021 ?", "date-selection"),
        ("La DDETS doit-elle faire partie du groupement ?", "membres-groupement"),
        ("Sur quels documents vous appuyez-vous ?", "en-savoir-plus"),
        ("Bonsoir, petite question : nous sommes un centre social, pouvons-nous déposer un projet ?",
         "qui-peut-candidater"),
        ("Je travaille au CCAS. « Refléter une bonne connaissance du public », qu'est-ce que ça implique ? Merci !",
         "attendus-projets"),
        # health bodies are actors and what a project bears on
        ("Un centre médico-social peut-il porter la candidature ?", "qui-peut-candidater"),
        ("Un hôpital peut-il faire partie du groupement ?", "membres-groupement"),
        ("Le projet doit-il porter sur la gouvernance institutionnelle ou sur le travail concret des professionnels ?",
         "coordination-gouvernance"),
        # presenting a project, Belgian words and knowing the public
        ("Qui peut présenter un projet ?", "qui-peut-candidater"),  # presenting a project is applying
        ("who can present a project?", "qui-peut-candidater"),
        ("Une ASBL peut-elle déposer un projet ?", "qui-peut-candidater"),  # a Belgian association
        ("On doit encoder notre dossier sur quel site ?", "comment-deposer"),  # Belgian: to key in a file
        ("Le projet doit-il bien connaître son public ?", "attendus-projets"),
        # what is meant by a word, and whom the SPIE is for
        ("Qu'est-ce qu'on entend par SPIE ?", "spie-presentation"),  # what a word means
        ("À qui est destiné le SPIE ?", "spie-presentation"),  # whom it is for, as "pour qui"
        # following principles and simpler pathways
        ("Notre projet doit-il suivre les grands principes du SPIE ?", "attendus-projets"),  # follow: respect
        ("Les actions doivent-elles rendre les parcours d'insertion plus simples ?", "actions-eligibles"),  # simplify
        # what the call bore on in the past tense
        ("L'AMI portait sur quoi au juste ?", "coordination-gouvernance"),
        # actors the documents do not name may join the group
        ("Une chambre consulaire peut-elle être membre ?", "membres-groupement"),
        ("Une plateforme de mobilité peut-elle être membre ?", "membres-groupement"),
        ("Un centre de bilan de compétences peut-il entrer dans le groupement ?", "membres-groupement"),
        # what the bot bases its answers on
        ("vous vous basez sur quels documents ?", "en-savoir-plus"),
        # the number of winners expected is not what projects must show
        ("Nombre De Lauréats Attendus", "nombre-territoires"),
        # a reason given after the question is not part of it, even when it names a "first" something
        ("Quelles actions sont éligibles, sachant que nous aidons surtout des jeunes de quartier ?",
         "actions-eligibles"),
        ("Qui joindre, vu qu'on n'a pas de réponse du site ?", "contacts"),
        ("La sélection se fera quand, étant donné que nos financeurs attendent ?", "date-selection"),
        ("Que doivent montrer les projets, sachant que c'est notre première réponse à un appel ?",
         "attendus-projets"),
        # the words of an introduction the base does not know are context
        ("Nous sommes une minuscule association de montagne : pouvons-nous candidater ?", "qui-peut-candidater"),
        # the conditional of politeness, someone else's question, "intervient", "je ne saisis pas"
        ("Vous serait-il possible de me rappeler ce qu'est l'AMI ?", "ami-presentation"),
        ("Il nous serait utile de connaître la date limite.", "date-limite"),
        ("Notre trésorier se demande si les entreprises peuvent être membres.", "membres-groupement"),
        ("Ma responsable demande quand les projets doivent être mis en œuvre.", "mise-en-oeuvre"),
        ("À quel moment intervient la sélection ?", "date-selection"),  # not an interview
        ("Je ne saisis pas bien ce qu'est l'AMI.", "ami-presentation"),  # understanding, not keying in
        ("Un guichet unique peut-il entrer dans l'AMI ?", "actions-eligibles"),
        # asking for clarification, boxes to tick, welcome in the group, a library as an actor
        ("J'aurais besoin de précisions concernant le mode de dépôt.", "comment-deposer"),
        ("Un projet doit cocher quelles cases pour être retenu ?", "attendus-projets"),
        ("Les CCAS sont-ils les bienvenus dans le groupement ?", "membres-groupement"),
        ("Une médiathèque peut-elle faire partie du groupement ?", "membres-groupement"),
        # what the writer takes back is not asked; what only refines the question keeps it
        ("Qui contacter ? Non, pardon : qui peut candidater ?", "qui-peut-candidater"),
        ("Où déposer ? Je veux dire, sur quel site ?", "comment-deposer"),
        # being many among the winners, a quota: how many; the bot's answers come from its sources
        ("Nous serons nombreux à être sélectionnés ?", "nombre-territoires"),  # not our own chances
        ("Il existe un quota de lauréats ?", "nombre-territoires"),
        ("Tes réponses viennent de quels documents ?", "en-savoir-plus"),  # not the jury's answer
        ("Nous venions aux nouvelles pour la date limite.", "date-limite"),  # asking for news
        # a public-interest grouping (GIP) is an actor, not the call's group
        ("Un GIP peut-il porter la candidature ?", "qui-peut-candidater"),
        ("Un groupement d'intérêt public peut-il être membre ?", "membres-groupement"),
        # what one looks for or lacks is asked (not a job seeker's own search)
        ("Je recherche la date de sélection.", "date-selection"),
        ("Nous sommes à la recherche d'informations sur les actions éligibles.", "actions-eligibles"),
        ("Il nous faut la liste des membres obligatoires.", "membres-groupement"),
        ("Bonjour, je suis à la recherche des infos sur le calendrier", "calendrier"),  # not a greeting
        ("Je cherche le texte de l'appel.", "en-savoir-plus"),
        # advice asked for is what the call allows or expects
        ("Il vaut mieux que le CD porte le dossier ?", "qui-peut-candidater"),
        ("A-t-on intérêt à intégrer la CAF au groupement ?", "membres-groupement"),
        ("Est-il préférable de parler de coordination plutôt que de gouvernance ?", "coordination-gouvernance"),
        # entering the group is joining it; "ds" before an article is "dans", not Démarches simplifiées
        ("Une régie de quartier peut-elle entrer dans le groupement ?", "membres-groupement"),
        ("ds les grandes lignes c koi l'AMI", "ami-presentation"),
        # how a thing works is what it is; "même" after a question word insists; a new subject announced;
        # what the prefect "disait"; a project's qualities
        ("Comment ça marche, le SPIE ?", "spie-presentation"),  # not how to use the bot
        ("L'AMI, ça fonctionne comment ?", "ami-presentation"),
        ("Le SPIE c'est quoi même ?", "spie-presentation"),
        ("changement de sujet quelles actions sont eligibles", "actions-eligibles"),
        ("Le préfet disait quoi ?", "declaration-prefet"),
        ("Quelles qualités doit avoir notre dossier ?", "attendus-projets"),
        # what the writer was asking, after an answer beside the point; "ouais" says nothing
        ("Ce n'est pas ma question : je demandais le calendrier.", "calendrier"),
        ("ouais mais qui peut candidater ?", "qui-peut-candidater"),
        # dictated after a self-introduction: the question starts at the preposition before its question word
        ("Je suis chargée de mission au CD jusqu'à quelle date les dossiers sont-ils acceptés", "date-limite"),
        # "quant à" introduces the subject (it is not "quand"); "des nouvelles ?" asks for news
        ("Quant à la sélection, des nouvelles ?", "date-selection"),
        ("Des nouvelles de la sélection ?", "date-selection"),
        # who asks the writer (a superior, "on m'a demandé de me renseigner"), "ce fameux", "par quel
        # biais" (how), "le jour de clôture" (the deadline)
        ("Ma directrice me demande la date limite", "date-limite"),
        ("On m'a demandé de me renseigner sur ce fameux SPIE", "spie-presentation"),
        ("On envoie notre dossier par quel biais ?", "comment-deposer"),
        ("Le jour de clôture était-il inclus ?", "date-limite"),
        # "par hasard", "environ", "autrement dit" frame the question; "vous n'auriez pas une idée de";
        # "pouvez-vous m'aider à trouver..."; an approximate number counts; "à temps" is the deadline's
        ("Vous n'auriez pas la date limite, par hasard ?", "date-limite"),
        ("Vous n'auriez pas une idée de la date de sélection ?", "date-selection"),
        ("Deux ans de mise en œuvre environ ?", "mise-en-oeuvre"),
        ("Un parcours personnalisé, autrement dit ?", "spie-presentation"),
        ("Pouvez-vous m'aider à trouver la date limite ?", "date-limite"),
        ("Une trentaine de territoires seront retenus, c'est ça ?", "nombre-territoires"),
        ("On n'a pas pu déposer à temps, que faire ?", "date-limite"),
        # "en une seule phrase" says how short ("seul" is not on one's own); "il manque" is lacking,
        # not "manqué" (missed); expected results are the selection's; being in the group is joining it
        ("Le SPIE, c'est quoi en une seule phrase ?", "spie-presentation"),
        ("Les résultats sont attendus en quel mois ?", "date-selection"),
        ("La mission locale du coin doit-elle être dans le groupement ?", "membres-groupement"),
        # a word of a phrase the base knows ("demandeurs d'emploi") is kept with the phrase
        ("Former des demandeurs d'emploi aux métiers du numérique, c'est éligible ?", "actions-eligibles"),
        # the plain applicant is an association, the one the base speaks of most
        ("Notre conciergerie d'insertion peut-elle être porteuse ?", "qui-peut-candidater"),
        # "ne peut plus" says it is too late (it was dropped as "no longer", leaving "how to submit");
        # "c'est normal que" is surprise, the subject follows
        ("on ne peut plus déposer ?", "date-limite"),
        ("C'est normal que la sélection soit en décembre ?", "date-selection"),
        # who sent the writer to the bot is not what is asked
        ("On m'a conseillé de vous demander qui peut candidater", "qui-peut-candidater"),
        ("Ma collègue m'a dit que vous saviez où déposer", "comment-deposer"),
        ("La préfecture m'a orienté vers vous pour la sélection", "date-selection"),
        ("On m'a recommandé ce bot pour comprendre le SPIE", "spie-presentation"),
        # "on est bien d'accord ?" checks a belief: it is not the département's agreement
        ("C'est bien 35 territoires, on est d'accord ?", "nombre-territoires"),
        ("On est d'accord que les projets sont pour 2022 et 2023 ?", "mise-en-oeuvre"),
        # people may be members: a subject of its own is a check on activities only
        ("Nos référents RSA doivent-ils être dans le groupement ?", "membres-groupement"),
        # whoever may apply or join, and whatever the activity, the rule is the same: a subject
        # of words the base does not know is also read as a plain one; "c'est" folds to "est"
        ("Un accueil de jour peut-il déposer sa propre candidature ?", "qui-peut-candidater"),
        ("Un groupement d'employeurs agricoles peut-il être membre ?", "membres-groupement"),
        ("Accompagner vers l'emploi des personnes en sortie de cure, c'est une action éligible ?",
         "actions-eligibles"),
        ("Des chantiers jeunes pendant l'été, c'est une action éligible ?", "actions-eligibles"),
        ("Des transports solidaires pr aller aux rendez-vous d'insertion, c une action éligible ?",
         "actions-eligibles"),
        ("Accompagner les parents d'élèves vers l'emploi, c éligible ?", "actions-eligibles"),
        ("Nos référents RSA doivent-ils être ds le groupement ?", "membres-groupement"),
        # "est-il possible de..." asks whether one may, as "peut-on"; "dont tout le monde parle"
        # says nothing of what is asked
        ("Est-il possible de parler à quelqu'un ?", "contacts"),
        ("C'est possible de faire un projet uniquement de gouvernance ?", "coordination-gouvernance"),
        ("C'EST QUOI CE SPIE DONT TOUT LE MONDE PARLE ???", "spie-presentation"),
        # a delay granted to submit is a postponed deadline
        ("Est-il possible d'obtenir un délai supplémentaire pour déposer ?", "date-limite"),
        # what the writer does, then whether they may apply: the rule is the same for all
        ("Notre association accompagne les seniors demandeurs d'emploi, pouvons-nous candidater ?",
         "qui-peut-candidater"),
        ("Nous accompagnons des seniors, pouvons-nous candidater ?", "qui-peut-candidater"),
        ("Mon association aide les réfugiés, peut-on postuler ?", "qui-peut-candidater"),
        ("Bonsoir, petite question : Notre compagnie de théâtre mène des ateliers avec des allocataires du RSA :"
         " pouvons-nous candidater ? svp", "qui-peut-candidater"),
        # "simplement", "aussi" between the verb and what may be done
        ("Le fablab peut-il simplement être partenaire du groupement ?", "membres-groupement"),
        ("Une ressourcerie peut-elle aussi porter le projet ?", "qui-peut-candidater"),
        # "directement à la préfecture" says where, not without the others
        ("Peut-on déposer le dossier directement à la préfecture ?", "comment-deposer"),
        ("on dépose le dossier à la préfecture directement ?", "comment-deposer"),
        # an activity asked possible, or pointed back to ("cette action"), is asked eligible
        ("Accompagner les travailleurs handicapés vers le milieu ordinaire, c'est une action possible ?",
         "actions-eligibles"),
        ("Nos adultes-relais orientent les habitants vers l'emploi, cette action peut-elle être retenue ?",
         "actions-eligibles"),
        # someone reachable is a contact; a question said to be silly is still asked
        ("Une personne joignable à la préfecture pour parler de l'AMI ?", "contacts"),
        ("C'est peut-être bête mais qui peut candidater ?", "qui-peut-candidater"),
        # a subject of which only function words are known still asks who may apply
        ("Une MJC de quartier peut-elle déposer un projet ?", "qui-peut-candidater"),
        ("salut Une MJC de quartier peut-elle déposer un projet ? Merci !", "qui-peut-candidater"),
        # ...while the rest of its question may ask something else
        ("Les Lotois doivent-ils déposer avant le 11 octobre ?", "date-limite"),
        # "par internet" is online
        ("Le dépôt se fait par internet ?", "comment-deposer"),
        # the département's "avis" is its agreement
        ("Et quid de l'avis du conseil départemental pour candidater ?", "qui-peut-candidater"),
        # who asks is not what is asked
        ("Question d'un journaliste : qui peut candidater ?", "qui-peut-candidater"),
        # the subject's pronoun left out, as on a phone: still whether that subject may apply or join
        ("Une MJC peut candidater ?", "qui-peut-candidater"),
        ("les epiceries sociales peuvent candidater ?", "qui-peut-candidater"),
        ("Un CSAPA peut faire partie du groupement ?", "membres-groupement"),
        # answering the call is applying
        ("Un atelier vélo peut-il répondre à l'AMI ?", "qui-peut-candidater"),
        # ...or having the département's agreement to apply
        ("Un foyer rural doit avoir l'aval du département pour porter le projet ?", "qui-peut-candidater"),
        # being able to is being allowed to ("capable" is no "cap" and "able" run together)
        ("Qui est capable de postuler à l'appel ?", "qui-peut-candidater"),
        ("Quelles structures sont capables de porter le projet ?", "qui-peut-candidater"),
        # an example of what is asked is what is asked
        ("Un exemple de ce qu'est le SPIE ?", "spie-presentation"),
    ],
)
def test_answered(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le montant de la subvention ?",
        "Comment m'inscrire à Pôle emploi ?",
        "quel temps fait-il à Toulouse",
        "comment toucher le RSA",
        "What's the weather in Paris?",
        "Quand aura lieu le troisième AMI ?",
        "comment contester une décision de sélection",  # not read as "contacter"
        "combien coute le dossier",  # "coute" is not "toute", a function word
        "combien de financement par territoire",
        "combien touche chaque lauréat",  # unknown words weigh more than the rarest known one
        "Combien de temps dure l'instruction des dossiers ?",
        "quel taux de subvention ?",  # "taux" is not "t'aux"
        # subjects the documents do not speak of, holding a word of the base
        "suis-je éligible à la prime d'activité ?",  # not "activité", an action
        "où trouver plus d'informations sur l'allocation chômage ?",  # every other word asks en-savoir-plus
        "where can I find out about unemployment benefits?",
        "pay for the project staff?",  # staff costs are not in the documents
        # an association's papers and the group's legal form
        "Les membres du groupement doivent-ils se constituer en association ?",
        "Les statuts sont-ils à joindre au dossier ?",  # not "joindre", to call
        "Nos statuts doivent-ils être joints à notre candidature ?",
        # how long one person's pathway lasts is not how long the projects last
        "Combien de temps dure un parcours en entreprise d'insertion ?",
        # being a member of two groups, several applications, how long the SPIE itself lasts
        "Une mission locale peut-elle être membre de plusieurs groupements ?",
        "Peut-on déposer plusieurs candidatures ?",
        "Combien de temps le SPIE va durer ?",
        # two départements together, what becomes of the projects and posts after 2023
        "Deux départements peuvent-ils porter un projet ensemble ?",
        "Les actions seront-elles reconduites en 2024 ?",
        "Les postes créés seront-ils pérennisés ?",
        # purchases, which the documents do not speak of ("acheter" is not "achever", to finish)
        "L'achat d'un véhicule pour l'association, c'est finançable ?",
        "On veut acheter des ordinateurs, ça rentre dans l'AMI ?",
        # a membership fee
        "Les entreprises doivent-elles cotiser pour être membres ?",
        # how long one person is accompanied; co-funding
        "Combien de temps dure l'accompagnement d'une personne ?",
        "La fondation peut-elle cofinancer le projet ?",
    ],
)
def test_out_of_scope_is_never_answered(matcher, question):
    assert outcome(matcher, question)[0] in (Outcome.UNANSWERED, Outcome.SUGGESTED)


@pytest.mark.parametrize(
    "question, entry",
    [("bonjour", "bonjour"), ("Merci beaucoup !", "merci"), ("t'es un robot ?", "robot"),
     ("au revoir", "au-revoir"), ("hello", "bonjour"),
     # "info" alone would be a question for "where to learn more"
     ("merci pour l'info", "merci"), ("Merci pour ces infos !", "merci"),
     # every clause is small talk: the last one says what the person means
     ("bonne soirée, au revoir", "au-revoir"), ("à la prochaine", "au-revoir"),
     ("ok merci. Bonne journée !", "au-revoir"),
     ("merci infiniment", "merci"),
     ("merci c'est clair", "merci"), ("super, merci pour tout !", "merci"),
     ("merci bcp de votre aide", "merci"),  # only small-talk words, in one clause
     # "accord" also means the CD's agreement, but here every word is small talk
     ("ok d'accord", "accord"), ("d'accord je vois", "accord"),
     # "à" is not "a+" (à plus)
     ("je parle à une vraie personne ?", "robot"), ("tu peux m'aider sur quoi", "capacites"),
     ("Je vous remercie pour ces explications.", "merci"),
     ("merci et bonne soirée", "au-revoir"), ("ok merci et au revoir", "au-revoir"),
     # only courtesy and function words; "mille" is not a typo of "ville"
     ("merci infiniment pour ces réponses", "merci"), ("merci mille fois", "merci"),
     ("vous m'avez bien aidée, merci", "merci"),  # not "besoin d'aide"
     ("encore merci", "merci"), ("au revoir et encore merci", "merci"),
     ("t'es un humain ou une machine", "robot"),
     ("thanks a lot", "merci"), ("are you a real person?", "robot"),
     # besides small-talk words, only function words ("ou pas")
     ("t'es un robot ou pas", "robot"), ("vous êtes humain ou pas ?", "robot"),
     ("Thank you, that helps", "merci"),
     ("Super, c'est exactement ce que je cherchais. Merci et bonne journée !", "au-revoir"),
     # a greeting and who writes, no question yet: the greeting invites it
     ("Bonjour, je suis chargé de mission insertion au département du Gers.", "bonjour"),
     ("Bonsoir. Je m'appelle Julie, je coordonne le CCAS de Millau.", "bonjour"),
     # not "commencer plus tard" (when the projects start)
     ("à plus tard, merci", "merci"), ("à plus tard", "au-revoir"),
     ("vous êtes un vrai conseiller ?", "robot"), ("nickel merci", "merci"), ("ça roule, merci", "merci"),
     ("yo", "bonjour"), ("thx", "merci"), ("me revoilà", "bonjour"), ("c'est encore moi", "bonjour"),
     ("ok ben merci hein", "merci"),
     ("bonjour à toute l'équipe", "bonjour"), ("vous êtes un assistant automatique ?", "robot"),
     ("bonjour, j'espère que vous allez bien", "bonjour"), ("top, merci pour la réponse rapide", "merci"),
     ("au plaisir", "au-revoir"), ("ok thanks, that's clear", "accord"),
     ("je vous remercie de votre diligence", "merci"), ("excellente journée à vous", "au-revoir"),
     ("ah d'accord, je comprends mieux", "accord"),
     ("vous répondez à quoi ?", "capacites"), ("can I ask in English?", "capacites"),
     ("merci, je transmets à la commission permanente", "merci"),
     ("ah non j'avais mal lu, merci", "merci"), ("autant pour moi", "accord"),
     ("ok merci pour le lien", "merci"), ("parfait, bien reçu", "accord"),
     ("cheers mate", "merci"), ("hi everyone, hope you are well", "bonjour"),
     ("je vous remercie de l'attention portée à ma demande", "merci"),
     ("Merci, je vais pouvoir avancer sur le dossier", "merci"), ("vous êtes gentil, merci", "merci"),
     ("tant pis, merci quand même", "merci"),  # "quand même" does not ask when
     ("laissez tomber", "au-revoir"), ("👍", "accord"), ("🙏", "merci"), ("good evening", "bonjour"),
     # the greeting that opens the message is not what it says; "c'est très utile" thanks
     ("Bonjour, merci pour vos réponses, c'est très utile pour notre équipe.", "merci"),
     ("d'accord, je vais regarder ça de plus près, merci", "merci"),  # not "regardez notre dossier"
     # where it comes from is not a question
     ("Bonjour de Montpellier !", "bonjour"), ("merci, bonne soirée depuis Albi", "merci"),
     ("bonjour depuis le Tarn-et-Garonne", "bonjour"),
     # long closings: courtesy formulas and small-talk words only
     ("Merci beaucoup pour toutes ces informations, c'est très clair. Je reviendrai vers vous si besoin. "
      "Bonne journée !", "merci"),
     ("Parfait, merci pour votre aide, je transmets à mon équipe.", "merci"),
     # a greeting, a name and a role: who writes, no question yet
     ("Bonjour, je me présente : Claire, chargée de mission insertion au conseil départemental de l'Aude.",
      "bonjour"),
     # many thanks, a helping hand and someone behind
     ("Mille mercis", "merci"),
     ("Vous pourriez me donner un coup de main ?", "capacites"),
     ("J'ai compris le principe", "accord"),
     ("Il y a quelqu'un derrière ?", "robot"),
     # kindness and small disappointment
     ("Tu es sympa", "merci"),
     ("Ah mince", "accord"),
     ("Merci, ça m'a bien servi", "merci"),
     # still there, and thanks for a quick answer
     ("Vous êtes toujours là ?", "bonjour"),
     ("Merci de répondre si vite", "merci"),
     # five by five, okey dokey and English
     ("Bien reçu 5 sur 5", "accord"),
     ("Trop fort", "merci"),
     ("Oki doki", "accord"),
     ("Au plaisir de vous relire", "au-revoir"),
     ("Do you understand English?", "capacites"),
     # big thanks, good night and a human reading
     ("Un grand merci pour ces infos", "merci"),
     ("Tu fais quoi exactement ?", "capacites"),
     ("Bonne nuit", "au-revoir"),
     ("Y a un humain qui lit ça ?", "robot"),
     # salutations, efficiency and the prefecture's assistant
     ("Salutations", "bonjour"),
     ("Vous êtes efficace", "merci"),
     ("Tu es un assistant de la préfecture ?", "robot"),
     # someone still at the other end is a greeting
     ("Y a encore quelqu'un au bout ?", "bonjour"),
     # feeling lost, relief, hesitation, apologies and good luck
     ("Je suis un peu perdue", "capacites"),
     ("Vous me sauvez la vie !", "merci"),
     ("Hmm", "accord"),
     ("Désolée pour toutes ces questions", "accord"),
     ("Bon courage pour la suite", "au-revoir"),
     # it suits me, how do you work, see you soon
     ("Ça me convient parfaitement", "accord"),
     ("Tu fonctionnes comment ?", "capacites"),
     ("À très vite !", "au-revoir"),
     # an answer that does not suit brings back what the bot can do
     ("Ce n'est pas ce que j'ai demandé", "capacites"),
     ("Vous pouvez reformuler ?", "capacites"),
     ("Hein, quoi ?", "capacites"),
     # checking the bot is awake, a pause, leaving, having what one needed
     ("Vous dormez ?", "bonjour"),
     ("Attendez une minute", "accord"),
     ("Bon, je file", "au-revoir"),
     ("Merci d'avoir répondu", "merci"),
     ("J'ai tout ce qu'il me faut", "merci"),
     ("Bon ben voilà", "accord"),
     ("Ce sera tout pour aujourd'hui", "au-revoir"),
     # a slip of the finger, a kind word, an afternoon
     ("Oups, fausse manip", "accord"),
     ("Trop gentille", "merci"),
     ("Bon après-midi", "au-revoir"),
     # thanking the bot, an apology, a goodnight, hoping one is well, no worries, praise for speed
     ("Merci le bot", "merci"),
     ("Vous êtes un amour", "merci"),
     ("Je vous embête encore", "accord"),
     ("Bonne soirée le bot", "au-revoir"),
     ("Salut, j'espère que tu vas bien", "bonjour"),
     ("Pas de soucis", "accord"),
     ("Vous êtes rapide, dites donc", "merci"),
     # seeing it with one's team, familiar goodbyes, being saved
     ("On va regarder ça avec nos partenaires, merci", "merci"),
     ("Gros bisous", "au-revoir"),
     ("Yes merci", "merci"),
     ("Ah ouais, ok ok", "accord"),
     ("Je vous dis à bientôt", "au-revoir"),
     ("Vous me sauvez la mise !", "merci"),
     # a word of no phrasing typed with a letter three times is that word typed once
     ("Mmmh ok d'accord", "accord"),
     ("Tu pourrais m'aider s'il te plaît ?", "capacites"),
     ("Vous êtes qui au juste ?", "robot"),
     ("Nickel chrome", "accord"),
     ("Bon, j'y retourne", "au-revoir"),
     ("Excellent !", "accord"),
     ("Pas de problème, merci", "accord"),
     # reading the answer before coming back, someone new to the bot
     ("Je regarde et je reviens", "accord"),
     ("je vais regarder ça", "accord"),
     ("Salut à tous, je viens de découvrir ce bot", "bonjour"),
     # a clear answer, a warm goodbye, someone checking that the bot answers
     ("C'est limpide, merci", "merci"),
     ("Je vous souhaite une excellente soirée", "au-revoir"),
     ("Hé ho, tu réponds ?", "capacites")],
)
def test_smalltalk(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.SMALLTALK, entry)


def test_online_alone_is_how_to_submit_not_whether_the_bot_is_there(matcher):
    assert outcome(matcher, "c'est en ligne ?") == (Outcome.ANSWERED, "comment-deposer")
    assert outcome(matcher, "Vous êtes encore là ?") == (Outcome.SMALLTALK, "bonjour")


def test_a_piece_of_a_confident_piece_does_not_overrule_it(matcher):
    # "on peut quand même déposer ?" alone would be "how to submit"
    question = "dites-moi on n'a pas l'accord du CD, on peut quand même déposer ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "qui-peut-candidater")
    # a colon does not end the question: "combien de projets" alone is the second call's
    question = "Je suis chargée de mission au CD du Tarn, premier appel : combien de projets selectionnes"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "premier-ami")
    question = "auriez-vous des infos sur premier appel : combien de projets selectionnes"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "premier-ami")


def test_a_communaute_de_communes_is_not_a_joint_action(matcher):
    # "communauté" shares its stem with "en commun" (actions proposed jointly)
    question = "Une communauté de communes a-t-elle le droit de présenter un projet ?"
    assert outcome(matcher, question) != (Outcome.ANSWERED, "actions-eligibles")


def test_a_subject_of_its_own_is_not_read_as_a_plain_one(matcher):
    # what the subject keeps is governance, or the SPIE's ambition: not "cette action est-elle éligible ?"
    question = "on veut renforcer le comité de pilotage départemental, c'est finançable ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "coordination-gouvernance")
    # the subject is the clause before "c'est", not who writes before it
    question = ("Bonjour, je suis chargée de mission au département du Tarn, on veut renforcer le comité "
                "de pilotage départemental, c'est finançable ? Merci d'avance.")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "coordination-gouvernance")
    question = "petite question on veut renforcer le comité de pilotage départemental, c'est finançable ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "coordination-gouvernance")
    question = "Aller chercher les personnes à la rue pour leur proposer un parcours vers l'emploi, c'est éligible ?"
    assert outcome(matcher, question)[0] is not Outcome.ANSWERED
    # actions that "enter the call" are not structures joining the group
    question = "Nos actions du programme départemental d'insertion peuvent-elles entrer dans l'AMI ?"
    assert outcome(matcher, question) != (Outcome.ANSWERED, "qui-peut-candidater")


def test_lacking_someone_is_not_missing_the_deadline(matcher):
    question = "Notre groupement compte le CD et deux associations, il manque quelqu'un ?"
    assert outcome(matcher, question) != (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "On a manqué la date limite ?") == (Outcome.ANSWERED, "date-limite")


def test_a_plain_subject_is_read_after_a_greeting_too(matcher):
    # with context around it, the question is still explained by the entry of its plain reading
    question = "Re-bonjour, encore une question : Un centre de soins en addictologie peut-il porter le projet ? svp"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "qui-peut-candidater")
    question = "Je travaille au CCAS de Rodez. Un groupement d'employeurs agricoles peut-il être membre ? Bonne journée"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "membres-groupement")
    # ...and a question left unexplained by its entry stays a suggestion
    question = "Notre projet a été retenu au premier AMI. Combien d'argent par projet ?"
    assert outcome(matcher, question)[0] is not Outcome.ANSWERED


def test_a_question_word_before_may_is_not_a_plain_subject(matcher):
    # "jusqu'à quand notre structure peut-elle déposer ?" asks when, "où ... peut-elle déposer ?" where
    question = "je me demande jusqu'à quand notre structure peut-elle déposer ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "date-limite")
    question = "Où notre association gitane peut-elle déposer ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "comment-deposer")
    # courtesy is not the subject: "le département" is
    question = "question rapide le département doit-il être membre même si une association porte le projet ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "membres-groupement")


def test_a_pronoun_before_may_is_the_subject(matcher):
    # "on peut déposer": "on" is the subject, so the clause before is no subject asked whether it may apply
    question = "Nos partenaires signent le 11 octobre au matin, on peut déposer le soir même ?"
    assert outcome(matcher, question) != (Outcome.ANSWERED, "qui-peut-candidater")
    question = "Je suis chargée de mission au département du Tarn, on peut déposer sur le site de la préfecture ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "comment-deposer")


def test_who_may_inform_me_is_not_who_may_apply(matcher):
    # "me renseigner sur" is asking only after a wish or a request ("on m'a demandé de..."),
    # not in "qui peut me renseigner ?", a question for the contacts
    assert outcome(matcher, "Qui peut me renseigner sur l'AMI ?") != (Outcome.ANSWERED, "qui-peut-candidater")


def test_a_sa_place_is_instead_of_not_a_place_in_the_group(matcher):
    # "notre place dans ce groupement" asks about membership, "à sa place" does not
    question = "Une autre structure peut-elle candidater à sa place ?"
    assert outcome(matcher, question) != (Outcome.ANSWERED, "membres-groupement")


def test_an_introduction_that_goes_on_to_ask_is_not_small_talk(matcher):
    for question in ("Bonjour, nous sommes une mission locale et nous voudrions savvoir quelle est la date limite",
                     "Bonjour, je suis en retard pour le dépôt.",
                     "Bonjour, je suis une association, peut-on candidater"):
        assert outcome(matcher, question)[0] is not Outcome.SMALLTALK, question


def test_a_greeting_with_who_writes_is_a_greeting(matcher):
    for question in ("Bonjour, adjoint au maire de Castres ici", "Bonjour, ici la mission locale de Nîmes",
                     "bonjour je suis directrice d'une association d'insertion",
                     "Bonjour, présidente du CCAS de Millau"):
        assert outcome(matcher, question) == (Outcome.SMALLTALK, "bonjour"), question
    # without punctuation, what follows the greeting may still ask
    assert outcome(matcher, "bonjour je suis en retard pour le dépôt")[0] is not Outcome.SMALLTALK
    assert outcome(matcher, "merci, je transmets au maire") == (Outcome.SMALLTALK, "merci")


def test_the_town_of_an_actor_is_not_what_is_asked(matcher):
    assert outcome(matcher, "la métropole de Montpellier peut-elle être chef de file ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")
    assert outcome(matcher, "le CCAS de Rodez peut-il faire partie du groupement ?") == (
        Outcome.ANSWERED, "membres-groupement")
    # a country, or where a place is, still weighs
    assert outcome(matcher, "l'AMI est-il ouvert en Belgique ?")[0] is not Outcome.ANSWERED
    assert outcome(matcher, "Où se trouve la préfecture de Toulouse ?")[0] is not Outcome.ANSWERED


def test_two_kinds_of_local_authority_do_not_ask_whether_they_are_the_same(matcher):
    assert "meme" not in matcher.analyzer.words("je suis maire d'une petite commune, ma mairie peut candidater ?")
    assert outcome(matcher, "France Travail ou Pôle emploi ?") == (Outcome.ANSWERED, "france-travail")


def test_greeting_does_not_hide_the_question(matcher):
    assert outcome(matcher, "Bonjour, qui peut candidater ?") == (Outcome.ANSWERED, "qui-peut-candidater")
    assert outcome(matcher, "merci pour l'info, et la date limite ?") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "bonjour, merci, une question sur le budget") != (Outcome.SMALLTALK, "merci")


def test_a_quoted_email_address_asks_about_the_contact(matcher):
    for question in ("le contact c'est bien communication@occitanie.gouv.fr ?",
                     "j'écris à communication@occitanie.gouv.fr, c'est la bonne adresse ?"):
        result = matcher.match(question)
        offered = [result.entry] if result.outcome is Outcome.ANSWERED else [c.entry for c in result.suggestions]
        assert offered and offered[0].id == "contacts", question


def test_no_need_to_know_the_public_is_not_a_question_on_the_public(matcher):
    # "pas besoin de connaître" is not the framing "(j'ai) besoin de connaître"
    assert outcome(matcher, "pas besoin de connaître le public visé ?") != (Outcome.ANSWERED, "spie-presentation")


def test_a_dictated_introduction_does_not_hide_the_question(matcher):
    # no punctuation: the question starts at its first question word after who writes
    for question, expected in (
        ("je suis chargée de mission dans une association du Gers est ce qu'on peut porter le projet",
         "qui-peut-candidater"),
        ("nous sommes un centre social à Albi comment fait on pour déposer le dossier", "comment-deposer"),
        ("je travaille au département du Lot quand est la date limite", "date-limite"),
    ):
        assert outcome(matcher, question) == (Outcome.ANSWERED, expected), question


def test_a_clause_dated_by_the_one_before_asks_about_that_date(matcher):
    # "le soir même" is the evening of the date before it: not "can we submit?" (how to)
    result = matcher.match("Le bureau signe le 8 octobre au matin, on peut déposer le soir même ?")
    assert result.outcome is Outcome.SUGGESTED and result.suggestions[0].entry.id == "date-limite"


def test_vague_question_gets_suggestions_not_an_answer(matcher):
    result = matcher.match("éligible ?")
    assert result.outcome is Outcome.SUGGESTED
    ids = [c.entry.id for c in result.suggestions]
    assert 1 < len(ids) <= 3
    assert {"actions-eligibles", "qui-peut-candidater"} <= set(ids)


@pytest.mark.parametrize("question", ["", "   ", "?!", "🙂🙂", "quand", "qui ?"])
def test_empty_or_question_word_only_is_unanswered(matcher, question):
    assert outcome(matcher, question) == (Outcome.UNANSWERED, None)


def test_question_words_alone_answer_only_a_variant_made_of_them(matcher):
    # "jusqu'à quand ?" is a variant of the deadline: the same bare question is answered...
    assert outcome(matcher, "on a jusqu'a quand") == (Outcome.ANSWERED, "date-limite")
    # ...but that variant does not pull every question with "jusqu'à" towards the deadline
    assert outcome(matcher, "le projet peut aller jusqu'en 2024 ?")[1] != "date-limite"
    assert outcome(matcher, "quand ?") == (Outcome.UNANSWERED, None)
    # "pourquoi" too, though its term is a stem ("pourquo")
    assert outcome(matcher, "pourquoi ?") == (Outcome.UNANSWERED, None)
    assert outcome(matcher, "why?") == (Outcome.UNANSWERED, None)
    # and a why-question is answered by the fact it asks about
    assert outcome(matcher, "pour quelle raison faut-il l'accord du département ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")
    assert outcome(matcher, "pourquoi retenir 35 territoires et pas davantage ?") == (
        Outcome.ANSWERED, "nombre-territoires")


def test_huge_input_is_cut_and_still_answered(matcher):
    question = "Quelle est la date limite ? " * 5000
    result = matcher.match(question)
    assert result.question == question
    assert result.outcome is Outcome.ANSWERED and result.entry.id == "date-limite"


def test_every_canonical_question_answers_itself(kb, matcher):
    for entry in kb.questions():
        result = matcher.match(entry.question)
        assert (result.outcome, result.entry) == (Outcome.ANSWERED, entry), entry.id


def test_explain_lists_terms_and_candidates(matcher):
    explained = matcher.explain("date limite pour candidater")
    assert "date_limite" in explained["terms"]
    assert explained["candidates"][0]["entry"] == "date-limite"


def test_a_when_question_is_not_answered_by_an_entry_that_never_says_when(matcher):
    # "35 territoires" belongs to nombre-territoires, but the question asks "when"
    result = matcher.match("quand est prevue la selection des 35 territoires")
    assert not (result.outcome is Outcome.ANSWERED and result.entry.id == "nombre-territoires")


def test_carrying_a_project_is_not_what_the_call_is_about(matcher):
    # "porter le projet" (to lead it) and "sur quoi porte l'AMI" (its subject)
    assert outcome(matcher, "sur quoi porte l'AMI ?") == (Outcome.ANSWERED, "coordination-gouvernance")
    leading = [c.entry.id for c in matcher.rank("un ccas peut il etre porteur")[:3]]
    assert leading[0] == "qui-peut-candidater"
    assert "coordination-gouvernance" not in leading


def test_tel_que_is_not_a_phone_number(matcher):
    leading = [c.entry.id for c in matcher.rank("un acteur tel que la CAF peut-il candidater ?")[:3]]
    assert leading[0] == "qui-peut-candidater" and "contacts" not in leading


def test_a_confident_whole_message_is_not_split(kb):
    from bot.config import Settings, Thresholds
    from bot.matcher import Matcher

    question = "Bonjour, nous sommes une association d'insertion dans le Gers. ou envoyer notre dossier svp"
    # the whole message leans to who may apply ("association"), its last sentence asks where to send
    assert outcome(Matcher(kb, Thresholds()), question) == (Outcome.ANSWERED, "comment-deposer")
    assert outcome(Matcher(kb, Thresholds(confident=0)), question) == (Outcome.ANSWERED, "qui-peut-candidater")
    assert Settings.from_env({"SPIE_CONFIDENT_THRESHOLD": "60"}).thresholds.confident == 60


def test_until_asks_like_a_question_word(matcher):
    # "jusqu'à quelle date ... sur démarches simplifiées": the deadline, not how to submit
    question = "Jusqu'à quelle date pouvons-nous soumettre notre projet sur démarches simplifiées ?"
    assert matcher.rank(question)[0].entry.id == "date-limite"


def test_a_possessive_is_weak_evidence(matcher):
    # "notre" does not pull a question about dates towards "will our project be selected?"...
    assert outcome(matcher, "notre projet pourra t il commencer en 2022") == (Outcome.ANSWERED, "mise-en-oeuvre")
    sure = "est ce qu'on est sur d'etre selectionne si on candidate"  # no "notre": still that entry
    assert outcome(matcher, sure) == (Outcome.ANSWERED, "selection-cas-particulier")
    # ...but still tells that entry from the date of the selection
    assert outcome(matcher, "notre projet sera-t-il retenu ?") == (Outcome.ANSWERED, "selection-cas-particulier")
    assert outcome(matcher, "quand les projets seront-ils retenus ?") == (Outcome.ANSWERED, "date-selection")


def test_words_that_only_frame_the_question_are_not_content(matcher):
    # "sigle" and "aura lieu" only frame what is asked
    terms = matcher.analyzer.terms
    assert terms("que signifie le sigle SPIE") == terms("SPIE")
    assert terms("quand aura lieu la sélection") == terms("quand la sélection")
    # SMS greetings, "passer par", prepositions of place
    assert terms("bjr qui peut candidater") == terms("qui peut candidater")
    assert terms("faut-il passer par DS") == terms("faut-il DS")
    assert terms("maillage autour de la personne") == terms("maillage de la personne")
    assert terms("how many new territories") == terms("combien de nouveaux territoires")
    # "c'est bon ?" asks whether it is fine, not about a good project
    assert terms("c'est bon si un CCAS candidate ?") == terms("si un CCAS candidate ?")
    # "beaucoup" says how much, not what ("beaucoup de lauréats ?" still asks how many)
    assert terms("on me parle beaucoup du SPIE") == terms("le SPIE")
    assert terms("il y a beaucoup d'instances") == terms("il y a des instances")
    assert terms("beaucoup de lauréats") == terms("combien de lauréats")
    # everyday words that typo correction took for words of the base: "concret" is not
    # "concertation", "ça revient à" is not "retient" (selected), an "annexe" is not an "année"
    assert terms("un exemple concret") == terms("un exemple")
    assert terms("ça revient au même") == terms("au même")
    assert terms("les annexes")[0] not in terms("quelle année")
    # the département's everyday words: "il faudra", "nos voisins de", "ses propres services"
    assert terms("il faudra déposer") == terms("déposer")
    assert terms("combien de lauréats cette fois-ci") == terms("combien de lauréats")  # as "ce coup-ci"
    assert terms("nos voisins de l'Aude") == terms("nos … de l'Aude")
    # nor do these adverbs; "après" was dropped only by luck (corrected into "auprès")
    assert terms("faut-il absolument France Travail") == terms("faut-il France Travail")
    assert terms("déposer après le 11 octobre") == terms("déposer le 11 octobre")
    # what the bot's own words mean
    assert terms("qu'entendez-vous par maillage des professionnels") == terms("maillage des professionnels")
    assert terms("la concertation dont vous parlez") == terms("la concertation")
    # "what kinds of...", "can you outline...": as "quel type de", "dites-moi"
    assert terms("what kinds of projects can get funded") == terms("what projects can get funded")
    assert terms("can you outline the dates") == terms("the dates")
    # a word of a longer variant ("ligne téléphonique", "sent in") is known, so it is never
    # taken to another inflection's term: where it means that term alone, it is listed too
    for alone, listed in (("téléphonique", "téléphone"), ("submitted", "submit"), ("municipal", "municipalité"),
                          ("departmental", "department"), ("jobseeker", "jobseekers")):
        assert terms(alone) == terms(listed), alone
    # social workers are professionals of insertion
    assert terms("les travailleurs sociaux") == terms("les professionnels")
    # "et côté...", "du côté de...": regarding what follows
    assert terms("et côté contenu du dossier") == terms("contenu du dossier")
    assert terms("du côté des dates, c'est quand ?") == terms("les dates, c'est quand ?")
    # "seulement" is "only", not "seul" (on one's own) by its stem
    assert terms("commencer en 2023 seulement") == terms("commencer en 2023")
    # discourse markers and framings
    for framed in ("du coup qui peut candidater", "qui peut candidater s'il vous plaît",
                   "euh sinon, qui peut candidater au juste ?", "j'aurais besoin de savoir qui peut candidater",
                   "je ne sais pas qui peut candidater", "voilà ma question : qui peut candidater",
                   "à votre avis, qui peut candidater", "ok et qui peut candidater"):
        assert terms(framed) == terms("qui peut candidater"), framed


def test_a_context_sentence_is_not_answered_instead_of_the_question(matcher):
    # "Nous sommes une mission locale." alone reads as "can a mission locale apply?"
    question = "Bonjour. Nous sommes une mission locale. Faut-il que Pôle emploi fasse partie du groupement ?"
    result = matcher.match(question)
    offered = [result.entry.id] if result.entry else [c.entry.id for c in result.suggestions]
    assert offered[0] == "membres-groupement"


def test_a_question_that_points_back_is_read_with_the_sentence_before_it(matcher):
    question = ("Bonjour, je suis chargée de mission au département du Tarn, notre centre social souhaiterait "
                "se positionner sur l'AMI SPIE en tant que porteur. Est-ce envisageable ? Bonne journée")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "qui-peut-candidater")


def test_a_question_that_points_back_takes_the_sentence_before_as_context(matcher):
    # "c'est" is what the sentence before names; its other words (who writes,
    # where) say nothing against an entry
    question = ("Dans nos documents on lit Pôle emploi, mais nos partenaires parlent de France Travail. "
                "Est-ce que c'est pareil ?")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "france-travail")
    # a question with a subject of its own is not read with the context
    assert outcome(matcher, "Nous sommes une association. C'est quoi le RSA ?")[0] is not Outcome.ANSWERED


def test_a_clause_that_opens_by_pointing_back_is_not_answered_alone(matcher):
    # "c'est ce que finance l'AMI ?" is about the minibus, not what the call funds
    question = "On veut acheter un minibus pour les usagers, c'est ce que finance l'AMI ?"
    assert outcome(matcher, question)[0] is not Outcome.ANSWERED
    question = "On veut acheter un minibus pour les usagers : est-ce finançable par l'AMI ?"
    assert outcome(matcher, question)[0] is not Outcome.ANSWERED
    # a steering committee is governance, which the call does not fund
    question = "On veut créer un comité de pilotage départemental, c'est ce que finance l'AMI ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "coordination-gouvernance")
    question = "parcours personnalisé pr toute personne en difficulté, c le principe du spie ?"  # SMS
    assert outcome(matcher, question) == (Outcome.ANSWERED, "spie-presentation")
    question = "parcours personnalisé pour toute personne en difficulté, c'est le principe du spie ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "spie-presentation")
    # after a greeting or who writes, such a clause is the question
    question = "Bonjour, je suis chargée de mission au département du Tarn, c'est pour renforcer la gouvernance ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "coordination-gouvernance")


def test_a_clause_that_concedes_is_not_answered_alone(matcher):
    # "on peut quand même déposer ?" alone is how to submit; its condition is the CD's refusal
    question = "si le conseil départemental refuse, on peut quand même déposer ?"
    assert outcome(matcher, question) != (Outcome.ANSWERED, "comment-deposer")
    question = "Le département ne veut pas s'engager. On peut quand même déposer ?"
    assert outcome(matcher, question) != (Outcome.ANSWERED, "comment-deposer")
    # a sentence that holds its condition is read on its own, after who writes
    question = "Je travaille au CCAS de Rodez. On n'a pas l'accord du CD, on peut quand même déposer ? Merci d'avance."
    assert outcome(matcher, question) == (Outcome.ANSWERED, "qui-peut-candidater")


def test_the_principle_of_the_spie_is_not_what_projects_must_respect(matcher):
    assert outcome(matcher, "c'est quoi le principe du SPIE ?") != (Outcome.ANSWERED, "attendus-projets")
    assert outcome(matcher, "le projet doit respecter les principes du SPIE ?") == (
        Outcome.ANSWERED, "attendus-projets")


def test_a_piece_of_question_words_only_lost_its_subject(matcher):
    # ", et jusqu'à quand ?" is not "jusqu'à quand (candidater) ?"
    question = "Si notre projet est sélectionné, on démarre les actions quand, et jusqu'à quand ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "mise-en-oeuvre")


@pytest.mark.parametrize(
    "question, entry",
    [("Dans combien de temps aura-t-on la décision ?", "date-selection"),  # when, not how long
     ("La date limite est-elle repoussée ?", "date-limite"),
     ("Le public visé doit-il être décrit dans le projet ?", "attendus-projets"),  # not "l'objectif visé"
     ("Où lire le communiqué en entier ?", "en-savoir-plus"),
     ("Les actions peuvent-elles s'étaler jusqu'en 2025 ?", "mise-en-oeuvre"),  # how long they last
     ("qu'en pense le préfet d'Occitanie ?", "declaration-prefet"),
     ("on sera prévenus quand ?", "date-selection"),  # when the decision is announced
     ("faut-il avoir la CAF avec nous ?", "membres-groupement"),  # as a partner, not as applicant
     ("quelles sont les dates à retenir ?", "calendrier"),  # not "retenu" (selected)
     ("c'est quoi le service publique de l'insertion et de l'emploi", "spie-presentation"),
     ("pouvez-vous jeter un œil à notre candidature ?", "selection-cas-particulier"),
     ("Combien de projets l'État compte-t-il sélectionner ?", "nombre-territoires"),  # intends to, not "comité"
     ("j'ai une question sur notre situation, qui peut me répondre ?", "contacts"),  # not "répondre à l'AMI"
     ("pouvons-nous répondre à l'AMI ?", "qui-peut-candidater"),
     ("on a loupé la date, c'est grave ?", "date-limite"),
     ("what kind of activities qualify", "actions-eligibles"),
     ("notre assoc peut postuler sans le CD ?", "qui-peut-candidater"),  # not "associer" (a partner)
     ("ils vont prendre combien de projets", "nombre-territoires"),  # not "rendre" (submit)
     ("le dépôt c'est jusqu'au 11 oct. ?", "date-limite"),
     ("Quels éléments doivent figurer dans la réponse à l'AMI ?", "attendus-projets"),  # the application
     ("la réponse de l'État arrive quand ?", "date-selection"),  # "arriver": as "tomber", when
     ("on doit embarquer France Travail dans le projet ?", "membres-groupement"),  # as a partner
     ("le CD31 doit donner son feu vert pour qu'on candidate ?", "qui-peut-candidater"),  # not 31 projects
     ("quelle est la date de forclusion de l'AMI ?", "date-limite"),
     # Pôle emploi, not the SPIE ("service public de l'insertion et de l'emploi")
     ("le groupement doit-il inclure le service public de l'emploi ?", "membres-groupement"),
     # "connaître" of "j'aimerais connaître" is not "connaîtra-t-on les résultats"
     ("j'aimerais connaître on commence quand si on est retenu", "mise-en-oeuvre"),
     # "communiqués": announced, not the press release
     ("Savez-vous quand les résultats seront communiqués ?", "date-selection"),
     ("on m'a parlé du SPIE, c'est quoi ?", "spie-presentation"),
     ("une petite commune peut-elle candidater ?", "qui-peut-candidater"),  # a town, not "en commun"
     # a kind of action, whatever its subject
     ("des ateliers collectifs pour les bénéficiaires, est-ce éligible ?", "actions-eligibles"),
     ("le SPIE, c'est aussi pour les jeunes ?", "spie-presentation"),  # one of its publics
     # what will be looked at is the criteria (not "regardez notre dossier")
     ("qu'est-ce qui est regardé en priorité dans une candidature ?", "attendus-projets"),
     ("cb de lauréats ?", "nombre-territoires"),
     ("qui pilote l'appel ?", "ami-presentation"),  # who launches it (a "comité de pilotage" is governance)
     ("quelles sont les prochaines étapes ?", "calendrier"),
     ("quel est le barème de notation ?", "attendus-projets"),  # the criteria (no grid is published)
     ("le SPIE et la lutte contre l'exclusion, quel lien ?", "spie-strategie-pauvrete"),
     ("faut-il impliquer la CAF ?", "membres-groupement"),
     ("un dossier hors délai est-il accepté ?", "date-limite"),
     ("le SPIE va-t-il poursuivre son déploiement ?", "ami-presentation"),  # what the second call is for
     ("à quoi doit servir l'AMI ?", "ami-presentation"),  # "servir" as "sert"
     ("le SPIE a été testé pour la première fois quand ?", "experimentations"),  # not the first AMI
     ("faut-il envoyer une lettre recommandée ?", "comment-deposer"),  # by post: no, online
     # "demain", "bientôt" ask when, as "aujourd'hui"; adverbs say nothing of the subject
     ("la date limite c'est demain ?", "date-limite"), ("les résultats sortent bientôt ?", "date-selection"),
     ("le SPIE n'a finalement rien à voir avec l'emploi ?", "spie-presentation"),
     # who asks ("notre présidente voudrait savoir") and what for ("pour estimer nos chances") are not
     # the question; "l'État compte retenir": intends to
     ("notre présidente voudrait savoir combien de projets l'État compte retenir, pour estimer nos chances",
      "nombre-territoires"),
     # what someone believes and who is right are not the question
     ("ma collègue pense que l'AMI finance de nouvelles instances de pilotage, qui a raison ?",
      "coordination-gouvernance"),
     # everyday English
     ("when is the closing day for bids?", "date-limite"),
     ("who is in charge of the call?", "ami-presentation"),
     ("what's the timeframe of the call?", "calendrier"),
     ("is it about teamwork between caseworkers?", "coordination-gouvernance"),
     ("can the family allowances fund be a partner?", "membres-groupement"),
     ("la CAF peut-elle être cosignataire ?", "membres-groupement"),  # signing with the applicant: a partner
     ("la préfète incite-t-elle les associations à répondre ?", "declaration-prefet"),  # what she hopes for
     # open to whom is who may apply; open for applications is the deadline
     ("est-ce ouvert aux collectivités ?", "qui-peut-candidater"),
     ("l'appel est encore ouvert aux candidatures ?", "date-limite"),
     ("à votre avis on sera pris ?", "selection-cas-particulier"), ("le 13 octobre c'est fichu ?", "date-limite"),
     # what something was designed for is not what someone thinks of it
     ("pour quelles personnes le SPIE a-t-il été conçu ?", "spie-presentation"),
     ("quel serait le rôle du CCAS dans le groupement ?", "membres-groupement"),
     ("y a-t-il des infos sur www.prefectures-regions.gouv.fr ?", "en-savoir-plus"),
     # actors known by their acronym
     ("un CHRS est-il éligible ?", "qui-peut-candidater"),
     ("le GRETA peut-il faire partie du groupement ?", "membres-groupement"),
     # when a partner joins does not change who may
     ("le CCAS peut-il intégrer le groupement en cours de route ?", "membres-groupement")],
)
def test_everyday_turns_of_phrase(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_will_we_be_selected_asks_about_our_case_not_the_date(matcher):
    assert outcome(matcher, "serons-nous sélectionnés ?") == (Outcome.ANSWERED, "selection-cas-particulier")
    assert outcome(matcher, "will we be selected?") == (Outcome.ANSWERED, "selection-cas-particulier")
    assert outcome(matcher, "Nous avons un bon projet. Pensez-vous qu'il sera retenu ?") == \
        (Outcome.ANSWERED, "selection-cas-particulier")
    assert outcome(matcher, "quand serons-nous sélectionnés ?") == (Outcome.ANSWERED, "date-selection")
    # "on sera retenus", like "serons-nous retenus", is about our case, not the date
    assert outcome(matcher, "Tu crois qu'on sera retenus ?") == (Outcome.ANSWERED, "selection-cas-particulier")


def test_words_of_framings_are_not_corrected_into_content_words(matcher):
    # "matière" is not a typo of "manière" (de quelle manière: comment)
    terms = matcher.analyzer.terms
    assert terms("l'objet de l'AMI en matière de coordination") == terms("l'objet de l'AMI coordination")
    # "monter un groupement" sets it up: not a typo of "montrer" (what projects must show)
    assert terms("monter le groupement sans la CAF") == terms("le groupement sans la CAF")
    # nor is a subjunctive ("doive", "puisse") a content word
    assert terms("faut-il que la CAF doive être membre") == terms("faut-il que la CAF être membre")


@pytest.mark.parametrize(
    "question, entry",
    [("Je vous saurais gré de bien vouloir m'indiquer qui peut candidater.", "qui-peut-candidater"),
     ("Madame, Monsieur, notre EPCI est-il habilité à présenter une candidature au titre de cet appel ? "
      "Je vous prie d'agréer l'expression de mes salutations distinguées.", "qui-peut-candidater"),
     ("Dans l'attente de votre retour, pourriez-vous me préciser par quelle voie le dossier doit être transmis ?",
      "comment-deposer"),
     ("La présence de la CAF au sein du groupement revêt-elle un caractère obligatoire ?", "membres-groupement"),
     ("Selon quelles modalités les candidatures sont-elles déposées ?", "comment-deposer"),
     ("Quelle a été la prise de position du préfet ?", "declaration-prefet"),
     ("Pôle emploi existe-t-il encore ?", "france-travail")],
)
def test_formal_letters_are_answered(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "question, entry",
    [("voilà ma question : qui peut candidater ?", "qui-peut-candidater"),  # not "à qui poser ma question"
     ("qui peut candidater ? merci d'avance pour votre réponse", "qui-peut-candidater"),
     ("j'ai besoin de savoir qui peut candidater", "qui-peut-candidater"),  # not "besoin d'aide"
     ("question bête : quelle est la date limite ?", "date-limite"),
     ("du coup, c'est plutôt de la coordination entre pros ou de la gouvernance ?", "coordination-gouvernance")],
)
def test_framing_leads_to_the_question_asked(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_a_quarter_asks_when(matcher):
    assert outcome(matcher, "les lauréats seront connus au T4 2021 ?") == (Outcome.ANSWERED, "date-selection")


def test_only_times_the_base_never_mentions_ask_when(matcher):
    terms = matcher.analyzer.terms
    assert terms("démarrer en 2025") == terms("démarrer quand")
    assert "2022" in terms("démarrer en 2022")  # a year of the documents stays a term
    assert "3000" in terms("3000 euros")  # not a year
    assert terms("réponse avant Noël") == terms("réponse avant quand")
    assert terms("le 11 octobre à minuit") == terms("le 11 octobre quand")
    assert terms("jusqu'à 23h59") == terms("jusqu'à quand")
    assert "octobr" in terms("jusqu'au 11 octobre")  # the deadline's month stays a term
    assert terms("déposer mi-octobre") == terms("déposer en octobre")  # "mi": the month's middle
    # a day the base never mentions asks when; the deadline's day stays a term
    assert terms("envoyer le 12 octobre") == terms("envoyer quand octobre")
    assert "11" in terms("envoyer le 11 octobre")
    assert "quand" not in terms("12 territoires")  # not a day
    # a date the base never writes asks when, its day and month alike ("11" is the deadline's
    # day, "novembre" a month of the selection): a wrong date is no evidence for them
    assert set(terms("jusqu'au 11 novembre")) == set(terms("jusqu'à quand"))
    assert set(terms("connus en mars 2022")) == set(terms("connus quand"))  # "mars 2020" is the experiments'
    assert {"11", "octobr", "2021"} <= set(terms("le 11 octobre 2021"))  # the deadline, known by its day
    assert "2020" in terms("lancées en mars 2020")
    # "encore" / "still" ask whether it is still time
    assert terms("peut-on encore déposer") == terms("quand peut-on déposer") == terms("can we still submit")


def test_a_wrong_date_in_the_question_does_not_lead_elsewhere(matcher):
    for question, entry in (("dépôt possible jusqu'au 11 novembre c'est bien ça ?", "date-limite"),
                            ("On a jusqu'au 31 octobre c'est ça ?", "date-limite"),  # not the 31 projects
                            ("les lauréats seront connus en mars 2022 ?", "date-selection")):
        assert outcome(matcher, question) == (Outcome.ANSWERED, entry), question


def test_a_number_the_base_never_writes_asks_how_many(matcher):
    terms = matcher.analyzer.terms
    assert set(terms("il y aura 50 territoires sélectionnés ?")) == set(terms("combien de territoires sélectionnés ?"))
    assert outcome(matcher, "il n'y aura que 10 territoires retenus ?") == (Outcome.ANSWERED, "nombre-territoires")
    # the base's own numbers stay its facts ("14 territoires" are the 14 experiments) ...
    assert "14" in terms("les 14 territoires de 2020")
    # ... and a number of something no question of the base counts stays an unknown word
    assert "combien" not in terms("nous accompagnons des jeunes depuis 10 ans")
    assert "combien" not in terms("appelez le 06 12 34 56 78")
    assert "combien" not in terms("les 3 territoires d'Occitanie")  # the base's answer writes it


def test_what_the_first_call_allowed_is_what_it_gave(matcher):
    assert outcome(matcher, "qu'est-ce qu'a permis le premier AMI ?") == (Outcome.ANSWERED, "premier-ami")
    # "selon" says nothing of the subject ("selon quels critères")
    assert outcome(matcher, "selon quels critères les dossiers seront-ils appréciés ?") == (
        Outcome.ANSWERED, "attendus-projets")
    assert matcher.analyzer.terms("les habitants") == matcher.analyzer.terms("nos concitoyens")[-1:]


def test_single_letters_are_joined_only_into_a_word_of_the_base(matcher):
    assert matcher.analyzer.terms("il y a à faire") == matcher.analyzer.terms("il y a faire")


def test_fitting_within_the_principles_is_not_registering_on_a_site(matcher):
    # the documents' own words: the projects "s'inscrivent dans les principes du SPIE"
    assert outcome(matcher, "le projet doit s'inscrire dans les principes du SPIE ?") == (
        Outcome.ANSWERED, "attendus-projets")
    assert outcome(matcher, "dans quel cadre s'inscrit le SPIE") == (Outcome.ANSWERED, "spie-strategie-pauvrete")
    assert "inscrit" not in matcher.analyzer.terms("comment s'inscrire sur démarches simplifiées")
    # a quotation of the prefect is his statement
    assert outcome(matcher, "verbatim du préfet Guyot ?") == (Outcome.ANSWERED, "declaration-prefet")


def test_the_lot_and_the_gard_are_departements_where_named_as_such(matcher):
    assert outcome(matcher, "Le CD du Lot peut-il déposer lui-même ?") == (Outcome.ANSWERED, "qui-peut-candidater")
    assert "territo" in matcher.analyzer.terms("dans le Gard")
    assert "territo" not in matcher.analyzer.terms("un lot de documents")


def test_an_administrative_number_is_not_a_phone_number(matcher):
    assert matcher.match("Bonjour, je travaille au conseil départemental, nous candidatons à l'AMI SPIE. "
                         "il faut un numéro SIRET pour déposer ?").outcome is not Outcome.ANSWERED


def test_where_asks_where(matcher):
    assert outcome(matcher, "on postule où concrètement") == (Outcome.ANSWERED, "comment-deposer")
    assert outcome(matcher, "ou postuler") == (Outcome.ANSWERED, "comment-deposer")
    # "où en est" asks how far something has gone
    assert matcher.analyzer.terms("où en est la sélection") == matcher.analyzer.terms("la sélection")


def test_a_phrasing_asking_where_still_answers_the_question_without_where(matcher):
    # "où trouver le texte de l'AMI", "où déposer le dossier": "où" is not held against these
    assert outcome(matcher, "je veux le texte complet de l'ami") == (Outcome.ANSWERED, "en-savoir-plus")
    assert outcome(matcher, "avez vous un document sur le premier AMI") == (Outcome.ANSWERED, "en-savoir-plus")
    assert outcome(matcher, "salut ou est le texte officiel de l'appel Bonne journée") == (
        Outcome.ANSWERED, "en-savoir-plus")


def test_the_plural_of_a_function_word_is_not_that_word(matcher):
    # "à caractère social" frames; "une limite de caractères" is a subject the base does not know
    assert "caracte" in matcher.analyzer.terms("une limite de caractères")
    assert matcher.match("Y a-t-il une limite de caractères pour le dossier ?").outcome is not Outcome.ANSWERED


def test_words_of_several_small_talk_entries_that_also_ask_are_a_question(matcher):
    # "infos" (merci pour les infos) and "plus" (à plus) together ask for more information
    assert outcome(matcher, "des infos en plus ?")[0] is not Outcome.SMALLTALK
    assert outcome(matcher, "cool merci bcp") == (Outcome.SMALLTALK, "merci")  # words of small talk only


def test_a_capitalised_word_of_the_base_after_a_greeting_is_not_a_name(matcher):
    assert outcome(matcher, "Bonjour, Candidature.")[0] is not Outcome.SMALLTALK
    assert outcome(matcher, "Bonjour, Claire Martin, directrice du CCAS de Millau.") == (Outcome.SMALLTALK, "bonjour")


def test_a_journalist_is_given_the_press_contact(matcher):
    # not "à qui s'adresse le SPIE" (whom the SPIE is for)
    question = "Bonjour, je suis journaliste à la Dépêche. À qui dois-je m'adresser pour une interview sur le SPIE ?"
    result = matcher.match(question)
    first = result.entry or result.suggestions[0].entry  # answered, or the first choice offered
    assert first.id == "contacts"


def test_evaluating_projects_afterwards_is_not_how_applications_are_judged(matcher):
    # the documents say nothing of evaluating results: not the selection criteria
    assert matcher.match("les projets seront-ils évalués à la fin ?").outcome is not Outcome.ANSWERED
    assert matcher.match("y aura-t-il une évaluation a posteriori des projets ?").outcome is not Outcome.ANSWERED
    assert outcome(matcher, "comment les projets seront-ils évalués ?") == (Outcome.ANSWERED, "attendus-projets")


def test_a_word_cut_short_is_the_word_it_begins(matcher):
    assert outcome(matcher, "résultats de la selec prévus pour quand ?") == (Outcome.ANSWERED, "date-selection")
    # unless the words it begins mean different things ("coordination", "coordonnées")
    assert matcher.analyzer.correct("coord") == "coord"
    assert matcher.match("combien d'€ par projet ?").outcome is not Outcome.ANSWERED


def test_an_amount_is_not_a_typo_of_a_function_word(matcher):
    # "montant" is one letter from "montent" ("monter un projet"); amounts are not in the documents
    assert "mont" in matcher.analyzer.terms("le montant par lauréat")
    assert matcher.match("montant par lauréat ?").outcome is not Outcome.ANSWERED


def test_an_answer_must_explain_the_question_not_only_its_context(matcher):
    # the context sentence is about the first AMI; the question, about money the documents do not give
    question = "Bonjour. Notre projet a été retenu au premier AMI en Occitanie. Combien d'argent par projet ?"
    assert matcher.match(question).outcome is not Outcome.ANSWERED
    # the question after a comma is what the answer must explain
    question = "Bonjour, je suis chargée de mission au département du Tarn, which actions are eligible? Merci !"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "actions-eligibles")
    # who writes is context too, even in the same sentence: applying again is not in the documents
    question = "nous sommes un département retenu au premier AMI, pouvons-nous candidater à nouveau ?"
    assert matcher.match(question).outcome is not Outcome.ANSWERED
    assert outcome(matcher, "nous sommes une mission locale, pouvons-nous porter le projet ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")


def test_small_talk_that_is_only_part_of_the_message_does_not_replace_the_answer(matcher):
    # "j'ai une question" is small talk; with "délai" the message asks the deadline
    assert outcome(matcher, "j'ai une question délai ?") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "j'ai une question") == (Outcome.SMALLTALK, "capacites")


def test_a_letter_of_support_is_neither_the_agreement_nor_the_prefects_statement(matcher):
    assert matcher.match("faut il une lettre de soutien du prefet").outcome is not Outcome.ANSWERED
    assert outcome(matcher, "faut-il une lettre d'accord du conseil départemental ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")


def test_at_which_period_asks_when(matcher):
    assert outcome(matcher, "vous communiquez les résultats de la sélection à quelle période") == (
        Outcome.ANSWERED, "date-selection")
    assert outcome(matcher, "à quelle période les projets seront-ils mis en œuvre ?") == (
        Outcome.ANSWERED, "mise-en-oeuvre")


def test_announcing_that_one_writes_is_not_the_question(matcher):
    assert outcome(matcher, "je vous écris pour savoir qui contacter") == (Outcome.ANSWERED, "contacts")
    # "vers" (towards, around) is a function word
    assert outcome(matcher, "vers quand la sélection ?") == (Outcome.ANSWERED, "date-selection")


def test_a_department_of_occitanie_is_a_territory(matcher):
    assert outcome(matcher, "vous pensez que le Gers sera sélectionné ?") == (
        Outcome.ANSWERED, "selection-cas-particulier")
    assert outcome(matcher, "l'Hérault a-t-il été retenu au premier AMI ?") == (Outcome.ANSWERED, "premier-ami")


def test_the_department_need_not_be_the_applicant(matcher):
    assert outcome(matcher, "faut-il obligatoirement que ce soit le département qui candidate ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")


def test_the_communication_department_is_the_contact(matcher):
    assert outcome(matcher, "mail du service communication de la préfecture d'Occitanie") == (
        Outcome.ANSWERED, "contacts")


def test_the_35_territories_are_national(matcher):
    assert outcome(matcher, "35 territoires c'est au niveau national ?") == (Outcome.ANSWERED, "nombre-territoires")


def test_the_governments_plan_is_the_anti_poverty_strategy(matcher):
    assert outcome(matcher, "le SPIE s'inscrit dans quel plan du gouvernement ?") == (
        Outcome.ANSWERED, "spie-strategie-pauvrete")


def test_a_wider_public_policy_is_the_anti_poverty_strategy(matcher):
    assert outcome(matcher, "à quelle politique publique se rattache le SPIE ?") == (
        Outcome.ANSWERED, "spie-strategie-pauvrete")


def test_what_an_acronym_designates_is_what_it_is(matcher):
    assert outcome(matcher, "l'AMI, ça désigne quoi ?") == (Outcome.ANSWERED, "ami-presentation")
    assert outcome(matcher, "que désigne le sigle SPIE ?") == (Outcome.ANSWERED, "spie-presentation")


def test_what_a_word_is_to_be_understood_as_is_not_what_the_group_includes(matcher):
    assert outcome(matcher, "le texte parle de Pôle emploi, il faut comprendre France Travail ?") == (
        Outcome.ANSWERED, "france-travail")
    assert outcome(matcher, "le groupement doit comprendre Pôle emploi ?") == (Outcome.ANSWERED, "membres-groupement")


def test_a_steering_committee_is_governance(matcher):
    assert outcome(matcher, "faut-il monter un comité de pilotage institutionnel pour répondre ?") == (
        Outcome.ANSWERED, "coordination-gouvernance")


def test_explaining_how_the_objectives_are_implemented_is_expected_of_projects(matcher):
    assert outcome(matcher, "il faut expliquer comment on va mettre en œuvre les objectifs du SPIE ?") == (
        Outcome.ANSWERED, "attendus-projets")


@pytest.mark.parametrize(
    "question, entry",
    [("les projets seront départagés quand ?", "date-selection"),  # to decide between is to select
     ("la fin des dépôts c'est le 11 octobre 2021 ?", "date-limite"),
     ("une action menée par plusieurs acteurs ensemble est éligible ?", "actions-eligibles"),  # in common
     ("récapitulez-moi les échéances de l'AMI", "calendrier"),
     # the whole span is the calendar, not the implementation period
     ("chronologie de l'appel, du lancement à la mise en œuvre ?", "calendrier"),
     # what the specification imposes on projects, not where to find it
     ("le cahier des charges impose quoi aux projets ?", "attendus-projets"),
     ("le dépôt se fait via quelle téléprocédure ?", "comment-deposer"),
     ("que recouvre le service public de l'insertion et de l'emploi ?", "spie-presentation"),
     ("les lauréats seront connus avant les fêtes ?", "date-selection"),  # a time the base never writes
     ("le projet doit être terminé fin 23 ?", "mise-en-oeuvre"),
     ("les 4 points que le projet doit montrer ?", "attendus-projets"),
     ("le préfet s'exprime sur quoi ?", "declaration-prefet"),
     ("qui contacter en cas de problème ?", "contacts"),
     ("l'AMI est organisé par la région ?", "ami-presentation"),  # by the State
     ("le projet dure deux exercices budgétaires ?", "mise-en-oeuvre"),
     ("l'agence France Travail doit-elle faire partie du groupement ?", "membres-groupement"),
     ("l'AMI vise le pilotage politique ?", "coordination-gouvernance"),
     ("une navette est-elle éligible ?", "actions-eligibles"),
     ("les demandeurs d'emploi doivent être au cœur du projet ?", "attendus-projets"),
     ("le conseil municipal peut-il porter le projet ?", "qui-peut-candidater"),
     ("quels sont les partenaires sans lesquels on ne peut pas candidater ?", "membres-groupement"),
     ("qui a lancé l'AMI au niveau de l'État ?", "ami-presentation")],  # "récapitulez" asks nothing itself
)
def test_words_of_the_same_notions(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "question, entry",
    [("le communiqué cite l'Aude, l'Aveyron et le Tarn, pourquoi ?", "premier-ami"),
     ("l'article parle de 31 projets en avril 2021, c'est quoi ?", "premier-ami"),
     ("le communiqué mentionne un site pour déposer, lequel ?", "comment-deposer"),
     ("what date does the article give as the deadline?", "date-limite"),
     ("J'ai lu sur le site du ministère que la date limite est le 11 octobre, c'est bien ça ?", "date-limite"),
     ("sur le site de la préfecture, ils disent que la sélection est en décembre ?", "date-selection"),
     # what the bot said before is not the subject either ("précédente" is not the first AMI)
     ("dans votre réponse précédente vous parliez de Pôle emploi, c'est obligatoire ?", "membres-groupement")],
)
def test_a_question_citing_the_documents_is_answered_on_its_subject(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_the_signature_of_a_pasted_email_is_not_the_question(matcher):
    thanks = "Merci beaucoup pour votre réponse.\nBien cordialement,\nMarie Dupont\nCCAS de Rodez"
    assert outcome(matcher, thanks) == (Outcome.SMALLTALK, "merci")
    question = ("Bonjour,\nPourriez-vous m'indiquer sur quelle plateforme déposer notre dossier ?\n--\n"
                "Paul Leroy, directeur, Mission locale du Tarn\nTél : 05 63 00 00 00")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "comment-deposer")


def test_what_the_documents_write_is_not_the_subject(matcher):
    question = ("Bonjour,\nDans les documents il est écrit Pôle emploi : faut-il lire France Travail ?\n"
                "Merci,\nL'équipe du CIAS")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "france-travail")
    assert outcome(matcher, "genre le SPIE c'est quoi en vrai") == (Outcome.ANSWERED, "spie-presentation")


@pytest.mark.parametrize(
    "question, entry",
    [("quels organismes sont habilités à soumissionner ?", "qui-peut-candidater"),  # not a "soumission" (deposit)
     ("les actions doivent-elles être co-construites par les acteurs du territoire ?", "actions-eligibles"),
     ("la date de fermeture des candidatures ?", "date-limite"),
     ("quand la décision d'attribution interviendra-t-elle ?", "date-selection"),
     ("quelle temporalité pour la réalisation des actions ?", "mise-en-oeuvre"),
     ("quelles sont les modalités de transmission des dossiers ?", "comment-deposer"),
     ("quel est le volume de territoires à retenir ?", "nombre-territoires"),
     ("combien de projets ont été labellisés lors de la première vague ?", "premier-ami"),
     ("pouvez-vous me donner le chronogramme de l'appel ?", "calendrier"),
     # "faire l'objet de" is to undergo, not the object of the call
     ("le SPIE a-t-il fait l'objet d'une phase de test ?", "experimentations"),
     ("le délai de rigueur pour candidater ?", "date-limite"),
     ("quand la décision finale sera-t-elle rendue ?", "date-selection"),
     ("l'accord du département est-il un prérequis pour candidater ?", "qui-peut-candidater"),
     ("France Travail s'est-il substitué à Pôle emploi ?", "france-travail"),
     ("quelles furent les préfigurations du SPIE ?", "experimentations"),
     ("quel est le point d'entrée à la préfecture ?", "contacts"),
     ("la recevabilité de notre projet, pouvez-vous la préjuger ?", "selection-cas-particulier"),
     ("l'AMI porte-t-il sur l'articulation des professionnels ?", "coordination-gouvernance"),
     # abbreviations and hurried words
     ("qui contacter a la pref", "contacts"),
     ("les actions doivent suivre les recos de la concertation ?", "actions-eligibles"),
     ("c quoi la deadline exacte pr l'AMI spie", "date-limite"),
     ("le depot ferme le 11 octobre 2021 c ca ?", "date-limite"),
     ("à kel échéance la décision sera prise ?", "date-selection")],  # "kel": quel, not quelle
)
def test_formal_vocabulary(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "question, entry",
    [("sans France Travail dans le groupement, est-ce un problème ?", "membres-groupement"),  # mandatory?
     ("un simple citoyen peut-il candidater ?", "qui-peut-candidater"),  # a person, not a structure
     ("un bénévole peut-il porter le projet ?", "qui-peut-candidater"),
     # "aujourd'hui", "à l'heure actuelle": is it still time, or is it over (today is after every date)
     ("si je dépose aujourd'hui, mon dossier sera recevable ?", "date-limite"),
     ("les projets sont-ils terminés à l'heure actuelle ?", "mise-en-oeuvre"),
     # frustration is not the question
     ("franchement, je cherche juste qui peut candidater", "qui-peut-candidater"),
     ("on s'y perd dans les étapes, pouvez-vous reprendre ?", "calendrier"),
     ("le SPIE c'est pour les personnes qui galèrent ?", "spie-presentation"),
     ("des territoires testaient déjà le SPIE en 2020 ?", "experimentations"),
     # a group "réunit" its members; the call "demande" (requires)
     ("notre groupement réunit le département et la CAF, ça suffit ?", "membres-groupement"),
     ("l'AMI demande-t-il de créer un comité de pilotage ?", "coordination-gouvernance"),
     ("faut-il créer un comité en plus ?", "coordination-gouvernance"),  # an instance
     # a partner who does not follow: is it mandatory?
     ("si Pôle emploi ne suit pas, que faire ?", "membres-groupement"),
     ("et si France Travail n'est pas partant ?", "membres-groupement"),
     ("France Travail ne veut pas participer, notre groupement est-il valable ?", "membres-groupement"),
     ("le SPIE aide-t-il à lutter contre la précarité ?", "spie-strategie-pauvrete"),
     ("quel est le déroulé de l'AMI ?", "calendrier"),
     ("qu'est-ce qui comptera le plus pour le jury ?", "attendus-projets"),  # not "comité"
     ("est-il trop tard pour se lancer ?", "date-limite"),  # getting started, not the call's launch
     ("quels sujets le dossier doit-il aborder ?", "attendus-projets")],
)
def test_everyday_wording_of_applicants(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "question, entry",
    [("qui doit obligatoirement être autour du tour de table ?", "membres-groupement"),  # the partners
     ("le SPIE relève-t-il de la politique anti-pauvreté ?", "spie-strategie-pauvrete"),  # against poverty
     ("à votre avis notre dossier tient-il la route ?", "selection-cas-particulier"),  # its chances
     ("l'AMI, c'est du pilotage des institutions ?", "coordination-gouvernance"),
     ("que va regarder le jury en priorité ?", "attendus-projets"),  # its criteria, not proofreading
     ("les jurys regardent quoi en premier dans une candidature ?", "attendus-projets"),
     ("vous pourriez regarder notre candidature ?", "selection-cas-particulier"),  # proofreading
     ("le projet sera-t-il forcément retenu ?", "selection-cas-particulier"),  # sure to be, not must be
     ("le CD est-il forcément porteur ?", "qui-peut-candidater"),
     ("c'est plutôt de la gouvernance ou du travail de terrain ?", "coordination-gouvernance"),
     ("le bot ne m'aide pas, j'appelle qui ?", "contacts"),  # calling, not a name ("comment s'appelle")
     ("parlez-moi du SPIE", "spie-presentation"),  # talking about it, not to someone
     ("doit-on parler des personnes accompagnées dans le projet ?", "attendus-projets"),
     ("je veux parler à quelqu'un", "contacts")],
)
def test_idioms_of_applicants(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_criteria_for_our_project_are_not_a_verdict_on_it(matcher):
    # asking us to evaluate a project is asking for a verdict...
    assert outcome(matcher, "pourriez-vous évaluer notre dossier ?") == (Outcome.ANSWERED, "selection-cas-particulier")
    # ...asking how it will be evaluated is asking for the criteria
    assert outcome(matcher, "sur quels critères notre dossier sera-t-il noté ?") == (Outcome.ANSWERED, "attendus-projets")
    assert outcome(matcher, "quels critères doit remplir notre dossier pour être retenu ?") != \
        (Outcome.ANSWERED, "selection-cas-particulier")


def test_an_investigation_is_not_a_construction(matcher):
    # "co-construire" is in common; "instruction" must not be corrected into "construction"
    assert "constru" not in " ".join(matcher.analyzer.terms("combien de temps dure l'instruction ?"))


def test_a_count_of_something_the_entry_does_not_speak_of_is_not_answered(matcher):
    assert matcher.match("combien d'euros par territoire retenu ?").outcome is not Outcome.ANSWERED
    assert outcome(matcher, "combien de territoires seront retenus ?") == (Outcome.ANSWERED, "nombre-territoires")
    # "dans combien de temps" asks when, and counts nothing
    assert outcome(matcher, "dans combien de temps la décision ?") == (Outcome.ANSWERED, "date-selection")
    # a count per unit is a rate the documents do not give, even where the entry names the unit
    assert matcher.match("combien de territoires seront retenus par département ?").outcome is not Outcome.ANSWERED
    # months are a duration
    assert outcome(matcher, "combien de mois dure la mise en œuvre ?") == (Outcome.ANSWERED, "mise-en-oeuvre")


def test_an_answer_true_of_occitanie_only_is_not_given_for_another_region(matcher):
    for question in ("qui contacter à la préfecture de Bretagne ?",
                     "qu'a déclaré le préfet des Hauts-de-France ?",
                     "la Normandie a-t-elle été retenue au premier AMI ?",
                     "qui contacter pour un projet en outre-mer ?"):
        assert matcher.match(question).outcome is not Outcome.ANSWERED, question
    assert outcome(matcher, "qui contacter à la préfecture ?") == (Outcome.ANSWERED, "contacts")
    # "la réunion d'information" is a meeting, not the île de la Réunion
    assert "autre_region" not in matcher.analyzer.terms("la réunion d'information c'est quand ?")
    assert "autre_region" in matcher.analyzer.terms("un projet en outre-mer")


def test_an_answer_true_of_occitanie_only_is_about_occitanie(matcher):
    # the contacts' phrasings do not name the region, their answer is the Occitanie prefecture's
    assert outcome(matcher, "mail communication occitanie") == (Outcome.ANSWERED, "contacts")
    assert outcome(matcher, "contacts en Occitanie") == (Outcome.ANSWERED, "contacts")


def test_search_keywords(matcher):
    for question, entry in (("spie kesako", "spie-presentation"),
                            ("combien de laureats ce coup ci", "nombre-territoires"),
                            ("doc complémentaire", "en-savoir-plus")):
        assert outcome(matcher, question) == (Outcome.ANSWERED, entry), question


def test_vocabulary_of_insertion_professionals(matcher):
    for question, entry in (
            # the "barriers" an action lifts, which the documents name none of
            ("est ce qu'une action de mobilité commune à plusieurs partenaires est éligible", "actions-eligibles"),
            ("une action logement est elle eligible ?", "actions-eligibles"),
            # "les publics accompagnés" are the public; a "vague" is a call
            ("le dossier doit il prouver notre connaissance des publics accompagnés", "attendus-projets"),
            ("le tarn fait partie des laureats de la premiere vague ?", "premier-ami")):
        assert outcome(matcher, question) == (Outcome.ANSWERED, entry), question
    # "départementale" is the département's, as "collectives" is in common
    assert "conseil_departemental" in matcher.analyzer.terms("une instance départementale")
    assert matcher.analyzer.terms("des actions collectives") == matcher.analyzer.terms("des actions communes")
    # the RSA's recipients are among the people accompanied, not the RSA itself
    assert matcher.analyzer.terms("les BRSA") == matcher.analyzer.terms("les allocataires") == \
        matcher.analyzer.terms("les bénéficiaires")
    assert matcher.match("montant du RSA").outcome is Outcome.UNANSWERED


def test_the_whole_country_says_nothing_of_the_subject(matcher):
    assert outcome(matcher, "les projets de toutes les régions se font en 2022-2023 ?") == (
        Outcome.ANSWERED, "mise-en-oeuvre")
    assert outcome(matcher, "en 2026 on dit France Travail partout ?") == (Outcome.ANSWERED, "france-travail")


def test_a_structure_d_insertion_may_join_the_group_or_lead_it(matcher):
    assert outcome(matcher, "les SIAE peuvent-elles intégrer le groupement ?") == (Outcome.ANSWERED, "membres-groupement")
    assert outcome(matcher, "notre chantier d'insertion peut-il être chef de file ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")


def test_the_head_of_the_group_carries_the_project(matcher):
    # "du groupement" names whose head is asked, not who must be in it
    assert outcome(matcher, "qui peut être chef de file du groupement ?") == (Outcome.ANSWERED, "qui-peut-candidater")
    assert outcome(matcher, "le mandataire du groupement doit-il être le conseil départemental ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")
    assert outcome(matcher, "le CD doit-il être dans le groupement ?") == (Outcome.ANSWERED, "membres-groupement")


def test_how_long_after_a_comma_asks_about_the_clause_before(matcher):
    question = "entre la date limite et la sélection, il se passe combien de temps ?"
    assert matcher.match(question).outcome is not Outcome.ANSWERED
    assert outcome(matcher, "combien de temps dure le projet ?") == (Outcome.ANSWERED, "mise-en-oeuvre")
    # with no subject, the duration of the projects is offered first, not answered: "combien de temps
    # pour déposer ?" would have been answered with it too
    result = matcher.match("sur combien de temps ?")
    assert result.outcome is Outcome.SUGGESTED and result.suggestions[0].entry.id == "mise-en-oeuvre"


def test_the_reason_after_a_question_is_not_more_of_it(matcher):
    question = ("Bonjour je me permets de vous écrire car nous sommes une association qui travaille avec des "
                "jeunes et nous voudrions savoir si nous pouvons répondre à l'AMI sans le département parce que "
                "celui-ci ne semble pas intéressé merci d'avance")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "qui-peut-candidater")
    question = ("bonjour on est en train de finaliser notre dossier avec nos partenaires et on voulait être sûrs "
                "de la date limite pour le déposer parce qu'on a un comité le 8 octobre merci")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "date-limite")


def test_a_clause_that_completes_the_one_before_is_not_asked_alone(matcher):
    # "du lancement jusqu'à la mise en œuvre" is the range of the dates asked
    question = ("Bonjour, pour préparer notre réunion de direction, pourriez-vous me donner toutes les dates "
                "importantes de l'AMI, du lancement jusqu'à la mise en œuvre des projets ?")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "calendrier")
    assert outcome(matcher, "Bonjour, du coup, qui peut candidater ?") == (Outcome.ANSWERED, "qui-peut-candidater")


def test_a_direction_is_not_directly(matcher):
    assert "seul" not in matcher.analyzer.terms("notre réunion de direction")
    assert outcome(matcher, "une asso peut deposer direct ou faut passer par le departement") == (
        Outcome.ANSWERED, "qui-peut-candidater")


def test_a_clause_opening_on_an_article_is_still_a_question(matcher):
    # "des" opens a question as often as a complement
    question = "Notre projet vise les jeunes, des actions de mobilité sont-elles éligibles ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "actions-eligibles")


def test_a_mail_to_submit_is_not_a_number_to_call(matcher):
    # mail and phone number both reach the contacts, but one may be a way to submit, the other not
    assert outcome(matcher, "peut-on candidater par mail ?") == (Outcome.ANSWERED, "comment-deposer")
    assert outcome(matcher, "le numéro, c'est pour les candidats ?") == (Outcome.ANSWERED, "contacts")
    assert outcome(matcher, "y a t il une ligne téléphonique pour les candidats") == (Outcome.ANSWERED, "contacts")
    assert outcome(matcher, "le 05 34 45 34 45 c'est pour qui ?") == (Outcome.ANSWERED, "contacts")


def test_the_words_of_the_prefects_statement_lead_to_it(matcher):
    question = "le préfet a parlé de mutualiser les offres de service, c'est-à-dire ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "declaration-prefet")
    # the statement does not say what is eligible
    assert outcome(matcher, "un projet de mutualisation des offres de service est-il éligible ?")[0] is not Outcome.ANSWERED


def test_re_alone_greets_again(matcher):
    assert outcome(matcher, "re") == (Outcome.SMALLTALK, "bonjour")
    assert outcome(matcher, "Bonjour, RSA ?")[0] is not Outcome.SMALLTALK


def test_fitting_the_call_asks_whether_it_is_eligible(matcher):
    terms = matcher.analyzer.terms
    eligible = terms("est-ce éligible")[-1]
    for question in ("la médiation numérique, ça colle avec l'appel ?", "notre idée rentre-t-elle dans les clous",
                     "un forum emploi rentre dans l'AMI ?", "est-ce compatible avec l'AMI ?"):
        assert eligible in terms(question), question
    # joining the group is not being eligible
    assert eligible not in terms("la CAF peut-elle entrer dans le groupement ?")


def test_the_last_item_of_a_list_is_not_asked_on_its_own(matcher):
    # each date of the list is asked, not the last one only
    for question in ("il me faut les dates : dépôt, sélection, mise en œuvre", "les étapes : lancement, dépôt, sélection"):
        assert outcome(matcher, question)[0] is not Outcome.ANSWERED, question
    # a greeting before the question is no list
    assert outcome(matcher, "Bonjour, madame, qui peut candidater") == (Outcome.ANSWERED, "qui-peut-candidater")


@pytest.mark.parametrize(
    "question, entry",
    [("Dans quelle mesure une mission locale peut-elle rejoindre le groupement ?", "membres-groupement"),
     ("Une association peut-elle intervenir en qualité de porteur de projet ?", "qui-peut-candidater"),
     ("Quelles actions peuvent être financées dans le cadre du présent appel ?", "actions-eligibles"),
     ("Pouvez-vous me rappeler l'ensemble des dates de l'appel ?", "calendrier"),
     # "entrer dans le cadre de l'AMI" is still to be eligible
     ("quelles actions entrent dans le cadre de l'AMI ?", "actions-eligibles"),
     ("la position exprimée par le préfet ?", "declaration-prefet"),
     # the contacts give the prefecture's Twitter account
     ("la préfecture a un compte sur les réseaux sociaux ?", "contacts")],
)
def test_the_connectives_of_administrative_french_say_nothing_of_the_subject(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_asking_whether_we_have_an_idea_is_asking(matcher):
    assert outcome(matcher, "Auriez-vous une idée de la date limite ?") == (Outcome.ANSWERED, "date-limite")
    # a project idea stays an idea
    assert matcher.analyzer.terms("on a une idée de projet")[0] == matcher.analyzer.terms("une idée")[0]
    # "la date" alone is the date of what the sentence before asks, not the calendar
    question = ("Nous avons déposé début octobre. Nos partenaires demandent quand la réponse arrivera. "
                "Avez-vous une idée de la date ?")
    assert outcome(matcher, question) != (Outcome.ANSWERED, "calendrier")
    assert outcome(matcher, "Bonjour, je suis au CCAS d'Albi. toutes les dates svp") == (Outcome.ANSWERED, "calendrier")


def test_hearing_of_the_spie_without_understanding_it_asks_what_it_is(matcher):
    for question in ("on entend souvent parler du SPIE, c'est quoi ?", "j'ai lu le SPIE sans bien comprendre son but",
                     "Je suis nouvelle dans le secteur, le SPIE c'est quoi ?"):
        assert outcome(matcher, question) == (Outcome.ANSWERED, "spie-presentation"), question
    # "nouveau" still asks about the new call
    assert outcome(matcher, "le nouvel AMI c'est quoi ?") == (Outcome.ANSWERED, "ami-presentation")


@pytest.mark.parametrize(
    "question, entry",
    [("what is the jury looking for in an application?", "attendus-projets"),
     ("who could I talk to about the call?", "contacts"),
     ("a quote from the prefect?", "declaration-prefet"),
     ("où lire le cdc ?", "en-savoir-plus"),  # cahier des charges
     ("la strat pauvreté et le SPIE ?", "spie-strategie-pauvrete")],
)
def test_everyday_english_and_abbreviations(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_asking_for_light_or_help_is_not_the_question(matcher):
    question = "Je ne sais pas si la CAF doit être dans le groupement. Pouvez-vous m'éclairer ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "membres-groupement")
    question = "Nous aurions besoin de connaître la date limite, car cela conditionne l'organisation de notre comité."
    assert outcome(matcher, question) == (Outcome.ANSWERED, "date-limite")
    # what the help is for stays the question, and needing no knowledge asks nothing
    assert outcome(matcher, "pouvez-vous m'aider à trouver un travail ?")[0] is not Outcome.ANSWERED
    assert outcome(matcher, "pas besoin de connaître les bénéficiaires ?")[0] is not Outcome.ANSWERED


def test_checking_and_enabling_words_say_nothing_of_the_subject(matcher):
    terms = matcher.analyzer.terms
    assert terms("le second AMI doit permettre de sélectionner 35 territoires") == terms(
        "le second AMI doit sélectionner 35 territoires")
    assert terms("je voulais juste être sûre qu'il s'agit bien du même organisme") == terms("même organisme")


@pytest.mark.parametrize(
    "question, entry",
    [("mon chef pense que la CAF ne peut pas être dans le groupement, il a raison ?", "membres-groupement"),
     ("les résultats sont en décembre si je me trompe pas ?", "date-selection"),
     ("la date limite c'est en octobre, am I right?", "date-limite")],
)
def test_checking_a_belief_is_not_its_subject(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_after_the_deposit_asks_the_next_steps_not_how_to_deposit(matcher):
    assert outcome(matcher, "ok et après le dépôt, il se passe quoi ?") == (Outcome.ANSWERED, "calendrier")
    assert outcome(matcher, "et après le dépôt du dossier ?")[1] in ("calendrier", "date-selection")
    assert outcome(matcher, "comment faire le dépôt ?") == (Outcome.ANSWERED, "comment-deposer")


@pytest.mark.parametrize(
    "question, entry",
    [("La CAF peut-elle jouer un rôle dans ce projet ?", "membres-groupement"),  # taking part
     ("qui peut assurer le portage du projet ?", "qui-peut-candidater"),
     ("quelle volumétrie de lauréats ?", "nombre-territoires"),
     ("quelles actions seront soutenues ?", "actions-eligibles"),  # supported: funded
     ("le dossier se remplit sur quelle plateforme ?", "comment-deposer"),
     ("Which requirements does a project need to meet?", "attendus-projets"),
     ("what is the delivery period for selected projects?", "mise-en-oeuvre")],
)
def test_words_of_administrations_and_business_english(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_filling_in_the_file_is_not_its_deposit_when_asking_how_long(matcher):
    assert outcome(matcher, "Combien de temps faut-il pour remplir le dossier ?")[0] is not Outcome.ANSWERED


@pytest.mark.parametrize(
    "question, entry",
    [("J'avoue que je ne sais même pas ce que veut dire AMI.", "ami-presentation"),
     # not yet: not whether it is still time
     ("Nous n'avons pas encore déposé. Nous voulons comprendre sur quel site le faire.", "comment-deposer"),
     ("Quelles interventions peuvent être retenues dans ce cadre ?", "actions-eligibles"),
     ("Nous voulons comprendre ce qu'un projet doit montrer pour être pris au sérieux.", "attendus-projets")],
)
def test_owning_up_and_not_yet_are_not_the_question(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "question, entry",
    [("besoin de la liste des membres obligatoires", "membres-groupement"),
     ("je fais un point sur les actions éligibles pour mon équipe", "actions-eligibles"),
     ("je cherche des informations sur la déclaration du préfet", "declaration-prefet")],
)
def test_a_need_said_without_a_question_asks_what_is_needed(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_help_needed_still_asks_whom_to_contact(matcher):
    assert outcome(matcher, "j'ai besoin d'aide") == (Outcome.ANSWERED, "contacts")


def test_thanks_for_details_on_a_subject_are_thanks(matcher):
    assert outcome(matcher, "merci pour les précisions sur le groupement") == (Outcome.SMALLTALK, "merci")
    # a question after the thanks is still answered
    assert outcome(matcher, "merci pour les infos. Et qui peut candidater ?") == (Outcome.ANSWERED,
                                                                                   "qui-peut-candidater")


def test_hypotheses_recaps_and_checks_say_nothing_of_the_subject(matcher):
    terms = matcher.analyzer.terms
    assert terms("supposons que notre projet porte surtout sur la gouvernance") == terms(
        "notre projet porte sur la gouvernance")
    assert terms("si je comprends bien, le SPIE vise le retour à l'emploi") == terms("le SPIE vise le retour à l'emploi")
    assert terms("pas de réponse en décembre, est-ce normal ?") == terms("pas de réponse en décembre ?")
    assert terms("une entreprise au groupement, est-ce permis ?") == terms("une entreprise au groupement ?")


@pytest.mark.parametrize(
    "question",
    ["Les seniors sont-ils concernés par le SPIE ?", "Les SDF peuvent-ils en bénéficier ?",
     "Le SPIE vise-t-il les jeunes de moins de 25 ans ?",  # an age, not a count
     "Qu'apporte le SPIE aux chômeurs ?"],
)
def test_a_public_asked_about_is_who_the_spie_is_for(matcher, question):
    assert outcome(matcher, question) == (Outcome.ANSWERED, "spie-presentation")


@pytest.mark.parametrize(
    "question",
    ["Comment déposer un dossier de surendettement ?", "Quel est le numéro de la préfecture pour les titres de séjour ?",
     "ça rapporte combien ?"],
)
def test_the_prefectures_other_services_and_money_earned_are_not_the_call(matcher, question):
    assert outcome(matcher, question)[0] is not Outcome.ANSWERED


def test_taking_note_is_courtesy_and_rough_times_ask_when(matcher):
    assert outcome(matcher, "Merci, je note la date limite") == (Outcome.SMALLTALK, "merci")
    assert outcome(matcher, "je note la date limite, et pour déposer ?") == (Outcome.ANSWERED, "comment-deposer")
    assert outcome(matcher, "La sélection a lieu quand à peu près ?") == (Outcome.ANSWERED, "date-selection")


@pytest.mark.parametrize(
    "question, entry",
    [("AMI n°1 : ça a donné quoi ?", "premier-ami"),  # the call's number: the first
     ("les expés, c'était quand ?", "experimentations"),
     ("Les deux textes donnent-ils le même contact ?", "contacts"),  # the sources compared
     ("le communiqué fournit-il un lien pour déposer ?", "comment-deposer")],
)
def test_numbered_calls_short_words_and_the_documents_compared(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "question, entry",
    [("show me the deadline", "date-limite"),  # a request, not what projects must show
     ("Quelle est la procédure à suivre pour déposer ?", "comment-deposer"),
     ("Le palmarès du second AMI est-il publié ?", "date-selection"),
     ("Un OBNL peut-il candidater ?", "qui-peut-candidater"),
     ("Quand les lauréats seront-ils entérinés ?", "date-selection")],
)
def test_orders_and_words_of_french_from_elsewhere(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_stopping_the_conversation_is_a_goodbye(matcher):
    assert outcome(matcher, "stop") == (Outcome.SMALLTALK, "au-revoir")
    assert outcome(matcher, "bon, à la revoyure") == (Outcome.SMALLTALK, "au-revoir")


@pytest.mark.parametrize(
    "question",
    ["France Travail Occitanie peut-il ne pas être dans le groupement ?",  # the body's branch, not the region
     "Cap emploi 34 peut-il rejoindre le groupement ?",  # a département's number, not the 34th anything
     "une agglo peut-elle participer ?"],
)
def test_local_branches_and_authorities_are_members(matcher, question):
    assert outcome(matcher, question) == (Outcome.ANSWERED, "membres-groupement")


@pytest.mark.parametrize(
    "question",
    ["Un forum emploi commun est-il éligible ?", "un guichet unique partagé, c'est éligible ?",
     "une formation commune des conseillers est-elle finançable ?", "un outil de suivi commun peut-il être financé ?"],
)
def test_a_joint_action_the_documents_do_not_name_asks_what_is_eligible(matcher, question):
    assert outcome(matcher, question) == (Outcome.ANSWERED, "actions-eligibles")


def test_a_post_is_a_staff_cost_and_pooling_offers_the_prefects_words(matcher):
    assert outcome(matcher, "peut-on financer le poste d'un coordinateur de parcours ?")[0] is not Outcome.ANSWERED
    assert outcome(matcher, "le préfet parle de mutualiser les offres de service, c'est quoi ?") == (
        Outcome.ANSWERED, "declaration-prefet")


def test_ds_before_a_determiner_is_dans_and_alone_the_platform(matcher):
    assert outcome(matcher, "qui peut être porteur ds cet AMI ?") == (Outcome.ANSWERED, "qui-peut-candidater")
    assert outcome(matcher, "la date limite est-elle la même ds toutes les régions ?") == (Outcome.ANSWERED,
                                                                                             "date-limite")
    assert fold("ds l'article") == fold("dans l'article")
    assert outcome(matcher, "on dépose sur ds ?") == (Outcome.ANSWERED, "comment-deposer")


def test_what_becomes_of_a_project_not_selected_is_not_in_the_documents(matcher):
    for question in ("et si nous ne sommes pas retenus, on fait quoi ?",
                     "les candidatures non retenues auront-elles un retour ?"):
        assert outcome(matcher, question)[0] is not Outcome.ANSWERED, question
    assert outcome(matcher, "Quand saura-t-on si notre projet est retenu ou pas ?") == (Outcome.ANSWERED,
                                                                                          "date-selection")


def test_letters_typed_three_times_are_read_once(matcher):
    assert outcome(matcher, "c'est quaaand la sélectiooon ?") == (Outcome.ANSWERED, "date-selection")
    assert outcome(matcher, "ouiii et on dépose oùùù ?") == (Outcome.ANSWERED, "comment-deposer")


def test_relayed_thanks_and_a_call_into_the_void_are_small_talk(matcher):
    assert outcome(matcher, "je relaie : merci pour les infos") == (Outcome.SMALLTALK, "merci")
    assert outcome(matcher, "allô ? y a personne ?") == (Outcome.SMALLTALK, "bonjour")


def test_checking_the_bots_own_words_asks_their_subject(matcher):
    # "dites-vous" is not "on dit" (France Travail's new name), "vient" not a typo of "tient"
    assert outcome(matcher, "Pourquoi dites-vous que Pôle emploi est obligatoire ?") == (Outcome.ANSWERED,
                                                                                          "membres-groupement")
    assert outcome(matcher, "D'où vient le chiffre de 35 territoires ?") == (Outcome.ANSWERED, "nombre-territoires")
    assert outcome(matcher, "les chiffres du premier AMI ?") == (Outcome.ANSWERED, "premier-ami")


def test_linked_asks_the_link(matcher):
    assert outcome(matcher, "le SPIE est lié à quelle stratégie ?") == (Outcome.ANSWERED, "spie-strategie-pauvrete")


def test_words_around_a_question_in_a_long_message(matcher):
    assert outcome(matcher, "y a quelqu'un ?") == (Outcome.SMALLTALK, "bonjour")
    assert outcome(matcher, "Quel est le référent dans les services de l'État ?") == (Outcome.ANSWERED, "contacts")
    question = "je voudrais savoir quels sont les critères, pour que notre candidature soit la plus solide possible"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "attendus-projets")
    assert outcome(matcher, "je ne trouve nulle part la date limite") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "quel est le but réel du SPIE ?") == (Outcome.ANSWERED, "spie-presentation")
    # asking whether someone is there to help with one's own file is not a greeting
    assert outcome(matcher, "y a quelqu'un pour m'aider à remplir mon dossier RSA ?")[0] not in (
        Outcome.ANSWERED, Outcome.SMALLTALK)


@pytest.mark.parametrize(
    "question, entry",
    [("koman on depoz le dossié ?", "comment-deposer"),
     ("c koi le calandrié de l'ami ?", "calendrier"),  # an ending written as it sounds
     ("il fo montré koi pour être retenu ?", "attendus-projets"),
     ("la pauvretai é le spie ?", "spie-strategie-pauvrete")],
)
def test_words_written_as_they_sound(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "question, entry",
    [("kel son lé partenèr du groupeman ?", "membres-groupement"),  # "groupeman": "groupement"
     ("il fo laccor du departeman pour candidaté ?", "qui-peut-candidater"),  # "l'accord"
     ("c koi le lien avc la povreté", "spie-strategie-pauvrete"),  # "povreté": "pauvreté"
     ("le num pr apeler la prefecture ?", "contacts")],
)
def test_words_spelled_as_they_sound_meet_the_word_they_sound_like(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_a_sound_says_a_word_only_when_its_words_mean_one_thing(matcher):
    correct = matcher.analyzer.correct
    assert correct("teritoir") == "territoire"
    assert correct("laccor") == "accord"  # the elided article apart
    # a word that sounds like no known word stays as written
    assert correct("corigé") == "corigé"


def test_phonetic_spelling_reads_no_question_into_small_talk_or_unknown_words(matcher):
    assert outcome(matcher, "mersi bocou pour l'info") == (Outcome.SMALLTALK, "merci")
    for question in ("la retraite c koi ?", "c koi le pri ?"):
        assert outcome(matcher, question)[0] is not Outcome.ANSWERED, question


def test_two_words_typed_without_a_space_are_read_apart(matcher):
    assert outcome(matcher, "la datelimite c'est quand ?") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "quipeut postuler ?") == (Outcome.ANSWERED, "qui-peut-candidater")
    # a name made of no two known words stays a name
    assert matcher.analyzer.correct("montpellier") == "montpellier"


@pytest.mark.parametrize(
    "question, entry",
    [("Quelle est la date li mite ?", "date-limite"), ("Les ac tions éligibles ?", "actions-eligibles"),
     ("Combien de terri toires ?", "nombre-territoires"), ("Le con tact presse ?", "contacts"),
     ("Combien de trri toires ?", "nombre-territoires")],  # with a slip as well
)
def test_a_word_typed_in_two_pieces_is_read_whole(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_a_known_word_is_not_glued_to_the_next_one(matcher):
    # "de partager" is not "départager", nor "financeurs attendent" a slip of one word
    assert matcher.analyzer.words("Nous voulons de partager") == matcher.analyzer.words("Nous voulons partager")
    question = "Qu'est-ce que les financeurs attendent de voir dans le projet ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "attendus-projets")


def test_letters_spelled_out_before_a_comma_are_the_acronym(matcher):
    assert outcome(matcher, "Le S P I E, c'est quoi ?") == (Outcome.ANSWERED, "spie-presentation")


@pytest.mark.parametrize(
    "question, entry",
    [("do you think we'll be successful?", "selection-cas-particulier"),  # not the date of the selection
     ("who can respond to this call?", "qui-peut-candidater"),
     ("what will make the difference between applications?", "attendus-projets"),
     # what makes the difference is what is expected, not the difference between two names
     ("qu'est-ce qui fait la différence pour être retenu ?", "attendus-projets")],
)
def test_idioms_of_selection(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_english_thanks_and_goodbyes(matcher):
    assert outcome(matcher, "thanks a million!") == (Outcome.SMALLTALK, "merci")
    # "talk to" someone is a contact, "talk to you soon" a goodbye
    assert outcome(matcher, "talk to you soon") == (Outcome.SMALLTALK, "au-revoir")


def test_a_person_writing_for_themselves_is_not_sent_to_the_press_contact(matcher):
    for question in ("Je suis demandeuse d'emploi depuis six mois. Qui dois-je contacter ?",
                     "Bonjour, je touche le RSA, qui puis-je appeler ?"):
        assert outcome(matcher, question)[0] is not Outcome.ANSWERED, question
    # an applicant introducing themselves, or a subject of no applicant in another sentence, still gets the answer
    assert outcome(matcher, "Je suis chargée de mission au CCAS. Qui contacter pour l'AMI ?") == (
        Outcome.ANSWERED, "contacts")
    assert outcome(matcher, "Nous avons joint des annexes. Comment déposer le dossier ?") == (
        Outcome.ANSWERED, "comment-deposer")


def test_the_number_of_another_body_is_not_the_prefectures(matcher):
    # the only contact of the documents is the prefecture's press office
    for question in ("le téléphone de France Travail svp", "vous avez le numéro de la mission locale ?"):
        assert outcome(matcher, question)[0] is not Outcome.ANSWERED, question
    assert outcome(matcher, "quel est le numéro de la préfecture ?") == (Outcome.ANSWERED, "contacts")


def test_templates_deliberations_and_regional_counts_are_not_in_the_documents(matcher):
    for question in ("avez-vous une lettre type pour l'accord du CD ?",
                     "l'accord du département doit-il être voté en délibération ?",
                     "je peux vous envoyer mon curriculum vitae ?",
                     "combien de projets seront retenus en Bretagne ?"):  # the 35 are counted for the country
        assert outcome(matcher, question)[0] is not Outcome.ANSWERED, question
    assert outcome(matcher, "faut-il l'accord du département ?") == (Outcome.ANSWERED, "qui-peut-candidater")
    assert outcome(matcher, "combien de territoires seront retenus ?") == (Outcome.ANSWERED, "nombre-territoires")


def test_the_question_before_a_concession_is_asked(matcher):
    # "même s'il ne porte pas le projet" concedes; the question is whether the département must be a member
    question = ("Je suis à la mission locale. Le CD doit-il être dans le groupement "
                "même s'il ne porte pas le projet ?")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "membres-groupement")
    # a plain condition stays part of the question
    assert outcome(matcher, "peut-on candidater si le département n'est pas d'accord ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")
    assert outcome(matcher, "merci de la confirmation, bonne journée")[0] is Outcome.SMALLTALK


def test_applying_again_and_model_files_are_not_in_the_documents(matcher):
    assert outcome(matcher, "un territoire déjà lauréat peut-il re-candidater ?")[0] is not Outcome.ANSWERED
    assert outcome(matcher, "avez-vous une trame de dossier ?")[0] is not Outcome.ANSWERED


def test_asking_to_be_given_and_phrases(matcher):
    assert outcome(matcher, "pouvez vous me donné la date limite ?") == (Outcome.ANSWERED, "date-limite")
    # "phrases" is no typo of "phases"
    assert outcome(matcher, "en qielques phrases, c'est quoi le SPIE ?") == (Outcome.ANSWERED, "spie-presentation")


@pytest.mark.parametrize(
    "question, entry",
    [("on sera fixés quand sur notre candidature ?", "date-selection"),  # knowing the outcome, not the deadline
     ("wesh c'est quoi le SPIE ?", "spie-presentation"),
     ("la dernière fois, combien de projets ?", "premier-ami"),  # the previous call, not this one's count
     ("le SPIE existait déjà en 2020 ?", "experimentations")],
)
def test_slang_and_everyday_idioms(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_slang_thanks(matcher):
    assert outcome(matcher, "merci frero") == (Outcome.SMALLTALK, "merci")


def test_the_bots_name_and_waiting_for_what_comes_next_are_small_talk(matcher):
    assert outcome(matcher, "comment tu t'appelles ?") == (Outcome.SMALLTALK, "robot")
    assert outcome(matcher, "merci, on attend la suite")[0] is Outcome.SMALLTALK
    # what is expected of projects is still a question
    assert outcome(matcher, "on attend quoi des projets ?") == (Outcome.ANSWERED, "attendus-projets")


def test_what_comes_next_asks_the_calendar(matcher):
    for question in ("après le dépôt, il se passe quoi ?", "on a déposé, quelle est la suite ?"):
        assert outcome(matcher, question) == (Outcome.ANSWERED, "calendrier"), question


def test_an_email_subject_line_is_read_without_its_labels(matcher):
    assert outcome(matcher, "Objet : demande d'information – date limite AMI SPIE") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "Objet : précisions sur le SPIE") == (Outcome.ANSWERED, "spie-presentation")
    assert outcome(matcher, "Objet : remerciements") == (Outcome.SMALLTALK, "merci")
    # the question logged and printed is the one asked, labels included
    assert matcher.match("Objet : remerciements").question == "Objet : remerciements"
    # and --explain shows the terms of the question as read
    assert "objet" not in matcher.explain("Objet : précisions sur le SPIE")["terms"]


@pytest.mark.parametrize(
    "question, entry",
    [("Il y a combien de temps que l'AMI a été lancé ?", "ami-presentation"),
     ("Ça fait combien de temps que la sélection a eu lieu ?", "date-selection"),
     ("Le dépôt a fermé il y a combien d'années ?", "date-limite")],
)
def test_how_long_ago_asks_when_not_how_long(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_staff_testing_the_bot_get_small_talk_and_a_test_phase_is_still_an_experiment(matcher):
    for message in ("test", "Ceci est un test.", "Test 1 2 1 2, vous me recevez ?"):
        assert outcome(matcher, message) == (Outcome.SMALLTALK, "test"), message
    assert outcome(matcher, "Test : le bot connaît-il la date limite ?") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "Y a-t-il eu une phase de test ?") == (Outcome.ANSWERED, "experimentations")


def test_compliments_and_a_students_thanks_are_small_talk(matcher):
    assert outcome(matcher, "Vous êtes le meilleur bot !") == (Outcome.SMALLTALK, "merci")
    assert outcome(matcher, "Merci, ça m'aide beaucoup pour mon mémoire") == (Outcome.SMALLTALK, "merci")
    question = "Pour mon mémoire de master, quand le SPIE a-t-il été expérimenté pour la première fois ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "experimentations")


def test_a_friend_is_not_the_call(matcher):
    assert outcome(matcher, "Salut l'ami !") == (Outcome.SMALLTALK, "bonjour")
    assert outcome(matcher, "Merci l'ami") == (Outcome.SMALLTALK, "merci")
    assert outcome(matcher, "Bonne soirée mon ami") == (Outcome.SMALLTALK, "au-revoir")
    assert outcome(matcher, "Date limite de l'ami svp") == (Outcome.ANSWERED, "date-limite")


@pytest.mark.parametrize(
    "question, entry",
    [("Une coopérative agricole bio peut-elle porter le projet ?", "qui-peut-candidater"),
     ("Un foyer de vie pour adultes peut-il être membre du groupement ?", "membres-groupement"),
     ("Une auto-école solidaire peut-elle être chef de file ?", "qui-peut-candidater"),
     # nor those of an activity asked eligible
     ("Aller vers les familles isolées des hameaux, est-ce une action éligible ?", "actions-eligibles"),
     ("Un annuaire numérique commun, ça entre dans les actions ?", "actions-eligibles")],
)
def test_whoever_asks_whether_they_may_apply_or_join_gets_the_rule(matcher, question, entry):
    """The words of the subject that the base does not know do not weigh on the answer."""
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_a_subject_that_says_what_the_documents_do_not_cover_is_not_answered(matcher):
    assert matcher.match("Une association en liquidation judiciaire peut-elle candidater ?").outcome is not (
        Outcome.ANSWERED)


@pytest.mark.parametrize(
    "question",
    ["Le premier AMI a duré combien de temps ?", "Les lauréats du premier appel ont été annoncés quand ?",
     "Au premier AMI, les projets devaient être mis en œuvre quand ?"],
)
def test_an_answer_on_the_second_call_is_not_given_for_the_first(matcher, question):
    """Only an entry whose answer speaks of the first call answers a question on it."""
    assert matcher.match(question).outcome is not Outcome.ANSWERED


def test_the_first_call_named_in_context_or_in_comparison_leaves_the_question_answered(matcher):
    assert outcome(matcher, "Comme au premier AMI, le dépôt se fait sur démarches simplifiées ?") == (
        Outcome.ANSWERED, "comment-deposer")
    assert outcome(matcher, "Nous avons été retenus au premier appel. Jusqu'à quand déposer pour le second ?") == (
        Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "Combien de projets le premier AMI a-t-il retenus ?") == (Outcome.ANSWERED, "premier-ami")


def test_what_the_writer_says_they_do_not_ask_is_left_out(matcher):
    assert outcome(matcher, "Pas l'AMI, le SPIE : c'est quoi ?") == (Outcome.ANSWERED, "spie-presentation")
    assert outcome(matcher, "euh pas l'AMI, le SPIE : c'est quoi ?") == (Outcome.ANSWERED, "spie-presentation")
    result = matcher.match("Non, je parle de la mise en œuvre, pas de la sélection.")
    assert result.outcome is not Outcome.ANSWERED
    assert [s.entry.id for s in result.suggestions][:1] == ["mise-en-oeuvre"]
    # without an article, "pas de" asks whether there is any
    assert outcome(matcher, "La date limite est le 11 octobre, pas de report ?") == (Outcome.ANSWERED, "date-limite")


@pytest.mark.parametrize(
    "question, entry",
    [("Quid du conseil départemental dans la candidature ?", "qui-peut-candidater"),
     ("On a du mal à savoir ce que le jury attend.", "attendus-projets"),
     ("Quelle est la meilleure façon de déposer ?", "comment-deposer")],
)
def test_office_words_and_the_writers_trouble_frame_the_question(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_an_optional_member_named_alone_asks_its_place_in_the_group(matcher):
    for question in ("Cap emploi ?", "la CAF", "Quid des missions locales ?"):
        assert outcome(matcher, question) == (Outcome.ANSWERED, "membres-groupement"), question
    assert outcome(matcher, "Une mission locale peut-elle porter le projet ?") == (Outcome.ANSWERED,
                                                                                  "qui-peut-candidater")


def test_a_last_word_cut_short_is_completed_even_when_short(matcher):
    result = matcher.match("mise en oeuv")
    assert result.outcome is Outcome.SUGGESTED and result.suggestions[0].entry.id == "mise-en-oeuvre"
    # a short unknown word inside the message is no word cut short
    assert matcher.analyzer.words("oeuv mise") != matcher.analyzer.words("oeuvre mise")


def test_an_english_keyboards_q_for_a_reads_the_known_word(matcher):
    assert outcome(matcher, "quelle est lq dqte limite ?") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "qund q lieu lq selection ?") == (Outcome.ANSWERED, "date-selection")
    # a "q" that lost its "u" is not an "a"; "cinq" is a number
    assert matcher.analyzer.correct("qand") == "qand"
    assert outcome(matcher, "cinq territoires ?") == (Outcome.ANSWERED, "nombre-territoires")


def test_projects_evaluated_after_the_fact_are_not_the_selection_criteria(matcher):
    assert outcome(matcher, "Les projets du premier AMI ont-ils été évalués ?")[0] is not Outcome.ANSWERED
    assert outcome(matcher, "Comment les projets seront-ils évalués ?") == (Outcome.ANSWERED, "attendus-projets")


def test_greetings_and_thanks_of_other_languages_are_small_talk(matcher):
    for message, entry in (("Salam alaykoum", "bonjour"), ("Buenos días", "bonjour"), ("Adishatz !", "au-revoir"),
                           ("grazie", "merci")):
        assert outcome(matcher, message) == (Outcome.SMALLTALK, entry), message
    assert outcome(matcher, "Hola, qui peut candidater ?") == (Outcome.ANSWERED, "qui-peut-candidater")


def test_true_or_false_frames_the_belief_checked(matcher):
    assert outcome(matcher, "Vrai ou faux : vous êtes un robot ?") == (Outcome.SMALLTALK, "robot")
    assert outcome(matcher, "Vrai ou faux : 35 territoires seront retenus.") == (Outcome.ANSWERED, "nombre-territoires")


def test_a_question_is_also_read_without_its_asides_in_brackets(matcher):
    question = "Le CD (notre partenaire historique) doit-il donner son accord ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "qui-peut-candidater")
    question = "La sélection (notre élu s'impatiente) est prévue quand ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "date-selection")


def test_uploading_is_submitting(matcher):
    assert outcome(matcher, "Comment téléverser notre candidature ?") == (Outcome.ANSWERED, "comment-deposer")
    assert outcome(matcher, "Avant quelle date faut-il téléverser ?") == (Outcome.ANSWERED, "date-limite")


def test_whom_to_call_when_stuck_is_the_contact_and_what_a_thing_is_called_its_name(matcher):
    assert outcome(matcher, "qui on appelle si on bloque ?") == (Outcome.ANSWERED, "contacts")
    assert outcome(matcher, "comment s'appelle Pôle emploi maintenant ?") == (Outcome.ANSWERED, "france-travail")
    assert outcome(matcher, "comment tu t'appelles ?") == (Outcome.SMALLTALK, "robot")


@pytest.mark.parametrize(
    "question, entry",
    [("C'est quoi une manifestation d'intérêt, en français courant ?", "ami-presentation"),
     ("Quelle est l'idée principale du SPIE ?", "spie-presentation"),
     ("Où transmettre notre manifestation d'intérêt ?", "comment-deposer")],
)
def test_an_expression_of_interest_is_the_call_and_its_main_idea_its_aim(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_the_list_of_winners_is_asked_of_the_selection(matcher):
    question = "Avez-vous la liste des territoires déjà retenus pour le second AMI ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "date-selection")
    assert outcome(matcher, "liste des lauréats du premier AMI") == (Outcome.ANSWERED, "premier-ami")


@pytest.mark.parametrize(
    "question, entry",
    [("Que dit le cahier des charges sur les membres du groupement ?", "membres-groupement"),
     ("Le cahier des charges parle-t-il de la gouvernance ?", "coordination-gouvernance"),
     ("D'après la circulaire, qui peut candidater ?", "qui-peut-candidater"),
     ("Où trouver le cahier des charges complet ?", "en-savoir-plus")],  # named, it is still asked for
)
def test_documents_applicants_name_frame_the_question(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_excluded_asks_eligibility_the_other_way_round_and_exclusion_stays_poverty(matcher):
    assert outcome(matcher, "Un particulier est-il exclu ?") == (Outcome.ANSWERED, "qui-peut-candidater")
    question = "Les actions menées par une seule structure sont-elles exclues ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "actions-eligibles")
    assert outcome(matcher, "lutte contre l'exclusion") == (Outcome.ANSWERED, "spie-strategie-pauvrete")


@pytest.mark.parametrize(
    "question, entry",
    [("Pouvez-vous me donner les grandes lignes de l'AMI ?", "ami-presentation"),
     ("Une vue d'ensemble du premier AMI ?", "premier-ami"),
     ("Comment fonctionne l'appel à manifestation d'intérêt ?", "ami-presentation"),
     ("Cette histoire de SPIE, c'est quoi ?", "spie-presentation")],
)
def test_asking_for_an_overview_asks_what_the_thing_is(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_other_verbs_of_applying_and_of_writing_to_someone(matcher):
    assert outcome(matcher, "Un CCAS peut-il concourir ?") == (Outcome.ANSWERED, "qui-peut-candidater")
    question = "Une commune peut-elle prétendre à l'appel ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "qui-peut-candidater")
    assert outcome(matcher, "Vers qui se tourner pour une question ?") == (Outcome.ANSWERED, "contacts")


def test_other_words_for_the_departments_agreement_and_doing_without_a_member(matcher):
    question = "Faut-il la bénédiction du conseil départemental ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "qui-peut-candidater")
    question = "Un avis favorable du département est-il nécessaire ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "qui-peut-candidater")
    question = "Peut-on se passer du conseil départemental dans le groupement ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "membres-groupement")
    question = "Sans l'accord du CD, peut-on candidater qand même ?"  # "quand même" mistyped: not "when"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "qui-peut-candidater")


def test_an_employers_group_and_the_selection_committees_members_are_not_in_the_documents(matcher):
    assert outcome(matcher, "C'est quoi un groupement d'employeurs ?")[0] != Outcome.ANSWERED
    assert outcome(matcher, "Qui siège au comité de sélection ?")[0] != Outcome.ANSWERED
    question = "Quand se réunit le comité de sélection ?"  # when it chooses is known
    assert outcome(matcher, question) == (Outcome.ANSWERED, "date-selection")


def test_other_assistants_who_made_the_bot_and_coming_back_later_are_small_talk(matcher):
    for question in ("T'es ChatGPT ?", "Qui vous a créé ?", "Je repasserai plus tard"):
        assert outcome(matcher, question)[0] == Outcome.SMALLTALK, question


def test_sending_questions_is_not_submitting_the_file(matcher):
    question = "À quelle adresse envoyer une question sur le dossier ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "contacts")
    assert outcome(matcher, "Où envoyer mes questions sur l'AMI ?") != (Outcome.ANSWERED, "comment-deposer")


def test_how_the_first_call_went_and_when_the_spie_was_created(matcher):
    assert outcome(matcher, "Comment s'est déroulé le premier AMI ?") == (Outcome.ANSWERED, "premier-ami")
    assert outcome(matcher, "Date de création du SPIE ?") == (Outcome.ANSWERED, "experimentations")


def test_the_role_of_the_scheme_is_its_aim_and_a_role_in_the_group_its_place(matcher):
    assert outcome(matcher, "Quel est le rôle du SPIE ?") == (Outcome.ANSWERED, "spie-presentation")
    question = "Quel rôle pour la CAF dans le groupement ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "membres-groupement")


def test_learning_more_said_with_davantage(matcher):
    question = "Je voudrais me renseigner davantage sur le SPIE."
    assert outcome(matcher, question) == (Outcome.ANSWERED, "en-savoir-plus")


def test_a_piece_of_the_message_that_leaves_out_the_first_call_does_not_overrule_it(matcher):
    question = "Le premier AMI SPIE lancé en 2020, combien de lauréats ?"  # not the second call's 35
    assert outcome(matcher, question) == (Outcome.ANSWERED, "premier-ami")
    question = "Le premier AMI ayant retenu 31 projets, combien de territoires pour le second ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "nombre-territoires")


def test_abbreviated_courtesy_and_possibility_are_not_the_question(matcher):
    assert outcome(matcher, "bjr, date limite svpl ? thx") == (Outcome.ANSWERED, "date-limite")
    question = "Avons-nous la possibilité de déposer par mail ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "comment-deposer")
    question = "Je ne sais même pas ce qu'est le SPIE."  # an intensifier, not "the same"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "spie-presentation")


def test_laughter_oops_and_annoyance_are_small_talk(matcher):
    for question in ("mdr", "oups", "Tu ne comprends rien !", "Merci pour le coup de main"):
        assert outcome(matcher, question)[0] == Outcome.SMALLTALK, question


def test_what_it_takes_to_be_selected_is_what_projects_must_show(matcher):
    assert outcome(matcher, "Que faut-il pour être retenus ?") == (Outcome.ANSWERED, "attendus-projets")
    question = "Comment augmenter nos chances d'être sélectionnés ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "attendus-projets")
    question = "notre structure a-t-elle le profil pour être retenue ?"  # our own case
    assert outcome(matcher, question) == (Outcome.ANSWERED, "selection-cas-particulier")


def test_more_words_for_closing_asking_someone_and_the_call_and_the_scheme_compared(matcher):
    assert outcome(matcher, "Les dépôts ferment quand ?") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "Who should I ask about the call?") == (Outcome.ANSWERED, "contacts")
    assert outcome(matcher, "AMI et SPIE, même chose ?") == (Outcome.ANSWERED, "ami-presentation")


def test_the_prefectures_twitter_handle_is_its_contact(matcher):
    assert outcome(matcher, "C'est qui @prefetoccitanie ?") == (Outcome.ANSWERED, "contacts")


@pytest.mark.parametrize(
    "question, entry",
    [("Une association peut-elle se présenter à l'appel ?", "qui-peut-candidater"),
     ("Qui interroger sur le dépôt ?", "contacts"),
     ("Vous me recommandez quoi pour en savoir plus ?", "en-savoir-plus"),
     ("Est-ce possible de parler à quelqu'un ?", "contacts"),
     ("Je me pose la question des actions éligibles.", "actions-eligibles"),
     ("11 octobre 2021, ça correspond à quoi ?", "date-limite"),
     ("Qiu peut déposer ?", "qui-peut-candidater")],  # "qui" with two letters swapped
)
def test_more_ways_of_asking(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_registering_with_france_travail_and_money_are_still_not_the_call(matcher):
    assert outcome(matcher, "Comment s'inscrire à France Travail ?")[0] != Outcome.ANSWERED
    # "argent" is not a slip of "urgent", a word of how the question is asked
    assert outcome(matcher, "Combien d'argent touche chaque territoire ?")[0] != Outcome.ANSWERED


def test_keeping_and_choice_are_selecting_and_an_electronic_signature_is_not_in_the_documents(matcher):
    assert outcome(matcher, "Ils vont garder combien de dossiers ?") == (Outcome.ANSWERED, "nombre-territoires")
    assert outcome(matcher, "When will the choice be made?") == (Outcome.ANSWERED, "date-selection")
    assert outcome(matcher, "Faut-il signer électroniquement le dépôt ?")[0] != Outcome.ANSWERED


def test_the_first_call_named_in_a_message_with_context_is_kept(matcher):
    question = ("Je travaille au CCAS de Rodez. Le premier AMI SPIE lancé en 2020, combien de lauréats ? "
                "Merci d'avance.")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "premier-ami")


def test_notre_mistyped_as_noter_is_our(matcher):
    question = "noter dossier a-t-il des chances ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "selection-cas-particulier")
    # "noter" with an article is grading
    assert outcome(matcher, "comment le jury va noter les projets ?") == (Outcome.ANSWERED, "attendus-projets")


def test_ones_own_request_for_a_benefit_is_not_a_question_for_the_press_contact(matcher):
    question = "Ma demande d'allocation logement traîne, qui contacter ?"
    assert outcome(matcher, question)[0] != Outcome.ANSWERED


def test_showing_interest_is_applying_and_what_the_prefect_stated_is_his_statement(matcher):
    question = "Notre association veut se manifester : jusqu'à quand ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "date-limite")
    question = "What has the prefect stated about the call?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "declaration-prefet")


@pytest.mark.parametrize(
    "question, entry",
    [("Le dépôt prend fin quand ?", "date-limite"),
     ("Le projet s'achève en quelle année ?", "mise-en-oeuvre"),
     ("Pour quand faut-il boucler notre candidature ?", "date-limite"),
     ("On met quoi dedans, dans le dossier ?", "attendus-projets")],
)
def test_verbs_of_ending_finishing_and_filling_the_file(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "question, entry",
    [("coord ou gouv ?", "coordination-gouvernance"),
     ("Si le département refuse, peut-on candidater ?", "qui-peut-candidater"),
     ("ils en prennent combien ?", "nombre-territoires"),
     ("Quelles années couvre le projet retenu ?", "mise-en-oeuvre"),
     ("Sans Cap emploi, le grpt est valable ?", "membres-groupement")],
)
def test_words_often_left_unknown_before(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_a_function_word_is_not_a_target_for_a_content_words_slip(matcher):
    # "couvrir" stays a word of the question (not "couvre", a function word)
    assert outcome(matcher, "Un même groupement peut-il couvrir deux départements voisins ?")[0] != Outcome.ANSWERED


def test_a_bid_for_several_territories_at_once_is_not_in_the_documents(matcher):
    question = "Une association peut-elle candidater pour plusieurs territoires à la fois ?"
    assert outcome(matcher, question)[0] != Outcome.ANSWERED
    assert outcome(matcher, "Deux départements voisins peuvent-ils porter un seul projet ?")[0] != Outcome.ANSWERED


@pytest.mark.parametrize(
    "question, entry",
    [("Ma directrice veut savoir quand la sélection aura lieu.", "date-selection"),  # who wants to know
     ("Qu'attend-on vis-à-vis des bénéficiaires ?", "attendus-projets"),  # regarding
     ("Can a charity apply by itself?", "qui-peut-candidater"),
     ("Any phone number to ask questions?", "contacts")],
)
def test_who_wants_to_know_regarding_and_more_english(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "question, entry",
    [("Le communiqué est-il téléchargeable ?", "en-savoir-plus"),
     ("Does the call support training actions?", "actions-eligibles"),
     ("Combien de territoires le ministère prévoit-il de sélectionner ?", "nombre-territoires"),
     ("any phone number to reach the team?", "contacts")],
)
def test_downloading_supporting_planning_and_reaching_the_team(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "question, entry",
    [("😅 c'est quoi le SPIE déjà ?", "spie-presentation"),  # a reminder, not "already selected"
     ("La sélection a-t-elle déjà eu lieu ?", "date-selection")],  # how far it has gone
)
def test_deja_asking_again_or_how_far_it_went_is_not_the_first_calls_winners(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_already_selected_is_still_the_first_call(matcher):
    assert outcome(matcher, "l'Aude a déjà été retenue ?") == (Outcome.ANSWERED, "premier-ami")


def test_a_clause_that_leaves_out_the_first_call_named_in_its_sentence_does_not_overrule_it(matcher):
    # "qui a été retenu ?" alone would be the coming selection
    result = matcher.match("#Occitanie premier AMI, qui a été retenu ?")
    assert result.outcome is Outcome.SUGGESTED and result.suggestions[0].entry.id == "premier-ami"
    # a first time of one's own is not the first call
    question = ("Bonjour, c'est la première fois que nous répondons à un AMI et nous aimerions savoir ce que "
                "les projets doivent absolument montrer pour avoir une chance, avez-vous des éléments ?")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "attendus-projets")


def test_what_a_quoted_phrase_implies_is_what_it_means_not_who_is_involved(matcher):
    question = "« Refléter une bonne connaissance du public », qu'est-ce que ça implique ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "attendus-projets")


@pytest.mark.parametrize(
    "question, entry",
    [("Quand mon client aura-t-il la décision ?", "date-selection"),  # a consultant
     ("Pouvez-vous me résumer le SPIE pour nos lecteurs ?", "spie-presentation"),  # a journalist
     ("Pour un papier : quand se clôt l'appel ?", "date-limite"),
     ("L'AMI bis demande quoi aux projets ?", "attendus-projets"),
     ("In what way is the SPIE part of the national strategy against poverty?", "spie-strategie-pauvrete"),
     ("Quand a lieux la sélexion ?", "date-selection")],  # "x" sounds as "ct"
)
def test_for_whom_it_is_asked_closing_what_is_asked_of_projects_and_a_sounded_x(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


@pytest.mark.parametrize(
    "message, entry",
    [("Trop bien !", "accord"), ("ça roule ma poule", "accord"), ("On se reparle demain", "au-revoir")],
)
def test_more_small_talk_of_agreement_and_leaving(matcher, message, entry):
    assert outcome(matcher, message) == (Outcome.SMALLTALK, entry)


@pytest.mark.parametrize(
    "question, entry",
    [("L'ANPE doit-elle être dans le groupement ?", "membres-groupement"),  # Pôle emploi's former name
     ("L'agence pour l'emploi est-elle un membre obligatoire ?", "membres-groupement"),
     ("dl pr deposer ?", "date-limite"),  # SMS "date limite"
     ("Les expérimentations datent de quand ?", "experimentations"),  # not "attendent"
     ("Il faudrait qu'on sache quand tombe la décision.", "date-selection"),
     ("What sort of projects are they after?", "attendus-projets"),
     ("Who do I ring if I'm stuck?", "contacts"),
     ("What's the cut-off for sending stuff in?", "date-limite")],
)
def test_former_names_sms_abbreviations_and_casual_english(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_impatience_is_small_talk(matcher):
    assert outcome(matcher, "Réponds stp") == (Outcome.SMALLTALK, "capacites")


def test_a_department_named_by_its_number(matcher):
    assert outcome(matcher, "Le 81 a-t-il été retenu ?") == (Outcome.ANSWERED, "premier-ami")  # the Tarn
    # "le 11" alone is a date
    assert outcome(matcher, "La date limite, c'est le 11 ?") == (Outcome.ANSWERED, "date-limite")


def test_how_long_to_submit_is_not_how_long_projects_last(matcher):
    result = matcher.match("Combien de temps pour déposer après le lancement ?")
    assert result.outcome is Outcome.SUGGESTED and "date-limite" in [s.entry.id for s in result.suggestions]
    assert outcome(matcher, "combien de temps dure le projet ?") == (Outcome.ANSWERED, "mise-en-oeuvre")


@pytest.mark.parametrize(
    "question, entry",
    [("Date lim. de dépôt ?", "date-limite"),  # not "how to submit"
     ("Où je dois mettre mon dossier ?", "comment-deposer"),  # where to put it, not what to put in it
     ("Que faut-il mettre dans le dossier ?", "attendus-projets")],
)
def test_a_cut_deadline_and_putting_the_file_somewhere(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)


def test_what_is_not_asked_after_a_greeting(matcher):
    assert outcome(matcher, "salut Pas l'AMI, le SPIE : c'est quoi ? Merci !") == (Outcome.ANSWERED, "spie-presentation")


def test_being_bound_to_and_joining_the_group(matcher):
    assert outcome(matcher, "Est-on tenus de passer par démarches simplifiées ?") == (Outcome.ANSWERED, "comment-deposer")
    assert outcome(matcher, "Le département est-il tenu de faire partie du projet ?") == (
        Outcome.ANSWERED, "membres-groupement")
    result = matcher.match("Une association de quartier peut-elle s'y joindre ?")  # joining, not reaching someone
    assert [s.entry.id for s in result.suggestions] == ["membres-groupement"]
    assert outcome(matcher, "Comment joindre la préfecture ?") == (Outcome.ANSWERED, "contacts")


@pytest.mark.parametrize(
    "message, entry",
    [("Merci pour ta patience", "merci"), ("Vous m'avez vraiment dépanné", "merci"),
     ("Je vais transmettre à ma collègue", "accord")],
)
def test_thanks_for_patience_help_and_passing_it_on_are_small_talk(matcher, message, entry):
    assert outcome(matcher, message) == (Outcome.SMALLTALK, entry)


def test_the_order_of_the_steps_is_the_calendar(matcher):
    assert outcome(matcher, "dans quel ordre se passent les étapes ?") == (Outcome.ANSWERED, "calendrier")
    assert outcome(matcher, "La sélection arrive-t-elle avant ou après la date limite ?") in (
        (Outcome.ANSWERED, "date-selection"), (Outcome.ANSWERED, "calendrier"))
    # every step listed: the calendar is offered first, not the implementation years
    result = matcher.match("Dans quel ordre : dépôt, sélection, mise en œuvre ?")
    assert result.outcome is Outcome.SUGGESTED and result.suggestions[0].entry.id == "calendrier"


@pytest.mark.parametrize(
    "message, entry",
    [("Pouvez-vous répéter ?", "capacites"), ("Tu peux parler plus simplement ?", "capacites"),
     ("Coucou, t'es dispo ?", "capacites"), ("Pas grave", "accord")],
)
def test_asking_to_repeat_or_simplify_and_never_mind_are_small_talk(matcher, message, entry):
    assert outcome(matcher, message) == (Outcome.SMALLTALK, entry)


def test_looking_for_a_job_oneself_is_not_a_question_for_the_press_contact(matcher):
    assert matcher.match("Je cherche un emploi dans l'insertion, qui contacter ?").outcome is not Outcome.ANSWERED
    assert matcher.match("Je suis à la recherche d'un travail, qui contacter ?").outcome is not Outcome.ANSWERED
    assert outcome(matcher, "je cherche les membres obligatoires du groupement") == (
        Outcome.ANSWERED, "membres-groupement")


@pytest.mark.parametrize(
    "message, entry",
    [("Je reviens vers vous si besoin", "au-revoir"), ("Bonne semaine !", "au-revoir"), ("D'acc, ça me va", "accord"),
     ("Passez un bon week-end et merci", "au-revoir"), ("Ok, je vais me débrouiller", "au-revoir"),
     ("Parfait, je n'ai plus de question", "au-revoir"), ("Bravo pour ce service", "merci"),
     ("Désolé, je me suis mal exprimé", "accord"), ("Excusez-moi de vous déranger", "accord"),
     # who writes, said as on the phone after a greeting
     ("Hello, c'est la mission locale", "bonjour"), ("Rebonjour, c'est Julie de la mission locale", "bonjour"),
     ("Je fais un test, ne faites pas attention", "test"), ("Est-ce que ça fonctionne ?", "test")],
)
def test_goodbyes_compliments_and_apologies_are_small_talk(matcher, message, entry):
    assert outcome(matcher, message) == (Outcome.SMALLTALK, entry)


def test_an_account_on_the_platform_is_how_to_submit_but_creating_one_is_not_in_the_documents(matcher):
    assert outcome(matcher, "Faut-il un compte sur Démarches simplifiées ?") == (Outcome.ANSWERED, "comment-deposer")
    assert matcher.match("Démarches simplifiées : comment créer un compte ?").outcome is not Outcome.ANSWERED


def test_what_we_may_do_after_saying_who_we_are_asks_who_may_apply(matcher):
    assert outcome(matcher, "Nous sommes une régie de quartier, pouvons-nous déposer un projet ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")
    assert matcher.match("Je suis éducatrice spécialisée, puis-je déposer un projet ?").outcome is not Outcome.ANSWERED
    # asking where or how is still the platform, whether it is still time the deadline
    assert outcome(matcher, "Nous sommes un CCAS, où pouvons-nous déposer notre dossier ?") == (
        Outcome.ANSWERED, "comment-deposer")
    assert outcome(matcher, "Bonjour, je suis chargée de mission au département du Tarn, on peut encore répondre "
                            "à l'AMI ?") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "Nous sommes une asso d'accompagnement vers l'emploi, quelles actions peut on "
                            "proposer ?") == (Outcome.ANSWERED, "actions-eligibles")
    # who writes may come after another sentence
    assert outcome(matcher, "Bonjour,\nnous préparons un dossier avec la mission locale.\nNous sommes une "
                            "association de Seine-Saint-Denis, pouvons-nous déposer un projet ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")


def test_a_department_of_another_region_asks_the_national_rule(matcher):
    # "Finistère" is not a slip of "ministère", and the place weighs less than an unknown word
    for question in ("Le Finistère peut-il candidater ?", "La Gironde peut-elle candidater ?"):
        result = matcher.match(question)
        assert result.outcome is Outcome.SUGGESTED and result.suggestions[0].entry.id == "qui-peut-candidater"
    assert outcome(matcher, "Nous sommes une association en Bretagne, pouvons-nous candidater ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")
    # "l'heure de Paris" is a time zone, not a département
    assert matcher.match("C'est l'heure de Paris pour la clôture ?").suggestions[0].entry.id == "date-limite"


def test_what_the_call_covers_followed_by_what_is_asked(matcher):
    assert outcome(matcher, "L'AMI porte sur quelles actions ?") == (Outcome.ANSWERED, "actions-eligibles")
    assert outcome(matcher, "Sur quoi porte l'AMI ?") == (Outcome.ANSWERED, "coordination-gouvernance")


def test_a_request_for_the_rsa_is_not_an_application(matcher):
    assert matcher.match("Comment déposer une demande de RSA ?").outcome is not Outcome.ANSWERED


def test_a_letter_dropped_inside_a_word_beats_a_wrong_letter(matcher):
    correct = matcher.analyzer.correct
    assert (correct("nobre"), correct("novmbre")) == ("nombre", "novembre")
    # an ending stays an ending, a dropped last letter the word it ends
    assert (correct("premiere"), correct("adress")) == ("premier", "adresse")
    # a short function word with a letter left out is that word, not a content word swapped ("ETTI")
    assert (correct("etit"), correct("cmme")) == ("etait", "comme")
    assert outcome(matcher, "nobre de territoires retenus ?") == (Outcome.ANSWERED, "nombre-territoires")


def test_a_clause_saying_when_or_what_for_asks_nothing_of_its_own(matcher):
    assert outcome(matcher, "Quand saura-t-on si on est lauréat, après avoir déposé ?") == (
        Outcome.ANSWERED, "date-selection")
    # it may hold the question itself
    assert outcome(matcher, "Nous sommes prêts, une fois déposé on sera fixés quand ?") == (
        Outcome.ANSWERED, "date-selection")
    # nor what the answer is for: not a question on "our chances" (here with a slip in "savoir")
    assert outcome(matcher, "Bonjour, mon directeur voudrait svoir combien de territoires seront retenus, "
                            "pour évaluer nos chances.") == (Outcome.ANSWERED, "nombre-territoires")


def test_what_a_text_speaks_of_is_not_someone_to_speak_to(matcher):
    assert outcome(matcher, "Le parcours personnalisé dont parle le SPIE, c'est quoi ?") == (
        Outcome.ANSWERED, "spie-presentation")
    assert outcome(matcher, "À qui parler de notre projet ?") == (Outcome.ANSWERED, "contacts")


def test_whose_view_is_asked_stays_with_the_question(matcher):
    assert outcome(matcher, "Selon le préfet, pourquoi le SPIE est-il essentiel ?") == (
        Outcome.ANSWERED, "declaration-prefet")
    assert outcome(matcher, "D'après l'article, qui peut candidater ?") == (Outcome.ANSWERED, "qui-peut-candidater")
    assert outcome(matcher, "What does the prefect hope?") == (Outcome.ANSWERED, "declaration-prefet")


def test_places_the_documents_do_not_name_attract_no_typo(matcher):
    # "Ille-et-Vilaine" and "la Marne" are known, but "feuille" is not "feu ille", "tarne" not "marne"
    assert matcher.analyzer.correct("feuille") == "feuille"
    assert matcher.analyzer.correct("tarne") != "marne"
    assert matcher.match("Quelle feuille de route l'AMI attend-il des territoires ?").suggestions[0].entry.id == (
        "attendus-projets")


def test_someone_else_wants_to_know(matcher):
    assert outcome(matcher, "J'aide une dame qui dirige une association, elle veut savoir la date limite.") == (
        Outcome.ANSWERED, "date-limite")


def test_a_question_on_the_second_call_is_not_answered_with_the_first(matcher):
    result = matcher.match("L'Occitanie aura-t-elle des lauréats au second appel ?")
    assert result.outcome is not Outcome.ANSWERED or result.entry.id != "premier-ami"
    assert outcome(matcher, "Qu'a donné le premier AMI en Occitanie ?") == (Outcome.ANSWERED, "premier-ami")


@pytest.mark.parametrize(
    "question, entry",
    [("Notre Maison France services peut-elle porter le projet ?", "qui-peut-candidater"),
     ("Les éducateurs de rue peuvent-ils être dans le groupement ?", "membres-groupement")],
)
def test_local_public_service_desks_and_street_workers_are_actors(matcher, question, entry):
    assert outcome(matcher, question) == (Outcome.ANSWERED, entry)
    # but the France Services label is another scheme
    assert matcher.match("Où déposer une candidature au label France Services ?").outcome is not Outcome.ANSWERED


def test_asking_leave_to_ask_is_not_asking_for_a_contact(matcher):
    assert outcome(matcher, "Je peux vous poser une question sur la date limite ?") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "Salut, je peux te poser une question ?") == (Outcome.SMALLTALK, "capacites")
    # asking whom to ask is
    assert outcome(matcher, "a qui je peux poser une question") == (Outcome.ANSWERED, "contacts")


def test_who_writes_then_what_they_may_do_without_punctuation_is_a_question(matcher):
    assert outcome(matcher, "bjr on est une asso en lozere on peut candidater") == (
        Outcome.ANSWERED, "qui-peut-candidater")
    # "coordination des pros" is not a role ("coordinatrice du PLIE" is)
    assert outcome(matcher, "salut coordination des pros autour du parcours") == (
        Outcome.ANSWERED, "coordination-gouvernance")
    assert outcome(matcher, "Bonjour, je suis coordinatrice du PLIE") == (Outcome.SMALLTALK, "bonjour")


def test_knowing_the_public_is_not_knowing_the_results(matcher):
    # answered, or first suggested, with what projects must show (not the selection date)
    result = matcher.match("Faut-il bien connaître le public pour être retenu ?")
    assert (result.entry or result.suggestions[0].entry).id == "attendus-projets"


def test_whom_the_call_is_for_is_not_whom_to_contact(matcher):
    # "à qui s'adresse l'AMI ?" asks whom the call is for, "à qui s'adresser ?" whom to contact
    state, entry = outcome(matcher, "À qui s'adresse l'AMI ?")
    assert state is Outcome.ANSWERED and entry in ("qui-peut-candidater", "ami-presentation")
    assert outcome(matcher, "À qui s'adresser pour poser une question ?") == (Outcome.ANSWERED, "contacts")


@pytest.mark.parametrize(
    "question",
    ["Mon RSA n'a pas été versé ce mois-ci, qui appeler ?",  # a payment for oneself, not the press contact
     "Une fois déposé, le dossier peut-il encore être corrigé ?"],  # the documents say nothing of it
)
def test_ones_own_allowance_and_correcting_a_filed_application_are_not_answered(matcher, question):
    assert matcher.match(question).outcome is not Outcome.ANSWERED


def test_a_subject_put_at_the_end_is_not_asked_alone(matcher):
    # spoken French names the subject after the question: "le projet ?" alone is another question
    assert outcome(matcher, "Il dure combien, le projet ?") == (Outcome.ANSWERED, "mise-en-oeuvre")
    result = matcher.match("Ça s'étend sur combien d'années, le projet ?")
    assert (result.entry or result.suggestions[0].entry).id == "mise-en-oeuvre"
    # after a greeting, or after "ou" (or, not where), the last clause is still the question
    assert outcome(matcher, "Bonjour, la date limite ?") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "d'ici fin 2021 ou d'ici 2022, les 35 territoires ?") == (
        Outcome.ANSWERED, "nombre-territoires")


@pytest.mark.parametrize(
    "question",
    ["Un seul projet par département est-il autorisé ?",  # the documents give no such rule
     "Y a-t-il un nombre maximum de partenaires dans le groupement ?"],
)
def test_projects_per_departement_and_a_cap_on_partners_are_not_answered(matcher, question):
    assert matcher.match(question).outcome is not Outcome.ANSWERED


@pytest.mark.parametrize(
    "question",
    ["Comment fonctionne le service public de l'emploi en Suisse ?",  # another country: the call is French
     "Existe-t-il un SPIE au Luxembourg ?"],
)
def test_other_countries_are_not_answered(matcher, question):
    assert matcher.match(question).outcome is not Outcome.ANSWERED


def test_how_many_files_were_submitted_is_not_the_deadline(matcher):
    # the documents do not say how many applications came in
    for question in ("Combien de dossiers ont été déposés à ce jour ?", "Combien de candidatures reçues ?"):
        assert outcome(matcher, question)[0] is not Outcome.ANSWERED
    question = "Il reste combien de temps pour déposer les dossiers ?"
    assert outcome(matcher, question) == (Outcome.ANSWERED, "date-limite")


def test_the_writers_project_is_not_the_writer(matcher):
    # "notre projet a été refusé" says what happened to the project, not who may apply
    question = "Notre projet a été refusé au premier AMI, pouvons-nous déposer à nouveau ?"
    assert outcome(matcher, question) != (Outcome.ANSWERED, "qui-peut-candidater")


def test_expenses_asked_eligible_are_not_activities(matcher):
    # "cette action est-elle éligible ?" points back to an activity; expenses are not one
    for question in ("Les dépenses de personnel sont-elles éligibles ?",
                     "Une VAE peut-elle être financée par l'AMI ?"):
        assert outcome(matcher, question)[0] is not Outcome.ANSWERED


def test_candidating_without_the_departement_is_not_an_activity(matcher):
    # "..., c'est possible ?" asks whether one may: not whether an action is eligible
    assert outcome(matcher, "Candidater sans le département, c'est possible ?") == (
        Outcome.ANSWERED, "qui-peut-candidater")


def test_a_greeting_then_what_is_asked_is_not_who_writes(matcher):
    assert outcome(matcher, "Bonjour, c'est la date limite") == (Outcome.ANSWERED, "date-limite")
    assert outcome(matcher, "Bonjour, c'est quoi le SPIE") == (Outcome.ANSWERED, "spie-presentation")
    question = ("bonjour c'est le département du Lot je voulais savoir quelles actions peuvent être financées"
                " dans l'AMI")
    assert outcome(matcher, question) == (Outcome.ANSWERED, "actions-eligibles")
    # the bot named is not a question about the bot
    assert outcome(matcher, "Hé bot, c'est quoi le SPIE ?") == (Outcome.ANSWERED, "spie-presentation")
    assert outcome(matcher, "Bonjour, vous êtes bien le bot SPIE ?") == (Outcome.SMALLTALK, "robot")


def test_the_bots_view_on_a_file_is_still_a_particular_case(matcher):
    # the département's "avis" is its agreement, the bot's is not
    assert outcome(matcher, "Pouvez-vous donner votre avis sur notre dossier ?") == (
        Outcome.ANSWERED, "selection-cas-particulier")


def test_a_journalist_asking_for_the_press_contact_gets_it(matcher):
    # "question d'un journaliste :" is left out of the question, not what the question asks
    assert outcome(matcher, "Question d'un journaliste : un contact presse ?") == (Outcome.ANSWERED, "contacts")
