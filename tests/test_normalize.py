from bot.normalize import (
    QUESTION_WORDS,
    SAME_TERM,
    SynonymTable,
    drop_stop_phrases,
    fold,
    is_stopword,
    sound_key,
    split_words,
    stem,
    without_elongation,
)


def test_fold_removes_case_accents_ligatures_and_punctuation():
    assert fold("Pôle-Emploi, ÉLIGIBLE ?! Mise en œuvre") == "pole emploi eligible mise en oeuvre"


def test_fold_drops_elided_articles_with_any_apostrophe():
    assert split_words("l'AMI d’intérêt qu'est-ce s'associer") == ["ami", "interet", "est", "ce", "associer"]


def test_every_apostrophe_separates_words_as_the_typewriter_one_does():
    # Phones type ’ or ʼ: "aujourd’hui" must fold like "aujourd'hui", not "aujourdhui".
    expected = split_words("aujourd'hui l'insertion")
    for apostrophe in "’ʼ‘′`´":
        assert split_words(f"aujourd{apostrophe}hui l{apostrophe}insertion") == expected, apostrophe


def test_until_is_one_word_however_it_is_typed():
    for text in ("jusqu'à quand", "jusqu’au 11 octobre", "jusqu a quand", "jusquau", "jusqu'en 2023"):
        assert split_words(text)[0] == "jusqu", text
    # one word even in the synonyms file ("jusqu'à: [until, till]")
    assert split_words("jusqu'à") == split_words("jusqu’en") == ["jusqu"]


def test_fold_of_only_symbols_and_emoji_is_empty():
    assert fold("🙂 ?!… <b>") == "b"
    assert fold("   ") == ""


def test_stem_groups_derived_forms():
    assert stem("candidater") == stem("candidature") == stem("candidats")
    assert stem("projets") == stem("projet")
    assert stem("2021") == "2021"
    assert stem("pole_emploi") == "pole_emploi"


def test_synonyms_rewrite_longest_phrase_to_one_token():
    table = SynonymTable({
        "pôle emploi": ["PE", "France Travail"],
        "ami": ["appel à manifestation d'intérêt", "appel"],
    })
    words = split_words("France Travail et l'appel à manifestation d'intérêt, PE")
    # two names of one institution: the question is whether they are the same
    assert table.apply(words) == ["pole_emploi", "et", "ami", SAME_TERM, "pole_emploi"]
    # the canonical phrase itself becomes the same token
    assert table.apply(split_words("Pôle emploi")) == ["pole_emploi"]


def test_variants_of_several_words_are_recognised_in_other_inflections():
    table = SynonymTable({"mission locale": ["missions locales"],
                          "démarches simplifiées": ["site démarches simplifiées"],
                          "quand": ["en quelle année"]})
    assert table.apply(split_words("les missions locale")) == ["les", "mission_locale"]
    assert table.apply(split_words("sur démarche simplifié")) == ["sur", "demarches_simplifiees"]
    # a variant starting with a function word is only taken as written
    assert table.apply(split_words("en quelles années")) == ["en", "quelles", "annees"]


def test_one_word_said_twice_is_not_a_question_of_sameness():
    table = SynonymTable({"sélection": ["lauréats", "choisis"], "pôle emploi": ["PE"]})
    assert table.apply(split_words("les lauréats seront choisis")) == ["les", "selection", "seront", "selection"]
    assert table.apply(split_words("PE et PE")) == ["pole_emploi", "et", "pole_emploi"]


def test_every_question_word_is_known_as_its_term_too():
    assert {stem(word) for word in QUESTION_WORDS} <= QUESTION_WORDS


def test_sameness_is_only_asked_of_the_terms_given():
    table = SynonymTable({"pôle emploi": ["PE", "France Travail"], "collectivité territoriale": ["maire", "mairie"]})
    assert table.apply(split_words("le maire et la mairie"), {"pole_emploi"}) == [
        "le", "collectivite_territoriale", "et", "la", "collectivite_territoriale"]
    assert table.apply(split_words("PE ou France Travail"), {"pole_emploi"}) == [
        "pole_emploi", "ou", SAME_TERM, "pole_emploi"]


