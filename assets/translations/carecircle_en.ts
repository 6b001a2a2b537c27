<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <translation>with %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeats</source>
        <comment>@info recurring activity</comment>
        <translation>repeats</translation>
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
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This activity is no longer in the plan</source>
        <comment>@info</comment>
        <translation>This activity is no longer in the plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next: %1</source>
        <comment>@info next date of an activity</comment>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No next date</source>
        <comment>@info activity without a next date</comment>
        <translation>No next date</translation>
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
        <translation>Who: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who: not chosen yet</source>
        <comment>@info</comment>
        <translation>Who: not chosen yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last changed by %1</source>
        <comment>@info who last changed it, e.g. Els Peeters for Maria</comment>
        <translation>Last changed by %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For: %1</source>
        <comment>@info goals the activity serves</comment>
        <translation>For: %1</translation>
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
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this activity</source>
        <comment>@action:button accessible</comment>
        <translation>Edit this activity</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <comment>@action:button</comment>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this activity from the plan</source>
        <comment>@action:button accessible</comment>
        <translation>Remove this activity from the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this right after</source>
        <comment>@info accessible</comment>
        <translation>You can undo this right after</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done</source>
        <comment>@title:group done log</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did it go?</source>
        <comment>@info:placeholder</comment>
        <translation>How did it go?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done today</source>
        <comment>@action:button</comment>
        <translation>Done today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done today ✓</source>
        <comment>@action:button already marked</comment>
        <translation>Done today ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as done today</source>
        <comment>@action:button accessible</comment>
        <translation>Mark as done today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already marked as done today</source>
        <comment>@info accessible</comment>
        <translation>Already marked as done today</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not done yet</source>
        <comment>@info empty done log</comment>
        <translation>Not done yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each time you mark it as done, the day and your note are kept here, so you and your care team can see how it goes.</source>
        <comment>@info empty done log</comment>
        <translation>Each time you mark it as done, the day and your note are kept here, so you and your care team can see how it goes.</translation>
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
            <numerusform>Show earlier times (%n more)</numerusform>
            <numerusform>Show earlier times (%n more)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When someone in your care circle comments on this part of your plan, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>When someone in your care circle comments on this part of your plan, you will read it here.</translation>
    </message>
