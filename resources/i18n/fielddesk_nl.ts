<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+86"/>
        <source>FieldDesk did not close cleanly last time: it checks the cache before it opens. A large cache can take a minute.</source>
        <translation>FieldDesk werd de vorige keer niet netjes afgesloten: het controleert de cache voor het opent. Een grote cache kan een minuut duren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FieldDesk upgrades the cache for this version, after keeping a copy of it. A large cache can take a minute.</source>
        <translation>FieldDesk werkt de cache bij voor deze versie, nadat het er een kopie van heeft bewaard. Een grote cache kan een minuut duren.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The cache {file} is damaged ({problem}). Nothing in it was changed.

FieldDesk can keep it under a new name and start with a new cache, which takes over the changes waiting to be sent and the unsaved forms still readable in it.</source>
        <translation>De lokale gegevens {file} zijn beschadigd ({problem}). Er is niets in gewijzigd.

FieldDesk kan ze onder een nieuwe naam bewaren en met nieuwe lokale gegevens beginnen, die de wijzigingen die nog verstuurd moesten worden en de niet bewaarde formulieren overnemen die er nog leesbaar in zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>FieldDesk cannot start</source>
        <translation>FieldDesk kan niet starten</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Move it aside and start a new cache</source>
        <translation>Opzijzetten en een nieuwe cache beginnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The damaged cache is kept as {file}. FieldDesk starts with a new cache and fills it at the next sync.</source>
        <translation>De beschadigde lokale gegevens zijn bewaard als {file}. FieldDesk begint met nieuwe lokale gegevens en vult ze bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes that were waiting in it, queued again: {count}.</source>
        <translation>Wijzigingen die erin wachtten, opnieuw in de wachtrij: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved forms, kept: {count}.</source>
        <translation>Niet bewaarde formulieren, behouden: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some changes waiting in it could not be read ({problem}). The file is kept: &apos;fielddesk outbox export --from {file}&apos; may read them later.</source>
        <translation>Sommige wijzigingen die erin wachtten, konden niet gelezen worden ({problem}). Het bestand is bewaard: &apos;fielddesk outbox export --from {file}&apos; kan ze later misschien lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable: {count}</source>
        <translation>onleesbaar: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new cache</source>
        <translation>Een nieuwe cache</translation>
    </message>