def test_other_inflections_of_a_listed_synonym_are_recognised():
    table = SynonymTable({"sélection": ["choisir", "désigner"], "candidature": ["dossier"],
                          "candidater": ["postuler"], "porteur": ["porte"]})
    assert table.listed_form("choisissez") == "choisir"
    assert table.listed_form("designation")  # words arrive folded == "designer"
    assert table.listed_form("postulez") == "postuler"
    assert table.listed_form("portes") is None  # stem "port" too short to be safe
    assert table.listed_form("montant") is None


def test_a_stem_shared_by_two_terms_stands_for_neither():
    table = SynonymTable({"candidature": ["candidatures"], "candidater": ["candidats"]})
    assert table.listed_form("candidatez") is None


def test_stop_phrases_remove_relative_qui():
    assert drop_stop_phrases(fold("qu'est-ce qui est finançable")).split() == ["est", "financable"]
    assert drop_stop_phrases(fold("qui peut candidater")).split() == ["qui", "peut", "candidater"]


def test_asking_to_know_is_not_content():
    for text in ("est-il possible de savoir", "je cherche à savoir", "nous cherchons à comprendre"):
        assert drop_stop_phrases(fold(text)).split() == [], text
    # "est-il possible de..." asks whether one may, as "peut-on": what may be done stays
    assert drop_stop_phrases(fold("est-il possible de candidater seul")).split() == ["candidater", "seul"]
    assert drop_stop_phrases(fold("c'est possible d'envoyer le dossier ?")).split() == ["envoyer", "le", "dossier"]
    # "pas besoin de connaître le public ?" asks whether it must be known
    assert "connaitre" not in drop_stop_phrases(fold("j'ai besoin de connaître la date")).split()
    assert "connaitre" in drop_stop_phrases(fold("pas besoin de connaître le public ?")).split()


def test_quand_introducing_a_situation_does_not_ask_when():
    assert "quand" not in drop_stop_phrases(fold("quand on est une mission locale, faut-il l'accord ?")).split()
    assert "quand" not in drop_stop_phrases(fold("Quand nous sommes un CCAS")).split()
    assert "quand" in drop_stop_phrases(fold("quand est-ce qu'on est fixés ?")).split()


def test_courtesy_formulas_are_not_content():
    for text in ("Merci d'avance, bonne journée !", "merci beaucoup pour votre aide",
                 "Je vous remercie par avance. Sincères salutations", "thanks in advance, best regards",
                 "merci pour l'info", "Merci pour les informations"):
        assert drop_stop_phrases(fold(text)).split() == [], text
    # "aide" stays a word where it is not a courtesy formula
    assert "aide" in drop_stop_phrases(fold("besoin d'aide pour le dossier")).split()
    for text in ("merci d'avance pour votre réponse", "voilà ma question :", "question bête",
                 "excusez-moi", "désolée de vous déranger", "j'ai une interrogation"):
        assert drop_stop_phrases(fold(text)).split() == [], text


