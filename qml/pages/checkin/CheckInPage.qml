// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * Check-in (DESIGN.md §3, §7): start a quick six-domain check-in, fill in a short
 * questionnaire, and look back at earlier check-ins. In the own circle it also offers the
 * caregiver's own check-in (four questions about her own strain and needs), private unless
 * she chooses a space for it. The check-in shows one domain per step
 * on a phone ("2 of 6") and all six in one column on wide windows, then a review to save.
 * All question texts come from the questionnaire definitions, in the app's language.
 */
ScrollablePage {
    id: root

    /** "start", "flow" (answering) or "review". */
    property string mode: "start"
    property int step: 0
    property string savedMessage: ""
    property string errorMessage: ""
    /** The patient check-in and the caregiver's own: each keeps its own delegates (see below). */
    property var patientDefinition: CheckInController.definitionOf(false)
    property var caregiverDefinition: CheckInController.definitionOf(true)
    readonly property bool caregiver: CheckInController.caregiverMode
    readonly property var definition: root.caregiver ? root.caregiverDefinition : root.patientDefinition
    readonly property var draftDomains: root.caregiver ? Labels.caregiverDomains : Labels.checkInDomains
    property var instrumentList: CheckInController.instruments()
    readonly property var domainItems: root.definition.items ?? []
    readonly property bool oneAtATime: !Theme.wide
    readonly property var draft: CheckInController.draft
    readonly property bool lastStep: root.step >= root.domainItems.length - 1

    function start(caregiverCheckIn: bool): void {
        CheckInController.setCaregiverMode(caregiverCheckIn);
        CheckInController.resetDraft();
        // Each check-in remembers its own "Who can see this?": the caregiver's is private
        // until she chooses otherwise.
        checkInVisibility.spaceId = CheckInController.checkInSpace();
        root.savedMessage = "";
        root.errorMessage = "";
        root.step = 0;
        root.mode = "flow";
        root.flickable.contentY = 0;
    }
    function next(): void {
        if (root.oneAtATime && !root.lastStep)
            root.step += 1;
        else
            root.mode = "review";
        root.flickable.contentY = 0;
    }
    function previous(): void {
        if (root.oneAtATime && root.step > 0)
            root.step -= 1;
        else
            root.mode = "start";
        root.flickable.contentY = 0;
    }
    function save(): void {
        const error = CheckInController.saveCheckIn();
        root.errorMessage = error;
        if (error !== "")
            return;
        root.savedMessage = qsTr("Your check-in is saved. Thank you for taking the time.", "@info check-in saved");
        root.mode = "start";
        root.flickable.contentY = 0;
    }

    /**
     * Opens a step of the check-in or a questionnaire (Main.qml's sub-page keys): the first
     * question, the review (of an unsaved example: a rating for every part of life), the first
     * questionnaire, or its result for middle answers (scored, not saved); the caregiver's
     * own check-in opens in her own circle (a caregiver's tablet may be acting for a patient).
     */
    function openSubPage(key: string): bool {
        if (key === "checkin-caregiver") {
            if (WorkspaceController.circleId !== "" && WorkspaceController.openCircle("") !== "")
                return false;
            root.start(true);
            return true;
        }
        if (key === "checkin-flow" || key === "checkin-review") {
            root.start(false);
            if (key === "checkin-review") {
                root.domainItems.forEach((item, i) => CheckInController.setRating(item.domain, (3 + 2 * i) % 11));
                root.mode = "review";
            }
            return true;
        }
        if ((key !== "instrument" && key !== "instrument-result") || root.instrumentList.length === 0 || !root.StackView.view)
            return false;
        const page = root.StackView.view.push(Qt.resolvedUrl("InstrumentPage.qml"), { instrumentId: root.instrumentList[0].id });
        if (key === "instrument-result" && page)
            page.previewResult();
        return true;
    }

    title: qsTr("Check-in", "@title:window check-in page")
    // The answers live in CheckInController's draft; leaving the flow starts a new one. A lock
    // keeps it (this page stays, hidden, under the unlock page); the page takes it along when
    // it goes, so nothing of it stays in memory after Discard or a lock without a draft.
    dirty: root.mode !== "start" && CheckInController.ratedCount > 0
    Component.onDestruction: {
        CheckInController.resetDraft();
        CheckInController.setCaregiverMode(false);
    }
    // Sliders read best at a form's width, even on a wide screen.
    maximumContentWidth: root.mode === "start" ? Theme.contentMaxWidth : Theme.formMaxWidth

    Connections {
        target: LanguageSettings

        function onLanguageChanged(): void {
            root.patientDefinition = CheckInController.definitionOf(false);
            root.caregiverDefinition = CheckInController.definitionOf(true);
            root.instrumentList = CheckInController.instruments();
        }
    }

    // ---- start ----------------------------------------------------------------------------
    MessageLabel {
        objectName: "savedMessage"
        Layout.fillWidth: true
        visible: root.mode === "start" && root.savedMessage !== ""
        kind: MessageLabel.Success
        text: root.savedMessage
    }

    Card {
        Layout.fillWidth: true
        visible: root.mode === "start"
        title: WorkspaceController.circleId === ""
               ? qsTr("How are you doing?", "@title:group check-in start")
               : qsTr("How is %1 doing?", "@title:group check-in start, filled in for a patient").arg(WorkspaceController.circleName)

        Label {
            objectName: "proxyLabel"
            Layout.fillWidth: true
            visible: WorkspaceController.circleId !== ""
            text: qsTr("You answer for %1, as you see it. The check-in is marked as filled in by you for %1.", "@info proxy check-in").arg(WorkspaceController.circleName)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "lastCheckInLabel"
            Layout.fillWidth: true
            visible: Labels.isValidDate(CheckInController.lastCheckInTime)
            text: WorkspaceController.circleId === ""
                  ? qsTr("Your last check-in: %1", "@info").arg(Labels.day(CheckInController.lastCheckInTime))
                  : qsTr("Last check-in about %1: %2", "@info in a patient's circle").arg(WorkspaceController.circleName).arg(Labels.day(CheckInController.lastCheckInTime))
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        EmptyState {
            Layout.fillWidth: true
            visible: !Labels.isValidDate(CheckInController.lastCheckInTime)
            title: qsTr("No check-in yet", "@info empty check-in")
            explanation: WorkspaceController.circleId === ""
                         ? qsTr("Once a week is a good rhythm. Your answers help you and your care team see how things are going over time.",
                                "@info empty check-in")
                         : qsTr("Nobody has filled in a check-in about %1 yet.", "@info empty check-in in a patient's circle").arg(WorkspaceController.circleName)
        }
        Label {
            Layout.fillWidth: true
            text: root.patientDefinition.intro ?? ""
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ActionButton {
            objectName: "startButton"
            Layout.fillWidth: !Theme.wide
            primary: true
            enabled: CheckInController.available && (root.patientDefinition.items ?? []).length > 0
            text: qsTr("Start check-in", "@action:button")
            Accessible.name: text
            onClicked: root.start(false)
        }
    }

    Card {
        objectName: "caregiverCard"
        Layout.fillWidth: true
        // Her own, so only in her own circle; offered to everyone there (see CheckInController).
        visible: root.mode === "start" && WorkspaceController.circleId === "" && CheckInController.caregiverCheckInOffered
        title: qsTr("About me as a caregiver", "@title:group caregiver check-in start")

        Label {
            Layout.fillWidth: true
            text: qsTr("Do you care for someone? Four short questions about how you yourself are doing as a caregiver: the weight of caring, your own health, time for yourself and the support you get. Nobody sees your answers unless you choose to share them.",
                       "@info caregiver check-in start")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ActionButton {
            objectName: "startCaregiverButton"
            Layout.fillWidth: !Theme.wide
            enabled: CheckInController.available && (root.caregiverDefinition.items ?? []).length > 0
            text: qsTr("Start my caregiver check-in", "@action:button")
            Accessible.name: text
            onClicked: root.start(true)
        }
    }

    Card {
        objectName: "questionnairesCard"
        Layout.fillWidth: true
        // Validated questionnaires are answered by the person herself, never for her (the
        // controller refuses them in a patient's circle).
        visible: root.mode === "start" && WorkspaceController.circleId === ""
        title: qsTr("Short questionnaires", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("Well-known short questionnaires about well-being, mood and worry. You see your score described in plain words; it is something to talk about with your care team, not a diagnosis.",
                       "@info questionnaires")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        Repeater {
            model: root.instrumentList

            ActionButton {
                id: instrumentButton

                required property var modelData

                objectName: "instrument_" + instrumentButton.modelData.id
                Layout.fillWidth: true
                enabled: CheckInController.available
                text: qsTr("%1 · %n question(s)", "@action:button questionnaire title and length",
                           instrumentButton.modelData.itemCount).arg(instrumentButton.modelData.title)
                Accessible.name: text
                onClicked: root.StackView.view.push(Qt.resolvedUrl("InstrumentPage.qml"),
                                                    { instrumentId: instrumentButton.modelData.id })
            }
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.mode === "start"
        title: qsTr("Earlier check-ins", "@title:group")

        // A positioner, not the card's layout, holds the rows: saving a check-in resets the
        // history, and Qt 6.4's layouts crash in their next pass when a Repeater destroys
        // their direct children on a model reset (seen on wide windows).
        Column {
            id: historyColumn

            Layout.fillWidth: true
            spacing: Theme.spacing

            // The newest few, and more on request: years of daily check-ins would each make a delegate.
            Repeater {
                model: CheckInController.recentHistory

                CheckInHistoryDelegate {
                    required property int index

                    objectName: "historyRow_" + index
                    width: historyColumn.width
                }
            }
        }
        MoreRowsButton {
            objectName: "earlierCheckIns"
            Layout.fillWidth: true
            rows: CheckInController.recentHistory
            text: qsTr("Show earlier check-ins (%n more)", "@action:button", CheckInController.recentHistory.hiddenCount)
        }
        HistoryLoadingRow {
            Layout.fillWidth: true
        }
        EmptyState {
            objectName: "historyEmpty"
            Layout.fillWidth: true
            visible: CheckInController.history.count === 0
            title: qsTr("Nothing here yet", "@info empty check-in history")
            explanation: WorkspaceController.circleId === ""
                         ? qsTr("Your check-ins and questionnaire results will be listed here, newest first, so you can see how things change.",
                                "@info empty check-in history")
                         : qsTr("The check-ins about %1 that you may see will be listed here, newest first.", "@info empty check-in history in a patient's circle").arg(WorkspaceController.circleName)
        }
    }

    // ---- answering ------------------------------------------------------------------------
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.mode === "flow"
        spacing: Theme.spacing

        Label {
            objectName: "caregiverFlowLabel"
            Layout.fillWidth: true
            visible: root.caregiver
            text: qsTr("Your caregiver check-in: about you, not about the person you care for.", "@info caregiver check-in flow")
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            color: Theme.colors.text
        }
        Label {
            objectName: "proxyFlowLabel"
            Layout.fillWidth: true
            visible: WorkspaceController.circleId !== "" && !root.caregiver
            // The questions are Maria's own ("you"): said once, in a line that stays in view.
            text: qsTr("For %1: where a question says “you”, answer for %1, as you see it.", "@info proxy check-in flow").arg(WorkspaceController.circleName)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.weight: Font.DemiBold
            color: Theme.colors.text
        }
        Label {
            objectName: "progressLabel"
            Layout.fillWidth: true
            visible: root.oneAtATime
            text: qsTr("%1 of %n", "@info check-in progress", root.domainItems.length).arg(root.step + 1)
            font.weight: Font.DemiBold
            color: Theme.colors.textMuted
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Question %1 of %n", "@info accessible check-in progress", root.domainItems.length).arg(root.step + 1)
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: root.oneAtATime
            from: 0
            to: root.domainItems.length
            value: root.step + 1
            Accessible.name: qsTr("Check-in progress", "@info accessible")
            Accessible.role: Accessible.ProgressBar
        }
        Label {
            Layout.fillWidth: true
            visible: !root.oneAtATime
            text: root.definition.intro ?? ""
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
    }

    // The delegates live as long as the page: a model that changed with the mode destroyed
    // them while the page's layout still held them, and Qt 6.4 then crashed in its next
    // layout pass (saving a check-in on a wide window). Visibility alone switches them, so
    // the patient check-in and the caregiver's own each have a Repeater of their own.
    Repeater {
        model: root.patientDefinition.items ?? []

        DomainRatingDelegate {
            required property var modelData
            required property int index

            Layout.fillWidth: true
            visible: root.mode === "flow" && !root.caregiver && (!root.oneAtATime || index === root.step)
            item: modelData
            answer: root.draft[modelData.domain] ?? ({})
            wishAllowed: root.patientDefinition.wishAllowed === true
            discussAllowed: root.patientDefinition.discussAllowed === true
            noteAllowed: root.patientDefinition.noteAllowed === true
        }
    }
    Repeater {
        model: root.caregiverDefinition.items ?? []

        DomainRatingDelegate {
            required property var modelData
            required property int index

            Layout.fillWidth: true
            visible: root.mode === "flow" && root.caregiver && (!root.oneAtATime || index === root.step)
            item: modelData
            answer: root.draft[modelData.domain] ?? ({})
            wishAllowed: root.caregiverDefinition.wishAllowed === true
            discussAllowed: root.caregiverDefinition.discussAllowed === true
            noteAllowed: root.caregiverDefinition.noteAllowed === true
        }
    }

    Flow {
        Layout.fillWidth: true
        visible: root.mode === "flow"
        spacing: Theme.spacing

        ActionButton {
            objectName: "backButton"
            text: root.oneAtATime && root.step > 0 ? qsTr("Back", "@action:button check-in step")
                                                   : qsTr("Cancel", "@action:button")
            flat: true
            Accessible.name: text
            onClicked: root.previous()
        }
        ActionButton {
            objectName: "nextButton"
            primary: true
            text: root.oneAtATime && !root.lastStep ? qsTr("Next", "@action:button check-in step")
                                                    : qsTr("Review", "@action:button check-in")
            Accessible.name: text
            onClicked: root.next()
        }
    }

    // ---- review ---------------------------------------------------------------------------
    Card {
        Layout.fillWidth: true
        visible: root.mode === "review"
        title: root.caregiver ? qsTr("Your caregiver check-in", "@title:group caregiver check-in review")
               : WorkspaceController.circleId !== ""
                 ? qsTr("Check-in for %1", "@title:group check-in review, filled in for a patient").arg(WorkspaceController.circleName)
                 : qsTr("Your check-in", "@title:group check-in review")

        CheckInBars {
            Layout.fillWidth: true
            domains: root.draftDomains
            ratings: {
                const result = {};
                for (const code of root.draftDomains) {
                    const entry = root.draft[code];
                    if (entry && entry.rated)
                        result[code] = entry.rating;
                }
                return result;
            }
            discuss: root.draftDomains.filter(code => root.draft[code] && root.draft[code].discuss)
        }
        Repeater {
            // Wishes and notes, so the review shows everything that will be saved. One label
            // per part of life, shown when it has something: a model that followed the draft
            // would destroy labels inside the card's layout on every change (see above). Both
            // check-ins' parts: those of the other one have no answer in the draft.
            model: Labels.checkInDomains.concat(Labels.caregiverDomains)

            Label {
                id: extra

                required property string modelData
                readonly property var entry: root.draft[extra.modelData]

                Layout.fillWidth: true
                visible: text !== ""
                text: {
                    const lines = [];
                    if (!extra.entry || !extra.entry.rated)
                        return "";
                    if (extra.entry.wish >= 0)
                        lines.push(qsTr("%1 · where you’d like to be: %2", "@info check-in review").arg(Labels.domain(extra.modelData)).arg(extra.entry.wish));
                    if (extra.entry.note !== "")
                        lines.push(qsTr("%1: “%2”", "@info check-in note with its domain").arg(Labels.domain(extra.modelData)).arg(extra.entry.note));
                    return lines.join("\n");
                }
                wrapMode: Text.Wrap
                color: Theme.colors.textMuted
            }
        }
        Label {
            Layout.fillWidth: true
            visible: CheckInController.ratedCount < root.domainItems.length
            text: CheckInController.ratedCount === 0
                  ? qsTr("You have not chosen a number yet. Go back to answer at least one question.", "@info check-in review")
                  : qsTr("%n part(s) without a number will be left out.", "@info check-in review",
                         root.domainItems.length - CheckInController.ratedCount)
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        VisibilityControl {
            id: checkInVisibility

            objectName: "checkInVisibility"
            Layout.fillWidth: true
            // In a patient's circle the check-in goes into the space she shared: not ours to choose.
            visible: WorkspaceController.circleId === ""
            spaceId: CheckInController.checkInSpace()
            onSpaceIdChanged: CheckInController.setCheckInSpace(checkInVisibility.spaceId)
        }
        MessageLabel {
            objectName: "saveError"
            Layout.fillWidth: true
            kind: MessageLabel.Error
            text: root.errorMessage
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                objectName: "changeButton"
                text: qsTr("Change answers", "@action:button check-in review")
                flat: true
                Accessible.name: text
                onClicked: {
                    root.step = 0;
                    root.mode = "flow";
                }
            }
            ActionButton {
                objectName: "saveButton"
                primary: true
                enabled: CheckInController.ratedCount > 0
                text: qsTr("Save check-in", "@action:button")
                Accessible.name: text
                onClicked: root.save()
            }
        }
    }
}
