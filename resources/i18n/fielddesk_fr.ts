<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+86"/>
        <source>FieldDesk did not close cleanly last time: it checks the cache before it opens. A large cache can take a minute.</source>
        <translation>FieldDesk ne s&apos;est pas fermé correctement la dernière fois : il vérifie le cache avant de s&apos;ouvrir. Un grand cache peut prendre une minute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FieldDesk upgrades the cache for this version, after keeping a copy of it. A large cache can take a minute.</source>
        <translation>FieldDesk met le cache à niveau pour cette version, après en avoir gardé une copie. Un grand cache peut prendre une minute.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The cache {file} is damaged ({problem}). Nothing in it was changed.

FieldDesk can keep it under a new name and start with a new cache, which takes over the changes waiting to be sent and the unsaved forms still readable in it.</source>
        <translation>Le cache {file} est endommagé ({problem}). Rien n’y a été modifié.

FieldDesk peut le conserver sous un autre nom et démarrer avec un nouveau cache, qui reprend les modifications en attente d’envoi et les formulaires non enregistrés encore lisibles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>FieldDesk cannot start</source>
        <translation>FieldDesk ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Move it aside and start a new cache</source>
        <translation>La mettre de côté et commencer un nouveau cache</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged cache is kept as {file}. FieldDesk starts with a new cache and fills it at the next sync.</source>
        <translation>Le cache endommagé est conservé sous {file}. FieldDesk démarre avec un nouveau cache et le remplit à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes that were waiting in it, queued again: {count}.</source>
        <translation>Modifications qui y attendaient, remises en file d’attente : {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved forms, kept: {count}.</source>
        <translation>Formulaires non enregistrés, conservés : {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some changes waiting in it could not be read ({problem}). The file is kept: &apos;fielddesk outbox export --from {file}&apos; may read them later.</source>
        <translation>Certaines modifications qui y attendaient n’ont pas pu être lues ({problem}). Le fichier est conservé : &apos;fielddesk outbox export --from {file}&apos; pourra peut-être les lire plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable: {count}</source>
        <translation>illisibles : {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new cache</source>
        <translation>Un nouveau cache</translation>
    </message>
</context>
<context>
    <name>ApplianceDetail</name>
    <message>
        <location filename="../../ui/panes/appliances.py" line="+69"/>
        <source>Show empty fields</source>
        <translation>Afficher les champs vides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the fields Pro+ knows but that are not filled in</source>
        <translation>Afficher aussi les champs que Pro+ connaît mais qui ne sont pas remplis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appliance&apos;s fields</source>
        <translation>Les champs de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New work order…</source>
        <translation>Nouvel ordre de travail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Create a Pro+ work order for this appliance</source>
        <translation>Créer un ordre de travail Pro+ pour cet appareil</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+8"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This appliance is not in Pro+ yet: sync first</source>
        <translation>Cet appareil n&apos;est pas encore dans Pro+ : synchronisez d&apos;abord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client: {client}</source>
        <translation>Client : {client}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling</source>
        <translation>Froid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condensers</source>
        <translation>Condenseurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condenser {number}</source>
        <translation>Condenseur {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaporators (verdampers)</source>
        <translation>Évaporateurs (verdampers)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaporator {number}</source>
        <translation>Évaporateur {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressors</source>
        <translation>Compresseurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compressor {number}</source>
        <translation>Compresseur {number}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
    </message>
</context>
<context>
    <name>ApplianceTableModel</name>
    <message>
        <location filename="../../ui/models/appliances.py" line="+28"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>AppliancesPane</name>
    <message>
        <location filename="../../ui/panes/appliances.py" line="+55"/>
        <source>Filter by client, appliance, make, year, kind or region</source>
        <translation>Filtrer par client, appareil, marque, année, type ou région</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an appliance to see all its fields.</source>
        <translation>Sélectionnez un appareil pour voir tous ses champs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appliances yet: they come with their clients from Pro+ at the next sync.</source>
        <translation>Pas encore d’appareils : ils arrivent avec leurs clients depuis Pro+ à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appliance matches “{filter}”.</source>
        <translation>Aucun appareil ne correspond à « {filter} ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{shown} of {total} appliances</source>
        <translation>{shown} sur {total} appareils</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <location filename="../../ui/models/slots.py" line="+124"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../ui/panes/slots.py" line="+91"/>
        <source>Cancel sales order {order}</source>
        <translation>Annuler la commande client {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling deletes the order&apos;s open visits at Totalmobile. The cancellation waits in the outbox until it is sent.</source>
        <translation>L&apos;annulation supprime les visites ouvertes de la commande chez Totalmobile. Elle attend dans la boîte d&apos;envoi jusqu&apos;à son envoi.</translation>
    </message>
</context>
<context>
    <name>CertificateDetail</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="+166"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certified on</source>
        <translation>Date de certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next certification</source>
        <translation>Prochaine certification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ ids</source>
        <translation>ID Pro+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetched</source>
        <translation>Récupérée le</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+60"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Pro+ lists no files for this certificate.</source>
        <translation>Pro+ ne mentionne aucun fichier pour cette attestation.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Certificate {id}</source>
        <translation>Attestation {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate {certificate} · client {client} · appliance {appliance}</source>
        <translation>attestation {certificate} · client {client} · appareil {appliance}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Files ({downloaded} of {total} downloaded)</source>
        <translation>Fichiers ({downloaded} sur {total} téléchargés)</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <location filename="../../ui/models/certificates.py" line="+61"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next certification</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro+ id</source>
        <translation>ID Pro+</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Pro+ lists no files for this certificate</source>
        <translation>Pro+ ne mentionne aucun fichier pour cette attestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{downloaded} of {total} files downloaded</source>
        <translation>{downloaded} fichiers sur {total} téléchargés</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../app/services/certificates.py" line="+118"/>
        <source>the range ends ({to}) before it starts ({begin})</source>
        <translation>la période se termine ({to}) avant de commencer ({begin})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>give a work order number</source>
        <translation>indiquez un numéro d&apos;ordre de travail</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no certificate file {file_id} in the cache (fetch its certificate first; `fielddesk certificates list` shows the cached ones)</source>
        <translation>aucun fichier d&apos;attestation {file_id} dans le cache (récupérez d&apos;abord son attestation ; `fielddesk certificates list` montre celles du cache)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot save the file in {folder} ({reason})</source>
        <translation>impossible d&apos;enregistrer le fichier dans {folder} ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file was saved but the cache could not record it ({reason})</source>
        <translation>le fichier est enregistré, mais le cache n&apos;a pas pu le noter ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificates.py" line="-95"/>
        <source>Periodic</source>
        <translation>Périodique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>CertificatesPane</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="+125"/>
        <source>Fetch…</source>
        <translation>Récupérer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch certificates from Pro+ by date range or work order number</source>
        <translation>Récupérer des attestations depuis Pro+ par période ou numéro d&apos;ordre de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download selected</source>
        <translation>Télécharger la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download every file of the selected certificates (Ctrl+click or Shift+click selects several)</source>
        <translation>Télécharger tous les fichiers des attestations sélectionnées (Ctrl+clic ou Maj+clic en sélectionne plusieurs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open downloads folder</source>
        <translation>Ouvrir le dossier des téléchargements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro+ inspection certificates. A sync brings the recent ones; “Fetch…” adds others by date range or work order.</source>
        <translation>Attestations de contrôle Pro+. Une synchronisation apporte les récentes ; « Récupérer… » en ajoute d&apos;autres par période ou ordre de travail.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Files not downloaded</source>
        <translation>Fichiers non téléchargés</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Filter by client, appliance, type, work order, id or file name</source>
        <translation>Filtrer par client, appareil, type, ordre de travail, ID ou nom de fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No certificate selected.</source>
        <translation>Aucune attestation sélectionnée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} certificates</source>
        <translation>{shown} sur {total} attestations</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No certificates yet: sync, or fetch a date range from Pro+ with “Fetch…”.</source>
        <translation>Pas encore d&apos;attestations : synchronisez, ou récupérez une période depuis Pro+ avec « Récupérer… ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No certificate matches “{filter}”.</source>
        <translation>Aucune attestation ne correspond à « {filter} ».</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Asking Pro+ for the certificates of work order {number}…</source>
        <translation>Demande à Pro+ des attestations de l&apos;ordre de travail {number}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking Pro+ for the certificates from {start} to {end}…</source>
        <translation>Demande à Pro+ des attestations du {start} au {end}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fetching certificates</source>
        <translation>La récupération des attestations</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pro+ could not give the certificates: {error}</source>
        <translation>Pro+ n&apos;a pas pu fournir les attestations : {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pro+ has no certificates for work order {number}.</source>
        <translation>Pro+ n&apos;a aucune attestation pour l&apos;ordre de travail {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro+ has no certificates from {start} to {end}.</source>
        <translation>Pro+ n&apos;a aucune attestation du {start} au {end}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates fetched from Pro+: {count}.</source>
        <translation>Attestations récupérées depuis Pro+ : {count}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every file of the selected certificates is downloaded already.</source>
        <translation>Tous les fichiers des attestations sélectionnées sont déjà téléchargés.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Downloading certificates</source>
        <translation>Le téléchargement des attestations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was downloaded: {error}</source>
        <translation>Rien n&apos;a été téléchargé : {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Files downloaded: {landed} of {total}.</source>
        <translation>Fichiers téléchargés : {landed} sur {total}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files downloaded: {landed} of {total}. Not downloaded: {failed} (reasons below).</source>
        <translation>Fichiers téléchargés : {landed} sur {total}. Non téléchargés : {failed} (raisons ci-dessous).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (certificate {certificate}): {error}</source>
        <translation>{name} (attestation {certificate}) : {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Downloading {done} of {total}…</source>
        <translation>Téléchargement : {done} sur {total}…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Downloading “{name}”…</source>
        <translation>Téléchargement de « {name} »…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading a file</source>
        <translation>Le téléchargement d&apos;un fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” downloaded.</source>
        <translation>« {name} » téléchargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” could not be downloaded: {error}</source>
        <translation>« {name} » n&apos;a pas pu être téléchargé : {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is not on disk (any more): download it again.</source>
        <translation>Le fichier n&apos;est pas (plus) sur le disque : téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The downloads folder {path} cannot be created: {error}</source>
        <translation>Le dossier des téléchargements {path} ne peut pas être créé : {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No application could open {path}.</source>
        <translation>Aucune application n&apos;a pu ouvrir {path}.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/charts.py" line="+149"/>
        <source>Time (local)</source>
        <translation>Heure (locale)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point at the chart to read its values, or step through them with Left and Right; scroll to zoom, drag to pan.</source>
        <translation>Pointez le graphique pour lire ses valeurs, ou parcourez-les avec Gauche et Droite ; faites défiler pour zoomer, glissez pour déplacer.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Temperature (°C)</source>
        <translation>Température (°C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature and set point over time</source>
        <translation>Température et consigne dans le temps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set point</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+123"/>
        <source>No values in this period.</source>
        <translation>Aucune valeur pour cette période.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>From {start} to {end}.</source>
        <translation>Du {start} au {end}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature: lowest {low} °C, highest {high} °C, last {last} °C.</source>
        <translation>Température : minimum {low} °C, maximum {high} °C, dernière {last} °C.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set point: lowest {low} °C, highest {high} °C, last {last} °C.</source>
        <translation>Consigne : minimum {low} °C, maximum {high} °C, dernière {last} °C.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>temperature</source>
        <translation>température</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set point</source>
        <translation>consigne</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy used per period</source>
        <translation>Énergie consommée par période</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Energy ({unit} per {period})</source>
        <translation>Énergie ({unit} par {period})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} bars, one per {period}, from {start}: {total} {unit} in all; the most, {top} {unit}, from {top_start}.</source>
        <translation>{count} barres, une par {period}, à partir du {start} : {total} {unit} au total ; le plus, {top} {unit}, à partir du {top_start}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{period} from {start}: {value} {unit}</source>
        <translation>{period} à partir du {start} : {value} {unit}</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <location filename="../../ui/panes/clients.py" line="+41"/>
        <location line="+4"/>
        <source>Appliances</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click an appliance to see all its details</source>
        <translation>Double-cliquez sur un appareil pour voir tous ses détails</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appliances ({count})</source>
        <translation>Appareils ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No appliances</source>
        <translation>Aucun appareil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>box {number}</source>
        <translation>boîte {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No address</source>
        <translation>Pas d&apos;adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone: {number}</source>
        <translation>Téléphone : {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail: {address}</source>
        <translation>E-mail : {address}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pro+ id: {id}</source>
        <translation>ID Pro+ : {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet in Pro+</source>
        <translation>Pas encore dans Pro+</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../ui/forms/checks.py" line="+80"/>
        <source>{field}: choose one of the listed values</source>
        <translation>{field} : choisissez une des valeurs proposées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} is required</source>
        <translation>{field} est obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} {problem}</source>
        <translation>{field} {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="+148"/>
        <source>calculated by Pro+</source>
        <translation>calculé par Pro+</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Other value: {value}</source>
        <translation>Autre valeur : {value}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/layout.py" line="+36"/>
        <location filename="../../ui/forms/pages.py" line="+213"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region-specific details</source>
        <translation>Données propres à la région</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heating appliance</source>
        <translation>Appareil de chauffage</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Visit and installation</source>
        <translation>Visite et installation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heating system</source>
        <translation>Système de chauffage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use, connection and fuel</source>
        <translation>Usage, raccordement et combustible</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+14"/>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+12"/>
        <location line="+15"/>
        <source>Burner</source>
        <translation>Brûleur</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Appliance type and fuel</source>
        <translation>Type d&apos;appareil et combustible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quality labels</source>
        <translation>Labels de qualité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client at the installation</source>
        <translation>Client de l&apos;installation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fuel</source>
        <translation>Combustible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Central heating</source>
        <translation>Chauffage central</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cooling appliance</source>
        <translation>Appareil frigorifique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refrigerant and installation</source>
        <translation>Réfrigérant et installation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filled in by Pro+</source>
        <translation>Rempli par Pro+</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yyyy</source>
        <translation>aaaa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Condenser</source>
        <translation>Condenseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condensers</source>
        <translation>Condenseurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaporator</source>
        <translation>Évaporateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaporators (verdampers)</source>
        <translation>Évaporateurs (verdampers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compressor</source>
        <translation>Compresseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compressors</source>
        <translation>Compresseurs</translation>
    </message>
    <message>
        <location filename="../../ui/forms/pages.py" line="-129"/>
        <source>Same address as client</source>
        <translation>Même adresse que le client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the client&apos;s address for this appliance and keep it up to date when the client&apos;s address changes.</source>
        <translation>Utiliser l&apos;adresse du client pour cet appareil et la tenir à jour quand l&apos;adresse du client change.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The client as Pro+ knows it. Region-specific details only matter for clients in that region.</source>
        <translation>Le client tel que Pro+ le connaît. Les données propres à une région ne concernent que les clients de cette région.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client: {name}</source>
        <translation>Client : {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Taken from the client&apos;s address; untick &quot;Same address as client&quot; to change it.</source>
        <translation>Repris de l&apos;adresse du client ; décochez « Même adresse que le client » pour la modifier.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>General heating appliance fields, then the fields of the appliance&apos;s region. Changing the region shows that region&apos;s fields.</source>
        <translation>Champs généraux de l&apos;appareil de chauffage, puis ceux de la région de l&apos;appareil. Changer la région affiche les champs de cette région.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Region-specific fields</source>
        <translation>Champs propres à la région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the appliance&apos;s region above to fill in the fields Pro+ asks for in Brussels, Flanders or Wallonia.</source>
        <translation>Choisissez ci-dessus la région de l&apos;appareil pour remplir les champs que Pro+ demande à Bruxelles, en Flandre ou en Wallonie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{region}: region-specific fields</source>
        <translation>{region} : champs propres à la région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields Pro+ asks for heating appliances in {region}.</source>
        <translation>Champs que Pro+ demande pour les appareils de chauffage en région {region}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heating: {name}</source>
        <translation>Chauffage : {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New heating appliance</source>
        <translation>Nouvel appareil de chauffage</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add {part}</source>
        <translation>Ajouter : {part}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None yet.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{part} {number}</source>
        <translation>{part} {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {part}</source>
        <translation>Supprimer : {part}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cooling appliance fields, then its condensers, evaporators and compressors.</source>
        <translation>Champs de l&apos;appareil frigorifique, puis ses condenseurs, évaporateurs et compresseurs.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cooling: {name}</source>
        <translation>Froid : {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cooling appliance</source>
        <translation>Nouvel appareil frigorifique</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <location filename="../../ui/forms/client_form.py" line="+162"/>
        <source>Correct the rejected change: {name}</source>
        <translation>Corriger la modification refusée : {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit client: {name}</source>
        <translation>Modifier le client : {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add heating appliance</source>
        <translation>Ajouter un appareil de chauffage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add cooling appliance</source>
        <translation>Ajouter un appareil frigorifique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove appliance…</source>
        <translation>Supprimer l&apos;appareil…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Remove appliance</source>
        <translation>Supprimer l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}” from this client? What you entered for it in this form is lost.</source>
        <translation>Supprimer « {name} » de ce client ? Ce que vous avez saisi pour lui dans ce formulaire sera perdu.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Fix this before saving: {message} ({where}).</source>
        <translation>Corrigez ceci avant d&apos;enregistrer : {message} ({where}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix {count} fields before saving. First: {message} ({where}).</source>
        <translation>Corrigez {count} champs avant d&apos;enregistrer. Premier : {message} ({where}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro+ may refuse values this form does not show: {problems}</source>
        <translation>Pro+ peut refuser des valeurs que ce formulaire n&apos;affiche pas : {problems}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/models/clients.py" line="+27"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appliances</source>
        <translation>Appareils</translation>
    </message>
</context>
<context>
    <name>ClientsPane</name>
    <message>
        <location filename="../../ui/panes/clients.py" line="+45"/>
        <source>Filter by name, city, postal code, phone, e-mail or address</source>
        <translation>Filtrer par nom, localité, code postal, téléphone, e-mail ou adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a client to see the address and appliances.</source>
        <translation>Sélectionnez un client pour voir son adresse et ses appareils.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No clients yet: sync to fetch them from Pro+, or add one with “New client”.</source>
        <translation>Pas encore de clients : synchronisez pour les récupérer depuis Pro+, ou ajoutez-en un avec « Nouveau client ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No client matches “{filter}”.</source>
        <translation>Aucun client ne correspond à « {filter} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} clients</source>
        <translation>{shown} sur {total} clients</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ A change to this client was rejected: {error}</source>
        <translation>⚠ Une modification de ce client a été refusée : {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes to this client are waiting to be sent.</source>
        <translation>Des modifications de ce client attendent d&apos;être envoyées.</translation>
    </message>
</context>
<context>
    <name>ClimatePanel</name>
    <message>
        <location filename="../../ui/panes/heatpumps.py" line="+42"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>Climate controllers</source>
        <translation>Régulateurs de climat</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+143"/>
        <source>Set point</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Permanent (otherwise until the next schedule point)</source>
        <translation>Permanente (sinon jusqu&apos;au prochain changement programmé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change set point</source>
        <translation>Modifier la consigne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New set point</source>
        <translation>Nouvelle consigne</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch what the cache does not hold yet</source>
        <translation>Récupérer ce que le cache ne contient pas encore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy meter</source>
        <translation>Compteur d&apos;énergie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Temperature and set point</source>
        <translation>Température et consigne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy use</source>
        <translation>Consommation d&apos;énergie</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Latest failures ({count} failing)</source>
        <translation>Dernières défaillances ({count} en panne)</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>Latest failures</source>
        <translation>Dernières défaillances</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a controller to change its set point.</source>
        <translation>Sélectionnez un régulateur pour modifier sa consigne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⧗ Waiting to be sent to myBeNext (see the outbox).</source>
        <translation>⧗ En attente d&apos;envoi à myBeNext (voir la boîte d&apos;envoi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⧗ Waiting for the device: it applies the set point when it next wakes up.</source>
        <translation>⧗ En attente de l&apos;appareil : il appliquera la consigne à son prochain réveil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ The device has the set point.</source>
        <translation>✓ L&apos;appareil a reçu la consigne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device has not confirmed its set point yet.</source>
        <translation>L&apos;appareil n&apos;a pas encore confirmé sa consigne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ myBeNext refused the last change: {error}</source>
        <translation>✗ myBeNext a refusé la dernière modification : {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending the set point</source>
        <translation>Envoi de la consigne</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Fetching…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching history</source>
        <translation>Récupération de l&apos;historique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shown from the cache: myBeNext could not be reached ({error}).</source>
        <translation>Affiché depuis le cache : myBeNext était injoignable ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to date.</source>
        <translation>À jour.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="+38"/>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condensers</source>
        <translation>Condenseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaporators</source>
        <translation>Évaporateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressors</source>
        <translation>Compresseurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location line="+23"/>
        <source>Conflicting changes</source>
        <translation>Modifications en conflit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These fields were changed here and on the server since your edit. Until you choose, your value is kept and sent. Choosing the server&apos;s value replaces yours and stops it from being sent.</source>
        <translation>Ces champs ont été modifiés ici et sur le serveur depuis votre modification. Tant que vous ne choisissez pas, votre valeur est conservée et envoyée. Choisir la valeur du serveur remplace la vôtre et empêche son envoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts</source>
        <translation>Modifications en conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server&apos;s value</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use server&apos;s</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Resolving the conflict</source>
        <translation>Résolution du conflit</translation>
    </message>
</context>
<context>
    <name>ControllerTableModel</name>
    <message>
        <location filename="../../ui/models/heatpumps.py" line="+161"/>
        <source>Controller</source>
        <translation>Régulateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set point</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Programmation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heat demand</source>
        <translation>Demande de chaleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valve</source>
        <translation>Vanne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the device</source>
        <translation>En attente de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronised</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not synchronised</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by myBeNext</source>
        <translation>Refusé par myBeNext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>myBeNext accepted the set point; the device applies it when it next wakes up.</source>
        <translation>myBeNext a accepté la consigne ; l&apos;appareil l&apos;appliquera à son prochain réveil.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="+17"/>
        <source>{vendor}: sign in again</source>
        <translation>{vendor} : se reconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are stored in your system&apos;s keyring, never in FieldDesk&apos;s files.</source>
        <translation>Ils sont conservés dans le trousseau de votre système, jamais dans les fichiers de FieldDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no keyring to store them in: FieldDesk keeps them until you quit. To keep them across starts, set {variables} in the environment.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau pour les conserver : FieldDesk les garde jusqu&apos;à ce que vous quittiez. Pour les garder d&apos;un démarrage à l&apos;autre, définissez {variables} dans l&apos;environnement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{vendor} refused FieldDesk&apos;s credentials ({reason}). Syncing with {vendor} is paused; your queued changes are kept. Enter the new credentials.</source>
        <translation>{vendor} a refusé les identifiants de FieldDesk ({reason}). La synchronisation avec {vendor} est en pause ; vos modifications en attente sont conservées. Saisissez les nouveaux identifiants.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security key</source>
        <translation>Clé de sécurité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>Jeton API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HMAC token</source>
        <translation>Jeton HMAC</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../ui/panes/customers.py" line="+64"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost center</source>
        <translation>Centre de coûts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum consumption</source>
        <translation>Consommation minimale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment due within</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Technical name</source>
        <translation>Nom technique</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Subdomain</source>
        <translation>Sous-domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testresults.io Id</source>
        <translation>ID testresults.io</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data version</source>
        <translation>Version des données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: the customer has no target groups.</source>
        <translation>Aucun : ce compte client n&apos;a pas de groupe cible.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, subdomain or target groups</source>
        <translation>Modifier le nom, le sous-domaine ou les groupes cibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the customer at testresults.io (asks first)</source>
        <translation>Supprimer le compte client chez testresults.io (demande confirmation)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not yet at testresults.io</source>
        <translation>Pas encore chez testresults.io</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Being deleted: the deletion is sent to testresults.io with the next sync.</source>
        <translation>En cours de suppression : la suppression est envoyée à testresults.io à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ testresults.io refused the last change: {error}. Open the Outbox to fix or discard it.</source>
        <translation>✗ testresults.io a refusé la dernière modification : {error}. Ouvrez la boîte d&apos;envoi pour la corriger ou l&apos;abandonner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent: the customer is created at testresults.io with the next sync (see the Outbox).</source>
        <translation>En attente d&apos;envoi : le compte client est créé chez testresults.io à la prochaine synchronisation (voir la boîte d&apos;envoi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change waits to be sent to testresults.io with the next sync (see the Outbox).</source>
        <translation>Une modification attend d&apos;être envoyée à testresults.io à la prochaine synchronisation (voir la boîte d&apos;envoi).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the customer active again</source>
        <translation>Rendre le compte client à nouveau actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive the customer: kept at testresults.io, out of daily use</source>
        <translation>Archiver le compte client : il reste chez testresults.io, hors de l&apos;usage quotidien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} hours</source>
        <translation>{count} heures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/customer.py" line="+46"/>
        <source>New customer</source>
        <translation>Nouveau compte client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change customer “{name}”</source>
        <translation>Modifier le compte client « {name} »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. orvelle</source>
        <translation>p. ex. orvelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Workshop:workshop01,Van 2:van2tablet</source>
        <translation>p. ex. Atelier:atelier01,Camionnette 2:van2tablet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived (kept at testresults.io, hidden from daily use)</source>
        <translation>Archivé (conservé chez testresults.io, hors de l&apos;usage quotidien)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdomain</source>
        <translation>Sous-domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower-case letters, digits and hyphens; the customer&apos;s address at testresults.io.</source>
        <translation>Lettres minuscules, chiffres et traits d&apos;union ; l&apos;adresse du compte client chez testresults.io.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated, each “label:technical name” (a name alone is its own label).</source>
        <translation>Séparés par des virgules, chacun « libellé:nom technique » (un nom seul sert aussi de libellé).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new customer is saved here at once and created at testresults.io with the next sync.</source>
        <translation>Le nouveau compte client est enregistré ici immédiatement et créé chez testresults.io à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your change shows here at once and is sent to testresults.io with the next sync.</source>
        <translation>Votre modification apparaît ici immédiatement et est envoyée à testresults.io à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This customer is no longer in the cache (deleted at testresults.io?). Cancel, or copy what you typed.</source>
        <translation>Ce compte client n&apos;est plus dans le cache (supprimé chez testresults.io ?). Annulez, ou copiez ce que vous avez saisi.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/models/customers.py" line="+51"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subdomain</source>
        <translation>Sous-domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>testresults.io Id</source>
        <translation>ID testresults.io</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The deletion of this customer is sent to testresults.io with the next sync</source>
        <translation>La suppression de ce compte client est envoyée à testresults.io à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>testresults.io refused a change to this customer: {error}</source>
        <translation>testresults.io a refusé une modification de ce compte client : {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change to this customer is waiting to be sent to testresults.io</source>
        <translation>Une modification de ce compte client attend d&apos;être envoyée à testresults.io</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location line="-69"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being deleted</source>
        <translation>En cours de suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: see the Outbox</source>
        <translation>Refusé : voir la boîte d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <location filename="../../ui/panes/customers.py" line="+26"/>
        <source>New customer…</source>
        <translation>Nouveau compte client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a customer account at testresults.io</source>
        <translation>Créer un compte client chez testresults.io</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List archived customers too (greyed, after the active ones)</source>
        <translation>Lister aussi les comptes clients archivés (en gris, après les actifs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer accounts at testresults.io. Changes show here at once and are sent with the next sync.</source>
        <translation>Comptes clients chez testresults.io. Les modifications apparaissent ici immédiatement et sont envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter by name, subdomain, account number, address, technical name or Id</source>
        <translation>Filtrer par nom, sous-domaine, numéro de compte, adresse, nom technique ou ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer selected.</source>
        <translation>Aucun compte client sélectionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} customers</source>
        <translation>{shown} sur {total} comptes clients</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No customers yet: sync to fetch them from testresults.io, or create one with “New customer…”.</source>
        <translation>Pas encore de comptes clients : synchronisez pour les récupérer chez testresults.io, ou créez-en un avec « Nouveau compte client… ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer matches “{filter}”.</source>
        <translation>Aucun compte client ne correspond à « {filter} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every customer is archived: tick “Show archived” to see them.</source>
        <translation>Tous les comptes clients sont archivés : cochez « Afficher les archivés » pour les voir.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Delete customer “{name}”? It has not reached testresults.io yet: its creation is cancelled.</source>
        <translation>Supprimer le compte client « {name} » ? Il n&apos;est pas encore arrivé chez testresults.io : sa création est annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete customer “{name}” at testresults.io? The deletion is sent with the next sync and cannot be undone there.</source>
        <translation>Supprimer le compte client « {name} » chez testresults.io ? La suppression est envoyée à la prochaine synchronisation et ne peut pas y être annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete customer</source>
        <translation>Supprimer le compte client</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../ui/models/devices.py" line="+41"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchased</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufactured</source>
        <translation>Fabriqué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro+ id</source>
        <translation>ID Pro+</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A change to this device is waiting to be sent to Pro+</source>
        <translation>Une modification de cet appareil attend d&apos;être envoyée à Pro+</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../ui/panes/technicians.py" line="+219"/>
        <source>Measuring devices</source>
        <translation>Appareils de mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by type, serial number or technician</source>
        <translation>Filtrer par type, numéro de série ou technicien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a device to see who has it.</source>
        <translation>Choisissez un appareil pour voir qui l&apos;a.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register device…</source>
        <translation>Enregistrer un appareil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a measuring device to Pro+</source>
        <translation>Ajouter un appareil de mesure à Pro+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link…</source>
        <translation>Associer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the selected device to a technician</source>
        <translation>Donner l&apos;appareil choisi à un technicien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink…</source>
        <translation>Dissocier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the selected device back from a technician</source>
        <translation>Reprendre l&apos;appareil choisi à un technicien</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Date d&apos;achat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing date</source>
        <translation>Date de fabrication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ id</source>
        <translation>ID Pro+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned technicians</source>
        <translation>Techniciens attribués</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician {id}</source>
        <translation>Technicien {id}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never assigned</source>
        <translation>Jamais attribué</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+40"/>
        <source>Details are in the log file: {path}</source>
        <translation>Les détails se trouvent dans le journal : {path}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{what} failed: {error}</source>
        <translation>Échec de l&apos;opération « {what} » : {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>FieldDesk: unexpected error</source>
        <translation>FieldDesk : erreur inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {error}
FieldDesk keeps running; your queued changes are safe.</source>
        <translation>Un problème est survenu : {error}
FieldDesk continue de fonctionner ; vos modifications en attente sont en sécurité.</translation>
    </message>
</context>
<context>
    <name>FailureTableModel</name>
    <message>
        <location filename="../../ui/models/heatpumps.py" line="+13"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure</source>
        <translation>Défaillance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
</context>
<context>
    <name>FetchDialog</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="-530"/>
        <source>Fetch certificates from Pro+</source>
        <translation>Récupérer des attestations depuis Pro+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certified from</source>
        <translation>Certifiées du</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Of work order</source>
        <translation>De l&apos;ordre de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work order number</source>
        <translation>Numéro d&apos;ordre de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certified until</source>
        <translation>Certifiées jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pro+ gives the certificates certified in a date range, or those of one work order. They are added to the list; their files are downloaded when you ask.</source>
        <translation>Pro+ fournit les attestations d&apos;une période, ou celles d&apos;un ordre de travail. Elles sont ajoutées à la liste ; leurs fichiers sont téléchargés quand vous le demandez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The first date is after the last one.</source>
        <translation>La première date est postérieure à la dernière.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the work order&apos;s number.</source>
        <translation>Saisissez le numéro de l’ordre de travail.</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <location filename="../../app/services/customers.py" line="+79"/>
        <source>is being deleted: it cannot change</source>
        <translation>est en cours de suppression : il ne peut plus être modifié</translation>
    </message>
    <message>
        <location filename="../../app/services/planner.py" line="+190"/>
        <location line="+19"/>
        <location line="+125"/>
        <location filename="../../app/vendors/proplus/staff.py" line="+413"/>
        <location line="+19"/>
        <location line="+18"/>
        <location line="+11"/>
        <location line="+63"/>
        <location line="+13"/>
        <location line="+17"/>
        <location filename="../../app/vendors/proplus/validate.py" line="+225"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+92"/>
        <location filename="../../app/vendors/proplus/workorders.py" line="+228"/>
        <location filename="../../app/vendors/totalmobile/validate.py" line="+220"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>from 1 to 5</source>
        <translation>de 1 à 5</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{order} is already a cached order</source>
        <translation>{order} est déjà une commande client en cache</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>a name (up to 256 characters) and a value (up to 4,000)</source>
        <translation>un nom (jusqu&apos;à 256 caractères) et une valeur (jusqu&apos;à 4 000)</translation>
    </message>
    <message>
        <location filename="../../app/services/workorders.py" line="+86"/>
        <source>{external_id} is already used by another work order</source>
        <translation>{external_id} est déjà utilisé par un autre ordre de travail</translation>
    </message>
    <message>
        <location filename="../../app/vendors/podero/models.py" line="+220"/>
        <source>must be a JSON object with the heat pump&apos;s fields</source>
        <translation>doit être un objet JSON avec les champs de la pompe à chaleur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a field of the register body (check the spelling)</source>
        <translation>n&apos;est pas un champ de l&apos;enregistrement (vérifiez l&apos;orthographe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} ne fait pas partie de {allowed}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+96"/>
        <source>{value} is not a UUID</source>
        <translation>{value} n&apos;est pas un UUID</translation>
    </message>
    <message>
        <location line="-89"/>
        <location filename="../../app/vendors/testresults/models.py" line="+170"/>
        <source>must be true or false, not {value}</source>
        <translation>doit être vrai ou faux, pas {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be true, false or null, not {value}</source>
        <translation>doit être vrai, faux ou vide (null), pas {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is not a date and time (e.g. 2026-11-07T05:31:56Z)</source>
        <translation>{value} n&apos;est pas une date et une heure (p. ex. 2026-11-07T05:31:56Z)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/vendors/testresults/models.py" line="-44"/>
        <location line="+16"/>
        <source>must be text, not {value}</source>
        <translation>doit être du texte, pas {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/vendors/proplus/validate.py" line="-147"/>
        <location filename="../../app/vendors/testresults/models.py" line="-11"/>
        <location line="+27"/>
        <source>contains characters that are not valid text (a lone surrogate)</source>
        <translation>contient des caractères qui ne sont pas du texte valide (un substitut isolé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} characters (this one has {count})</source>
        <translation>au plus {limit} caractères (celui-ci en compte {count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a number (°C), not {value}</source>
        <translation>doit être un nombre (°C), pas {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} °C is outside {low} to {high} °C</source>
        <translation>{number} °C est en dehors de la plage de {low} à {high} °C</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>required: the heat pump&apos;s manufacturer and model</source>
        <translation>obligatoire : le fabricant et le modèle de la pompe à chaleur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an object (manufacturer, model, year, device_type)</source>
        <translation>doit être un objet (manufacturer, model, year, device_type)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a field of device_model</source>
        <translation>n&apos;est pas un champ de device_model</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required text</source>
        <translation>texte obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains characters that are not valid text</source>
        <translation>contient des caractères qui ne sont pas du texte valide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole year, not {value}</source>
        <translation>doit être une année, pas {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a plausible year of manufacture</source>
        <translation>{value} n&apos;est pas une année de fabrication plausible</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object (short_name, long_name)</source>
        <translation>doit être un objet (short_name, long_name)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a field of device_type</source>
        <translation>n&apos;est pas un champ de device_type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be valid text</source>
        <translation>doit être du texte valide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{low} °C is above maximum_temperature_limit ({high} °C)</source>
        <translation>{low} °C est au-dessus de maximum_temperature_limit ({high} °C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be after away_mode_start</source>
        <translation>doit être postérieur à away_mode_start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give both away mode times with a time zone (…Z), or both without</source>
        <translation>indiquez les deux heures du mode absence avec un fuseau horaire (…Z), ou les deux sans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the minimum temperature to keep while away</source>
        <translation>indiquez la température minimale à maintenir pendant l&apos;absence</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/workorders.py" line="-18"/>
        <source>expected a JSON object with the push-wo fields, got {kind}</source>
        <translation>doit être un objet JSON avec les champs de push-wo, pas {kind}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a push-wo field (did you mean {field}?)</source>
        <translation>n&apos;est pas un champ de push-wo (vouliez-vous dire {field} ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a push-wo field</source>
        <translation>n&apos;est pas un champ de push-wo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>required for a cooling work order (heating_appliance_id 0)</source>
        <translation>obligatoire pour un ordre de travail de refroidissement (heating_appliance_id 0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a work order is for one appliance: set heating_appliance_id to 0 for a cooling appliance</source>
        <translation>un ordre de travail concerne un seul appareil : mettez heating_appliance_id à 0 pour un appareil de refroidissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 (heating) does not match the appliance given</source>
        <translation>1 (chauffage) ne correspond pas à l&apos;appareil indiqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2 (cooling) does not match the appliance given</source>
        <translation>2 (refroidissement) ne correspond pas à l&apos;appareil indiqué</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a whole number, got {value}</source>
        <translation>doit être un nombre entier, pas {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a positive number (your system&apos;s work order id)</source>
        <translation>doit être un nombre positif (le numéro de l&apos;ordre de travail dans votre système)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected 1 (heating) or 2 (cooling), got {value}</source>
        <translation>doit être 1 (chauffage) ou 2 (refroidissement), pas {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected text, got {kind}</source>
        <translation>doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a date as yyyy-mm-dd (e.g. 2021-02-12), got {value}</source>
        <translation>doit être une date au format aaaa-mm-jj (p. ex. 2021-02-12), pas {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a time as HH:MM (e.g. 11:12), got {value}</source>
        <translation>doit être une heure au format HH:MM (p. ex. 11:12), pas {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected one of {allowed}, got {value}</source>
        <translation>doit être l&apos;une des valeurs {allowed}, pas {value}</translation>
    </message>
    <message>
        <location filename="../../app/vendors/testresults/models.py" line="-42"/>
        <source>must be a JSON object with the customer&apos;s fields</source>
        <translation>doit être un objet JSON avec les champs du compte client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a field FieldDesk can set (it can set {fields})</source>
        <translation>n&apos;est pas un champ que FieldDesk peut définir (il peut définir {fields})</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+27"/>
        <source>has {count} characters; at most {limit}</source>
        <translation>compte {count} caractères ; au plus {limit}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{value}: use lower-case letters, digits and hyphens (not first or last), at most 63</source>
        <translation>{value} : utilisez des minuscules, des chiffres et des traits d&apos;union (ni en premier ni en dernier), 63 au plus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text (target groups, comma separated), not {value}</source>
        <translation>doit être du texte (groupes cibles, séparés par des virgules), pas {value}</translation>
    </message>
    <message>
        <location filename="../../app/vendors/totalmobile/validate.py" line="-83"/>
        <source>not allowed with UseExistingCustomerDetails (only ExternalId and OrganisationExternalId)</source>
        <translation>non autorisé avec UseExistingCustomerDetails (seulement ExternalId et OrganisationExternalId)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>required to cancel an order (OrderStatus 11)</source>
        <translation>obligatoire pour annuler une commande (OrderStatus 11)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required when PriorityExternalId is set</source>
        <translation>obligatoire lorsque PriorityExternalId est renseigné</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a {name} must be a JSON object</source>
        <translation>un {name} doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not a field of this object (did you mean {field}?)</source>
        <translation>n&apos;est pas un champ de cet objet (vouliez-vous dire {field} ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a field of this object</source>
        <translation>n&apos;est pas un champ de cet objet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/staff.py" line="-156"/>
        <source>must be a JSON object with the {what} fields, not {kind}</source>
        <translation>doit être un objet JSON avec les champs de {what}, pas {kind}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be text, not {kind}</source>
        <translation>doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one line of printable text</source>
        <translation>doit être une seule ligne de texte lisible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most {limit} characters</source>
        <translation>doit compter au plus {limit} caractères</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+128"/>
        <location filename="../../app/vendors/proplus/validate.py" line="+169"/>
        <source>must be one of {allowed}</source>
        <translation>doit être l&apos;une des valeurs {allowed}</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>must be a date like 2022-04-08 (yyyy-mm-dd or dd-mm-yyyy)</source>
        <translation>doit être une date comme 2022-04-08 (aaaa-mm-jj ou jj-mm-aaaa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a date between 1990 and today</source>
        <translation>doit être une date entre 1990 et aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a list, not {kind}</source>
        <translation>doit être une liste, pas {kind}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/vendors/proplus/validate.py" line="-202"/>
        <location line="+173"/>
        <location filename="../../app/vendors/totalmobile/validate.py" line="+5"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>may only contain digits, spaces and + / . - ( ) (6 to 20 characters)</source>
        <translation>ne peut contenir que des chiffres, des espaces et + / . - ( ) (6 à 20 caractères)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/vendors/proplus/validate.py" line="+38"/>
        <source>not a valid e-mail address</source>
        <translation>pas une adresse e-mail valide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object, not {kind}</source>
        <translation>doit être un objet, pas {kind}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>must be a list of {allowed}</source>
        <translation>doit être une liste de {allowed}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be Brussels, Flamish or Wallonia (or 1, 2, 3)</source>
        <translation>doit être Bruxelles, Flandre ou Wallonie (ou 1, 2, 3)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>must be link or unlink</source>
        <translation>doit être link ou unlink</translation>
    </message>
    <message>
        <location filename="../../app/vendors/totalmobile/validate.py" line="+7"/>
        <source>expected one of {allowed}</source>
        <translation>doit être l&apos;une des valeurs {allowed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains an invalid character</source>
        <translation>contient un caractère non valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} characters</source>
        <translation>au plus {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/validate.py" line="-197"/>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nested more than {depth} levels deep</source>
        <translation>imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has a field name that is not valid text</source>
        <translation>a un nom de champ qui n&apos;est pas du texte valide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an id between 0 and {limit}</source>
        <translation>doit être un identifiant entre 0 et {limit}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>required (the body must be a JSON object, not {kind})</source>
        <translation>obligatoire (le contenu doit être un objet JSON, pas {kind})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an object or a list of objects, not {kind}</source>
        <translation>doit être un objet ou une liste d&apos;objets, pas {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must contain at least one client</source>
        <translation>doit contenir au moins un client</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown region {value} (expected one of {allowed})</source>
        <translation>région inconnue {value} (attendu : l&apos;une des valeurs {allowed})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be one of true, false, 1, 0</source>
        <translation>doit être l&apos;une des valeurs true, false, 1, 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown region {value} (expected 1 = Brussels, 2 = Flanders, 3 = Wallonia)</source>
        <translation>région inconnue {value} (attendu : 1 = Bruxelles, 2 = Flandre, 3 = Wallonie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/vendors/totalmobile/validate.py" line="+9"/>
        <source>must be true or false</source>
        <translation>doit être vrai ou faux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an object or null, not {kind}</source>
        <translation>doit être un objet ou vide (null), pas {kind}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must be a list of objects, not {kind}</source>
        <translation>doit être une liste d&apos;objets, pas {kind}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>must be a decimal number</source>
        <translation>doit être un nombre décimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a 4-digit year</source>
        <translation>doit être une année à 4 chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may only contain digits, spaces and + / . - ( )</source>
        <translation>ne peut contenir que des chiffres, des espaces et + / . - ( )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date like 2021-09-24 (yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy)</source>
        <translation>doit être une date comme 2021-09-24 (aaaa-mm-jj, jj-mm-aaaa ou jj/mm/aaaa)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>must be a number of reasonable size</source>
        <translation>doit être un nombre de taille raisonnable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text or a number, not {kind}</source>
        <translation>doit être du texte ou un nombre, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/staff.py" line="-154"/>
        <location filename="../../app/vendors/proplus/validate.py" line="-76"/>
        <location filename="../../app/vendors/totalmobile/validate.py" line="+8"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../app/vendors/totalmobile/validate.py" line="+12"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a date yyyy-MM-dd</source>
        <translation>doit être une date aaaa-MM-jj</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="+133"/>
        <source>a device of this group and type with this serial number is already registered</source>
        <translation>un appareil de ce groupe et de ce type avec ce numéro de série est déjà enregistré</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no device {device} in the cache (run &apos;fielddesk sync&apos; to read the device list)</source>
        <translation>aucun appareil {device} dans le cache (lancez « fielddesk sync » pour lire la liste des appareils)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>technician {technician} already has this device</source>
        <translation>le technicien {technician} a déjà cet appareil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>technician {technician} does not have this device</source>
        <translation>le technicien {technician} n&apos;a pas cet appareil</translation>
    </message>
    <message>
        <location filename="../../ui/forms/checks.py" line="-63"/>
        <source>must be 4 digits (a Belgian postal code)</source>
        <translation>doit compter 4 chiffres (un code postal belge)</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/models.py" line="+787"/>
        <source>null</source>
        <translation>vide (null)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true/false</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
</context>
<context>
    <name>FileEntry</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="-210"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pro+ file id {id}</source>
        <translation>ID de fichier Pro+ {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>downloading…</source>
        <translation>téléchargement en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not downloaded</source>
        <translation>non téléchargé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download this file from Pro+ into the downloads folder</source>
        <translation>Télécharger ce fichier depuis Pro+ dans le dossier des téléchargements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file with its usual application</source>
        <translation>Ouvrir le fichier avec son application habituelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available once the file is downloaded</source>
        <translation>Disponible une fois le fichier téléchargé</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../ui/widgets.py" line="+580"/>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here has not been saved. Discard it?</source>
        <translation>Ce que vous avez saisi ici n&apos;est pas enregistré. L&apos;abandonner ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>HeatPumpDetail</name>
    <message>
        <location filename="../../ui/panes/heatpumps.py" line="-437"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering</source>
        <translation>Pilotage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current / operational mode</source>
        <translation>Mode actuel / de fonctionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power consumption</source>
        <translation>Puissance absorbée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outdoor temperature</source>
        <translation>Température extérieure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indoor actual / target</source>
        <translation>Intérieur réel / souhaité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inlet / outlet</source>
        <translation>Entrée / sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot water</source>
        <translation>Eau chaude sanitaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consumption (day, week, month)</source>
        <translation>Consommation (jour, semaine, mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State reported at</source>
        <translation>État signalé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consumption counted at</source>
        <translation>Consommation relevée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price zone</source>
        <translation>Zone tarifaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podero id</source>
        <translation>ID Podero</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Owner&apos;s authorisation</source>
        <translation>Autorisation du propriétaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <location line="+10"/>
        <source>Show QR code</source>
        <translation>Afficher le code QR</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Authorisation link</source>
        <translation>Lien d&apos;autorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding form</source>
        <translation>Formulaire d&apos;inscription</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Heat pump</source>
        <translation>Pompe à chaleur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not yet registered</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Podero refused the registration: {error}. Discard it in the outbox and register the heat pump again with the problem corrected.</source>
        <translation>✗ Podero a refusé l&apos;enregistrement : {error}. Abandonnez-le dans la boîte d&apos;envoi et enregistrez à nouveau la pompe à chaleur après avoir corrigé le problème.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⧗ Waiting to be registered at Podero (see the outbox); the links appear once it is.</source>
        <translation>⧗ En attente d&apos;enregistrement chez Podero (voir la boîte d&apos;envoi) ; les liens apparaîtront ensuite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Stale: these values are older than the last sync (the pump had stopped reporting, or Podero could not be read).</source>
        <translation>⚠ Pas à jour : ces valeurs sont antérieures à la dernière synchronisation (la pompe avait cessé de transmettre, ou Podero n&apos;a pas pu être lu).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>None given</source>
        <translation>Non fourni</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hide QR code</source>
        <translation>Masquer le code QR</translation>
    </message>
</context>
<context>
    <name>HeatPumpList</name>
    <message>
        <location line="+38"/>
        <source>Filter by make, model or status</source>
        <translation>Filtrer par marque, modèle ou statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No heat pump selected.</source>
        <translation>Aucune pompe à chaleur sélectionnée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No heat pumps yet: sync to read them from Podero, or register one on site.</source>
        <translation>Pas encore de pompes à chaleur : synchronisez pour les lire depuis Podero, ou enregistrez-en une sur place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No heat pump matches “{filter}”.</source>
        <translation>Aucune pompe à chaleur ne correspond à « {filter} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} heat pumps</source>
        <translation>{shown} sur {total} pompes à chaleur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ OK</source>
        <translation>✓ OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>! Warning</source>
        <translation>! Avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Error</source>
        <translation>✗ Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? Unknown</source>
        <translation>? Inconnu</translation>
    </message>
</context>
<context>
    <name>HeatPumpTableModel</name>
    <message>
        <location filename="../../ui/models/heatpumps.py" line="-168"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heat pump</source>
        <translation>Pompe à chaleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering</source>
        <translation>Pilotage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outdoor</source>
        <translation>Extérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indoor (actual / target)</source>
        <translation>Intérieur (réel / souhaité)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inlet / outlet</source>
        <translation>Entrée / sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hot water</source>
        <translation>Eau chaude sanitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kWh last day</source>
        <translation>kWh dernier jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kWh last week</source>
        <translation>kWh dernière semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kWh last month</source>
        <translation>kWh dernier mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stale</source>
        <translation>pas à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration waiting to be sent</source>
        <translation>Enregistrement en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration refused by Podero</source>
        <translation>Enregistrement refusé par Podero</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Stale: this pump had not reported for a while when FieldDesk last read it, or the last sync could not read it.</source>
        <translation>Pas à jour : cette pompe n&apos;avait plus rien transmis depuis un moment lors de la dernière lecture par FieldDesk, ou la dernière synchronisation n&apos;a pas pu la lire.</translation>
    </message>
</context>
<context>
    <name>HeatPumpsPane</name>
    <message>
        <location filename="../../ui/panes/heatpumps.py" line="+275"/>
        <source>Register heat pump…</source>
        <translation>Enregistrer une pompe à chaleur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a heat pump installed on site with Podero</source>
        <translation>Enregistrer auprès de Podero une pompe à chaleur installée sur place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat pumps from Podero, worst status first; climate controllers, failures and history from myBeNext.</source>
        <translation>Pompes à chaleur de Podero, pire statut en premier ; régulateurs climatiques, défaillances et historique de myBeNext.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heat pumps (Podero)</source>
        <translation>Pompes à chaleur (Podero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Climate and history (myBeNext)</source>
        <translation>Climat et historique (myBeNext)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Registering the heat pump</source>
        <translation>Enregistrement de la pompe à chaleur</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+28"/>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/models/devices.py" line="-64"/>
        <source>Heating</source>
        <translation>Chauffage</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/models/devices.py" line="+2"/>
        <source>Cooling</source>
        <translation>Froid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>sending changes</source>
        <translation>envoi des modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>enregistrement</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/forms/device_form.py" line="+141"/>
        <source>Link device</source>
        <translation>Associer l&apos;appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlink device</source>
        <translation>Dissocier l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give {device} to:</source>
        <translation>Donner {device} à :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take {device} back from:</source>
        <translation>Reprendre {device} à :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No technician can be chosen: none has this device.</source>
        <translation>Aucun technicien ne peut être choisi : personne n&apos;a cet appareil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No technician can be chosen: every technician known to Pro+ has it.</source>
        <translation>Aucun technicien ne peut être choisi : tous les techniciens connus de Pro+ l&apos;ont déjà.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pro+ records the date; the change is sent with the next sync.</source>
        <translation>Pro+ enregistre la date ; la modification est envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changing who has the device</source>
        <translation>Changement du détenteur de l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+130"/>
        <location line="+323"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Send your changes and download the latest data (F5)</source>
        <translation>Envoyer vos modifications et télécharger les dernières données (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync settings…</source>
        <translation>Paramètres de synchronisation…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/registry.py" line="+49"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliances</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work orders</source>
        <translation>Ordres de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slots</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat pumps</source>
        <translation>Pompes à chaleur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Comptes clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-57"/>
        <source>FieldDesk — {profile}</source>
        <translation>FieldDesk — {profile}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Panes</source>
        <translation>Volets</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Sandbox: demo data</source>
        <translation>Bac à sable : données de démo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: {vendors}</source>
        <translation>En direct : {vendors}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no vendor configured</source>
        <translation>aucun fournisseur configuré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built-in simulators with fictional data: nothing you do here reaches a real vendor. Configure a vendor (README, “Live configuration”) to work live.</source>
        <translation>Simulateurs intégrés avec des données fictives : rien de ce que vous faites ici n&apos;atteint un vrai fournisseur. Configurez un fournisseur (README, « Live configuration ») pour travailler en direct.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are sent to the vendors named here.</source>
        <translation>Vos modifications sont envoyées aux fournisseurs indiqués ici.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The certificate of work order “{name}” is available</source>
        <translation>Le certificat de l&apos;ordre de travail « {name} » est disponible</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Forms left unsaved when FieldDesk closed are kept: open “Unsaved” below to finish them.</source>
        <translation>Les formulaires non enregistrés à la fermeture sont conservés : ouvrez « Non enregistré » ci-dessous.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+56"/>
        <source>Reading the cache</source>
        <translation>La lecture des données locales</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sync did not finish: {error}. Your changes are kept and sent on the next sync.</source>
        <translation>Synchronisation inachevée : {error}. Vos modifications sont conservées et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) rejected: see the Outbox.</source>
        <translation>
            <numerusform>%n modification refusée : voir la boîte d&apos;envoi.</numerusform>
            <numerusform>%n modifications refusées : voir la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced: {pulled} records received, {sent} changes sent.</source>
        <translation>Synchronisé : {pulled} fiches reçues, {sent} modifications envoyées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{vendor}: {pulled} records received, {sent} changes sent.</source>
        <translation>{vendor} : {pulled} fiches reçues, {sent} modifications envoyées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{vendor} is paused: {reason}</source>
        <translation>{vendor} est en pause : {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last error: {error}</source>
        <translation>Dernière erreur : {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes a vendor refused: open the Outbox to fix or discard</source>
        <translation>Modifications refusées par un fournisseur : ouvrez la boîte d&apos;envoi pour les corriger ou les abandonner</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields changed here and on the server: choose which value stays</source>
        <translation>Champs modifiés ici et sur le serveur : choisissez la valeur à garder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last synced: {time}</source>
        <translation>Dernière synchronisation : {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Saving the client</source>
        <translation>L&apos;enregistrement du client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {name}. It is sent to {vendor} with the next sync.</source>
        <translation>{name} enregistré. Il sera envoyé à {vendor} à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved: {title}</source>
        <translation>Non enregistré : {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved forms: {count}</source>
        <translation>Formulaires non enregistrés : {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typed but not saved when FieldDesk closed; open to finish or discard:</source>
        <translation>Saisi mais pas enregistré quand FieldDesk s’est fermé ; ouvrez pour terminer ou abandonner :</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Unsaved form</source>
        <translation>Formulaire non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” was typed for a record FieldDesk no longer has, so it cannot be opened. Discard what was typed?</source>
        <translation>« {title} » a été saisi pour un enregistrement que FieldDesk n’a plus : il ne peut pas être ouvert. Abandonner ce qui a été saisi ?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving the credentials</source>
        <translation>Enregistrement des identifiants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keyring on this computer: the {vendor} credentials are kept until you quit.</source>
        <translation>Pas de trousseau sur cet ordinateur : les identifiants {vendor} sont gardés jusqu&apos;à ce que vous quittiez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving the sync settings</source>
        <translation>Enregistrement des paramètres de synchronisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{vendor} rejected this change: {message} Correct it and save: it is sent again in its place.</source>
        <translation>{vendor} a refusé cette modification : {message} Corrigez-la et enregistrez : elle est renvoyée à sa place dans la file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving the correction</source>
        <translation>Enregistrement de la correction</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Corrected {name}. It is sent again with the next sync.</source>
        <translation>{name} corrigé. Il sera renvoyé à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../app/services/client_edits.py" line="+36"/>
        <source>Save client &apos;{name}&apos; (Pro+ {id})</source>
        <translation>Enregistrer le client « {name} » (Pro+ {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save client &apos;{name}&apos; (new)</source>
        <translation>Enregistrer le client « {name} » (nouveau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push client &apos;{name}&apos; (Pro+ {id})</source>
        <translation>Envoyer le client « {name} » (Pro+ {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push client &apos;{name}&apos; (new)</source>
        <translation>Envoyer le client « {name} » (nouveau)</translation>
    </message>
    <message>
        <location filename="../../app/services/climate.py" line="+119"/>
        <source>Set point {value} °C on {name}</source>
        <translation>Consigne {value} °C sur {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/heatpumps.py" line="+92"/>
        <source>Register heat pump {manufacturer} {model}</source>
        <translation>Enregistrer la pompe à chaleur {manufacturer} {model}</translation>
    </message>
    <message>
        <location filename="../../app/services/planner.py" line="-314"/>
        <source>Add job code {code} on {order}</source>
        <translation>Ajouter le code de travail {code} à {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update job code {code} on {order}</source>
        <translation>Modifier le code de travail {code} de {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove job code {code} on {order}</source>
        <translation>Retirer le code de travail {code} de {order}</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>New sales order {order}</source>
        <translation>Nouvelle commande client {order}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel sales order {order}</source>
        <translation>Annuler la commande client {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update sales order {order}</source>
        <translation>Modifier la commande client {order}</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="-53"/>
        <source>Update technician &apos;{name}&apos; ({external_id})</source>
        <translation>Modifier le technicien « {name} » ({external_id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add technician &apos;{name}&apos; ({external_id})</source>
        <translation>Ajouter le technicien « {name} » ({external_id})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Register {type} &apos;{serial}&apos;</source>
        <translation>Enregistrer {type} « {serial} »</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Link {type} &apos;{serial}&apos; to technician {technician}</source>
        <translation>Associer {type} « {serial} » au technicien {technician}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink {type} &apos;{serial}&apos; from technician {technician}</source>
        <translation>Dissocier {type} « {serial} » du technicien {technician}</translation>
    </message>
    <message>
        <location filename="../../app/services/workorders.py" line="+5"/>
        <source>New work order {external_id} ({name})</source>
        <translation>Nouvel ordre de travail {external_id} ({name})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete work order {external_id} ({name})</source>
        <translation>Supprimer l&apos;ordre de travail {external_id} ({name})</translation>
    </message>
    <message>
        <location filename="../../app/services/customers.py" line="-11"/>
        <source>New customer {name}</source>
        <translation>Nouveau compte client {name}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete customer {name}</source>
        <translation>Supprimer le compte client {name}</translation>
    </message>
    <message>
        <location filename="../../app/vendors/testresults/sync.py" line="+237"/>
        <source>Change customer {name}</source>
        <translation>Modifier le compte client {name}</translation>
    </message>
</context>
<context>
    <name>OutboxPane</name>
    <message>
        <location filename="../../ui/panes/outbox.py" line="+41"/>
        <source>Changes you made that are waiting to be sent, and changes a vendor rejected. Nothing here is lost: a change leaves this list only when the vendor accepts it or you discard it.</source>
        <translation>Les modifications que vous avez faites et qui attendent d&apos;être envoyées, et celles qu&apos;un fournisseur a refusées. Rien ne se perd ici : une modification ne quitte cette liste que lorsque le fournisseur l&apos;accepte ou que vous l&apos;abandonnez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resubmit</source>
        <translation>Soumettre à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the rejected change again; it is sent with the next sync</source>
        <translation>Remettre la modification refusée dans la file ; elle sera envoyée à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Open the rejected change in the form, correct it and send it again</source>
        <translation>Ouvrir la modification refusée dans le formulaire, la corriger et la renvoyer</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop this change for good; it is never sent</source>
        <translation>Abandonner définitivement cette modification ; elle ne sera jamais envoyée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a change to see the vendor&apos;s full answer.</source>
        <translation>Sélectionnez une modification pour voir la réponse complète du fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vendor&apos;s full answer</source>
        <translation>La réponse complète du fournisseur</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{pending} waiting, {rejected} rejected</source>
        <translation>{pending} en attente, {rejected} refusée(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to send.</source>
        <translation>Rien à envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: {count}</source>
        <translation>Boîte d&apos;envoi : {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discard change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this change?

{summary}

It will never be sent to {vendor}, and it cannot be undone.</source>
        <translation>Abandonner cette modification ?

{summary}

Elle ne sera jamais envoyée à {vendor}, et cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discarding the change</source>
        <translation>L&apos;abandon de la modification</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resubmitting the change</source>
        <translation>La nouvelle soumission de la modification</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>State: {state}</source>
        <translation>État : {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued: {when}</source>
        <translation>Mise en file : {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries: {tries}</source>
        <translation>Tentatives : {tries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{vendor} answered:</source>
        <translation>Réponse de {vendor} :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last try to reach {vendor}:</source>
        <translation>Dernière tentative pour joindre {vendor} :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only a client&apos;s change opens in a form. Correct this one on the command line (&apos;fielddesk outbox resubmit {id} --file FIXED.json&apos;), or discard it and make the change again.</source>
        <translation>Seule la modification d’un client s’ouvre dans un formulaire. Corrigez celle-ci en ligne de commande (&apos;fielddesk outbox resubmit {id} --file FIXED.json&apos;), ou abandonnez-la et refaites la modification.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../../ui/models/outbox.py" line="+25"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>ProPlus</name>
    <message>
        <location filename="../../app/vendors/proplus/enums.py" line="+124"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+337"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Co-ownership</source>
        <translation>Copropriété</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+445"/>
        <location line="+41"/>
        <source>Solid fuel</source>
        <translation>Combustible solide</translation>
    </message>
    <message>
        <location line="-485"/>
        <source>Liquid fuel</source>
        <translation>Combustible liquide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas</source>
        <translation>Gaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wood pellets</source>
        <translation>Pellets de bois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Bûches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wood chips</source>
        <translation>Plaquettes de bois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premix</source>
        <translation>Prémix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not premix</source>
        <translation>Non prémix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No label</source>
        <translation>Pas de label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy label</source>
        <translation>Label énergie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg/h</source>
        <translation>kg/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l/h</source>
        <translation>l/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m³/h</source>
        <translation>m³/h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diesel fuel</source>
        <translation>Gasoil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Natural gas G20</source>
        <translation>Gaz naturel G20</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Gas oil</source>
        <translation>Gasoil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heating oil extra</source>
        <translation>Mazout extra</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Gas oil extra</source>
        <translation>Gasoil extra</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Natural gas G25</source>
        <translation>Gaz naturel G25</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Heating oil ultra</source>
        <translation>Mazout ultra</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Heavy fuel oil</source>
        <translation>Fioul lourd</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+91"/>
        <location line="+12"/>
        <source>Propane</source>
        <translation>Propane</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Cereals</source>
        <translation>Céréales</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Butane</source>
        <translation>Butane</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Coal</source>
        <translation>Charbon</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Biogas</source>
        <translation>Biogaz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Private individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Environmental permit applicant</source>
        <translation>Demandeur du permis d&apos;environnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declarant</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental permit holder</source>
        <translation>Titulaire du permis d&apos;environnement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Periodic check</source>
        <translation>Contrôle périodique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conformity</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type 1</source>
        <translation>Type 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type 2</source>
        <translation>Type 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Individual heating of an EPB apartment</source>
        <translation>Chauffage individuel d&apos;un appartement PEB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual heating of the entire building</source>
        <translation>Chauffage individuel de tout le bâtiment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Water heater</source>
        <translation>Chauffe-eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boiler</source>
        <translation>Chaudière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space heating</source>
        <translation>Chauffage des locaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic hot water</source>
        <translation>Eau chaude sanitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space heating and domestic hot water</source>
        <translation>Chauffage des locaux et eau chaude sanitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only used when another appliance fails</source>
        <translation>Utilisé uniquement en cas de panne d&apos;un autre appareil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type A</source>
        <translation>Type A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type B1</source>
        <translation>Type B1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type B (overpressure)</source>
        <translation>Type B (surpression)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <location line="+74"/>
        <source>Type B</source>
        <translation>Type B</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+48"/>
        <location line="+75"/>
        <source>Type C</source>
        <translation>Type C</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Type C (non-concentric)</source>
        <translation>Type C (non concentrique)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+33"/>
        <source>Natural gas</source>
        <translation>Gaz naturel</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Fuel oil</source>
        <translation>Mazout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+31"/>
        <source>Gas boiler</source>
        <translation>Chaudière au gaz</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>1 stage</source>
        <translation>1 allure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 stages</source>
        <translation>2 allures</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Modulating</source>
        <translation>Modulant</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>LPG</source>
        <translation>GPL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wood</source>
        <translation>Bois</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+320"/>
        <source>Other fuel</source>
        <translation>Autre combustible</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>White label</source>
        <translation>Label blanc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR label</source>
        <translation>Label HR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR+ label</source>
        <translation>Label HR+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR Top label</source>
        <translation>Label HR Top</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optimaz label</source>
        <translation>Label Optimaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimaz Elite label</source>
        <translation>Label Optimaz Elite</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Single stage</source>
        <translation>1 allure</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Multi-stage</source>
        <translation>Plusieurs allures</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Forced-draught burner</source>
        <translation>Brûleur à air pulsé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Forced-draught burner (separable)</source>
        <translation>Brûleur à air pulsé (séparable)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other connection (see text)</source>
        <translation>Autre raccordement (voir texte)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No periodic inspection</source>
        <translation>Pas de contrôle périodique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 3 months</source>
        <translation>tous les 3 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 6 months</source>
        <translation>tous les 6 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 12 months</source>
        <translation>tous les 12 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 24 months</source>
        <translation>tous les 24 mois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>230 V - 1 PH - 50 Hz</source>
        <translation>230 V - 1 Ph - 50 Hz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>230 V - 3 PH - 50 Hz</source>
        <translation>230 V - 3 Ph - 50 Hz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>400 V - 3 PH+N - 50 Hz</source>
        <translation>400 V - 3 Ph+N - 50 Hz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaporative condenser</source>
        <translation>Condenseur évaporatif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Air cooler</source>
        <translation>Refroidisseur d&apos;air</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water cooler</source>
        <translation>Refroidisseur d&apos;eau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+98"/>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+98"/>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+98"/>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Pro+ id</source>
        <translation>ID Pro+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party id</source>
        <translation>ID tiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same address as client</source>
        <translation>Même adresse que le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ client id</source>
        <translation>ID client Pro+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ heating appliance id</source>
        <translation>ID Pro+ de l&apos;appareil de chauffage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ cooling appliance id</source>
        <translation>ID Pro+ de l&apos;appareil frigorifique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Nom de la société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of fans</source>
        <translation>Nombre de ventilateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance make</source>
        <translation>Marque de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance type</source>
        <translation>Type d&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance year</source>
        <translation>Année de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance manufacturing number</source>
        <translation>Numéro de fabrication de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance nominal power</source>
        <translation>Puissance nominale de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance unit</source>
        <translation>Unité de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fall detector</source>
        <translation>Détecteur de refoulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner make</source>
        <translation>Marque du brûleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner type</source>
        <translation>Type de brûleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner year</source>
        <translation>Année du brûleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fuel</source>
        <translation>Combustible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client type (Brussels)</source>
        <translation>Type de client (Bruxelles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client role (Brussels)</source>
        <translation>Rôle du client (Bruxelles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type (Brussels)</source>
        <translation>Type (Bruxelles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specification (Brussels)</source>
        <translation>Précision (Bruxelles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enterprise number (KBO)</source>
        <translation>Numéro d&apos;entreprise (BCE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client type (Wallonia)</source>
        <translation>Type de client (Wallonie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia type</source>
        <translation>Type Wallonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heating appliances</source>
        <translation>Appareils de chauffage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling appliances</source>
        <translation>Appareils frigorifiques</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installation may be moved</source>
        <translation>L&apos;installation peut être déplacée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Public way id (Brussels)</source>
        <translation>ID voirie (Bruxelles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address id (Brussels)</source>
        <translation>ID adresse (Bruxelles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit id (Brussels)</source>
        <translation>ID unité (Bruxelles)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason for the visit</source>
        <translation>Motif de la visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building name</source>
        <translation>Nom du bâtiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation contact person</source>
        <translation>Personne de contact de l&apos;installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation date</source>
        <translation>Date d&apos;occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation e-mail</source>
        <translation>E-mail de l&apos;installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation telephone</source>
        <translation>Téléphone de l&apos;installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPB unit reference</source>
        <translation>Référence de l&apos;unité PEB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental permit number</source>
        <translation>Numéro du permis d&apos;environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating system identification</source>
        <translation>Identification du système de chauffage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating system type</source>
        <translation>Type de système de chauffage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating system kind</source>
        <translation>Genre de système de chauffage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of boilers</source>
        <translation>Nombre de chaudières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of buildings</source>
        <translation>Nombre de bâtiments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of EPB units</source>
        <translation>Nombre d&apos;unités PEB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permit date</source>
        <translation>Date du permis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance kind</source>
        <translation>Genre d&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance use</source>
        <translation>Usage de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple system</source>
        <translation>Système multiple</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Condensing appliance</source>
        <translation>Appareil à condensation</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Connected as</source>
        <translation>Raccordé en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as type A: details</source>
        <translation>Raccordé en type A : détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as type B: details</source>
        <translation>Raccordé en type B : détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as type C: details</source>
        <translation>Raccordé en type C : détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dual fuel</source>
        <translation>Bicombustible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gas category</source>
        <translation>Catégorie de gaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other gas</source>
        <translation>Autre gaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fuel (malfunction)</source>
        <translation>Combustible (dysfonctionnement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas appliance type</source>
        <translation>Type d&apos;appareil au gaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Other solid fuel</source>
        <translation>Autre combustible solide</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Exhaust channel</source>
        <translation>Conduit d&apos;évacuation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other appliance information</source>
        <translation>Autres informations sur l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Appliance rating plate present</source>
        <translation>Plaque signalétique de l&apos;appareil présente</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Minimum nominal power</source>
        <translation>Puissance nominale minimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum nominal power</source>
        <translation>Puissance nominale maximale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance flow rate</source>
        <translation>Débit de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burner power modulation</source>
        <translation>Modulation de puissance du brûleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of stages</source>
        <translation>Nombre d&apos;allures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner rating plate present</source>
        <translation>Plaque signalétique du brûleur présente</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>Burner manufacturing number</source>
        <translation>Numéro de fabrication du brûleur</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Burner flow rate</source>
        <translation>Débit du brûleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner flow rate unit</source>
        <translation>Unité du débit du brûleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum burner flow rate</source>
        <translation>Débit maximal du brûleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum burner flow rate unit</source>
        <translation>Unité du débit maximal du brûleur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enterprise number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client type 2</source>
        <translation>Type de client 2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heating appliance type</source>
        <translation>Type d&apos;appareil de chauffage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type B: details</source>
        <translation>Type B : détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type C: details</source>
        <translation>Type C : détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gas type</source>
        <translation>Type de gaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other gas type</source>
        <translation>Autre type de gaz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gas flow</source>
        <translation>Débit de gaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality label (gas)</source>
        <translation>Label de qualité (gaz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality label (liquid fuel)</source>
        <translation>Label de qualité (combustible liquide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality label (solid fuel)</source>
        <translation>Label de qualité (combustible solide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy level</source>
        <translation>Niveau énergétique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gas premix type</source>
        <translation>Type de prémélange gaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gas flow unit</source>
        <translation>Unité du débit de gaz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number of generators</source>
        <translation>Nombre de générateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance connection</source>
        <translation>Raccordement de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appliance serial number</source>
        <translation>Numéro de série de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burner stages</source>
        <translation>Allures du brûleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas burner kind</source>
        <translation>Genre de brûleur au gaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas or liquid fuel burner kind</source>
        <translation>Genre de brûleur (gaz ou combustible liquide)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Burner serial number</source>
        <translation>Numéro de série du brûleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solid fuel type</source>
        <translation>Type de combustible solide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquid fuel type</source>
        <translation>Type de combustible liquide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaseous fuel type</source>
        <translation>Type de combustible gazeux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance identification</source>
        <translation>Identification de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance connection type</source>
        <translation>Type de raccordement de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of burner stages</source>
        <translation>Nombre d&apos;allures du brûleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central heating coolant</source>
        <translation>Fluide caloporteur du chauffage central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central heating production</source>
        <translation>Production du chauffage central</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fuel subtype</source>
        <translation>Sous-type de combustible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner flame course</source>
        <translation>Allure du brûleur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mobile app appliance id</source>
        <translation>ID appareil de l&apos;app mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app page 4 id</source>
        <translation>ID page 4 de l&apos;app mobile</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Commissioning date</source>
        <translation>Date de mise en service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VRV system</source>
        <translation>Système DRV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refrigerant</source>
        <translation>Réfrigérant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-charge (kg)</source>
        <translation>Précharge (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge at start-up (kg)</source>
        <translation>Charge à la mise en service (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hermetically sealed system</source>
        <translation>Système hermétiquement scellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection frequency</source>
        <translation>Fréquence de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leak detection system</source>
        <translation>Système de détection de fuites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leak detection type</source>
        <translation>Type de détection de fuites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In operation</source>
        <translation>En service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High pressure (HD)</source>
        <translation>Haute pression (HP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low pressure (LD)</source>
        <translation>Basse pression (BP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electrical connection</source>
        <translation>Raccordement électrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global warming potential (GWP)</source>
        <translation>Potentiel de réchauffement global (PRG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CO₂ equivalent (t)</source>
        <translation>Équivalent CO₂ (t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification date</source>
        <translation>Date de certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next certification date</source>
        <translation>Prochaine date de certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code id</source>
        <translation>ID du code QR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condensers</source>
        <translation>Condenseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaporators</source>
        <translation>Évaporateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressors</source>
        <translation>Compresseurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile app condenser id</source>
        <translation>ID condenseur de l&apos;app mobile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other kind</source>
        <translation>Autre genre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mobile app evaporator id</source>
        <translation>ID évaporateur de l&apos;app mobile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Performance</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glycol</source>
        <translation>Glycol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold room temperature</source>
        <translation>Température de la chambre froide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative humidity</source>
        <translation>Humidité relative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expansion valve brand</source>
        <translation>Marque du détendeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion valve type</source>
        <translation>Type de détendeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion valve outlet</source>
        <translation>Sortie du détendeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mobile app compressor id</source>
        <translation>ID compresseur de l&apos;app mobile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Motor capacity control</source>
        <translation>Régulation de puissance du moteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-pressure switch</source>
        <translation>Pressostat haute pression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-pressure switch</source>
        <translation>Pressostat basse pression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oil pressure switch point</source>
        <translation>Point de consigne du pressostat d&apos;huile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oil sight glass present</source>
        <translation>Voyant d&apos;huile présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crankcase heater current</source>
        <translation>Courant de la résistance de carter</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <location filename="../../ui/panes/base.py" line="+106"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/widgets.py" line="-399"/>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
</context>
<context>
    <name>RegisterDeviceDialog</name>
    <message>
        <location filename="../../ui/forms/device_form.py" line="-125"/>
        <source>Register a measuring device</source>
        <translation>Enregistrer un appareil de mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is registered with Pro+ at the next sync; it is listed here at once.</source>
        <translation>L&apos;appareil est enregistré auprès de Pro+ à la prochaine synchronisation ; il figure ici immédiatement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As printed on the instrument</source>
        <translation>Tel qu&apos;imprimé sur l&apos;instrument</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Date d&apos;achat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing date</source>
        <translation>Date de fabrication</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Registering the device</source>
        <translation>Enregistrement de l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>RegisterHeatPumpDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_heat_pump.py" line="+51"/>
        <source>Register a heat pump</source>
        <translation>Enregistrer une pompe à chaleur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device type (short)</source>
        <translation>Type d&apos;appareil (court)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device type (long)</source>
        <translation>Type d&apos;appareil (long)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building id (UUID)</source>
        <translation>ID du bâtiment (UUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum temperature (°C)</source>
        <translation>Température minimale (°C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum temperature (°C)</source>
        <translation>Température maximale (°C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum hot water temperature (°C)</source>
        <translation>Température minimale de l&apos;eau chaude sanitaire (°C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard hot water temperature (°C)</source>
        <translation>Température standard de l&apos;eau chaude sanitaire (°C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away from (e.g. 2026-12-20T08:00:00Z)</source>
        <translation>Début de l&apos;absence (p. ex. 2026-12-20T08:00:00Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away until</source>
        <translation>Fin de l&apos;absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum temperature while away (°C)</source>
        <translation>Température minimale pendant l&apos;absence (°C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smart optimisation</source>
        <translation>Optimisation intelligente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot water heating</source>
        <translation>Eau chaude sanitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space heating</source>
        <translation>Chauffage des locaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space cooling</source>
        <translation>Refroidissement des locaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool heating</source>
        <translation>Chauffage de piscine</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Away mode</source>
        <translation>Mode absence</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building and tariff</source>
        <translation>Bâtiment et tarif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price zone</source>
        <translation>Zone tarifaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optimisation level</source>
        <translation>Niveau d&apos;optimisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heating and temperature limits</source>
        <translation>Chauffage et limites de température</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registration is queued and sent to Podero with the next sync (at once when online). Podero then gives a link for the owner to authorise the heat pump&apos;s cloud service.</source>
        <translation>L&apos;enregistrement est mis en file et envoyé à Podero à la prochaine synchronisation (immédiatement si vous êtes en ligne). Podero fournit ensuite un lien permettant au propriétaire d&apos;autoriser le service cloud de la pompe à chaleur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} sur {limit} caractères</translation>
    </message>
</context>
<context>
    <name>RestoredBanner</name>
    <message>
        <location filename="../../ui/drafts.py" line="+138"/>
        <source>Restored what you typed here on {when}: FieldDesk closed before it was saved.</source>
        <translation>Ce que vous avez saisi ici le {when} est rétabli : FieldDesk s’est fermé avant qu’il soit enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard it</source>
        <translation>L’abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the record as it was saved</source>
        <translation>Afficher l’enregistrement tel qu’il a été enregistré</translation>
    </message>
</context>
<context>
    <name>Slots</name>
    <message>
        <location filename="../../ui/models/slots.py" line="-100"/>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{minutes} min travel</source>
        <translation>{minutes} min de trajet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{window} on {date}: {status}</source>
        <translation>{window} le {date} : {status}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending deletion</source>
        <translation>Suppression en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelved</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No access</source>
        <translation>Pas d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-on required</source>
        <translation>Visite de suivi requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>SlotsPane</name>
    <message>
        <location filename="../../ui/panes/slots.py" line="+90"/>
        <source>Primary order number</source>
        <translation>Numéro de commande principal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> week(s)</source>
        <translation> semaine(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore weekends</source>
        <translation>Ignorer les week-ends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not offer Saturdays and Sundays</source>
        <translation>Ne pas proposer les samedis et dimanches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any resource</source>
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this resource&apos;s availability (its Totalmobile resource id)</source>
        <translation>Uniquement la disponibilité de cette ressource (son ID de ressource Totalmobile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To re-appoint a visit, its visit id (choose it in the bookings below)</source>
        <translation>Pour reporter une visite : son ID de visite (choisissez-la dans les réservations ci-dessous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show slots</source>
        <translation>Afficher les créneaux</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+361"/>
        <source>Order:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Week of:</source>
        <translation>Semaine du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource:</source>
        <translation>Ressource :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+356"/>
        <source>Re-appoint visit:</source>
        <translation>Reporter la visite :</translation>
    </message>
    <message>
        <location line="-348"/>
        <source>◀ Previous week</source>
        <translation>◀ Semaine précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week ▶</source>
        <translation>Semaine suivante ▶</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By trade…</source>
        <translation>Par métier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability for work not yet tied to an order</source>
        <translation>Disponibilité pour des travaux pas encore liés à une commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Connect…</source>
        <translation>Ouvrir dans Connect…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book in Totalmobile Connect&apos;s own booking screen, in the browser</source>
        <translation>Réserver dans l&apos;écran de réservation de Totalmobile Connect, dans le navigateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slots</source>
        <translation>Créneaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>★ Preferred   ✔ Available   ✕ Not available   ·   arrows move, Enter books</source>
        <translation>★ Préféré   ✔ Disponible   ✕ Indisponible   ·   flèches : déplacer, Entrée : réserver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit instructions (optional)</source>
        <translation>Instructions pour la visite (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelve</source>
        <translation>Mettre de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a shelved appointment</source>
        <translation>Créer un rendez-vous mis de côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message the customer</source>
        <translation>Envoyer un message au client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t message</source>
        <translation>Pas de message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never message</source>
        <translation>Jamais de message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book selected slot</source>
        <translation>Réserver le créneau choisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+301"/>
        <source>Instructions:</source>
        <translation>Instructions :</translation>
    </message>
    <message>
        <location line="-283"/>
        <location line="+4"/>
        <location line="+331"/>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Cancel order…</source>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Type or choose a sales order&apos;s primary order number.</source>
        <translation>Saisissez ou choisissez le numéro de commande principal d&apos;une commande client.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking Totalmobile for the slots of {order}…</source>
        <translation>Demande des créneaux de {order} à Totalmobile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Reading the slots</source>
        <translation>Lecture des créneaux</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Totalmobile refused: {error}</source>
        <translation>Totalmobile a refusé : {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totalmobile cannot be reached and no slots of {order} are cached: {error}</source>
        <translation>Totalmobile est injoignable et aucun créneau de {order} n&apos;est en cache : {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bookings cannot be read: {error}</source>
        <translation>Impossible de lire les réservations : {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookings of {order}</source>
        <translation>Réservations de {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(cached: Totalmobile cannot be reached)</source>
        <translation>(en cache : Totalmobile est injoignable)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a sales order and press Show slots.</source>
        <translation>Choisissez une commande client et appuyez sur Afficher les créneaux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Availability by trade for {postcode} at {time}.</source>
        <translation>Disponibilité par métier pour {postcode} au {time}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Offline: last-known availability from {time} ({reason}).</source>
        <translation>⚠ Hors ligne : dernière disponibilité connue, du {time} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totalmobile cannot be reached</source>
        <translation>Totalmobile est injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability of {order} from Totalmobile at {time}.</source>
        <translation>Disponibilité de {order} selon Totalmobile au {time}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the slots of an order first.</source>
        <translation>Affichez d&apos;abord les créneaux d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability by trade: create the sales order to book one of these slots.</source>
        <translation>Disponibilité par métier : créez la commande client pour réserver l&apos;un de ces créneaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking needs a live answer from Totalmobile; this availability is from {time}. Press Show slots when back online.</source>
        <translation>La réservation exige une réponse en direct de Totalmobile ; cette disponibilité date du {time}. Appuyez sur Afficher les créneaux une fois de retour en ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a slot in the grid.</source>
        <translation>Choisissez un créneau dans la grille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This slot is not available.</source>
        <translation>Ce créneau n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Booking…</source>
        <translation>Réservation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>✕ Not booked: {error} The slot is shown as taken and the slots are read again.</source>
        <translation>✕ Non réservé : {error} Le créneau est affiché comme pris et les créneaux sont relus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not booked: Totalmobile cannot be reached ({error}).</source>
        <translation>Non réservé : Totalmobile est injoignable ({error}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>Not booked: {error}</source>
        <translation>Non réservé : {error}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>✔ Booked visit {visit} on {date}.</source>
        <translation>✔ Visite {visit} réservée le {date}.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Asking Totalmobile for availability by trade…</source>
        <translation>Demande de la disponibilité par métier à Totalmobile…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No availability by trade: {error}</source>
        <translation>Pas de disponibilité par métier : {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Totalmobile Connect</source>
        <translation>Ouvrir Totalmobile Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Connect user name (FieldDesk creates its single sign-in token):</source>
        <translation>Votre nom d&apos;utilisateur Connect (FieldDesk crée le jeton d&apos;authentification unique) :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening Connect</source>
        <translation>Ouverture de Connect</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Open in Connect</source>
        <translation>Ouvrir dans Connect</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Connect cannot be opened: {error}</source>
        <translation>Impossible d&apos;ouvrir Connect : {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totalmobile answered without a link to its booking screen.</source>
        <translation>Totalmobile a répondu sans lien vers son écran de réservation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No browser could be started.</source>
        <translation>Aucun navigateur n&apos;a pu être lancé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect&apos;s booking screen was opened in the browser.</source>
        <translation>L&apos;écran de réservation de Connect a été ouvert dans le navigateur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling the order</source>
        <translation>Annulation de la commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not cancelled: {error}</source>
        <translation>Non annulée : {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancellation of {order} queued; it is sent with the next sync.</source>
        <translation>Annulation de {order} mise en file ; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../ui/models/devices.py" line="+7"/>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of use</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <location filename="../../ui/models/technicians.py" line="+16"/>
        <source>Work-order mode</source>
        <translation>Mode bon de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard mode</source>
        <translation>Mode standard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+11"/>
        <source>Sync settings</source>
        <translation>Paramètres de synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only on demand</source>
        <translation>Uniquement sur demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FieldDesk also syncs as soon as a vendor that was unreachable answers again, and whenever you press Sync (F5).</source>
        <translation>FieldDesk synchronise aussi dès qu&apos;un fournisseur injoignable répond à nouveau, et chaque fois que vous appuyez sur Synchroniser (F5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync automatically every</source>
        <translation>Synchroniser automatiquement toutes les</translation>
    </message>
</context>
<context>
    <name>TechnicianDialog</name>
    <message>
        <location filename="../../ui/forms/technician_form.py" line="+75"/>
        <source>Edit technician</source>
        <translation>Modifier le technicien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New technician</source>
        <translation>Nouveau technicien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro+ adds the technician, or updates the one with this external id. The change is saved here at once and sent with the next sync.</source>
        <translation>Pro+ ajoute le technicien, ou met à jour celui qui a cet ID externe. La modification est enregistrée ici immédiatement et envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The external id is how Pro+ recognises this technician</source>
        <translation>C&apos;est par l&apos;ID externe que Pro+ reconnaît ce technicien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work-order mode</source>
        <translation>Mode bon de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard mode</source>
        <translation>Mode standard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>External id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile</source>
        <translation>GSM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical information</source>
        <translation>Informations techniques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised technician</source>
        <translation>Technicien agréé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chimney sweep</source>
        <translation>Ramoneur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works for an OCA</source>
        <translation>Travaille pour un OCA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating adviser type {type}</source>
        <translation>Conseiller en chauffage type {type}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recognition numbers</source>
        <translation>Numéros d&apos;agrément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+118"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+118"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Add number</source>
        <translation>Ajouter un numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Row {row}: {field}: {problem}</source>
        <translation>Ligne {row} : {field} : {problem}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving the technician</source>
        <translation>Enregistrement du technicien</translation>
    </message>
</context>
<context>
    <name>TechnicianTableModel</name>
    <message>
        <location filename="../../ui/models/technicians.py" line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro+ id</source>
        <translation>ID Pro+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile</source>
        <translation>GSM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Devices</source>
        <translation>Appareils de mesure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A change to this technician is waiting to be sent to Pro+</source>
        <translation>Une modification de ce technicien attend d&apos;être envoyée à Pro+</translation>
    </message>
</context>
<context>
    <name>TechniciansPane</name>
    <message>
        <location filename="../../ui/panes/technicians.py" line="-117"/>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring devices</source>
        <translation>Appareils de mesure</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pro+ rejected a change: correct it (save it again) or discard it in the Outbox.</source>
        <translation>Pro+ a refusé une modification : corrigez-la (enregistrez à nouveau) ou supprimez-la dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change is waiting to be sent to Pro+.</source>
        <translation>Une modification attend d&apos;être envoyée à Pro+.</translation>
    </message>
</context>
<context>
    <name>TechniciansTab</name>
    <message>
        <location line="-145"/>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, external id, mobile or e-mail</source>
        <translation>Filtrer par nom, ID externe, GSM ou e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a technician to see the details.</source>
        <translation>Choisissez un technicien pour voir les détails.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New technician…</source>
        <translation>Nouveau technicien…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a technician to Pro+</source>
        <translation>Ajouter un technicien à Pro+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit technician…</source>
        <translation>Modifier le technicien…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected technician</source>
        <translation>Modifier le technicien choisi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ id</source>
        <translation>ID Pro+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>GSM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working mode</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical information</source>
        <translation>Informations techniques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorised technician</source>
        <translation>Technicien agréé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chimney sweep</source>
        <translation>Ramoneur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating adviser</source>
        <translation>Conseiller en chauffage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works for an OCA</source>
        <translation>Travaille pour un OCA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition numbers</source>
        <translation>Numéros d&apos;agrément</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type {type}: {number}</source>
        <translation>type {type} : {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Linked devices</source>
        <translation>Appareils associés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{group}, since {date}</source>
        <translation>{group}, depuis le {date}</translation>
    </message>
</context>
<context>
    <name>TradeDialog</name>
    <message>
        <location filename="../../ui/panes/slots.py" line="-570"/>
        <source>Availability by trade</source>
        <translation>Disponibilité par métier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated, e.g. Gas, Heat pumps</source>
        <translation>Séparées par des virgules, p. ex. Gaz, Pompes à chaleur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target date:</source>
        <translation>Date cible :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two to attend</source>
        <translation>Deux techniciens requis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills:</source>
        <translation>Compétences :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show availability</source>
        <translation>Afficher la disponibilité</translation>
    </message>
</context>
<context>
    <name>VendorError</name>
    <message>
        <location filename="../../app/services/climate.py" line="+87"/>
        <source>myBeNext is not set up</source>
        <translation>myBeNext n&apos;est pas configuré</translation>
    </message>
    <message>
        <location filename="../../app/services/planner.py" line="-208"/>
        <source>Totalmobile is not set up in this profile (set FIELDDESK_TOTALMOBILE_BASE_URL, _USERNAME and _PASSWORD)</source>
        <translation>Totalmobile n&apos;est pas configuré dans ce profil (définissez FIELDDESK_TOTALMOBILE_BASE_URL, _USERNAME et _PASSWORD)</translation>
    </message>
    <message>
        <location filename="../../app/vendors/http.py" line="+90"/>
        <source>daily call limit of {limit:,} reached; calls resume tomorrow (UTC)</source>
        <translation>limite quotidienne de {limit:,} appels atteinte ; les appels reprennent demain (UTC)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the answer was an HTML page, not the expected JSON</source>
        <translation>la réponse était une page HTML, pas le JSON attendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was invalid JSON, not the expected JSON</source>
        <translation>la réponse était du JSON invalide, pas le JSON attendu</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>no answer within the time limit</source>
        <translation>aucune réponse dans le délai imparti</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no complete answer within {seconds} s</source>
        <translation>aucune réponse complète en {seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timed out ({kind})</source>
        <translation>délai dépassé ({kind})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server did not answer with a secure (TLS) connection: is its address http:// rather than https://, or the port wrong?</source>
        <translation>le serveur n&apos;a pas répondu par une connexion sécurisée (TLS) : son adresse commence-t-elle par http:// au lieu de https://, ou le port est-il erroné ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>secure connection refused: the server&apos;s certificate is not trusted</source>
        <translation>connexion sécurisée refusée : le certificat du serveur n&apos;est pas reconnu comme fiable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect</source>
        <translation>connexion impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection dropped before the answer was complete</source>
        <translation>la connexion a été coupée avant la fin de la réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network error ({kind})</source>
        <translation>erreur réseau ({kind})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>authentication failed ({words})</source>
        <translation>échec de l&apos;authentification ({words})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many requests ({words})</source>
        <translation>trop de requêtes ({words})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server timed out waiting for the request</source>
        <translation>le serveur a attendu la requête trop longtemps</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/client.py" line="+54"/>
        <source>the answer was not valid JSON</source>
        <translation>la réponse n&apos;était pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../../app/vendors/totalmobile/client.py" line="+114"/>
        <source>sign-in refused ({words})</source>
        <translation>connexion refusée ({words})</translation>
    </message>
    <message>
        <location filename="../../app/sync/engine.py" line="+150"/>
        <source>another FieldDesk window or command is syncing this cache; your changes stay queued and are sent by it or by the next sync</source>
        <translation>une autre fenêtre ou commande FieldDesk synchronise ce cache ; vos modifications restent en file d&apos;attente et sont envoyées par elle ou lors de la prochaine synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/vendors/errors.py" line="+87"/>
        <source>FieldDesk could not finish syncing {vendor} ({problem}); the log file has the details</source>
        <translation>FieldDesk n&apos;a pas pu terminer la synchronisation avec {vendor} ({problem}) ; le fichier journal en donne le détail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unreadable {vendor} answer: {detail}</source>
        <translation>réponse illisible de {vendor} : {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="-123"/>
        <source>Pro+ is not set up in this profile (set FIELDDESK_PROPLUS_BASE_URL and FIELDDESK_PROPLUS_SECRET_KEY)</source>
        <translation>Pro+ n&apos;est pas configuré dans ce profil (définissez FIELDDESK_PROPLUS_BASE_URL et FIELDDESK_PROPLUS_SECRET_KEY)</translation>
    </message>
</context>
<context>
    <name>WebhookControl</name>
    <message>
        <location filename="../../ui/webhook.py" line="+62"/>
        <source>Cannot listen on {host}:{port}: {error}</source>
        <translation>Impossible d&apos;écouter sur {host}:{port} : {error}</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <location filename="../../ui/dialogs/webhook.py" line="+27"/>
        <source>Work-order webhook</source>
        <translation>Webhook des ordres de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro+ can call FieldDesk whenever a work order changes (its status, its certificate). FieldDesk then listens on the address and port below; set the URL shown in your Pro+ profile. Pro+ must be able to reach this computer (a public address or an HTTPS proxy in front of it). Off by default.</source>
        <translation>Pro+ peut appeler FieldDesk chaque fois qu&apos;un ordre de travail change (son statut, son certificat). FieldDesk écoute alors sur l&apos;adresse et le port ci-dessous ; indiquez l&apos;URL affichée dans votre profil Pro+. Pro+ doit pouvoir joindre cet ordinateur (une adresse publique ou un proxy HTTPS devant lui). Désactivé par défaut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receive Pro+&apos;s work-order calls</source>
        <translation>Recevoir les appels de Pro+ sur les ordres de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>127.0.0.1: this computer only (behind a proxy); 0.0.0.0: every network</source>
        <translation>127.0.0.1 : cet ordinateur seulement (derrière un proxy) ; 0.0.0.0 : tous les réseaux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>URL for Pro+</source>
        <translation>URL pour Pro+</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(shown while the receiver runs)</source>
        <translation>(affichée tant que le récepteur fonctionne)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not receiving: {problem}</source>
        <translation>Ne reçoit pas : {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving. Calls so far: {applied} applied, {refused} refused.</source>
        <translation>Réception active. Appels jusqu&apos;ici : {applied} traités, {refused} refusés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not receiving.</source>
        <translation>Ne reçoit pas.</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetail</name>
    <message>
        <location filename="../../ui/panes/workorders.py" line="+46"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External id</source>
        <translation>Id externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution date</source>
        <translation>Date d&apos;exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating or cooling</source>
        <translation>Chauffage ou refroidissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate language</source>
        <translation>Langue du certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracting company</source>
        <translation>Entreprise contractante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro+ id</source>
        <translation>Id Pro+</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh from Pro+</source>
        <translation>Actualiser depuis Pro+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available (PDF {pdf}, JSON {json}, VAT {vat})</source>
        <translation>Disponible (PDF {pdf}, JSON {json}, TVA {vat})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet in Pro+</source>
        <translation>Pas encore dans Pro+</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Being deleted: the deletion is sent with the next sync.</source>
        <translation>En cours de suppression : la suppression est envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent to Pro+ (see the outbox).</source>
        <translation>En attente d&apos;envoi à Pro+ (voir la boîte d&apos;envoi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ The certificate of this work order is available.</source>
        <translation>✔ Le certificat de cet ordre de travail est disponible.</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/workorder.py" line="+41"/>
        <source>New work order</source>
        <translation>Nouvel ordre de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work order is created in Pro+ with the next sync; until then it waits in the outbox, also without a connection.</source>
        <translation>L&apos;ordre de travail est créé dans Pro+ à la prochaine synchronisation ; d&apos;ici là il attend dans la boîte d&apos;envoi, même sans connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your system&apos;s work order number: it identifies the work order</source>
        <translation>Le numéro d&apos;ordre de travail de votre système : il identifie l&apos;ordre de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HH:MM (optional)</source>
        <translation>HH:MM (facultatif)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{client} – {appliance} ({kind}, Pro+ id {id})</source>
        <translation>{client} – {appliance} ({kind}, id Pro+ {id})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None (0)</source>
        <translation>Aucune (0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+&apos;s id of the contracting company, or none</source>
        <translation>Id Pro+ de l&apos;entreprise contractante, ou aucune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro+ technician id (optional)</source>
        <translation>Id Pro+ du technicien (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (Pro+ id {id})</source>
        <translation>{name} (id Pro+ {id})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>External id</source>
        <translation>Id externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution date</source>
        <translation>Date d&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification type</source>
        <translation>Type de certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate language</source>
        <translation>Langue du certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracting company</source>
        <translation>Entreprise contractante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appliance has a Pro+ id yet: sync first, or wait until a new client&apos;s push is acknowledged.</source>
        <translation>Aucun appareil n&apos;a encore d&apos;id Pro+ : synchronisez d&apos;abord, ou attendez que Pro+ ait confirmé un nouveau client.</translation>
    </message>
</context>
<context>
    <name>WorkOrderTableModel</name>
    <message>
        <location filename="../../ui/models/workorders.py" line="+27"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External id</source>
        <translation>Id externe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appliance</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heating or cooling</source>
        <translation>Chauffage ou refroidissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being deleted</source>
        <translation>En cours de suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Certificate documents: PDF {pdf}, JSON {json}, VAT {vat}</source>
        <translation>Documents du certificat : PDF {pdf}, JSON {json}, TVA {vat}</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPane</name>
    <message>
        <location filename="../../ui/panes/workorders.py" line="+31"/>
        <source>New work order…</source>
        <translation>Nouvel ordre de travail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Pro+ work order for an appliance</source>
        <translation>Créer un ordre de travail Pro+ pour un appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch from Pro+…</source>
        <translation>Récupérer depuis Pro+…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a work order made elsewhere (e.g. in the Pro+ portal) by its external id</source>
        <translation>Ajouter un ordre de travail créé ailleurs (p. ex. dans le portail Pro+) par son id externe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webhook…</source>
        <translation>Webhook…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Pro+ tell FieldDesk when a work order changes</source>
        <translation>Laisser Pro+ signaler à FieldDesk qu&apos;un ordre de travail change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro+ has no list of work orders: here are those created or fetched in FieldDesk, kept current by every sync and by the webhook.</source>
        <translation>Pro+ n&apos;a pas de liste des ordres de travail : voici ceux créés ou récupérés dans FieldDesk, tenus à jour à chaque synchronisation et par le webhook.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the sandbox, the demo Pro+ holds work orders with external ids 7001 to 7012: try “Fetch from Pro+…”.</source>
        <translation>Dans le bac à sable, le Pro+ de démo contient des ordres de travail avec les id externes 7001 à 7012 : essayez « Récupérer depuis Pro+… ».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Filter by number, name, date, client, appliance, type, status or comment</source>
        <translation>Filtrer par numéro, nom, date, client, appareil, type, statut ou commentaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No work order selected.</source>
        <translation>Aucun ordre de travail sélectionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No work orders yet. Create one from an appliance with “New work order…”, or add one made elsewhere with “Fetch from Pro+…”.</source>
        <translation>Pas encore d’ordres de travail. Créez-en un pour un appareil avec « Nouvel ordre de travail… », ou ajoutez-en un créé ailleurs avec « Récupérer depuis Pro+… ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No work order matches “{filter}”.</source>
        <translation>Aucun ordre de travail ne correspond à « {filter} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} work orders</source>
        <translation>{shown} sur {total} ordres de travail</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Fetch a work order from Pro+</source>
        <translation>Récupérer un ordre de travail depuis Pro+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id of the work order (your system&apos;s number):</source>
        <translation>Id externe de l&apos;ordre de travail (le numéro dans votre système) :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fetching the work order</source>
        <translation>La récupération de l&apos;ordre de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Pro+ could not answer: {error}</source>
        <translation>Pro+ n&apos;a pas pu répondre : {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pro+ has no such work order.</source>
        <translation>Pro+ n&apos;a pas cet ordre de travail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ cannot be reached, and the cache has no such work order.</source>
        <translation>Pro+ est injoignable, et le cache n&apos;a pas cet ordre de travail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro+ cannot be reached: showing the cached work order.</source>
        <translation>Pro+ est injoignable : l&apos;ordre de travail du cache est affiché.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete work order</source>
        <translation>Supprimer l&apos;ordre de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete work order {number} “{name}” in Pro+? The deletion is sent with the next sync and cannot be undone there.</source>
        <translation>Supprimer l&apos;ordre de travail {number} « {name} » dans Pro+ ? La suppression est envoyée à la prochaine synchronisation et ne peut pas y être annulée.</translation>
    </message>
</context>
<context>
    <name>myBeNext</name>
    <message>
        <location filename="../../app/vendors/benext/models.py" line="+23"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heating</source>
        <translation>Chauffage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling</source>
        <translation>Refroidissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fan only</source>
        <translation>Ventilation seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending heat</source>
        <translation>Chauffage en attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending cool</source>
        <translation>Refroidissement en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vent/economizer</source>
        <translation>Ventilation/économiseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aux heating</source>
        <translation>Chauffage d’appoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage heating</source>
        <translation>Chauffage par paliers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage cooling</source>
        <translation>Refroidissement par paliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage aux heat</source>
        <translation>Appoint par paliers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 stage aux heat</source>
        <translation>Appoint à 3 paliers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following internal schedule</source>
        <translation>Suit son programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary schedule override</source>
        <translation>Programme remplacé temporairement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent schedule override</source>
        <translation>Programme remplacé durablement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CH (central heating)</source>
        <translation>CC (chauffage central)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DHW (domestic hot water)</source>
        <translation>ECS (eau chaude sanitaire)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No failure</source>
        <translation>Pas de panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>En panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Prise en compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway unavailable</source>
        <translation>Passerelle injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product unavailable</source>
        <translation>Appareil injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown failure</source>
        <translation>Panne inconnue</translation>
    </message>
</context>
</TS>