def test_framings_of_a_question_are_not_content():
    for text in ("du coup", "en gros", "par contre", "au juste", "par curiosité", "selon vous",
                 "à votre avis", "je me demandais", "j'aurais besoin de savoir", "je n'ai pas compris",
                 "si j'ai bien compris", "je ne comprends pas", "il me semble que", "je crois que",
                 "on m'a dit que", "j'ai lu qu'", "j'ai entendu dire que", "est-ce vrai que",
                 "c'est vrai que", "avez-vous des infos sur", "vous pensez que", "tu crois que",
                 "d'après vous", "de quoi s'agit-il", "compte-t-il", "en quelques phrases", "en priorité",
                 "il est question de", "puis-je", "je suppose que", "je présume qu'", "ce coup-ci",
                 "késako", "quésaco", "complémentaires", "dans l'esprit de"):
        assert [w for w in drop_stop_phrases(fold(text)).split() if not is_stopword(w)] == [], text
    assert drop_stop_phrases(fold("je transmets au maire")).split() == []
    # formal letters
    for text in ("je vous saurais gré de bien vouloir", "je me permets de vous contacter afin de savoir",
                 "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées",
                 "dans l'attente de votre retour", "je reste à votre disposition pour tout complément d'information",
                 "existe-t-il un", "en matière de", "au titre de", "par la présente", "en ce qui concerne",
                 "sommes-nous en mesure de", "dans l'hypothèse où"):
        assert [w for w in drop_stop_phrases(fold(text)).split() if not is_stopword(w)] == [], text
    assert "existe" in drop_stop_phrases(fold("Pôle emploi existe-t-il encore ?")).split()
    # what a word designates is what it means; designating the winners is selecting them
    for text in ("ça désigne quoi", "que désigne", "qu'est-ce que désignent", "désigne quoi"):
        assert [w for w in drop_stop_phrases(fold(text)).split() if not is_stopword(w)] == [], text
    assert "designe" in drop_stop_phrases(fold("qui désigne les lauréats ?")).split()
    # "au niveau de l'État" is the State; "lesquels" a function word
    assert drop_stop_phrases(fold("au niveau de l'État")).split() == ["etat"]
    assert is_stopword("lesquels") and is_stopword("laquelle")
    # who asks is not what is asked ("mon élu me demande ce qu'est le SPIE")
    assert "demande" not in drop_stop_phrases(fold("mon élu me demande ce qu'est le SPIE")).split()
    # frustration says nothing of the subject; a job seeker's search does
    for text in ("franchement c'est pénible, je cherche juste", "ça fait une heure que je cherche",
                 "rien n'est clair sur", "je m'y perds dans", "honnêtement je ne vois pas"):
        assert [w for w in drop_stop_phrases(fold(text)).split() if not is_stopword(w)] == [], text
    assert "cherche" in drop_stop_phrases(fold("je cherche un emploi")).split()
    assert [w for w in drop_stop_phrases(fold("une collègue m'a parlé du SPIE")).split() if not is_stopword(w)] == ["spie"]
    # every region at once is the whole country, as "toute la France"
    assert drop_stop_phrases(fold("combien de projets, toutes régions confondues")).split() == ["combien", "de", "projets"]
    # waiting for something is not what is expected of projects ("qu'attend-on des projets ?")
    assert drop_stop_phrases(fold("on attend toujours la sélection")).split() == ["la", "selection"]
    assert drop_stop_phrases(fold("qu'attend-on des projets ?")).split() == ["attend", "on", "des", "projets"]
    # "ne sera plus" is "no longer", not "plus" (more); "au-delà de" leaves what follows it
    # ("on ne peut plus déposer" is kept whole: the synonyms read it as too late)
    assert "plus" not in drop_stop_phrases(fold("la plateforme ne sera plus ouverte ?")).split()
    assert "plus" in drop_stop_phrases(fold("on ne peut plus déposer ?")).split()
    assert "plus" in drop_stop_phrases(fold("je voudrais plus d'infos")).split()
    assert "dela" not in drop_stop_phrases(fold("au-delà de 2023")).split()
    for text in ("donnez-moi toutes les dates", "indiquez-nous les dates", "dis-moi les dates"):
        assert [w for w in drop_stop_phrases(fold(text)).split() if not is_stopword(w)] == ["dates"], text
    # a request for the text itself, or to be called back, is not a framing
    assert "envoyez" in drop_stop_phrases(fold("envoyez-moi le texte")).split()
    assert "rappelez" in drop_stop_phrases(fold("rappelez-moi demain")).split()
    # the same verbs stay where they carry the question
    assert "pense" in drop_stop_phrases(fold("que pense la préfecture du SPIE")).split()
    assert "comprendre" in drop_stop_phrases(fold("le groupement doit-il comprendre Pôle emploi")).split()
    assert "compris" in drop_stop_phrases(fold("le 11 octobre est-il compris ?")).split()
    assert "avis" in drop_stop_phrases(fold("donnez-moi votre avis sur notre dossier")).split()


