<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
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
        <translation>avec %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeats</source>
        <comment>@info recurring activity</comment>
        <translation>se répète</translation>
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
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This activity is no longer in the plan</source>
        <comment>@info</comment>
        <translation>Cette activité ne fait plus partie du plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next: %1</source>
        <comment>@info next date of an activity</comment>
        <translation>Prochaine fois&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No next date</source>
        <comment>@info activity without a next date</comment>
        <translation>Pas de prochaine date</translation>
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
        <translation>Qui&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who: not chosen yet</source>
        <comment>@info</comment>
        <translation>Qui&#xa0;: pas encore choisi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last changed by %1</source>
        <comment>@info who last changed it, e.g. Els Peeters for Maria</comment>
        <translation>Dernière modification par %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For: %1</source>
        <comment>@info goals the activity serves</comment>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <comment>@info list separator</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this activity</source>
        <comment>@action:button accessible</comment>
        <translation>Modifier cette activité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <comment>@action:button</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this activity from the plan</source>
        <comment>@action:button accessible</comment>
        <translation>Retirer cette activité du plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this right after</source>
        <comment>@info accessible</comment>
        <translation>Vous pourrez annuler juste après</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done</source>
        <comment>@title:group done log</comment>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Remarque (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did it go?</source>
        <comment>@info:placeholder</comment>
        <translation>Comment cela s’est-il passé&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done today</source>
        <comment>@action:button</comment>
        <translation>Fait aujourd’hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done today ✓</source>
        <comment>@action:button already marked</comment>
        <translation>Fait aujourd’hui ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as done today</source>
        <comment>@action:button accessible</comment>
        <translation>Marquer comme fait aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already marked as done today</source>
        <comment>@info accessible</comment>
        <translation>Déjà marqué comme fait aujourd’hui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not done yet</source>
        <comment>@info empty done log</comment>
        <translation>Pas encore fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each time you mark it as done, the day and your note are kept here, so you and your care team can see how it goes.</source>
        <comment>@info empty done log</comment>
        <translation>Chaque fois que vous la marquez comme faite, le jour et votre remarque sont conservés ici, pour que vous et votre équipe de soins puissiez voir comment cela se passe.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · %2: %3</source>
        <comment>@info accessible done log entry: day · by whom: note</comment>
        <translation>%1 · %2&#xa0;: %3</translation>
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
            <numerusform>Afficher les fois précédentes (encore %n)</numerusform>
            <numerusform>Afficher les fois précédentes (encore %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When someone in your care circle comments on this part of your plan, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Quand une personne de votre cercle de soins commentera cette partie de votre plan, vous le lirez ici.</translation>
    </message>
</context>
<context>
    <name>ActivityEditorPage</name>
    <message>
        <location filename="../../qml/pages/plan/ActivityEditorPage.qml" line="+69"/>
        <source>New activity</source>
        <comment>@title:window</comment>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit activity</source>
        <comment>@title:window</comment>
        <translation>Modifier l’activité</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>What is it?</source>
        <comment>@label:textbox activity title</comment>
        <translation>De quoi s’agit-il&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Walk to the park</source>
        <comment>@info:placeholder</comment>
        <translation>Par exemple&#xa0;: marcher jusqu’au parc</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind</source>
        <comment>@label:listbox activity kind</comment>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Who does it?</source>
        <comment>@label</comment>
        <translation>Qui s’en charge&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the people in your care team first; then you can choose them here.</source>
        <comment>@info</comment>
        <translation>Ajoutez d’abord les personnes de votre équipe de soins&#xa0;; vous pourrez ensuite les choisir ici.</translation>
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
        <translation>Quand&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Once, on one day</source>
        <comment>@option:radio</comment>
        <translation>Une fois, un seul jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It repeats</source>
        <comment>@option:radio</comment>
        <translation>Elle se répète</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When needed, no fixed day</source>
        <comment>@option:radio</comment>
        <translation>Au besoin, sans jour fixe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day</source>
        <comment>@label:textbox</comment>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Days</source>
        <comment>@item:inlistbox unit of an every-N schedule</comment>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <comment>@item:inlistbox unit of an every-N schedule</comment>
        <translation>Semaines</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Every</source>
        <comment>@label:textbox every N days or weeks</comment>
        <translation>Tous les</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days or weeks</source>
        <comment>@label:listbox</comment>
        <translation>Jours ou semaines</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only on these days (optional)</source>
        <comment>@label</comment>
        <translation>Uniquement les jours suivants (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On these days</source>
        <comment>@label</comment>
        <translation>Les jours suivants</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>From</source>
        <comment>@label:textbox first day</comment>
        <translation>À partir du</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until (optional)</source>
        <comment>@label:textbox last day</comment>
        <translation>Jusqu’au (facultatif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Heure (facultatif)</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Schedule: %1</source>
        <comment>@info schedule preview</comment>
        <translation>Planning&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the activity</source>
        <comment>@action:button accessible</comment>
        <translation>Enregistrer l’activité</translation>
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
        <translation>Plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions for the agreement “%1”</source>
        <comment>@action:button accessible</comment>
        <translation>Actions pour l’accord «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit</source>
        <comment>@action:inmenu</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move up</source>
        <comment>@action:inmenu</comment>
        <translation>Déplacer vers le haut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move down</source>
        <comment>@action:inmenu</comment>
        <translation>Déplacer vers le bas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove</source>
        <comment>@action:inmenu</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the agreement</source>
        <comment>@action:inmenu accessible</comment>
        <translation>Retirer l’accord</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/AgreementDialog.qml" line="+41"/>
        <source>Edit agreement</source>
        <comment>@title:window</comment>
        <translation>Modifier l’accord</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Agreement</source>
        <comment>@label</comment>
        <translation>Accord</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../../src/app/core/appoptions.cpp" line="+14"/>
        <source>CareCircle: your care plan, goals and check-ins, encrypted on this device.</source>
        <translation>CareCircle&#xa0;: votre plan de soins, vos objectifs et vos bilans, chiffrés sur cet appareil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the vault in folder &lt;dir&gt;.</source>
        <translation>Ouvrir le coffre-fort situé dans le dossier &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the local demo vault (made if missing).</source>
        <translation>Ouvrir le coffre-fort de démonstration local (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the care-team demo: a GP&apos;s vault with three patients (made if missing).</source>
        <translation>Ouvrir la démonstration pour l’équipe de soins&#xa0;: le coffre-fort d’un médecin généraliste avec trois patients (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the caregiver demo: Els&apos;s tablet, acting for Maria as editor (made if missing).</source>
        <translation>Ouvrir la démo pour aidants proches&#xa0;: la tablette d’Els, qui peut modifier pour Maria (créée si absente).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render, save a PNG to &lt;file&gt;, exit.</source>
        <translation>Afficher l’interface, enregistrer une image PNG dans &lt;file&gt;, puis quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size, e.g. 390x844.</source>
        <translation>Taille de la fenêtre, p. ex. 390x844.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page to show in screenshot mode.</source>
        <translation>Page à afficher en mode capture d’écran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load every page and exit; non-zero on any QML error or warning. With --vault, walk that demo vault instead of a new one.</source>
        <translation>Charger chaque page puis quitter&#xa0;; code de sortie non nul en cas d’erreur ou d’avertissement QML. Avec --vault, parcourir ce coffre-fort de démonstration au lieu d’un nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --self-test: print the resident memory once every page was opened.</source>
        <translation>Avec --self-test&#xa0;: afficher la mémoire résidente une fois toutes les pages ouvertes.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 390x844.</source>
        <translation>--size attend LARGEURxHAUTEUR, p. ex. 390x844.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../qml/components/shell/AppShell.qml" line="+48"/>
        <source>My patients</source>
        <comment>@title:navigation</comment>
        <translation>Mes patients</translation>
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
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check-in</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Care plan</source>
        <comment>@title:navigation</comment>
        <translation>Plan de soins</translation>
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
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Settings</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Check-in</source>
        <comment>@title:navigation</comment>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Goals</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trends</source>
        <comment>@title:navigation</comment>
        <translation>Tendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Tendances</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Care team</source>
        <comment>@title:navigation</comment>
        <translation>Équipe de soins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <comment>@title:navigation short, bottom bar of a phone</comment>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <comment>@title:navigation</comment>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>AttentionFlag</name>
    <message>
        <location filename="../../qml/components/controls/AttentionFlag.qml" line="+28"/>
        <source>Worse lately: %1</source>
        <comment>@info attention flag, check-in domains</comment>
        <translation>Moins bien ces derniers temps&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wants to discuss: %1</source>
        <comment>@info attention flag, check-in domains</comment>
        <translation>Souhaite en parler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan review overdue since %1</source>
        <comment>@info attention flag, a date</comment>
        <translation>Réévaluation du plan en retard depuis le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal is getting harder</source>
        <comment>@info attention flag</comment>
        <translation>Un objectif devient plus difficile</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Goals getting harder: %n</source>
        <comment>@info attention flag, a count</comment>
        <translation>
            <numerusform>Objectifs qui deviennent plus difficiles&#xa0;: %n</numerusform>
            <numerusform>Objectifs qui deviennent plus difficiles&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <location filename="../../qml/components/controls/BusyOverlay.qml" line="+18"/>
        <source>Please wait</source>
        <comment>@info busy</comment>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please wait…</source>
        <comment>@info busy</comment>
        <translation>Veuillez patienter…</translation>
    </message>
</context>
<context>
    <name>CarePlanController</name>
    <message>
        <location filename="../../src/app/plan/careplancontroller.cpp" line="+296"/>
        <source>The care plan is gone.</source>
        <translation>Le plan de soins n’existe plus.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Please write the time like 08:30.</source>
        <translation>Veuillez écrire l’heure comme ceci&#xa0;: 08:30.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please give the day, like 2026-11-27.</source>
        <translation>Veuillez indiquer le jour, comme ceci&#xa0;: 2026-11-27.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please give the first day like 2026-11-27.</source>
        <translation>Veuillez indiquer le premier jour comme ceci&#xa0;: 2026-11-27.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please give the last day like 2026-11-27, or leave it empty.</source>
        <translation>Veuillez indiquer le dernier jour comme ceci&#xa0;: 2026-11-27, ou laissez-le vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour précède le premier jour.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“Every” must be a number from 1 to 52 weeks or 365 days.</source>
        <translation>«&#xa0;Tous les&#xa0;» doit être un nombre de 1 à 52 semaines ou de 1 à 365 jours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose the days of the week again.</source>
        <translation>Veuillez choisir à nouveau les jours de la semaine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one day of the week.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose when it happens.</source>
        <translation>Choisissez quand cela a lieu.</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+28"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteamrules.cpp" line="+31"/>
        <source>Me</source>
        <comment>@label the patient&apos;s own entry in the care team</comment>
        <translation>Moi</translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <location filename="../../qml/pages/plan/CarePlanPage.qml" line="+65"/>
        <source>Care plan</source>
        <comment>@title:window</comment>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No care plan yet</source>
        <comment>@title:group</comment>
        <translation>Pas encore de plan de soins</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your care plan brings everything together</source>
        <comment>@info empty plan</comment>
        <translation>Votre plan de soins rassemble tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what you and your care team agreed: who coordinates your care, when you next review it together (often at the multidisciplinary meeting), the agreements you made and the activities, from home-nurse visits to the walks you take yourself.</source>
        <comment>@info empty plan</comment>
        <translation>Notez ce que vous avez convenu avec votre équipe de soins&#xa0;: qui coordonne vos soins, quand vous le réévaluerez ensemble (souvent lors de la concertation multidisciplinaire), les accords que vous avez pris et les activités, des passages de l’infirmier à domicile aux promenades que vous faites vous-même.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start my care plan</source>
        <comment>@action:button</comment>
        <translation>Commencer mon plan de soins</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Status: %1</source>
        <comment>@info plan status</comment>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From %1 to %2</source>
        <comment>@info plan period</comment>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since %1</source>
        <comment>@info plan period</comment>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordinated by %1 (%2)</source>
        <comment>@info plan coordinator, role</comment>
        <translation>Coordonné par %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody coordinates your care yet. Often this is your case manager; you can choose them in your care team.</source>
        <comment>@info plan without coordinator</comment>
        <translation>Personne ne coordonne encore vos soins. C’est souvent votre gestionnaire de cas&#xa0;; vous pouvez le ou la choisir dans votre équipe de soins.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next review with your care team: %1</source>
        <comment>@info plan review, often the multidisciplinary meeting</comment>
        <translation>Prochaine réévaluation avec votre équipe de soins&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review date yet. Add the date of the next multidisciplinary meeting when it is set.</source>
        <comment>@info plan review</comment>
        <translation>Pas encore de date de réévaluation. Ajoutez la date de la prochaine concertation multidisciplinaire dès qu’elle est fixée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit plan</source>
        <comment>@action:button</comment>
        <translation>Modifier le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the care plan’s title, status, dates and coordinator</source>
        <comment>@action:button accessible</comment>
        <translation>Modifier le titre, le statut, les dates et le coordinateur du plan de soins</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreements</source>
        <comment>@title:group</comment>
        <translation>Accords</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agreements yet</source>
        <comment>@info empty agreements</comment>
        <translation>Pas encore d’accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what you agreed with your care team, in your own words: “The nurse comes before 9”, “I call my daughter when I feel dizzy”.</source>
        <comment>@info empty agreements</comment>
        <translation>Notez ce que vous avez convenu avec votre équipe de soins, avec vos propres mots&#xa0;: «&#xa0;L’infirmier passe avant 9&#xa0;h&#xa0;», «&#xa0;J’appelle ma fille quand j’ai des vertiges&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A new agreement</source>
        <comment>@info:placeholder</comment>
        <translation>Un nouvel accord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New agreement</source>
        <comment>@label accessible</comment>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <comment>@action:button</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the agreement</source>
        <comment>@action:button accessible</comment>
        <translation>Ajouter l’accord</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activities</source>
        <comment>@title:group</comment>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New activity</source>
        <comment>@action:button</comment>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new activity to the care plan</source>
        <comment>@action:button accessible</comment>
        <translation>Ajouter une nouvelle activité au plan de soins</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No activities yet</source>
        <comment>@info empty activities</comment>
        <translation>Pas encore d’activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what happens in your care: the home nurse’s visits, your physiotherapy exercises, a check-up at the hospital, coffee with a friend. Then tap “Done today” when you did it.</source>
        <comment>@info empty activities</comment>
        <translation>Ajoutez ce qui fait partie de vos soins&#xa0;: les passages de l’infirmier à domicile, vos exercices de kinésithérapie, un contrôle à l’hôpital, un café avec un ami. Touchez ensuite «&#xa0;Fait aujourd’hui&#xa0;» quand c’est fait.</translation>
    </message>
</context>
<context>
    <name>CareTeamController</name>
    <message>
        <location filename="../../src/app/team/careteamcontroller.cpp" line="+141"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="+243"/>
        <location filename="../../src/domain/careteamrules.cpp" line="+10"/>
        <location line="+83"/>
        <source>This person is no longer in the care team.</source>
        <translation>Cette personne ne fait plus partie de l’équipe de soins.</translation>
    </message>
</context>
<context>
    <name>CareTeamPage</name>
    <message>
        <location filename="../../qml/pages/team/CareTeamPage.qml" line="+43"/>
        <source>Care team</source>
        <comment>@title:window</comment>
        <translation>Équipe de soins</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 coordinates your care. Ask them first when something needs to be arranged.</source>
        <comment>@info</comment>
        <translation>%1 coordonne vos soins. Adressez-vous d’abord à cette personne quand quelque chose doit être organisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who coordinates your care, often your case manager: open the menu next to their name.</source>
        <comment>@info</comment>
        <translation>Choisissez qui coordonne vos soins, souvent votre gestionnaire de cas&#xa0;: ouvrez le menu à côté de son nom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a person</source>
        <comment>@action:button</comment>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to your care team</source>
        <comment>@action:button accessible</comment>
        <translation>Ajouter une personne à votre équipe de soins</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who helps you?</source>
        <comment>@title:group empty team</comment>
        <translation>Qui vous aide&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the people who care for you: your family doctor, the home nurse, the pharmacist, your case manager, and the family members or friends who help. Write down how to reach them, so everything is in one place.</source>
        <comment>@info empty team</comment>
        <translation>Ajoutez les personnes qui prennent soin de vous&#xa0;: votre médecin généraliste, l’infirmier à domicile, le pharmacien, votre gestionnaire de cas, ainsi que les proches ou amis qui vous aident. Notez comment les joindre, pour que tout soit au même endroit.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, former member</source>
        <comment>@info accessible</comment>
        <translation>%1, ancien membre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Former member: no longer in any space you share, so receives nothing new.</source>
        <comment>@info care team card</comment>
        <translation>Ancien membre&#xa0;: ne fait plus partie d’aucun espace que vous partagez et ne reçoit donc plus rien de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses CareCircle: sees what you share with them.</source>
        <comment>@info care team card</comment>
        <translation>Utilise CareCircle&#xa0;: voit ce que vous partagez avec cette personne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These are your own notes about your care team. Inviting someone to see your plan comes with sharing.</source>
        <comment>@info</comment>
        <translation>Ce sont vos propres notes sur votre équipe de soins. Pour inviter quelqu’un à consulter votre plan, passez par le partage.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/ChangePassphraseDialog.qml" line="+39"/>
        <source>Change your passphrase</source>
        <comment>@title:window</comment>
        <translation>Modifier votre phrase secrète</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Your information stays as it is; only the passphrase that opens it changes. Your recovery key keeps working.</source>
        <comment>@info change passphrase</comment>
        <translation>Vos informations restent telles quelles&#xa0;; seule la phrase secrète qui permet de les ouvrir change. Votre clé de récupération reste valable.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New passphrase again</source>
        <comment>@label:textbox</comment>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two new passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>Les deux nouvelles phrases secrètes ne sont pas encore identiques.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change passphrase</source>
        <comment>@action:button</comment>
        <translation>Modifier la phrase secrète</translation>
    </message>
</context>
<context>
    <name>CheckInBars</name>
    <message>
        <location filename="../../qml/components/charts/CheckInBars.qml" line="+45"/>
        <source>%1: %2 out of %3</source>
        <comment>@info accessible: domain rating</comment>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not rated</source>
        <comment>@info accessible</comment>
        <translation>%1&#xa0;: pas de note</translation>
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
        <translation>Vous aimeriez en parler</translation>
    </message>
</context>
<context>
    <name>CheckInHistoryDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/CheckInHistoryDelegate.qml" line="+34"/>
        <source>%1 · your caregiver check-in</source>
        <comment>@info check-in date, the caregiver&apos;s own check-in</comment>
        <translation>%1 · votre bilan d’aidant proche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by %2</source>
        <comment>@info check-in date, who filled it in (e.g. Els Peeters for Maria)</comment>
        <translation>%1 · rempli par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping %2</source>
        <comment>@info check-in date, by proxy, read in a patient&apos;s circle</comment>
        <translation>%1 · rempli par une personne qui aide %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping you</source>
        <comment>@info check-in date, by proxy</comment>
        <translation>%1 · rempli par une personne qui vous aide</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: “%2”</source>
        <comment>@info check-in note with its domain</comment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 — %3</source>
        <comment>@info questionnaire title: score — band</comment>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../qml/pages/checkin/CheckInPage.qml" line="+67"/>
        <source>Your check-in is saved. Thank you for taking the time.</source>
        <comment>@info check-in saved</comment>
        <translation>Votre bilan est enregistré. Merci d’avoir pris le temps.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Check-in</source>
        <comment>@title:window check-in page</comment>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>How are you doing?</source>
        <comment>@title:group check-in start</comment>
        <translation>Comment allez-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is %1 doing?</source>
        <comment>@title:group check-in start, filled in for a patient</comment>
        <translation>Comment va %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You answer for %1, as you see it. The check-in is marked as filled in by you for %1.</source>
        <comment>@info proxy check-in</comment>
        <translation>Vous répondez pour %1, tel que vous le voyez. Le bilan est marqué comme rempli par vous pour %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your last check-in: %1</source>
        <comment>@info</comment>
        <translation>Votre dernier bilan&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last check-in about %1: %2</source>
        <comment>@info in a patient&apos;s circle</comment>
        <translation>Dernier bilan concernant %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No check-in yet</source>
        <comment>@info empty check-in</comment>
        <translation>Pas encore de bilan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a week is a good rhythm. Your answers help you and your care team see how things are going over time.</source>
        <comment>@info empty check-in</comment>
        <translation>Une fois par semaine, c’est un bon rythme. Vos réponses vous aident, vous et votre équipe de soins, à voir comment les choses évoluent au fil du temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has filled in a check-in about %1 yet.</source>
        <comment>@info empty check-in in a patient&apos;s circle</comment>
        <translation>Personne n’a encore rempli de bilan concernant %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start check-in</source>
        <comment>@action:button</comment>
        <translation>Commencer le bilan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About me as a caregiver</source>
        <comment>@title:group caregiver check-in start</comment>
        <translation>Moi, en tant qu’aidant proche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you care for someone? Four short questions about how you yourself are doing as a caregiver: the weight of caring, your own health, time for yourself and the support you get. Nobody sees your answers unless you choose to share them.</source>
        <comment>@info caregiver check-in start</comment>
        <translation>Vous prenez soin de quelqu’un&#xa0;? Quatre courtes questions sur la façon dont vous allez vous-même en tant qu’aidant proche&#xa0;: le poids de l’aide, votre propre santé, du temps pour vous et le soutien que vous recevez. Personne ne voit vos réponses, sauf si vous choisissez de les partager.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start my caregiver check-in</source>
        <comment>@action:button</comment>
        <translation>Commencer mon bilan d’aidant proche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Short questionnaires</source>
        <comment>@title:group</comment>
        <translation>Questionnaires courts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Well-known short questionnaires about well-being, mood and worry. You see your score described in plain words; it is something to talk about with your care team, not a diagnosis.</source>
        <comment>@info questionnaires</comment>
        <translation>Des questionnaires courts et reconnus sur le bien-être, le moral et les inquiétudes. Votre score vous est décrit avec des mots simples&#xa0;; c’est un sujet à aborder avec votre équipe de soins, pas un diagnostic.</translation>
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
        <translation>Bilans précédents</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Show earlier check-ins (%n more)</source>
        <comment>@action:button</comment>
        <translation>
            <numerusform>Afficher les bilans précédents (encore %n)</numerusform>
            <numerusform>Afficher les bilans précédents (encore %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing here yet</source>
        <comment>@info empty check-in history</comment>
        <translation>Rien ici pour l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your check-ins and questionnaire results will be listed here, newest first, so you can see how things change.</source>
        <comment>@info empty check-in history</comment>
        <translation>Vos bilans et les résultats de vos questionnaires apparaîtront ici, du plus récent au plus ancien, pour que vous puissiez voir comment les choses évoluent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check-ins about %1 that you may see will be listed here, newest first.</source>
        <comment>@info empty check-in history in a patient&apos;s circle</comment>
        <translation>Les bilans concernant %1 que vous pouvez voir apparaîtront ici, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your caregiver check-in: about you, not about the person you care for.</source>
        <comment>@info caregiver check-in flow</comment>
        <translation>Votre bilan d’aidant proche&#xa0;: sur vous, pas sur la personne dont vous prenez soin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For %1: where a question says “you”, answer for %1, as you see it.</source>
        <comment>@info proxy check-in flow</comment>
        <translation>Pour %1&#xa0;: quand une question dit «&#xa0;vous&#xa0;», répondez pour %1, tel que vous le voyez.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %n</source>
        <comment>@info check-in progress</comment>
        <translation>
            <numerusform>%1 sur %n</numerusform>
            <numerusform>%1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Question %1 of %n</source>
        <comment>@info accessible check-in progress</comment>
        <translation>
            <numerusform>Question %1 sur %n</numerusform>
            <numerusform>Question %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check-in progress</source>
        <comment>@info accessible</comment>
        <translation>Progression du bilan</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Back</source>
        <comment>@action:button check-in step</comment>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next</source>
        <comment>@action:button check-in step</comment>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <comment>@action:button check-in</comment>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your caregiver check-in</source>
        <comment>@title:group caregiver check-in review</comment>
        <translation>Votre bilan d’aidant proche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in for %1</source>
        <comment>@title:group check-in review, filled in for a patient</comment>
        <translation>Bilan pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your check-in</source>
        <comment>@title:group check-in review</comment>
        <translation>Votre bilan</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 · where you’d like to be: %2</source>
        <comment>@info check-in review</comment>
        <translation>%1 · où vous aimeriez être&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2”</source>
        <comment>@info check-in note with its domain</comment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have not chosen a number yet. Go back to answer at least one question.</source>
        <comment>@info check-in review</comment>
        <translation>Vous n’avez pas encore choisi de nombre. Revenez en arrière pour répondre à au moins une question.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n part(s) without a number will be left out.</source>
        <comment>@info check-in review</comment>
        <translation>
            <numerusform>%n domaine de vie sans nombre sera laissé de côté.</numerusform>
            <numerusform>%n domaines de vie sans nombre seront laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change answers</source>
        <comment>@action:button check-in review</comment>
        <translation>Modifier les réponses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save check-in</source>
        <comment>@action:button</comment>
        <translation>Enregistrer le bilan</translation>
    </message>
</context>
<context>
    <name>CircleSwitcher</name>
    <message>
        <location filename="../../qml/components/shell/CircleSwitcher.qml" line="+29"/>
        <source>My own</source>
        <comment>@item whose care: the person&apos;s own</comment>
        <translation>Mes propres soins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s care</source>
        <comment>@item whose care: a patient who shared with you</comment>
        <translation>Soins de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may change goals, the plan and check-ins, for %1.</source>
        <comment>@info</comment>
        <translation>Vous pouvez modifier les objectifs, le plan de soins et les bilans pour %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may add progress notes and comments.</source>
        <comment>@info</comment>
        <translation>Vous pouvez ajouter des notes de suivi et des commentaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may read only.</source>
        <comment>@info</comment>
        <translation>Vous pouvez seulement lire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Whose care</source>
        <comment>@label circle switcher</comment>
        <translation>Pour qui</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="+34"/>
        <source>The sharing space, by its name.</source>
        <translation>L’espace de partage, désigné par son nom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The role offered: editor, contributor or viewer.</source>
        <translation>Le rôle proposé&#xa0;: editor (modifier), contributor (lire, commenter et noter des progrès) ou viewer (lire seulement).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days until the invitation ends (1 to 7; default 7).</source>
        <translation>Nombre de jours avant la fin de l’invitation (de 1 à 7&#xa0;; 7 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name as the other person will see it.</source>
        <translation>Votre nom tel que l’autre personne le verra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The member&apos;s account id (as &apos;members&apos; lists it).</source>
        <translation>L’identifiant de compte du membre (tel que «&#xa0;members&#xa0;» l’affiche).</translation>
    </message>
    <message>
        <location filename="../../src/cli/clisupport.cpp" line="+35"/>
        <source>Passphrase or recovery key: </source>
        <translation>Phrase secrète ou clé de récupération&#xa0;: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong passphrase or recovery key.</source>
        <translation>Phrase secrète ou clé de récupération incorrecte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase is too weak (%1). %2</source>
        <translation>La phrase secrète est trop faible (%1). %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again: </source>
        <translation>Répétez la même phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Les deux phrases secrètes sont différentes. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/cli/vaultcommands.cpp" line="+26"/>
        <source>Measuring this device to set the passphrase&apos;s protection…</source>
        <translation>Mesure des capacités de cet appareil pour régler la protection de la phrase secrète…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vault created in %1.</source>
        <translation>Coffre-fort créé dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key (write it down now; it is shown only once):</source>
        <translation>Clé de récupération (notez-la maintenant&#xa0;; elle n’est affichée qu’une seule fois)&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 takes a whole number from 1 to %2.</source>
        <translation>--%1 attend un nombre entier de 1 à %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Care-team demo vault created in %1. Its passphrase is in the README; never keep real data in it.</source>
        <translation>Coffre-fort de démonstration pour l’équipe de soins créé dans %1. Sa phrase secrète se trouve dans le README&#xa0;; n’y conservez jamais de vraies données.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo vault created in %1. Its passphrase is in the README; never keep real data in it.</source>
        <translation>Coffre-fort de démonstration créé dans %1. Sa phrase secrète se trouve dans le README&#xa0;; n’y conservez jamais de vraies données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key:</source>
        <translation>Clé de récupération&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n damaged record(s) not counted; run &apos;carecircle-cli verify&apos; for details.</source>
        <translation>
            <numerusform>%n élément endommagé non compté&#xa0;; lancez «&#xa0;carecircle-cli verify&#xa0;» pour en savoir plus.</numerusform>
            <numerusform>%n éléments endommagés non comptés&#xa0;; lancez «&#xa0;carecircle-cli verify&#xa0;» pour en savoir plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Damaged: %1 of %n record(s); the others are intact.</source>
        <translation>
            <numerusform>Éléments endommagés&#xa0;: %1 sur %n&#xa0;; les autres sont intacts.</numerusform>
            <numerusform>Éléments endommagés&#xa0;: %1 sur %n&#xa0;; les autres sont intacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n record(s) are intact.</source>
        <translation>
            <numerusform>L’élément est intact.</numerusform>
            <numerusform>Tous les éléments (%n) sont intacts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>damaged: space %1 record %2: %3</source>
        <translation>endommagé&#xa0;: espace %1, élément %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Current passphrase: </source>
        <translation>Phrase secrète actuelle&#xa0;: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong current passphrase. Nothing was changed.</source>
        <translation>Phrase secrète actuelle incorrecte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase changed.</source>
        <translation>Phrase secrète modifiée.</translation>
    </message>
    <message>
        <location filename="../../src/cli/clisupport.h" line="+68"/>
        <source>The operation did not finish.</source>
        <translation>L’opération n’a pas abouti.</translation>
    </message>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="+19"/>
        <source>%1 (command line)</source>
        <translation>%1 (ligne de commande)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This vault is already connected to a server.</source>
        <translation>Ce coffre-fort est déjà connecté à un serveur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="+33"/>
        <location filename="../../src/cli/synccommands.cpp" line="+12"/>
        <source>This vault is not connected to a server. Use &apos;carecircle-cli connect&apos; first.</source>
        <translation>Ce coffre-fort n’est pas connecté à un serveur. Utilisez d’abord «&#xa0;carecircle-cli connect&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="+11"/>
        <source>Type this code on the new device within 5 minutes:</source>
        <translation>Saisissez ce code sur le nouvel appareil dans les 5&#xa0;minutes&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new device answered; completing the link…</source>
        <translation>Le nouvel appareil a répondu&#xa0;; finalisation de l’association…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new device is linked.</source>
        <translation>Le nouvel appareil est associé.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Vault created in %1 as a linked device.</source>
        <translation>Coffre-fort créé dans %1 en tant qu’appareil associé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key: </source>
        <translation>Clé de récupération&#xa0;: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account restored in %1.</source>
        <translation>Compte restauré dans %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="+14"/>
        <location line="+258"/>
        <source>There is no sharing space with that name.</source>
        <translation>Il n’y a aucun espace de partage portant ce nom.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>--days must be between 1 and 7.</source>
        <translation>--days doit être compris entre 1 et 7.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location filename="../../src/cli/spacecommands.cpp" line="+154"/>
        <source>Created the sharing space &apos;%1&apos;.</source>
        <translation>Espace de partage «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invitation code: %1</source>
        <translation>Code d’invitation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR text: %1</source>
        <translation>Texte du code QR&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the invited person to enter the code…</source>
        <translation>En attente de la saisie du code par la personne invitée…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accepted by: %1</source>
        <translation>Acceptée par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <location line="+70"/>
        <source>Safety number: %1</source>
        <translation>Numéro de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Do the safety numbers match? [y/N]</source>
        <translation>Les numéros de sécurité correspondent-ils&#xa0;? [y/N]</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The safety numbers did not match. The invitation was cancelled.</source>
        <translation>Les numéros de sécurité ne correspondaient pas. L’invitation a été annulée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is now a member (%2).</source>
        <translation>%1 est maintenant membre (%2).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--care-role takes a care role such as gp or caregiver.</source>
        <translation>--care-role attend un rôle dans les soins, comme gp (médecin généraliste) ou caregiver (aidant proche).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Owner: %1</source>
        <translation>Propriétaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space: %1</source>
        <translation>Espace&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accepted. Compare the safety number with the owner; the space arrives once they confirm.</source>
        <translation>Invitation acceptée. Comparez le numéro de sécurité avec le propriétaire&#xa0;; l’espace arrivera dès sa confirmation.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The safety numbers did not match. Nothing was marked as verified.</source>
        <translation>Les numéros de sécurité ne correspondaient pas. Rien n’a été marqué comme vérifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marked %1 as verified on this device.</source>
        <translation>%1 est marqué comme vérifié sur cet appareil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>--member takes an account id as &apos;members&apos; lists it.</source>
        <translation>--member attend un identifiant de compte tel que «&#xa0;members&#xa0;» l’affiche.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removed. The space now uses key version %1; what was shared before stays with the removed person.</source>
        <translation>Membre retiré. L’espace utilise maintenant la version %1 de la clé&#xa0;; ce qui a été partagé auparavant reste accessible à la personne retirée.</translation>
    </message>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="+5"/>
        <source>Create a vault; prints the recovery key once. Reads the new passphrase.</source>
        <translation>Créer un coffre-fort&#xa0;; affiche une seule fois la clé de récupération. Lit la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a vault holding the demo story.</source>
        <translation>Créer un coffre-fort contenant l’histoire de démonstration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock and print one line per record kind: &apos;kind: count&apos;.</source>
        <translation>Déverrouiller et afficher une ligne par type d’élément&#xa0;: «&#xa0;type&#xa0;: nombre&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock and check every record; list each damaged one.</source>
        <translation>Déverrouiller et vérifier chaque élément&#xa0;; lister chaque élément endommagé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase (current, then new, on standard input).</source>
        <translation>Modifier la phrase secrète (l’actuelle, puis la nouvelle, sur l’entrée standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the account and this device on a server (--server URL), then sync. Reads the passphrase.</source>
        <translation>Enregistrer le compte et cet appareil sur un serveur (--server URL), puis synchroniser. Lit la phrase secrète.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Push and pull until done; prints &apos;pushed: N&apos; and &apos;pulled: M&apos;.</source>
        <translation>Envoyer et récupérer les modifications jusqu’à la fin&#xa0;; affiche «&#xa0;pushed: N&#xa0;» et «&#xa0;pulled: M&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a one-time code for a new device, wait up to 5 minutes for it and link it.</source>
        <translation>Afficher un code à usage unique pour un nouvel appareil, l’attendre jusqu’à 5&#xa0;minutes et l’associer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new vault linked to the account that shows --code CODE on --server URL. Reads a new passphrase.</source>
        <translation>Créer un nouveau coffre-fort associé au compte qui affiche --code CODE sur --server URL. Lit une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the account from --server URL into a new vault. Reads the recovery key, then a new passphrase.</source>
        <translation>Restaurer le compte depuis --server URL dans un nouveau coffre-fort. Lit la clé de récupération, puis une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite someone into the own sharing space --space NAME (made if missing) as --role ROLE; prints the code, waits for them, shows the safety number and asks whether it matches. Reads the passphrase, then the answer.</source>
        <translation>Inviter quelqu’un dans votre propre espace de partage --space NAME (créé s’il n’existe pas) avec le rôle --role ROLE&#xa0;; affiche le code, attend la personne, montre le numéro de sécurité et demande s’il correspond. Lit la phrase secrète, puis la réponse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept an invitation (--code CODE): prints the owner, space, role and safety number. Reads the passphrase.</source>
        <translation>Accepter une invitation (--code CODE)&#xa0;: affiche le propriétaire, l’espace, le rôle et le numéro de sécurité. Lit la phrase secrète.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After comparing the safety number (printed again): mark the owner of --space NAME, or --member ID, as verified on this vault.</source>
        <translation>Après avoir comparé le numéro de sécurité (affiché à nouveau)&#xa0;: marquer le propriétaire de --space NOM, ou --member ID, comme vérifié dans ce coffre-fort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the members of --space NAME: account id, role, end date, verified or not.</source>
        <translation>Lister les membres de --space NAME&#xa0;: identifiant de compte, rôle, date de fin, vérifié ou non.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove --member ID from the own space --space NAME; the space gets a new key.</source>
        <translation>Retirer --member ID de votre propre espace --space NAME&#xa0;; l’espace reçoit une nouvelle clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print who fetched the own space --space NAME: time, account, device, count.</source>
        <translation>Afficher qui a récupéré les données de votre propre espace --space NAME&#xa0;: heure, compte, appareil, nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the sharing spaces, one per line: id, member count, your role, name (tab-separated). Syncs first when connected.</source>
        <translation>Affiche les espaces de partage, un par ligne&#xa0;: id, nombre de membres, votre rôle, nom (séparés par des tabulations). Synchronise d’abord si vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create an own sharing space --name NAME; prints its id. Syncs when connected.</source>
        <translation>Crée votre propre espace de partage --name NOM&#xa0;; affiche son id. Synchronise si vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move --record ID (with its progress and comments) into the own space --space NAME, as &apos;Who can see this?&apos; does. Syncs when connected.</source>
        <translation>Déplace --record ID (avec son suivi et ses commentaires) dans votre espace --space NOM, comme le fait «&#xa0;Qui peut voir ceci&#xa0;?&#xa0;». Synchronise si vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the records of --kind KIND, one per line: id, date, space, short label (tab-separated).</source>
        <translation>Affiche les éléments de --kind TYPE, un par ligne&#xa0;: id, date, espace, libellé court (séparés par des tabulations).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: carecircle-cli COMMAND --vault DIR

Passphrases and recovery keys are read from standard input (one per line), never from
arguments or the environment.

Commands:
</source>
        <translation>Utilisation&#xa0;: carecircle-cli COMMANDE --vault DIR

Les phrases secrètes et les clés de récupération sont lues sur l’entrée standard (une par ligne), jamais dans
les arguments ni dans l’environnement.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.
&apos;carecircle-cli COMMAND --help&apos; describes one command.</source>
        <translation>
Code de sortie&#xa0;: 0 OK&#xa0;; 1 erreur&#xa0;; 2 phrase secrète ou clé de récupération incorrecte&#xa0;; 3 éléments endommagés trouvés.
«&#xa0;carecircle-cli COMMANDE --help&#xa0;» décrit une commande.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The own sharing space to move into, by its name (&apos;Private&apos; for the private space).</source>
        <translation>Votre espace de partage de destination, par son nom («&#xa0;Private&#xa0;» pour l’espace privé).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new space&apos;s name (1 to 60 characters, not used by another own space).</source>
        <translation>Le nom du nouvel espace (1 à 60 caractères, pas déjà utilisé par un autre de vos espaces).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s id (as &apos;list&apos; prints it).</source>
        <translation>L’id de l’élément (tel que «&#xa0;list&#xa0;» l’affiche).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of record: goal, activity, check_in, progress or comment.</source>
        <translation>Le type d’élément&#xa0;: goal (objectif), activity (activité), check_in, progress (suivi) ou comment (commentaire).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grow the story with years of history to about N records (per patient with --care-team).</source>
        <translation>Compléter l’histoire par des années d’historique, jusqu’à environ N enregistrements (par patient avec --care-team).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a care team&apos;s vault: a GP whose patients shared their stories with him.</source>
        <translation>Créer le coffre-fort d’une équipe de soins&#xa0;: un médecin généraliste avec qui des patients ont partagé leur histoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many patients the care team&apos;s vault holds (default 3).</source>
        <translation>Nombre de patients dans le coffre-fort de l’équipe de soins (3 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who you are for the owner, e.g. gp, caregiver or home_nurse.</source>
        <translation>Qui vous êtes pour le propriétaire, p. ex. gp (médecin généraliste), caregiver (aidant proche) ou home_nurse (infirmier·ère à domicile).</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The vault folder.</source>
        <translation>Le dossier du coffre-fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s address, e.g. https://care.example.org.</source>
        <translation>L’adresse du serveur, par exemple https://care.example.org.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invitation code you were given.</source>
        <translation>Le code d’invitation que vous avez reçu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link code shown on the other device.</source>
        <translation>Le code d’association affiché sur l’autre appareil.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: carecircle-cli %1 --vault DIR</source>
        <translation>Utilisation&#xa0;: carecircle-cli %1 --vault DIR</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.</source>
        <translation>Code de sortie&#xa0;: 0 OK&#xa0;; 1 erreur&#xa0;; 2 phrase secrète ou clé de récupération incorrecte&#xa0;; 3 éléments endommagés trouvés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected argument &apos;%1&apos;. Passphrases are never given as arguments; they are read from standard input.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Les phrases secrètes ne sont jamais passées en argument&#xa0;; elles sont lues sur l’entrée standard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing --vault DIR.</source>
        <translation>Il manque --vault DIR.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing --%1 %2.</source>
        <translation>--%1 %2 manquant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing or invalid --server URL.</source>
        <translation>--server URL manquant ou non valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing --code CODE.</source>
        <translation>Il manque --code CODE.</translation>
    </message>
    <message>
        <location filename="../../src/cli/secretinput.cpp" line="+46"/>
        <source>Expected a passphrase or key on standard input, found none.</source>
        <translation>Une phrase secrète ou une clé était attendue sur l’entrée standard, mais rien n’a été reçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is too long.</source>
        <translation>La phrase secrète est trop longue.</translation>
    </message>
    <message>
        <location filename="../../src/cli/spacecommands.cpp" line="-128"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Moved to &apos;%1&apos;.</source>
        <translation>Déplacé vers «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--kind takes goal, activity, check_in, progress or comment.</source>
        <translation>--kind accepte goal (objectif), activity (activité), check_in, progress (suivi) ou comment (commentaire).</translation>
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
        <translation>Nouveau&#xa0;: %1</translation>
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
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · about “%2”</source>
        <comment>@info when, and what the comment is about</comment>
        <translation>%1 · à propos de «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CommentThreadCard</name>
    <message>
        <location filename="../../qml/components/cards/CommentThreadCard.qml" line="+18"/>
        <source>When someone in your care circle comments, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Quand une personne de votre cercle de soins laissera un commentaire, vous le lirez ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Comments (%n new)</source>
        <comment>@title:group</comment>
        <translation>
            <numerusform>Commentaires (%n nouveau)</numerusform>
            <numerusform>Commentaires (%n nouveaux)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <comment>@title:group</comment>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No comments yet</source>
        <comment>@info empty comments</comment>
        <translation>Pas encore de commentaires</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a comment…</source>
        <comment>@info:placeholder</comment>
        <translation>Écrivez un commentaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your comment</source>
        <comment>@label</comment>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add comment</source>
        <comment>@action:button</comment>
        <translation>Ajouter un commentaire</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/ConfirmDialog.qml" line="+16"/>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ConflictsController</name>
    <message>
        <location filename="../../src/app/sync/conflictscontroller.cpp" line="+129"/>
        <source>The record this text belonged to was deleted, so it cannot be put back.</source>
        <translation>L’élément auquel appartenait ce texte a été supprimé&#xa0;: le texte ne peut donc pas être rétabli.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../qml/pages/sync/ConflictsPage.qml" line="+20"/>
        <source>Edits to review</source>
        <comment>@title:window</comment>
        <translation>Modifications à vérifier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to review</source>
        <comment>@title:group</comment>
        <translation>Rien à vérifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the same text is changed on two of your devices before they sync, the newest edit is kept and the other one appears here, so nothing you wrote is lost.</source>
        <comment>@info empty conflicts</comment>
        <translation>Quand le même texte est modifié sur deux de vos appareils avant leur synchronisation, la modification la plus récente est conservée et l’autre apparaît ici. Ainsi, rien de ce que vous avez écrit n’est perdu.</translation>
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
        <translation>Texte remplacé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Now</source>
        <comment>@label current text</comment>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Put this text back</source>
        <comment>@action:button</comment>
        <translation>Rétablir ce texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the overwritten text back in %1</source>
        <comment>@action:button accessible</comment>
        <translation>Rétablir le texte remplacé dans %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the newest</source>
        <comment>@action:button</comment>
        <translation>Garder le plus récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest text and let this one go</source>
        <comment>@action:button accessible</comment>
        <translation>Garder le texte le plus récent et abandonner celui-ci</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <location filename="../../src/crypto/aead.cpp" line="+32"/>
        <location filename="../../src/crypto/hkdf.cpp" line="+133"/>
        <location filename="../../src/crypto/keypair.cpp" line="+55"/>
        <source>The encryption library reported an internal failure.</source>
        <translation>La bibliothèque de chiffrement a signalé une erreur interne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The encryption key has the wrong length.</source>
        <translation>La clé de chiffrement n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nonce has the wrong length.</source>
        <translation>Le nonce n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+51"/>
        <source>The data is too large to encrypt in one piece.</source>
        <translation>Les données sont trop volumineuses pour être chiffrées en une seule fois.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The data could not be decrypted: the key is wrong or the data was altered.</source>
        <translation>Les données n’ont pas pu être déchiffrées&#xa0;: la clé est incorrecte ou les données ont été modifiées.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The encrypted data is too short to be valid.</source>
        <translation>Les données chiffrées sont trop courtes pour être valides.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/argon2id.cpp" line="+61"/>
        <source>The salt for the passphrase key is too short.</source>
        <translation>Le sel de la clé issue de la phrase secrète est trop court.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase key settings are outside the supported range.</source>
        <translation>Les paramètres de la clé issue de la phrase secrète sont en dehors des limites prises en charge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/crypto/hkdf.cpp" line="-29"/>
        <source>The requested key length is not supported.</source>
        <translation>La longueur de clé demandée n’est pas prise en charge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An input to the passphrase key is too large.</source>
        <translation>Une donnée d’entrée de la clé issue de la phrase secrète est trop volumineuse.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is not enough memory to derive the passphrase key.</source>
        <translation>Il n’y a pas assez de mémoire pour calculer la clé issue de la phrase secrète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deriving the passphrase key failed.</source>
        <translation>Le calcul de la clé issue de la phrase secrète a échoué.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/hkdf.cpp" line="+2"/>
        <source>The key derivation label is too long.</source>
        <translation>Le libellé de dérivation de clé est trop long.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/keypair.cpp" line="+6"/>
        <source>The secret key has the wrong length.</source>
        <translation>La clé secrète n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The public key is not valid.</source>
        <translation>La clé publique n’est pas valide.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The sealed data is too short to be valid.</source>
        <translation>Les données scellées sont trop courtes pour être valides.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sealed data could not be opened: it is for someone else or was altered.</source>
        <translation>Les données scellées n’ont pas pu être ouvertes&#xa0;: elles sont destinées à quelqu’un d’autre ou ont été modifiées.</translation>
    </message>
</context>
<context>
    <name>DamagedRecordsBanner</name>
    <message numerus="yes">
        <location filename="../../qml/components/controls/DamagedRecordsBanner.qml" line="+50"/>
        <source>%n record(s) could not be read and were set aside. Nothing was deleted; the rest of your information is fine.</source>
        <comment>@info damaged records banner</comment>
        <translation>
            <numerusform>%n élément n’a pas pu être lu et a été mis de côté. Rien n’a été supprimé&#xa0;; le reste de vos informations est intact.</numerusform>
            <numerusform>%n éléments n’ont pas pu être lus et ont été mis de côté. Rien n’a été supprimé&#xa0;; le reste de vos informations est intact.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide details</source>
        <comment>@action:button</comment>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show details</source>
        <comment>@action:button</comment>
        <translation>Afficher les détails</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../qml/components/controls/DateField.qml" line="+28"/>
        <source>Fill in this date.</source>
        <comment>@info validation</comment>
        <translation>Indiquez cette date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a real day. Check the day, month and year (four digits).</source>
        <comment>@info validation</comment>
        <translation>Ce jour n’existe pas. Vérifiez le jour, le mois et l’année (quatre chiffres).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (required)</source>
        <comment>@label a field that must be filled in</comment>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Day</source>
        <comment>@label:textbox date</comment>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>%1: %2</source>
        <comment>@label date field: which date, then day/month/year</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Month</source>
        <comment>@label:textbox date</comment>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <comment>@label:textbox date</comment>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/DeviceDelegate.qml" line="+23"/>
        <source>%1, this device. %2</source>
        <comment>@info accessible device row</comment>
        <translation>%1, cet appareil. %2</translation>
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
        <translation>%1 (cet appareil)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove</source>
        <comment>@action:button remove device</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from your account</source>
        <comment>@action:button accessible</comment>
        <translation>Retirer %1 de votre compte</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../qml/components/controls/DialogButtons.qml" line="+16"/>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DiscardDraftDialog</name>
    <message>
        <location filename="../../qml/components/shell/DiscardDraftDialog.qml" line="+30"/>
        <source>Discard this draft?</source>
        <comment>@title:window unsaved input</comment>
        <translation>Abandonner ce brouillon&#xa0;?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What you entered on this page is not saved yet. If you leave now, it is lost.</source>
        <comment>@info unsaved input</comment>
        <translation>Ce que vous avez saisi sur cette page n’est pas encore enregistré. Si vous quittez la page maintenant, ce sera perdu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep editing</source>
        <comment>@action:button unsaved input</comment>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard</source>
        <comment>@action:button unsaved input</comment>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the draft</source>
        <comment>@action:button accessible</comment>
        <translation>Abandonner le brouillon</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../src/domain/activity.cpp" line="+94"/>
        <source>An activity needs a title.</source>
        <translation>Une activité doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of activity is not one CareCircle knows.</source>
        <translation>Ce type d’activité n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The activity&apos;s status is not one CareCircle knows.</source>
        <translation>Le statut de l’activité n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The activity has too many entries.</source>
        <translation>L’activité contient trop d’entrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activity refers to an invalid goal.</source>
        <translation>L’activité renvoie à un objectif non valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The activity refers to an invalid person.</source>
        <translation>L’activité renvoie à une personne non valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An entry of the activity&apos;s log is invalid.</source>
        <translation>Une entrée du journal de l’activité n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careplan.cpp" line="+63"/>
        <source>The care plan needs a title.</source>
        <translation>Le plan de soins doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s status is not one CareCircle knows.</source>
        <translation>Le statut du plan de soins n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A date of the care plan is out of range.</source>
        <translation>Une date du plan de soins est en dehors des limites autorisées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s period ends before it starts.</source>
        <translation>La période du plan de soins se termine avant de commencer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan&apos;s coordinator is invalid.</source>
        <translation>Le coordinateur du plan de soins n’est pas valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The care plan has too many agreements.</source>
        <translation>Le plan de soins contient trop d’accords.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agreement is empty or invalid.</source>
        <translation>Un accord est vide ou non valide.</translation>
    </message>
    <message>
        <location filename="../../src/domain/carestore.cpp" line="+187"/>
        <source>The record is of an unknown kind.</source>
        <translation>L’élément est d’un type inconnu.</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>The sharing space does not exist.</source>
        <translation>L’espace de partage n’existe pas.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+64"/>
        <source>That item no longer exists.</source>
        <translation>Cet élément n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteammember.cpp" line="+60"/>
        <source>A care team member needs a name.</source>
        <translation>Un membre de l’équipe de soins doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role is not one CareCircle knows.</source>
        <translation>Ce rôle n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A care team member&apos;s details are too long.</source>
        <translation>Les informations d’un membre de l’équipe de soins sont trop longues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/careteamrules.cpp" line="-29"/>
        <source>The linked account is invalid.</source>
        <translation>Le compte associé n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../src/domain/checkin.cpp" line="+107"/>
        <location filename="../../src/domain/fieldreader.cpp" line="+27"/>
        <source>The field “%1” has the wrong type.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n’a pas le bon type.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>The field “%1” is missing.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est manquant.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A check-in needs the person who completed it.</source>
        <translation>Un bilan doit indiquer la personne qui l’a rempli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check-in needs a valid time.</source>
        <translation>Un bilan doit avoir une date et une heure valides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check-in needs at least one answer.</source>
        <translation>Un bilan doit contenir au moins une réponse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A check-in domain is not one CareCircle knows.</source>
        <translation>Un domaine de vie du bilan n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/progressentry.cpp" line="+70"/>
        <source>A rating must be between 0 and 10.</source>
        <translation>Une note doit être comprise entre 0 et 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note of the check-in is invalid.</source>
        <translation>Une remarque du bilan n’est pas valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A check-in holds too many instrument results.</source>
        <translation>Un bilan contient trop de résultats de questionnaires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The questionnaire is not one CareCircle knows.</source>
        <translation>Ce questionnaire n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A questionnaire result needs its version and language.</source>
        <translation>Le résultat d’un questionnaire doit indiquer sa version et sa langue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A questionnaire score is out of range.</source>
        <translation>Le score d’un questionnaire est en dehors des limites autorisées.</translation>
    </message>
    <message>
        <location filename="../../src/domain/comment.cpp" line="+60"/>
        <source>A comment must belong to a record.</source>
        <translation>Un commentaire doit être lié à un élément.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment needs an author.</source>
        <translation>Un commentaire doit avoir un auteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment&apos;s author has an unknown role.</source>
        <translation>L’auteur du commentaire a un rôle inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment cannot be empty.</source>
        <translation>Un commentaire ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment needs a valid time.</source>
        <translation>Un commentaire doit avoir une date et une heure valides.</translation>
    </message>
    <message>
        <location filename="../../src/domain/envelope.cpp" line="+25"/>
        <source>A record is malformed and could not be read.</source>
        <translation>Un élément est mal formé et n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>A record was written by a newer version of CareCircle and cannot be read.</source>
        <translation>Un élément a été enregistré par une version plus récente de CareCircle et ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The record is of another kind than expected.</source>
        <translation>L’élément n’est pas du type attendu.</translation>
    </message>
    <message>
        <location filename="../../src/domain/fieldreader.cpp" line="+28"/>
        <location line="+17"/>
        <location line="+145"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>The field “%1” is too long.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est trop long.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The field “%1” has an invalid language tag.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient un code de langue non valide.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+19"/>
        <location line="+56"/>
        <source>The field “%1” is out of range.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est en dehors des limites autorisées.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The field “%1” is not a valid date.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne contient pas une date valide.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+13"/>
        <source>The field “%1” does not hold a valid record id.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne contient pas un identifiant d’élément valide.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The field “%1” holds an invalid text.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient un texte non valide.</translation>
    </message>
    <message>
        <location filename="../../src/domain/goal.cpp" line="+89"/>
        <source>The kind of goal is not one CareCircle knows.</source>
        <translation>Ce type d’objectif n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s domain is not one CareCircle knows.</source>
        <translation>Le domaine de vie de l’objectif n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s status is not one CareCircle knows.</source>
        <translation>Le statut de l’objectif n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s achievement is not one CareCircle knows.</source>
        <translation>Le degré de réalisation de l’objectif n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal needs what matters to you or a target.</source>
        <translation>Un objectif doit indiquer ce qui compte pour vous ou un but à atteindre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A text of the goal is invalid.</source>
        <translation>Un texte de l’objectif n’est pas valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s priority must be 1, 2 or 3.</source>
        <translation>La priorité de l’objectif doit être 1, 2 ou 3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal&apos;s target date is out of range.</source>
        <translation>La date visée pour l’objectif est en dehors des limites autorisées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The goal has too many steps.</source>
        <translation>L’objectif comporte trop d’étapes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A step of the goal is empty or invalid.</source>
        <translation>Une étape de l’objectif est vide ou non valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The goal&apos;s author is invalid.</source>
        <translation>L’auteur de l’objectif n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../src/domain/hlc.cpp" line="+34"/>
        <location line="+12"/>
        <location line="+48"/>
        <source>A change stamp is malformed.</source>
        <translation>Un horodatage de modification est mal formé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A change is dated more than a minute in the future; check the device&apos;s clock.</source>
        <translation>Une modification est datée de plus d’une minute dans le futur&#xa0;; vérifiez l’horloge de l’appareil.</translation>
    </message>
    <message>
        <location filename="../../src/domain/patientprofile.cpp" line="+80"/>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long.</source>
        <translation>Le nom est trop long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile needs a valid language.</source>
        <translation>Le profil doit avoir une langue valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/domain/spaceinfo.cpp" line="+66"/>
        <source>The birth year is out of range.</source>
        <translation>L’année de naissance est en dehors des limites autorisées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are too many conditions.</source>
        <translation>Il y a trop de problèmes de santé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each condition needs a description.</source>
        <translation>Chaque problème de santé doit avoir une description.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A condition&apos;s code is invalid.</source>
        <translation>Le code d’un problème de santé n’est pas valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The emergency contact is too long.</source>
        <translation>Le contact en cas d’urgence est trop long.</translation>
    </message>
    <message>
        <location filename="../../src/domain/progressentry.cpp" line="-6"/>
        <source>A progress note must belong to a goal.</source>
        <translation>Une note de suivi doit être liée à un objectif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs a date.</source>
        <translation>Une note de suivi doit avoir une date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs an author.</source>
        <translation>Une note de suivi doit avoir un auteur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The measured value is not a number.</source>
        <translation>La valeur mesurée n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit needs a value and must be short.</source>
        <translation>Une unité doit être accompagnée d’une valeur et rester courte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is invalid.</source>
        <translation>La remarque n’est pas valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A progress note needs a rating, a value or a note.</source>
        <translation>Une note de suivi doit contenir une note chiffrée, une valeur ou une remarque.</translation>
    </message>
    <message>
        <location filename="../../src/domain/schedule.cpp" line="+142"/>
        <location line="+36"/>
        <source>The field “%1” holds an invalid schedule.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient un horaire non valide.</translation>
    </message>
    <message>
        <location filename="../../src/domain/conflictcopy.cpp" line="+88"/>
        <source>A kept text must belong to a record.</source>
        <translation>Un texte conservé doit être lié à un élément.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kept text cannot be empty.</source>
        <translation>Un texte conservé ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kept text needs valid times.</source>
        <translation>Un texte conservé doit avoir des dates et heures valides.</translation>
    </message>
    <message>
        <location filename="../../src/domain/spaceinfo.cpp" line="-6"/>
        <source>A sharing space needs a name.</source>
        <translation>Un espace de partage doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A space name can be at most 60 characters.</source>
        <translation>Le nom d’un espace peut compter au maximum 60 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the offered colours.</source>
        <translation>Choisissez une des couleurs proposées.</translation>
    </message>
    <message>
        <location filename="../../src/domain/ownspaces.cpp" line="+21"/>
        <source>You already have a space called “%1”.</source>
        <translation>Vous avez déjà un espace nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That space no longer exists.</source>
        <translation>Cet espace n’existe plus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no sharing space with that name.</source>
        <translation>Il n’y a aucun espace de partage portant ce nom.</translation>
    </message>
    <message>
        <location filename="../../src/domain/actor.cpp" line="+41"/>
        <source>Who made this change is malformed.</source>
        <translation>L’auteur de cette modification est illisible.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who made this change needs an account and a name.</source>
        <translation>L’auteur de cette modification doit avoir un compte et un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who made this change has an unknown role.</source>
        <translation>L’auteur de cette modification a un rôle inconnu.</translation>
    </message>
</context>
<context>
    <name>DomainRatingDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/DomainRatingDelegate.qml" line="+32"/>
        <source>%1: %2</source>
        <comment>@label:check accessible name: the part of life, then the option</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, how it is now, from 0 (%2) to 10 (%3)</source>
        <comment>@label:slider check-in rating</comment>
        <translation>%1, comment cela va maintenant, de 0 (%2) à 10 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answered yet</source>
        <comment>@info accessible</comment>
        <translation>Pas encore de réponse</translation>
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
        <translation>Touchez ou faites glisser le curseur, ou utilisez les touches fléchées, pour choisir un nombre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add where I’d like to be</source>
        <comment>@option:check check-in wish</comment>
        <translation>Ajouter où j’aimerais être</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, where I’d like to be, from 0 to 10</source>
        <comment>@label:slider check-in wish</comment>
        <translation>%1, où j’aimerais être, de 0 à 10</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I want to discuss this with my care team</source>
        <comment>@option:check check-in</comment>
        <translation>Je veux en parler avec mon équipe de soins</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note, if you like (optional)</source>
        <comment>@info:placeholder check-in note</comment>
        <translation>Une remarque, si vous le souhaitez (facultatif)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note about %1</source>
        <comment>@label:textbox check-in</comment>
        <translation>Remarque sur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DoneLogModel</name>
    <message>
        <location filename="../../src/app/plan/donelogmodel.cpp" line="+35"/>
        <source>Someone no longer in the care team</source>
        <comment>@info done by</comment>
        <translation>Une personne qui ne fait plus partie de l’équipe de soins</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/GoalDelegate.qml" line="+31"/>
        <source>No rating yet</source>
        <comment>@info goal progress</comment>
        <translation>Pas encore de note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rating: %1 out of %2 (%3)</source>
        <comment>@info goal progress; %3 is a day</comment>
        <translation>Dernière note&#xa0;: %1 sur %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last rating: %1 out of %2</source>
        <comment>@info goal progress</comment>
        <translation>Dernière note&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%1 of %n step(s) done</source>
        <comment>@info goal steps</comment>
        <translation>
            <numerusform>Étapes terminées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Étapes terminées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hoping to get there by %1</source>
        <comment>@info goal target date</comment>
        <translation>J’espère y arriver d’ici le %1</translation>
    </message>
</context>
<context>
    <name>GoalDetailPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalDetailPage.qml" line="+59"/>
        <source>Goal</source>
        <comment>@title:window</comment>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Progress saved</source>
        <comment>@info confirmation</comment>
        <translation>Progrès enregistré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete this goal?</source>
        <comment>@title:window</comment>
        <translation>Supprimer cet objectif&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal, its steps and its place in your list go away. Its progress notes stay in your vault. You can undo this for a few seconds.</source>
        <comment>@info delete goal</comment>
        <translation>L’objectif, ses étapes et sa place dans votre liste disparaissent. Ses notes de suivi restent dans votre coffre-fort. Vous pouvez annuler pendant quelques secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete goal</source>
        <comment>@action:button</comment>
        <translation>Supprimer l’objectif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a goal</source>
        <comment>@info empty goal detail</comment>
        <translation>Choisissez un objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goal yet</source>
        <comment>@info empty goal detail</comment>
        <translation>Pas encore d’objectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a goal in the list to see its steps and how it is going.</source>
        <comment>@info empty goal detail</comment>
        <translation>Choisissez un objectif dans la liste pour voir ses étapes et son évolution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your goal will show here once you have written it.</source>
        <comment>@info empty goal detail</comment>
        <translation>Votre objectif apparaîtra ici dès que vous l’aurez écrit.</translation>
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
        <translation>But à atteindre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hoping to get there by %1</source>
        <comment>@info goal target date</comment>
        <translation>J’espère y arriver d’ici le %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the words of %1</source>
        <comment>@info who expressed the goal</comment>
        <translation>Avec les mots de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last changed by %1</source>
        <comment>@info who last changed it, e.g. Els Peeters for Maria</comment>
        <translation>Dernière modification par %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log progress</source>
        <comment>@action:button</comment>
        <translation>Noter les progrès</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this goal</source>
        <comment>@action:button accessible</comment>
        <translation>Modifier cet objectif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete</source>
        <comment>@action:button</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this goal</source>
        <comment>@action:button accessible</comment>
        <translation>Supprimer cet objectif</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where it stands</source>
        <comment>@title:group goal status</comment>
        <translation>Où en est l’objectif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <comment>@label:listbox goal status</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>How it is going</source>
        <comment>@label:listbox goal achievement</comment>
        <translation>Comment cela se passe</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Steps · %1 of %n done</source>
        <comment>@title:group goal steps</comment>
        <translation>
            <numerusform>Étapes · %1 sur %n terminée</numerusform>
            <numerusform>Étapes · %1 sur %n terminées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <comment>@title:group goal steps</comment>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No steps yet</source>
        <comment>@info empty steps</comment>
        <translation>Pas encore d’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big goals get easier in small steps. Choose Edit to add a few, like “walk to the corner and back”.</source>
        <comment>@info empty steps</comment>
        <translation>Les grands objectifs deviennent plus faciles par petites étapes. Choisissez «&#xa0;Modifier&#xa0;» pour en ajouter quelques-unes, comme «&#xa0;marcher jusqu’au coin de la rue et revenir&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How it has moved</source>
        <comment>@title:group goal progress</comment>
        <translation>Évolution</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Show earlier entries (%n more)</source>
        <comment>@action:button goal progress</comment>
        <translation>
            <numerusform>Afficher les entrées antérieures (encore %n)</numerusform>
            <numerusform>Afficher les entrées antérieures (encore %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No progress logged yet</source>
        <comment>@info empty progress</comment>
        <translation>Aucun progrès noté pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose “Log progress” now and then to note how close you feel to this goal. Over time you will see it move.</source>
        <comment>@info empty progress</comment>
        <translation>Choisissez «&#xa0;Noter les progrès&#xa0;» de temps en temps pour indiquer à quel point vous vous sentez proche de cet objectif. Avec le temps, vous verrez l’évolution.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When someone in your care circle comments on this goal, you will read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Quand une personne de votre cercle de soins commentera cet objectif, vous le lirez ici.</translation>
    </message>
</context>
<context>
    <name>GoalEditorPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalEditorPage.qml" line="+69"/>
        <source>Write in your own words what matters to you: that is the heart of a goal.</source>
        <comment>@info validation</comment>
        <translation>Écrivez avec vos propres mots ce qui compte pour vous&#xa0;: c’est le cœur d’un objectif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the part of life this goal is about.</source>
        <comment>@info validation</comment>
        <translation>Choisissez le domaine de vie concerné par cet objectif.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit goal</source>
        <comment>@title:window</comment>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <comment>@title:window</comment>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>In your own words: what would you like to be able to do, again or still?</source>
        <comment>@info</comment>
        <translation>Avec vos propres mots&#xa0;: qu’aimeriez-vous pouvoir refaire, ou continuer à faire&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: walking to the Saturday market again</source>
        <comment>@info:placeholder</comment>
        <translation>Par exemple&#xa0;: retourner à pied au marché du samedi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kind of goal</source>
        <comment>@label:listbox</comment>
        <translation>Type d’objectif</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose…</source>
        <comment>@item:inlistbox no domain chosen yet</comment>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How will I know I got there? (optional)</source>
        <comment>@label:textbox</comment>
        <translation>À quoi verrai-je que l’objectif est atteint&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: walk 500 m with my rollator</source>
        <comment>@info:placeholder</comment>
        <translation>Par exemple&#xa0;: marcher 500&#xa0;m avec mon rollator</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When would I like to get there? (optional)</source>
        <comment>@label</comment>
        <translation>Quand aimerais-je y arriver&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>What matters to me (required)</source>
        <comment>@label:textbox</comment>
        <translation>Ce qui compte pour moi (obligatoire)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Part of life (required)</source>
        <comment>@label:listbox</comment>
        <translation>Domaine de vie (obligatoire)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>How important is it now?</source>
        <comment>@label:listbox priority</comment>
        <translation>À quel point est-ce important maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Very important</source>
        <comment>@item:inlistbox priority 1</comment>
        <translation>Très important</translation>
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
        <translation>Un jour peut-être</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Steps</source>
        <comment>@title:group</comment>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small steps that bring you closer. You can tick them off later.</source>
        <comment>@info</comment>
        <translation>De petites étapes qui vous rapprochent du but. Vous pourrez les cocher plus tard.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a step</source>
        <comment>@action:button</comment>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save changes</source>
        <comment>@action:button</comment>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save goal</source>
        <comment>@action:button</comment>
        <translation>Enregistrer l’objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+S</source>
        <comment>@info accessible</comment>
        <translation>Raccourci&#xa0;: Ctrl+S</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../qml/pages/goals/GoalsPage.qml" line="+59"/>
        <source>Goals</source>
        <comment>@title:window</comment>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Goal deleted</source>
        <comment>@info</comment>
        <translation>Objectif supprimé</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>What matters to %1</source>
        <comment>@title goals page in a patient&apos;s circle, e.g. What matters to Maria</comment>
        <translation>Ce qui compte pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matters to me</source>
        <comment>@title goals page</comment>
        <translation>Ce qui compte pour moi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New goal</source>
        <comment>@action:button</comment>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new goal</source>
        <comment>@action:button accessible</comment>
        <translation>Écrire un nouvel objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+N</source>
        <comment>@info accessible</comment>
        <translation>Raccourci&#xa0;: Ctrl+N</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show</source>
        <comment>@label:listbox goal status filter</comment>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goals I am working on</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Objectifs en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done or stopped</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Terminés ou arrêtés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All goals</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Part of life</source>
        <comment>@label:listbox goal domain filter</comment>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every part of life</source>
        <comment>@item:inlistbox goal filter</comment>
        <translation>Tous les domaines de vie</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Write your first goal</source>
        <comment>@title:group empty goals</comment>
        <translation>Écrivez votre premier objectif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would you like to be able to do again, or keep doing? Write it in your own words, for example “Walk to the Saturday market again”.</source>
        <comment>@info empty goals</comment>
        <translation>Qu’aimeriez-vous pouvoir refaire, ou continuer à faire&#xa0;? Écrivez-le avec vos propres mots, par exemple «&#xa0;Retourner à pied au marché du samedi&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Then break it into small steps, choose a date to aim for, and note now and then how it is going. Your care team can help you get there.</source>
        <comment>@info empty goals</comment>
        <translation>Découpez-le ensuite en petites étapes, choisissez une date à viser et notez de temps en temps comment cela avance. Votre équipe de soins peut vous aider à y arriver.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write what matters to me</source>
        <comment>@action:button</comment>
        <translation>Écrire ce qui compte pour moi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No goals here</source>
        <comment>@info empty filtered goals</comment>
        <translation>Aucun objectif ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of your goals matches these choices. Choose “All goals” and “Every part of life” to see them all.</source>
        <comment>@info empty filtered goals</comment>
        <translation>Aucun de vos objectifs ne correspond à ces choix. Choisissez «&#xa0;Tous les objectifs&#xa0;» et «&#xa0;Tous les domaines de vie&#xa0;» pour les voir tous.</translation>
    </message>
</context>
<context>
    <name>HistoryLoadingRow</name>
    <message>
        <location filename="../../qml/components/controls/HistoryLoadingRow.qml" line="+26"/>
        <source>Reading your older entries…</source>
        <comment>@info:progress after unlocking a large vault</comment>
        <translation>Lecture de vos données plus anciennes…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/home/HomePage.qml" line="+39"/>
        <source>Your last check-in was lower than before for: %1</source>
        <comment>@info attention flag for the patient, check-in domains</comment>
        <translation>Votre dernier bilan était moins bon qu’avant pour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You would like to talk about: %1</source>
        <comment>@info attention flag for the patient, check-in domains</comment>
        <translation>Vous souhaitez parler de&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your care plan was due for review on %1</source>
        <comment>@info attention flag for the patient, a date</comment>
        <translation>Votre plan de soins devait être revu le %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of your goals is getting harder</source>
        <comment>@info attention flag for the patient</comment>
        <translation>
            <numerusform>%n de vos objectifs devient plus difficile</numerusform>
            <numerusform>%n de vos objectifs deviennent plus difficiles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Good morning, %1</source>
        <comment>@title greeting</comment>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good morning</source>
        <comment>@title greeting</comment>
        <translation>Bonjour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good afternoon, %1</source>
        <comment>@title greeting</comment>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good afternoon</source>
        <comment>@title greeting</comment>
        <translation>Bonjour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good evening, %1</source>
        <comment>@title greeting</comment>
        <translation>Bonsoir, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good evening</source>
        <comment>@title greeting</comment>
        <translation>Bonsoir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <comment>@title:window home page</comment>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your care plan “%1” · next review with your care team: %2</source>
        <comment>@info home plan summary</comment>
        <translation>Votre plan de soins «&#xa0;%1&#xa0;» · prochaine réévaluation avec votre équipe de soins&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your care plan “%1”</source>
        <comment>@info home plan summary</comment>
        <translation>Votre plan de soins «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>My patients</source>
        <comment>@title:group home</comment>
        <translation>Mes patients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Those who need attention come first.</source>
        <comment>@info home my patients</comment>
        <translation>Les personnes qui ont besoin d’attention apparaissent en premier.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your patients appear here once CareCircle has read what they share with you.</source>
        <comment>@info home my patients</comment>
        <translation>Vos patients apparaissent ici dès que CareCircle a lu ce qu’ils partagent avec vous.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>All %n patient(s)</source>
        <comment>@action:button home</comment>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>Les %n patients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open My patients</source>
        <comment>@action:button home</comment>
        <translation>Ouvrir Mes patients</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What your care team is asked to look at</source>
        <comment>@title:group home attention flags</comment>
        <translation>Ce que votre équipe de soins est invitée à regarder</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CareCircle points these out to the people in: %1. You choose this per space under Sharing.</source>
        <comment>@info home attention flags, space names</comment>
        <translation>CareCircle le signale aux personnes de&#xa0;: %1. Vous choisissez cela pour chaque espace dans Partage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weekly check-in</source>
        <comment>@title:group home</comment>
        <translation>Bilan de la semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How are you doing this week? Your last check-in: %1</source>
        <comment>@info home</comment>
        <translation>Comment allez-vous cette semaine&#xa0;? Votre dernier bilan&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you doing this week? A check-in takes a minute.</source>
        <comment>@info home</comment>
        <translation>Comment allez-vous cette semaine&#xa0;? Un bilan ne prend qu’une minute.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start a check-in</source>
        <comment>@action:button home</comment>
        <translation>Commencer un bilan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edits to review</source>
        <comment>@title:group</comment>
        <translation>Modifications à vérifier</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n text(s) were changed on two devices at the same time. CareCircle kept the newest edit and saved the other one for you to look at.</source>
        <comment>@info conflicts</comment>
        <translation>
            <numerusform>%n texte a été modifié sur deux appareils en même temps. CareCircle a gardé la modification la plus récente et a mis l’autre de côté pour que vous puissiez la consulter.</numerusform>
            <numerusform>%n textes ont été modifiés sur deux appareils en même temps. CareCircle a gardé chaque fois la modification la plus récente et a mis l’autre de côté pour que vous puissiez la consulter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review</source>
        <comment>@action:button review conflicting edits</comment>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the overwritten texts</source>
        <comment>@action:button accessible</comment>
        <translation>Vérifier les textes remplacés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your care plan will appear here</source>
        <comment>@title:group</comment>
        <translation>Votre plan de soins apparaîtra ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When you and your care team make a care plan, you will see here what is planned for the coming days: visits, appointments and the things you do yourself.</source>
        <comment>@info empty home</comment>
        <translation>Quand vous aurez établi un plan de soins avec votre équipe de soins, vous verrez ici ce qui est prévu pour les prochains jours&#xa0;: visites, rendez-vous et ce que vous faites vous-même.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start by writing what matters to you. Your goals and short check-ins on how you are doing come next, and they help your care team plan care around you.</source>
        <comment>@info empty home</comment>
        <translation>Commencez par écrire ce qui compte pour vous. Viendront ensuite vos objectifs et de courts bilans sur la façon dont vous allez&#xa0;; ils aident votre équipe de soins à organiser les soins autour de vous.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Coming up</source>
        <comment>@title:group next activities</comment>
        <translation>À venir</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>And %n more this week</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Et %n autre cette semaine</numerusform>
            <numerusform>Et %n autres cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing planned for the next seven days</source>
        <comment>@info empty</comment>
        <translation>Rien de prévu pour les sept prochains jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enjoy the quiet days. New visits and appointments show up here as soon as they are planned.</source>
        <comment>@info empty</comment>
        <translation>Profitez de ces jours calmes. Les nouvelles visites et les nouveaux rendez-vous apparaîtront ici dès qu’ils seront prévus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits, appointments and the things you do yourself show up here once they are in your care plan.</source>
        <comment>@info empty</comment>
        <translation>Les visites, les rendez-vous et ce que vous faites vous-même apparaîtront ici dès qu’ils figureront dans votre plan de soins.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to me</source>
        <comment>@title:group goals</comment>
        <translation>Ce qui compte pour moi</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>And %n more goal(s)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Et %n autre objectif</numerusform>
            <numerusform>Et %n autres objectifs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to you?</source>
        <comment>@info empty goals</comment>
        <translation>Qu’est-ce qui compte pour vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start by writing what matters to you, in your own words: walking to the market again, enjoying time with your grandchildren, sleeping better. Your goals will be listed here with how they are going.</source>
        <comment>@info empty goals</comment>
        <translation>Commencez par écrire ce qui compte pour vous, avec vos propres mots&#xa0;: retourner à pied au marché, profiter de vos petits-enfants, mieux dormir. Vos objectifs apparaîtront ici, avec leur évolution.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last check-in</source>
        <comment>@title:group</comment>
        <translation>Dernier bilan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · filled in by %2</source>
        <comment>@info check-in date, who filled it in (e.g. Els Peeters for Maria)</comment>
        <translation>%1 · rempli par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · filled in by someone helping you</source>
        <comment>@info check-in date, by proxy</comment>
        <translation>%1 · rempli par une personne qui vous aide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>0 means very hard, 10 means very good.</source>
        <comment>@info check-in scale</comment>
        <translation>0 signifie très difficile, 10 signifie très bien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No check-in yet</source>
        <comment>@info empty check-in</comment>
        <translation>Pas encore de bilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check-in takes a minute: how are your body, mind, meaning in life, quality of life, taking part and daily life going? You’ll see your answers here, and you can mark what you’d like to talk about with your care team.</source>
        <comment>@info empty check-in</comment>
        <translation>Un bilan prend une minute&#xa0;: comment vont votre corps, votre moral, le sens de votre vie, votre qualité de vie, votre participation et votre vie quotidienne&#xa0;? Vous verrez vos réponses ici et vous pourrez indiquer ce dont vous aimeriez parler avec votre équipe de soins.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New comments</source>
        <comment>@title:group</comment>
        <translation>Nouveaux commentaires</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No new comments</source>
        <comment>@info empty comments</comment>
        <translation>Pas de nouveau commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone in your care circle writes to you about your plan or your goals, you’ll read it here.</source>
        <comment>@info empty comments</comment>
        <translation>Quand une personne de votre cercle de soins vous écrit au sujet de votre plan ou de vos objectifs, vous le lirez ici.</translation>
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
        <translation>Ce questionnaire n’est pas disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and choose another one.</source>
        <comment>@info</comment>
        <translation>Revenez en arrière et choisissez-en un autre.</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>See my result</source>
        <comment>@action:button questionnaire</comment>
        <translation>Voir mon résultat</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Answered %1 of %n</source>
        <comment>@action:button questionnaire, disabled</comment>
        <translation>
            <numerusform>Réponses&#xa0;: %1 sur %n</numerusform>
            <numerusform>Réponses&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <location filename="../../qml/pages/sharing/InvitePage.qml" line="+20"/>
        <source>Someone not in your care team yet</source>
        <comment>@item:inlistbox</comment>
        <translation>Quelqu’un qui n’est pas encore dans votre équipe de soins</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite to “%1”</source>
        <comment>@title:window</comment>
        <translation>Inviter dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Who are you inviting?</source>
        <comment>@title:group</comment>
        <translation>Qui invitez-vous&#xa0;?</translation>
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
        <translation>La personne, de votre équipe de soins</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Their role in your care</source>
        <comment>@label</comment>
        <translation>Son rôle dans vos soins</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What may they do in this space?</source>
        <comment>@label</comment>
        <translation>Que peut faire cette personne dans cet espace&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>The code works for %n day(s)</source>
        <comment>@item:inlistbox</comment>
        <translation>
            <numerusform>Le code est valable %n jour</numerusform>
            <numerusform>Le code est valable %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the code works</source>
        <comment>@label</comment>
        <translation>Durée de validité du code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They will see the name in your profile.</source>
        <comment>@info</comment>
        <translation>Cette personne verra le nom de votre profil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also show my birth year, so a care team with two patients of my name can tell us apart</source>
        <comment>@option:check</comment>
        <translation>Montrer aussi mon année de naissance, pour qu’une équipe de soins avec deux patients de mon nom ne nous confonde pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing…</source>
        <comment>@info</comment>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create invitation</source>
        <comment>@action:button</comment>
        <translation>Créer l’invitation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give them this code</source>
        <comment>@title:group</comment>
        <translation>Donnez-lui ce code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They open CareCircle, choose “Enter an invitation code” under Sharing, and scan the QR code or type the code. It works once.</source>
        <comment>@info</comment>
        <translation>Cette personne ouvre CareCircle, choisit «&#xa0;Saisir un code d’invitation&#xa0;» dans Partage, puis scanne le code QR ou tape le code. Il ne fonctionne qu’une seule fois.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QR code of the invitation</source>
        <comment>@info accessible</comment>
        <translation>Code QR de l’invitation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invitation code: %1</source>
        <comment>@info accessible</comment>
        <translation>Code d’invitation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid until %1. Waiting for them to enter it…</source>
        <comment>@info</comment>
        <translation>Valable jusqu’au %1. En attente de la saisie du code…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel the invitation</source>
        <comment>@action:button</comment>
        <translation>Annuler l’invitation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare the safety number</source>
        <comment>@title:group</comment>
        <translation>Comparez le numéro de sécurité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 entered the code. Their screen now shows a safety number. If it is the same as this one, nobody came in between.</source>
        <comment>@info</comment>
        <translation>%1 a saisi le code. Son écran affiche maintenant un numéro de sécurité. S’il est identique à celui-ci, personne ne s’est interposé entre vous.</translation>
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
        <translation>Les numéros correspondent&#xa0;: ajouter %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add without comparing</source>
        <comment>@action:button</comment>
        <translation>Ajouter sans comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They will be shown as not verified until you compare the numbers.</source>
        <comment>@info</comment>
        <translation>Cette personne sera indiquée comme non vérifiée tant que vous n’aurez pas comparé les numéros.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The numbers differ: cancel</source>
        <comment>@action:button</comment>
        <translation>Les numéros sont différents&#xa0;: annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added</source>
        <comment>@title:group</comment>
        <translation>Personne ajoutée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can now see what you put in “%2”.</source>
        <comment>@info</comment>
        <translation>%1 peut maintenant voir ce que vous placez dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The person</source>
        <comment>@info</comment>
        <translation>La personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>JoinAccountPage</name>
    <message>
        <location filename="../../qml/pages/sync/JoinAccountPage.qml" line="+43"/>
        <source>Restore your account</source>
        <comment>@title:window</comment>
        <translation>Restaurer votre compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link this device</source>
        <comment>@title:window</comment>
        <translation>Associer cet appareil</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lost your devices? Your recovery key brings your account back on this one. The server keeps a locked copy that only this key opens.</source>
        <comment>@info restore</comment>
        <translation>Vous avez perdu vos appareils&#xa0;? Votre clé de récupération rétablit votre compte sur celui-ci. Le serveur conserve une copie verrouillée que seule cette clé peut ouvrir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a device where you already use CareCircle, open Settings → Sync and devices → Show a link code. Then type that code here. Keep both devices open.</source>
        <comment>@info link</comment>
        <translation>Sur un appareil où vous utilisez déjà CareCircle, ouvrez Paramètres → Synchronisation et appareils → Afficher un code d’association. Saisissez ensuite ce code ici. Gardez les deux appareils ouverts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account</source>
        <comment>@title:group</comment>
        <translation>Votre compte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server address</source>
        <comment>@label:textbox</comment>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the full address, starting with https://</source>
        <comment>@info</comment>
        <translation>Saisissez l’adresse complète, qui commence par https://</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery key</source>
        <comment>@label:textbox</comment>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link code</source>
        <comment>@label:textbox</comment>
        <translation>Code d’association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 characters, in groups of four, as you wrote them down.</source>
        <comment>@info</comment>
        <translation>28 caractères, par groupes de quatre, comme vous les avez notés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 characters, as shown on your other device.</source>
        <comment>@info</comment>
        <translation>28 caractères, tels qu’ils s’affichent sur votre autre appareil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This does not look right yet: check each group of four for a typo.</source>
        <comment>@info</comment>
        <translation>Ce n’est pas encore correct&#xa0;: vérifiez qu’aucun groupe de quatre ne contient de faute de frappe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of this device</source>
        <comment>@label:textbox</comment>
        <translation>Nom de cet appareil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A passphrase for this device</source>
        <comment>@title:group</comment>
        <translation>Une phrase secrète pour cet appareil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passphrase locks CareCircle on this device. It may differ from the one on your other devices.</source>
        <comment>@info</comment>
        <translation>Cette phrase secrète verrouille CareCircle sur cet appareil. Elle peut être différente de celle de vos autres appareils.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type it again</source>
        <comment>@label:textbox confirm passphrase</comment>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restore</source>
        <comment>@action:button</comment>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link this device</source>
        <comment>@action:button</comment>
        <translation>Associer cet appareil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start</source>
        <comment>@action:button accessible</comment>
        <translation>Retour au début</translation>
    </message>
</context>
<context>
    <name>JoinSpacePage</name>
    <message>
        <location filename="../../qml/pages/sharing/JoinSpacePage.qml" line="+23"/>
        <source>Invitation code</source>
        <comment>@title:window</comment>
        <translation>Code d’invitation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect first</source>
        <comment>@title:group</comment>
        <translation>Connectez-vous d’abord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect CareCircle to the same server as the person who invited you.</source>
        <comment>@info</comment>
        <translation>Connectez CareCircle au même serveur que la personne qui vous a envoyé l’invitation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the code</source>
        <comment>@title:group</comment>
        <translation>Saisissez le code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invitation code</source>
        <comment>@label:textbox</comment>
        <translation>Code d’invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 letters and digits; spaces and dashes do not matter.</source>
        <comment>@info</comment>
        <translation>28 lettres et chiffres&#xa0;; les espaces et les tirets n’ont pas d’importance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code has a typo. Check it with the person who invited you.</source>
        <comment>@info</comment>
        <translation>Ce code contient une faute de frappe. Vérifiez-le avec la personne qui vous a envoyé l’invitation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking…</source>
        <comment>@info</comment>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 invites you</source>
        <comment>@title:group</comment>
        <translation>%1 vous invite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To the space “%1”. %2.</source>
        <comment>@info space name, what you may do</comment>
        <translation>Dans l’espace «&#xa0;%1&#xa0;». %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare this safety number with the one on %1&apos;s screen. If they are the same, nobody came in between.</source>
        <comment>@info</comment>
        <translation>Comparez ce numéro de sécurité avec celui qui s’affiche sur l’écran de %1. S’ils sont identiques, personne ne s’est interposé entre vous.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name, as %1 will see it</source>
        <comment>@label:textbox</comment>
        <translation>Votre nom, tel que %1 le verra</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who you are for %1</source>
        <comment>@label</comment>
        <translation>Qui vous êtes pour %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept</source>
        <comment>@action:button</comment>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accepted</source>
        <comment>@title:group</comment>
        <translation>Invitation acceptée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once %1 has compared the number and added you, what is shared with you appears under My patients.</source>
        <comment>@info</comment>
        <translation>Dès que %1 aura comparé le numéro et vous aura ajouté, ce qui est partagé avec vous apparaîtra dans Mes patients.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ You marked %1 as verified in person.</source>
        <comment>@info</comment>
        <translation>✓ Vous avez marqué %1 comme vérifié en personne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the safety number match the one on %1&apos;s screen? Then mark %1 as verified: this device will tell you if their key ever changes.</source>
        <comment>@info</comment>
        <translation>Le numéro de sécurité correspondait-il à celui affiché sur l’écran de %1&#xa0;? Marquez alors %1 comme vérifié&#xa0;: cet appareil vous avertira si sa clé change un jour.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark as not verified</source>
        <comment>@action:button</comment>
        <translation>Marquer comme non vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers matched: mark %1 as verified</source>
        <comment>@action:button</comment>
        <translation>Les numéros correspondaient&#xa0;: marquer %1 comme vérifié</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <location filename="../../src/app/session/qtkeychainstore.cpp" line="+19"/>
        <source>This device&apos;s keystore did not answer. Unlock with your passphrase instead.</source>
        <translation>Le trousseau de clés sécurisé de cet appareil n’a pas répondu. Déverrouillez plutôt avec votre phrase secrète.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This device does not remember the vault any more. Unlock with your passphrase.</source>
        <translation>Cet appareil ne mémorise plus le coffre-fort. Déverrouillez avec votre phrase secrète.</translation>
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
        <translation>Aidant proche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family doctor</source>
        <comment>@label:role</comment>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home nurse</source>
        <comment>@label:role</comment>
        <translation>Infirmier à domicile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physiotherapist</source>
        <comment>@label:role</comment>
        <translation>Kinésithérapeute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacist</source>
        <comment>@label:role</comment>
        <translation>Pharmacien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social worker</source>
        <comment>@label:role</comment>
        <translation>Assistant social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupational therapist</source>
        <comment>@label:role</comment>
        <translation>Ergothérapeute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychologist</source>
        <comment>@label:role</comment>
        <translation>Psychologue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietitian</source>
        <comment>@label:role</comment>
        <translation>Diététicien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist</source>
        <comment>@label:role</comment>
        <translation>Médecin spécialiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home help</source>
        <comment>@label:role</comment>
        <translation>Aide familiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case manager</source>
        <comment>@label:role</comment>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care coordinator</source>
        <comment>@label:role</comment>
        <translation>Coordinateur de soins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted person</source>
        <comment>@label:role</comment>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <comment>@label:role</comment>
        <translation>Représentant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body</source>
        <comment>@label:domain</comment>
        <translation>Corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mind and mood</source>
        <comment>@label:domain</comment>
        <translation>Esprit et moral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning and purpose</source>
        <comment>@label:domain</comment>
        <translation>Sens et raison d’être</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality of life</source>
        <comment>@label:domain</comment>
        <translation>Qualité de vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part</source>
        <comment>@label:domain</comment>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily life</source>
        <comment>@label:domain</comment>
        <translation>Vie quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical matters</source>
        <comment>@label:domain</comment>
        <translation>Questions pratiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of caring</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Poids de l’aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own health</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Santé personnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of one’s own</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Temps pour soi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support from others</source>
        <comment>@label:caregiver check-in domain</comment>
        <translation>Soutien de l’entourage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Life goal</source>
        <comment>@label:goal kind</comment>
        <translation>Objectif de vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care goal</source>
        <comment>@label:goal kind</comment>
        <translation>Objectif de soins</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested</source>
        <comment>@label:goal status</comment>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working on it</source>
        <comment>@label:goal status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:goal status</comment>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>@label:goal status</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <comment>@label:goal status</comment>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the way</source>
        <comment>@label:goal achievement</comment>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting better</source>
        <comment>@label:goal achievement</comment>
        <translation>En amélioration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting harder</source>
        <comment>@label:goal achievement</comment>
        <translation>Plus difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change yet</source>
        <comment>@label:goal achievement</comment>
        <translation>Pas encore de changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <comment>@label:goal achievement</comment>
        <translation>Atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached</source>
        <comment>@label:goal achievement</comment>
        <translation>Non atteint</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Care visit</source>
        <comment>@label:activity kind</comment>
        <translation>Visite de soins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something I do myself</source>
        <comment>@label:activity kind</comment>
        <translation>Ce que je fais moi-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help from family or friends</source>
        <comment>@label:activity kind</comment>
        <translation>Aide de la famille ou d’amis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <comment>@label:activity kind</comment>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <comment>@label:activity kind</comment>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time with others</source>
        <comment>@label:activity kind</comment>
        <translation>Moment avec d’autres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned</source>
        <comment>@label:activity status</comment>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <comment>@label:activity status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:activity status</comment>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>@label:activity status</comment>
        <translation>Faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>@label:activity status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Being prepared</source>
        <comment>@label:plan status</comment>
        <translation>En préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <comment>@label:plan status</comment>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>@label:plan status</comment>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>@label:plan status</comment>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../qml/theme/Labels.qml" line="+62"/>
        <source>Today</source>
        <comment>@label:day</comment>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow</source>
        <comment>@label:day</comment>
        <translation>Demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <comment>@label:day</comment>
        <translation>Hier</translation>
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
        <translation>Bleu canard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Violet</translation>
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
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <comment>@item:inlistbox colour</comment>
        <translation>Gris</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owner</source>
        <comment>@label:permission</comment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May edit with and for you</source>
        <comment>@label:permission</comment>
        <translation>Peut modifier avec vous et pour vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May read, comment and add progress notes</source>
        <comment>@label:permission</comment>
        <translation>Peut lire, commenter et noter des progrès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May only read</source>
        <comment>@label:permission</comment>
        <translation>Peut seulement lire</translation>
    </message>
    <message>
        <location filename="../../qml/theme/Labels.qml" line="+16"/>
        <source>Just now</source>
        <comment>@label:time</comment>
        <translation>À l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <comment>@label:time</comment>
        <translation>
            <numerusform>Il y a %n minute</numerusform>
            <numerusform>Il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ago</source>
        <comment>@label:time</comment>
        <translation>
            <numerusform>Il y a %n heure</numerusform>
            <numerusform>Il y a %n heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogProgressDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/LogProgressDialog.qml" line="+38"/>
        <source>Choose a number on the slider first.</source>
        <comment>@info log progress</comment>
        <translation>Choisissez d’abord un nombre sur le curseur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How is it going?</source>
        <comment>@title:window log progress</comment>
        <translation>Où en êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>How close do you feel to this goal today? %1 out of 10</source>
        <comment>@label:slider</comment>
        <translation>À quel point vous sentez-vous proche de cet objectif aujourd’hui&#xa0;? %1 sur 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How close do you feel to this goal today? Not rated yet</source>
        <comment>@label:slider</comment>
        <translation>À quel point vous sentez-vous proche de cet objectif aujourd’hui&#xa0;? Pas encore choisi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rating from 0 (far away) to 10 (there)</source>
        <comment>@label:slider accessible</comment>
        <translation>Note de 0 (encore loin) à 10 (j’y suis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not rated yet</source>
        <comment>@info accessible slider</comment>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>0 · far away</source>
        <comment>@label slider start</comment>
        <translation>0 · encore loin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>10 · there</source>
        <comment>@label slider end</comment>
        <translation>10 · j’y suis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A note (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Une remarque (facultatif)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What went well, what was hard?</source>
        <comment>@info:placeholder</comment>
        <translation>Qu’est-ce qui s’est bien passé, qu’est-ce qui a été difficile&#xa0;?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save progress</source>
        <comment>@action:button accessible</comment>
        <translation>Enregistrer les progrès</translation>
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
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates your care</source>
        <comment>@info badge</comment>
        <translation>Coordonne vos soins</translation>
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
        <translation>Plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions for %1</source>
        <comment>@action:button accessible</comment>
        <translation>Actions pour %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No longer coordinator</source>
        <comment>@action:inmenu</comment>
        <translation>Retirer le rôle de coordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make coordinator</source>
        <comment>@action:inmenu</comment>
        <translation>Désigner comme coordinateur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove from care team</source>
        <comment>@action:inmenu</comment>
        <translation>Retirer de l’équipe de soins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 from the care team</source>
        <comment>@action:inmenu accessible</comment>
        <translation>Retirer %1 de l’équipe de soins</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit</source>
        <comment>@action:button</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <comment>@action:button accessible</comment>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>MemberEditorPage</name>
    <message>
        <location filename="../../qml/pages/team/MemberEditorPage.qml" line="+29"/>
        <source>Add a person</source>
        <comment>@title:window</comment>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit person</source>
        <comment>@title:window</comment>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <comment>@label:textbox</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Dr. An Claes</source>
        <comment>@info:placeholder</comment>
        <translation>Par exemple&#xa0;: Dr An Claes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Role</source>
        <comment>@label:listbox</comment>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Organisation (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Organisation (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Wit-Gele Kruis, the GP practice</source>
        <comment>@info:placeholder</comment>
        <translation>Par exemple&#xa0;: Croix Jaune et Blanche, le cabinet du médecin généraliste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone or e-mail (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Téléphone ou e-mail (facultatif)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save this person</source>
        <comment>@action:button accessible</comment>
        <translation>Enregistrer cette personne</translation>
    </message>
</context>
<context>
    <name>MyPatientsPage</name>
    <message>
        <location filename="../../qml/pages/workspace/MyPatientsPage.qml" line="+31"/>
        <source>My patients</source>
        <comment>@title:window</comment>
        <translation>Mes patients</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My patients</source>
        <comment>@title care-team workspace</comment>
        <translation>Mes patients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The people who share their care plan with you. Those who need attention come first.</source>
        <comment>@info my patients</comment>
        <translation>Les personnes qui partagent leur plan de soins avec vous. Celles qui demandent votre attention apparaissent en premier.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Reading what your patients share… %1 of %n patient(s) done</source>
        <comment>@info:progress my patients</comment>
        <translation>
            <numerusform>Lecture de ce que vos patients partagent… %1 sur %n patient traité</numerusform>
            <numerusform>Lecture de ce que vos patients partagent… %1 sur %n patients traités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Show more patients (%n more)</source>
        <comment>@action:button my patients</comment>
        <translation>
            <numerusform>Afficher plus de patients (encore %n)</numerusform>
            <numerusform>Afficher plus de patients (encore %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No patients yet</source>
        <comment>@title:group empty my patients</comment>
        <translation>Pas encore de patients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patients choose what they share with you. Ask your patient for an invitation code, then enter it under Settings → Sharing.</source>
        <comment>@info empty my patients</comment>
        <translation>Les patients choisissent ce qu’ils partagent avec vous. Demandez un code d’invitation à votre patient, puis saisissez-le dans Paramètres → Partage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Once the patient has confirmed your safety number, what they share with you appears here.</source>
        <comment>@info empty my patients</comment>
        <translation>Dès que le patient aura confirmé votre numéro de sécurité, ce qu’il partage avec vous apparaîtra ici.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../qml/components/shell/NavigationBar.qml" line="+58"/>
        <source>Main navigation</source>
        <comment>@label accessible</comment>
        <translation>Navigation principale</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>More</source>
        <comment>@action:button navigation overflow</comment>
        <translation>Plus</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>More pages</source>
        <comment>@action:button accessible</comment>
        <translation>Autres pages</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../qml/components/shell/PageHeader.qml" line="+55"/>
        <location line="+1"/>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Syncing…</source>
        <comment>@info:status short</comment>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date</source>
        <comment>@info:status short</comment>
        <translation>À jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <comment>@info:status short</comment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync problem</source>
        <comment>@info:status short</comment>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <comment>@info:status short</comment>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync: %1</source>
        <comment>@action:button accessible</comment>
        <translation>Synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lock</source>
        <comment>@action:button lock the vault</comment>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock CareCircle</source>
        <comment>@action:button accessible</comment>
        <translation>Verrouiller CareCircle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Raccourci&#xa0;: Ctrl+L</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/vault/passphrasestrength.cpp" line="+113"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at least %n characters. A short sentence is easy to remember.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère. Une courte phrase est facile à retenir.</numerusform>
            <numerusform>Utilisez au moins %n caractères. Une courte phrase est facile à retenir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a few more words, or mix in numbers and symbols. Avoid common words and runs like 1234.</source>
        <translation>Ajoutez quelques mots, ou mêlez-y des chiffres et des symboles. Évitez les mots courants et les suites comme 1234.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../qml/components/controls/PassphraseField.qml" line="+121"/>
        <source>Hide</source>
        <comment>@action:button hide the passphrase</comment>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <comment>@action:button show the passphrase</comment>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide passphrase</source>
        <comment>@action:button accessible name</comment>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <comment>@action:button accessible name</comment>
        <translation>Afficher la phrase secrète</translation>
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
        <translation>Nouveaux commentaires&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new comments</source>
        <comment>@info patient card</comment>
        <translation>Aucun nouveau commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: %1</source>
        <comment>@info patient card, a date</comment>
        <translation>Prochaine réévaluation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review date planned</source>
        <comment>@info patient card</comment>
        <translation>Aucune date de réévaluation prévue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing flagged</source>
        <comment>@info accessible patient card</comment>
        <translation>Rien à signaler</translation>
    </message>
</context>
<context>
    <name>PatientCareColumn</name>
    <message>
        <location filename="../../qml/components/cards/PatientCareColumn.qml" line="+19"/>
        <source>Check-in trends</source>
        <comment>@title:group patient view</comment>
        <translation>Évolution des bilans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check-ins shared</source>
        <comment>@info empty patient trends</comment>
        <translation>Aucun bilan partagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest check-in (filled) against the one of %1 (outline).</source>
        <comment>@info radar chart legend</comment>
        <translation>Dernier bilan (plein) comparé à celui du %1 (contour).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Recent check-ins</source>
        <comment>@title patient view</comment>
        <translation>Bilans récents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Care plan</source>
        <comment>@title patient view</comment>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No care plan is shared with you.</source>
        <comment>@info patient view</comment>
        <translation>Aucun plan de soins n’est partagé avec vous.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The review planned for %1 has passed.</source>
        <comment>@info care plan review date</comment>
        <translation>La réévaluation prévue le %1 est dépassée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review: %1</source>
        <comment>@info care plan review date</comment>
        <translation>Prochaine réévaluation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PatientOverview</name>
    <message>
        <location filename="../../qml/components/cards/PatientOverview.qml" line="+50"/>
        <source>Nothing flagged</source>
        <comment>@info patient view</comment>
        <translation>Rien à signaler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: “%2”</source>
        <comment>@info check-in domain, the patient&apos;s note</comment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Multidisciplinary meeting</source>
        <comment>@title:group agenda</comment>
        <translation>Concertation multidisciplinaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An agenda with the patient&apos;s goals in their own words, the flagged needs and the open questions of the last 30 days.</source>
        <comment>@info agenda</comment>
        <translation>Un ordre du jour reprenant les objectifs du patient avec ses propres mots, les besoins signalés et les questions ouvertes des 30 derniers jours.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save agenda as PDF</source>
        <comment>@action:button</comment>
        <translation>Enregistrer l’ordre du jour en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut: Ctrl+P</source>
        <comment>@info accessible</comment>
        <translation>Raccourci&#xa0;: Ctrl+P</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save agenda as text</source>
        <comment>@action:button</comment>
        <translation>Enregistrer l’ordre du jour en texte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What matters to me</source>
        <comment>@title goals in the patient&apos;s own words</comment>
        <translation>Ce qui compte pour moi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goals of %1, in their own words.</source>
        <comment>@info patient view</comment>
        <translation>Objectifs de %1, avec ses propres mots.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No goals shared</source>
        <comment>@info empty patient goals</comment>
        <translation>Aucun objectif partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals are shared with you.</source>
        <comment>@info empty patient goals</comment>
        <translation>Aucun objectif n’est partagé avec vous.</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../../qml/pages/workspace/PatientPage.qml" line="+58"/>
        <source>Save the meeting agenda</source>
        <comment>@title:window file dialog</comment>
        <translation>Enregistrer l’ordre du jour de la concertation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <comment>@item file type</comment>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <comment>@item file type</comment>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>PatientSummary</name>
    <message>
        <location filename="../../qml/components/cards/PatientSummary.qml" line="+84"/>
        <source>Nothing flagged</source>
        <comment>@info patient card</comment>
        <translation>Rien à signaler</translation>
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
        <translation>Prochaine fois&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with %1</source>
        <comment>@info who does the activity</comment>
        <translation>avec %1</translation>
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
        <translation>Pas encore fait</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done %n time(s), last %1</source>
        <comment>@info activity log</comment>
        <translation>
            <numerusform>Fait %n fois, dernière fois&#xa0;: %1</numerusform>
            <numerusform>Fait %n fois, dernière fois&#xa0;: %1</numerusform>
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
        <translation>Fait aujourd’hui ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done today</source>
        <comment>@action:button</comment>
        <translation>Fait aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is done today</source>
        <comment>@info accessible</comment>
        <translation>%1&#xa0;: fait aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as done today</source>
        <comment>@action:button accessible</comment>
        <translation>Marquer %1 comme fait aujourd’hui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <comment>@action:button open an activity</comment>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of %1</source>
        <comment>@action:button accessible</comment>
        <translation>Détails de %1</translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <location filename="../../qml/pages/plan/PlanEditorPage.qml" line="+39"/>
        <source>Start your care plan</source>
        <comment>@title:window</comment>
        <translation>Commencer votre plan de soins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit care plan</source>
        <comment>@title:window</comment>
        <translation>Modifier le plan de soins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My care plan</source>
        <comment>@info default plan title</comment>
        <translation>Mon plan de soins</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Title</source>
        <comment>@label:textbox</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <comment>@label:listbox</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan starts on</source>
        <comment>@label:textbox</comment>
        <translation>Début du plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan ends on (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Fin du plan (facultatif)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who coordinates your care?</source>
        <comment>@label:listbox</comment>
        <translation>Qui coordonne vos soins&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody yet</source>
        <comment>@item:inlistbox coordinator</comment>
        <translation>Personne pour l’instant</translation>
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
        <translation>Souvent votre gestionnaire de cas. Ajoutez d’abord des personnes à votre équipe de soins.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next review (optional)</source>
        <comment>@label:textbox</comment>
        <translation>Prochaine réévaluation (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day you and your care team next look at the plan together, often the multidisciplinary meeting.</source>
        <comment>@info</comment>
        <translation>Le jour où votre équipe de soins et vous examinerez à nouveau le plan ensemble, souvent lors de la concertation multidisciplinaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the care plan</source>
        <comment>@action:button accessible</comment>
        <translation>Enregistrer le plan de soins</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../qml/components/charts/ProgressChart.qml" line="+28"/>
        <source>No ratings yet</source>
        <comment>@info accessible chart</comment>
        <translation>Pas encore de note</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rating(s), from %1 to %2; the latest is %3 out of 10</source>
        <comment>@info accessible chart</comment>
        <translation>
            <numerusform>%n note, du %1 au %2&#xa0;; la dernière est de %3 sur 10</numerusform>
            <numerusform>%n notes, du %1 au %2&#xa0;; la dernière est de %3 sur 10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <location filename="../../qml/components/delegates/ProgressDelegate.qml" line="+18"/>
        <source>%1 · %2 out of 10</source>
        <comment>@info progress entry: day, rating</comment>
        <translation>%1 · %2 sur 10</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Written by %1 · %2</source>
        <comment>@info progress author and role</comment>
        <translation>Rédigé par %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by %1</source>
        <comment>@info progress author</comment>
        <translation>Rédigé par %1</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <location filename="../../src/domain/questionnaire.cpp" line="+51"/>
        <source>“%1” must be a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The field “%1” is missing or not valid text.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est manquant ou ne contient pas un texte valide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The text “%1” is missing or is not a set of translations.</source>
        <translation>Le texte «&#xa0;%1&#xa0;» est manquant ou n’est pas un ensemble de traductions.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text “%1” has an empty, too long or invalid translation.</source>
        <translation>Le texte «&#xa0;%1&#xa0;» a une traduction vide, trop longue ou non valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text “%1” must be given in Dutch, French, German and English.</source>
        <translation>Le texte «&#xa0;%1&#xa0;» doit être fourni en néerlandais, en français, en allemand et en anglais.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer options of “%1” must be a list of 2 to 20 options.</source>
        <translation>Les options de réponse de «&#xa0;%1&#xa0;» doivent former une liste de 2 à 20 options.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An answer option of “%1” has a value outside 0 to 100.</source>
        <translation>Une option de réponse de «&#xa0;%1&#xa0;» a une valeur qui n’est pas comprise entre 0 et 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two answer options of “%1” have the same value.</source>
        <translation>Deux options de réponse de «&#xa0;%1&#xa0;» ont la même valeur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scale of “%1” must go up from 0 or more to 100 at most.</source>
        <translation>L’échelle de «&#xa0;%1&#xa0;» doit être croissante, de 0 ou plus jusqu’à 100 au maximum.</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>The questionnaire file is too large.</source>
        <translation>Le fichier du questionnaire est trop volumineux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The questionnaire file is not valid JSON.</source>
        <translation>Le fichier du questionnaire n’est pas un fichier JSON valide.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>The questionnaire file has a format this version of CareCircle cannot read.</source>
        <translation>Le fichier du questionnaire a un format que cette version de CareCircle ne peut pas lire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The questionnaire kind “%1” is not one CareCircle knows.</source>
        <translation>Le type de questionnaire «&#xa0;%1&#xa0;» n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instrument “%1” is not one CareCircle can store.</source>
        <translation>Le questionnaire d’évaluation «&#xa0;%1&#xa0;» ne peut pas être enregistré par CareCircle.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A questionnaire needs a list of 1 to 100 items.</source>
        <translation>Un questionnaire doit contenir une liste de 1 à 100 questions.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Every item of the questionnaire must be an object.</source>
        <translation>Chaque question du questionnaire doit être un objet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item id “%1” is used twice.</source>
        <translation>L’identifiant de question «&#xa0;%1&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The item “%1” has both answer options and a scale.</source>
        <translation>La question «&#xa0;%1&#xa0;» a à la fois des options de réponse et une échelle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The item “%1” has neither answer options nor a scale.</source>
        <translation>La question «&#xa0;%1&#xa0;» n’a ni options de réponse ni échelle.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The check-in domain “%1” is not one CareCircle knows.</source>
        <translation>Le domaine de vie «&#xa0;%1&#xa0;» du bilan n’est pas connu de CareCircle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check-in domain “%1” needs a scale from 0 to 10.</source>
        <translation>Le domaine de vie «&#xa0;%1&#xa0;» du bilan doit avoir une échelle de 0 à 10.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A check-in is not scored: it has no “%1”.</source>
        <translation>Un bilan n’a pas de score&#xa0;: il ne contient pas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scoring method must be “%1”.</source>
        <translation>La méthode de calcul du score doit être «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The score multiplier must be between 1 and 100.</source>
        <translation>Le multiplicateur du score doit être compris entre 1 et 100.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The score range of “%1” does not match the instrument.</source>
        <translation>La plage de scores de «&#xa0;%1&#xa0;» ne correspond pas au questionnaire d’évaluation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An instrument needs a list of 1 to 20 score bands.</source>
        <translation>Un questionnaire d’évaluation doit contenir une liste de 1 à 20 tranches de score.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A score band ends before it starts.</source>
        <translation>Une tranche de score se termine avant de commencer.</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>The score bands must cover every score from %1.</source>
        <translation>Les tranches de score doivent couvrir tous les scores à partir de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two score bands overlap.</source>
        <translation>Deux tranches de score se chevauchent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The score bands leave a gap.</source>
        <translation>Les tranches de score laissent un trou.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Only an instrument has a score.</source>
        <translation>Seul un questionnaire d’évaluation a un score.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please answer every question.</source>
        <translation>Veuillez répondre à chaque question.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An answer is not one of the options.</source>
        <translation>Une réponse ne fait pas partie des options.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+28"/>
        <source>This questionnaire is not available.</source>
        <translation>Ce questionnaire n’est pas disponible.</translation>
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
        <translation>sans réponse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 now, %3 before</source>
        <comment>@info accessible radar value</comment>
        <translation>%1&#xa0;: %2 maintenant, %3 avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>@info accessible radar value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>The parts of life, from the top clockwise:</source>
        <comment>@info radar legend on a small screen</comment>
        <translation>Les domaines de vie, du haut dans le sens des aiguilles d’une montre&#xa0;:</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Radar of your six domains. %1</source>
        <comment>@info accessible</comment>
        <translation>Radar de vos six domaines de vie. %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../qml/pages/session/RecoveryKeyPage.qml" line="+25"/>
        <source>Recovery key</source>
        <comment>@title:window</comment>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your recovery key</source>
        <comment>@title:window</comment>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your recovery key, shown again</source>
        <comment>@title</comment>
        <translation>Votre clé de récupération, affichée à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down your recovery key</source>
        <comment>@title</comment>
        <translation>Notez votre clé de récupération</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the same recovery key you were given when you started. Check that your written copy matches it, then keep it somewhere safe.</source>
        <comment>@info recovery key shown again</comment>
        <translation>C’est la même clé de récupération que celle que vous avez reçue au départ. Vérifiez que votre copie écrite y correspond, puis conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you ever forget your passphrase, this key is the only way back into your information. Nobody else can open it for you, not even the makers of CareCircle. It is shown only this once.</source>
        <comment>@info recovery key first time</comment>
        <translation>Si vous oubliez un jour votre phrase secrète, cette clé est le seul moyen d’accéder à nouveau à vos informations. Personne d’autre ne peut les ouvrir pour vous, pas même les créateurs de CareCircle. Elle n’est affichée que cette fois-ci.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Recovery key, %n group(s) of four characters</source>
        <comment>@info accessible</comment>
        <translation>
            <numerusform>Clé de récupération, %n groupe de quatre caractères</numerusform>
            <numerusform>Clé de récupération, %n groupes de quatre caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Group %1: %2</source>
        <comment>@info accessible; %2 is spelled out character by character</comment>
        <translation>Groupe %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the characters 0–9 and A–Z are used, without I, L, O and U, so 0 is always zero and 1 is always one.</source>
        <comment>@info recovery key alphabet</comment>
        <translation>Seuls les caractères 0–9 et A–Z sont utilisés, sans I, L, O ni U&#xa0;: le 0 est donc toujours le chiffre zéro et le 1 toujours le chiffre un.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep it on paper, away from this device, for example with your important documents. Don’t take a photo of it.</source>
        <comment>@info recovery key advice</comment>
        <translation>Conservez-la sur papier, loin de cet appareil, par exemple avec vos documents importants. Ne la prenez pas en photo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have written it down or stored it somewhere safe</source>
        <comment>@option:check</comment>
        <translation>Je l’ai notée ou conservée en lieu sûr</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done</source>
        <comment>@action:button</comment>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <comment>@action:button</comment>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First confirm that you stored the key</source>
        <comment>@info accessible</comment>
        <translation>Confirmez d’abord que vous avez conservé la clé</translation>
    </message>
</context>
<context>
    <name>RevealRecoveryKeyDialog</name>
    <message>
        <location filename="../../qml/components/dialogs/RevealRecoveryKeyDialog.qml" line="+35"/>
        <source>Show your recovery key</source>
        <comment>@title:window</comment>
        <translation>Afficher votre clé de récupération</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>To see your recovery key again, enter your passphrase. Make sure nobody can see your screen.</source>
        <comment>@info reveal recovery key</comment>
        <translation>Pour revoir votre clé de récupération, saisissez votre phrase secrète. Assurez-vous que personne ne peut voir votre écran.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show recovery key</source>
        <comment>@action:button</comment>
        <translation>Afficher la clé de récupération</translation>
    </message>
</context>
<context>
    <name>SafetyNumber</name>
    <message>
        <location filename="../../qml/components/controls/SafetyNumber.qml" line="+19"/>
        <source>Safety number: %1</source>
        <comment>@info accessible</comment>
        <translation>Numéro de sécurité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleInWords</name>
    <message>
        <location filename="../../src/domain/schedulerules.cpp" line="+24"/>
        <source>%1 and %2</source>
        <comment>@info list, last item</comment>
        <translation>%1 et %2</translation>
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
        <translation>Au besoin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once, on %1</source>
        <comment>@info schedule, %1 a day</comment>
        <translation>Une fois, le %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Every day</source>
        <comment>@info schedule</comment>
        <translation>Tous les jours</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Every %n days</source>
        <comment>@info schedule, n ≥ 2</comment>
        <translation>
            <numerusform>Tous les jours</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, only on %2</source>
        <comment>@info schedule, %2 weekdays</comment>
        <translation>%1, uniquement le %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1</source>
        <comment>@info schedule, %1 weekdays</comment>
        <translation>Chaque %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n weeks on %1</source>
        <comment>@info schedule, n ≥ 2, %1 weekdays</comment>
        <translation>
            <numerusform>Chaque semaine le %1</numerusform>
            <numerusform>Toutes les %n semaines le %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from %2</source>
        <comment>@info schedule, %2 a day</comment>
        <translation>%1, à partir du %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2</source>
        <comment>@info schedule, %2 a time of day</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, until %2</source>
        <comment>@info schedule, %2 a day</comment>
        <translation>%1, jusqu’au %2</translation>
    </message>
</context>
<context>
    <name>ScoreResultCard</name>
    <message>
        <location filename="../../qml/components/cards/ScoreResultCard.qml" line="+20"/>
        <source>Your result</source>
        <comment>@title:group questionnaire result</comment>
        <translation>Votre résultat</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>%1 out of %2</source>
        <comment>@info questionnaire score</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score: %1</source>
        <comment>@info accessible</comment>
        <translation>Score&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sum of your answers: %1 out of %2, multiplied by %3.</source>
        <comment>@info questionnaire raw score</comment>
        <translation>Somme de vos réponses&#xa0;: %1 sur %2, multipliée par %3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Talk about this with your care team. A score is a way to start the conversation, not a diagnosis.</source>
        <comment>@info questionnaire result</comment>
        <translation>Parlez-en avec votre équipe de soins. Un score est un moyen d’entamer la conversation, pas un diagnostic.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../../src/server/hinthub.cpp" line="+60"/>
        <source>Cannot open the notification connection.</source>
        <translation>Impossible d’ouvrir la connexion de notification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot LISTEN for hints.</source>
        <translation>Impossible d’exécuter LISTEN pour recevoir les signaux.</translation>
    </message>
    <message>
        <location filename="../../src/server/database.cpp" line="+42"/>
        <source>The server&apos;s database failed.</source>
        <translation>La base de données du serveur a rencontré une erreur.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot create the data directory.</source>
        <translation>Impossible de créer le répertoire de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Qt SQL driver for this database is missing.</source>
        <translation>Le pilote Qt SQL pour cette base de données est absent.</translation>
    </message>
    <message>
        <location filename="../../src/server/schema.cpp" line="+132"/>
        <source>The database was written by a newer server.</source>
        <translation>La base de données a été écrite par une version plus récente du serveur.</translation>
    </message>
    <message>
        <location filename="../../src/server/recordstore.cpp" line="+195"/>
        <source>No such space.</source>
        <translation>Cet espace n’existe pas.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/settings/SettingsPage.qml" line="+39"/>
        <source>Settings</source>
        <comment>@title:window</comment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <comment>@info</comment>
        <translation>Votre phrase secrète a été modifiée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sync and devices</source>
        <comment>@title:group</comment>
        <translation>Synchronisation et appareils</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices and sync</source>
        <comment>@action:button</comment>
        <translation>Appareils et synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sync and devices</source>
        <comment>@action:button accessible</comment>
        <translation>Ouvrir Synchronisation et appareils</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sharing</source>
        <comment>@title:group</comment>
        <translation>Partage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who sees what, invite your care team or family, see who looked at your data, or enter an invitation code you received.</source>
        <comment>@info</comment>
        <translation>Choisissez qui voit quoi, invitez votre équipe de soins ou votre famille, voyez qui a consulté vos données, ou saisissez un code d’invitation que vous avez reçu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sharing and invitations</source>
        <comment>@action:button</comment>
        <translation>Partage et invitations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Security</source>
        <comment>@title:group</comment>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock CareCircle when I haven’t used it for</source>
        <comment>@label:listbox</comment>
        <translation>Verrouiller CareCircle si je ne l’utilise pas pendant</translation>
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
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock CareCircle now</source>
        <comment>@action:button accessible</comment>
        <translation>Verrouiller CareCircle maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Raccourci&#xa0;: Ctrl+L</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remember on this device</source>
        <comment>@option:check</comment>
        <translation>Mémoriser sur cet appareil</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>When on, this device opens CareCircle without your passphrase, using its secure keystore. Turn it off on a device you share.</source>
        <comment>@info remember on device</comment>
        <translation>Si cette option est activée, cet appareil ouvre CareCircle sans votre phrase secrète, grâce à son trousseau de clés sécurisé. Désactivez-la sur un appareil que vous partagez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no secure keystore that CareCircle can use, so you type your passphrase each time.</source>
        <comment>@info remember on device unavailable</comment>
        <translation>Cet appareil n’a pas de trousseau de clés sécurisé utilisable par CareCircle&#xa0;: vous saisissez donc votre phrase secrète à chaque fois.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change passphrase…</source>
        <comment>@action:button</comment>
        <translation>Modifier la phrase secrète…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Modifier la phrase secrète</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show recovery key…</source>
        <comment>@action:button</comment>
        <translation>Afficher la clé de récupération…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recovery key</source>
        <comment>@action:button accessible</comment>
        <translation>Afficher la clé de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for your passphrase first</source>
        <comment>@info accessible</comment>
        <translation>Demande d’abord votre phrase secrète</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appearance</source>
        <comment>@title:group</comment>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text size</source>
        <comment>@label:listbox</comment>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Normal (100 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Normale (100&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger (125 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Un peu plus grande (125&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large (150 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Grande (150&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very large (175 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Très grande (175&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest (200 %)</source>
        <comment>@item:inlistbox text size</comment>
        <translation>Maximale (200&#xa0;%)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colours</source>
        <comment>@label:listbox</comment>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Light</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <comment>@item:inlistbox colour theme</comment>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About</source>
        <comment>@title:group</comment>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your information is stored encrypted on this device, in:</source>
        <comment>@info</comment>
        <translation>Vos informations sont stockées sous forme chiffrée sur cet appareil, dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vault location</source>
        <comment>@label accessible</comment>
        <translation>Emplacement du coffre-fort</translation>
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
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in of %1</source>
        <comment>@title a check-in, a date</comment>
        <translation>Bilan du %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by %1</source>
        <comment>@info goal target date</comment>
        <translation>d’ici le %1</translation>
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
        <translation>But à atteindre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Getting harder: worth discussing at the meeting.</source>
        <comment>@info flagged goal</comment>
        <translation>Devient plus difficile&#xa0;: à aborder lors de la concertation.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2/10</source>
        <comment>@info check-in domain rating</comment>
        <translation>%1&#xa0;: %2/10</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wants to discuss %1: “%2”</source>
        <comment>@info check-in domain, note</comment>
        <translation>Souhaite en parler (%1)&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants to discuss %1</source>
        <comment>@info check-in domain</comment>
        <translation>Souhaite en parler (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2”</source>
        <comment>@info check-in domain, note</comment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comments</source>
        <comment>@title comments on a shared item</comment>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your comment for the patient and the care team</source>
        <comment>@info:placeholder</comment>
        <translation>Votre commentaire pour le patient et l’équipe de soins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on %1</source>
        <comment>@label:textbox accessible, what is commented</comment>
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Comment</source>
        <comment>@action:button</comment>
        <translation>Commenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on %1</source>
        <comment>@action:button accessible, what is commented</comment>
        <translation>Commenter %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send comment</source>
        <comment>@action:button</comment>
        <translation>Envoyer le commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+Enter</source>
        <comment>@info accessible</comment>
        <translation>Raccourci&#xa0;: Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the comment</source>
        <comment>@action:button accessible</comment>
        <translation>Annuler le commentaire</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../qml/pages/sharing/SharingPage.qml" line="+21"/>
        <source>Sharing</source>
        <comment>@title:window</comment>
        <translation>Partage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You decide who sees what. Everything is private until you put it in a space and invite people to that space. What you share is locked for them alone: the server cannot read it.</source>
        <comment>@info sharing intro</comment>
        <translation>C’est vous qui décidez qui voit quoi. Tout reste privé tant que vous ne le placez pas dans un espace et que vous n’invitez personne dans cet espace. Ce que vous partagez est verrouillé pour ces personnes seules&#xa0;: le serveur ne peut pas le lire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect to share</source>
        <comment>@title:group</comment>
        <translation>Se connecter pour partager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inviting people needs a CareCircle server. You can already make spaces and choose what goes in them.</source>
        <comment>@info</comment>
        <translation>Pour inviter des personnes, il faut un serveur CareCircle. Vous pouvez déjà créer des espaces et choisir ce que vous y placez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server</source>
        <comment>@action:button</comment>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your spaces</source>
        <comment>@title:group</comment>
        <translation>Vos espaces</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1, %2, %n items</source>
        <comment>@info accessible space row</comment>
        <translation>
            <numerusform>%1, %2, %n élément</numerusform>
            <numerusform>%1, %2, %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1 · %n items</source>
        <comment>@info space: who, how many items</comment>
        <translation>
            <numerusform>%1 · %n élément</numerusform>
            <numerusform>%1 · %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make a space</source>
        <comment>@title:group</comment>
        <translation>Créer un espace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example “Care team”, “Family” or “GP only”. Then invite people to it and choose, item by item, what goes in it.</source>
        <comment>@info</comment>
        <translation>Par exemple «&#xa0;Équipe de soins&#xa0;», «&#xa0;Famille&#xa0;» ou «&#xa0;Médecin généraliste uniquement&#xa0;». Invitez-y ensuite des personnes et choisissez, élément par élément, ce que vous y placez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Care team</source>
        <comment>@item suggested space name</comment>
        <translation>Équipe de soins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <comment>@item suggested space name</comment>
        <translation>Famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP only</source>
        <comment>@item suggested space name</comment>
        <translation>Médecin généraliste uniquement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <comment>@label:textbox space name</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colour</source>
        <comment>@label</comment>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Make this space</source>
        <comment>@action:button</comment>
        <translation>Créer cet espace</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open invitations</source>
        <comment>@title:group</comment>
        <translation>Invitations en cours</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 accepted your invitation to “%2”: compare the safety number</source>
        <comment>@info</comment>
        <translation>%1 a accepté votre invitation dans «&#xa0;%2&#xa0;»&#xa0;: comparez le numéro de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To “%1”, valid until %2</source>
        <comment>@info open invitation</comment>
        <translation>Dans «&#xa0;%1&#xa0;», valable jusqu’au %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Were you invited?</source>
        <comment>@title:group</comment>
        <translation>Vous avez reçu une invitation&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a patient or a relative gave you an invitation code, enter it here to see what they share with you.</source>
        <comment>@info</comment>
        <translation>Si un patient ou un proche vous a donné un code d’invitation, saisissez-le ici pour voir ce qu’il partage avec vous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter an invitation code</source>
        <comment>@action:button</comment>
        <translation>Saisir un code d’invitation</translation>
    </message>
</context>
<context>
    <name>SideNavigation</name>
    <message>
        <location filename="../../qml/components/shell/SideNavigation.qml" line="+48"/>
        <source>Main navigation</source>
        <comment>@label accessible</comment>
        <translation>Navigation principale</translation>
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
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock CareCircle</source>
        <comment>@action:button accessible</comment>
        <translation>Verrouiller CareCircle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut: Ctrl+L</source>
        <comment>@info accessible</comment>
        <translation>Raccourci&#xa0;: Ctrl+L</translation>
    </message>
</context>
<context>
    <name>SpacePage</name>
    <message>
        <location filename="../../qml/pages/sharing/SpacePage.qml" line="+46"/>
        <source>Remove %1?</source>
        <comment>@title:dialog</comment>
        <translation>Retirer %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From now on %1 receives nothing new from “%2”: new items are locked with a new key they do not have. What %1 already saw stays with them; CareCircle cannot take it back.</source>
        <comment>@info remove member</comment>
        <translation>À partir de maintenant, %1 ne reçoit plus rien de nouveau de «&#xa0;%2&#xa0;»&#xa0;: les nouveaux éléments sont verrouillés avec une nouvelle clé que cette personne n’a pas. Ce que %1 a déjà vu reste en sa possession&#xa0;; CareCircle ne peut pas le reprendre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>@action:button remove member</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only for you</source>
        <comment>@title:group</comment>
        <translation>Rien que pour vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is in your private space is never shared. To share something, make a space under Sharing and choose it under “Who can see this?”.</source>
        <comment>@info</comment>
        <translation>Ce qui se trouve dans votre espace privé n’est jamais partagé. Pour partager quelque chose, créez un espace dans Partage et choisissez-le sous «&#xa0;Qui peut voir ceci&#xa0;?&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People in this space</source>
        <comment>@title:group</comment>
        <translation>Personnes dans cet espace</translation>
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
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Verified in person</source>
        <comment>@info safety number compared</comment>
        <translation>✓ Vérifié en personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified: the safety number was not compared</source>
        <comment>@info</comment>
        <translation>Non vérifié&#xa0;: le numéro de sécurité n’a pas été comparé</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What %1 may do</source>
        <comment>@label</comment>
        <translation>Ce que %1 peut faire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>End date…</source>
        <comment>@action:button choose until when a member receives new items</comment>
        <translation>Date de fin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date for %1</source>
        <comment>@action:button accessible</comment>
        <translation>Date de fin pour %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+47"/>
        <source>Mark as not verified</source>
        <comment>@action:button</comment>
        <translation>Marquer comme non vérifié</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Compare safety number</source>
        <comment>@action:button</comment>
        <translation>Comparer le numéro de sécurité</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove</source>
        <comment>@action:button</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invite someone</source>
        <comment>@action:button</comment>
        <translation>Inviter quelqu’un</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server first to invite people.</source>
        <comment>@info</comment>
        <translation>Connectez-vous d’abord à un serveur pour inviter des personnes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What needs attention</source>
        <comment>@title:group attention flags of a space</comment>
        <translation>Ce qui demande de l’attention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CareCircle can point out to the people in this space when a check-in is worse than before, when you want to discuss something, when your care plan is due for review or a goal is getting harder. You see the same on your Home page.</source>
        <comment>@info attention flags</comment>
        <translation>CareCircle peut signaler aux personnes de cet espace quand un bilan est moins bon qu’avant, quand vous souhaitez parler de quelque chose, quand votre plan de soins doit être revu ou quand un objectif devient plus difficile. Vous voyez la même chose sur votre page d’accueil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Point these out to the people in this space</source>
        <comment>@option:check attention flags</comment>
        <translation>Le signaler aux personnes de cet espace</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Share my check-in history</source>
        <comment>@title:group</comment>
        <translation>Partager mes bilans précédents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-ins you did before you made this space stay private. Share them from a day you choose, so that someone new in this space sees how you have been doing over time.</source>
        <comment>@info share check-in history</comment>
        <translation>Les bilans faits avant la création de cet espace restent privés. Partagez-les à partir d’un jour que vous choisissez, pour qu’une personne nouvelle dans cet espace voie comment vous allez au fil du temps.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share my check-ins since</source>
        <comment>@label a date</comment>
        <translation>Partager mes bilans depuis le</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share check-ins…</source>
        <comment>@action:button</comment>
        <translation>Partager les bilans…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n check-in(s) shared with “%1”.</source>
        <comment>@info undo bar</comment>
        <translation>
            <numerusform>%n bilan partagé avec «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n bilans partagés avec «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Share %n check-in(s)?</source>
        <comment>@title:dialog</comment>
        <translation>
            <numerusform>Partager %n bilan&#xa0;?</numerusform>
            <numerusform>Partager %n bilans&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s) from your private space will move to “%1”. Everyone in it will see your answers and how they changed over time. You can undo this right afterwards, or later move a check-in back under “Who can see this?”.</source>
        <comment>@info share check-in history</comment>
        <translation>
            <numerusform>%n bilan de votre espace privé passera dans «&#xa0;%1&#xa0;». Toutes les personnes de cet espace verront vos réponses et leur évolution au fil du temps. Vous pouvez annuler tout de suite après, ou plus tard remettre un bilan ailleurs via «&#xa0;Qui peut voir ceci&#xa0;?&#xa0;».</numerusform>
            <numerusform>%n bilans de votre espace privé passeront dans «&#xa0;%1&#xa0;». Toutes les personnes de cet espace verront vos réponses et leur évolution au fil du temps. Vous pouvez annuler tout de suite après, ou plus tard remettre un bilan ailleurs via «&#xa0;Qui peut voir ceci&#xa0;?&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <comment>@action:button share check-ins</comment>
        <translation>Partager</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Until when may %1 receive new items?</source>
        <comment>@title:dialog</comment>
        <translation>Jusqu’à quand %1 peut-il ou peut-elle recevoir de nouveaux éléments&#xa0;?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No end date</source>
        <comment>@option:radio</comment>
        <translation>Pas de date de fin</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Until a day I choose</source>
        <comment>@option:radio</comment>
        <translation>Jusqu’à un jour que je choisis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last day</source>
        <comment>@label membership end</comment>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Compare with %1</source>
        <comment>@title:dialog</comment>
        <translation>Comparer avec %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meet in person or call. Both of you open this person in CareCircle; the numbers must be the same.</source>
        <comment>@info</comment>
        <translation>Rencontrez-vous ou téléphonez-vous. Ouvrez tous les deux la fiche de cette personne dans CareCircle&#xa0;; les numéros doivent être identiques.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The numbers match</source>
        <comment>@action:button</comment>
        <translation>Les numéros correspondent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who looked at this space</source>
        <comment>@title:group</comment>
        <translation>Qui a consulté cet espace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each time someone&apos;s CareCircle fetched items of this space, the server noted who and when.</source>
        <comment>@info</comment>
        <translation>Chaque fois que le CareCircle d’une personne a récupéré des éléments de cet espace, le serveur a noté qui et quand.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody yet</source>
        <comment>@info empty access log</comment>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When someone you invited opens what you share, you will see it here.</source>
        <comment>@info</comment>
        <translation>Quand une personne que vous avez invitée ouvrira ce que vous partagez, vous le verrez ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server to see the access log.</source>
        <comment>@info</comment>
        <translation>Connectez-vous à un serveur pour voir le journal d’accès.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 · %2 · %n item(s)</source>
        <comment>@info access log: who · when · how many</comment>
        <translation>
            <numerusform>%1 · %2 · %n élément</numerusform>
            <numerusform>%1 · %2 · %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <comment>@action:button</comment>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>StepEditorRow</name>
    <message>
        <location filename="../../qml/components/controls/StepEditorRow.qml" line="+29"/>
        <source>Step %1</source>
        <comment>@info:placeholder</comment>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1</source>
        <comment>@label:textbox</comment>
        <translation>Étape %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <comment>@action:button remove a step</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step %1</source>
        <comment>@action:button accessible</comment>
        <translation>Retirer l’étape %1</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../qml/components/controls/StrengthMeter.qml" line="+26"/>
        <source>Passphrase strength</source>
        <comment>@label accessible name of the meter</comment>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Strength: %1</source>
        <comment>@info passphrase strength verdict</comment>
        <translation>Robustesse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../src/cli/synccommands.cpp" line="-37"/>
        <location filename="../../src/sync/devicelink.cpp" line="+305"/>
        <source>The code is not correct. Check it for typing mistakes and try again.</source>
        <translation>Le code n’est pas correct. Vérifiez qu’il ne contient pas de faute de frappe et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="-185"/>
        <location filename="../../src/sync/sharing.cpp" line="+320"/>
        <location line="+148"/>
        <source>Choose a role for the person: editor, contributor or viewer.</source>
        <translation>Choisissez ce que la personne peut faire&#xa0;: modifier avec vous, lire et commenter, ou seulement lire.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../src/sync/spacesync.cpp" line="+43"/>
        <source>This invitation has expired or was already used. Ask for a new one.</source>
        <translation>Cette invitation a expiré ou a déjà été utilisée. Demandez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/accountbundle.cpp" line="+28"/>
        <source>The account data received is damaged or incomplete.</source>
        <translation>Les données du compte reçues sont endommagées ou incomplètes.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>This recovery key does not open the account&apos;s data. Check the key.</source>
        <translation>Cette clé de récupération n’ouvre pas les données du compte. Vérifiez la clé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The link code is not complete.</source>
        <translation>Le code d’association est incomplet.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/wire.cpp" line="+235"/>
        <source>The server is busy with too many requests. CareCircle will try again shortly.</source>
        <translation>Le serveur reçoit trop de demandes. CareCircle réessaiera dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept this device. It may have been removed from your account.</source>
        <translation>Le serveur n’a pas accepté cet appareil. Il a peut-être été retiré de votre compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not allow this device or account to do that.</source>
        <translation>Le serveur n’autorise pas cet appareil ou ce compte à effectuer cette action.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signature did not check out. Nothing was changed; try again, or link the device anew.</source>
        <translation>Une signature n’a pas pu être vérifiée. Rien n’a été modifié&#xa0;; réessayez ou associez à nouveau l’appareil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record was sent to the wrong place and refused.</source>
        <translation>Un élément a été envoyé au mauvais endroit et a été refusé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/sync/devicelink.cpp" line="-273"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>Le code a expiré. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know this account, code or address. Check what you typed.</source>
        <translation>Le serveur ne connaît pas ce compte, ce code ou cette adresse. Vérifiez ce que vous avez saisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The space&apos;s key has been replaced. CareCircle will fetch the new key and try again.</source>
        <translation>La clé de l’espace a été remplacée. CareCircle va récupérer la nouvelle clé et réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this at the same time. Try again.</source>
        <translation>Quelqu’un d’autre a modifié cet élément au même moment. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/recordproof.cpp" line="+103"/>
        <location filename="../../src/protocol/wire.cpp" line="+2"/>
        <location filename="../../src/sync/pushbatch.cpp" line="+43"/>
        <source>The server refused a change that is too large.</source>
        <translation>Le serveur a refusé une modification trop volumineuse.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/wire.cpp" line="+3"/>
        <source>The server has a problem right now. Your changes are safe on this device and will be sent later.</source>
        <translation>Le serveur rencontre un problème pour le moment. Vos modifications sont en sécurité sur cet appareil et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not understand a request. Update CareCircle or ask its operator.</source>
        <translation>Le serveur n’a pas compris une demande. Mettez CareCircle à jour ou contactez le gestionnaire du serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server cannot be reached. Your changes are safe on this device and will be sent when you are online.</source>
        <translation>Le serveur est injoignable. Vos modifications sont en sécurité sur cet appareil et seront envoyées dès que vous serez en ligne.</translation>
    </message>
    <message>
        <location filename="../../src/sync/accountsupport.cpp" line="+42"/>
        <source>The account&apos;s keys are incomplete.</source>
        <translation>Les clés du compte sont incomplètes.</translation>
    </message>
    <message>
        <location filename="../../src/sync/httpclient.cpp" line="+16"/>
        <source>The server sent an answer CareCircle cannot read.</source>
        <translation>Le serveur a envoyé une réponse que CareCircle ne peut pas lire.</translation>
    </message>
    <message>
        <location filename="../../src/sync/accountsupport.cpp" line="+77"/>
        <source>The server answered for another account. Nothing was changed.</source>
        <translation>Le serveur a répondu pour un autre compte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/sync/devicelink.cpp" line="+5"/>
        <source>Linking was cancelled.</source>
        <translation>L’association a été annulée.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The answering device does not know the code. Nothing was shared.</source>
        <translation>L’appareil qui a répondu ne connaît pas le code. Rien n’a été partagé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linked device</source>
        <translation>Appareil associé</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../src/sync/httpclient.cpp" line="+126"/>
        <location filename="../../src/sync/sharing.cpp" line="-433"/>
        <location filename="../../src/sync/syncengine.cpp" line="+717"/>
        <location line="+31"/>
        <location line="+37"/>
        <source>This device is not connected to a server.</source>
        <translation>Cet appareil n’est pas connecté à un serveur.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>No device is waiting with this code. Check the code, or ask for a new one.</source>
        <translation>Aucun appareil n’attend avec ce code. Vérifiez le code ou demandez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No account on this server has this recovery key. Check the key and the server.</source>
        <translation>Aucun compte de ce serveur ne correspond à cette clé de récupération. Vérifiez la clé et le serveur.</translation>
    </message>
    <message>
        <location filename="../../src/sync/recordapplier.cpp" line="+129"/>
        <source>Its header is malformed.</source>
        <translation>Son en-tête est mal formé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was moved from another sharing space.</source>
        <translation>Il a été déplacé depuis un autre espace de partage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was written by a device that is neither part of this account nor of a member of the space.</source>
        <translation>Il a été écrit par un appareil qui n’appartient ni à ce compte ni à un membre de l’espace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its signature does not match its author.</source>
        <translation>Sa signature ne correspond pas à son auteur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was made on a device whose clock is far ahead.</source>
        <translation>Il a été créé sur un appareil dont l’horloge avance beaucoup.</translation>
    </message>
    <message numerus="yes">
        <location line="+474"/>
        <source>%n change(s) from the server were refused: %1</source>
        <translation>
            <numerusform>%n modification provenant du serveur a été refusée&#xa0;: %1</numerusform>
            <numerusform>%n modifications provenant du serveur ont été refusées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/sync/syncengine.cpp" line="-138"/>
        <source>The server address is not valid. It looks like https://care.example.org.</source>
        <translation>L’adresse du serveur n’est pas valide. Elle doit ressembler à ceci&#xa0;: https://care.example.org.</translation>
    </message>
    <message>
        <location filename="../../src/sync/sharing.cpp" line="+6"/>
        <source>Only the owner of a sharing space can change who is in it.</source>
        <translation>Seul le propriétaire d’un espace de partage peut modifier qui en fait partie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/sync/spacesync.cpp" line="-4"/>
        <source>This invitation code is not valid. Check it for typing mistakes, or ask for a new one.</source>
        <translation>Ce code d’invitation n’est pas valide. Vérifiez qu’il ne contient pas de faute de frappe, ou demandez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+7"/>
        <source>The answer to the invitation was not made with its code. It was not accepted; create a new invitation.</source>
        <translation>La réponse à l’invitation n’a pas été créée avec son code. Elle n’a pas été acceptée&#xa0;; créez une nouvelle invitation.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>An invitation must end within the next 7 days.</source>
        <translation>Une invitation doit prendre fin dans les 7 prochains jours.</translation>
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
        <translation>Les clés du compte n’ont pas pu être préparées.</translation>
    </message>
    <message>
        <location filename="../../src/sync/sharing.cpp" line="-210"/>
        <source>Nobody has accepted this invitation yet.</source>
        <translation>Personne n’a encore accepté cette invitation.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+22"/>
        <source>This person is not a member of the space.</source>
        <translation>Cette personne n’est pas membre de l’espace.</translation>
    </message>
    <message>
        <location filename="../../src/sync/syncengine.cpp" line="+133"/>
        <source>This device cannot remove itself from the account.</source>
        <translation>Cet appareil ne peut pas se retirer lui-même du compte.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/sharing.cpp" line="-232"/>
        <source>The member list of this space is damaged or incomplete.</source>
        <translation>La liste des membres de cet espace est endommagée ou incomplète.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key for this space did not check out. Ask its owner.</source>
        <translation>La clé de cet espace n’a pas pu être vérifiée. Adressez-vous à son propriétaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invitation&apos;s details are damaged or do not match the code.</source>
        <translation>Les détails de l’invitation sont endommagés ou ne correspondent pas au code.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The names in this invitation are too long.</source>
        <translation>Les noms de cette invitation sont trop longs.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>This role is not known to this version of CareCircle.</source>
        <translation>Ce rôle n’est pas connu de cette version de CareCircle.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The invitation code is not complete.</source>
        <translation>Le code d’invitation est incomplet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <location line="+5"/>
        <source>The invitation could not be prepared.</source>
        <translation>L’invitation n’a pas pu être préparée.</translation>
    </message>
    <message>
        <location filename="../../src/sync/spacesync.cpp" line="-515"/>
        <source>The sharing space has a new key. CareCircle fetches it and sends your changes again.</source>
        <translation>L’espace de partage a une nouvelle clé. CareCircle la récupère et renvoie vos modifications.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone has already accepted this invitation. Ask for a new one.</source>
        <translation>Quelqu’un a déjà accepté cette invitation. Demandez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot accept this invitation: it is your own, or you are already a member.</source>
        <translation>Vous ne pouvez pas accepter cette invitation&#xa0;: c’est la vôtre, ou vous êtes déjà membre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role in this sharing space does not allow this. Nothing was changed.</source>
        <translation>Votre rôle dans cet espace de partage ne le permet pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The member list of a sharing space does not carry its owner&apos;s valid signature, or is older than the one already here. It was not accepted.</source>
        <translation>La liste des membres d’un espace de partage ne porte pas de signature valide de son propriétaire, ou elle est plus ancienne que celle déjà présente. Elle n’a pas été acceptée.</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>A key of a sharing space did not come from its owner. It was not accepted.</source>
        <translation>Une clé d’un espace de partage ne provient pas de son propriétaire. Elle n’a pas été acceptée.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The member list of this sharing space is not here yet.</source>
        <translation>La liste des membres de cet espace de partage n’est pas encore arrivée.</translation>
    </message>
    <message>
        <location filename="../../src/sync/rolecheck.cpp" line="+114"/>
        <source>Its author&apos;s role in the sharing space does not allow writing.</source>
        <translation>Le rôle de son auteur dans l’espace de partage ne permet pas d’écrire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was written after its author&apos;s membership of the space ended.</source>
        <translation>Il a été écrit après la fin de l’adhésion de son auteur à l’espace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its author&apos;s role only allows changing records that their own devices wrote.</source>
        <translation>Le rôle de son auteur ne permet de modifier que ce que ses propres appareils ont écrit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only the owner of the sharing space may change its name and settings.</source>
        <translation>Seul le propriétaire de l’espace de partage peut en modifier le nom et les réglages.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It does not say which member made the change.</source>
        <translation>Il n’indique pas quel membre a fait la modification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It names someone other than its author as the person who made the change.</source>
        <translation>Il désigne comme auteur de la modification une autre personne que celle qui l’a écrit.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../qml/pages/sync/SyncPage.qml" line="+22"/>
        <source>Sync and devices</source>
        <comment>@title:window</comment>
        <translation>Synchronisation et appareils</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connected. Your care plan is now kept in sync, locked, through this server.</source>
        <comment>@info</comment>
        <translation>Connecté. Votre plan de soins est désormais synchronisé via ce serveur, sous forme verrouillée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The device was removed. It no longer receives changes; what it already held stays on it.</source>
        <comment>@info</comment>
        <translation>L’appareil a été retiré. Il ne reçoit plus les modifications&#xa0;; ce qu’il contenait déjà y reste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this device?</source>
        <comment>@title:dialog</comment>
        <translation>Retirer cet appareil&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” will stop syncing at once and can no longer sign in. What is already stored on it stays there, locked with its passphrase.</source>
        <comment>@info remove device</comment>
        <translation>«&#xa0;%1&#xa0;» cessera immédiatement de se synchroniser et ne pourra plus se connecter. Ce qui y est déjà enregistré y reste, verrouillé par sa phrase secrète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>@action:button remove device</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connect to a CareCircle server</source>
        <comment>@title:group</comment>
        <translation>Se connecter à un serveur CareCircle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to use CareCircle on more than one device and to keep a locked copy off this device. Your care organisation gives you the server&apos;s address. The server only stores locked data: it cannot read your care plan, goals or check-ins.</source>
        <comment>@info connect</comment>
        <translation>Connectez-vous pour utiliser CareCircle sur plusieurs appareils et garder une copie verrouillée ailleurs que sur cet appareil. Votre organisation de soins vous communique l’adresse du serveur. Le serveur ne stocke que des données verrouillées&#xa0;: il ne peut pas lire votre plan de soins, vos objectifs ni vos bilans.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <comment>@label:textbox</comment>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the full address, starting with https://</source>
        <comment>@info</comment>
        <translation>Saisissez l’adresse complète, qui commence par https://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of this device</source>
        <comment>@label:textbox</comment>
        <translation>Nom de cet appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in your list of devices, for example “Phone” or “Kitchen tablet”.</source>
        <comment>@info</comment>
        <translation>Affiché dans votre liste d’appareils, par exemple «&#xa0;Téléphone&#xa0;» ou «&#xa0;Tablette de la cuisine&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect this device to the server</source>
        <comment>@action:button accessible</comment>
        <translation>Connecter cet appareil au serveur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync</source>
        <comment>@title:group</comment>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync progress</source>
        <comment>@info accessible</comment>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n change(s) on this device still to send.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n modification de cet appareil reste à envoyer.</numerusform>
            <numerusform>%n modifications de cet appareil restent à envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server: %1</source>
        <comment>@info</comment>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and fetch changes now</source>
        <comment>@action:button accessible</comment>
        <translation>Envoyer et récupérer les modifications maintenant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link a new device</source>
        <comment>@title:group</comment>
        <translation>Associer un nouvel appareil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the new device, choose “Link this device” under “Already use CareCircle?”, then type or scan the code below. The code works once, for five minutes.</source>
        <comment>@info link</comment>
        <translation>Sur le nouvel appareil, choisissez «&#xa0;Associer cet appareil&#xa0;» sous «&#xa0;Vous utilisez déjà CareCircle&#xa0;?&#xa0;», puis saisissez ou scannez le code ci-dessous. Le code ne fonctionne qu’une fois, pendant cinq minutes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show a link code</source>
        <comment>@action:button</comment>
        <translation>Afficher un code d’association</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QR code of the link code</source>
        <comment>@info accessible</comment>
        <translation>Code QR du code d’association</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link code: %1</source>
        <comment>@info accessible</comment>
        <translation>Code d’association&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing a code…</source>
        <comment>@info</comment>
        <translation>Préparation d’un code…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the new device… (%1 s left)</source>
        <comment>@info</comment>
        <translation>En attente du nouvel appareil… (encore %1&#xa0;s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new device answered. Sending it your keys, locked for it alone…</source>
        <comment>@info</comment>
        <translation>Le nouvel appareil a répondu. Envoi de vos clés, verrouillées pour lui seul…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel linking</source>
        <comment>@action:button accessible</comment>
        <translation>Annuler l’association</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your devices</source>
        <comment>@title:group</comment>
        <translation>Vos appareils</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetching the list of devices…</source>
        <comment>@info</comment>
        <translation>Récupération de la liste des appareils…</translation>
    </message>
</context>
<context>
    <name>TrendLineChart</name>
    <message>
        <location filename="../../qml/components/charts/TrendLineChart.qml" line="+48"/>
        <source>No check-ins in this period.</source>
        <comment>@info trends empty chart</comment>
        <translation>Aucun bilan pendant cette période.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 over time: %2</source>
        <comment>@info accessible trend</comment>
        <translation>%1 au fil du temps&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the arrow keys to read each check-in.</source>
        <comment>@info accessible trend</comment>
        <translation>Utilisez les flèches du clavier pour lire chaque bilan.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 on %2</source>
        <comment>@info accessible trend point</comment>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../qml/pages/checkin/TrendsPage.qml" line="+18"/>
        <source>Trends</source>
        <comment>@title:window</comment>
        <translation>Tendances</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your trends will appear here</source>
        <comment>@title empty trends</comment>
        <translation>Vos tendances apparaîtront ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After your first check-in you see here how you are doing in each part of life, and after a few weeks how that changes. Bring it along when you talk with your care team.</source>
        <comment>@info empty trends</comment>
        <translation>Après votre premier bilan, vous verrez ici comment vous allez dans chaque domaine de vie et, après quelques semaines, comment cela évolue. Montrez-les quand vous parlez avec votre équipe de soins.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Now and before</source>
        <comment>@title:group trends radar</comment>
        <translation>Maintenant et avant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest check-in: %1</source>
        <comment>@info trends</comment>
        <translation>Dernier bilan&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare with the check-in of</source>
        <comment>@label:listbox</comment>
        <translation>Comparer avec le bilan du</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>━ Latest check-in</source>
        <comment>@info trends legend</comment>
        <translation>━ Dernier bilan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>┅ Earlier check-in</source>
        <comment>@info trends legend</comment>
        <translation>┅ Bilan précédent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over time</source>
        <comment>@title:group trends lines</comment>
        <translation>Au fil du temps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <comment>@label:listbox</comment>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last 4 weeks</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 weeks</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <comment>@item:inlistbox trends period</comment>
        <translation>Année écoulée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 means very hard, 10 means very good.</source>
        <comment>@info check-in scale</comment>
        <translation>0 signifie très difficile, 10 signifie très bien.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../qml/components/controls/UndoBar.qml" line="+70"/>
        <source>Undo</source>
        <comment>@action:button</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: %1</source>
        <comment>@action:button accessible, %1 what was done</comment>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss</source>
        <comment>@action:button hide the undo message</comment>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <comment>@action:button accessible</comment>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/pages/session/UnlockPage.qml" line="+32"/>
        <source>This doesn’t look like a complete recovery key. Check each group of four characters against your paper.</source>
        <comment>@info unlock error</comment>
        <translation>Cela ne ressemble pas à une clé de récupération complète. Comparez chaque groupe de quatre caractères avec votre papier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please type your passphrase.</source>
        <comment>@info unlock error</comment>
        <translation>Veuillez saisir votre phrase secrète.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlock</source>
        <comment>@title:window</comment>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome back</source>
        <comment>@title</comment>
        <translation>Content de vous revoir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the recovery key you wrote down when you started.</source>
        <comment>@info</comment>
        <translation>Saisissez la clé de récupération que vous avez notée au départ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your information is locked. Type your passphrase to open it.</source>
        <comment>@info</comment>
        <translation>Vos informations sont verrouillées. Saisissez votre phrase secrète pour les ouvrir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is the demo with made-up information. Its passphrase is in the README.</source>
        <comment>@info demo vault</comment>
        <translation>Ceci est la démonstration, avec des informations inventées. Sa phrase secrète se trouve dans le README.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Recovery key</source>
        <comment>@label:textbox</comment>
        <translation>Clé de récupération</translation>
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
        <translation>28 caractères en groupes de quatre. Les tirets, les espaces et les minuscules sont acceptés.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with recovery key</source>
        <comment>@action:button accessible</comment>
        <translation>Déverrouiller avec la clé de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Déverrouiller avec la phrase secrète</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unlock with this device</source>
        <comment>@action:button</comment>
        <translation>Déverrouiller avec cet appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses the key this device keeps for you, no passphrase needed</source>
        <comment>@info accessible</comment>
        <translation>Utilise la clé que cet appareil conserve pour vous, sans phrase secrète</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use my passphrase instead</source>
        <comment>@action:button</comment>
        <translation>Utiliser plutôt ma phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your passphrase? Use your recovery key</source>
        <comment>@action:button</comment>
        <translation>Phrase secrète oubliée&#xa0;? Utilisez votre clé de récupération</translation>
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
        <translation>Un coffre-fort existe déjà dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sharingcommands.cpp" line="-5"/>
        <location filename="../../src/sync/sharing.cpp" line="-101"/>
        <location filename="../../src/vault/invitestore.cpp" line="+63"/>
        <source>This invitation is no longer on this device.</source>
        <translation>Cette invitation ne se trouve plus sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+261"/>
        <location filename="../../src/vault/keystore.cpp" line="+9"/>
        <location line="+8"/>
        <source>This device has no keystore available.</source>
        <translation>Cet appareil ne dispose d’aucun trousseau de clés sécurisé.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keystore.cpp" line="+3"/>
        <source>This device does not remember the vault any more.</source>
        <translation>Cet appareil ne mémorise plus le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/recoverykey.cpp" line="+68"/>
        <source>The recovery key contains a character that cannot be in it. Check what you typed.</source>
        <translation>La clé de récupération contient un caractère qui ne peut pas s’y trouver. Vérifiez ce que vous avez saisi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recovery key has 28 characters in seven groups of four. Check what you typed.</source>
        <translation>Une clé de récupération compte 28 caractères, en sept groupes de quatre. Vérifiez ce que vous avez saisi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This recovery key has a typing mistake in it. Check each group of four characters.</source>
        <translation>Cette clé de récupération contient une faute de frappe. Vérifiez chaque groupe de quatre caractères.</translation>
    </message>
    <message>
        <location filename="../../src/protocol/sealedrecord.cpp" line="+22"/>
        <source>The record is malformed.</source>
        <translation>L’élément est mal formé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+2"/>
        <location filename="../../src/vault/recordstore.cpp" line="+129"/>
        <location filename="../../src/vault/spacekeys.cpp" line="+214"/>
        <location filename="../../src/vault/syncbook.cpp" line="+288"/>
        <source>A record identifier has the wrong size.</source>
        <translation>Un identifiant d’élément n’a pas la bonne taille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record is too large to store.</source>
        <translation>L’élément est trop volumineux pour être enregistré.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The record has an unknown format version.</source>
        <translation>L’élément a une version de format inconnue.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The record failed its integrity check.</source>
        <translation>L’élément n’a pas passé le contrôle d’intégrité.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="+18"/>
        <source>The passphrase or key is not correct.</source>
        <translation>La phrase secrète ou la clé est incorrecte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is locked.</source>
        <translation>Le coffre-fort est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../src/vault/secretwrap.cpp" line="+23"/>
        <source>A stored key is damaged.</source>
        <translation>Une clé enregistrée est endommagée.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-199"/>
        <source>The vault&apos;s passphrase settings are damaged.</source>
        <translation>Les paramètres de phrase secrète du coffre-fort sont endommagés.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultschema.cpp" line="+134"/>
        <location line="+13"/>
        <source>The vault database could not be opened.</source>
        <translation>La base de données du coffre-fort n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="+10"/>
        <source>The vault database could not be read.</source>
        <translation>La base de données du coffre-fort n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultschema.cpp" line="+13"/>
        <source>This vault was made by a newer version of CareCircle. Please update the app.</source>
        <translation>Ce coffre-fort a été créé par une version plus récente de CareCircle. Veuillez mettre l’application à jour.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The vault database could not be upgraded.</source>
        <translation>La base de données du coffre-fort n’a pas pu être mise à niveau.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+357"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="-11"/>
        <location filename="../../src/vault/vaultstate.cpp" line="+65"/>
        <source>The vault is incomplete or damaged.</source>
        <translation>Le coffre-fort est incomplet ou endommagé.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>This way of unlocking is not set up for this vault.</source>
        <translation>Ce mode de déverrouillage n’est pas configuré pour ce coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaulterrors.h" line="-5"/>
        <source>The vault could not be saved.</source>
        <translation>Le coffre-fort n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/vault/recordcipher.cpp" line="+22"/>
        <location line="+10"/>
        <source>The record&apos;s sharing space does not exist in this vault.</source>
        <translation>L’espace de partage de l’élément n’existe pas dans ce coffre-fort.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/vault/recordstore.cpp" line="+451"/>
        <location filename="../../src/vault/syncbook.cpp" line="-15"/>
        <source>The record&apos;s header is malformed.</source>
        <translation>L’en-tête de l’élément est mal formé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record&apos;s stored identity does not match its content.</source>
        <translation>L’identité enregistrée de l’élément ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/vault/spacekeys.cpp" line="-42"/>
        <location filename="../../src/vault/syncbook.cpp" line="+145"/>
        <source>The key of the record&apos;s space is missing or damaged.</source>
        <translation>La clé de l’espace de l’élément est manquante ou endommagée.</translation>
    </message>
    <message>
        <location filename="../../src/vault/spacekeys.cpp" line="-35"/>
        <location filename="../../src/vault/vault.cpp" line="-61"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="+47"/>
        <source>The account&apos;s keys are incomplete.</source>
        <translation>Les clés du compte sont incomplètes.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-175"/>
        <location filename="../../src/vault/vault.cpp" line="+184"/>
        <location filename="../../src/vault/vaultsetup.cpp" line="-34"/>
        <source>The passphrase settings are out of range.</source>
        <translation>Les paramètres de la phrase secrète sont en dehors des limites autorisées.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vaultsetup.cpp" line="+2"/>
        <source>The vault folder could not be created.</source>
        <translation>Le dossier du coffre-fort n’a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="-86"/>
        <source>The vault&apos;s keys could not be created.</source>
        <translation>Les clés du coffre-fort n’ont pas pu être créées.</translation>
    </message>
    <message>
        <location filename="../../src/vault/vault.cpp" line="-79"/>
        <source>There is no vault in this folder.</source>
        <translation>Il n’y a pas de coffre-fort dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+95"/>
        <source>The new passphrase could not be saved. The old one still works.</source>
        <translation>La nouvelle phrase secrète n’a pas pu être enregistrée. L’ancienne fonctionne toujours.</translation>
    </message>
    <message>
        <location filename="../../src/vault/recordstore.cpp" line="-274"/>
        <location filename="../../src/vault/syncbook.cpp" line="-220"/>
        <source>The record does not exist.</source>
        <translation>L’élément n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../src/vault/keyring.cpp" line="+74"/>
        <source>The vault&apos;s account keys are damaged.</source>
        <translation>Les clés de compte du coffre-fort sont endommagées.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This device has no signing key yet.</source>
        <translation>Cet appareil n’a pas encore de clé de signature.</translation>
    </message>
    <message>
        <location filename="../../src/vault/spacekeys.cpp" line="+5"/>
        <source>A different key for this version of the sharing space is already stored.</source>
        <translation>Une autre clé pour cette version de l’espace de partage est déjà enregistrée.</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../../src/app/session/vaultcontroller.cpp" line="+144"/>
        <source>Opening your care plan…</source>
        <translation>Ouverture de votre plan de soins…</translation>
    </message>
    <message>
        <location line="+420"/>
        <source>A vault is already open.</source>
        <translation>Un coffre-fort est déjà ouvert.</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Record %1 in space %2: %3</source>
        <translation>Élément %1 dans l’espace %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>VisibilityControl</name>
    <message>
        <location filename="../../qml/components/controls/VisibilityControl.qml" line="+49"/>
        <source>Who can see this?</source>
        <comment>@label</comment>
        <translation>Qui peut voir ceci&#xa0;?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/pages/session/WelcomePage.qml" line="+34"/>
        <source>Welcome</source>
        <comment>@title:window</comment>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Welcome to CareCircle</source>
        <comment>@title</comment>
        <translation>Bienvenue dans CareCircle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CareCircle keeps your care plan, what matters to you and how you are doing in one place, locked on your own device so that only you and the people you choose can read it.</source>
        <comment>@info welcome</comment>
        <translation>CareCircle rassemble en un seul endroit votre plan de soins, ce qui compte pour vous et la façon dont vous allez. Le tout est verrouillé sur votre propre appareil, pour que seules les personnes de votre choix et vous-même puissiez le lire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a passphrase</source>
        <comment>@title:group</comment>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passphrase locks your information. A short sentence that only you know works well, for example four words that don’t belong together.</source>
        <comment>@info</comment>
        <translation>Votre phrase secrète verrouille vos informations. Une courte phrase que personne d’autre ne connaît convient bien, par exemple quatre mots qui ne vont pas ensemble.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase</source>
        <comment>@label:textbox</comment>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type it again</source>
        <comment>@label:textbox confirm passphrase</comment>
        <translation>Saisissez-la à nouveau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same yet.</source>
        <comment>@info</comment>
        <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remember on this device</source>
        <comment>@option:check</comment>
        <translation>Mémoriser sur cet appareil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You won’t have to type your passphrase on this device: it is kept in the device’s secure keystore. Anyone who can use this device while you are signed in could then open CareCircle.</source>
        <comment>@info remember on device</comment>
        <translation>Vous n’aurez pas à saisir votre phrase secrète sur cet appareil&#xa0;: elle est conservée dans son trousseau de clés sécurisé. Toute personne pouvant utiliser cet appareil pendant que votre session est ouverte pourrait alors ouvrir CareCircle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no secure keystore that CareCircle can use, so you will type your passphrase each time.</source>
        <comment>@info remember on device unavailable</comment>
        <translation>Cet appareil n’a pas de trousseau de clés sécurisé utilisable par CareCircle&#xa0;: vous saisirez donc votre phrase secrète à chaque fois.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Get started</source>
        <comment>@action:button create the vault</comment>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get started: lock CareCircle with this passphrase</source>
        <comment>@action:button accessible</comment>
        <translation>Commencer&#xa0;: verrouiller CareCircle avec cette phrase secrète</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next you will get a recovery key to write down. It lets you back in if you ever forget your passphrase.</source>
        <comment>@info</comment>
        <translation>Vous recevrez ensuite une clé de récupération à noter. Elle vous permettra de retrouver l’accès à vos informations si vous oubliez un jour votre phrase secrète.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already use CareCircle?</source>
        <comment>@title:group</comment>
        <translation>Vous utilisez déjà CareCircle&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link this device to your account with a code from your other device, or restore your account with your recovery key if you lost your devices.</source>
        <comment>@info</comment>
        <translation>Associez cet appareil à votre compte grâce à un code affiché sur votre autre appareil, ou restaurez votre compte avec votre clé de récupération si vous avez perdu vos appareils.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link this device</source>
        <comment>@action:button</comment>
        <translation>Associer cet appareil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore with my recovery key</source>
        <comment>@action:button</comment>
        <translation>Restaurer avec ma clé de récupération</translation>
    </message>
</context>
<context>
    <name>WorkspaceIdentityCard</name>
    <message>
        <location filename="../../qml/components/cards/WorkspaceIdentityCard.qml" line="+28"/>
        <source>Your name as patients see it</source>
        <comment>@title:group workspace identity</comment>
        <translation>Votre nom tel que les patients le voient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You comment as</source>
        <comment>@title:group workspace identity</comment>
        <translation>Vous commentez en tant que</translation>
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
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your name or role</source>
        <comment>@action:button accessible</comment>
        <translation>Modifier votre nom ou votre rôle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your patients see this name and role next to your comments. Your name is kept encrypted in your own vault.</source>
        <comment>@info workspace identity</comment>
        <translation>Vos patients voient ce nom et ce rôle à côté de vos commentaires. Votre nom est conservé sous forme chiffrée dans votre propre coffre-fort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name</source>
        <comment>@label:textbox</comment>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. dr. An Claes</source>
        <comment>@info:placeholder</comment>
        <translation>p. ex. Dr An Claes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role in the care team</source>
        <comment>@label:listbox</comment>
        <translation>Votre rôle dans l’équipe de soins</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your name and role</source>
        <comment>@action:button accessible</comment>
        <translation>Enregistrer votre nom et votre rôle</translation>
    </message>
</context>
<context>
    <name>WorkspaceItemModel</name>
    <message>
        <location filename="../../src/app/workspace/workspaceitemmodel.cpp" line="+37"/>
        <source>Someone in the care circle</source>
        <comment>@info comment author</comment>
        <translation>Une personne du cercle de soins</translation>
    </message>
</context>
<context>
    <name>careteamdemo</name>
    <message>
        <location filename="../../src/demo/careteamdemo.cpp" line="+98"/>
        <source>No temporary folder.</source>
        <translation>Pas de dossier temporaire.</translation>
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
        <translation>CareCircle est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Please write dates like 2026-11-27.</source>
        <comment>@info date format hint</comment>
        <translation>Veuillez écrire les dates comme ceci&#xa0;: 2026-11-27.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The coordinator must be someone in the care team.</source>
        <translation>Le coordinateur doit faire partie de l’équipe de soins.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+57"/>
        <source>Start a care plan first.</source>
        <translation>Commencez d’abord un plan de soins.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Write the agreement first.</source>
        <translation>Écrivez d’abord l’accord.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <location line="+28"/>
        <source>This agreement is no longer in the plan.</source>
        <translation>Cet accord ne fait plus partie du plan.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>An agreement cannot be empty. To take it out of the plan, remove it.</source>
        <translation>Un accord ne peut pas être vide. Pour le sortir du plan, retirez-le.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Agreement removed.</source>
        <translation>Accord retiré.</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+48"/>
        <location line="+42"/>
        <source>This activity is no longer in the plan.</source>
        <translation>Cette activité ne fait plus partie du plan.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Give the activity a name, for example “Walk to the park”.</source>
        <translation>Donnez un nom à l’activité, par exemple «&#xa0;Marcher jusqu’au parc&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what kind of activity it is.</source>
        <translation>Choisissez le type d’activité.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the people chosen is no longer in the care team.</source>
        <translation>Une des personnes choisies ne fait plus partie de l’équipe de soins.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You can only mark as done what already happened.</source>
        <translation>Vous ne pouvez marquer comme fait que ce qui a déjà eu lieu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Marked “%1” as done.</source>
        <translation>«&#xa0;%1&#xa0;» marqué comme fait.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» retiré.</translation>
    </message>
</context>
<context>
    <name>cc::app::CareTeamController</name>
    <message>
        <location filename="../../src/app/team/careteamcontroller.cpp" line="-45"/>
        <location line="+26"/>
        <location line="+33"/>
        <source>CareCircle is locked. Unlock it and try again.</source>
        <translation>CareCircle est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+25"/>
        <location line="+32"/>
        <source>This person is no longer in the care team.</source>
        <translation>Cette personne ne fait plus partie de l’équipe de soins.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>This is your own entry: its role stays “patient”.</source>
        <translation>Il s’agit de votre propre fiche&#xa0;: son rôle reste «&#xa0;patient&#xa0;».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is you. Your own entry stays in your care team; you can change your name instead.</source>
        <translation>C’est vous. Votre propre fiche reste dans votre équipe de soins&#xa0;; vous pouvez plutôt modifier votre nom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed %1 from your care team.</source>
        <translation>%1 ne fait plus partie de votre équipe de soins.</translation>
    </message>
</context>
<context>
    <name>cc::app::CheckInController</name>
    <message>
        <location filename="../../src/app/checkin/checkincontroller.cpp" line="+286"/>
        <location line="+115"/>
        <source>Unlock CareCircle first.</source>
        <translation>Déverrouillez d’abord CareCircle.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Give at least one rating before saving.</source>
        <translation>Donnez au moins une note avant d’enregistrer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a rating for each part you want to discuss or write about.</source>
        <translation>Donnez une note pour chaque domaine de vie dont vous voulez parler ou sur lequel vous voulez écrire.</translation>
    </message>
</context>
<context>
    <name>cc::app::CheckInHistoryShare</name>
    <message>
        <location filename="../../src/app/sharing/checkinhistoryshare.cpp" line="+93"/>
        <source>Enter the day from which to share your check-ins.</source>
        <comment>@info error</comment>
        <translation>Indiquez le jour à partir duquel partager vos bilans.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>You have no private check-ins since that day.</source>
        <comment>@info error</comment>
        <translation>Vous n’avez aucun bilan privé depuis ce jour.</translation>
    </message>
</context>
<context>
    <name>cc::app::CommentModel</name>
    <message>
        <location filename="../../src/app/sharing/commentmodel.cpp" line="+55"/>
        <source>Check-in of %1</source>
        <translation>Bilan du %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown person</source>
        <translation>Personne inconnue</translation>
    </message>
</context>
<context>
    <name>cc::app::CommentThread</name>
    <message>
        <location line="+123"/>
        <source>This item no longer exists.</source>
        <translation>Cet élément n’existe plus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write something first.</source>
        <translation>Écrivez d’abord quelque chose.</translation>
    </message>
</context>
<context>
    <name>cc::app::ConflictListModel</name>
    <message>
        <location filename="../../src/app/sync/conflictscontroller.cpp" line="-89"/>
        <source>Goal “%1”</source>
        <translation>Objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity “%1”</source>
        <translation>Activité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care team: %1</source>
        <translation>Équipe de soins&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care plan “%1”</source>
        <translation>Plan de soins «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record that was deleted since</source>
        <translation>Un élément supprimé depuis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What matters to me</source>
        <translation>Ce qui compte pour moi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>But à atteindre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Notes on what was done</source>
        <translation>Remarques sur ce qui a été fait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to reach them</source>
        <translation>Comment les joindre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Written %1; replaced by an edit from %2.</source>
        <translation>Écrit le %1&#xa0;; remplacé par une modification du %2.</translation>
    </message>
</context>
<context>
    <name>cc::app::ConflictsController</name>
    <message>
        <location line="+51"/>
        <location line="+19"/>
        <source>CareCircle is locked.</source>
        <translation>CareCircle est verrouillé.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+19"/>
        <source>This text is no longer waiting for review.</source>
        <translation>Ce texte n’est plus en attente de vérification.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This text cannot be put back by itself. Copy it and edit the record instead.</source>
        <translation>Ce texte ne peut pas être rétabli seul. Copiez-le et modifiez plutôt l’élément lui-même.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Overwritten text let go.</source>
        <translation>Texte remplacé abandonné.</translation>
    </message>
</context>
<context>
    <name>cc::app::DeviceListModel</name>
    <message>
        <location filename="../../src/app/sync/devicelistmodel.cpp" line="+30"/>
        <source>Unnamed device</source>
        <translation>Appareil sans nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed on %1</source>
        <translation>Retiré le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked on %1</source>
        <translation>Associé le %1</translation>
    </message>
</context>
<context>
    <name>cc::app::GoalsController</name>
    <message>
        <location filename="../../src/app/goals/goalscontroller.cpp" line="+265"/>
        <location line="+62"/>
        <source>Write in your own words what matters to you: that is the heart of a goal.</source>
        <translation>Écrivez avec vos propres mots ce qui compte pour vous&#xa0;: c’est le cœur d’un objectif.</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+59"/>
        <source>Choose the part of life this goal is about.</source>
        <translation>Choisissez le domaine de vie concerné par cet objectif.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The target date is not a real day. Check the day, month and year.</source>
        <translation>La date visée n’existe pas. Vérifiez le jour, le mois et l’année.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+50"/>
        <location line="+63"/>
        <source>CareCircle is locked. Unlock it to save your goal.</source>
        <translation>CareCircle est verrouillé. Déverrouillez-le pour enregistrer votre objectif.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+24"/>
        <location line="+39"/>
        <location line="+23"/>
        <source>This goal no longer exists.</source>
        <translation>Cet objectif n’existe plus.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>CareCircle is locked. Unlock it to delete the goal.</source>
        <translation>CareCircle est verrouillé. Déverrouillez-le pour supprimer l’objectif.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no deleted goal to bring back.</source>
        <translation>Il n’y a aucun objectif supprimé à restaurer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This step no longer exists.</source>
        <translation>Cette étape n’existe plus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CareCircle is locked. Unlock it to log progress.</source>
        <translation>CareCircle est verrouillé. Déverrouillez-le pour noter vos progrès.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a rating from %1 to %2.</source>
        <translation>Choisissez une note de %1 à %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date is not a real day. Check the day, month and year.</source>
        <translation>La date n’existe pas. Vérifiez le jour, le mois et l’année.</translation>
    </message>
</context>
<context>
    <name>cc::app::PatientListModel</name>
    <message>
        <location filename="../../src/app/workspace/patientlistmodel.cpp" line="+18"/>
        <source>born %1</source>
        <comment>@info a patient&apos;s birth year in My patients</comment>
        <translation>né(e) en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account %1</source>
        <comment>@info a short account id telling two patients apart</comment>
        <translation>compte %1</translation>
    </message>
</context>
<context>
    <name>cc::app::ProgressHistoryModel</name>
    <message>
        <location filename="../../src/app/goals/progresshistorymodel.cpp" line="+99"/>
        <source>Unknown person</source>
        <translation>Personne inconnue</translation>
    </message>
</context>
<context>
    <name>cc::app::Session</name>
    <message>
        <location filename="../../src/app/session/session.cpp" line="+82"/>
        <source>%1 for %2</source>
        <comment>@label who acted (1) for which patient (2), e.g. Els Peeters for Maria</comment>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role in this person&apos;s care does not allow this change.</source>
        <comment>@info</comment>
        <translation>Votre rôle dans les soins de cette personne ne permet pas cette modification.</translation>
    </message>
</context>
<context>
    <name>cc::app::SharingController</name>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="-135"/>
        <source>%1 was added.</source>
        <translation>%1 fait maintenant partie de l’espace.</translation>
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
        <translation>Un espace sans nom</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only you</source>
        <translation>Seulement vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You and %1</source>
        <translation>Vous et %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You and %n others</source>
        <translation>
            <numerusform>Vous et %n autre personne</numerusform>
            <numerusform>Vous et %n autres personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/checkinhistoryshare.cpp" line="-5"/>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="-55"/>
        <location line="+62"/>
        <location line="+12"/>
        <location line="+19"/>
        <source>The vault is locked.</source>
        <translation>Le coffre-fort est verrouillé.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="-89"/>
        <location line="+92"/>
        <source>That space no longer exists.</source>
        <translation>Cet espace n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/sharingspaces.cpp" line="+16"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone you invited (%1)</source>
        <translation>Une personne que vous avez invitée (%1)</translation>
    </message>
    <message>
        <location filename="../../src/domain/careteamrules.cpp" line="+6"/>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/inviteflow.cpp" line="+101"/>
        <location filename="../../src/app/sharing/joinflow.cpp" line="+61"/>
        <location line="+71"/>
        <location filename="../../src/app/sharing/spacemembers.cpp" line="+213"/>
        <source>Connect CareCircle to your server first (Settings → Sync and devices).</source>
        <translation>Connectez d’abord CareCircle à votre serveur (Paramètres → Synchronisation et appareils).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or make a space to share first; your private space stays yours alone.</source>
        <translation>Choisissez ou créez d’abord un espace à partager&#xa0;; votre espace privé reste rien qu’à vous.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what the person may do.</source>
        <translation>Choisissez ce que la personne peut faire.</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/spacemembers.cpp" line="-56"/>
        <source>Choose a day from today on.</source>
        <translation>Choisissez un jour à partir d’aujourd’hui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 receives nothing new after %2.</source>
        <translation>%1 ne recevra plus rien de nouveau après le %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no end date now.</source>
        <translation>%1 n’a plus de date de fin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was removed. From now on they receive nothing new from this space; what they already saw stays with them.</source>
        <translation>%1 ne fait plus partie de l’espace. Désormais, cette personne ne reçoit plus rien de nouveau de cet espace&#xa0;; ce qu’elle a déjà vu reste en sa possession.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your devices</source>
        <translation>Vos appareils</translation>
    </message>
    <message>
        <location filename="../../src/app/sharing/joinflow.cpp" line="-66"/>
        <source>That code is not complete or has a typo. Check it with the person who invited you.</source>
        <translation>Ce code est incomplet ou contient une faute de frappe. Vérifiez-le avec la personne qui vous a envoyé l’invitation.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Write your name as %1 knows you.</source>
        <translation>Écrivez votre nom tel que %1 vous connaît.</translation>
    </message>
</context>
<context>
    <name>cc::app::SpaceMembers</name>
    <message>
        <location filename="../../src/app/sharing/spacemembers.cpp" line="-103"/>
        <source>%1: %2.</source>
        <comment>@info a member&apos;s name and what they may now do (e.g. May only read)</comment>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>For %n day(s), until %1</source>
        <comment>@option:radio membership end, %1 the last day</comment>
        <translation>
            <numerusform>Pendant %n jour, jusqu’au %1 inclus</numerusform>
            <numerusform>Pendant %n jours, jusqu’au %1 inclus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::app::SyncController</name>
    <message>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+136"/>
        <source>Not connected: everything stays on this device.</source>
        <translation>Non connecté&#xa0;: tout reste sur cet appareil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected; sync starts in a moment.</source>
        <translation>Connecté&#xa0;; la synchronisation commence dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing… %1 %</source>
        <translation>Synchronisation… %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: your changes are kept on this device and sent later.</source>
        <translation>Hors ligne&#xa0;: vos modifications sont conservées sur cet appareil et seront envoyées plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync needs your attention.</source>
        <translation>La synchronisation demande votre attention.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last synced at %1</source>
        <translation>Dernière synchronisation à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced on %1</source>
        <translation>Dernière synchronisation le %1</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelinkflow.cpp" line="+124"/>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+37"/>
        <source>Type the server&apos;s full address, starting with https://.</source>
        <translation>Saisissez l’adresse complète du serveur, qui commence par https://.</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/syncstatus.cpp" line="+4"/>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelist.cpp" line="+55"/>
        <source>Removing the device…</source>
        <translation>Retrait de l’appareil…</translation>
    </message>
    <message>
        <location filename="../../src/app/sync/devicelinkflow.cpp" line="-46"/>
        <source>The new device is linked. It now holds the same care plan as this one.</source>
        <translation>Le nouvel appareil est associé. Il contient désormais le même plan de soins que celui-ci.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This code is not complete or has a typo. Compare it with the other device.</source>
        <translation>Ce code est incomplet ou contient une faute de frappe. Comparez-le avec celui de l’autre appareil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Protecting this device with your passphrase…</source>
        <translation>Protection de cet appareil avec votre phrase secrète…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Waiting for your other device to send the care plan…</source>
        <translation>En attente du plan de soins envoyé par votre autre appareil…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This recovery key is not complete or has a typo. Check each group of four.</source>
        <translation>Cette clé de récupération est incomplète ou contient une faute de frappe. Vérifiez chaque groupe de quatre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring your account from the server…</source>
        <translation>Restauration de votre compte depuis le serveur…</translation>
    </message>
</context>
<context>
    <name>cc::app::VaultController</name>
    <message>
        <location filename="../../src/app/session/vaultcontroller.cpp" line="+189"/>
        <location line="+226"/>
        <source>Choose a stronger passphrase: a short sentence of four or more words works well.</source>
        <translation>Choisissez une phrase secrète plus robuste&#xa0;: une courte phrase de quatre mots ou plus convient bien.</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Creating your vault…</source>
        <translation>Création de votre coffre-fort…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type your passphrase to unlock.</source>
        <translation>Saisissez votre phrase secrète pour déverrouiller.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>Cette phrase secrète est incorrecte. Vérifiez que les majuscules ne sont pas verrouillées et réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This recovery key does not belong to this vault.</source>
        <translation>Cette clé de récupération n’appartient pas à ce coffre-fort.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a stronger new passphrase: a short sentence of four or more words works well.</source>
        <translation>Choisissez une nouvelle phrase secrète plus robuste&#xa0;: une courte phrase de quatre mots ou plus convient bien.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changing your passphrase…</source>
        <translation>Modification de votre phrase secrète…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your current passphrase is not correct. Nothing was changed.</source>
        <translation>Votre phrase secrète actuelle est incorrecte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking your passphrase…</source>
        <translation>Vérification de votre phrase secrète…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That passphrase is not correct.</source>
        <translation>Cette phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This device has no keystore that CareCircle can use.</source>
        <translation>Cet appareil n’a pas de trousseau de clés utilisable par CareCircle.</translation>
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
        <translation>Déverrouillez d’abord CareCircle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the name patients know you by.</source>
        <comment>@info</comment>
        <translation>Écrivez le nom sous lequel les patients vous connaissent.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose your role in the care team.</source>
        <comment>@info</comment>
        <translation>Choisissez votre rôle dans l’équipe de soins.</translation>
    </message>
    <message>
        <location line="-479"/>
        <location line="+21"/>
        <location line="+468"/>
        <location line="+61"/>
        <source>Open a patient first.</source>
        <comment>@info</comment>
        <translation>Ouvrez d’abord la fiche d’un patient.</translation>
    </message>
    <message>
        <location line="-548"/>
        <location line="+489"/>
        <source>Say first how patients see you: your name and your role.</source>
        <comment>@info</comment>
        <translation>Indiquez d’abord comment les patients vous voient&#xa0;: votre nom et votre rôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your comment first.</source>
        <comment>@info</comment>
        <translation>Écrivez d’abord votre commentaire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This item is no longer shared with you.</source>
        <comment>@info</comment>
        <translation>Cet élément n’est plus partagé avec vous.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>agenda</source>
        <comment>@info file name of the meeting agenda</comment>
        <translation>ordre-du-jour</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose where to save the agenda.</source>
        <comment>@info</comment>
        <translation>Choisissez où enregistrer l’ordre du jour.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda saved to %1.</source>
        <comment>@info</comment>
        <translation>Ordre du jour enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>cc::interop</name>
    <message>
        <location filename="../../src/interop/agendaexport.cpp" line="+45"/>
        <source>about the goal “%1”</source>
        <comment>@info agenda</comment>
        <translation>à propos de l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about the check-in of %1</source>
        <comment>@info agenda</comment>
        <translation>à propos du bilan du %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about “%1”</source>
        <comment>@info agenda: a plan activity</comment>
        <translation>à propos de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Someone in the care circle</source>
        <comment>@info agenda: unknown comment author</comment>
        <translation>Une personne du cercle de soins</translation>
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
        <translation>%1 pour %2</translation>
    </message>
</context>
<context>
    <name>cc::interop::AgendaExport</name>
    <message>
        <location line="+8"/>
        <source>Meeting agenda: %1</source>
        <comment>@title agenda, with the patient&apos;s name</comment>
        <translation>Ordre du jour de la concertation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on %1 from what %2 shared in CareCircle.</source>
        <comment>@info agenda</comment>
        <translation>Préparé le %1 à partir de ce que %2 a partagé dans CareCircle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What matters to me — in the patient&apos;s own words</source>
        <comment>@title agenda section</comment>
        <translation>Ce qui compte pour moi — avec les mots du patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goals shared.</source>
        <comment>@info agenda</comment>
        <translation>Aucun objectif partagé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>target: %1</source>
        <comment>@info agenda</comment>
        <translation>but à atteindre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <comment>@info agenda: target date</comment>
        <translation>d’ici le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last changed by %1</source>
        <comment>@info agenda</comment>
        <translation>dernière modification par %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flagged needs</source>
        <comment>@title agenda section</comment>
        <translation>Besoins signalés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing flagged.</source>
        <comment>@info agenda</comment>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 got worse: %2 out of 10, before about %3</source>
        <comment>@info agenda: domain, rating, mean</comment>
        <translation>%1&#xa0;: en baisse, %2 sur 10, contre environ %3 auparavant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>latest check-in against the ones before</source>
        <comment>@info agenda</comment>
        <translation>dernier bilan comparé aux précédents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: wants to discuss this</source>
        <comment>@info agenda: domain</comment>
        <translation>%1&#xa0;: souhaite en parler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-in of %1</source>
        <comment>@info agenda</comment>
        <translation>bilan du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (check-in of %2)</source>
        <comment>@info agenda: note, date</comment>
        <translation>«&#xa0;%1&#xa0;» (bilan du %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The care plan&apos;s review date has passed</source>
        <comment>@info agenda</comment>
        <translation>La date de réévaluation du plan de soins est dépassée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned for %1</source>
        <comment>@info agenda</comment>
        <translation>prévue le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal getting harder: “%1”</source>
        <comment>@info agenda</comment>
        <translation>Objectif qui devient plus difficile&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Open questions (last %n day(s))</source>
        <comment>@title agenda section</comment>
        <translation>
            <numerusform>Questions ouvertes (dernier jour)</numerusform>
            <numerusform>Questions ouvertes (%n derniers jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comments or questions in this time.</source>
        <comment>@info agenda</comment>
        <translation>Aucun commentaire ni question pendant cette période.</translation>
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
        <translation>J’aimerais en parler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, check-in of %2</source>
        <comment>@info agenda: domain, date</comment>
        <translation>%1, bilan du %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>filled in by %1</source>
        <comment>@info agenda</comment>
        <translation>rempli par %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+12"/>
        <location line="+14"/>
        <source>Could not save the agenda to %1: %2</source>
        <comment>@info</comment>
        <translation>Impossible d’enregistrer l’ordre du jour dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+53"/>
        <source>Creating the demo vault in %1 …</source>
        <translation>Création du coffre-fort de démonstration dans %1 …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the care-team demo vault in %1 …</source>
        <translation>Création du coffre-fort de démonstration de l’équipe de soins dans %1 …</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no vault in %1.</source>
        <translation>Il n’y a pas de coffre-fort dans %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/core/screenshot.cpp" line="+30"/>
        <source>Could not save the screenshot to %1.</source>
        <translation>Impossible d’enregistrer la capture d’écran dans %1.</translation>
    </message>
</context>
</TS>
