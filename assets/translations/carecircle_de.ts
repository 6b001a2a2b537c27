<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
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
        <translation>mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeats</source>
        <comment>@info recurring activity</comment>
        <translation>regelmäßig</translation>
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
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This activity is no longer in the plan</source>
        <comment>@info</comment>
        <translation>Diese Aktivität steht nicht mehr im Plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next: %1</source>
        <comment>@info next date of an activity</comment>
        <translation>Nächstes Mal: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No next date</source>
        <comment>@info activity without a next date</comment>
        <translation>Kein nächster Termin</translation>
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
        <translation>Wer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who: not chosen yet</source>
        <comment>@info</comment>
        <translation>Wer: noch nicht ausgewählt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last changed by %1</source>
        <comment>@info who last changed it, e.g. Els Peeters for Maria</comment>
        <translation>Zuletzt geändert von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For: %1</source>
        <comment>@info goals the activity serves</comment>
        <translation>Für: %1</translation>
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
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this activity</source>
        <comment>@action:button accessible</comment>
        <translation>Diese Aktivität bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <comment>@action:button</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this activity from the plan</source>
        <comment>@action:button accessible</comment>
        <translation>Diese Aktivität aus dem Plan entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this right after</source>
        <comment>@info accessible</comment>
        <translation>Sie können das direkt danach rückgängig machen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done</source>
        <comment>@title:group done log</comment>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did it go?</source>
        <comment>@info:placeholder</comment>
        <translation>Wie ist es gelaufen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done today</source>
        <comment>@action:button</comment>
        <translation>Heute erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done today ✓</source>
        <comment>@action:button already marked</comment>
        <translation>Heute erledigt ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as done today</source>
        <comment>@action:button accessible</comment>
        <translation>Als heute erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already marked as done today</source>
        <comment>@info accessible</comment>
        <translation>Bereits als heute erledigt markiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not done yet</source>
        <comment>@info empty done log</comment>
        <translation>Noch nicht erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each time you mark it as done, the day and your note are kept here, so you and your care team can see how it goes.</source>
        <comment>@info empty done log</comment>
        <translation>Jedes Mal, wenn Sie die Aktivität als erledigt markieren, werden hier der Tag und Ihre Notiz festgehalten. So sehen Sie und Ihr Versorgungsteam, wie es läuft.</translation>
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
            <numerusform>Frühere Einträge anzeigen (noch %n)</numerusform>
            <numerusform>Frühere Einträge anzeigen (noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When someone in your care circle comments on this part of your plan, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Wenn jemand, der Sie begleitet, diesen Teil Ihres Plans kommentiert, lesen Sie es hier.</translation>
    </message>
</context>
<context>
    <name>ActivityEditorPage</name>
    <message>
        <location filename="../../qml/pages/plan/ActivityEditorPage.qml" line="+69"/>
        <source>New activity</source>
        <comment>@title:window</comment>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit activity</source>
        <comment>@title:window</comment>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>What is it?</source>
        <comment>@label:textbox activity title</comment>
        <translation>Worum geht es?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Walk to the park</source>
        <comment>@info:placeholder</comment>
        <translation>Zum Beispiel: Spaziergang zum Park</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind</source>
        <comment>@label:listbox activity kind</comment>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Who does it?</source>
        <comment>@label</comment>
        <translation>Wer macht es?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the people in your care team first; then you can choose them here.</source>
        <comment>@info</comment>
        <translation>Fügen Sie zuerst die Personen Ihres Versorgungsteams hinzu; dann können Sie sie hier auswählen.</translation>
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
        <translation>Wann?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Once, on one day</source>
        <comment>@option:radio</comment>
        <translation>Einmalig, an einem Tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It repeats</source>
        <comment>@option:radio</comment>
        <translation>Regelmäßig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When needed, no fixed day</source>
        <comment>@option:radio</comment>
        <translation>Bei Bedarf, ohne festen Tag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day</source>
        <comment>@label:textbox</comment>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Days</source>
        <comment>@item:inlistbox unit of an every-N schedule</comment>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <comment>@item:inlistbox unit of an every-N schedule</comment>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Every</source>
        <comment>@label:textbox every N days or weeks</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days or weeks</source>
        <comment>@label:listbox</comment>
        <translation>Tage oder Wochen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only on these days (optional)</source>
        <comment>@label</comment>
        <translation>Nur an diesen Tagen (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On these days</source>
        <comment>@label</comment>
        <translation>An diesen Tagen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>From</source>
        <comment>@label:textbox first day</comment>
        <translation>Ab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until (optional)</source>
        <comment>@label:textbox last day</comment>
        <translation>Bis (optional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Uhrzeit (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HH:MM</source>
        <comment>@info:placeholder time</comment>
        <translation>HH:MM</translation>
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
        <translation>Zeitplan: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the activity</source>
        <comment>@action:button accessible</comment>
        <translation>Aktivität speichern</translation>
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
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions for the agreement “%1”</source>
        <comment>@action:button accessible</comment>
        <translation>Aktionen für die Vereinbarung „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit</source>
        <comment>@action:inmenu</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move up</source>
        <comment>@action:inmenu</comment>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move down</source>
        <comment>@action:inmenu</comment>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove</source>
        <comment>@action:inmenu</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the agreement</source>
        <comment>@action:inmenu accessible</comment>
        <translation>Vereinbarung entfernen</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/AgreementDialog.qml" line="+41"/>
        <source>Edit agreement</source>
        <comment>@title:window</comment>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Agreement</source>
        <comment>@label</comment>
        <translation>Vereinbarung</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../../src/app/core/appoptions.cpp" line="+14"/>
        <source>CareCircle: your care plan, goals and check-ins, encrypted on this device.</source>
        <translation>CareCircle: Ihr Versorgungsplan, Ihre Ziele und Check-ins, verschlüsselt auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the vault in folder &lt;dir&gt;.</source>
        <translation>Den Tresor im Ordner &lt;dir&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the local demo vault (made if missing).</source>
        <translation>Den lokalen Demo-Tresor öffnen (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the care-team demo: a GP&apos;s vault with three patients (made if missing).</source>
        <translation>Die Demo für das Versorgungsteam öffnen: der Tresor einer Hausarztpraxis mit drei Patientinnen/Patienten (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the caregiver demo: Els&apos;s tablet, acting for Maria as editor (made if missing).</source>
        <translation>Die Demo für pflegende Angehörige öffnen: das Tablet von Els, die für Maria bearbeiten darf (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render, save a PNG to &lt;file&gt;, exit.</source>
        <translation>Darstellen, als PNG unter &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size, e.g. 390x844.</source>
        <translation>Fenstergröße, z. B. 390x844.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page to show in screenshot mode.</source>
        <translation>Seite, die im Screenshot-Modus angezeigt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load every page and exit; non-zero on any QML error or warning. With --vault, walk that demo vault instead of a new one.</source>
        <translation>Alle Seiten laden und beenden; Rückgabewert ungleich null bei jedem QML-Fehler und jeder QML-Warnung. Mit --vault diesen Demo-Tresor durchgehen statt eines neuen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --self-test: print the resident memory once every page was opened.</source>
        <translation>Mit --self-test: den belegten Arbeitsspeicher ausgeben, sobald jede Seite geöffnet wurde.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 390x844.</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 390x844.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../qml/components/shell/AppShell.qml" line="+48"/>
        <source>My patients</source>
        <comment>@title:navigation</comment>
        <translation>Patientenliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Patientenliste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home</source>
        <comment>@title:navigation</comment>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Heute</translation>
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
        <translation>Versorgungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <comment>@title:navigation</comment>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Settings</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Einstellungen</translation>
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
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trends</source>
        <comment>@title:navigation</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Care team</source>
        <comment>@title:navigation</comment>
        <translation>Versorgungsteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <comment>@title:navigation</comment>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>AttentionFlag</name>
    <message>
        <location filename="../../qml/components/controls/AttentionFlag.qml" line="+28"/>
        <source>Worse lately: %1</source>
        <comment>@info attention flag, check-in domains</comment>
        <translation>Zuletzt schlechter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wants to discuss: %1</source>
        <comment>@info attention flag, check-in domains</comment>
        <translation>Möchte besprechen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan review overdue since %1</source>
        <comment>@info attention flag, a date</comment>
        <translation>Überprüfung des Plans überfällig seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal is getting harder</source>
        <comment>@info attention flag</comment>
        <translation>Ein Ziel fällt schwerer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Goals getting harder: %n</source>
        <comment>@info attention flag, a count</comment>
        <translation>
            <numerusform>Ziele, die schwerer fallen: %n</numerusform>
            <numerusform>Ziele, die schwerer fallen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../../qml/components/controls/BusyOverlay.qml" line="+18"/>
        <source>Please wait</source>
        <comment>@info busy</comment>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please wait…</source>
        <comment>@info busy</comment>
        <translation>Bitte warten…</translation>
    </message>
</context>
<context>
    <name>CarePlanController</name>
    <message>
        <location filename="../../src/app/plan/careplancontroller.cpp" line="+296"/>
        <source>The care plan is gone.</source>
        <translation>Den Versorgungsplan gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Please write the time like 08:30.</source>
        <translation>Bitte schreiben Sie die Uhrzeit so: 08:30.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please give the day, like 2026-11-27.</source>
        <translation>Bitte geben Sie den Tag an, etwa 2026-11-27.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please give the first day like 2026-11-27.</source>
        <translation>Bitte geben Sie den ersten Tag an, etwa 2026-11-27.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please give the last day like 2026-11-27, or leave it empty.</source>
        <translation>Bitte geben Sie den letzten Tag an, etwa 2026-11-27, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last day comes before the first day.</source>
        <translation>Der letzte Tag liegt vor dem ersten Tag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“Every” must be a number from 1 to 52 weeks or 365 days.</source>
        <translation>„Alle“ muss eine Zahl sein: bei Wochen von 1 bis 52, bei Tagen von 1 bis 365.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose the days of the week again.</source>
        <translation>Bitte wählen Sie die Wochentage noch einmal aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one day of the week.</source>
        <translation>Wählen Sie mindestens einen Wochentag aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose when it happens.</source>
        <translation>Wählen Sie aus, wann es stattfindet.</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+28"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteamrules.cpp" line="+31"/>
        <source>Me</source>
        <comment>@label the patient&apos;s own entry in the care team</comment>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <location filename="../../qml/pages/plan/CarePlanPage.qml" line="+65"/>
        <source>Care plan</source>
        <comment>@title:window</comment>
        <translation>Versorgungsplan</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No care plan yet</source>
        <comment>@title:group</comment>
        <translation>Noch kein Versorgungsplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your care plan brings everything together</source>
        <comment>@info empty plan</comment>
        <translation>Ihr Versorgungsplan bringt alles zusammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what you and your care team agreed: who coordinates your care, when you next review it together (often at the multidisciplinary meeting), the agreements you made and the activities, from home-nurse visits to the walks you take yourself.</source>
        <comment>@info empty plan</comment>
        <translation>Schreiben Sie auf, was Sie mit Ihrem Versorgungsteam vereinbart haben: wer Ihre Versorgung koordiniert, wann Sie den Plan das nächste Mal gemeinsam überprüfen (oft bei der multidisziplinären Besprechung), Ihre Vereinbarungen und die Aktivitäten – von den Besuchen der häuslichen Pflegekraft bis zu den Spaziergängen, die Sie selbst machen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start my care plan</source>
        <comment>@action:button</comment>
        <translation>Meinen Versorgungsplan beginnen</translation>
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
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since %1</source>
        <comment>@info plan period</comment>
        <translation>Seit %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordinated by %1 (%2)</source>
        <comment>@info plan coordinator, role</comment>
        <translation>Koordiniert von %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody coordinates your care yet. Often this is your case manager; you can choose them in your care team.</source>
        <comment>@info plan without coordinator</comment>
        <translation>Noch niemand koordiniert Ihre Versorgung. Oft ist das Ihre Case-Managerin/Ihr Case-Manager; Sie können diese Person in Ihrem Versorgungsteam auswählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next review with your care team: %1</source>
        <comment>@info plan review, often the multidisciplinary meeting</comment>
        <translation>Nächste Besprechung mit Ihrem Versorgungsteam: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review date yet. Add the date of the next multidisciplinary meeting when it is set.</source>
        <comment>@info plan review</comment>
        <translation>Noch kein Besprechungstermin. Tragen Sie das Datum der nächsten multidisziplinären Besprechung ein, sobald es feststeht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit plan</source>
        <comment>@action:button</comment>
        <translation>Plan bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the care plan’s title, status, dates and coordinator</source>
        <comment>@action:button accessible</comment>
        <translation>Titel, Status, Zeitraum und Koordination des Versorgungsplans bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements</source>
        <comment>@title:group</comment>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agreements yet</source>
        <comment>@info empty agreements</comment>
        <translation>Noch keine Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what you agreed with your care team, in your own words: “The nurse comes before 9”, “I call my daughter when I feel dizzy”.</source>
        <comment>@info empty agreements</comment>
        <translation>Schreiben Sie in Ihren eigenen Worten auf, was Sie mit Ihrem Versorgungsteam vereinbart haben: „Die Pflegekraft kommt vor 9 Uhr“, „Ich rufe meine Tochter an, wenn mir schwindlig ist“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A new agreement</source>
        <comment>@info:placeholder</comment>
        <translation>Eine neue Vereinbarung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New agreement</source>
        <comment>@label accessible</comment>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <comment>@action:button</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the agreement</source>
        <comment>@action:button accessible</comment>
        <translation>Vereinbarung hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activities</source>
        <comment>@title:group</comment>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New activity</source>
        <comment>@action:button</comment>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new activity to the care plan</source>
        <comment>@action:button accessible</comment>
        <translation>Eine neue Aktivität zum Versorgungsplan hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No activities yet</source>
        <comment>@info empty activities</comment>
        <translation>Noch keine Aktivitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what happens in your care: the home nurse’s visits, your physiotherapy exercises, a check-up at the hospital, coffee with a friend. Then tap “Done today” when you did it.</source>
        <comment>@info empty activities</comment>
        <translation>Tragen Sie ein, was zu Ihrer Versorgung gehört: die Besuche der häuslichen Pflegekraft, Ihre Übungen aus der Physiotherapie, eine Kontrolle im Krankenhaus, einen Kaffee mit einer Freundin. Tippen Sie dann auf „Heute erledigt“, wenn Sie es getan haben.</translation>
    </message>
</context>
<context>
    <name>CareTeamController</name>
    <message>
        <location filename="../../src/app/team/careteamcontroller.cpp" line="+141"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="+243"/>
        <location filename="../../src/domain/careteamrules.cpp" line="+10"/>
        <location line="+83"/>
        <source>This person is no longer in the care team.</source>
        <translation>Diese Person gehört nicht mehr zum Versorgungsteam.</translation>
    </message>
</context>
<context>
    <name>CareTeamPage</name>
    <message>
        <location filename="../../qml/pages/team/CareTeamPage.qml" line="+43"/>
        <source>Care team</source>
        <comment>@title:window</comment>
        <translation>Versorgungsteam</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 coordinates your care. Ask them first when something needs to be arranged.</source>
        <comment>@info</comment>
        <translation>%1 koordiniert Ihre Versorgung. Wenden Sie sich zuerst an diese Person, wenn etwas geregelt werden muss.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who coordinates your care, often your case manager: open the menu next to their name.</source>
        <comment>@info</comment>
        <translation>Wählen Sie aus, wer Ihre Versorgung koordiniert, oft ist das Ihre Case-Managerin/Ihr Case-Manager: Öffnen Sie dazu das Menü neben dem Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a person</source>
        <comment>@action:button</comment>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to your care team</source>
        <comment>@action:button accessible</comment>
        <translation>Eine Person zu Ihrem Versorgungsteam hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who helps you?</source>
        <comment>@title:group empty team</comment>
        <translation>Wer hilft Ihnen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the people who care for you: your family doctor, the home nurse, the pharmacist, your case manager, and the family members or friends who help. Write down how to reach them, so everything is in one place.</source>
        <comment>@info empty team</comment>
        <translation>Tragen Sie die Menschen ein, die sich um Sie kümmern: Ihre Hausarztpraxis, die häusliche Pflegekraft, die Apotheke, Ihre Case-Managerin/Ihren Case-Manager und die Angehörigen oder Freundinnen/Freunde, die Ihnen helfen. Notieren Sie, wie sie erreichbar sind, damit alles an einem Ort ist.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, former member</source>
        <comment>@info accessible</comment>
        <translation>%1, ehemaliges Mitglied</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Former member: no longer in any space you share, so receives nothing new.</source>
        <comment>@info care team card</comment>
        <translation>Ehemaliges Mitglied: in keinem Kreis mehr, den Sie teilen, und erhält daher nichts Neues mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses CareCircle: sees what you share with them.</source>
        <comment>@info care team card</comment>
        <translation>Nutzt CareCircle: sieht, was Sie mit dieser Person teilen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These are your own notes about your care team. Inviting someone to see your plan comes with sharing.</source>
        <comment>@info</comment>
        <translation>Das sind Ihre eigenen Notizen zu Ihrem Versorgungsteam. Andere Personen zum Ansehen Ihres Plans einladen können Sie unter „Freigabe“.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/ChangePassphraseDialog.qml" line="+39"/>
        <source>Change your passphrase</source>
        <comment>@title:window</comment>
        <translation>Ihre Passphrase ändern</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Your information stays as it is; only the passphrase that opens it changes. Your recovery key keeps working.</source>
        <comment>@info change passphrase</comment>
        <translation>Ihre Informationen bleiben, wie sie sind; nur die Passphrase, mit der Sie sie öffnen, ändert sich. Ihr Wiederherstellungsschlüssel funktioniert weiterhin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New passphrase again</source>
        <comment>@label:textbox</comment>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two new passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>Die beiden neuen Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change passphrase</source>
        <comment>@action:button</comment>
        <translation>Passphrase ändern</translation>
    </message>
</context>
<context>
    <name>CheckInBars</name>
    <message>
        <location filename="../../qml/components/charts/CheckInBars.qml" line="+45"/>
        <source>%1: %2 out of %3</source>
        <comment>@info accessible: domain rating</comment>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not rated</source>
        <comment>@info accessible</comment>
        <translation>%1: keine Angabe</translation>
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
        <translation>Darüber möchten Sie sprechen</translation>
    </message>
</context>
<context>
    <name>CheckInHistoryDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/CheckInHistoryDelegate.qml" line="+34"/>
        <source>%1 · your caregiver check-in</source>
        <comment>@info check-in date, the caregiver&apos;s own check-in</comment>
        <translation>%1 · Ihr Check-in als Pflegeperson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by %2</source>
        <comment>@info check-in date, who filled it in (e.g. Els Peeters for Maria)</comment>
        <translation>%1 · ausgefüllt von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping %2</source>
        <comment>@info check-in date, by proxy, read in a patient&apos;s circle</comment>
        <translation>%1 · ausgefüllt von einer Person, die %2 hilft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping you</source>
        <comment>@info check-in date, by proxy</comment>
        <translation>%1 · ausgefüllt von einer Person, die Ihnen hilft</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: “%2”</source>
        <comment>@info check-in note with its domain</comment>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 — %3</source>
        <comment>@info questionnaire title: score — band</comment>
        <translation>%1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../qml/pages/checkin/CheckInPage.qml" line="+67"/>
        <source>Your check-in is saved. Thank you for taking the time.</source>
        <comment>@info check-in saved</comment>
        <translation>Ihr Check-in ist gespeichert. Danke, dass Sie sich die Zeit genommen haben.</translation>
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
        <translation>Wie geht es Ihnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is %1 doing?</source>
        <comment>@title:group check-in start, filled in for a patient</comment>
        <translation>Wie geht es %1?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You answer for %1, as you see it. The check-in is marked as filled in by you for %1.</source>
        <comment>@info proxy check-in</comment>
        <translation>Sie antworten für %1, so wie Sie es sehen. Der Check-in wird als von Ihnen für %1 ausgefüllt gekennzeichnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your last check-in: %1</source>
        <comment>@info</comment>
        <translation>Ihr letzter Check-in: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last check-in about %1: %2</source>
        <comment>@info in a patient&apos;s circle</comment>
        <translation>Letzter Check-in über %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No check-in yet</source>
        <comment>@info empty check-in</comment>
        <translation>Noch kein Check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a week is a good rhythm. Your answers help you and your care team see how things are going over time.</source>
        <comment>@info empty check-in</comment>
        <translation>Einmal pro Woche ist ein guter Rhythmus. Ihre Antworten helfen Ihnen und Ihrem Versorgungsteam zu sehen, wie es sich mit der Zeit entwickelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has filled in a check-in about %1 yet.</source>
        <comment>@info empty check-in in a patient&apos;s circle</comment>
        <translation>Noch niemand hat einen Check-in über %1 ausgefüllt.</translation>
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
        <translation>Über mich als Pflegeperson</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you care for someone? Four short questions about how you yourself are doing as a caregiver: the weight of caring, your own health, time for yourself and the support you get. Nobody sees your answers unless you choose to share them.</source>
        <comment>@info caregiver check-in start</comment>
        <translation>Sorgen Sie für jemanden? Vier kurze Fragen dazu, wie es Ihnen selbst als Pflegeperson geht: wie schwer die Pflege wiegt, Ihre eigene Gesundheit, Zeit für sich und die Unterstützung, die Sie bekommen. Niemand sieht Ihre Antworten, außer Sie entscheiden sich, sie zu teilen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start my caregiver check-in</source>
        <comment>@action:button</comment>
        <translation>Meinen Check-in als Pflegeperson starten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Short questionnaires</source>
        <comment>@title:group</comment>
        <translation>Kurze Fragebögen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Well-known short questionnaires about well-being, mood and worry. You see your score described in plain words; it is something to talk about with your care team, not a diagnosis.</source>
        <comment>@info questionnaires</comment>
        <translation>Bewährte kurze Fragebögen zu Wohlbefinden, Stimmung und Sorgen. Ihren Punktwert sehen Sie in einfachen Worten erklärt; er ist ein Anlass für ein Gespräch mit Ihrem Versorgungsteam, keine Diagnose.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 · %n question(s)</source>
        <comment>@action:button questionnaire title and length</comment>
        <translation>
            <numerusform>%1 · %n Frage</numerusform>
            <numerusform>%1 · %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earlier check-ins</source>
        <comment>@title:group</comment>
        <translation>Frühere Check-ins</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Show earlier check-ins (%n more)</source>
        <comment>@action:button</comment>
        <translation>
            <numerusform>Frühere Check-ins anzeigen (noch %n)</numerusform>
            <numerusform>Frühere Check-ins anzeigen (noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing here yet</source>
        <comment>@info empty check-in history</comment>
        <translation>Hier ist noch nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your check-ins and questionnaire results will be listed here, newest first, so you can see how things change.</source>
        <comment>@info empty check-in history</comment>
        <translation>Hier erscheinen Ihre Check-ins und Fragebogenergebnisse, die neuesten zuerst, damit Sie sehen, wie sich etwas verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check-ins about %1 that you may see will be listed here, newest first.</source>
        <comment>@info empty check-in history in a patient&apos;s circle</comment>
        <translation>Die Check-ins über %1, die Sie sehen dürfen, erscheinen hier, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your caregiver check-in: about you, not about the person you care for.</source>
        <comment>@info caregiver check-in flow</comment>
        <translation>Ihr Check-in als Pflegeperson: über Sie, nicht über die Person, für die Sie sorgen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For %1: where a question says “you”, answer for %1, as you see it.</source>
        <comment>@info proxy check-in flow</comment>
        <translation>Für %1: Wo eine Frage „Sie“ sagt, antworten Sie für %1, so wie Sie es sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %n</source>
        <comment>@info check-in progress</comment>
        <translation>
            <numerusform>%1 von %n</numerusform>
            <numerusform>%1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Question %1 of %n</source>
        <comment>@info accessible check-in progress</comment>
        <translation>
            <numerusform>Frage %1 von %n</numerusform>
            <numerusform>Frage %1 von %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check-in progress</source>
        <comment>@info accessible</comment>
        <translation>Fortschritt des Check-ins</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Back</source>
        <comment>@action:button check-in step</comment>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next</source>
        <comment>@action:button check-in step</comment>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <comment>@action:button check-in</comment>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your caregiver check-in</source>
        <comment>@title:group caregiver check-in review</comment>
        <translation>Ihr Check-in als Pflegeperson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in for %1</source>
        <comment>@title:group check-in review, filled in for a patient</comment>
        <translation>Check-in für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your check-in</source>
        <comment>@title:group check-in review</comment>
        <translation>Ihr Check-in</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 · where you’d like to be: %2</source>
        <comment>@info check-in review</comment>
        <translation>%1 · wo Sie gern wären: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2”</source>
        <comment>@info check-in note with its domain</comment>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have not chosen a number yet. Go back to answer at least one question.</source>
        <comment>@info check-in review</comment>
        <translation>Sie haben noch keine Zahl gewählt. Gehen Sie zurück und beantworten Sie mindestens eine Frage.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n part(s) without a number will be left out.</source>
        <comment>@info check-in review</comment>
        <translation>
            <numerusform>%n Lebensbereich ohne Zahl wird weggelassen.</numerusform>
            <numerusform>%n Lebensbereiche ohne Zahl werden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change answers</source>
        <comment>@action:button check-in review</comment>
        <translation>Antworten ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save check-in</source>
        <comment>@action:button</comment>
        <translation>Check-in speichern</translation>
    </message>
</context>
<context>
    <name>CircleSwitcher</name>
    <message>
        <location filename="../../qml/components/shell/CircleSwitcher.qml" line="+29"/>
        <source>My own</source>
        <comment>@item whose care: the person&apos;s own</comment>
        <translation>Meine eigene Versorgung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s care</source>
        <comment>@item whose care: a patient who shared with you</comment>
        <translation>Versorgung von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may change goals, the plan and check-ins, for %1.</source>
        <comment>@info</comment>
        <translation>Sie dürfen Ziele, den Versorgungsplan und Check-ins für %1 ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may add progress notes and comments.</source>
        <comment>@info</comment>
        <translation>Sie dürfen Fortschrittsnotizen und Kommentare hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may read only.</source>
        <comment>@info</comment>
        <translation>Sie dürfen nur lesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Whose care</source>
        <comment>@label circle switcher</comment>
        <translation>Für wen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="+34"/>
        <source>The sharing space, by its name.</source>
        <translation>Der Kreis, angegeben mit seinem Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The role offered: editor, contributor or viewer.</source>
        <translation>Die angebotene Rolle: editor (mit Ihnen bearbeiten), contributor (lesen, kommentieren und Fortschritte notieren) oder viewer (nur lesen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days until the invitation ends (1 to 7; default 7).</source>
        <translation>Tage, bis die Einladung abläuft (1 bis 7; Standard 7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name as the other person will see it.</source>
        <translation>Ihr Name, wie die andere Person ihn sieht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The member&apos;s account id (as &apos;members&apos; lists it).</source>
        <translation>Die Konto-ID des Mitglieds (wie „members“ sie auflistet).</translation>
    </message>
    <message>
        <location filename="../../src/cli/clisupport.cpp" line="+35"/>
        <source>Passphrase or recovery key: </source>
        <translation>Passphrase oder Wiederherstellungsschlüssel: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong passphrase or recovery key.</source>
        <translation>Falsche Passphrase oder falscher Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase is too weak (%1). %2</source>
        <translation>Die Passphrase ist zu schwach (%1). %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Die beiden Passphrasen sind unterschiedlich. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/cli/vaultcommands.cpp" line="+26"/>
        <source>Measuring this device to set the passphrase&apos;s protection…</source>
        <translation>Die Leistung dieses Geräts wird gemessen, um den Schutz der Passphrase festzulegen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vault created in %1.</source>
        <translation>Tresor in %1 angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key (write it down now; it is shown only once):</source>
        <translation>Wiederherstellungsschlüssel (schreiben Sie ihn jetzt auf; er wird nur einmal angezeigt):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>--%1 erwartet eine ganze Zahl von 1 bis %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Care-team demo vault created in %1. Its passphrase is in the README; never keep real data in it.</source>
        <translation>Demo-Tresor für das Versorgungsteam in %1 angelegt. Die Passphrase dafür steht in der README; speichern Sie darin niemals echte Daten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo vault created in %1. Its passphrase is in the README; never keep real data in it.</source>
        <translation>Demo-Tresor in %1 angelegt. Die Passphrase dafür steht in der README; speichern Sie darin niemals echte Daten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key:</source>
        <translation>Wiederherstellungsschlüssel:</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n damaged record(s) not counted; run &apos;carecircle-cli verify&apos; for details.</source>
        <translation>
            <numerusform>%n beschädigter Eintrag nicht mitgezählt. Details erhalten Sie mit „carecircle-cli verify“.</numerusform>
            <numerusform>%n beschädigte Einträge nicht mitgezählt. Details erhalten Sie mit „carecircle-cli verify“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Damaged: %1 of %n record(s); the others are intact.</source>
        <translation>
            <numerusform>Beschädigt: %1 von %n Eintrag; die anderen sind intakt.</numerusform>
            <numerusform>Beschädigt: %1 von %n Einträgen; die anderen sind intakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n record(s) are intact.</source>
        <translation>
            <numerusform>Der %n Eintrag ist intakt.</numerusform>
            <numerusform>Alle %n Einträge sind intakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>damaged: space %1 record %2: %3</source>
        <translation>beschädigt: Kreis %1, Eintrag %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Current passphrase: </source>
        <translation>Aktuelle Passphrase: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong current passphrase. Nothing was changed.</source>
        <translation>Die aktuelle Passphrase ist falsch. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase geändert.</translation>
    </message>
    <message>
        <location filename="../../src/cli/clisupport.h" line="+68"/>
        <source>The operation did not finish.</source>
        <translation>Der Vorgang wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="+19"/>
        <source>%1 (command line)</source>
        <translation>%1 (Befehlszeile)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This vault is already connected to a server.</source>
        <translation>Dieser Tresor ist bereits mit einem Server verbunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="+33"/>
        <location filename="../../src/cli/synccommands.cpp" line="+12"/>
        <source>This vault is not connected to a server. Use &apos;carecircle-cli connect&apos; first.</source>
        <translation>Dieser Tresor ist nicht mit einem Server verbunden. Verwenden Sie zuerst „carecircle-cli connect“.</translation>
    </message>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="+11"/>
        <source>Type this code on the new device within 5 minutes:</source>
        <translation>Geben Sie diesen Code innerhalb von 5 Minuten auf dem neuen Gerät ein:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new device answered; completing the link…</source>
        <translation>Das neue Gerät hat geantwortet; die Verknüpfung wird abgeschlossen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new device is linked.</source>
        <translation>Das neue Gerät ist verknüpft.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Vault created in %1 as a linked device.</source>
        <translation>Tresor in %1 als verknüpftes Gerät angelegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key: </source>
        <translation>Wiederherstellungsschlüssel: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account restored in %1.</source>
        <translation>Konto in %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="+14"/>
        <location line="+258"/>
        <source>There is no sharing space with that name.</source>
        <translation>Es gibt keinen Kreis mit diesem Namen.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>--days must be between 1 and 7.</source>
        <translation>--days muss zwischen 1 und 7 liegen.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location filename="../../src/cli/spacecommands.cpp" line="+154"/>
        <source>Created the sharing space &apos;%1&apos;.</source>
        <translation>Kreis „%1“ angelegt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invitation code: %1</source>
        <translation>Einladungscode: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR text: %1</source>
        <translation>QR-Text: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the invited person to enter the code…</source>
        <translation>Warten, bis die eingeladene Person den Code eingibt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accepted by: %1</source>
        <translation>Angenommen von: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <location line="+70"/>
        <source>Safety number: %1</source>
        <translation>Sicherheitsnummer: %1</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Do the safety numbers match? [y/N]</source>
        <translation>Stimmen die Sicherheitsnummern überein? [y/N]</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The safety numbers did not match. The invitation was cancelled.</source>
        <translation>Die Sicherheitsnummern stimmten nicht überein. Die Einladung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is now a member (%2).</source>
        <translation>%1 ist jetzt Mitglied (%2).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--care-role takes a care role such as gp or caregiver.</source>
        <translation>--care-role erwartet eine Rolle in der Versorgung, etwa gp (Hausärztin/Hausarzt) oder caregiver (pflegende Angehörige).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Owner: %1</source>
        <translation>Eigentümerin/Eigentümer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space: %1</source>
        <translation>Kreis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accepted. Compare the safety number with the owner; the space arrives once they confirm.</source>
        <translation>Angenommen. Vergleichen Sie die Sicherheitsnummer mit der Eigentümerin/dem Eigentümer; der Kreis kommt an, sobald diese Person bestätigt.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The safety numbers did not match. Nothing was marked as verified.</source>
        <translation>Die Sicherheitsnummern stimmten nicht überein. Nichts wurde als überprüft markiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marked %1 as verified on this device.</source>
        <translation>%1 ist auf diesem Gerät als überprüft markiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>--member takes an account id as &apos;members&apos; lists it.</source>
        <translation>--member erwartet eine Konto-ID, wie „members“ sie auflistet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed. The space now uses key version %1; what was shared before stays with the removed person.</source>
        <translation>Entfernt. Der Kreis verwendet jetzt die Schlüsselversion %1; was vorher geteilt wurde, bleibt bei der entfernten Person.</translation>
    </message>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="+5"/>
        <source>Create a vault; prints the recovery key once. Reads the new passphrase.</source>
        <translation>Einen Tresor anlegen; gibt den Wiederherstellungsschlüssel einmal aus. Liest die neue Passphrase ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a vault holding the demo story.</source>
        <translation>Einen Tresor mit der Demo-Geschichte anlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock and print one line per record kind: &apos;kind: count&apos;.</source>
        <translation>Entsperren und je Eintragsart eine Zeile ausgeben: „Art: Anzahl“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock and check every record; list each damaged one.</source>
        <translation>Entsperren und jeden Eintrag prüfen; jeden beschädigten auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase (current, then new, on standard input).</source>
        <translation>Die Passphrase ändern (erst die aktuelle, dann die neue, über die Standardeingabe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the account and this device on a server (--server URL), then sync. Reads the passphrase.</source>
        <translation>Das Konto und dieses Gerät auf einem Server registrieren (--server URL), dann synchronisieren. Liest die Passphrase ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push and pull until done; prints &apos;pushed: N&apos; and &apos;pulled: M&apos;.</source>
        <translation>Änderungen senden und abrufen, bis alles abgeglichen ist; gibt „pushed: N“ und „pulled: M“ aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a one-time code for a new device, wait up to 5 minutes for it and link it.</source>
        <translation>Einen Einmalcode für ein neues Gerät ausgeben, bis zu 5 Minuten auf das Gerät warten und es verknüpfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new vault linked to the account that shows --code CODE on --server URL. Reads a new passphrase.</source>
        <translation>Einen neuen Tresor anlegen und mit dem Konto auf --server URL verknüpfen, dessen Gerät --code CODE anzeigt. Liest eine neue Passphrase ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the account from --server URL into a new vault. Reads the recovery key, then a new passphrase.</source>
        <translation>Das Konto von --server URL in einem neuen Tresor wiederherstellen. Liest den Wiederherstellungsschlüssel und dann eine neue Passphrase ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite someone into the own sharing space --space NAME (made if missing) as --role ROLE; prints the code, waits for them, shows the safety number and asks whether it matches. Reads the passphrase, then the answer.</source>
        <translation>Jemanden als --role ROLLE in den eigenen Kreis --space NAME einladen (wird bei Bedarf angelegt); gibt den Code aus, wartet auf die Person, zeigt die Sicherheitsnummer und fragt, ob sie übereinstimmt. Liest die Passphrase ein, dann die Antwort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept an invitation (--code CODE): prints the owner, space, role and safety number. Reads the passphrase.</source>
        <translation>Eine Einladung annehmen (--code CODE): gibt Eigentümerin/Eigentümer, Kreis, Rolle und Sicherheitsnummer aus. Liest die Passphrase ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After comparing the safety number (printed again): mark the owner of --space NAME, or --member ID, as verified on this vault.</source>
        <translation>Nach dem Vergleich der Sicherheitsnummer (erneut angezeigt): die Eigentümerin/den Eigentümer von --space NAME oder --member ID in diesem Tresor als überprüft markieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the members of --space NAME: account id, role, end date, verified or not.</source>
        <translation>Die Mitglieder von --space NAME auflisten: Konto-ID, Rolle, Enddatum, überprüft oder nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove --member ID from the own space --space NAME; the space gets a new key.</source>
        <translation>--member ID aus dem eigenen Kreis --space NAME entfernen; der Kreis erhält einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print who fetched the own space --space NAME: time, account, device, count.</source>
        <translation>Ausgeben, wer den eigenen Kreis --space NAME abgerufen hat: Zeit, Konto, Gerät, Anzahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the sharing spaces, one per line: id, member count, your role, name (tab-separated). Syncs first when connected.</source>
        <translation>Listet die Kreise auf, einen pro Zeile: ID, Anzahl der Mitglieder, Ihre Rolle, Name (durch Tabulatoren getrennt). Synchronisiert zuerst, wenn eine Verbindung besteht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create an own sharing space --name NAME; prints its id. Syncs when connected.</source>
        <translation>Erstellt einen eigenen Kreis --name NAME; gibt seine ID aus. Synchronisiert, wenn eine Verbindung besteht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move --record ID (with its progress and comments) into the own space --space NAME, as &apos;Who can see this?&apos; does. Syncs when connected.</source>
        <translation>Verschiebt --record ID (mit Fortschritt und Kommentaren) in den eigenen Kreis --space NAME, wie es „Wer kann das sehen?“ tut. Synchronisiert, wenn eine Verbindung besteht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the records of --kind KIND, one per line: id, date, space, short label (tab-separated).</source>
        <translation>Listet die Einträge von --kind ART auf, einen pro Zeile: ID, Datum, Kreis, kurze Bezeichnung (durch Tabulatoren getrennt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: carecircle-cli COMMAND --vault DIR

Passphrases and recovery keys are read from standard input (one per line), never from
arguments or the environment.

Commands:
</source>
        <translation>Aufruf: carecircle-cli BEFEHL --vault DIR

Passphrasen und Wiederherstellungsschlüssel werden von der Standardeingabe gelesen (einer pro Zeile), niemals aus
Argumenten oder der Umgebung.

Befehle:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.
&apos;carecircle-cli COMMAND --help&apos; describes one command.</source>
        <translation>
Rückgabewerte: 0 OK; 1 Fehler; 2 falsche Passphrase oder falscher Wiederherstellungsschlüssel; 3 beschädigte Einträge gefunden.
„carecircle-cli BEFEHL --help“ beschreibt einen einzelnen Befehl.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The own sharing space to move into, by its name (&apos;Private&apos; for the private space).</source>
        <translation>Der eigene Kreis, in den verschoben wird, mit seinem Namen („Private“ für den privaten Bereich).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new space&apos;s name (1 to 60 characters, not used by another own space).</source>
        <translation>Der Name des neuen Kreises (1 bis 60 Zeichen, nicht schon von einem anderen eigenen Kreis verwendet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s id (as &apos;list&apos; prints it).</source>
        <translation>Die ID des Eintrags (wie „list“ sie ausgibt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of record: goal, activity, check_in, progress or comment.</source>
        <translation>Die Art des Eintrags: goal (Ziel), activity (Aktivität), check_in, progress (Fortschritt) oder comment (Kommentar).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grow the story with years of history to about N records (per patient with --care-team).</source>
        <translation>Die Geschichte um Jahre an Verlauf ergänzen, bis etwa N Einträge (je Patientin/Patient mit --care-team).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a care team&apos;s vault: a GP whose patients shared their stories with him.</source>
        <translation>Einen Tresor für ein Versorgungsteam anlegen: eine Hausarztpraxis, mit der Patientinnen/Patienten ihre Geschichte geteilt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many patients the care team&apos;s vault holds (default 3).</source>
        <translation>Wie viele Patientinnen/Patienten der Tresor des Versorgungsteams enthält (Standard 3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who you are for the owner, e.g. gp, caregiver or home_nurse.</source>
        <translation>Wer Sie für die Eigentümerin/den Eigentümer sind, z. B. gp (Hausärztin/Hausarzt), caregiver (pflegende Angehörige) oder home_nurse (Pflegefachperson zu Hause).</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The vault folder.</source>
        <translation>Der Ordner des Tresors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s address, e.g. https://care.example.org.</source>
        <translation>Die Adresse des Servers, z. B. https://care.example.org.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invitation code you were given.</source>
        <translation>Der Einladungscode, den Sie erhalten haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link code shown on the other device.</source>
        <translation>Der Verknüpfungscode, der auf dem anderen Gerät angezeigt wird.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: carecircle-cli %1 --vault DIR</source>
        <translation>Aufruf: carecircle-cli %1 --vault DIR</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.</source>
        <translation>Rückgabewerte: 0 OK; 1 Fehler; 2 falsche Passphrase oder falscher Wiederherstellungsschlüssel; 3 beschädigte Einträge gefunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected argument &apos;%1&apos;. Passphrases are never given as arguments; they are read from standard input.</source>
        <translation>Unerwartetes Argument „%1“. Passphrasen werden nie als Argumente übergeben; sie werden von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing --vault DIR.</source>
        <translation>--vault DIR fehlt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing --%1 %2.</source>
        <translation>Es fehlt --%1 %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing or invalid --server URL.</source>
        <translation>--server URL fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing --code CODE.</source>
        <translation>--code CODE fehlt.</translation>
    </message>
    <message>
        <location filename="../../src/cli/secretinput.cpp" line="+46"/>
        <source>Expected a passphrase or key on standard input, found none.</source>
        <translation>Auf der Standardeingabe wurde eine Passphrase oder ein Schlüssel erwartet, aber nichts gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is too long.</source>
        <translation>Die Passphrase ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../src/cli/spacecommands.cpp" line="-128"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Moved to &apos;%1&apos;.</source>
        <translation>Nach „%1“ verschoben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--kind takes goal, activity, check_in, progress or comment.</source>
        <translation>--kind nimmt goal (Ziel), activity (Aktivität), check_in, progress (Fortschritt) oder comment (Kommentar).</translation>
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
        <translation>Neu: %1</translation>
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
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · about “%2”</source>
        <comment>@info when, and what the comment is about</comment>
        <translation>%1 · zu „%2“</translation>
    </message>
</context>
<context>
    <name>CommentThreadCard</name>
    <message>
        <location filename="../../qml/components/cards/CommentThreadCard.qml" line="+18"/>
        <source>When someone in your care circle comments, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Wenn jemand, der Sie begleitet, einen Kommentar schreibt, lesen Sie ihn hier.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Comments (%n new)</source>
        <comment>@title:group</comment>
        <translation>
            <numerusform>Kommentare (%n neu)</numerusform>
            <numerusform>Kommentare (%n neu)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <comment>@title:group</comment>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No comments yet</source>
        <comment>@info empty comments</comment>
        <translation>Noch keine Kommentare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a comment…</source>
        <comment>@info:placeholder</comment>
        <translation>Kommentar schreiben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your comment</source>
        <comment>@label</comment>
        <translation>Ihr Kommentar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add comment</source>
        <comment>@action:button</comment>
        <translation>Kommentar hinzufügen</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/ConfirmDialog.qml" line="+16"/>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ConflictsController</name>
    <message>
        <location filename="../../src/app/sync/conflictscontroller.cpp" line="+129"/>
        <source>The record this text belonged to was deleted, so it cannot be put back.</source>
        <translation>Der Eintrag, zu dem dieser Text gehörte, wurde gelöscht. Deshalb kann der Text nicht zurückgeholt werden.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../qml/pages/sync/ConflictsPage.qml" line="+20"/>
        <source>Edits to review</source>
        <comment>@title:window</comment>
        <translation>Zu prüfende Änderungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to review</source>
        <comment>@title:group</comment>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the same text is changed on two of your devices before they sync, the newest edit is kept and the other one appears here, so nothing you wrote is lost.</source>
        <comment>@info empty conflicts</comment>
        <translation>Wenn derselbe Text auf zwei Ihrer Geräte geändert wird, bevor diese sich synchronisieren, wird die neueste Änderung behalten und die andere erscheint hier. So geht nichts verloren, was Sie geschrieben haben.</translation>
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
        <translation>Überschriebener Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Now</source>
        <comment>@label current text</comment>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Put this text back</source>
        <comment>@action:button</comment>
        <translation>Text zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the overwritten text back in %1</source>
        <comment>@action:button accessible</comment>
        <translation>Den überschriebenen Text in „%1“ zurückholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the newest</source>
        <comment>@action:button</comment>
        <translation>Neueste behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest text and let this one go</source>
        <comment>@action:button accessible</comment>
        <translation>Den neuesten Text behalten und diesen verwerfen</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <location filename="../../src/crypto/aead.cpp" line="+32"/>
        <location filename="../../src/crypto/hkdf.cpp" line="+133"/>
        <location filename="../../src/crypto/keypair.cpp" line="+55"/>
        <source>The encryption library reported an internal failure.</source>
        <translation>Die Verschlüsselungsbibliothek hat einen internen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The encryption key has the wrong length.</source>
        <translation>Der Verschlüsselungsschlüssel hat die falsche Länge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nonce has the wrong length.</source>
        <translation>Die Nonce hat die falsche Länge.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+51"/>
        <source>The data is too large to encrypt in one piece.</source>
        <translation>Die Daten sind zu groß, um sie in einem Stück zu verschlüsseln.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The data could not be decrypted: the key is wrong or the data was altered.</source>
        <translation>Die Daten konnten nicht entschlüsselt werden: Der Schlüssel ist falsch oder die Daten wurden verändert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The encrypted data is too short to be valid.</source>
        <translation>Die verschlüsselten Daten sind zu kurz, um gültig zu sein.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/argon2id.cpp" line="+61"/>
        <source>The salt for the passphrase key is too short.</source>
        <translation>Das Salt für den Passphrasen-Schlüssel ist zu kurz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase key settings are outside the supported range.</source>
        <translation>Die Einstellungen für den Passphrasen-Schlüssel liegen außerhalb des unterstützten Bereichs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/crypto/hkdf.cpp" line="-29"/>
        <source>The requested key length is not supported.</source>
        <translation>Die angeforderte Schlüssellänge wird nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An input to the passphrase key is too large.</source>
        <translation>Eine Eingabe für den Passphrasen-Schlüssel ist zu groß.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is not enough memory to derive the passphrase key.</source>
        <translation>Es ist nicht genug Arbeitsspeicher vorhanden, um den Passphrasen-Schlüssel abzuleiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deriving the passphrase key failed.</source>
        <translation>Das Ableiten des Passphrasen-Schlüssels ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/hkdf.cpp" line="+2"/>
        <source>The key derivation label is too long.</source>
        <translation>Die Bezeichnung für die Schlüsselableitung ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/keypair.cpp" line="+6"/>
        <source>The secret key has the wrong length.</source>
        <translation>Der geheime Schlüssel hat die falsche Länge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The public key is not valid.</source>
        <translation>Der öffentliche Schlüssel ist ungültig.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The sealed data is too short to be valid.</source>
        <translation>Die versiegelten Daten sind zu kurz, um gültig zu sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sealed data could not be opened: it is for someone else or was altered.</source>
        <translation>Die versiegelten Daten konnten nicht geöffnet werden, weil sie für jemand anderen bestimmt sind oder verändert wurden.</translation>
    </message>
</context>
<context>
    <name>DamagedRecordsBanner</name>
    <message numerus="yes">
        <location filename="../../qml/components/controls/DamagedRecordsBanner.qml" line="+50"/>
        <source>%n record(s) could not be read and were set aside. Nothing was deleted; the rest of your information is fine.</source>
        <comment>@info damaged records banner</comment>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden und wurde beiseitegelegt. Es wurde nichts gelöscht; Ihre übrigen Informationen sind in Ordnung.</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden und wurden beiseitegelegt. Es wurde nichts gelöscht; Ihre übrigen Informationen sind in Ordnung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide details</source>
        <comment>@action:button</comment>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show details</source>
        <comment>@action:button</comment>
        <translation>Details anzeigen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../qml/components/controls/DateField.qml" line="+28"/>
        <source>Fill in this date.</source>
        <comment>@info validation</comment>
        <translation>Bitte geben Sie dieses Datum an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a real day. Check the day, month and year (four digits).</source>
        <comment>@info validation</comment>
        <translation>Das ist kein gültiger Tag. Prüfen Sie Tag, Monat und Jahr (vierstellig).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (required)</source>
        <comment>@label a field that must be filled in</comment>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Day</source>
        <comment>@label:textbox date</comment>
        <translation>Tag</translation>
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
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <comment>@label:textbox date</comment>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/DeviceDelegate.qml" line="+23"/>
        <source>%1, this device. %2</source>
        <comment>@info accessible device row</comment>
        <translation>%1, dieses Gerät. %2</translation>
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
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove</source>
        <comment>@action:button remove device</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from your account</source>
        <comment>@action:button accessible</comment>
        <translation>%1 aus Ihrem Konto entfernen</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../qml/components/controls/DialogButtons.qml" line="+16"/>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DiscardDraftDialog</name>
    <message>
        <location filename="../../qml/components/shell/DiscardDraftDialog.qml" line="+30"/>
        <source>Discard this draft?</source>
        <comment>@title:window unsaved input</comment>
        <translation>Diesen Entwurf verwerfen?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What you entered on this page is not saved yet. If you leave now, it is lost.</source>
        <comment>@info unsaved input</comment>
        <translation>Was Sie auf dieser Seite eingegeben haben, ist noch nicht gespeichert. Wenn Sie die Seite jetzt verlassen, geht es verloren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep editing</source>
        <comment>@action:button unsaved input</comment>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard</source>
        <comment>@action:button unsaved input</comment>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the draft</source>
        <comment>@action:button accessible</comment>
        <translation>Den Entwurf verwerfen</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../src/domain/activity.cpp" line="+94"/>
        <source>An activity needs a title.</source>
        <translation>Eine Aktivität braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of activity is not one CareCircle knows.</source>
        <translation>Diese Art von Aktivität kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity&apos;s status is not one CareCircle knows.</source>
        <translation>Diesen Status der Aktivität kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The activity has too many entries.</source>
        <translation>Die Aktivität hat zu viele Einträge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activity refers to an invalid goal.</source>
        <translation>Die Aktivität verweist auf ein ungültiges Ziel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The activity refers to an invalid person.</source>
        <translation>Die Aktivität verweist auf eine ungültige Person.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An entry of the activity&apos;s log is invalid.</source>
        <translation>Ein Eintrag im Verlauf der Aktivität ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careplan.cpp" line="+63"/>
        <source>The care plan needs a title.</source>
        <translation>Der Versorgungsplan braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s status is not one CareCircle knows.</source>
        <translation>Diesen Status des Versorgungsplans kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A date of the care plan is out of range.</source>
        <translation>Ein Datum im Versorgungsplan liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s period ends before it starts.</source>
        <translation>Der Zeitraum des Versorgungsplans endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s coordinator is invalid.</source>
        <translation>Die Angabe zur Koordination des Versorgungsplans ist ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan has too many agreements.</source>
        <translation>Der Versorgungsplan hat zu viele Vereinbarungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agreement is empty or invalid.</source>
        <translation>Eine Vereinbarung ist leer oder ungültig.</translation>
    </message>
    <message>
        <location filename="../../src/domain/carestore.cpp" line="+187"/>
        <source>The record is of an unknown kind.</source>
        <translation>Der Eintrag ist von einer unbekannten Art.</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>The sharing space does not exist.</source>
        <translation>Der Kreis existiert nicht.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+64"/>
        <source>That item no longer exists.</source>
        <translation>Dieses Element gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteammember.cpp" line="+60"/>
        <source>A care team member needs a name.</source>
        <translation>Ein Mitglied des Versorgungsteams braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role is not one CareCircle knows.</source>
        <translation>Diese Rolle kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A care team member&apos;s details are too long.</source>
        <translation>Die Angaben zu einem Mitglied des Versorgungsteams sind zu lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/careteamrules.cpp" line="-29"/>
        <source>The linked account is invalid.</source>
        <translation>Das verknüpfte Konto ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../src/domain/checkin.cpp" line="+107"/>
        <location filename="../../src/domain/fieldreader.cpp" line="+27"/>
        <source>The field “%1” has the wrong type.</source>
        <translation>Das Feld „%1“ hat den falschen Typ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>The field “%1” is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A check-in needs the person who completed it.</source>
        <translation>Ein Check-in braucht die Person, die ihn ausgefüllt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check-in needs a valid time.</source>
        <translation>Ein Check-in braucht einen gültigen Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check-in needs at least one answer.</source>
        <translation>Ein Check-in braucht mindestens eine Antwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A check-in domain is not one CareCircle knows.</source>
        <translation>Einen Lebensbereich des Check-ins kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/progressentry.cpp" line="+70"/>
        <source>A rating must be between 0 and 10.</source>
        <translation>Eine Einschätzung muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note of the check-in is invalid.</source>
        <translation>Eine Notiz des Check-ins ist ungültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A check-in holds too many instrument results.</source>
        <translation>Ein Check-in enthält zu viele Fragebogenergebnisse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The questionnaire is not one CareCircle knows.</source>
        <translation>Diesen Fragebogen kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A questionnaire result needs its version and language.</source>
        <translation>Ein Fragebogenergebnis braucht eine Version und eine Sprache.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A questionnaire score is out of range.</source>
        <translation>Ein Fragebogenwert liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../../src/domain/comment.cpp" line="+60"/>
        <source>A comment must belong to a record.</source>
        <translation>Ein Kommentar muss zu einem Eintrag gehören.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment needs an author.</source>
        <translation>Ein Kommentar muss angeben, wer ihn verfasst hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment&apos;s author has an unknown role.</source>
        <translation>Die Person, die den Kommentar verfasst hat, hat eine unbekannte Rolle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment cannot be empty.</source>
        <translation>Ein Kommentar darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment needs a valid time.</source>
        <translation>Ein Kommentar braucht einen gültigen Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../../src/domain/envelope.cpp" line="+25"/>
        <source>A record is malformed and could not be read.</source>
        <translation>Ein Eintrag ist fehlerhaft und konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>A record was written by a newer version of CareCircle and cannot be read.</source>
        <translation>Ein Eintrag wurde mit einer neueren Version von CareCircle geschrieben und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The record is of another kind than expected.</source>
        <translation>Der Eintrag ist von einer anderen Art als erwartet.</translation>
    </message>
    <message>
        <location filename="../../src/domain/fieldreader.cpp" line="+28"/>
        <location line="+17"/>
        <location line="+145"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>The field “%1” is too long.</source>
        <translation>Das Feld „%1“ ist zu lang.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The field “%1” has an invalid language tag.</source>
        <translation>Das Feld „%1“ hat eine ungültige Sprachangabe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <location line="+56"/>
        <source>The field “%1” is out of range.</source>
        <translation>Das Feld „%1“ liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The field “%1” is not a valid date.</source>
        <translation>Das Feld „%1“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+13"/>
        <source>The field “%1” does not hold a valid record id.</source>
        <translation>Das Feld „%1“ enthält keine gültige Eintragskennung.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The field “%1” holds an invalid text.</source>
        <translation>Das Feld „%1“ enthält einen ungültigen Text.</translation>
    </message>
    <message>
        <location filename="../../src/domain/goal.cpp" line="+89"/>
        <source>The kind of goal is not one CareCircle knows.</source>
        <translation>Diese Art von Ziel kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s domain is not one CareCircle knows.</source>
        <translation>Den Lebensbereich des Ziels kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s status is not one CareCircle knows.</source>
        <translation>Den Status des Ziels kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s achievement is not one CareCircle knows.</source>
        <translation>Diese Angabe zur Zielerreichung kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal needs what matters to you or a target.</source>
        <translation>Ein Ziel braucht das, was Ihnen wichtig ist, oder eine Zielvorgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A text of the goal is invalid.</source>
        <translation>Ein Text des Ziels ist ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s priority must be 1, 2 or 3.</source>
        <translation>Die Priorität des Ziels muss 1, 2 oder 3 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s target date is out of range.</source>
        <translation>Das Zieldatum liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal has too many steps.</source>
        <translation>Das Ziel hat zu viele Schritte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A step of the goal is empty or invalid.</source>
        <translation>Ein Schritt des Ziels ist leer oder ungültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The goal&apos;s author is invalid.</source>
        <translation>Die Angabe, wer das Ziel verfasst hat, ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../src/domain/hlc.cpp" line="+34"/>
        <location line="+12"/>
        <location line="+48"/>
        <source>A change stamp is malformed.</source>
        <translation>Ein Änderungsstempel ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change is dated more than a minute in the future; check the device&apos;s clock.</source>
        <translation>Eine Änderung ist mehr als eine Minute in die Zukunft datiert; prüfen Sie die Uhr des Geräts.</translation>
    </message>
    <message>
        <location filename="../../src/domain/patientprofile.cpp" line="+80"/>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long.</source>
        <translation>Der Name ist zu lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile needs a valid language.</source>
        <translation>Das Profil braucht eine gültige Sprache.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/spaceinfo.cpp" line="+66"/>
        <source>The birth year is out of range.</source>
        <translation>Das Geburtsjahr liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are too many conditions.</source>
        <translation>Es sind zu viele Erkrankungen angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each condition needs a description.</source>
        <translation>Jede Erkrankung braucht eine Beschreibung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A condition&apos;s code is invalid.</source>
        <translation>Der Code einer Erkrankung ist ungültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The emergency contact is too long.</source>
        <translation>Der Notfallkontakt ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../src/domain/progressentry.cpp" line="-6"/>
        <source>A progress note must belong to a goal.</source>
        <translation>Eine Fortschrittsnotiz muss zu einem Ziel gehören.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs a date.</source>
        <translation>Eine Fortschrittsnotiz braucht ein Datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs an author.</source>
        <translation>Eine Fortschrittsnotiz muss angeben, wer sie verfasst hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The measured value is not a number.</source>
        <translation>Der Messwert ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit needs a value and must be short.</source>
        <translation>Eine Einheit braucht einen Wert und muss kurz sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is invalid.</source>
        <translation>Die Notiz ist ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs a rating, a value or a note.</source>
        <translation>Eine Fortschrittsnotiz braucht eine Einschätzung, einen Messwert oder eine Notiz.</translation>
    </message>
    <message>
        <location filename="../../src/domain/schedule.cpp" line="+142"/>
        <location line="+36"/>
        <source>The field “%1” holds an invalid schedule.</source>
        <translation>Das Feld „%1“ enthält einen ungültigen Zeitplan.</translation>
    </message>
    <message>
        <location filename="../../src/domain/conflictcopy.cpp" line="+88"/>
        <source>A kept text must belong to a record.</source>
        <translation>Ein aufbewahrter Text muss zu einem Eintrag gehören.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kept text cannot be empty.</source>
        <translation>Ein aufbewahrter Text darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kept text needs valid times.</source>
        <translation>Ein aufbewahrter Text braucht gültige Zeitpunkte.</translation>
    </message>
    <message>
        <location filename="../../src/domain/spaceinfo.cpp" line="-6"/>
        <source>A sharing space needs a name.</source>
        <translation>Ein Kreis braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A space name can be at most 60 characters.</source>
        <translation>Der Name eines Kreises darf höchstens 60 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the offered colours.</source>
        <translation>Wählen Sie eine der angebotenen Farben.</translation>
    </message>
    <message>
        <location filename="../../src/domain/ownspaces.cpp" line="+21"/>
        <source>You already have a space called “%1”.</source>
        <translation>Sie haben bereits einen Kreis namens „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That space no longer exists.</source>
        <translation>Diesen Kreis gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no sharing space with that name.</source>
        <translation>Es gibt keinen Kreis mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../../src/domain/actor.cpp" line="+41"/>
        <source>Who made this change is malformed.</source>
        <translation>Die Angabe, wer diese Änderung vorgenommen hat, ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who made this change needs an account and a name.</source>
        <translation>Wer diese Änderung vorgenommen hat, braucht ein Konto und einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who made this change has an unknown role.</source>
        <translation>Wer diese Änderung vorgenommen hat, hat eine unbekannte Rolle.</translation>
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
        <translation>%1, wie es jetzt ist, von 0 (%2) bis 10 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answered yet</source>
        <comment>@info accessible</comment>
        <translation>Noch nicht beantwortet</translation>
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
        <translation>Tippen Sie auf den Schieberegler, ziehen Sie ihn oder verwenden Sie die Pfeiltasten, um eine Zahl zu wählen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add where I’d like to be</source>
        <comment>@option:check check-in wish</comment>
        <translation>Angeben, wo ich gern wäre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, where I’d like to be, from 0 to 10</source>
        <comment>@label:slider check-in wish</comment>
        <translation>%1, wo ich gern wäre, von 0 bis 10</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I want to discuss this with my care team</source>
        <comment>@option:check check-in</comment>
        <translation>Darüber möchte ich mit meinem Versorgungsteam sprechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note, if you like (optional)</source>
        <comment>@info:placeholder check-in note</comment>
        <translation>Eine Notiz, wenn Sie möchten (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note about %1</source>
        <comment>@label:textbox check-in</comment>
        <translation>Notiz zu %1</translation>
    </message>
</context>
<context>
    <name>DoneLogModel</name>
    <message>
        <location filename="../../src/app/plan/donelogmodel.cpp" line="+35"/>
        <source>Someone no longer in the care team</source>
        <comment>@info done by</comment>
        <translation>Jemand, der nicht mehr zum Versorgungsteam gehört</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/GoalDelegate.qml" line="+31"/>
        <source>No rating yet</source>
        <comment>@info goal progress</comment>
        <translation>Noch keine Einschätzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rating: %1 out of %2 (%3)</source>
        <comment>@info goal progress; %3 is a day</comment>
        <translation>Letzte Einschätzung: %1 von %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rating: %1 out of %2</source>
        <comment>@info goal progress</comment>
        <translation>Letzte Einschätzung: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%1 of %n step(s) done</source>
        <comment>@info goal steps</comment>
        <translation>
            <numerusform>%1 von %n Schritt erledigt</numerusform>
            <numerusform>%1 von %n Schritten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hoping to get there by %1</source>
        <comment>@info goal target date</comment>
        <translation>Angestrebt bis %1</translation>
    </message>
</context>
<context>
    <name>GoalDetailPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalDetailPage.qml" line="+59"/>
        <source>Goal</source>
        <comment>@title:window</comment>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Progress saved</source>
        <comment>@info confirmation</comment>
        <translation>Fortschritt gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete this goal?</source>
        <comment>@title:window</comment>
        <translation>Dieses Ziel löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal, its steps and its place in your list go away. Its progress notes stay in your vault. You can undo this for a few seconds.</source>
        <comment>@info delete goal</comment>
        <translation>Das Ziel und seine Schritte verschwinden aus Ihrer Liste. Die Fortschrittsnotizen bleiben in Ihrem Tresor. Sie können das einige Sekunden lang rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete goal</source>
        <comment>@action:button</comment>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a goal</source>
        <comment>@info empty goal detail</comment>
        <translation>Wählen Sie ein Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goal yet</source>
        <comment>@info empty goal detail</comment>
        <translation>Noch kein Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a goal in the list to see its steps and how it is going.</source>
        <comment>@info empty goal detail</comment>
        <translation>Wählen Sie ein Ziel in der Liste, um seine Schritte zu sehen und wie es damit vorangeht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your goal will show here once you have written it.</source>
        <comment>@info empty goal detail</comment>
        <translation>Ihr Ziel erscheint hier, sobald Sie es aufgeschrieben haben.</translation>
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
        <translation>Zielvorgabe: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hoping to get there by %1</source>
        <comment>@info goal target date</comment>
        <translation>Angestrebt bis %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the words of %1</source>
        <comment>@info who expressed the goal</comment>
        <translation>In den Worten von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last changed by %1</source>
        <comment>@info who last changed it, e.g. Els Peeters for Maria</comment>
        <translation>Zuletzt geändert von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log progress</source>
        <comment>@action:button</comment>
        <translation>Fortschritt festhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this goal</source>
        <comment>@action:button accessible</comment>
        <translation>Dieses Ziel bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this goal</source>
        <comment>@action:button accessible</comment>
        <translation>Dieses Ziel löschen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where it stands</source>
        <comment>@title:group goal status</comment>
        <translation>Aktueller Stand</translation>
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
        <translation>Wie es vorangeht</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Steps · %1 of %n done</source>
        <comment>@title:group goal steps</comment>
        <translation>
            <numerusform>Schritte · %1 von %n erledigt</numerusform>
            <numerusform>Schritte · %1 von %n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <comment>@title:group goal steps</comment>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No steps yet</source>
        <comment>@info empty steps</comment>
        <translation>Noch keine Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big goals get easier in small steps. Choose Edit to add a few, like “walk to the corner and back”.</source>
        <comment>@info empty steps</comment>
        <translation>Große Ziele werden in kleinen Schritten leichter. Wählen Sie „Bearbeiten“, um ein paar hinzuzufügen, etwa „bis zur Ecke und zurück gehen“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How it has moved</source>
        <comment>@title:group goal progress</comment>
        <translation>Wie es sich entwickelt hat</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Show earlier entries (%n more)</source>
        <comment>@action:button goal progress</comment>
        <translation>
            <numerusform>Frühere Einträge anzeigen (noch %n)</numerusform>
            <numerusform>Frühere Einträge anzeigen (noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No progress logged yet</source>
        <comment>@info empty progress</comment>
        <translation>Noch kein Fortschritt festgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose “Log progress” now and then to note how close you feel to this goal. Over time you will see it move.</source>
        <comment>@info empty progress</comment>
        <translation>Wählen Sie ab und zu „Fortschritt festhalten“, um zu notieren, wie nah Sie sich diesem Ziel fühlen. Mit der Zeit sehen Sie, wie es sich entwickelt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When someone in your care circle comments on this goal, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Wenn jemand, der Sie begleitet, dieses Ziel kommentiert, lesen Sie es hier.</translation>
    </message>
</context>
<context>
    <name>GoalEditorPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalEditorPage.qml" line="+69"/>
        <source>Write in your own words what matters to you: that is the heart of a goal.</source>
        <comment>@info validation</comment>
        <translation>Schreiben Sie in Ihren eigenen Worten auf, was Ihnen wichtig ist: Das ist der Kern eines Ziels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the part of life this goal is about.</source>
        <comment>@info validation</comment>
        <translation>Wählen Sie den Lebensbereich, um den es bei diesem Ziel geht.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit goal</source>
        <comment>@title:window</comment>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <comment>@title:window</comment>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>In your own words: what would you like to be able to do, again or still?</source>
        <comment>@info</comment>
        <translation>In Ihren eigenen Worten: Was möchten Sie wieder oder weiterhin tun können?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: walking to the Saturday market again</source>
        <comment>@info:placeholder</comment>
        <translation>Zum Beispiel: wieder zum Samstagsmarkt gehen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kind of goal</source>
        <comment>@label:listbox</comment>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose…</source>
        <comment>@item:inlistbox no domain chosen yet</comment>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How will I know I got there? (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Woran merke ich, dass ich es geschafft habe? (optional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: walk 500 m with my rollator</source>
        <comment>@info:placeholder</comment>
        <translation>Zum Beispiel: 500 m mit meinem Rollator gehen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When would I like to get there? (optional)</source>
        <comment>@label</comment>
        <translation>Bis wann möchte ich es schaffen? (optional)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>What matters to me (required)</source>
        <comment>@label:textbox</comment>
        <translation>Was mir wichtig ist (Pflichtfeld)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Part of life (required)</source>
        <comment>@label:listbox</comment>
        <translation>Lebensbereich (Pflichtfeld)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>How important is it now?</source>
        <comment>@label:listbox priority</comment>
        <translation>Wie wichtig ist es jetzt?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Very important</source>
        <comment>@item:inlistbox priority 1</comment>
        <translation>Sehr wichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important</source>
        <comment>@item:inlistbox priority 2</comment>
        <translation>Wichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some day</source>
        <comment>@item:inlistbox priority 3</comment>
        <translation>Irgendwann</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps</source>
        <comment>@title:group</comment>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small steps that bring you closer. You can tick them off later.</source>
        <comment>@info</comment>
        <translation>Kleine Schritte, die Sie näher ans Ziel bringen. Sie können sie später abhaken.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a step</source>
        <comment>@action:button</comment>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save changes</source>
        <comment>@action:button</comment>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save goal</source>
        <comment>@action:button</comment>
        <translation>Ziel speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+S</source>
        <comment>@info accessible</comment>
        <translation>Tastenkürzel: Strg+S</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalsPage.qml" line="+59"/>
        <source>Goals</source>
        <comment>@title:window</comment>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Goal deleted</source>
        <comment>@info</comment>
        <translation>Ziel gelöscht</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>What matters to %1</source>
        <comment>@title goals page in a patient&apos;s circle, e.g. What matters to Maria</comment>
        <translation>Was %1 wichtig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters to me</source>
        <comment>@title goals page</comment>
        <translation>Was mir wichtig ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New goal</source>
        <comment>@action:button</comment>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new goal</source>
        <comment>@action:button accessible</comment>
        <translation>Neues Ziel aufschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+N</source>
        <comment>@info accessible</comment>
        <translation>Tastenkürzel: Strg+N</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show</source>
        <comment>@label:listbox goal status filter</comment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goals I am working on</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Ziele, an denen ich arbeite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done or stopped</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Abgeschlossen oder beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All goals</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Part of life</source>
        <comment>@label:listbox goal domain filter</comment>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every part of life</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Alle Lebensbereiche</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Write your first goal</source>
        <comment>@title:group empty goals</comment>
        <translation>Schreiben Sie Ihr erstes Ziel auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would you like to be able to do again, or keep doing? Write it in your own words, for example “Walk to the Saturday market again”.</source>
        <comment>@info empty goals</comment>
        <translation>Was möchten Sie wieder tun können oder weiterhin tun? Schreiben Sie es in Ihren eigenen Worten auf, zum Beispiel „Wieder zum Samstagsmarkt gehen“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Then break it into small steps, choose a date to aim for, and note now and then how it is going. Your care team can help you get there.</source>
        <comment>@info empty goals</comment>
        <translation>Teilen Sie es dann in kleine Schritte auf, wählen Sie ein Datum, das Sie anstreben, und notieren Sie ab und zu, wie es vorangeht. Ihr Versorgungsteam kann Ihnen helfen, es zu erreichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write what matters to me</source>
        <comment>@action:button</comment>
        <translation>Aufschreiben, was mir wichtig ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No goals here</source>
        <comment>@info empty filtered goals</comment>
        <translation>Keine passenden Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of your goals matches these choices. Choose “All goals” and “Every part of life” to see them all.</source>
        <comment>@info empty filtered goals</comment>
        <translation>Keines Ihrer Ziele passt zu dieser Auswahl. Wählen Sie „Alle Ziele“ und „Alle Lebensbereiche“, um alle zu sehen.</translation>
    </message>
</context>
<context>
    <name>HistoryLoadingRow</name>
    <message>
        <location filename="../../qml/components/controls/HistoryLoadingRow.qml" line="+26"/>
        <source>Reading your older entries…</source>
        <comment>@info:progress after unlocking a large vault</comment>
        <translation>Ihre älteren Einträge werden noch gelesen …</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/home/HomePage.qml" line="+39"/>
        <source>Your last check-in was lower than before for: %1</source>
        <comment>@info attention flag for the patient, check-in domains</comment>
        <translation>Ihr letztes Check-in war schlechter als zuvor bei: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You would like to talk about: %1</source>
        <comment>@info attention flag for the patient, check-in domains</comment>
        <translation>Sie möchten gern besprechen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your care plan was due for review on %1</source>
        <comment>@info attention flag for the patient, a date</comment>
        <translation>Ihr Versorgungsplan hätte am %1 überprüft werden sollen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of your goals is getting harder</source>
        <comment>@info attention flag for the patient</comment>
        <translation>
            <numerusform>%n Ihrer Ziele wird schwieriger</numerusform>
            <numerusform>%n Ihrer Ziele werden schwieriger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Good morning, %1</source>
        <comment>@title greeting</comment>
        <translation>Guten Morgen, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good morning</source>
        <comment>@title greeting</comment>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good afternoon, %1</source>
        <comment>@title greeting</comment>
        <translation>Guten Tag, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good afternoon</source>
        <comment>@title greeting</comment>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good evening, %1</source>
        <comment>@title greeting</comment>
        <translation>Guten Abend, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good evening</source>
        <comment>@title greeting</comment>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <comment>@title:window home page</comment>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your care plan “%1” · next review with your care team: %2</source>
        <comment>@info home plan summary</comment>
        <translation>Ihr Versorgungsplan „%1“ · nächste Besprechung mit Ihrem Versorgungsteam: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your care plan “%1”</source>
        <comment>@info home plan summary</comment>
        <translation>Ihr Versorgungsplan „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>My patients</source>
        <comment>@title:group home</comment>
        <translation>Patientenliste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Those who need attention come first.</source>
        <comment>@info home my patients</comment>
        <translation>Wer Aufmerksamkeit braucht, steht oben.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your patients appear here once CareCircle has read what they share with you.</source>
        <comment>@info home my patients</comment>
        <translation>Ihre Patientinnen/Patienten erscheinen hier, sobald CareCircle gelesen hat, was sie mit Ihnen teilen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>All %n patient(s)</source>
        <comment>@action:button home</comment>
        <translation>
            <numerusform>%n Patientin/Patient</numerusform>
            <numerusform>Alle %n Patientinnen/Patienten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open My patients</source>
        <comment>@action:button home</comment>
        <translation>Patientenliste öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What your care team is asked to look at</source>
        <comment>@title:group home attention flags</comment>
        <translation>Worauf Ihr Versorgungsteam achten soll</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CareCircle points these out to the people in: %1. You choose this per space under Sharing.</source>
        <comment>@info home attention flags, space names</comment>
        <translation>CareCircle weist die Menschen in diesen Kreisen darauf hin: %1. Sie wählen das für jeden Kreis unter „Freigabe“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weekly check-in</source>
        <comment>@title:group home</comment>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How are you doing this week? Your last check-in: %1</source>
        <comment>@info home</comment>
        <translation>Wie geht es Ihnen diese Woche? Ihr letzter Check-in: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you doing this week? A check-in takes a minute.</source>
        <comment>@info home</comment>
        <translation>Wie geht es Ihnen diese Woche? Ein Check-in dauert nur eine Minute.</translation>
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
        <translation>Zu prüfende Änderungen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n text(s) were changed on two devices at the same time. CareCircle kept the newest edit and saved the other one for you to look at.</source>
        <comment>@info conflicts</comment>
        <translation>
            <numerusform>%n Text wurde gleichzeitig auf zwei Geräten geändert. CareCircle hat die neueste Änderung behalten und die andere für Sie aufbewahrt, damit Sie sie ansehen können.</numerusform>
            <numerusform>%n Texte wurden gleichzeitig auf zwei Geräten geändert. CareCircle hat jeweils die neueste Änderung behalten und die andere für Sie aufbewahrt, damit Sie sie ansehen können.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review</source>
        <comment>@action:button review conflicting edits</comment>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the overwritten texts</source>
        <comment>@action:button accessible</comment>
        <translation>Die überschriebenen Texte prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your care plan will appear here</source>
        <comment>@title:group</comment>
        <translation>Hier erscheint Ihr Versorgungsplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When you and your care team make a care plan, you will see here what is planned for the coming days: visits, appointments and the things you do yourself.</source>
        <comment>@info empty home</comment>
        <translation>Wenn Sie und Ihr Versorgungsteam einen Versorgungsplan erstellen, sehen Sie hier, was in den nächsten Tagen geplant ist: Besuche, Termine und das, was Sie selbst tun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start by writing what matters to you. Your goals and short check-ins on how you are doing come next, and they help your care team plan care around you.</source>
        <comment>@info empty home</comment>
        <translation>Schreiben Sie zuerst auf, was Ihnen wichtig ist. Danach folgen Ihre Ziele und kurze Check-ins dazu, wie es Ihnen geht. Sie helfen Ihrem Versorgungsteam, die Versorgung auf Sie abzustimmen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Coming up</source>
        <comment>@title:group next activities</comment>
        <translation>Demnächst</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>And %n more this week</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Und diese Woche noch %n weitere Aktivität</numerusform>
            <numerusform>Und diese Woche noch %n weitere Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing planned for the next seven days</source>
        <comment>@info empty</comment>
        <translation>Für die nächsten sieben Tage ist nichts geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enjoy the quiet days. New visits and appointments show up here as soon as they are planned.</source>
        <comment>@info empty</comment>
        <translation>Genießen Sie die ruhigen Tage. Neue Besuche und Termine erscheinen hier, sobald sie geplant sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits, appointments and the things you do yourself show up here once they are in your care plan.</source>
        <comment>@info empty</comment>
        <translation>Besuche, Termine und das, was Sie selbst tun, erscheinen hier, sobald sie in Ihrem Versorgungsplan stehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to me</source>
        <comment>@title:group goals</comment>
        <translation>Was mir wichtig ist</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>And %n more goal(s)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Und %n weiteres Ziel</numerusform>
            <numerusform>Und %n weitere Ziele</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to you?</source>
        <comment>@info empty goals</comment>
        <translation>Was ist Ihnen wichtig?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start by writing what matters to you, in your own words: walking to the market again, enjoying time with your grandchildren, sleeping better. Your goals will be listed here with how they are going.</source>
        <comment>@info empty goals</comment>
        <translation>Schreiben Sie zuerst in Ihren eigenen Worten auf, was Ihnen wichtig ist: wieder zum Markt gehen, Zeit mit den Enkelkindern genießen, besser schlafen. Hier sehen Sie dann Ihre Ziele und wie es damit vorangeht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last check-in</source>
        <comment>@title:group</comment>
        <translation>Letzter Check-in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · filled in by %2</source>
        <comment>@info check-in date, who filled it in (e.g. Els Peeters for Maria)</comment>
        <translation>%1 · ausgefüllt von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping you</source>
        <comment>@info check-in date, by proxy</comment>
        <translation>%1 · ausgefüllt von einer Person, die Ihnen hilft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>0 means very hard, 10 means very good.</source>
        <comment>@info check-in scale</comment>
        <translation>0 bedeutet sehr schwer, 10 bedeutet sehr gut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No check-in yet</source>
        <comment>@info empty check-in</comment>
        <translation>Noch kein Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check-in takes a minute: how are your body, mind, meaning in life, quality of life, taking part and daily life going? You’ll see your answers here, and you can mark what you’d like to talk about with your care team.</source>
        <comment>@info empty check-in</comment>
        <translation>Ein Check-in dauert eine Minute: Wie geht es Ihnen mit Körper, Psyche, Sinn im Leben, Lebensqualität, Teilhabe und Alltag? Hier sehen Sie Ihre Antworten, und Sie können markieren, worüber Sie mit Ihrem Versorgungsteam sprechen möchten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New comments</source>
        <comment>@title:group</comment>
        <translation>Neue Kommentare</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No new comments</source>
        <comment>@info empty comments</comment>
        <translation>Keine neuen Kommentare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone in your care circle writes to you about your plan or your goals, you’ll read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Wenn Ihnen jemand, der Sie begleitet, zu Ihrem Plan oder Ihren Zielen schreibt, lesen Sie es hier.</translation>
    </message>
</context>
<context>
    <name>InstrumentPage</name>
    <message>
        <location filename="../../qml/pages/checkin/InstrumentPage.qml" line="+49"/>
        <source>Questionnaire</source>
        <comment>@title:window</comment>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This questionnaire is not available</source>
        <comment>@info</comment>
        <translation>Dieser Fragebogen ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and choose another one.</source>
        <comment>@info</comment>
        <translation>Gehen Sie zurück und wählen Sie einen anderen.</translation>
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
        <translation>Mein Ergebnis ansehen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Answered %1 of %n</source>
        <comment>@action:button questionnaire, disabled</comment>
        <translation>
            <numerusform>%1 von %n beantwortet</numerusform>
            <numerusform>%1 von %n beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <location filename="../../qml/pages/sharing/InvitePage.qml" line="+20"/>
        <source>Someone not in your care team yet</source>
        <comment>@item:inlistbox</comment>
        <translation>Jemand, der noch nicht in Ihrem Versorgungsteam ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite to “%1”</source>
        <comment>@title:window</comment>
        <translation>Zu „%1“ einladen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Who are you inviting?</source>
        <comment>@title:group</comment>
        <translation>Wen laden Sie ein?</translation>
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
        <translation>Die Person aus Ihrem Versorgungsteam</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Their role in your care</source>
        <comment>@label</comment>
        <translation>Die Rolle dieser Person in Ihrer Versorgung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What may they do in this space?</source>
        <comment>@label</comment>
        <translation>Was darf die Person in diesem Kreis tun?</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>The code works for %n day(s)</source>
        <comment>@item:inlistbox</comment>
        <translation>
            <numerusform>Der Code gilt %n Tag</numerusform>
            <numerusform>Der Code gilt %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the code works</source>
        <comment>@label</comment>
        <translation>Wie lange der Code gilt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They will see the name in your profile.</source>
        <comment>@info</comment>
        <translation>Die Person sieht den Namen aus Ihrem Profil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also show my birth year, so a care team with two patients of my name can tell us apart</source>
        <comment>@option:check</comment>
        <translation>Auch mein Geburtsjahr zeigen, damit ein Versorgungsteam mit zwei Patientinnen/Patienten meines Namens uns nicht verwechselt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing…</source>
        <comment>@info</comment>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create invitation</source>
        <comment>@action:button</comment>
        <translation>Einladung erstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give them this code</source>
        <comment>@title:group</comment>
        <translation>Geben Sie der Person diesen Code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They open CareCircle, choose “Enter an invitation code” under Sharing, and scan the QR code or type the code. It works once.</source>
        <comment>@info</comment>
        <translation>Die Person öffnet CareCircle, wählt unter „Freigabe“ die Option „Einladungscode eingeben“ und scannt den QR-Code oder tippt den Code ein. Er funktioniert nur einmal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QR code of the invitation</source>
        <comment>@info accessible</comment>
        <translation>QR-Code der Einladung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invitation code: %1</source>
        <comment>@info accessible</comment>
        <translation>Einladungscode: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid until %1. Waiting for them to enter it…</source>
        <comment>@info</comment>
        <translation>Gültig bis %1. Es wird gewartet, bis die Person ihn eingibt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel the invitation</source>
        <comment>@action:button</comment>
        <translation>Einladung abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare the safety number</source>
        <comment>@title:group</comment>
        <translation>Sicherheitsnummer vergleichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 entered the code. Their screen now shows a safety number. If it is the same as this one, nobody came in between.</source>
        <comment>@info</comment>
        <translation>%1 hat den Code eingegeben. Auf dem Bildschirm dieser Person steht jetzt eine Sicherheitsnummer. Wenn sie mit dieser hier übereinstimmt, hat sich niemand dazwischengeschaltet.</translation>
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
        <translation>Die Nummern stimmen überein: %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add without comparing</source>
        <comment>@action:button</comment>
        <translation>Ohne Vergleich hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They will be shown as not verified until you compare the numbers.</source>
        <comment>@info</comment>
        <translation>Die Person wird als nicht überprüft angezeigt, bis Sie die Nummern vergleichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The numbers differ: cancel</source>
        <comment>@action:button</comment>
        <translation>Die Nummern sind verschieden: abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added</source>
        <comment>@title:group</comment>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can now see what you put in “%2”.</source>
        <comment>@info</comment>
        <translation>%1 kann jetzt sehen, was Sie in „%2“ ablegen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The person</source>
        <comment>@info</comment>
        <translation>Die Person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>JoinAccountPage</name>
    <message>
        <location filename="../../qml/pages/sync/JoinAccountPage.qml" line="+43"/>
        <source>Restore your account</source>
        <comment>@title:window</comment>
        <translation>Ihr Konto wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link this device</source>
        <comment>@title:window</comment>
        <translation>Dieses Gerät verknüpfen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lost your devices? Your recovery key brings your account back on this one. The server keeps a locked copy that only this key opens.</source>
        <comment>@info restore</comment>
        <translation>Haben Sie Ihre Geräte verloren? Mit Ihrem Wiederherstellungsschlüssel holen Sie Ihr Konto auf dieses Gerät zurück. Der Server bewahrt eine verschlossene Kopie auf, die nur dieser Schlüssel öffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a device where you already use CareCircle, open Settings → Sync and devices → Show a link code. Then type that code here. Keep both devices open.</source>
        <comment>@info link</comment>
        <translation>Öffnen Sie auf einem Gerät, auf dem Sie CareCircle bereits nutzen, Einstellungen → Synchronisierung und Geräte → Verknüpfungscode anzeigen. Geben Sie diesen Code dann hier ein. Lassen Sie CareCircle auf beiden Geräten geöffnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account</source>
        <comment>@title:group</comment>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server address</source>
        <comment>@label:textbox</comment>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the full address, starting with https://</source>
        <comment>@info</comment>
        <translation>Geben Sie die vollständige Adresse ein, beginnend mit https://</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery key</source>
        <comment>@label:textbox</comment>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link code</source>
        <comment>@label:textbox</comment>
        <translation>Verknüpfungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 characters, in groups of four, as you wrote them down.</source>
        <comment>@info</comment>
        <translation>28 Zeichen in Vierergruppen, so wie Sie sie aufgeschrieben haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 characters, as shown on your other device.</source>
        <comment>@info</comment>
        <translation>28 Zeichen, so wie sie auf Ihrem anderen Gerät angezeigt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This does not look right yet: check each group of four for a typo.</source>
        <comment>@info</comment>
        <translation>Das sieht noch nicht richtig aus: Prüfen Sie jede Vierergruppe auf Tippfehler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of this device</source>
        <comment>@label:textbox</comment>
        <translation>Name dieses Geräts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A passphrase for this device</source>
        <comment>@title:group</comment>
        <translation>Eine Passphrase für dieses Gerät</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passphrase locks CareCircle on this device. It may differ from the one on your other devices.</source>
        <comment>@info</comment>
        <translation>Diese Passphrase schützt CareCircle auf diesem Gerät. Sie darf sich von der Passphrase auf Ihren anderen Geräten unterscheiden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type it again</source>
        <comment>@label:textbox confirm passphrase</comment>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restore</source>
        <comment>@action:button</comment>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link this device</source>
        <comment>@action:button</comment>
        <translation>Dieses Gerät verknüpfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <comment>@action:button accessible</comment>
        <translation>Zurück zum Anfang</translation>
    </message>
</context>
<context>
    <name>JoinSpacePage</name>
    <message>
        <location filename="../../qml/pages/sharing/JoinSpacePage.qml" line="+23"/>
        <source>Invitation code</source>
        <comment>@title:window</comment>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect first</source>
        <comment>@title:group</comment>
        <translation>Zuerst verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect CareCircle to the same server as the person who invited you.</source>
        <comment>@info</comment>
        <translation>Verbinden Sie CareCircle mit demselben Server wie die Person, die Sie eingeladen hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the code</source>
        <comment>@title:group</comment>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitation code</source>
        <comment>@label:textbox</comment>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 letters and digits; spaces and dashes do not matter.</source>
        <comment>@info</comment>
        <translation>28 Buchstaben und Ziffern; Leerzeichen und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code has a typo. Check it with the person who invited you.</source>
        <comment>@info</comment>
        <translation>Dieser Code enthält einen Tippfehler. Prüfen Sie ihn gemeinsam mit der Person, die Sie eingeladen hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking…</source>
        <comment>@info</comment>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 invites you</source>
        <comment>@title:group</comment>
        <translation>%1 lädt Sie ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To the space “%1”. %2.</source>
        <comment>@info space name, what you may do</comment>
        <translation>In den Kreis „%1“. %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare this safety number with the one on %1&apos;s screen. If they are the same, nobody came in between.</source>
        <comment>@info</comment>
        <translation>Vergleichen Sie diese Sicherheitsnummer mit der auf dem Bildschirm von %1. Wenn beide gleich sind, hat sich niemand dazwischengeschaltet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name, as %1 will see it</source>
        <comment>@label:textbox</comment>
        <translation>Ihr Name, wie %1 ihn sieht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who you are for %1</source>
        <comment>@label</comment>
        <translation>Wer Sie für %1 sind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept</source>
        <comment>@action:button</comment>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accepted</source>
        <comment>@title:group</comment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once %1 has compared the number and added you, what is shared with you appears under My patients.</source>
        <comment>@info</comment>
        <translation>Sobald %1 die Nummer verglichen und Sie hinzugefügt hat, erscheint das, was mit Ihnen geteilt wird, unter „Patientenliste“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ You marked %1 as verified in person.</source>
        <comment>@info</comment>
        <translation>✓ Sie haben %1 als persönlich überprüft markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the safety number match the one on %1&apos;s screen? Then mark %1 as verified: this device will tell you if their key ever changes.</source>
        <comment>@info</comment>
        <translation>Stimmte die Sicherheitsnummer mit der auf dem Bildschirm von %1 überein? Dann markieren Sie %1 als überprüft: Dieses Gerät warnt Sie, falls sich der Schlüssel je ändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark as not verified</source>
        <comment>@action:button</comment>
        <translation>Als nicht überprüft markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers matched: mark %1 as verified</source>
        <comment>@action:button</comment>
        <translation>Die Nummern stimmten überein: %1 als überprüft markieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <location filename="../../src/app/session/qtkeychainstore.cpp" line="+19"/>
        <source>This device&apos;s keystore did not answer. Unlock with your passphrase instead.</source>
        <translation>Der Schlüsselspeicher dieses Geräts hat nicht geantwortet. Entsperren Sie stattdessen mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This device does not remember the vault any more. Unlock with your passphrase.</source>
        <translation>Dieses Gerät merkt sich den Tresor nicht mehr. Entsperren Sie mit Ihrer Passphrase.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/domain/codelabels.cpp" line="+36"/>
        <source>Patient</source>
        <comment>@label:role</comment>
        <translation>Patientin/Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver</source>
        <comment>@label:role</comment>
        <translation>Pflegeperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family doctor</source>
        <comment>@label:role</comment>
        <translation>Hausärztin/Hausarzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home nurse</source>
        <comment>@label:role</comment>
        <translation>Häusliche Pflegekraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physiotherapist</source>
        <comment>@label:role</comment>
        <translation>Physiotherapeutin/Physiotherapeut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacist</source>
        <comment>@label:role</comment>
        <translation>Apothekerin/Apotheker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social worker</source>
        <comment>@label:role</comment>
        <translation>Sozialarbeiterin/Sozialarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupational therapist</source>
        <comment>@label:role</comment>
        <translation>Ergotherapeutin/Ergotherapeut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychologist</source>
        <comment>@label:role</comment>
        <translation>Psychologin/Psychologe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietitian</source>
        <comment>@label:role</comment>
        <translation>Diätassistentin/Diätassistent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist</source>
        <comment>@label:role</comment>
        <translation>Fachärztin/Facharzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home help</source>
        <comment>@label:role</comment>
        <translation>Haushaltshilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case manager</source>
        <comment>@label:role</comment>
        <translation>Case-Managerin/Case-Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care coordinator</source>
        <comment>@label:role</comment>
        <translation>Pflegekoordination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted person</source>
        <comment>@label:role</comment>
        <translation>Vertrauensperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <comment>@label:role</comment>
        <translation>Vertreterin/Vertreter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body</source>
        <comment>@label:domain</comment>
        <translation>Körper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mind and mood</source>
        <comment>@label:domain</comment>
        <translation>Psyche und Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning and purpose</source>
        <comment>@label:domain</comment>
        <translation>Sinn im Leben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality of life</source>
        <comment>@label:domain</comment>
        <translation>Lebensqualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part</source>
        <comment>@label:domain</comment>
        <translation>Teilhabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily life</source>
        <comment>@label:domain</comment>
        <translation>Alltag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical matters</source>
        <comment>@label:domain</comment>
        <translation>Praktisches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of caring</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Last der Pflege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own health</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Eigene Gesundheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of one’s own</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Zeit für sich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support from others</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Unterstützung durch andere</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Life goal</source>
        <comment>@label:goal kind</comment>
        <translation>Lebensziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care goal</source>
        <comment>@label:goal kind</comment>
        <translation>Versorgungsziel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested</source>
        <comment>@label:goal status</comment>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working on it</source>
        <comment>@label:goal status</comment>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:goal status</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>@label:goal status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <comment>@label:goal status</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the way</source>
        <comment>@label:goal achievement</comment>
        <translation>Auf gutem Weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting better</source>
        <comment>@label:goal achievement</comment>
        <translation>Wird besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting harder</source>
        <comment>@label:goal achievement</comment>
        <translation>Wird schwieriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change yet</source>
        <comment>@label:goal achievement</comment>
        <translation>Noch keine Veränderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <comment>@label:goal achievement</comment>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached</source>
        <comment>@label:goal achievement</comment>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Care visit</source>
        <comment>@label:activity kind</comment>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something I do myself</source>
        <comment>@label:activity kind</comment>
        <translation>Das mache ich selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help from family or friends</source>
        <comment>@label:activity kind</comment>
        <translation>Hilfe von Familie oder Freundeskreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <comment>@label:activity kind</comment>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <comment>@label:activity kind</comment>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time with others</source>
        <comment>@label:activity kind</comment>
        <translation>Zeit mit anderen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned</source>
        <comment>@label:activity status</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <comment>@label:activity status</comment>
        <translation>Laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:activity status</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>@label:activity status</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>@label:activity status</comment>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Being prepared</source>
        <comment>@label:plan status</comment>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <comment>@label:plan status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:plan status</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>@label:plan status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../qml/theme/Labels.qml" line="+62"/>
        <source>Today</source>
        <comment>@label:day</comment>
        <translation>Heute</translation>
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
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dddd d MMMM</source>
        <comment>@info:date format, Qt date pattern</comment>
        <translation>dddd, d. MMMM</translation>
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
        <translation>Blaugrün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Lila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Grau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owner</source>
        <comment>@label:permission</comment>
        <translation>Eigentümerin/Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May edit with and for you</source>
        <comment>@label:permission</comment>
        <translation>Darf mit Ihnen und für Sie bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May read, comment and add progress notes</source>
        <comment>@label:permission</comment>
        <translation>Darf lesen, kommentieren und Fortschritte notieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May only read</source>
        <comment>@label:permission</comment>
        <translation>Darf nur lesen</translation>
    </message>
    <message>
        <location filename="../../qml/theme/Labels.qml" line="+16"/>
        <source>Just now</source>
        <comment>@label:time</comment>
        <translation>Gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <comment>@label:time</comment>
        <translation>
            <numerusform>Vor %n Minute</numerusform>
            <numerusform>Vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ago</source>
        <comment>@label:time</comment>
        <translation>
            <numerusform>Vor %n Stunde</numerusform>
            <numerusform>Vor %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogProgressDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/LogProgressDialog.qml" line="+38"/>
        <source>Choose a number on the slider first.</source>
        <comment>@info log progress</comment>
        <translation>Wählen Sie zuerst eine Zahl auf dem Schieberegler.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How is it going?</source>
        <comment>@title:window log progress</comment>
        <translation>Wie läuft es?</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>How close do you feel to this goal today? %1 out of 10</source>
        <comment>@label:slider</comment>
        <translation>Wie nah fühlen Sie sich diesem Ziel heute? %1 von 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How close do you feel to this goal today? Not rated yet</source>
        <comment>@label:slider</comment>
        <translation>Wie nah fühlen Sie sich diesem Ziel heute? Noch nicht gewählt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rating from 0 (far away) to 10 (there)</source>
        <comment>@label:slider accessible</comment>
        <translation>Einschätzung von 0 (weit entfernt) bis 10 (erreicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not rated yet</source>
        <comment>@info accessible slider</comment>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>0 · far away</source>
        <comment>@label slider start</comment>
        <translation>0 · weit entfernt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>10 · there</source>
        <comment>@label slider end</comment>
        <translation>10 · erreicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A note (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What went well, what was hard?</source>
        <comment>@info:placeholder</comment>
        <translation>Was lief gut, was war schwer?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save progress</source>
        <comment>@action:button accessible</comment>
        <translation>Fortschritt speichern</translation>
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
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates your care</source>
        <comment>@info badge</comment>
        <translation>Koordiniert Ihre Versorgung</translation>
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
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions for %1</source>
        <comment>@action:button accessible</comment>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No longer coordinator</source>
        <comment>@action:inmenu</comment>
        <translation>Koordination aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make coordinator</source>
        <comment>@action:inmenu</comment>
        <translation>Koordination übertragen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove from care team</source>
        <comment>@action:inmenu</comment>
        <translation>Aus dem Versorgungsteam entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 from the care team</source>
        <comment>@action:inmenu accessible</comment>
        <translation>%1 aus dem Versorgungsteam entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <comment>@action:button accessible</comment>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>MemberEditorPage</name>
    <message>
        <location filename="../../qml/pages/team/MemberEditorPage.qml" line="+29"/>
        <source>Add a person</source>
        <comment>@title:window</comment>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit person</source>
        <comment>@title:window</comment>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <comment>@label:textbox</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Dr. An Claes</source>
        <comment>@info:placeholder</comment>
        <translation>Zum Beispiel: Dr. Anna Kohnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Role</source>
        <comment>@label:listbox</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Organisation (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Organisation (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Wit-Gele Kruis, the GP practice</source>
        <comment>@info:placeholder</comment>
        <translation>Zum Beispiel: Hauskrankenpflege, die Hausarztpraxis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone or e-mail (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Telefon oder E-Mail (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save this person</source>
        <comment>@action:button accessible</comment>
        <translation>Diese Person speichern</translation>
    </message>
</context>
<context>
    <name>MyPatientsPage</name>
    <message>
        <location filename="../../qml/pages/workspace/MyPatientsPage.qml" line="+31"/>
        <source>My patients</source>
        <comment>@title:window</comment>
        <translation>Patientenliste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My patients</source>
        <comment>@title care-team workspace</comment>
        <translation>Patientenliste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The people who share their care plan with you. Those who need attention come first.</source>
        <comment>@info my patients</comment>
        <translation>Die Menschen, die ihren Versorgungsplan mit Ihnen teilen. Wer Aufmerksamkeit braucht, steht oben.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Reading what your patients share… %1 of %n patient(s) done</source>
        <comment>@info:progress my patients</comment>
        <translation>
            <numerusform>Was Ihre Patientinnen/Patienten teilen, wird gelesen … %1 von %n Person fertig</numerusform>
            <numerusform>Was Ihre Patientinnen/Patienten teilen, wird gelesen … %1 von %n Personen fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Show more patients (%n more)</source>
        <comment>@action:button my patients</comment>
        <translation>
            <numerusform>Weitere Patientinnen/Patienten anzeigen (noch %n)</numerusform>
            <numerusform>Weitere Patientinnen/Patienten anzeigen (noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No patients yet</source>
        <comment>@title:group empty my patients</comment>
        <translation>Noch keine Patientinnen/Patienten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patients choose what they share with you. Ask your patient for an invitation code, then enter it under Settings → Sharing.</source>
        <comment>@info empty my patients</comment>
        <translation>Was Sie sehen, entscheiden die Patientinnen/Patienten selbst. Bitten Sie um einen Einladungscode und geben Sie ihn dann unter Einstellungen → Freigabe ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Once the patient has confirmed your safety number, what they share with you appears here.</source>
        <comment>@info empty my patients</comment>
        <translation>Sobald Ihre Sicherheitsnummer bestätigt ist, erscheint hier, was mit Ihnen geteilt wird.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../qml/components/shell/NavigationBar.qml" line="+58"/>
        <source>Main navigation</source>
        <comment>@label accessible</comment>
        <translation>Hauptnavigation</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>More</source>
        <comment>@action:button navigation overflow</comment>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>More pages</source>
        <comment>@action:button accessible</comment>
        <translation>Weitere Seiten</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../qml/components/shell/PageHeader.qml" line="+55"/>
        <location line="+1"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Syncing…</source>
        <comment>@info:status short</comment>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <comment>@info:status short</comment>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <comment>@info:status short</comment>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync problem</source>
        <comment>@info:status short</comment>
        <translation>Problem beim Synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <comment>@info:status short</comment>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync: %1</source>
        <comment>@action:button accessible</comment>
        <translation>Synchronisierung: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lock</source>
        <comment>@action:button lock the vault</comment>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock CareCircle</source>
        <comment>@action:button accessible</comment>
        <translation>CareCircle sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Tastenkürzel: Strg+L</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/vault/passphrasestrength.cpp" line="+113"/>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at least %n characters. A short sentence is easy to remember.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen. Ein kurzer Satz ist leicht zu merken.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen. Ein kurzer Satz ist leicht zu merken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a few more words, or mix in numbers and symbols. Avoid common words and runs like 1234.</source>
        <translation>Fügen Sie ein paar Wörter hinzu oder mischen Sie Zahlen und Sonderzeichen darunter. Vermeiden Sie gängige Wörter und Folgen wie 1234.</translation>
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
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide passphrase</source>
        <comment>@action:button accessible name</comment>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <comment>@action:button accessible name</comment>
        <translation>Passphrase anzeigen</translation>
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
        <translation>Neue Kommentare: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new comments</source>
        <comment>@info patient card</comment>
        <translation>Keine neuen Kommentare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: %1</source>
        <comment>@info patient card, a date</comment>
        <translation>Nächste Besprechung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review date planned</source>
        <comment>@info patient card</comment>
        <translation>Kein Besprechungstermin geplant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing flagged</source>
        <comment>@info accessible patient card</comment>
        <translation>Keine Auffälligkeiten</translation>
    </message>
</context>
<context>
    <name>PatientCareColumn</name>
    <message>
        <location filename="../../qml/components/cards/PatientCareColumn.qml" line="+19"/>
        <source>Check-in trends</source>
        <comment>@title:group patient view</comment>
        <translation>Check-in-Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check-ins shared</source>
        <comment>@info empty patient trends</comment>
        <translation>Keine Check-ins geteilt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest check-in (filled) against the one of %1 (outline).</source>
        <comment>@info radar chart legend</comment>
        <translation>Letzter Check-in (Fläche) im Vergleich zum Check-in vom %1 (Umriss).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Recent check-ins</source>
        <comment>@title patient view</comment>
        <translation>Letzte Check-ins</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Care plan</source>
        <comment>@title patient view</comment>
        <translation>Versorgungsplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No care plan is shared with you.</source>
        <comment>@info patient view</comment>
        <translation>Mit Ihnen ist kein Versorgungsplan geteilt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The review planned for %1 has passed.</source>
        <comment>@info care plan review date</comment>
        <translation>Die geplante Besprechung (%1) ist überfällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review: %1</source>
        <comment>@info care plan review date</comment>
        <translation>Nächste Besprechung: %1</translation>
    </message>
</context>
<context>
    <name>PatientOverview</name>
    <message>
        <location filename="../../qml/components/cards/PatientOverview.qml" line="+50"/>
        <source>Nothing flagged</source>
        <comment>@info patient view</comment>
        <translation>Keine Auffälligkeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: “%2”</source>
        <comment>@info check-in domain, the patient&apos;s note</comment>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multidisciplinary meeting</source>
        <comment>@title:group agenda</comment>
        <translation>Multidisziplinäre Besprechung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An agenda with the patient&apos;s goals in their own words, the flagged needs and the open questions of the last 30 days.</source>
        <comment>@info agenda</comment>
        <translation>Eine Tagesordnung mit den Zielen der Patientin/des Patienten in eigenen Worten, den Auffälligkeiten und Anliegen sowie den offenen Fragen der letzten 30 Tage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save agenda as PDF</source>
        <comment>@action:button</comment>
        <translation>Tagesordnung als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut: Ctrl+P</source>
        <comment>@info accessible</comment>
        <translation>Tastenkürzel: Strg+P</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save agenda as text</source>
        <comment>@action:button</comment>
        <translation>Tagesordnung als Text speichern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What matters to me</source>
        <comment>@title goals in the patient&apos;s own words</comment>
        <translation>Was mir wichtig ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goals of %1, in their own words.</source>
        <comment>@info patient view</comment>
        <translation>Ziele von %1, in eigenen Worten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No goals shared</source>
        <comment>@info empty patient goals</comment>
        <translation>Keine Ziele geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals are shared with you.</source>
        <comment>@info empty patient goals</comment>
        <translation>Mit Ihnen sind keine Ziele geteilt.</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../../qml/pages/workspace/PatientPage.qml" line="+58"/>
        <source>Save the meeting agenda</source>
        <comment>@title:window file dialog</comment>
        <translation>Tagesordnung für die multidisziplinäre Besprechung speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <comment>@item file type</comment>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <comment>@item file type</comment>
        <translation>Textdateien (*.txt)</translation>
    </message>
</context>
<context>
    <name>PatientSummary</name>
    <message>
        <location filename="../../qml/components/cards/PatientSummary.qml" line="+84"/>
        <source>Nothing flagged</source>
        <comment>@info patient card</comment>
        <translation>Keine Auffälligkeiten</translation>
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
        <translation>Nächstes Mal: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with %1</source>
        <comment>@info who does the activity</comment>
        <translation>mit %1</translation>
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
        <translation>Noch nicht erledigt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done %n time(s), last %1</source>
        <comment>@info activity log</comment>
        <translation>
            <numerusform>%n-mal erledigt, zuletzt: %1</numerusform>
            <numerusform>%n-mal erledigt, zuletzt: %1</numerusform>
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
        <translation>Heute erledigt ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done today</source>
        <comment>@action:button</comment>
        <translation>Heute erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is done today</source>
        <comment>@info accessible</comment>
        <translation>%1 ist heute erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as done today</source>
        <comment>@action:button accessible</comment>
        <translation>%1 als heute erledigt markieren</translation>
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
        <translation>Details zu %1</translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <location filename="../../qml/pages/plan/PlanEditorPage.qml" line="+39"/>
        <source>Start your care plan</source>
        <comment>@title:window</comment>
        <translation>Ihren Versorgungsplan beginnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit care plan</source>
        <comment>@title:window</comment>
        <translation>Versorgungsplan bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My care plan</source>
        <comment>@info default plan title</comment>
        <translation>Mein Versorgungsplan</translation>
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
        <translation>Plan beginnt am</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan ends on (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Plan endet am (optional)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who coordinates your care?</source>
        <comment>@label:listbox</comment>
        <translation>Wer koordiniert Ihre Versorgung?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody yet</source>
        <comment>@item:inlistbox coordinator</comment>
        <translation>Noch niemand</translation>
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
        <translation>Oft Ihre Case-Managerin/Ihr Case-Manager. Fügen Sie zuerst Personen zu Ihrem Versorgungsteam hinzu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next review (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Nächste Besprechung (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day you and your care team next look at the plan together, often the multidisciplinary meeting.</source>
        <comment>@info</comment>
        <translation>Der Tag, an dem Sie und Ihr Versorgungsteam den Plan das nächste Mal gemeinsam ansehen, oft bei der multidisziplinären Besprechung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the care plan</source>
        <comment>@action:button accessible</comment>
        <translation>Versorgungsplan speichern</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../qml/components/charts/ProgressChart.qml" line="+28"/>
        <source>No ratings yet</source>
        <comment>@info accessible chart</comment>
        <translation>Noch keine Einschätzungen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rating(s), from %1 to %2; the latest is %3 out of 10</source>
        <comment>@info accessible chart</comment>
        <translation>
            <numerusform>%n Einschätzung, von %1 bis %2; die letzte ist %3 von 10</numerusform>
            <numerusform>%n Einschätzungen, von %1 bis %2; die letzte ist %3 von 10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/ProgressDelegate.qml" line="+18"/>
        <source>%1 · %2 out of 10</source>
        <comment>@info progress entry: day, rating</comment>
        <translation>%1 · %2 von 10</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Written by %1 · %2</source>
        <comment>@info progress author and role</comment>
        <translation>Verfasst von %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by %1</source>
        <comment>@info progress author</comment>
        <translation>Verfasst von %1</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <location filename="../../src/domain/questionnaire.cpp" line="+51"/>
        <source>“%1” must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The field “%1” is missing or not valid text.</source>
        <translation>Das Feld „%1“ fehlt oder ist kein gültiger Text.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The text “%1” is missing or is not a set of translations.</source>
        <translation>Der Text „%1“ fehlt oder ist keine Sammlung von Übersetzungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text “%1” has an empty, too long or invalid translation.</source>
        <translation>Der Text „%1“ hat eine leere, zu lange oder ungültige Übersetzung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text “%1” must be given in Dutch, French, German and English.</source>
        <translation>Der Text „%1“ muss auf Niederländisch, Französisch, Deutsch und Englisch vorliegen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer options of “%1” must be a list of 2 to 20 options.</source>
        <translation>Die Antwortmöglichkeiten von „%1“ müssen eine Liste mit 2 bis 20 Einträgen sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An answer option of “%1” has a value outside 0 to 100.</source>
        <translation>Eine Antwortmöglichkeit von „%1“ hat einen Wert außerhalb von 0 bis 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two answer options of “%1” have the same value.</source>
        <translation>Zwei Antwortmöglichkeiten von „%1“ haben denselben Wert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scale of “%1” must go up from 0 or more to 100 at most.</source>
        <translation>Die Skala von „%1“ muss aufsteigend bei 0 oder mehr beginnen und höchstens bis 100 reichen.</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>The questionnaire file is too large.</source>
        <translation>Die Fragebogendatei ist zu groß.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The questionnaire file is not valid JSON.</source>
        <translation>Die Fragebogendatei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>The questionnaire file has a format this version of CareCircle cannot read.</source>
        <translation>Die Fragebogendatei hat ein Format, das diese Version von CareCircle nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The questionnaire kind “%1” is not one CareCircle knows.</source>
        <translation>Die Fragebogenart „%1“ kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instrument “%1” is not one CareCircle can store.</source>
        <translation>Den Fragebogen „%1“ kann CareCircle nicht speichern.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A questionnaire needs a list of 1 to 100 items.</source>
        <translation>Ein Fragebogen braucht eine Liste mit 1 bis 100 Fragen.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Every item of the questionnaire must be an object.</source>
        <translation>Jede Frage des Fragebogens muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item id “%1” is used twice.</source>
        <translation>Die Fragekennung „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The item “%1” has both answer options and a scale.</source>
        <translation>Die Frage „%1“ hat sowohl Antwortmöglichkeiten als auch eine Skala.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The item “%1” has neither answer options nor a scale.</source>
        <translation>Die Frage „%1“ hat weder Antwortmöglichkeiten noch eine Skala.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The check-in domain “%1” is not one CareCircle knows.</source>
        <translation>Den Lebensbereich „%1“ des Check-ins kennt CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check-in domain “%1” needs a scale from 0 to 10.</source>
        <translation>Der Lebensbereich „%1“ des Check-ins braucht eine Skala von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A check-in is not scored: it has no “%1”.</source>
        <translation>Ein Check-in wird nicht ausgewertet: Er hat kein Feld „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scoring method must be “%1”.</source>
        <translation>Die Auswertungsmethode muss „%1“ sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The score multiplier must be between 1 and 100.</source>
        <translation>Der Multiplikator für den Punktwert muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The score range of “%1” does not match the instrument.</source>
        <translation>Der Punktwertbereich von „%1“ passt nicht zum Fragebogen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An instrument needs a list of 1 to 20 score bands.</source>
        <translation>Ein auswertbarer Fragebogen braucht eine Liste mit 1 bis 20 Auswertungsstufen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A score band ends before it starts.</source>
        <translation>Eine Auswertungsstufe endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>The score bands must cover every score from %1.</source>
        <translation>Die Auswertungsstufen müssen jeden Punktwert ab %1 abdecken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two score bands overlap.</source>
        <translation>Zwei Auswertungsstufen überschneiden sich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The score bands leave a gap.</source>
        <translation>Zwischen den Auswertungsstufen gibt es eine Lücke.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Only an instrument has a score.</source>
        <translation>Nur ein auswertbarer Fragebogen hat einen Punktwert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please answer every question.</source>
        <translation>Bitte beantworten Sie alle Fragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An answer is not one of the options.</source>
        <translation>Eine Antwort gehört nicht zu den Antwortmöglichkeiten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+28"/>
        <source>This questionnaire is not available.</source>
        <translation>Dieser Fragebogen ist nicht verfügbar.</translation>
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
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 now, %3 before</source>
        <comment>@info accessible radar value</comment>
        <translation>%1: jetzt %2, früher %3</translation>
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
        <translation>Die Lebensbereiche, von oben im Uhrzeigersinn:</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Radar of your six domains. %1</source>
        <comment>@info accessible</comment>
        <translation>Netzdiagramm Ihrer sechs Lebensbereiche. %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../qml/pages/session/RecoveryKeyPage.qml" line="+25"/>
        <source>Recovery key</source>
        <comment>@title:window</comment>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your recovery key</source>
        <comment>@title:window</comment>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your recovery key, shown again</source>
        <comment>@title</comment>
        <translation>Ihr Wiederherstellungsschlüssel, erneut angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down your recovery key</source>
        <comment>@title</comment>
        <translation>Schreiben Sie Ihren Wiederherstellungsschlüssel auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the same recovery key you were given when you started. Check that your written copy matches it, then keep it somewhere safe.</source>
        <comment>@info recovery key shown again</comment>
        <translation>Das ist derselbe Wiederherstellungsschlüssel, den Sie zu Beginn erhalten haben. Prüfen Sie, ob Ihre Abschrift damit übereinstimmt, und bewahren Sie sie dann an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you ever forget your passphrase, this key is the only way back into your information. Nobody else can open it for you, not even the makers of CareCircle. It is shown only this once.</source>
        <comment>@info recovery key first time</comment>
        <translation>Falls Sie Ihre Passphrase einmal vergessen, ist dieser Schlüssel der einzige Weg zurück zu Ihren Informationen. Niemand sonst kann sie für Sie öffnen, auch nicht das Team hinter CareCircle. Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Recovery key, %n group(s) of four characters</source>
        <comment>@info accessible</comment>
        <translation>
            <numerusform>Wiederherstellungsschlüssel, %n Gruppe aus vier Zeichen</numerusform>
            <numerusform>Wiederherstellungsschlüssel, %n Gruppen aus je vier Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Group %1: %2</source>
        <comment>@info accessible; %2 is spelled out character by character</comment>
        <translation>Gruppe %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the characters 0–9 and A–Z are used, without I, L, O and U, so 0 is always zero and 1 is always one.</source>
        <comment>@info recovery key alphabet</comment>
        <translation>Es werden nur die Zeichen 0–9 und A–Z verwendet, ohne I, L, O und U. Eine 0 ist also immer eine Null und eine 1 immer eine Eins.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep it on paper, away from this device, for example with your important documents. Don’t take a photo of it.</source>
        <comment>@info recovery key advice</comment>
        <translation>Bewahren Sie ihn auf Papier auf, getrennt von diesem Gerät, zum Beispiel bei Ihren wichtigen Unterlagen. Fotografieren Sie ihn nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have written it down or stored it somewhere safe</source>
        <comment>@option:check</comment>
        <translation>Ich habe ihn aufgeschrieben oder an einem sicheren Ort aufbewahrt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First confirm that you stored the key</source>
        <comment>@info accessible</comment>
        <translation>Bestätigen Sie zuerst, dass Sie den Schlüssel aufbewahrt haben</translation>
    </message>
</context>
<context>
    <name>RevealRecoveryKeyDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/RevealRecoveryKeyDialog.qml" line="+35"/>
        <source>Show your recovery key</source>
        <comment>@title:window</comment>
        <translation>Wiederherstellungsschlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>To see your recovery key again, enter your passphrase. Make sure nobody can see your screen.</source>
        <comment>@info reveal recovery key</comment>
        <translation>Geben Sie Ihre Passphrase ein, um Ihren Wiederherstellungsschlüssel erneut zu sehen. Achten Sie darauf, dass niemand auf Ihren Bildschirm schauen kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show recovery key</source>
        <comment>@action:button</comment>
        <translation>Wiederherstellungsschlüssel anzeigen</translation>
    </message>
</context>
<context>
    <name>SafetyNumber</name>
    <message>
        <location filename="../../qml/components/controls/SafetyNumber.qml" line="+19"/>
        <source>Safety number: %1</source>
        <comment>@info accessible</comment>
        <translation>Sicherheitsnummer: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleInWords</name>
    <message>
        <location filename="../../src/domain/schedulerules.cpp" line="+24"/>
        <source>%1 and %2</source>
        <comment>@info list, last item</comment>
        <translation>%1 und %2</translation>
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
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dddd d MMMM yyyy</source>
        <comment>@info:date format, Qt date pattern</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When needed</source>
        <comment>@info schedule</comment>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once, on %1</source>
        <comment>@info schedule, %1 a day</comment>
        <translation>Einmalig am %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Every day</source>
        <comment>@info schedule</comment>
        <translation>Täglich</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Every %n days</source>
        <comment>@info schedule, n ≥ 2</comment>
        <translation>
            <numerusform>Jeden Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, only on %2</source>
        <comment>@info schedule, %2 weekdays</comment>
        <translation>%1, nur am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1</source>
        <comment>@info schedule, %1 weekdays</comment>
        <translation>Jeden %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n weeks on %1</source>
        <comment>@info schedule, n ≥ 2, %1 weekdays</comment>
        <translation>
            <numerusform>Jede Woche am %1</numerusform>
            <numerusform>Alle %n Wochen am %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from %2</source>
        <comment>@info schedule, %2 a day</comment>
        <translation>%1, ab %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2</source>
        <comment>@info schedule, %2 a time of day</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, until %2</source>
        <comment>@info schedule, %2 a day</comment>
        <translation>%1, bis %2</translation>
    </message>
</context>
<context>
    <name>ScoreResultCard</name>
    <message>
        <location filename="../../qml/components/cards/ScoreResultCard.qml" line="+20"/>
        <source>Your result</source>
        <comment>@title:group questionnaire result</comment>
        <translation>Ihr Ergebnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>%1 out of %2</source>
        <comment>@info questionnaire score</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score: %1</source>
        <comment>@info accessible</comment>
        <translation>Punktwert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sum of your answers: %1 out of %2, multiplied by %3.</source>
        <comment>@info questionnaire raw score</comment>
        <translation>Summe Ihrer Antworten: %1 von %2, multipliziert mit %3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Talk about this with your care team. A score is a way to start the conversation, not a diagnosis.</source>
        <comment>@info questionnaire result</comment>
        <translation>Sprechen Sie mit Ihrem Versorgungsteam darüber. Ein Punktwert ist ein Anlass für ein Gespräch, keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../../src/server/hinthub.cpp" line="+60"/>
        <source>Cannot open the notification connection.</source>
        <translation>Die Verbindung für Benachrichtigungen kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot LISTEN for hints.</source>
        <translation>LISTEN für Hinweise ist nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../src/server/database.cpp" line="+42"/>
        <source>The server&apos;s database failed.</source>
        <translation>In der Datenbank des Servers ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot create the data directory.</source>
        <translation>Das Datenverzeichnis kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Qt SQL driver for this database is missing.</source>
        <translation>Der Qt-SQL-Treiber für diese Datenbank fehlt.</translation>
    </message>
    <message>
        <location filename="../../src/server/schema.cpp" line="+132"/>
        <source>The database was written by a newer server.</source>
        <translation>Die Datenbank wurde von einer neueren Serverversion geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/server/recordstore.cpp" line="+195"/>
        <source>No such space.</source>
        <translation>Diesen Kreis gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/settings/SettingsPage.qml" line="+39"/>
        <source>Settings</source>
        <comment>@title:window</comment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <comment>@info</comment>
        <translation>Ihre Passphrase wurde geändert. Verwenden Sie ab jetzt die neue.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sync and devices</source>
        <comment>@title:group</comment>
        <translation>Synchronisierung und Geräte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices and sync</source>
        <comment>@action:button</comment>
        <translation>Geräte und Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sync and devices</source>
        <comment>@action:button accessible</comment>
        <translation>Synchronisierung und Geräte öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sharing</source>
        <comment>@title:group</comment>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who sees what, invite your care team or family, see who looked at your data, or enter an invitation code you received.</source>
        <comment>@info</comment>
        <translation>Legen Sie fest, wer was sieht, laden Sie Ihr Versorgungsteam oder Ihre Familie ein, sehen Sie nach, wer Ihre Daten angesehen hat, oder geben Sie einen erhaltenen Einladungscode ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sharing and invitations</source>
        <comment>@action:button</comment>
        <translation>Freigabe und Einladungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Security</source>
        <comment>@title:group</comment>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock CareCircle when I haven’t used it for</source>
        <comment>@label:listbox</comment>
        <translation>CareCircle sperren, wenn ich es nicht benutze, nach</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n minute(s)</source>
        <comment>@item:inlistbox auto-lock</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock CareCircle now</source>
        <comment>@action:button accessible</comment>
        <translation>CareCircle jetzt sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Tastenkürzel: Strg+L</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remember on this device</source>
        <comment>@option:check</comment>
        <translation>Auf diesem Gerät merken</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>When on, this device opens CareCircle without your passphrase, using its secure keystore. Turn it off on a device you share.</source>
        <comment>@info remember on device</comment>
        <translation>Wenn aktiviert, öffnet dieses Gerät CareCircle ohne Ihre Passphrase über seinen sicheren Schlüsselspeicher. Schalten Sie diese Option auf einem Gerät aus, das Sie mit anderen teilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no secure keystore that CareCircle can use, so you type your passphrase each time.</source>
        <comment>@info remember on device unavailable</comment>
        <translation>Dieses Gerät hat keinen sicheren Schlüsselspeicher, den CareCircle nutzen kann. Deshalb geben Sie Ihre Passphrase jedes Mal ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change passphrase…</source>
        <comment>@action:button</comment>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show recovery key…</source>
        <comment>@action:button</comment>
        <translation>Wiederherstellungsschlüssel anzeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recovery key</source>
        <comment>@action:button accessible</comment>
        <translation>Wiederherstellungsschlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for your passphrase first</source>
        <comment>@info accessible</comment>
        <translation>Fragt zuerst nach Ihrer Passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appearance</source>
        <comment>@title:group</comment>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text size</source>
        <comment>@label:listbox</comment>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Normal (100 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Normal (100 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger (125 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Etwas größer (125 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large (150 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Groß (150 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very large (175 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Sehr groß (175 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest (200 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Maximal (200 %)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colours</source>
        <comment>@label:listbox</comment>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Light</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About</source>
        <comment>@title:group</comment>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your information is stored encrypted on this device, in:</source>
        <comment>@info</comment>
        <translation>Ihre Informationen werden verschlüsselt auf diesem Gerät gespeichert, in:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vault location</source>
        <comment>@label accessible</comment>
        <translation>Speicherort des Tresors</translation>
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
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in of %1</source>
        <comment>@title a check-in, a date</comment>
        <translation>Check-in vom %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by %1</source>
        <comment>@info goal target date</comment>
        <translation>bis %1</translation>
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
        <translation>Zielvorgabe: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Getting harder: worth discussing at the meeting.</source>
        <comment>@info flagged goal</comment>
        <translation>Fällt schwerer: ein Thema für die Besprechung.</translation>
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
        <translation>Möchte %1 besprechen: „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants to discuss %1</source>
        <comment>@info check-in domain</comment>
        <translation>Möchte %1 besprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2”</source>
        <comment>@info check-in domain, note</comment>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comments</source>
        <comment>@title comments on a shared item</comment>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your comment for the patient and the care team</source>
        <comment>@info:placeholder</comment>
        <translation>Ihr Kommentar für die Patientin/den Patienten und das Versorgungsteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on %1</source>
        <comment>@label:textbox accessible, what is commented</comment>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Comment</source>
        <comment>@action:button</comment>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on %1</source>
        <comment>@action:button accessible, what is commented</comment>
        <translation>%1 kommentieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send comment</source>
        <comment>@action:button</comment>
        <translation>Kommentar senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+Enter</source>
        <comment>@info accessible</comment>
        <translation>Tastenkürzel: Strg+Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the comment</source>
        <comment>@action:button accessible</comment>
        <translation>Kommentar verwerfen</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../qml/pages/sharing/SharingPage.qml" line="+21"/>
        <source>Sharing</source>
        <comment>@title:window</comment>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You decide who sees what. Everything is private until you put it in a space and invite people to that space. What you share is locked for them alone: the server cannot read it.</source>
        <comment>@info sharing intro</comment>
        <translation>Sie entscheiden, wer was sieht. Alles bleibt privat, bis Sie es in einen Kreis legen und Personen in diesen Kreis einladen. Was Sie teilen, ist nur für diese Personen verschlüsselt: Der Server kann es nicht lesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect to share</source>
        <comment>@title:group</comment>
        <translation>Zum Teilen verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inviting people needs a CareCircle server. You can already make spaces and choose what goes in them.</source>
        <comment>@info</comment>
        <translation>Um Personen einzuladen, brauchen Sie einen CareCircle-Server. Kreise anlegen und auswählen, was hineinkommt, können Sie schon jetzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your spaces</source>
        <comment>@title:group</comment>
        <translation>Ihre Kreise</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1, %2, %n items</source>
        <comment>@info accessible space row</comment>
        <translation>
            <numerusform>%1, %2, %n Eintrag</numerusform>
            <numerusform>%1, %2, %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1 · %n items</source>
        <comment>@info space: who, how many items</comment>
        <translation>
            <numerusform>%1 · %n Eintrag</numerusform>
            <numerusform>%1 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make a space</source>
        <comment>@title:group</comment>
        <translation>Kreis anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example “Care team”, “Family” or “GP only”. Then invite people to it and choose, item by item, what goes in it.</source>
        <comment>@info</comment>
        <translation>Zum Beispiel „Versorgungsteam“, „Familie“ oder „Nur Hausarztpraxis“. Laden Sie dann Personen in den Kreis ein und wählen Sie Eintrag für Eintrag, was hineinkommt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Care team</source>
        <comment>@item suggested space name</comment>
        <translation>Versorgungsteam</translation>
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
        <translation>Nur Hausarztpraxis</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <comment>@label:textbox space name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colour</source>
        <comment>@label</comment>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Make this space</source>
        <comment>@action:button</comment>
        <translation>Diesen Kreis anlegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open invitations</source>
        <comment>@title:group</comment>
        <translation>Offene Einladungen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 accepted your invitation to “%2”: compare the safety number</source>
        <comment>@info</comment>
        <translation>%1 hat Ihre Einladung zu „%2“ angenommen: Vergleichen Sie die Sicherheitsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To “%1”, valid until %2</source>
        <comment>@info open invitation</comment>
        <translation>Zu „%1“, gültig bis %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Were you invited?</source>
        <comment>@title:group</comment>
        <translation>Wurden Sie eingeladen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a patient or a relative gave you an invitation code, enter it here to see what they share with you.</source>
        <comment>@info</comment>
        <translation>Wenn Ihnen eine Patientin/ein Patient oder eine angehörige Person einen Einladungscode gegeben hat, geben Sie ihn hier ein, um zu sehen, was mit Ihnen geteilt wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter an invitation code</source>
        <comment>@action:button</comment>
        <translation>Einladungscode eingeben</translation>
    </message>
</context>
<context>
    <name>SideNavigation</name>
    <message>
        <location filename="../../qml/components/shell/SideNavigation.qml" line="+48"/>
        <source>Main navigation</source>
        <comment>@label accessible</comment>
        <translation>Hauptnavigation</translation>
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
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock CareCircle</source>
        <comment>@action:button accessible</comment>
        <translation>CareCircle sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Tastenkürzel: Strg+L</translation>
    </message>
</context>
<context>
    <name>SpacePage</name>
    <message>
        <location filename="../../qml/pages/sharing/SpacePage.qml" line="+46"/>
        <source>Remove %1?</source>
        <comment>@title:dialog</comment>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From now on %1 receives nothing new from “%2”: new items are locked with a new key they do not have. What %1 already saw stays with them; CareCircle cannot take it back.</source>
        <comment>@info remove member</comment>
        <translation>Ab jetzt erhält %1 nichts Neues mehr aus „%2“: Neue Einträge werden mit einem neuen Schlüssel verschlossen, den diese Person nicht hat. Was %1 bereits gesehen hat, bleibt bei ihr; CareCircle kann es nicht zurückholen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>@action:button remove member</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only for you</source>
        <comment>@title:group</comment>
        <translation>Nur für Sie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is in your private space is never shared. To share something, make a space under Sharing and choose it under “Who can see this?”.</source>
        <comment>@info</comment>
        <translation>Was in Ihrem privaten Bereich ist, wird nie geteilt. Um etwas zu teilen, legen Sie unter „Freigabe“ einen Kreis an und wählen ihn unter „Wer kann das sehen?“ aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People in this space</source>
        <comment>@title:group</comment>
        <translation>Personen in diesem Kreis</translation>
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
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Verified in person</source>
        <comment>@info safety number compared</comment>
        <translation>✓ Persönlich überprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified: the safety number was not compared</source>
        <comment>@info</comment>
        <translation>Nicht überprüft: Die Sicherheitsnummer wurde nicht verglichen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What %1 may do</source>
        <comment>@label</comment>
        <translation>Was %1 tun darf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>End date…</source>
        <comment>@action:button choose until when a member receives new items</comment>
        <translation>Enddatum…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date for %1</source>
        <comment>@action:button accessible</comment>
        <translation>Enddatum für %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+47"/>
        <source>Mark as not verified</source>
        <comment>@action:button</comment>
        <translation>Als nicht überprüft markieren</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Compare safety number</source>
        <comment>@action:button</comment>
        <translation>Sicherheitsnummer vergleichen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove</source>
        <comment>@action:button</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invite someone</source>
        <comment>@action:button</comment>
        <translation>Jemanden einladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server first to invite people.</source>
        <comment>@info</comment>
        <translation>Verbinden Sie sich zuerst mit einem Server, um Personen einzuladen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What needs attention</source>
        <comment>@title:group attention flags of a space</comment>
        <translation>Was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CareCircle can point out to the people in this space when a check-in is worse than before, when you want to discuss something, when your care plan is due for review or a goal is getting harder. You see the same on your Home page.</source>
        <comment>@info attention flags</comment>
        <translation>CareCircle kann die Menschen in diesem Kreis darauf hinweisen, wenn ein Check-in schlechter ist als zuvor, wenn Sie etwas besprechen möchten, wenn Ihr Versorgungsplan überprüft werden sollte oder ein Ziel schwieriger wird. Dasselbe sehen Sie auf Ihrer Seite „Heute“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Point these out to the people in this space</source>
        <comment>@option:check attention flags</comment>
        <translation>Die Menschen in diesem Kreis darauf hinweisen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Share my check-in history</source>
        <comment>@title:group</comment>
        <translation>Meine bisherigen Check-ins teilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-ins you did before you made this space stay private. Share them from a day you choose, so that someone new in this space sees how you have been doing over time.</source>
        <comment>@info share check-in history</comment>
        <translation>Check-ins, die Sie gemacht haben, bevor Sie diesen Kreis angelegt haben, bleiben privat. Teilen Sie sie ab einem Tag Ihrer Wahl, damit jemand, der neu in diesem Kreis ist, sieht, wie es Ihnen im Lauf der Zeit ergangen ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share my check-ins since</source>
        <comment>@label a date</comment>
        <translation>Meine Check-ins teilen ab</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share check-ins…</source>
        <comment>@action:button</comment>
        <translation>Check-ins teilen…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n check-in(s) shared with “%1”.</source>
        <comment>@info undo bar</comment>
        <translation>
            <numerusform>%n Check-in mit „%1“ geteilt.</numerusform>
            <numerusform>%n Check-ins mit „%1“ geteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Share %n check-in(s)?</source>
        <comment>@title:dialog</comment>
        <translation>
            <numerusform>%n Check-in teilen?</numerusform>
            <numerusform>%n Check-ins teilen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s) from your private space will move to “%1”. Everyone in it will see your answers and how they changed over time. You can undo this right afterwards, or later move a check-in back under “Who can see this?”.</source>
        <comment>@info share check-in history</comment>
        <translation>
            <numerusform>%n Check-in aus Ihrem privaten Bereich wird in „%1“ verschoben. Alle in diesem Kreis sehen dann Ihre Antworten und wie sie sich im Lauf der Zeit verändert haben. Sie können das gleich danach rückgängig machen oder ein Check-in später unter „Wer kann das sehen?“ zurücklegen.</numerusform>
            <numerusform>%n Check-ins aus Ihrem privaten Bereich werden in „%1“ verschoben. Alle in diesem Kreis sehen dann Ihre Antworten und wie sie sich im Lauf der Zeit verändert haben. Sie können das gleich danach rückgängig machen oder ein Check-in später unter „Wer kann das sehen?“ zurücklegen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <comment>@action:button share check-ins</comment>
        <translation>Teilen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Until when may %1 receive new items?</source>
        <comment>@title:dialog</comment>
        <translation>Bis wann darf %1 neue Einträge erhalten?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No end date</source>
        <comment>@option:radio</comment>
        <translation>Kein Enddatum</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Until a day I choose</source>
        <comment>@option:radio</comment>
        <translation>Bis zu einem Tag, den ich wähle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last day</source>
        <comment>@label membership end</comment>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Compare with %1</source>
        <comment>@title:dialog</comment>
        <translation>Mit %1 vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meet in person or call. Both of you open this person in CareCircle; the numbers must be the same.</source>
        <comment>@info</comment>
        <translation>Treffen Sie sich persönlich oder telefonieren Sie. Öffnen Sie beide in CareCircle den Eintrag der jeweils anderen Person; die Nummern müssen gleich sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The numbers match</source>
        <comment>@action:button</comment>
        <translation>Die Nummern stimmen überein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who looked at this space</source>
        <comment>@title:group</comment>
        <translation>Wer diesen Kreis angesehen hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each time someone&apos;s CareCircle fetched items of this space, the server noted who and when.</source>
        <comment>@info</comment>
        <translation>Jedes Mal, wenn CareCircle bei jemandem Einträge aus diesem Kreis abgerufen hat, hat der Server festgehalten, wer und wann.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody yet</source>
        <comment>@info empty access log</comment>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone you invited opens what you share, you will see it here.</source>
        <comment>@info</comment>
        <translation>Wenn jemand, den Sie eingeladen haben, öffnet, was Sie teilen, sehen Sie es hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server to see the access log.</source>
        <comment>@info</comment>
        <translation>Verbinden Sie sich mit einem Server, um das Zugriffsprotokoll zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 · %2 · %n item(s)</source>
        <comment>@info access log: who · when · how many</comment>
        <translation>
            <numerusform>%1 · %2 · %n Eintrag</numerusform>
            <numerusform>%1 · %2 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <comment>@action:button</comment>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>StepEditorRow</name>
    <message>
        <location filename="../../qml/components/controls/StepEditorRow.qml" line="+29"/>
        <source>Step %1</source>
        <comment>@info:placeholder</comment>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1</source>
        <comment>@label:textbox</comment>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <comment>@action:button remove a step</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step %1</source>
        <comment>@action:button accessible</comment>
        <translation>Schritt %1 entfernen</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../qml/components/controls/StrengthMeter.qml" line="+26"/>
        <source>Passphrase strength</source>
        <comment>@label accessible name of the meter</comment>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Strength: %1</source>
        <comment>@info passphrase strength verdict</comment>
        <translation>Stärke: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="-37"/>
        <location filename="../../src/sync/devicelink.cpp" line="+305"/>
        <source>The code is not correct. Check it for typing mistakes and try again.</source>
        <translation>Der Code ist nicht korrekt. Prüfen Sie ihn auf Tippfehler und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="-185"/>
        <location filename="../../src/sync/sharing.cpp" line="+320"/>
        <location line="+148"/>
        <source>Choose a role for the person: editor, contributor or viewer.</source>
        <translation>Wählen Sie aus, was die Person tun darf: mit Ihnen bearbeiten, lesen und kommentieren oder nur lesen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../src/sync/spacesync.cpp" line="+43"/>
        <source>This invitation has expired or was already used. Ask for a new one.</source>
        <translation>Diese Einladung ist abgelaufen oder wurde bereits verwendet. Fordern Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/accountbundle.cpp" line="+28"/>
        <source>The account data received is damaged or incomplete.</source>
        <translation>Die empfangenen Kontodaten sind beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>This recovery key does not open the account&apos;s data. Check the key.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet die Daten des Kontos nicht. Prüfen Sie den Schlüssel.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The link code is not complete.</source>
        <translation>Der Verknüpfungscode ist nicht vollständig.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/wire.cpp" line="+235"/>
        <source>The server is busy with too many requests. CareCircle will try again shortly.</source>
        <translation>Der Server ist mit zu vielen Anfragen ausgelastet. CareCircle versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept this device. It may have been removed from your account.</source>
        <translation>Der Server hat dieses Gerät nicht akzeptiert. Vielleicht wurde es aus Ihrem Konto entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not allow this device or account to do that.</source>
        <translation>Der Server erlaubt das diesem Gerät oder Konto nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signature did not check out. Nothing was changed; try again, or link the device anew.</source>
        <translation>Eine Signatur war ungültig. Es wurde nichts geändert; versuchen Sie es erneut oder verknüpfen Sie das Gerät neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record was sent to the wrong place and refused.</source>
        <translation>Ein Eintrag wurde an die falsche Stelle gesendet und abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/sync/devicelink.cpp" line="-273"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>Der Code ist abgelaufen. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know this account, code or address. Check what you typed.</source>
        <translation>Der Server kennt dieses Konto, diesen Code oder diese Adresse nicht. Prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The space&apos;s key has been replaced. CareCircle will fetch the new key and try again.</source>
        <translation>Der Schlüssel des Kreises wurde ersetzt. CareCircle ruft den neuen Schlüssel ab und versucht es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this at the same time. Try again.</source>
        <translation>Jemand anderes hat das gleichzeitig geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/recordproof.cpp" line="+103"/>
        <location filename="../../src/protocol/wire.cpp" line="+2"/>
        <location filename="../../src/sync/pushbatch.cpp" line="+43"/>
        <source>The server refused a change that is too large.</source>
        <translation>Der Server hat eine zu große Änderung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/wire.cpp" line="+3"/>
        <source>The server has a problem right now. Your changes are safe on this device and will be sent later.</source>
        <translation>Der Server hat gerade ein Problem. Ihre Änderungen sind auf diesem Gerät sicher und werden später gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not understand a request. Update CareCircle or ask its operator.</source>
        <translation>Der Server hat eine Anfrage nicht verstanden. Aktualisieren Sie CareCircle oder wenden Sie sich an die Person, die den Server betreibt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server cannot be reached. Your changes are safe on this device and will be sent when you are online.</source>
        <translation>Der Server ist nicht erreichbar. Ihre Änderungen sind auf diesem Gerät sicher und werden gesendet, sobald wieder eine Verbindung besteht.</translation>
    </message>
    <message>
        <location filename="../../src/sync/accountsupport.cpp" line="+42"/>
        <source>The account&apos;s keys are incomplete.</source>
        <translation>Die Schlüssel des Kontos sind unvollständig.</translation>
    </message>
    <message>
        <location filename="../../src/sync/httpclient.cpp" line="+16"/>
        <source>The server sent an answer CareCircle cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die CareCircle nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../../src/sync/accountsupport.cpp" line="+77"/>
        <source>The server answered for another account. Nothing was changed.</source>
        <translation>Der Server hat für ein anderes Konto geantwortet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/sync/devicelink.cpp" line="+5"/>
        <source>Linking was cancelled.</source>
        <translation>Das Verknüpfen wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The answering device does not know the code. Nothing was shared.</source>
        <translation>Das antwortende Gerät kennt den Code nicht. Es wurde nichts weitergegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linked device</source>
        <translation>Verknüpftes Gerät</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../src/sync/httpclient.cpp" line="+126"/>
        <location filename="../../src/sync/sharing.cpp" line="-433"/>
        <location filename="../../src/sync/syncengine.cpp" line="+717"/>
        <location line="+31"/>
        <location line="+37"/>
        <source>This device is not connected to a server.</source>
        <translation>Dieses Gerät ist nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>No device is waiting with this code. Check the code, or ask for a new one.</source>
        <translation>Kein Gerät wartet mit diesem Code. Prüfen Sie den Code oder fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No account on this server has this recovery key. Check the key and the server.</source>
        <translation>Auf diesem Server gibt es kein Konto mit diesem Wiederherstellungsschlüssel. Prüfen Sie den Schlüssel und den Server.</translation>
    </message>
    <message>
        <location filename="../../src/sync/recordapplier.cpp" line="+129"/>
        <source>Its header is malformed.</source>
        <translation>Sein Kopf ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was moved from another sharing space.</source>
        <translation>Er wurde aus einem anderen Kreis verschoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was written by a device that is neither part of this account nor of a member of the space.</source>
        <translation>Er wurde von einem Gerät geschrieben, das weder zu diesem Konto noch zu einem Mitglied des Kreises gehört.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its signature does not match its author.</source>
        <translation>Seine Signatur passt nicht zu der Person, die ihn verfasst hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was made on a device whose clock is far ahead.</source>
        <translation>Er wurde auf einem Gerät erstellt, dessen Uhr weit vorgeht.</translation>
    </message>
    <message numerus="yes">
        <location line="+474"/>
        <source>%n change(s) from the server were refused: %1</source>
        <translation>
            <numerusform>%n Änderung vom Server wurde abgelehnt: %1</numerusform>
            <numerusform>%n Änderungen vom Server wurden abgelehnt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/sync/syncengine.cpp" line="-138"/>
        <source>The server address is not valid. It looks like https://care.example.org.</source>
        <translation>Die Serveradresse ist ungültig. Sie sieht etwa so aus: https://care.example.org.</translation>
    </message>
    <message>
        <location filename="../../src/sync/sharing.cpp" line="+6"/>
        <source>Only the owner of a sharing space can change who is in it.</source>
        <translation>Nur die Eigentümerin/der Eigentümer eines Kreises kann ändern, wer dazugehört.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/sync/spacesync.cpp" line="-4"/>
        <source>This invitation code is not valid. Check it for typing mistakes, or ask for a new one.</source>
        <translation>Dieser Einladungscode ist ungültig. Prüfen Sie ihn auf Tippfehler oder fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+7"/>
        <source>The answer to the invitation was not made with its code. It was not accepted; create a new invitation.</source>
        <translation>Die Antwort auf die Einladung wurde nicht mit deren Code erstellt. Sie wurde nicht angenommen; erstellen Sie eine neue Einladung.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>An invitation must end within the next 7 days.</source>
        <translation>Eine Einladung muss innerhalb der nächsten 7 Tage ablaufen.</translation>
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
        <translation>Die Schlüssel des Kontos konnten nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../../src/sync/sharing.cpp" line="-210"/>
        <source>Nobody has accepted this invitation yet.</source>
        <translation>Noch niemand hat diese Einladung angenommen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+22"/>
        <source>This person is not a member of the space.</source>
        <translation>Diese Person ist kein Mitglied des Kreises.</translation>
    </message>
    <message>
        <location filename="../../src/sync/syncengine.cpp" line="+133"/>
        <source>This device cannot remove itself from the account.</source>
        <translation>Dieses Gerät kann sich nicht selbst aus dem Konto entfernen.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/sharing.cpp" line="-232"/>
        <source>The member list of this space is damaged or incomplete.</source>
        <translation>Die Mitgliederliste dieses Kreises ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key for this space did not check out. Ask its owner.</source>
        <translation>Der Schlüssel für diesen Kreis war ungültig. Wenden Sie sich an die Eigentümerin/den Eigentümer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invitation&apos;s details are damaged or do not match the code.</source>
        <translation>Die Angaben der Einladung sind beschädigt oder passen nicht zum Code.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The names in this invitation are too long.</source>
        <translation>Die Namen in dieser Einladung sind zu lang.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>This role is not known to this version of CareCircle.</source>
        <translation>Diese Rolle kennt diese Version von CareCircle nicht.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The invitation code is not complete.</source>
        <translation>Der Einladungscode ist nicht vollständig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <location line="+5"/>
        <source>The invitation could not be prepared.</source>
        <translation>Die Einladung konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../../src/sync/spacesync.cpp" line="-515"/>
        <source>The sharing space has a new key. CareCircle fetches it and sends your changes again.</source>
        <translation>Der Kreis hat einen neuen Schlüssel. CareCircle ruft ihn ab und sendet Ihre Änderungen erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone has already accepted this invitation. Ask for a new one.</source>
        <translation>Jemand hat diese Einladung bereits angenommen. Fordern Sie eine neue an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot accept this invitation: it is your own, or you are already a member.</source>
        <translation>Sie können diese Einladung nicht annehmen: Es ist Ihre eigene, oder Sie sind bereits Mitglied.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role in this sharing space does not allow this. Nothing was changed.</source>
        <translation>Ihre Rolle in diesem Kreis erlaubt das nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The member list of a sharing space does not carry its owner&apos;s valid signature, or is older than the one already here. It was not accepted.</source>
        <translation>Die Mitgliederliste eines Kreises trägt keine gültige Signatur der Eigentümerin/des Eigentümers oder ist älter als die bereits vorhandene. Sie wurde nicht angenommen.</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>A key of a sharing space did not come from its owner. It was not accepted.</source>
        <translation>Ein Schlüssel eines Kreises stammt nicht von der Eigentümerin/vom Eigentümer. Er wurde nicht angenommen.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The member list of this sharing space is not here yet.</source>
        <translation>Die Mitgliederliste dieses Kreises ist noch nicht da.</translation>
    </message>
    <message>
        <location filename="../../src/sync/rolecheck.cpp" line="+114"/>
        <source>Its author&apos;s role in the sharing space does not allow writing.</source>
        <translation>Die Rolle der Verfasserin/des Verfassers im Kreis erlaubt kein Schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was written after its author&apos;s membership of the space ended.</source>
        <translation>Er wurde geschrieben, nachdem die Mitgliedschaft der Verfasserin/des Verfassers im Kreis geendet hatte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its author&apos;s role only allows changing records that their own devices wrote.</source>
        <translation>Die Rolle der Verfasserin/des Verfassers erlaubt nur, Einträge der eigenen Geräte zu ändern.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only the owner of the sharing space may change its name and settings.</source>
        <translation>Nur die Eigentümerin/der Eigentümer des Kreises darf seinen Namen und seine Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It does not say which member made the change.</source>
        <translation>Es steht nicht darin, welches Mitglied die Änderung vorgenommen hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It names someone other than its author as the person who made the change.</source>
        <translation>Es nennt jemand anderen als die Person, die es geschrieben hat, als Urheber der Änderung.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../qml/pages/sync/SyncPage.qml" line="+22"/>
        <source>Sync and devices</source>
        <comment>@title:window</comment>
        <translation>Synchronisierung und Geräte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connected. Your care plan is now kept in sync, locked, through this server.</source>
        <comment>@info</comment>
        <translation>Verbunden. Ihr Versorgungsplan wird jetzt verschlossen über diesen Server synchronisiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The device was removed. It no longer receives changes; what it already held stays on it.</source>
        <comment>@info</comment>
        <translation>Das Gerät wurde entfernt. Es erhält keine Änderungen mehr; was bereits darauf gespeichert war, bleibt dort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this device?</source>
        <comment>@title:dialog</comment>
        <translation>Dieses Gerät entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” will stop syncing at once and can no longer sign in. What is already stored on it stays there, locked with its passphrase.</source>
        <comment>@info remove device</comment>
        <translation>„%1“ wird sofort nicht mehr synchronisiert und kann sich nicht mehr anmelden. Was bereits darauf gespeichert ist, bleibt dort, geschützt durch die Passphrase des Geräts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>@action:button remove device</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connect to a CareCircle server</source>
        <comment>@title:group</comment>
        <translation>Mit einem CareCircle-Server verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to use CareCircle on more than one device and to keep a locked copy off this device. Your care organisation gives you the server&apos;s address. The server only stores locked data: it cannot read your care plan, goals or check-ins.</source>
        <comment>@info connect</comment>
        <translation>Verbinden Sie sich, um CareCircle auf mehr als einem Gerät zu nutzen und eine verschlossene Kopie außerhalb dieses Geräts aufzubewahren. Die Adresse des Servers erhalten Sie von Ihrer Pflegeorganisation. Der Server speichert nur verschlossene Daten: Ihren Versorgungsplan, Ihre Ziele und Check-ins kann er nicht lesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <comment>@label:textbox</comment>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the full address, starting with https://</source>
        <comment>@info</comment>
        <translation>Geben Sie die vollständige Adresse ein, beginnend mit https://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of this device</source>
        <comment>@label:textbox</comment>
        <translation>Name dieses Geräts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in your list of devices, for example “Phone” or “Kitchen tablet”.</source>
        <comment>@info</comment>
        <translation>Wird in Ihrer Geräteliste angezeigt, zum Beispiel „Handy“ oder „Tablet in der Küche“.</translation>
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
        <translation>Dieses Gerät mit dem Server verbinden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync</source>
        <comment>@title:group</comment>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync progress</source>
        <comment>@info accessible</comment>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n change(s) on this device still to send.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n Änderung auf diesem Gerät muss noch gesendet werden.</numerusform>
            <numerusform>%n Änderungen auf diesem Gerät müssen noch gesendet werden.</numerusform>
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
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and fetch changes now</source>
        <comment>@action:button accessible</comment>
        <translation>Änderungen jetzt senden und abrufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link a new device</source>
        <comment>@title:group</comment>
        <translation>Ein neues Gerät verknüpfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the new device, choose “Link this device” under “Already use CareCircle?”, then type or scan the code below. The code works once, for five minutes.</source>
        <comment>@info link</comment>
        <translation>Wählen Sie auf dem neuen Gerät unter „Sie nutzen CareCircle bereits?“ die Option „Dieses Gerät verknüpfen“. Geben Sie dann den Code unten ein oder scannen Sie ihn. Der Code gilt nur einmal und fünf Minuten lang.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show a link code</source>
        <comment>@action:button</comment>
        <translation>Verknüpfungscode anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QR code of the link code</source>
        <comment>@info accessible</comment>
        <translation>QR-Code des Verknüpfungscodes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link code: %1</source>
        <comment>@info accessible</comment>
        <translation>Verknüpfungscode: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing a code…</source>
        <comment>@info</comment>
        <translation>Code wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the new device… (%1 s left)</source>
        <comment>@info</comment>
        <translation>Warten auf das neue Gerät… (noch %1 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new device answered. Sending it your keys, locked for it alone…</source>
        <comment>@info</comment>
        <translation>Das neue Gerät hat geantwortet. Ihre Schlüssel werden ihm gesendet, nur für dieses Gerät verschlossen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel linking</source>
        <comment>@action:button accessible</comment>
        <translation>Verknüpfen abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your devices</source>
        <comment>@title:group</comment>
        <translation>Ihre Geräte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetching the list of devices…</source>
        <comment>@info</comment>
        <translation>Geräteliste wird abgerufen…</translation>
    </message>
</context>
<context>
    <name>TrendLineChart</name>
    <message>
        <location filename="../../qml/components/charts/TrendLineChart.qml" line="+48"/>
        <source>No check-ins in this period.</source>
        <comment>@info trends empty chart</comment>
        <translation>Keine Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 over time: %2</source>
        <comment>@info accessible trend</comment>
        <translation>%1 im Zeitverlauf: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the arrow keys to read each check-in.</source>
        <comment>@info accessible trend</comment>
        <translation>Mit den Pfeiltasten lesen Sie jeden Check-in einzeln.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 on %2</source>
        <comment>@info accessible trend point</comment>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../qml/pages/checkin/TrendsPage.qml" line="+18"/>
        <source>Trends</source>
        <comment>@title:window</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your trends will appear here</source>
        <comment>@title empty trends</comment>
        <translation>Hier erscheint Ihr Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After your first check-in you see here how you are doing in each part of life, and after a few weeks how that changes. Bring it along when you talk with your care team.</source>
        <comment>@info empty trends</comment>
        <translation>Nach Ihrem ersten Check-in sehen Sie hier, wie es Ihnen in jedem Lebensbereich geht, und nach einigen Wochen, wie sich das verändert. Nehmen Sie es zum Gespräch mit Ihrem Versorgungsteam mit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Now and before</source>
        <comment>@title:group trends radar</comment>
        <translation>Jetzt und früher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest check-in: %1</source>
        <comment>@info trends</comment>
        <translation>Letzter Check-in: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare with the check-in of</source>
        <comment>@label:listbox</comment>
        <translation>Vergleichen mit dem Check-in vom</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>━ Latest check-in</source>
        <comment>@info trends legend</comment>
        <translation>━ Letzter Check-in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>┅ Earlier check-in</source>
        <comment>@info trends legend</comment>
        <translation>┅ Früherer Check-in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over time</source>
        <comment>@title:group trends lines</comment>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <comment>@label:listbox</comment>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last 4 weeks</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 weeks</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 means very hard, 10 means very good.</source>
        <comment>@info check-in scale</comment>
        <translation>0 bedeutet sehr schwer, 10 bedeutet sehr gut.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../qml/components/controls/UndoBar.qml" line="+70"/>
        <source>Undo</source>
        <comment>@action:button</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: %1</source>
        <comment>@action:button accessible, %1 what was done</comment>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss</source>
        <comment>@action:button hide the undo message</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <comment>@action:button accessible</comment>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/pages/session/UnlockPage.qml" line="+32"/>
        <source>This doesn’t look like a complete recovery key. Check each group of four characters against your paper.</source>
        <comment>@info unlock error</comment>
        <translation>Das sieht nicht nach einem vollständigen Wiederherstellungsschlüssel aus. Vergleichen Sie jede Vierergruppe mit Ihrer Notiz auf Papier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please type your passphrase.</source>
        <comment>@info unlock error</comment>
        <translation>Bitte geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlock</source>
        <comment>@title:window</comment>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome back</source>
        <comment>@title</comment>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the recovery key you wrote down when you started.</source>
        <comment>@info</comment>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie zu Beginn aufgeschrieben haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your information is locked. Type your passphrase to open it.</source>
        <comment>@info</comment>
        <translation>Ihre Informationen sind gesperrt. Geben Sie Ihre Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is the demo with made-up information. Its passphrase is in the README.</source>
        <comment>@info demo vault</comment>
        <translation>Dies ist die Demo mit erfundenen Informationen. Die Passphrase dafür steht in der README.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Recovery key</source>
        <comment>@label:textbox</comment>
        <translation>Wiederherstellungsschlüssel</translation>
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
        <translation>28 Zeichen in Vierergruppen. Bindestriche, Leerzeichen und Kleinbuchstaben sind kein Problem.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with recovery key</source>
        <comment>@action:button accessible</comment>
        <translation>Mit Wiederherstellungsschlüssel entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Mit Passphrase entsperren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unlock with this device</source>
        <comment>@action:button</comment>
        <translation>Mit diesem Gerät entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses the key this device keeps for you, no passphrase needed</source>
        <comment>@info accessible</comment>
        <translation>Verwendet den Schlüssel, den dieses Gerät für Sie aufbewahrt; keine Passphrase nötig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use my passphrase instead</source>
        <comment>@action:button</comment>
        <translation>Stattdessen meine Passphrase verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your passphrase? Use your recovery key</source>
        <comment>@action:button</comment>
        <translation>Passphrase vergessen? Wiederherstellungsschlüssel verwenden</translation>
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
        <translation>In diesem Ordner gibt es bereits einen Tresor.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="-5"/>
        <location filename="../../src/sync/sharing.cpp" line="-101"/>
        <location filename="../../src/vault/invitestore.cpp" line="+63"/>
        <source>This invitation is no longer on this device.</source>
        <translation>Diese Einladung ist nicht mehr auf diesem Gerät.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+261"/>
        <location filename="../../src/vault/keystore.cpp" line="+9"/>
        <location line="+8"/>
        <source>This device has no keystore available.</source>
        <translation>Auf diesem Gerät ist kein Schlüsselspeicher verfügbar.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keystore.cpp" line="+3"/>
        <source>This device does not remember the vault any more.</source>
        <translation>Dieses Gerät merkt sich den Tresor nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/recoverykey.cpp" line="+68"/>
        <source>The recovery key contains a character that cannot be in it. Check what you typed.</source>
        <translation>Der Wiederherstellungsschlüssel enthält ein Zeichen, das darin nicht vorkommen kann. Prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recovery key has 28 characters in seven groups of four. Check what you typed.</source>
        <translation>Ein Wiederherstellungsschlüssel hat 28 Zeichen in sieben Vierergruppen. Prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This recovery key has a typing mistake in it. Check each group of four characters.</source>
        <translation>In diesem Wiederherstellungsschlüssel steckt ein Tippfehler. Prüfen Sie jede Vierergruppe.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/sealedrecord.cpp" line="+22"/>
        <source>The record is malformed.</source>
        <translation>Der Eintrag ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+2"/>
        <location filename="../../src/vault/recordstore.cpp" line="+129"/>
        <location filename="../../src/vault/spacekeys.cpp" line="+214"/>
        <location filename="../../src/vault/syncbook.cpp" line="+288"/>
        <source>A record identifier has the wrong size.</source>
        <translation>Eine Eintragskennung hat die falsche Größe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is too large to store.</source>
        <translation>Der Eintrag ist zu groß zum Speichern.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The record has an unknown format version.</source>
        <translation>Der Eintrag hat eine unbekannte Formatversion.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The record failed its integrity check.</source>
        <translation>Der Eintrag hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="+18"/>
        <source>The passphrase or key is not correct.</source>
        <translation>Die Passphrase oder der Schlüssel ist nicht korrekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/vault/secretwrap.cpp" line="+23"/>
        <source>A stored key is damaged.</source>
        <translation>Ein gespeicherter Schlüssel ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-199"/>
        <source>The vault&apos;s passphrase settings are damaged.</source>
        <translation>Die Passphrasen-Einstellungen des Tresors sind beschädigt.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultschema.cpp" line="+134"/>
        <location line="+13"/>
        <source>The vault database could not be opened.</source>
        <translation>Die Datenbank des Tresors konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="+10"/>
        <source>The vault database could not be read.</source>
        <translation>Die Datenbank des Tresors konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultschema.cpp" line="+13"/>
        <source>This vault was made by a newer version of CareCircle. Please update the app.</source>
        <translation>Dieser Tresor wurde mit einer neueren Version von CareCircle erstellt. Bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The vault database could not be upgraded.</source>
        <translation>Die Datenbank des Tresors konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+357"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="-11"/>
        <location filename="../../src/vault/vaultstate.cpp" line="+65"/>
        <source>The vault is incomplete or damaged.</source>
        <translation>Der Tresor ist unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>This way of unlocking is not set up for this vault.</source>
        <translation>Diese Art des Entsperrens ist für diesen Tresor nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="-5"/>
        <source>The vault could not be saved.</source>
        <translation>Der Tresor konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/recordcipher.cpp" line="+22"/>
        <location line="+10"/>
        <source>The record&apos;s sharing space does not exist in this vault.</source>
        <translation>Der Kreis des Eintrags existiert in diesem Tresor nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/vault/recordstore.cpp" line="+451"/>
        <location filename="../../src/vault/syncbook.cpp" line="-15"/>
        <source>The record&apos;s header is malformed.</source>
        <translation>Der Kopfteil des Eintrags ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record&apos;s stored identity does not match its content.</source>
        <translation>Die gespeicherte Kennung des Eintrags passt nicht zu seinem Inhalt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/vault/spacekeys.cpp" line="-42"/>
        <location filename="../../src/vault/syncbook.cpp" line="+145"/>
        <source>The key of the record&apos;s space is missing or damaged.</source>
        <translation>Der Schlüssel für den Kreis des Eintrags fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../src/vault/spacekeys.cpp" line="-35"/>
        <location filename="../../src/vault/vault.cpp" line="-61"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="+47"/>
        <source>The account&apos;s keys are incomplete.</source>
        <translation>Die Schlüssel des Kontos sind unvollständig.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-175"/>
        <location filename="../../src/vault/vault.cpp" line="+184"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="-34"/>
        <source>The passphrase settings are out of range.</source>
        <translation>Die Passphrasen-Einstellungen liegen außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultsetup.cpp" line="+2"/>
        <source>The vault folder could not be created.</source>
        <translation>Der Ordner für den Tresor konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-86"/>
        <source>The vault&apos;s keys could not be created.</source>
        <translation>Die Schlüssel des Tresors konnten nicht erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vault.cpp" line="-79"/>
        <source>There is no vault in this folder.</source>
        <translation>In diesem Ordner gibt es keinen Tresor.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+95"/>
        <source>The new passphrase could not be saved. The old one still works.</source>
        <translation>Die neue Passphrase konnte nicht gespeichert werden. Die alte funktioniert weiterhin.</translation>
    </message>
    <message>
        <location filename="../../src/vault/recordstore.cpp" line="-274"/>
        <location filename="../../src/vault/syncbook.cpp" line="-220"/>
        <source>The record does not exist.</source>
        <translation>Der Eintrag existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+74"/>
        <source>The vault&apos;s account keys are damaged.</source>
        <translation>Die Kontoschlüssel des Tresors sind beschädigt.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This device has no signing key yet.</source>
        <translation>Dieses Gerät hat noch keinen Signaturschlüssel.</translation>
    </message>
    <message>
        <location filename="../../src/vault/spacekeys.cpp" line="+5"/>
        <source>A different key for this version of the sharing space is already stored.</source>
        <translation>Für diese Version des Kreises ist bereits ein anderer Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../../src/app/session/vaultcontroller.cpp" line="+144"/>
        <source>Opening your care plan…</source>
        <translation>Ihr Versorgungsplan wird geöffnet…</translation>
    </message>
    <message>
        <location line="+420"/>
        <source>A vault is already open.</source>
        <translation>Es ist bereits ein Tresor geöffnet.</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Record %1 in space %2: %3</source>
        <translation>Eintrag %1 im Kreis %2: %3</translation>
    </message>
</context>
<context>
    <name>VisibilityControl</name>
    <message>
        <location filename="../../qml/components/controls/VisibilityControl.qml" line="+49"/>
        <source>Who can see this?</source>
        <comment>@label</comment>
        <translation>Wer kann das sehen?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/pages/session/WelcomePage.qml" line="+34"/>
        <source>Welcome</source>
        <comment>@title:window</comment>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Welcome to CareCircle</source>
        <comment>@title</comment>
        <translation>Willkommen bei CareCircle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CareCircle keeps your care plan, what matters to you and how you are doing in one place, locked on your own device so that only you and the people you choose can read it.</source>
        <comment>@info welcome</comment>
        <translation>CareCircle bewahrt Ihren Versorgungsplan, das, was Ihnen wichtig ist, und wie es Ihnen geht, an einem Ort auf – verschlossen auf Ihrem eigenen Gerät, sodass nur Sie und die Menschen, die Sie auswählen, es lesen können.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a passphrase</source>
        <comment>@title:group</comment>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passphrase locks your information. A short sentence that only you know works well, for example four words that don’t belong together.</source>
        <comment>@info</comment>
        <translation>Ihre Passphrase schützt Ihre Informationen. Gut geeignet ist ein kurzer Satz, den nur Sie kennen, zum Beispiel vier Wörter, die nicht zusammengehören.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type it again</source>
        <comment>@label:textbox confirm passphrase</comment>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remember on this device</source>
        <comment>@option:check</comment>
        <translation>Auf diesem Gerät merken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You won’t have to type your passphrase on this device: it is kept in the device’s secure keystore. Anyone who can use this device while you are signed in could then open CareCircle.</source>
        <comment>@info remember on device</comment>
        <translation>Sie müssen Ihre Passphrase auf diesem Gerät nicht eingeben: Sie wird im sicheren Schlüsselspeicher des Geräts aufbewahrt. Wer dieses Gerät benutzen kann, während Sie angemeldet sind, könnte dann CareCircle öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no secure keystore that CareCircle can use, so you will type your passphrase each time.</source>
        <comment>@info remember on device unavailable</comment>
        <translation>Dieses Gerät hat keinen sicheren Schlüsselspeicher, den CareCircle nutzen kann. Deshalb geben Sie Ihre Passphrase jedes Mal ein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Get started</source>
        <comment>@action:button create the vault</comment>
        <translation>Loslegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get started: lock CareCircle with this passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Loslegen: CareCircle mit dieser Passphrase schützen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next you will get a recovery key to write down. It lets you back in if you ever forget your passphrase.</source>
        <comment>@info</comment>
        <translation>Danach erhalten Sie einen Wiederherstellungsschlüssel zum Aufschreiben. Damit kommen Sie wieder hinein, falls Sie Ihre Passphrase einmal vergessen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already use CareCircle?</source>
        <comment>@title:group</comment>
        <translation>Sie nutzen CareCircle bereits?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link this device to your account with a code from your other device, or restore your account with your recovery key if you lost your devices.</source>
        <comment>@info</comment>
        <translation>Verknüpfen Sie dieses Gerät mit einem Code von Ihrem anderen Gerät mit Ihrem Konto. Falls Sie Ihre Geräte verloren haben, stellen Sie Ihr Konto mit Ihrem Wiederherstellungsschlüssel wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link this device</source>
        <comment>@action:button</comment>
        <translation>Dieses Gerät verknüpfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore with my recovery key</source>
        <comment>@action:button</comment>
        <translation>Mit Wiederherstellungsschlüssel wiederherstellen</translation>
    </message>
</context>
<context>
    <name>WorkspaceIdentityCard</name>
    <message>
        <location filename="../../qml/components/cards/WorkspaceIdentityCard.qml" line="+28"/>
        <source>Your name as patients see it</source>
        <comment>@title:group workspace identity</comment>
        <translation>Ihr Name, wie Patientinnen/Patienten ihn sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You comment as</source>
        <comment>@title:group workspace identity</comment>
        <translation>Sie kommentieren als</translation>
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
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your name or role</source>
        <comment>@action:button accessible</comment>
        <translation>Ihren Namen oder Ihre Rolle ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your patients see this name and role next to your comments. Your name is kept encrypted in your own vault.</source>
        <comment>@info workspace identity</comment>
        <translation>Ihre Patientinnen/Patienten sehen diesen Namen und diese Rolle neben Ihren Kommentaren. Ihr Name wird verschlüsselt in Ihrem eigenen Tresor aufbewahrt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name</source>
        <comment>@label:textbox</comment>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. dr. An Claes</source>
        <comment>@info:placeholder</comment>
        <translation>z. B. Dr. Anna Kohnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role in the care team</source>
        <comment>@label:listbox</comment>
        <translation>Ihre Rolle im Versorgungsteam</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your name and role</source>
        <comment>@action:button accessible</comment>
        <translation>Ihren Namen und Ihre Rolle speichern</translation>
    </message>
</context>
<context>
    <name>WorkspaceItemModel</name>
    <message>
        <location filename="../../src/app/workspace/workspaceitemmodel.cpp" line="+37"/>
        <source>Someone in the care circle</source>
        <comment>@info comment author</comment>
        <translation>Jemand aus dem Betreuungskreis</translation>
    </message>
</context>
<context>
    <name>careteamdemo</name>
    <message>
        <location filename="../../src/demo/careteamdemo.cpp" line="+98"/>
        <source>No temporary folder.</source>
        <translation>Kein temporärer Ordner.</translation>
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
        <translation>CareCircle ist gesperrt. Entsperren Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Please write dates like 2026-11-27.</source>
        <comment>@info date format hint</comment>
        <translation>Bitte schreiben Sie Datumsangaben so: 2026-11-27.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The coordinator must be someone in the care team.</source>
        <translation>Die Koordination muss bei einer Person aus dem Versorgungsteam liegen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+57"/>
        <source>Start a care plan first.</source>
        <translation>Beginnen Sie zuerst einen Versorgungsplan.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Write the agreement first.</source>
        <translation>Schreiben Sie zuerst die Vereinbarung auf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <location line="+28"/>
        <source>This agreement is no longer in the plan.</source>
        <translation>Diese Vereinbarung steht nicht mehr im Plan.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>An agreement cannot be empty. To take it out of the plan, remove it.</source>
        <translation>Eine Vereinbarung darf nicht leer sein. Um sie aus dem Plan zu nehmen, entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Agreement removed.</source>
        <translation>Vereinbarung entfernt.</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+48"/>
        <location line="+42"/>
        <source>This activity is no longer in the plan.</source>
        <translation>Diese Aktivität steht nicht mehr im Plan.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Give the activity a name, for example “Walk to the park”.</source>
        <translation>Geben Sie der Aktivität einen Namen, zum Beispiel „Spaziergang zum Park“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what kind of activity it is.</source>
        <translation>Wählen Sie aus, welche Art von Aktivität es ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the people chosen is no longer in the care team.</source>
        <translation>Eine der ausgewählten Personen gehört nicht mehr zum Versorgungsteam.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You can only mark as done what already happened.</source>
        <translation>Sie können nur als erledigt markieren, was schon stattgefunden hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Marked “%1” as done.</source>
        <translation>„%1“ als erledigt markiert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>cc::app::CareTeamController</name>
    <message>
        <location filename="../../src/app/team/careteamcontroller.cpp" line="-45"/>
        <location line="+26"/>
        <location line="+33"/>
        <source>CareCircle is locked. Unlock it and try again.</source>
        <translation>CareCircle ist gesperrt. Entsperren Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+25"/>
        <location line="+32"/>
        <source>This person is no longer in the care team.</source>
        <translation>Diese Person gehört nicht mehr zum Versorgungsteam.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>This is your own entry: its role stays “patient”.</source>
        <translation>Das ist Ihr eigener Eintrag: Die Rolle bleibt „Patientin/Patient“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is you. Your own entry stays in your care team; you can change your name instead.</source>
        <translation>Das sind Sie. Ihr eigener Eintrag bleibt in Ihrem Versorgungsteam; Sie können stattdessen Ihren Namen ändern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed %1 from your care team.</source>
        <translation>%1 aus Ihrem Versorgungsteam entfernt.</translation>
    </message>
</context>
<context>
    <name>cc::app::CheckInController</name>
    <message>
        <location filename="../../src/app/checkin/checkincontroller.cpp" line="+286"/>
        <location line="+115"/>
        <source>Unlock CareCircle first.</source>
        <translation>Entsperren Sie zuerst CareCircle.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Give at least one rating before saving.</source>
        <translation>Geben Sie vor dem Speichern mindestens eine Einschätzung ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a rating for each part you want to discuss or write about.</source>
        <translation>Geben Sie für jeden Lebensbereich, über den Sie sprechen oder schreiben möchten, eine Einschätzung ab.</translation>
    </message>
</context>
<context>
    <name>cc::app::CheckInHistoryShare</name>
    <message>
        <location filename="../../src/app/sharing/checkinhistoryshare.cpp" line="+93"/>
        <source>Enter the day from which to share your check-ins.</source>
        <comment>@info error</comment>
        <translation>Geben Sie den Tag ein, ab dem Ihre Check-ins geteilt werden sollen.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>You have no private check-ins since that day.</source>
        <comment>@info error</comment>
        <translation>Seit diesem Tag haben Sie keine privaten Check-ins.</translation>
    </message>
</context>
<context>
    <name>cc::app::CommentModel</name>
    <message>
        <location filename="../../src/app/sharing/commentmodel.cpp" line="+55"/>
        <source>Check-in of %1</source>
        <translation>Check-in vom %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown person</source>
        <translation>Unbekannte Person</translation>
    </message>
</context>
<context>
    <name>cc::app::CommentThread</name>
    <message>
        <location line="+123"/>
        <source>This item no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patient</source>
        <translation>Patientin/Patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
</context>
<context>
    <name>cc::app::ConflictListModel</name>
    <message>
        <location filename="../../src/app/sync/conflictscontroller.cpp" line="-89"/>
        <source>Goal “%1”</source>
        <translation>Ziel „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity “%1”</source>
        <translation>Aktivität „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care team: %1</source>
        <translation>Versorgungsteam: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care plan “%1”</source>
        <translation>Versorgungsplan „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record that was deleted since</source>
        <translation>Ein inzwischen gelöschter Eintrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to me</source>
        <translation>Was mir wichtig ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Zielvorgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Schritte</translation>
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
        <translation>Notizen zu Erledigtem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to reach them</source>
        <translation>Kontaktangaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Written %1; replaced by an edit from %2.</source>
        <translation>Geschrieben am %1; ersetzt durch eine Änderung vom %2.</translation>
    </message>
</context>
<context>
    <name>cc::app::ConflictsController</name>
    <message>
        <location line="+51"/>
        <location line="+19"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle ist gesperrt.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+19"/>
        <source>This text is no longer waiting for review.</source>
        <translation>Dieser Text wartet nicht mehr auf eine Prüfung.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This text cannot be put back by itself. Copy it and edit the record instead.</source>
        <translation>Dieser Text kann nicht automatisch zurückgeholt werden. Kopieren Sie ihn und bearbeiten Sie stattdessen den Eintrag.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Overwritten text let go.</source>
        <translation>Überschriebener Text verworfen.</translation>
    </message>
</context>
<context>
    <name>cc::app::DeviceListModel</name>
    <message>
        <location filename="../../src/app/sync/devicelistmodel.cpp" line="+30"/>
        <source>Unnamed device</source>
        <translation>Unbenanntes Gerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed on %1</source>
        <translation>Entfernt am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked on %1</source>
        <translation>Verknüpft am %1</translation>
    </message>
</context>
<context>
    <name>cc::app::GoalsController</name>
    <message>
        <location filename="../../src/app/goals/goalscontroller.cpp" line="+265"/>
        <location line="+62"/>
        <source>Write in your own words what matters to you: that is the heart of a goal.</source>
        <translation>Schreiben Sie in Ihren eigenen Worten auf, was Ihnen wichtig ist: Das ist der Kern eines Ziels.</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+59"/>
        <source>Choose the part of life this goal is about.</source>
        <translation>Wählen Sie den Lebensbereich, um den es bei diesem Ziel geht.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The target date is not a real day. Check the day, month and year.</source>
        <translation>Das Zieldatum ist kein gültiger Tag. Prüfen Sie Tag, Monat und Jahr.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+50"/>
        <location line="+63"/>
        <source>CareCircle is locked. Unlock it to save your goal.</source>
        <translation>CareCircle ist gesperrt. Entsperren Sie es, um Ihr Ziel zu speichern.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+24"/>
        <location line="+39"/>
        <location line="+23"/>
        <source>This goal no longer exists.</source>
        <translation>Dieses Ziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>CareCircle is locked. Unlock it to delete the goal.</source>
        <translation>CareCircle ist gesperrt. Entsperren Sie es, um das Ziel zu löschen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no deleted goal to bring back.</source>
        <translation>Es gibt kein gelöschtes Ziel, das wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This step no longer exists.</source>
        <translation>Diesen Schritt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CareCircle is locked. Unlock it to log progress.</source>
        <translation>CareCircle ist gesperrt. Entsperren Sie es, um einen Fortschritt festzuhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a rating from %1 to %2.</source>
        <translation>Wählen Sie eine Einschätzung von %1 bis %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date is not a real day. Check the day, month and year.</source>
        <translation>Das Datum ist kein gültiger Tag. Prüfen Sie Tag, Monat und Jahr.</translation>
    </message>
</context>
<context>
    <name>cc::app::PatientListModel</name>
    <message>
        <location filename="../../src/app/workspace/patientlistmodel.cpp" line="+18"/>
        <source>born %1</source>
        <comment>@info a patient&apos;s birth year in My patients</comment>
        <translation>geboren %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account %1</source>
        <comment>@info a short account id telling two patients apart</comment>
        <translation>Konto %1</translation>
    </message>
</context>
<context>
    <name>cc::app::ProgressHistoryModel</name>
    <message>
        <location filename="../../src/app/goals/progresshistorymodel.cpp" line="+99"/>
        <source>Unknown person</source>
        <translation>Unbekannte Person</translation>
    </message>
</context>
<context>
    <name>cc::app::Session</name>
    <message>
        <location filename="../../src/app/session/session.cpp" line="+82"/>
        <source>%1 for %2</source>
        <comment>@label who acted (1) for which patient (2), e.g. Els Peeters for Maria</comment>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role in this person&apos;s care does not allow this change.</source>
        <comment>@info</comment>
        <translation>Ihre Rolle in der Versorgung dieser Person erlaubt diese Änderung nicht.</translation>
    </message>
</context>
<context>
    <name>cc::app::SharingController</name>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="-135"/>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="+134"/>
        <location line="+108"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A space without a name</source>
        <translation>Ein Kreis ohne Namen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only you</source>
        <translation>Nur Sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You and %1</source>
        <translation>Sie und %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You and %n others</source>
        <translation>
            <numerusform>Sie und %n weitere Person</numerusform>
            <numerusform>Sie und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/checkinhistoryshare.cpp" line="-5"/>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="-55"/>
        <location line="+62"/>
        <location line="+12"/>
        <location line="+19"/>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="-89"/>
        <location line="+92"/>
        <source>That space no longer exists.</source>
        <translation>Diesen Kreis gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="+16"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone you invited (%1)</source>
        <translation>Jemand, den Sie eingeladen haben (%1)</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteamrules.cpp" line="+6"/>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="+101"/>
        <location filename="../../src/app/sharing/joinflow.cpp" line="+61"/>
        <location line="+71"/>
        <location filename="../../src/app/sharing/spacemembers.cpp" line="+213"/>
        <source>Connect CareCircle to your server first (Settings → Sync and devices).</source>
        <translation>Verbinden Sie CareCircle zuerst mit Ihrem Server (Einstellungen → Synchronisierung und Geräte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or make a space to share first; your private space stays yours alone.</source>
        <translation>Wählen Sie zuerst einen Kreis zum Teilen oder legen Sie einen an; Ihr privater Bereich gehört nur Ihnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what the person may do.</source>
        <translation>Wählen Sie, was die Person tun darf.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/spacemembers.cpp" line="-56"/>
        <source>Choose a day from today on.</source>
        <translation>Wählen Sie einen Tag ab heute.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 receives nothing new after %2.</source>
        <translation>%1 erhält nach %2 nichts Neues mehr.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no end date now.</source>
        <translation>%1 hat jetzt kein Enddatum mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was removed. From now on they receive nothing new from this space; what they already saw stays with them.</source>
        <translation>%1 wurde entfernt. Ab jetzt erhält diese Person nichts Neues mehr aus diesem Kreis; was sie bereits gesehen hat, bleibt bei ihr.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your devices</source>
        <translation>Ihre Geräte</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/joinflow.cpp" line="-66"/>
        <source>That code is not complete or has a typo. Check it with the person who invited you.</source>
        <translation>Dieser Code ist unvollständig oder enthält einen Tippfehler. Prüfen Sie ihn gemeinsam mit der Person, die Sie eingeladen hat.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Write your name as %1 knows you.</source>
        <translation>Schreiben Sie Ihren Namen so, wie %1 Sie kennt.</translation>
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
            <numerusform>%n Tag, bis einschließlich %1</numerusform>
            <numerusform>%n Tage, bis einschließlich %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::app::SyncController</name>
    <message>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+136"/>
        <source>Not connected: everything stays on this device.</source>
        <translation>Nicht verbunden: Alles bleibt auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected; sync starts in a moment.</source>
        <translation>Verbunden; die Synchronisierung beginnt gleich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing… %1 %</source>
        <translation>Wird synchronisiert… %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to date</source>
        <translation>Auf dem neuesten Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: your changes are kept on this device and sent later.</source>
        <translation>Keine Verbindung: Ihre Änderungen bleiben auf diesem Gerät und werden später gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync needs your attention.</source>
        <translation>Die Synchronisierung braucht Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last synced at %1</source>
        <translation>Zuletzt synchronisiert um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced on %1</source>
        <translation>Zuletzt synchronisiert am %1</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelinkflow.cpp" line="+124"/>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+37"/>
        <source>Type the server&apos;s full address, starting with https://.</source>
        <translation>Geben Sie die vollständige Adresse des Servers ein, beginnend mit https://.</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+4"/>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelist.cpp" line="+55"/>
        <source>Removing the device…</source>
        <translation>Gerät wird entfernt…</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelinkflow.cpp" line="-46"/>
        <source>The new device is linked. It now holds the same care plan as this one.</source>
        <translation>Das neue Gerät ist verknüpft. Es enthält jetzt denselben Versorgungsplan wie dieses Gerät.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This code is not complete or has a typo. Compare it with the other device.</source>
        <translation>Dieser Code ist unvollständig oder enthält einen Tippfehler. Vergleichen Sie ihn mit dem anderen Gerät.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Protecting this device with your passphrase…</source>
        <translation>Dieses Gerät wird mit Ihrer Passphrase geschützt…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Waiting for your other device to send the care plan…</source>
        <translation>Warten, bis Ihr anderes Gerät den Versorgungsplan sendet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This recovery key is not complete or has a typo. Check each group of four.</source>
        <translation>Dieser Wiederherstellungsschlüssel ist unvollständig oder enthält einen Tippfehler. Prüfen Sie jede Vierergruppe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring your account from the server…</source>
        <translation>Ihr Konto wird vom Server wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>cc::app::VaultController</name>
    <message>
        <location filename="../../src/app/session/vaultcontroller.cpp" line="+189"/>
        <location line="+226"/>
        <source>Choose a stronger passphrase: a short sentence of four or more words works well.</source>
        <translation>Wählen Sie eine stärkere Passphrase: Ein kurzer Satz aus vier oder mehr Wörtern eignet sich gut.</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Creating your vault…</source>
        <translation>Ihr Tresor wird angelegt…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type your passphrase to unlock.</source>
        <translation>Geben Sie Ihre Passphrase ein, um zu entsperren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>Diese Passphrase ist nicht korrekt. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This recovery key does not belong to this vault.</source>
        <translation>Dieser Wiederherstellungsschlüssel gehört nicht zu diesem Tresor.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a stronger new passphrase: a short sentence of four or more words works well.</source>
        <translation>Wählen Sie eine stärkere neue Passphrase: Ein kurzer Satz aus vier oder mehr Wörtern eignet sich gut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changing your passphrase…</source>
        <translation>Ihre Passphrase wird geändert…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your current passphrase is not correct. Nothing was changed.</source>
        <translation>Ihre aktuelle Passphrase ist nicht korrekt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking your passphrase…</source>
        <translation>Ihre Passphrase wird geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That passphrase is not correct.</source>
        <translation>Diese Passphrase ist nicht korrekt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This device has no keystore that CareCircle can use.</source>
        <translation>Dieses Gerät hat keinen Schlüsselspeicher, den CareCircle nutzen kann.</translation>
    </message>
</context>
<context>
    <name>cc::app::WorkspaceController</name>
    <message>
        <location filename="../../src/app/workspace/workspacecontroller.cpp" line="+264"/>
        <source>Patient %1</source>
        <comment>@label a patient without a name, with a short id</comment>
        <translation>Patientin/Patient %1</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Unlock CareCircle first.</source>
        <comment>@info</comment>
        <translation>Entsperren Sie zuerst CareCircle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the name patients know you by.</source>
        <comment>@info</comment>
        <translation>Schreiben Sie den Namen, unter dem Patientinnen/Patienten Sie kennen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose your role in the care team.</source>
        <comment>@info</comment>
        <translation>Wählen Sie Ihre Rolle im Versorgungsteam.</translation>
    </message>
    <message>
        <location line="-479"/>
        <location line="+21"/>
        <location line="+468"/>
        <location line="+61"/>
        <source>Open a patient first.</source>
        <comment>@info</comment>
        <translation>Öffnen Sie zuerst eine Patientenakte.</translation>
    </message>
    <message>
        <location line="-548"/>
        <location line="+489"/>
        <source>Say first how patients see you: your name and your role.</source>
        <comment>@info</comment>
        <translation>Legen Sie zuerst fest, wie Patientinnen/Patienten Sie sehen: Ihren Namen und Ihre Rolle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your comment first.</source>
        <comment>@info</comment>
        <translation>Schreiben Sie zuerst Ihren Kommentar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This item is no longer shared with you.</source>
        <comment>@info</comment>
        <translation>Dieser Eintrag wird nicht mehr mit Ihnen geteilt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>agenda</source>
        <comment>@info file name of the meeting agenda</comment>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose where to save the agenda.</source>
        <comment>@info</comment>
        <translation>Wählen Sie, wo die Tagesordnung gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda saved to %1.</source>
        <comment>@info</comment>
        <translation>Tagesordnung unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>cc::interop</name>
    <message>
        <location filename="../../src/interop/agendaexport.cpp" line="+45"/>
        <source>about the goal “%1”</source>
        <comment>@info agenda</comment>
        <translation>zum Ziel „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about the check-in of %1</source>
        <comment>@info agenda</comment>
        <translation>zum Check-in vom %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about “%1”</source>
        <comment>@info agenda: a plan activity</comment>
        <translation>zu „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone in the care circle</source>
        <comment>@info agenda: unknown comment author</comment>
        <translation>Jemand aus dem Betreuungskreis</translation>
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
        <translation>%1 für %2</translation>
    </message>
</context>
<context>
    <name>cc::interop::AgendaExport</name>
    <message>
        <location line="+8"/>
        <source>Meeting agenda: %1</source>
        <comment>@title agenda, with the patient&apos;s name</comment>
        <translation>Tagesordnung für die multidisziplinäre Besprechung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on %1 from what %2 shared in CareCircle.</source>
        <comment>@info agenda</comment>
        <translation>Erstellt am %1 aus dem, was %2 in CareCircle geteilt hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What matters to me — in the patient&apos;s own words</source>
        <comment>@title agenda section</comment>
        <translation>Was mir wichtig ist – in den eigenen Worten der Patientin/des Patienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals shared.</source>
        <comment>@info agenda</comment>
        <translation>Keine Ziele geteilt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>target: %1</source>
        <comment>@info agenda</comment>
        <translation>Zielvorgabe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <comment>@info agenda: target date</comment>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last changed by %1</source>
        <comment>@info agenda</comment>
        <translation>zuletzt geändert von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flagged needs</source>
        <comment>@title agenda section</comment>
        <translation>Auffälligkeiten und Anliegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing flagged.</source>
        <comment>@info agenda</comment>
        <translation>Keine Auffälligkeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 got worse: %2 out of 10, before about %3</source>
        <comment>@info agenda: domain, rating, mean</comment>
        <translation>%1 hat sich verschlechtert: %2 von 10, vorher etwa %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>latest check-in against the ones before</source>
        <comment>@info agenda</comment>
        <translation>letzter Check-in im Vergleich zu den vorherigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: wants to discuss this</source>
        <comment>@info agenda: domain</comment>
        <translation>%1: möchte darüber sprechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-in of %1</source>
        <comment>@info agenda</comment>
        <translation>Check-in vom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (check-in of %2)</source>
        <comment>@info agenda: note, date</comment>
        <translation>„%1“ (Check-in vom %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The care plan&apos;s review date has passed</source>
        <comment>@info agenda</comment>
        <translation>Der Besprechungstermin des Versorgungsplans ist überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned for %1</source>
        <comment>@info agenda</comment>
        <translation>geplant für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal getting harder: “%1”</source>
        <comment>@info agenda</comment>
        <translation>Ziel fällt schwerer: „%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Open questions (last %n day(s))</source>
        <comment>@title agenda section</comment>
        <translation>
            <numerusform>Offene Fragen (letzter %n Tag)</numerusform>
            <numerusform>Offene Fragen (letzte %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comments or questions in this time.</source>
        <comment>@info agenda</comment>
        <translation>Keine Kommentare oder Fragen in diesem Zeitraum.</translation>
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
        <translation>Darüber möchte ich sprechen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, check-in of %2</source>
        <comment>@info agenda: domain, date</comment>
        <translation>%1, Check-in vom %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filled in by %1</source>
        <comment>@info agenda</comment>
        <translation>ausgefüllt von %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+12"/>
        <location line="+14"/>
        <source>Could not save the agenda to %1: %2</source>
        <comment>@info</comment>
        <translation>Die Tagesordnung konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+53"/>
        <source>Creating the demo vault in %1 …</source>
        <translation>Der Demo-Tresor wird in %1 angelegt …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the care-team demo vault in %1 …</source>
        <translation>Der Demo-Tresor für das Versorgungsteam wird in %1 angelegt …</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no vault in %1.</source>
        <translation>In %1 gibt es keinen Tresor.</translation>
    </message>
    <message>
        <location filename="../../src/app/core/screenshot.cpp" line="+30"/>
        <source>Could not save the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
</TS>
