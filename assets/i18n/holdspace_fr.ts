<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnswerWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="22"/>
        <source>Your &amp;answer:</source>
        <translation>Votre &amp;réponse :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="25"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="27"/>
        <source>Clear the box</source>
        <translation>Vider la case</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="35"/>
        <source>a number, for example 42</source>
        <translation>un nombre, par ex. 42</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="36"/>
        <source>hex digits, for example 0x1f</source>
        <translation>des chiffres hexa, par ex. 0x1f</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="37"/>
        <source>an amount, for example 14.00</source>
        <translation>un montant, par ex. 14.00</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="38"/>
        <source>type your answer</source>
        <translation>tapez votre réponse</translation>
    </message>
</context>
<context>
    <name>Blank</name>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="60"/>
        <source>Screen blanked; press any key to come back</source>
        <translation>Écran masqué ; appuyez sur une touche pour revenir</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/checklist.py" line="87"/>
        <source>You can come back to this any time. Ticks stay on this computer to help you remember; they are never a score.</source>
        <translation>Vous pouvez y revenir quand vous voulez. Les coches restent sur cet ordinateur pour vous aider à vous souvenir ; ce n’est jamais une note.</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="98"/>
        <source>Tick every answer that fits:</source>
        <translation>Cochez chaque réponse qui convient :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="100"/>
        <source>Pick one answer:</source>
        <translation>Choisissez une réponse :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="209"/>
        <source>✓ {answer}</source>
        <extracomment>Shown by “Show me”: an answer that fits, with a tick before it.</extracomment>
        <translation>✓ {answer}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="212"/>
        <source>{answer}, an answer that fits</source>
        <translation>{answer}, une réponse qui convient</translation>
    </message>