</context>
<context>
    <name>ActivityEditorPage</name>
    <message>
        <location filename="../../qml/pages/plan/ActivityEditorPage.qml" line="+69"/>
        <source>New activity</source>
        <comment>@title:window</comment>
        <translation>New activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit activity</source>
        <comment>@title:window</comment>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>What is it?</source>
        <comment>@label:textbox activity title</comment>
        <translation>What is it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Walk to the park</source>
        <comment>@info:placeholder</comment>
        <translation>For example: Walk to the park</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind</source>
        <comment>@label:listbox activity kind</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Who does it?</source>
        <comment>@label</comment>
        <translation>Who does it?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the people in your care team first; then you can choose them here.</source>
        <comment>@info</comment>
        <translation>Add the people in your care team first; then you can choose them here.</translation>
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
        <translation>When?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Once, on one day</source>
        <comment>@option:radio</comment>
        <translation>Once, on one day</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It repeats</source>
        <comment>@option:radio</comment>
        <translation>It repeats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When needed, no fixed day</source>
        <comment>@option:radio</comment>
        <translation>When needed, no fixed day</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day</source>
        <comment>@label:textbox</comment>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Days</source>
        <comment>@item:inlistbox unit of an every-N schedule</comment>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <comment>@item:inlistbox unit of an every-N schedule</comment>
        <translation>Weeks</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Every</source>
        <comment>@label:textbox every N days or weeks</comment>
        <translation>Every</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days or weeks</source>
        <comment>@label:listbox</comment>
        <translation>Days or weeks</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only on these days (optional)</source>
        <comment>@label</comment>
        <translation>Only on these days (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On these days</source>
        <comment>@label</comment>
        <translation>On these days</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>From</source>
        <comment>@label:textbox first day</comment>
        <translation>From</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until (optional)</source>
        <comment>@label:textbox last day</comment>
        <translation>Until (optional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Time (optional)</translation>
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
        <translation>Schedule: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the activity</source>
        <comment>@action:button accessible</comment>
        <translation>Save the activity</translation>
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
        <translation>More</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions for the agreement “%1”</source>
        <comment>@action:button accessible</comment>
        <translation>Actions for the agreement “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit</source>
        <comment>@action:inmenu</comment>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move up</source>
        <comment>@action:inmenu</comment>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move down</source>
        <comment>@action:inmenu</comment>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove</source>
        <comment>@action:inmenu</comment>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the agreement</source>
        <comment>@action:inmenu accessible</comment>
        <translation>Remove the agreement</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/AgreementDialog.qml" line="+41"/>
        <source>Edit agreement</source>
        <comment>@title:window</comment>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Agreement</source>
        <comment>@label</comment>
        <translation>Agreement</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../../src/app/core/appoptions.cpp" line="+14"/>
        <source>CareCircle: your care plan, goals and check-ins, encrypted on this device.</source>
        <translation>CareCircle: your care plan, goals and check-ins, encrypted on this device.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the vault in folder &lt;dir&gt;.</source>
        <translation>Open the vault in folder &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the local demo vault (made if missing).</source>
        <translation>Open the local demo vault (made if missing).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the care-team demo: a GP&apos;s vault with three patients (made if missing).</source>
        <translation>Open the care-team demo: a GP&apos;s vault with three patients (made if missing).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the caregiver demo: Els&apos;s tablet, acting for Maria as editor (made if missing).</source>
        <translation>Open the caregiver demo: Els&apos;s tablet, acting for Maria as editor (made if missing).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render, save a PNG to &lt;file&gt;, exit.</source>
        <translation>Render, save a PNG to &lt;file&gt;, exit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size, e.g. 390x844.</source>
        <translation>Window size, e.g. 390x844.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page to show in screenshot mode.</source>
        <translation>Page to show in screenshot mode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load every page and exit; non-zero on any QML error or warning. With --vault, walk that demo vault instead of a new one.</source>
        <translation>Load every page and exit; non-zero on any QML error or warning. With --vault, walk that demo vault instead of a new one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --self-test: print the resident memory once every page was opened.</source>
        <translation>With --self-test: print the resident memory once every page was opened.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 390x844.</source>
        <translation>--size takes WIDTHxHEIGHT, e.g. 390x844.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../qml/components/shell/AppShell.qml" line="+48"/>
        <source>My patients</source>
        <comment>@title:navigation</comment>
        <translation>My patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Patients</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home</source>
        <comment>@title:navigation</comment>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Home</translation>
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
        <translation>Care plan</translation>
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
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Settings</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Settings</translation>
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
        <translation>Goals</translation>
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
        <translation>Care team</translation>
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
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>AttentionFlag</name>
    <message>
        <location filename="../../qml/components/controls/AttentionFlag.qml" line="+28"/>
        <source>Worse lately: %1</source>
        <comment>@info attention flag, check-in domains</comment>
        <translation>Worse lately: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wants to discuss: %1</source>
        <comment>@info attention flag, check-in domains</comment>
        <translation>Wants to discuss: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan review overdue since %1</source>
        <comment>@info attention flag, a date</comment>
        <translation>Plan review overdue since %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal is getting harder</source>
        <comment>@info attention flag</comment>
        <translation>A goal is getting harder</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Goals getting harder: %n</source>
        <comment>@info attention flag, a count</comment>
        <translation>
            <numerusform>Goals getting harder: %n</numerusform>
            <numerusform>Goals getting harder: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../../qml/components/controls/BusyOverlay.qml" line="+18"/>
        <source>Please wait</source>
        <comment>@info busy</comment>
        <translation>Please wait</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please wait…</source>
        <comment>@info busy</comment>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>CarePlanController</name>
    <message>
        <location filename="../../src/app/plan/careplancontroller.cpp" line="+296"/>
        <source>The care plan is gone.</source>
        <translation>The care plan is gone.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Please write the time like 08:30.</source>
        <translation>Please write the time like 08:30.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please give the day, like 2026-11-27.</source>
        <translation>Please give the day, like 2026-11-27.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please give the first day like 2026-11-27.</source>
        <translation>Please give the first day like 2026-11-27.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please give the last day like 2026-11-27, or leave it empty.</source>
        <translation>Please give the last day like 2026-11-27, or leave it empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last day comes before the first day.</source>
        <translation>The last day comes before the first day.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“Every” must be a number from 1 to 52 weeks or 365 days.</source>
        <translation>“Every” must be a number from 1 to 52 weeks or 365 days.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose the days of the week again.</source>
        <translation>Please choose the days of the week again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one day of the week.</source>
        <translation>Choose at least one day of the week.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose when it happens.</source>
        <translation>Choose when it happens.</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+28"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle is locked.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteamrules.cpp" line="+31"/>
        <source>Me</source>
        <comment>@label the patient&apos;s own entry in the care team</comment>
        <translation>Me</translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <location filename="../../qml/pages/plan/CarePlanPage.qml" line="+65"/>
        <source>Care plan</source>
        <comment>@title:window</comment>
        <translation>Care plan</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No care plan yet</source>
        <comment>@title:group</comment>
        <translation>No care plan yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your care plan brings everything together</source>
        <comment>@info empty plan</comment>
        <translation>Your care plan brings everything together</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what you and your care team agreed: who coordinates your care, when you next review it together (often at the multidisciplinary meeting), the agreements you made and the activities, from home-nurse visits to the walks you take yourself.</source>
        <comment>@info empty plan</comment>
        <translation>Write down what you and your care team agreed: who coordinates your care, when you next review it together (often at the multidisciplinary meeting), the agreements you made and the activities, from home-nurse visits to the walks you take yourself.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start my care plan</source>
        <comment>@action:button</comment>
        <translation>Start my care plan</translation>
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
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since %1</source>
        <comment>@info plan period</comment>
        <translation>Since %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordinated by %1 (%2)</source>
        <comment>@info plan coordinator, role</comment>
        <translation>Coordinated by %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody coordinates your care yet. Often this is your case manager; you can choose them in your care team.</source>
        <comment>@info plan without coordinator</comment>
        <translation>Nobody coordinates your care yet. Often this is your case manager; you can choose them in your care team.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next review with your care team: %1</source>
        <comment>@info plan review, often the multidisciplinary meeting</comment>
        <translation>Next review with your care team: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review date yet. Add the date of the next multidisciplinary meeting when it is set.</source>
        <comment>@info plan review</comment>
        <translation>No review date yet. Add the date of the next multidisciplinary meeting when it is set.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit plan</source>
        <comment>@action:button</comment>
        <translation>Edit plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the care plan’s title, status, dates and coordinator</source>
        <comment>@action:button accessible</comment>
        <translation>Edit the care plan’s title, status, dates and coordinator</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements</source>
        <comment>@title:group</comment>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agreements yet</source>
        <comment>@info empty agreements</comment>
        <translation>No agreements yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what you agreed with your care team, in your own words: “The nurse comes before 9”, “I call my daughter when I feel dizzy”.</source>
        <comment>@info empty agreements</comment>
        <translation>Write down what you agreed with your care team, in your own words: “The nurse comes before 9”, “I call my daughter when I feel dizzy”.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A new agreement</source>
        <comment>@info:placeholder</comment>
        <translation>A new agreement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New agreement</source>
        <comment>@label accessible</comment>
        <translation>New agreement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <comment>@action:button</comment>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the agreement</source>
        <comment>@action:button accessible</comment>
        <translation>Add the agreement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activities</source>
        <comment>@title:group</comment>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New activity</source>
        <comment>@action:button</comment>
        <translation>New activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new activity to the care plan</source>
        <comment>@action:button accessible</comment>
        <translation>Add a new activity to the care plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No activities yet</source>
        <comment>@info empty activities</comment>
        <translation>No activities yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what happens in your care: the home nurse’s visits, your physiotherapy exercises, a check-up at the hospital, coffee with a friend. Then tap “Done today” when you did it.</source>
        <comment>@info empty activities</comment>
        <translation>Add what happens in your care: the home nurse’s visits, your physiotherapy exercises, a check-up at the hospital, coffee with a friend. Then tap “Done today” when you did it.</translation>
    </message>
</context>
<context>
    <name>CareTeamController</name>
    <message>
        <location filename="../../src/app/team/careteamcontroller.cpp" line="+141"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle is locked.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="+243"/>
        <location filename="../../src/domain/careteamrules.cpp" line="+10"/>
        <location line="+83"/>
        <source>This person is no longer in the care team.</source>
        <translation>This person is no longer in the care team.</translation>
    </message>
</context>
<context>
    <name>CareTeamPage</name>
    <message>
        <location filename="../../qml/pages/team/CareTeamPage.qml" line="+43"/>
        <source>Care team</source>
        <comment>@title:window</comment>
        <translation>Care team</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 coordinates your care. Ask them first when something needs to be arranged.</source>
        <comment>@info</comment>
        <translation>%1 coordinates your care. Ask them first when something needs to be arranged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who coordinates your care, often your case manager: open the menu next to their name.</source>
        <comment>@info</comment>
        <translation>Choose who coordinates your care, often your case manager: open the menu next to their name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a person</source>
        <comment>@action:button</comment>
        <translation>Add a person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to your care team</source>
        <comment>@action:button accessible</comment>
        <translation>Add a person to your care team</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who helps you?</source>
        <comment>@title:group empty team</comment>
        <translation>Who helps you?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the people who care for you: your family doctor, the home nurse, the pharmacist, your case manager, and the family members or friends who help. Write down how to reach them, so everything is in one place.</source>
        <comment>@info empty team</comment>
        <translation>Add the people who care for you: your family doctor, the home nurse, the pharmacist, your case manager, and the family members or friends who help. Write down how to reach them, so everything is in one place.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, former member</source>
        <comment>@info accessible</comment>
        <translation>%1, former member</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Former member: no longer in any space you share, so receives nothing new.</source>
        <comment>@info care team card</comment>
        <translation>Former member: no longer in any space you share, so receives nothing new.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses CareCircle: sees what you share with them.</source>
        <comment>@info care team card</comment>
        <translation>Uses CareCircle: sees what you share with them.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These are your own notes about your care team. Inviting someone to see your plan comes with sharing.</source>
        <comment>@info</comment>
        <translation>These are your own notes about your care team. Inviting someone to see your plan comes with sharing.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/ChangePassphraseDialog.qml" line="+39"/>
        <source>Change your passphrase</source>
        <comment>@title:window</comment>
        <translation>Change your passphrase</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Your information stays as it is; only the passphrase that opens it changes. Your recovery key keeps working.</source>
        <comment>@info change passphrase</comment>
        <translation>Your information stays as it is; only the passphrase that opens it changes. Your recovery key keeps working.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase</source>
        <comment>@label:textbox</comment>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New passphrase again</source>
        <comment>@label:textbox</comment>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two new passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>The two new passphrases are not the same yet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change passphrase</source>
        <comment>@action:button</comment>
        <translation>Change passphrase</translation>
    </message>
</context>
<context>
    <name>CheckInBars</name>
    <message>
        <location filename="../../qml/components/charts/CheckInBars.qml" line="+45"/>
        <source>%1: %2 out of %3</source>
        <comment>@info accessible: domain rating</comment>
        <translation>%1: %2 out of %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not rated</source>
        <comment>@info accessible</comment>
        <translation>%1: not rated</translation>
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
        <translation>You’d like to talk about this</translation>
    </message>
</context>
<context>
    <name>CheckInHistoryDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/CheckInHistoryDelegate.qml" line="+34"/>
        <source>%1 · your caregiver check-in</source>
        <comment>@info check-in date, the caregiver&apos;s own check-in</comment>
        <translation>%1 · your caregiver check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by %2</source>
        <comment>@info check-in date, who filled it in (e.g. Els Peeters for Maria)</comment>
        <translation>%1 · filled in by %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping %2</source>
        <comment>@info check-in date, by proxy, read in a patient&apos;s circle</comment>
        <translation>%1 · filled in by someone helping %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping you</source>
        <comment>@info check-in date, by proxy</comment>
        <translation>%1 · filled in by someone helping you</translation>
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
        <translation>Your check-in is saved. Thank you for taking the time.</translation>
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
        <translation>How are you doing?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is %1 doing?</source>
        <comment>@title:group check-in start, filled in for a patient</comment>
        <translation>How is %1 doing?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You answer for %1, as you see it. The check-in is marked as filled in by you for %1.</source>
        <comment>@info proxy check-in</comment>
        <translation>You answer for %1, as you see it. The check-in is marked as filled in by you for %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your last check-in: %1</source>
        <comment>@info</comment>
        <translation>Your last check-in: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last check-in about %1: %2</source>
        <comment>@info in a patient&apos;s circle</comment>
        <translation>Last check-in about %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No check-in yet</source>
        <comment>@info empty check-in</comment>
        <translation>No check-in yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a week is a good rhythm. Your answers help you and your care team see how things are going over time.</source>
        <comment>@info empty check-in</comment>
        <translation>Once a week is a good rhythm. Your answers help you and your care team see how things are going over time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has filled in a check-in about %1 yet.</source>
        <comment>@info empty check-in in a patient&apos;s circle</comment>
        <translation>Nobody has filled in a check-in about %1 yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start check-in</source>
        <comment>@action:button</comment>
        <translation>Start check-in</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About me as a caregiver</source>
        <comment>@title:group caregiver check-in start</comment>
        <translation>About me as a caregiver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you care for someone? Four short questions about how you yourself are doing as a caregiver: the weight of caring, your own health, time for yourself and the support you get. Nobody sees your answers unless you choose to share them.</source>
        <comment>@info caregiver check-in start</comment>
        <translation>Do you care for someone? Four short questions about how you yourself are doing as a caregiver: the weight of caring, your own health, time for yourself and the support you get. Nobody sees your answers unless you choose to share them.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start my caregiver check-in</source>
        <comment>@action:button</comment>
        <translation>Start my caregiver check-in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Short questionnaires</source>
        <comment>@title:group</comment>
        <translation>Short questionnaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Well-known short questionnaires about well-being, mood and worry. You see your score described in plain words; it is something to talk about with your care team, not a diagnosis.</source>
        <comment>@info questionnaires</comment>
        <translation>Well-known short questionnaires about well-being, mood and worry. You see your score described in plain words; it is something to talk about with your care team, not a diagnosis.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 · %n question(s)</source>
        <comment>@action:button questionnaire title and length</comment>
        <translation>
            <numerusform>%1 · %n question</numerusform>
            <numerusform>%1 · %n questions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earlier check-ins</source>
        <comment>@title:group</comment>
        <translation>Earlier check-ins</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Show earlier check-ins (%n more)</source>
        <comment>@action:button</comment>
        <translation>
            <numerusform>Show earlier check-ins (%n more)</numerusform>
            <numerusform>Show earlier check-ins (%n more)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing here yet</source>
        <comment>@info empty check-in history</comment>
        <translation>Nothing here yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your check-ins and questionnaire results will be listed here, newest first, so you can see how things change.</source>
        <comment>@info empty check-in history</comment>
        <translation>Your check-ins and questionnaire results will be listed here, newest first, so you can see how things change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check-ins about %1 that you may see will be listed here, newest first.</source>
        <comment>@info empty check-in history in a patient&apos;s circle</comment>
        <translation>The check-ins about %1 that you may see will be listed here, newest first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your caregiver check-in: about you, not about the person you care for.</source>
        <comment>@info caregiver check-in flow</comment>
        <translation>Your caregiver check-in: about you, not about the person you care for.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For %1: where a question says “you”, answer for %1, as you see it.</source>
        <comment>@info proxy check-in flow</comment>
        <translation>For %1: where a question says “you”, answer for %1, as you see it.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %n</source>
        <comment>@info check-in progress</comment>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Question %1 of %n</source>
        <comment>@info accessible check-in progress</comment>
        <translation>
            <numerusform>Question %1 of %n</numerusform>
            <numerusform>Question %1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check-in progress</source>
        <comment>@info accessible</comment>
        <translation>Check-in progress</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Back</source>
        <comment>@action:button check-in step</comment>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next</source>
        <comment>@action:button check-in step</comment>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <comment>@action:button check-in</comment>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your caregiver check-in</source>
        <comment>@title:group caregiver check-in review</comment>
        <translation>Your caregiver check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in for %1</source>
        <comment>@title:group check-in review, filled in for a patient</comment>
        <translation>Check-in for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your check-in</source>
        <comment>@title:group check-in review</comment>
        <translation>Your check-in</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 · where you’d like to be: %2</source>
        <comment>@info check-in review</comment>
        <translation>%1 · where you’d like to be: %2</translation>
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
        <translation>You have not chosen a number yet. Go back to answer at least one question.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n part(s) without a number will be left out.</source>
        <comment>@info check-in review</comment>
        <translation>
            <numerusform>%n part without a number will be left out.</numerusform>
            <numerusform>%n parts without a number will be left out.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change answers</source>
        <comment>@action:button check-in review</comment>
        <translation>Change answers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save check-in</source>
        <comment>@action:button</comment>
        <translation>Save check-in</translation>
    </message>
</context>
<context>
    <name>CircleSwitcher</name>
    <message>
        <location filename="../../qml/components/shell/CircleSwitcher.qml" line="+29"/>
        <source>My own</source>
        <comment>@item whose care: the person&apos;s own</comment>
        <translation>My own</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s care</source>
        <comment>@item whose care: a patient who shared with you</comment>
        <translation>%1&apos;s care</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may change goals, the plan and check-ins, for %1.</source>
        <comment>@info</comment>
        <translation>You may change goals, the plan and check-ins, for %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may add progress notes and comments.</source>
        <comment>@info</comment>
        <translation>You may add progress notes and comments.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may read only.</source>
        <comment>@info</comment>
        <translation>You may read only.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Whose care</source>
        <comment>@label circle switcher</comment>
        <translation>Whose care</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="+34"/>
        <source>The sharing space, by its name.</source>
        <translation>The sharing space, by its name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The role offered: editor, contributor or viewer.</source>
        <translation>The role offered: editor, contributor or viewer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days until the invitation ends (1 to 7; default 7).</source>
        <translation>Days until the invitation ends (1 to 7; default 7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name as the other person will see it.</source>
        <translation>Your name as the other person will see it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The member&apos;s account id (as &apos;members&apos; lists it).</source>
        <translation>The member&apos;s account id (as &apos;members&apos; lists it).</translation>
    </message>
    <message>
        <location filename="../../src/cli/clisupport.cpp" line="+35"/>
        <source>Passphrase or recovery key: </source>
        <translation>Passphrase or recovery key: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong passphrase or recovery key.</source>
        <translation>Wrong passphrase or recovery key.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase is too weak (%1). %2</source>
        <translation>The passphrase is too weak (%1). %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again: </source>
        <translation>The same passphrase again: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>The two passphrases differ. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/cli/vaultcommands.cpp" line="+26"/>
        <source>Measuring this device to set the passphrase&apos;s protection…</source>
        <translation>Measuring this device to set the passphrase&apos;s protection…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vault created in %1.</source>
        <translation>Vault created in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key (write it down now; it is shown only once):</source>
        <translation>Recovery key (write it down now; it is shown only once):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>--%1 takes a whole number from 1 to %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Care-team demo vault created in %1. Its passphrase is in the README; never keep real data in it.</source>
        <translation>Care-team demo vault created in %1. Its passphrase is in the README; never keep real data in it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo vault created in %1. Its passphrase is in the README; never keep real data in it.</source>
        <translation>Demo vault created in %1. Its passphrase is in the README; never keep real data in it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key:</source>
        <translation>Recovery key:</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n damaged record(s) not counted; run &apos;carecircle-cli verify&apos; for details.</source>
        <translation>
            <numerusform>%n damaged record not counted; run &apos;carecircle-cli verify&apos; for details.</numerusform>
            <numerusform>%n damaged records not counted; run &apos;carecircle-cli verify&apos; for details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Damaged: %1 of %n record(s); the others are intact.</source>
        <translation>
            <numerusform>Damaged: %1 of %n record; the others are intact.</numerusform>
            <numerusform>Damaged: %1 of %n records; the others are intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n record(s) are intact.</source>
        <translation>
            <numerusform>The %n record is intact.</numerusform>
            <numerusform>All %n records are intact.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>damaged: space %1 record %2: %3</source>
        <translation>damaged: space %1 record %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Current passphrase: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong current passphrase. Nothing was changed.</source>
        <translation>Wrong current passphrase. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <location filename="../../src/cli/clisupport.h" line="+68"/>
        <source>The operation did not finish.</source>
        <translation>The operation did not finish.</translation>
    </message>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="+19"/>
        <source>%1 (command line)</source>
        <translation>%1 (command line)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This vault is already connected to a server.</source>
        <translation>This vault is already connected to a server.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="+33"/>
        <location filename="../../src/cli/synccommands.cpp" line="+12"/>
        <source>This vault is not connected to a server. Use &apos;carecircle-cli connect&apos; first.</source>
        <translation>This vault is not connected to a server. Use &apos;carecircle-cli connect&apos; first.</translation>
    </message>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="+11"/>
        <source>Type this code on the new device within 5 minutes:</source>
        <translation>Type this code on the new device within 5 minutes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new device answered; completing the link…</source>
        <translation>The new device answered; completing the link…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new device is linked.</source>
        <translation>The new device is linked.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Vault created in %1 as a linked device.</source>
        <translation>Vault created in %1 as a linked device.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account restored in %1.</source>
        <translation>Account restored in %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="+14"/>
        <location line="+258"/>
        <source>There is no sharing space with that name.</source>
        <translation>There is no sharing space with that name.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>--days must be between 1 and 7.</source>
        <translation>--days must be between 1 and 7.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location filename="../../src/cli/spacecommands.cpp" line="+154"/>
        <source>Created the sharing space &apos;%1&apos;.</source>
        <translation>Created the sharing space &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invitation code: %1</source>
        <translation>Invitation code: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR text: %1</source>
        <translation>QR text: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the invited person to enter the code…</source>
        <translation>Waiting for the invited person to enter the code…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accepted by: %1</source>
        <translation>Accepted by: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <location line="+70"/>
        <source>Safety number: %1</source>
        <translation>Safety number: %1</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Do the safety numbers match? [y/N]</source>
        <translation>Do the safety numbers match? [y/N]</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The safety numbers did not match. The invitation was cancelled.</source>
        <translation>The safety numbers did not match. The invitation was cancelled.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is now a member (%2).</source>
        <translation>%1 is now a member (%2).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--care-role takes a care role such as gp or caregiver.</source>
        <translation>--care-role takes a care role such as gp or caregiver.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space: %1</source>
        <translation>Space: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accepted. Compare the safety number with the owner; the space arrives once they confirm.</source>
        <translation>Accepted. Compare the safety number with the owner; the space arrives once they confirm.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The safety numbers did not match. Nothing was marked as verified.</source>
        <translation>The safety numbers did not match. Nothing was marked as verified.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marked %1 as verified on this device.</source>
        <translation>Marked %1 as verified on this device.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>--member takes an account id as &apos;members&apos; lists it.</source>
        <translation>--member takes an account id as &apos;members&apos; lists it.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed. The space now uses key version %1; what was shared before stays with the removed person.</source>
        <translation>Removed. The space now uses key version %1; what was shared before stays with the removed person.</translation>
    </message>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="+5"/>
        <source>Create a vault; prints the recovery key once. Reads the new passphrase.</source>
        <translation>Create a vault; prints the recovery key once. Reads the new passphrase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a vault holding the demo story.</source>
        <translation>Create a vault holding the demo story.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock and print one line per record kind: &apos;kind: count&apos;.</source>
        <translation>Unlock and print one line per record kind: &apos;kind: count&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock and check every record; list each damaged one.</source>
        <translation>Unlock and check every record; list each damaged one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase (current, then new, on standard input).</source>
        <translation>Change the passphrase (current, then new, on standard input).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the account and this device on a server (--server URL), then sync. Reads the passphrase.</source>
        <translation>Register the account and this device on a server (--server URL), then sync. Reads the passphrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push and pull until done; prints &apos;pushed: N&apos; and &apos;pulled: M&apos;.</source>
        <translation>Push and pull until done; prints &apos;pushed: N&apos; and &apos;pulled: M&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a one-time code for a new device, wait up to 5 minutes for it and link it.</source>
        <translation>Print a one-time code for a new device, wait up to 5 minutes for it and link it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new vault linked to the account that shows --code CODE on --server URL. Reads a new passphrase.</source>
        <translation>Create a new vault linked to the account that shows --code CODE on --server URL. Reads a new passphrase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the account from --server URL into a new vault. Reads the recovery key, then a new passphrase.</source>
        <translation>Restore the account from --server URL into a new vault. Reads the recovery key, then a new passphrase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite someone into the own sharing space --space NAME (made if missing) as --role ROLE; prints the code, waits for them, shows the safety number and asks whether it matches. Reads the passphrase, then the answer.</source>
        <translation>Invite someone into the own sharing space --space NAME (made if missing) as --role ROLE; prints the code, waits for them, shows the safety number and asks whether it matches. Reads the passphrase, then the answer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept an invitation (--code CODE): prints the owner, space, role and safety number. Reads the passphrase.</source>
        <translation>Accept an invitation (--code CODE): prints the owner, space, role and safety number. Reads the passphrase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After comparing the safety number (printed again): mark the owner of --space NAME, or --member ID, as verified on this vault.</source>
        <translation>After comparing the safety number (printed again): mark the owner of --space NAME, or --member ID, as verified on this vault.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the members of --space NAME: account id, role, end date, verified or not.</source>
        <translation>List the members of --space NAME: account id, role, end date, verified or not.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove --member ID from the own space --space NAME; the space gets a new key.</source>
        <translation>Remove --member ID from the own space --space NAME; the space gets a new key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print who fetched the own space --space NAME: time, account, device, count.</source>
        <translation>Print who fetched the own space --space NAME: time, account, device, count.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the sharing spaces, one per line: id, member count, your role, name (tab-separated). Syncs first when connected.</source>
        <translation>List the sharing spaces, one per line: id, member count, your role, name (tab-separated). Syncs first when connected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create an own sharing space --name NAME; prints its id. Syncs when connected.</source>
        <translation>Create an own sharing space --name NAME; prints its id. Syncs when connected.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move --record ID (with its progress and comments) into the own space --space NAME, as &apos;Who can see this?&apos; does. Syncs when connected.</source>
        <translation>Move --record ID (with its progress and comments) into the own space --space NAME, as &apos;Who can see this?&apos; does. Syncs when connected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the records of --kind KIND, one per line: id, date, space, short label (tab-separated).</source>
        <translation>List the records of --kind KIND, one per line: id, date, space, short label (tab-separated).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: carecircle-cli COMMAND --vault DIR

Passphrases and recovery keys are read from standard input (one per line), never from
arguments or the environment.

Commands:
</source>
        <translation>Usage: carecircle-cli COMMAND --vault DIR

Passphrases and recovery keys are read from standard input (one per line), never from
arguments or the environment.

Commands:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.
&apos;carecircle-cli COMMAND --help&apos; describes one command.</source>
        <translation>
Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.
&apos;carecircle-cli COMMAND --help&apos; describes one command.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The own sharing space to move into, by its name (&apos;Private&apos; for the private space).</source>
        <translation>The own sharing space to move into, by its name (&apos;Private&apos; for the private space).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new space&apos;s name (1 to 60 characters, not used by another own space).</source>
        <translation>The new space&apos;s name (1 to 60 characters, not used by another own space).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s id (as &apos;list&apos; prints it).</source>
        <translation>The record&apos;s id (as &apos;list&apos; prints it).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of record: goal, activity, check_in, progress or comment.</source>
        <translation>The kind of record: goal, activity, check_in, progress or comment.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grow the story with years of history to about N records (per patient with --care-team).</source>
        <translation>Grow the story with years of history to about N records (per patient with --care-team).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a care team&apos;s vault: a GP whose patients shared their stories with him.</source>
        <translation>Make a care team&apos;s vault: a GP whose patients shared their stories with him.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many patients the care team&apos;s vault holds (default 3).</source>
        <translation>How many patients the care team&apos;s vault holds (default 3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who you are for the owner, e.g. gp, caregiver or home_nurse.</source>
        <translation>Who you are for the owner, e.g. gp, caregiver or home_nurse.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The vault folder.</source>
        <translation>The vault folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s address, e.g. https://care.example.org.</source>
        <translation>The server&apos;s address, e.g. https://care.example.org.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invitation code you were given.</source>
        <translation>The invitation code you were given.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link code shown on the other device.</source>
        <translation>The link code shown on the other device.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: carecircle-cli %1 --vault DIR</source>
        <translation>Usage: carecircle-cli %1 --vault DIR</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.</source>
        <translation>Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected argument &apos;%1&apos;. Passphrases are never given as arguments; they are read from standard input.</source>
        <translation>Unexpected argument &apos;%1&apos;. Passphrases are never given as arguments; they are read from standard input.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing --vault DIR.</source>
        <translation>Missing --vault DIR.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing --%1 %2.</source>
        <translation>Missing --%1 %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing or invalid --server URL.</source>
        <translation>Missing or invalid --server URL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing --code CODE.</source>
        <translation>Missing --code CODE.</translation>
    </message>
    <message>
        <location filename="../../src/cli/secretinput.cpp" line="+46"/>
        <source>Expected a passphrase or key on standard input, found none.</source>
        <translation>Expected a passphrase or key on standard input, found none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is too long.</source>
        <translation>The passphrase is too long.</translation>
    </message>
    <message>
        <location filename="../../src/cli/spacecommands.cpp" line="-128"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Moved to &apos;%1&apos;.</source>
        <translation>Moved to &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--kind takes goal, activity, check_in, progress or comment.</source>
        <translation>--kind takes goal, activity, check_in, progress or comment.</translation>
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
        <translation>New: %1</translation>
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
        <translation>New</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · about “%2”</source>
        <comment>@info when, and what the comment is about</comment>
        <translation>%1 · about “%2”</translation>
    </message>
</context>
<context>
    <name>CommentThreadCard</name>
    <message>
        <location filename="../../qml/components/cards/CommentThreadCard.qml" line="+18"/>
        <source>When someone in your care circle comments, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>When someone in your care circle comments, you will read it here.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Comments (%n new)</source>
        <comment>@title:group</comment>
        <translation>
            <numerusform>Comments (%n new)</numerusform>
            <numerusform>Comments (%n new)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <comment>@title:group</comment>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No comments yet</source>
        <comment>@info empty comments</comment>
        <translation>No comments yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a comment…</source>
        <comment>@info:placeholder</comment>
        <translation>Write a comment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your comment</source>
        <comment>@label</comment>
        <translation>Your comment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add comment</source>
        <comment>@action:button</comment>
        <translation>Add comment</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/ConfirmDialog.qml" line="+16"/>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ConflictsController</name>
    <message>
        <location filename="../../src/app/sync/conflictscontroller.cpp" line="+129"/>
        <source>The record this text belonged to was deleted, so it cannot be put back.</source>
        <translation>The record this text belonged to was deleted, so it cannot be put back.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../qml/pages/sync/ConflictsPage.qml" line="+20"/>
        <source>Edits to review</source>
        <comment>@title:window</comment>
        <translation>Edits to review</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to review</source>
        <comment>@title:group</comment>
        <translation>Nothing to review</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the same text is changed on two of your devices before they sync, the newest edit is kept and the other one appears here, so nothing you wrote is lost.</source>
        <comment>@info empty conflicts</comment>
        <translation>When the same text is changed on two of your devices before they sync, the newest edit is kept and the other one appears here, so nothing you wrote is lost.</translation>
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
        <translation>Overwritten text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Now</source>
        <comment>@label current text</comment>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Put this text back</source>
        <comment>@action:button</comment>
        <translation>Put this text back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the overwritten text back in %1</source>
        <comment>@action:button accessible</comment>
        <translation>Put the overwritten text back in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the newest</source>
        <comment>@action:button</comment>
        <translation>Keep the newest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest text and let this one go</source>
        <comment>@action:button accessible</comment>
        <translation>Keep the newest text and let this one go</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <location filename="../../src/crypto/aead.cpp" line="+32"/>
        <location filename="../../src/crypto/hkdf.cpp" line="+133"/>
        <location filename="../../src/crypto/keypair.cpp" line="+55"/>
        <source>The encryption library reported an internal failure.</source>
        <translation>The encryption library reported an internal failure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The encryption key has the wrong length.</source>
        <translation>The encryption key has the wrong length.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nonce has the wrong length.</source>
        <translation>The nonce has the wrong length.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+51"/>
        <source>The data is too large to encrypt in one piece.</source>
        <translation>The data is too large to encrypt in one piece.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The data could not be decrypted: the key is wrong or the data was altered.</source>
        <translation>The data could not be decrypted: the key is wrong or the data was altered.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The encrypted data is too short to be valid.</source>
        <translation>The encrypted data is too short to be valid.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/argon2id.cpp" line="+61"/>
        <source>The salt for the passphrase key is too short.</source>
        <translation>The salt for the passphrase key is too short.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase key settings are outside the supported range.</source>
        <translation>The passphrase key settings are outside the supported range.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/crypto/hkdf.cpp" line="-29"/>
        <source>The requested key length is not supported.</source>
        <translation>The requested key length is not supported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An input to the passphrase key is too large.</source>
        <translation>An input to the passphrase key is too large.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is not enough memory to derive the passphrase key.</source>
        <translation>There is not enough memory to derive the passphrase key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deriving the passphrase key failed.</source>
        <translation>Deriving the passphrase key failed.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/hkdf.cpp" line="+2"/>
        <source>The key derivation label is too long.</source>
        <translation>The key derivation label is too long.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/keypair.cpp" line="+6"/>
        <source>The secret key has the wrong length.</source>
        <translation>The secret key has the wrong length.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The public key is not valid.</source>
        <translation>The public key is not valid.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The sealed data is too short to be valid.</source>
        <translation>The sealed data is too short to be valid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sealed data could not be opened: it is for someone else or was altered.</source>
        <translation>The sealed data could not be opened: it is for someone else or was altered.</translation>
    </message>
</context>
<context>
    <name>DamagedRecordsBanner</name>
    <message numerus="yes">
        <location filename="../../qml/components/controls/DamagedRecordsBanner.qml" line="+50"/>
        <source>%n record(s) could not be read and were set aside. Nothing was deleted; the rest of your information is fine.</source>
        <comment>@info damaged records banner</comment>
        <translation>
            <numerusform>%n record could not be read and were set aside. Nothing was deleted; the rest of your information is fine.</numerusform>
            <numerusform>%n records could not be read and were set aside. Nothing was deleted; the rest of your information is fine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide details</source>
        <comment>@action:button</comment>
        <translation>Hide details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show details</source>
        <comment>@action:button</comment>
        <translation>Show details</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../qml/components/controls/DateField.qml" line="+28"/>
        <source>Fill in this date.</source>
        <comment>@info validation</comment>
        <translation>Fill in this date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a real day. Check the day, month and year (four digits).</source>
        <comment>@info validation</comment>
        <translation>This is not a real day. Check the day, month and year (four digits).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (required)</source>
        <comment>@label a field that must be filled in</comment>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Day</source>
        <comment>@label:textbox date</comment>
        <translation>Day</translation>
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
        <translation>Month</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <comment>@label:textbox date</comment>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/DeviceDelegate.qml" line="+23"/>
        <source>%1, this device. %2</source>
        <comment>@info accessible device row</comment>
        <translation>%1, this device. %2</translation>
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
        <translation>%1 (this device)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove</source>
        <comment>@action:button remove device</comment>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from your account</source>
        <comment>@action:button accessible</comment>
        <translation>Remove %1 from your account</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../qml/components/controls/DialogButtons.qml" line="+16"/>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DiscardDraftDialog</name>
    <message>
        <location filename="../../qml/components/shell/DiscardDraftDialog.qml" line="+30"/>
        <source>Discard this draft?</source>
        <comment>@title:window unsaved input</comment>
        <translation>Discard this draft?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What you entered on this page is not saved yet. If you leave now, it is lost.</source>
        <comment>@info unsaved input</comment>
        <translation>What you entered on this page is not saved yet. If you leave now, it is lost.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep editing</source>
        <comment>@action:button unsaved input</comment>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard</source>
        <comment>@action:button unsaved input</comment>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the draft</source>
        <comment>@action:button accessible</comment>
        <translation>Discard the draft</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../src/domain/activity.cpp" line="+94"/>
        <source>An activity needs a title.</source>
        <translation>An activity needs a title.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of activity is not one CareCircle knows.</source>
        <translation>The kind of activity is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity&apos;s status is not one CareCircle knows.</source>
        <translation>The activity&apos;s status is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The activity has too many entries.</source>
        <translation>The activity has too many entries.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activity refers to an invalid goal.</source>
        <translation>The activity refers to an invalid goal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The activity refers to an invalid person.</source>
        <translation>The activity refers to an invalid person.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An entry of the activity&apos;s log is invalid.</source>
        <translation>An entry of the activity&apos;s log is invalid.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careplan.cpp" line="+63"/>
        <source>The care plan needs a title.</source>
        <translation>The care plan needs a title.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s status is not one CareCircle knows.</source>
        <translation>The care plan&apos;s status is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A date of the care plan is out of range.</source>
        <translation>A date of the care plan is out of range.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s period ends before it starts.</source>
        <translation>The care plan&apos;s period ends before it starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s coordinator is invalid.</source>
        <translation>The care plan&apos;s coordinator is invalid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan has too many agreements.</source>
        <translation>The care plan has too many agreements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agreement is empty or invalid.</source>
        <translation>An agreement is empty or invalid.</translation>
    </message>
    <message>
        <location filename="../../src/domain/carestore.cpp" line="+187"/>
        <source>The record is of an unknown kind.</source>
        <translation>The record is of an unknown kind.</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>The sharing space does not exist.</source>
        <translation>The sharing space does not exist.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+64"/>
        <source>That item no longer exists.</source>
        <translation>That item no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteammember.cpp" line="+60"/>
        <source>A care team member needs a name.</source>
        <translation>A care team member needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role is not one CareCircle knows.</source>
        <translation>The role is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A care team member&apos;s details are too long.</source>
        <translation>A care team member&apos;s details are too long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/careteamrules.cpp" line="-29"/>
        <source>The linked account is invalid.</source>
        <translation>The linked account is invalid.</translation>
    </message>
    <message>
        <location filename="../../src/domain/checkin.cpp" line="+107"/>
        <location filename="../../src/domain/fieldreader.cpp" line="+27"/>
        <source>The field “%1” has the wrong type.</source>
        <translation>The field “%1” has the wrong type.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>The field “%1” is missing.</source>
        <translation>The field “%1” is missing.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A check-in needs the person who completed it.</source>
        <translation>A check-in needs the person who completed it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check-in needs a valid time.</source>
        <translation>A check-in needs a valid time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check-in needs at least one answer.</source>
        <translation>A check-in needs at least one answer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A check-in domain is not one CareCircle knows.</source>
        <translation>A check-in domain is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/progressentry.cpp" line="+70"/>
        <source>A rating must be between 0 and 10.</source>
        <translation>A rating must be between 0 and 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note of the check-in is invalid.</source>
        <translation>A note of the check-in is invalid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A check-in holds too many instrument results.</source>
        <translation>A check-in holds too many instrument results.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The questionnaire is not one CareCircle knows.</source>
        <translation>The questionnaire is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A questionnaire result needs its version and language.</source>
        <translation>A questionnaire result needs its version and language.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A questionnaire score is out of range.</source>
        <translation>A questionnaire score is out of range.</translation>
    </message>
    <message>
        <location filename="../../src/domain/comment.cpp" line="+60"/>
        <source>A comment must belong to a record.</source>
        <translation>A comment must belong to a record.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment needs an author.</source>
        <translation>A comment needs an author.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment&apos;s author has an unknown role.</source>
        <translation>The comment&apos;s author has an unknown role.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment cannot be empty.</source>
        <translation>A comment cannot be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment needs a valid time.</source>
        <translation>A comment needs a valid time.</translation>
    </message>
    <message>
        <location filename="../../src/domain/envelope.cpp" line="+25"/>
        <source>A record is malformed and could not be read.</source>
        <translation>A record is malformed and could not be read.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>A record was written by a newer version of CareCircle and cannot be read.</source>
        <translation>A record was written by a newer version of CareCircle and cannot be read.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The record is of another kind than expected.</source>
        <translation>The record is of another kind than expected.</translation>
    </message>
    <message>
        <location filename="../../src/domain/fieldreader.cpp" line="+28"/>
        <location line="+17"/>
        <location line="+145"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>The field “%1” is too long.</source>
        <translation>The field “%1” is too long.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The field “%1” has an invalid language tag.</source>
        <translation>The field “%1” has an invalid language tag.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <location line="+56"/>
        <source>The field “%1” is out of range.</source>
        <translation>The field “%1” is out of range.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The field “%1” is not a valid date.</source>
        <translation>The field “%1” is not a valid date.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+13"/>
        <source>The field “%1” does not hold a valid record id.</source>
        <translation>The field “%1” does not hold a valid record id.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The field “%1” holds an invalid text.</source>
        <translation>The field “%1” holds an invalid text.</translation>
    </message>
    <message>
        <location filename="../../src/domain/goal.cpp" line="+89"/>
        <source>The kind of goal is not one CareCircle knows.</source>
        <translation>The kind of goal is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s domain is not one CareCircle knows.</source>
        <translation>The goal&apos;s domain is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s status is not one CareCircle knows.</source>
        <translation>The goal&apos;s status is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s achievement is not one CareCircle knows.</source>
        <translation>The goal&apos;s achievement is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal needs what matters to you or a target.</source>
        <translation>A goal needs what matters to you or a target.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A text of the goal is invalid.</source>
        <translation>A text of the goal is invalid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s priority must be 1, 2 or 3.</source>
        <translation>The goal&apos;s priority must be 1, 2 or 3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s target date is out of range.</source>
        <translation>The goal&apos;s target date is out of range.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal has too many steps.</source>
        <translation>The goal has too many steps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A step of the goal is empty or invalid.</source>
        <translation>A step of the goal is empty or invalid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The goal&apos;s author is invalid.</source>
        <translation>The goal&apos;s author is invalid.</translation>
    </message>
    <message>
        <location filename="../../src/domain/hlc.cpp" line="+34"/>
        <location line="+12"/>
        <location line="+48"/>
        <source>A change stamp is malformed.</source>
        <translation>A change stamp is malformed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change is dated more than a minute in the future; check the device&apos;s clock.</source>
        <translation>A change is dated more than a minute in the future; check the device&apos;s clock.</translation>
    </message>
    <message>
        <location filename="../../src/domain/patientprofile.cpp" line="+80"/>
        <source>The profile needs a name.</source>
        <translation>The profile needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile needs a valid language.</source>
        <translation>The profile needs a valid language.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/spaceinfo.cpp" line="+66"/>
        <source>The birth year is out of range.</source>
        <translation>The birth year is out of range.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are too many conditions.</source>
        <translation>There are too many conditions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each condition needs a description.</source>
        <translation>Each condition needs a description.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A condition&apos;s code is invalid.</source>
        <translation>A condition&apos;s code is invalid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The emergency contact is too long.</source>
        <translation>The emergency contact is too long.</translation>
    </message>
    <message>
        <location filename="../../src/domain/progressentry.cpp" line="-6"/>
        <source>A progress note must belong to a goal.</source>
        <translation>A progress note must belong to a goal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs a date.</source>
        <translation>A progress note needs a date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs an author.</source>
        <translation>A progress note needs an author.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The measured value is not a number.</source>
        <translation>The measured value is not a number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit needs a value and must be short.</source>
        <translation>A unit needs a value and must be short.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is invalid.</source>
        <translation>The note is invalid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs a rating, a value or a note.</source>
        <translation>A progress note needs a rating, a value or a note.</translation>
    </message>
    <message>
        <location filename="../../src/domain/schedule.cpp" line="+142"/>
        <location line="+36"/>
        <source>The field “%1” holds an invalid schedule.</source>
        <translation>The field “%1” holds an invalid schedule.</translation>
    </message>
    <message>
        <location filename="../../src/domain/conflictcopy.cpp" line="+88"/>
        <source>A kept text must belong to a record.</source>
        <translation>A kept text must belong to a record.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kept text cannot be empty.</source>
        <translation>A kept text cannot be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kept text needs valid times.</source>
        <translation>A kept text needs valid times.</translation>
    </message>
    <message>
        <location filename="../../src/domain/spaceinfo.cpp" line="-6"/>
        <source>A sharing space needs a name.</source>
        <translation>A sharing space needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A space name can be at most 60 characters.</source>
        <translation>A space name can be at most 60 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the offered colours.</source>
        <translation>Choose one of the offered colours.</translation>
    </message>
    <message>
        <location filename="../../src/domain/ownspaces.cpp" line="+21"/>
        <source>You already have a space called “%1”.</source>
        <translation>You already have a space called “%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That space no longer exists.</source>
        <translation>That space no longer exists.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no sharing space with that name.</source>
        <translation>There is no sharing space with that name.</translation>
    </message>
    <message>
        <location filename="../../src/domain/actor.cpp" line="+41"/>
        <source>Who made this change is malformed.</source>
        <translation>Who made this change is malformed.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who made this change needs an account and a name.</source>
        <translation>Who made this change needs an account and a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who made this change has an unknown role.</source>
        <translation>Who made this change has an unknown role.</translation>
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
        <translation>%1, how it is now, from 0 (%2) to 10 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answered yet</source>
        <comment>@info accessible</comment>
        <translation>Not answered yet</translation>
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
        <translation>Tap or drag the slider, or use the arrow keys, to choose a number.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add where I’d like to be</source>
        <comment>@option:check check-in wish</comment>
        <translation>Add where I’d like to be</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, where I’d like to be, from 0 to 10</source>
        <comment>@label:slider check-in wish</comment>
        <translation>%1, where I’d like to be, from 0 to 10</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I want to discuss this with my care team</source>
        <comment>@option:check check-in</comment>
        <translation>I want to discuss this with my care team</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note, if you like (optional)</source>
        <comment>@info:placeholder check-in note</comment>
        <translation>A note, if you like (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note about %1</source>
        <comment>@label:textbox check-in</comment>
        <translation>Note about %1</translation>
    </message>
</context>
<context>
    <name>DoneLogModel</name>
    <message>
        <location filename="../../src/app/plan/donelogmodel.cpp" line="+35"/>
        <source>Someone no longer in the care team</source>
        <comment>@info done by</comment>
        <translation>Someone no longer in the care team</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/GoalDelegate.qml" line="+31"/>
        <source>No rating yet</source>
        <comment>@info goal progress</comment>
        <translation>No rating yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rating: %1 out of %2 (%3)</source>
        <comment>@info goal progress; %3 is a day</comment>
        <translation>Last rating: %1 out of %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rating: %1 out of %2</source>
        <comment>@info goal progress</comment>
        <translation>Last rating: %1 out of %2</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%1 of %n step(s) done</source>
        <comment>@info goal steps</comment>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hoping to get there by %1</source>
        <comment>@info goal target date</comment>
        <translation>Hoping to get there by %1</translation>
    </message>
</context>
<context>
    <name>GoalDetailPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalDetailPage.qml" line="+59"/>
        <source>Goal</source>
        <comment>@title:window</comment>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Progress saved</source>
        <comment>@info confirmation</comment>
        <translation>Progress saved</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete this goal?</source>
        <comment>@title:window</comment>
        <translation>Delete this goal?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal, its steps and its place in your list go away. Its progress notes stay in your vault. You can undo this for a few seconds.</source>
        <comment>@info delete goal</comment>
        <translation>The goal, its steps and its place in your list go away. Its progress notes stay in your vault. You can undo this for a few seconds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete goal</source>
        <comment>@action:button</comment>
        <translation>Delete goal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a goal</source>
        <comment>@info empty goal detail</comment>
        <translation>Choose a goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goal yet</source>
        <comment>@info empty goal detail</comment>
        <translation>No goal yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a goal in the list to see its steps and how it is going.</source>
        <comment>@info empty goal detail</comment>
        <translation>Choose a goal in the list to see its steps and how it is going.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your goal will show here once you have written it.</source>
        <comment>@info empty goal detail</comment>
        <translation>Your goal will show here once you have written it.</translation>
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
        <translation>Target: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hoping to get there by %1</source>
        <comment>@info goal target date</comment>
        <translation>Hoping to get there by %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the words of %1</source>
        <comment>@info who expressed the goal</comment>
        <translation>In the words of %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last changed by %1</source>
        <comment>@info who last changed it, e.g. Els Peeters for Maria</comment>
        <translation>Last changed by %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log progress</source>
        <comment>@action:button</comment>
        <translation>Log progress</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this goal</source>
        <comment>@action:button accessible</comment>
        <translation>Edit this goal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this goal</source>
        <comment>@action:button accessible</comment>
        <translation>Delete this goal</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where it stands</source>
        <comment>@title:group goal status</comment>
        <translation>Where it stands</translation>
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
        <translation>How it is going</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Steps · %1 of %n done</source>
        <comment>@title:group goal steps</comment>
        <translation>
            <numerusform>Steps · %1 of %n done</numerusform>
            <numerusform>Steps · %1 of %n done</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <comment>@title:group goal steps</comment>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No steps yet</source>
        <comment>@info empty steps</comment>
        <translation>No steps yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big goals get easier in small steps. Choose Edit to add a few, like “walk to the corner and back”.</source>
        <comment>@info empty steps</comment>
        <translation>Big goals get easier in small steps. Choose Edit to add a few, like “walk to the corner and back”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How it has moved</source>
        <comment>@title:group goal progress</comment>
        <translation>How it has moved</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Show earlier entries (%n more)</source>
        <comment>@action:button goal progress</comment>
        <translation>
            <numerusform>Show earlier entries (%n more)</numerusform>
            <numerusform>Show earlier entries (%n more)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No progress logged yet</source>
        <comment>@info empty progress</comment>
        <translation>No progress logged yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose “Log progress” now and then to note how close you feel to this goal. Over time you will see it move.</source>
        <comment>@info empty progress</comment>
        <translation>Choose “Log progress” now and then to note how close you feel to this goal. Over time you will see it move.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When someone in your care circle comments on this goal, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>When someone in your care circle comments on this goal, you will read it here.</translation>
    </message>
</context>
<context>
    <name>GoalEditorPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalEditorPage.qml" line="+69"/>
        <source>Write in your own words what matters to you: that is the heart of a goal.</source>
        <comment>@info validation</comment>
        <translation>Write in your own words what matters to you: that is the heart of a goal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the part of life this goal is about.</source>
        <comment>@info validation</comment>
        <translation>Choose the part of life this goal is about.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit goal</source>
        <comment>@title:window</comment>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <comment>@title:window</comment>
        <translation>New goal</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>In your own words: what would you like to be able to do, again or still?</source>
        <comment>@info</comment>
        <translation>In your own words: what would you like to be able to do, again or still?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: walking to the Saturday market again</source>
        <comment>@info:placeholder</comment>
        <translation>For example: walking to the Saturday market again</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kind of goal</source>
        <comment>@label:listbox</comment>
        <translation>Kind of goal</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose…</source>
        <comment>@item:inlistbox no domain chosen yet</comment>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How will I know I got there? (optional)</source>
        <comment>@label:textbox</comment>
        <translation>How will I know I got there? (optional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: walk 500 m with my rollator</source>
        <comment>@info:placeholder</comment>
        <translation>For example: walk 500 m with my rollator</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When would I like to get there? (optional)</source>
        <comment>@label</comment>
        <translation>When would I like to get there? (optional)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>What matters to me (required)</source>
        <comment>@label:textbox</comment>
        <translation>What matters to me (required)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Part of life (required)</source>
        <comment>@label:listbox</comment>
        <translation>Part of life (required)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>How important is it now?</source>
        <comment>@label:listbox priority</comment>
        <translation>How important is it now?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Very important</source>
        <comment>@item:inlistbox priority 1</comment>
        <translation>Very important</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important</source>
        <comment>@item:inlistbox priority 2</comment>
        <translation>Important</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some day</source>
        <comment>@item:inlistbox priority 3</comment>
        <translation>Some day</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps</source>
        <comment>@title:group</comment>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small steps that bring you closer. You can tick them off later.</source>
        <comment>@info</comment>
        <translation>Small steps that bring you closer. You can tick them off later.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a step</source>
        <comment>@action:button</comment>
        <translation>Add a step</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save changes</source>
        <comment>@action:button</comment>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save goal</source>
        <comment>@action:button</comment>
        <translation>Save goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+S</source>
        <comment>@info accessible</comment>
        <translation>Shortcut: Ctrl+S</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalsPage.qml" line="+59"/>
        <source>Goals</source>
        <comment>@title:window</comment>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Goal deleted</source>
        <comment>@info</comment>
        <translation>Goal deleted</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>What matters to %1</source>
        <comment>@title goals page in a patient&apos;s circle, e.g. What matters to Maria</comment>
        <translation>What matters to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters to me</source>
        <comment>@title goals page</comment>
        <translation>What matters to me</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New goal</source>
        <comment>@action:button</comment>
        <translation>New goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new goal</source>
        <comment>@action:button accessible</comment>
        <translation>Write a new goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+N</source>
        <comment>@info accessible</comment>
        <translation>Shortcut: Ctrl+N</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show</source>
        <comment>@label:listbox goal status filter</comment>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goals I am working on</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Goals I am working on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done or stopped</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Done or stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All goals</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>All goals</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Part of life</source>
        <comment>@label:listbox goal domain filter</comment>
        <translation>Part of life</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every part of life</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Every part of life</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Write your first goal</source>
        <comment>@title:group empty goals</comment>
        <translation>Write your first goal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would you like to be able to do again, or keep doing? Write it in your own words, for example “Walk to the Saturday market again”.</source>
        <comment>@info empty goals</comment>
        <translation>What would you like to be able to do again, or keep doing? Write it in your own words, for example “Walk to the Saturday market again”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Then break it into small steps, choose a date to aim for, and note now and then how it is going. Your care team can help you get there.</source>
        <comment>@info empty goals</comment>
        <translation>Then break it into small steps, choose a date to aim for, and note now and then how it is going. Your care team can help you get there.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write what matters to me</source>
        <comment>@action:button</comment>
        <translation>Write what matters to me</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No goals here</source>
        <comment>@info empty filtered goals</comment>
        <translation>No goals here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of your goals matches these choices. Choose “All goals” and “Every part of life” to see them all.</source>
        <comment>@info empty filtered goals</comment>
        <translation>None of your goals matches these choices. Choose “All goals” and “Every part of life” to see them all.</translation>
    </message>
</context>
<context>
    <name>HistoryLoadingRow</name>
    <message>
        <location filename="../../qml/components/controls/HistoryLoadingRow.qml" line="+26"/>
        <source>Reading your older entries…</source>
        <comment>@info:progress after unlocking a large vault</comment>
        <translation>Reading your older entries…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/home/HomePage.qml" line="+39"/>
        <source>Your last check-in was lower than before for: %1</source>
        <comment>@info attention flag for the patient, check-in domains</comment>
        <translation>Your last check-in was lower than before for: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You would like to talk about: %1</source>
        <comment>@info attention flag for the patient, check-in domains</comment>
        <translation>You would like to talk about: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your care plan was due for review on %1</source>
        <comment>@info attention flag for the patient, a date</comment>
        <translation>Your care plan was due for review on %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of your goals is getting harder</source>
        <comment>@info attention flag for the patient</comment>
        <translation>
            <numerusform>%n of your goals is getting harder</numerusform>
            <numerusform>%n of your goals are getting harder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Good morning, %1</source>
        <comment>@title greeting</comment>
        <translation>Good morning, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good morning</source>
        <comment>@title greeting</comment>
        <translation>Good morning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good afternoon, %1</source>
        <comment>@title greeting</comment>
        <translation>Good afternoon, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good afternoon</source>
        <comment>@title greeting</comment>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good evening, %1</source>
        <comment>@title greeting</comment>
        <translation>Good evening, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good evening</source>
        <comment>@title greeting</comment>
        <translation>Good evening</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <comment>@title:window home page</comment>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your care plan “%1” · next review with your care team: %2</source>
        <comment>@info home plan summary</comment>
        <translation>Your care plan “%1” · next review with your care team: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your care plan “%1”</source>
        <comment>@info home plan summary</comment>
        <translation>Your care plan “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>My patients</source>
        <comment>@title:group home</comment>
        <translation>My patients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Those who need attention come first.</source>
        <comment>@info home my patients</comment>
        <translation>Those who need attention come first.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your patients appear here once CareCircle has read what they share with you.</source>
        <comment>@info home my patients</comment>
        <translation>Your patients appear here once CareCircle has read what they share with you.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>All %n patient(s)</source>
        <comment>@action:button home</comment>
        <translation>
            <numerusform>All %n patient</numerusform>
            <numerusform>All %n patients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open My patients</source>
        <comment>@action:button home</comment>
        <translation>Open My patients</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What your care team is asked to look at</source>
        <comment>@title:group home attention flags</comment>
        <translation>What your care team is asked to look at</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CareCircle points these out to the people in: %1. You choose this per space under Sharing.</source>
        <comment>@info home attention flags, space names</comment>
        <translation>CareCircle points these out to the people in: %1. You choose this per space under Sharing.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weekly check-in</source>
        <comment>@title:group home</comment>
        <translation>Weekly check-in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How are you doing this week? Your last check-in: %1</source>
        <comment>@info home</comment>
        <translation>How are you doing this week? Your last check-in: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you doing this week? A check-in takes a minute.</source>
        <comment>@info home</comment>
        <translation>How are you doing this week? A check-in takes a minute.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start a check-in</source>
        <comment>@action:button home</comment>
        <translation>Start a check-in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edits to review</source>
        <comment>@title:group</comment>
        <translation>Edits to review</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n text(s) were changed on two devices at the same time. CareCircle kept the newest edit and saved the other one for you to look at.</source>
        <comment>@info conflicts</comment>
        <translation>
            <numerusform>%n text was changed on two devices at the same time. CareCircle kept the newest edit and saved the other one for you to look at.</numerusform>
            <numerusform>%n texts were changed on two devices at the same time. CareCircle kept the newest edit and saved the other one for you to look at.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review</source>
        <comment>@action:button review conflicting edits</comment>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the overwritten texts</source>
        <comment>@action:button accessible</comment>
        <translation>Review the overwritten texts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your care plan will appear here</source>
        <comment>@title:group</comment>
        <translation>Your care plan will appear here</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When you and your care team make a care plan, you will see here what is planned for the coming days: visits, appointments and the things you do yourself.</source>
        <comment>@info empty home</comment>
        <translation>When you and your care team make a care plan, you will see here what is planned for the coming days: visits, appointments and the things you do yourself.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start by writing what matters to you. Your goals and short check-ins on how you are doing come next, and they help your care team plan care around you.</source>
        <comment>@info empty home</comment>
        <translation>Start by writing what matters to you. Your goals and short check-ins on how you are doing come next, and they help your care team plan care around you.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Coming up</source>
        <comment>@title:group next activities</comment>
        <translation>Coming up</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>And %n more this week</source>
        <comment>@info</comment>
        <translation>
            <numerusform>And %n more this week</numerusform>
            <numerusform>And %n more this week</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing planned for the next seven days</source>
        <comment>@info empty</comment>
        <translation>Nothing planned for the next seven days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enjoy the quiet days. New visits and appointments show up here as soon as they are planned.</source>
        <comment>@info empty</comment>
        <translation>Enjoy the quiet days. New visits and appointments show up here as soon as they are planned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits, appointments and the things you do yourself show up here once they are in your care plan.</source>
        <comment>@info empty</comment>
        <translation>Visits, appointments and the things you do yourself show up here once they are in your care plan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to me</source>
        <comment>@title:group goals</comment>
        <translation>What matters to me</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>And %n more goal(s)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>And %n more goal</numerusform>
            <numerusform>And %n more goals</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to you?</source>
        <comment>@info empty goals</comment>
        <translation>What matters to you?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start by writing what matters to you, in your own words: walking to the market again, enjoying time with your grandchildren, sleeping better. Your goals will be listed here with how they are going.</source>
        <comment>@info empty goals</comment>
        <translation>Start by writing what matters to you, in your own words: walking to the market again, enjoying time with your grandchildren, sleeping better. Your goals will be listed here with how they are going.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last check-in</source>
        <comment>@title:group</comment>
        <translation>Last check-in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · filled in by %2</source>
        <comment>@info check-in date, who filled it in (e.g. Els Peeters for Maria)</comment>
        <translation>%1 · filled in by %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping you</source>
        <comment>@info check-in date, by proxy</comment>
        <translation>%1 · filled in by someone helping you</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>0 means very hard, 10 means very good.</source>
        <comment>@info check-in scale</comment>
        <translation>0 means very hard, 10 means very good.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No check-in yet</source>
        <comment>@info empty check-in</comment>
        <translation>No check-in yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check-in takes a minute: how are your body, mind, meaning in life, quality of life, taking part and daily life going? You’ll see your answers here, and you can mark what you’d like to talk about with your care team.</source>
        <comment>@info empty check-in</comment>
        <translation>A check-in takes a minute: how are your body, mind, meaning in life, quality of life, taking part and daily life going? You’ll see your answers here, and you can mark what you’d like to talk about with your care team.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New comments</source>
        <comment>@title:group</comment>
        <translation>New comments</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No new comments</source>
        <comment>@info empty comments</comment>
        <translation>No new comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone in your care circle writes to you about your plan or your goals, you’ll read it here.</source>
        <comment>@info empty comments</comment>
        <translation>When someone in your care circle writes to you about your plan or your goals, you’ll read it here.</translation>
    </message>
</context>
<context>
    <name>InstrumentPage</name>
    <message>
        <location filename="../../qml/pages/checkin/InstrumentPage.qml" line="+49"/>
        <source>Questionnaire</source>
        <comment>@title:window</comment>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This questionnaire is not available</source>
        <comment>@info</comment>
        <translation>This questionnaire is not available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and choose another one.</source>
        <comment>@info</comment>
        <translation>Go back and choose another one.</translation>
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
        <translation>See my result</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Answered %1 of %n</source>
        <comment>@action:button questionnaire, disabled</comment>
        <translation>
            <numerusform>Answered %1 of %n</numerusform>
            <numerusform>Answered %1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <location filename="../../qml/pages/sharing/InvitePage.qml" line="+20"/>
        <source>Someone not in your care team yet</source>
        <comment>@item:inlistbox</comment>
        <translation>Someone not in your care team yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite to “%1”</source>
        <comment>@title:window</comment>
        <translation>Invite to “%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Who are you inviting?</source>
        <comment>@title:group</comment>
        <translation>Who are you inviting?</translation>
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
        <translation>The person, from your care team</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Their role in your care</source>
        <comment>@label</comment>
        <translation>Their role in your care</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What may they do in this space?</source>
        <comment>@label</comment>
        <translation>What may they do in this space?</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>The code works for %n day(s)</source>
        <comment>@item:inlistbox</comment>
        <translation>
            <numerusform>The code works for %n day</numerusform>
            <numerusform>The code works for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the code works</source>
        <comment>@label</comment>
        <translation>How long the code works</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They will see the name in your profile.</source>
        <comment>@info</comment>
        <translation>They will see the name in your profile.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also show my birth year, so a care team with two patients of my name can tell us apart</source>
        <comment>@option:check</comment>
        <translation>Also show my birth year, so a care team with two patients of my name can tell us apart</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing…</source>
        <comment>@info</comment>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create invitation</source>
        <comment>@action:button</comment>
        <translation>Create invitation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give them this code</source>
        <comment>@title:group</comment>
        <translation>Give them this code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They open CareCircle, choose “Enter an invitation code” under Sharing, and scan the QR code or type the code. It works once.</source>
        <comment>@info</comment>
        <translation>They open CareCircle, choose “Enter an invitation code” under Sharing, and scan the QR code or type the code. It works once.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QR code of the invitation</source>
        <comment>@info accessible</comment>
        <translation>QR code of the invitation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invitation code: %1</source>
        <comment>@info accessible</comment>
        <translation>Invitation code: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid until %1. Waiting for them to enter it…</source>
        <comment>@info</comment>
        <translation>Valid until %1. Waiting for them to enter it…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel the invitation</source>
        <comment>@action:button</comment>
        <translation>Cancel the invitation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare the safety number</source>
        <comment>@title:group</comment>
        <translation>Compare the safety number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 entered the code. Their screen now shows a safety number. If it is the same as this one, nobody came in between.</source>
        <comment>@info</comment>
        <translation>%1 entered the code. Their screen now shows a safety number. If it is the same as this one, nobody came in between.</translation>
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
        <translation>The numbers match: add %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add without comparing</source>
        <comment>@action:button</comment>
        <translation>Add without comparing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They will be shown as not verified until you compare the numbers.</source>
        <comment>@info</comment>
        <translation>They will be shown as not verified until you compare the numbers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The numbers differ: cancel</source>
        <comment>@action:button</comment>
        <translation>The numbers differ: cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added</source>
        <comment>@title:group</comment>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can now see what you put in “%2”.</source>
        <comment>@info</comment>
        <translation>%1 can now see what you put in “%2”.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The person</source>
        <comment>@info</comment>
        <translation>The person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>JoinAccountPage</name>
    <message>
        <location filename="../../qml/pages/sync/JoinAccountPage.qml" line="+43"/>
        <source>Restore your account</source>
        <comment>@title:window</comment>
        <translation>Restore your account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link this device</source>
        <comment>@title:window</comment>
        <translation>Link this device</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lost your devices? Your recovery key brings your account back on this one. The server keeps a locked copy that only this key opens.</source>
        <comment>@info restore</comment>
        <translation>Lost your devices? Your recovery key brings your account back on this one. The server keeps a locked copy that only this key opens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a device where you already use CareCircle, open Settings → Sync and devices → Show a link code. Then type that code here. Keep both devices open.</source>
        <comment>@info link</comment>
        <translation>On a device where you already use CareCircle, open Settings → Sync and devices → Show a link code. Then type that code here. Keep both devices open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account</source>
        <comment>@title:group</comment>
        <translation>Your account</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server address</source>
        <comment>@label:textbox</comment>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the full address, starting with https://</source>
        <comment>@info</comment>
        <translation>Type the full address, starting with https://</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery key</source>
        <comment>@label:textbox</comment>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link code</source>
        <comment>@label:textbox</comment>
        <translation>Link code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 characters, in groups of four, as you wrote them down.</source>
        <comment>@info</comment>
        <translation>28 characters, in groups of four, as you wrote them down.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 characters, as shown on your other device.</source>
        <comment>@info</comment>
        <translation>28 characters, as shown on your other device.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This does not look right yet: check each group of four for a typo.</source>
        <comment>@info</comment>
        <translation>This does not look right yet: check each group of four for a typo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of this device</source>
        <comment>@label:textbox</comment>
        <translation>Name of this device</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A passphrase for this device</source>
        <comment>@title:group</comment>
        <translation>A passphrase for this device</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passphrase locks CareCircle on this device. It may differ from the one on your other devices.</source>
        <comment>@info</comment>
        <translation>This passphrase locks CareCircle on this device. It may differ from the one on your other devices.</translation>
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
        <translation>Type it again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>The two passphrases are not the same yet.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restore</source>
        <comment>@action:button</comment>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link this device</source>
        <comment>@action:button</comment>
        <translation>Link this device</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <comment>@action:button accessible</comment>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>JoinSpacePage</name>
    <message>
        <location filename="../../qml/pages/sharing/JoinSpacePage.qml" line="+23"/>
        <source>Invitation code</source>
        <comment>@title:window</comment>
        <translation>Invitation code</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect first</source>
        <comment>@title:group</comment>
        <translation>Connect first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect CareCircle to the same server as the person who invited you.</source>
        <comment>@info</comment>
        <translation>Connect CareCircle to the same server as the person who invited you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the code</source>
        <comment>@title:group</comment>
        <translation>Enter the code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitation code</source>
        <comment>@label:textbox</comment>
        <translation>Invitation code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 letters and digits; spaces and dashes do not matter.</source>
        <comment>@info</comment>
        <translation>28 letters and digits; spaces and dashes do not matter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code has a typo. Check it with the person who invited you.</source>
        <comment>@info</comment>
        <translation>This code has a typo. Check it with the person who invited you.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking…</source>
        <comment>@info</comment>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 invites you</source>
        <comment>@title:group</comment>
        <translation>%1 invites you</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To the space “%1”. %2.</source>
        <comment>@info space name, what you may do</comment>
        <translation>To the space “%1”. %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare this safety number with the one on %1&apos;s screen. If they are the same, nobody came in between.</source>
        <comment>@info</comment>
        <translation>Compare this safety number with the one on %1&apos;s screen. If they are the same, nobody came in between.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name, as %1 will see it</source>
        <comment>@label:textbox</comment>
        <translation>Your name, as %1 will see it</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who you are for %1</source>
        <comment>@label</comment>
        <translation>Who you are for %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept</source>
        <comment>@action:button</comment>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accepted</source>
        <comment>@title:group</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once %1 has compared the number and added you, what is shared with you appears under My patients.</source>
        <comment>@info</comment>
        <translation>Once %1 has compared the number and added you, what is shared with you appears under My patients.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ You marked %1 as verified in person.</source>
        <comment>@info</comment>
        <translation>✓ You marked %1 as verified in person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the safety number match the one on %1&apos;s screen? Then mark %1 as verified: this device will tell you if their key ever changes.</source>
        <comment>@info</comment>
        <translation>Did the safety number match the one on %1&apos;s screen? Then mark %1 as verified: this device will tell you if their key ever changes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark as not verified</source>
        <comment>@action:button</comment>
        <translation>Mark as not verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers matched: mark %1 as verified</source>
        <comment>@action:button</comment>
        <translation>The numbers matched: mark %1 as verified</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <location filename="../../src/app/session/qtkeychainstore.cpp" line="+19"/>
        <source>This device&apos;s keystore did not answer. Unlock with your passphrase instead.</source>
        <translation>This device&apos;s keystore did not answer. Unlock with your passphrase instead.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This device does not remember the vault any more. Unlock with your passphrase.</source>
        <translation>This device does not remember the vault any more. Unlock with your passphrase.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/domain/codelabels.cpp" line="+36"/>
        <source>Patient</source>
        <comment>@label:role</comment>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver</source>
        <comment>@label:role</comment>
        <translation>Caregiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family doctor</source>
        <comment>@label:role</comment>
        <translation>Family doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home nurse</source>
        <comment>@label:role</comment>
        <translation>Home nurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physiotherapist</source>
        <comment>@label:role</comment>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacist</source>
        <comment>@label:role</comment>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social worker</source>
        <comment>@label:role</comment>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupational therapist</source>
        <comment>@label:role</comment>
        <translation>Occupational therapist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychologist</source>
        <comment>@label:role</comment>
        <translation>Psychologist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietitian</source>
        <comment>@label:role</comment>
        <translation>Dietitian</translation>
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
        <translation>Home help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case manager</source>
        <comment>@label:role</comment>
        <translation>Case manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care coordinator</source>
        <comment>@label:role</comment>
        <translation>Care coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted person</source>
        <comment>@label:role</comment>
        <translation>Trusted person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <comment>@label:role</comment>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body</source>
        <comment>@label:domain</comment>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mind and mood</source>
        <comment>@label:domain</comment>
        <translation>Mind and mood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning and purpose</source>
        <comment>@label:domain</comment>
        <translation>Meaning and purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality of life</source>
        <comment>@label:domain</comment>
        <translation>Quality of life</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part</source>
        <comment>@label:domain</comment>
        <translation>Taking part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily life</source>
        <comment>@label:domain</comment>
        <translation>Daily life</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical matters</source>
        <comment>@label:domain</comment>
        <translation>Practical matters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of caring</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Weight of caring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own health</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Own health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of one’s own</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Time of one’s own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support from others</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Support from others</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Life goal</source>
        <comment>@label:goal kind</comment>
        <translation>Life goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care goal</source>
        <comment>@label:goal kind</comment>
        <translation>Care goal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested</source>
        <comment>@label:goal status</comment>
        <translation>Suggested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working on it</source>
        <comment>@label:goal status</comment>
        <translation>Working on it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:goal status</comment>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>@label:goal status</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <comment>@label:goal status</comment>
        <translation>Stopped</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the way</source>
        <comment>@label:goal achievement</comment>
        <translation>On the way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting better</source>
        <comment>@label:goal achievement</comment>
        <translation>Getting better</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting harder</source>
        <comment>@label:goal achievement</comment>
        <translation>Getting harder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change yet</source>
        <comment>@label:goal achievement</comment>
        <translation>No change yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <comment>@label:goal achievement</comment>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached</source>
        <comment>@label:goal achievement</comment>
        <translation>Not reached</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Care visit</source>
        <comment>@label:activity kind</comment>
        <translation>Care visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something I do myself</source>
        <comment>@label:activity kind</comment>
        <translation>Something I do myself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help from family or friends</source>
        <comment>@label:activity kind</comment>
        <translation>Help from family or friends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <comment>@label:activity kind</comment>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <comment>@label:activity kind</comment>
        <translation>Medication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time with others</source>
        <comment>@label:activity kind</comment>
        <translation>Time with others</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned</source>
        <comment>@label:activity status</comment>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <comment>@label:activity status</comment>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:activity status</comment>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>@label:activity status</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>@label:activity status</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Being prepared</source>
        <comment>@label:plan status</comment>
        <translation>Being prepared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <comment>@label:plan status</comment>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:plan status</comment>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>@label:plan status</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../qml/theme/Labels.qml" line="+62"/>
        <source>Today</source>
        <comment>@label:day</comment>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow</source>
        <comment>@label:day</comment>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <comment>@label:day</comment>
        <translation>Yesterday</translation>
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
        <translation>Teal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Purple</translation>
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
        <translation>Green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Grey</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owner</source>
        <comment>@label:permission</comment>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May edit with and for you</source>
        <comment>@label:permission</comment>
        <translation>May edit with and for you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May read, comment and add progress notes</source>
        <comment>@label:permission</comment>
        <translation>May read, comment and add progress notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May only read</source>
        <comment>@label:permission</comment>
        <translation>May only read</translation>
    </message>
    <message>
        <location filename="../../qml/theme/Labels.qml" line="+16"/>
        <source>Just now</source>
        <comment>@label:time</comment>
        <translation>Just now</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <comment>@label:time</comment>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ago</source>
        <comment>@label:time</comment>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogProgressDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/LogProgressDialog.qml" line="+38"/>
        <source>Choose a number on the slider first.</source>
        <comment>@info log progress</comment>
        <translation>Choose a number on the slider first.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How is it going?</source>
        <comment>@title:window log progress</comment>
        <translation>How is it going?</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>How close do you feel to this goal today? %1 out of 10</source>
        <comment>@label:slider</comment>
        <translation>How close do you feel to this goal today? %1 out of 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How close do you feel to this goal today? Not rated yet</source>
        <comment>@label:slider</comment>
        <translation>How close do you feel to this goal today? Not rated yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rating from 0 (far away) to 10 (there)</source>
        <comment>@label:slider accessible</comment>
        <translation>Rating from 0 (far away) to 10 (there)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not rated yet</source>
        <comment>@info accessible slider</comment>
        <translation>Not rated yet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>0 · far away</source>
        <comment>@label slider start</comment>
        <translation>0 · far away</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>10 · there</source>
        <comment>@label slider end</comment>
        <translation>10 · there</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A note (optional)</source>
        <comment>@label:textbox</comment>
        <translation>A note (optional)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What went well, what was hard?</source>
        <comment>@info:placeholder</comment>
        <translation>What went well, what was hard?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save progress</source>
        <comment>@action:button accessible</comment>
        <translation>Save progress</translation>
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
        <translation>You</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates your care</source>
        <comment>@info badge</comment>
        <translation>Coordinates your care</translation>
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
        <translation>More</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions for %1</source>
        <comment>@action:button accessible</comment>
        <translation>Actions for %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No longer coordinator</source>
        <comment>@action:inmenu</comment>
        <translation>No longer coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make coordinator</source>
        <comment>@action:inmenu</comment>
        <translation>Make coordinator</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove from care team</source>
        <comment>@action:inmenu</comment>
        <translation>Remove from care team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 from the care team</source>
        <comment>@action:inmenu accessible</comment>
        <translation>Remove %1 from the care team</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <comment>@action:button accessible</comment>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>MemberEditorPage</name>
    <message>
        <location filename="../../qml/pages/team/MemberEditorPage.qml" line="+29"/>
        <source>Add a person</source>
        <comment>@title:window</comment>
        <translation>Add a person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit person</source>
        <comment>@title:window</comment>
        <translation>Edit person</translation>
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
        <translation>For example: Dr. An Claes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Role</source>
        <comment>@label:listbox</comment>
        <translation>Role</translation>
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
        <translation>For example: Wit-Gele Kruis, the GP practice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone or e-mail (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Phone or e-mail (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save this person</source>
        <comment>@action:button accessible</comment>
        <translation>Save this person</translation>
    </message>
</context>
<context>
    <name>MyPatientsPage</name>
    <message>
        <location filename="../../qml/pages/workspace/MyPatientsPage.qml" line="+31"/>
        <source>My patients</source>
        <comment>@title:window</comment>
        <translation>My patients</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My patients</source>
        <comment>@title care-team workspace</comment>
        <translation>My patients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The people who share their care plan with you. Those who need attention come first.</source>
        <comment>@info my patients</comment>
        <translation>The people who share their care plan with you. Those who need attention come first.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Reading what your patients share… %1 of %n patient(s) done</source>
        <comment>@info:progress my patients</comment>
        <translation>
            <numerusform>Reading what your patients share… %1 of %n patient done</numerusform>
            <numerusform>Reading what your patients share… %1 of %n patients done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Show more patients (%n more)</source>
        <comment>@action:button my patients</comment>
        <translation>
            <numerusform>Show more patients (%n more)</numerusform>
            <numerusform>Show more patients (%n more)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No patients yet</source>
        <comment>@title:group empty my patients</comment>
        <translation>No patients yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patients choose what they share with you. Ask your patient for an invitation code, then enter it under Settings → Sharing.</source>
        <comment>@info empty my patients</comment>
        <translation>Patients choose what they share with you. Ask your patient for an invitation code, then enter it under Settings → Sharing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Once the patient has confirmed your safety number, what they share with you appears here.</source>
        <comment>@info empty my patients</comment>
        <translation>Once the patient has confirmed your safety number, what they share with you appears here.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../qml/components/shell/NavigationBar.qml" line="+58"/>
        <source>Main navigation</source>
        <comment>@label accessible</comment>
        <translation>Main navigation</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>More</source>
        <comment>@action:button navigation overflow</comment>
        <translation>More</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>More pages</source>
        <comment>@action:button accessible</comment>
        <translation>More pages</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../qml/components/shell/PageHeader.qml" line="+55"/>
        <location line="+1"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Syncing…</source>
        <comment>@info:status short</comment>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <comment>@info:status short</comment>
        <translation>Up to date</translation>
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
        <translation>Sync problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <comment>@info:status short</comment>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync: %1</source>
        <comment>@action:button accessible</comment>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lock</source>
        <comment>@action:button lock the vault</comment>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock CareCircle</source>
        <comment>@action:button accessible</comment>
        <translation>Lock CareCircle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Shortcut: Ctrl+L</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/vault/passphrasestrength.cpp" line="+113"/>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at least %n characters. A short sentence is easy to remember.</source>
        <translation>
            <numerusform>Use at least %n characters. A short sentence is easy to remember.</numerusform>
            <numerusform>Use at least %n characters. A short sentence is easy to remember.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a few more words, or mix in numbers and symbols. Avoid common words and runs like 1234.</source>
        <translation>Add a few more words, or mix in numbers and symbols. Avoid common words and runs like 1234.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../qml/components/controls/PassphraseField.qml" line="+121"/>
        <source>Hide</source>
        <comment>@action:button hide the passphrase</comment>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <comment>@action:button show the passphrase</comment>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide passphrase</source>
        <comment>@action:button accessible name</comment>
        <translation>Hide passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <comment>@action:button accessible name</comment>
        <translation>Show passphrase</translation>
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
        <translation>New comments: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new comments</source>
        <comment>@info patient card</comment>
        <translation>No new comments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: %1</source>
        <comment>@info patient card, a date</comment>
        <translation>Next review: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review date planned</source>
        <comment>@info patient card</comment>
        <translation>No review date planned</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing flagged</source>
        <comment>@info accessible patient card</comment>
        <translation>Nothing flagged</translation>
    </message>
</context>
<context>
    <name>PatientCareColumn</name>
    <message>
        <location filename="../../qml/components/cards/PatientCareColumn.qml" line="+19"/>
        <source>Check-in trends</source>
        <comment>@title:group patient view</comment>
        <translation>Check-in trends</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check-ins shared</source>
        <comment>@info empty patient trends</comment>
        <translation>No check-ins shared</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest check-in (filled) against the one of %1 (outline).</source>
        <comment>@info radar chart legend</comment>
        <translation>Latest check-in (filled) against the one of %1 (outline).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Recent check-ins</source>
        <comment>@title patient view</comment>
        <translation>Recent check-ins</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Care plan</source>
        <comment>@title patient view</comment>
        <translation>Care plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No care plan is shared with you.</source>
        <comment>@info patient view</comment>
        <translation>No care plan is shared with you.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The review planned for %1 has passed.</source>
        <comment>@info care plan review date</comment>
        <translation>The review planned for %1 has passed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review: %1</source>
        <comment>@info care plan review date</comment>
        <translation>Next review: %1</translation>
    </message>
</context>
<context>
    <name>PatientOverview</name>
    <message>
        <location filename="../../qml/components/cards/PatientOverview.qml" line="+50"/>
        <source>Nothing flagged</source>
        <comment>@info patient view</comment>
        <translation>Nothing flagged</translation>
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
        <translation>Multidisciplinary meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An agenda with the patient&apos;s goals in their own words, the flagged needs and the open questions of the last 30 days.</source>
        <comment>@info agenda</comment>
        <translation>An agenda with the patient&apos;s goals in their own words, the flagged needs and the open questions of the last 30 days.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save agenda as PDF</source>
        <comment>@action:button</comment>
        <translation>Save agenda as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut: Ctrl+P</source>
        <comment>@info accessible</comment>
        <translation>Shortcut: Ctrl+P</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save agenda as text</source>
        <comment>@action:button</comment>
        <translation>Save agenda as text</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What matters to me</source>
        <comment>@title goals in the patient&apos;s own words</comment>
        <translation>What matters to me</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goals of %1, in their own words.</source>
        <comment>@info patient view</comment>
        <translation>Goals of %1, in their own words.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No goals shared</source>
        <comment>@info empty patient goals</comment>
        <translation>No goals shared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals are shared with you.</source>
        <comment>@info empty patient goals</comment>
        <translation>No goals are shared with you.</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../../qml/pages/workspace/PatientPage.qml" line="+58"/>
        <source>Save the meeting agenda</source>
        <comment>@title:window file dialog</comment>
        <translation>Save the meeting agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <comment>@item file type</comment>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <comment>@item file type</comment>
        <translation>Text files (*.txt)</translation>
    </message>
</context>
<context>
    <name>PatientSummary</name>
    <message>
        <location filename="../../qml/components/cards/PatientSummary.qml" line="+84"/>
        <source>Nothing flagged</source>
        <comment>@info patient card</comment>
        <translation>Nothing flagged</translation>
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
        <translation>Next: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with %1</source>
        <comment>@info who does the activity</comment>
        <translation>with %1</translation>
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
        <translation>Not done yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done %n time(s), last %1</source>
        <comment>@info activity log</comment>
        <translation>
            <numerusform>Done %n time, last %1</numerusform>
            <numerusform>Done %n times, last %1</numerusform>
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
        <translation>Done today ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done today</source>
        <comment>@action:button</comment>
        <translation>Done today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is done today</source>
        <comment>@info accessible</comment>
        <translation>%1 is done today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as done today</source>
        <comment>@action:button accessible</comment>
        <translation>Mark %1 as done today</translation>
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
        <translation>Details of %1</translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <location filename="../../qml/pages/plan/PlanEditorPage.qml" line="+39"/>
        <source>Start your care plan</source>
        <comment>@title:window</comment>
        <translation>Start your care plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit care plan</source>
        <comment>@title:window</comment>
        <translation>Edit care plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My care plan</source>
        <comment>@info default plan title</comment>
        <translation>My care plan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Title</source>
        <comment>@label:textbox</comment>
        <translation>Title</translation>
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
        <translation>Plan starts on</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan ends on (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Plan ends on (optional)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who coordinates your care?</source>
        <comment>@label:listbox</comment>
        <translation>Who coordinates your care?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody yet</source>
        <comment>@item:inlistbox coordinator</comment>
        <translation>Nobody yet</translation>
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
        <translation>Often your case manager. Add people in your care team first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next review (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Next review (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day you and your care team next look at the plan together, often the multidisciplinary meeting.</source>
        <comment>@info</comment>
        <translation>The day you and your care team next look at the plan together, often the multidisciplinary meeting.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the care plan</source>
        <comment>@action:button accessible</comment>
        <translation>Save the care plan</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../qml/components/charts/ProgressChart.qml" line="+28"/>
        <source>No ratings yet</source>
        <comment>@info accessible chart</comment>
        <translation>No ratings yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rating(s), from %1 to %2; the latest is %3 out of 10</source>
        <comment>@info accessible chart</comment>
        <translation>
            <numerusform>%n rating, from %1 to %2; the latest is %3 out of 10</numerusform>
            <numerusform>%n ratings, from %1 to %2; the latest is %3 out of 10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/ProgressDelegate.qml" line="+18"/>
        <source>%1 · %2 out of 10</source>
        <comment>@info progress entry: day, rating</comment>
        <translation>%1 · %2 out of 10</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Written by %1 · %2</source>
        <comment>@info progress author and role</comment>
        <translation>Written by %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by %1</source>
        <comment>@info progress author</comment>
        <translation>Written by %1</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <location filename="../../src/domain/questionnaire.cpp" line="+51"/>
        <source>“%1” must be a whole number.</source>
        <translation>“%1” must be a whole number.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The field “%1” is missing or not valid text.</source>
        <translation>The field “%1” is missing or not valid text.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The text “%1” is missing or is not a set of translations.</source>
        <translation>The text “%1” is missing or is not a set of translations.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text “%1” has an empty, too long or invalid translation.</source>
        <translation>The text “%1” has an empty, too long or invalid translation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text “%1” must be given in Dutch, French, German and English.</source>
        <translation>The text “%1” must be given in Dutch, French, German and English.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer options of “%1” must be a list of 2 to 20 options.</source>
        <translation>The answer options of “%1” must be a list of 2 to 20 options.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An answer option of “%1” has a value outside 0 to 100.</source>
        <translation>An answer option of “%1” has a value outside 0 to 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two answer options of “%1” have the same value.</source>
        <translation>Two answer options of “%1” have the same value.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scale of “%1” must go up from 0 or more to 100 at most.</source>
        <translation>The scale of “%1” must go up from 0 or more to 100 at most.</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>The questionnaire file is too large.</source>
        <translation>The questionnaire file is too large.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The questionnaire file is not valid JSON.</source>
        <translation>The questionnaire file is not valid JSON.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>The questionnaire file has a format this version of CareCircle cannot read.</source>
        <translation>The questionnaire file has a format this version of CareCircle cannot read.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The questionnaire kind “%1” is not one CareCircle knows.</source>
        <translation>The questionnaire kind “%1” is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instrument “%1” is not one CareCircle can store.</source>
        <translation>The instrument “%1” is not one CareCircle can store.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A questionnaire needs a list of 1 to 100 items.</source>
        <translation>A questionnaire needs a list of 1 to 100 items.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Every item of the questionnaire must be an object.</source>
        <translation>Every item of the questionnaire must be an object.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item id “%1” is used twice.</source>
        <translation>The item id “%1” is used twice.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The item “%1” has both answer options and a scale.</source>
        <translation>The item “%1” has both answer options and a scale.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The item “%1” has neither answer options nor a scale.</source>
        <translation>The item “%1” has neither answer options nor a scale.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The check-in domain “%1” is not one CareCircle knows.</source>
        <translation>The check-in domain “%1” is not one CareCircle knows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check-in domain “%1” needs a scale from 0 to 10.</source>
        <translation>The check-in domain “%1” needs a scale from 0 to 10.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A check-in is not scored: it has no “%1”.</source>
        <translation>A check-in is not scored: it has no “%1”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scoring method must be “%1”.</source>
        <translation>The scoring method must be “%1”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The score multiplier must be between 1 and 100.</source>
        <translation>The score multiplier must be between 1 and 100.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The score range of “%1” does not match the instrument.</source>
        <translation>The score range of “%1” does not match the instrument.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An instrument needs a list of 1 to 20 score bands.</source>
        <translation>An instrument needs a list of 1 to 20 score bands.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A score band ends before it starts.</source>
        <translation>A score band ends before it starts.</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>The score bands must cover every score from %1.</source>
        <translation>The score bands must cover every score from %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two score bands overlap.</source>
        <translation>Two score bands overlap.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The score bands leave a gap.</source>
        <translation>The score bands leave a gap.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Only an instrument has a score.</source>
        <translation>Only an instrument has a score.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please answer every question.</source>
        <translation>Please answer every question.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An answer is not one of the options.</source>
        <translation>An answer is not one of the options.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+28"/>
        <source>This questionnaire is not available.</source>
        <translation>This questionnaire is not available.</translation>
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
        <translation>not answered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 now, %3 before</source>
        <comment>@info accessible radar value</comment>
        <translation>%1: %2 now, %3 before</translation>
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
        <translation>The parts of life, from the top clockwise:</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Radar of your six domains. %1</source>
        <comment>@info accessible</comment>
        <translation>Radar of your six domains. %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../qml/pages/session/RecoveryKeyPage.qml" line="+25"/>
        <source>Recovery key</source>
        <comment>@title:window</comment>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your recovery key</source>
        <comment>@title:window</comment>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your recovery key, shown again</source>
        <comment>@title</comment>
        <translation>Your recovery key, shown again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down your recovery key</source>
        <comment>@title</comment>
        <translation>Write down your recovery key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the same recovery key you were given when you started. Check that your written copy matches it, then keep it somewhere safe.</source>
        <comment>@info recovery key shown again</comment>
        <translation>This is the same recovery key you were given when you started. Check that your written copy matches it, then keep it somewhere safe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you ever forget your passphrase, this key is the only way back into your information. Nobody else can open it for you, not even the makers of CareCircle. It is shown only this once.</source>
        <comment>@info recovery key first time</comment>
        <translation>If you ever forget your passphrase, this key is the only way back into your information. Nobody else can open it for you, not even the makers of CareCircle. It is shown only this once.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Recovery key, %n group(s) of four characters</source>
        <comment>@info accessible</comment>
        <translation>
            <numerusform>Recovery key, %n group of four characters</numerusform>
            <numerusform>Recovery key, %n groups of four characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Group %1: %2</source>
        <comment>@info accessible; %2 is spelled out character by character</comment>
        <translation>Group %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the characters 0–9 and A–Z are used, without I, L, O and U, so 0 is always zero and 1 is always one.</source>
        <comment>@info recovery key alphabet</comment>
        <translation>Only the characters 0–9 and A–Z are used, without I, L, O and U, so 0 is always zero and 1 is always one.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep it on paper, away from this device, for example with your important documents. Don’t take a photo of it.</source>
        <comment>@info recovery key advice</comment>
        <translation>Keep it on paper, away from this device, for example with your important documents. Don’t take a photo of it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have written it down or stored it somewhere safe</source>
        <comment>@option:check</comment>
        <translation>I have written it down or stored it somewhere safe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First confirm that you stored the key</source>
        <comment>@info accessible</comment>
        <translation>First confirm that you stored the key</translation>
    </message>
</context>
<context>
    <name>RevealRecoveryKeyDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/RevealRecoveryKeyDialog.qml" line="+35"/>
        <source>Show your recovery key</source>
        <comment>@title:window</comment>
        <translation>Show your recovery key</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>To see your recovery key again, enter your passphrase. Make sure nobody can see your screen.</source>
        <comment>@info reveal recovery key</comment>
        <translation>To see your recovery key again, enter your passphrase. Make sure nobody can see your screen.</translation>
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
        <translation>Show recovery key</translation>
    </message>
</context>
<context>
    <name>SafetyNumber</name>
    <message>
        <location filename="../../qml/components/controls/SafetyNumber.qml" line="+19"/>
        <source>Safety number: %1</source>
        <comment>@info accessible</comment>
        <translation>Safety number: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleInWords</name>
    <message>
        <location filename="../../src/domain/schedulerules.cpp" line="+24"/>
        <source>%1 and %2</source>
        <comment>@info list, last item</comment>
        <translation>%1 and %2</translation>
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
        <translation>When needed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once, on %1</source>
        <comment>@info schedule, %1 a day</comment>
        <translation>Once, on %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Every day</source>
        <comment>@info schedule</comment>
        <translation>Every day</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Every %n days</source>
        <comment>@info schedule, n ≥ 2</comment>
        <translation>
            <numerusform>Every %n days</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, only on %2</source>
        <comment>@info schedule, %2 weekdays</comment>
        <translation>%1, only on %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1</source>
        <comment>@info schedule, %1 weekdays</comment>
        <translation>Every %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n weeks on %1</source>
        <comment>@info schedule, n ≥ 2, %1 weekdays</comment>
        <translation>
            <numerusform>Every %n weeks on %1</numerusform>
            <numerusform>Every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from %2</source>
        <comment>@info schedule, %2 a day</comment>
        <translation>%1, from %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2</source>
        <comment>@info schedule, %2 a time of day</comment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, until %2</source>
        <comment>@info schedule, %2 a day</comment>
        <translation>%1, until %2</translation>
    </message>
</context>
<context>
    <name>ScoreResultCard</name>
    <message>
        <location filename="../../qml/components/cards/ScoreResultCard.qml" line="+20"/>
        <source>Your result</source>
        <comment>@title:group questionnaire result</comment>
        <translation>Your result</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>%1 out of %2</source>
        <comment>@info questionnaire score</comment>
        <translation>%1 out of %2</translation>
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
        <translation>Sum of your answers: %1 out of %2, multiplied by %3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Talk about this with your care team. A score is a way to start the conversation, not a diagnosis.</source>
        <comment>@info questionnaire result</comment>
        <translation>Talk about this with your care team. A score is a way to start the conversation, not a diagnosis.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../../src/server/hinthub.cpp" line="+60"/>
        <source>Cannot open the notification connection.</source>
        <translation>Cannot open the notification connection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot LISTEN for hints.</source>
        <translation>Cannot LISTEN for hints.</translation>
    </message>
    <message>
        <location filename="../../src/server/database.cpp" line="+42"/>
        <source>The server&apos;s database failed.</source>
        <translation>The server&apos;s database failed.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot create the data directory.</source>
        <translation>Cannot create the data directory.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Qt SQL driver for this database is missing.</source>
        <translation>The Qt SQL driver for this database is missing.</translation>
    </message>
    <message>
        <location filename="../../src/server/schema.cpp" line="+132"/>
        <source>The database was written by a newer server.</source>
        <translation>The database was written by a newer server.</translation>
    </message>
    <message>
        <location filename="../../src/server/recordstore.cpp" line="+195"/>
        <source>No such space.</source>
        <translation>No such space.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/settings/SettingsPage.qml" line="+39"/>
        <source>Settings</source>
        <comment>@title:window</comment>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <comment>@info</comment>
        <translation>Your passphrase was changed. Use the new one from now on.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sync and devices</source>
        <comment>@title:group</comment>
        <translation>Sync and devices</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices and sync</source>
        <comment>@action:button</comment>
        <translation>Devices and sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sync and devices</source>
        <comment>@action:button accessible</comment>
        <translation>Open sync and devices</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sharing</source>
        <comment>@title:group</comment>
        <translation>Sharing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who sees what, invite your care team or family, see who looked at your data, or enter an invitation code you received.</source>
        <comment>@info</comment>
        <translation>Choose who sees what, invite your care team or family, see who looked at your data, or enter an invitation code you received.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sharing and invitations</source>
        <comment>@action:button</comment>
        <translation>Sharing and invitations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Security</source>
        <comment>@title:group</comment>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock CareCircle when I haven’t used it for</source>
        <comment>@label:listbox</comment>
        <translation>Lock CareCircle when I haven’t used it for</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n minute(s)</source>
        <comment>@item:inlistbox auto-lock</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>Lock now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock CareCircle now</source>
        <comment>@action:button accessible</comment>
        <translation>Lock CareCircle now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Shortcut: Ctrl+L</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remember on this device</source>
        <comment>@option:check</comment>
        <translation>Remember on this device</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>When on, this device opens CareCircle without your passphrase, using its secure keystore. Turn it off on a device you share.</source>
        <comment>@info remember on device</comment>
        <translation>When on, this device opens CareCircle without your passphrase, using its secure keystore. Turn it off on a device you share.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no secure keystore that CareCircle can use, so you type your passphrase each time.</source>
        <comment>@info remember on device unavailable</comment>
        <translation>This device has no secure keystore that CareCircle can use, so you type your passphrase each time.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change passphrase…</source>
        <comment>@action:button</comment>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show recovery key…</source>
        <comment>@action:button</comment>
        <translation>Show recovery key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recovery key</source>
        <comment>@action:button accessible</comment>
        <translation>Show recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for your passphrase first</source>
        <comment>@info accessible</comment>
        <translation>Asks for your passphrase first</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appearance</source>
        <comment>@title:group</comment>
        <translation>Appearance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text size</source>
        <comment>@label:listbox</comment>
        <translation>Text size</translation>
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
        <translation>Larger (125 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large (150 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Large (150 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very large (175 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Very large (175 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest (200 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Largest (200 %)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colours</source>
        <comment>@label:listbox</comment>
        <translation>Colours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Light</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About</source>
        <comment>@title:group</comment>
        <translation>About</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your information is stored encrypted on this device, in:</source>
        <comment>@info</comment>
        <translation>Your information is stored encrypted on this device, in:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vault location</source>
        <comment>@label accessible</comment>
        <translation>Vault location</translation>
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
        <translation>Check-in of %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by %1</source>
        <comment>@info goal target date</comment>
        <translation>by %1</translation>
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
        <translation>Target: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Getting harder: worth discussing at the meeting.</source>
        <comment>@info flagged goal</comment>
        <translation>Getting harder: worth discussing at the meeting.</translation>
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
        <translation>Wants to discuss %1: “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants to discuss %1</source>
        <comment>@info check-in domain</comment>
        <translation>Wants to discuss %1</translation>
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
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your comment for the patient and the care team</source>
        <comment>@info:placeholder</comment>
        <translation>Your comment for the patient and the care team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on %1</source>
        <comment>@label:textbox accessible, what is commented</comment>
        <translation>Comment on %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Comment</source>
        <comment>@action:button</comment>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on %1</source>
        <comment>@action:button accessible, what is commented</comment>
        <translation>Comment on %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send comment</source>
        <comment>@action:button</comment>
        <translation>Send comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+Enter</source>
        <comment>@info accessible</comment>
        <translation>Shortcut: Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the comment</source>
        <comment>@action:button accessible</comment>
        <translation>Cancel the comment</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../qml/pages/sharing/SharingPage.qml" line="+21"/>
        <source>Sharing</source>
        <comment>@title:window</comment>
        <translation>Sharing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You decide who sees what. Everything is private until you put it in a space and invite people to that space. What you share is locked for them alone: the server cannot read it.</source>
        <comment>@info sharing intro</comment>
        <translation>You decide who sees what. Everything is private until you put it in a space and invite people to that space. What you share is locked for them alone: the server cannot read it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect to share</source>
        <comment>@title:group</comment>
        <translation>Connect to share</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inviting people needs a CareCircle server. You can already make spaces and choose what goes in them.</source>
        <comment>@info</comment>
        <translation>Inviting people needs a CareCircle server. You can already make spaces and choose what goes in them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your spaces</source>
        <comment>@title:group</comment>
        <translation>Your spaces</translation>
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
        <translation>Make a space</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example “Care team”, “Family” or “GP only”. Then invite people to it and choose, item by item, what goes in it.</source>
        <comment>@info</comment>
        <translation>For example “Care team”, “Family” or “GP only”. Then invite people to it and choose, item by item, what goes in it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Care team</source>
        <comment>@item suggested space name</comment>
        <translation>Care team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <comment>@item suggested space name</comment>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP only</source>
        <comment>@item suggested space name</comment>
        <translation>GP only</translation>
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
        <translation>Colour</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Make this space</source>
        <comment>@action:button</comment>
        <translation>Make this space</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open invitations</source>
        <comment>@title:group</comment>
        <translation>Open invitations</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 accepted your invitation to “%2”: compare the safety number</source>
        <comment>@info</comment>
        <translation>%1 accepted your invitation to “%2”: compare the safety number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To “%1”, valid until %2</source>
        <comment>@info open invitation</comment>
        <translation>To “%1”, valid until %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Were you invited?</source>
        <comment>@title:group</comment>
        <translation>Were you invited?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a patient or a relative gave you an invitation code, enter it here to see what they share with you.</source>
        <comment>@info</comment>
        <translation>If a patient or a relative gave you an invitation code, enter it here to see what they share with you.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter an invitation code</source>
        <comment>@action:button</comment>
        <translation>Enter an invitation code</translation>
    </message>
</context>
<context>
    <name>SideNavigation</name>
    <message>
        <location filename="../../qml/components/shell/SideNavigation.qml" line="+48"/>
        <source>Main navigation</source>
        <comment>@label accessible</comment>
        <translation>Main navigation</translation>
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
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock CareCircle</source>
        <comment>@action:button accessible</comment>
        <translation>Lock CareCircle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Shortcut: Ctrl+L</translation>
    </message>
</context>
<context>
    <name>SpacePage</name>
    <message>
        <location filename="../../qml/pages/sharing/SpacePage.qml" line="+46"/>
        <source>Remove %1?</source>
        <comment>@title:dialog</comment>
        <translation>Remove %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From now on %1 receives nothing new from “%2”: new items are locked with a new key they do not have. What %1 already saw stays with them; CareCircle cannot take it back.</source>
        <comment>@info remove member</comment>
        <translation>From now on %1 receives nothing new from “%2”: new items are locked with a new key they do not have. What %1 already saw stays with them; CareCircle cannot take it back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>@action:button remove member</comment>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only for you</source>
        <comment>@title:group</comment>
        <translation>Only for you</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is in your private space is never shared. To share something, make a space under Sharing and choose it under “Who can see this?”.</source>
        <comment>@info</comment>
        <translation>What is in your private space is never shared. To share something, make a space under Sharing and choose it under “Who can see this?”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People in this space</source>
        <comment>@title:group</comment>
        <translation>People in this space</translation>
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
        <translation>until %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Verified in person</source>
        <comment>@info safety number compared</comment>
        <translation>✓ Verified in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified: the safety number was not compared</source>
        <comment>@info</comment>
        <translation>Not verified: the safety number was not compared</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What %1 may do</source>
        <comment>@label</comment>
        <translation>What %1 may do</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>End date…</source>
        <comment>@action:button choose until when a member receives new items</comment>
        <translation>End date…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date for %1</source>
        <comment>@action:button accessible</comment>
        <translation>End date for %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+47"/>
        <source>Mark as not verified</source>
        <comment>@action:button</comment>
        <translation>Mark as not verified</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Compare safety number</source>
        <comment>@action:button</comment>
        <translation>Compare safety number</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove</source>
        <comment>@action:button</comment>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invite someone</source>
        <comment>@action:button</comment>
        <translation>Invite someone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server first to invite people.</source>
        <comment>@info</comment>
        <translation>Connect to a server first to invite people.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What needs attention</source>
        <comment>@title:group attention flags of a space</comment>
        <translation>What needs attention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CareCircle can point out to the people in this space when a check-in is worse than before, when you want to discuss something, when your care plan is due for review or a goal is getting harder. You see the same on your Home page.</source>
        <comment>@info attention flags</comment>
        <translation>CareCircle can point out to the people in this space when a check-in is worse than before, when you want to discuss something, when your care plan is due for review or a goal is getting harder. You see the same on your Home page.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Point these out to the people in this space</source>
        <comment>@option:check attention flags</comment>
        <translation>Point these out to the people in this space</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Share my check-in history</source>
        <comment>@title:group</comment>
        <translation>Share my check-in history</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-ins you did before you made this space stay private. Share them from a day you choose, so that someone new in this space sees how you have been doing over time.</source>
        <comment>@info share check-in history</comment>
        <translation>Check-ins you did before you made this space stay private. Share them from a day you choose, so that someone new in this space sees how you have been doing over time.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share my check-ins since</source>
        <comment>@label a date</comment>
        <translation>Share my check-ins since</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share check-ins…</source>
        <comment>@action:button</comment>
        <translation>Share check-ins…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n check-in(s) shared with “%1”.</source>
        <comment>@info undo bar</comment>
        <translation>
            <numerusform>%n check-in shared with “%1”.</numerusform>
            <numerusform>%n check-ins shared with “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Share %n check-in(s)?</source>
        <comment>@title:dialog</comment>
        <translation>
            <numerusform>Share %n check-in?</numerusform>
            <numerusform>Share %n check-ins?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s) from your private space will move to “%1”. Everyone in it will see your answers and how they changed over time. You can undo this right afterwards, or later move a check-in back under “Who can see this?”.</source>
        <comment>@info share check-in history</comment>
        <translation>
            <numerusform>%n check-in from your private space will move to “%1”. Everyone in it will see your answers and how they changed over time. You can undo this right afterwards, or later move a check-in back under “Who can see this?”.</numerusform>
            <numerusform>%n check-ins from your private space will move to “%1”. Everyone in it will see your answers and how they changed over time. You can undo this right afterwards, or later move a check-in back under “Who can see this?”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <comment>@action:button share check-ins</comment>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Until when may %1 receive new items?</source>
        <comment>@title:dialog</comment>
        <translation>Until when may %1 receive new items?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No end date</source>
        <comment>@option:radio</comment>
        <translation>No end date</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Until a day I choose</source>
        <comment>@option:radio</comment>
        <translation>Until a day I choose</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last day</source>
        <comment>@label membership end</comment>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Compare with %1</source>
        <comment>@title:dialog</comment>
        <translation>Compare with %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meet in person or call. Both of you open this person in CareCircle; the numbers must be the same.</source>
        <comment>@info</comment>
        <translation>Meet in person or call. Both of you open this person in CareCircle; the numbers must be the same.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The numbers match</source>
        <comment>@action:button</comment>
        <translation>The numbers match</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who looked at this space</source>
        <comment>@title:group</comment>
        <translation>Who looked at this space</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each time someone&apos;s CareCircle fetched items of this space, the server noted who and when.</source>
        <comment>@info</comment>
        <translation>Each time someone&apos;s CareCircle fetched items of this space, the server noted who and when.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody yet</source>
        <comment>@info empty access log</comment>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone you invited opens what you share, you will see it here.</source>
        <comment>@info</comment>
        <translation>When someone you invited opens what you share, you will see it here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server to see the access log.</source>
        <comment>@info</comment>
        <translation>Connect to a server to see the access log.</translation>
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
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>StepEditorRow</name>
    <message>
        <location filename="../../qml/components/controls/StepEditorRow.qml" line="+29"/>
        <source>Step %1</source>
        <comment>@info:placeholder</comment>
        <translation>Step %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1</source>
        <comment>@label:textbox</comment>
        <translation>Step %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <comment>@action:button remove a step</comment>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step %1</source>
        <comment>@action:button accessible</comment>
        <translation>Remove step %1</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../qml/components/controls/StrengthMeter.qml" line="+26"/>
        <source>Passphrase strength</source>
        <comment>@label accessible name of the meter</comment>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Strength: %1</source>
        <comment>@info passphrase strength verdict</comment>
        <translation>Strength: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="-37"/>
        <location filename="../../src/sync/devicelink.cpp" line="+305"/>
        <source>The code is not correct. Check it for typing mistakes and try again.</source>
        <translation>The code is not correct. Check it for typing mistakes and try again.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="-185"/>
        <location filename="../../src/sync/sharing.cpp" line="+320"/>
        <location line="+148"/>
        <source>Choose a role for the person: editor, contributor or viewer.</source>
        <translation>Choose a role for the person: editor, contributor or viewer.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../src/sync/spacesync.cpp" line="+43"/>
        <source>This invitation has expired or was already used. Ask for a new one.</source>
        <translation>This invitation has expired or was already used. Ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/accountbundle.cpp" line="+28"/>
        <source>The account data received is damaged or incomplete.</source>
        <translation>The account data received is damaged or incomplete.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>This recovery key does not open the account&apos;s data. Check the key.</source>
        <translation>This recovery key does not open the account&apos;s data. Check the key.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The link code is not complete.</source>
        <translation>The link code is not complete.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/wire.cpp" line="+235"/>
        <source>The server is busy with too many requests. CareCircle will try again shortly.</source>
        <translation>The server is busy with too many requests. CareCircle will try again shortly.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept this device. It may have been removed from your account.</source>
        <translation>The server did not accept this device. It may have been removed from your account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not allow this device or account to do that.</source>
        <translation>The server does not allow this device or account to do that.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signature did not check out. Nothing was changed; try again, or link the device anew.</source>
        <translation>A signature did not check out. Nothing was changed; try again, or link the device anew.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record was sent to the wrong place and refused.</source>
        <translation>A record was sent to the wrong place and refused.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/sync/devicelink.cpp" line="-273"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>The code has expired. Ask for a new one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know this account, code or address. Check what you typed.</source>
        <translation>The server does not know this account, code or address. Check what you typed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The space&apos;s key has been replaced. CareCircle will fetch the new key and try again.</source>
        <translation>The space&apos;s key has been replaced. CareCircle will fetch the new key and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this at the same time. Try again.</source>
        <translation>Someone else changed this at the same time. Try again.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/recordproof.cpp" line="+103"/>
        <location filename="../../src/protocol/wire.cpp" line="+2"/>
        <location filename="../../src/sync/pushbatch.cpp" line="+43"/>
        <source>The server refused a change that is too large.</source>
        <translation>The server refused a change that is too large.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/wire.cpp" line="+3"/>
        <source>The server has a problem right now. Your changes are safe on this device and will be sent later.</source>
        <translation>The server has a problem right now. Your changes are safe on this device and will be sent later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not understand a request. Update CareCircle or ask its operator.</source>
        <translation>The server did not understand a request. Update CareCircle or ask its operator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server cannot be reached. Your changes are safe on this device and will be sent when you are online.</source>
        <translation>The server cannot be reached. Your changes are safe on this device and will be sent when you are online.</translation>
    </message>
    <message>
        <location filename="../../src/sync/accountsupport.cpp" line="+42"/>
        <source>The account&apos;s keys are incomplete.</source>
        <translation>The account&apos;s keys are incomplete.</translation>
    </message>
    <message>
        <location filename="../../src/sync/httpclient.cpp" line="+16"/>
        <source>The server sent an answer CareCircle cannot read.</source>
        <translation>The server sent an answer CareCircle cannot read.</translation>
    </message>
    <message>
        <location filename="../../src/sync/accountsupport.cpp" line="+77"/>
        <source>The server answered for another account. Nothing was changed.</source>
        <translation>The server answered for another account. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/sync/devicelink.cpp" line="+5"/>
        <source>Linking was cancelled.</source>
        <translation>Linking was cancelled.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The answering device does not know the code. Nothing was shared.</source>
        <translation>The answering device does not know the code. Nothing was shared.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linked device</source>
        <translation>Linked device</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../src/sync/httpclient.cpp" line="+126"/>
        <location filename="../../src/sync/sharing.cpp" line="-433"/>
        <location filename="../../src/sync/syncengine.cpp" line="+717"/>
        <location line="+31"/>
        <location line="+37"/>
        <source>This device is not connected to a server.</source>
        <translation>This device is not connected to a server.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>No device is waiting with this code. Check the code, or ask for a new one.</source>
        <translation>No device is waiting with this code. Check the code, or ask for a new one.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No account on this server has this recovery key. Check the key and the server.</source>
        <translation>No account on this server has this recovery key. Check the key and the server.</translation>
    </message>
    <message>
        <location filename="../../src/sync/recordapplier.cpp" line="+129"/>
        <source>Its header is malformed.</source>
        <translation>Its header is malformed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was moved from another sharing space.</source>
        <translation>It was moved from another sharing space.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was written by a device that is neither part of this account nor of a member of the space.</source>
        <translation>It was written by a device that is neither part of this account nor of a member of the space.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its signature does not match its author.</source>
        <translation>Its signature does not match its author.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was made on a device whose clock is far ahead.</source>
        <translation>It was made on a device whose clock is far ahead.</translation>
    </message>
    <message numerus="yes">
        <location line="+474"/>
        <source>%n change(s) from the server were refused: %1</source>
        <translation>
            <numerusform>%n change from the server was refused: %1</numerusform>
            <numerusform>%n changes from the server were refused: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/sync/syncengine.cpp" line="-138"/>
        <source>The server address is not valid. It looks like https://care.example.org.</source>
        <translation>The server address is not valid. It looks like https://care.example.org.</translation>
    </message>
    <message>
        <location filename="../../src/sync/sharing.cpp" line="+6"/>
        <source>Only the owner of a sharing space can change who is in it.</source>
        <translation>Only the owner of a sharing space can change who is in it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/sync/spacesync.cpp" line="-4"/>
        <source>This invitation code is not valid. Check it for typing mistakes, or ask for a new one.</source>
        <translation>This invitation code is not valid. Check it for typing mistakes, or ask for a new one.</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+7"/>
        <source>The answer to the invitation was not made with its code. It was not accepted; create a new invitation.</source>
        <translation>The answer to the invitation was not made with its code. It was not accepted; create a new invitation.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>An invitation must end within the next 7 days.</source>
        <translation>An invitation must end within the next 7 days.</translation>
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
        <translation>The account&apos;s keys could not be prepared.</translation>
    </message>
    <message>
        <location filename="../../src/sync/sharing.cpp" line="-210"/>
        <source>Nobody has accepted this invitation yet.</source>
        <translation>Nobody has accepted this invitation yet.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+22"/>
        <source>This person is not a member of the space.</source>
        <translation>This person is not a member of the space.</translation>
    </message>
    <message>
        <location filename="../../src/sync/syncengine.cpp" line="+133"/>
        <source>This device cannot remove itself from the account.</source>
        <translation>This device cannot remove itself from the account.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/sharing.cpp" line="-232"/>
        <source>The member list of this space is damaged or incomplete.</source>
        <translation>The member list of this space is damaged or incomplete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key for this space did not check out. Ask its owner.</source>
        <translation>The key for this space did not check out. Ask its owner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invitation&apos;s details are damaged or do not match the code.</source>
        <translation>The invitation&apos;s details are damaged or do not match the code.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The names in this invitation are too long.</source>
        <translation>The names in this invitation are too long.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>This role is not known to this version of CareCircle.</source>
        <translation>This role is not known to this version of CareCircle.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The invitation code is not complete.</source>
        <translation>The invitation code is not complete.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <location line="+5"/>
        <source>The invitation could not be prepared.</source>
        <translation>The invitation could not be prepared.</translation>
    </message>
    <message>
        <location filename="../../src/sync/spacesync.cpp" line="-515"/>
        <source>The sharing space has a new key. CareCircle fetches it and sends your changes again.</source>
        <translation>The sharing space has a new key. CareCircle fetches it and sends your changes again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone has already accepted this invitation. Ask for a new one.</source>
        <translation>Someone has already accepted this invitation. Ask for a new one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot accept this invitation: it is your own, or you are already a member.</source>
        <translation>You cannot accept this invitation: it is your own, or you are already a member.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role in this sharing space does not allow this. Nothing was changed.</source>
        <translation>Your role in this sharing space does not allow this. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The member list of a sharing space does not carry its owner&apos;s valid signature, or is older than the one already here. It was not accepted.</source>
        <translation>The member list of a sharing space does not carry its owner&apos;s valid signature, or is older than the one already here. It was not accepted.</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>A key of a sharing space did not come from its owner. It was not accepted.</source>
        <translation>A key of a sharing space did not come from its owner. It was not accepted.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The member list of this sharing space is not here yet.</source>
        <translation>The member list of this sharing space is not here yet.</translation>
    </message>
    <message>
        <location filename="../../src/sync/rolecheck.cpp" line="+114"/>
        <source>Its author&apos;s role in the sharing space does not allow writing.</source>
        <translation>Its author&apos;s role in the sharing space does not allow writing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was written after its author&apos;s membership of the space ended.</source>
        <translation>It was written after its author&apos;s membership of the space ended.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its author&apos;s role only allows changing records that their own devices wrote.</source>
        <translation>Its author&apos;s role only allows changing records that their own devices wrote.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only the owner of the sharing space may change its name and settings.</source>
        <translation>Only the owner of the sharing space may change its name and settings.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It does not say which member made the change.</source>
        <translation>It does not say which member made the change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It names someone other than its author as the person who made the change.</source>
        <translation>It names someone other than its author as the person who made the change.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../qml/pages/sync/SyncPage.qml" line="+22"/>
        <source>Sync and devices</source>
        <comment>@title:window</comment>
        <translation>Sync and devices</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connected. Your care plan is now kept in sync, locked, through this server.</source>
        <comment>@info</comment>
        <translation>Connected. Your care plan is now kept in sync, locked, through this server.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The device was removed. It no longer receives changes; what it already held stays on it.</source>
        <comment>@info</comment>
        <translation>The device was removed. It no longer receives changes; what it already held stays on it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this device?</source>
        <comment>@title:dialog</comment>
        <translation>Remove this device?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” will stop syncing at once and can no longer sign in. What is already stored on it stays there, locked with its passphrase.</source>
        <comment>@info remove device</comment>
        <translation>“%1” will stop syncing at once and can no longer sign in. What is already stored on it stays there, locked with its passphrase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>@action:button remove device</comment>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connect to a CareCircle server</source>
        <comment>@title:group</comment>
        <translation>Connect to a CareCircle server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to use CareCircle on more than one device and to keep a locked copy off this device. Your care organisation gives you the server&apos;s address. The server only stores locked data: it cannot read your care plan, goals or check-ins.</source>
        <comment>@info connect</comment>
        <translation>Connect to use CareCircle on more than one device and to keep a locked copy off this device. Your care organisation gives you the server&apos;s address. The server only stores locked data: it cannot read your care plan, goals or check-ins.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <comment>@label:textbox</comment>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the full address, starting with https://</source>
        <comment>@info</comment>
        <translation>Type the full address, starting with https://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of this device</source>
        <comment>@label:textbox</comment>
        <translation>Name of this device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in your list of devices, for example “Phone” or “Kitchen tablet”.</source>
        <comment>@info</comment>
        <translation>Shown in your list of devices, for example “Phone” or “Kitchen tablet”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect this device to the server</source>
        <comment>@action:button accessible</comment>
        <translation>Connect this device to the server</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync</source>
        <comment>@title:group</comment>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync progress</source>
        <comment>@info accessible</comment>
        <translation>Sync progress</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n change(s) on this device still to send.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n change on this device still to send.</numerusform>
            <numerusform>%n changes on this device still to send.</numerusform>
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
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and fetch changes now</source>
        <comment>@action:button accessible</comment>
        <translation>Send and fetch changes now</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link a new device</source>
        <comment>@title:group</comment>
        <translation>Link a new device</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the new device, choose “Link this device” under “Already use CareCircle?”, then type or scan the code below. The code works once, for five minutes.</source>
        <comment>@info link</comment>
        <translation>On the new device, choose “Link this device” under “Already use CareCircle?”, then type or scan the code below. The code works once, for five minutes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show a link code</source>
        <comment>@action:button</comment>
        <translation>Show a link code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QR code of the link code</source>
        <comment>@info accessible</comment>
        <translation>QR code of the link code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link code: %1</source>
        <comment>@info accessible</comment>
        <translation>Link code: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing a code…</source>
        <comment>@info</comment>
        <translation>Preparing a code…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the new device… (%1 s left)</source>
        <comment>@info</comment>
        <translation>Waiting for the new device… (%1 s left)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new device answered. Sending it your keys, locked for it alone…</source>
        <comment>@info</comment>
        <translation>The new device answered. Sending it your keys, locked for it alone…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel linking</source>
        <comment>@action:button accessible</comment>
        <translation>Cancel linking</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your devices</source>
        <comment>@title:group</comment>
        <translation>Your devices</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetching the list of devices…</source>
        <comment>@info</comment>
        <translation>Fetching the list of devices…</translation>
    </message>
</context>
<context>
    <name>TrendLineChart</name>
    <message>
        <location filename="../../qml/components/charts/TrendLineChart.qml" line="+48"/>
        <source>No check-ins in this period.</source>
        <comment>@info trends empty chart</comment>
        <translation>No check-ins in this period.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 over time: %2</source>
        <comment>@info accessible trend</comment>
        <translation>%1 over time: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the arrow keys to read each check-in.</source>
        <comment>@info accessible trend</comment>
        <translation>Use the arrow keys to read each check-in.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 on %2</source>
        <comment>@info accessible trend point</comment>
        <translation>%1 on %2</translation>
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
        <translation>Your trends will appear here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After your first check-in you see here how you are doing in each part of life, and after a few weeks how that changes. Bring it along when you talk with your care team.</source>
        <comment>@info empty trends</comment>
        <translation>After your first check-in you see here how you are doing in each part of life, and after a few weeks how that changes. Bring it along when you talk with your care team.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Now and before</source>
        <comment>@title:group trends radar</comment>
        <translation>Now and before</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest check-in: %1</source>
        <comment>@info trends</comment>
        <translation>Latest check-in: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare with the check-in of</source>
        <comment>@label:listbox</comment>
        <translation>Compare with the check-in of</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>━ Latest check-in</source>
        <comment>@info trends legend</comment>
        <translation>━ Latest check-in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>┅ Earlier check-in</source>
        <comment>@info trends legend</comment>
        <translation>┅ Earlier check-in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over time</source>
        <comment>@title:group trends lines</comment>
        <translation>Over time</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <comment>@label:listbox</comment>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last 4 weeks</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>Last 4 weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 weeks</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>Last 12 weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 means very hard, 10 means very good.</source>
        <comment>@info check-in scale</comment>
        <translation>0 means very hard, 10 means very good.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../qml/components/controls/UndoBar.qml" line="+70"/>
        <source>Undo</source>
        <comment>@action:button</comment>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: %1</source>
        <comment>@action:button accessible, %1 what was done</comment>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss</source>
        <comment>@action:button hide the undo message</comment>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <comment>@action:button accessible</comment>
        <translation>Dismiss the message</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/pages/session/UnlockPage.qml" line="+32"/>
        <source>This doesn’t look like a complete recovery key. Check each group of four characters against your paper.</source>
        <comment>@info unlock error</comment>
        <translation>This doesn’t look like a complete recovery key. Check each group of four characters against your paper.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please type your passphrase.</source>
        <comment>@info unlock error</comment>
        <translation>Please type your passphrase.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlock</source>
        <comment>@title:window</comment>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome back</source>
        <comment>@title</comment>
        <translation>Welcome back</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the recovery key you wrote down when you started.</source>
        <comment>@info</comment>
        <translation>Type the recovery key you wrote down when you started.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your information is locked. Type your passphrase to open it.</source>
        <comment>@info</comment>
        <translation>Your information is locked. Type your passphrase to open it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is the demo with made-up information. Its passphrase is in the README.</source>
        <comment>@info demo vault</comment>
        <translation>This is the demo with made-up information. Its passphrase is in the README.</translation>
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
        <translation>Recovery key</translation>
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
        <translation>28 characters in groups of four. Dashes, spaces and small letters are fine.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with recovery key</source>
        <comment>@action:button accessible</comment>
        <translation>Unlock with recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Unlock with passphrase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unlock with this device</source>
        <comment>@action:button</comment>
        <translation>Unlock with this device</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses the key this device keeps for you, no passphrase needed</source>
        <comment>@info accessible</comment>
        <translation>Uses the key this device keeps for you, no passphrase needed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use my passphrase instead</source>
        <comment>@action:button</comment>
        <translation>Use my passphrase instead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your passphrase? Use your recovery key</source>
        <comment>@action:button</comment>
        <translation>Forgot your passphrase? Use your recovery key</translation>
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
        <translation>A vault already exists in this folder.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="-5"/>
        <location filename="../../src/sync/sharing.cpp" line="-101"/>
        <location filename="../../src/vault/invitestore.cpp" line="+63"/>
        <source>This invitation is no longer on this device.</source>
        <translation>This invitation is no longer on this device.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+261"/>
        <location filename="../../src/vault/keystore.cpp" line="+9"/>
        <location line="+8"/>
        <source>This device has no keystore available.</source>
        <translation>This device has no keystore available.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keystore.cpp" line="+3"/>
        <source>This device does not remember the vault any more.</source>
        <translation>This device does not remember the vault any more.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/recoverykey.cpp" line="+68"/>
        <source>The recovery key contains a character that cannot be in it. Check what you typed.</source>
        <translation>The recovery key contains a character that cannot be in it. Check what you typed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recovery key has 28 characters in seven groups of four. Check what you typed.</source>
        <translation>A recovery key has 28 characters in seven groups of four. Check what you typed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This recovery key has a typing mistake in it. Check each group of four characters.</source>
        <translation>This recovery key has a typing mistake in it. Check each group of four characters.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/sealedrecord.cpp" line="+22"/>
        <source>The record is malformed.</source>
        <translation>The record is malformed.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+2"/>
        <location filename="../../src/vault/recordstore.cpp" line="+129"/>
        <location filename="../../src/vault/spacekeys.cpp" line="+214"/>
        <location filename="../../src/vault/syncbook.cpp" line="+288"/>
        <source>A record identifier has the wrong size.</source>
        <translation>A record identifier has the wrong size.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is too large to store.</source>
        <translation>The record is too large to store.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The record has an unknown format version.</source>
        <translation>The record has an unknown format version.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The record failed its integrity check.</source>
        <translation>The record failed its integrity check.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="+18"/>
        <source>The passphrase or key is not correct.</source>
        <translation>The passphrase or key is not correct.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../src/vault/secretwrap.cpp" line="+23"/>
        <source>A stored key is damaged.</source>
        <translation>A stored key is damaged.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-199"/>
        <source>The vault&apos;s passphrase settings are damaged.</source>
        <translation>The vault&apos;s passphrase settings are damaged.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultschema.cpp" line="+134"/>
        <location line="+13"/>
        <source>The vault database could not be opened.</source>
        <translation>The vault database could not be opened.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="+10"/>
        <source>The vault database could not be read.</source>
        <translation>The vault database could not be read.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultschema.cpp" line="+13"/>
        <source>This vault was made by a newer version of CareCircle. Please update the app.</source>
        <translation>This vault was made by a newer version of CareCircle. Please update the app.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The vault database could not be upgraded.</source>
        <translation>The vault database could not be upgraded.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+357"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="-11"/>
        <location filename="../../src/vault/vaultstate.cpp" line="+65"/>
        <source>The vault is incomplete or damaged.</source>
        <translation>The vault is incomplete or damaged.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>This way of unlocking is not set up for this vault.</source>
        <translation>This way of unlocking is not set up for this vault.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="-5"/>
        <source>The vault could not be saved.</source>
        <translation>The vault could not be saved.</translation>
    </message>
    <message>
        <location filename="../../src/vault/recordcipher.cpp" line="+22"/>
        <location line="+10"/>
        <source>The record&apos;s sharing space does not exist in this vault.</source>
        <translation>The record&apos;s sharing space does not exist in this vault.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/vault/recordstore.cpp" line="+451"/>
        <location filename="../../src/vault/syncbook.cpp" line="-15"/>
        <source>The record&apos;s header is malformed.</source>
        <translation>The record&apos;s header is malformed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record&apos;s stored identity does not match its content.</source>
        <translation>The record&apos;s stored identity does not match its content.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/vault/spacekeys.cpp" line="-42"/>
        <location filename="../../src/vault/syncbook.cpp" line="+145"/>
        <source>The key of the record&apos;s space is missing or damaged.</source>
        <translation>The key of the record&apos;s space is missing or damaged.</translation>
    </message>
    <message>
        <location filename="../../src/vault/spacekeys.cpp" line="-35"/>
        <location filename="../../src/vault/vault.cpp" line="-61"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="+47"/>
        <source>The account&apos;s keys are incomplete.</source>
        <translation>The account&apos;s keys are incomplete.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-175"/>
        <location filename="../../src/vault/vault.cpp" line="+184"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="-34"/>
        <source>The passphrase settings are out of range.</source>
        <translation>The passphrase settings are out of range.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultsetup.cpp" line="+2"/>
        <source>The vault folder could not be created.</source>
        <translation>The vault folder could not be created.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-86"/>
        <source>The vault&apos;s keys could not be created.</source>
        <translation>The vault&apos;s keys could not be created.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vault.cpp" line="-79"/>
        <source>There is no vault in this folder.</source>
        <translation>There is no vault in this folder.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+95"/>
        <source>The new passphrase could not be saved. The old one still works.</source>
        <translation>The new passphrase could not be saved. The old one still works.</translation>
    </message>
    <message>
        <location filename="../../src/vault/recordstore.cpp" line="-274"/>
        <location filename="../../src/vault/syncbook.cpp" line="-220"/>
        <source>The record does not exist.</source>
        <translation>The record does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+74"/>
        <source>The vault&apos;s account keys are damaged.</source>
        <translation>The vault&apos;s account keys are damaged.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This device has no signing key yet.</source>
        <translation>This device has no signing key yet.</translation>
    </message>
    <message>
        <location filename="../../src/vault/spacekeys.cpp" line="+5"/>
        <source>A different key for this version of the sharing space is already stored.</source>
        <translation>A different key for this version of the sharing space is already stored.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../../src/app/session/vaultcontroller.cpp" line="+144"/>
        <source>Opening your care plan…</source>
        <translation>Opening your care plan…</translation>
    </message>
    <message>
        <location line="+420"/>
        <source>A vault is already open.</source>
        <translation>A vault is already open.</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Record %1 in space %2: %3</source>
        <translation>Record %1 in space %2: %3</translation>
    </message>
</context>
<context>
    <name>VisibilityControl</name>
    <message>
        <location filename="../../qml/components/controls/VisibilityControl.qml" line="+49"/>
        <source>Who can see this?</source>
        <comment>@label</comment>
        <translation>Who can see this?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/pages/session/WelcomePage.qml" line="+34"/>
        <source>Welcome</source>
        <comment>@title:window</comment>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Welcome to CareCircle</source>
        <comment>@title</comment>
        <translation>Welcome to CareCircle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CareCircle keeps your care plan, what matters to you and how you are doing in one place, locked on your own device so that only you and the people you choose can read it.</source>
        <comment>@info welcome</comment>
        <translation>CareCircle keeps your care plan, what matters to you and how you are doing in one place, locked on your own device so that only you and the people you choose can read it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a passphrase</source>
        <comment>@title:group</comment>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passphrase locks your information. A short sentence that only you know works well, for example four words that don’t belong together.</source>
        <comment>@info</comment>
        <translation>Your passphrase locks your information. A short sentence that only you know works well, for example four words that don’t belong together.</translation>
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
        <translation>Type it again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>The two passphrases are not the same yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remember on this device</source>
        <comment>@option:check</comment>
        <translation>Remember on this device</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You won’t have to type your passphrase on this device: it is kept in the device’s secure keystore. Anyone who can use this device while you are signed in could then open CareCircle.</source>
        <comment>@info remember on device</comment>
        <translation>You won’t have to type your passphrase on this device: it is kept in the device’s secure keystore. Anyone who can use this device while you are signed in could then open CareCircle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no secure keystore that CareCircle can use, so you will type your passphrase each time.</source>
        <comment>@info remember on device unavailable</comment>
        <translation>This device has no secure keystore that CareCircle can use, so you will type your passphrase each time.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Get started</source>
        <comment>@action:button create the vault</comment>
        <translation>Get started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get started: lock CareCircle with this passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Get started: lock CareCircle with this passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next you will get a recovery key to write down. It lets you back in if you ever forget your passphrase.</source>
        <comment>@info</comment>
        <translation>Next you will get a recovery key to write down. It lets you back in if you ever forget your passphrase.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already use CareCircle?</source>
        <comment>@title:group</comment>
        <translation>Already use CareCircle?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link this device to your account with a code from your other device, or restore your account with your recovery key if you lost your devices.</source>
        <comment>@info</comment>
        <translation>Link this device to your account with a code from your other device, or restore your account with your recovery key if you lost your devices.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link this device</source>
        <comment>@action:button</comment>
        <translation>Link this device</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore with my recovery key</source>
        <comment>@action:button</comment>
        <translation>Restore with my recovery key</translation>
    </message>
</context>
<context>
    <name>WorkspaceIdentityCard</name>
    <message>
        <location filename="../../qml/components/cards/WorkspaceIdentityCard.qml" line="+28"/>
        <source>Your name as patients see it</source>
        <comment>@title:group workspace identity</comment>
        <translation>Your name as patients see it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You comment as</source>
        <comment>@title:group workspace identity</comment>
        <translation>You comment as</translation>
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
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your name or role</source>
        <comment>@action:button accessible</comment>
        <translation>Change your name or role</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your patients see this name and role next to your comments. Your name is kept encrypted in your own vault.</source>
        <comment>@info workspace identity</comment>
        <translation>Your patients see this name and role next to your comments. Your name is kept encrypted in your own vault.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name</source>
        <comment>@label:textbox</comment>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. dr. An Claes</source>
        <comment>@info:placeholder</comment>
        <translation>e.g. dr. An Claes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role in the care team</source>
        <comment>@label:listbox</comment>
        <translation>Your role in the care team</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your name and role</source>
        <comment>@action:button accessible</comment>
        <translation>Save your name and role</translation>
    </message>
</context>
<context>
    <name>WorkspaceItemModel</name>
    <message>
        <location filename="../../src/app/workspace/workspaceitemmodel.cpp" line="+37"/>
        <source>Someone in the care circle</source>
        <comment>@info comment author</comment>
        <translation>Someone in the care circle</translation>
    </message>
</context>
<context>
    <name>careteamdemo</name>
    <message>
        <location filename="../../src/demo/careteamdemo.cpp" line="+98"/>
        <source>No temporary folder.</source>
        <translation>No temporary folder.</translation>
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
        <translation>CareCircle is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Please write dates like 2026-11-27.</source>
        <comment>@info date format hint</comment>
        <translation>Please write dates like 2026-11-27.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The coordinator must be someone in the care team.</source>
        <translation>The coordinator must be someone in the care team.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+57"/>
        <source>Start a care plan first.</source>
        <translation>Start a care plan first.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Write the agreement first.</source>
        <translation>Write the agreement first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <location line="+28"/>
        <source>This agreement is no longer in the plan.</source>
        <translation>This agreement is no longer in the plan.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>An agreement cannot be empty. To take it out of the plan, remove it.</source>
        <translation>An agreement cannot be empty. To take it out of the plan, remove it.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Agreement removed.</source>
        <translation>Agreement removed.</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+48"/>
        <location line="+42"/>
        <source>This activity is no longer in the plan.</source>
        <translation>This activity is no longer in the plan.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Give the activity a name, for example “Walk to the park”.</source>
        <translation>Give the activity a name, for example “Walk to the park”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what kind of activity it is.</source>
        <translation>Choose what kind of activity it is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the people chosen is no longer in the care team.</source>
        <translation>One of the people chosen is no longer in the care team.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You can only mark as done what already happened.</source>
        <translation>You can only mark as done what already happened.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Marked “%1” as done.</source>
        <translation>Marked “%1” as done.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed “%1”.</source>
        <translation>Removed “%1”.</translation>
    </message>
</context>
<context>
    <name>cc::app::CareTeamController</name>
    <message>
        <location filename="../../src/app/team/careteamcontroller.cpp" line="-45"/>
        <location line="+26"/>
        <location line="+33"/>
        <source>CareCircle is locked. Unlock it and try again.</source>
        <translation>CareCircle is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+25"/>
        <location line="+32"/>
        <source>This person is no longer in the care team.</source>
        <translation>This person is no longer in the care team.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>This is your own entry: its role stays “patient”.</source>
        <translation>This is your own entry: its role stays “patient”.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is you. Your own entry stays in your care team; you can change your name instead.</source>
        <translation>This is you. Your own entry stays in your care team; you can change your name instead.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed %1 from your care team.</source>
        <translation>Removed %1 from your care team.</translation>
    </message>
</context>
<context>
    <name>cc::app::CheckInController</name>
    <message>
        <location filename="../../src/app/checkin/checkincontroller.cpp" line="+286"/>
        <location line="+115"/>
        <source>Unlock CareCircle first.</source>
        <translation>Unlock CareCircle first.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Give at least one rating before saving.</source>
        <translation>Give at least one rating before saving.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a rating for each part you want to discuss or write about.</source>
        <translation>Give a rating for each part you want to discuss or write about.</translation>
    </message>
</context>
<context>
    <name>cc::app::CheckInHistoryShare</name>
    <message>
        <location filename="../../src/app/sharing/checkinhistoryshare.cpp" line="+93"/>
        <source>Enter the day from which to share your check-ins.</source>
        <comment>@info error</comment>
        <translation>Enter the day from which to share your check-ins.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>You have no private check-ins since that day.</source>
        <comment>@info error</comment>
        <translation>You have no private check-ins since that day.</translation>
    </message>
</context>
<context>
    <name>cc::app::CommentModel</name>
    <message>
        <location filename="../../src/app/sharing/commentmodel.cpp" line="+55"/>
        <source>Check-in of %1</source>
        <translation>Check-in of %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown person</source>
        <translation>Unknown person</translation>
    </message>
</context>
<context>
    <name>cc::app::CommentThread</name>
    <message>
        <location line="+123"/>
        <source>This item no longer exists.</source>
        <translation>This item no longer exists.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write something first.</source>
        <translation>Write something first.</translation>
    </message>
</context>
<context>
    <name>cc::app::ConflictListModel</name>
    <message>
        <location filename="../../src/app/sync/conflictscontroller.cpp" line="-89"/>
        <source>Goal “%1”</source>
        <translation>Goal “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity “%1”</source>
        <translation>Activity “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care team: %1</source>
        <translation>Care team: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care plan “%1”</source>
        <translation>Care plan “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record that was deleted since</source>
        <translation>A record that was deleted since</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to me</source>
        <translation>What matters to me</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Notes on what was done</source>
        <translation>Notes on what was done</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
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
        <translation>How to reach them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Written %1; replaced by an edit from %2.</source>
        <translation>Written %1; replaced by an edit from %2.</translation>
    </message>
</context>
<context>
    <name>cc::app::ConflictsController</name>
    <message>
        <location line="+51"/>
        <location line="+19"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle is locked.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+19"/>
        <source>This text is no longer waiting for review.</source>
        <translation>This text is no longer waiting for review.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This text cannot be put back by itself. Copy it and edit the record instead.</source>
        <translation>This text cannot be put back by itself. Copy it and edit the record instead.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Overwritten text let go.</source>
        <translation>Overwritten text let go.</translation>
    </message>
</context>
<context>
    <name>cc::app::DeviceListModel</name>
    <message>
        <location filename="../../src/app/sync/devicelistmodel.cpp" line="+30"/>
        <source>Unnamed device</source>
        <translation>Unnamed device</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed on %1</source>
        <translation>Removed on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked on %1</source>
        <translation>Linked on %1</translation>
    </message>
</context>
<context>
    <name>cc::app::GoalsController</name>
    <message>
        <location filename="../../src/app/goals/goalscontroller.cpp" line="+265"/>
        <location line="+62"/>
        <source>Write in your own words what matters to you: that is the heart of a goal.</source>
        <translation>Write in your own words what matters to you: that is the heart of a goal.</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+59"/>
        <source>Choose the part of life this goal is about.</source>
        <translation>Choose the part of life this goal is about.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The target date is not a real day. Check the day, month and year.</source>
        <translation>The target date is not a real day. Check the day, month and year.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+50"/>
        <location line="+63"/>
        <source>CareCircle is locked. Unlock it to save your goal.</source>
        <translation>CareCircle is locked. Unlock it to save your goal.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+24"/>
        <location line="+39"/>
        <location line="+23"/>
        <source>This goal no longer exists.</source>
        <translation>This goal no longer exists.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>CareCircle is locked. Unlock it to delete the goal.</source>
        <translation>CareCircle is locked. Unlock it to delete the goal.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no deleted goal to bring back.</source>
        <translation>There is no deleted goal to bring back.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This step no longer exists.</source>
        <translation>This step no longer exists.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CareCircle is locked. Unlock it to log progress.</source>
        <translation>CareCircle is locked. Unlock it to log progress.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a rating from %1 to %2.</source>
        <translation>Choose a rating from %1 to %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date is not a real day. Check the day, month and year.</source>
        <translation>The date is not a real day. Check the day, month and year.</translation>
    </message>
</context>
<context>
    <name>cc::app::PatientListModel</name>
    <message>
        <location filename="../../src/app/workspace/patientlistmodel.cpp" line="+18"/>
        <source>born %1</source>
        <comment>@info a patient&apos;s birth year in My patients</comment>
        <translation>born %1</translation>
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
        <translation>Unknown person</translation>
    </message>
</context>
<context>
    <name>cc::app::Session</name>
    <message>
        <location filename="../../src/app/session/session.cpp" line="+82"/>
        <source>%1 for %2</source>
        <comment>@label who acted (1) for which patient (2), e.g. Els Peeters for Maria</comment>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role in this person&apos;s care does not allow this change.</source>
        <comment>@info</comment>
        <translation>Your role in this person&apos;s care does not allow this change.</translation>
    </message>
</context>
<context>
    <name>cc::app::SharingController</name>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="-135"/>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="+134"/>
        <location line="+108"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A space without a name</source>
        <translation>A space without a name</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only you</source>
        <translation>Only you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You and %1</source>
        <translation>You and %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You and %n others</source>
        <translation>
            <numerusform>You and %n other</numerusform>
            <numerusform>You and %n others</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/checkinhistoryshare.cpp" line="-5"/>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="-55"/>
        <location line="+62"/>
        <location line="+12"/>
        <location line="+19"/>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="-89"/>
        <location line="+92"/>
        <source>That space no longer exists.</source>
        <translation>That space no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="+16"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone you invited (%1)</source>
        <translation>Someone you invited (%1)</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteamrules.cpp" line="+6"/>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="+101"/>
        <location filename="../../src/app/sharing/joinflow.cpp" line="+61"/>
        <location line="+71"/>
        <location filename="../../src/app/sharing/spacemembers.cpp" line="+213"/>
        <source>Connect CareCircle to your server first (Settings → Sync and devices).</source>
        <translation>Connect CareCircle to your server first (Settings → Sync and devices).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or make a space to share first; your private space stays yours alone.</source>
        <translation>Choose or make a space to share first; your private space stays yours alone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what the person may do.</source>
        <translation>Choose what the person may do.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/spacemembers.cpp" line="-56"/>
        <source>Choose a day from today on.</source>
        <translation>Choose a day from today on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 receives nothing new after %2.</source>
        <translation>%1 receives nothing new after %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no end date now.</source>
        <translation>%1 has no end date now.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was removed. From now on they receive nothing new from this space; what they already saw stays with them.</source>
        <translation>%1 was removed. From now on they receive nothing new from this space; what they already saw stays with them.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your devices</source>
        <translation>Your devices</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/joinflow.cpp" line="-66"/>
        <source>That code is not complete or has a typo. Check it with the person who invited you.</source>
        <translation>That code is not complete or has a typo. Check it with the person who invited you.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Write your name as %1 knows you.</source>
        <translation>Write your name as %1 knows you.</translation>
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
            <numerusform>For %n day, until %1</numerusform>
            <numerusform>For %n days, until %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::app::SyncController</name>
    <message>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+136"/>
        <source>Not connected: everything stays on this device.</source>
        <translation>Not connected: everything stays on this device.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected; sync starts in a moment.</source>
        <translation>Connected; sync starts in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing… %1 %</source>
        <translation>Syncing… %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: your changes are kept on this device and sent later.</source>
        <translation>Offline: your changes are kept on this device and sent later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync needs your attention.</source>
        <translation>Sync needs your attention.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last synced at %1</source>
        <translation>Last synced at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced on %1</source>
        <translation>Last synced on %1</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelinkflow.cpp" line="+124"/>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+37"/>
        <source>Type the server&apos;s full address, starting with https://.</source>
        <translation>Type the server&apos;s full address, starting with https://.</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+4"/>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelist.cpp" line="+55"/>
        <source>Removing the device…</source>
        <translation>Removing the device…</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelinkflow.cpp" line="-46"/>
        <source>The new device is linked. It now holds the same care plan as this one.</source>
        <translation>The new device is linked. It now holds the same care plan as this one.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This code is not complete or has a typo. Compare it with the other device.</source>
        <translation>This code is not complete or has a typo. Compare it with the other device.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Protecting this device with your passphrase…</source>
        <translation>Protecting this device with your passphrase…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Waiting for your other device to send the care plan…</source>
        <translation>Waiting for your other device to send the care plan…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This recovery key is not complete or has a typo. Check each group of four.</source>
        <translation>This recovery key is not complete or has a typo. Check each group of four.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring your account from the server…</source>
        <translation>Restoring your account from the server…</translation>
    </message>
</context>
<context>
    <name>cc::app::VaultController</name>
    <message>
        <location filename="../../src/app/session/vaultcontroller.cpp" line="+189"/>
        <location line="+226"/>
        <source>Choose a stronger passphrase: a short sentence of four or more words works well.</source>
        <translation>Choose a stronger passphrase: a short sentence of four or more words works well.</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Creating your vault…</source>
        <translation>Creating your vault…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type your passphrase to unlock.</source>
        <translation>Type your passphrase to unlock.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>That passphrase is not correct. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This recovery key does not belong to this vault.</source>
        <translation>This recovery key does not belong to this vault.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a stronger new passphrase: a short sentence of four or more words works well.</source>
        <translation>Choose a stronger new passphrase: a short sentence of four or more words works well.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changing your passphrase…</source>
        <translation>Changing your passphrase…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your current passphrase is not correct. Nothing was changed.</source>
        <translation>Your current passphrase is not correct. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking your passphrase…</source>
        <translation>Checking your passphrase…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That passphrase is not correct.</source>
        <translation>That passphrase is not correct.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This device has no keystore that CareCircle can use.</source>
        <translation>This device has no keystore that CareCircle can use.</translation>
    </message>
</context>
<context>
    <name>cc::app::WorkspaceController</name>
    <message>
        <location filename="../../src/app/workspace/workspacecontroller.cpp" line="+264"/>
        <source>Patient %1</source>
        <comment>@label a patient without a name, with a short id</comment>
        <translation>Patient %1</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Unlock CareCircle first.</source>
        <comment>@info</comment>
        <translation>Unlock CareCircle first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the name patients know you by.</source>
        <comment>@info</comment>
        <translation>Write the name patients know you by.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose your role in the care team.</source>
        <comment>@info</comment>
        <translation>Choose your role in the care team.</translation>
    </message>
    <message>
        <location line="-479"/>
        <location line="+21"/>
        <location line="+468"/>
        <location line="+61"/>
        <source>Open a patient first.</source>
        <comment>@info</comment>
        <translation>Open a patient first.</translation>
    </message>
    <message>
        <location line="-548"/>
        <location line="+489"/>
        <source>Say first how patients see you: your name and your role.</source>
        <comment>@info</comment>
        <translation>Say first how patients see you: your name and your role.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your comment first.</source>
        <comment>@info</comment>
        <translation>Write your comment first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This item is no longer shared with you.</source>
        <comment>@info</comment>
        <translation>This item is no longer shared with you.</translation>
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
        <translation>Choose where to save the agenda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda saved to %1.</source>
        <comment>@info</comment>
        <translation>Agenda saved to %1.</translation>
    </message>
</context>
<context>
    <name>cc::interop</name>
    <message>
        <location filename="../../src/interop/agendaexport.cpp" line="+45"/>
        <source>about the goal “%1”</source>
        <comment>@info agenda</comment>
        <translation>about the goal “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about the check-in of %1</source>
        <comment>@info agenda</comment>
        <translation>about the check-in of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about “%1”</source>
        <comment>@info agenda: a plan activity</comment>
        <translation>about “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone in the care circle</source>
        <comment>@info agenda: unknown comment author</comment>
        <translation>Someone in the care circle</translation>
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
        <translation>%1 for %2</translation>
    </message>
</context>
<context>
    <name>cc::interop::AgendaExport</name>
    <message>
        <location line="+8"/>
        <source>Meeting agenda: %1</source>
        <comment>@title agenda, with the patient&apos;s name</comment>
        <translation>Meeting agenda: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on %1 from what %2 shared in CareCircle.</source>
        <comment>@info agenda</comment>
        <translation>Prepared on %1 from what %2 shared in CareCircle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What matters to me — in the patient&apos;s own words</source>
        <comment>@title agenda section</comment>
        <translation>What matters to me — in the patient&apos;s own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals shared.</source>
        <comment>@info agenda</comment>
        <translation>No goals shared.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>target: %1</source>
        <comment>@info agenda</comment>
        <translation>target: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <comment>@info agenda: target date</comment>
        <translation>by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last changed by %1</source>
        <comment>@info agenda</comment>
        <translation>last changed by %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flagged needs</source>
        <comment>@title agenda section</comment>
        <translation>Flagged needs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing flagged.</source>
        <comment>@info agenda</comment>
        <translation>Nothing flagged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 got worse: %2 out of 10, before about %3</source>
        <comment>@info agenda: domain, rating, mean</comment>
        <translation>%1 got worse: %2 out of 10, before about %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>latest check-in against the ones before</source>
        <comment>@info agenda</comment>
        <translation>latest check-in against the ones before</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: wants to discuss this</source>
        <comment>@info agenda: domain</comment>
        <translation>%1: wants to discuss this</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-in of %1</source>
        <comment>@info agenda</comment>
        <translation>check-in of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (check-in of %2)</source>
        <comment>@info agenda: note, date</comment>
        <translation>“%1” (check-in of %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The care plan&apos;s review date has passed</source>
        <comment>@info agenda</comment>
        <translation>The care plan&apos;s review date has passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned for %1</source>
        <comment>@info agenda</comment>
        <translation>planned for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal getting harder: “%1”</source>
        <comment>@info agenda</comment>
        <translation>Goal getting harder: “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Open questions (last %n day(s))</source>
        <comment>@title agenda section</comment>
        <translation>
            <numerusform>Open questions (last %n day)</numerusform>
            <numerusform>Open questions (last %n days)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comments or questions in this time.</source>
        <comment>@info agenda</comment>
        <translation>No comments or questions in this time.</translation>
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
        <translation>I would like to discuss this.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, check-in of %2</source>
        <comment>@info agenda: domain, date</comment>
        <translation>%1, check-in of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filled in by %1</source>
        <comment>@info agenda</comment>
        <translation>filled in by %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+12"/>
        <location line="+14"/>
        <source>Could not save the agenda to %1: %2</source>
        <comment>@info</comment>
        <translation>Could not save the agenda to %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+53"/>
        <source>Creating the demo vault in %1 …</source>
        <translation>Creating the demo vault in %1 …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the care-team demo vault in %1 …</source>
        <translation>Creating the care-team demo vault in %1 …</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no vault in %1.</source>
        <translation>There is no vault in %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/core/screenshot.cpp" line="+30"/>
        <source>Could not save the screenshot to %1.</source>
        <translation>Could not save the screenshot to %1.</translation>
    </message>
</context>
</TS>
