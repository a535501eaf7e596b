<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessLog</name>
    <message>
        <source>No client has the number {number}.</source>
        <translation>Aucun client ne porte le numéro {number}.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A login is one word of at most {count} characters.</source>
        <extracomment>What a new account may grant alone until an administrator says otherwise: nothing.</extracomment>
        <translation>Un identifiant est un seul mot d&apos;au plus {count} caractères.</translation>
    </message>
    <message>
        <source>Give the person&apos;s full name.</source>
        <translation>Indiquez le nom complet de la personne.</translation>
    </message>
    <message>
        <source>This database has accounts: an administrator must sign in.</source>
        <translation>Cette base a déjà des comptes : un administrateur doit se connecter.</translation>
    </message>
    <message>
        <source>A local account needs a password.</source>
        <translation>Un compte local a besoin d&apos;un mot de passe.</translation>
    </message>
    <message>
        <source>The login {login} is already taken.</source>
        <translation>L&apos;identifiant {login} est déjà pris.</translation>
    </message>
    <message>
        <source>No account has the login {login}.</source>
        <translation>Aucun compte n&apos;a l&apos;identifiant {login}.</translation>
    </message>
    <message>
        <source>Another administrator must disable your account.</source>
        <translation>Un autre administrateur doit désactiver votre compte.</translation>
    </message>
    <message>
        <source>This account&apos;s password is kept by the directory.</source>
        <translation>Le mot de passe de ce compte est géré par l&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>AgreementDetails</name>
    <message>
        <source>Select an agreement to see its plan.</source>
        <extracomment>The figures, in reading order: two columns of label and value.</extracomment>
        <translation>Sélectionnez un protocole pour voir son plan.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Debt restructured</source>
        <translation>Dette restructurée</translation>
    </message>
    <message>
        <source>Amount waived</source>
        <translation>Montant abandonné</translation>
    </message>
    <message>
        <source>New instalments</source>
        <translation>Nouvelles échéances</translation>
    </message>
    <message>
        <source>Total cost of the credit</source>
        <translation>Coût total du crédit</translation>
    </message>
    <message>
        <source>First instalment</source>
        <translation>Première échéance</translation>
    </message>
    <message>
        <source>Last instalment</source>
        <translation>Dernière échéance</translation>
    </message>
    <message>
        <source>Nominal rate</source>
        <translation>Taux nominal</translation>
    </message>
    <message>
        <source>APR (TAEG)</source>
        <translation>TAEG</translation>
    </message>
    <message>
        <source>Effort rate</source>
        <translation>Taux d&apos;effort</translation>
    </message>
    <message>
        <source>Left to live on</source>
        <translation>Reste à vivre</translation>
    </message>
    <message>
        <source>Why a supervisor must approve it</source>
        <translation>Pourquoi un superviseur doit l&apos;approuver</translation>
    </message>
    <message>
        <source>Also worth knowing</source>
        <translation>À savoir aussi</translation>
    </message>
    <message>
        <source>not known (no budget on file)</source>
        <translation>inconnu (aucun budget renseigné)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{count} × {amount}</source>
        <translation>{count} × {amount}</translation>
    </message>
    <message>
        <source>{rate} (ceiling {limit})</source>
        <translation>{rate} (plafond {limit})</translation>
    </message>
    <message>
        <source>{amount} a month</source>
        <translation>{amount} par mois</translation>
    </message>
    <message>
        <source>{amount} a month (floor {floor})</source>
        <translation>{amount} par mois (minimum {floor})</translation>
    </message>
    <message>
        <source>Why a supervisor had to approve it</source>
        <translation>Pourquoi un superviseur a dû l&apos;approuver</translation>
    </message>
    <message>
        <source>Approved by {name} on {when}: {reason}</source>
        <translation>Approuvé par {name} le {when} : {reason}</translation>
    </message>
    <message>
        <source>Proposed by {name} on {when}</source>
        <translation>Proposé par {name} le {when}</translation>
    </message>
    <message>
        <source>an officer no longer on file</source>
        <translation>un chargé qui ne figure plus dans la base</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Client accepts the plan</source>
        <extracomment>Pages are rendered at the printer&apos;s resolution up to this one: 300 dpi gives sharp text on paper, whereas a 1200 dpi printer (or &quot;print to PDF&quot; in high resolution) would ask for a 9920 × 14030 image, over 500 MB, for each A4 page.</extracomment>
        <translation>Le client accepte le plan</translation>
    </message>
    <message>
        <source>{count} instalments of {amount}, from {first} to {last}, rate {rate}, APR {apr}</source>
        <translation>{count} échéances de {amount}, du {first} au {last}, taux {rate}, TAEG {apr}</translation>
    </message>
    <message>
        <source>This plan is beyond your delegation: it will wait for a supervisor&apos;s approval, and only a non-binding proposal can be printed until then.</source>
        <translation>Ce plan dépasse votre délégation : il attendra l&apos;accord d&apos;un superviseur, et seule une proposition sans engagement peut être imprimée d&apos;ici là.</translation>
    </message>
    <message>
        <source>In the branch</source>
        <translation>En agence</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Signature du client</translation>
    </message>
    <message>
        <source>Officer&apos;s signature</source>
        <translation>Signature du chargé</translation>
    </message>
    <message>
        <source>By phone the agreement is signed by you alone and awaits the client&apos;s countersignature on paper.</source>
        <translation>Par téléphone, le protocole est signé par vous seul et attend la contre-signature du client sur papier.</translation>
    </message>
    <message>
        <source>Create the agreement</source>
        <translation>Établir le protocole</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Both signatures are needed before creating it.</source>
        <translation>Les deux signatures sont nécessaires pour l&apos;établir.</translation>
    </message>
    <message>
        <source>Your signature is needed before creating it.</source>
        <translation>Votre signature est nécessaire pour l&apos;établir.</translation>
    </message>
    <message>
        <source>Producing and sealing the agreement…</source>
        <translation>Établissement et scellement du protocole…</translation>
    </message>
    <message>
        <source>The agreement could not be produced.</source>
        <translation>L&apos;accord n&apos;a pas pu être produit.</translation>
    </message>
    <message>
        <source>Agreement {reference} is signed and archived.</source>
        <translation>Le protocole {reference} est signé et archivé.</translation>
    </message>
    <message>
        <source>Agreement {reference} awaits a supervisor&apos;s approval: the file is a non-binding proposal.</source>
        <translation>Le protocole {reference} attend l&apos;accord d&apos;un superviseur : le fichier est une proposition sans engagement.</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>Enregistrer le protocole</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d&apos;écrire {path} : {error}</translation>
    </message>
    <message>
        <source>Cannot print: {error}</source>
        <translation>Impossible d&apos;imprimer : {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>list, show and export the repayment agreements</source>
        <translation>lister, afficher et exporter les protocoles d&apos;accord</translation>
    </message>
    <message>
        <source>The repayment agreements and their archived sealed PDF files.</source>
        <translation>Les protocoles d&apos;accord et leurs fichiers PDF scellés archivés.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>list the agreements</source>
        <translation>lister les protocoles</translation>
    </message>
    <message>
        <source>print one JSON list</source>
        <translation>afficher une liste JSON</translation>
    </message>
    <message>
        <source>show an agreement&apos;s terms and schedule</source>
        <translation>afficher les conditions et l&apos;échéancier d&apos;un protocole</translation>
    </message>
    <message>
        <source>its reference</source>
        <translation>sa référence</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>write the archived sealed PDF to a file</source>
        <translation>écrire le PDF scellé archivé dans un fichier</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>où écrire le PDF</translation>
    </message>
    <message>
        <source>No agreements.</source>
        <translation>Aucun protocole.</translation>
    </message>
    <message>
        <source>Agreement {reference} — case {case} — {client} — {status}</source>
        <translation>Protocole {reference} — dossier {case} — {client} — {status}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d&apos;écrire {path} : {error}</translation>
    </message>
    <message>
        <source>Agreement {reference} written to {path}</source>
        <translation>Protocole {reference} écrit dans {path}</translation>
    </message>
    <message>
        <source>check an agreement&apos;s PDF file: seal and archive</source>
        <translation>vérifier le fichier PDF d&apos;un protocole : cachet et archive</translation>
    </message>
    <message>
        <source>Check that the electronic seal of an agreement file is intact and covers the whole document, and that the file is an archived agreement.</source>
        <translation>Vérifie que le cachet électronique d&apos;un protocole est intact et couvre tout le document, et que le fichier est un protocole archivé.</translation>
    </message>
    <message>
        <source>the PDF file</source>
        <translation>le fichier PDF</translation>
    </message>
    <message>
        <source>verify: cannot read {path}: {error}</source>
        <extracomment>Larger than any agreement (a few hundred kilobytes): a bigger file is refused before it is read.</extracomment>
        <translation>verify : impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>larger than any agreement file</source>
        <translation>plus volumineux que tout fichier de protocole</translation>
    </message>
    <message>
        <source>{verdict} (DEMONSTRATION seal: no legal value)</source>
        <translation>{verdict} (cachet de DÉMONSTRATION : sans valeur juridique)</translation>
    </message>
    <message>
        <source>INVALID: {reason}</source>
        <translation>INVALIDE : {reason}</translation>
    </message>
    <message>
        <source>UNKNOWN: the seal is valid but the file matches no archived agreement</source>
        <translation>INCONNU : le cachet est valide mais le fichier ne correspond à aucun protocole archivé</translation>
    </message>
    <message>
        <source>UNKNOWN: the seal is valid; there is no database to find the archived agreement in (--db)</source>
        <translation>INCONNU : le cachet est valide ; aucune base de données où chercher le protocole archivé (--db)</translation>
    </message>
    <message>
        <source>VALID: agreement {reference} of case {case}, sealed by {signer} (PAdES {level})</source>
        <translation>VALIDE : protocole {reference} du dossier {case}, scellé par {signer} (PAdES {level})</translation>
    </message>
    <message>
        <source>The archive&apos;s copy of this PDF was removed by the retention policy on {removed_on}; the file matches the SHA-256 the archive kept.</source>
        <translation>La copie de ce PDF dans l’archive a été supprimée par la politique de conservation le {removed_on} ; le fichier correspond au SHA-256 conservé par l’archive.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Ce dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This negotiation session no longer exists.</source>
        <translation>Cet entretien de négociation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No agreement has the reference {reference}.</source>
        <translation>Aucun protocole ne porte la référence {reference}.</translation>
    </message>
    <message>
        <source>The PDF of agreement {reference} was removed by the retention policy on {removed_on}; its SHA-256 stays in the archive, so a copy kept elsewhere can still be verified.</source>
        <translation>Le PDF du protocole {reference} a été supprimé par la politique de conservation le {removed_on} ; son SHA-256 reste dans l’archive : une copie conservée ailleurs peut toujours être vérifiée.</translation>
    </message>
    <message>
        <source>Agreement {reference} is not binding yet: only its proposal can be printed.</source>
        <translation>Le protocole {reference} n&apos;engage pas encore : seule sa proposition peut être imprimée.</translation>
    </message>
    <message>
        <source>On a consumer credit, late interest and penalties may not be capitalised: spread them without interest, put them on the first instalment or waive them (C. consom. L312-38, L312-39).</source>
        <translation>Sur un crédit à la consommation, les intérêts de retard et les pénalités ne peuvent pas être capitalisés : étalez-les sans intérêts, reportez-les sur la première échéance ou abandonnez-les (C. consom. L312-38, L312-39).</translation>
    </message>
    <message>
        <source>Contract {contract}: the penalties exceed the indemnity a consumer credit allows, 8 % of the capital due; they cannot be claimed in an agreement (C. consom. D312-16).</source>
        <translation>Contrat {contract} : les pénalités dépassent l’indemnité permise pour un crédit à la consommation, 8 % du capital dû ; elles ne peuvent pas être réclamées dans un protocole (C. consom. D312-16).</translation>
    </message>
    <message>
        <source>Fees may not be claimed after a consumer credit&apos;s default (C. consom. L312-38).</source>
        <translation>Aucun frais ne peut être réclamé après la défaillance d’un crédit à la consommation (C. consom. L312-38).</translation>
    </message>
    <message>
        <source>An agreement is made by phone or in the branch.</source>
        <translation>Un protocole est conclu par téléphone ou en agence.</translation>
    </message>
    <message>
        <source>An overindebtedness file is open on this case: no agreement until the commission has decided.</source>
        <translation>Un dossier de surendettement est ouvert sur ce dossier : aucun protocole tant que la commission n’a pas statué.</translation>
    </message>
    <message>
        <source>This plan breaks a blocking rule (usury): it cannot be accepted.</source>
        <translation>Ce plan enfreint une règle bloquante (usure) : il ne peut pas être accepté.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Indiquez le motif de la décision.</translation>
    </message>
    <message>
        <source>A reason holds at most {count} characters.</source>
        <translation>Un motif compte au plus {count} caractères.</translation>
    </message>
    <message>
        <source>This agreement no longer exists.</source>
        <translation>Ce protocole n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Agreement {reference} is no longer waiting for approval.</source>
        <translation>Le protocole {reference} n&apos;attend plus d&apos;approbation.</translation>
    </message>
    <message>
        <source>The scan is an empty file.</source>
        <extracomment>Largest scan of a countersigned paper kept in the database (stored inline with the agreement): a few pages scanned at 300 dpi weigh 1 to 5 MB; 20 MB leaves room for a colour scan while refusing a wrong file (a video, an archive) that would bloat the database and every backup of it. The scans accepted, recognised by their first bytes (not by the file name).</extracomment>
        <translation>Le scan est un fichier vide.</translation>
    </message>
    <message>
        <source>The scan is larger than {limit} MB.</source>
        <translation>Le scan dépasse {limit} Mo.</translation>
    </message>
    <message>
        <source>The scan must be a PDF, PNG or JPEG file.</source>
        <translation>Le scan doit être un fichier PDF, PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The return date cannot be in the future.</source>
        <translation>La date de retour ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Agreement {reference} is not waiting for a countersignature.</source>
        <translation>Le protocole {reference} n&apos;attend pas de contre-signature.</translation>
    </message>
    <message>
        <source>The paper cannot have come back before the agreement was made.</source>
        <translation>Le document papier ne peut pas être revenu avant l&apos;établissement du protocole.</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}</source>
        <translation>Impossible de lire le fichier de paramètres {path} : {error}</translation>
    </message>
    <message>
        <source>The settings name the seal&apos;s file {path} the old way: import it with recouvrement-desktop seal import.</source>
        <translation>Les réglages désignent le fichier du cachet {path} à l&apos;ancienne manière : importez-le avec recouvrement-desktop seal import.</translation>
    </message>
    <message>
        <source>The secret that opens the bank&apos;s seal is not in the system keystore: configure the seal again (recouvrement-desktop seal).</source>
        <translation>Le secret qui ouvre le cachet de la banque n&apos;est pas dans le trousseau du système : configurez de nouveau le cachet (recouvrement-desktop seal).</translation>
    </message>
    <message>
        <source>Cannot read the trusted certificate {path}: {error}</source>
        <translation>Impossible de lire le certificat de confiance {path} : {error}</translation>
    </message>
    <message>
        <source>Cannot open the seal&apos;s file: wrong password or not PKCS#12.</source>
        <translation>Impossible d&apos;ouvrir le fichier du cachet : mot de passe erroné ou fichier non PKCS#12.</translation>
    </message>
    <message>
        <source>The seal&apos;s file must hold a private key and its certificate.</source>
        <translation>Le fichier du cachet doit contenir une clé privée et son certificat.</translation>
    </message>
    <message>
        <source>Cannot read the letterhead {path}: {error}</source>
        <translation>Impossible de lire l&apos;en-tête {path} : {error}</translation>
    </message>
    <message>
        <source>This agreement was written by a newer version of the application (format {n}).</source>
        <translation>Cet accord a été enregistré par une version plus récente de l&apos;application (format {n}).</translation>
    </message>
    <message>
        <source>A mortgage amendment is accepted only after the client has received it: keep this plan as an offer first; the client may accept it after {days} days&apos; reflection (C. consom. L313-39).</source>
        <translation>Un avenant de crédit immobilier ne s’accepte qu’après sa remise au client : conservez d’abord ce plan comme offre ; le client pourra l’accepter après {days} jours de réflexion (C. consom. L313-39).</translation>
    </message>
    <message>
        <source>This mortgage amendment was offered on {offered}: after {days} days&apos; reflection the client may accept it from {earliest}, not before (C. consom. L313-39).</source>
        <translation>Cet avenant de crédit immobilier a été remis le {offered} : après {days} jours de réflexion, le client peut l’accepter à partir du {earliest}, pas avant (C. consom. L313-39).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>written outside the application: no event covers it</source>
        <translation>écrit hors de l&apos;application : aucun événement ne le couvre</translation>
    </message>
    <message>
        <source>changed since the event that covers it</source>
        <translation>modifié depuis l&apos;événement qui le couvre</translation>
    </message>
    <message>
        <source>removed: an event covers it, the record is gone</source>
        <translation>supprimé : un événement le couvre, l&apos;enregistrement a disparu</translation>
    </message>
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
        <source>the chain differs from its sealed head</source>
        <translation>la chaîne diffère de sa tête scellée</translation>
    </message>
    <message>
        <source>events are missing at the end of the chain</source>
        <translation>des événements manquent en fin de chaîne</translation>
    </message>
    <message>
        <source>the chain ends before its sealed head</source>
        <translation>la chaîne s&apos;arrête avant sa tête scellée</translation>
    </message>
    <message>
        <source>the audit trail and the access log (auditors)</source>
        <translation>la piste d&apos;audit et le journal des accès (auditeurs)</translation>
    </message>
    <message>
        <source>What the auditor reads.</source>
        <translation>Ce que consulte l&apos;auditeur.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>who opened a client&apos;s file, when, from where</source>
        <translation>qui a ouvert le dossier d&apos;un client, quand, depuis quel poste</translation>
    </message>
    <message>
        <source>client number</source>
        <translation>numéro de client</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>au format JSON</translation>
    </message>
    <message>
        <source>check the audit chain and every record it covers</source>
        <translation>vérifier la chaîne d&apos;audit et chaque enregistrement qu&apos;elle couvre</translation>
    </message>
    <message>
        <source>Exit status: 0 when the chain and every record hold, 1 when something does not.</source>
        <translation>Code de sortie : 0 si la chaîne et chaque enregistrement sont intacts, 1 sinon.</translation>
    </message>
    <message>
        <source>the audit key of this database (administrators)</source>
        <translation>la clé d&apos;audit de cette base (administrateurs)</translation>
    </message>
    <message>
        <source>print the key, to import it on another computer</source>
        <translation>afficher la clé, pour l&apos;importer sur un autre poste</translation>
    </message>
    <message>
        <source>store the key read from standard input</source>
        <translation>enregistrer la clé lue sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>The audit key is stored in this computer&apos;s keystore.</source>
        <translation>La clé d&apos;audit est enregistrée dans le trousseau de ce poste.</translation>
    </message>
    <message>
        <source>This computer&apos;s keystore does not hold the audit key of this database: nothing was changed. An administrator brings it with &apos;recouvrement-desktop audit key import&apos;.</source>
        <translation>Le trousseau de ce poste ne contient pas la clé d&apos;audit de cette base : rien n&apos;a été modifié. Un administrateur l&apos;apporte avec « recouvrement-desktop audit key import ».</translation>
    </message>
    <message>
        <source>The audit key kept in this database is damaged.</source>
        <translation>La clé d&apos;audit conservée dans cette base est endommagée.</translation>
    </message>
    <message>
        <source>A demonstration database has no audit key to export.</source>
        <translation>Une base de démonstration n&apos;a pas de clé d&apos;audit à exporter.</translation>
    </message>
    <message>
        <source>This is not an audit key (64 hexadecimal characters): nothing changed.</source>
        <translation>Ce n&apos;est pas une clé d&apos;audit (64 caractères hexadécimaux) : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A demonstration database has no audit key to import.</source>
        <translation>Une base de démonstration n&apos;a pas de clé d&apos;audit à importer.</translation>
    </message>
    <message>
        <source>The sealed head of the audit chain is damaged.</source>
        <translation>La tête scellée de la chaîne d&apos;audit est endommagée.</translation>
    </message>
    <message>
        <source>Demonstration database: its chain is keyed with a published key and proves nothing.</source>
        <translation>Base de démonstration : sa chaîne est signée avec une clé publique et ne prouve rien.</translation>
    </message>
    <message>
        <source>Audit chain intact: {count} events.</source>
        <translation>Chaîne d&apos;audit intacte : {count} événements.</translation>
    </message>
    <message>
        <source>Audit chain broken at event {sequence}: {reason}.</source>
        <translation>Chaîne d&apos;audit rompue à l&apos;événement {sequence} : {reason}.</translation>
    </message>
    <message>
        <source>That event records: {covers}.</source>
        <translation>Cet événement enregistre : {covers}.</translation>
    </message>
    <message>
        <source>Head sealed at event {sequence} on {date}.</source>
        <translation>Tête scellée à l&apos;événement {sequence} le {date}.</translation>
    </message>
    <message>
        <source>Records are covered from the next change on.</source>
        <translation>Les enregistrements seront couverts à partir de la prochaine modification.</translation>
    </message>
    <message>
        <source>Records: {count} checked, all as recorded.</source>
        <translation>Enregistrements : {count} vérifiés, tous conformes.</translation>
    </message>
    <message>
        <source>Records: {count} checked, {problems} not as recorded:</source>
        <translation>Enregistrements : {count} vérifiés, {problems} non conformes :</translation>
    </message>
    <message>
        <source>  {table} {record}: {reason} (event {sequence})</source>
        <translation>  {table} {record} : {reason} (événement {sequence})</translation>
    </message>
    <message>
        <source>  {table} {record}: {reason}</source>
        <translation>  {table} {record} : {reason}</translation>
    </message>
    <message>
        <source>This is not the audit key of this database: nothing was stored.</source>
        <translation>Ce n&apos;est pas la clé d&apos;audit de cette base : rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>Verify the &amp;audit trail…</source>
        <translation>Vérifier la piste d&apos;&amp;audit…</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Vérification de la piste d&apos;audit…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>write a consistent copy of the database (administrators)</source>
        <translation>écrire une copie cohérente de la base de données (administrateurs)</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database while it is in use. The copy is complete or absent: an interrupted backup leaves the previous one whole.</source>
        <translation>Écrire une copie cohérente de la base de données pendant son utilisation. La copie est complète ou absente : une sauvegarde interrompue laisse la précédente intacte.</translation>
    </message>
    <message>
        <source>the copy to write</source>
        <translation>la copie à écrire</translation>
    </message>
    <message>
        <source>put a copy of the database back (administrators)</source>
        <translation>remettre en place une copie de la base (administrateurs)</translation>
    </message>
    <message>
        <source>Put a copy back in place of the database, once it is known to be intact, written by this version or an earlier one, with its audit chain whole. The database it replaces is kept in backups/ beside it (for PostgreSQL, a dump in the backups/ folder of your data folder).</source>
        <translation>Remet une copie à la place de la base, une fois vérifié qu&apos;elle est intacte, écrite par cette version ou une plus ancienne, avec une chaîne d&apos;audit complète. La base remplacée est conservée dans backups/ à côté (pour PostgreSQL, un export dans le dossier backups/ de votre dossier de données).</translation>
    </message>
    <message>
        <source>The replaced database could not be dumped: it stays on the server as {name}</source>
        <translation>La base remplacée n&apos;a pas pu être exportée : elle reste sur le serveur sous le nom {name}</translation>
    </message>
    <message>
        <source>the copy</source>
        <translation>la copie</translation>
    </message>
    <message>
        <source>Copy written to {path} ({size} bytes, SHA-256 {digest})</source>
        <translation>Copie écrite dans {path} ({size} octets, SHA-256 {digest})</translation>
    </message>
    <message>
        <source>{copy} restored as {path}</source>
        <translation>{copy} restaurée dans {path}</translation>
    </message>
    <message>
        <source>The replaced database is kept as {path}</source>
        <translation>La base remplacée est conservée dans {path}</translation>
    </message>
    <message>
        <source>{path} is the database itself: write the copy to another file; nothing was changed.</source>
        <translation>{path} est la base elle-même : écrivez la copie dans un autre fichier ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{path} is not a file: name a new file or one to replace; nothing was written.</source>
        <translation>{path} n’est pas un fichier : indiquez un nouveau fichier ou un fichier à remplacer ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{program} is needed to back up a PostgreSQL database: install the PostgreSQL client programs.</source>
        <translation>{program} est nécessaire pour sauvegarder une base PostgreSQL : installez les programmes clients de PostgreSQL.</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>La sauvegarde a échoué : {reason}</translation>
    </message>
    <message>
        <source>{path} is not a copy of a Recouvrement Desktop database, or it is encrypted with a key this computer&apos;s keystore does not have: nothing was changed. If it is encrypted, give its recovery key first with &apos;recouvrement-desktop db unlock --db {db}&apos;.</source>
        <translation>{path} n&apos;est pas une copie d&apos;une base Recouvrement Desktop, ou elle est chiffrée avec une clé que le trousseau de ce poste n&apos;a pas : rien n&apos;a été modifié. Si elle est chiffrée, donnez d&apos;abord sa clé de secours avec « recouvrement-desktop db unlock --db {db} ».</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>{path} is not a copy of a Recouvrement Desktop database</source>
        <translation>{path} n&apos;est pas la copie d&apos;une base Recouvrement Desktop</translation>
    </message>
    <message>
        <source>The copy {path} is damaged: nothing was changed</source>
        <translation>La copie {path} est endommagée : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>The copy {path} was written by a newer version of the application: nothing was changed</source>
        <translation>La copie {path} a été écrite par une version plus récente de l&apos;application : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>The audit chain of the copy {path} is broken at event {sequence}: nothing was changed</source>
        <translation>La chaîne d&apos;audit de la copie {path} est rompue à l&apos;événement {sequence} : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>The copy {path} could not be restored: {reason}</source>
        <translation>La copie {path} n&apos;a pas pu être restaurée : {reason}</translation>
    </message>
    <message>
        <source>The restore failed: {reason}. The database in use was not changed.</source>
        <translation>La restauration a échoué : {reason}. La base en service n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Remaining balance</source>
        <translation>Capital restant dû</translation>
    </message>
    <message>
        <source>Current contract</source>
        <translation>Contrat actuel</translation>
    </message>
    <message>
        <source>Proposed plan</source>
        <translation>Plan proposé</translation>
    </message>
