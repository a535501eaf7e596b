<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>an event is missing</source>
        <translation>un événement manque</translation>
    </message>
    <message>
        <source>the link to the previous event is broken</source>
        <translation>le lien vers l&apos;événement précédent est rompu</translation>
    </message>
    <message>
        <source>the event was altered</source>
        <translation>l&apos;événement a été modifié</translation>
    </message>
    <message>
        <source>events are missing at the end of the chain</source>
        <translation>des événements manquent en fin de chaîne</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filtrer par étape</translation>
    </message>
    <message>
        <source>Any days past due</source>
        <translation>Tous les retards</translation>
    </message>
    <message>
        <source>Filter by days past due</source>
        <translation>Filtrer par jours de retard</translation>
    </message>
    <message>
        <source>0–30 days past due</source>
        <translation>0 à 30 jours de retard</translation>
    </message>
    <message>
        <source>31–60 days past due</source>
        <translation>31 à 60 jours de retard</translation>
    </message>
    <message>
        <source>61–90 days past due</source>
        <translation>61 à 90 jours de retard</translation>
    </message>
    <message>
        <source>Over 90 days past due</source>
        <translation>Plus de 90 jours de retard</translation>
    </message>
    <message>
        <source>All loan types</source>
        <translation>Tous les types de prêt</translation>
    </message>
    <message>
        <source>Filter by type of loan</source>
        <translation>Filtrer par type de prêt</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tous les chargés</translation>
    </message>
    <message>
        <source>Filter by officer</source>
        <translation>Filtrer par chargé de recouvrement</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Mes dossiers</translation>
    </message>
    <message>
        <source>Only the cases assigned to me</source>
        <translation>Uniquement les dossiers qui me sont attribués</translation>
    </message>
    <message>
        <source>&amp;Due today or overdue</source>
        <translation>À traiter &amp;aujourd&apos;hui ou en retard</translation>
    </message>
    <message>
        <source>Only cases whose next action is due today or overdue</source>
        <translation>Uniquement les dossiers dont la prochaine action est due aujourd&apos;hui ou dépassée</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Search a client, a case reference or a phone number</source>
        <translation>Rechercher un client, une référence de dossier ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>More than {count} cases</source>
        <translation>Plus de {count} dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Promesse non tenue</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>En attente de signature</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pour aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>database URL (sqlite:///file.sqlite3 or postgresql://…)</source>
        <translation>URL de la base de données (sqlite:///fichier.sqlite3 ou postgresql://…)</translation>
    </message>
    <message>
        <source>use the demonstration database, kept apart from real data</source>
        <translation>utiliser la base de démonstration, séparée des données réelles</translation>
    </message>
    <message>
        <source>{app}: debt recovery cases, live rescheduling and agreements.</source>
        <translation>{app} : dossiers de recouvrement, rééchelonnement en direct et protocoles d&apos;accord.</translation>
    </message>
    <message>
        <source>interface language (default: fr)</source>
        <translation>langue de l&apos;interface (par défaut : fr)</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>Unexpected error; details were written to {path}</source>
        <translation>Erreur inattendue ; le détail a été écrit dans {path}</translation>
    </message>
    <message>
        <source>write demonstration cases (to the demonstration database by default)</source>
        <translation>écrire des dossiers de démonstration (dans la base de démonstration par défaut)</translation>
    </message>
    <message>
        <source>Write realistic, deterministic demonstration cases with their history. Without --db the demonstration database is used, never the real one.</source>
        <translation>Écrit des dossiers de démonstration réalistes et reproductibles, avec leur historique. Sans --db, c&apos;est la base de démonstration qui est utilisée, jamais la base réelle.</translation>
    </message>
    <message>
        <source>number of cases</source>
        <translation>nombre de dossiers</translation>
    </message>
    <message>
        <source>seed of the generator</source>
        <translation>graine du générateur</translation>
    </message>
    <message>
        <source>start a SQLite file afresh if it already holds cases</source>
        <translation>repartir d&apos;un fichier SQLite vierge s&apos;il contient déjà des dossiers</translation>
    </message>
    <message>
        <source>--cases must be between 1 and {max}</source>
        <translation>--cases doit être compris entre 1 et {max}</translation>
    </message>
    <message>
        <source>--replace only works on a SQLite file</source>
        <translation>--replace ne fonctionne que sur un fichier SQLite</translation>
    </message>
    <message>
        <source>The database already holds {count} cases; use --replace to start it afresh</source>
        <translation>La base contient déjà {count} dossiers ; utilisez --replace pour repartir de zéro</translation>
    </message>
    <message>
        <source>{cases} cases, {loans} loans and {entries} history entries written to {db} in {seconds} s</source>
        <translation>{cases} dossiers, {loans} prêts et {entries} entrées d&apos;historique écrits dans {db} en {seconds} s</translation>
    </message>
    <message>
        <source>render the main window to a PNG file once it is shown, then exit</source>
        <translation>enregistrer la fenêtre principale dans un fichier PNG dès son affichage, puis quitter</translation>
    </message>
    <message>
        <source>Recouvrement Desktop</source>
        <translation>Recouvrement Desktop</translation>
    </message>
    <message>
        <source>Could not write the screenshot to {path}</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans {path}</translation>
    </message>
    <message>
        <source>{command}: {details}</source>
        <translation>{command} : {details}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>arguments non reconnus : {arguments}</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Outstanding principal</source>
        <translation>Capital restant dû</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Aucun dossier sélectionné</translation>
    </message>
    <message>
        <source>Case {reference} · client {number} · {stage}</source>
        <translation>Dossier {reference} · client {number} · {stage}</translation>
    </message>
    <message>
        <source>Total owed: {amount}</source>
        <translation>Total dû : {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n adulte</numerusform>
            <numerusform>%n adultes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message>
        <source>Income {income} · housing {housing} · other credits {credits}</source>
        <translation>Revenus {income} · logement {housing} · autres crédits {credits}</translation>
    </message>
    <message>
        <source>{amount} ({count} unpaid)</source>
        <translation>{amount} ({count} impayées)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Not a valid database URL: {url}</source>
        <translation>URL de base de données invalide : {url}</translation>
    </message>
    <message>
        <source>Unsupported database &apos;{backend}&apos;: use sqlite or postgresql</source>
        <translation>Base de données « {backend} » non prise en charge : utilisez sqlite ou postgresql</translation>
    </message>
    <message>
        <source>Cannot use the database {url}: {reason}</source>
        <translation>Impossible d&apos;utiliser la base {url} : {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Impossible d&apos;ouvrir la base {url} : {reason}</translation>
    </message>
    <message>
        <source>{url} is not a Recouvrement Desktop database</source>
        <translation>{url} n&apos;est pas une base Recouvrement Desktop</translation>
    </message>
    <message>
        <source>The database {url} was written by a newer version of the application (schema {revision}); it has been left untouched. Please install the latest version.</source>
        <translation>La base {url} a été écrite par une version plus récente de l&apos;application (schéma {revision}) ; elle n&apos;a pas été modifiée. Veuillez installer la dernière version.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Le montant ne peut pas être négatif</translation>
    </message>
    <message>
        <source>The amount must be greater than zero</source>
        <translation>Le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Shortest affordable plan</source>
        <translation>Plan supportable le plus court</translation>
    </message>
    <message>
        <source>Cheapest plan for the client</source>
        <translation>Plan le moins coûteux pour le client</translation>
    </message>
    <message>
        <source>Gentlest plan, with a grace period</source>
        <translation>Plan le plus doux, avec différé</translation>
    </message>
    <message>
        <source>The APR of this plan cannot be computed</source>
        <translation>Le TAEG de ce plan ne peut pas être calculé</translation>
    </message>
    <message>
        <source>The payment day must be between 1 and 31, not {day}</source>
        <translation>Le jour de prélèvement doit être compris entre 1 et 31, et non {day}</translation>
    </message>
    <message>
        <source>The schedule goes beyond the supported calendar</source>
        <translation>L&apos;échéancier dépasse le calendrier pris en charge</translation>
    </message>
    <message>
        <source>No usury threshold on file for category {category} on {date}</source>
        <translation>Aucun seuil de l&apos;usure connu pour la catégorie {category} au {date}</translation>
    </message>
    <message>
        <source>The APR of {apr} exceeds the usury threshold of {threshold}</source>
        <translation>Le TAEG de {apr} dépasse le seuil de l&apos;usure de {threshold}</translation>
    </message>
    <message>
        <source>The plan lasts {months} months, longer than the {limit} months an over-indebtedness plan may last</source>
        <translation>Le plan dure {months} mois, plus que les {limit} mois que peut durer un plan de surendettement</translation>
    </message>
    <message>
        <source>The plan lasts {months} months, longer than the {limit} months a judge may grant (Code civil art. 1343-5)</source>
        <translation>Le plan dure {months} mois, plus que les {limit} mois qu&apos;un juge peut accorder (Code civil, art. 1343-5)</translation>
    </message>
    <message>
        <source>The effort rate of {rate} is above {limit}</source>
        <translation>Le taux d&apos;effort de {rate} dépasse {limit}</translation>
    </message>
    <message>
        <source>What is left to live on, {amount} a month, is below the floor of {floor}</source>
        <translation>Le reste à vivre, {amount} par mois, est inférieur au minimum de {floor}</translation>
    </message>
    <message>
        <source>Waiving {amount} exceeds your delegation of {limit}</source>
        <translation>Abandonner {amount} dépasse votre délégation de {limit}</translation>
    </message>
    <message>
        <source>Extending the loan by {months} months exceeds your delegation of {limit} months</source>
        <translation>Allonger le prêt de {months} mois dépasse votre délégation de {limit} mois</translation>
    </message>
    <message>
        <source>A rate of {rate} is below your delegation floor of {limit}</source>
        <translation>Un taux de {rate} est inférieur au plancher de votre délégation, {limit}</translation>
    </message>
    <message>
        <source>Invalid number: {text}</source>
        <translation>Nombre invalide : {text}</translation>
    </message>
    <message>
        <source>An amount cannot have more than two decimals: {text}</source>
        <translation>Un montant ne peut pas avoir plus de deux décimales : {text}</translation>
    </message>
    <message>
        <source>A household has at least one adult and no negative count</source>
        <translation>Un foyer compte au moins un adulte et aucun effectif négatif</translation>
    </message>
    <message>
        <source>The case has no debt to reschedule</source>
        <translation>Le dossier n&apos;a aucune dette à rééchelonner</translation>
    </message>
    <message>
        <source>Term must be between 1 and {max} instalments</source>
        <translation>La durée doit être comprise entre 1 et {max} échéances</translation>
    </message>
    <message>
        <source>Cannot waive {waived}: only {owed} is owed</source>
        <translation>Impossible d&apos;abandonner {waived} : seuls {owed} sont dus</translation>
    </message>
    <message>
        <source>The down payment settles the whole debt: nothing to reschedule</source>
        <translation>L&apos;apport solde toute la dette : rien à rééchelonner</translation>
    </message>
    <message>
        <source>Amounts must be spread over at least one instalment</source>
        <translation>Les montants doivent être étalés sur au moins une échéance</translation>
    </message>
    <message>
        <source>The plan has no principal to repay: capitalize at least part of the debt</source>
        <translation>Le plan n&apos;a aucun capital à rembourser : capitalisez au moins une partie de la dette</translation>
    </message>
    <message>
        <source>The next contractual due date is before the signature</source>
        <translation>La prochaine échéance contractuelle précède la signature</translation>
    </message>
    <message>
        <source>The amount cannot exceed {max}</source>
        <translation>Le montant ne peut pas dépasser {max}</translation>
    </message>
    <message>
        <source>The rate must be between {min} and {max}</source>
        <translation>Le taux doit être compris entre {min} et {max}</translation>
    </message>
    <message>
        <source>The instalment would barely repay any principal: shorten the term</source>
        <translation>L&apos;échéance ne rembourserait presque pas de capital : raccourcissez la durée</translation>
    </message>
    <message>
        <source>The amount is too small to be repaid in so many instalments</source>
        <translation>Le montant est trop faible pour être remboursé en autant d&apos;échéances</translation>
    </message>
    <message>
        <source>The first due date must be after the start date</source>
        <translation>La première échéance doit suivre la date de départ</translation>
    </message>
    <message>
        <source>The first due date must be at most {months} months after the start</source>
        <translation>La première échéance doit tomber au plus {months} mois après le départ</translation>
    </message>
    <message>
        <source>The end date must be on or after the first due date</source>
        <translation>La date de fin doit être égale ou postérieure à la première échéance</translation>
    </message>
    <message>
        <source>The fees must be less than the amount lent</source>
        <translation>Les frais doivent être inférieurs au montant prêté</translation>
    </message>
    <message>
        <source>The grace period must be shorter than the term ({periods} instalments)</source>
        <translation>Le différé doit être plus court que la durée ({periods} échéances)</translation>
    </message>
    <message>
        <source>Cannot spread over {spread} instalments a plan of {periods} instalments</source>
        <translation>Impossible d&apos;étaler sur {spread} échéances un plan de {periods} échéances</translation>
    </message>
    <message>
        <source>An instalment of {installment} does not cover the interest of {interest}</source>
        <translation>Une échéance de {installment} ne couvre pas les intérêts de {interest}</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Promise of {amount} by {date} ({status})</source>
        <translation>Promesse de {amount} pour le {date} ({status})</translation>
    </message>
    <message>
        <source>Promise {status}</source>
        <translation>Promesse {status}</translation>
    </message>
    <message>
        <source>Payment of {amount}</source>
        <translation>Paiement de {amount}</translation>
    </message>
    <message>
        <source>{periods} instalments of {installment}</source>
        <translation>{periods} échéances de {installment}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>Meeting started</source>
        <translation>Rendez-vous commencé</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Appel commencé</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>Meeting ended after {duration}</source>
        <translation>Rendez-vous terminé après {duration}</translation>
    </message>
    <message>
        <source>Call ended after {duration}</source>
        <translation>Appel terminé après {duration}</translation>
    </message>
    <message>
        <source>callback on {when}</source>
        <translation>rappel le {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) kept</source>
        <translation>
            <numerusform>%n proposition conservée</numerusform>
            <numerusform>%n propositions conservées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>No officer is signed in.</source>
        <translation>Aucun chargé de recouvrement n&apos;est identifié.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Ce dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Write the note before saving it.</source>
        <translation>Rédigez la note avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>A note holds at most {count} characters.</source>
        <translation>Une note contient au plus {count} caractères.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals.</source>
        <translation>Un montant a au plus deux décimales.</translation>
    </message>
    <message>
        <source>A contact cannot be in the future.</source>
        <translation>Un contact ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The due date cannot be in the past.</source>
        <translation>La date d&apos;échéance ne peut pas être passée.</translation>
    </message>
    <message>
        <source>A payment cannot be received in the future.</source>
        <translation>Un paiement ne peut pas être reçu dans le futur.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Personal loan</source>
        <translation>Prêt personnel</translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation>Crédit auto</translation>
    </message>
    <message>
        <source>Revolving credit</source>
        <translation>Crédit renouvelable</translation>
    </message>
    <message>
        <source>Overdraft</source>
        <translation>Découvert</translation>
    </message>
    <message>
        <source>Mortgage</source>
        <translation>Prêt immobilier</translation>
    </message>
    <message>
        <source>Amicable</source>
        <translation>Amiable</translation>
    </message>
    <message>
        <source>Pre-litigation</source>
        <translation>Précontentieux</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Contentieux</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Rééchelonné</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Soldé</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Passé en perte</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Chargé de recouvrement</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Indépendant</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Sans emploi</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retraité</translation>
    </message>
    <message>
        <source>On sick leave</source>
        <translation>En arrêt maladie</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation>Autre situation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promesse de paiement</translation>
    </message>
    <message>
        <source>Promise outcome</source>
        <translation>Suivi de promesse</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Événement de vie</translation>
    </message>
    <message>
        <source>Offer shown</source>
        <translation>Proposition présentée</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Protocole d&apos;accord</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Changement d&apos;étape</translation>
    </message>
    <message>
        <source>Negotiation session</source>
        <translation>Entretien de négociation</translation>
    </message>
    <message>
        <source>Session outcome</source>
        <translation>Issue de l&apos;entretien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>client reached</source>
        <translation>client joint</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>faux numéro</translation>
    </message>
    <message>
        <source>promise obtained</source>
        <translation>promesse obtenue</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>callback requested</source>
        <translation>rappel demandé</translation>
    </message>
    <message>
        <source>agreement reached</source>
        <translation>accord trouvé</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>non tenue</translation>
    </message>
    <message>
        <source>Job loss</source>
        <translation>Perte d&apos;emploi</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Nouvel emploi</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Séparation</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>Décès d&apos;un proche</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Départ à la retraite</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>plan accepted</source>
        <translation>plan accepté</translation>
    </message>
    <message>
        <source>promise to pay</source>
        <translation>promesse de paiement</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>rappel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — demonstration data</source>
        <translation>{app} — données de démonstration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>{app} {version}
Debt recovery cases, live rescheduling and repayment agreements.</source>
        <translation>{app} {version}
Dossiers de recouvrement, rééchelonnement en direct et protocoles d&apos;accord.</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>What was said or done (Ctrl+Return saves)</source>
        <translation>Ce qui a été dit ou fait (Ctrl+Entrée enregistre)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Note facultative</translation>
    </message>
    <message>
        <source>e.g. 1 234,56</source>
        <translation>ex. 1 234,56</translation>
    </message>
    <message>
        <source>What changed for the client</source>
        <translation>Ce qui a changé pour le client</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Événement de vie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date promise</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nouvelle &amp;note</translation>
    </message>
    <message>
        <source>Log &amp;contact</source>
        <translation>Noter un &amp;contact</translation>
    </message>
    <message>
        <source>&amp;Promise to pay</source>
        <translation>&amp;Promesse de paiement</translation>
    </message>
    <message>
        <source>&amp;Life event</source>
        <translation>Événement de &amp;vie</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Enregistrer l&apos;entrée</translation>
    </message>
    <message>
        <source>The entry could not be saved. The log has the details.</source>
        <translation>L&apos;entrée n&apos;a pas pu être enregistrée. Le journal technique contient le détail.</translation>
    </message>
    <message>
        <source>Type the amount promised.</source>
        <translation>Saisissez le montant promis.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Start &amp;call</source>
        <translation>Démarrer un &amp;appel</translation>
    </message>
    <message>
        <source>Start &amp;meeting</source>
        <translation>Démarrer un &amp;rendez-vous</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>&amp;Terminer l&apos;entretien…</translation>
    </message>
    <message>
        <source>Start a call or a meeting to keep an offer.</source>
        <translation>Démarrez un appel ou un rendez-vous pour conserver une proposition.</translation>
    </message>
    <message>
        <source>The session could not be saved. The log has the details.</source>
        <translation>L&apos;entretien n&apos;a pas pu être enregistré. Le journal technique contient le détail.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucun entretien</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <source>Meeting in progress</source>
        <translation>Rendez-vous en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) kept</source>
        <translation>
            <numerusform>%n proposition conservée</numerusform>
            <numerusform>%n propositions conservées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEndDialog</name>
    <message>
        <source>End the session</source>
        <translation>Terminer l&apos;entretien</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Note facultative</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>Rappeler le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cet entretien n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>Cet entretien est déjà terminé.</translation>
    </message>
    <message>
        <source>A session is a phone call or a branch meeting.</source>
        <translation>Un entretien est un appel téléphonique ou un rendez-vous en agence.</translation>
    </message>
    <message>
        <source>A session is already open on this case.</source>
        <translation>Un entretien est déjà ouvert sur ce dossier.</translation>
    </message>
    <message>
        <source>There is no offer to keep.</source>
        <translation>Aucune proposition à conserver.</translation>
    </message>
    <message>
        <source>Choose when to call back.</source>
        <translation>Choisissez quand rappeler.</translation>
    </message>
    <message>
        <source>The callback must be in the future.</source>
        <translation>Le rappel doit être dans le futur.</translation>
    </message>
    <message>
        <source>Only a callback has a date and time to call back.</source>
        <translation>Seul un rappel a une date et une heure de rappel.</translation>
    </message>
</context>
<context>
    <name>Simulate</name>
    <message>
        <source>compute a repayment schedule</source>
        <translation>calculer un échéancier de remboursement</translation>
    </message>
    <message>
        <source>Compute a repayment schedule, its total cost and its APR.</source>
        <translation>Calcule un échéancier de remboursement, son coût total et son TAEG.</translation>
    </message>
    <message>
        <source>amount lent (12500 or 12500,00)</source>
        <translation>montant prêté (12500 ou 12500,00)</translation>
    </message>
    <message>
        <source>nominal annual rate in percent (4.5)</source>
        <translation>taux nominal annuel en pourcentage (4,5)</translation>
    </message>
    <message>
        <source>number of instalments, grace included</source>
        <translation>nombre d&apos;échéances, différé compris</translation>
    </message>
    <message>
        <source>target instalment</source>
        <translation>échéance visée</translation>
    </message>
    <message>
        <source>instalment frequency (default: monthly)</source>
        <translation>périodicité des échéances (par défaut : monthly, mensuelle)</translation>
    </message>
    <message>
        <source>repayment method (default: annuity)</source>
        <translation>mode d&apos;amortissement (par défaut : annuity, échéances constantes)</translation>
    </message>
    <message>
        <source>grace instalments</source>
        <translation>échéances de différé</translation>
    </message>
    <message>
        <source>kind of grace (default: interest-only)</source>
        <translation>type de différé (par défaut : interest-only, différé partiel)</translation>
    </message>
    <message>
        <source>fees paid at signature</source>
        <translation>frais payés à la signature</translation>
    </message>
    <message>
        <source>borrower insurance per instalment</source>
        <translation>assurance emprunteur par échéance</translation>
    </message>
    <message>
        <source>date the funds are lent</source>
        <translation>date de mise à disposition des fonds</translation>
    </message>
    <message>
        <source>date of the first instalment</source>
        <translation>date de la première échéance</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>{option}: a whole number is expected, not {text}</source>
        <translation>{option} : un nombre entier est attendu, et non {text}</translation>
    </message>
    <message>
        <source>{option}: a date YYYY-MM-DD is expected, not {text}</source>
        <translation>{option} : une date AAAA-MM-JJ est attendue, et non {text}</translation>
    </message>
    <message>
        <source>{option}: choose one of {choices}</source>
        <translation>{option} : choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>--principal and --rate are required</source>
        <translation>--principal et --rate sont obligatoires</translation>
    </message>
    <message>
        <source>give exactly one of --periods and --installment</source>
        <translation>indiquez soit --periods, soit --installment</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Number of instalments</source>
        <translation>Nombre d&apos;échéances</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>Première échéance</translation>
    </message>
    <message>
        <source>Last due date</source>
        <translation>Dernière échéance</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>Total des intérêts</translation>
    </message>
    <message>
        <source>Total insurance</source>
        <translation>Total de l&apos;assurance</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Total cost of the credit</source>
        <translation>Coût total du crédit</translation>
    </message>
    <message>
        <source>APR</source>
        <translation>TAEG</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Échéance hors assurance</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Capital restant dû</translation>
    </message>
</context>
</TS>