def test_sms_function_words_are_spelled_out_so_every_phrase_reads_them():
    assert fold("à kel moment") == fold("à quel moment")
    assert fold("on peut candidater ns-mêmes ?") == fold("on peut candidater nous-mêmes ?")
    assert fold("sur koi porte l'AMI") == fold("sur quoi porte l'AMI")
    assert fold("on peut qd même candidater") == fold("on peut quand même candidater")  # "quand même" is read
    assert fold("qu'esk le SPIE") == fold("qu'est-ce que le SPIE")
    assert fold("envoyer pr avis") == fold("envoyer pour avis")
    assert fold("ya t il un minimum") == fold("y a-t-il un minimum")
    assert fold(fold("kel esk ki")) == fold("kel esk ki")
    assert fold("cb de lauréats, pk pas plus ?") == fold("combien de lauréats, pourquoi pas plus ?")


def test_more_sms_forms_are_spelled_out():
    assert fold("kan es ke on doi déposer") == fold("quand es que on doit déposer")
    assert fold("jveu savoir, jpeu candidater avc la CAF ?") == fold("je veux savoir, je peux candidater avec la CAF ?")


def test_numbers_of_several_words_become_digits():
    assert fold("mis en œuvre en deux mille vingt-deux") == fold("mis en œuvre en 2022")
    assert fold("deux mille vingt et un") == "2021"
    assert fold("trente-cinq territoires") == fold("35 territoires")
    assert fold("trente et un projets") == fold("31 projets")
    assert fold("thirty-five territories in twenty twenty-one") == fold("35 territories in 2021")
    assert fold("le vingt sept septembre") == fold("le 27 septembre")
    # Belgian and Swiss French, and English tens above sixty
    assert fold("septante territoires") == fold("70 territoires")
    assert fold("nonante-deux") == "92"
    assert fold("seventy projects") == fold("70 projects")


def test_sound_key_is_one_for_spellings_of_one_sound():
    for heard, written in (("departeman", "departement"), ("teritoir", "territoire"), ("choizi", "choisi"),
                           ("povrete", "pauvrete"), ("acsion", "action"), ("elijible", "eligible"),
                           ("coordinassion", "coordination"), ("resulta", "resultat"), ("dossie", "dossier")):
        assert sound_key(heard) == sound_key(written), heard
    assert sound_key("depot") != sound_key("date")


def test_a_bodys_branch_and_number_say_which_one():
    assert fold("la CAF de la Haute-Garonne") == "la caf"
    assert fold("l'ARS d'Occitanie") == "ars"
    assert fold("Cap emploi 31") == "cap emploi"
    # the département's own name, and a count after a body, stay
    assert fold("le département de l'Aude") == "le departement de aude"
    assert fold("France Travail, 35 territoires") == "france travail 35 territoires"


def test_telegram_mentions_hashtags_and_elongated_letters():
    assert fold("@SPIE_infobot qui peut candidater ?") == fold("qui peut candidater ?")
    assert "prefetoccitanie" in fold("le compte @prefetoccitanie")  # not a bot: it stays
    assert fold("#premierAMI") == fold("premier AMI")
    assert without_elongation("quaaand") == "quand"
    assert without_elongation("appel") == "appel"


def test_a_calls_number_is_first_or_second():
    assert fold("l'AMI numéro 1") == "1er ami"
    assert fold("l'appel n°2") == "2e appel"
    assert fold("un appel 2 fois") == "un appel 2 fois"  # a count of times stays


def test_an_age_is_not_a_count_but_a_duration_stays():
    assert drop_stop_phrases(fold("les jeunes de moins de 26 ans")).split() == ["les", "jeunes"]
    assert drop_stop_phrases(fold("young people under 26")).split() == ["young", "people"]
    assert "2" in drop_stop_phrases(fold("des projets de plus de 2 ans")).split()


def test_until_in_a_range_does_not_ask_until_when():
    assert "jusqu" not in split_words("du lancement jusqu'à la mise en œuvre")
    assert "jusqu" not in split_words("depuis juillet jusqu'en octobre")
    assert "jusqu" in split_words("dépôt du dossier jusqu'à quelle date ?")
    assert "jusqu" in split_words("du coup, jusqu'à quand ?")