</context>
<context>
    <name>ApplianceDetail</name>
    <message>
        <location filename="../../ui/panes/appliances.py" line="+69"/>
        <source>Show empty fields</source>
        <translation>Lege velden tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the fields Pro+ knows but that are not filled in</source>
        <translation>Ook de velden tonen die Pro+ kent maar die niet ingevuld zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appliance&apos;s fields</source>
        <translation>De velden van het toestel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New work order…</source>
        <translation>Nieuwe werkorder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Create a Pro+ work order for this appliance</source>
        <translation>Een Pro+-werkorder voor dit toestel aanmaken</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+8"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This appliance is not in Pro+ yet: sync first</source>
        <translation>Dit toestel staat nog niet in Pro+: synchroniseer eerst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client: {client}</source>
        <translation>Klant: {client}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling</source>
        <translation>Koeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condensers</source>
        <translation>Condensors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condenser {number}</source>
        <translation>Condensor {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaporators (verdampers)</source>
        <translation>Verdampers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaporator {number}</source>
        <translation>Verdamper {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressors</source>
        <translation>Compressoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compressor {number}</source>
        <translation>Compressor {number}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>None recorded</source>
        <translation>Geen geregistreerd</translation>
    </message>
</context>
<context>
    <name>ApplianceTableModel</name>
    <message>
        <location filename="../../ui/models/appliances.py" line="+28"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Gewest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make</source>
        <translation>Merk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
</context>
<context>
    <name>AppliancesPane</name>
    <message>
        <location filename="../../ui/panes/appliances.py" line="+55"/>
        <source>Filter by client, appliance, make, year, kind or region</source>
        <translation>Filteren op klant, toestel, merk, jaar, soort of gewest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an appliance to see all its fields.</source>
        <translation>Selecteer een toestel om al zijn velden te zien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appliances yet: they come with their clients from Pro+ at the next sync.</source>
        <translation>Nog geen toestellen: ze komen met hun klanten uit Pro+ bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appliance matches “{filter}”.</source>
        <translation>Geen toestel komt overeen met “{filter}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{shown} of {total} appliances</source>
        <translation>{shown} van {total} toestellen</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <location filename="../../ui/models/slots.py" line="+124"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Instructies</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../ui/panes/slots.py" line="+91"/>
        <source>Cancel sales order {order}</source>
        <translation>Verkooporder {order} annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the order</source>
        <translation>Order annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling deletes the order&apos;s open visits at Totalmobile. The cancellation waits in the outbox until it is sent.</source>
        <translation>Annuleren verwijdert de openstaande bezoeken van de order bij Totalmobile. De annulering wacht in Uitgaand tot ze verzonden is.</translation>
    </message>
</context>
<context>
    <name>CertificateDetail</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="+166"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certified on</source>
        <translation>Keuringsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next certification</source>
        <translation>Volgende keuring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ ids</source>
        <translation>Pro+-id&apos;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetched</source>
        <translation>Opgehaald op</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+60"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Pro+ lists no files for this certificate.</source>
        <translation>Pro+ vermeldt geen bestanden voor dit attest.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Certificate {id}</source>
        <translation>Attest {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate {certificate} · client {client} · appliance {appliance}</source>
        <translation>attest {certificate} · klant {client} · toestel {appliance}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Files ({downloaded} of {total} downloaded)</source>
        <translation>Bestanden ({downloaded} van {total} gedownload)</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <location filename="../../ui/models/certificates.py" line="+61"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next certification</source>
        <translation>Volgende keuring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro+ id</source>
        <translation>Pro+-id</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Pro+ lists no files for this certificate</source>
        <translation>Pro+ vermeldt geen bestanden voor dit attest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{downloaded} of {total} files downloaded</source>
        <translation>{downloaded} van {total} bestanden gedownload</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../app/services/certificates.py" line="+118"/>
        <source>the range ends ({to}) before it starts ({begin})</source>
        <translation>de periode eindigt ({to}) voor ze begint ({begin})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>give a work order number</source>
        <translation>geef een werkordernummer op</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no certificate file {file_id} in the cache (fetch its certificate first; `fielddesk certificates list` shows the cached ones)</source>
        <translation>geen attestbestand {file_id} in de cache (haal eerst het attest op; `fielddesk certificates list` toont de bewaarde)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot save the file in {folder} ({reason})</source>
        <translation>kan het bestand niet bewaren in {folder} ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file was saved but the cache could not record it ({reason})</source>
        <translation>het bestand is bewaard, maar de cache kon het niet noteren ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificates.py" line="-95"/>
        <source>Periodic</source>
        <translation>Periodiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Repair</source>
        <translation>Herstelling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance</source>
        <translation>Onderhoud</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
</context>
<context>
    <name>CertificatesPane</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="+125"/>
        <source>Fetch…</source>
        <translation>Ophalen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch certificates from Pro+ by date range or work order number</source>
        <translation>Attesten uit Pro+ ophalen per periode of werkordernummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download selected</source>
        <translation>Selectie downloaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download every file of the selected certificates (Ctrl+click or Shift+click selects several)</source>
        <translation>Alle bestanden van de geselecteerde attesten downloaden (Ctrl+klik of Shift+klik selecteert er meerdere)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open downloads folder</source>
        <translation>Downloadmap openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro+ inspection certificates. A sync brings the recent ones; “Fetch…” adds others by date range or work order.</source>
        <translation>Keuringsattesten uit Pro+. Een synchronisatie haalt de recente op; “Ophalen…” voegt andere toe per periode of werkorder.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Files not downloaded</source>
        <translation>Niet gedownloade bestanden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Filter by client, appliance, type, work order, id or file name</source>
        <translation>Filteren op klant, toestel, soort, werkorder, id of bestandsnaam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No certificate selected.</source>
        <translation>Geen attest geselecteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} certificates</source>
        <translation>{shown} van {total} attesten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No certificates yet: sync, or fetch a date range from Pro+ with “Fetch…”.</source>
        <translation>Nog geen attesten: synchroniseer, of haal een periode op uit Pro+ met “Ophalen…”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No certificate matches “{filter}”.</source>
        <translation>Geen attest komt overeen met “{filter}”.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Asking Pro+ for the certificates of work order {number}…</source>
        <translation>De attesten van werkorder {number} worden bij Pro+ opgevraagd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking Pro+ for the certificates from {start} to {end}…</source>
        <translation>De attesten van {start} tot {end} worden bij Pro+ opgevraagd…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fetching certificates</source>
        <translation>Het ophalen van attesten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pro+ could not give the certificates: {error}</source>
        <translation>Pro+ kon de attesten niet geven: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pro+ has no certificates for work order {number}.</source>
        <translation>Pro+ heeft geen attesten voor werkorder {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro+ has no certificates from {start} to {end}.</source>
        <translation>Pro+ heeft geen attesten van {start} tot {end}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates fetched from Pro+: {count}.</source>
        <translation>Attesten opgehaald uit Pro+: {count}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every file of the selected certificates is downloaded already.</source>
        <translation>Alle bestanden van de geselecteerde attesten zijn al gedownload.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Downloading certificates</source>
        <translation>Het downloaden van attesten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was downloaded: {error}</source>
        <translation>Er werd niets gedownload: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Files downloaded: {landed} of {total}.</source>
        <translation>Bestanden gedownload: {landed} van {total}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files downloaded: {landed} of {total}. Not downloaded: {failed} (reasons below).</source>
        <translation>Bestanden gedownload: {landed} van {total}. Niet gedownload: {failed} (redenen hieronder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (certificate {certificate}): {error}</source>
        <translation>{name} (attest {certificate}): {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Downloading {done} of {total}…</source>
        <translation>Downloaden: {done} van {total}…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Downloading “{name}”…</source>
        <translation>“{name}” wordt gedownload…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading a file</source>
        <translation>Het downloaden van een bestand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” downloaded.</source>
        <translation>“{name}” gedownload.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” could not be downloaded: {error}</source>
        <translation>“{name}” kon niet gedownload worden: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is not on disk (any more): download it again.</source>
        <translation>Het bestand staat niet (meer) op de schijf: download het opnieuw.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The downloads folder {path} cannot be created: {error}</source>
        <translation>De downloadmap {path} kan niet aangemaakt worden: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No application could open {path}.</source>
        <translation>Geen enkele toepassing kon {path} openen.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/charts.py" line="+149"/>
        <source>Time (local)</source>
        <translation>Tijd (lokaal)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point at the chart to read its values, or step through them with Left and Right; scroll to zoom, drag to pan.</source>
        <translation>Wijs een punt van de grafiek aan om de waarden te lezen, of stap erdoor met Links en Rechts; scrol om te zoomen, sleep om te verschuiven.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Temperature (°C)</source>
        <translation>Temperatuur (°C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature and set point over time</source>
        <translation>Temperatuur en instelpunt in de tijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature</source>
        <translation>Temperatuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set point</source>
        <translation>Instelwaarde</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+123"/>
        <source>No values in this period.</source>
        <translation>Geen waarden in deze periode.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>From {start} to {end}.</source>
        <translation>Van {start} tot {end}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature: lowest {low} °C, highest {high} °C, last {last} °C.</source>
        <translation>Temperatuur: laagst {low} °C, hoogst {high} °C, laatst {last} °C.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set point: lowest {low} °C, highest {high} °C, last {last} °C.</source>
        <translation>Instelpunt: laagst {low} °C, hoogst {high} °C, laatst {last} °C.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>temperature</source>
        <translation>temperatuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set point</source>
        <translation>instelwaarde</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy used per period</source>
        <translation>Verbruikte energie per periode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Energy ({unit} per {period})</source>
        <translation>Energie ({unit} per {period})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} bars, one per {period}, from {start}: {total} {unit} in all; the most, {top} {unit}, from {top_start}.</source>
        <translation>{count} staven, één per {period}, vanaf {start}: {total} {unit} in totaal; het meest, {top} {unit}, vanaf {top_start}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{period} from {start}: {value} {unit}</source>
        <translation>{period} vanaf {start}: {value} {unit}</translation>
    </message>
</context>
<context>
    <name>ClientDetail</name>
    <message>
        <location filename="../../ui/panes/clients.py" line="+41"/>
        <location line="+4"/>
        <source>Appliances</source>
        <translation>Toestellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click an appliance to see all its details</source>
        <translation>Dubbelklik op een toestel om alle details te zien</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appliances ({count})</source>
        <translation>Toestellen ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No appliances</source>
        <translation>Geen toestellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>box {number}</source>
        <translation>bus {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No address</source>
        <translation>Geen adres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone: {number}</source>
        <translation>Telefoon: {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail: {address}</source>
        <translation>E-mail: {address}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pro+ id: {id}</source>
        <translation>Pro+-id: {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet in Pro+</source>
        <translation>Nog niet in Pro+</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../ui/forms/checks.py" line="+80"/>
        <source>{field}: choose one of the listed values</source>
        <translation>{field}: kies een van de vermelde waarden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} is required</source>
        <translation>{field} is verplicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} {problem}</source>
        <translation>{field} {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is {problem}</source>
        <translation>{field} is {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="+148"/>
        <source>calculated by Pro+</source>
        <translation>berekend door Pro+</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(not set)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Other value: {value}</source>
        <translation>Andere waarde: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/layout.py" line="+36"/>
        <location filename="../../ui/forms/pages.py" line="+213"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region-specific details</source>
        <translation>Gewestspecifieke gegevens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heating appliance</source>
        <translation>Verwarmingstoestel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Visit and installation</source>
        <translation>Bezoek en installatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heating system</source>
        <translation>Verwarmingssysteem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use, connection and fuel</source>
        <translation>Gebruik, aansluiting en brandstof</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+14"/>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+12"/>
        <location line="+15"/>
        <source>Burner</source>
        <translation>Brander</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Appliance type and fuel</source>
        <translation>Toesteltype en brandstof</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quality labels</source>
        <translation>Kwaliteitslabels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client at the installation</source>
        <translation>Klant op de installatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fuel</source>
        <translation>Brandstof</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Central heating</source>
        <translation>Centrale verwarming</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cooling appliance</source>
        <translation>Koeltoestel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refrigerant and installation</source>
        <translation>Koelmiddel en installatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filled in by Pro+</source>
        <translation>Ingevuld door Pro+</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>yyyy-mm-dd</source>
        <translation>jjjj-mm-dd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yyyy</source>
        <translation>jjjj</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Condenser</source>
        <translation>Condensor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condensers</source>
        <translation>Condensors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaporator</source>
        <translation>Verdamper</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaporators (verdampers)</source>
        <translation>Verdampers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compressor</source>
        <translation>Compressor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compressors</source>
        <translation>Compressoren</translation>
    </message>
    <message>
        <location filename="../../ui/forms/pages.py" line="-129"/>
        <source>Same address as client</source>
        <translation>Zelfde adres als klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the client&apos;s address for this appliance and keep it up to date when the client&apos;s address changes.</source>
        <translation>Het adres van de klant gebruiken voor dit toestel en het bijwerken als het adres van de klant wijzigt.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The client as Pro+ knows it. Region-specific details only matter for clients in that region.</source>
        <translation>De klant zoals Pro+ hem kent. Gewestspecifieke gegevens gelden alleen voor klanten in dat gewest.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Client: {name}</source>
        <translation>Klant: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Taken from the client&apos;s address; untick &quot;Same address as client&quot; to change it.</source>
        <translation>Overgenomen van het adres van de klant; vink &quot;Zelfde adres als klant&quot; uit om het te wijzigen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>General heating appliance fields, then the fields of the appliance&apos;s region. Changing the region shows that region&apos;s fields.</source>
        <translation>Algemene velden van het verwarmingstoestel, daarna de velden van het gewest van het toestel. Als u het gewest wijzigt, verschijnen de velden van dat gewest.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Region-specific fields</source>
        <translation>Gewestspecifieke velden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the appliance&apos;s region above to fill in the fields Pro+ asks for in Brussels, Flanders or Wallonia.</source>
        <translation>Kies hierboven het gewest van het toestel om de velden in te vullen die Pro+ vraagt in Brussel, Vlaanderen of Wallonië.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{region}: region-specific fields</source>
        <translation>{region}: gewestspecifieke velden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields Pro+ asks for heating appliances in {region}.</source>
        <translation>Velden die Pro+ vraagt voor verwarmingstoestellen in {region}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heating: {name}</source>
        <translation>Verwarming: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New heating appliance</source>
        <translation>Nieuw verwarmingstoestel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add {part}</source>
        <translation>{part} toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None yet.</source>
        <translation>Nog geen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{part} {number}</source>
        <translation>{part} {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {part}</source>
        <translation>{part} verwijderen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cooling appliance fields, then its condensers, evaporators and compressors.</source>
        <translation>Velden van het koeltoestel, daarna de condensors, verdampers en compressoren.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cooling: {name}</source>
        <translation>Koeling: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cooling appliance</source>
        <translation>Nieuw koeltoestel</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <location filename="../../ui/forms/client_form.py" line="+162"/>
        <source>Correct the rejected change: {name}</source>
        <translation>Geweigerde wijziging verbeteren: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit client: {name}</source>
        <translation>Klant bewerken: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit client</source>
        <translation>Klant bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add heating appliance</source>
        <translation>Verwarmingstoestel toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add cooling appliance</source>
        <translation>Koeltoestel toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove appliance…</source>
        <translation>Toestel verwijderen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Remove appliance</source>
        <translation>Toestel verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}” from this client? What you entered for it in this form is lost.</source>
        <translation>“{name}” verwijderen bij deze klant? Wat u ervoor invulde in dit formulier gaat verloren.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Fix this before saving: {message} ({where}).</source>
        <translation>Verbeter dit voor het opslaan: {message} ({where}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix {count} fields before saving. First: {message} ({where}).</source>
        <translation>Verbeter {count} velden voor het opslaan. Eerste: {message} ({where}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro+ may refuse values this form does not show: {problems}</source>
        <translation>Pro+ kan waarden weigeren die dit formulier niet toont: {problems}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../ui/models/clients.py" line="+27"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Gewest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appliances</source>
        <translation>Toestellen</translation>
    </message>
</context>
<context>
    <name>ClientsPane</name>
    <message>
        <location filename="../../ui/panes/clients.py" line="+45"/>
        <source>Filter by name, city, postal code, phone, e-mail or address</source>
        <translation>Filteren op naam, gemeente, postcode, telefoon, e-mail of adres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a client to see the address and appliances.</source>
        <translation>Selecteer een klant om het adres en de toestellen te zien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No clients yet: sync to fetch them from Pro+, or add one with “New client”.</source>
        <translation>Nog geen klanten: synchroniseer om ze uit Pro+ op te halen, of voeg er een toe met “Nieuwe klant”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No client matches “{filter}”.</source>
        <translation>Geen klant komt overeen met “{filter}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} clients</source>
        <translation>{shown} van {total} klanten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ A change to this client was rejected: {error}</source>
        <translation>⚠ Een wijziging aan deze klant werd geweigerd: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes to this client are waiting to be sent.</source>
        <translation>Wijzigingen aan deze klant wachten om verzonden te worden.</translation>
    </message>
</context>
<context>
    <name>ClimatePanel</name>
    <message>
        <location filename="../../ui/panes/heatpumps.py" line="+42"/>
        <source>Last 24 hours</source>
        <translation>Laatste 24 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 365 days</source>
        <translation>Laatste 365 dagen</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>Climate controllers</source>
        <translation>Klimaatregelaars</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+143"/>
        <source>Set point</source>
        <translation>Instelwaarde</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Permanent (otherwise until the next schedule point)</source>
        <translation>Permanent (anders tot het volgende schakelmoment)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change set point</source>
        <translation>Instelwaarde wijzigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New set point</source>
        <translation>Nieuwe instelwaarde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>per day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch what the cache does not hold yet</source>
        <translation>Ophalen wat nog niet in de cache zit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Range</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy meter</source>
        <translation>Energiemeter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Temperature and set point</source>
        <translation>Temperatuur en instelwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy use</source>
        <translation>Energieverbruik</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Latest failures ({count} failing)</source>
        <translation>Laatste storingen ({count} in storing)</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>Latest failures</source>
        <translation>Laatste storingen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a controller to change its set point.</source>
        <translation>Selecteer een regelaar om zijn instelwaarde te wijzigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⧗ Waiting to be sent to myBeNext (see the outbox).</source>
        <translation>⧗ Wacht op verzending naar myBeNext (zie Uitgaand).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⧗ Waiting for the device: it applies the set point when it next wakes up.</source>
        <translation>⧗ Wacht op het toestel: het past de instelwaarde toe zodra het weer ontwaakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ The device has the set point.</source>
        <translation>✓ Het toestel heeft de instelwaarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device has not confirmed its set point yet.</source>
        <translation>Het toestel heeft zijn instelwaarde nog niet bevestigd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ myBeNext refused the last change: {error}</source>
        <translation>✗ myBeNext heeft de laatste wijziging geweigerd: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending the set point</source>
        <translation>De instelwaarde verzenden</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Fetching…</source>
        <translation>Ophalen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching history</source>
        <translation>De historiek ophalen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shown from the cache: myBeNext could not be reached ({error}).</source>
        <translation>Getoond uit de cache: myBeNext was niet bereikbaar ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to date.</source>
        <translation>Bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="+38"/>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condensers</source>
        <translation>Condensors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaporators</source>
        <translation>Verdampers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressors</source>
        <translation>Compressoren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location line="+23"/>
        <source>Conflicting changes</source>
        <translation>Tegenstrijdige wijzigingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These fields were changed here and on the server since your edit. Until you choose, your value is kept and sent. Choosing the server&apos;s value replaces yours and stops it from being sent.</source>
        <translation>Deze velden werden sinds uw wijziging hier én op de server gewijzigd. Tot u kiest, wordt uw waarde behouden en verzonden. Kiest u de waarde van de server, dan vervangt die de uwe en wordt de uwe niet meer verzonden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts</source>
        <translation>Tegenstrijdige wijzigingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Uw waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server&apos;s value</source>
        <translation>Waarde op de server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep mine</source>
        <translation>Mijn waarde behouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use server&apos;s</source>
        <translation>Waarde van de server nemen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Resolving the conflict</source>
        <translation>Het conflict oplossen</translation>
    </message>
</context>
<context>
    <name>ControllerTableModel</name>
    <message>
        <location filename="../../ui/models/heatpumps.py" line="+161"/>
        <source>Controller</source>
        <translation>Regelaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temperature</source>
        <translation>Temperatuur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set point</source>
        <translation>Instelwaarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heat demand</source>
        <translation>Warmtevraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valve</source>
        <translation>Klep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to be sent</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the device</source>
        <translation>Wacht op het toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronised</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not synchronised</source>
        <translation>Niet gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by myBeNext</source>
        <translation>Geweigerd door myBeNext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying</source>
        <translation>Nieuwe poging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>myBeNext accepted the set point; the device applies it when it next wakes up.</source>
        <translation>myBeNext heeft de instelwaarde aanvaard; het toestel past ze toe zodra het weer ontwaakt.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../ui/dialogs/credentials.py" line="+17"/>
        <source>{vendor}: sign in again</source>
        <translation>{vendor}: opnieuw aanmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are stored in your system&apos;s keyring, never in FieldDesk&apos;s files.</source>
        <translation>Ze worden bewaard in de sleutelhanger van uw systeem, nooit in de bestanden van FieldDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no keyring to store them in: FieldDesk keeps them until you quit. To keep them across starts, set {variables} in the environment.</source>
        <translation>Deze computer heeft geen sleutelhanger om ze in te bewaren: FieldDesk onthoudt ze tot u afsluit. Om ze bij elke start te hebben, stel {variables} in de omgeving in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{vendor} refused FieldDesk&apos;s credentials ({reason}). Syncing with {vendor} is paused; your queued changes are kept. Enter the new credentials.</source>
        <translation>{vendor} heeft de aanmeldgegevens van FieldDesk geweigerd ({reason}). Synchroniseren met {vendor} is gepauzeerd; uw wachtende wijzigingen blijven bewaard. Geef de nieuwe aanmeldgegevens in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security key</source>
        <translation>Beveiligingssleutel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HMAC token</source>
        <translation>HMAC-token</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../ui/panes/customers.py" line="+64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account number</source>
        <translation>Accountnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost center</source>
        <translation>Kostenplaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Munt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discounts</source>
        <translation>Kortingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum consumption</source>
        <translation>Minimaal verbruik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment due within</source>
        <translation>Betaaltermijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Technical name</source>
        <translation>Technische naam</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Subdomain</source>
        <translation>Subdomein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testresults.io Id</source>
        <translation>testresults.io-id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data version</source>
        <translation>Gegevensversie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: the customer has no target groups.</source>
        <translation>Geen: dit klantaccount heeft geen doelgroepen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, subdomain or target groups</source>
        <translation>De naam, het subdomein of de doelgroepen wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the customer at testresults.io (asks first)</source>
        <translation>Het klantaccount bij testresults.io verwijderen (vraagt eerst bevestiging)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not yet at testresults.io</source>
        <translation>Nog niet bij testresults.io</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Being deleted: the deletion is sent to testresults.io with the next sync.</source>
        <translation>Wordt verwijderd: de verwijdering wordt bij de volgende synchronisatie naar testresults.io verstuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ testresults.io refused the last change: {error}. Open the Outbox to fix or discard it.</source>
        <translation>✗ testresults.io heeft de laatste wijziging geweigerd: {error}. Open Uitgaand om ze te verbeteren of te verwijderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent: the customer is created at testresults.io with the next sync (see the Outbox).</source>
        <translation>Wacht op verzending: het klantaccount wordt bij de volgende synchronisatie bij testresults.io aangemaakt (zie Uitgaand).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change waits to be sent to testresults.io with the next sync (see the Outbox).</source>
        <translation>Een wijziging wacht om bij de volgende synchronisatie naar testresults.io verstuurd te worden (zie Uitgaand).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the customer active again</source>
        <translation>Het klantaccount opnieuw actief maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive the customer: kept at testresults.io, out of daily use</source>
        <translation>Het klantaccount archiveren: het blijft bij testresults.io bewaard, buiten het dagelijks gebruik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} hours</source>
        <translation>{count} uur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} days</source>
        <translation>{count} dagen</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/customer.py" line="+46"/>
        <source>New customer</source>
        <translation>Nieuw klantaccount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change customer “{name}”</source>
        <translation>Klantaccount “{name}” wijzigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. orvelle</source>
        <translation>bv. orvelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Workshop:workshop01,Van 2:van2tablet</source>
        <translation>bv. Werkplaats:werkplaats01,Bestelwagen 2:van2tablet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived (kept at testresults.io, hidden from daily use)</source>
        <translation>Gearchiveerd (blijft bij testresults.io, buiten het dagelijks gebruik)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdomain</source>
        <translation>Subdomein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower-case letters, digits and hyphens; the customer&apos;s address at testresults.io.</source>
        <translation>Kleine letters, cijfers en koppeltekens; het adres van het klantaccount bij testresults.io.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated, each “label:technical name” (a name alone is its own label).</source>
        <translation>Gescheiden door komma&apos;s, telkens “label:technische naam” (een naam alleen is zijn eigen label).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new customer is saved here at once and created at testresults.io with the next sync.</source>
        <translation>Het nieuwe klantaccount wordt hier meteen bewaard en bij de volgende synchronisatie bij testresults.io aangemaakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your change shows here at once and is sent to testresults.io with the next sync.</source>
        <translation>Uw wijziging is hier meteen zichtbaar en wordt bij de volgende synchronisatie naar testresults.io verstuurd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This customer is no longer in the cache (deleted at testresults.io?). Cancel, or copy what you typed.</source>
        <translation>Dit klantaccount staat niet meer in de cache (verwijderd bij testresults.io?). Annuleer, of kopieer wat u getypt hebt.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/models/customers.py" line="+51"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subdomain</source>
        <translation>Subdomein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account number</source>
        <translation>Accountnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Munt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>testresults.io Id</source>
        <translation>testresults.io-id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The deletion of this customer is sent to testresults.io with the next sync</source>
        <translation>De verwijdering van dit klantaccount wordt bij de volgende synchronisatie naar testresults.io verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>testresults.io refused a change to this customer: {error}</source>
        <translation>testresults.io heeft een wijziging aan dit klantaccount geweigerd: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change to this customer is waiting to be sent to testresults.io</source>
        <translation>Een wijziging aan dit klantaccount wacht op verzending naar testresults.io</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location line="-69"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being deleted</source>
        <translation>Wordt verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: see the Outbox</source>
        <translation>Geweigerd: zie Uitgaand</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <location filename="../../ui/panes/customers.py" line="+26"/>
        <source>New customer…</source>
        <translation>Nieuw klantaccount…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a customer account at testresults.io</source>
        <translation>Een klantaccount bij testresults.io aanmaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List archived customers too (greyed, after the active ones)</source>
        <translation>Ook gearchiveerde klantaccounts tonen (grijs, na de actieve)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer accounts at testresults.io. Changes show here at once and are sent with the next sync.</source>
        <translation>Klantaccounts bij testresults.io. Wijzigingen zijn hier meteen zichtbaar en worden bij de volgende synchronisatie verstuurd.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter by name, subdomain, account number, address, technical name or Id</source>
        <translation>Filteren op naam, subdomein, accountnummer, adres, technische naam of id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer selected.</source>
        <translation>Geen klantaccount geselecteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} customers</source>
        <translation>{shown} van {total} klantaccounts</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No customers yet: sync to fetch them from testresults.io, or create one with “New customer…”.</source>
        <translation>Nog geen klantaccounts: synchroniseer om ze bij testresults.io op te halen, of maak er een aan met “Nieuw klantaccount…”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer matches “{filter}”.</source>
        <translation>Geen klantaccount komt overeen met “{filter}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every customer is archived: tick “Show archived” to see them.</source>
        <translation>Alle klantaccounts zijn gearchiveerd: vink “Gearchiveerde tonen” aan om ze te zien.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Delete customer “{name}”? It has not reached testresults.io yet: its creation is cancelled.</source>
        <translation>Klantaccount “{name}” verwijderen? Het is nog niet bij testresults.io aangekomen: het aanmaken wordt geannuleerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete customer “{name}” at testresults.io? The deletion is sent with the next sync and cannot be undone there.</source>
        <translation>Klantaccount “{name}” bij testresults.io verwijderen? De verwijdering wordt bij de volgende synchronisatie verstuurd en kan daar niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete customer</source>
        <translation>Klantaccount verwijderen</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../ui/models/devices.py" line="+41"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchased</source>
        <translation>Aangekocht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufactured</source>
        <translation>Gefabriceerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation>Technicus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro+ id</source>
        <translation>Pro+-id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting to be sent</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned</source>
        <translation>niet toegewezen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A change to this device is waiting to be sent to Pro+</source>
        <translation>Een wijziging aan dit toestel wacht op verzending naar Pro+</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../ui/panes/technicians.py" line="+219"/>
        <source>Measuring devices</source>
        <translation>Meettoestellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by type, serial number or technician</source>
        <translation>Filteren op type, serienummer of technicus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a device to see who has it.</source>
        <translation>Kies een toestel om te zien wie het heeft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register device…</source>
        <translation>Toestel registreren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a measuring device to Pro+</source>
        <translation>Een meettoestel toevoegen aan Pro+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link…</source>
        <translation>Koppelen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the selected device to a technician</source>
        <translation>Het gekozen toestel aan een technicus geven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink…</source>
        <translation>Ontkoppelen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the selected device back from a technician</source>
        <translation>Het gekozen toestel terugnemen van een technicus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Aankoopdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing date</source>
        <translation>Fabricagedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ id</source>
        <translation>Pro+-id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting to be sent</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned technicians</source>
        <translation>Toegewezen technici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technician</source>
        <translation>Technicus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician {id}</source>
        <translation>Technicus {id}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never assigned</source>
        <translation>Nooit toegewezen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+40"/>
        <source>Details are in the log file: {path}</source>
        <translation>Details staan in het logbestand: {path}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{what} failed: {error}</source>
        <translation>{what} mislukt: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>FieldDesk: unexpected error</source>
        <translation>FieldDesk: onverwachte fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {error}
FieldDesk keeps running; your queued changes are safe.</source>
        <translation>Er liep iets mis: {error}
FieldDesk blijft werken; uw wachtende wijzigingen zijn veilig.</translation>
    </message>
</context>
<context>
    <name>FailureTableModel</name>
    <message>
        <location filename="../../ui/models/heatpumps.py" line="+13"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure</source>
        <translation>Storing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
</context>
<context>
    <name>FetchDialog</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="-530"/>
        <source>Fetch certificates from Pro+</source>
        <translation>Attesten ophalen uit Pro+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certified from</source>
        <translation>Gekeurd van</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Of work order</source>
        <translation>Van werkorder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work order number</source>
        <translation>Werkordernummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certified until</source>
        <translation>Gekeurd tot</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pro+ gives the certificates certified in a date range, or those of one work order. They are added to the list; their files are downloaded when you ask.</source>
        <translation>Pro+ geeft de attesten van een periode, of die van één werkorder. Ze worden aan de lijst toegevoegd; hun bestanden worden gedownload wanneer u daarom vraagt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch</source>
        <translation>Ophalen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The first date is after the last one.</source>
        <translation>De eerste datum ligt na de laatste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the work order&apos;s number.</source>
        <translation>Typ het nummer van de werkorder.</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <location filename="../../app/services/customers.py" line="+79"/>
        <source>is being deleted: it cannot change</source>
        <translation>wordt verwijderd: het kan niet meer gewijzigd worden</translation>
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
        <translation>verplicht</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>from 1 to 5</source>
        <translation>van 1 tot 5</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{order} is already a cached order</source>
        <translation>{order} is al een verkooporder in de cache</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>a name (up to 256 characters) and a value (up to 4,000)</source>
        <translation>een naam (tot 256 tekens) en een waarde (tot 4.000)</translation>
    </message>
    <message>
        <location filename="../../app/services/workorders.py" line="+86"/>
        <source>{external_id} is already used by another work order</source>
        <translation>{external_id} wordt al door een andere werkorder gebruikt</translation>
    </message>
    <message>
        <location filename="../../app/vendors/podero/models.py" line="+220"/>
        <source>must be a JSON object with the heat pump&apos;s fields</source>
        <translation>moet een JSON-object met de velden van de warmtepomp zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a field of the register body (check the spelling)</source>
        <translation>geen veld van de registratie (controleer de schrijfwijze)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} is niet één van {allowed}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+96"/>
        <source>{value} is not a UUID</source>
        <translation>{value} is geen UUID</translation>
    </message>
    <message>
        <location line="-89"/>
        <location filename="../../app/vendors/testresults/models.py" line="+170"/>
        <source>must be true or false, not {value}</source>
        <translation>moet waar of onwaar zijn, niet {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be true, false or null, not {value}</source>
        <translation>moet waar, onwaar of leeg (null) zijn, niet {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is not a date and time (e.g. 2026-11-07T05:31:56Z)</source>
        <translation>{value} is geen datum en tijd (bv. 2026-11-07T05:31:56Z)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/vendors/testresults/models.py" line="-44"/>
        <location line="+16"/>
        <source>must be text, not {value}</source>
        <translation>moet tekst zijn, niet {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/vendors/proplus/validate.py" line="-147"/>
        <location filename="../../app/vendors/testresults/models.py" line="-11"/>
        <location line="+27"/>
        <source>contains characters that are not valid text (a lone surrogate)</source>
        <translation>bevat tekens die geen geldige tekst zijn (een los surrogaat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} characters (this one has {count})</source>
        <translation>hoogstens {limit} tekens (hier zijn het er {count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a number (°C), not {value}</source>
        <translation>moet een getal zijn (°C), niet {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} °C is outside {low} to {high} °C</source>
        <translation>{number} °C ligt buiten {low} tot {high} °C</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>required: the heat pump&apos;s manufacturer and model</source>
        <translation>verplicht: het merk en het model van de warmtepomp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an object (manufacturer, model, year, device_type)</source>
        <translation>moet een object zijn (manufacturer, model, year, device_type)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a field of device_model</source>
        <translation>geen veld van device_model</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required text</source>
        <translation>verplicht (tekst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains characters that are not valid text</source>
        <translation>bevat tekens die geen geldige tekst zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole year, not {value}</source>
        <translation>moet een jaartal zijn, niet {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a plausible year of manufacture</source>
        <translation>{value} is geen aannemelijk bouwjaar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object (short_name, long_name)</source>
        <translation>moet een object zijn (short_name, long_name)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a field of device_type</source>
        <translation>geen veld van device_type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be valid text</source>
        <translation>moet geldige tekst zijn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{low} °C is above maximum_temperature_limit ({high} °C)</source>
        <translation>{low} °C ligt boven maximum_temperature_limit ({high} °C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be after away_mode_start</source>
        <translation>moet na away_mode_start liggen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give both away mode times with a time zone (…Z), or both without</source>
        <translation>geef beide tijden van de afwezigheidsmodus met een tijdzone (…Z), of beide zonder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the minimum temperature to keep while away</source>
        <translation>geef de minimumtemperatuur op die tijdens de afwezigheid behouden moet blijven</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/workorders.py" line="-18"/>
        <source>expected a JSON object with the push-wo fields, got {kind}</source>
        <translation>moet een JSON-object met de velden van push-wo zijn, niet {kind}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a push-wo field (did you mean {field}?)</source>
        <translation>geen veld van push-wo (bedoelde u {field}?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a push-wo field</source>
        <translation>geen veld van push-wo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>required for a cooling work order (heating_appliance_id 0)</source>
        <translation>verplicht voor een werkorder voor koeling (heating_appliance_id 0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a work order is for one appliance: set heating_appliance_id to 0 for a cooling appliance</source>
        <translation>een werkorder is voor één toestel: zet heating_appliance_id op 0 voor een koeltoestel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 (heating) does not match the appliance given</source>
        <translation>1 (verwarming) past niet bij het opgegeven toestel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2 (cooling) does not match the appliance given</source>
        <translation>2 (koeling) past niet bij het opgegeven toestel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a whole number, got {value}</source>
        <translation>moet een geheel getal zijn, niet {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a positive number (your system&apos;s work order id)</source>
        <translation>moet een positief getal zijn (het werkordernummer in uw eigen systeem)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected 1 (heating) or 2 (cooling), got {value}</source>
        <translation>moet 1 (verwarming) of 2 (koeling) zijn, niet {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected text, got {kind}</source>
        <translation>moet tekst zijn, niet {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains control characters</source>
        <translation>bevat stuurtekens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a date as yyyy-mm-dd (e.g. 2021-02-12), got {value}</source>
        <translation>moet een datum in de vorm jjjj-mm-dd zijn (bv. 2021-02-12), niet {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a time as HH:MM (e.g. 11:12), got {value}</source>
        <translation>moet een tijdstip in de vorm UU:MM zijn (bv. 11:12), niet {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected one of {allowed}, got {value}</source>
        <translation>moet één van {allowed} zijn, niet {value}</translation>
    </message>
    <message>
        <location filename="../../app/vendors/testresults/models.py" line="-42"/>
        <source>must be a JSON object with the customer&apos;s fields</source>
        <translation>moet een JSON-object met de velden van het klantaccount zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a field FieldDesk can set (it can set {fields})</source>
        <translation>geen veld dat FieldDesk kan instellen (het kan {fields} instellen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+27"/>
        <source>has {count} characters; at most {limit}</source>
        <translation>heeft {count} tekens; hoogstens {limit}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{value}: use lower-case letters, digits and hyphens (not first or last), at most 63</source>
        <translation>{value}: gebruik kleine letters, cijfers en koppeltekens (niet als eerste of laatste teken), hoogstens 63</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text (target groups, comma separated), not {value}</source>
        <translation>moet tekst zijn (doelgroepen, gescheiden door komma&apos;s), niet {value}</translation>
    </message>
    <message>
        <location filename="../../app/vendors/totalmobile/validate.py" line="-83"/>
        <source>not allowed with UseExistingCustomerDetails (only ExternalId and OrganisationExternalId)</source>
        <translation>niet toegestaan met UseExistingCustomerDetails (enkel ExternalId en OrganisationExternalId)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>required to cancel an order (OrderStatus 11)</source>
        <translation>verplicht om een order te annuleren (OrderStatus 11)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required when PriorityExternalId is set</source>
        <translation>verplicht wanneer PriorityExternalId ingevuld is</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a {name} must be a JSON object</source>
        <translation>een {name} moet een JSON-object zijn</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not a field of this object (did you mean {field}?)</source>
        <translation>geen veld van dit object (bedoelde u {field}?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a field of this object</source>
        <translation>geen veld van dit object</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/staff.py" line="-156"/>
        <source>must be a JSON object with the {what} fields, not {kind}</source>
        <translation>moet een JSON-object met de velden van {what} zijn, niet {kind}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be text, not {kind}</source>
        <translation>moet tekst zijn, niet {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one line of printable text</source>
        <translation>moet één regel leesbare tekst zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most {limit} characters</source>
        <translation>mag hoogstens {limit} tekens lang zijn</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+128"/>
        <location filename="../../app/vendors/proplus/validate.py" line="+169"/>
        <source>must be one of {allowed}</source>
        <translation>moet één van {allowed} zijn</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>must be a date like 2022-04-08 (yyyy-mm-dd or dd-mm-yyyy)</source>
        <translation>moet een datum zijn zoals 2022-04-08 (jjjj-mm-dd of dd-mm-jjjj)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a date between 1990 and today</source>
        <translation>moet een datum tussen 1990 en vandaag zijn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a list, not {kind}</source>
        <translation>moet een lijst zijn, niet {kind}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/vendors/proplus/validate.py" line="-202"/>
        <location line="+173"/>
        <location filename="../../app/vendors/totalmobile/validate.py" line="+5"/>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>may only contain digits, spaces and + / . - ( ) (6 to 20 characters)</source>
        <translation>mag alleen cijfers, spaties en + / . - ( ) bevatten (6 tot 20 tekens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/vendors/proplus/validate.py" line="+38"/>
        <source>not a valid e-mail address</source>
        <translation>geen geldig e-mailadres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object, not {kind}</source>
        <translation>moet een object zijn, niet {kind}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>must be a list of {allowed}</source>
        <translation>moet een lijst van {allowed} zijn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be Brussels, Flamish or Wallonia (or 1, 2, 3)</source>
        <translation>moet Brussel, Vlaanderen of Wallonië zijn (of 1, 2, 3)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>must be link or unlink</source>
        <translation>moet link of unlink zijn</translation>
    </message>
    <message>
        <location filename="../../app/vendors/totalmobile/validate.py" line="+7"/>
        <source>expected one of {allowed}</source>
        <translation>moet één van {allowed} zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a control character</source>
        <translation>bevat een stuurteken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains an invalid character</source>
        <translation>bevat een ongeldig teken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} characters</source>
        <translation>hoogstens {limit} tekens</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/validate.py" line="-197"/>
        <source>cannot be read</source>
        <translation>kan niet gelezen worden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nested more than {depth} levels deep</source>
        <translation>meer dan {depth} niveaus diep genest</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has a field name that is not valid text</source>
        <translation>heeft een veldnaam die geen geldige tekst is</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an id between 0 and {limit}</source>
        <translation>moet een id tussen 0 en {limit} zijn</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>required (the body must be a JSON object, not {kind})</source>
        <translation>verplicht (de inhoud moet een JSON-object zijn, niet {kind})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an object or a list of objects, not {kind}</source>
        <translation>moet een object of een lijst van objecten zijn, niet {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must contain at least one client</source>
        <translation>moet minstens één klant bevatten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown region {value} (expected one of {allowed})</source>
        <translation>onbekend gewest {value} (verwacht: één van {allowed})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be one of true, false, 1, 0</source>
        <translation>moet één van true, false, 1, 0 zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown region {value} (expected 1 = Brussels, 2 = Flanders, 3 = Wallonia)</source>
        <translation>onbekend gewest {value} (verwacht: 1 = Brussel, 2 = Vlaanderen, 3 = Wallonië)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/vendors/totalmobile/validate.py" line="+9"/>
        <source>must be true or false</source>
        <translation>moet waar of onwaar zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an object or null, not {kind}</source>
        <translation>moet een object of leeg (null) zijn, niet {kind}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must be a list of objects, not {kind}</source>
        <translation>moet een lijst van objecten zijn, niet {kind}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>must be a decimal number</source>
        <translation>moet een decimaal getal zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a 4-digit year</source>
        <translation>moet een jaartal van 4 cijfers zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may only contain digits, spaces and + / . - ( )</source>
        <translation>mag alleen cijfers, spaties en + / . - ( ) bevatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date like 2021-09-24 (yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy)</source>
        <translation>moet een datum zijn zoals 2021-09-24 (jjjj-mm-dd, dd-mm-jjjj of dd/mm/jjjj)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>must be a number of reasonable size</source>
        <translation>moet een getal van redelijke grootte zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a finite number</source>
        <translation>moet een eindig getal zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text or a number, not {kind}</source>
        <translation>moet tekst of een getal zijn, niet {kind}</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/staff.py" line="-154"/>
        <location filename="../../app/vendors/proplus/validate.py" line="-76"/>
        <location filename="../../app/vendors/totalmobile/validate.py" line="+8"/>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../../app/vendors/totalmobile/validate.py" line="+12"/>
        <source>must be a number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a date yyyy-MM-dd</source>
        <translation>moet een datum jjjj-MM-dd zijn</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="+133"/>
        <source>a device of this group and type with this serial number is already registered</source>
        <translation>er is al een toestel van deze groep en dit type met dit serienummer geregistreerd</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no device {device} in the cache (run &apos;fielddesk sync&apos; to read the device list)</source>
        <translation>geen toestel {device} in de cache (voer &apos;fielddesk sync&apos; uit om de lijst van toestellen te lezen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>technician {technician} already has this device</source>
        <translation>technicus {technician} heeft dit toestel al</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>technician {technician} does not have this device</source>
        <translation>technicus {technician} heeft dit toestel niet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/checks.py" line="-63"/>
        <source>must be 4 digits (a Belgian postal code)</source>
        <translation>moet 4 cijfers zijn (een Belgische postcode)</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/models.py" line="+787"/>
        <source>null</source>
        <translation>leeg (null)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true/false</source>
        <translation>waar/onwaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
</context>
<context>
    <name>FileEntry</name>
    <message>
        <location filename="../../ui/panes/certificates.py" line="-210"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pro+ file id {id}</source>
        <translation>Pro+-bestands-id {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>downloading…</source>
        <translation>wordt gedownload…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not downloaded</source>
        <translation>niet gedownload</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloading…</source>
        <translation>Downloaden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download this file from Pro+ into the downloads folder</source>
        <translation>Dit bestand uit Pro+ in de downloadmap downloaden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file with its usual application</source>
        <translation>Het bestand openen met de gebruikelijke toepassing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Tonen in map</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available once the file is downloaded</source>
        <translation>Beschikbaar zodra het bestand gedownload is</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../ui/widgets.py" line="+580"/>
        <source>Discard your changes?</source>
        <translation>Uw wijzigingen weggooien?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here has not been saved. Discard it?</source>
        <translation>Wat u hier typte, is niet bewaard. Weggooien?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>HeatPumpDetail</name>
    <message>
        <location filename="../../ui/panes/heatpumps.py" line="-437"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering</source>
        <translation>Aansturing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current / operational mode</source>
        <translation>Huidige modus / bedrijfsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power consumption</source>
        <translation>Opgenomen vermogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outdoor temperature</source>
        <translation>Buitentemperatuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indoor actual / target</source>
        <translation>Binnen werkelijk / gewenst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inlet / outlet</source>
        <translation>Inlaat / uitlaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot water</source>
        <translation>Warm water (sanitair)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consumption (day, week, month)</source>
        <translation>Verbruik (dag, week, maand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State reported at</source>
        <translation>Status gemeld op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consumption counted at</source>
        <translation>Verbruik geteld op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price zone</source>
        <translation>Prijszone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podero id</source>
        <translation>Podero-id</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Owner&apos;s authorisation</source>
        <translation>Toestemming van de eigenaar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy link</source>
        <translation>Link kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <location line="+10"/>
        <source>Show QR code</source>
        <translation>QR-code tonen</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Authorisation link</source>
        <translation>Toestemmingslink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding form</source>
        <translation>Inschrijvingsformulier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Heat pump</source>
        <translation>Warmtepomp</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not yet registered</source>
        <translation>Nog niet geregistreerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Podero refused the registration: {error}. Discard it in the outbox and register the heat pump again with the problem corrected.</source>
        <translation>✗ Podero heeft de registratie geweigerd: {error}. Verwijder ze in Uitgaand en registreer de warmtepomp opnieuw nadat u het probleem verholpen hebt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⧗ Waiting to be registered at Podero (see the outbox); the links appear once it is.</source>
        <translation>⧗ Wacht op registratie bij Podero (zie Uitgaand); de links verschijnen zodra dat gebeurd is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Stale: these values are older than the last sync (the pump had stopped reporting, or Podero could not be read).</source>
        <translation>⚠ Verouderd: deze waarden zijn ouder dan de laatste synchronisatie (de pomp meldde niets meer, of Podero kon niet gelezen worden).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>None given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hide QR code</source>
        <translation>QR-code verbergen</translation>
    </message>
</context>
<context>
    <name>HeatPumpList</name>
    <message>
        <location line="+38"/>
        <source>Filter by make, model or status</source>
        <translation>Filteren op merk, model of status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No heat pump selected.</source>
        <translation>Geen warmtepomp geselecteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No heat pumps yet: sync to read them from Podero, or register one on site.</source>
        <translation>Nog geen warmtepompen: synchroniseer om ze uit Podero op te halen, of registreer er een ter plaatse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No heat pump matches “{filter}”.</source>
        <translation>Geen warmtepomp komt overeen met “{filter}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} heat pumps</source>
        <translation>{shown} van {total} warmtepompen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ OK</source>
        <translation>✓ OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>! Warning</source>
        <translation>! Waarschuwing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Error</source>
        <translation>✗ Fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? Unknown</source>
        <translation>? Onbekend</translation>
    </message>
</context>
<context>
    <name>HeatPumpTableModel</name>
    <message>
        <location filename="../../ui/models/heatpumps.py" line="-168"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heat pump</source>
        <translation>Warmtepomp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering</source>
        <translation>Aansturing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power</source>
        <translation>Vermogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outdoor</source>
        <translation>Buiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indoor (actual / target)</source>
        <translation>Binnen (werkelijk / gewenst)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inlet / outlet</source>
        <translation>Inlaat / uitlaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hot water</source>
        <translation>Warm water (sanitair)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kWh last day</source>
        <translation>kWh afgelopen dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kWh last week</source>
        <translation>kWh afgelopen week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kWh last month</source>
        <translation>kWh afgelopen maand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stale</source>
        <translation>verouderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration waiting to be sent</source>
        <translation>Registratie wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration refused by Podero</source>
        <translation>Registratie geweigerd door Podero</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Stale: this pump had not reported for a while when FieldDesk last read it, or the last sync could not read it.</source>
        <translation>Verouderd: deze pomp had al een tijd niets gemeld toen FieldDesk ze laatst las, of de laatste synchronisatie kon ze niet lezen.</translation>
    </message>
</context>
<context>
    <name>HeatPumpsPane</name>
    <message>
        <location filename="../../ui/panes/heatpumps.py" line="+275"/>
        <source>Register heat pump…</source>
        <translation>Warmtepomp registreren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a heat pump installed on site with Podero</source>
        <translation>Een ter plaatse geïnstalleerde warmtepomp bij Podero registreren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat pumps from Podero, worst status first; climate controllers, failures and history from myBeNext.</source>
        <translation>Warmtepompen uit Podero, slechtste status eerst; klimaatregelaars, storingen en historiek uit myBeNext.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heat pumps (Podero)</source>
        <translation>Warmtepompen (Podero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Climate and history (myBeNext)</source>
        <translation>Klimaat en historiek (myBeNext)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Registering the heat pump</source>
        <translation>De warmtepomp registreren</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+28"/>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/models/devices.py" line="-64"/>
        <source>Heating</source>
        <translation>Verwarming</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/models/devices.py" line="+2"/>
        <source>Cooling</source>
        <translation>Koeling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to be sent</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>sending changes</source>
        <translation>wijzigingen verzenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downloading</source>
        <translation>downloaden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>opslaan</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/forms/device_form.py" line="+141"/>
        <source>Link device</source>
        <translation>Toestel koppelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlink device</source>
        <translation>Toestel ontkoppelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give {device} to:</source>
        <translation>{device} geven aan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take {device} back from:</source>
        <translation>{device} terugnemen van:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No technician can be chosen: none has this device.</source>
        <translation>Er kan geen technicus gekozen worden: niemand heeft dit toestel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No technician can be chosen: every technician known to Pro+ has it.</source>
        <translation>Er kan geen technicus gekozen worden: elke technicus die Pro+ kent, heeft het al.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pro+ records the date; the change is sent with the next sync.</source>
        <translation>Pro+ noteert de datum; de wijziging wordt bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technician</source>
        <translation>Technicus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changing who has the device</source>
        <translation>Wijzigen wie het toestel heeft</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+130"/>
        <location line="+323"/>
        <source>Sync</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Send your changes and download the latest data (F5)</source>
        <translation>Uw wijzigingen verzenden en de nieuwste gegevens ophalen (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit client</source>
        <translation>Klant bewerken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync settings…</source>
        <translation>Synchronisatie-instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/registry.py" line="+49"/>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appliances</source>
        <translation>Toestellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work orders</source>
        <translation>Werkorders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates</source>
        <translation>Attesten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technicians</source>
        <translation>Technici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slots</source>
        <translation>Tijdsloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat pumps</source>
        <translation>Warmtepompen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Klantaccounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbox</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-57"/>
        <source>FieldDesk — {profile}</source>
        <translation>FieldDesk — {profile}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Panes</source>
        <translation>Deelvensters</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Sandbox: demo data</source>
        <translation>Sandbox: demogegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: {vendors}</source>
        <translation>Live: {vendors}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no vendor configured</source>
        <translation>geen leverancier ingesteld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built-in simulators with fictional data: nothing you do here reaches a real vendor. Configure a vendor (README, “Live configuration”) to work live.</source>
        <translation>Ingebouwde simulators met fictieve gegevens: niets wat u hier doet, bereikt een echte leverancier. Stel een leverancier in (README, “Live configuration”) om live te werken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are sent to the vendors named here.</source>
        <translation>Uw wijzigingen worden naar de hier vermelde leveranciers verzonden.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The certificate of work order “{name}” is available</source>
        <translation>Het attest van werkorder “{name}” is beschikbaar</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Forms left unsaved when FieldDesk closed are kept: open “Unsaved” below to finish them.</source>
        <translation>Formulieren die niet bewaard waren toen FieldDesk sloot, zijn behouden: open “Niet bewaard” hieronder.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+56"/>
        <source>Reading the cache</source>
        <translation>De lokale gegevens lezen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sync did not finish: {error}. Your changes are kept and sent on the next sync.</source>
        <translation>Synchronisatie niet voltooid: {error}. Uw wijzigingen blijven bewaard en worden bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) rejected: see the Outbox.</source>
        <translation>
            <numerusform>%n wijziging geweigerd: zie Uitgaand.</numerusform>
            <numerusform>%n wijzigingen geweigerd: zie Uitgaand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced: {pulled} records received, {sent} changes sent.</source>
        <translation>Gesynchroniseerd: {pulled} records ontvangen, {sent} wijzigingen verzonden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{vendor}: {pulled} records received, {sent} changes sent.</source>
        <translation>{vendor}: {pulled} records ontvangen, {sent} wijzigingen verzonden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{vendor} is paused: {reason}</source>
        <translation>{vendor} is gepauzeerd: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last error: {error}</source>
        <translation>Laatste fout: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n wachtend</numerusform>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be sent</source>
        <translation>Wijzigingen die wachten op verzending</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes a vendor refused: open the Outbox to fix or discard</source>
        <translation>Wijzigingen die een leverancier weigerde: open Uitgaand om ze te verbeteren of te verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields changed here and on the server: choose which value stays</source>
        <translation>Velden die hier en op de server gewijzigd zijn: kies welke waarde blijft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last synced: {time}</source>
        <translation>Laatst gesynchroniseerd: {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Nog nooit gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Saving the client</source>
        <translation>De klant opslaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {name}. It is sent to {vendor} with the next sync.</source>
        <translation>{name} opgeslagen. Het wordt bij de volgende synchronisatie naar {vendor} verzonden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved: {title}</source>
        <translation>Niet bewaard: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved forms: {count}</source>
        <translation>Niet bewaarde formulieren: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typed but not saved when FieldDesk closed; open to finish or discard:</source>
        <translation>Getypt maar niet bewaard toen FieldDesk sloot; open om af te werken of te verwerpen:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Unsaved form</source>
        <translation>Niet bewaard formulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” was typed for a record FieldDesk no longer has, so it cannot be opened. Discard what was typed?</source>
        <translation>“{title}” werd getypt voor een record dat FieldDesk niet meer heeft, dus het kan niet geopend worden. Wat getypt was verwerpen?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving the credentials</source>
        <translation>De aanmeldgegevens bewaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keyring on this computer: the {vendor} credentials are kept until you quit.</source>
        <translation>Geen sleutelhanger op deze computer: de aanmeldgegevens voor {vendor} blijven bewaard tot u afsluit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving the sync settings</source>
        <translation>De synchronisatie-instellingen bewaren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{vendor} rejected this change: {message} Correct it and save: it is sent again in its place.</source>
        <translation>{vendor} weigerde deze wijziging: {message} Verbeter ze en bewaar: ze wordt opnieuw verstuurd, op haar plaats in de wachtrij.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving the correction</source>
        <translation>De correctie bewaren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Corrected {name}. It is sent again with the next sync.</source>
        <translation>{name} gecorrigeerd. Het wordt opnieuw verzonden bij de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../app/services/client_edits.py" line="+36"/>
        <source>Save client &apos;{name}&apos; (Pro+ {id})</source>
        <translation>Klant &apos;{name}&apos; opslaan (Pro+ {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save client &apos;{name}&apos; (new)</source>
        <translation>Klant &apos;{name}&apos; opslaan (nieuw)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push client &apos;{name}&apos; (Pro+ {id})</source>
        <translation>Klant &apos;{name}&apos; doorsturen (Pro+ {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push client &apos;{name}&apos; (new)</source>
        <translation>Klant &apos;{name}&apos; doorsturen (nieuw)</translation>
    </message>
    <message>
        <location filename="../../app/services/climate.py" line="+119"/>
        <source>Set point {value} °C on {name}</source>
        <translation>Instelwaarde {value} °C op {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/heatpumps.py" line="+92"/>
        <source>Register heat pump {manufacturer} {model}</source>
        <translation>Warmtepomp {manufacturer} {model} registreren</translation>
    </message>
    <message>
        <location filename="../../app/services/planner.py" line="-314"/>
        <source>Add job code {code} on {order}</source>
        <translation>Jobcode {code} toevoegen aan {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update job code {code} on {order}</source>
        <translation>Jobcode {code} bijwerken op {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove job code {code} on {order}</source>
        <translation>Jobcode {code} verwijderen van {order}</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>New sales order {order}</source>
        <translation>Nieuw verkooporder {order}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel sales order {order}</source>
        <translation>Verkooporder {order} annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update sales order {order}</source>
        <translation>Verkooporder {order} bijwerken</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="-53"/>
        <source>Update technician &apos;{name}&apos; ({external_id})</source>
        <translation>Technicus &apos;{name}&apos; bijwerken ({external_id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add technician &apos;{name}&apos; ({external_id})</source>
        <translation>Technicus &apos;{name}&apos; toevoegen ({external_id})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Register {type} &apos;{serial}&apos;</source>
        <translation>{type} &apos;{serial}&apos; registreren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Link {type} &apos;{serial}&apos; to technician {technician}</source>
        <translation>{type} &apos;{serial}&apos; koppelen aan technicus {technician}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink {type} &apos;{serial}&apos; from technician {technician}</source>
        <translation>{type} &apos;{serial}&apos; loskoppelen van technicus {technician}</translation>
    </message>
    <message>
        <location filename="../../app/services/workorders.py" line="+5"/>
        <source>New work order {external_id} ({name})</source>
        <translation>Nieuwe werkorder {external_id} ({name})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete work order {external_id} ({name})</source>
        <translation>Werkorder {external_id} ({name}) verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/services/customers.py" line="-11"/>
        <source>New customer {name}</source>
        <translation>Nieuw klantaccount {name}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete customer {name}</source>
        <translation>Klantaccount {name} verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/vendors/testresults/sync.py" line="+237"/>
        <source>Change customer {name}</source>
        <translation>Klantaccount {name} wijzigen</translation>
    </message>
</context>
<context>
    <name>OutboxPane</name>
    <message>
        <location filename="../../ui/panes/outbox.py" line="+41"/>
        <source>Changes you made that are waiting to be sent, and changes a vendor rejected. Nothing here is lost: a change leaves this list only when the vendor accepts it or you discard it.</source>
        <translation>Wijzigingen die u maakte en die wachten op verzending, en wijzigingen die een leverancier weigerde. Hier gaat niets verloren: een wijziging verdwijnt pas uit deze lijst als de leverancier ze aanvaardt of als u ze verwijdert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resubmit</source>
        <translation>Opnieuw indienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the rejected change again; it is sent with the next sync</source>
        <translation>De geweigerde wijziging opnieuw in de wachtrij zetten; ze wordt bij de volgende synchronisatie verzonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Open the rejected change in the form, correct it and send it again</source>
        <translation>Open de geweigerde wijziging in het formulier, corrigeer ze en verzend ze opnieuw</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Discard…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop this change for good; it is never sent</source>
        <translation>Deze wijziging definitief laten vallen; ze wordt nooit verzonden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a change to see the vendor&apos;s full answer.</source>
        <translation>Selecteer een wijziging om het volledige antwoord van de leverancier te zien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vendor&apos;s full answer</source>
        <translation>Het volledige antwoord van de leverancier</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{pending} waiting, {rejected} rejected</source>
        <translation>{pending} wachtend, {rejected} geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to send.</source>
        <translation>Niets te verzenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: {count}</source>
        <translation>Uitgaand: {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discard change</source>
        <translation>Wijziging verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this change?

{summary}

It will never be sent to {vendor}, and it cannot be undone.</source>
        <translation>Deze wijziging verwijderen?

{summary}

Ze wordt nooit naar {vendor} verzonden, en dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discarding the change</source>
        <translation>De wijziging verwijderen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resubmitting the change</source>
        <translation>De wijziging opnieuw indienen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>State: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued: {when}</source>
        <translation>In de wachtrij sinds: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries: {tries}</source>
        <translation>Pogingen: {tries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{vendor} answered:</source>
        <translation>{vendor} antwoordde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last try to reach {vendor}:</source>
        <translation>Laatste poging om {vendor} te bereiken:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only a client&apos;s change opens in a form. Correct this one on the command line (&apos;fielddesk outbox resubmit {id} --file FIXED.json&apos;), or discard it and make the change again.</source>
        <translation>Alleen de wijziging van een klant opent in een formulier. Verbeter deze via de opdrachtregel (&apos;fielddesk outbox resubmit {id} --file FIXED.json&apos;), of verwerp ze en maak de wijziging opnieuw.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../../ui/models/outbox.py" line="+25"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
</context>
<context>
    <name>ProPlus</name>
    <message>
        <location filename="../../app/vendors/proplus/enums.py" line="+124"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+337"/>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Co-ownership</source>
        <translation>Mede-eigendom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+445"/>
        <location line="+41"/>
        <source>Solid fuel</source>
        <translation>Vaste brandstof</translation>
    </message>
    <message>
        <location line="-485"/>
        <source>Liquid fuel</source>
        <translation>Vloeibare brandstof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wood pellets</source>
        <translation>Houtpellets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Houtblokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wood chips</source>
        <translation>Houtsnippers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premix</source>
        <translation>Premix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not premix</source>
        <translation>Geen premix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No label</source>
        <translation>Geen label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy label</source>
        <translation>Energielabel</translation>
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
        <translation>Dieselbrandstof</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Natural gas G20</source>
        <translation>Aardgas G20</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Gas oil</source>
        <translation>Gasolie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heating oil extra</source>
        <translation>Extra stookolie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Gas oil extra</source>
        <translation>Extra gasolie</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Natural gas G25</source>
        <translation>Aardgas G25</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Heating oil ultra</source>
        <translation>Ultra stookolie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Heavy fuel oil</source>
        <translation>Zware stookolie</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+91"/>
        <location line="+12"/>
        <source>Propane</source>
        <translation>Propaan</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Cereals</source>
        <translation>Granen</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Butane</source>
        <translation>Butaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Coal</source>
        <translation>Steenkool</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Biogas</source>
        <translation>Biogas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Private individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Environmental permit applicant</source>
        <translation>Aanvrager milieuvergunning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declarant</source>
        <translation>Aangever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental permit holder</source>
        <translation>Houder milieuvergunning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Periodic check</source>
        <translation>Periodieke controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Vervanging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conformity</source>
        <translation>Conformiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Interventie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation</source>
        <translation>Verplaatsing</translation>
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
        <translation>Individueel</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Collective</source>
        <translation>Collectief</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Individual heating of an EPB apartment</source>
        <translation>Individuele verwarming van een EPB-appartement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual heating of the entire building</source>
        <translation>Individuele verwarming van het hele gebouw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Water heater</source>
        <translation>Waterverwarmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boiler</source>
        <translation>Ketel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space heating</source>
        <translation>Ruimteverwarming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic hot water</source>
        <translation>Sanitair warm water</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space heating and domestic hot water</source>
        <translation>Ruimteverwarming en sanitair warm water</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only used when another appliance fails</source>
        <translation>Enkel gebruikt als een ander toestel uitvalt</translation>
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
        <translation>Type B (overdruk)</translation>
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
        <translation>Type C (niet-concentrisch)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+33"/>
        <source>Natural gas</source>
        <translation>Aardgas</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Fuel oil</source>
        <translation>Stookolie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+31"/>
        <source>Gas boiler</source>
        <translation>Gasketel</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>1 stage</source>
        <translation>1 trap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 stages</source>
        <translation>2 trappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Modulating</source>
        <translation>Modulerend</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>LPG</source>
        <translation>LPG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wood</source>
        <translation>Hout</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+320"/>
        <source>Other fuel</source>
        <translation>Andere brandstof</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>White label</source>
        <translation>Wit label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR label</source>
        <translation>HR-label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR+ label</source>
        <translation>HR+-label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR Top label</source>
        <translation>HR Top-label</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optimaz label</source>
        <translation>Optimaz-label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimaz Elite label</source>
        <translation>Optimaz Elite-label</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Single stage</source>
        <translation>Eén vlamgang</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Multi-stage</source>
        <translation>Meerdere vlamgangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Forced-draught burner</source>
        <translation>Ventilatorbrander</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Forced-draught burner (separable)</source>
        <translation>Ventilatorbrander (afneembaar)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other connection (see text)</source>
        <translation>Andere aansluiting (zie tekst)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No periodic inspection</source>
        <translation>Geen periodieke controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 3 months</source>
        <translation>om de 3 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 6 months</source>
        <translation>om de 6 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 12 months</source>
        <translation>om de 12 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 24 months</source>
        <translation>om de 24 maanden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>230 V - 1 PH - 50 Hz</source>
        <translation>230 V - 1 F - 50 Hz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>230 V - 3 PH - 50 Hz</source>
        <translation>230 V - 3 F - 50 Hz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>400 V - 3 PH+N - 50 Hz</source>
        <translation>400 V - 3 F+N - 50 Hz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Air</source>
        <translation>Lucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaporative condenser</source>
        <translation>Verdampingscondensor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Air cooler</source>
        <translation>Luchtkoeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water cooler</source>
        <translation>Waterkoeler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+98"/>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+98"/>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+98"/>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Pro+ id</source>
        <translation>Pro+-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at</source>
        <translation>Bijgewerkt op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party id</source>
        <translation>Id van derden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Gewest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post box</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephone</source>
        <translation>Telefoon</translation>
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
        <translation>Zelfde adres als klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ client id</source>
        <translation>Pro+-klant-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ heating appliance id</source>
        <translation>Pro+-id verwarmingstoestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ cooling appliance id</source>
        <translation>Pro+-id koeltoestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client type</source>
        <translation>Klanttype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of fans</source>
        <translation>Aantal ventilatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance make</source>
        <translation>Merk toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance type</source>
        <translation>Type toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance year</source>
        <translation>Bouwjaar toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance manufacturing number</source>
        <translation>Fabricagenummer toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance nominal power</source>
        <translation>Nominaal vermogen toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance unit</source>
        <translation>Eenheid toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fall detector</source>
        <translation>Valdetector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner make</source>
        <translation>Merk brander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner type</source>
        <translation>Type brander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner year</source>
        <translation>Bouwjaar brander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fuel</source>
        <translation>Brandstof</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client type (Brussels)</source>
        <translation>Klanttype (Brussel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client role (Brussels)</source>
        <translation>Rol van de klant (Brussel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type (Brussels)</source>
        <translation>Type (Brussel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specification (Brussels)</source>
        <translation>Precisering (Brussel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise name</source>
        <translation>Naam onderneming</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enterprise number (KBO)</source>
        <translation>Ondernemingsnummer (KBO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client type (Wallonia)</source>
        <translation>Klanttype (Wallonië)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia type</source>
        <translation>Type Wallonië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heating appliances</source>
        <translation>Verwarmingstoestellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling appliances</source>
        <translation>Koeltoestellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installation may be moved</source>
        <translation>Installatie mag verplaatst worden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Public way id (Brussels)</source>
        <translation>Id openbare weg (Brussel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address id (Brussels)</source>
        <translation>Adres-id (Brussel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit id (Brussels)</source>
        <translation>Id eenheid (Brussel)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason for the visit</source>
        <translation>Reden van het bezoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Verdieping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building name</source>
        <translation>Naam gebouw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation contact person</source>
        <translation>Contactpersoon installatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation date</source>
        <translation>Datum ingebruikname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation e-mail</source>
        <translation>E-mail installatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation telephone</source>
        <translation>Telefoon installatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPB unit reference</source>
        <translation>Referentie EPB-eenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental permit number</source>
        <translation>Nummer milieuvergunning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating system identification</source>
        <translation>Identificatie verwarmingssysteem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating system type</source>
        <translation>Type verwarmingssysteem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating system kind</source>
        <translation>Soort verwarmingssysteem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of boilers</source>
        <translation>Aantal ketels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of buildings</source>
        <translation>Aantal gebouwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of EPB units</source>
        <translation>Aantal EPB-eenheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permit date</source>
        <translation>Datum vergunning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance kind</source>
        <translation>Soort toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance use</source>
        <translation>Gebruik toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple system</source>
        <translation>Meervoudig systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Condensing appliance</source>
        <translation>Condensatietoestel</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Connected as</source>
        <translation>Aangesloten als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as type A: details</source>
        <translation>Aangesloten als type A: details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as type B: details</source>
        <translation>Aangesloten als type B: details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as type C: details</source>
        <translation>Aangesloten als type C: details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dual fuel</source>
        <translation>Twee brandstoffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gas category</source>
        <translation>Gascategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other gas</source>
        <translation>Ander gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fuel (malfunction)</source>
        <translation>Brandstof (storing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas appliance type</source>
        <translation>Type gastoestel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Other solid fuel</source>
        <translation>Andere vaste brandstof</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Exhaust channel</source>
        <translation>Afvoerkanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other appliance information</source>
        <translation>Andere informatie over het toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance name</source>
        <translation>Naam toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Appliance rating plate present</source>
        <translation>Typeplaatje toestel aanwezig</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Minimum nominal power</source>
        <translation>Minimaal nominaal vermogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum nominal power</source>
        <translation>Maximaal nominaal vermogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance flow rate</source>
        <translation>Debiet toestel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burner power modulation</source>
        <translation>Vermogensregeling brander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of stages</source>
        <translation>Aantal trappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner rating plate present</source>
        <translation>Typeplaatje brander aanwezig</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>Burner manufacturing number</source>
        <translation>Fabricagenummer brander</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Burner flow rate</source>
        <translation>Debiet brander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner flow rate unit</source>
        <translation>Eenheid debiet brander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum burner flow rate</source>
        <translation>Maximaal debiet brander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum burner flow rate unit</source>
        <translation>Eenheid maximaal debiet brander</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client type 2</source>
        <translation>Klanttype 2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heating appliance type</source>
        <translation>Type verwarmingstoestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type B: details</source>
        <translation>Type B: details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type C: details</source>
        <translation>Type C: details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gas type</source>
        <translation>Gassoort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other gas type</source>
        <translation>Andere gassoort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gas flow</source>
        <translation>Gasdebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality label (gas)</source>
        <translation>Kwaliteitslabel (gas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality label (liquid fuel)</source>
        <translation>Kwaliteitslabel (vloeibare brandstof)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality label (solid fuel)</source>
        <translation>Kwaliteitslabel (vaste brandstof)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy level</source>
        <translation>Energieniveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gas premix type</source>
        <translation>Premixtype gas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gas flow unit</source>
        <translation>Eenheid gasdebiet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number of generators</source>
        <translation>Aantal generatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance connection</source>
        <translation>Aansluiting toestel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appliance serial number</source>
        <translation>Serienummer toestel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burner stages</source>
        <translation>Vlamgangen brander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas burner kind</source>
        <translation>Soort gasbrander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas or liquid fuel burner kind</source>
        <translation>Soort brander (gas of vloeibare brandstof)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Burner serial number</source>
        <translation>Serienummer brander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solid fuel type</source>
        <translation>Soort vaste brandstof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquid fuel type</source>
        <translation>Soort vloeibare brandstof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaseous fuel type</source>
        <translation>Soort gasvormige brandstof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance identification</source>
        <translation>Identificatie toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance connection type</source>
        <translation>Aansluitingstype toestel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of burner stages</source>
        <translation>Aantal vlamgangen brander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central heating coolant</source>
        <translation>Warmtedrager centrale verwarming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central heating production</source>
        <translation>Productie centrale verwarming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fuel subtype</source>
        <translation>Subtype brandstof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burner flame course</source>
        <translation>Vlamgang brander</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mobile app appliance id</source>
        <translation>Toestel-id mobiele app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app page 4 id</source>
        <translation>Id pagina 4 mobiele app</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Commissioning date</source>
        <translation>Datum indienststelling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VRV system</source>
        <translation>VRV-systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refrigerant</source>
        <translation>Koelmiddel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-charge (kg)</source>
        <translation>Voorvulling (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge at start-up (kg)</source>
        <translation>Vulling bij opstart (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hermetically sealed system</source>
        <translation>Hermetisch gesloten systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection frequency</source>
        <translation>Controlefrequentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leak detection system</source>
        <translation>Lekdetectiesysteem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leak detection type</source>
        <translation>Type lekdetectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In operation</source>
        <translation>In bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High pressure (HD)</source>
        <translation>Hoge druk (HD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low pressure (LD)</source>
        <translation>Lage druk (LD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electrical connection</source>
        <translation>Elektrische aansluiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global warming potential (GWP)</source>
        <translation>Aardopwarmingsvermogen (GWP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CO₂ equivalent (t)</source>
        <translation>CO₂-equivalent (t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification date</source>
        <translation>Certificeringsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next certification date</source>
        <translation>Volgende certificeringsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code id</source>
        <translation>QR-code-id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condensers</source>
        <translation>Condensors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaporators</source>
        <translation>Verdampers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressors</source>
        <translation>Compressoren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile app condenser id</source>
        <translation>Condensor-id mobiele app</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other kind</source>
        <translation>Andere soort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mobile app evaporator id</source>
        <translation>Verdamper-id mobiele app</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Performance</source>
        <translation>Vermogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glycol</source>
        <translation>Glycol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold room temperature</source>
        <translation>Temperatuur koelcel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative humidity</source>
        <translation>Relatieve vochtigheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expansion valve brand</source>
        <translation>Merk expansieventiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion valve type</source>
        <translation>Type expansieventiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion valve outlet</source>
        <translation>Uitlaat expansieventiel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mobile app compressor id</source>
        <translation>Compressor-id mobiele app</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Motor capacity control</source>
        <translation>Vermogensregeling motor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-pressure switch</source>
        <translation>Hogedrukschakelaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-pressure switch</source>
        <translation>Lagedrukschakelaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oil pressure switch point</source>
        <translation>Schakelpunt oliedrukschakelaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oil sight glass present</source>
        <translation>Oliekijkglas aanwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crankcase heater current</source>
        <translation>Stroom carterverwarming</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <location filename="../../ui/panes/base.py" line="+106"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/widgets.py" line="-399"/>
        <source>Show all columns</source>
        <translation>Alle kolommen tonen</translation>
    </message>
</context>
<context>
    <name>RegisterDeviceDialog</name>
    <message>
        <location filename="../../ui/forms/device_form.py" line="-125"/>
        <source>Register a measuring device</source>
        <translation>Een meettoestel registreren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is registered with Pro+ at the next sync; it is listed here at once.</source>
        <translation>Het toestel wordt bij de volgende synchronisatie bij Pro+ geregistreerd; het staat hier meteen in de lijst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As printed on the instrument</source>
        <translation>Zoals op het toestel gedrukt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Aankoopdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing date</source>
        <translation>Fabricagedatum</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Registering the device</source>
        <translation>Het toestel registreren</translation>
    </message>
</context>
<context>
    <name>RegisterHeatPumpDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_heat_pump.py" line="+51"/>
        <source>Register a heat pump</source>
        <translation>Een warmtepomp registreren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manufacturer</source>
        <translation>Fabrikant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device type (short)</source>
        <translation>Toesteltype (kort)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device type (long)</source>
        <translation>Toesteltype (lang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building id (UUID)</source>
        <translation>Gebouw-id (UUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum temperature (°C)</source>
        <translation>Minimumtemperatuur (°C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum temperature (°C)</source>
        <translation>Maximumtemperatuur (°C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum hot water temperature (°C)</source>
        <translation>Minimumtemperatuur sanitair warm water (°C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard hot water temperature (°C)</source>
        <translation>Standaardtemperatuur sanitair warm water (°C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away from (e.g. 2026-12-20T08:00:00Z)</source>
        <translation>Afwezig vanaf (bv. 2026-12-20T08:00:00Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away until</source>
        <translation>Afwezig tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum temperature while away (°C)</source>
        <translation>Minimumtemperatuur bij afwezigheid (°C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smart optimisation</source>
        <translation>Slimme optimalisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot water heating</source>
        <translation>Sanitair warm water</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space heating</source>
        <translation>Ruimteverwarming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space cooling</source>
        <translation>Ruimtekoeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool heating</source>
        <translation>Zwembadverwarming</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Away mode</source>
        <translation>Afwezigheidsmodus</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Device</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building and tariff</source>
        <translation>Gebouw en tarief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price zone</source>
        <translation>Prijszone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optimisation level</source>
        <translation>Optimalisatieniveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heating and temperature limits</source>
        <translation>Verwarming en temperatuurgrenzen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Register</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registration is queued and sent to Podero with the next sync (at once when online). Podero then gives a link for the owner to authorise the heat pump&apos;s cloud service.</source>
        <translation>De registratie wordt in de wachtrij gezet en bij de volgende synchronisatie naar Podero verzonden (meteen als u online bent). Podero geeft dan een link waarmee de eigenaar toestemming geeft voor de clouddienst van de warmtepomp.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} van {limit} tekens</translation>
    </message>
</context>
<context>
    <name>RestoredBanner</name>
    <message>
        <location filename="../../ui/drafts.py" line="+138"/>
        <source>Restored what you typed here on {when}: FieldDesk closed before it was saved.</source>
        <translation>Hersteld wat u hier op {when} typte: FieldDesk sloot voordat het bewaard was.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard it</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the record as it was saved</source>
        <translation>Het record tonen zoals het bewaard was</translation>
    </message>
</context>
<context>
    <name>Slots</name>
    <message>
        <location filename="../../ui/models/slots.py" line="-100"/>
        <source>Preferred</source>
        <translation>Voorkeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available</source>
        <translation>Niet beschikbaar</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{minutes} min travel</source>
        <translation>{minutes} min reistijd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{window} on {date}: {status}</source>
        <translation>{window} op {date}: {status}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending deletion</source>
        <translation>Te verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelved</source>
        <translation>Geparkeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No access</source>
        <translation>Geen toegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-on required</source>
        <translation>Vervolgbezoek nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Afgebroken</translation>
    </message>
</context>
<context>
    <name>SlotsPane</name>
    <message>
        <location filename="../../ui/panes/slots.py" line="+90"/>
        <source>Primary order number</source>
        <translation>Primair ordernummer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> week(s)</source>
        <translation> week(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore weekends</source>
        <translation>Weekends overslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not offer Saturdays and Sundays</source>
        <translation>Geen zaterdagen en zondagen aanbieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any resource</source>
        <translation>Alle resources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this resource&apos;s availability (its Totalmobile resource id)</source>
        <translation>Alleen de beschikbaarheid van deze resource (de resource-id in Totalmobile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New visit</source>
        <translation>Nieuw bezoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To re-appoint a visit, its visit id (choose it in the bookings below)</source>
        <translation>Om een bezoek te verzetten: de id van het bezoek (kies het in de boekingen hieronder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show slots</source>
        <translation>Tijdsloten tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+361"/>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Week of:</source>
        <translation>Week van:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource:</source>
        <translation>Resource:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+356"/>
        <source>Re-appoint visit:</source>
        <translation>Bezoek verzetten:</translation>
    </message>
    <message>
        <location line="-348"/>
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>By trade…</source>
        <translation>Per vakgebied…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability for work not yet tied to an order</source>
        <translation>Beschikbaarheid voor werk dat nog niet aan een order gekoppeld is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Connect…</source>
        <translation>Openen in Connect…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book in Totalmobile Connect&apos;s own booking screen, in the browser</source>
        <translation>Boeken in het boekingsscherm van Totalmobile Connect zelf, in de browser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slots</source>
        <translation>Tijdsloten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>★ Preferred   ✔ Available   ✕ Not available   ·   arrows move, Enter books</source>
        <translation>★ Voorkeur   ✔ Beschikbaar   ✕ Niet beschikbaar   ·   pijltjes verplaatsen, Enter boekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit instructions (optional)</source>
        <translation>Instructies voor het bezoek (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelve</source>
        <translation>Parkeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a shelved appointment</source>
        <translation>Een geparkeerde afspraak aanmaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message the customer</source>
        <translation>Klant een bericht sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t message</source>
        <translation>Geen bericht sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never message</source>
        <translation>Nooit een bericht sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book selected slot</source>
        <translation>Gekozen tijdslot boeken</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+301"/>
        <source>Instructions:</source>
        <translation>Instructies:</translation>
    </message>
    <message>
        <location line="-283"/>
        <location line="+4"/>
        <location line="+331"/>
        <source>Bookings</source>
        <translation>Boekingen</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Cancel order…</source>
        <translation>Order annuleren…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Type or choose a sales order&apos;s primary order number.</source>
        <translation>Typ of kies het primaire ordernummer van een verkooporder.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking Totalmobile for the slots of {order}…</source>
        <translation>Tijdsloten van {order} opvragen bij Totalmobile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Reading the slots</source>
        <translation>De tijdsloten lezen</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Totalmobile refused: {error}</source>
        <translation>Totalmobile weigerde: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totalmobile cannot be reached and no slots of {order} are cached: {error}</source>
        <translation>Totalmobile is niet bereikbaar en er zijn geen tijdsloten van {order} in de cache: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bookings cannot be read: {error}</source>
        <translation>Boekingen kunnen niet gelezen worden: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookings of {order}</source>
        <translation>Boekingen van {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(cached: Totalmobile cannot be reached)</source>
        <translation>(uit de cache: Totalmobile is niet bereikbaar)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a sales order and press Show slots.</source>
        <translation>Kies een verkooporder en druk op Tijdsloten tonen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Availability by trade for {postcode} at {time}.</source>
        <translation>Beschikbaarheid per vakgebied voor {postcode} op {time}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Offline: last-known availability from {time} ({reason}).</source>
        <translation>⚠ Offline: laatst bekende beschikbaarheid van {time} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totalmobile cannot be reached</source>
        <translation>Totalmobile is niet bereikbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability of {order} from Totalmobile at {time}.</source>
        <translation>Beschikbaarheid van {order} volgens Totalmobile op {time}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the slots of an order first.</source>
        <translation>Toon eerst de tijdsloten van een order.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability by trade: create the sales order to book one of these slots.</source>
        <translation>Beschikbaarheid per vakgebied: maak de verkooporder aan om een van deze tijdsloten te boeken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking needs a live answer from Totalmobile; this availability is from {time}. Press Show slots when back online.</source>
        <translation>Boeken vraagt een actueel antwoord van Totalmobile; deze beschikbaarheid dateert van {time}. Druk op Tijdsloten tonen zodra u weer online bent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a slot in the grid.</source>
        <translation>Kies een tijdslot in het rooster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This slot is not available.</source>
        <translation>Dit tijdslot is niet beschikbaar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Booking…</source>
        <translation>Boeken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Booking</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>✕ Not booked: {error} The slot is shown as taken and the slots are read again.</source>
        <translation>✕ Niet geboekt: {error} Het tijdslot wordt als bezet getoond en de tijdsloten worden opnieuw gelezen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not booked: Totalmobile cannot be reached ({error}).</source>
        <translation>Niet geboekt: Totalmobile is niet bereikbaar ({error}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>Not booked: {error}</source>
        <translation>Niet geboekt: {error}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>✔ Booked visit {visit} on {date}.</source>
        <translation>✔ Bezoek {visit} geboekt op {date}.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Asking Totalmobile for availability by trade…</source>
        <translation>Beschikbaarheid per vakgebied opvragen bij Totalmobile…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No availability by trade: {error}</source>
        <translation>Geen beschikbaarheid per vakgebied: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Totalmobile Connect</source>
        <translation>Totalmobile Connect openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Connect user name (FieldDesk creates its single sign-in token):</source>
        <translation>Uw gebruikersnaam in Connect (FieldDesk maakt het token voor eenmalige aanmelding aan):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening Connect</source>
        <translation>Connect openen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Open in Connect</source>
        <translation>Openen in Connect</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Connect cannot be opened: {error}</source>
        <translation>Connect kan niet geopend worden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totalmobile answered without a link to its booking screen.</source>
        <translation>Totalmobile antwoordde zonder link naar zijn boekingsscherm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No browser could be started.</source>
        <translation>Er kon geen browser gestart worden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect&apos;s booking screen was opened in the browser.</source>
        <translation>Het boekingsscherm van Connect is in de browser geopend.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling the order</source>
        <translation>De order annuleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel order</source>
        <translation>Order annuleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not cancelled: {error}</source>
        <translation>Niet geannuleerd: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancellation of {order} queued; it is sent with the next sync.</source>
        <translation>Annulering van {order} in de wachtrij gezet; ze wordt bij de volgende synchronisatie verzonden.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../ui/models/devices.py" line="+7"/>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of use</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/models/technicians.py" line="+16"/>
        <source>Work-order mode</source>
        <translation>Werkbonmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard mode</source>
        <translation>Standaardmodus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+11"/>
        <source>Sync settings</source>
        <translation>Synchronisatie-instellingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only on demand</source>
        <translation>Alleen op vraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FieldDesk also syncs as soon as a vendor that was unreachable answers again, and whenever you press Sync (F5).</source>
        <translation>FieldDesk synchroniseert ook zodra een onbereikbare leverancier weer antwoordt, en telkens u op Synchroniseren (F5) drukt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync automatically every</source>
        <translation>Automatisch synchroniseren elke</translation>
    </message>
</context>
<context>
    <name>TechnicianDialog</name>
    <message>
        <location filename="../../ui/forms/technician_form.py" line="+75"/>
        <source>Edit technician</source>
        <translation>Technicus bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New technician</source>
        <translation>Nieuwe technicus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro+ adds the technician, or updates the one with this external id. The change is saved here at once and sent with the next sync.</source>
        <translation>Pro+ voegt de technicus toe, of werkt die met deze externe id bij. De wijziging wordt hier meteen bewaard en bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The external id is how Pro+ recognises this technician</source>
        <translation>Aan de externe id herkent Pro+ deze technicus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work-order mode</source>
        <translation>Werkbonmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard mode</source>
        <translation>Standaardmodus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>External id</source>
        <translation>Externe id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working mode</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical information</source>
        <translation>Technische gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised technician</source>
        <translation>Erkend technicus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chimney sweep</source>
        <translation>Schoorsteenveger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works for an OCA</source>
        <translation>Werkt voor een OCA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating adviser type {type}</source>
        <translation>Verwarmingsadviseur type {type}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recognition numbers</source>
        <translation>Erkenningsnummers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Gewest</translation>
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
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Add number</source>
        <translation>Nummer toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Row {row}: {field}: {problem}</source>
        <translation>Rij {row}: {field}: {problem}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving the technician</source>
        <translation>De technicus bewaren</translation>
    </message>
</context>
<context>
    <name>TechnicianTableModel</name>
    <message>
        <location filename="../../ui/models/technicians.py" line="+11"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External id</source>
        <translation>Externe id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro+ id</source>
        <translation>Pro+-id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Working mode</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Devices</source>
        <translation>Meettoestellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting to be sent</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A change to this technician is waiting to be sent to Pro+</source>
        <translation>Een wijziging aan deze technicus wacht op verzending naar Pro+</translation>
    </message>
</context>
<context>
    <name>TechniciansPane</name>
    <message>
        <location filename="../../ui/panes/technicians.py" line="-117"/>
        <source>{shown} of {total}</source>
        <translation>{shown} van {total}</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Technicians</source>
        <translation>Technici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring devices</source>
        <translation>Meettoestellen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pro+ rejected a change: correct it (save it again) or discard it in the Outbox.</source>
        <translation>Pro+ heeft een wijziging geweigerd: verbeter ze (opnieuw bewaren) of verwijder ze in Uitgaand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change is waiting to be sent to Pro+.</source>
        <translation>Een wijziging wacht op verzending naar Pro+.</translation>
    </message>
</context>
<context>
    <name>TechniciansTab</name>
    <message>
        <location line="-145"/>
        <source>Technicians</source>
        <translation>Technici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, external id, mobile or e-mail</source>
        <translation>Filteren op naam, externe id, gsm of e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a technician to see the details.</source>
        <translation>Kies een technicus om de gegevens te zien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New technician…</source>
        <translation>Nieuwe technicus…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a technician to Pro+</source>
        <translation>Een technicus toevoegen aan Pro+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit technician…</source>
        <translation>Technicus bewerken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected technician</source>
        <translation>De gekozen technicus wijzigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waiting to be sent</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External id</source>
        <translation>Externe id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ id</source>
        <translation>Pro+-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Niet actief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working mode</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical information</source>
        <translation>Technische gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorised technician</source>
        <translation>Erkend technicus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chimney sweep</source>
        <translation>Schoorsteenveger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating adviser</source>
        <translation>Verwarmingsadviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works for an OCA</source>
        <translation>Werkt voor een OCA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition numbers</source>
        <translation>Erkenningsnummers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type {type}: {number}</source>
        <translation>type {type}: {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Linked devices</source>
        <translation>Gekoppelde toestellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{group}, since {date}</source>
        <translation>{group}, sinds {date}</translation>
    </message>
</context>
<context>
    <name>TradeDialog</name>
    <message>
        <location filename="../../ui/panes/slots.py" line="-570"/>
        <source>Availability by trade</source>
        <translation>Beschikbaarheid per vakgebied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated, e.g. Gas, Heat pumps</source>
        <translation>Gescheiden door komma&apos;s, bv. Gas, Warmtepompen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target date:</source>
        <translation>Streefdatum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two to attend</source>
        <translation>Twee technici nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills:</source>
        <translation>Vaardigheden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show availability</source>
        <translation>Beschikbaarheid tonen</translation>
    </message>
</context>
<context>
    <name>VendorError</name>
    <message>
        <location filename="../../app/services/climate.py" line="+87"/>
        <source>myBeNext is not set up</source>
        <translation>myBeNext is niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../app/services/planner.py" line="-208"/>
        <source>Totalmobile is not set up in this profile (set FIELDDESK_TOTALMOBILE_BASE_URL, _USERNAME and _PASSWORD)</source>
        <translation>Totalmobile is niet ingesteld in dit profiel (stel FIELDDESK_TOTALMOBILE_BASE_URL, _USERNAME en _PASSWORD in)</translation>
    </message>
    <message>
        <location filename="../../app/vendors/http.py" line="+90"/>
        <source>daily call limit of {limit:,} reached; calls resume tomorrow (UTC)</source>
        <translation>daglimiet van {limit:,} oproepen bereikt; de oproepen gaan morgen (UTC) verder</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the answer was an HTML page, not the expected JSON</source>
        <translation>het antwoord was een HTML-pagina, niet de verwachte JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was invalid JSON, not the expected JSON</source>
        <translation>het antwoord was ongeldige JSON, niet de verwachte JSON</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>no answer within the time limit</source>
        <translation>geen antwoord binnen de tijdslimiet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no complete answer within {seconds} s</source>
        <translation>geen volledig antwoord binnen {seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timed out ({kind})</source>
        <translation>tijd verstreken ({kind})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server did not answer with a secure (TLS) connection: is its address http:// rather than https://, or the port wrong?</source>
        <translation>de server antwoordde niet met een beveiligde (TLS-)verbinding: begint het adres met http:// in plaats van https://, of is de poort verkeerd?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>secure connection refused: the server&apos;s certificate is not trusted</source>
        <translation>beveiligde verbinding geweigerd: het certificaat van de server wordt niet vertrouwd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect</source>
        <translation>geen verbinding mogelijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection dropped before the answer was complete</source>
        <translation>de verbinding viel weg voordat het antwoord volledig was</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network error ({kind})</source>
        <translation>netwerkfout ({kind})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>authentication failed ({words})</source>
        <translation>aanmelden mislukt ({words})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many requests ({words})</source>
        <translation>te veel verzoeken ({words})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server timed out waiting for the request</source>
        <translation>de server wachtte te lang op het verzoek</translation>
    </message>
    <message>
        <location filename="../../app/vendors/proplus/client.py" line="+54"/>
        <source>the answer was not valid JSON</source>
        <translation>het antwoord was geen geldige JSON</translation>
    </message>
    <message>
        <location filename="../../app/vendors/totalmobile/client.py" line="+114"/>
        <source>sign-in refused ({words})</source>
        <translation>aanmelden geweigerd ({words})</translation>
    </message>
    <message>
        <location filename="../../app/sync/engine.py" line="+150"/>
        <source>another FieldDesk window or command is syncing this cache; your changes stay queued and are sent by it or by the next sync</source>
        <translation>een ander FieldDesk-venster of -commando synchroniseert deze cache; uw wijzigingen blijven in de wachtrij en worden door dat venster of bij de volgende synchronisatie verzonden</translation>
    </message>
    <message>
        <location filename="../../app/vendors/errors.py" line="+87"/>
        <source>FieldDesk could not finish syncing {vendor} ({problem}); the log file has the details</source>
        <translation>FieldDesk kon de synchronisatie met {vendor} niet afmaken ({problem}); het logbestand bevat de details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unreadable {vendor} answer: {detail}</source>
        <translation>onleesbaar antwoord van {vendor}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/certificates.py" line="-123"/>
        <source>Pro+ is not set up in this profile (set FIELDDESK_PROPLUS_BASE_URL and FIELDDESK_PROPLUS_SECRET_KEY)</source>
        <translation>Pro+ is niet ingesteld in dit profiel (stel FIELDDESK_PROPLUS_BASE_URL en FIELDDESK_PROPLUS_SECRET_KEY in)</translation>
    </message>
</context>
<context>
    <name>WebhookControl</name>
    <message>
        <location filename="../../ui/webhook.py" line="+62"/>
        <source>Cannot listen on {host}:{port}: {error}</source>
        <translation>Kan niet luisteren op {host}:{port}: {error}</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <location filename="../../ui/dialogs/webhook.py" line="+27"/>
        <source>Work-order webhook</source>
        <translation>Webhook voor werkorders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro+ can call FieldDesk whenever a work order changes (its status, its certificate). FieldDesk then listens on the address and port below; set the URL shown in your Pro+ profile. Pro+ must be able to reach this computer (a public address or an HTTPS proxy in front of it). Off by default.</source>
        <translation>Pro+ kan FieldDesk oproepen telkens een werkorder verandert (de status, het attest). FieldDesk luistert dan op het adres en de poort hieronder; stel de getoonde URL in uw Pro+-profiel in. Pro+ moet deze computer kunnen bereiken (een publiek adres of een HTTPS-proxy ervoor). Standaard uit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receive Pro+&apos;s work-order calls</source>
        <translation>Oproepen van Pro+ over werkorders ontvangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>127.0.0.1: this computer only (behind a proxy); 0.0.0.0: every network</source>
        <translation>127.0.0.1: alleen deze computer (achter een proxy); 0.0.0.0: elk netwerk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>URL for Pro+</source>
        <translation>URL voor Pro+</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(shown while the receiver runs)</source>
        <translation>(getoond zolang de ontvanger draait)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not receiving: {problem}</source>
        <translation>Ontvangt niet: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving. Calls so far: {applied} applied, {refused} refused.</source>
        <translation>Ontvangt. Oproepen tot nu: {applied} verwerkt, {refused} geweigerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not receiving.</source>
        <translation>Ontvangt niet.</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetail</name>
    <message>
        <location filename="../../ui/panes/workorders.py" line="+46"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External id</source>
        <translation>Extern id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution date</source>
        <translation>Uitvoeringsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start time</source>
        <translation>Beginuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating or cooling</source>
        <translation>Verwarming of koeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certification</source>
        <translation>Keuring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate language</source>
        <translation>Taal van het attest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracting company</source>
        <translation>Opdrachtgevend bedrijf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation>Technicus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>Attest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro+ id</source>
        <translation>Pro+-id</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh from Pro+</source>
        <translation>Vernieuwen uit Pro+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available (PDF {pdf}, JSON {json}, VAT {vat})</source>
        <translation>Beschikbaar (PDF {pdf}, JSON {json}, btw {vat})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet in Pro+</source>
        <translation>Nog niet in Pro+</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Being deleted: the deletion is sent with the next sync.</source>
        <translation>Wordt verwijderd: de verwijdering wordt bij de volgende synchronisatie verstuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent to Pro+ (see the outbox).</source>
        <translation>Wacht om naar Pro+ verstuurd te worden (zie Uitgaand).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ The certificate of this work order is available.</source>
        <translation>✔ Het attest van deze werkorder is beschikbaar.</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/workorder.py" line="+41"/>
        <source>New work order</source>
        <translation>Nieuwe werkorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work order is created in Pro+ with the next sync; until then it waits in the outbox, also without a connection.</source>
        <translation>De werkorder wordt bij de volgende synchronisatie in Pro+ aangemaakt; tot dan wacht hij in Uitgaand, ook zonder verbinding.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your system&apos;s work order number: it identifies the work order</source>
        <translation>Het werkordernummer van uw systeem: het identificeert de werkorder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HH:MM (optional)</source>
        <translation>UU:MM (optioneel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{client} – {appliance} ({kind}, Pro+ id {id})</source>
        <translation>{client} – {appliance} ({kind}, Pro+-id {id})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None (0)</source>
        <translation>Geen (0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+&apos;s id of the contracting company, or none</source>
        <translation>Pro+-id van het opdrachtgevende bedrijf, of geen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro+ technician id (optional)</source>
        <translation>Pro+-id van de technicus (optioneel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (Pro+ id {id})</source>
        <translation>{name} (Pro+-id {id})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>External id</source>
        <translation>Extern id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution date</source>
        <translation>Uitvoeringsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Beginuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification type</source>
        <translation>Soort keuring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate language</source>
        <translation>Taal van het attest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracting company</source>
        <translation>Opdrachtgevend bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Technicus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appliance has a Pro+ id yet: sync first, or wait until a new client&apos;s push is acknowledged.</source>
        <translation>Nog geen enkel toestel heeft een Pro+-id: synchroniseer eerst, of wacht tot Pro+ een nieuwe klant bevestigd heeft.</translation>
    </message>
</context>
<context>
    <name>WorkOrderTableModel</name>
    <message>
        <location filename="../../ui/models/workorders.py" line="+27"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External id</source>
        <translation>Extern id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appliance</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heating or cooling</source>
        <translation>Verwarming of koeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certification</source>
        <translation>Keuring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician</source>
        <translation>Technicus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>Attest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to be sent</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being deleted</source>
        <translation>Wordt verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Certificate documents: PDF {pdf}, JSON {json}, VAT {vat}</source>
        <translation>Attestdocumenten: PDF {pdf}, JSON {json}, btw {vat}</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPane</name>
    <message>
        <location filename="../../ui/panes/workorders.py" line="+31"/>
        <source>New work order…</source>
        <translation>Nieuwe werkorder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Pro+ work order for an appliance</source>
        <translation>Een Pro+-werkorder voor een toestel aanmaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch from Pro+…</source>
        <translation>Ophalen uit Pro+…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a work order made elsewhere (e.g. in the Pro+ portal) by its external id</source>
        <translation>Een elders gemaakte werkorder (bv. in het Pro+-portaal) toevoegen via zijn extern id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webhook…</source>
        <translation>Webhook…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Pro+ tell FieldDesk when a work order changes</source>
        <translation>Pro+ laten melden wanneer een werkorder verandert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro+ has no list of work orders: here are those created or fetched in FieldDesk, kept current by every sync and by the webhook.</source>
        <translation>Pro+ heeft geen lijst van werkorders: hier staan die welke in FieldDesk aangemaakt of opgehaald zijn, bijgewerkt bij elke synchronisatie en door de webhook.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the sandbox, the demo Pro+ holds work orders with external ids 7001 to 7012: try “Fetch from Pro+…”.</source>
        <translation>In de sandbox bevat de demo-Pro+ werkorders met externe id&apos;s 7001 tot 7012: probeer “Ophalen uit Pro+…”.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Filter by number, name, date, client, appliance, type, status or comment</source>
        <translation>Filteren op nummer, naam, datum, klant, toestel, soort, status of opmerking</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No work order selected.</source>
        <translation>Geen werkorder geselecteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No work orders yet. Create one from an appliance with “New work order…”, or add one made elsewhere with “Fetch from Pro+…”.</source>
        <translation>Nog geen werkorders. Maak er een voor een toestel met “Nieuwe werkorder…”, of voeg een elders gemaakte toe met “Ophalen uit Pro+…”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No work order matches “{filter}”.</source>
        <translation>Geen werkorder komt overeen met “{filter}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} work orders</source>
        <translation>{shown} van {total} werkorders</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Fetch a work order from Pro+</source>
        <translation>Een werkorder uit Pro+ ophalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id of the work order (your system&apos;s number):</source>
        <translation>Extern id van de werkorder (het nummer in uw systeem):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fetching the work order</source>
        <translation>Het ophalen van de werkorder</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Work order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Pro+ could not answer: {error}</source>
        <translation>Pro+ kon niet antwoorden: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pro+ has no such work order.</source>
        <translation>Pro+ heeft die werkorder niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro+ cannot be reached, and the cache has no such work order.</source>
        <translation>Pro+ is niet bereikbaar, en de cache heeft die werkorder niet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pro+ cannot be reached: showing the cached work order.</source>
        <translation>Pro+ is niet bereikbaar: de werkorder uit de cache wordt getoond.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete work order</source>
        <translation>Werkorder verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete work order {number} “{name}” in Pro+? The deletion is sent with the next sync and cannot be undone there.</source>
        <translation>Werkorder {number} “{name}” in Pro+ verwijderen? De verwijdering wordt bij de volgende synchronisatie verstuurd en kan daar niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>myBeNext</name>
    <message>
        <location filename="../../app/vendors/benext/models.py" line="+23"/>
        <source>Idle</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heating</source>
        <translation>Verwarmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling</source>
        <translation>Koelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fan only</source>
        <translation>Alleen ventilator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending heat</source>
        <translation>Verwarmen in afwachting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending cool</source>
        <translation>Koelen in afwachting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vent/economizer</source>
        <translation>Ventilatie/economizer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aux heating</source>
        <translation>Hulpverwarming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage heating</source>
        <translation>Trapsgewijs verwarmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage cooling</source>
        <translation>Trapsgewijs koelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage aux heat</source>
        <translation>Trapsgewijze hulpverwarming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 stage aux heat</source>
        <translation>Hulpverwarming in 3 trappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following internal schedule</source>
        <translation>Volgt het eigen programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary schedule override</source>
        <translation>Programma tijdelijk overschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent schedule override</source>
        <translation>Programma blijvend overschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CH (central heating)</source>
        <translation>CV (centrale verwarming)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DHW (domestic hot water)</source>
        <translation>SWW (sanitair warm water)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No failure</source>
        <translation>Geen storing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Storing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Erkend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway unavailable</source>
        <translation>Gateway niet bereikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product unavailable</source>
        <translation>Toestel niet bereikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown failure</source>
        <translation>Onbekende storing</translation>
    </message>
</context>
</TS>
