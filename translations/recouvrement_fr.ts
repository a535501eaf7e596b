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
    <name>CaseListPanel</name>
    <message>
        <source>Search a client, a case reference or a phone number</source>
        <translation>Rechercher un client, une référence de dossier ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest affordable plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest plan for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentlest plan, with a grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The APR of this plan cannot be computed</source>
        <extracomment>Results are quantized to 1e-10 (as a fraction), i.e. 1e-8 percentage points.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment day must be between 1 and 31, not {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule goes beyond the supported calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usury threshold on file for category {category} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The APR of {apr} exceeds the usury threshold of {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan lasts {months} months, longer than the {limit} months an over-indebtedness plan may last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan lasts {months} months, longer than the {limit} months a judge may grant (Code civil art. 1343-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effort rate of {rate} is above {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left to live on, {amount} a month, is below the floor of {floor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiving {amount} exceeds your delegation of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending the loan by {months} months exceeds your delegation of {limit} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate of {rate} is below your delegation floor of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number: {text}</source>
        <extracomment>Precision far beyond what cent amounts need; traps make silent NaN impossible.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot have more than two decimals: {text}</source>
        <extracomment>Interest-free amounts due with the first instalments (spread arrears, fees…): ``extras[k]`` is added to instalment ``k + 1``. Part of the credit for the TAEG.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household has at least one adult and no negative count</source>
        <extracomment>Code civil art. 1343-5: a judge may postpone or spread a debt over at most 2 years. Code de la consommation art. L732-3: an over-indebtedness plan lasts at most 7 years. Usual ceiling of the effort rate (debt service / net income), in percent. DEMONSTRATION VALUES ONLY. Realistic orders of magnitude for the French usury thresholds (Banque de France, published quarterly in the Journal officiel under Code de la consommation art. L314-6), but not the official figures: the bank must load the thresholds of each quarter before any production use. Column order follows :class:`LoanCategory`. DEMONSTRATION VALUES: each bank sets its own delegation grid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no debt to reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term must be between 1 and {max} instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot waive {waived}: only {owed} is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The down payment settles the whole debt: nothing to reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts must be spread over at least one instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no principal to repay: capitalize at least part of the debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next contractual due date is before the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot exceed {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate must be between {min} and {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instalment would barely repay any principal: shorten the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too small to be repaid in so many instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first due date must be after the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first due date must be at most {months} months after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must be on or after the first due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fees must be less than the amount lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grace period must be shorter than the term ({periods} instalments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot spread over {spread} instalments a plan of {periods} instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instalment of {installment} does not cover the interest of {interest}</source>
        <translation type="unfinished"></translation>
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
</TS>