def test_dates_in_digits_are_spelled_as_the_documents_write_them():
    assert fold("avant le 11/10/2021 ?") == fold("avant le 11 octobre 2021 ?")
    assert fold("deadline 11/10") == fold("deadline 11 octobre")
    assert fold("le 11.10.21") == fold("le 11 octobre 2021")
    assert fold("1.5 million") == "1 5 million"  # not a date
    assert fold("le 32/01") == "le 32 01"
    # a day and a month with a dot, two digits each; a month and its year
    assert fold("jusqu'au 11.10 inclus") == fold("jusqu'au 11 octobre inclus")
    assert fold("version 10.12.3") == "version 10 12 3"
    assert fold("sélection en 12/2021") == fold("sélection en décembre 2021")


def test_a_year_of_the_2020s_may_be_written_with_two_digits():
    assert fold("on démarre en 22 ?") == fold("on démarre en 2022 ?")
    assert fold("fini fin 23") == fold("fini fin 2023")
    assert fold("en 20 jours") == "en 20 jours"  # a count, not a year
    assert fold("le CD 31 en 2021") == "le cd en 2021"


def test_the_euro_sign_is_a_word():
    assert fold("combien de € par projet") == fold("combien de euros par projet")


def test_an_acronym_written_with_dots_is_the_acronym():
    assert fold("S.P.I.E c'est quoi") == fold("SPIE c'est quoi")
    assert fold("l'A.M.I. du C.D.") == fold("l'AMI du CD")
    assert fold("E. Guyot, p. 2") == "e guyot p 2"  # a lone initial stays a letter
    assert fold("demarches-simplifiees.fr") == "demarches simplifiees fr"  # nor a web address


def test_an_email_address_is_named_as_such():
    assert fold("c'est bien communication@occitanie.gouv.fr ?") == "est bien email"
    assert fold("écrire à prenom.nom+ami@pref-occitanie.gouv.fr") == "ecrire a email"
    assert fold("@prefetoccitanie") == "prefetoccitanie"  # a Twitter name is not an address


def test_closing_formulas_are_not_content():
    for text in ("merci pour toutes ces informations", "je reviendrai vers vous si besoin",
                 "je transmets à mon équipe", "c'est très clair"):
        assert [w for w in drop_stop_phrases(fold(text)).split() if not is_stopword(w)] == [], text
    assert "clair" in drop_stop_phrases(fold("ce n'est pas clair"))


def test_hearing_about_something_is_not_content():
    assert drop_stop_phrases(fold("j'entends parler du SPIE")).split() == ["du", "spie"]
    assert drop_stop_phrases(fold("on m'a parlé de l'AMI")).split() == ["de", "ami"]


def test_wishing_to_know_is_not_content():
    assert drop_stop_phrases(fold("j'aimerais connaître la date")).split() == ["la", "date"]
    assert "connaitre" in drop_stop_phrases(fold("faut-il connaître le public"))  # what projects must show


def test_where_is_told_from_or():
    assert fold("on postule où ?") == "on postule where"
    assert fold("Où déposer le dossier") == "where deposer le dossier"
    # without its accent: "où" first or last, "ou" (or) between two words
    assert fold("ou envoyer le dossier") == "where envoyer le dossier"
    assert fold("on dépose ou ?") == "on depose where"
    assert fold("CD ou PE") == "cd ou pe"
    assert fold("ou alors en ligne ?") == "ou alors en ligne"


def test_a_department_number_after_an_institution_is_dropped():
    assert fold("le CD31 doit donner son feu vert") == "le cd doit donner son feu vert"
    assert fold("la CAF 81 et la ML31") == "la caf et la ml"
    assert fold("le département 2A") == "le departement"
    assert fold("31 projets") == "31 projets"  # the first AMI's figure stays
    assert fold("le 11 octobre") == "le 11 octobre"


def test_english_months_become_the_french_ones_of_the_documents():
    assert fold("what happened in March 2020") == "what happened in mars 2020"
    assert fold("deadline October 11") == "deadline octobre 11"
    assert fold("may we apply") == "may we apply"  # "may" asks, far more often than it dates