</context>
<context>
    <name>ColoursMenu</name>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="21"/>
        <source>&amp;Follow the system</source>
        <translation>S&amp;uivre le système</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="22"/>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="23"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="24"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="32"/>
        <source>&amp;Colours</source>
        <translation>C&amp;ouleurs</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="35"/>
        <source>TXID</source>
        <translation>TXID</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="35"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="37"/>
        <source>C&amp;opy the {what}</source>
        <translation>C&amp;opier : {what}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="39"/>
        <source>Copy {what} {number} of {total}</source>
        <translation>Copier : {what} {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="58"/>
        <source>✓ Copied. Paste it with Ctrl+V.</source>
        <translation>✓ Copié. Collez-le avec Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="72"/>
        <source>The same note is saved in:
{path}</source>
        <translation>La même note est enregistrée ici :
{path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="76"/>
        <source>This is a guest session, so the note is not saved.</source>
        <translation>C’est une session invitée, donc la note n’est pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="84"/>
        <source>Something unexpected happened</source>
        <translation>Quelque chose d’inattendu s’est produit</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="87"/>
        <source>Holdspace ran into something it didn&apos;t expect. Your progress is safe, and you can carry on.</source>
        <translation>Holdspace est tombé sur quelque chose qu’il n’attendait pas. Votre progression est en sécurité, et vous pouvez continuer.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="94"/>
        <source>If it happens again, “Copy details” puts a note for the people who make Holdspace on your clipboard.</source>
        <translation>Si cela se reproduit, « Copier les détails » met sur votre presse-papiers une note pour les personnes qui font Holdspace.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="104"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="110"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="112"/>
        <source>The details are on your clipboard.</source>
        <translation>Les détails sont sur votre presse-papiers.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="46"/>
        <source>Lesson explored</source>
        <translation>Leçon parcourue</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="68"/>
        <source>✓ You explored “{title}”.</source>
        <translation>✓ Vous avez parcouru « {title} ».</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="72"/>
        <source>What you can do now:</source>
        <translation>Ce que vous savez faire maintenant :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="80"/>
        <source>When you feel ready, “{title}” comes next.</source>
        <translation>Quand vous vous sentirez prêt·e, « {title} » vient ensuite.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="85"/>
        <source>Well done for taking the time. Come back to it whenever you like: there are no marks or scores here.</source>
        <translation>Merci d’avoir pris ce temps. Revenez-y quand vous voulez : ici, il n’y a ni notes ni scores.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="93"/>
        <source>You went through the whole guide.</source>
        <translation>Vous avez parcouru tout le guide.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="95"/>
        <source>Take the next step at your own pace. The guide is here whenever you need it: press F1 or “I think I made a mistake”.</source>
        <translation>Faites le pas suivant à votre rythme. Le guide est là dès que vous en avez besoin : appuyez sur F1 ou sur « Je crois que j’ai fait une erreur ».</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="35"/>
        <source>Your progress couldn&apos;t be saved just now</source>
        <translation>Votre progression n’a pas pu être enregistrée pour l’instant</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="36"/>
        <source>The lessons work as usual, and nothing you learned is lost. Holdspace will try again next time.</source>
        <translation>Les leçons fonctionnent comme d’habitude, et rien de ce que vous avez appris n’est perdu. Holdspace réessaiera la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="44"/>
        <source>The file couldn&apos;t be used</source>
        <translation>Le fichier n’a pas pu être utilisé</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="45"/>
        <source>Holdspace couldn&apos;t read or write the file there. Try another folder.</source>
        <translation>Holdspace n’a pas pu lire ou écrire le fichier à cet endroit. Essayez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="50"/>
        <source>That didn&apos;t work this time</source>
        <translation>Cela n’a pas marché cette fois</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="51"/>
        <source>Nothing is lost. You can try again, or go on with something else.</source>
        <translation>Rien n’est perdu. Vous pouvez réessayer, ou passer à autre chose.</translation>
    </message>
</context>
<context>
    <name>ExplorerWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="69"/>
        <source>Practice explorer</source>
        <translation>Explorateur d’entraînement</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="73"/>
        <source>PRACTICE EXPLORER · a copy kept inside Holdspace. Nothing here is fetched, sent or live.</source>
        <translation>EXPLORATEUR D’ENTRAÎNEMENT · une copie gardée dans Holdspace. Rien ici n’est téléchargé, envoyé ni en direct.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="80"/>
        <source>Practice explorer: nothing here is fetched or live</source>
        <translation>Explorateur d’entraînement : rien ici n’est téléchargé ni en direct</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="96"/>
        <source>Network:</source>
        <translation>Réseau (Network) :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="103"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="251"/>
        <source>Practice explorer for {network}</source>
        <translation>Explorateur d’entraînement pour {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="114"/>
        <source>Paste a TXID or an address</source>
        <translation>Collez un TXID ou une adresse</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="115"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="142"/>
        <source>Clear the box</source>
        <translation>Vider la case</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="116"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="117"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="123"/>
        <source>Search the practice explorer</source>
        <translation>Rechercher dans l’explorateur d’entraînement</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="121"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="131"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="296"/>
        <source>Picked line:</source>
        <translation>Ligne choisie :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="133"/>
        <source>Value of the picked line (you can copy it)</source>
        <translation>Valeur de la ligne choisie (vous pouvez la copier)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="141"/>
        <source>type what the page says</source>
        <translation>tapez ce que dit la page</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="144"/>
        <source>Your &amp;answer:</source>
        <translation>Votre &amp;réponse :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="144"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="336"/>
        <source>The line you picked: {line}. The question asks about another line.</source>
        <translation>La ligne que vous avez choisie : {line}. La question porte sur une autre ligne.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="18"/>
        <source>Bitcoin</source>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="19"/>
        <source>Ethereum</source>
        <translation>Ethereum</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="20"/>
        <source>BNB Smart Chain</source>
        <translation>BNB Smart Chain</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="34"/>
        <source>Network</source>
        <extracomment>Field labels of a practice block explorer page (Network, Status, Block, Fee…). Real explorers show them in English: write your word with the English beside it, e.g. “Réseau (Network)”.</extracomment>
        <translation>Réseau (Network)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="35"/>
        <source>Status</source>
        <translation>Statut (Status)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="36"/>
        <source>Block</source>
        <translation>Bloc (Block)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="37"/>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="38"/>
        <source>Block hash</source>
        <translation>Hash du bloc (Block hash)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="39"/>
        <source>Time</source>
        <translation>Heure (Time)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="40"/>
        <source>From</source>
        <translation>De (From)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="41"/>
        <source>To</source>
        <translation>À (To)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="42"/>
        <source>Total in</source>
        <translation>Total en entrée (Total in)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="43"/>
        <source>Value</source>
        <translation>Montant (Value)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="44"/>
        <source>Fee</source>
        <translation>Frais (Fee)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="45"/>
        <source>Inputs</source>
        <translation>Entrées (Inputs)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="46"/>
        <source>Outputs</source>
        <translation>Sorties (Outputs)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="47"/>
        <source>Size</source>
        <translation>Taille (Size)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="48"/>
        <source>Gas limit</source>
        <translation>Limite de gas (Gas limit)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="49"/>
        <source>Gas used</source>
        <translation>Gas utilisé (Gas used)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="50"/>
        <source>Gas price</source>
        <translation>Prix du gas (Gas price)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="51"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="52"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="28"/>
        <source>Transaction hash</source>
        <translation>Hash de la transaction (Transaction hash)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="30"/>
        <source>Transaction ID</source>
        <translation>ID de transaction (Transaction ID)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="62"/>
        <source>✓ Confirmed</source>
        <translation>✓ Confirmée</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="64"/>
        <source>New coins (coinbase): there is no sender</source>
        <translation>Nouvelles pièces (coinbase) : il n’y a pas d’expéditeur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="66"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="70"/>
        <source>{count} (coinbase: spends nothing)</source>
        <translation>{count} (coinbase : ne dépense rien)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="162"/>
        <source>MADE-UP TEACHING EXAMPLE · this transaction does not exist on any real network. It was written for practice.</source>
        <translation>EXEMPLE INVENTÉ POUR APPRENDRE · cette transaction n’existe sur aucun vrai réseau. Elle a été écrite pour s’entraîner.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="168"/>
        <source>Made-up teaching example</source>
        <translation>Exemple inventé pour apprendre</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="170"/>
        <source>Transaction details</source>
        <translation>Détails de la transaction</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="191"/>
        <source>Address</source>
        <translation>Adresse (Address)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="194"/>
        <source>Transactions on {network} in this practice explorer:</source>
        <translation>Transactions sur {network} dans cet explorateur d’entraînement :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="135"/>
        <source>Open transaction {start}…{end}</source>
        <translation>Ouvrir la transaction {start}…{end}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="141"/>
        <source>Open transaction {txid}</source>
        <translation>Ouvrir la transaction {txid}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="229"/>
        <source>✓ {network}</source>
        <translation>✓ {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="239"/>
        <source>Newest block on this practice explorer: {height} (a fixed number for practice, not today&apos;s)</source>
        <translation>Dernier bloc de cet explorateur d’entraînement : {height} (un nombre fixe pour s’entraîner, pas celui d’aujourd’hui)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="252"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="261"/>
        <source>Paste a TXID or an address into the search box, then press Enter.</source>
        <translation>Collez un TXID ou une adresse dans la case de recherche, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="260"/>
        <source>Nothing to search yet</source>
        <translation>Rien à chercher pour l’instant</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="270"/>
        <source>Not found on {network}</source>
        <translation>Introuvable sur {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="272"/>
        <source>Sorry, no transaction or address on {network} matches this search. (This practice explorer knows only a few transactions.)</source>
        <translation>Désolé, aucune transaction ni adresse sur {network} ne correspond à cette recherche. (Cet explorateur d’entraînement ne connaît que quelques transactions.)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="294"/>
        <source>Picked line: {line}</source>
        <translation>Ligne choisie : {line}</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="16"/>
        <source>✓ That&apos;s it.</source>
        <translation>✓ C’est bien ça.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="17"/>
        <source>✓ Yes, that&apos;s it.</source>
        <translation>✓ Oui, c’est bien ça.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="19"/>
        <source>≈ Close! Not quite yet. Have another look at the numbers.</source>
        <translation>≈ Presque ! Pas encore tout à fait. Regardez encore les nombres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/wording.py" line="23"/>
        <source>≈ Good so far. %n more right choice(s) to find.</source>
        <translation>
            <numerusform>≈ Bien jusqu’ici. Encore %n bonne réponse à trouver.</numerusform>
            <numerusform>≈ Bien jusqu’ici. Encore %n bonnes réponses à trouver.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="31"/>
        <source>↻ Not yet. That is the same amount written in everyday numbers; the question asks for it in hex.</source>
        <translation>↻ Pas encore. C’est le même montant écrit en chiffres de tous les jours ; la question le demande en hexa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="36"/>
        <source>↻ Not yet. That&apos;s fine: let&apos;s look at it together.</source>
        <translation>↻ Pas encore. Ce n’est pas grave : regardons-le ensemble.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="42"/>
        <source>✎ Take your time. Type or pick an answer when you&apos;re ready.</source>
        <translation>✎ Prenez votre temps. Tapez ou choisissez une réponse quand vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="46"/>
        <source>Hint {number} of {total}</source>
        <translation>Indice {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="50"/>
        <source>That was the last hint. &quot;Show me&quot; is there whenever you want it.</source>
        <translation>C’était le dernier indice. « Montrez-moi » est là quand vous le voulez.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="54"/>
        <source>That looked like a recovery phrase, so it was not checked or kept. No real service needs your recovery phrase.</source>
        <translation>Cela ressemblait à une phrase de récupération, donc ce n’a été ni vérifié ni gardé. Aucun vrai service n’a besoin de votre phrase de récupération.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="60"/>
        <source>Here it is. Seeing the answer is a good way to learn, too.</source>
        <translation>La voici. Voir la réponse est aussi une bonne façon d’apprendre.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="68"/>
        <source>✎ I couldn&apos;t read that as hex yet. Hex uses 0–9 and a–f, like 1f or 0x1f.</source>
        <translation>✎ Je n’ai pas encore pu lire cela comme de l’hexa. L’hexa utilise 0–9 et a–f, comme 1f ou 0x1f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="72"/>
        <source>✎ I couldn&apos;t read that as an amount yet. Something like 14.00 or $14 works.</source>
        <translation>✎ Je n’ai pas encore pu lire cela comme un montant. Quelque chose comme 14.00 ou 14 $ fonctionne.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="76"/>
        <source>✎ I couldn&apos;t read that as a number yet. Something like 31 or 21,000 works.</source>
        <translation>✎ Je n’ai pas encore pu lire cela comme un nombre. Quelque chose comme 31 ou 21,000 fonctionne.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="83"/>
        <source>Would a hint help? It&apos;s free, and you can ask as often as you like.</source>
        <translation>Un indice vous aiderait ? C’est gratuit, et vous pouvez en demander autant que vous voulez.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="93"/>
        <source>Read the question once more, slowly. A hint is free ({hint_key}), and “Show me” shows the answer whenever you like ({show_key}).</source>
        <translation>Relisez la question une fois, lentement. Un indice est gratuit ({hint_key}), et « Montrez-moi » montre la réponse quand vous voulez ({show_key}).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="98"/>
        <source>Read the question once more, slowly. “Show me” shows the answer whenever you like ({show_key}), with a few words on why.</source>
        <translation>Relisez la question une fois, lentement. « Montrez-moi » montre la réponse quand vous voulez ({show_key}), avec quelques mots sur le pourquoi.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="106"/>
        <source>**The answer:** {answer}</source>
        <translation>**La réponse :** {answer}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../app/holdspace/gui/feedback_panel.py" line="92"/>
        <source>Feedback</source>
        <translation>Retour sur votre réponse</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="48"/>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="49"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="52"/>
        <source>Words you will meet in the lessons, in plain language. Type to find one.</source>
        <translation>Les mots que vous rencontrerez dans les leçons, en langage simple. Tapez pour en trouver un.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="58"/>
        <source>Find a word, for example fee</source>
        <translation>Trouver un mot, par ex. frais</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="59"/>
        <source>Find a word in the glossary</source>
        <translation>Trouver un mot dans le glossaire</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="60"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="67"/>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="70"/>
        <source>What it means</source>
        <translation>Ce que cela veut dire</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="133"/>
        <source>Nothing in the glossary matches “{words}” yet.</source>
        <translation>Rien dans le glossaire ne correspond encore à « {words} ».</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="144"/>
        <source>Perhaps you meant: {terms}</source>
        <translation>Vouliez-vous dire : {terms}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="151"/>
        <source>You could try fewer letters, another spelling, or a word you met in a lesson.</source>
        <translation>Vous pouvez essayer avec moins de lettres, une autre orthographe ou un mot vu dans une leçon.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="156"/>
        <source>Show every word</source>
        <translation>Afficher tous les mots</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/text.py" line="31"/>
        <source>[Left out: this looked like a recovery phrase, and phrases are never printed, practice or not.]</source>
        <translation>[Retiré : ce texte ressemblait à une phrase de récupération, et une phrase n’est jamais imprimée, même pour s’entraîner.]</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="98"/>
        <location filename="../../app/holdspace/gui/handout_print.py" line="105"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="123"/>
        <source>The PDF wasn&apos;t written</source>
        <translation>Le PDF n’a pas été écrit</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="124"/>
        <source>Holdspace couldn&apos;t write the file. Nothing else changed.</source>
        <translation>Holdspace n’a pas pu écrire le fichier. Rien d’autre n’a changé.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="130"/>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="141"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="43"/>
        <source>Facilitator sheet</source>
        <translation>Fiche de l’animateur</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="43"/>
        <source>Handout</source>
        <translation>Document à emporter</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="73"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="82"/>
        <source>For the facilitator</source>
        <translation>Pour l’animateur ou l’animatrice</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="86"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="62"/>
        <source>Timing:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="88"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="65"/>
        <source>about {minutes} minutes</source>
        <translation>environ {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="95"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="74"/>
        <source>Objectives:</source>
        <translation>Objectifs :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="106"/>
        <source>Words used in this lesson</source>
        <translation>Mots utilisés dans cette leçon</translation>
    </message>
</context>
<context>
    <name>HandoutChoice</name>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="38"/>
        <source>What would you like on paper?</source>
        <translation>Que voulez-vous mettre sur papier ?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="41"/>
        <source>This lesson: {title}</source>
        <translation>Cette leçon : {title}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="44"/>
        <source>Every lesson of “{pack}”</source>
        <translation>Toutes les leçons de « {pack} »</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="53"/>
        <source>&amp;Facilitator sheet (with answers, hints, notes and timing)</source>
        <translation>&amp;Fiche de l’animateur (avec réponses, indices, notes et durée)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="56"/>
        <source>Leave this off for the learners&apos; handout: it never shows answers.</source>
        <translation>Laissez décoché pour le document des participants : il ne montre jamais de réponse.</translation>
    </message>
</context>
<context>
    <name>HexPlaygroundWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="93"/>
        <source>Hex playground</source>
        <translation>Atelier hexa</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="99"/>
        <source>Hex box</source>
        <translation>Case hexa</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="99"/>
        <source>for example 0x5208</source>
        <translation>par ex. 0x5208</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="103"/>
        <source>Everyday number box</source>
        <translation>Case des nombres de tous les jours</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="102"/>
        <source>for example 21000</source>
        <translation>par ex. 21000</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="106"/>
        <source>He&amp;x:</source>
        <translation>He&amp;xa :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="107"/>
        <source>&amp;Everyday number:</source>
        <translation>Nombre de &amp;tous les jours :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="110"/>
        <source>⇄ &amp;Reverse byte order</source>
        <translation>⇄ Inverser l’&amp;ordre des octets</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="111"/>
        <source>Reverse byte order</source>
        <translation>Inverser l’ordre des octets</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="112"/>
        <source>Turn the bytes around: the last pair comes first</source>
        <translation>Retourner les octets : la dernière paire passe en premier</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="117"/>
        <source>Bytes</source>
        <extracomment>Heading of the line that shows the hex digits in pairs, one pair per byte.</extracomment>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="118"/>
        <source>What the playground says</source>
        <translation>Ce que dit l’atelier</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="119"/>
        <source>How to answer</source>
        <translation>Comment répondre</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="130"/>
        <source>Clear the box</source>
        <translation>Vider la case</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="154"/>
        <source>When the everyday box shows your answer, press Check (or Enter).</source>
        <translation>Quand la case de tous les jours montre votre réponse, appuyez sur Vérifier (ou Entrée).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="155"/>
        <source>When the hex box shows your answer, press Check (or Enter).</source>
        <translation>Quand la case hexa montre votre réponse, appuyez sur Vérifier (ou Entrée).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="232"/>
        <source>= Both boxes hold the same value. As an everyday number it has {count} digits, far too many to be an amount: hex this long is an ID, like a TXID. IDs are compared, never counted with.</source>
        <translation>= Les deux cases contiennent la même valeur. En nombre de tous les jours, elle a {count} chiffres, bien trop pour un montant : un hexa aussi long est un identifiant, comme un TXID. Les identifiants se comparent, ils ne servent jamais à compter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="252"/>
        <source>In pairs: {pairs} (%n byte(s))</source>
        <translation>
            <numerusform>Par paires : {pairs} (%n octet)</numerusform>
            <numerusform>Par paires : {pairs} (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="298"/>
        <source>You reversed the digits, not the bytes. A byte is a pair of digits: keep each pair together and reverse the order of the pairs.</source>
        <translation>Vous avez inversé les chiffres, pas les octets. Un octet est une paire de chiffres : gardez chaque paire ensemble et inversez l’ordre des paires.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="303"/>
        <source>The hex box still shows the bytes in their first order. Press “Reverse byte order”, or write the pairs from last to first.</source>
        <translation>La case hexa montre encore les octets dans leur premier ordre. Appuyez sur « Inverser l’ordre des octets », ou écrivez les paires de la dernière à la première.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="225"/>
        <source>= Both boxes hold the same amount: {hex} is {number} in everyday numbers.</source>
        <translation>= Les deux cases contiennent le même montant : {hex} vaut {number} en chiffres de tous les jours.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="184"/>
        <source>↻ That is more digits than the playground works with. Try something shorter.</source>
        <translation>↻ C’est plus de chiffres que l’atelier n’en gère. Essayez plus court.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="196"/>
        <source>↻ “{character}” is not a hex digit. Hex uses only 0–9 and a–f.</source>
        <translation>↻ « {character} » n’est pas un chiffre hexa. L’hexa utilise seulement 0–9 et a–f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="199"/>
        <source>↻ Hex uses only 0–9 and a–f, with 0x in front if you like.</source>
        <translation>↻ L’hexa utilise seulement 0–9 et a–f, avec 0x devant si vous voulez.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="214"/>
        <source>↻ This box takes everyday digits 0–9. Letters a–f go in the hex box.</source>
        <translation>↻ Cette case prend les chiffres de tous les jours 0–9. Les lettres a–f vont dans la case hexa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="216"/>
        <source>↻ The playground works with whole numbers from 0 upwards.</source>
        <translation>↻ L’atelier travaille avec des nombres entiers à partir de 0.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="218"/>
        <source>↻ Only whole numbers have a hex form here, like 21000.</source>
        <translation>↻ Ici, seuls les nombres entiers ont une forme hexa, comme 21000.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="219"/>
        <source>↻ Type digits 0–9, like 21000.</source>
        <translation>↻ Tapez des chiffres 0–9, comme 21000.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="256"/>
        <source>(A 0 was put in front so the digits make whole pairs.)</source>
        <translation>(Un 0 a été ajouté devant pour que les chiffres forment des paires complètes.)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="264"/>
        <source>↻ Type some hex first, then reverse its bytes.</source>
        <translation>↻ Tapez d’abord un peu d’hexa, puis inversez ses octets.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="272"/>
        <source>⇄ The bytes are now in the other order.</source>
        <translation>⇄ Les octets sont maintenant dans l’autre ordre.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="121"/>
        <source>&lt;h1&gt;Welcome to Holdspace&lt;/h1&gt;&lt;p&gt;Take your time. Nothing here is timed or scored, you can try as often as you like, and everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Bienvenue dans Holdspace&lt;/h1&gt;&lt;p&gt;Prenez votre temps. Rien ici n’est chronométré ni noté, vous pouvez essayer autant de fois que vous voulez, et tout reste sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="138"/>
        <source>&lt;h2&gt;Where would you like to start?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Par où aimeriez-vous commencer ?&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="148"/>
        <source>See &amp;all lessons</source>
        <translation>Voir &amp;toutes les leçons</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="149"/>
        <source>See all lessons</source>
        <translation>Voir toutes les leçons</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="210"/>
        <source>Getting your lessons ready…</source>
        <translation>Préparation de vos leçons…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="218"/>
        <source>Guest session: nothing you do here is saved.</source>
        <translation>Session invitée : rien de ce que vous faites ici n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="221"/>
        <source>Your progress is kept only on this computer. You can export it or forget it at any time from the Progress menu.</source>
        <translation>Votre progression reste uniquement sur cet ordinateur. Vous pouvez l’exporter ou l’oublier à tout moment depuis le menu Progression.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="260"/>
        <source>Pick up where you left off</source>
        <translation>Reprendre là où vous en étiez</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="261"/>
        <source>“{title}”, step {number} of {total}</source>
        <translation>« {title} », étape {number} sur {total}</translation>
    </message>
</context>
<context>
    <name>LessonHeader</name>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="34"/>
        <source>Where you are in the lesson</source>
        <translation>Où vous en êtes dans la leçon</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="45"/>
        <source>The mistake guide</source>
        <translation>Le guide des erreurs</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="50"/>
        <source>Lesson title</source>
        <translation>Titre de la leçon</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="70"/>
        <source>Step {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="78"/>
        <source>This is the last step.</source>
        <translation>C’est la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="80"/>
        <source>Coming next: something to try.</source>
        <translation>Ensuite : quelque chose à essayer.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="82"/>
        <source>Coming next: something to read.</source>
        <translation>Ensuite : quelque chose à lire.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="107"/>
        <source>Explored</source>
        <extracomment>Shown where the step counter was, once the learner has gone through the lesson.</extracomment>
        <translation>Parcourue</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="46"/>
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="63"/>
        <source>Facilitator notes</source>
        <translation>Notes pour l’animateur</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="74"/>
        <source>The arrow keys scroll the page.</source>
        <translation>Les flèches font défiler la page.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="126"/>
        <source>Go through it &amp;again</source>
        <translation>La &amp;refaire</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="127"/>
        <source>Back to &amp;topics</source>
        <translation>Retour aux &amp;thèmes</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="129"/>
        <source>Next &amp;lesson</source>
        <translation>Leçon &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="98"/>
        <source>&amp;Back</source>
        <translation>Pr&amp;écédent</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="36"/>
        <source>H&amp;int</source>
        <translation>I&amp;ndice</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="40"/>
        <source>&amp;Show me</source>
        <translation>&amp;Montrez-moi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="103"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="105"/>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="255"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="106"/>
        <source>Previous step (Page Up or Alt+Left)</source>
        <translation>Étape précédente (Page préc. ou Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="107"/>
        <source>Next step (Page Down or Alt+Right)</source>
        <translation>Étape suivante (Page suiv. ou Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="108"/>
        <source>Check my answer (Enter)</source>
        <translation>Vérifier ma réponse (Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="255"/>
        <source>Fi&amp;nish</source>
        <translation>T&amp;erminer</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="53"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="82"/>
        <source>Step {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="245"/>
        <source>**Facilitator notes:** </source>
        <translation>**Notes pour l’animateur :** </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="69"/>
        <source>&lt;h2&gt;All lessons&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Toutes les leçons&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="76"/>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="76"/>
        <source>Where you are</source>
        <translation>Où vous en êtes</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="77"/>
        <source>Lessons by topic</source>
        <translation>Leçons par thème</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="90"/>
        <source>About this lesson</source>
        <translation>À propos de cette leçon</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="97"/>
        <source>&amp;Open lesson</source>
        <translation>&amp;Ouvrir la leçon</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="98"/>
        <source>Open lesson</source>
        <translation>Ouvrir la leçon</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="123"/>
        <source>{pack} — {topic}</source>
        <extracomment>In the lesson list: a lesson pack&apos;s name, then one of its topic titles.</extracomment>
        <translation>{pack} — {topic}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="145"/>
        <source>in English for now</source>
        <translation>en anglais pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="182"/>
        <source>⚠ can&apos;t open yet</source>
        <translation>⚠ ne s’ouvre pas encore</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="191"/>
        <source>{pack}: not placed in a topic yet</source>
        <translation>{pack} : pas encore rangée dans un thème</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="246"/>
        <source>new</source>
        <extracomment>A lesson&apos;s mark in the lesson list: not opened yet. A plain fact, never a judgement.</extracomment>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="248"/>
        <source>✓ explored</source>
        <translation>✓ parcourue</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="250"/>
        <source>in progress, step {number} of {total}</source>
        <translation>en cours, étape {number} sur {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="302"/>
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>Environ %n minute.</numerusform>
            <numerusform>Environ %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="303"/>
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n étape.</numerusform>
            <numerusform>%n étapes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="308"/>
        <source>After this lesson you can:</source>
        <translation>Après cette leçon, vous saurez :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="320"/>
        <source>This lesson can&apos;t open yet. The lesson file needs mending; every other lesson works as usual.</source>
        <translation>Cette leçon ne s’ouvre pas encore. Le fichier de la leçon a besoin d’être réparé ; toutes les autres leçons fonctionnent normalement.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="325"/>
        <source>For whoever wrote it:</source>
        <translation>Pour la personne qui l’a écrite :</translation>
    </message>
</context>
<context>
    <name>LineButton</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="113"/>
        <source>▶ {line} (picked)</source>
        <translation>▶ {line} (choisie)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/holdspace/gui/helpbar.py" line="33"/>
        <location filename="../../app/holdspace/gui/helpbar.py" line="35"/>
        <source>Help bar</source>
        <translation>Barre d’aide</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="63"/>
        <location filename="../../app/holdspace/gui/window.py" line="104"/>
        <source>Holdspace</source>
        <translation>Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="111"/>
        <source>Guest session</source>
        <translation>Session invitée</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="97"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="34"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="72"/>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="74"/>
        <source>All &amp;lessons</source>
        <translation>Toutes les &amp;leçons</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="35"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="104"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="110"/>
        <source>&amp;Smaller text</source>
        <translation>T&amp;exte plus petit</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="116"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Taille de texte normale</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="90"/>
        <source>&amp;Open a lesson pack…</source>
        <translation>Ouvrir un &amp;paquet de leçons…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="123"/>
        <source>F&amp;acilitator notes</source>
        <translation>&amp;Notes pour l’animateur</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="36"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progression</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="79"/>
        <source>&amp;Export my progress…</source>
        <translation>&amp;Exporter ma progression…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="82"/>
        <source>&amp;Forget my progress…</source>
        <translation>&amp;Oublier ma progression…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="37"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="47"/>
        <source>I think I made a &amp;mistake</source>
        <translation>Je crois que j’ai fait une &amp;erreur</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="51"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="85"/>
        <source>&amp;About Holdspace</source>
        <translation>À &amp;propos de Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="56"/>
        <source>A calm guide for the first minutes (F1)</source>
        <translation>Un guide calme pour les premières minutes (F1)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="59"/>
        <source>Words from the lessons, in plain language (Ctrl+G)</source>
        <translation>Les mots des leçons, en langage simple (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="348"/>
        <source>Your progress isn&apos;t being saved right now; the lesson works as usual.</source>
        <translation>Votre progression n’est pas enregistrée en ce moment ; la leçon fonctionne comme d’habitude.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="381"/>
        <source>nowhere (guest session)</source>
        <translation>nulle part (session invitée)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/language.py" line="27"/>
        <source>Lan&amp;guage</source>
        <extracomment>The menu that lists languages, each written in its own words.</extracomment>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>MeetupMenu</name>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="31"/>
        <source>&amp;Reload packs</source>
        <translation>&amp;Recharger les packs</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="33"/>
        <source>Read the open lesson packs again from disk (Ctrl+R)</source>
        <translation>Relire sur le disque les packs de leçons ouverts (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="36"/>
        <source>Show only &amp;this pack</source>
        <translation>Afficher &amp;uniquement ce pack</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="40"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="41"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="44"/>
        <source>&amp;Next person…</source>
        <translation>Personne &amp;suivante…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="47"/>
        <source>A fresh start for the next person on this laptop; nothing they do is saved</source>
        <translation>Un nouveau départ pour la personne suivante sur cet ordinateur ; rien de ce qu’elle fait n’est enregistré</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="62"/>
        <source>Open a lesson pack</source>
        <translation>Ouvrir un pack de leçons</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="64"/>
        <source>Lesson packs (pack.yaml *.zip)</source>
        <translation>Packs de leçons (pack.yaml *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="26"/>
        <source>This pack can&apos;t open yet</source>
        <translation>Ce pack ne s’ouvre pas encore</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="27"/>
        <source>Holdspace couldn&apos;t read this lesson pack. The details below say what needs mending.</source>
        <translation>Holdspace n’a pas pu lire ce pack de leçons. Les détails ci-dessous disent ce qu’il faut corriger.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="82"/>
        <source>Lesson packs read again from disk.</source>
        <translation>Packs de leçons relus sur le disque.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="98"/>
        <source>A lesson pack can&apos;t open yet</source>
        <translation>Un pack de leçons ne s’ouvre pas encore</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="99"/>
        <source>A pack couldn&apos;t be read again. Every other lesson works as usual.</source>
        <translation>Un pack n’a pas pu être relu. Toutes les autres leçons fonctionnent comme d’habitude.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="146"/>
        <source>Ready for the next person?</source>
        <translation>Prêt pour la personne suivante ?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="148"/>
        <source>This closes the lesson on screen and starts a fresh guest session: the next person sees no one&apos;s progress, and nothing they do is saved. Progress saved on this computer before stays as it is.

Start fresh?</source>
        <translation>Cela ferme la leçon à l’écran et commence une nouvelle session invitée : la personne suivante ne voit la progression de personne, et rien de ce qu’elle fait n’est enregistré. La progression déjà enregistrée sur cet ordinateur reste telle quelle.

Recommencer à zéro ?</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="29"/>
        <source>Facilitator notes — Holdspace</source>
        <translation>Notes de l’animateur — Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="30"/>
        <source>Facilitator notes</source>
        <translation>Notes de l’animateur</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="34"/>
        <source>Facilitator notes for this step</source>
        <translation>Notes de l’animateur pour cette étape</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="53"/>
        <source>Open a lesson: its notes appear here, step by step.</source>
        <translation>Ouvrez une leçon : ses notes apparaissent ici, étape par étape.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="91"/>
        <source>No notes for this step.</source>
        <translation>Pas de notes pour cette étape.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="246"/>
        <source>A fresh start for your progress</source>
        <translation>Un nouveau départ pour votre progression</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="247"/>
        <source>Holdspace couldn&apos;t read your saved progress, so it put that file aside and started a fresh one. Nothing was deleted; the old file is here:

{path}</source>
        <translation>Holdspace n’a pas pu lire votre progression enregistrée ; il a donc mis ce fichier de côté et en a commencé un nouveau. Rien n’a été supprimé ; l’ancien fichier est ici :

{path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="258"/>
        <source>Progress won&apos;t be saved this time</source>
        <translation>La progression ne sera pas enregistrée cette fois</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="259"/>
        <source>Holdspace couldn&apos;t write to its folder, so this is a guest session: everything works, but nothing is saved.</source>
        <translation>Holdspace n’a pas pu écrire dans son dossier, donc c’est une session invitée : tout fonctionne, mais rien n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="269"/>
        <source>A lesson pack can&apos;t open yet</source>
        <translation>Un paquet de leçons ne s’ouvre pas encore</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="270"/>
        <source>One lesson pack couldn&apos;t be read. Every other lesson works as usual.</source>
        <translation>Un paquet de leçons n’a pas pu être lu. Toutes les autres leçons fonctionnent normalement.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="21"/>
        <source>Export my progress</source>
        <translation>Exporter ma progression</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="23"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="33"/>
        <source>Export didn&apos;t finish</source>
        <translation>L’export n’a pas abouti</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="34"/>
        <source>The file couldn&apos;t be written there. Try another folder.</source>
        <translation>Le fichier n’a pas pu être écrit à cet endroit. Essayez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="41"/>
        <source>Your progress is saved</source>
        <translation>Votre progression est enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="42"/>
        <source>Your progress was saved to:

{file}</source>
        <translation>Votre progression a été enregistrée ici :

{file}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="53"/>
        <source>Export my progress?</source>
        <translation>Exporter ma progression ?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="54"/>
        <source>The file lists the lessons you opened and explored, where you paused, and your own checklist answers (for example, that you keep a paper backup). Tries and hints are in it only so Holdspace can help sooner; they are not a score.

Anyone who opens the file can read this, so keep it somewhere private.</source>
        <translation>Le fichier indique les leçons que vous avez ouvertes et explorées, l’endroit où vous vous êtes arrêté, et vos propres réponses aux listes à cocher (par exemple, que vous gardez une sauvegarde sur papier). Les essais et les indices n’y figurent que pour que Holdspace puisse vous aider plus tôt ; ce n’est pas une note.

Toute personne qui ouvre le fichier peut lire cela : gardez-le dans un endroit privé.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="64"/>
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="76"/>
        <source>Forget my progress?</source>
        <translation>Oublier ma progression ?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="77"/>
        <source>This clears which lessons you have opened and explored on this computer. The lessons themselves stay. This can&apos;t be undone.

Forget my progress?</source>
        <translation>Cela efface les leçons que vous avez ouvertes et parcourues sur cet ordinateur. Les leçons elles-mêmes restent. Cela ne peut pas être annulé.

Oublier ma progression ?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="93"/>
        <source>Your progress wasn&apos;t forgotten</source>
        <translation>Votre progression n’a pas été effacée</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="94"/>
        <source>Holdspace couldn&apos;t change its progress file just now, so nothing was cleared. Try again later.</source>
        <translation>Holdspace n’a pas pu modifier son fichier de progression pour l’instant, donc rien n’a été effacé. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="31"/>
        <source>This link stays closed</source>
        <translation>Ce lien reste fermé</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="32"/>
        <source>Holdspace only opens secure web links (https). This one points to:

{address}</source>
        <translation>Holdspace n’ouvre que les liens web sécurisés (https). Celui-ci mène à :

{address}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="40"/>
        <source>Open a web page?</source>
        <translation>Ouvrir une page web ?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="41"/>
        <source>This opens the page below in your web browser. Holdspace itself never goes online.

{address}

Open it?</source>
        <translation>Cela ouvre la page ci-dessous dans votre navigateur. Holdspace lui-même ne se connecte jamais à Internet.

{address}

L’ouvrir ?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="28"/>
        <source>This file is missing from this copy of Holdspace: {file}</source>
        <translation>Ce fichier manque dans cette copie de Holdspace : {file}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="34"/>
        <source>&lt;h2&gt;Holdspace {version}&lt;/h2&gt;&lt;p&gt;Gentle lessons for people new to crypto: hexadecimal, blockchain explorers, profit &amp;amp; loss, and keeping your own keys safe.&lt;/p&gt;&lt;p&gt;Nothing is timed or scored. Holdspace never goes online and never asks for a recovery phrase.&lt;/p&gt;&lt;p&gt;Your progress is kept here: &lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;If something goes astray, a note for the people who make Holdspace is kept here: &lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Holdspace is free software under the MIT licence. It is built on Qt, used under the LGPL version 3, and on the other projects named under “Third-party notices”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Holdspace {version}&lt;/h2&gt;&lt;p&gt;Des leçons douces pour les personnes qui découvrent les cryptomonnaies : l’hexadécimal, les explorateurs de blockchain, les gains et pertes, et la garde de vos propres clés en sécurité.&lt;/p&gt;&lt;p&gt;Rien n’est chronométré ni noté. Holdspace ne se connecte jamais à Internet et ne demande jamais de phrase de récupération.&lt;/p&gt;&lt;p&gt;Votre progression est gardée ici : &lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Si quelque chose ne se passe pas comme prévu, une note pour les personnes qui font Holdspace est gardée ici : &lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Holdspace est un logiciel libre sous licence MIT. Il repose sur Qt, utilisé sous la LGPL version 3, et sur les autres projets nommés dans « Mentions des tiers ».&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="64"/>
        <source>About Holdspace</source>
        <translation>À propos de Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="75"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="76"/>
        <source>Third-party notices</source>
        <translation>Mentions des tiers</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="77"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>PasteCheckWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="105"/>
        <source>Paste an address or a TXID here (Ctrl+V)</source>
        <translation>Collez ici une adresse ou un TXID (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="105"/>
        <source>Paste box</source>
        <translation>Case où coller</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="107"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="121"/>
        <source>Clear the box</source>
        <translation>Vider la case</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="108"/>
        <source>P&amp;aste here:</source>
        <translation>C&amp;ollez ici :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="109"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="136"/>
        <source>What Holdspace sees</source>
        <translation>Ce que voit Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="116"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="143"/>
        <source>The address you meant</source>
        <translation>L’adresse que vous vouliez</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="119"/>
        <source>Paste the address to compare (Ctrl+V)</source>
        <translation>Collez l’adresse à comparer (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="119"/>
        <source>The address in the send box</source>
        <translation>L’adresse dans la case d’envoi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="125"/>
        <source>The address you &amp;meant:</source>
        <translation>L’adresse que vous &amp;vouliez :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="126"/>
        <source>The address in the sen&amp;d box:</source>
        <translation>L’adresse dans la case d’&amp;envoi :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="127"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="174"/>
        <source>Practice note</source>
        <translation>Note d’entraînement</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="130"/>
        <source>PRACTICE: the send box starts with a made-up look-alike. It is not anyone&apos;s real address.</source>
        <translation>ENTRAÎNEMENT : la case d’envoi commence avec une adresse sosie inventée. Ce n’est la vraie adresse de personne.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="145"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="145"/>
        <source>&lt;b&gt;The address you meant:&lt;/b&gt;</source>
        <translation>&lt;b&gt;L’adresse que vous vouliez :&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="149"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="151"/>
        <source>Which of these is the same address? Compare every group of four.</source>
        <translation>Laquelle est la même adresse ? Comparez chaque groupe de quatre.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="159"/>
        <source>Address &amp;{number}</source>
        <translation>Adresse &amp;{number}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="161"/>
        <source>Address {number}: {address}</source>
        <translation>Adresse {number} : {address}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="165"/>
        <source>Address {number}</source>
        <translation>Adresse {number}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="177"/>
        <source>PRACTICE: all but one of these are look-alikes made up for this drill. None of them is a real address.</source>
        <translation>ENTRAÎNEMENT : toutes sauf une sont des sosies inventés pour cet exercice. Aucune n’est une vraie adresse.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="212"/>
        <source>The clipboard was emptied too, so it can&apos;t be pasted again by accident.</source>
        <translation>Le presse-papiers a aussi été vidé, pour qu’il ne puisse pas être recollé par accident.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="36"/>
        <source>↻ This looks like ordinary sentences, not an address or a TXID. Copy only the code itself: the Copy button beside it in the lesson takes exactly that.</source>
        <translation>↻ Cela ressemble à des phrases ordinaires, pas à une adresse ni à un TXID. Copiez seulement le code lui-même : le bouton Copier à côté dans la leçon prend exactement cela.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="44"/>
        <source>&lt;b&gt;What it is:&lt;/b&gt; {kind}</source>
        <translation>&lt;b&gt;Ce que c’est :&lt;/b&gt; {kind}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="49"/>
        <source>&lt;b&gt;Checksum:&lt;/b&gt; {checksum}</source>
        <translation>&lt;b&gt;Somme de contrôle (checksum) :&lt;/b&gt; {checksum}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="55"/>
        <source>&lt;b&gt;Networks that use this format:&lt;/b&gt; {networks}</source>
        <translation>&lt;b&gt;Réseaux qui utilisent ce format :&lt;/b&gt; {networks}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="62"/>
        <source>&lt;b&gt;In groups of four:&lt;/b&gt; {groups}</source>
        <translation>&lt;b&gt;Par groupes de quatre :&lt;/b&gt; {groups}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="77"/>
        <source>↻ This form carries no checksum, so compare it by eye, group by group.</source>
        <translation>↻ Cette forme n’a pas de somme de contrôle : comparez-la à l’œil, groupe par groupe.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="82"/>
        <source>✓ The checksum holds: no character was changed by accident.</source>
        <translation>✓ La somme de contrôle tient : aucun caractère n’a été changé par accident.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="86"/>
        <source>△ The checksum does not hold. A character may have changed or gone missing. Copy it again from the place you trust.</source>
        <translation>△ La somme de contrôle ne tient pas. Un caractère a peut-être changé ou disparu. Copiez-la à nouveau depuis l’endroit en qui vous avez confiance.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="91"/>
        <source>↻ This kind of text carries no checksum, so compare it by eye, group by group.</source>
        <translation>↻ Ce genre de texte n’a pas de somme de contrôle : comparez-le à l’œil, groupe par groupe.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="99"/>
        <source>A Bitcoin address of the oldest kind (P2PKH; it starts with 1 on the main network).</source>
        <translation>Une adresse Bitcoin du plus ancien type (P2PKH ; elle commence par 1 sur le réseau principal).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="103"/>
        <source>A Bitcoin script address (P2SH; it starts with 3 on the main network).</source>
        <translation>Une adresse de script Bitcoin (P2SH ; elle commence par 3 sur le réseau principal).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="107"/>
        <source>A Bitcoin SegWit address (P2WPKH; it starts with bc1q).</source>
        <translation>Une adresse Bitcoin SegWit (P2WPKH ; elle commence par bc1q).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="110"/>
        <source>A Bitcoin SegWit script address (P2WSH; a long one starting with bc1q).</source>
        <translation>Une adresse de script Bitcoin SegWit (P2WSH ; une longue, qui commence par bc1q).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="114"/>
        <source>A Bitcoin Taproot address (P2TR; it starts with bc1p).</source>
        <translation>Une adresse Bitcoin Taproot (P2TR ; elle commence par bc1p).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="117"/>
        <source>A Bitcoin SegWit address of a newer kind that few wallets use yet.</source>
        <translation>Une adresse Bitcoin SegWit d’un type plus récent, que peu de portefeuilles utilisent encore.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="120"/>
        <source>An Ethereum-style address: 0x and 40 hex characters.</source>
        <translation>Une adresse de style Ethereum : 0x et 40 caractères hexa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="123"/>
        <source>A Bitcoin transaction ID (TXID): 64 hex characters.</source>
        <translation>Un identifiant de transaction Bitcoin (TXID) : 64 caractères hexa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="126"/>
        <source>An Ethereum-style transaction hash: 0x and 64 hex characters.</source>
        <translation>Un hash de transaction de style Ethereum : 0x et 64 caractères hexa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="129"/>
        <source>A recovery phrase. Holdspace did not keep it and does not show it.</source>
        <translation>Une phrase de récupération. Holdspace ne l’a pas gardée et ne l’affiche pas.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="132"/>
        <source>A Bitcoin private key. Holdspace did not keep it and does not show it.</source>
        <translation>Une clé privée Bitcoin. Holdspace ne l’a pas gardée et ne l’affiche pas.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="136"/>
        <source>A number written in hex.</source>
        <translation>Un nombre écrit en hexa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="139"/>
        <source>Nothing Holdspace recognises. It may be from another network, or part of it may be missing.</source>
        <translation>Rien que Holdspace reconnaisse. Cela vient peut-être d’un autre réseau, ou une partie manque peut-être.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="149"/>
        <source>Spaces around it were left out: they are not part of it.</source>
        <translation>Les espaces autour ont été retirés : ils n’en font pas partie.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="152"/>
        <source>Invisible characters were left out. They sometimes come along when copying from a web page.</source>
        <translation>Des caractères invisibles ont été retirés. Ils arrivent parfois en copiant depuis une page web.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="157"/>
        <source>Spaces inside it were left out, as when it is written in groups.</source>
        <translation>Les espaces à l’intérieur ont été retirés, comme quand c’est écrit par groupes.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="160"/>
        <source>Only digits: this could be an everyday number or hex. Look for 0x or the letters a to f.</source>
        <translation>Seulement des chiffres : cela peut être un nombre de tous les jours ou de l’hexa. Cherchez 0x ou les lettres a à f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="165"/>
        <source>The mix of capital and small letters is a checksum (EIP-55), and it holds.</source>
        <translation>Le mélange de majuscules et de minuscules est une somme de contrôle (EIP-55), et elle tient.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="169"/>
        <source>All small letters: this form has no checksum, so a typo would not be noticed.</source>
        <translation>Tout en minuscules : cette forme n’a pas de somme de contrôle, donc une faute de frappe passerait inaperçue.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="173"/>
        <source>All capital letters: this form has no checksum, so a typo would not be noticed.</source>
        <translation>Tout en majuscules : cette forme n’a pas de somme de contrôle, donc une faute de frappe passerait inaperçue.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="177"/>
        <source>The checksum does not match: at least one character is not the one that was copied.</source>
        <translation>La somme de contrôle ne correspond pas : au moins un caractère n’est pas celui qui a été copié.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="181"/>
        <source>It carries the checksum of another SegWit version: a character near the start may have changed.</source>
        <translation>Elle porte la somme de contrôle d’une autre version de SegWit : un caractère près du début a peut-être changé.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="186"/>
        <source>It is longer or shorter than this kind of text: a character may be missing or extra.</source>
        <translation>C’est plus long ou plus court que ce genre de texte : un caractère manque peut-être, ou est en trop.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="190"/>
        <source>It holds a character this kind of text never uses.</source>
        <translation>Cela contient un caractère que ce genre de texte n’utilise jamais.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="193"/>
        <source>It mixes capital and small letters, which this kind never does.</source>
        <translation>Cela mélange majuscules et minuscules, ce que ce genre de texte ne fait jamais.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="196"/>
        <source>The last characters don&apos;t fit together: the end may have been cut.</source>
        <translation>Les derniers caractères ne vont pas ensemble : la fin a peut-être été coupée.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="199"/>
        <source>The character after bc1 is not one a Bitcoin address uses.</source>
        <translation>Le caractère après bc1 n’est pas de ceux qu’utilise une adresse Bitcoin.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="202"/>
        <source>The start that names the network is missing.</source>
        <translation>Le début qui indique le réseau manque.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="205"/>
        <source>It starts in a way Holdspace doesn&apos;t know.</source>
        <translation>Cela commence d’une façon que Holdspace ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="208"/>
        <source>Its first byte names no address type Holdspace knows.</source>
        <translation>Son premier octet n’indique aucun type d’adresse que Holdspace connaît.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="211"/>
        <source>The 0x at the start is missing. Wallets expect it.</source>
        <translation>Le 0x du début manque. Les portefeuilles l’attendent.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="214"/>
        <source>This is for a test network. Coins there have no value.</source>
        <translation>C’est pour un réseau de test. Les pièces là-bas n’ont pas de valeur.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="217"/>
        <source>A newer SegWit version: many wallets can&apos;t send to it yet.</source>
        <translation>Une version plus récente de SegWit : beaucoup de portefeuilles ne peuvent pas encore y envoyer.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="220"/>
        <source>The same address exists on every network in this list. Coins sent on one network stay on that network.</source>
        <translation>La même adresse existe sur chaque réseau de cette liste. Des pièces envoyées sur un réseau restent sur ce réseau.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="225"/>
        <source>Look it up on the explorer of the network it was sent on. Another network&apos;s explorer will say “not found”.</source>
        <translation>Cherchez-la dans l’explorateur du réseau sur lequel elle a été envoyée. L’explorateur d’un autre réseau dira « not found » (introuvable).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="230"/>
        <source>Explorers show Bitcoin IDs with the bytes in reverse order. If one is not found, its bytes may be the other way round.</source>
        <translation>Les explorateurs affichent les identifiants Bitcoin avec les octets dans l’ordre inverse. Si l’un est introuvable, ses octets sont peut-être dans l’autre sens.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="235"/>
        <source>It starts with many zeros, like a block hash. Block hashes and TXIDs have the same shape.</source>
        <translation>Cela commence par beaucoup de zéros, comme un hash de bloc. Les hashs de bloc et les TXID ont la même forme.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="240"/>
        <source>A private key can have this same shape. If it came from a screen about keys or exports, keep it to yourself.</source>
        <translation>Une clé privée peut avoir cette même forme. Si cela vient d’un écran qui parle de clés ou d’exports, gardez-le pour vous.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="245"/>
        <source>Whoever has a private key can take the coins. Never share it. If you pasted it anywhere else, move the coins to a new wallet soon.</source>
        <translation>Qui a une clé privée peut prendre les pièces. Ne la partagez jamais. Si vous l’avez collée ailleurs, déplacez bientôt les pièces vers un nouveau portefeuille.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="250"/>
        <source>No real service needs your recovery phrase. If you typed it into a website or a chat, move your coins to a new wallet with a new phrase today.</source>
        <translation>Aucun vrai service n’a besoin de votre phrase de récupération. Si vous l’avez tapée sur un site web ou dans une discussion, déplacez vos pièces aujourd’hui vers un nouveau portefeuille avec une nouvelle phrase.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="256"/>
        <source>The number of words is unusual for a recovery phrase.</source>
        <translation>Ce nombre de mots est inhabituel pour une phrase de récupération.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="259"/>
        <source>Most of these words are recovery-phrase words. Keep them private; they were cleared from the box.</source>
        <translation>La plupart de ces mots sont des mots de phrase de récupération. Gardez-les pour vous ; ils ont été effacés de la case.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="264"/>
        <source>Holdspace did not keep it and does not show it.</source>
        <translation>Holdspace ne l’a pas gardée et ne l’affiche pas.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="230"/>
        <source>Put an address in both boxes to compare them.</source>
        <translation>Mettez une adresse dans les deux cases pour les comparer.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="241"/>
        <source>△ The first and last four characters match, but the middle does not. This is the trick of address poisoning: always compare the middle too.</source>
        <translation>△ Les quatre premiers et les quatre derniers caractères correspondent, mais pas le milieu. C’est la ruse de l’empoisonnement d’adresse (address poisoning) : comparez toujours le milieu aussi.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="250"/>
        <source>Meant:</source>
        <translation>Voulue :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="250"/>
        <source>Send box:</source>
        <translation>Case d’envoi :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="261"/>
        <source>Groups that differ are in [brackets]; the characters that differ are underlined.</source>
        <translation>Les groupes qui diffèrent sont entre [crochets] ; les caractères qui diffèrent sont soulignés.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="269"/>
        <source>✓ The same, character for character.</source>
        <translation>✓ Identique, caractère pour caractère.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="273"/>
        <source>≈ Only capital and small letters differ. For this kind of text it is still the same.</source>
        <translation>≈ Seules les majuscules et minuscules diffèrent. Pour ce genre de texte, c’est toujours le même.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="277"/>
        <source>≠ Only capital and small letters differ, and here that matters: treat them as different.</source>
        <translation>≠ Seules les majuscules et minuscules diffèrent, et ici cela compte : considérez-les comme différentes.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="282"/>
        <source>≠ Not the same. Characters that differ: {count}. Groups where they are: {groups}.</source>
        <translation>≠ Pas identique. Caractères qui diffèrent : {count}. Groupes où ils se trouvent : {groups}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="309"/>
        <source>Only capital and small letters differ, and here that matters: it is not the text meant.</source>
        <translation>Seules les majuscules et minuscules diffèrent, et ici cela compte : ce n’est pas le texte voulu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="316"/>
        <source>%n character(s) differ from the text meant. Groups of four where they are: {groups}.</source>
        <extracomment>{groups} lists the groups of four characters that differ, e.g. &quot;3, 7&quot;.</extracomment>
        <translation>
            <numerusform>%n caractère diffère du texte voulu. Groupes de quatre où il se trouve : {groups}.</numerusform>
            <numerusform>%n caractères diffèrent du texte voulu. Groupes de quatre où ils se trouvent : {groups}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="323"/>
        <source>The first and last characters match and the middle does not: that is how look-alike addresses fool people.</source>
        <translation>Les premiers et derniers caractères correspondent mais pas le milieu : c’est ainsi que les adresses sosies trompent les gens.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="336"/>
        <source>✓ The same address.</source>
        <translation>✓ La même adresse.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="340"/>
        <source>≠ A practice look-alike. Groups that differ: {groups}.</source>
        <translation>≠ Un sosie d’entraînement. Groupes qui diffèrent : {groups}.</translation>
    </message>
</context>
<context>
    <name>PnlWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="63"/>
        <source>The trades: {trades}</source>
        <translation>Les opérations : {trades}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="68"/>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="130"/>
        <source>The working, line by line</source>
        <translation>Le calcul, ligne par ligne</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="76"/>
        <source>Your &amp;answer:</source>
        <translation>Votre &amp;réponse :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="78"/>
        <source>an amount, for example 14.00</source>
        <translation>un montant, par ex. 14.00</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="79"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="81"/>
        <source>Clear the box</source>
        <translation>Vider la case</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="160"/>
        <source>Breakdown: {method}</source>
        <translation>Détail : {method}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="160"/>
        <source>Breakdown</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="175"/>
        <source>{label}: {amount}.</source>
        <translation>{label} : {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="179"/>
        <source>{label}: {amount}, which brings the total to {total}.</source>
        <translation>{label} : {amount}, ce qui porte le total à {total}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="184"/>
        <source>Waterfall chart, from the expected profit to the actual one</source>
        <translation>Graphique en cascade, du gain attendu au gain réel</translation>
    </message>
</context>
<context>
    <name>PnlWords</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="69"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="131"/>
        <source>Price of one coin now: {price}</source>
        <translation>Prix d’une pièce maintenant : {price}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="80"/>
        <source>Trade</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="81"/>
        <source>Buy or sell</source>
        <translation>Achat ou vente</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="82"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="106"/>
        <source>How much</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="83"/>
        <source>Price of one coin</source>
        <translation>Prix d’une pièce</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="84"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="120"/>
        <source>Fee</source>
        <translation>Frais (Fee)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="89"/>
        <source>buy</source>
        <extracomment>In the trades table, the Buy-or-sell column: one word, small letters.</extracomment>
        <translation>achat</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="89"/>
        <source>sell</source>
        <translation>vente</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="105"/>
        <source>Buy</source>
        <translation>Achat (Buy)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="105"/>
        <source>Sell</source>
        <translation>Vente (Sell)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="107"/>
        <source>Price on the chart</source>
        <translation>Prix sur le graphique</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="112"/>
        <source>Price offered (ask for a buy, bid for a sell)</source>
        <translation>Prix proposé (ask pour un achat, bid pour une vente)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="118"/>
        <source>Price the order filled at</source>
        <translation>Prix auquel l’ordre a été exécuté</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="140"/>
        <source>Average cost</source>
        <translation>Coût moyen</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="141"/>
        <source>FIFO (first in, first out)</source>
        <translation>FIFO (premier entré, premier sorti)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="151"/>
        <source>Method: average cost. Every coin held costs the same: all that was paid, fees included, divided by the number of coins.</source>
        <translation>Méthode : coût moyen. Chaque pièce détenue coûte pareil : tout ce qui a été payé, frais compris, divisé par le nombre de pièces.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="156"/>
        <source>Method: FIFO (first in, first out). The coins bought first are sold first.</source>
        <translation>Méthode : FIFO (premier entré, premier sorti). Les pièces achetées en premier sont vendues en premier.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="161"/>
        <source>On the chart the price went from {buy} to {sell}. For {quantity} of a coin, that promised {amount}.</source>
        <translation>Sur le graphique, le prix est passé de {buy} à {sell}. Pour {quantity} d’une pièce, cela promettait {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="172"/>
        <source>Spread on the buy: the asking price was {quote}, not the {seen} on the chart. {quantity} × the gap = {amount}.</source>
        <translation>Écart (spread) à l’achat : le prix demandé était {quote}, pas les {seen} du graphique. {quantity} × l’écart = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="177"/>
        <source>Spread on the sell: the bid was {quote}, not the {seen} on the chart. {quantity} × the gap = {amount}.</source>
        <translation>Écart (spread) à la vente : l’offre était {quote}, pas les {seen} du graphique. {quantity} × l’écart = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="190"/>
        <source>Slippage on the buy: the order filled at {fill}, not the {quote} offered. {quantity} × the gap = {amount}.</source>
        <translation>Glissement (slippage) à l’achat : l’ordre a été exécuté à {fill}, pas aux {quote} proposés. {quantity} × l’écart = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="195"/>
        <source>Slippage on the sell: the order filled at {fill}, not the {quote} offered. {quantity} × the gap = {amount}.</source>
        <translation>Glissement (slippage) à la vente : l’ordre a été exécuté à {fill}, pas aux {quote} proposés. {quantity} × l’écart = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="211"/>
        <source>From the prices really paid and received, {buy} to {sell}: {amount} before fees.</source>
        <translation>D’après les prix vraiment payés et reçus, de {buy} à {sell} : {amount} avant frais.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="217"/>
        <source>What the coins sold brought in, less what they cost, before fees: {amount}.</source>
        <translation>Ce que les pièces vendues ont rapporté, moins ce qu’elles ont coûté, avant frais : {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="222"/>
        <source>Fee on the buy, for the coins still held (it is part of their cost): {amount}.</source>
        <translation>Frais d’achat, pour les pièces encore détenues (ils font partie de leur coût) : {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="225"/>
        <source>Fee on the buy, for the coins sold: {amount}.</source>
        <translation>Frais d’achat, pour les pièces vendues : {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="228"/>
        <source>Fee on the sell: {amount}.</source>
        <translation>Frais de vente : {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="231"/>
        <source>Realised loss (sold, so it is fixed): {amount}.</source>
        <translation>Perte réalisée (vendu, donc c’est fixé) : {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="233"/>
        <source>Realised profit (sold, so it is fixed): {amount}.</source>
        <translation>Gain réalisé (vendu, donc c’est fixé) : {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="237"/>
        <source>The {quantity} still held cost {paid} a coin before fees; the price now is {price}. The difference: {amount}.</source>
        <translation>Les {quantity} encore détenus ont coûté {paid} la pièce avant frais ; le prix actuel est {price}. La différence : {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="248"/>
        <source>Unrealised loss, on paper at {price}: {amount}. It moves with the price until you sell.</source>
        <translation>Perte latente, sur le papier à {price} : {amount}. Elle bouge avec le prix jusqu’à ce que vous vendiez.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="253"/>
        <source>Unrealised profit, on paper at {price}: {amount}. It moves with the price until you sell.</source>
        <translation>Gain latent, sur le papier à {price} : {amount}. Il bouge avec le prix jusqu’à ce que vous vendiez.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="259"/>
        <source>Actual loss, after everything above: {amount}.</source>
        <translation>Perte réelle, après tout ce qui précède : {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="261"/>
        <source>Actual profit, after everything above: {amount}.</source>
        <translation>Gain réel, après tout ce qui précède : {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="270"/>
        <source>Expected</source>
        <extracomment>Short labels under the bars of the waterfall chart, from the expected profit to the actual one.</extracomment>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="271"/>
        <source>Spread, buy</source>
        <translation>Écart, achat</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="271"/>
        <source>Spread, sell</source>
        <translation>Écart, vente</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="272"/>
        <source>Slippage, buy</source>
        <translation>Glissement, achat</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="272"/>
        <source>Slippage, sell</source>
        <translation>Glissement, vente</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="273"/>
        <source>Before fees</source>
        <translation>Avant frais</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="274"/>
        <source>Buy fee, coins held</source>
        <translation>Frais d’achat, pièces détenues</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="276"/>
        <source>Buy fee</source>
        <translation>Frais d’achat</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="277"/>
        <source>Sell fee</source>
        <translation>Frais de vente</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="278"/>
        <source>Realised</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="279"/>
        <source>Price change, coins held</source>
        <translation>Variation de prix, pièces détenues</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="280"/>
        <source>Unrealised</source>
        <translation>Latent</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="281"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="75"/>
        <source>&amp;Presenter mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="78"/>
        <source>Full screen with large type; Page Down/Up move on, B blanks the screen (F5)</source>
        <translation>Plein écran en grands caractères ; Page suivante/précédente pour avancer, B masque l’écran (F5)</translation>
    </message>
</context>
<context>
    <name>SeedPracticeWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="133"/>
        <source>PRACTICE phrase drill</source>
        <translation>Exercice de phrase d’ENTRAÎNEMENT</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="154"/>
        <source>◆ PRACTICE. Holdspace made this phrase a moment ago, only for practice. It guards no coins, it is never saved, and it is gone when you leave this step.</source>
        <translation>◆ ENTRAÎNEMENT. Holdspace a créé cette phrase il y a un instant, seulement pour s’entraîner. Elle ne protège aucune pièce, elle n’est jamais enregistrée, et elle disparaît quand vous quittez cette étape.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="159"/>
        <source>PRACTICE notice</source>
        <translation>Avis d’ENTRAÎNEMENT</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="165"/>
        <source>First, look at it</source>
        <translation>D’abord, regardez-la</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="169"/>
        <source>Hold the button down to see the practice phrase. Let go, and it hides again. With the keyboard, hold the Space key on the button. If holding is hard, press Keep it shown, and press it again to hide the words.</source>
        <translation>Maintenez le bouton enfoncé pour voir la phrase d’entraînement. Relâchez, et elle se cache à nouveau. Au clavier, maintenez la touche Espace sur le bouton. Si maintenir est difficile, appuyez sur La garder affichée, puis appuyez à nouveau pour cacher les mots.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="180"/>
        <source>Press and hold with the mouse, or hold the Space key. Let go to hide the words.</source>
        <translation>Maintenez avec la souris, ou maintenez la touche Espace. Relâchez pour cacher les mots.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="186"/>
        <source>&amp;Keep it shown</source>
        <translation>La &amp;garder affichée</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="188"/>
        <source>Keep the PRACTICE phrase shown</source>
        <translation>Garder la phrase d’ENTRAÎNEMENT affichée</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="190"/>
        <source>Shows the words without holding. Press again to hide them.</source>
        <translation>Montre les mots sans maintenir. Appuyez à nouveau pour les cacher.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="203"/>
        <source>PRACTICE PHRASE · not a real wallet</source>
        <translation>PHRASE D’ENTRAÎNEMENT · pas un vrai portefeuille</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="215"/>
        <source>Then, write it down</source>
        <translation>Ensuite, écrivez-la</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="219"/>
        <source>Write the words on paper, by hand, each with its number. Hold the button again as often as you like to check each word. Never type a phrase into anything.</source>
        <translation>Écrivez les mots sur papier, à la main, chacun avec son numéro. Maintenez le bouton aussi souvent que vous voulez pour vérifier chaque mot. Ne tapez jamais une phrase nulle part.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="225"/>
        <source>I wrote it down on paper</source>
        <translation>Je l’ai écrite sur papier</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="226"/>
        <source>I wrote the PRACTICE phrase down on paper</source>
        <translation>J’ai écrit la phrase d’ENTRAÎNEMENT sur papier</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="234"/>
        <source>Look at your paper, not the screen, and type that one word.</source>
        <translation>Regardez votre papier, pas l’écran, et tapez ce seul mot.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="238"/>
        <source>one word</source>
        <translation>un mot</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="252"/>
        <source>Last, which was word {number}?</source>
        <translation>Pour finir, quel était le mot {number} ?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="255"/>
        <source>Word {number} of the PRACTICE phrase</source>
        <translation>Mot {number} de la phrase d’ENTRAÎNEMENT</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="307"/>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="323"/>
        <source>{number}. {word}</source>
        <extracomment>One numbered word of the practice phrase, e.g. “3. apple”. The words themselves stay in English (BIP-39).</extracomment>
        <translation>{number}. {word}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="309"/>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="358"/>
        <source>PRACTICE word {number}: {word}</source>
        <translation>Mot d’ENTRAÎNEMENT {number} : {word}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="312"/>
        <source>Showing the PRACTICE phrase (kept shown)</source>
        <translation>La phrase d’ENTRAÎNEMENT est affichée (gardée visible)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="314"/>
        <source>Showing the PRACTICE phrase. Let go to hide it</source>
        <translation>La phrase d’ENTRAÎNEMENT est affichée. Relâchez pour la cacher</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="316"/>
        <source>Showing the PRACTICE phrase</source>
        <translation>La phrase d’ENTRAÎNEMENT est affichée</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="317"/>
        <source>PRACTICE phrase, showing</source>
        <translation>Phrase d’ENTRAÎNEMENT, affichée</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="324"/>
        <source>PRACTICE word {number}, hidden</source>
        <translation>Mot d’ENTRAÎNEMENT {number}, caché</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="325"/>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="326"/>
        <source>Hold to see the PRACTICE phrase</source>
        <translation>Maintenez pour voir la phrase d’ENTRAÎNEMENT</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="327"/>
        <source>PRACTICE phrase, hidden</source>
        <translation>Phrase d’ENTRAÎNEMENT, cachée</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="353"/>
        <source>PRACTICE · word {number} is “{word}”.</source>
        <translation>ENTRAÎNEMENT · le mot {number} est « {word} ».</translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message>
        <location filename="../../app/holdspace/gui/step_marks.py" line="31"/>
        <source>Step {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/step_marks.py" line="36"/>
        <source>%n step(s) seen so far</source>
        <translation>
            <numerusform>%n étape déjà vue</numerusform>
            <numerusform>%n étapes déjà vues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPrinter</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="69"/>
        <source>Tick every answer that fits:</source>
        <translation>Cochez toutes les réponses qui conviennent :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="71"/>
        <source>Tick one answer:</source>
        <translation>Cochez une réponse :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="78"/>
        <source>a right answer</source>
        <translation>une bonne réponse</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="110"/>
        <source>Use the practice explorer page printed at step {number}.</source>
        <translation>Utilisez la page d’explorateur d’entraînement imprimée à l’étape {number}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="118"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="118"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="120"/>
        <source>A practice explorer page (a teaching example, not a live record).</source>
        <translation>Une page d’explorateur d’entraînement (un exemple pour apprendre, pas un relevé en direct).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="123"/>
        <source>Circle the line that answers the question.</source>
        <translation>Entourez la ligne qui répond à la question.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="124"/>
        <source>Write what the page says:</source>
        <translation>Écrivez ce qu’indique la page :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="125"/>
        <source>Find this transaction on the page.</source>
        <translation>Trouvez cette transaction sur la page.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="134"/>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="134"/>
        <source>Everyday number</source>
        <translation>Nombre de tous les jours</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="203"/>
        <source>A backup card to fill in by hand, in pencil, at home. This sheet never holds a phrase: the app makes a fresh practice one on screen.</source>
        <translation>Une carte de sauvegarde à remplir à la main, au crayon, chez vous. Cette feuille ne contient jamais de phrase : l’application en crée une nouvelle, d’entraînement, à l’écran.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="228"/>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="232"/>
        <source>Hint {number}:</source>
        <translation>Indice {number} :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="238"/>
        <source>If someone says “{answer}”:</source>
        <translation>Si quelqu’un dit « {answer} » :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="247"/>
        <source>Explanation:</source>
        <translation>Explication :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="254"/>
        <source>Facilitator notes:</source>
        <translation>Notes pour l’animation :</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="65"/>
        <source>&amp;All terms…</source>
        <translation>&amp;Tous les termes…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="66"/>
        <source>Open the glossary</source>
        <translation>Ouvrir le glossaire</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="69"/>
        <source>Close</source>
        <extracomment>Button that closes a glossary card.</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="70"/>
        <source>Close the explanation</source>
        <translation>Fermer l’explication</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="94"/>
        <source>Glossary: {term}</source>
        <translation>Glossaire : {term}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="167"/>
        <source>, </source>
        <extracomment>Between the &quot;see also&quot; links (Arabic writes &quot;، &quot;).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="171"/>
        <source>See also:</source>
        <translation>Voir aussi :</translation>
    </message>
</context>
<context>
    <name>TranslationAids</name>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="35"/>
        <source>This lesson is in English for now.</source>
        <extracomment>Above a lesson (and in the lesson list) when the learner&apos;s language has no translation of it yet.</extracomment>
        <translation>Cette leçon est en anglais pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="36"/>
        <source>This lesson is in its pack&apos;s first language for now ({language}).</source>
        <translation>Cette leçon est dans la première langue de son paquet pour l&apos;instant ({language}).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="46"/>
        <source>In English: {term}</source>
        <extracomment>Under a translated glossary term: its name as English screens show it.</extracomment>
        <translation>En anglais : {term}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="88"/>
        <source>About this lesson&apos;s language</source>
        <translation>La langue de cette leçon</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="90"/>
        <source>Show in English</source>
        <translation>Afficher en anglais</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="93"/>
        <source>Show the English text of this step under it, to match words to the English screens of an app ({key})</source>
        <translation>Afficher le texte anglais de cette étape en dessous, pour retrouver les mots des écrans en anglais d&apos;une application ({key})</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="98"/>
        <source>Shows this step&apos;s English text under the translation</source>
        <translation>Affiche le texte anglais de cette étape sous la traduction</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="103"/>
        <source>The same step in English</source>
        <translation>La même étape en anglais</translation>
    </message>
</context>
<context>
    <name>Tripwire</name>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="151"/>
        <source>We cleared that for you</source>
        <translation>Nous l’avons effacé pour vous</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="152"/>
        <source>&lt;p&gt;That looked like a &lt;b&gt;recovery phrase&lt;/b&gt;, so Holdspace cleared it straight away. It was not saved anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cela ressemblait à une &lt;b&gt;phrase de récupération&lt;/b&gt;, donc Holdspace l’a effacée tout de suite. Elle n’a été enregistrée nulle part.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="158"/>
        <source>&lt;p&gt;Holdspace emptied the clipboard too, so it can&apos;t be pasted anywhere by accident. Copying any ordinary word afterwards is a good habit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Holdspace a aussi vidé le presse-papiers, pour qu’elle ne puisse être collée nulle part par accident. Copier ensuite un mot ordinaire est une bonne habitude.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="163"/>
        <source>&lt;p&gt;No real service needs your recovery phrase. Holdspace never does, and no support person, exchange or app should ever ask for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun vrai service n’a besoin de votre phrase de récupération. Holdspace ne la demande jamais, et aucune personne du support, aucune plateforme d’échange ni aucune appli ne devrait jamais la demander.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="168"/>
        <source>&lt;p&gt;If you typed your real phrase into a website, a form or a chat somewhere else:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Stop, and don&apos;t type it anywhere again.&lt;/li&gt;&lt;li&gt;On a device you trust, make a new wallet with a new phrase.&lt;/li&gt;&lt;li&gt;Move your coins to it as soon as you can.&lt;/li&gt;&lt;li&gt;Ignore anyone who offers to &quot;recover&quot; funds for a fee.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Si vous avez tapé votre vraie phrase sur un site web, dans un formulaire ou une discussion ailleurs :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Arrêtez-vous, et ne la tapez plus nulle part.&lt;/li&gt;&lt;li&gt;Sur un appareil de confiance, créez un nouveau portefeuille avec une nouvelle phrase.&lt;/li&gt;&lt;li&gt;Déplacez-y vos pièces dès que possible.&lt;/li&gt;&lt;li&gt;Ignorez toute personne qui propose de « récupérer » des fonds contre paiement.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="79"/>
        <source>Solid bar: a total, measured from zero.</source>
        <translation>Barre pleine : un total, mesuré depuis zéro.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="80"/>
        <source>Striped bar, with −: takes away from the total.</source>
        <translation>Barre hachurée, avec − : enlève au total.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="81"/>
        <source>Criss-cross bar, with +: adds to the total.</source>
        <translation>Barre quadrillée, avec + : ajoute au total.</translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="21"/>
        <source>Net&amp;work:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Network&quot; beside your translation, e.g. &quot;Red (Network)&quot;. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>&amp;Réseau (Network) :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="26"/>
        <source>A&amp;ddress:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Address&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>A&amp;dresse (Address) :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="32"/>
        <source>&amp;Tag:</source>
        <extracomment>An exchange&apos;s word for the XRP destination tag, shown in English on many screens: keep &quot;Tag&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>&amp;Tag :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="34"/>
        <source>M&amp;emo:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Memo&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>M&amp;émo (Memo) :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="39"/>
        <source>Am&amp;ount:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Amount&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>M&amp;ontant (Amount) :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="44"/>
        <source>Network:</source>
        <extracomment>On the deposit screen. An exchange&apos;s word, shown in English on many screens: keep &quot;Network&quot; beside your translation.</extracomment>
        <translation>Réseau (Network) :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="49"/>
        <source>Address:</source>
        <extracomment>On the deposit screen. An exchange&apos;s word, shown in English on many screens: keep &quot;Address&quot; beside your translation.</extracomment>
        <translation>Adresse (Address) :</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="54"/>
        <source>Withdraw {asset} (practice form)</source>
        <extracomment>The title of the practice form; &quot;Withdraw&quot; is the exchange&apos;s English word: keep it beside your translation. {asset} is a coin, e.g. USDT.</extracomment>
        <translation>Retirer {asset} (Withdraw) : formulaire d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="61"/>
        <source>Deposit {asset}: the receiving side&apos;s screen</source>
        <extracomment>&quot;Deposit&quot; is the exchange&apos;s English word: keep it beside your translation. {asset} is a coin, e.g. USDT.</extracomment>
        <translation>Déposer {asset} (Deposit) : l&apos;écran du côté qui reçoit</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="68"/>
        <source>Network fee: {fee} {asset} · Minimum withdrawal: {minimum} {asset}</source>
        <extracomment>&quot;Network fee&quot; and &quot;Minimum withdrawal&quot; are the exchange&apos;s English words: keep them beside your translation.</extracomment>
        <translation>Frais de réseau (Network fee) : {fee} {asset} · Retrait minimum (Minimum withdrawal) : {minimum} {asset}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="83"/>
        <source>destination tag</source>
        <translation>tag de destination</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="84"/>
        <source>memo</source>
        <translation>mémo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="95"/>
        <source>Network: none is picked yet. Pick the one the deposit screen names: {deposit}.</source>
        <translation>Réseau : aucun n&apos;est choisi pour l&apos;instant. Choisissez celui que nomme l&apos;écran de dépôt : {deposit}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="102"/>
        <source>Address: it is not the one on the deposit screen. Coins sent there would go to whoever holds that address, and a transfer can&apos;t be undone. Copy it again from the deposit screen and compare it group by group.</source>
        <translation>Adresse : ce n&apos;est pas celle de l&apos;écran de dépôt. Des pièces envoyées là iraient à la personne qui détient cette adresse, et un transfert ne peut pas être annulé. Copiez-la de nouveau depuis l&apos;écran de dépôt et comparez-la groupe par groupe.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="109"/>
        <source>The {memo} is missing. The coins would reach the exchange, but not your account: the exchange could not tell whose they are. Its support can often credit them after some checks; it may take days and cost a fee.</source>
        <translation>Sans {memo}, les pièces arriveraient à la plateforme, mais pas sur votre compte : elle ne pourrait pas savoir à qui elles sont. Son assistance peut souvent les créditer après quelques vérifications ; cela peut prendre des jours et coûter des frais.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="116"/>
        <source>The {memo} is not the one on the deposit screen. The coins would reach the exchange with someone else&apos;s label, or one it doesn&apos;t know. Only the exchange&apos;s own support could sort it out.</source>
        <translation>Le champ « {memo} » ne correspond pas à l&apos;écran de dépôt. Les pièces arriveraient à la plateforme avec l&apos;étiquette de quelqu&apos;un d&apos;autre, ou une qu&apos;elle ne connaît pas. Seule l&apos;assistance officielle de la plateforme pourrait arranger cela.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="127"/>
        <source>Network: you picked {picked}, and the deposit screen names {deposit}.</source>
        <translation>Réseau : vous avez choisi {picked}, et l&apos;écran de dépôt nomme {deposit}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="134"/>
        <source>Here a real exchange would most likely refuse the address, because addresses on {picked} have another shape. Networks that share one address shape, such as Ethereum, BNB Smart Chain and Arbitrum One, give no such warning: choose the network by its name.</source>
        <translation>Ici, une vraie plateforme refuserait très probablement l&apos;adresse, car les adresses sur {picked} ont une autre forme. Les réseaux qui partagent la même forme d&apos;adresse, comme Ethereum, BNB Smart Chain et Arbitrum One, ne donnent pas cet avertissement : choisissez le réseau par son nom.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="144"/>
        <source>The coins would arrive on {picked}, a network the receiver does not watch. Only whoever holds the keys to that address on {picked} could move them. Getting them back is often slow and costly, and sometimes impossible.</source>
        <translation>Les pièces arriveraient sur {picked}, un réseau que le destinataire ne surveille pas. Seule la personne qui détient les clés de cette adresse sur {picked} pourrait les déplacer. Les récupérer est souvent lent et coûteux, et parfois impossible.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="155"/>
        <source>Amount: the box is empty yet.</source>
        <translation>Montant : la case est encore vide.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="157"/>
        <source>Amount: I couldn&apos;t read that as an amount yet. Something like 50 or 12.5 works.</source>
        <translation>Montant : je n&apos;ai pas encore pu lire cela comme un montant. Quelque chose comme 50 ou 12,5 convient.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="162"/>
        <source>Amount: the network fee here is {fee} {asset}, so nothing would be left to arrive. The exchange would not send it.</source>
        <translation>Montant : les frais de réseau ici sont de {fee} {asset}, donc il ne resterait rien à recevoir. La plateforme ne l&apos;enverrait pas.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="168"/>
        <source>Amount: the minimum withdrawal on this network is {minimum} {asset}. The exchange would not send less; nothing leaves your account.</source>
        <translation>Montant : le retrait minimum sur ce réseau est de {minimum} {asset}. La plateforme n&apos;enverrait pas moins ; rien ne quitte votre compte.</translation>
    </message>
</context>
<context>
    <name>WithdrawalWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="170"/>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="43"/>
        <source>&lt;b&gt;PRACTICE:&lt;/b&gt; a made-up exchange. Nothing here is sent anywhere, and every address is made up, so it can&apos;t receive coins.</source>
        <translation>&lt;b&gt;ENTRAÎNEMENT :&lt;/b&gt; une plateforme inventée. Rien n&apos;est envoyé nulle part, et chaque adresse est inventée : elle ne peut pas recevoir de pièces.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="76"/>
        <source>Clear the box</source>
        <translation>Vider la case</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="88"/>
        <source>Deposit address</source>
        <translation>Adresse de dépôt</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="96"/>
        <source>Deposit {memo}</source>
        <translation>Dépôt : {memo}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="104"/>
        <source>△ Required: without the {memo}, the exchange can&apos;t tell that the deposit is yours.</source>
        <translation>△ Obligatoire : sans {memo}, la plateforme ne peut pas savoir que le dépôt est le vôtre.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="117"/>
        <source>Choose a network</source>
        <translation>Choisissez un réseau</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="124"/>
        <source>Paste the address from the deposit screen</source>
        <translation>Collez l&apos;adresse de l&apos;écran de dépôt</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="126"/>
        <source>About the address</source>
        <translation>À propos de l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="136"/>
        <source>for example {amount}</source>
        <translation>par exemple {amount}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="141"/>
        <source>Fee and minimum</source>
        <translation>Frais et minimum</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="164"/>
        <source>△ This is not shaped like an address on {network}. A real exchange would refuse it on this network.</source>
        <translation>△ Ceci n&apos;a pas la forme d&apos;une adresse sur {network}. Une vraie plateforme la refuserait sur ce réseau.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="170"/>
        <source>Pick a network to see its fee and minimum.</source>
        <translation>Choisissez un réseau pour voir ses frais et son minimum.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="178"/>
        <source>The receiving side would get: {amount} {asset}</source>
        <translation>Le côté qui reçoit obtiendrait : {amount} {asset}</translation>
    </message>
</context>
</TS>
