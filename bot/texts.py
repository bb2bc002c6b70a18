"""Every sentence the bot says on its own (not from the knowledge base)."""

SUGGEST_INTRO = "Je ne suis pas certain d'avoir compris. Vouliez-vous dire :"
NONE_OF_THESE = "Aucune de ces questions"
FALLBACK = (
    "Je n'ai pas trouvé de réponse sûre à votre question dans les documents "
    "dont je dispose (l'AMI SPIE de juillet 2021)."
)
FALLBACK_LOGGED = "Votre question a été transmise à l'équipe pour améliorer le service."
FALLBACK_CONTACTS = "Pour aller plus loin :"
EMPTY_QUESTION = (
    "Je n'ai pas compris votre message : écrivez votre question en quelques mots, "
    "par exemple « Qui peut candidater ? »."
)
TOO_LONG = (
    "Votre message est très long : je n'en ai lu que le début. Pour une réponse "
    "plus sûre, posez une question courte."
)
SEE_ALSO = "Voir aussi :"
LINKS = "Liens :"