def test_shortened_months_are_spelled_out():
    assert fold("le 11 oct.") == "le 11 octobre"
    assert fold("sélection en nov ou déc") == "selection en novembre ou decembre"
    assert fold("sept projets") == "7 projets"  # "sept" is seven


def test_numbers_written_as_words_become_digits():
    assert fold("projet sur deux ans") == fold("projet sur 2 ans")
    assert fold("quatorze expérimentations") == "14 experimentations"
    assert fold("un projet, une action") == "un projet une action"  # articles stay words


def test_years_months_and_seasons_are_time_words():
    from bot.normalize import is_time_word

    assert all(is_time_word(fold(w)) for w in ("2024", "Février", "août", "Noël", "printemps"))
    assert not any(is_time_word(w) for w in ("3000", "maison", "fall", "2024e"))


def test_dates_are_read_as_pairs_of_words():
    from bot.normalize import date_pairs

    assert date_pairs(fold("jusqu'au 11 octobre 2021, sélection en décembre")) == {
        ("11", "octobre"), ("octobre", "2021")}
    assert date_pairs(fold("11/10 et 31 projets en 2021")) == {("11", "octobre")}
    # phrasings joined by lines: each date is read around its digits, wherever it is
    assert date_pairs("x\nselection en septembre 2021\n" + "mot " * 50 + "le 5 mars") == {
        ("septembre", "2021"), ("5", "mars")}


def test_lines_with_a_word():
    from bot.normalize import lines_with

    assert lines_with("combien de territoires\nqui peut candidater\ncombien de projets", "combien") == {
        "combien de territoires", "combien de projets"}


def test_the_documents_named_as_a_source_are_not_the_subject():
    for text in ("d'après le communiqué de la préfecture, qui peut candidater ?",
                 "selon l'article du 20 juillet, qui peut candidater ?",
                 "qui peut candidater, according to the press release?"):
        assert [w for w in drop_stop_phrases(fold(text)).split() if not is_stopword(w)] == ["qui", "candidater"], text
    assert drop_stop_phrases(fold("que dit l'article sur les actions éligibles ?")).split() == [
        "les", "actions", "eligibles"]
    # asking for the document itself, or what it says
    assert "communique" in drop_stop_phrases(fold("où lire le communiqué de presse complet ?"))
    assert "communique" in drop_stop_phrases(fold("que dit le communiqué ?"))
    assert "communique" in drop_stop_phrases(fold("le communiqué dit quoi ?"))
    # documents to attach are not the source documents; "votre réponse" is the selection's
    assert "documents" in drop_stop_phrases(fold("dans les documents à joindre, il faut quoi ?"))
    assert "reponse" in drop_stop_phrases(fold("quand aurons-nous votre réponse ?"))
    assert "reponse" not in drop_stop_phrases(fold("dans votre réponse précédente vous parliez de Pôle emploi"))
    assert "ministere" in drop_stop_phrases(fold("quel ministère porte l'AMI ?"))


def test_a_state_website_is_an_official_site():
    assert fold("des infos sur haute-garonne.gouv.fr/communiques ?") == "des infos sur site officiel"
    assert fold("https://www.occitanie.gouv.fr") == "site officiel"
    # other addresses keep their name, without the scheme and "www."
    assert fold("https://www.demarches-simplifiees.fr") == fold("demarches-simplifiees.fr")


def test_emojis_that_say_something_are_words():
    assert fold("👍") == "ok" and fold("🙏🏼") == "merci" and fold("👋 !") == "salut"
    assert fold("🙂🙂") == ""


def test_a_phone_number_is_named_as_such():
    assert fold("le 05 34 45 34 45 c'est pour qui ?") == "le telephone est pour qui"
    for number in ("0534453445", "05.34.45.34.45", "+33 5 34 45 34 45", "05-34-45-34-45"):
        assert fold(number) == "telephone", number
    # dates, years and counts are not phone numbers
    assert fold("jusqu'au 11/10/2021") == "jusqu 11 octobre 2021"
    assert fold("31 projets en 2021 et 2022") == "31 projets en 2021 et 2022"
