<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ActivityDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/ActivityDelegate.qml" line="+19"/>
        <source>%1, %2</source>
        <comment>@info day, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with %1</source>
        <comment>@info who does the activity</comment>
        <translation>met %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeats</source>
        <comment>@info recurring activity</comment>
        <translation>terugkerend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <comment>@info separator</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>ActivityDetailPage</name>
    <message>
        <location filename="../../qml/pages/plan/ActivityDetailPage.qml" line="+50"/>
        <source>Activity</source>
        <comment>@title:window</comment>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This activity is no longer in the plan</source>
        <comment>@info</comment>
        <translation>Deze activiteit staat niet meer in het zorgplan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next: %1</source>
        <comment>@info next date of an activity</comment>
        <translation>Volgende keer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No next date</source>
        <comment>@info activity without a next date</comment>
        <translation>Geen volgende datum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <comment>@info kind · status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who: %1</source>
        <comment>@info who does the activity</comment>
        <translation>Wie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who: not chosen yet</source>
        <comment>@info</comment>
        <translation>Wie: nog niet gekozen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last changed by %1</source>
        <comment>@info who last changed it, e.g. Els Peeters for Maria</comment>
        <translation>Laatst gewijzigd door %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For: %1</source>
        <comment>@info goals the activity serves</comment>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <comment>@info list separator</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this activity</source>
        <comment>@action:button accessible</comment>
        <translation>Deze activiteit bewerken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <comment>@action:button</comment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this activity from the plan</source>
        <comment>@action:button accessible</comment>
        <translation>Deze activiteit uit het zorgplan verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this right after</source>
        <comment>@info accessible</comment>
        <translation>U kunt dit meteen daarna ongedaan maken</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done</source>
        <comment>@title:group done log</comment>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Notitie (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did it go?</source>
        <comment>@info:placeholder</comment>
        <translation>Hoe ging het?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done today</source>
        <comment>@action:button</comment>
        <translation>Vandaag gedaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done today ✓</source>
        <comment>@action:button already marked</comment>
        <translation>Vandaag gedaan ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as done today</source>
        <comment>@action:button accessible</comment>
        <translation>Aanduiden als vandaag gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already marked as done today</source>
        <comment>@info accessible</comment>
        <translation>Al aangeduid als vandaag gedaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not done yet</source>
        <comment>@info empty done log</comment>
        <translation>Nog niet gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each time you mark it as done, the day and your note are kept here, so you and your care team can see how it goes.</source>
        <comment>@info empty done log</comment>
        <translation>Telkens als u het als gedaan aanduidt, worden de dag en uw notitie hier bewaard, zodat u en uw zorgteam kunnen zien hoe het gaat.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · %2: %3</source>
        <comment>@info accessible done log entry: day · by whom: note</comment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>%1 · %2</source>
        <comment>@info done log: day · by whom</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Show earlier times (%n more)</source>
        <comment>@action:button done log</comment>
        <translation>
            <numerusform>Eerdere keren tonen (nog %n)</numerusform>
            <numerusform>Eerdere keren tonen (nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When someone in your care circle comments on this part of your plan, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Als iemand uit uw zorgkring op dit deel van uw plan reageert, leest u dat hier.</translation>
    </message>
</context>
<context>
    <name>ActivityEditorPage</name>
    <message>
        <location filename="../../qml/pages/plan/ActivityEditorPage.qml" line="+69"/>
        <source>New activity</source>
        <comment>@title:window</comment>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit activity</source>
        <comment>@title:window</comment>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>What is it?</source>
        <comment>@label:textbox activity title</comment>
        <translation>Wat is het?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Walk to the park</source>
        <comment>@info:placeholder</comment>
        <translation>Bijvoorbeeld: Naar het park wandelen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind</source>
        <comment>@label:listbox activity kind</comment>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Who does it?</source>
        <comment>@label</comment>
        <translation>Wie doet het?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the people in your care team first; then you can choose them here.</source>
        <comment>@info</comment>
        <translation>Voeg eerst de mensen uit uw zorgteam toe; daarna kunt u ze hier kiezen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <comment>@option:check name (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When?</source>
        <comment>@label</comment>
        <translation>Wanneer?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Once, on one day</source>
        <comment>@option:radio</comment>
        <translation>Eenmalig, op één dag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It repeats</source>
        <comment>@option:radio</comment>
        <translation>Het herhaalt zich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When needed, no fixed day</source>
        <comment>@option:radio</comment>
        <translation>Wanneer nodig, geen vaste dag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day</source>
        <comment>@label:textbox</comment>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Days</source>
        <comment>@item:inlistbox unit of an every-N schedule</comment>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <comment>@item:inlistbox unit of an every-N schedule</comment>
        <translation>Weken</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Every</source>
        <comment>@label:textbox every N days or weeks</comment>
        <translation>Om de</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days or weeks</source>
        <comment>@label:listbox</comment>
        <translation>Dagen of weken</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only on these days (optional)</source>
        <comment>@label</comment>
        <translation>Alleen op deze dagen (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On these days</source>
        <comment>@label</comment>
        <translation>Op deze dagen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>From</source>
        <comment>@label:textbox first day</comment>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until (optional)</source>
        <comment>@label:textbox last day</comment>
        <translation>Tot en met (optioneel)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Tijdstip (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HH:MM</source>
        <comment>@info:placeholder time</comment>
        <translation>UU:MM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status</source>
        <comment>@label:listbox</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Schedule: %1</source>
        <comment>@info schedule preview</comment>
        <translation>Planning: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the activity</source>
        <comment>@action:button accessible</comment>
        <translation>De activiteit opslaan</translation>
    </message>
</context>
<context>
    <name>AgreementDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/AgreementDelegate.qml" line="+28"/>
        <source>• %1</source>
        <comment>@info agreement bullet</comment>
        <translation>• %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>More</source>
        <comment>@action:button menu</comment>
        <translation>Meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions for the agreement “%1”</source>
        <comment>@action:button accessible</comment>
        <translation>Acties voor de afspraak “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit</source>
        <comment>@action:inmenu</comment>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move up</source>
        <comment>@action:inmenu</comment>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move down</source>
        <comment>@action:inmenu</comment>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove</source>
        <comment>@action:inmenu</comment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the agreement</source>
        <comment>@action:inmenu accessible</comment>
        <translation>De afspraak verwijderen</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/AgreementDialog.qml" line="+41"/>
        <source>Edit agreement</source>
        <comment>@title:window</comment>
        <translation>Afspraak in het zorgplan bewerken</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Agreement</source>
        <comment>@label</comment>
        <translation>Afspraak</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../../src/app/core/appoptions.cpp" line="+14"/>
        <source>CareCircle: your care plan, goals and check-ins, encrypted on this device.</source>
        <translation>CareCircle: uw zorgplan, doelen en check-ins, versleuteld op dit toestel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the vault in folder &lt;dir&gt;.</source>
        <translation>Open de kluis in map &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the local demo vault (made if missing).</source>
        <translation>Open de lokale demokluis (wordt aangemaakt als ze ontbreekt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the care-team demo: a GP&apos;s vault with three patients (made if missing).</source>
        <translation>Open de zorgteamdemo: de kluis van een huisarts met drie patiënten (wordt aangemaakt als ze ontbreekt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the caregiver demo: Els&apos;s tablet, acting for Maria as editor (made if missing).</source>
        <translation>De demo voor mantelzorgers openen: de tablet van Els, die voor Maria mag bewerken (aangemaakt indien nodig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render, save a PNG to &lt;file&gt;, exit.</source>
        <translation>Toon het venster, sla een PNG op als &lt;file&gt; en sluit af.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size, e.g. 390x844.</source>
        <translation>Venstergrootte, bv. 390x844.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page to show in screenshot mode.</source>
        <translation>Pagina die in schermafbeeldingsmodus getoond wordt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load every page and exit; non-zero on any QML error or warning. With --vault, walk that demo vault instead of a new one.</source>
        <translation>Laad elke pagina en sluit af; niet-nul bij elke QML-fout of -waarschuwing. Met --vault: doorloop die demokluis in plaats van een nieuwe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --self-test: print the resident memory once every page was opened.</source>
        <translation>Met --self-test: toon het gebruikte werkgeheugen zodra elke pagina geopend is.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 390x844.</source>
        <translation>--size verwacht BREEDTExHOOGTE, bv. 390x844.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../qml/components/shell/AppShell.qml" line="+48"/>
        <source>My patients</source>
        <comment>@title:navigation</comment>
        <translation>Mijn patiënten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Patiënten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home</source>
        <comment>@title:navigation</comment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check-in</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Care plan</source>
        <comment>@title:navigation</comment>
        <translation>Zorgplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Zorgplan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <comment>@title:navigation</comment>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Settings</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Check-in</source>
        <comment>@title:navigation</comment>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Goals</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trends</source>
        <comment>@title:navigation</comment>
        <translation>Trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Trends</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Care team</source>
        <comment>@title:navigation</comment>
        <translation>Zorgteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Zorgteam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <comment>@title:navigation</comment>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>AttentionFlag</name>
    <message>
        <location filename="../../qml/components/controls/AttentionFlag.qml" line="+28"/>
        <source>Worse lately: %1</source>
        <comment>@info attention flag, check-in domains</comment>
        <translation>Slechter de laatste tijd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wants to discuss: %1</source>
        <comment>@info attention flag, check-in domains</comment>
        <translation>Wil bespreken: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan review overdue since %1</source>
        <comment>@info attention flag, a date</comment>
        <translation>Evaluatie van het zorgplan achterstallig sinds %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal is getting harder</source>
        <comment>@info attention flag</comment>
        <translation>Een doel wordt moeilijker</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Goals getting harder: %n</source>
        <comment>@info attention flag, a count</comment>
        <translation>
            <numerusform>Doelen die moeilijker worden: %n</numerusform>
            <numerusform>Doelen die moeilijker worden: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../../qml/components/controls/BusyOverlay.qml" line="+18"/>
        <source>Please wait</source>
        <comment>@info busy</comment>
        <translation>Even geduld</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please wait…</source>
        <comment>@info busy</comment>
        <translation>Even geduld…</translation>
    </message>
</context>
<context>
    <name>CarePlanController</name>
    <message>
        <location filename="../../src/app/plan/careplancontroller.cpp" line="+296"/>
        <source>The care plan is gone.</source>
        <translation>Het zorgplan bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Please write the time like 08:30.</source>
        <translation>Schrijf het tijdstip zoals 08:30.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please give the day, like 2026-11-27.</source>
        <translation>Geef de dag op, zoals 2026-11-27.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please give the first day like 2026-11-27.</source>
        <translation>Geef de eerste dag op, zoals 2026-11-27.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please give the last day like 2026-11-27, or leave it empty.</source>
        <translation>Geef de laatste dag op, zoals 2026-11-27, of laat het leeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last day comes before the first day.</source>
        <translation>De laatste dag valt vóór de eerste dag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“Every” must be a number from 1 to 52 weeks or 365 days.</source>
        <translation>“Om de” moet een getal zijn van 1 tot 52 weken of 365 dagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose the days of the week again.</source>
        <translation>Kies de dagen van de week opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one day of the week.</source>
        <translation>Kies minstens één dag van de week.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose when it happens.</source>
        <translation>Kies wanneer het gebeurt.</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+28"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteamrules.cpp" line="+31"/>
        <source>Me</source>
        <comment>@label the patient&apos;s own entry in the care team</comment>
        <translation>Ik</translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <location filename="../../qml/pages/plan/CarePlanPage.qml" line="+65"/>
        <source>Care plan</source>
        <comment>@title:window</comment>
        <translation>Zorgplan</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No care plan yet</source>
        <comment>@title:group</comment>
        <translation>Nog geen zorgplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your care plan brings everything together</source>
        <comment>@info empty plan</comment>
        <translation>Uw zorgplan brengt alles samen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what you and your care team agreed: who coordinates your care, when you next review it together (often at the multidisciplinary meeting), the agreements you made and the activities, from home-nurse visits to the walks you take yourself.</source>
        <comment>@info empty plan</comment>
        <translation>Schrijf op wat u en uw zorgteam afgesproken hebben: wie uw zorg coördineert, wanneer u het plan opnieuw samen evalueert (vaak op het multidisciplinair overleg), de gemaakte afspraken en de activiteiten, van de bezoeken van de thuisverpleegkundige tot de wandelingen die u zelf maakt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start my care plan</source>
        <comment>@action:button</comment>
        <translation>Mijn zorgplan starten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Status: %1</source>
        <comment>@info plan status</comment>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From %1 to %2</source>
        <comment>@info plan period</comment>
        <translation>Van %1 tot %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since %1</source>
        <comment>@info plan period</comment>
        <translation>Sinds %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordinated by %1 (%2)</source>
        <comment>@info plan coordinator, role</comment>
        <translation>Gecoördineerd door %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody coordinates your care yet. Often this is your case manager; you can choose them in your care team.</source>
        <comment>@info plan without coordinator</comment>
        <translation>Nog niemand coördineert uw zorg. Vaak is dat uw casemanager; u kunt die kiezen in uw zorgteam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next review with your care team: %1</source>
        <comment>@info plan review, often the multidisciplinary meeting</comment>
        <translation>Volgende evaluatie met uw zorgteam: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review date yet. Add the date of the next multidisciplinary meeting when it is set.</source>
        <comment>@info plan review</comment>
        <translation>Nog geen datum voor de evaluatie. Vul de datum van het volgende multidisciplinair overleg in zodra die vastligt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit plan</source>
        <comment>@action:button</comment>
        <translation>Zorgplan bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the care plan’s title, status, dates and coordinator</source>
        <comment>@action:button accessible</comment>
        <translation>Titel, status, datums en coördinator van het zorgplan bewerken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements</source>
        <comment>@title:group</comment>
        <translation>Gemaakte afspraken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agreements yet</source>
        <comment>@info empty agreements</comment>
        <translation>Nog geen afspraken in het zorgplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what you agreed with your care team, in your own words: “The nurse comes before 9”, “I call my daughter when I feel dizzy”.</source>
        <comment>@info empty agreements</comment>
        <translation>Schrijf in uw eigen woorden op wat u met uw zorgteam hebt afgesproken: “De verpleegkundige komt voor 9 uur”, “Ik bel mijn dochter als ik duizelig ben”.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A new agreement</source>
        <comment>@info:placeholder</comment>
        <translation>Een nieuwe afspraak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New agreement</source>
        <comment>@label accessible</comment>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <comment>@action:button</comment>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the agreement</source>
        <comment>@action:button accessible</comment>
        <translation>De afspraak toevoegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activities</source>
        <comment>@title:group</comment>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New activity</source>
        <comment>@action:button</comment>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new activity to the care plan</source>
        <comment>@action:button accessible</comment>
        <translation>Een nieuwe activiteit aan het zorgplan toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No activities yet</source>
        <comment>@info empty activities</comment>
        <translation>Nog geen activiteiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what happens in your care: the home nurse’s visits, your physiotherapy exercises, a check-up at the hospital, coffee with a friend. Then tap “Done today” when you did it.</source>
        <comment>@info empty activities</comment>
        <translation>Voeg toe wat er in uw zorg gebeurt: de bezoeken van de thuisverpleegkundige, uw oefeningen van de kinesitherapeut, een controle in het ziekenhuis, koffie met een vriend. Tik daarna op “Vandaag gedaan” als u het gedaan hebt.</translation>
    </message>
</context>
<context>
    <name>CareTeamController</name>
    <message>
        <location filename="../../src/app/team/careteamcontroller.cpp" line="+141"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="+243"/>
        <location filename="../../src/domain/careteamrules.cpp" line="+10"/>
        <location line="+83"/>
        <source>This person is no longer in the care team.</source>
        <translation>Deze persoon zit niet meer in het zorgteam.</translation>
    </message>
</context>
<context>
    <name>CareTeamPage</name>
    <message>
        <location filename="../../qml/pages/team/CareTeamPage.qml" line="+43"/>
        <source>Care team</source>
        <comment>@title:window</comment>
        <translation>Zorgteam</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 coordinates your care. Ask them first when something needs to be arranged.</source>
        <comment>@info</comment>
        <translation>%1 coördineert uw zorg. Spreek die persoon eerst aan als er iets geregeld moet worden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who coordinates your care, often your case manager: open the menu next to their name.</source>
        <comment>@info</comment>
        <translation>Kies wie uw zorg coördineert, vaak uw casemanager: open het menu naast de naam.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a person</source>
        <comment>@action:button</comment>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to your care team</source>
        <comment>@action:button accessible</comment>
        <translation>Een persoon aan uw zorgteam toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who helps you?</source>
        <comment>@title:group empty team</comment>
        <translation>Wie helpt u?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the people who care for you: your family doctor, the home nurse, the pharmacist, your case manager, and the family members or friends who help. Write down how to reach them, so everything is in one place.</source>
        <comment>@info empty team</comment>
        <translation>Voeg de mensen toe die voor u zorgen: uw huisarts, de thuisverpleegkundige, de apotheker, uw casemanager en de familieleden of vrienden die helpen. Noteer hoe u ze kunt bereiken, zodat alles op één plek staat.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, former member</source>
        <comment>@info accessible</comment>
        <translation>%1, vroeger lid van het zorgteam</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Former member: no longer in any space you share, so receives nothing new.</source>
        <comment>@info care team card</comment>
        <translation>Vroeger lid: zit in geen enkele ruimte meer die u deelt en krijgt dus niets nieuws meer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses CareCircle: sees what you share with them.</source>
        <comment>@info care team card</comment>
        <translation>Gebruikt CareCircle: ziet wat u met deze persoon deelt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These are your own notes about your care team. Inviting someone to see your plan comes with sharing.</source>
        <comment>@info</comment>
        <translation>Dit zijn uw eigen notities over uw zorgteam. Iemand uitnodigen om uw plan te bekijken, doet u via Delen.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/ChangePassphraseDialog.qml" line="+39"/>
        <source>Change your passphrase</source>
        <comment>@title:window</comment>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Your information stays as it is; only the passphrase that opens it changes. Your recovery key keeps working.</source>
        <comment>@info change passphrase</comment>
        <translation>Uw gegevens blijven zoals ze zijn; alleen de wachtwoordzin waarmee u ze opent, verandert. Uw herstelsleutel blijft werken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New passphrase again</source>
        <comment>@label:textbox</comment>
        <translation>Herhaal uw nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two new passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>De twee nieuwe wachtwoordzinnen zijn nog niet hetzelfde.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change passphrase</source>
        <comment>@action:button</comment>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
</context>
<context>
    <name>CheckInBars</name>
    <message>
        <location filename="../../qml/components/charts/CheckInBars.qml" line="+45"/>
        <source>%1: %2 out of %3</source>
        <comment>@info accessible: domain rating</comment>
        <translation>%1: %2 op %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not rated</source>
        <comment>@info accessible</comment>
        <translation>%1: geen score</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>–</source>
        <comment>@info not rated</comment>
        <translation>–</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You’d like to talk about this</source>
        <comment>@info check-in discuss flag</comment>
        <translation>Hier wilt u graag over praten</translation>
    </message>
</context>
<context>
    <name>CheckInHistoryDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/CheckInHistoryDelegate.qml" line="+34"/>
        <source>%1 · your caregiver check-in</source>
        <comment>@info check-in date, the caregiver&apos;s own check-in</comment>
        <translation>%1 · uw check-in als mantelzorger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by %2</source>
        <comment>@info check-in date, who filled it in (e.g. Els Peeters for Maria)</comment>
        <translation>%1 · ingevuld door %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping %2</source>
        <comment>@info check-in date, by proxy, read in a patient&apos;s circle</comment>
        <translation>%1 · ingevuld door iemand die %2 helpt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping you</source>
        <comment>@info check-in date, by proxy</comment>
        <translation>%1 · ingevuld door iemand die u helpt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: “%2”</source>
        <comment>@info check-in note with its domain</comment>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 — %3</source>
        <comment>@info questionnaire title: score — band</comment>
        <translation>%1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../qml/pages/checkin/CheckInPage.qml" line="+67"/>
        <source>Your check-in is saved. Thank you for taking the time.</source>
        <comment>@info check-in saved</comment>
        <translation>Uw check-in is opgeslagen. Bedankt dat u er de tijd voor nam.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Check-in</source>
        <comment>@title:window check-in page</comment>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>How are you doing?</source>
        <comment>@title:group check-in start</comment>
        <translation>Hoe gaat het met u?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is %1 doing?</source>
        <comment>@title:group check-in start, filled in for a patient</comment>
        <translation>Hoe gaat het met %1?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You answer for %1, as you see it. The check-in is marked as filled in by you for %1.</source>
        <comment>@info proxy check-in</comment>
        <translation>U antwoordt voor %1, zoals u het ziet. De check-in wordt gemarkeerd als door u ingevuld voor %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your last check-in: %1</source>
        <comment>@info</comment>
        <translation>Uw laatste check-in: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last check-in about %1: %2</source>
        <comment>@info in a patient&apos;s circle</comment>
        <translation>Laatste check-in over %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No check-in yet</source>
        <comment>@info empty check-in</comment>
        <translation>Nog geen check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a week is a good rhythm. Your answers help you and your care team see how things are going over time.</source>
        <comment>@info empty check-in</comment>
        <translation>Eén keer per week is een goed ritme. Met uw antwoorden zien u en uw zorgteam hoe het in de loop van de tijd gaat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has filled in a check-in about %1 yet.</source>
        <comment>@info empty check-in in a patient&apos;s circle</comment>
        <translation>Niemand heeft al een check-in over %1 ingevuld.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start check-in</source>
        <comment>@action:button</comment>
        <translation>Check-in starten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About me as a caregiver</source>
        <comment>@title:group caregiver check-in start</comment>
        <translation>Over mezelf als mantelzorger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you care for someone? Four short questions about how you yourself are doing as a caregiver: the weight of caring, your own health, time for yourself and the support you get. Nobody sees your answers unless you choose to share them.</source>
        <comment>@info caregiver check-in start</comment>
        <translation>Zorgt u voor iemand? Vier korte vragen over hoe het met uzelf gaat als mantelzorger: hoe zwaar de zorg weegt, uw eigen gezondheid, tijd voor uzelf en de steun die u krijgt. Niemand ziet uw antwoorden, tenzij u ervoor kiest ze te delen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start my caregiver check-in</source>
        <comment>@action:button</comment>
        <translation>Mijn check-in als mantelzorger starten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Short questionnaires</source>
        <comment>@title:group</comment>
        <translation>Korte vragenlijsten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Well-known short questionnaires about well-being, mood and worry. You see your score described in plain words; it is something to talk about with your care team, not a diagnosis.</source>
        <comment>@info questionnaires</comment>
        <translation>Bekende korte vragenlijsten over welbevinden, stemming en piekeren. U ziet uw score beschreven in gewone woorden; het is iets om met uw zorgteam over te praten, geen diagnose.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 · %n question(s)</source>
        <comment>@action:button questionnaire title and length</comment>
        <translation>
            <numerusform>%1 · %n vraag</numerusform>
            <numerusform>%1 · %n vragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earlier check-ins</source>
        <comment>@title:group</comment>
        <translation>Eerdere check-ins</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Show earlier check-ins (%n more)</source>
        <comment>@action:button</comment>
        <translation>
            <numerusform>Eerdere check-ins tonen (nog %n)</numerusform>
            <numerusform>Eerdere check-ins tonen (nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing here yet</source>
        <comment>@info empty check-in history</comment>
        <translation>Hier staat nog niets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your check-ins and questionnaire results will be listed here, newest first, so you can see how things change.</source>
        <comment>@info empty check-in history</comment>
        <translation>Uw check-ins en de resultaten van vragenlijsten komen hier, de nieuwste eerst, zodat u ziet hoe dingen veranderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check-ins about %1 that you may see will be listed here, newest first.</source>
        <comment>@info empty check-in history in a patient&apos;s circle</comment>
        <translation>De check-ins over %1 die u mag zien, verschijnen hier, de nieuwste eerst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your caregiver check-in: about you, not about the person you care for.</source>
        <comment>@info caregiver check-in flow</comment>
        <translation>Uw check-in als mantelzorger: over uzelf, niet over de persoon voor wie u zorgt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For %1: where a question says “you”, answer for %1, as you see it.</source>
        <comment>@info proxy check-in flow</comment>
        <translation>Voor %1: waar een vraag “u” zegt, antwoordt u voor %1, zoals u het ziet.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %n</source>
        <comment>@info check-in progress</comment>
        <translation>
            <numerusform>%1 van %n</numerusform>
            <numerusform>%1 van %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Question %1 of %n</source>
        <comment>@info accessible check-in progress</comment>
        <translation>
            <numerusform>Vraag %1 van %n</numerusform>
            <numerusform>Vraag %1 van %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check-in progress</source>
        <comment>@info accessible</comment>
        <translation>Voortgang van de check-in</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Back</source>
        <comment>@action:button check-in step</comment>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next</source>
        <comment>@action:button check-in step</comment>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <comment>@action:button check-in</comment>
        <translation>Nakijken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your caregiver check-in</source>
        <comment>@title:group caregiver check-in review</comment>
        <translation>Uw check-in als mantelzorger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in for %1</source>
        <comment>@title:group check-in review, filled in for a patient</comment>
        <translation>Check-in voor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your check-in</source>
        <comment>@title:group check-in review</comment>
        <translation>Uw check-in</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 · where you’d like to be: %2</source>
        <comment>@info check-in review</comment>
        <translation>%1 · waar u graag zou staan: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2”</source>
        <comment>@info check-in note with its domain</comment>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have not chosen a number yet. Go back to answer at least one question.</source>
        <comment>@info check-in review</comment>
        <translation>U hebt nog geen getal gekozen. Ga terug en beantwoord minstens één vraag.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n part(s) without a number will be left out.</source>
        <comment>@info check-in review</comment>
        <translation>
            <numerusform>%n levensdomein zonder getal wordt weggelaten.</numerusform>
            <numerusform>%n levensdomeinen zonder getal worden weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change answers</source>
        <comment>@action:button check-in review</comment>
        <translation>Antwoorden wijzigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save check-in</source>
        <comment>@action:button</comment>
        <translation>Check-in opslaan</translation>
    </message>
</context>
<context>
    <name>CircleSwitcher</name>
    <message>
        <location filename="../../qml/components/shell/CircleSwitcher.qml" line="+29"/>
        <source>My own</source>
        <comment>@item whose care: the person&apos;s own</comment>
        <translation>Mijn eigen zorg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s care</source>
        <comment>@item whose care: a patient who shared with you</comment>
        <translation>Zorg voor %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may change goals, the plan and check-ins, for %1.</source>
        <comment>@info</comment>
        <translation>U mag doelen, het zorgplan en check-ins wijzigen voor %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may add progress notes and comments.</source>
        <comment>@info</comment>
        <translation>U mag voortgangsnotities en reacties toevoegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may read only.</source>
        <comment>@info</comment>
        <translation>U mag alleen lezen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Whose care</source>
        <comment>@label circle switcher</comment>
        <translation>Voor wie</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="+34"/>
        <source>The sharing space, by its name.</source>
        <translation>De naam van de gedeelde ruimte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The role offered: editor, contributor or viewer.</source>
        <translation>De aangeboden rol: editor (mee bewerken), contributor (lezen, reageren en voortgang noteren) of viewer (alleen lezen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days until the invitation ends (1 to 7; default 7).</source>
        <translation>Aantal dagen tot de uitnodiging vervalt (1 tot 7; standaard 7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name as the other person will see it.</source>
        <translation>Uw naam zoals de andere persoon die ziet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The member&apos;s account id (as &apos;members&apos; lists it).</source>
        <translation>De account-id van het lid (zoals &apos;members&apos; die toont).</translation>
    </message>
    <message>
        <location filename="../../src/cli/clisupport.cpp" line="+35"/>
        <source>Passphrase or recovery key: </source>
        <translation>Wachtwoordzin of herstelsleutel: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong passphrase or recovery key.</source>
        <translation>Verkeerde wachtwoordzin of herstelsleutel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase is too weak (%1). %2</source>
        <translation>De wachtwoordzin is te zwak (%1). %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again: </source>
        <translation>Dezelfde wachtwoordzin nog een keer: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>De twee wachtwoordzinnen verschillen. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/cli/vaultcommands.cpp" line="+26"/>
        <source>Measuring this device to set the passphrase&apos;s protection…</source>
        <translation>De snelheid van dit toestel wordt gemeten om de bescherming van de wachtwoordzin in te stellen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vault created in %1.</source>
        <translation>Kluis aangemaakt in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key (write it down now; it is shown only once):</source>
        <translation>Herstelsleutel (schrijf hem nu op; hij wordt maar één keer getoond):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>--%1 verwacht een geheel getal van 1 tot %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Care-team demo vault created in %1. Its passphrase is in the README; never keep real data in it.</source>
        <translation>Demokluis voor het zorgteam aangemaakt in %1. De wachtwoordzin staat in de README; bewaar er nooit echte gegevens in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo vault created in %1. Its passphrase is in the README; never keep real data in it.</source>
        <translation>Demokluis aangemaakt in %1. De wachtwoordzin staat in de README; bewaar er nooit echte gegevens in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key:</source>
        <translation>Herstelsleutel:</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n damaged record(s) not counted; run &apos;carecircle-cli verify&apos; for details.</source>
        <translation>
            <numerusform>%n beschadigd item niet meegeteld; voer &apos;carecircle-cli verify&apos; uit voor details.</numerusform>
            <numerusform>%n beschadigde items niet meegeteld; voer &apos;carecircle-cli verify&apos; uit voor details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Damaged: %1 of %n record(s); the others are intact.</source>
        <translation>
            <numerusform>Beschadigd: %1 van %n item; de andere zijn intact.</numerusform>
            <numerusform>Beschadigd: %1 van de %n items; de andere zijn intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n record(s) are intact.</source>
        <translation>
            <numerusform>Het enige item is intact.</numerusform>
            <numerusform>Alle %n items zijn intact.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>damaged: space %1 record %2: %3</source>
        <translation>beschadigd: ruimte %1 item %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Current passphrase: </source>
        <translation>Huidige wachtwoordzin: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong current passphrase. Nothing was changed.</source>
        <translation>Verkeerde huidige wachtwoordzin. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase changed.</source>
        <translation>Wachtwoordzin gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/cli/clisupport.h" line="+68"/>
        <source>The operation did not finish.</source>
        <translation>De bewerking is niet afgerond.</translation>
    </message>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="+19"/>
        <source>%1 (command line)</source>
        <translation>%1 (opdrachtregel)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This vault is already connected to a server.</source>
        <translation>Deze kluis is al met een server verbonden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1.</source>
        <translation>Verbonden met %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="+33"/>
        <location filename="../../src/cli/synccommands.cpp" line="+12"/>
        <source>This vault is not connected to a server. Use &apos;carecircle-cli connect&apos; first.</source>
        <translation>Deze kluis is niet met een server verbonden. Gebruik eerst &apos;carecircle-cli connect&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="+11"/>
        <source>Type this code on the new device within 5 minutes:</source>
        <translation>Typ deze code binnen 5 minuten op het nieuwe toestel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new device answered; completing the link…</source>
        <translation>Het nieuwe toestel heeft geantwoord; de koppeling wordt afgerond…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new device is linked.</source>
        <translation>Het nieuwe toestel is gekoppeld.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Vault created in %1 as a linked device.</source>
        <translation>Kluis aangemaakt in %1 als gekoppeld toestel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key: </source>
        <translation>Herstelsleutel: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account restored in %1.</source>
        <translation>Account hersteld in %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="+14"/>
        <location line="+258"/>
        <source>There is no sharing space with that name.</source>
        <translation>Er is geen gedeelde ruimte met die naam.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>--days must be between 1 and 7.</source>
        <translation>--days moet tussen 1 en 7 liggen.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location filename="../../src/cli/spacecommands.cpp" line="+154"/>
        <source>Created the sharing space &apos;%1&apos;.</source>
        <translation>De gedeelde ruimte &apos;%1&apos; is aangemaakt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invitation code: %1</source>
        <translation>Uitnodigingscode: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR text: %1</source>
        <translation>QR-tekst: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the invited person to enter the code…</source>
        <translation>Wachten tot de uitgenodigde persoon de code invoert…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accepted by: %1</source>
        <translation>Aanvaard door: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <location line="+70"/>
        <source>Safety number: %1</source>
        <translation>Veiligheidsnummer: %1</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Do the safety numbers match? [y/N]</source>
        <translation>Komen de veiligheidsnummers overeen? [y/N]</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The safety numbers did not match. The invitation was cancelled.</source>
        <translation>De veiligheidsnummers kwamen niet overeen. De uitnodiging is geannuleerd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is now a member (%2).</source>
        <translation>%1 is nu lid (%2).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--care-role takes a care role such as gp or caregiver.</source>
        <translation>--care-role verwacht een rol in de zorg, zoals gp (huisarts) of caregiver (mantelzorger).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Owner: %1</source>
        <translation>Eigenaar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space: %1</source>
        <translation>Ruimte: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accepted. Compare the safety number with the owner; the space arrives once they confirm.</source>
        <translation>Aanvaard. Vergelijk het veiligheidsnummer met de eigenaar; de ruimte komt binnen zodra die bevestigt.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The safety numbers did not match. Nothing was marked as verified.</source>
        <translation>De veiligheidsnummers kwamen niet overeen. Er werd niets als geverifieerd gemarkeerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marked %1 as verified on this device.</source>
        <translation>%1 is op dit toestel als gecontroleerd gemarkeerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>--member takes an account id as &apos;members&apos; lists it.</source>
        <translation>--member verwacht een account-id zoals &apos;members&apos; die toont.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed. The space now uses key version %1; what was shared before stays with the removed person.</source>
        <translation>Verwijderd. De ruimte gebruikt nu sleutelversie %1; wat eerder gedeeld werd, blijft bij de verwijderde persoon.</translation>
    </message>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="+5"/>
        <source>Create a vault; prints the recovery key once. Reads the new passphrase.</source>
        <translation>Maak een kluis aan; toont de herstelsleutel één keer. Leest de nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a vault holding the demo story.</source>
        <translation>Maak een kluis aan met het demoverhaal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock and print one line per record kind: &apos;kind: count&apos;.</source>
        <translation>Ontgrendel en toon één regel per soort item: &apos;soort: aantal&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock and check every record; list each damaged one.</source>
        <translation>Ontgrendel en controleer elk item; toont elk beschadigd item.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase (current, then new, on standard input).</source>
        <translation>Wijzig de wachtwoordzin (eerst de huidige, dan de nieuwe, via standaardinvoer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the account and this device on a server (--server URL), then sync. Reads the passphrase.</source>
        <translation>Registreer de account en dit toestel op een server (--server URL) en synchroniseer daarna. Leest de wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push and pull until done; prints &apos;pushed: N&apos; and &apos;pulled: M&apos;.</source>
        <translation>Verstuur en haal op tot alles klaar is; toont &apos;pushed: N&apos; en &apos;pulled: M&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a one-time code for a new device, wait up to 5 minutes for it and link it.</source>
        <translation>Toon een eenmalige code voor een nieuw toestel, wacht er tot 5 minuten op en koppel het.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new vault linked to the account that shows --code CODE on --server URL. Reads a new passphrase.</source>
        <translation>Maak een nieuwe kluis aan, gekoppeld aan de account die --code CODE toont op --server URL. Leest een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the account from --server URL into a new vault. Reads the recovery key, then a new passphrase.</source>
        <translation>Herstel de account van --server URL in een nieuwe kluis. Leest de herstelsleutel en daarna een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite someone into the own sharing space --space NAME (made if missing) as --role ROLE; prints the code, waits for them, shows the safety number and asks whether it matches. Reads the passphrase, then the answer.</source>
        <translation>Nodig iemand uit in de eigen gedeelde ruimte --space NAME (wordt aangemaakt als ze ontbreekt) als --role ROLE; toont de code, wacht op de andere persoon, toont het veiligheidsnummer en vraagt of het overeenkomt. Leest de wachtwoordzin, daarna het antwoord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept an invitation (--code CODE): prints the owner, space, role and safety number. Reads the passphrase.</source>
        <translation>Aanvaard een uitnodiging (--code CODE): toont de eigenaar, de ruimte, de rol en het veiligheidsnummer. Leest de wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After comparing the safety number (printed again): mark the owner of --space NAME, or --member ID, as verified on this vault.</source>
        <translation>Na het vergelijken van het veiligheidsnummer (opnieuw getoond): markeer de eigenaar van --space NAAM, of --member ID, in deze kluis als gecontroleerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the members of --space NAME: account id, role, end date, verified or not.</source>
        <translation>Toon de leden van --space NAME: account-id, rol, einddatum, gecontroleerd of niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove --member ID from the own space --space NAME; the space gets a new key.</source>
        <translation>Verwijder --member ID uit de eigen ruimte --space NAME; de ruimte krijgt een nieuwe sleutel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print who fetched the own space --space NAME: time, account, device, count.</source>
        <translation>Toon wie de eigen ruimte --space NAME ophaalde: tijdstip, account, toestel, aantal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the sharing spaces, one per line: id, member count, your role, name (tab-separated). Syncs first when connected.</source>
        <translation>Toon de gedeelde ruimtes, één per regel: id, aantal leden, uw rol, naam (gescheiden door tabs). Synchroniseert eerst als er een verbinding is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create an own sharing space --name NAME; prints its id. Syncs when connected.</source>
        <translation>Maak een eigen gedeelde ruimte --name NAAM; toont de id ervan. Synchroniseert als er een verbinding is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move --record ID (with its progress and comments) into the own space --space NAME, as &apos;Who can see this?&apos; does. Syncs when connected.</source>
        <translation>Verplaats --record ID (met de voortgang en reacties erbij) naar de eigen ruimte --space NAAM, zoals ‘Wie kan dit zien?’ doet. Synchroniseert als er een verbinding is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the records of --kind KIND, one per line: id, date, space, short label (tab-separated).</source>
        <translation>Toon de items van --kind SOORT, één per regel: id, datum, ruimte, kort label (gescheiden door tabs).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: carecircle-cli COMMAND --vault DIR

Passphrases and recovery keys are read from standard input (one per line), never from
arguments or the environment.

Commands:
</source>
        <translation>Gebruik: carecircle-cli OPDRACHT --vault DIR

Wachtwoordzinnen en herstelsleutels worden gelezen van standaardinvoer (één per regel), nooit uit
argumenten of de omgeving.

Opdrachten:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.
&apos;carecircle-cli COMMAND --help&apos; describes one command.</source>
        <translation>
Afsluitstatus: 0 ok; 1 fout; 2 verkeerde wachtwoordzin of herstelsleutel; 3 beschadigde items gevonden.
&apos;carecircle-cli OPDRACHT --help&apos; beschrijft één opdracht.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Onbekende opdracht &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Show this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The own sharing space to move into, by its name (&apos;Private&apos; for the private space).</source>
        <translation>De eigen gedeelde ruimte waarnaar u verplaatst, met haar naam (‘Private’ voor de privéruimte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new space&apos;s name (1 to 60 characters, not used by another own space).</source>
        <translation>De naam van de nieuwe ruimte (1 tot 60 tekens, nog niet gebruikt door een andere eigen ruimte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s id (as &apos;list&apos; prints it).</source>
        <translation>De id van het item (zoals ‘list’ het toont).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of record: goal, activity, check_in, progress or comment.</source>
        <translation>De soort item: goal (doel), activity (activiteit), check_in, progress (voortgang) of comment (reactie).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grow the story with years of history to about N records (per patient with --care-team).</source>
        <translation>Het verhaal aanvullen met jaren geschiedenis tot ongeveer N records (per patiënt met --care-team).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a care team&apos;s vault: a GP whose patients shared their stories with him.</source>
        <translation>Een kluis voor een zorgteam maken: een huisarts met wie patiënten hun verhaal gedeeld hebben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many patients the care team&apos;s vault holds (default 3).</source>
        <translation>Hoeveel patiënten de kluis van het zorgteam bevat (standaard 3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who you are for the owner, e.g. gp, caregiver or home_nurse.</source>
        <translation>Wie u bent voor de eigenaar, bv. gp (huisarts), caregiver (mantelzorger) of home_nurse (thuisverpleegkundige).</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The vault folder.</source>
        <translation>De map van de kluis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s address, e.g. https://care.example.org.</source>
        <translation>Het adres van de server, bv. https://care.example.org.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invitation code you were given.</source>
        <translation>De uitnodigingscode die u kreeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link code shown on the other device.</source>
        <translation>De koppelcode die op het andere toestel getoond wordt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: carecircle-cli %1 --vault DIR</source>
        <translation>Gebruik: carecircle-cli %1 --vault DIR</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.</source>
        <translation>Afsluitstatus: 0 ok; 1 fout; 2 verkeerde wachtwoordzin of herstelsleutel; 3 beschadigde items gevonden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected argument &apos;%1&apos;. Passphrases are never given as arguments; they are read from standard input.</source>
        <translation>Onverwacht argument &apos;%1&apos;. Wachtwoordzinnen worden nooit als argument meegegeven; ze worden gelezen van standaardinvoer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing --vault DIR.</source>
        <translation>--vault DIR ontbreekt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing --%1 %2.</source>
        <translation>Ontbrekend: --%1 %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing or invalid --server URL.</source>
        <translation>--server URL ontbreekt of is ongeldig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing --code CODE.</source>
        <translation>--code CODE ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../src/cli/secretinput.cpp" line="+46"/>
        <source>Expected a passphrase or key on standard input, found none.</source>
        <translation>Verwachtte een wachtwoordzin of sleutel op standaardinvoer, maar vond er geen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is too long.</source>
        <translation>De wachtwoordzin is te lang.</translation>
    </message>
    <message>
        <location filename="../../src/cli/spacecommands.cpp" line="-128"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Moved to &apos;%1&apos;.</source>
        <translation>Verplaatst naar ‘%1’.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--kind takes goal, activity, check_in, progress or comment.</source>
        <translation>--kind neemt goal (doel), activity (activiteit), check_in, progress (voortgang) of comment (reactie).</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/CommentDelegate.qml" line="+28"/>
        <source>%1, %2, %3</source>
        <comment>@info accessible: author, role, when</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: %1</source>
        <comment>@info accessible</comment>
        <translation>Nieuw: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 · %2</source>
        <comment>@info comment author and role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <comment>@info a comment not read yet</comment>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · about “%2”</source>
        <comment>@info when, and what the comment is about</comment>
        <translation>%1 · over “%2”</translation>
    </message>
</context>
<context>
    <name>CommentThreadCard</name>
    <message>
        <location filename="../../qml/components/cards/CommentThreadCard.qml" line="+18"/>
        <source>When someone in your care circle comments, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Als iemand uit uw zorgkring reageert, leest u dat hier.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Comments (%n new)</source>
        <comment>@title:group</comment>
        <translation>
            <numerusform>Reacties (%n nieuw)</numerusform>
            <numerusform>Reacties (%n nieuw)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <comment>@title:group</comment>
        <translation>Reacties</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No comments yet</source>
        <comment>@info empty comments</comment>
        <translation>Nog geen reacties</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a comment…</source>
        <comment>@info:placeholder</comment>
        <translation>Schrijf een reactie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your comment</source>
        <comment>@label</comment>
        <translation>Uw reactie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add comment</source>
        <comment>@action:button</comment>
        <translation>Reactie toevoegen</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/ConfirmDialog.qml" line="+16"/>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ConflictsController</name>
    <message>
        <location filename="../../src/app/sync/conflictscontroller.cpp" line="+129"/>
        <source>The record this text belonged to was deleted, so it cannot be put back.</source>
        <translation>Het item waarbij deze tekst hoorde, werd verwijderd. Daarom kan de tekst niet teruggezet worden.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../qml/pages/sync/ConflictsPage.qml" line="+20"/>
        <source>Edits to review</source>
        <comment>@title:window</comment>
        <translation>Na te kijken wijzigingen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to review</source>
        <comment>@title:group</comment>
        <translation>Niets na te kijken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the same text is changed on two of your devices before they sync, the newest edit is kept and the other one appears here, so nothing you wrote is lost.</source>
        <comment>@info empty conflicts</comment>
        <translation>Als dezelfde tekst op twee van uw toestellen gewijzigd wordt voordat ze synchroniseren, wordt de nieuwste wijziging bewaard en verschijnt de andere hier. Zo gaat er niets verloren van wat u schreef.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, %2</source>
        <comment>@info accessible conflict</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overwritten text</source>
        <comment>@label</comment>
        <translation>Overschreven tekst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Now</source>
        <comment>@label current text</comment>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Put this text back</source>
        <comment>@action:button</comment>
        <translation>Deze tekst terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the overwritten text back in %1</source>
        <comment>@action:button accessible</comment>
        <translation>De overschreven tekst terugzetten in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the newest</source>
        <comment>@action:button</comment>
        <translation>Nieuwste behouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest text and let this one go</source>
        <comment>@action:button accessible</comment>
        <translation>De nieuwste tekst behouden en deze loslaten</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <location filename="../../src/crypto/aead.cpp" line="+32"/>
        <location filename="../../src/crypto/hkdf.cpp" line="+133"/>
        <location filename="../../src/crypto/keypair.cpp" line="+55"/>
        <source>The encryption library reported an internal failure.</source>
        <translation>De versleutelingsbibliotheek meldde een interne fout.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The encryption key has the wrong length.</source>
        <translation>De versleutelingssleutel heeft de verkeerde lengte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nonce has the wrong length.</source>
        <translation>De nonce heeft de verkeerde lengte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+51"/>
        <source>The data is too large to encrypt in one piece.</source>
        <translation>De gegevens zijn te groot om in één keer te versleutelen.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The data could not be decrypted: the key is wrong or the data was altered.</source>
        <translation>De gegevens konden niet ontsleuteld worden: de sleutel is fout of de gegevens werden gewijzigd.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The encrypted data is too short to be valid.</source>
        <translation>De versleutelde gegevens zijn te kort om geldig te zijn.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/argon2id.cpp" line="+61"/>
        <source>The salt for the passphrase key is too short.</source>
        <translation>De salt voor de sleutel van de wachtwoordzin is te kort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase key settings are outside the supported range.</source>
        <translation>De instellingen voor de sleutel van de wachtwoordzin vallen buiten het ondersteunde bereik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/crypto/hkdf.cpp" line="-29"/>
        <source>The requested key length is not supported.</source>
        <translation>De gevraagde sleutellengte wordt niet ondersteund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An input to the passphrase key is too large.</source>
        <translation>Een invoer voor de sleutel van de wachtwoordzin is te groot.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is not enough memory to derive the passphrase key.</source>
        <translation>Er is niet genoeg geheugen om de sleutel van de wachtwoordzin af te leiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deriving the passphrase key failed.</source>
        <translation>Het afleiden van de sleutel van de wachtwoordzin is mislukt.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/hkdf.cpp" line="+2"/>
        <source>The key derivation label is too long.</source>
        <translation>Het label voor de sleutelafleiding is te lang.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/keypair.cpp" line="+6"/>
        <source>The secret key has the wrong length.</source>
        <translation>De geheime sleutel heeft de verkeerde lengte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The public key is not valid.</source>
        <translation>De publieke sleutel is niet geldig.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The sealed data is too short to be valid.</source>
        <translation>De verzegelde gegevens zijn te kort om geldig te zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sealed data could not be opened: it is for someone else or was altered.</source>
        <translation>De verzegelde gegevens konden niet geopend worden: ze zijn voor iemand anders bestemd of werden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>DamagedRecordsBanner</name>
    <message numerus="yes">
        <location filename="../../qml/components/controls/DamagedRecordsBanner.qml" line="+50"/>
        <source>%n record(s) could not be read and were set aside. Nothing was deleted; the rest of your information is fine.</source>
        <comment>@info damaged records banner</comment>
        <translation>
            <numerusform>%n item kon niet gelezen worden en werd apart gezet. Er werd niets gewist; de rest van uw gegevens is in orde.</numerusform>
            <numerusform>%n items konden niet gelezen worden en werden apart gezet. Er werd niets gewist; de rest van uw gegevens is in orde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide details</source>
        <comment>@action:button</comment>
        <translation>Details verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show details</source>
        <comment>@action:button</comment>
        <translation>Details tonen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../qml/components/controls/DateField.qml" line="+28"/>
        <source>Fill in this date.</source>
        <comment>@info validation</comment>
        <translation>Vul deze datum in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a real day. Check the day, month and year (four digits).</source>
        <comment>@info validation</comment>
        <translation>Dit is geen echte dag. Controleer de dag, de maand en het jaar (vier cijfers).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (required)</source>
        <comment>@label a field that must be filled in</comment>
        <translation>%1 (verplicht)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Day</source>
        <comment>@label:textbox date</comment>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>%1: %2</source>
        <comment>@label date field: which date, then day/month/year</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Month</source>
        <comment>@label:textbox date</comment>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <comment>@label:textbox date</comment>
        <translation>Jaar</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/DeviceDelegate.qml" line="+23"/>
        <source>%1, this device. %2</source>
        <comment>@info accessible device row</comment>
        <translation>%1, dit toestel. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2</source>
        <comment>@info accessible device row</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (this device)</source>
        <comment>@info device name</comment>
        <translation>%1 (dit toestel)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove</source>
        <comment>@action:button remove device</comment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from your account</source>
        <comment>@action:button accessible</comment>
        <translation>%1 uit uw account verwijderen</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../qml/components/controls/DialogButtons.qml" line="+16"/>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DiscardDraftDialog</name>
    <message>
        <location filename="../../qml/components/shell/DiscardDraftDialog.qml" line="+30"/>
        <source>Discard this draft?</source>
        <comment>@title:window unsaved input</comment>
        <translation>Dit concept weggooien?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What you entered on this page is not saved yet. If you leave now, it is lost.</source>
        <comment>@info unsaved input</comment>
        <translation>Wat u op deze pagina invulde, is nog niet bewaard. Als u nu weggaat, gaat het verloren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep editing</source>
        <comment>@action:button unsaved input</comment>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard</source>
        <comment>@action:button unsaved input</comment>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the draft</source>
        <comment>@action:button accessible</comment>
        <translation>Het concept weggooien</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../src/domain/activity.cpp" line="+94"/>
        <source>An activity needs a title.</source>
        <translation>Een activiteit heeft een titel nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of activity is not one CareCircle knows.</source>
        <translation>CareCircle kent dit soort activiteit niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity&apos;s status is not one CareCircle knows.</source>
        <translation>CareCircle kent de status van de activiteit niet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The activity has too many entries.</source>
        <translation>De activiteit heeft te veel registraties.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activity refers to an invalid goal.</source>
        <translation>De activiteit verwijst naar een ongeldig doel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The activity refers to an invalid person.</source>
        <translation>De activiteit verwijst naar een ongeldige persoon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An entry of the activity&apos;s log is invalid.</source>
        <translation>Een registratie in het logboek van de activiteit is ongeldig.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careplan.cpp" line="+63"/>
        <source>The care plan needs a title.</source>
        <translation>Het zorgplan heeft een titel nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s status is not one CareCircle knows.</source>
        <translation>CareCircle kent de status van het zorgplan niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A date of the care plan is out of range.</source>
        <translation>Een datum van het zorgplan valt buiten het geldige bereik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s period ends before it starts.</source>
        <translation>De periode van het zorgplan eindigt voordat ze begint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s coordinator is invalid.</source>
        <translation>De coördinator van het zorgplan is ongeldig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan has too many agreements.</source>
        <translation>Het zorgplan bevat te veel afspraken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agreement is empty or invalid.</source>
        <translation>Een afspraak is leeg of ongeldig.</translation>
    </message>
    <message>
        <location filename="../../src/domain/carestore.cpp" line="+187"/>
        <source>The record is of an unknown kind.</source>
        <translation>Het item is van een onbekende soort.</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>The sharing space does not exist.</source>
        <translation>De gedeelde ruimte bestaat niet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+64"/>
        <source>That item no longer exists.</source>
        <translation>Dat item bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteammember.cpp" line="+60"/>
        <source>A care team member needs a name.</source>
        <translation>Een lid van het zorgteam heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role is not one CareCircle knows.</source>
        <translation>CareCircle kent deze rol niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A care team member&apos;s details are too long.</source>
        <translation>De gegevens van een lid van het zorgteam zijn te lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/careteamrules.cpp" line="-29"/>
        <source>The linked account is invalid.</source>
        <translation>De gekoppelde account is ongeldig.</translation>
    </message>
    <message>
        <location filename="../../src/domain/checkin.cpp" line="+107"/>
        <location filename="../../src/domain/fieldreader.cpp" line="+27"/>
        <source>The field “%1” has the wrong type.</source>
        <translation>Het veld “%1” heeft het verkeerde type.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>The field “%1” is missing.</source>
        <translation>Het veld “%1” ontbreekt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A check-in needs the person who completed it.</source>
        <translation>Een check-in moet vermelden wie hem heeft ingevuld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check-in needs a valid time.</source>
        <translation>Een check-in heeft een geldig tijdstip nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check-in needs at least one answer.</source>
        <translation>Een check-in heeft minstens één antwoord nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A check-in domain is not one CareCircle knows.</source>
        <translation>CareCircle kent dit levensdomein van de check-in niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/progressentry.cpp" line="+70"/>
        <source>A rating must be between 0 and 10.</source>
        <translation>Een score moet tussen 0 en 10 liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note of the check-in is invalid.</source>
        <translation>Een notitie bij de check-in is ongeldig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A check-in holds too many instrument results.</source>
        <translation>Een check-in bevat te veel resultaten van vragenlijsten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The questionnaire is not one CareCircle knows.</source>
        <translation>CareCircle kent deze vragenlijst niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A questionnaire result needs its version and language.</source>
        <translation>Een resultaat van een vragenlijst heeft een versie en een taal nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A questionnaire score is out of range.</source>
        <translation>Een score op een vragenlijst valt buiten het geldige bereik.</translation>
    </message>
    <message>
        <location filename="../../src/domain/comment.cpp" line="+60"/>
        <source>A comment must belong to a record.</source>
        <translation>Een reactie moet bij een item horen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment needs an author.</source>
        <translation>Een reactie heeft een auteur nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment&apos;s author has an unknown role.</source>
        <translation>De auteur van de reactie heeft een onbekende rol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment cannot be empty.</source>
        <translation>Een reactie mag niet leeg zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment needs a valid time.</source>
        <translation>Een reactie heeft een geldig tijdstip nodig.</translation>
    </message>
    <message>
        <location filename="../../src/domain/envelope.cpp" line="+25"/>
        <source>A record is malformed and could not be read.</source>
        <translation>Een item is verkeerd opgebouwd en kon niet gelezen worden.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>A record was written by a newer version of CareCircle and cannot be read.</source>
        <translation>Een item werd geschreven door een nieuwere versie van CareCircle en kan niet gelezen worden.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The record is of another kind than expected.</source>
        <translation>Het item is van een andere soort dan verwacht.</translation>
    </message>
    <message>
        <location filename="../../src/domain/fieldreader.cpp" line="+28"/>
        <location line="+17"/>
        <location line="+145"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>The field “%1” is too long.</source>
        <translation>Het veld “%1” is te lang.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The field “%1” has an invalid language tag.</source>
        <translation>Het veld “%1” heeft een ongeldige taalcode.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <location line="+56"/>
        <source>The field “%1” is out of range.</source>
        <translation>Het veld “%1” valt buiten het geldige bereik.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The field “%1” is not a valid date.</source>
        <translation>Het veld “%1” is geen geldige datum.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+13"/>
        <source>The field “%1” does not hold a valid record id.</source>
        <translation>Het veld “%1” bevat geen geldige item-ID.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The field “%1” holds an invalid text.</source>
        <translation>Het veld “%1” bevat een ongeldige tekst.</translation>
    </message>
    <message>
        <location filename="../../src/domain/goal.cpp" line="+89"/>
        <source>The kind of goal is not one CareCircle knows.</source>
        <translation>CareCircle kent dit soort doel niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s domain is not one CareCircle knows.</source>
        <translation>CareCircle kent het levensdomein van het doel niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s status is not one CareCircle knows.</source>
        <translation>CareCircle kent de status van het doel niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s achievement is not one CareCircle knows.</source>
        <translation>CareCircle kent de voortgang van het doel niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal needs what matters to you or a target.</source>
        <translation>Een doel moet beschrijven wat voor u belangrijk is, of een streefdoel hebben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A text of the goal is invalid.</source>
        <translation>Een tekst van het doel is ongeldig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s priority must be 1, 2 or 3.</source>
        <translation>De prioriteit van het doel moet 1, 2 of 3 zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s target date is out of range.</source>
        <translation>De streefdatum van het doel valt buiten het geldige bereik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal has too many steps.</source>
        <translation>Het doel heeft te veel stappen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A step of the goal is empty or invalid.</source>
        <translation>Een stap van het doel is leeg of ongeldig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The goal&apos;s author is invalid.</source>
        <translation>De auteur van het doel is ongeldig.</translation>
    </message>
    <message>
        <location filename="../../src/domain/hlc.cpp" line="+34"/>
        <location line="+12"/>
        <location line="+48"/>
        <source>A change stamp is malformed.</source>
        <translation>Een wijzigingsstempel is verkeerd opgebouwd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change is dated more than a minute in the future; check the device&apos;s clock.</source>
        <translation>Een wijziging is meer dan een minuut in de toekomst gedateerd; controleer de klok van het toestel.</translation>
    </message>
    <message>
        <location filename="../../src/domain/patientprofile.cpp" line="+80"/>
        <source>The profile needs a name.</source>
        <translation>Het profiel heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long.</source>
        <translation>De naam is te lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile needs a valid language.</source>
        <translation>Het profiel heeft een geldige taal nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/spaceinfo.cpp" line="+66"/>
        <source>The birth year is out of range.</source>
        <translation>Het geboortejaar valt buiten het geldige bereik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are too many conditions.</source>
        <translation>Er zijn te veel aandoeningen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each condition needs a description.</source>
        <translation>Elke aandoening heeft een beschrijving nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A condition&apos;s code is invalid.</source>
        <translation>De code van een aandoening is ongeldig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The emergency contact is too long.</source>
        <translation>De contactgegevens voor noodgevallen zijn te lang.</translation>
    </message>
    <message>
        <location filename="../../src/domain/progressentry.cpp" line="-6"/>
        <source>A progress note must belong to a goal.</source>
        <translation>Een voortgangsnotitie moet bij een doel horen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs a date.</source>
        <translation>Een voortgangsnotitie heeft een datum nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs an author.</source>
        <translation>Een voortgangsnotitie heeft een auteur nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The measured value is not a number.</source>
        <translation>De gemeten waarde is geen getal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit needs a value and must be short.</source>
        <translation>Een eenheid hoort bij een waarde en moet kort zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is invalid.</source>
        <translation>De notitie is ongeldig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs a rating, a value or a note.</source>
        <translation>Een voortgangsnotitie heeft een score, een waarde of een notitie nodig.</translation>
    </message>
    <message>
        <location filename="../../src/domain/schedule.cpp" line="+142"/>
        <location line="+36"/>
        <source>The field “%1” holds an invalid schedule.</source>
        <translation>Het veld “%1” bevat een ongeldige planning.</translation>
    </message>
    <message>
        <location filename="../../src/domain/conflictcopy.cpp" line="+88"/>
        <source>A kept text must belong to a record.</source>
        <translation>Een bewaarde tekst moet bij een item horen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kept text cannot be empty.</source>
        <translation>Een bewaarde tekst kan niet leeg zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kept text needs valid times.</source>
        <translation>Een bewaarde tekst heeft geldige tijdstippen nodig.</translation>
    </message>
    <message>
        <location filename="../../src/domain/spaceinfo.cpp" line="-6"/>
        <source>A sharing space needs a name.</source>
        <translation>Een gedeelde ruimte heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A space name can be at most 60 characters.</source>
        <translation>De naam van een ruimte mag hoogstens 60 tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the offered colours.</source>
        <translation>Kies een van de aangeboden kleuren.</translation>
    </message>
    <message>
        <location filename="../../src/domain/ownspaces.cpp" line="+21"/>
        <source>You already have a space called “%1”.</source>
        <translation>U hebt al een ruimte met de naam “%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That space no longer exists.</source>
        <translation>Die ruimte bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no sharing space with that name.</source>
        <translation>Er is geen gedeelde ruimte met die naam.</translation>
    </message>
    <message>
        <location filename="../../src/domain/actor.cpp" line="+41"/>
        <source>Who made this change is malformed.</source>
        <translation>Wie deze wijziging maakte, is onleesbaar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who made this change needs an account and a name.</source>
        <translation>Wie deze wijziging maakte, heeft een account en een naam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who made this change has an unknown role.</source>
        <translation>Wie deze wijziging maakte, heeft een onbekende rol.</translation>
    </message>
</context>
<context>
    <name>DomainRatingDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/DomainRatingDelegate.qml" line="+32"/>
        <source>%1: %2</source>
        <comment>@label:check accessible name: the part of life, then the option</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, how it is now, from 0 (%2) to 10 (%3)</source>
        <comment>@label:slider check-in rating</comment>
        <translation>%1, hoe het nu is, van 0 (%2) tot 10 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answered yet</source>
        <comment>@info accessible</comment>
        <translation>Nog niet beantwoord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>–</source>
        <comment>@info not rated</comment>
        <translation>–</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>0 · %1</source>
        <comment>@info slider end</comment>
        <translation>0 · %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · 10</source>
        <comment>@info slider end</comment>
        <translation>%1 · 10</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tap or drag the slider, or use the arrow keys, to choose a number.</source>
        <comment>@info check-in hint</comment>
        <translation>Tik op de schuifregelaar of versleep hem, of gebruik de pijltjestoetsen, om een getal te kiezen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add where I’d like to be</source>
        <comment>@option:check check-in wish</comment>
        <translation>Ook aangeven waar ik graag zou staan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, where I’d like to be, from 0 to 10</source>
        <comment>@label:slider check-in wish</comment>
        <translation>%1, waar ik graag zou staan, van 0 tot 10</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I want to discuss this with my care team</source>
        <comment>@option:check check-in</comment>
        <translation>Ik wil dit bespreken met mijn zorgteam</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note, if you like (optional)</source>
        <comment>@info:placeholder check-in note</comment>
        <translation>Een notitie, als u wilt (optioneel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note about %1</source>
        <comment>@label:textbox check-in</comment>
        <translation>Notitie over %1</translation>
    </message>
</context>
<context>
    <name>DoneLogModel</name>
    <message>
        <location filename="../../src/app/plan/donelogmodel.cpp" line="+35"/>
        <source>Someone no longer in the care team</source>
        <comment>@info done by</comment>
        <translation>Iemand die niet meer in het zorgteam zit</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/GoalDelegate.qml" line="+31"/>
        <source>No rating yet</source>
        <comment>@info goal progress</comment>
        <translation>Nog geen score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rating: %1 out of %2 (%3)</source>
        <comment>@info goal progress; %3 is a day</comment>
        <translation>Laatste score: %1 op %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rating: %1 out of %2</source>
        <comment>@info goal progress</comment>
        <translation>Laatste score: %1 op %2</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%1 of %n step(s) done</source>
        <comment>@info goal steps</comment>
        <translation>
            <numerusform>%1 van %n stap gedaan</numerusform>
            <numerusform>%1 van de %n stappen gedaan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hoping to get there by %1</source>
        <comment>@info goal target date</comment>
        <translation>Hopelijk lukt het tegen %1</translation>
    </message>
</context>
<context>
    <name>GoalDetailPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalDetailPage.qml" line="+59"/>
        <source>Goal</source>
        <comment>@title:window</comment>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Progress saved</source>
        <comment>@info confirmation</comment>
        <translation>Vooruitgang opgeslagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete this goal?</source>
        <comment>@title:window</comment>
        <translation>Dit doel verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal, its steps and its place in your list go away. Its progress notes stay in your vault. You can undo this for a few seconds.</source>
        <comment>@info delete goal</comment>
        <translation>Het doel, zijn stappen en zijn plaats in uw lijst verdwijnen. De voortgangsnotities blijven in uw kluis. U kunt dit enkele seconden ongedaan maken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete goal</source>
        <comment>@action:button</comment>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a goal</source>
        <comment>@info empty goal detail</comment>
        <translation>Kies een doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goal yet</source>
        <comment>@info empty goal detail</comment>
        <translation>Nog geen doel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a goal in the list to see its steps and how it is going.</source>
        <comment>@info empty goal detail</comment>
        <translation>Kies een doel in de lijst om de stappen te zien en hoe het ermee gaat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your goal will show here once you have written it.</source>
        <comment>@info empty goal detail</comment>
        <translation>Uw doel verschijnt hier zodra u het hebt opgeschreven.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 · %2</source>
        <comment>@info goal kind · domain</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Target: %1</source>
        <comment>@info goal target</comment>
        <translation>Streefdoel: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hoping to get there by %1</source>
        <comment>@info goal target date</comment>
        <translation>Hopelijk lukt het tegen %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the words of %1</source>
        <comment>@info who expressed the goal</comment>
        <translation>In de woorden van %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last changed by %1</source>
        <comment>@info who last changed it, e.g. Els Peeters for Maria</comment>
        <translation>Laatst gewijzigd door %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log progress</source>
        <comment>@action:button</comment>
        <translation>Voortgang noteren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this goal</source>
        <comment>@action:button accessible</comment>
        <translation>Dit doel bewerken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this goal</source>
        <comment>@action:button accessible</comment>
        <translation>Dit doel verwijderen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where it stands</source>
        <comment>@title:group goal status</comment>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <comment>@label:listbox goal status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>How it is going</source>
        <comment>@label:listbox goal achievement</comment>
        <translation>Hoe het gaat</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Steps · %1 of %n done</source>
        <comment>@title:group goal steps</comment>
        <translation>
            <numerusform>Stappen · %1 van %n gedaan</numerusform>
            <numerusform>Stappen · %1 van %n gedaan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <comment>@title:group goal steps</comment>
        <translation>Stappen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No steps yet</source>
        <comment>@info empty steps</comment>
        <translation>Nog geen stappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big goals get easier in small steps. Choose Edit to add a few, like “walk to the corner and back”.</source>
        <comment>@info empty steps</comment>
        <translation>Grote doelen worden makkelijker in kleine stappen. Kies Bewerken om er een paar toe te voegen, zoals “tot aan de hoek wandelen en terug”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How it has moved</source>
        <comment>@title:group goal progress</comment>
        <translation>Hoe het evolueerde</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Show earlier entries (%n more)</source>
        <comment>@action:button goal progress</comment>
        <translation>
            <numerusform>Eerdere notities tonen (nog %n)</numerusform>
            <numerusform>Eerdere notities tonen (nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No progress logged yet</source>
        <comment>@info empty progress</comment>
        <translation>Nog geen voortgang genoteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose “Log progress” now and then to note how close you feel to this goal. Over time you will see it move.</source>
        <comment>@info empty progress</comment>
        <translation>Kies af en toe “Voortgang noteren” om te noteren hoe dicht u zich bij dit doel voelt. Na een tijd ziet u het veranderen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When someone in your care circle comments on this goal, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Als iemand uit uw zorgkring op dit doel reageert, leest u dat hier.</translation>
    </message>
</context>
<context>
    <name>GoalEditorPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalEditorPage.qml" line="+69"/>
        <source>Write in your own words what matters to you: that is the heart of a goal.</source>
        <comment>@info validation</comment>
        <translation>Schrijf in uw eigen woorden wat voor u belangrijk is: dat is de kern van een doel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the part of life this goal is about.</source>
        <comment>@info validation</comment>
        <translation>Kies het levensdomein waarover dit doel gaat.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit goal</source>
        <comment>@title:window</comment>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <comment>@title:window</comment>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>In your own words: what would you like to be able to do, again or still?</source>
        <comment>@info</comment>
        <translation>In uw eigen woorden: wat zou u graag (weer of nog altijd) kunnen doen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: walking to the Saturday market again</source>
        <comment>@info:placeholder</comment>
        <translation>Bijvoorbeeld: weer naar de zaterdagmarkt wandelen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kind of goal</source>
        <comment>@label:listbox</comment>
        <translation>Soort doel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose…</source>
        <comment>@item:inlistbox no domain chosen yet</comment>
        <translation>Kies…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How will I know I got there? (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Hoe weet ik dat het gelukt is? (optioneel)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: walk 500 m with my rollator</source>
        <comment>@info:placeholder</comment>
        <translation>Bijvoorbeeld: 500 m wandelen met mijn rollator</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When would I like to get there? (optional)</source>
        <comment>@label</comment>
        <translation>Tegen wanneer wil ik er graag geraken? (optioneel)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>What matters to me (required)</source>
        <comment>@label:textbox</comment>
        <translation>Wat voor mij belangrijk is (verplicht)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Part of life (required)</source>
        <comment>@label:listbox</comment>
        <translation>Levensdomein (verplicht)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>How important is it now?</source>
        <comment>@label:listbox priority</comment>
        <translation>Hoe belangrijk is het nu?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Very important</source>
        <comment>@item:inlistbox priority 1</comment>
        <translation>Heel belangrijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important</source>
        <comment>@item:inlistbox priority 2</comment>
        <translation>Belangrijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some day</source>
        <comment>@item:inlistbox priority 3</comment>
        <translation>Ooit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps</source>
        <comment>@title:group</comment>
        <translation>Stappen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small steps that bring you closer. You can tick them off later.</source>
        <comment>@info</comment>
        <translation>Kleine stappen die u dichterbij brengen. U kunt ze later afvinken.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a step</source>
        <comment>@action:button</comment>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save changes</source>
        <comment>@action:button</comment>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save goal</source>
        <comment>@action:button</comment>
        <translation>Doel opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+S</source>
        <comment>@info accessible</comment>
        <translation>Sneltoets: Ctrl+S</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalsPage.qml" line="+59"/>
        <source>Goals</source>
        <comment>@title:window</comment>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Goal deleted</source>
        <comment>@info</comment>
        <translation>Doel verwijderd</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>What matters to %1</source>
        <comment>@title goals page in a patient&apos;s circle, e.g. What matters to Maria</comment>
        <translation>Wat voor %1 belangrijk is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters to me</source>
        <comment>@title goals page</comment>
        <translation>Wat voor mij belangrijk is</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New goal</source>
        <comment>@action:button</comment>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new goal</source>
        <comment>@action:button accessible</comment>
        <translation>Een nieuw doel schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+N</source>
        <comment>@info accessible</comment>
        <translation>Sneltoets: Ctrl+N</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show</source>
        <comment>@label:listbox goal status filter</comment>
        <translation>Toon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goals I am working on</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Doelen waar ik aan werk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done or stopped</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Afgerond of gestopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All goals</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Alle doelen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Part of life</source>
        <comment>@label:listbox goal domain filter</comment>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every part of life</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Alle levensdomeinen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Write your first goal</source>
        <comment>@title:group empty goals</comment>
        <translation>Schrijf uw eerste doel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would you like to be able to do again, or keep doing? Write it in your own words, for example “Walk to the Saturday market again”.</source>
        <comment>@info empty goals</comment>
        <translation>Wat zou u graag weer kunnen doen, of blijven doen? Schrijf het in uw eigen woorden, bijvoorbeeld “Weer naar de zaterdagmarkt wandelen”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Then break it into small steps, choose a date to aim for, and note now and then how it is going. Your care team can help you get there.</source>
        <comment>@info empty goals</comment>
        <translation>Deel het daarna op in kleine stappen, kies een datum om naar te streven en noteer af en toe hoe het gaat. Uw zorgteam kan u helpen om er te geraken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write what matters to me</source>
        <comment>@action:button</comment>
        <translation>Opschrijven wat voor mij belangrijk is</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No goals here</source>
        <comment>@info empty filtered goals</comment>
        <translation>Hier staan geen doelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of your goals matches these choices. Choose “All goals” and “Every part of life” to see them all.</source>
        <comment>@info empty filtered goals</comment>
        <translation>Geen enkel doel past bij deze keuzes. Kies “Alle doelen” en “Alle levensdomeinen” om ze allemaal te zien.</translation>
    </message>
</context>
<context>
    <name>HistoryLoadingRow</name>
    <message>
        <location filename="../../qml/components/controls/HistoryLoadingRow.qml" line="+26"/>
        <source>Reading your older entries…</source>
        <comment>@info:progress after unlocking a large vault</comment>
        <translation>Uw oudere gegevens worden nog ingelezen…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/home/HomePage.qml" line="+39"/>
        <source>Your last check-in was lower than before for: %1</source>
        <comment>@info attention flag for the patient, check-in domains</comment>
        <translation>Uw laatste check-in was lager dan voordien voor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You would like to talk about: %1</source>
        <comment>@info attention flag for the patient, check-in domains</comment>
        <translation>U wilt graag praten over: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your care plan was due for review on %1</source>
        <comment>@info attention flag for the patient, a date</comment>
        <translation>Uw zorgplan moest herzien worden op %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of your goals is getting harder</source>
        <comment>@info attention flag for the patient</comment>
        <translation>
            <numerusform>%n van uw doelen wordt moeilijker</numerusform>
            <numerusform>%n van uw doelen worden moeilijker</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Good morning, %1</source>
        <comment>@title greeting</comment>
        <translation>Goedemorgen, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good morning</source>
        <comment>@title greeting</comment>
        <translation>Goedemorgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good afternoon, %1</source>
        <comment>@title greeting</comment>
        <translation>Goedemiddag, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good afternoon</source>
        <comment>@title greeting</comment>
        <translation>Goedemiddag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good evening, %1</source>
        <comment>@title greeting</comment>
        <translation>Goedenavond, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good evening</source>
        <comment>@title greeting</comment>
        <translation>Goedenavond</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <comment>@title:window home page</comment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your care plan “%1” · next review with your care team: %2</source>
        <comment>@info home plan summary</comment>
        <translation>Uw zorgplan “%1” · volgende evaluatie met uw zorgteam: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your care plan “%1”</source>
        <comment>@info home plan summary</comment>
        <translation>Uw zorgplan “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>My patients</source>
        <comment>@title:group home</comment>
        <translation>Mijn patiënten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Those who need attention come first.</source>
        <comment>@info home my patients</comment>
        <translation>Wie aandacht nodig heeft, staat bovenaan.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your patients appear here once CareCircle has read what they share with you.</source>
        <comment>@info home my patients</comment>
        <translation>Uw patiënten verschijnen hier zodra CareCircle gelezen heeft wat ze met u delen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>All %n patient(s)</source>
        <comment>@action:button home</comment>
        <translation>
            <numerusform>%n patiënt</numerusform>
            <numerusform>Alle %n patiënten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open My patients</source>
        <comment>@action:button home</comment>
        <translation>Mijn patiënten openen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What your care team is asked to look at</source>
        <comment>@title:group home attention flags</comment>
        <translation>Waar uw zorgteam op let</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CareCircle points these out to the people in: %1. You choose this per space under Sharing.</source>
        <comment>@info home attention flags, space names</comment>
        <translation>CareCircle wijst de mensen in deze ruimtes hierop: %1. U kiest dit per ruimte onder Delen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weekly check-in</source>
        <comment>@title:group home</comment>
        <translation>Wekelijkse check-in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How are you doing this week? Your last check-in: %1</source>
        <comment>@info home</comment>
        <translation>Hoe gaat het deze week met u? Uw laatste check-in: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you doing this week? A check-in takes a minute.</source>
        <comment>@info home</comment>
        <translation>Hoe gaat het deze week met u? Een check-in duurt maar een minuutje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start a check-in</source>
        <comment>@action:button home</comment>
        <translation>Check-in starten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edits to review</source>
        <comment>@title:group</comment>
        <translation>Na te kijken wijzigingen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n text(s) were changed on two devices at the same time. CareCircle kept the newest edit and saved the other one for you to look at.</source>
        <comment>@info conflicts</comment>
        <translation>
            <numerusform>%n tekst werd tegelijk op twee toestellen gewijzigd. CareCircle heeft de nieuwste wijziging bewaard en de andere voor u opzijgezet om na te kijken.</numerusform>
            <numerusform>%n teksten werden tegelijk op twee toestellen gewijzigd. CareCircle heeft telkens de nieuwste wijziging bewaard en de andere voor u opzijgezet om na te kijken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review</source>
        <comment>@action:button review conflicting edits</comment>
        <translation>Nakijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the overwritten texts</source>
        <comment>@action:button accessible</comment>
        <translation>De overschreven teksten nakijken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your care plan will appear here</source>
        <comment>@title:group</comment>
        <translation>Hier komt uw zorgplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When you and your care team make a care plan, you will see here what is planned for the coming days: visits, appointments and the things you do yourself.</source>
        <comment>@info empty home</comment>
        <translation>Wanneer u samen met uw zorgteam een zorgplan opmaakt, ziet u hier wat er de komende dagen gepland is: bezoeken, consultaties en de dingen die u zelf doet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start by writing what matters to you. Your goals and short check-ins on how you are doing come next, and they help your care team plan care around you.</source>
        <comment>@info empty home</comment>
        <translation>Schrijf eerst op wat voor u belangrijk is. Daarna komen uw doelen en korte check-ins over hoe het met u gaat. Die helpen uw zorgteam om de zorg rond u te plannen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Coming up</source>
        <comment>@title:group next activities</comment>
        <translation>Binnenkort</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>And %n more this week</source>
        <comment>@info</comment>
        <translation>
            <numerusform>En nog %n activiteit deze week</numerusform>
            <numerusform>En nog %n activiteiten deze week</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing planned for the next seven days</source>
        <comment>@info empty</comment>
        <translation>Niets gepland voor de komende zeven dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enjoy the quiet days. New visits and appointments show up here as soon as they are planned.</source>
        <comment>@info empty</comment>
        <translation>Geniet van de rustige dagen. Nieuwe bezoeken en consultaties verschijnen hier zodra ze gepland zijn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits, appointments and the things you do yourself show up here once they are in your care plan.</source>
        <comment>@info empty</comment>
        <translation>Bezoeken, consultaties en de dingen die u zelf doet, verschijnen hier zodra ze in uw zorgplan staan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to me</source>
        <comment>@title:group goals</comment>
        <translation>Wat voor mij belangrijk is</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>And %n more goal(s)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>En nog %n doel</numerusform>
            <numerusform>En nog %n doelen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to you?</source>
        <comment>@info empty goals</comment>
        <translation>Wat is voor u belangrijk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start by writing what matters to you, in your own words: walking to the market again, enjoying time with your grandchildren, sleeping better. Your goals will be listed here with how they are going.</source>
        <comment>@info empty goals</comment>
        <translation>Schrijf eerst op wat voor u belangrijk is, in uw eigen woorden: weer naar de markt wandelen, genieten van tijd met uw kleinkinderen, beter slapen. Hier ziet u dan uw doelen en hoe het ermee gaat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last check-in</source>
        <comment>@title:group</comment>
        <translation>Laatste check-in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · filled in by %2</source>
        <comment>@info check-in date, who filled it in (e.g. Els Peeters for Maria)</comment>
        <translation>%1 · ingevuld door %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping you</source>
        <comment>@info check-in date, by proxy</comment>
        <translation>%1 · ingevuld door iemand die u helpt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>0 means very hard, 10 means very good.</source>
        <comment>@info check-in scale</comment>
        <translation>0 betekent heel moeilijk, 10 betekent heel goed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No check-in yet</source>
        <comment>@info empty check-in</comment>
        <translation>Nog geen check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check-in takes a minute: how are your body, mind, meaning in life, quality of life, taking part and daily life going? You’ll see your answers here, and you can mark what you’d like to talk about with your care team.</source>
        <comment>@info empty check-in</comment>
        <translation>Een check-in duurt maar een minuutje: hoe gaat het met uw lichaam, uw gemoed, zingeving, uw kwaliteit van leven, meedoen en uw dagelijks leven? U ziet uw antwoorden hier, en u kunt aanduiden waarover u graag wilt praten met uw zorgteam.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New comments</source>
        <comment>@title:group</comment>
        <translation>Nieuwe reacties</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No new comments</source>
        <comment>@info empty comments</comment>
        <translation>Geen nieuwe reacties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone in your care circle writes to you about your plan or your goals, you’ll read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Als iemand uit uw zorgkring u schrijft over uw plan of uw doelen, leest u dat hier.</translation>
    </message>
</context>
<context>
    <name>InstrumentPage</name>
    <message>
        <location filename="../../qml/pages/checkin/InstrumentPage.qml" line="+49"/>
        <source>Questionnaire</source>
        <comment>@title:window</comment>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This questionnaire is not available</source>
        <comment>@info</comment>
        <translation>Deze vragenlijst is niet beschikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and choose another one.</source>
        <comment>@info</comment>
        <translation>Ga terug en kies een andere.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1. %2</source>
        <comment>@title:group question number and text</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <comment>@label:radio question and answer</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>See my result</source>
        <comment>@action:button questionnaire</comment>
        <translation>Mijn resultaat bekijken</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Answered %1 of %n</source>
        <comment>@action:button questionnaire, disabled</comment>
        <translation>
            <numerusform>%1 van %n beantwoord</numerusform>
            <numerusform>%1 van %n beantwoord</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <location filename="../../qml/pages/sharing/InvitePage.qml" line="+20"/>
        <source>Someone not in your care team yet</source>
        <comment>@item:inlistbox</comment>
        <translation>Iemand die nog niet in uw zorgteam staat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite to “%1”</source>
        <comment>@title:window</comment>
        <translation>Uitnodigen voor “%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Who are you inviting?</source>
        <comment>@title:group</comment>
        <translation>Wie nodigt u uit?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <comment>@item:inlistbox person name · care role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person, from your care team</source>
        <comment>@label</comment>
        <translation>De persoon, uit uw zorgteam</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Their role in your care</source>
        <comment>@label</comment>
        <translation>De rol van deze persoon in uw zorg</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What may they do in this space?</source>
        <comment>@label</comment>
        <translation>Wat mag deze persoon doen in deze ruimte?</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>The code works for %n day(s)</source>
        <comment>@item:inlistbox</comment>
        <translation>
            <numerusform>De code werkt %n dag</numerusform>
            <numerusform>De code werkt %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the code works</source>
        <comment>@label</comment>
        <translation>Hoe lang de code werkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They will see the name in your profile.</source>
        <comment>@info</comment>
        <translation>Deze persoon ziet de naam uit uw profiel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also show my birth year, so a care team with two patients of my name can tell us apart</source>
        <comment>@option:check</comment>
        <translation>Ook mijn geboortejaar tonen, zodat een zorgteam met twee patiënten met mijn naam ons niet verwart</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing…</source>
        <comment>@info</comment>
        <translation>Bezig met voorbereiden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create invitation</source>
        <comment>@action:button</comment>
        <translation>Uitnodiging maken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give them this code</source>
        <comment>@title:group</comment>
        <translation>Geef deze code aan de persoon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They open CareCircle, choose “Enter an invitation code” under Sharing, and scan the QR code or type the code. It works once.</source>
        <comment>@info</comment>
        <translation>De persoon opent CareCircle, kiest “Een uitnodigingscode invoeren” onder Delen, en scant de QR-code of typt de code over. De code werkt één keer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QR code of the invitation</source>
        <comment>@info accessible</comment>
        <translation>QR-code van de uitnodiging</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invitation code: %1</source>
        <comment>@info accessible</comment>
        <translation>Uitnodigingscode: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid until %1. Waiting for them to enter it…</source>
        <comment>@info</comment>
        <translation>Geldig tot %1. Wachten tot de persoon de code invoert…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel the invitation</source>
        <comment>@action:button</comment>
        <translation>De uitnodiging annuleren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare the safety number</source>
        <comment>@title:group</comment>
        <translation>Vergelijk het veiligheidsnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 entered the code. Their screen now shows a safety number. If it is the same as this one, nobody came in between.</source>
        <comment>@info</comment>
        <translation>%1 heeft de code ingevoerd. Op het scherm van die persoon staat nu een veiligheidsnummer. Is het hetzelfde als dit nummer, dan zat er niemand tussen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>@info person name (care role they gave)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The numbers match: add %1</source>
        <comment>@action:button</comment>
        <translation>De nummers komen overeen: %1 toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add without comparing</source>
        <comment>@action:button</comment>
        <translation>Toevoegen zonder te vergelijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They will be shown as not verified until you compare the numbers.</source>
        <comment>@info</comment>
        <translation>Deze persoon wordt als niet gecontroleerd getoond tot u de nummers vergelijkt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The numbers differ: cancel</source>
        <comment>@action:button</comment>
        <translation>De nummers verschillen: annuleren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added</source>
        <comment>@title:group</comment>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can now see what you put in “%2”.</source>
        <comment>@info</comment>
        <translation>%1 kan nu zien wat u in “%2” zet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The person</source>
        <comment>@info</comment>
        <translation>De persoon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Gedaan</translation>
    </message>
</context>
<context>
    <name>JoinAccountPage</name>
    <message>
        <location filename="../../qml/pages/sync/JoinAccountPage.qml" line="+43"/>
        <source>Restore your account</source>
        <comment>@title:window</comment>
        <translation>Uw account herstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link this device</source>
        <comment>@title:window</comment>
        <translation>Dit toestel koppelen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lost your devices? Your recovery key brings your account back on this one. The server keeps a locked copy that only this key opens.</source>
        <comment>@info restore</comment>
        <translation>Bent u uw toestellen kwijt? Met uw herstelsleutel haalt u uw account terug op dit toestel. De server bewaart een vergrendelde kopie die alleen deze sleutel kan openen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a device where you already use CareCircle, open Settings → Sync and devices → Show a link code. Then type that code here. Keep both devices open.</source>
        <comment>@info link</comment>
        <translation>Open op een toestel waarop u CareCircle al gebruikt: Instellingen → Synchronisatie en toestellen → Koppelcode tonen. Typ die code dan hier. Laat beide toestellen open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account</source>
        <comment>@title:group</comment>
        <translation>Uw account</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server address</source>
        <comment>@label:textbox</comment>
        <translation>Adres van de server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the full address, starting with https://</source>
        <comment>@info</comment>
        <translation>Typ het volledige adres, beginnend met https://</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery key</source>
        <comment>@label:textbox</comment>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link code</source>
        <comment>@label:textbox</comment>
        <translation>Koppelcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 characters, in groups of four, as you wrote them down.</source>
        <comment>@info</comment>
        <translation>28 tekens, in groepen van vier, zoals u ze opgeschreven hebt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 characters, as shown on your other device.</source>
        <comment>@info</comment>
        <translation>28 tekens, zoals ze op uw andere toestel getoond worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This does not look right yet: check each group of four for a typo.</source>
        <comment>@info</comment>
        <translation>Dit klopt nog niet helemaal: controleer elke groep van vier op een tikfout.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of this device</source>
        <comment>@label:textbox</comment>
        <translation>Naam van dit toestel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A passphrase for this device</source>
        <comment>@title:group</comment>
        <translation>Een wachtwoordzin voor dit toestel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passphrase locks CareCircle on this device. It may differ from the one on your other devices.</source>
        <comment>@info</comment>
        <translation>Deze wachtwoordzin vergrendelt CareCircle op dit toestel. Hij mag verschillen van die op uw andere toestellen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type it again</source>
        <comment>@label:textbox confirm passphrase</comment>
        <translation>Herhaal uw wachtwoordzin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>De twee wachtwoordzinnen zijn nog niet hetzelfde.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restore</source>
        <comment>@action:button</comment>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link this device</source>
        <comment>@action:button</comment>
        <translation>Dit toestel koppelen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <comment>@action:button accessible</comment>
        <translation>Terug naar het begin</translation>
    </message>
</context>
<context>
    <name>JoinSpacePage</name>
    <message>
        <location filename="../../qml/pages/sharing/JoinSpacePage.qml" line="+23"/>
        <source>Invitation code</source>
        <comment>@title:window</comment>
        <translation>Uitnodigingscode</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect first</source>
        <comment>@title:group</comment>
        <translation>Eerst verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect CareCircle to the same server as the person who invited you.</source>
        <comment>@info</comment>
        <translation>Verbind CareCircle met dezelfde server als de persoon die u uitnodigde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Verbinden met een server</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the code</source>
        <comment>@title:group</comment>
        <translation>Voer de code in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitation code</source>
        <comment>@label:textbox</comment>
        <translation>Uitnodigingscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 letters and digits; spaces and dashes do not matter.</source>
        <comment>@info</comment>
        <translation>28 letters en cijfers; spaties en streepjes maken niet uit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code has a typo. Check it with the person who invited you.</source>
        <comment>@info</comment>
        <translation>Er zit een tikfout in deze code. Controleer hem samen met de persoon die u uitnodigde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking…</source>
        <comment>@info</comment>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation>Verder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 invites you</source>
        <comment>@title:group</comment>
        <translation>%1 nodigt u uit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To the space “%1”. %2.</source>
        <comment>@info space name, what you may do</comment>
        <translation>Voor de ruimte “%1”. %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare this safety number with the one on %1&apos;s screen. If they are the same, nobody came in between.</source>
        <comment>@info</comment>
        <translation>Vergelijk dit veiligheidsnummer met het nummer op het scherm van %1. Zijn ze hetzelfde, dan zat er niemand tussen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name, as %1 will see it</source>
        <comment>@label:textbox</comment>
        <translation>Uw naam, zoals %1 die zal zien</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who you are for %1</source>
        <comment>@label</comment>
        <translation>Wie u bent voor %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept</source>
        <comment>@action:button</comment>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accepted</source>
        <comment>@title:group</comment>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once %1 has compared the number and added you, what is shared with you appears under My patients.</source>
        <comment>@info</comment>
        <translation>Zodra %1 het nummer heeft vergeleken en u heeft toegevoegd, verschijnt wat met u gedeeld wordt onder Mijn patiënten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ You marked %1 as verified in person.</source>
        <comment>@info</comment>
        <translation>✓ U hebt %1 als persoonlijk gecontroleerd gemarkeerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the safety number match the one on %1&apos;s screen? Then mark %1 as verified: this device will tell you if their key ever changes.</source>
        <comment>@info</comment>
        <translation>Kwam het veiligheidsnummer overeen met dat op het scherm van %1? Markeer %1 dan als gecontroleerd: dit toestel waarschuwt u als de sleutel ooit verandert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark as not verified</source>
        <comment>@action:button</comment>
        <translation>Als niet gecontroleerd markeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers matched: mark %1 as verified</source>
        <comment>@action:button</comment>
        <translation>De nummers kwamen overeen: %1 als gecontroleerd markeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Gedaan</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <location filename="../../src/app/session/qtkeychainstore.cpp" line="+19"/>
        <source>This device&apos;s keystore did not answer. Unlock with your passphrase instead.</source>
        <translation>De sleutelopslag van dit toestel reageerde niet. Ontgrendel in plaats daarvan met uw wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This device does not remember the vault any more. Unlock with your passphrase.</source>
        <translation>Dit toestel onthoudt de kluis niet meer. Ontgrendel met uw wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/domain/codelabels.cpp" line="+36"/>
        <source>Patient</source>
        <comment>@label:role</comment>
        <translation>Patiënt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver</source>
        <comment>@label:role</comment>
        <translation>Mantelzorger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family doctor</source>
        <comment>@label:role</comment>
        <translation>Huisarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home nurse</source>
        <comment>@label:role</comment>
        <translation>Thuisverpleegkundige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physiotherapist</source>
        <comment>@label:role</comment>
        <translation>Kinesitherapeut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacist</source>
        <comment>@label:role</comment>
        <translation>Apotheker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social worker</source>
        <comment>@label:role</comment>
        <translation>Maatschappelijk werker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupational therapist</source>
        <comment>@label:role</comment>
        <translation>Ergotherapeut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychologist</source>
        <comment>@label:role</comment>
        <translation>Psycholoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietitian</source>
        <comment>@label:role</comment>
        <translation>Diëtist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist</source>
        <comment>@label:role</comment>
        <translation>Specialist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home help</source>
        <comment>@label:role</comment>
        <translation>Gezinszorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case manager</source>
        <comment>@label:role</comment>
        <translation>Casemanager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care coordinator</source>
        <comment>@label:role</comment>
        <translation>Zorgcoördinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted person</source>
        <comment>@label:role</comment>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <comment>@label:role</comment>
        <translation>Vertegenwoordiger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body</source>
        <comment>@label:domain</comment>
        <translation>Lichaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mind and mood</source>
        <comment>@label:domain</comment>
        <translation>Mentaal welbevinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning and purpose</source>
        <comment>@label:domain</comment>
        <translation>Zingeving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality of life</source>
        <comment>@label:domain</comment>
        <translation>Kwaliteit van leven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part</source>
        <comment>@label:domain</comment>
        <translation>Meedoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily life</source>
        <comment>@label:domain</comment>
        <translation>Dagelijks functioneren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical matters</source>
        <comment>@label:domain</comment>
        <translation>Praktische zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of caring</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Zorglast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own health</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Eigen gezondheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of one’s own</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Eigen tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support from others</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Steun van anderen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Life goal</source>
        <comment>@label:goal kind</comment>
        <translation>Levensdoel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care goal</source>
        <comment>@label:goal kind</comment>
        <translation>Zorgdoel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested</source>
        <comment>@label:goal status</comment>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working on it</source>
        <comment>@label:goal status</comment>
        <translation>Bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:goal status</comment>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>@label:goal status</comment>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <comment>@label:goal status</comment>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the way</source>
        <comment>@label:goal achievement</comment>
        <translation>Onderweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting better</source>
        <comment>@label:goal achievement</comment>
        <translation>Gaat beter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting harder</source>
        <comment>@label:goal achievement</comment>
        <translation>Gaat moeilijker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change yet</source>
        <comment>@label:goal achievement</comment>
        <translation>Nog geen verandering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <comment>@label:goal achievement</comment>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached</source>
        <comment>@label:goal achievement</comment>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Care visit</source>
        <comment>@label:activity kind</comment>
        <translation>Zorgbezoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something I do myself</source>
        <comment>@label:activity kind</comment>
        <translation>Iets wat ik zelf doe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help from family or friends</source>
        <comment>@label:activity kind</comment>
        <translation>Hulp van familie of vrienden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <comment>@label:activity kind</comment>
        <translation>Consultatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <comment>@label:activity kind</comment>
        <translation>Medicatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time with others</source>
        <comment>@label:activity kind</comment>
        <translation>Tijd met anderen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned</source>
        <comment>@label:activity status</comment>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <comment>@label:activity status</comment>
        <translation>Lopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:activity status</comment>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>@label:activity status</comment>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>@label:activity status</comment>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Being prepared</source>
        <comment>@label:plan status</comment>
        <translation>In voorbereiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <comment>@label:plan status</comment>
        <translation>In gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:plan status</comment>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>@label:plan status</comment>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../qml/theme/Labels.qml" line="+62"/>
        <source>Today</source>
        <comment>@label:day</comment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow</source>
        <comment>@label:day</comment>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <comment>@label:day</comment>
        <translation>Gisteren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dddd d MMMM</source>
        <comment>@info:date format, Qt date pattern</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2</source>
        <comment>@info:date day, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../src/domain/codelabels.cpp" line="+8"/>
        <source>Teal</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Blauwgroen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Blauw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Paars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Oranje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Groen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Grijs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owner</source>
        <comment>@label:permission</comment>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May edit with and for you</source>
        <comment>@label:permission</comment>
        <translation>Mag met en voor u bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May read, comment and add progress notes</source>
        <comment>@label:permission</comment>
        <translation>Mag lezen, reageren en voortgang noteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May only read</source>
        <comment>@label:permission</comment>
        <translation>Mag alleen lezen</translation>
    </message>
    <message>
        <location filename="../../qml/theme/Labels.qml" line="+16"/>
        <source>Just now</source>
        <comment>@label:time</comment>
        <translation>Zonet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <comment>@label:time</comment>
        <translation>
            <numerusform>%n minuut geleden</numerusform>
            <numerusform>%n minuten geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ago</source>
        <comment>@label:time</comment>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogProgressDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/LogProgressDialog.qml" line="+38"/>
        <source>Choose a number on the slider first.</source>
        <comment>@info log progress</comment>
        <translation>Kies eerst een getal op de schuifbalk.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How is it going?</source>
        <comment>@title:window log progress</comment>
        <translation>Hoe gaat het?</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>How close do you feel to this goal today? %1 out of 10</source>
        <comment>@label:slider</comment>
        <translation>Hoe dicht voelt u zich vandaag bij dit doel? %1 op 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How close do you feel to this goal today? Not rated yet</source>
        <comment>@label:slider</comment>
        <translation>Hoe dicht voelt u zich vandaag bij dit doel? Nog niet gekozen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rating from 0 (far away) to 10 (there)</source>
        <comment>@label:slider accessible</comment>
        <translation>Score van 0 (ver weg) tot 10 (bereikt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not rated yet</source>
        <comment>@info accessible slider</comment>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>0 · far away</source>
        <comment>@label slider start</comment>
        <translation>0 · ver weg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>10 · there</source>
        <comment>@label slider end</comment>
        <translation>10 · bereikt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A note (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Een notitie (optioneel)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What went well, what was hard?</source>
        <comment>@info:placeholder</comment>
        <translation>Wat ging goed, wat was moeilijk?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save progress</source>
        <comment>@action:button accessible</comment>
        <translation>Voortgang opslaan</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+134"/>
        <source>CareCircle</source>
        <comment>@title:window</comment>
        <translation>CareCircle</translation>
    </message>
</context>
<context>
    <name>MemberDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/MemberDelegate.qml" line="+31"/>
        <source>You</source>
        <comment>@info badge: the patient&apos;s own entry</comment>
        <translation>Uzelf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates your care</source>
        <comment>@info badge</comment>
        <translation>Coördineert uw zorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <comment>@info separator</comment>
        <translation> · </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2</source>
        <comment>@info role · organisation</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>More</source>
        <comment>@action:button menu</comment>
        <translation>Meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions for %1</source>
        <comment>@action:button accessible</comment>
        <translation>Acties voor %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No longer coordinator</source>
        <comment>@action:inmenu</comment>
        <translation>Niet langer coördinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make coordinator</source>
        <comment>@action:inmenu</comment>
        <translation>Aanduiden als coördinator</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove from care team</source>
        <comment>@action:inmenu</comment>
        <translation>Uit het zorgteam verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 from the care team</source>
        <comment>@action:inmenu accessible</comment>
        <translation>%1 uit het zorgteam verwijderen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <comment>@action:button accessible</comment>
        <translation>%1 bewerken</translation>
    </message>
</context>
<context>
    <name>MemberEditorPage</name>
    <message>
        <location filename="../../qml/pages/team/MemberEditorPage.qml" line="+29"/>
        <source>Add a person</source>
        <comment>@title:window</comment>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit person</source>
        <comment>@title:window</comment>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <comment>@label:textbox</comment>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Dr. An Claes</source>
        <comment>@info:placeholder</comment>
        <translation>Bijvoorbeeld: dr. An Claes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Role</source>
        <comment>@label:listbox</comment>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Organisation (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Organisatie (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Wit-Gele Kruis, the GP practice</source>
        <comment>@info:placeholder</comment>
        <translation>Bijvoorbeeld: Wit-Gele Kruis, de huisartsenpraktijk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone or e-mail (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Telefoon of e-mail (optioneel)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save this person</source>
        <comment>@action:button accessible</comment>
        <translation>Deze persoon opslaan</translation>
    </message>
</context>
<context>
    <name>MyPatientsPage</name>
    <message>
        <location filename="../../qml/pages/workspace/MyPatientsPage.qml" line="+31"/>
        <source>My patients</source>
        <comment>@title:window</comment>
        <translation>Mijn patiënten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My patients</source>
        <comment>@title care-team workspace</comment>
        <translation>Mijn patiënten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The people who share their care plan with you. Those who need attention come first.</source>
        <comment>@info my patients</comment>
        <translation>De mensen die hun zorgplan met u delen. Wie aandacht nodig heeft, staat bovenaan.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Reading what your patients share… %1 of %n patient(s) done</source>
        <comment>@info:progress my patients</comment>
        <translation>
            <numerusform>Wat uw patiënten delen wordt gelezen… %1 van %n patiënt klaar</numerusform>
            <numerusform>Wat uw patiënten delen wordt gelezen… %1 van %n patiënten klaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Show more patients (%n more)</source>
        <comment>@action:button my patients</comment>
        <translation>
            <numerusform>Meer patiënten tonen (nog %n)</numerusform>
            <numerusform>Meer patiënten tonen (nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No patients yet</source>
        <comment>@title:group empty my patients</comment>
        <translation>Nog geen patiënten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patients choose what they share with you. Ask your patient for an invitation code, then enter it under Settings → Sharing.</source>
        <comment>@info empty my patients</comment>
        <translation>Patiënten kiezen zelf wat ze met u delen. Vraag uw patiënt om een uitnodigingscode en voer die in onder Instellingen → Delen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Once the patient has confirmed your safety number, what they share with you appears here.</source>
        <comment>@info empty my patients</comment>
        <translation>Zodra de patiënt uw veiligheidsnummer heeft bevestigd, verschijnt hier wat hij of zij met u deelt.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../qml/components/shell/NavigationBar.qml" line="+58"/>
        <source>Main navigation</source>
        <comment>@label accessible</comment>
        <translation>Hoofdnavigatie</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>More</source>
        <comment>@action:button navigation overflow</comment>
        <translation>Meer</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>More pages</source>
        <comment>@action:button accessible</comment>
        <translation>Meer pagina’s</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../qml/components/shell/PageHeader.qml" line="+55"/>
        <location line="+1"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Syncing…</source>
        <comment>@info:status short</comment>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <comment>@info:status short</comment>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <comment>@info:status short</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync problem</source>
        <comment>@info:status short</comment>
        <translation>Synchronisatieprobleem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <comment>@info:status short</comment>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync: %1</source>
        <comment>@action:button accessible</comment>
        <translation>Synchronisatie: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lock</source>
        <comment>@action:button lock the vault</comment>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock CareCircle</source>
        <comment>@action:button accessible</comment>
        <translation>CareCircle vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Sneltoets: Ctrl+L</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/vault/passphrasestrength.cpp" line="+113"/>
        <source>Very weak</source>
        <translation>Heel zwak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at least %n characters. A short sentence is easy to remember.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken. Een korte zin is makkelijk te onthouden.</numerusform>
            <numerusform>Gebruik minstens %n tekens. Een korte zin is makkelijk te onthouden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a few more words, or mix in numbers and symbols. Avoid common words and runs like 1234.</source>
        <translation>Voeg nog een paar woorden toe, of gebruik ook cijfers en symbolen. Vermijd veelgebruikte woorden en reeksen zoals 1234.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../qml/components/controls/PassphraseField.qml" line="+121"/>
        <source>Hide</source>
        <comment>@action:button hide the passphrase</comment>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <comment>@action:button show the passphrase</comment>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide passphrase</source>
        <comment>@action:button accessible name</comment>
        <translation>Wachtwoordzin verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <comment>@action:button accessible name</comment>
        <translation>Wachtwoordzin tonen</translation>
    </message>
</context>
<context>
    <name>PatientCardDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/PatientCardDelegate.qml" line="+20"/>
        <source>%1 · %2</source>
        <comment>@info patient card: name · birth year or account</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New comments: %1</source>
        <comment>@info patient card, a count</comment>
        <translation>Nieuwe reacties: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new comments</source>
        <comment>@info patient card</comment>
        <translation>Geen nieuwe reacties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: %1</source>
        <comment>@info patient card, a date</comment>
        <translation>Volgende evaluatie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review date planned</source>
        <comment>@info patient card</comment>
        <translation>Geen evaluatie gepland</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing flagged</source>
        <comment>@info accessible patient card</comment>
        <translation>Niets gesignaleerd</translation>
    </message>
</context>
<context>
    <name>PatientCareColumn</name>
    <message>
        <location filename="../../qml/components/cards/PatientCareColumn.qml" line="+19"/>
        <source>Check-in trends</source>
        <comment>@title:group patient view</comment>
        <translation>Verloop van de check-ins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check-ins shared</source>
        <comment>@info empty patient trends</comment>
        <translation>Geen check-ins gedeeld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest check-in (filled) against the one of %1 (outline).</source>
        <comment>@info radar chart legend</comment>
        <translation>Laatste check-in (gevuld) tegenover die van %1 (omlijning).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Recent check-ins</source>
        <comment>@title patient view</comment>
        <translation>Recente check-ins</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Care plan</source>
        <comment>@title patient view</comment>
        <translation>Zorgplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No care plan is shared with you.</source>
        <comment>@info patient view</comment>
        <translation>Er wordt geen zorgplan met u gedeeld.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The review planned for %1 has passed.</source>
        <comment>@info care plan review date</comment>
        <translation>De evaluatie die gepland was op %1 is voorbij.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review: %1</source>
        <comment>@info care plan review date</comment>
        <translation>Volgende evaluatie: %1</translation>
    </message>
</context>
<context>
    <name>PatientOverview</name>
    <message>
        <location filename="../../qml/components/cards/PatientOverview.qml" line="+50"/>
        <source>Nothing flagged</source>
        <comment>@info patient view</comment>
        <translation>Niets gesignaleerd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: “%2”</source>
        <comment>@info check-in domain, the patient&apos;s note</comment>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multidisciplinary meeting</source>
        <comment>@title:group agenda</comment>
        <translation>Multidisciplinair overleg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An agenda with the patient&apos;s goals in their own words, the flagged needs and the open questions of the last 30 days.</source>
        <comment>@info agenda</comment>
        <translation>Een agenda met de doelen van de patiënt in eigen woorden, de gesignaleerde noden en de open vragen van de laatste 30 dagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save agenda as PDF</source>
        <comment>@action:button</comment>
        <translation>Agenda als PDF opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut: Ctrl+P</source>
        <comment>@info accessible</comment>
        <translation>Sneltoets: Ctrl+P</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save agenda as text</source>
        <comment>@action:button</comment>
        <translation>Agenda als tekst opslaan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What matters to me</source>
        <comment>@title goals in the patient&apos;s own words</comment>
        <translation>Wat voor mij belangrijk is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goals of %1, in their own words.</source>
        <comment>@info patient view</comment>
        <translation>Doelen van %1, in eigen woorden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No goals shared</source>
        <comment>@info empty patient goals</comment>
        <translation>Geen doelen gedeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals are shared with you.</source>
        <comment>@info empty patient goals</comment>
        <translation>Er worden geen doelen met u gedeeld.</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../../qml/pages/workspace/PatientPage.qml" line="+58"/>
        <source>Save the meeting agenda</source>
        <comment>@title:window file dialog</comment>
        <translation>De agenda voor het overleg opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <comment>@item file type</comment>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <comment>@item file type</comment>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
</context>
<context>
    <name>PatientSummary</name>
    <message>
        <location filename="../../qml/components/cards/PatientSummary.qml" line="+84"/>
        <source>Nothing flagged</source>
        <comment>@info patient card</comment>
        <translation>Niets gesignaleerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <comment>@info patient card: new comments · next review</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PlanActivityDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/PlanActivityDelegate.qml" line="+36"/>
        <source>Next: %1</source>
        <comment>@info next date of an activity</comment>
        <translation>Volgende keer: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with %1</source>
        <comment>@info who does the activity</comment>
        <translation>met %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · </source>
        <comment>@info separator</comment>
        <translation> · </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not done yet</source>
        <comment>@info activity log</comment>
        <translation>Nog niet gedaan</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done %n time(s), last %1</source>
        <comment>@info activity log</comment>
        <translation>
            <numerusform>%n keer gedaan, laatst op %1</numerusform>
            <numerusform>%n keer gedaan, laatst op %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2</source>
        <comment>@info schedule · next date</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Done today ✓</source>
        <comment>@action:button already marked</comment>
        <translation>Vandaag gedaan ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done today</source>
        <comment>@action:button</comment>
        <translation>Vandaag gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is done today</source>
        <comment>@info accessible</comment>
        <translation>%1 is vandaag gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as done today</source>
        <comment>@action:button accessible</comment>
        <translation>%1 aanduiden als vandaag gedaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <comment>@action:button open an activity</comment>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of %1</source>
        <comment>@action:button accessible</comment>
        <translation>Details van %1</translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <location filename="../../qml/pages/plan/PlanEditorPage.qml" line="+39"/>
        <source>Start your care plan</source>
        <comment>@title:window</comment>
        <translation>Uw zorgplan starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit care plan</source>
        <comment>@title:window</comment>
        <translation>Zorgplan bewerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My care plan</source>
        <comment>@info default plan title</comment>
        <translation>Mijn zorgplan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Title</source>
        <comment>@label:textbox</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <comment>@label:listbox</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan starts on</source>
        <comment>@label:textbox</comment>
        <translation>Het plan start op</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan ends on (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Het plan eindigt op (optioneel)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who coordinates your care?</source>
        <comment>@label:listbox</comment>
        <translation>Wie coördineert uw zorg?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody yet</source>
        <comment>@item:inlistbox coordinator</comment>
        <translation>Nog niemand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>@item:inlistbox name (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Often your case manager. Add people in your care team first.</source>
        <comment>@info</comment>
        <translation>Vaak uw casemanager. Voeg eerst mensen toe aan uw zorgteam.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next review (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Volgende evaluatie (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day you and your care team next look at the plan together, often the multidisciplinary meeting.</source>
        <comment>@info</comment>
        <translation>De dag waarop u en uw zorgteam het plan opnieuw samen bekijken, vaak op het multidisciplinair overleg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the care plan</source>
        <comment>@action:button accessible</comment>
        <translation>Het zorgplan opslaan</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../qml/components/charts/ProgressChart.qml" line="+28"/>
        <source>No ratings yet</source>
        <comment>@info accessible chart</comment>
        <translation>Nog geen scores</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rating(s), from %1 to %2; the latest is %3 out of 10</source>
        <comment>@info accessible chart</comment>
        <translation>
            <numerusform>%n score, van %1 tot %2; de laatste is %3 op 10</numerusform>
            <numerusform>%n scores, van %1 tot %2; de laatste is %3 op 10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/ProgressDelegate.qml" line="+18"/>
        <source>%1 · %2 out of 10</source>
        <comment>@info progress entry: day, rating</comment>
        <translation>%1 · %2 op 10</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Written by %1 · %2</source>
        <comment>@info progress author and role</comment>
        <translation>Geschreven door %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by %1</source>
        <comment>@info progress author</comment>
        <translation>Geschreven door %1</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <location filename="../../src/domain/questionnaire.cpp" line="+51"/>
        <source>“%1” must be a whole number.</source>
        <translation>“%1” moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The field “%1” is missing or not valid text.</source>
        <translation>Het veld “%1” ontbreekt of is geen geldige tekst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The text “%1” is missing or is not a set of translations.</source>
        <translation>De tekst “%1” ontbreekt of is geen reeks vertalingen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text “%1” has an empty, too long or invalid translation.</source>
        <translation>De tekst “%1” heeft een lege, te lange of ongeldige vertaling.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text “%1” must be given in Dutch, French, German and English.</source>
        <translation>De tekst “%1” moet in het Nederlands, Frans, Duits en Engels gegeven worden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer options of “%1” must be a list of 2 to 20 options.</source>
        <translation>De antwoordmogelijkheden van “%1” moeten een lijst van 2 tot 20 mogelijkheden zijn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An answer option of “%1” has a value outside 0 to 100.</source>
        <translation>Een antwoordmogelijkheid van “%1” heeft een waarde buiten 0 tot 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two answer options of “%1” have the same value.</source>
        <translation>Twee antwoordmogelijkheden van “%1” hebben dezelfde waarde.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scale of “%1” must go up from 0 or more to 100 at most.</source>
        <translation>De schaal van “%1” moet oplopen van 0 of meer tot hoogstens 100.</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>The questionnaire file is too large.</source>
        <translation>Het bestand van de vragenlijst is te groot.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The questionnaire file is not valid JSON.</source>
        <translation>Het bestand van de vragenlijst is geen geldige JSON.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>The questionnaire file has a format this version of CareCircle cannot read.</source>
        <translation>Het bestand van de vragenlijst heeft een formaat dat deze versie van CareCircle niet kan lezen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The questionnaire kind “%1” is not one CareCircle knows.</source>
        <translation>CareCircle kent de soort vragenlijst “%1” niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instrument “%1” is not one CareCircle can store.</source>
        <translation>CareCircle kan het instrument “%1” niet opslaan.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A questionnaire needs a list of 1 to 100 items.</source>
        <translation>Een vragenlijst heeft een lijst van 1 tot 100 vragen nodig.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Every item of the questionnaire must be an object.</source>
        <translation>Elke vraag van de vragenlijst moet een object zijn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item id “%1” is used twice.</source>
        <translation>De vraag-ID “%1” wordt twee keer gebruikt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The item “%1” has both answer options and a scale.</source>
        <translation>De vraag “%1” heeft zowel antwoordmogelijkheden als een schaal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The item “%1” has neither answer options nor a scale.</source>
        <translation>De vraag “%1” heeft geen antwoordmogelijkheden en geen schaal.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The check-in domain “%1” is not one CareCircle knows.</source>
        <translation>CareCircle kent het levensdomein “%1” van de check-in niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check-in domain “%1” needs a scale from 0 to 10.</source>
        <translation>Het levensdomein “%1” van de check-in heeft een schaal van 0 tot 10 nodig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A check-in is not scored: it has no “%1”.</source>
        <translation>Een check-in krijgt geen score: hij heeft geen “%1”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scoring method must be “%1”.</source>
        <translation>De scoremethode moet “%1” zijn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The score multiplier must be between 1 and 100.</source>
        <translation>De scorevermenigvuldiger moet tussen 1 en 100 liggen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The score range of “%1” does not match the instrument.</source>
        <translation>Het scorebereik van “%1” komt niet overeen met het instrument.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An instrument needs a list of 1 to 20 score bands.</source>
        <translation>Een instrument heeft een lijst van 1 tot 20 scoreklassen nodig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A score band ends before it starts.</source>
        <translation>Een scoreklasse eindigt voordat ze begint.</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>The score bands must cover every score from %1.</source>
        <translation>De scoreklassen moeten elke score vanaf %1 dekken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two score bands overlap.</source>
        <translation>Twee scoreklassen overlappen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The score bands leave a gap.</source>
        <translation>Tussen de scoreklassen zit een gat.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Only an instrument has a score.</source>
        <translation>Alleen een instrument heeft een score.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please answer every question.</source>
        <translation>Beantwoord elke vraag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An answer is not one of the options.</source>
        <translation>Een antwoord is geen van de mogelijkheden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+28"/>
        <source>This questionnaire is not available.</source>
        <translation>Deze vragenlijst is niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../qml/components/charts/RadarChart.qml" line="+29"/>
        <source>–</source>
        <comment>@info not rated</comment>
        <translation>–</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not answered</source>
        <comment>@info accessible radar: a part of life skipped in a check-in</comment>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 now, %3 before</source>
        <comment>@info accessible radar value</comment>
        <translation>%1: %2 nu, %3 vroeger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>@info accessible radar value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>The parts of life, from the top clockwise:</source>
        <comment>@info radar legend on a small screen</comment>
        <translation>De levensdomeinen, van boven in wijzerzin:</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Radar of your six domains. %1</source>
        <comment>@info accessible</comment>
        <translation>Radar van uw zes levensdomeinen. %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../qml/pages/session/RecoveryKeyPage.qml" line="+25"/>
        <source>Recovery key</source>
        <comment>@title:window</comment>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your recovery key</source>
        <comment>@title:window</comment>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your recovery key, shown again</source>
        <comment>@title</comment>
        <translation>Uw herstelsleutel, opnieuw getoond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down your recovery key</source>
        <comment>@title</comment>
        <translation>Schrijf uw herstelsleutel op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the same recovery key you were given when you started. Check that your written copy matches it, then keep it somewhere safe.</source>
        <comment>@info recovery key shown again</comment>
        <translation>Dit is dezelfde herstelsleutel die u bij de start kreeg. Kijk na of uw opgeschreven exemplaar ermee overeenkomt en bewaar het daarna op een veilige plek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you ever forget your passphrase, this key is the only way back into your information. Nobody else can open it for you, not even the makers of CareCircle. It is shown only this once.</source>
        <comment>@info recovery key first time</comment>
        <translation>Als u ooit uw wachtwoordzin vergeet, is deze sleutel de enige manier om weer bij uw gegevens te komen. Niemand anders kan ze voor u openen, zelfs de makers van CareCircle niet. Hij wordt maar deze ene keer getoond.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Recovery key, %n group(s) of four characters</source>
        <comment>@info accessible</comment>
        <translation>
            <numerusform>Herstelsleutel, %n groep van vier tekens</numerusform>
            <numerusform>Herstelsleutel, %n groepen van vier tekens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Group %1: %2</source>
        <comment>@info accessible; %2 is spelled out character by character</comment>
        <translation>Groep %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the characters 0–9 and A–Z are used, without I, L, O and U, so 0 is always zero and 1 is always one.</source>
        <comment>@info recovery key alphabet</comment>
        <translation>Alleen de tekens 0–9 en A–Z worden gebruikt, zonder I, L, O en U, dus 0 is altijd nul en 1 is altijd één.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep it on paper, away from this device, for example with your important documents. Don’t take a photo of it.</source>
        <comment>@info recovery key advice</comment>
        <translation>Bewaar hem op papier, weg van dit toestel, bijvoorbeeld bij uw belangrijke documenten. Neem er geen foto van.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have written it down or stored it somewhere safe</source>
        <comment>@option:check</comment>
        <translation>Ik heb hem opgeschreven of op een veilige plek bewaard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation>Verder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First confirm that you stored the key</source>
        <comment>@info accessible</comment>
        <translation>Bevestig eerst dat u de sleutel hebt bewaard</translation>
    </message>
</context>
<context>
    <name>RevealRecoveryKeyDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/RevealRecoveryKeyDialog.qml" line="+35"/>
        <source>Show your recovery key</source>
        <comment>@title:window</comment>
        <translation>Herstelsleutel tonen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>To see your recovery key again, enter your passphrase. Make sure nobody can see your screen.</source>
        <comment>@info reveal recovery key</comment>
        <translation>Geef uw wachtwoordzin in om uw herstelsleutel opnieuw te zien. Zorg dat niemand op uw scherm kan meekijken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show recovery key</source>
        <comment>@action:button</comment>
        <translation>Herstelsleutel tonen</translation>
    </message>
</context>
<context>
    <name>SafetyNumber</name>
    <message>
        <location filename="../../qml/components/controls/SafetyNumber.qml" line="+19"/>
        <source>Safety number: %1</source>
        <comment>@info accessible</comment>
        <translation>Veiligheidsnummer: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleInWords</name>
    <message>
        <location filename="../../src/domain/schedulerules.cpp" line="+24"/>
        <source>%1 and %2</source>
        <comment>@info list, last item</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <comment>@info list</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dddd d MMMM</source>
        <comment>@info:date format, Qt date pattern</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dddd d MMMM yyyy</source>
        <comment>@info:date format, Qt date pattern</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When needed</source>
        <comment>@info schedule</comment>
        <translation>Wanneer nodig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once, on %1</source>
        <comment>@info schedule, %1 a day</comment>
        <translation>Eenmalig op %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Every day</source>
        <comment>@info schedule</comment>
        <translation>Elke dag</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Every %n days</source>
        <comment>@info schedule, n ≥ 2</comment>
        <translation>
            <numerusform>Elke dag</numerusform>
            <numerusform>Om de %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, only on %2</source>
        <comment>@info schedule, %2 weekdays</comment>
        <translation>%1, alleen op %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1</source>
        <comment>@info schedule, %1 weekdays</comment>
        <translation>Elke %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n weeks on %1</source>
        <comment>@info schedule, n ≥ 2, %1 weekdays</comment>
        <translation>
            <numerusform>Elke week op %1</numerusform>
            <numerusform>Om de %n weken op %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from %2</source>
        <comment>@info schedule, %2 a day</comment>
        <translation>%1, vanaf %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2</source>
        <comment>@info schedule, %2 a time of day</comment>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, until %2</source>
        <comment>@info schedule, %2 a day</comment>
        <translation>%1, tot en met %2</translation>
    </message>
</context>
<context>
    <name>ScoreResultCard</name>
    <message>
        <location filename="../../qml/components/cards/ScoreResultCard.qml" line="+20"/>
        <source>Your result</source>
        <comment>@title:group questionnaire result</comment>
        <translation>Uw resultaat</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>%1 out of %2</source>
        <comment>@info questionnaire score</comment>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score: %1</source>
        <comment>@info accessible</comment>
        <translation>Score: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sum of your answers: %1 out of %2, multiplied by %3.</source>
        <comment>@info questionnaire raw score</comment>
        <translation>Som van uw antwoorden: %1 op %2, vermenigvuldigd met %3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Talk about this with your care team. A score is a way to start the conversation, not a diagnosis.</source>
        <comment>@info questionnaire result</comment>
        <translation>Praat hierover met uw zorgteam. Een score is een manier om het gesprek te beginnen, geen diagnose.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../../src/server/hinthub.cpp" line="+60"/>
        <source>Cannot open the notification connection.</source>
        <translation>Kan de verbinding voor meldingen niet openen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot LISTEN for hints.</source>
        <translation>Kan geen LISTEN uitvoeren voor hints.</translation>
    </message>
    <message>
        <location filename="../../src/server/database.cpp" line="+42"/>
        <source>The server&apos;s database failed.</source>
        <translation>De database van de server gaf een fout.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot create the data directory.</source>
        <translation>Kan de gegevensmap niet aanmaken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Qt SQL driver for this database is missing.</source>
        <translation>Het Qt SQL-stuurprogramma voor deze database ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../src/server/schema.cpp" line="+132"/>
        <source>The database was written by a newer server.</source>
        <translation>De database werd geschreven door een nieuwere server.</translation>
    </message>
    <message>
        <location filename="../../src/server/recordstore.cpp" line="+195"/>
        <source>No such space.</source>
        <translation>Deze ruimte bestaat niet.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/settings/SettingsPage.qml" line="+39"/>
        <source>Settings</source>
        <comment>@title:window</comment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <comment>@info</comment>
        <translation>Uw wachtwoordzin is gewijzigd. Gebruik vanaf nu de nieuwe.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sync and devices</source>
        <comment>@title:group</comment>
        <translation>Synchronisatie en toestellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices and sync</source>
        <comment>@action:button</comment>
        <translation>Toestellen en synchronisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Verbinden met een server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sync and devices</source>
        <comment>@action:button accessible</comment>
        <translation>Synchronisatie en toestellen openen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sharing</source>
        <comment>@title:group</comment>
        <translation>Delen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who sees what, invite your care team or family, see who looked at your data, or enter an invitation code you received.</source>
        <comment>@info</comment>
        <translation>Kies wie wat ziet, nodig uw zorgteam of familie uit, bekijk wie naar uw gegevens keek, of voer een uitnodigingscode in die u kreeg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sharing and invitations</source>
        <comment>@action:button</comment>
        <translation>Delen en uitnodigingen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Security</source>
        <comment>@title:group</comment>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock CareCircle when I haven’t used it for</source>
        <comment>@label:listbox</comment>
        <translation>CareCircle vergrendelen als ik het niet gebruikt heb gedurende</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n minute(s)</source>
        <comment>@item:inlistbox auto-lock</comment>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>Nu vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock CareCircle now</source>
        <comment>@action:button accessible</comment>
        <translation>CareCircle nu vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Sneltoets: Ctrl+L</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remember on this device</source>
        <comment>@option:check</comment>
        <translation>Onthouden op dit toestel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>When on, this device opens CareCircle without your passphrase, using its secure keystore. Turn it off on a device you share.</source>
        <comment>@info remember on device</comment>
        <translation>Als dit aanstaat, opent dit toestel CareCircle zonder uw wachtwoordzin, via zijn beveiligde sleutelopslag. Zet het uit op een toestel dat u met anderen deelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no secure keystore that CareCircle can use, so you type your passphrase each time.</source>
        <comment>@info remember on device unavailable</comment>
        <translation>Dit toestel heeft geen beveiligde sleutelopslag die CareCircle kan gebruiken, dus u typt elke keer uw wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change passphrase…</source>
        <comment>@action:button</comment>
        <translation>Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show recovery key…</source>
        <comment>@action:button</comment>
        <translation>Herstelsleutel tonen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recovery key</source>
        <comment>@action:button accessible</comment>
        <translation>Herstelsleutel tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for your passphrase first</source>
        <comment>@info accessible</comment>
        <translation>Vraagt eerst uw wachtwoordzin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appearance</source>
        <comment>@title:group</comment>
        <translation>Weergave</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text size</source>
        <comment>@label:listbox</comment>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Normal (100 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Normaal (100 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger (125 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Iets groter (125 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large (150 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Groot (150 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very large (175 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Heel groot (175 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest (200 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Grootst (200 %)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colours</source>
        <comment>@label:listbox</comment>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Light</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>Donker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About</source>
        <comment>@title:group</comment>
        <translation>Over</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your information is stored encrypted on this device, in:</source>
        <comment>@info</comment>
        <translation>Uw gegevens worden versleuteld bewaard op dit toestel, in:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vault location</source>
        <comment>@label accessible</comment>
        <translation>Locatie van de kluis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CareCircle %1</source>
        <comment>@info version</comment>
        <translation>CareCircle %1</translation>
    </message>
</context>
<context>
    <name>SharedItemCard</name>
    <message>
        <location filename="../../qml/components/cards/SharedItemCard.qml" line="+40"/>
        <source>“%1”</source>
        <comment>@title a goal in the patient&apos;s own words</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in of %1</source>
        <comment>@title a check-in, a date</comment>
        <translation>Check-in van %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by %1</source>
        <comment>@info goal target date</comment>
        <translation>tegen %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <comment>@info activity kind · status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Target: %1</source>
        <comment>@info goal target</comment>
        <translation>Streefdoel: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Getting harder: worth discussing at the meeting.</source>
        <comment>@info flagged goal</comment>
        <translation>Wordt moeilijker: goed om te bespreken op het overleg.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2/10</source>
        <comment>@info check-in domain rating</comment>
        <translation>%1: %2/10</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wants to discuss %1: “%2”</source>
        <comment>@info check-in domain, note</comment>
        <translation>Wil %1 bespreken: “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants to discuss %1</source>
        <comment>@info check-in domain</comment>
        <translation>Wil %1 bespreken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2”</source>
        <comment>@info check-in domain, note</comment>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comments</source>
        <comment>@title comments on a shared item</comment>
        <translation>Reacties</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your comment for the patient and the care team</source>
        <comment>@info:placeholder</comment>
        <translation>Uw reactie voor de patiënt en het zorgteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on %1</source>
        <comment>@label:textbox accessible, what is commented</comment>
        <translation>Reactie op %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Comment</source>
        <comment>@action:button</comment>
        <translation>Reageren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on %1</source>
        <comment>@action:button accessible, what is commented</comment>
        <translation>Reageren op %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send comment</source>
        <comment>@action:button</comment>
        <translation>Reactie versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+Enter</source>
        <comment>@info accessible</comment>
        <translation>Sneltoets: Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the comment</source>
        <comment>@action:button accessible</comment>
        <translation>De reactie annuleren</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../qml/pages/sharing/SharingPage.qml" line="+21"/>
        <source>Sharing</source>
        <comment>@title:window</comment>
        <translation>Delen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You decide who sees what. Everything is private until you put it in a space and invite people to that space. What you share is locked for them alone: the server cannot read it.</source>
        <comment>@info sharing intro</comment>
        <translation>U beslist wie wat ziet. Alles blijft privé tot u het in een ruimte zet en mensen voor die ruimte uitnodigt. Wat u deelt, is vergrendeld voor hen alleen: de server kan het niet lezen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect to share</source>
        <comment>@title:group</comment>
        <translation>Verbinden om te delen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inviting people needs a CareCircle server. You can already make spaces and choose what goes in them.</source>
        <comment>@info</comment>
        <translation>Om mensen uit te nodigen is een CareCircle-server nodig. U kunt nu al ruimtes maken en kiezen wat erin komt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Verbinden met een server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your spaces</source>
        <comment>@title:group</comment>
        <translation>Uw ruimtes</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1, %2, %n items</source>
        <comment>@info accessible space row</comment>
        <translation>
            <numerusform>%1, %2, %n item</numerusform>
            <numerusform>%1, %2, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1 · %n items</source>
        <comment>@info space: who, how many items</comment>
        <translation>
            <numerusform>%1 · %n item</numerusform>
            <numerusform>%1 · %n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make a space</source>
        <comment>@title:group</comment>
        <translation>Een ruimte maken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example “Care team”, “Family” or “GP only”. Then invite people to it and choose, item by item, what goes in it.</source>
        <comment>@info</comment>
        <translation>Bijvoorbeeld “Zorgteam”, “Familie” of “Alleen huisarts”. Nodig er daarna mensen voor uit en kies, item per item, wat erin komt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Care team</source>
        <comment>@item suggested space name</comment>
        <translation>Zorgteam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <comment>@item suggested space name</comment>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP only</source>
        <comment>@item suggested space name</comment>
        <translation>Alleen huisarts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <comment>@label:textbox space name</comment>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colour</source>
        <comment>@label</comment>
        <translation>Kleur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Make this space</source>
        <comment>@action:button</comment>
        <translation>Deze ruimte maken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open invitations</source>
        <comment>@title:group</comment>
        <translation>Openstaande uitnodigingen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 accepted your invitation to “%2”: compare the safety number</source>
        <comment>@info</comment>
        <translation>%1 heeft uw uitnodiging voor “%2” aanvaard: vergelijk het veiligheidsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To “%1”, valid until %2</source>
        <comment>@info open invitation</comment>
        <translation>Voor “%1”, geldig tot %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Were you invited?</source>
        <comment>@title:group</comment>
        <translation>Bent u uitgenodigd?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a patient or a relative gave you an invitation code, enter it here to see what they share with you.</source>
        <comment>@info</comment>
        <translation>Heeft een patiënt of familielid u een uitnodigingscode gegeven? Voer die hier in om te zien wat die persoon met u deelt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter an invitation code</source>
        <comment>@action:button</comment>
        <translation>Een uitnodigingscode invoeren</translation>
    </message>
</context>
<context>
    <name>SideNavigation</name>
    <message>
        <location filename="../../qml/components/shell/SideNavigation.qml" line="+48"/>
        <source>Main navigation</source>
        <comment>@label accessible</comment>
        <translation>Hoofdnavigatie</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>CareCircle</source>
        <comment>@title app name</comment>
        <translation>CareCircle</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Lock</source>
        <comment>@action:button lock the vault</comment>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock CareCircle</source>
        <comment>@action:button accessible</comment>
        <translation>CareCircle vergrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Sneltoets: Ctrl+L</translation>
    </message>
</context>
<context>
    <name>SpacePage</name>
    <message>
        <location filename="../../qml/pages/sharing/SpacePage.qml" line="+46"/>
        <source>Remove %1?</source>
        <comment>@title:dialog</comment>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From now on %1 receives nothing new from “%2”: new items are locked with a new key they do not have. What %1 already saw stays with them; CareCircle cannot take it back.</source>
        <comment>@info remove member</comment>
        <translation>Vanaf nu krijgt %1 niets nieuws meer uit “%2”: nieuwe items worden vergrendeld met een nieuwe sleutel die %1 niet heeft. Wat %1 al zag, blijft bij die persoon; CareCircle kan dat niet terugnemen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>@action:button remove member</comment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only for you</source>
        <comment>@title:group</comment>
        <translation>Alleen voor u</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is in your private space is never shared. To share something, make a space under Sharing and choose it under “Who can see this?”.</source>
        <comment>@info</comment>
        <translation>Wat in uw privéruimte staat, wordt nooit gedeeld. Om iets te delen, maakt u een ruimte onder Delen en kiest u die bij “Wie mag dit zien?”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People in this space</source>
        <comment>@title:group</comment>
        <translation>Mensen in deze ruimte</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 · %2</source>
        <comment>@info member name · care role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>until %1</source>
        <comment>@info membership end</comment>
        <translation>tot %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Verified in person</source>
        <comment>@info safety number compared</comment>
        <translation>✓ Persoonlijk gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified: the safety number was not compared</source>
        <comment>@info</comment>
        <translation>Niet gecontroleerd: het veiligheidsnummer werd niet vergeleken</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What %1 may do</source>
        <comment>@label</comment>
        <translation>Wat %1 mag doen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>End date…</source>
        <comment>@action:button choose until when a member receives new items</comment>
        <translation>Einddatum…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date for %1</source>
        <comment>@action:button accessible</comment>
        <translation>Einddatum voor %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+47"/>
        <source>Mark as not verified</source>
        <comment>@action:button</comment>
        <translation>Als niet gecontroleerd markeren</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Compare safety number</source>
        <comment>@action:button</comment>
        <translation>Veiligheidsnummer vergelijken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove</source>
        <comment>@action:button</comment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invite someone</source>
        <comment>@action:button</comment>
        <translation>Iemand uitnodigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server first to invite people.</source>
        <comment>@info</comment>
        <translation>Verbind eerst met een server om mensen uit te nodigen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What needs attention</source>
        <comment>@title:group attention flags of a space</comment>
        <translation>Wat aandacht vraagt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CareCircle can point out to the people in this space when a check-in is worse than before, when you want to discuss something, when your care plan is due for review or a goal is getting harder. You see the same on your Home page.</source>
        <comment>@info attention flags</comment>
        <translation>CareCircle kan de mensen in deze ruimte erop wijzen wanneer een check-in slechter is dan voordien, wanneer u iets wilt bespreken, wanneer uw zorgplan aan herziening toe is of wanneer een doel moeilijker wordt. U ziet hetzelfde op uw pagina Vandaag.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Point these out to the people in this space</source>
        <comment>@option:check attention flags</comment>
        <translation>De mensen in deze ruimte hierop wijzen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Share my check-in history</source>
        <comment>@title:group</comment>
        <translation>Mijn eerdere check-ins delen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-ins you did before you made this space stay private. Share them from a day you choose, so that someone new in this space sees how you have been doing over time.</source>
        <comment>@info share check-in history</comment>
        <translation>Check-ins die u deed voordat u deze ruimte maakte, blijven privé. Deel ze vanaf een dag die u kiest, zodat iemand die nieuw is in deze ruimte ziet hoe het u de voorbije tijd verging.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share my check-ins since</source>
        <comment>@label a date</comment>
        <translation>Mijn check-ins delen vanaf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share check-ins…</source>
        <comment>@action:button</comment>
        <translation>Check-ins delen…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n check-in(s) shared with “%1”.</source>
        <comment>@info undo bar</comment>
        <translation>
            <numerusform>%n check-in gedeeld met “%1”.</numerusform>
            <numerusform>%n check-ins gedeeld met “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Share %n check-in(s)?</source>
        <comment>@title:dialog</comment>
        <translation>
            <numerusform>%n check-in delen?</numerusform>
            <numerusform>%n check-ins delen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s) from your private space will move to “%1”. Everyone in it will see your answers and how they changed over time. You can undo this right afterwards, or later move a check-in back under “Who can see this?”.</source>
        <comment>@info share check-in history</comment>
        <translation>
            <numerusform>%n check-in uit uw privéruimte gaat naar “%1”. Iedereen in die ruimte ziet dan uw antwoorden en hoe ze in de loop van de tijd veranderd zijn. U kunt dit meteen daarna ongedaan maken, of later een check-in terugzetten via “Wie mag dit zien?”.</numerusform>
            <numerusform>%n check-ins uit uw privéruimte gaan naar “%1”. Iedereen in die ruimte ziet dan uw antwoorden en hoe ze in de loop van de tijd veranderd zijn. U kunt dit meteen daarna ongedaan maken, of later een check-in terugzetten via “Wie mag dit zien?”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <comment>@action:button share check-ins</comment>
        <translation>Delen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Until when may %1 receive new items?</source>
        <comment>@title:dialog</comment>
        <translation>Tot wanneer mag %1 nieuwe items krijgen?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No end date</source>
        <comment>@option:radio</comment>
        <translation>Geen einddatum</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Until a day I choose</source>
        <comment>@option:radio</comment>
        <translation>Tot een dag die ik kies</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last day</source>
        <comment>@label membership end</comment>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Compare with %1</source>
        <comment>@title:dialog</comment>
        <translation>Vergelijken met %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meet in person or call. Both of you open this person in CareCircle; the numbers must be the same.</source>
        <comment>@info</comment>
        <translation>Spreek af of bel elkaar. Open allebei deze persoon in CareCircle; de nummers moeten hetzelfde zijn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The numbers match</source>
        <comment>@action:button</comment>
        <translation>De nummers komen overeen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who looked at this space</source>
        <comment>@title:group</comment>
        <translation>Wie keek naar deze ruimte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each time someone&apos;s CareCircle fetched items of this space, the server noted who and when.</source>
        <comment>@info</comment>
        <translation>Telkens als de CareCircle van iemand items uit deze ruimte ophaalde, noteerde de server wie en wanneer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody yet</source>
        <comment>@info empty access log</comment>
        <translation>Nog niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone you invited opens what you share, you will see it here.</source>
        <comment>@info</comment>
        <translation>Als iemand die u uitnodigde opent wat u deelt, ziet u dat hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server to see the access log.</source>
        <comment>@info</comment>
        <translation>Verbind met een server om het toegangslogboek te zien.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 · %2 · %n item(s)</source>
        <comment>@info access log: who · when · how many</comment>
        <translation>
            <numerusform>%1 · %2 · %n item</numerusform>
            <numerusform>%1 · %2 · %n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <comment>@action:button</comment>
        <translation>Vernieuwen</translation>
    </message>
</context>
<context>
    <name>StepEditorRow</name>
    <message>
        <location filename="../../qml/components/controls/StepEditorRow.qml" line="+29"/>
        <source>Step %1</source>
        <comment>@info:placeholder</comment>
        <translation>Stap %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1</source>
        <comment>@label:textbox</comment>
        <translation>Stap %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <comment>@action:button remove a step</comment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step %1</source>
        <comment>@action:button accessible</comment>
        <translation>Stap %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../qml/components/controls/StrengthMeter.qml" line="+26"/>
        <source>Passphrase strength</source>
        <comment>@label accessible name of the meter</comment>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Strength: %1</source>
        <comment>@info passphrase strength verdict</comment>
        <translation>Sterkte: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="-37"/>
        <location filename="../../src/sync/devicelink.cpp" line="+305"/>
        <source>The code is not correct. Check it for typing mistakes and try again.</source>
        <translation>De code klopt niet. Controleer hem op tikfouten en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="-185"/>
        <location filename="../../src/sync/sharing.cpp" line="+320"/>
        <location line="+148"/>
        <source>Choose a role for the person: editor, contributor or viewer.</source>
        <translation>Kies wat de persoon mag doen: mee bewerken, lezen en reageren, of alleen lezen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../src/sync/spacesync.cpp" line="+43"/>
        <source>This invitation has expired or was already used. Ask for a new one.</source>
        <translation>Deze uitnodiging is verlopen of werd al gebruikt. Vraag een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/accountbundle.cpp" line="+28"/>
        <source>The account data received is damaged or incomplete.</source>
        <translation>De ontvangen accountgegevens zijn beschadigd of onvolledig.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>This recovery key does not open the account&apos;s data. Check the key.</source>
        <translation>Deze herstelsleutel opent de gegevens van de account niet. Controleer de sleutel.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The link code is not complete.</source>
        <translation>De koppelcode is niet volledig.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/wire.cpp" line="+235"/>
        <source>The server is busy with too many requests. CareCircle will try again shortly.</source>
        <translation>De server krijgt te veel aanvragen. CareCircle probeert het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept this device. It may have been removed from your account.</source>
        <translation>De server heeft dit toestel niet aanvaard. Misschien werd het uit uw account verwijderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not allow this device or account to do that.</source>
        <translation>De server laat dit toestel of deze account dat niet doen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signature did not check out. Nothing was changed; try again, or link the device anew.</source>
        <translation>Een handtekening klopte niet. Er werd niets gewijzigd; probeer opnieuw of koppel het toestel opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record was sent to the wrong place and refused.</source>
        <translation>Een item werd naar de verkeerde plaats gestuurd en geweigerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/sync/devicelink.cpp" line="-273"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>De code is verlopen. Vraag een nieuwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know this account, code or address. Check what you typed.</source>
        <translation>De server kent deze account, code of dit adres niet. Controleer wat u getypt hebt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The space&apos;s key has been replaced. CareCircle will fetch the new key and try again.</source>
        <translation>De sleutel van de ruimte werd vervangen. CareCircle haalt de nieuwe sleutel op en probeert opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this at the same time. Try again.</source>
        <translation>Iemand anders heeft dit tegelijk gewijzigd. Probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/recordproof.cpp" line="+103"/>
        <location filename="../../src/protocol/wire.cpp" line="+2"/>
        <location filename="../../src/sync/pushbatch.cpp" line="+43"/>
        <source>The server refused a change that is too large.</source>
        <translation>De server heeft een te grote wijziging geweigerd.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/wire.cpp" line="+3"/>
        <source>The server has a problem right now. Your changes are safe on this device and will be sent later.</source>
        <translation>De server heeft op dit moment een probleem. Uw wijzigingen zijn veilig op dit toestel en worden later verstuurd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not understand a request. Update CareCircle or ask its operator.</source>
        <translation>De server begreep een aanvraag niet. Werk CareCircle bij of vraag het aan de beheerder van de server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server cannot be reached. Your changes are safe on this device and will be sent when you are online.</source>
        <translation>De server is niet bereikbaar. Uw wijzigingen zijn veilig op dit toestel en worden verstuurd zodra u online bent.</translation>
    </message>
    <message>
        <location filename="../../src/sync/accountsupport.cpp" line="+42"/>
        <source>The account&apos;s keys are incomplete.</source>
        <translation>De sleutels van de account zijn onvolledig.</translation>
    </message>
    <message>
        <location filename="../../src/sync/httpclient.cpp" line="+16"/>
        <source>The server sent an answer CareCircle cannot read.</source>
        <translation>De server stuurde een antwoord dat CareCircle niet kan lezen.</translation>
    </message>
    <message>
        <location filename="../../src/sync/accountsupport.cpp" line="+77"/>
        <source>The server answered for another account. Nothing was changed.</source>
        <translation>De server antwoordde voor een andere account. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/sync/devicelink.cpp" line="+5"/>
        <source>Linking was cancelled.</source>
        <translation>Het koppelen werd geannuleerd.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The answering device does not know the code. Nothing was shared.</source>
        <translation>Het toestel dat antwoordde, kent de code niet. Er werd niets gedeeld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linked device</source>
        <translation>Gekoppeld toestel</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../src/sync/httpclient.cpp" line="+126"/>
        <location filename="../../src/sync/sharing.cpp" line="-433"/>
        <location filename="../../src/sync/syncengine.cpp" line="+717"/>
        <location line="+31"/>
        <location line="+37"/>
        <source>This device is not connected to a server.</source>
        <translation>Dit toestel is niet met een server verbonden.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>No device is waiting with this code. Check the code, or ask for a new one.</source>
        <translation>Er wacht geen toestel met deze code. Controleer de code of vraag een nieuwe.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No account on this server has this recovery key. Check the key and the server.</source>
        <translation>Geen enkele account op deze server hoort bij deze herstelsleutel. Controleer de sleutel en de server.</translation>
    </message>
    <message>
        <location filename="../../src/sync/recordapplier.cpp" line="+129"/>
        <source>Its header is malformed.</source>
        <translation>De kop ervan is misvormd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was moved from another sharing space.</source>
        <translation>Het werd uit een andere gedeelde ruimte verplaatst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was written by a device that is neither part of this account nor of a member of the space.</source>
        <translation>Het werd geschreven door een toestel dat niet bij dit account hoort en ook niet bij een lid van de ruimte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its signature does not match its author.</source>
        <translation>De handtekening past niet bij de auteur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was made on a device whose clock is far ahead.</source>
        <translation>Het werd gemaakt op een toestel waarvan de klok ver vooruitloopt.</translation>
    </message>
    <message numerus="yes">
        <location line="+474"/>
        <source>%n change(s) from the server were refused: %1</source>
        <translation>
            <numerusform>%n wijziging van de server werd geweigerd: %1</numerusform>
            <numerusform>%n wijzigingen van de server werden geweigerd: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/sync/syncengine.cpp" line="-138"/>
        <source>The server address is not valid. It looks like https://care.example.org.</source>
        <translation>Het adres van de server is niet geldig. Het ziet eruit zoals https://care.example.org.</translation>
    </message>
    <message>
        <location filename="../../src/sync/sharing.cpp" line="+6"/>
        <source>Only the owner of a sharing space can change who is in it.</source>
        <translation>Alleen de eigenaar van een gedeelde ruimte kan wijzigen wie erin zit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/sync/spacesync.cpp" line="-4"/>
        <source>This invitation code is not valid. Check it for typing mistakes, or ask for a new one.</source>
        <translation>Deze uitnodigingscode is niet geldig. Controleer ze op tikfouten, of vraag een nieuwe.</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+7"/>
        <source>The answer to the invitation was not made with its code. It was not accepted; create a new invitation.</source>
        <translation>Het antwoord op de uitnodiging werd niet met de bijbehorende code gemaakt. Het werd niet aanvaard; maak een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>An invitation must end within the next 7 days.</source>
        <translation>Een uitnodiging moet binnen de volgende 7 dagen aflopen.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/sharing.cpp" line="+286"/>
        <location filename="../../src/sync/accountsupport.cpp" line="-27"/>
        <location line="+4"/>
        <location line="+91"/>
        <location filename="../../src/sync/sharing.cpp" line="+14"/>
        <location line="+277"/>
        <location filename="../../src/sync/spacesync.cpp" line="+511"/>
        <source>The account&apos;s keys could not be prepared.</source>
        <translation>De sleutels van de account konden niet klaargemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../src/sync/sharing.cpp" line="-210"/>
        <source>Nobody has accepted this invitation yet.</source>
        <translation>Nog niemand heeft deze uitnodiging aanvaard.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+22"/>
        <source>This person is not a member of the space.</source>
        <translation>Deze persoon is geen lid van de ruimte.</translation>
    </message>
    <message>
        <location filename="../../src/sync/syncengine.cpp" line="+133"/>
        <source>This device cannot remove itself from the account.</source>
        <translation>Dit toestel kan zichzelf niet uit de account verwijderen.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/sharing.cpp" line="-232"/>
        <source>The member list of this space is damaged or incomplete.</source>
        <translation>De ledenlijst van deze ruimte is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key for this space did not check out. Ask its owner.</source>
        <translation>De sleutel van deze ruimte klopt niet. Vraag het aan de eigenaar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invitation&apos;s details are damaged or do not match the code.</source>
        <translation>De gegevens van de uitnodiging zijn beschadigd of passen niet bij de code.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The names in this invitation are too long.</source>
        <translation>De namen in deze uitnodiging zijn te lang.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>This role is not known to this version of CareCircle.</source>
        <translation>Deze versie van CareCircle kent deze rol niet.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The invitation code is not complete.</source>
        <translation>De uitnodigingscode is niet volledig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <location line="+5"/>
        <source>The invitation could not be prepared.</source>
        <translation>De uitnodiging kon niet worden voorbereid.</translation>
    </message>
    <message>
        <location filename="../../src/sync/spacesync.cpp" line="-515"/>
        <source>The sharing space has a new key. CareCircle fetches it and sends your changes again.</source>
        <translation>De gedeelde ruimte heeft een nieuwe sleutel. CareCircle haalt die op en verstuurt uw wijzigingen opnieuw.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone has already accepted this invitation. Ask for a new one.</source>
        <translation>Iemand heeft deze uitnodiging al aanvaard. Vraag een nieuwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot accept this invitation: it is your own, or you are already a member.</source>
        <translation>U kunt deze uitnodiging niet aanvaarden: ze is van uzelf, of u bent al lid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role in this sharing space does not allow this. Nothing was changed.</source>
        <translation>Uw rol in deze gedeelde ruimte laat dit niet toe. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The member list of a sharing space does not carry its owner&apos;s valid signature, or is older than the one already here. It was not accepted.</source>
        <translation>De ledenlijst van een gedeelde ruimte draagt geen geldige handtekening van de eigenaar, of is ouder dan de lijst die hier al staat. Ze werd niet aanvaard.</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>A key of a sharing space did not come from its owner. It was not accepted.</source>
        <translation>Een sleutel van een gedeelde ruimte kwam niet van de eigenaar. Hij werd niet aanvaard.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The member list of this sharing space is not here yet.</source>
        <translation>De ledenlijst van deze gedeelde ruimte is hier nog niet.</translation>
    </message>
    <message>
        <location filename="../../src/sync/rolecheck.cpp" line="+114"/>
        <source>Its author&apos;s role in the sharing space does not allow writing.</source>
        <translation>De rol van de auteur in de gedeelde ruimte laat geen wijzigingen toe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was written after its author&apos;s membership of the space ended.</source>
        <translation>Het werd geschreven nadat het lidmaatschap van de auteur in de ruimte was afgelopen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its author&apos;s role only allows changing records that their own devices wrote.</source>
        <translation>De rol van de auteur laat alleen toe gegevens te wijzigen die de eigen toestellen schreven.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only the owner of the sharing space may change its name and settings.</source>
        <translation>Alleen de eigenaar van de ruimte mag de naam en instellingen ervan wijzigen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It does not say which member made the change.</source>
        <translation>Er staat niet in welk lid de wijziging maakte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It names someone other than its author as the person who made the change.</source>
        <translation>Het noemt iemand anders dan de auteur als wie de wijziging maakte.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../qml/pages/sync/SyncPage.qml" line="+22"/>
        <source>Sync and devices</source>
        <comment>@title:window</comment>
        <translation>Synchronisatie en toestellen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connected. Your care plan is now kept in sync, locked, through this server.</source>
        <comment>@info</comment>
        <translation>Verbonden. Uw zorgplan wordt nu vergrendeld gesynchroniseerd via deze server.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The device was removed. It no longer receives changes; what it already held stays on it.</source>
        <comment>@info</comment>
        <translation>Het toestel werd verwijderd. Het krijgt geen wijzigingen meer; wat er al op stond, blijft erop staan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this device?</source>
        <comment>@title:dialog</comment>
        <translation>Dit toestel verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” will stop syncing at once and can no longer sign in. What is already stored on it stays there, locked with its passphrase.</source>
        <comment>@info remove device</comment>
        <translation>“%1” stopt meteen met synchroniseren en kan zich niet meer aanmelden. Wat er al op staat, blijft daar, vergrendeld met de wachtwoordzin van dat toestel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>@action:button remove device</comment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connect to a CareCircle server</source>
        <comment>@title:group</comment>
        <translation>Verbinden met een CareCircle-server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to use CareCircle on more than one device and to keep a locked copy off this device. Your care organisation gives you the server&apos;s address. The server only stores locked data: it cannot read your care plan, goals or check-ins.</source>
        <comment>@info connect</comment>
        <translation>Maak verbinding om CareCircle op meer dan één toestel te gebruiken en om een vergrendelde kopie buiten dit toestel te bewaren. Uw zorgorganisatie geeft u het adres van de server. De server bewaart alleen vergrendelde gegevens: hij kan uw zorgplan, doelen of check-ins niet lezen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <comment>@label:textbox</comment>
        <translation>Adres van de server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the full address, starting with https://</source>
        <comment>@info</comment>
        <translation>Typ het volledige adres, beginnend met https://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of this device</source>
        <comment>@label:textbox</comment>
        <translation>Naam van dit toestel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in your list of devices, for example “Phone” or “Kitchen tablet”.</source>
        <comment>@info</comment>
        <translation>Zo staat het in uw lijst van toestellen, bijvoorbeeld “Gsm” of “Tablet in de keuken”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect this device to the server</source>
        <comment>@action:button accessible</comment>
        <translation>Dit toestel met de server verbinden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync</source>
        <comment>@title:group</comment>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync progress</source>
        <comment>@info accessible</comment>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n change(s) on this device still to send.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Nog %n wijziging op dit toestel te versturen.</numerusform>
            <numerusform>Nog %n wijzigingen op dit toestel te versturen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server: %1</source>
        <comment>@info</comment>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and fetch changes now</source>
        <comment>@action:button accessible</comment>
        <translation>Wijzigingen nu versturen en ophalen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link a new device</source>
        <comment>@title:group</comment>
        <translation>Een nieuw toestel koppelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the new device, choose “Link this device” under “Already use CareCircle?”, then type or scan the code below. The code works once, for five minutes.</source>
        <comment>@info link</comment>
        <translation>Kies op het nieuwe toestel “Dit toestel koppelen” onder “Gebruikt u CareCircle al?” en typ of scan dan de code hieronder. De code werkt één keer, gedurende vijf minuten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show a link code</source>
        <comment>@action:button</comment>
        <translation>Koppelcode tonen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QR code of the link code</source>
        <comment>@info accessible</comment>
        <translation>QR-code van de koppelcode</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link code: %1</source>
        <comment>@info accessible</comment>
        <translation>Koppelcode: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing a code…</source>
        <comment>@info</comment>
        <translation>Code wordt klaargemaakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the new device… (%1 s left)</source>
        <comment>@info</comment>
        <translation>Wachten op het nieuwe toestel… (nog %1 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new device answered. Sending it your keys, locked for it alone…</source>
        <comment>@info</comment>
        <translation>Het nieuwe toestel heeft geantwoord. Uw sleutels worden ernaartoe gestuurd, vergrendeld zodat alleen dat toestel ze kan openen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel linking</source>
        <comment>@action:button accessible</comment>
        <translation>Koppelen annuleren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your devices</source>
        <comment>@title:group</comment>
        <translation>Uw toestellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetching the list of devices…</source>
        <comment>@info</comment>
        <translation>De lijst van toestellen wordt opgehaald…</translation>
    </message>
</context>
<context>
    <name>TrendLineChart</name>
    <message>
        <location filename="../../qml/components/charts/TrendLineChart.qml" line="+48"/>
        <source>No check-ins in this period.</source>
        <comment>@info trends empty chart</comment>
        <translation>Geen check-ins in deze periode.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 over time: %2</source>
        <comment>@info accessible trend</comment>
        <translation>%1 in de loop van de tijd: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the arrow keys to read each check-in.</source>
        <comment>@info accessible trend</comment>
        <translation>Gebruik de pijltjestoetsen om elke check-in te lezen.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 on %2</source>
        <comment>@info accessible trend point</comment>
        <translation>%1 op %2</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../qml/pages/checkin/TrendsPage.qml" line="+18"/>
        <source>Trends</source>
        <comment>@title:window</comment>
        <translation>Trends</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your trends will appear here</source>
        <comment>@title empty trends</comment>
        <translation>Hier komen uw trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After your first check-in you see here how you are doing in each part of life, and after a few weeks how that changes. Bring it along when you talk with your care team.</source>
        <comment>@info empty trends</comment>
        <translation>Na uw eerste check-in ziet u hier hoe het met u gaat in elk levensdomein, en na een paar weken hoe dat verandert. Neem het mee als u met uw zorgteam praat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Now and before</source>
        <comment>@title:group trends radar</comment>
        <translation>Nu en vroeger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest check-in: %1</source>
        <comment>@info trends</comment>
        <translation>Laatste check-in: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare with the check-in of</source>
        <comment>@label:listbox</comment>
        <translation>Vergelijken met de check-in van</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>━ Latest check-in</source>
        <comment>@info trends legend</comment>
        <translation>━ Laatste check-in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>┅ Earlier check-in</source>
        <comment>@info trends legend</comment>
        <translation>┅ Eerdere check-in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over time</source>
        <comment>@title:group trends lines</comment>
        <translation>In de loop van de tijd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <comment>@label:listbox</comment>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last 4 weeks</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>Laatste 4 weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 weeks</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>Laatste 12 weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 means very hard, 10 means very good.</source>
        <comment>@info check-in scale</comment>
        <translation>0 betekent heel moeilijk, 10 betekent heel goed.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../qml/components/controls/UndoBar.qml" line="+70"/>
        <source>Undo</source>
        <comment>@action:button</comment>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: %1</source>
        <comment>@action:button accessible, %1 what was done</comment>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss</source>
        <comment>@action:button hide the undo message</comment>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <comment>@action:button accessible</comment>
        <translation>Het bericht sluiten</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/pages/session/UnlockPage.qml" line="+32"/>
        <source>This doesn’t look like a complete recovery key. Check each group of four characters against your paper.</source>
        <comment>@info unlock error</comment>
        <translation>Dit lijkt geen volledige herstelsleutel. Vergelijk elke groep van vier tekens met uw papier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please type your passphrase.</source>
        <comment>@info unlock error</comment>
        <translation>Typ uw wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlock</source>
        <comment>@title:window</comment>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome back</source>
        <comment>@title</comment>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the recovery key you wrote down when you started.</source>
        <comment>@info</comment>
        <translation>Typ de herstelsleutel die u bij de start hebt opgeschreven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your information is locked. Type your passphrase to open it.</source>
        <comment>@info</comment>
        <translation>Uw gegevens zijn vergrendeld. Typ uw wachtwoordzin om ze te openen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is the demo with made-up information. Its passphrase is in the README.</source>
        <comment>@info demo vault</comment>
        <translation>Dit is de demo met verzonnen gegevens. De wachtwoordzin staat in de README.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Recovery key</source>
        <comment>@label:textbox</comment>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <comment>@info:placeholder shape of the recovery key</comment>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>28 characters in groups of four. Dashes, spaces and small letters are fine.</source>
        <comment>@info</comment>
        <translation>28 tekens in groepen van vier. Streepjes, spaties en kleine letters mogen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with recovery key</source>
        <comment>@action:button accessible</comment>
        <translation>Ontgrendelen met herstelsleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Ontgrendelen met wachtwoordzin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unlock with this device</source>
        <comment>@action:button</comment>
        <translation>Ontgrendelen met dit toestel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses the key this device keeps for you, no passphrase needed</source>
        <comment>@info accessible</comment>
        <translation>Gebruikt de sleutel die dit toestel voor u bewaart, geen wachtwoordzin nodig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use my passphrase instead</source>
        <comment>@action:button</comment>
        <translation>Toch mijn wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your passphrase? Use your recovery key</source>
        <comment>@action:button</comment>
        <translation>Wachtwoordzin vergeten? Gebruik uw herstelsleutel</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="-4"/>
        <location line="+23"/>
        <location filename="../../src/cli/vaultcommands.cpp" line="-124"/>
        <location line="+37"/>
        <location filename="../../src/sync/devicelink.cpp" line="-78"/>
        <location line="+63"/>
        <location filename="../../src/vault/vault.cpp" line="+108"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="+64"/>
        <source>A vault already exists in this folder.</source>
        <translation>Er bestaat al een kluis in deze map.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="-5"/>
        <location filename="../../src/sync/sharing.cpp" line="-101"/>
        <location filename="../../src/vault/invitestore.cpp" line="+63"/>
        <source>This invitation is no longer on this device.</source>
        <translation>Deze uitnodiging staat niet meer op dit toestel.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+261"/>
        <location filename="../../src/vault/keystore.cpp" line="+9"/>
        <location line="+8"/>
        <source>This device has no keystore available.</source>
        <translation>Dit toestel heeft geen sleutelopslag beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keystore.cpp" line="+3"/>
        <source>This device does not remember the vault any more.</source>
        <translation>Dit toestel onthoudt de kluis niet meer.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/recoverykey.cpp" line="+68"/>
        <source>The recovery key contains a character that cannot be in it. Check what you typed.</source>
        <translation>De herstelsleutel bevat een teken dat er niet in kan voorkomen. Controleer wat u hebt getypt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recovery key has 28 characters in seven groups of four. Check what you typed.</source>
        <translation>Een herstelsleutel heeft 28 tekens in zeven groepen van vier. Controleer wat u hebt getypt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This recovery key has a typing mistake in it. Check each group of four characters.</source>
        <translation>Er zit een tikfout in deze herstelsleutel. Controleer elke groep van vier tekens.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/sealedrecord.cpp" line="+22"/>
        <source>The record is malformed.</source>
        <translation>Het item is verkeerd opgebouwd.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+2"/>
        <location filename="../../src/vault/recordstore.cpp" line="+129"/>
        <location filename="../../src/vault/spacekeys.cpp" line="+214"/>
        <location filename="../../src/vault/syncbook.cpp" line="+288"/>
        <source>A record identifier has the wrong size.</source>
        <translation>Een item-ID heeft de verkeerde grootte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is too large to store.</source>
        <translation>Het item is te groot om op te slaan.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The record has an unknown format version.</source>
        <translation>Het item heeft een onbekende formaatversie.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The record failed its integrity check.</source>
        <translation>Het item is niet geslaagd voor de integriteitscontrole.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="+18"/>
        <source>The passphrase or key is not correct.</source>
        <translation>De wachtwoordzin of sleutel is niet juist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../src/vault/secretwrap.cpp" line="+23"/>
        <source>A stored key is damaged.</source>
        <translation>Een opgeslagen sleutel is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-199"/>
        <source>The vault&apos;s passphrase settings are damaged.</source>
        <translation>De wachtwoordzininstellingen van de kluis zijn beschadigd.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultschema.cpp" line="+134"/>
        <location line="+13"/>
        <source>The vault database could not be opened.</source>
        <translation>De databank van de kluis kon niet geopend worden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="+10"/>
        <source>The vault database could not be read.</source>
        <translation>De databank van de kluis kon niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultschema.cpp" line="+13"/>
        <source>This vault was made by a newer version of CareCircle. Please update the app.</source>
        <translation>Deze kluis werd gemaakt met een nieuwere versie van CareCircle. Werk de app bij.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The vault database could not be upgraded.</source>
        <translation>De databank van de kluis kon niet bijgewerkt worden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+357"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="-11"/>
        <location filename="../../src/vault/vaultstate.cpp" line="+65"/>
        <source>The vault is incomplete or damaged.</source>
        <translation>De kluis is onvolledig of beschadigd.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>This way of unlocking is not set up for this vault.</source>
        <translation>Deze manier van ontgrendelen is niet ingesteld voor deze kluis.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="-5"/>
        <source>The vault could not be saved.</source>
        <translation>De kluis kon niet opgeslagen worden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/recordcipher.cpp" line="+22"/>
        <location line="+10"/>
        <source>The record&apos;s sharing space does not exist in this vault.</source>
        <translation>De gedeelde ruimte van het item bestaat niet in deze kluis.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/vault/recordstore.cpp" line="+451"/>
        <location filename="../../src/vault/syncbook.cpp" line="-15"/>
        <source>The record&apos;s header is malformed.</source>
        <translation>De kop van het item is verkeerd opgebouwd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record&apos;s stored identity does not match its content.</source>
        <translation>De opgeslagen identiteit van het item komt niet overeen met de inhoud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/vault/spacekeys.cpp" line="-42"/>
        <location filename="../../src/vault/syncbook.cpp" line="+145"/>
        <source>The key of the record&apos;s space is missing or damaged.</source>
        <translation>De sleutel van de ruimte van het item ontbreekt of is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../src/vault/spacekeys.cpp" line="-35"/>
        <location filename="../../src/vault/vault.cpp" line="-61"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="+47"/>
        <source>The account&apos;s keys are incomplete.</source>
        <translation>De sleutels van de account zijn onvolledig.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-175"/>
        <location filename="../../src/vault/vault.cpp" line="+184"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="-34"/>
        <source>The passphrase settings are out of range.</source>
        <translation>De wachtwoordzininstellingen vallen buiten het geldige bereik.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultsetup.cpp" line="+2"/>
        <source>The vault folder could not be created.</source>
        <translation>De map voor de kluis kon niet aangemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-86"/>
        <source>The vault&apos;s keys could not be created.</source>
        <translation>De sleutels van de kluis konden niet aangemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vault.cpp" line="-79"/>
        <source>There is no vault in this folder.</source>
        <translation>Er is geen kluis in deze map.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+95"/>
        <source>The new passphrase could not be saved. The old one still works.</source>
        <translation>De nieuwe wachtwoordzin kon niet opgeslagen worden. De oude werkt nog.</translation>
    </message>
    <message>
        <location filename="../../src/vault/recordstore.cpp" line="-274"/>
        <location filename="../../src/vault/syncbook.cpp" line="-220"/>
        <source>The record does not exist.</source>
        <translation>Het item bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+74"/>
        <source>The vault&apos;s account keys are damaged.</source>
        <translation>De accountsleutels in de kluis zijn beschadigd.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This device has no signing key yet.</source>
        <translation>Dit toestel heeft nog geen ondertekeningssleutel.</translation>
    </message>
    <message>
        <location filename="../../src/vault/spacekeys.cpp" line="+5"/>
        <source>A different key for this version of the sharing space is already stored.</source>
        <translation>Er is al een andere sleutel bewaard voor deze versie van de gedeelde ruimte.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../../src/app/session/vaultcontroller.cpp" line="+144"/>
        <source>Opening your care plan…</source>
        <translation>Uw zorgplan wordt geopend…</translation>
    </message>
    <message>
        <location line="+420"/>
        <source>A vault is already open.</source>
        <translation>Er is al een kluis geopend.</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Record %1 in space %2: %3</source>
        <translation>Item %1 in ruimte %2: %3</translation>
    </message>
</context>
<context>
    <name>VisibilityControl</name>
    <message>
        <location filename="../../qml/components/controls/VisibilityControl.qml" line="+49"/>
        <source>Who can see this?</source>
        <comment>@label</comment>
        <translation>Wie mag dit zien?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/pages/session/WelcomePage.qml" line="+34"/>
        <source>Welcome</source>
        <comment>@title:window</comment>
        <translation>Welkom</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Welcome to CareCircle</source>
        <comment>@title</comment>
        <translation>Welkom bij CareCircle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CareCircle keeps your care plan, what matters to you and how you are doing in one place, locked on your own device so that only you and the people you choose can read it.</source>
        <comment>@info welcome</comment>
        <translation>CareCircle bewaart uw zorgplan, wat voor u belangrijk is en hoe het met u gaat op één plek, vergrendeld op uw eigen toestel, zodat alleen u en de mensen die u kiest het kunnen lezen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a passphrase</source>
        <comment>@title:group</comment>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passphrase locks your information. A short sentence that only you know works well, for example four words that don’t belong together.</source>
        <comment>@info</comment>
        <translation>Uw wachtwoordzin vergrendelt uw gegevens. Een korte zin die alleen u kent, werkt goed, bijvoorbeeld vier woorden die niet bij elkaar horen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type it again</source>
        <comment>@label:textbox confirm passphrase</comment>
        <translation>Herhaal uw wachtwoordzin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>De twee wachtwoordzinnen zijn nog niet hetzelfde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remember on this device</source>
        <comment>@option:check</comment>
        <translation>Onthouden op dit toestel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You won’t have to type your passphrase on this device: it is kept in the device’s secure keystore. Anyone who can use this device while you are signed in could then open CareCircle.</source>
        <comment>@info remember on device</comment>
        <translation>Dan hoeft u op dit toestel uw wachtwoordzin niet te typen: die wordt bewaard in de beveiligde sleutelopslag van het toestel. Wie dit toestel kan gebruiken terwijl u aangemeld bent, kan dan ook CareCircle openen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no secure keystore that CareCircle can use, so you will type your passphrase each time.</source>
        <comment>@info remember on device unavailable</comment>
        <translation>Dit toestel heeft geen beveiligde sleutelopslag die CareCircle kan gebruiken, dus u typt elke keer uw wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Get started</source>
        <comment>@action:button create the vault</comment>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get started: lock CareCircle with this passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Aan de slag: CareCircle vergrendelen met deze wachtwoordzin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next you will get a recovery key to write down. It lets you back in if you ever forget your passphrase.</source>
        <comment>@info</comment>
        <translation>Daarna krijgt u een herstelsleutel om op te schrijven. Daarmee komt u weer binnen als u ooit uw wachtwoordzin vergeet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already use CareCircle?</source>
        <comment>@title:group</comment>
        <translation>Gebruikt u CareCircle al?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link this device to your account with a code from your other device, or restore your account with your recovery key if you lost your devices.</source>
        <comment>@info</comment>
        <translation>Koppel dit toestel aan uw account met een code van uw andere toestel, of herstel uw account met uw herstelsleutel als u uw toestellen kwijt bent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link this device</source>
        <comment>@action:button</comment>
        <translation>Dit toestel koppelen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore with my recovery key</source>
        <comment>@action:button</comment>
        <translation>Herstellen met mijn herstelsleutel</translation>
    </message>
</context>
<context>
    <name>WorkspaceIdentityCard</name>
    <message>
        <location filename="../../qml/components/cards/WorkspaceIdentityCard.qml" line="+28"/>
        <source>Your name as patients see it</source>
        <comment>@title:group workspace identity</comment>
        <translation>Uw naam zoals patiënten die zien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You comment as</source>
        <comment>@title:group workspace identity</comment>
        <translation>U reageert als</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <comment>@info name · care role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change</source>
        <comment>@action:button workspace identity</comment>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your name or role</source>
        <comment>@action:button accessible</comment>
        <translation>Uw naam of rol wijzigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your patients see this name and role next to your comments. Your name is kept encrypted in your own vault.</source>
        <comment>@info workspace identity</comment>
        <translation>Uw patiënten zien deze naam en rol naast uw reacties. Uw naam wordt versleuteld bewaard in uw eigen kluis.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name</source>
        <comment>@label:textbox</comment>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. dr. An Claes</source>
        <comment>@info:placeholder</comment>
        <translation>bv. dr. An Claes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role in the care team</source>
        <comment>@label:listbox</comment>
        <translation>Uw rol in het zorgteam</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your name and role</source>
        <comment>@action:button accessible</comment>
        <translation>Uw naam en rol opslaan</translation>
    </message>
</context>
<context>
    <name>WorkspaceItemModel</name>
    <message>
        <location filename="../../src/app/workspace/workspaceitemmodel.cpp" line="+37"/>
        <source>Someone in the care circle</source>
        <comment>@info comment author</comment>
        <translation>Iemand uit de zorgkring</translation>
    </message>
</context>
<context>
    <name>careteamdemo</name>
    <message>
        <location filename="../../src/demo/careteamdemo.cpp" line="+98"/>
        <source>No temporary folder.</source>
        <translation>Geen tijdelijke map.</translation>
    </message>
</context>
<context>
    <name>cc::app::CarePlanController</name>
    <message>
        <location filename="../../src/app/plan/careplancontroller.cpp" line="-314"/>
        <location line="+203"/>
        <location line="+53"/>
        <location line="+42"/>
        <source>CareCircle is locked. Unlock it and try again.</source>
        <translation>CareCircle is vergrendeld. Ontgrendel het en probeer opnieuw.</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Please write dates like 2026-11-27.</source>
        <comment>@info date format hint</comment>
        <translation>Schrijf datums zoals 2026-11-27.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The coordinator must be someone in the care team.</source>
        <translation>De coördinator moet iemand uit het zorgteam zijn.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+57"/>
        <source>Start a care plan first.</source>
        <translation>Start eerst een zorgplan.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Write the agreement first.</source>
        <translation>Schrijf eerst de afspraak op.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <location line="+28"/>
        <source>This agreement is no longer in the plan.</source>
        <translation>Deze afspraak staat niet meer in het zorgplan.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>An agreement cannot be empty. To take it out of the plan, remove it.</source>
        <translation>Een afspraak mag niet leeg zijn. Verwijder ze als u ze uit het zorgplan wilt halen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Agreement removed.</source>
        <translation>Afspraak verwijderd.</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+48"/>
        <location line="+42"/>
        <source>This activity is no longer in the plan.</source>
        <translation>Deze activiteit staat niet meer in het zorgplan.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Give the activity a name, for example “Walk to the park”.</source>
        <translation>Geef de activiteit een naam, bijvoorbeeld “Naar het park wandelen”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what kind of activity it is.</source>
        <translation>Kies wat voor soort activiteit het is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the people chosen is no longer in the care team.</source>
        <translation>Een van de gekozen personen zit niet meer in het zorgteam.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You can only mark as done what already happened.</source>
        <translation>U kunt alleen als gedaan aanduiden wat al gebeurd is.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Marked “%1” as done.</source>
        <translation>“%1” aangeduid als gedaan.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed “%1”.</source>
        <translation>“%1” verwijderd.</translation>
    </message>
</context>
<context>
    <name>cc::app::CareTeamController</name>
    <message>
        <location filename="../../src/app/team/careteamcontroller.cpp" line="-45"/>
        <location line="+26"/>
        <location line="+33"/>
        <source>CareCircle is locked. Unlock it and try again.</source>
        <translation>CareCircle is vergrendeld. Ontgrendel het en probeer opnieuw.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+25"/>
        <location line="+32"/>
        <source>This person is no longer in the care team.</source>
        <translation>Deze persoon zit niet meer in het zorgteam.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>This is your own entry: its role stays “patient”.</source>
        <translation>Dit is uw eigen vermelding: de rol blijft “patiënt”.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is you. Your own entry stays in your care team; you can change your name instead.</source>
        <translation>Dit bent u. Uw eigen vermelding blijft in uw zorgteam; u kunt wel uw naam wijzigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed %1 from your care team.</source>
        <translation>%1 uit uw zorgteam verwijderd.</translation>
    </message>
</context>
<context>
    <name>cc::app::CheckInController</name>
    <message>
        <location filename="../../src/app/checkin/checkincontroller.cpp" line="+286"/>
        <location line="+115"/>
        <source>Unlock CareCircle first.</source>
        <translation>Ontgrendel eerst CareCircle.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Give at least one rating before saving.</source>
        <translation>Geef minstens één score voordat u opslaat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a rating for each part you want to discuss or write about.</source>
        <translation>Geef een score voor elk levensdomein dat u wilt bespreken of waarover u iets schrijft.</translation>
    </message>
</context>
<context>
    <name>cc::app::CheckInHistoryShare</name>
    <message>
        <location filename="../../src/app/sharing/checkinhistoryshare.cpp" line="+93"/>
        <source>Enter the day from which to share your check-ins.</source>
        <comment>@info error</comment>
        <translation>Vul de dag in vanaf wanneer u uw check-ins wilt delen.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>You have no private check-ins since that day.</source>
        <comment>@info error</comment>
        <translation>Sinds die dag hebt u geen check-ins meer die privé zijn.</translation>
    </message>
</context>
<context>
    <name>cc::app::CommentModel</name>
    <message>
        <location filename="../../src/app/sharing/commentmodel.cpp" line="+55"/>
        <source>Check-in of %1</source>
        <translation>Check-in van %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown person</source>
        <translation>Onbekende persoon</translation>
    </message>
</context>
<context>
    <name>cc::app::CommentThread</name>
    <message>
        <location line="+123"/>
        <source>This item no longer exists.</source>
        <translation>Dit item bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write something first.</source>
        <translation>Schrijf eerst iets.</translation>
    </message>
</context>
<context>
    <name>cc::app::ConflictListModel</name>
    <message>
        <location filename="../../src/app/sync/conflictscontroller.cpp" line="-89"/>
        <source>Goal “%1”</source>
        <translation>Doel “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity “%1”</source>
        <translation>Activiteit “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care team: %1</source>
        <translation>Zorgteam: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care plan “%1”</source>
        <translation>Zorgplan “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile</source>
        <translation>Uw profiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record that was deleted since</source>
        <translation>Een item dat intussen verwijderd werd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to me</source>
        <translation>Wat voor mij belangrijk is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Streefdoel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Notes on what was done</source>
        <translation>Notities over wat gedaan is</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreements</source>
        <translation>Gemaakte afspraken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to reach them</source>
        <translation>Hoe u ze kunt bereiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Written %1; replaced by an edit from %2.</source>
        <translation>Geschreven op %1; vervangen door een wijziging van %2.</translation>
    </message>
</context>
<context>
    <name>cc::app::ConflictsController</name>
    <message>
        <location line="+51"/>
        <location line="+19"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle is vergrendeld.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+19"/>
        <source>This text is no longer waiting for review.</source>
        <translation>Deze tekst wacht niet meer om nagekeken te worden.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This text cannot be put back by itself. Copy it and edit the record instead.</source>
        <translation>Deze tekst kan niet zomaar teruggezet worden. Kopieer hem en bewerk het item zelf.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Overwritten text let go.</source>
        <translation>Overschreven tekst losgelaten.</translation>
    </message>
</context>
<context>
    <name>cc::app::DeviceListModel</name>
    <message>
        <location filename="../../src/app/sync/devicelistmodel.cpp" line="+30"/>
        <source>Unnamed device</source>
        <translation>Toestel zonder naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed on %1</source>
        <translation>Verwijderd op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked on %1</source>
        <translation>Gekoppeld op %1</translation>
    </message>
</context>
<context>
    <name>cc::app::GoalsController</name>
    <message>
        <location filename="../../src/app/goals/goalscontroller.cpp" line="+265"/>
        <location line="+62"/>
        <source>Write in your own words what matters to you: that is the heart of a goal.</source>
        <translation>Schrijf in uw eigen woorden wat voor u belangrijk is: dat is de kern van een doel.</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+59"/>
        <source>Choose the part of life this goal is about.</source>
        <translation>Kies het levensdomein waarover dit doel gaat.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The target date is not a real day. Check the day, month and year.</source>
        <translation>De streefdatum is geen echte dag. Controleer de dag, de maand en het jaar.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+50"/>
        <location line="+63"/>
        <source>CareCircle is locked. Unlock it to save your goal.</source>
        <translation>CareCircle is vergrendeld. Ontgrendel het om uw doel op te slaan.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+24"/>
        <location line="+39"/>
        <location line="+23"/>
        <source>This goal no longer exists.</source>
        <translation>Dit doel bestaat niet meer.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>CareCircle is locked. Unlock it to delete the goal.</source>
        <translation>CareCircle is vergrendeld. Ontgrendel het om het doel te verwijderen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no deleted goal to bring back.</source>
        <translation>Er is geen verwijderd doel om terug te zetten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This step no longer exists.</source>
        <translation>Deze stap bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CareCircle is locked. Unlock it to log progress.</source>
        <translation>CareCircle is vergrendeld. Ontgrendel het om voortgang te noteren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a rating from %1 to %2.</source>
        <translation>Kies een score van %1 tot %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date is not a real day. Check the day, month and year.</source>
        <translation>De datum is geen echte dag. Controleer de dag, de maand en het jaar.</translation>
    </message>
</context>
<context>
    <name>cc::app::PatientListModel</name>
    <message>
        <location filename="../../src/app/workspace/patientlistmodel.cpp" line="+18"/>
        <source>born %1</source>
        <comment>@info a patient&apos;s birth year in My patients</comment>
        <translation>geboren in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account %1</source>
        <comment>@info a short account id telling two patients apart</comment>
        <translation>account %1</translation>
    </message>
</context>
<context>
    <name>cc::app::ProgressHistoryModel</name>
    <message>
        <location filename="../../src/app/goals/progresshistorymodel.cpp" line="+99"/>
        <source>Unknown person</source>
        <translation>Onbekende persoon</translation>
    </message>
</context>
<context>
    <name>cc::app::Session</name>
    <message>
        <location filename="../../src/app/session/session.cpp" line="+82"/>
        <source>%1 for %2</source>
        <comment>@label who acted (1) for which patient (2), e.g. Els Peeters for Maria</comment>
        <translation>%1 voor %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role in this person&apos;s care does not allow this change.</source>
        <comment>@info</comment>
        <translation>Uw rol in de zorg voor deze persoon laat deze wijziging niet toe.</translation>
    </message>
</context>
<context>
    <name>cc::app::SharingController</name>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="-135"/>
        <source>%1 was added.</source>
        <translation>%1 is toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="+134"/>
        <location line="+108"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A space without a name</source>
        <translation>Een ruimte zonder naam</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only you</source>
        <translation>Alleen u</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You and %1</source>
        <translation>U en %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You and %n others</source>
        <translation>
            <numerusform>U en %n andere</numerusform>
            <numerusform>U en %n anderen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/checkinhistoryshare.cpp" line="-5"/>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="-55"/>
        <location line="+62"/>
        <location line="+12"/>
        <location line="+19"/>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="-89"/>
        <location line="+92"/>
        <source>That space no longer exists.</source>
        <translation>Die ruimte bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="+16"/>
        <source>You</source>
        <translation>Uzelf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone you invited (%1)</source>
        <translation>Iemand die u uitnodigde (%1)</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteamrules.cpp" line="+6"/>
        <source>New member</source>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="+101"/>
        <location filename="../../src/app/sharing/joinflow.cpp" line="+61"/>
        <location line="+71"/>
        <location filename="../../src/app/sharing/spacemembers.cpp" line="+213"/>
        <source>Connect CareCircle to your server first (Settings → Sync and devices).</source>
        <translation>Verbind CareCircle eerst met uw server (Instellingen → Synchronisatie en toestellen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or make a space to share first; your private space stays yours alone.</source>
        <translation>Kies of maak eerst een ruimte om te delen; uw privéruimte blijft alleen van u.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what the person may do.</source>
        <translation>Kies wat de persoon mag doen.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/spacemembers.cpp" line="-56"/>
        <source>Choose a day from today on.</source>
        <translation>Kies een dag vanaf vandaag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 receives nothing new after %2.</source>
        <translation>%1 krijgt na %2 niets nieuws meer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no end date now.</source>
        <translation>%1 heeft nu geen einddatum.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was removed. From now on they receive nothing new from this space; what they already saw stays with them.</source>
        <translation>%1 is verwijderd. Vanaf nu krijgt die persoon niets nieuws meer uit deze ruimte; wat die al zag, blijft bij hem of haar.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your devices</source>
        <translation>Uw toestellen</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/joinflow.cpp" line="-66"/>
        <source>That code is not complete or has a typo. Check it with the person who invited you.</source>
        <translation>Die code is niet volledig of bevat een tikfout. Controleer hem samen met de persoon die u uitnodigde.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Write your name as %1 knows you.</source>
        <translation>Schrijf uw naam zoals %1 u kent.</translation>
    </message>
</context>
<context>
    <name>cc::app::SpaceMembers</name>
    <message>
        <location filename="../../src/app/sharing/spacemembers.cpp" line="-103"/>
        <source>%1: %2.</source>
        <comment>@info a member&apos;s name and what they may now do (e.g. May only read)</comment>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>For %n day(s), until %1</source>
        <comment>@option:radio membership end, %1 the last day</comment>
        <translation>
            <numerusform>%n dag, tot en met %1</numerusform>
            <numerusform>%n dagen, tot en met %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::app::SyncController</name>
    <message>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+136"/>
        <source>Not connected: everything stays on this device.</source>
        <translation>Niet verbonden: alles blijft op dit toestel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected; sync starts in a moment.</source>
        <translation>Verbonden; de synchronisatie start zo meteen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing… %1 %</source>
        <translation>Synchroniseren… %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to date</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: your changes are kept on this device and sent later.</source>
        <translation>Offline: uw wijzigingen worden op dit toestel bewaard en later verstuurd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync needs your attention.</source>
        <translation>De synchronisatie vraagt uw aandacht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last synced at %1</source>
        <translation>Laatst gesynchroniseerd om %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced on %1</source>
        <translation>Laatst gesynchroniseerd op %1</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelinkflow.cpp" line="+124"/>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+37"/>
        <source>Type the server&apos;s full address, starting with https://.</source>
        <translation>Typ het volledige adres van de server, beginnend met https://.</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+4"/>
        <source>Connecting to the server…</source>
        <translation>Verbinden met de server…</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelist.cpp" line="+55"/>
        <source>Removing the device…</source>
        <translation>Het toestel wordt verwijderd…</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelinkflow.cpp" line="-46"/>
        <source>The new device is linked. It now holds the same care plan as this one.</source>
        <translation>Het nieuwe toestel is gekoppeld. Er staat nu hetzelfde zorgplan op als op dit toestel.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This code is not complete or has a typo. Compare it with the other device.</source>
        <translation>Deze code is niet volledig of bevat een tikfout. Vergelijk hem met het andere toestel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Protecting this device with your passphrase…</source>
        <translation>Dit toestel wordt beveiligd met uw wachtwoordzin…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Waiting for your other device to send the care plan…</source>
        <translation>Wachten tot uw andere toestel het zorgplan stuurt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This recovery key is not complete or has a typo. Check each group of four.</source>
        <translation>Deze herstelsleutel is niet volledig of bevat een tikfout. Controleer elke groep van vier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring your account from the server…</source>
        <translation>Uw account wordt hersteld vanaf de server…</translation>
    </message>
</context>
<context>
    <name>cc::app::VaultController</name>
    <message>
        <location filename="../../src/app/session/vaultcontroller.cpp" line="+189"/>
        <location line="+226"/>
        <source>Choose a stronger passphrase: a short sentence of four or more words works well.</source>
        <translation>Kies een sterkere wachtwoordzin: een korte zin van vier of meer woorden werkt goed.</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Creating your vault…</source>
        <translation>Uw kluis wordt aangemaakt…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type your passphrase to unlock.</source>
        <translation>Typ uw wachtwoordzin om te ontgrendelen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>Die wachtwoordzin klopt niet. Kijk na of Caps Lock aanstaat en probeer opnieuw.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This recovery key does not belong to this vault.</source>
        <translation>Deze herstelsleutel hoort niet bij deze kluis.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a stronger new passphrase: a short sentence of four or more words works well.</source>
        <translation>Kies een sterkere nieuwe wachtwoordzin: een korte zin van vier of meer woorden werkt goed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changing your passphrase…</source>
        <translation>Uw wachtwoordzin wordt gewijzigd…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your current passphrase is not correct. Nothing was changed.</source>
        <translation>Uw huidige wachtwoordzin klopt niet. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking your passphrase…</source>
        <translation>Uw wachtwoordzin wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That passphrase is not correct.</source>
        <translation>Die wachtwoordzin klopt niet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This device has no keystore that CareCircle can use.</source>
        <translation>Dit toestel heeft geen sleutelopslag die CareCircle kan gebruiken.</translation>
    </message>
</context>
<context>
    <name>cc::app::WorkspaceController</name>
    <message>
        <location filename="../../src/app/workspace/workspacecontroller.cpp" line="+264"/>
        <source>Patient %1</source>
        <comment>@label a patient without a name, with a short id</comment>
        <translation>Patiënt %1</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Unlock CareCircle first.</source>
        <comment>@info</comment>
        <translation>Ontgrendel eerst CareCircle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the name patients know you by.</source>
        <comment>@info</comment>
        <translation>Schrijf de naam waaronder patiënten u kennen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose your role in the care team.</source>
        <comment>@info</comment>
        <translation>Kies uw rol in het zorgteam.</translation>
    </message>
    <message>
        <location line="-479"/>
        <location line="+21"/>
        <location line="+468"/>
        <location line="+61"/>
        <source>Open a patient first.</source>
        <comment>@info</comment>
        <translation>Open eerst een patiënt.</translation>
    </message>
    <message>
        <location line="-548"/>
        <location line="+489"/>
        <source>Say first how patients see you: your name and your role.</source>
        <comment>@info</comment>
        <translation>Zeg eerst hoe patiënten u zien: uw naam en uw rol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your comment first.</source>
        <comment>@info</comment>
        <translation>Schrijf eerst uw reactie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This item is no longer shared with you.</source>
        <comment>@info</comment>
        <translation>Dit item wordt niet meer met u gedeeld.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>agenda</source>
        <comment>@info file name of the meeting agenda</comment>
        <translation>agenda</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose where to save the agenda.</source>
        <comment>@info</comment>
        <translation>Kies waar u de agenda wilt opslaan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda saved to %1.</source>
        <comment>@info</comment>
        <translation>Agenda opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>cc::interop</name>
    <message>
        <location filename="../../src/interop/agendaexport.cpp" line="+45"/>
        <source>about the goal “%1”</source>
        <comment>@info agenda</comment>
        <translation>over het doel “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about the check-in of %1</source>
        <comment>@info agenda</comment>
        <translation>over de check-in van %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about “%1”</source>
        <comment>@info agenda: a plan activity</comment>
        <translation>over “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone in the care circle</source>
        <comment>@info agenda: unknown comment author</comment>
        <translation>Iemand uit de zorgkring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <comment>@info agenda: name (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 for %2</source>
        <comment>@info agenda: who acted (1) for the patient (2)</comment>
        <translation>%1 voor %2</translation>
    </message>
</context>
<context>
    <name>cc::interop::AgendaExport</name>
    <message>
        <location line="+8"/>
        <source>Meeting agenda: %1</source>
        <comment>@title agenda, with the patient&apos;s name</comment>
        <translation>Agenda voor het overleg: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on %1 from what %2 shared in CareCircle.</source>
        <comment>@info agenda</comment>
        <translation>Opgemaakt op %1 op basis van wat %2 in CareCircle deelde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What matters to me — in the patient&apos;s own words</source>
        <comment>@title agenda section</comment>
        <translation>Wat voor mij belangrijk is — in de eigen woorden van de patiënt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals shared.</source>
        <comment>@info agenda</comment>
        <translation>Geen doelen gedeeld.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>target: %1</source>
        <comment>@info agenda</comment>
        <translation>streefdoel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <comment>@info agenda: target date</comment>
        <translation>tegen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last changed by %1</source>
        <comment>@info agenda</comment>
        <translation>laatst gewijzigd door %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flagged needs</source>
        <comment>@title agenda section</comment>
        <translation>Gesignaleerde noden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing flagged.</source>
        <comment>@info agenda</comment>
        <translation>Niets gesignaleerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 got worse: %2 out of 10, before about %3</source>
        <comment>@info agenda: domain, rating, mean</comment>
        <translation>%1 ging achteruit: %2 op 10, eerder ongeveer %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>latest check-in against the ones before</source>
        <comment>@info agenda</comment>
        <translation>laatste check-in tegenover de vorige</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: wants to discuss this</source>
        <comment>@info agenda: domain</comment>
        <translation>%1: wil dit bespreken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-in of %1</source>
        <comment>@info agenda</comment>
        <translation>check-in van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (check-in of %2)</source>
        <comment>@info agenda: note, date</comment>
        <translation>“%1” (check-in van %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The care plan&apos;s review date has passed</source>
        <comment>@info agenda</comment>
        <translation>De evaluatiedatum van het zorgplan is voorbij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned for %1</source>
        <comment>@info agenda</comment>
        <translation>gepland op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal getting harder: “%1”</source>
        <comment>@info agenda</comment>
        <translation>Doel wordt moeilijker: “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Open questions (last %n day(s))</source>
        <comment>@title agenda section</comment>
        <translation>
            <numerusform>Open vragen (laatste %n dag)</numerusform>
            <numerusform>Open vragen (laatste %n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comments or questions in this time.</source>
        <comment>@info agenda</comment>
        <translation>Geen reacties of vragen in deze periode.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2</source>
        <comment>@info agenda: author, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I would like to discuss this.</source>
        <comment>@info agenda: a want-to-discuss mark without a note</comment>
        <translation>Ik wil dit graag bespreken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, check-in of %2</source>
        <comment>@info agenda: domain, date</comment>
        <translation>%1, check-in van %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filled in by %1</source>
        <comment>@info agenda</comment>
        <translation>ingevuld door %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+12"/>
        <location line="+14"/>
        <source>Could not save the agenda to %1: %2</source>
        <comment>@info</comment>
        <translation>Kon de agenda niet opslaan in %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+53"/>
        <source>Creating the demo vault in %1 …</source>
        <translation>De demokluis wordt aangemaakt in %1 …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the care-team demo vault in %1 …</source>
        <translation>De demokluis voor het zorgteam wordt aangemaakt in %1 …</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no vault in %1.</source>
        <translation>Er staat geen kluis in %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/core/screenshot.cpp" line="+30"/>
        <source>Could not save the screenshot to %1.</source>
        <translation>De schermafbeelding kon niet opgeslagen worden in %1.</translation>
    </message>
</context>
</TS>