</context>
<context>
    <name>CallScriptDock</name>
    <message>
        <source>Call script</source>
        <translation>Guide d’appel</translation>
    </message>
    <message>
        <source>The call &amp;script</source>
        <translation>Le &amp;guide d’appel</translation>
    </message>
</context>
<context>
    <name>CallScriptPanel</name>
    <message>
        <source>Result to record</source>
        <translation>Résultat à enregistrer</translation>
    </message>
    <message>
        <source>Reading the call script…</source>
        <translation>Lecture du guide d’appel…</translation>
    </message>
    <message>
        <source>No call script</source>
        <translation>Aucun guide d’appel</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>Étapes faites : {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>CallScripts</name>
    <message>
        <source>The call script {name} cannot be used: {error}</source>
        <extracomment>The placeholders a script of each situation may name.</extracomment>
        <translation>Le guide d’appel {name} ne peut pas être utilisé : {error}</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: {error}</source>
        <translation>Guide d’appel {name}, ligne {line} : {error}</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: the placeholder {placeholder} is not available in the {situation} script</source>
        <translation>Guide d’appel {name}, ligne {line} : le champ {placeholder} n’est pas disponible dans le guide {situation}</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: unknown placeholder {placeholder}</source>
        <translation>Guide d’appel {name}, ligne {line} : champ inconnu {placeholder}</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: the file must start with a header between two --- lines</source>
        <translation>Guide d’appel {name}, ligne {line} : le fichier doit commencer par un en-tête entre deux lignes ---</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: unknown header line {text}</source>
        <translation>Guide d’appel {name}, ligne {line} : ligne d’en-tête inconnue {text}</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: no {key} in the header</source>
        <translation>Guide d’appel {name}, ligne {line} : pas de {key} dans l’en-tête</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: unknown outcome {text} (known: {known})</source>
        <translation>Guide d’appel {name}, ligne {line} : résultat inconnu {text} (connus : {known})</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: the effective date {text} is not a date (YYYY-MM-DD)</source>
        <translation>Guide d’appel {name}, ligne {line} : la date d’effet {text} n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Call script {name}, line {line}: each step starts with a line &quot;## title&quot;</source>
        <translation>Guide d’appel {name}, ligne {line} : chaque étape commence par une ligne « ## titre »</translation>
    </message>
    <message>
        <source>Cannot read the call script {path}: {error}</source>
        <translation>Impossible de lire le guide d’appel {path} : {error}</translation>
    </message>
    <message>
        <source>Cannot read the call scripts&apos; settings {path}: {error}</source>
        <translation>Impossible de lire les réglages des guides d’appel {path} : {error}</translation>
    </message>
    <message>
        <source>In {path}, calls_recorded must be true or false, not {value}</source>
        <translation>Dans {path}, calls_recorded doit valoir true ou false, pas {value}</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Ce dossier n’existe plus.</translation>
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
        <source>&amp;Forclusion within 90 days</source>
        <translation>&amp;Forclusion sous 90 jours</translation>
    </message>
    <message>
        <source>Only cases with a consumer credit whose forclusion ends within 90 days</source>
        <translation>Seulement les dossiers ayant un crédit à la consommation dont la forclusion arrive sous 90 jours</translation>
    </message>
    <message>
        <source>&amp;Agreement in default</source>
        <translation>&amp;Protocole en défaut</translation>
    </message>
    <message>
        <source>Only cases whose agreement has an instalment missed</source>
        <translation>Seulement les dossiers dont le protocole a une échéance manquée</translation>
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
        <source>Counting…</source>
        <translation>Comptage…</translation>
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
        <source>Forclusion</source>
        <translation>Forclusion</translation>
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
        <source>Forclusion within 60 days</source>
        <translation>Forclusion sous 60 jours</translation>
    </message>
    <message>
        <source>Agreement in default</source>
        <translation>Protocole en défaut</translation>
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
    <name>Cases</name>
    <message>
        <source>show a case</source>
        <translation>afficher un dossier</translation>
    </message>
    <message>
        <source>A case, its contracts and their legal deadlines.</source>
        <translation>Un dossier, ses contrats et leurs délais légaux.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>show a case: client, stage, promises, agreements, loans and deadlines</source>
        <translation>afficher un dossier : client, étape, promesses, protocoles, prêts et délais</translation>
    </message>
    <message>
        <source>its reference</source>
        <translation>sa référence</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>record the status of the case&apos;s overindebtedness file</source>
        <translation>enregistrer le statut du dossier de surendettement</translation>
    </message>
    <message>
        <source>the file&apos;s new status</source>
        <translation>le nouveau statut du dossier</translation>
    </message>
    <message>
        <source>the status&apos;s date</source>
        <translation>la date du statut</translation>
    </message>
    <message>
        <source>the day the file was lodged (a new file)</source>
        <translation>le jour du dépôt du dossier (nouveau dossier)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>une note</translation>
    </message>
    <message>
        <source>register the client at the FICP, or remove it</source>
        <translation>inscrire le client au FICP, ou le radier</translation>
    </message>
    <message>
        <source>the registration&apos;s date</source>
        <translation>la date de l’inscription</translation>
    </message>
    <message>
        <source>the removal&apos;s date</source>
        <translation>la date de la radiation</translation>
    </message>
    <message>
        <source>the incident that caused the registration</source>
        <translation>l’incident à l’origine de l’inscription</translation>
    </message>
    <message>
        <source>Case {reference} — {client} ({number}) — {stage}</source>
        <translation>Dossier {reference} — {client} ({number}) — {stage}</translation>
    </message>
    <message>
        <source>Arrears {amount}, {days} days past due, officer {officer}</source>
        <translation>Impayés {amount}, {days} jours de retard, chargé {officer}</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>first unpaid {date}</source>
        <translation>premier impayé {date}</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Plan {agreement}: {paid} paid, {due} to come, {late} late, {missed} missed</source>
        <translation>Plan {agreement} : {paid} payées, {due} à venir, {late} en retard, {missed} manquées</translation>
    </message>
    <message>
        <source>in default since {date}</source>
        <translation>en défaut depuis le {date}</translation>
    </message>
    <message>
        <source>forclusion not applicable (mortgage)</source>
        <translation>forclusion sans objet (crédit immobilier)</translation>
    </message>
    <message>
        <source>rescheduled by {reference}, </source>
        <translation>réaménagé par {reference}, </translation>
    </message>
    <message>
        <source>forclusion not running</source>
        <translation>forclusion non courante</translation>
    </message>
    <message>
        <source>forclusion {date} ({days} days)</source>
        <translation>forclusion {date} ({days} jours)</translation>
    </message>
    <message>
        <source>⚠ within 60 days</source>
        <translation>⚠ sous 60 jours</translation>
    </message>
    <message>
        <source>Case {reference}: overindebtedness file {status} on {date} (lodged on {filed})</source>
        <translation>Dossier {reference} : surendettement {status} le {date} (déposé le {filed})</translation>
    </message>
    <message>
        <source>--register needs --incident TEXT</source>
        <translation>--register demande --incident TEXTE</translation>
    </message>
    <message>
        <source>--incident goes with --register, not --remove</source>
        <translation>--incident s’utilise avec --register, pas avec --remove</translation>
    </message>
    <message>
        <source>Case {reference}: client registered at the FICP on {date}</source>
        <translation>Dossier {reference} : client inscrit au FICP le {date}</translation>
    </message>
    <message>
        <source>Case {reference}: FICP registration removed on {date}</source>
        <translation>Dossier {reference} : inscription au FICP radiée le {date}</translation>
    </message>
    <message>
        <source>No case has the reference {reference}.</source>
        <translation>Aucun dossier n’a la référence {reference}.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>Choose your own password before you start.</source>
        <translation>Choisissez votre propre mot de passe avant de commencer.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
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
        <source>--db needs a database URL</source>
        <translation>--db attend l&apos;URL d&apos;une base de données</translation>
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
        <source>Cannot replace {path}: {reason}; nothing was changed</source>
        <translation>Impossible de remplacer {path} : {reason} ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>--cases must be between 1 and {max}</source>
        <translation>--cases doit être compris entre 1 et {max}</translation>
    </message>
    <message>
        <source>Demonstration data needs a database file or server, not memory</source>
        <translation>Les données de démonstration vont dans un fichier ou sur un serveur de base de données, pas en mémoire</translation>
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
        <source>sign in as LOGIN: with RECOUVREMENT_PASSWORD set, at once (scripts); else the sign-in asks for the password</source>
        <translation>se connecter en tant que IDENTIFIANT : avec RECOUVREMENT_PASSWORD, directement (scripts) ; sinon la connexion demande le mot de passe</translation>
    </message>
    <message>
        <source>Recouvrement Desktop</source>
        <translation>Recouvrement Desktop</translation>
    </message>
    <message>
        <source>Could not write the screenshot to {path}</source>
        <extracomment>How often an open window checks that today&apos;s copy of the database exists and seals the chain&apos;s head: a window left open overnight still makes the next day&apos;s copy.</extracomment>
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
    <message>
        <source>your login (the password is read from RECOUVREMENT_PASSWORD or asked)</source>
        <translation>votre identifiant (le mot de passe est lu dans RECOUVREMENT_PASSWORD ou demandé)</translation>
    </message>
    <message>
        <source>Give the password in {name} or at the prompt.</source>
        <translation>Donnez le mot de passe dans {name} ou à l&apos;invite.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>Sign in with --user LOGIN (this command reads client data).</source>
        <translation>Connectez-vous avec --user IDENTIFIANT (cette commande lit des données clients).</translation>
    </message>
    <message>
        <source>Change your password first: sign in to the window.</source>
        <translation>Changez d&apos;abord votre mot de passe : connectez-vous à la fenêtre.</translation>
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
        <source>While an overindebtedness file is open, collection is suspended and no side agreement may be made (C. consom. L722-2, L722-5)</source>
        <translation>Tant qu’un dossier de surendettement est ouvert, le recouvrement est suspendu et aucun accord séparé ne peut être conclu (C. consom. L722-2, L722-5)</translation>
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
        <source>Nominal annual rate</source>
        <translation>Taux nominal annuel</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Contractual instalment</source>
        <translation>Échéance contractuelle</translation>
    </message>
    <message>
        <source>Outstanding principal</source>
        <translation>Capital restant dû</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Capital dû</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Unpaid amount and number of unpaid instalments</source>
        <translation>Montant impayé et nombre d&apos;échéances impayées</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Retard (j)</translation>
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
        <source>First unregularised unpaid instalment (payments imputed oldest first) and the last day to bring an action for payment (C. consom. art. R312-35)</source>
        <translation>Premier incident de paiement non régularisé (paiements imputés sur les échéances les plus anciennes) et dernier jour pour agir en paiement (C. consom. art. R312-35)</translation>
    </message>
    <message>
        <source>The agreement&apos;s instalments: payments are imputed to the oldest first; an instalment unpaid after the grace days is missed</source>
        <translation>Les échéances du protocole : les paiements s’imputent d’abord sur les plus anciennes ; une échéance impayée après le délai de grâce est manquée</translation>
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
        <source>Show in the history</source>
        <translation>Afficher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
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
        <source>Overindebtedness file: {status} since {date} (lodged on {filed})</source>
        <translation>Dossier de surendettement : {status} depuis le {date} (déposé le {filed})</translation>
    </message>
    <message>
        <source>FICP: registered on {date} ({incident})</source>
        <translation>FICP : inscrit le {date} ({incident})</translation>
    </message>
    <message>
        <source>, removed on {date}</source>
        <translation>, radié le {date}</translation>
    </message>
    <message>
        <source>{amount} ({count} unpaid)</source>
        <translation>{amount} ({count} impayées)</translation>
    </message>
    <message>
        <source>co-borrower: {names}</source>
        <translation>co-emprunteur : {names}</translation>
    </message>
    <message>
        <source>guarantor: {names}</source>
        <translation>caution : {names}</translation>
    </message>
    <message>
        <source>guarantee: {text}</source>
        <translation>garantie : {text}</translation>
    </message>
    <message>
        <source>Plan {reference}: {paid} of {total} instalments paid ({paid_amount}) · {due} to come · {late} late ({late_amount}) · {missed} missed ({missed_amount})</source>
        <translation>Plan {reference} : {paid} échéances payées sur {total} ({paid_amount}) · {due} à venir · {late} en retard ({late_amount}) · {missed} manquées ({missed_amount})</translation>
    </message>
    <message>
        <source>⚠ in default since {date}</source>
        <translation>⚠ en défaut depuis le {date}</translation>
    </message>
    <message>
        <source>{date} (agreement {reference})</source>
        <translation>{date} (protocole {reference})</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>non courante</translation>
    </message>
    <message>
        <source>{contract}: 1st unpaid {first}, forclusion {end}</source>
        <translation>{contract} : 1er impayé {first}, forclusion {end}</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <source>Your repayment plan</source>
        <translation>Votre plan de remboursement</translation>
    </message>
    <message>
        <source>The plan is being prepared.</source>
        <translation>Le plan est en préparation.</translation>
    </message>
    <message>
        <source>{amount} a month</source>
        <translation>{amount} par mois</translation>
    </message>
    <message>
        <source>Today: a first payment of {amount}</source>
        <translation>Aujourd&apos;hui : un premier versement de {amount}</translation>
    </message>
    <message>
        <source>{amount} on {date}</source>
        <translation>{amount} le {date}</translation>
    </message>
    <message>
        <source>{count} monthly payments of {amount}, from {first} to {last}</source>
        <translation>{count} mensualités de {amount}, du {first} au {last}</translation>
    </message>
    <message>
        <source>{count} monthly payments in all, the last on {date}</source>
        <translation>{count} mensualités en tout, la dernière le {date}</translation>
    </message>
    <message>
        <source>In total you will pay {amount}</source>
        <translation>Au total, vous paierez {amount}</translation>
    </message>
    <message>
        <source>Annual percentage rate (TAEG): {rate}</source>
        <translation>Taux annuel effectif global (TAEG) : {rate}</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Current contract</source>
        <translation>Contrat actuel</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Mensualité</translation>
    </message>
    <message>
        <source>Insurance per instalment</source>
        <translation>Assurance par échéance</translation>
    </message>
    <message>
        <source>Number of instalments</source>
        <translation>Nombre d&apos;échéances</translation>
    </message>
    <message>
        <source>Last instalment</source>
        <translation>Dernière échéance</translation>
    </message>
    <message>
        <source>Total cost of credit</source>
        <translation>Coût total du crédit</translation>
    </message>
    <message>
        <source>APR (TAEG)</source>
        <translation>TAEG</translation>
    </message>
    <message>
        <source>Cost to the bank (officer only)</source>
        <translation>Coût pour la banque (chargé uniquement)</translation>
    </message>
    <message>
        <source>Waivers {waivers} and interest given up {interest}, in present value</source>
        <translation>Abandons {waivers} et intérêts renoncés {interest}, en valeur actuelle</translation>
    </message>
    <message>
        <source>all due now</source>
        <translation>tout est exigible</translation>
    </message>
</context>
<context>
    <name>ComponentInput</name>
    <message>
        <source>Capitalize</source>
        <translation>Capitaliser</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Étaler</translation>
    </message>
    <message>
        <source>Add to first instalment</source>
        <translation>Ajouter à la première échéance</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>over </source>
        <translation>sur </translation>
    </message>
    <message>
        <source> inst.</source>
        <translation> éch.</translation>
    </message>
    <message>
        <source>Number of instalments the amount is spread over</source>
        <translation>Nombre d&apos;échéances sur lesquelles le montant est étalé</translation>
    </message>
    <message>
        <source>waive </source>
        <translation>abandon </translation>
    </message>
    <message>
        <source>Part of the amount waived before the treatment</source>
        <translation>Part du montant abandonnée avant le traitement</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Not a valid database URL: {url}</source>
        <extracomment>How long a write waits for another writer (SQLite) before the officer is told.</extracomment>
        <translation>URL de base de données invalide : {url}</translation>
    </message>
    <message>
        <source>Unsupported database &apos;{backend}&apos;: use sqlite or postgresql</source>
        <translation>Base de données « {backend} » non prise en charge : utilisez sqlite ou postgresql</translation>
    </message>
    <message>
        <source>The database driver &apos;{driver}&apos; is not supported: use sqlite:/// or postgresql://</source>
        <translation>Le pilote de base de données « {driver} » n&apos;est pas pris en charge : utilisez sqlite:/// ou postgresql://</translation>
    </message>
    <message>
        <source>Cannot use the database {url}: {reason}</source>
        <translation>Impossible d&apos;utiliser la base {url} : {reason}</translation>
    </message>
    <message>
        <source>{url} is not a database file</source>
        <translation>{url} n&apos;est pas un fichier de base de données</translation>
    </message>
    <message>
        <source>The database is busy with someone else&apos;s work: nothing was saved. Try again in a moment.</source>
        <translation>La base de données est occupée par le travail de quelqu&apos;un d&apos;autre : rien n&apos;a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}</source>
        <extracomment>The newest migration&apos;s revision. A database already there opens without importing Alembic, which would add a quarter of a second to every start; a test keeps this equal to Alembic&apos;s head.</extracomment>
        <translation>Impossible d&apos;ouvrir la base {url} : {reason}</translation>
    </message>
    <message>
        <source>{url} is not a Recouvrement Desktop database</source>
        <translation>{url} n&apos;est pas une base Recouvrement Desktop</translation>
    </message>
    <message>
        <source>The database {url} is not at this version&apos;s schema ({revision}); it has been left untouched. Open it once with the application, then try again.</source>
        <translation>La base de données {url} n&apos;est pas au schéma de cette version ({revision}) ; elle n&apos;a pas été modifiée. Ouvrez-la une fois avec l&apos;application, puis réessayez.</translation>
    </message>
    <message>
        <source>The database {url} was written by a newer version of the application (schema {revision}); it has been left untouched. Please install the latest version.</source>
        <translation>La base {url} a été écrite par une version plus récente de l&apos;application (schéma {revision}) ; elle n&apos;a pas été modifiée. Veuillez installer la dernière version.</translation>
    </message>
    <message>
        <source>The database {url} could not be brought to this version&apos;s schema: its tables do not match its recorded schema ({revision}). It has been left untouched. Details: {reason}</source>
        <translation>La base de données {url} n&apos;a pas pu être mise au schéma de cette version : ses tables ne correspondent pas au schéma enregistré ({revision}). Elle n&apos;a pas été modifiée. Détail : {reason}</translation>
    </message>
    <message>
        <source>There is no database at {url}</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement {url}</translation>
    </message>
    <message>
        <source>{url} is not a Recouvrement Desktop database, or it is an encrypted one whose key is not in this computer&apos;s keystore: nothing was changed. If it is encrypted, an administrator can give its recovery key with &apos;recouvrement-desktop db unlock --db {db}&apos;.</source>
        <extracomment>What a file that is no database, or is damaged, raises through either module.</extracomment>
        <translation>{url} n&apos;est pas une base Recouvrement Desktop, ou c&apos;est une base chiffrée dont la clé n&apos;est pas dans le trousseau de ce poste : rien n&apos;a été modifié. Si elle est chiffrée, un administrateur peut donner sa clé de secours avec « recouvrement-desktop db unlock --db {db} ».</translation>
    </message>
    <message>
        <source>The key kept in this computer&apos;s keystore does not open {url} (or it is not a Recouvrement Desktop database): nothing was changed. If it is encrypted, an administrator can give its recovery key with &apos;recouvrement-desktop db unlock --db {db}&apos;.</source>
        <translation>La clé conservée dans le trousseau de ce poste n&apos;ouvre pas {url} (ou ce n&apos;est pas une base Recouvrement Desktop) : rien n&apos;a été modifié. Si elle est chiffrée, un administrateur peut donner sa clé de secours avec « recouvrement-desktop db unlock --db {db} ».</translation>
    </message>
    <message>
        <source>A recovery key is {count} hex digits (0-9, A-F), in groups: this is not one.</source>
        <translation>Une clé de secours compte {count} chiffres hexadécimaux (0-9, A-F), par groupes : ce n&apos;en est pas une.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>{database} is not a demonstration database: nothing was changed. Demonstration data only goes to a new database or one it created.</source>
        <translation>{database} n&apos;est pas une base de démonstration : rien n&apos;a été modifié. Les données de démonstration ne vont que dans une base neuve ou créée par elles.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Cannot read the certificate file {path}: {error}</source>
        <translation>Impossible de lire le fichier de certificat {path} : {error}</translation>
    </message>
    <message>
        <source>Cannot open the certificate file {path}: wrong passphrase or not PKCS#12</source>
        <translation>Impossible d&apos;ouvrir le fichier de certificat {path} : phrase secrète erronée ou fichier non PKCS#12</translation>
    </message>
    <message>
        <source>The document to seal is not a valid PDF: {error}</source>
        <translation>Le document à sceller n&apos;est pas un PDF valide : {error}</translation>
    </message>
    <message>
        <source>The timestamp authority did not give a timestamp: {error}</source>
        <translation>L&apos;autorité d&apos;horodatage n&apos;a pas fourni d&apos;horodatage : {error}</translation>
    </message>
    <message>
        <source>The seal&apos;s validation data cannot be gathered: {error}. Add the certification authorities of the seal and of the timestamp authority to the trusted certificates.</source>
        <translation>Les données de validation du cachet ne peuvent pas être réunies : {error}. Ajoutez les autorités de certification du cachet et de l&apos;autorité d&apos;horodatage aux certificats de confiance.</translation>
    </message>
    <message>
        <source>The document could not be sealed: {error}</source>
        <translation>Le document n&apos;a pas pu être scellé : {error}</translation>
    </message>
    <message>
        <source>Cannot use the seal&apos;s key in the token {token}: {error}</source>
        <translation>Impossible d&apos;utiliser la clé du cachet dans le jeton {token} : {error}</translation>
    </message>
    <message>
        <source>The file is not a readable PDF document</source>
        <translation>Le fichier n&apos;est pas un document PDF lisible</translation>
    </message>
    <message>
        <source>The document carries no electronic seal</source>
        <translation>Le document ne porte aucun cachet électronique</translation>
    </message>
    <message>
        <source>The document was altered after it was sealed: the seal no longer matches</source>
        <translation>Le document a été modifié après son scellement : le cachet ne correspond plus</translation>
    </message>
    <message>
        <source>The seal&apos;s signature is invalid: the document cannot be trusted</source>
        <translation>La signature du cachet est invalide : le document n&apos;est pas fiable</translation>
    </message>
    <message>
        <source>The seal does not cover the whole document: content was added after sealing</source>
        <translation>Le cachet ne couvre pas tout le document : du contenu a été ajouté après le scellement</translation>
    </message>
    <message>
        <source>The seal was made with a certificate that is not trusted: {signer}</source>
        <translation>Le cachet a été apposé avec un certificat non reconnu : {signer}</translation>
    </message>
    <message>
        <source>The seal cannot be checked: {detail}</source>
        <translation>Le cachet ne peut pas être vérifié : {detail}</translation>
    </message>
    <message>
        <source>The seal was made with a demonstration certificate, which is trusted only for a demonstration database or an installation without a bank seal: {signer}</source>
        <translation>Le cachet a été apposé avec un certificat de démonstration, reconnu seulement pour une base de démonstration ou une installation sans cachet de la banque : {signer}</translation>
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
        <source>No affordable plan: the longest term allowed</source>
        <translation>Aucun plan supportable : durée maximale</translation>
    </message>
    <message>
        <source>The APR of this plan cannot be computed</source>
        <translation>Le TAEG de ce plan ne peut pas être calculé</translation>
    </message>
    <message>
        <source>The APR would exceed {max}: fees, insurance or grace dwarf the amount lent</source>
        <translation>Le TAEG dépasserait {max} : les frais, l’assurance ou le différé écrasent le montant prêté</translation>
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
        <source>No usury threshold known for category {category} on {date}</source>
        <translation>Aucun seuil d’usure connu pour la catégorie {category} au {date}</translation>
    </message>
    <message>
        <source>The APR of {apr} exceeds the usury threshold of {threshold}</source>
        <translation>Le TAEG de {apr} dépasse le seuil de l&apos;usure de {threshold}</translation>
    </message>
    <message>
        <source>An overindebtedness file is open: no side agreement until the commission has decided (C. consom. L722-2, L722-5)</source>
        <translation>Un dossier de surendettement est ouvert : aucun accord séparé tant que la commission n’a pas statué (C. consom. L722-2, L722-5)</translation>
    </message>
    <message>
        <source>On a consumer credit, late interest and penalties may not be capitalised ({amount}): spread them without interest, put them on the first instalment or waive them (C. consom. L312-38, L312-39)</source>
        <translation>Sur un crédit à la consommation, les intérêts de retard et les pénalités ne peuvent pas être capitalisés ({amount}) : étalez-les sans intérêts, reportez-les sur la première échéance ou abandonnez-les (C. consom. L312-38, L312-39)</translation>
    </message>
    <message>
        <source>Fees of {amount} may not be claimed after a consumer credit&apos;s default (C. consom. L312-38)</source>
        <translation>Des frais de {amount} ne peuvent pas être réclamés après la défaillance d’un crédit à la consommation (C. consom. L312-38)</translation>
    </message>
    <message>
        <source>Fees of {amount} on file are not claimed: after a consumer credit&apos;s default only the capital, the unpaid instalments, late interest and a capped indemnity may be (C. consom. L312-38, L312-39)</source>
        <translation>Les frais de {amount} enregistrés ne sont pas réclamés : après la défaillance d’un crédit à la consommation, seuls le capital, les échéances impayées, les intérêts de retard et une indemnité plafonnée peuvent l’être (C. consom. L312-38, L312-39)</translation>
    </message>
    <message>
        <source>Contract {contract}: penalties of {amount} exceed the indemnity a consumer credit allows, 8 % of the capital due ({cap}) (C. consom. L312-39, D312-16)</source>
        <translation>Contrat {contract} : des pénalités de {amount} dépassent l’indemnité permise pour un crédit à la consommation, 8 % du capital dû ({cap}) (C. consom. L312-39, D312-16)</translation>
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
        <source>The capitalized grace would raise the balance above {max}: shorten the grace</source>
        <translation>Le différé avec intérêts capitalisés porterait le capital restant dû au-delà de {max} : raccourcissez le différé</translation>
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
    <message>
        <source>A password has at least 12 characters.</source>
        <translation>Un mot de passe compte au moins 12 caractères.</translation>
    </message>
    <message>
        <source>A password has at most 256 characters.</source>
        <translation>Un mot de passe compte au plus 256 caractères.</translation>
    </message>
    <message>
        <source>Mix at least three kinds of characters: lower case, upper case, digits, others.</source>
        <translation>Mélangez au moins trois sortes de caractères : minuscules, majuscules, chiffres, autres.</translation>
    </message>
    <message>
        <source>A password must not contain the login or the name.</source>
        <translation>Un mot de passe ne doit contenir ni l&apos;identifiant ni le nom.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>Ce mot de passe est trop facile à deviner.</translation>
    </message>
    <message>
        <source>Not an amount: {value}</source>
        <translation>Montant invalide : {value}</translation>
    </message>
    <message>
        <source>Not a rate in percent: {value}</source>
        <translation>Taux en pourcentage invalide : {value}</translation>
    </message>
    <message>
        <source>Not a date: {value} (expected DD/MM/YYYY or YYYY-MM-DD)</source>
        <translation>Date invalide : {value} (attendu JJ/MM/AAAA ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Not a whole number: {value}</source>
        <translation>Nombre entier invalide : {value}</translation>
    </message>
    <message>
        <source>Unknown category: {value} (expected {expected})</source>
        <translation>Catégorie inconnue : {value} (attendu {expected})</translation>
    </message>
    <message>
        <source>Unknown rate type: {value} (expected fixed or variable)</source>
        <translation>Type de taux inconnu : {value} (attendu fixed ou variable)</translation>
    </message>
    <message>
        <source>A value is required</source>
        <translation>Une valeur est obligatoire</translation>
    </message>
    <message>
        <source>Too long: at most {length} characters</source>
        <translation>Trop long : {length} caractères au plus</translation>
    </message>
    <message>
        <source>Cannot be negative: {value}</source>
        <translation>Ne peut pas être négatif : {value}</translation>
    </message>
    <message>
        <source>The term must be at least one month</source>
        <translation>La durée doit être d&apos;au moins un mois</translation>
    </message>
    <message>
        <source>The contract {value} is already on line {line}</source>
        <translation>Le contrat {value} figure déjà ligne {line}</translation>
    </message>
    <message>
        <source>The client {client} is described otherwise on line {line}</source>
        <translation>Le client {client} est décrit autrement ligne {line}</translation>
    </message>
    <message>
        <source>The contract {value} is client {client}&apos;s</source>
        <translation>Le contrat {value} appartient au client {client}</translation>
    </message>
    <message>
        <source>No active account has the login {value}</source>
        <translation>Aucun compte actif n&apos;a l&apos;identifiant {value}</translation>
    </message>
    <message>
        <source>The case {value} is another client&apos;s</source>
        <translation>Le dossier {value} appartient à un autre client</translation>
    </message>
    <message>
        <source>{key} must be a text</source>
        <translation>{key} doit être un texte</translation>
    </message>
    <message>
        <source>{key}: {value} must hold DD, MM and YYYY once each</source>
        <translation>{key} : {value} doit contenir DD, MM et YYYY une fois chacun</translation>
    </message>
    <message>
        <source>{key}: {column} is not a column of the layout</source>
        <translation>{key} : {column} n’est pas une colonne du format standard</translation>
    </message>
    <message>
        <source>{key} must name a column of the bank&apos;s file</source>
        <translation>{key} doit nommer une colonne du fichier de la banque</translation>
    </message>
    <message>
        <source>{key}: the column {header} is already mapped</source>
        <translation>{key} : la colonne {header} est déjà associée</translation>
    </message>
    <message>
        <source>[{key}] must be a table</source>
        <translation>[{key}] doit être une table</translation>
    </message>
    <message>
        <source>{key}: {code} = {value} is not a value of {column}</source>
        <translation>{key} : {code} = {value} n’est pas une valeur de {column}</translation>
    </message>
    <message>
        <source>Unknown setting: {key}</source>
        <translation>Paramètre inconnu : {key}</translation>
    </message>
    <message>
        <source>{key} must be &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;</source>
        <translation>{key} doit valoir « ; », « , » ou « tab »</translation>
    </message>
    <message>
        <source>{key} must be &apos;,&apos; or &apos;.&apos;</source>
        <translation>{key} doit valoir « , » ou « . »</translation>
    </message>
    <message>
        <source>Not checked: no household budget was given</source>
        <translation>Non vérifié : aucun budget du ménage n’a été donné</translation>
    </message>
    <message>
        <source>Unknown kind of reference data {kind}: expected one of {kinds}</source>
        <translation>Type de données de référence inconnu {kind} : attendu l’un de {kinds}</translation>
    </message>
    <message>
        <source>Period {number}: {key} must be a date (YYYY-MM-DD)</source>
        <translation>Période {number} : {key} doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Period {number}: the value of {key} is not a number: {value}</source>
        <translation>Période {number} : la valeur de {key} n’est pas un nombre : {value}</translation>
    </message>
    <message>
        <source>Period {number} is not a table</source>
        <translation>La période {number} n’est pas une table</translation>
    </message>
    <message>
        <source>Period {number} ends on {end}, before it starts on {start}</source>
        <translation>La période {number} se termine le {end}, avant de commencer le {start}</translation>
    </message>
    <message>
        <source>Period {number} gives no source</source>
        <translation>La période {number} ne donne pas de source</translation>
    </message>
    <message>
        <source>Period {number} gives no values</source>
        <translation>La période {number} ne donne aucune valeur</translation>
    </message>
    <message>
        <source>Period {number}: unknown category {key}: expected {keys}</source>
        <translation>Période {number} : catégorie inconnue {key} : attendu {keys}</translation>
    </message>
    <message>
        <source>Period {number}: missing {keys}</source>
        <translation>Période {number} : il manque {keys}</translation>
    </message>
    <message>
        <source>The reference-data file is not valid TOML: {reason}</source>
        <translation>Le fichier de données de référence n’est pas un TOML valide : {reason}</translation>
    </message>
    <message>
        <source>The reference-data file lists no period</source>
        <translation>Le fichier de données de référence ne contient aucune période</translation>
    </message>
    <message>
        <source>The periods starting on {first} and {second} overlap</source>
        <translation>Les périodes commençant le {first} et le {second} se chevauchent</translation>
    </message>
    <message>
        <source>No period covers the days from {start} to {end}</source>
        <translation>Aucune période ne couvre les jours du {start} au {end}</translation>
    </message>
    <message>
        <source>no e-mail address: sent by post</source>
        <extracomment>The channels a letter may take (a phone call or a meeting is not a letter).</extracomment>
        <translation>pas d’adresse e-mail : envoi par courrier</translation>
    </message>
    <message>
        <source>no mobile phone number: sent by post</source>
        <translation>pas de numéro de mobile : envoi par courrier</translation>
    </message>
    <message>
        <source>overindebtedness file lodged on {date}: recovery suspended</source>
        <translation>dossier de surendettement déposé le {date} : recouvrement suspendu</translation>
    </message>
    <message>
        <source>payment plan {agreement} running until {date}</source>
        <translation>plan de remboursement {agreement} en cours jusqu’au {date}</translation>
    </message>
    <message>
        <source>promise to pay by {date} pending</source>
        <translation>promesse de paiement au {date} en attente</translation>
    </message>
    <message>
        <source>excluded on {date}: {reason}</source>
        <translation>écarté le {date} : {reason}</translation>
    </message>
    <message>
        <source>no arrears</source>
        <translation>aucun impayé</translation>
    </message>
    <message>
        <source>no further letter for this stage</source>
        <translation>plus de courrier prévu à cette étape</translation>
    </message>
    <message>
        <source>{kind} from {threshold} days past due</source>
        <translation>{kind} à partir de {threshold} jours de retard</translation>
    </message>
    <message>
        <source>{previous} sent on {date}: next letter from {next}</source>
        <translation>{previous} envoyé le {date} : prochain courrier à partir du {next}</translation>
    </message>
    <message>
        <source>{days} days past due, {kind} from {threshold} days</source>
        <translation>{days} jours de retard, {kind} à partir de {threshold} jours</translation>
    </message>
    <message>
        <source>{previous} sent on {date}</source>
        <translation>{previous} envoyé le {date}</translation>
    </message>
    <message>
        <source>a supervisor must approve it</source>
        <translation>un superviseur doit l’approuver</translation>
    </message>
    <message>
        <source>{key} must be a whole number of days, 0 or more</source>
        <translation>{key} doit être un nombre entier de jours, 0 ou plus</translation>
    </message>
    <message>
        <source>unknown {key} {value} (expected one of: {choices})</source>
        <translation>{key} inconnu {value} (attendu l’un de : {choices})</translation>
    </message>
    <message>
        <source>a level must be a [[level]] table</source>
        <translation>un niveau doit être une table [[level]]</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>clé inconnue {key}</translation>
    </message>
    <message>
        <source>this level has no {key}</source>
        <translation>ce niveau n’a pas de {key}</translation>
    </message>
    <message>
        <source>stages must be a list of case stages</source>
        <translation>stages doit être une liste d’étapes de dossier</translation>
    </message>
    <message>
        <source>approval must be true or false</source>
        <translation>approval doit valoir true ou false</translation>
    </message>
    <message>
        <source>not a valid TOML file ({problem})</source>
        <translation>fichier TOML non valide ({problem})</translation>
    </message>
    <message>
        <source>the policy has no {key}</source>
        <translation>la politique n’a pas de {key}</translation>
    </message>
    <message>
        <source>version must be a text</source>
        <translation>version doit être un texte</translation>
    </message>
    <message>
        <source>the policy has no [[level]]</source>
        <translation>la politique n’a aucun [[level]]</translation>
    </message>
    <message>
        <source>the letter {value} has two levels</source>
        <translation>le courrier {value} a deux niveaux</translation>
    </message>
    <message>
        <source>first reminder</source>
        <translation>première relance</translation>
    </message>
    <message>
        <source>second reminder</source>
        <translation>deuxième relance</translation>
    </message>
    <message>
        <source>formal notice</source>
        <translation>mise en demeure</translation>
    </message>
    <message>
        <source>notice of acceleration</source>
        <translation>notification de déchéance du terme</translation>
    </message>
    <message>
        <source>FICP prior notice</source>
        <translation>information préalable FICP</translation>
    </message>
    <message>
        <source>promise confirmation</source>
        <translation>confirmation de promesse</translation>
    </message>
    <message>
        <source>agreement cover letter</source>
        <translation>lettre d’accompagnement du protocole</translation>
    </message>
    <message>
        <source>missed instalment notice</source>
        <translation>avis d’échéance impayée</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>the database file&apos;s encryption (administrators)</source>
        <translation>le chiffrement du fichier de la base (administrateurs)</translation>
    </message>
    <message>
        <source>Real SQLite databases are encrypted at rest, their key kept in the system keystore; the demonstration database stays clear.</source>
        <translation>Les vraies bases SQLite sont chiffrées sur le disque, leur clé conservée dans le trousseau du système ; la base de démonstration reste en clair.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>encrypt a clear database and show its recovery key</source>
        <translation>chiffrer une base en clair et afficher sa clé de secours</translation>
    </message>
    <message>
        <source>Copy a clear database into an encrypted file, check the copy (integrity, every row, the audit chain), then put it in the clear file&apos;s place. The recovery key is shown once: write it down and keep it safe.</source>
        <translation>Copie une base en clair dans un fichier chiffré, vérifie la copie (intégrité, chaque ligne, la chaîne d&apos;audit), puis la met à la place du fichier en clair. La clé de secours n&apos;est affichée qu&apos;une fois : notez-la et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>give an encrypted database&apos;s recovery key back</source>
        <translation>redonner la clé de secours d&apos;une base chiffrée</translation>
    </message>
    <message>
        <source>Read the recovery key (standard input, or a prompt) and, if it opens the database, keep it in this computer&apos;s keystore again.</source>
        <translation>Lit la clé de secours (entrée standard, ou saisie) et, si elle ouvre la base, la conserve de nouveau dans le trousseau de ce poste.</translation>
    </message>
    <message>
        <source>show a new encrypted database&apos;s recovery key, once</source>
        <translation>afficher une seule fois la clé de secours d&apos;une nouvelle base chiffrée</translation>
    </message>
    <message>
        <source>Recovery key (shown once: write it down and keep it apart from this computer):</source>
        <translation>Clé de secours (affichée une seule fois : notez-la et conservez-la à l&apos;écart de ce poste) :</translation>
    </message>
    <message>
        <source>{path} is encrypted ({rows} rows copied and checked).</source>
        <translation>{path} est chiffrée ({rows} lignes copiées et vérifiées).</translation>
    </message>
    <message>
        <source>{count} older copies in backups/ encrypted too.</source>
        <translation>{count} copies plus anciennes de backups/ chiffrées aussi.</translation>
    </message>
    <message>
        <source>db unlock needs an encrypted SQLite database file</source>
        <translation>db unlock demande un fichier de base SQLite chiffré</translation>
    </message>
    <message>
        <source>The key of {path} is kept in this computer&apos;s keystore.</source>
        <translation>La clé de {path} est conservée dans le trousseau de ce poste.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clé de secours : </translation>
    </message>
    <message>
        <source>{url} is not a SQLite file: only SQLite files are encrypted by the application (a PostgreSQL server encrypts its own storage).</source>
        <translation>{url} n&apos;est pas un fichier SQLite : l&apos;application ne chiffre que les fichiers SQLite (un serveur PostgreSQL chiffre son propre stockage).</translation>
    </message>
    <message>
        <source>{path} is already encrypted: nothing was changed.</source>
        <translation>{path} est déjà chiffrée : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} is a demonstration database: it stays clear. Nothing was changed.</source>
        <translation>{path} est une base de démonstration : elle reste en clair. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} is in use: close the application wherever it has this database open, then try again. Nothing was changed.</source>
        <translation>{path} est en cours d&apos;utilisation : fermez l&apos;application partout où cette base est ouverte, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The encrypted copy of {path} does not match it ({problems}): the database was left clear and unchanged.</source>
        <translation>La copie chiffrée de {path} ne lui correspond pas ({problems}) : la base est restée en clair, inchangée.</translation>
    </message>
    <message>
        <source>{path} is not encrypted, so it has no recovery key. Encrypt it with &apos;recouvrement-desktop db encrypt&apos;.</source>
        <translation>{path} n&apos;est pas chiffrée, elle n&apos;a donc pas de clé de secours. Chiffrez-la avec « recouvrement-desktop db encrypt ».</translation>
    </message>
    <message>
        <source>The recovery key of {path} was already shown ({when}): it is shown once. Without it, keep this computer&apos;s keystore safe.</source>
        <translation>La clé de secours de {path} a déjà été affichée ({when}) : elle ne l&apos;est qu&apos;une fois. Sans elle, protégez le trousseau de ce poste.</translation>
    </message>
    <message>
        <source>{path} is not an encrypted database: there is nothing to unlock.</source>
        <translation>{path} n&apos;est pas une base chiffrée : il n&apos;y a rien à déverrouiller.</translation>
    </message>
    <message>
        <source>This recovery key does not open {path}: nothing was changed.</source>
        <translation>Cette clé de secours n&apos;ouvre pas {path} : rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>files for the bank&apos;s core system (supervisors)</source>
        <translation>fichiers pour le système central de la banque (superviseurs)</translation>
    </message>
    <message>
        <source>Write files for the bank&apos;s core system, in the layout of docs/export-format.md. Each file is written whole or not at all, and recorded in the export log.</source>
        <translation>Écrit des fichiers pour le système central de la banque, au format de docs/export-format.md. Chaque fichier est écrit en entier ou pas du tout, et consigné dans le journal des exports.</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>types</translation>
    </message>
    <message>
        <source>promises, contacts, stage changes, payments, agreements</source>
        <translation>promesses, contacts, changements d’étape, paiements, protocoles</translation>
    </message>
    <message>
        <source>Export one row per event recorded in the window, on the cases of your branch: promises made, kept or broken; contacts; stage changes; payments recorded by an officer; agreements signed, countersigned, approved or rejected with their new terms. The same window always gives the same rows. Exit status: 0 written, 2 refused.</source>
        <translation>Exporte une ligne par événement enregistré dans la période, sur les dossiers de votre agence : promesses faites, tenues ou rompues ; contacts ; changements d’étape ; paiements enregistrés par un chargé ; protocoles signés, contresignés, approuvés ou refusés avec leurs nouvelles conditions. La même période donne toujours les mêmes lignes. Code de sortie : 0 écrit, 2 refusé.</translation>
    </message>
    <message>
        <source>the window&apos;s start, included (YYYY-MM-DD, midnight UTC, or ISO 8601)</source>
        <translation>le début de la période, inclus (AAAA-MM-JJ, minuit UTC, ou ISO 8601)</translation>
    </message>
    <message>
        <source>start where the last export of outcomes of your branch ended</source>
        <translation>reprendre là où s’est arrêté le dernier export des suites de votre agence</translation>
    </message>
    <message>
        <source>the window&apos;s end, excluded (default: five minutes ago)</source>
        <translation>la fin de la période, exclue (par défaut : il y a cinq minutes)</translation>
    </message>
    <message>
        <source>the new schedule of a signed agreement</source>
        <translation>le nouvel échéancier d’un protocole signé</translation>
    </message>
    <message>
        <source>Export the new schedule of a binding agreement, as it was signed: one row per instalment. Exit status: 0 written, 2 refused.</source>
        <translation>Exporte le nouvel échéancier d’un protocole en vigueur, tel qu’il a été signé : une ligne par échéance. Code de sortie : 0 écrit, 2 refusé.</translation>
    </message>
    <message>
        <source>the agreement&apos;s reference</source>
        <translation>la référence du protocole</translation>
    </message>
    <message>
        <source>the file&apos;s format (default: csv)</source>
        <translation>le format du fichier (par défaut : csv)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>{rows} events from {since} to {until} written to {path} (SHA-256 {digest})</source>
        <translation>{rows} événements du {since} au {until} écrits dans {path} (SHA-256 {digest})</translation>
    </message>
    <message>
        <source>{rows} instalments written to {path} (SHA-256 {digest})</source>
        <translation>{rows} échéances écrites dans {path} (SHA-256 {digest})</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or a moment (ISO 8601).</source>
        <extracomment>The default end of a window lies this far before now: on a shared server each machine stamps what it writes with its own clock (the journal accepts five minutes of difference), so the last minutes wait for the next export rather than be missed.</extracomment>
        <translation>{value} n’est ni une date (AAAA-MM-JJ) ni un instant (ISO 8601).</translation>
    </message>
    <message>
        <source>No outcomes were exported for {branch} yet: give --since.</source>
        <translation>Aucune suite n’a encore été exportée pour {branch} : indiquez --since.</translation>
    </message>
    <message>
        <source>Give --since or --since-last.</source>
        <translation>Indiquez --since ou --since-last.</translation>
    </message>
    <message>
        <source>The window cannot end in the future ({until}).</source>
        <translation>La période ne peut pas se terminer dans le futur ({until}).</translation>
    </message>
    <message>
        <source>The window ends ({until}) before it starts ({since}).</source>
        <translation>La période se termine ({until}) avant de commencer ({since}).</translation>
    </message>
    <message>
        <source>Agreement {reference} is not binding: it has no new schedule.</source>
        <translation>Le protocole {reference} n’est pas en vigueur : il n’a pas de nouvel échéancier.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>This database has no account yet. Create the administrator&apos;s, who will then add the officers, supervisors and auditors.</source>
        <translation>Cette base n&apos;a encore aucun compte. Créez celui de l&apos;administrateur, qui ajoutera ensuite les chargés de recouvrement, superviseurs et auditeurs.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Agence</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>At least 12 characters, of three kinds: lower, upper, digits, others.</source>
        <translation>Au moins 12 caractères, de trois sortes : minuscules, majuscules, chiffres, autres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Agreements to follow up</source>
        <extracomment>What a decision or a returned paper changes: the agreement, the case and its history.</extracomment>
        <translation>Protocoles à suivre</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Supervisor&apos;s decision</source>
        <translation>Décision du superviseur</translation>
    </message>
    <message>
        <source>Reason for the decision (required)</source>
        <translation>Motif de la décision (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Only a supervisor may approve or reject a plan.</source>
        <translation>Seul un superviseur peut approuver ou refuser un plan.</translation>
    </message>
    <message>
        <source>Countersigned paper returned</source>
        <translation>Retour de l&apos;exemplaire contresigné</translation>
    </message>
    <message>
        <source>Paper &amp;returned, countersigned</source>
        <translation>Exemplaire &amp;retourné, contresigné</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Retourné le</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Waiting for the countersigned paper</source>
        <translation>En attente de l&apos;exemplaire contresigné</translation>
    </message>
    <message>
        <source>{count} × {amount}</source>
        <translation>{count} × {amount}</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Rien à suivre.</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>La décision n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Agreement {reference}: {status}.</source>
        <translation>Protocole {reference} : {status}.</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>waiting for the countersigned paper</source>
        <translation>en attente de l&apos;exemplaire contresigné</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
</context>
<context>
    <name>Gauges</name>
    <message>
        <source>No income on file: affordability cannot be checked.</source>
        <translation>Aucun revenu connu : la capacité de remboursement ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>Effort rate {rate} (ceiling {limit})</source>
        <translation>Taux d&apos;effort {rate} (plafond {limit})</translation>
    </message>
    <message>
        <source>Left to live on {amount} a month (floor {floor})</source>
        <translation>Reste à vivre {amount} par mois (minimum {floor})</translation>
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
        <source>Instalment {period} of {reference} due {date} missed ({amount} unpaid)</source>
        <translation>Échéance {period} du protocole {reference} du {date} manquée ({amount} impayés)</translation>
    </message>
    <message>
        <source>Letter {kind} sent ({channel})</source>
        <translation>Courrier {kind} envoyé ({channel})</translation>
    </message>
    <message>
        <source>Letter {kind} excluded</source>
        <translation>Courrier {kind} écarté</translation>
    </message>
    <message>
        <source>Letter {kind} approved</source>
        <translation>Courrier {kind} approuvé</translation>
    </message>
    <message>
        <source>Countersigned paper returned on {date}</source>
        <translation>Exemplaire contresigné retourné le {date}</translation>
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
        <source>under watch until {date}</source>
        <translation>sous surveillance jusqu&apos;au {date}</translation>
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
    <name>Import</name>
    <message>
        <source>bring in data from the bank&apos;s systems (supervisors)</source>
        <translation>importer les données des systèmes de la banque (superviseurs)</translation>
    </message>
    <message>
        <source>Bring in data from the bank&apos;s systems.</source>
        <translation>Importe les données des systèmes de la banque.</translation>
    </message>
    <message>
        <source>kinds</source>
        <translation>types</translation>
    </message>
    <message>
        <source>the day&apos;s contracts in arrears (standard CSV layout)</source>
        <translation>les contrats en impayé du jour (format CSV standard)</translation>
    </message>
    <message>
        <source>Import the day&apos;s contracts in arrears: new clients, contracts and cases are created, existing ones updated. The whole file is written in one transaction: a line in error and nothing is written, unless --skip-invalid. Exit status: 0 imported, 1 lines in error, 2 file refused.</source>
        <translation>Importe les contrats en impayé du jour : les nouveaux clients, contrats et dossiers sont créés, les existants mis à jour. Le fichier entier est enregistré en une seule transaction : une ligne en erreur et rien n’est enregistré, sauf avec --skip-invalid. Code de sortie : 0 importé, 1 lignes en erreur, 2 fichier refusé.</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>le fichier CSV</translation>
    </message>
    <message>
        <source>a mapping profile for a bank&apos;s own layout</source>
        <translation>un profil de correspondance pour le format propre à une banque</translation>
    </message>
    <message>
        <source>the file is not the bank&apos;s whole extract: the contracts it lacks have not left</source>
        <translation>le fichier n’est pas l’extraction complète de la banque : les contrats absents ne sont pas sortis</translation>
    </message>
    <message>
        <source>check the file and say what would change, writing nothing</source>
        <translation>vérifier le fichier et dire ce qui changerait, sans rien écrire</translation>
    </message>
    <message>
        <source>import the valid lines and report the others</source>
        <translation>importer les lignes valides et signaler les autres</translation>
    </message>
    <message>
        <source>write the lines in error to this CSV file</source>
        <translation>écrire les lignes en erreur dans ce fichier CSV</translation>
    </message>
    <message>
        <source>the file&apos;s encoding (default: UTF-8 or Windows-1252, found)</source>
        <translation>l&apos;encodage du fichier (par défaut : UTF-8 ou Windows-1252, détecté)</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>au format JSON</translation>
    </message>
    <message>
        <source>{file} was already imported on {date} by {name}: nothing was written</source>
        <translation>{file} a déjà été importé le {date} par {name} : rien n’a été enregistré</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason}</source>
        <translation>ligne {line}, colonne {column} : {reason}</translation>
    </message>
    <message>
        <source>{file}: {lines} lines; created {clients} clients, {contracts} contracts, {cases} cases; updated {updated_clients} clients, {updated_contracts} contracts; {unchanged} unchanged</source>
        <translation>{file} : {lines} lignes ; créés {clients} clients, {contracts} contrats, {cases} dossiers ; mis à jour {updated_clients} clients, {updated_contracts} contrats ; {unchanged} inchangés</translation>
    </message>
    <message>
        <source>{contracts} contracts are no longer in the extract; {cases} cases may be settled</source>
        <translation>{contracts} contrats ne figurent plus dans l’extraction ; {cases} dossiers peuvent être soldés</translation>
    </message>
    <message>
        <source>File refused: {count} lines in error, nothing was written</source>
        <translation>Fichier refusé : {count} lignes en erreur, rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Dry run: nothing was written</source>
        <translation>Simulation : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{count} lines in error were left out</source>
        <translation>{count} lignes en erreur ont été écartées</translation>
    </message>
    <message>
        <source>Balances updated by the import of {file}</source>
        <translation>Soldes mis à jour par l&apos;import de {file}</translation>
    </message>
    <message>
        <source>No longer in the extract {file}: {contracts}</source>
        <translation>Ne figure plus dans l’extraction {file} : {contracts}</translation>
    </message>
    <message>
        <source>No longer in the extract {file}: {contracts}. None of this case&apos;s contracts is in the extract any more: it may be settled.</source>
        <translation>Ne figure plus dans l’extraction {file} : {contracts}. Aucun contrat de ce dossier ne figure plus dans l’extraction : il peut être soldé.</translation>
    </message>
    <message>
        <source>Unknown encoding: {encoding}</source>
        <translation>Encodage inconnu : {encoding}</translation>
    </message>
    <message>
        <source>The file is not written in {encoding}</source>
        <translation>Le fichier n&apos;est pas écrit en {encoding}</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1252: give its --encoding</source>
        <translation>Le fichier n&apos;est ni en UTF-8 ni en Windows-1252 : indiquez son --encoding</translation>
    </message>
    <message>
        <source>No separator in the header line (expected &apos;;&apos;, &apos;,&apos; or a tab)</source>
        <translation>Aucun séparateur dans la ligne d&apos;en-tête (attendu « ; », « , » ou une tabulation)</translation>
    </message>
    <message>
        <source>The column {column} is named twice</source>
        <translation>La colonne {column} est nommée deux fois</translation>
    </message>
    <message>
        <source>Required columns are missing: {columns}</source>
        <translation>Colonnes obligatoires manquantes : {columns}</translation>
    </message>
    <message>
        <source>The file has no header line</source>
        <translation>Le fichier n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>The file cannot be read near line {line}: {reason}</source>
        <translation>Le fichier ne peut pas être lu vers la ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Le fichier {path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>The profile {path} cannot be read: {reason}</source>
        <translation>Le profil {path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>The profile {path} is not valid TOML: {reason}</source>
        <translation>Le profil {path} n’est pas un fichier TOML valide : {reason}</translation>
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
    <name>Keystore</name>
    <message>
        <source>The system keystore cannot be used ({reason}): nothing was changed. Sign in to a desktop session that has one (Windows Credential Manager, the Secret Service), or ask your administrator.</source>
        <translation>Le trousseau du système n&apos;est pas utilisable ({reason}) : rien n&apos;a été modifié. Ouvrez une session de bureau qui en dispose (Gestionnaire d&apos;identification Windows, Secret Service) ou adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The secret {name} in the system keystore is damaged.</source>
        <translation>Le secret {name} du trousseau du système est endommagé.</translation>
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
        <source>Fixed rate</source>
        <translation>Taux fixe</translation>
    </message>
    <message>
        <source>Variable rate</source>
        <translation>Taux variable</translation>
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
        <source>Auditor</source>
        <translation>Auditeur</translation>
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
        <source>Letter sent</source>
        <translation>Courrier envoyé</translation>
    </message>
    <message>
        <source>Letter approved or excluded</source>
        <translation>Courrier approuvé ou écarté</translation>
    </message>
    <message>
        <source>Agreement instalment missed</source>
        <translation>Échéance du protocole manquée</translation>
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
    <message>
        <source>filed</source>
        <translation>déposé</translation>
    </message>
    <message>
        <source>admissible</source>
        <translation>recevable</translation>
    </message>
    <message>
        <source>under a plan</source>
        <translation>sous plan</translation>
    </message>
    <message>
        <source>under imposed measures</source>
        <translation>sous mesures imposées</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
</context>
<context>
    <name>LegalStatusDialog</name>
    <message>
        <source>Overindebtedness and FICP</source>
        <extracomment>A status or a registration is a note in the case&apos;s history and changes the case shown.</extracomment>
        <translation>Surendettement et FICP</translation>
    </message>
    <message>
        <source>Overindebtedness file</source>
        <translation>Dossier de surendettement</translation>
    </message>
    <message>
        <source>Optional: the commission&apos;s decision, a reference…</source>
        <translation>Facultatif : la décision de la commission, une référence…</translation>
    </message>
    <message>
        <source>&amp;Record the status</source>
        <translation>&amp;Enregistrer le statut</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Lodged on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>FICP (Banque de France register of repayment incidents)</source>
        <translation>FICP (fichier des incidents de remboursement de la Banque de France)</translation>
    </message>
    <message>
        <source>The contract and the unpaid instalments</source>
        <translation>Le contrat et les échéances impayées</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Record the re&amp;moval</source>
        <translation>Enregistrer la &amp;radiation</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Removal (arrears paid)</source>
        <translation>Radiation (arriérés réglés)</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Dossier {reference}</translation>
    </message>
    <message>
        <source>No overindebtedness file recorded.</source>
        <translation>Aucun dossier de surendettement enregistré.</translation>
    </message>
    <message>
        <source>Currently {status} since {date} (lodged on {filed})</source>
        <translation>Actuellement {status} depuis le {date} (déposé le {filed})</translation>
    </message>
    <message>
        <source>collection is suspended.</source>
        <translation>le recouvrement est suspendu.</translation>
    </message>
    <message>
        <source>Registered on {date} ({incident})</source>
        <translation>Inscrit le {date} ({incident})</translation>
    </message>
    <message>
        <source>, removed on {date}</source>
        <translation>, radié le {date}</translation>
    </message>
    <message>
        <source>Not registered at the FICP.</source>
        <translation>Non inscrit au FICP.</translation>
    </message>
    <message>
        <source>The file&apos;s status could not be recorded.</source>
        <translation>Le statut du dossier n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The registration could not be recorded.</source>
        <translation>L’inscription n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The removal could not be recorded.</source>
        <translation>La radiation n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Recorded in the case&apos;s history.</source>
        <translation>Enregistré dans l’historique du dossier.</translation>
    </message>
    <message>
        <source>Overindebtedness and &amp;FICP…</source>
        <translation>Surendettement et &amp;FICP…</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Preview</source>
        <extracomment>The letters go out in the bank&apos;s language (as ``letters send-batch`` by default). How wide the page is drawn, in pixels (an A4 page at about 60 dpi).</extracomment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The letter cannot be shown.</source>
        <translation>Le courrier ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>{title}, first page</source>
        <translation>{title}, première page</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>letters to clients: reminders, formal notices, notices</source>
        <translation>courriers aux clients : relances, mises en demeure, avis</translation>
    </message>
    <message>
        <source>Letters to clients, made from the case&apos;s figures.</source>
        <translation>Courriers aux clients, établis à partir des montants du dossier.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>write one letter of a case as a PDF or an e-mail</source>
        <translation>écrire un courrier d&apos;un dossier en PDF ou en e-mail</translation>
    </message>
    <message>
        <source>Write the letter of the given kind for a case, as a PDF (FILE.pdf) or as an e-mail with the PDF attached (FILE.eml). Nothing is sent and nothing is recorded in the case&apos;s journal.</source>
        <translation>Écrit le courrier du type demandé pour un dossier, en PDF (FICHIER.pdf) ou en e-mail avec le PDF joint (FICHIER.eml). Rien n&apos;est envoyé et rien n&apos;est inscrit dans l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>the case reference</source>
        <translation>la référence du dossier</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>le courrier</translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.eml</source>
        <translation>FICHIER.pdf ou FICHIER.eml</translation>
    </message>
    <message>
        <source>the letter&apos;s language (default: the interface language)</source>
        <translation>la langue du courrier (par défaut : celle de l&apos;interface)</translation>
    </message>
    <message>
        <source>the day of the batch, YYYY-MM-DD (default: today)</source>
        <translation>le jour du lot, AAAA-MM-JJ (par défaut : aujourd’hui)</translation>
    </message>
    <message>
        <source>list the letters the escalation policy asks for a day</source>
        <translation>lister les courriers que la politique de relance prévoit pour un jour</translation>
    </message>
    <message>
        <source>List the cases of your branch the escalation policy has a letter for: due, awaiting a supervisor&apos;s approval, or skipped, with the reason.</source>
        <translation>Liste les dossiers de votre agence pour lesquels la politique de relance prévoit un courrier : à envoyer, en attente de l’approbation d’un superviseur, ou écarté, avec le motif.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <source>send the day&apos;s letters: a PDF to print, a gateway CSV</source>
        <translation>envoyer les courriers du jour : un PDF à imprimer, un CSV pour la passerelle</translation>
    </message>
    <message>
        <source>Send the due letters of the day: one PDF to print for the post, one CSV for the e-mail and SMS gateway, and a journal entry per letter. Run again the same day, it sends nothing twice.</source>
        <translation>Envoie les courriers du jour : un PDF à imprimer pour la poste, un CSV pour la passerelle e-mail et SMS, et une entrée d’historique par courrier. Relancé le même jour, il n’envoie rien deux fois.</translation>
    </message>
    <message>
        <source>the folder to write to</source>
        <translation>le dossier où écrire</translation>
    </message>
    <message>
        <source>the letters&apos; language (default: fr)</source>
        <translation>la langue des courriers (par défaut : fr)</translation>
    </message>
    <message>
        <source>approve a letter of the batch (supervisor)</source>
        <translation>approuver un courrier du lot (superviseur)</translation>
    </message>
    <message>
        <source>keep a letter out of the batch, with a reason</source>
        <translation>écarter un courrier du lot, avec un motif</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à envoyer</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en attente d’approbation</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>non dû</translation>
    </message>
    <message>
        <source>{day}: {due} due, {held} awaiting approval, {skipped} skipped</source>
        <translation>{day} : {due} à envoyer, {held} en attente d’approbation, {skipped} écartés</translation>
    </message>
    <message>
        <source>{day}: {sent} letter(s) sent, {held} awaiting approval, {skipped} skipped</source>
        <translation>{day} : {sent} courrier(s) envoyé(s), {held} en attente d’approbation, {skipped} écartés</translation>
    </message>
    <message>
        <source>To print: {path}</source>
        <translation>À imprimer : {path}</translation>
    </message>
    <message>
        <source>For the e-mail and SMS gateway: {path}</source>
        <translation>Pour la passerelle e-mail et SMS : {path}</translation>
    </message>
    <message>
        <source>{kind} of case {case} excluded from {day}</source>
        <translation>{kind} du dossier {case} écarté à partir du {day}</translation>
    </message>
    <message>
        <source>{kind} of case {case} approved on {day}</source>
        <translation>{kind} du dossier {case} approuvé le {day}</translation>
    </message>
    <message>
        <source>The output file must end in .pdf or .eml: {path}</source>
        <translation>Le fichier de sortie doit se terminer par .pdf ou .eml : {path}</translation>
    </message>
    <message>
        <source>{kind} of case {case} written to {path} ({size} bytes)</source>
        <translation>{kind} du dossier {case} écrit dans {path} ({size} octets)</translation>
    </message>
    <message>
        <source>Template {name}, version {version}, effective {effective}</source>
        <translation>Modèle {name}, version {version}, en vigueur le {effective}</translation>
    </message>
    <message>
        <source>SMS text: {segments} segment(s), {encoding}</source>
        <translation>Texte SMS : {segments} segment(s), {encoding}</translation>
    </message>
    <message>
        <source>more than two segments</source>
        <translation>plus de deux segments</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: the file must start with a header between two --- lines</source>
        <translation>Modèle de courrier {name}, ligne {line} : le fichier doit commencer par un en-tête entre deux lignes ---</translation>
    </message>
    <message>
        <source>The case {case} has no pending promise to pay: no {kind} letter.</source>
        <translation>Le dossier {case} n&apos;a pas de promesse de paiement en cours : pas de courrier {kind}.</translation>
    </message>
    <message>
        <source>The case {case} has no repayment agreement: no {kind} letter.</source>
        <translation>Le dossier {case} n&apos;a pas de protocole d&apos;accord : pas de courrier {kind}.</translation>
    </message>
    <message>
        <source>No instalment of the agreement of case {case} has fallen due yet: no {kind} letter.</source>
        <translation>Aucune échéance du protocole du dossier {case} n&apos;est encore échue : pas de courrier {kind}.</translation>
    </message>
    <message>
        <source>The letter template {name} cannot be used: {error}</source>
        <translation>Le modèle de courrier {name} est inutilisable : {error}</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: {error}</source>
        <translation>Modèle de courrier {name}, ligne {line} : {error}</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: unknown placeholder {placeholder}</source>
        <translation>Modèle de courrier {name}, ligne {line} : champ inconnu {placeholder}</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: unknown header line {text}</source>
        <translation>Modèle de courrier {name}, ligne {line} : ligne d&apos;en-tête inconnue {text}</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: no {key} in the header</source>
        <translation>Modèle de courrier {name}, ligne {line} : pas de {key} dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>Letter template {name}, line {line}: the effective date {text} is not a date (YYYY-MM-DD)</source>
        <translation>Modèle de courrier {name}, ligne {line} : la date d&apos;effet {text} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Cannot read the letter template {path}: {error}</source>
        <translation>Impossible de lire le modèle de courrier {path} : {error}</translation>
    </message>
    <message>
        <source>The escalation policy {path} cannot be read: {error}</source>
        <translation>La politique de relance {path} ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <source>No case has the reference {reference}.</source>
        <extracomment>Where the e-mails say they come from when the bank configured nothing.</extracomment>
        <translation>Aucun dossier ne porte la référence {reference}.</translation>
    </message>
    <message>
        <source>The letters of a day to come cannot be sent yet.</source>
        <extracomment>The gateway file&apos;s columns, in order.</extracomment>
        <translation>Les courriers d’un jour à venir ne peuvent pas encore être envoyés.</translation>
    </message>
    <message>
        <source>No letter sent has the SHA-256 {sha256}.</source>
        <translation>Aucun courrier envoyé n’a le SHA-256 {sha256}.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters to send</source>
        <extracomment>What a decision or a sent letter changes: the case&apos;s history and its last contact. The list&apos;s groups, in their order. The list&apos;s columns.</extracomment>
        <translation>Courriers à envoyer</translation>
    </message>
    <message>
        <source>Reading the day&apos;s batch…</source>
        <translation>Lecture du lot du jour…</translation>
    </message>
    <message>
        <source>Select a letter to see it.</source>
        <translation>Sélectionnez un courrier pour le voir.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Exclude…</source>
        <translation>É&amp;carter…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Send the due letters…</source>
        <translation>&amp;Envoyer les courriers dus…</translation>
    </message>
    <message>
        <source>{day}: {due} due, {held} awaiting approval, {skipped} skipped</source>
        <translation>{day} : {due} à envoyer, {held} en attente d’approbation, {skipped} écartés</translation>
    </message>
    <message>
        <source>{kind} for case {case}</source>
        <translation>{kind} pour le dossier {case}</translation>
    </message>
    <message>
        <source>Only a supervisor may approve a letter.</source>
        <translation>Seul un superviseur peut approuver un courrier.</translation>
    </message>
    <message>
        <source>Only a supervisor may send the letters.</source>
        <translation>Seul un superviseur peut envoyer les courriers.</translation>
    </message>
    <message>
        <source>Exclude a letter</source>
        <translation>Écarter un courrier</translation>
    </message>
    <message>
        <source>Why should {case} not receive the {kind}? (required)</source>
        <translation>Pourquoi {case} ne doit-il pas recevoir ce courrier ({kind}) ? (obligatoire)</translation>
    </message>
    <message>
        <source>A reason is required to exclude a letter.</source>
        <translation>Un motif est obligatoire pour écarter un courrier.</translation>
    </message>
    <message>
        <source>{kind} of case {case} excluded.</source>
        <translation>{kind} du dossier {case} écarté.</translation>
    </message>
    <message>
        <source>{kind} of case {case} approved.</source>
        <translation>{kind} du dossier {case} approuvé.</translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation>La décision n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Folder for the day&apos;s letters</source>
        <translation>Dossier des courriers du jour</translation>
    </message>
    <message>
        <source>Sending the due letters…</source>
        <translation>Envoi des courriers dus…</translation>
    </message>
    <message>
        <source>The letters could not be sent.</source>
        <translation>Les courriers n’ont pas pu être envoyés.</translation>
    </message>
    <message>
        <source>Nothing to send: no letter is due.</source>
        <translation>Rien à envoyer : aucun courrier n’est dû.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent.</source>
        <translation>
            <numerusform>%n courrier envoyé.</numerusform>
            <numerusform>%n courriers envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>To print: {path}</source>
        <translation>À imprimer : {path}</translation>
    </message>
    <message>
        <source>For the e-mail and SMS gateway: {path}</source>
        <translation>Pour la passerelle e-mail et SMS : {path}</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à envoyer</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en attente d’approbation</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>non dû</translation>
    </message>
    <message>
        <source>&amp;Letters to send…</source>
        <translation>&amp;Courriers à envoyer…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Locked — {name}</source>
        <translation>Verrouillé — {name}</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — demonstration data</source>
        <translation>{app} — données de démonstration</translation>
    </message>
    <message>
        <source>Opening the cases…</source>
        <translation>Ouverture des dossiers…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Si&amp;mulator</source>
        <translation>Si&amp;mulateur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Entretien</translation>
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
        <source>Agreements to &amp;follow up…</source>
        <translation>Protocoles à &amp;suivre…</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Saisie</translation>
    </message>
    <message>
        <source>Se&amp;ssion</source>
        <translation>&amp;Entretien</translation>
    </message>
    <message>
        <source>&amp;Keep the offer shown</source>
        <translation>&amp;Conserver la proposition affichée</translation>
    </message>
    <message>
        <source>Client &amp;accepts the plan…</source>
        <translation>Le client &amp;accepte le plan…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>The &amp;case</source>
        <translation>Le &amp;dossier</translation>
    </message>
    <message>
        <source>The &amp;simulator</source>
        <translation>Le &amp;simulateur</translation>
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
        <source>Promises updated: {kept} kept, {broken} broken</source>
        <translation>Promesses mises à jour : {kept} tenues, {broken} non tenues</translation>
    </message>
    <message>
        <source>No valid plan on screen to keep.</source>
        <translation>Aucun plan valide à l&apos;écran à conserver.</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Connecté : {name} ({role})</translation>
    </message>
    <message>
        <source>Offer kept in the session.</source>
        <translation>Proposition conservée dans l&apos;entretien.</translation>
    </message>
    <message>
        <source>No valid plan on screen to accept.</source>
        <translation>Aucun plan valide à l&apos;écran à accepter.</translation>
    </message>
    <message>
        <source>No officer: add officers to this database</source>
        <translation>Aucun chargé : ajoutez des chargés à cette base</translation>
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
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>The bank&apos;s directory checks the password</source>
        <translation>L&apos;annuaire de la banque vérifie le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Agence</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>&amp;Premier mot de passe</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>Its owner changes it at the first sign-in (12 characters…).</source>
        <translation>Son titulaire le change à la première connexion (12 caractères…).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>This could not be done.</source>
        <translation>L&apos;opération n&apos;a pas pu aboutir.</translation>
    </message>
    <message>
        <source>{what} The log has the details.</source>
        <translation>{what} Le journal technique en donne le détail.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>{option}: a date YYYY-MM-DD is expected, not {text}</source>
        <translation>{option} : une date AAAA-MM-JJ est attendue, pas {text}</translation>
    </message>
</context>
<context>
    <name>OutcomesExportDialog</name>
    <message>
        <source>Export outcomes</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Without a day, the window ends five minutes ago.</source>
        <translation>Sans date, la période s’arrête il y a cinq minutes.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Where the last export ended</source>
        <translation>Là où le dernier export s’est arrêté</translation>
    </message>
    <message>
        <source>From the day</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Up to the day (excluded)</source>
        <translation>Jusqu’au (exclu)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>The file for the core banking system</source>
        <translation>Le fichier pour le système central de la banque</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>F&amp;ichier</translation>
    </message>
    <message>
        <source>Export files (*.{extension})</source>
        <translation>Fichiers d’export (*.{extension})</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>{rows} events written to {path} (SHA-256 {digest}).</source>
        <translation>{rows} évènements écrits dans {path} (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>E&amp;xport outcomes…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
</context>
<context>
    <name>Overindebtedness</name>
    <message>
        <source>No case has the reference {reference}.</source>
        <translation>Aucun dossier n’a la référence {reference}.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Ce dossier n’existe plus.</translation>
    </message>
    <message>
        <source>{date} is in the future: record only what has happened.</source>
        <translation>Le {date} est dans le futur : n’enregistrez que ce qui a eu lieu.</translation>
    </message>
    <message>
        <source>The open file was lodged on {date}, not another day.</source>
        <translation>Le dossier ouvert a été déposé le {date}, pas un autre jour.</translation>
    </message>
    <message>
        <source>The file&apos;s current status dates from {date}: a change cannot be earlier.</source>
        <translation>Le statut actuel du dossier date du {date} : un changement ne peut pas être antérieur.</translation>
    </message>
    <message>
        <source>The file is already lodged (on {date}): give its next status.</source>
        <translation>Le dossier est déjà déposé (le {date}) : indiquez son statut suivant.</translation>
    </message>
    <message>
        <source>No overindebtedness file is open on this case.</source>
        <translation>Aucun dossier de surendettement n’est ouvert sur ce dossier.</translation>
    </message>
    <message>
        <source>Give the day the file was lodged (--filed-on).</source>
        <translation>Indiquez le jour du dépôt du dossier (--filed-on).</translation>
    </message>
    <message>
        <source>A status cannot come before the file was lodged ({date}).</source>
        <translation>Un statut ne peut pas précéder le dépôt du dossier ({date}).</translation>
    </message>
    <message>
        <source>Say which incident caused the registration.</source>
        <translation>Indiquez l’incident à l’origine de l’inscription.</translation>
    </message>
    <message>
        <source>The incident is described in at most {limit} characters.</source>
        <translation>L’incident est décrit en {limit} caractères au plus.</translation>
    </message>
    <message>
        <source>The client is not registered at the FICP.</source>
        <translation>Le client n’est pas inscrit au FICP.</translation>
    </message>
    <message>
        <source>The registration dates from {date}: it cannot end before.</source>
        <translation>L’inscription date du {date} : elle ne peut pas prendre fin avant.</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>payments received (camt.053, camt.054 or CSV)</source>
        <translation>paiements reçus (camt.053, camt.054 ou CSV)</translation>
    </message>
    <message>
        <source>Import the payments the bank received: a camt.053 statement, a camt.054 notification or a CSV (contract_number;date;amount;reference). Each booked credit is recorded on the case it names; the others wait in the payments to allocate. A statement imported twice adds nothing. The whole file is written in one transaction. Exit status: 0 imported, 2 refused.</source>
        <translation>Importe les paiements reçus par la banque : un relevé camt.053, une notification camt.054 ou un CSV (contract_number;date;amount;reference). Chaque crédit comptabilisé est enregistré sur le dossier qu’il désigne ; les autres attendent parmi les paiements à affecter. Un relevé importé deux fois n’ajoute rien. Le fichier entier est enregistré en une seule transaction. Code de sortie : 0 importé, 2 refusé.</translation>
    </message>
    <message>
        <source>the statement (XML) or CSV file</source>
        <translation>le relevé (XML) ou le fichier CSV</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>en JSON</translation>
    </message>
    <message>
        <source>the payments to allocate (supervisors)</source>
        <translation>les paiements à affecter (superviseurs)</translation>
    </message>
    <message>
        <source>List the payments the import could not match, and allocate them.</source>
        <translation>Liste les paiements que l’import n’a pas pu rapprocher, et les affecte.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>list the payments to allocate</source>
        <translation>lister les paiements à affecter</translation>
    </message>
    <message>
        <source>List the payments to allocate, oldest first.</source>
        <translation>Liste les paiements à affecter, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>put a payment to allocate on a case</source>
        <translation>affecter un paiement à un dossier</translation>
    </message>
    <message>
        <source>Put a payment to allocate on a case: it is recorded as a payment received there, and the decision in the audit trail.</source>
        <translation>Affecte un paiement à un dossier : il y est enregistré comme paiement reçu, et la décision dans la piste d’audit.</translation>
    </message>
    <message>
        <source>the payment&apos;s bank reference</source>
        <translation>la référence bancaire du paiement</translation>
    </message>
    <message>
        <source>the reference of the case</source>
        <translation>la référence du dossier</translation>
    </message>
    <message>
        <source>{file}: {entries} entries; {matched} matched, {unmatched} to allocate, {duplicates} already imported, {reversed} reversed, {ignored} ignored</source>
        <translation>{file} : {entries} écritures ; {matched} rapprochées, {unmatched} à affecter, {duplicates} déjà importées, {reversed} contrepassées, {ignored} ignorées</translation>
    </message>
    <message>
        <source>No payment to allocate.</source>
        <translation>Aucun paiement à affecter.</translation>
    </message>
    <message>
        <source>Payment {reference} of {amount} put on case {case}</source>
        <translation>Paiement {reference} de {amount} affecté au dossier {case}</translation>
    </message>
    <message>
        <source>No case has the reference {reference}.</source>
        <translation>Aucun dossier n’a la référence {reference}.</translation>
    </message>
    <message>
        <source>No payment has the reference {reference}.</source>
        <translation>Aucun paiement n’a la référence {reference}.</translation>
    </message>
    <message>
        <source>The payment {reference} is not waiting to be allocated.</source>
        <translation>Le paiement {reference} n’est pas en attente d’affectation.</translation>
    </message>
    <message>
        <source>This file declares a document type (DTD): a bank statement never does, it is refused.</source>
        <translation>Ce fichier déclare un type de document (DTD) : un relevé bancaire n’en déclare jamais, il est refusé.</translation>
    </message>
    <message>
        <source>This file is not a camt.053 or camt.054 statement ({namespace}).</source>
        <translation>Ce fichier n’est pas un relevé camt.053 ou camt.054 ({namespace}).</translation>
    </message>
    <message>
        <source>Entry {number}: the amount is missing.</source>
        <translation>Écriture {number} : le montant manque.</translation>
    </message>
    <message>
        <source>Entry {number}: the amount {amount} is not valid.</source>
        <translation>Écriture {number} : le montant {amount} n’est pas valide.</translation>
    </message>
    <message>
        <source>Entry {number}: the booking date is missing or wrong.</source>
        <translation>Écriture {number} : la date de comptabilisation manque ou est erronée.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: “{value}” cannot be read. Nothing was imported.</source>
        <translation>Ligne {line}, colonne {column} : « {value} » ne peut pas être lu. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Required columns missing: {columns}</source>
        <translation>Colonnes obligatoires manquantes : {columns}</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}</source>
        <translation>Ce fichier ne peut pas être lu : {reason}</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <source>Payments to allocate</source>
        <extracomment>What an allocation changes: a case&apos;s arrears and history (which case: the service names it by reference only).</extracomment>
        <translation>Paiements à affecter</translation>
    </message>
    <message>
        <source>Reading the payments to allocate…</source>
        <translation>Lecture des paiements à affecter…</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Comptabilisé le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Remittance text</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>Référence bancaire</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Case reference</source>
        <translation>Référence du &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Allocate to this case</source>
        <translation>&amp;Affecter à ce dossier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) to allocate: choose one, type its case&apos;s reference.</source>
        <translation>
            <numerusform>%n paiement à affecter : choisissez-le, saisissez la référence de son dossier.</numerusform>
            <numerusform>%n paiements à affecter : choisissez-en un, saisissez la référence de son dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment is waiting to be allocated.</source>
        <translation>Aucun paiement n’attend d’être affecté.</translation>
    </message>
    <message>
        <source>Names several cases</source>
        <translation>Désigne plusieurs dossiers</translation>
    </message>
    <message>
        <source>Not in euros</source>
        <translation>Pas en euros</translation>
    </message>
    <message>
        <source>Names no case</source>
        <translation>Ne désigne aucun dossier</translation>
    </message>
    <message>
        <source>The payment {reference} was allocated to the case {case}.</source>
        <translation>Le paiement {reference} a été affecté au dossier {case}.</translation>
    </message>
    <message>
        <source>&amp;Payments to allocate…</source>
        <translation>&amp;Paiements à affecter…</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>You made this plan: another supervisor must decide on it.</source>
        <translation>Vous avez établi ce plan : un autre superviseur doit en décider.</translation>
    </message>
    <message>
        <source>Your role does not open cases.</source>
        <translation>Votre rôle ne permet pas d&apos;ouvrir les dossiers.</translation>
    </message>
    <message>
        <source>Your role does not allow working on cases.</source>
        <translation>Votre rôle ne permet pas de traiter les dossiers.</translation>
    </message>
    <message>
        <source>Only a supervisor may approve or reject a plan beyond delegation.</source>
        <translation>Seul un superviseur peut approuver ou refuser un plan hors délégation.</translation>
    </message>
    <message>
        <source>Only a supervisor may reassign cases.</source>
        <translation>Seul un superviseur peut réattribuer des dossiers.</translation>
    </message>
    <message>
        <source>Only a supervisor may import data.</source>
        <translation>Seul un superviseur peut importer des données.</translation>
    </message>
    <message>
        <source>Only a supervisor may allocate payments.</source>
        <translation>Seul un superviseur peut affecter des paiements.</translation>
    </message>
    <message>
        <source>Only a supervisor may export outcomes.</source>
        <translation>Seul un superviseur peut exporter les résultats.</translation>
    </message>
    <message>
        <source>Only a supervisor may send the day&apos;s letters.</source>
        <translation>Seul un superviseur peut envoyer les courriers du jour.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Seul un administrateur peut gérer les utilisateurs.</translation>
    </message>
    <message>
        <source>Only an administrator may change reference data.</source>
        <translation>Seul un administrateur peut modifier les données de référence.</translation>
    </message>
    <message>
        <source>Only an administrator may change the policy.</source>
        <translation>Seul un administrateur peut modifier la politique.</translation>
    </message>
    <message>
        <source>Only an auditor may read the audit trail.</source>
        <translation>Seul un auditeur peut consulter la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Only an auditor may read the access log.</source>
        <translation>Seul un auditeur peut consulter le journal des accès.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the database.</source>
        <translation>Seul un administrateur peut sauvegarder ou restaurer la base de données.</translation>
    </message>
    <message>
        <source>Only an administrator may run the retention job.</source>
        <translation>Seul un administrateur peut lancer la purge de conservation.</translation>
    </message>
    <message>
        <source>No one is signed in with an active account.</source>
        <translation>Personne n&apos;est connecté avec un compte actif.</translation>
    </message>
    <message>
        <source>This case belongs to another branch.</source>
        <translation>Ce dossier relève d&apos;une autre agence.</translation>
    </message>
</context>
<context>
    <name>PortfolioImportDialog</name>
    <message>
        <source>Import a portfolio</source>
        <extracomment>What an import may change: any case&apos;s figures and history.</extracomment>
        <translation>Importer un portefeuille</translation>
    </message>
    <message>
        <source>Choose a file, then check it.</source>
        <translation>Choisissez un fichier, puis vérifiez-le.</translation>
    </message>
    <message>
        <source>The day&apos;s extract of contracts in arrears</source>
        <translation>L’extraction du jour des contrats en impayé</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Standard layout</source>
        <translation>Format standard</translation>
    </message>
    <message>
        <source>Another mapping profile…</source>
        <translation>Un autre profil de correspondance…</translation>
    </message>
    <message>
        <source>Import the valid lines, leave the lines in error</source>
        <translation>Importer les lignes valides, écarter les lignes en erreur</translation>
    </message>
    <message>
        <source>The file is the whole extract: the contracts it lacks have left</source>
        <translation>Le fichier est l’extraction complète : les contrats absents sont sortis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Lines read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>New contracts</source>
        <translation>Nouveaux contrats</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Nouveaux dossiers</translation>
    </message>
    <message>
        <source>Contracts no longer in the extract</source>
        <translation>Contrats sortis de l’extraction</translation>
    </message>
    <message>
        <source>Lines in error</source>
        <translation>Lignes en erreur</translation>
    </message>
    <message>
        <source>Updated clients</source>
        <translation>Clients mis à jour</translation>
    </message>
    <message>
        <source>Updated contracts</source>
        <translation>Contrats mis à jour</translation>
    </message>
    <message>
        <source>Unchanged contracts</source>
        <translation>Contrats inchangés</translation>
    </message>
    <message>
        <source>Cases that may be settled</source>
        <translation>Dossiers pouvant être soldés</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>First lines</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Save the errors…</source>
        <translation>&amp;Enregistrer les erreurs…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Portfolio file</source>
        <translation>Fichier du portefeuille</translation>
    </message>
    <message>
        <source>Extracts (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Extractions (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Mapping profile</source>
        <translation>Profil de correspondance</translation>
    </message>
    <message>
        <source>Profiles (*.toml)</source>
        <translation>Profils (*.toml)</translation>
    </message>
    <message>
        <source>Check the file before importing it.</source>
        <translation>Vérifiez le fichier avant de l’importer.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) in error: correct the file, or import the valid lines only.</source>
        <translation>
            <numerusform>%Ln ligne en erreur : corrigez le fichier, ou n’importez que les lignes valides.</numerusform>
            <numerusform>%Ln lignes en erreur : corrigez le fichier, ou n’importez que les lignes valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no contract.</source>
        <translation>Le fichier ne contient aucun contrat.</translation>
    </message>
    <message>
        <source>{file} is ready to import ({encoding}).</source>
        <translation>{file} est prêt à être importé ({encoding}).</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Import de {file}…</translation>
    </message>
    <message>
        <source>{file} was imported.</source>
        <translation>{file} a été importé.</translation>
    </message>
    <message>
        <source>The file changed since it was checked: nothing was written.</source>
        <translation>Le fichier a changé depuis sa vérification : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>{file} was already imported on {date} by {name}: it cannot be imported twice.</source>
        <translation>{file} a déjà été importé le {date} par {name} : il ne peut pas l’être deux fois.</translation>
    </message>
    <message>
        <source>{reason} Nothing was written.</source>
        <translation>{reason} Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Ce que l’import ferait</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>Ce que l’import a fait</translation>
    </message>
    <message numerus="yes">
        <source>Errors (%Ln)</source>
        <translation>
            <numerusform>Erreurs (%Ln)</numerusform>
            <numerusform>Erreurs (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the errors</source>
        <translation>Enregistrer les erreurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The errors were saved in {path}.</source>
        <translation>Les erreurs ont été enregistrées dans {path}.</translation>
    </message>
    <message>
        <source>&amp;Import a portfolio…</source>
        <translation>&amp;Importer un portefeuille…</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>What was said or done (Ctrl+Return saves)</source>
        <extracomment>What a journal entry changes: the case&apos;s history and its queue columns.</extracomment>
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
        <source>The entry could not be saved.</source>
        <translation>La saisie n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Type the amount promised.</source>
        <translation>Saisissez le montant promis.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>This database is encrypted; its key is kept in this computer&apos;s keystore. Should that keystore lose it (a new computer, the file moved), this recovery key opens the database again. It is shown only now: write it down and keep it apart from this computer.</source>
        <translation>Cette base est chiffrée ; sa clé est conservée dans le trousseau de ce poste. Si ce trousseau la perdait (nouveau poste, fichier déplacé), cette clé de secours ouvrirait de nouveau la base. Elle n&apos;est affichée que maintenant : notez-la et conservez-la à l&apos;écart de ce poste.</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Je l&apos;ai &amp;notée</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>published figures: usury thresholds, legal rates</source>
        <translation>chiffres publiés : seuils d’usure, taux légaux</translation>
    </message>
    <message>
        <source>The dated, cited figures the legal checks read: usury thresholds, legal interest rate, RSA lump sum, seizable-portion scale.</source>
        <translation>Les chiffres datés et sourcés que lisent les contrôles légaux : seuils d’usure, taux de l’intérêt légal, montant forfaitaire du RSA, barème de la quotité saisissable.</translation>
    </message>
    <message>
        <source>each kind, its periods and where it comes from</source>
        <translation>chaque type, ses périodes et sa provenance</translation>
    </message>
    <message>
        <source>the figures of a kind</source>
        <translation>les chiffres d’un type</translation>
    </message>
    <message>
        <source>only the period in force</source>
        <translation>seulement la période en vigueur</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>import a newer file of figures (administrators)</source>
        <translation>importer un fichier de chiffres plus récent (administrateurs)</translation>
    </message>
    <message>
        <source>a TOML file</source>
        <translation>un fichier TOML</translation>
    </message>
    <message>
        <source>{kind}: {periods} periods, {first} to {last} ({origin})</source>
        <translation>{kind} : {periods} périodes, du {first} au {last} ({origin})</translation>
    </message>
    <message>
        <source>KIND: choose one of {choices}</source>
        <translation>KIND : choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>No {kind} known for {date}</source>
        <translation>Aucun {kind} connu pour le {date}</translation>
    </message>
    <message>
        <source>Imported {kind}: {periods} periods, {first} to {last}</source>
        <translation>{kind} importé : {periods} périodes, du {first} au {last}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>personal data past its retention period (administrators)</source>
        <translation>données personnelles au-delà de leur durée de conservation (administrateurs)</translation>
    </message>
    <message>
        <source>What the retention policy asks of closed cases.</source>
        <translation>Ce que la politique de conservation demande pour les dossiers clos.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>anonymise the clients of cases closed too long ago</source>
        <translation>anonymiser les clients des dossiers clos depuis trop longtemps</translation>
    </message>
    <message>
        <source>Anonymise the clients whose cases were all settled or written off longer than the retention period ago: their personal data is cleared, the figures stay, and each case gets an audit event.</source>
        <translation>Anonymise les clients dont tous les dossiers ont été soldés ou passés en perte depuis plus longtemps que la durée de conservation : leurs données personnelles sont effacées, les montants restent, et chaque dossier reçoit un événement d&apos;audit.</translation>
    </message>
    <message>
        <source>list what would be done, change nothing</source>
        <translation>lister ce qui serait fait, sans rien modifier</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>au format JSON</translation>
    </message>
    <message>
        <source>{case}  closed on {closed_on}</source>
        <translation>{case}  clos le {closed_on}</translation>
    </message>
    <message>
        <source>another case of the client is open</source>
        <translation>un autre dossier du client est ouvert</translation>
    </message>
    <message>
        <source>another case of the client is still in its retention period</source>
        <translation>un autre dossier du client est encore dans sa durée de conservation</translation>
    </message>
    <message>
        <source>no stage change says when it was closed</source>
        <translation>aucun changement d&apos;étape n&apos;indique quand il a été clos</translation>
    </message>
    <message>
        <source>{case}  kept: {reason}</source>
        <translation>{case}  conservé : {reason}</translation>
    </message>
    <message>
        <source>{count} case(s) would be anonymised (dry run: nothing changed)</source>
        <translation>{count} dossier(s) seraient anonymisés (simulation : rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <source>{count} case(s) anonymised</source>
        <translation>{count} dossier(s) anonymisé(s)</translation>
    </message>
    <message>
        <source>{count} sealed agreement PDF(s) would be removed (dry run)</source>
        <translation>PDF de protocoles scellés qui seraient supprimés : {count} (simulation)</translation>
    </message>
    <message>
        <source>{count} sealed agreement PDF(s) removed: their SHA-256 stays in the archive</source>
        <translation>PDF de protocoles scellés supprimés : {count} ; leur SHA-256 reste dans l’archive</translation>
    </message>
    <message>
        <source>{count} journal note(s) of these cases are kept: the journal is append-only</source>
        <translation>{count} note(s) du journal de ces dossiers sont conservées : le journal n&apos;admet que des ajouts</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}</source>
        <translation>Impossible de lire le fichier de paramètres {path} : {error}</translation>
    </message>
    <message>
        <source>In {path}, &quot;retention&quot;: &quot;keep_agreement_documents&quot; must be true or false.</source>
        <translation>Dans {path}, « retention » : « keep_agreement_documents » doit valoir true ou false.</translation>
    </message>
</context>
<context>
    <name>ScanPicker</name>
    <message>
        <source>No scan attached</source>
        <translation>Aucun scan joint</translation>
    </message>
    <message>
        <source>Attach &amp;scan…</source>
        <translation>&amp;Joindre le scan…</translation>
    </message>
    <message>
        <source>The returned paper, scanned: PDF, PNG or JPEG, at most {limit} MB</source>
        <translation>L&apos;exemplaire retourné, scanné : PDF, PNG ou JPEG, {limit} Mo au plus</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Scan of the countersigned paper</source>
        <translation>Scan de l&apos;exemplaire contresigné</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;PDF files (*.pdf);;Images (*.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg);;Fichiers PDF (*.pdf);;Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>Impossible de lire {file} : {error}</translation>
    </message>
    <message>
        <source>{file} ({size})</source>
        <translation>{file} ({size})</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
</context>
<context>
    <name>ScenarioCard</name>
    <message>
        <source>Empty: keep the plan on screen here to compare.</source>
        <translation>Vide : gardez ici le plan affiché pour comparer.</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Mensualité</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <source>APR</source>
        <translation>TAEG</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Bring this scenario back into the simulator</source>
        <translation>Reprendre ce scénario dans le simulateur</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>Garder ici</translation>
    </message>
    <message>
        <source>Keep the plan on screen in this card</source>
        <translation>Garder le plan affiché dans cette carte</translation>
    </message>
    <message>
        <source>Scenario {number}</source>
        <translation>Scénario {number}</translation>
    </message>
    <message>
        <source>Effort rate {rate}</source>
        <translation>Taux d&apos;effort {rate}</translation>
    </message>
    <message>
        <source>Needs supervisor approval</source>
        <translation>Accord du superviseur requis</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>À payer</translation>
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
        <source>Overdue spread</source>
        <translation>Impayés étalés</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Capital restant</translation>
    </message>
    <message>
        <source>What the client pays on that date: instalment, insurance and overdue amounts spread or added</source>
        <translation>Ce que le client paie à cette date : mensualité, assurance et impayés étalés ou ajoutés</translation>
    </message>
    <message>
        <source>Overdue amounts spread over the first instalments, interest-free</source>
        <translation>Impayés étalés sur les premières échéances, sans intérêts</translation>
    </message>
</context>
<context>
    <name>Seal</name>
    <message>
        <source>configure the bank&apos;s electronic seal (administrators)</source>
        <translation>configurer le cachet électronique de la banque (administrateurs)</translation>
    </message>
    <message>
        <source>Configure the key that seals the agreements: a PKCS#12 file imported into this installation, or a PKCS#11 token; and a timestamp authority.</source>
        <translation>Configure la clé qui scelle les protocoles : un fichier PKCS#12 importé dans cette installation, ou un jeton PKCS#11 ; et une autorité d&apos;horodatage.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>import the bank&apos;s seal from a PKCS#12 file</source>
        <translation>importer le cachet de la banque depuis un fichier PKCS#12</translation>
    </message>
    <message>
        <source>Import the bank&apos;s seal certificate and key from a PKCS#12 file. Its password is asked (or read as one line of standard input). The key is kept encrypted with a passphrase held by the system keystore; the file itself is not needed afterwards.</source>
        <translation>Importe le certificat et la clé du cachet de la banque depuis un fichier PKCS#12. Son mot de passe est demandé (ou lu sur une ligne de l&apos;entrée standard). La clé est conservée chiffrée avec une phrase secrète gardée par le trousseau du système ; le fichier lui-même n&apos;est plus nécessaire ensuite.</translation>
    </message>
    <message>
        <source>the PKCS#12 file</source>
        <translation>le fichier PKCS#12</translation>
    </message>
    <message>
        <source>seal with a key kept in a PKCS#11 token or HSM</source>
        <translation>sceller avec une clé conservée dans un jeton PKCS#11 ou un HSM</translation>
    </message>
    <message>
        <source>Seal with a key kept in a PKCS#11 token or HSM. The PIN is asked (or read as one line of standard input) and kept in the system keystore.</source>
        <translation>Scelle avec une clé conservée dans un jeton PKCS#11 ou un HSM. Le code PIN est demandé (ou lu sur une ligne de l&apos;entrée standard) et conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>path of the PKCS#11 module</source>
        <translation>chemin du module PKCS#11</translation>
    </message>
    <message>
        <source>the token&apos;s label</source>
        <translation>le libellé du jeton</translation>
    </message>
    <message>
        <source>the key&apos;s label</source>
        <translation>le libellé de la clé</translation>
    </message>
    <message>
        <source>the certificate&apos;s label (default: the key&apos;s)</source>
        <translation>le libellé du certificat (par défaut : celui de la clé)</translation>
    </message>
    <message>
        <source>set the timestamp authority (PAdES B-LT)</source>
        <translation>définir l&apos;autorité d&apos;horodatage (PAdES B-LT)</translation>
    </message>
    <message>
        <source>Set the URL of the RFC 3161 timestamp authority: seals become PAdES B-LT. Without one they are PAdES B-B.</source>
        <translation>Définit l&apos;URL de l&apos;autorité d&apos;horodatage RFC 3161 : les cachets deviennent PAdES B-LT. Sans elle, ils sont PAdES B-B.</translation>
    </message>
    <message>
        <source>the authority&apos;s URL</source>
        <translation>l&apos;URL de l&apos;autorité</translation>
    </message>
    <message>
        <source>no timestamp authority</source>
        <translation>aucune autorité d&apos;horodatage</translation>
    </message>
    <message>
        <source>show the seal in use</source>
        <translation>afficher le cachet utilisé</translation>
    </message>
    <message>
        <source>Seal: the demonstration certificate (not a bank&apos;s seal), PAdES {level}</source>
        <translation>Cachet : le certificat de démonstration (pas un cachet de banque), PAdES {level}</translation>
    </message>
    <message>
        <source>Seal: {subject}, PAdES {level}</source>
        <translation>Cachet : {subject}, PAdES {level}</translation>
    </message>
    <message>
        <source>seal import: cannot read {path}: {error}</source>
        <translation>seal import : impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>Password of the PKCS#12 file: </source>
        <translation>Mot de passe du fichier PKCS#12 : </translation>
    </message>
    <message>
        <source>PIN of the token: </source>
        <translation>Code PIN du jeton : </translation>
    </message>
    <message>
        <source>seal tsa: give a URL or --none</source>
        <translation>seal tsa : indiquez une URL ou --none</translation>
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
        <source>Choose how the session ended.</source>
        <translation>Choisissez l&apos;issue de l&apos;entretien.</translation>
    </message>
    <message>
        <source>The session could not be saved.</source>
        <translation>La séance n&apos;a pas pu être enregistrée.</translation>
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
        <extracomment>What a session&apos;s writes change: the case&apos;s history, its queue columns, the session.</extracomment>
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
        <source>This offer was kept by a newer version of the application (format {n}).</source>
        <translation>Cette offre a été conservée par une version plus récente de l&apos;application (format {n}).</translation>
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
    <name>SignIn</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>No directory is configured to check this account.</source>
        <translation>Aucun annuaire n&apos;est configuré pour vérifier ce compte.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Ce compte est désactivé.</translation>
    </message>
    <message>
        <source>This account is locked until {until}.</source>
        <translation>Ce compte est verrouillé jusqu&apos;à {until}.</translation>
    </message>
    <message>
        <source>This account&apos;s password is kept by the directory.</source>
        <translation>Le mot de passe de ce compte est géré par l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choisissez un mot de passe différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>The directory {url} cannot be reached. Check the network connection, or ask the IT department whether the directory server is running.</source>
        <translation>L&apos;annuaire {url} est injoignable. Vérifiez la connexion réseau ou demandez au service informatique si le serveur d&apos;annuaire fonctionne.</translation>
    </message>
    <message>
        <source>No secure connection could be made to the directory {url}: its certificate is not trusted or does not match its address. Ask the IT department (the certificate authority is set by ca_file in the directory settings).</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec l&apos;annuaire {url} : son certificat n&apos;est pas reconnu ou ne correspond pas à son adresse. Contactez le service informatique (l&apos;autorité de certification se règle par ca_file dans les paramètres de l&apos;annuaire).</translation>
    </message>
    <message>
        <source>The directory account {login} is in none of the groups that give access to this application ({groups}). Ask an administrator to add it to one of them.</source>
        <translation>Le compte d&apos;annuaire {login} n&apos;appartient à aucun des groupes qui donnent accès à cette application ({groups}). Demandez à un administrateur de l&apos;y ajouter.</translation>
    </message>
    <message>
        <source>The directory {url} refused the service account {bind_dn}. Check bind_dn and bind_password in the directory settings.</source>
        <translation>L&apos;annuaire {url} a refusé le compte de service {bind_dn}. Vérifiez bind_dn et bind_password dans les paramètres de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>The directory {url} refused to search {base} ({reason}). Check the directory settings.</source>
        <translation>L&apos;annuaire {url} a refusé la recherche dans {base} ({reason}). Vérifiez les paramètres de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>The directory settings {path} cannot be read: {reason}</source>
        <translation>Les paramètres de l&apos;annuaire {path} sont illisibles : {reason}</translation>
    </message>
    <message>
        <source>The directory settings {path} are not valid TOML: {reason}</source>
        <translation>Les paramètres de l&apos;annuaire {path} ne sont pas du TOML valide : {reason}</translation>
    </message>
    <message>
        <source>The directory settings {path} lack {key}.</source>
        <translation>Il manque {key} dans les paramètres de l&apos;annuaire {path}.</translation>
    </message>
    <message>
        <source>The directory settings {path} have an unknown key {key}.</source>
        <translation>Les paramètres de l&apos;annuaire {path} contiennent une clé inconnue {key}.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must be a non-empty text.</source>
        <translation>Dans les paramètres de l&apos;annuaire {path}, {key} doit être un texte non vide.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must be true or false.</source>
        <translation>Dans les paramètres de l&apos;annuaire {path}, {key} doit valoir true ou false.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must be a number of seconds above zero.</source>
        <translation>Dans les paramètres de l&apos;annuaire {path}, {key} doit être un nombre de secondes supérieur à zéro.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must be an ldap:// or ldaps:// address with a server name (found {value}).</source>
        <translation>Dans les paramètres de l&apos;annuaire {path}, {key} doit être une adresse ldap:// ou ldaps:// avec un nom de serveur (trouvé : {value}).</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} applies to ldap:// addresses only: an ldaps:// address is encrypted already.</source>
        <translation>Dans les paramètres de l&apos;annuaire {path}, {key} ne s&apos;applique qu&apos;aux adresses ldap:// : une adresse ldaps:// est déjà chiffrée.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must contain {placeholder}.</source>
        <translation>Dans les paramètres de l&apos;annuaire {path}, {key} doit contenir {placeholder}.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, give either {key}, or search_base with search_filter (not both).</source>
        <translation>Dans les paramètres de l&apos;annuaire {path}, indiquez soit {key}, soit search_base avec search_filter (pas les deux).</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} must list groups and their roles, as in {{ group = &quot;recouvrement-officers&quot;, role = &quot;officer&quot; }}.</source>
        <translation>Dans les paramètres de l&apos;annuaire {path}, {key} doit énumérer des groupes et leurs rôles, comme {{ group = &quot;recouvrement-officers&quot;, role = &quot;officer&quot; }}.</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key} names an unknown role {value} (known: {roles}).</source>
        <translation>Dans les paramètres de l&apos;annuaire {path}, {key} nomme un rôle inconnu {value} (connus : {roles}).</translation>
    </message>
    <message>
        <source>In the directory settings {path}, {key}: the file {value} does not exist.</source>
        <translation>Dans les paramètres de l&apos;annuaire {path}, {key} : le fichier {value} n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in to open the cases of your branch.</source>
        <translation>Connectez-vous pour ouvrir les dossiers de votre agence.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Demonstration database: sign in as {accounts} (their roles), password: demo.</source>
        <translation>Base de démonstration : connectez-vous en tant que {accounts} (leurs rôles), mot de passe : demo.</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Tablette de signature</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Signez ici</translation>
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
        <source>also run the legal checks (usury on the start date, benchmarks)</source>
        <translation>exécuter aussi les contrôles légaux (usure à la date de début, repères)</translation>
    </message>
    <message>
        <source>kind of credit for the usury category with --check (default: consumer)</source>
        <translation>type de crédit pour la catégorie d’usure avec --check (par défaut : consumer)</translation>
    </message>
    <message>
        <source>{option}: a whole number is expected, not {text}</source>
        <translation>{option} : un nombre entier est attendu, et non {text}</translation>
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
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Usury threshold ({category}, {start} to {end}): {threshold}</source>
        <translation>Seuil d’usure ({category}, du {start} au {end}) : {threshold}</translation>
    </message>
    <message>
        <source>BLOCKING</source>
        <translation>BLOQUANT</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <source>--category goes with --check</source>
        <translation>--category s’utilise avec --check</translation>
    </message>
</context>
<context>
    <name>SimulatorActions</name>
    <message>
        <source>&amp;Proposals</source>
        <translation>&amp;Propositions</translation>
    </message>
    <message>
        <source>Fill the three scenarios with the engine&apos;s affordable plans</source>
        <translation>Remplir les trois scénarios avec les plans supportables calculés</translation>
    </message>
    <message>
        <source>&amp;Client view</source>
        <translation>Vue &amp;client</translation>
    </message>
    <message>
        <source>Show the plan to the client, in large type</source>
        <translation>Montrer le plan au client, en grands caractères</translation>
    </message>
</context>
<context>
    <name>SimulatorInputs</name>
    <message>
        <source>Number of &amp;instalments</source>
        <translation>Nombre d&apos;&amp;échéances</translation>
    </message>
    <message>
        <source>&amp;Target instalment</source>
        <translation>Mensualité &amp;visée</translation>
    </message>
    <message>
        <source> inst.</source>
        <translation> éch.</translation>
    </message>
    <message>
        <source>Interest only</source>
        <translation>Intérêts seuls</translation>
    </message>
    <message>
        <source>Nothing paid (capitalized)</source>
        <translation>Rien à payer (intérêts capitalisés)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Rate and calendar</source>
        <translation>Taux et calendrier</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Taux</translation>
    </message>
    <message>
        <source>&amp;Grace</source>
        <translation>&amp;Différé</translation>
    </message>
    <message>
        <source>&amp;Down payment</source>
        <translation>&amp;Apport</translation>
    </message>
    <message>
        <source>&amp;First due date</source>
        <translation>&amp;Première échéance</translation>
    </message>
    <message>
        <source>Overdue amounts</source>
        <translation>Sommes impayées</translation>
    </message>
    <message>
        <source>Arrears: {amount}</source>
        <translation>Échéances impayées : {amount}</translation>
    </message>
    <message>
        <source>Late interest: {amount}</source>
        <translation>Intérêts de retard : {amount}</translation>
    </message>
    <message>
        <source>Fees and penalties: {amount}</source>
        <translation>Frais et pénalités : {amount}</translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <source>Current contract and proposed plan</source>
        <translation>Contrat actuel et plan proposé</translation>
    </message>
    <message>
        <source>Affordability</source>
        <translation>Capacité de remboursement</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Aucun dossier sélectionné</translation>
    </message>
    <message>
        <source>Case {reference} · contract {contract} · {total} owed</source>
        <translation>Dossier {reference} · contrat {contract} · {total} dus</translation>
    </message>
    <message>
        <source>{error} — the plan shown is the last valid one.</source>
        <translation>{error} — le plan affiché est le dernier valide.</translation>
    </message>
    <message>
        <source>No income on file: the proposals are sized from the client&apos;s budget.</source>
        <translation>Aucun revenu connu : les propositions sont calculées à partir du budget du client.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>add, list and disable the accounts that sign in</source>
        <translation>ajouter, lister et désactiver les comptes qui se connectent</translation>
    </message>
    <message>
        <source>The accounts that sign in, and their roles.</source>
        <translation>Les comptes qui se connectent, et leurs rôles.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>ajouter un compte</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>agence</translation>
    </message>
    <message>
        <source>the password is checked by the bank&apos;s directory</source>
        <translation>le mot de passe est vérifié par l&apos;annuaire de la banque</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>lister les comptes</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>au format JSON</translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation>désactiver un compte</translation>
    </message>
    <message>
        <source>give a new first password (to change at the next sign-in)</source>
        <translation>donner un nouveau mot de passe provisoire (à changer à la prochaine connexion)</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>Confirmation : </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>The first account is a local administrator.</source>
        <translation>Le premier compte est un administrateur local.</translation>
    </message>
    <message>
        <source>First administrator {login} added.</source>
        <translation>Premier administrateur {login} ajouté.</translation>
    </message>
    <message>
        <source>Account {login} added.</source>
        <translation>Compte {login} ajouté.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <source>Account {login} disabled.</source>
        <translation>Compte {login} désactivé.</translation>
    </message>
    <message>
        <source>Account {login}: a new password to change.</source>
        <translation>Compte {login} : un nouveau mot de passe à changer.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>New first &amp;password…</source>
        <translation>Nouveau mot de passe &amp;provisoire…</translation>
    </message>
    <message>
        <source>Bank directory</source>
        <translation>Annuaire de la banque</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Verrouillé jusqu&apos;au {time}</translation>
    </message>
    <message>
        <source>Password to change</source>
        <translation>Mot de passe à changer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Account {login} added.</source>
        <translation>Compte {login} ajouté.</translation>
    </message>
    <message>
        <source>Account {login} disabled.</source>
        <translation>Compte {login} désactivé.</translation>
    </message>
    <message>
        <source>New first password for {login}</source>
        <translation>Nouveau mot de passe provisoire pour {login}</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>&amp;Premier mot de passe</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>Account {login}: a new password to change.</source>
        <translation>Compte {login} : un nouveau mot de passe à changer.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>WarningsView</name>
    <message>
        <source>Needs supervisor approval</source>
        <translation>Accord du superviseur requis</translation>
    </message>
    <message>
        <source>Cannot be offered as it stands</source>
        <translation>Ne peut pas être proposé en l&apos;état</translation>
    </message>
    <message>
        <source>No warning: within the rules and your delegation.</source>
        <translation>Aucune alerte : dans les règles et dans votre délégation.</translation>
    </message>
    <message>
        <source>{warning} (needs approval)</source>
        <translation>{warning} (accord requis)</translation>
    </message>
</context>
<context>
    <name>WindowAccess</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>No one is signed in.</source>
        <translation>Personne n&apos;est connecté.</translation>
    </message>
    <message>
        <source>The password could not be checked.</source>
        <translation>Le mot de passe n&apos;a pas pu être vérifié.</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>The password could not be checked. The log has the details.</source>
        <translation>Le mot de passe n&apos;a pas pu être vérifié. Le journal technique en donne le détail.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
</context>
</TS>
