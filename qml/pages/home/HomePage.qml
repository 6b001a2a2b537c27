// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CareCircle

/**
 * "Today": a greeting, what is coming up, the goals in the person's words, the last
 * check-in and new comments. Every card explains itself while it is empty, so a new user
 * learns what will appear where. Two columns on wide windows. The weekly check-in is one
 * tap away from here at any window and text size (`navigationRequested("checkin")`, which
 * the shell follows).
 *
 * Someone patients shared with (a GP, a nurse, a caregiver) sees My patients first, with their
 * flags and new comments. Without care of her own (`professional`) the patient's cards and
 * empty states are left out; someone who is both sees both. A patient sees the attention flags
 * her care team sees, in her own words, and in which spaces they are raised.
 */
ScrollablePage {
    id: root

    readonly property int maximumActivities: 5
    readonly property int maximumGoals: 4
    readonly property int maximumComments: 3
    readonly property var checkIn: CareData.lastCheckIn
    readonly property bool hasCheckIn: root.checkIn.date !== undefined
    readonly property int morningEnds: 12
    readonly property int afternoonEnds: 18
    readonly property real twoColumnWidth: Theme.units * 40
    /** Patients shared with this account, and it has no care of its own: no patient cards. */
    readonly property bool professional: WorkspaceController.hasPatients && !CareData.hasOwnCare

    /** A flag of CareData.flags in the patient's words. */
    function flagText(flag: var): string {
        const domains = (flag.domains ?? []).map(code => Labels.domain(code)).join(", ");
        switch (flag.kind) {
        case "worsening":
            return qsTr("Your last check-in was lower than before for: %1", "@info attention flag for the patient, check-in domains").arg(domains);
        case "discuss":
            return qsTr("You would like to talk about: %1", "@info attention flag for the patient, check-in domains").arg(domains);
        case "review":
            return qsTr("Your care plan was due for review on %1", "@info attention flag for the patient, a date").arg(Labels.day(flag.date));
        case "goal":
            return qsTr("%n of your goals is getting harder", "@info attention flag for the patient", flag.count);
        }
        return "";
    }

    /** Re-evaluated when the page is created; the shell recreates pages on navigation. */
    readonly property date now: new Date()
    readonly property string greeting: {
        const hour = root.now.getHours();
        const name = CareData.patientName;
        if (hour < root.morningEnds)
            return name !== "" ? qsTr("Good morning, %1", "@title greeting").arg(name) : qsTr("Good morning", "@title greeting");
        if (hour < root.afternoonEnds)
            return name !== "" ? qsTr("Good afternoon, %1", "@title greeting").arg(name) : qsTr("Good afternoon", "@title greeting");
        return name !== "" ? qsTr("Good evening, %1", "@title greeting").arg(name) : qsTr("Good evening", "@title greeting");
    }

    /** Asks the shell to show destination @p key. */
    signal navigationRequested(string key)

    title: qsTr("Today", "@title:window home page")

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        SectionHeader {
            Layout.fillWidth: true
            pageTitle: true
            text: root.greeting
        }
        Label {
            Layout.fillWidth: true
            text: Labels.longDate(root.now)
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        Label {
            Layout.fillWidth: true
            visible: CareData.hasPlan
            text: Labels.isValidDate(CareData.nextReview)
                  ? qsTr("Your care plan “%1” · next review with your care team: %2", "@info home plan summary")
                    .arg(CareData.planTitle).arg(Labels.day(CareData.nextReview))
                  : qsTr("Your care plan “%1”", "@info home plan summary").arg(CareData.planTitle)
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
    }

    Card {
        objectName: "homePatientsCard"
        Layout.fillWidth: true
        visible: WorkspaceController.hasPatients
        title: qsTr("My patients", "@title:group home")

        Label {
            Layout.fillWidth: true
            visible: WorkspaceController.patients.count > 0
            text: qsTr("Those who need attention come first.", "@info home my patients")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        // A Column, not the card's layout: a Repeater over a C++ model that resets directly in
        // a Qt 6.4 layout is a known crash.
        Column {
            id: patientsColumn

            Layout.fillWidth: true
            spacing: Theme.spacing

            // The first few only: a GP may have hundreds of patients; My patients lists them all.
            Repeater {
                model: WorkspaceController.homePatients

                PatientCardDelegate {
                    id: patientCard

                    objectName: "homePatientCard"
                    width: patientsColumn.width
                    onClicked: {
                        WorkspaceController.openPatient(patientCard.patientId);
                        root.StackView.view.push(Qt.resolvedUrl("../workspace/PatientPage.qml"));
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: WorkspaceController.patients.count === 0
            text: qsTr("Your patients appear here once CareCircle has read what they share with you.", "@info home my patients")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
        ActionButton {
            objectName: "allPatientsButton"
            Layout.fillWidth: true
            text: WorkspaceController.homePatients.hiddenCount > 0
                  ? qsTr("All %n patient(s)", "@action:button home", WorkspaceController.patients.count)
                  : qsTr("Open My patients", "@action:button home")
            onClicked: root.navigationRequested("my-patients")
        }
    }

    Card {
        objectName: "homeFlagsCard"
        Layout.fillWidth: true
        visible: CareData.flags.length > 0
        title: qsTr("What your care team is asked to look at", "@title:group home attention flags")

        Column {
            id: flagsColumn

            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            Repeater {
                model: CareData.flags

                Label {
                    id: flagLabel

                    required property var modelData

                    objectName: "homeFlag"
                    width: flagsColumn.width
                    text: "• " + root.flagText(flagLabel.modelData)
                    wrapMode: Text.Wrap
                    color: Theme.colors.text
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("CareCircle points these out to the people in: %1. You choose this per space under Sharing.",
                       "@info home attention flags, space names").arg(CareData.flagSpaces)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.colors.textMuted
        }
    }

    Card {
        objectName: "checkInCard"
        Layout.fillWidth: true
        visible: !root.professional
        title: qsTr("Weekly check-in", "@title:group home")

        Label {
            Layout.fillWidth: true
            text: Labels.isValidDate(CheckInController.lastCheckInTime)
                  ? qsTr("How are you doing this week? Your last check-in: %1", "@info home").arg(Labels.day(CheckInController.lastCheckInTime))
                  : qsTr("How are you doing this week? A check-in takes a minute.", "@info home")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ActionButton {
            objectName: "startCheckInButton"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Start a check-in", "@action:button home")
            Accessible.name: text
            onClicked: root.navigationRequested("checkin")
        }
    }

    Card {
        objectName: "conflictsCard"
        Layout.fillWidth: true
        visible: ConflictsController.conflicts.count > 0
        title: qsTr("Edits to review", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("%n text(s) were changed on two devices at the same time. CareCircle kept the newest edit and saved the other one for you to look at.",
                       "@info conflicts", ConflictsController.conflicts.count)
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        ActionButton {
            Layout.fillWidth: true
            primary: true
            text: qsTr("Review", "@action:button review conflicting edits")
            Accessible.name: qsTr("Review the overwritten texts", "@action:button accessible")
            onClicked: root.StackView.view.push(Qt.resolvedUrl("../sync/ConflictsPage.qml"))
        }
    }

    Card {
        objectName: "emptyPlanCard"
        Layout.fillWidth: true
        visible: !CareData.hasPlan && !root.professional
        title: qsTr("Your care plan will appear here", "@title:group")

        Label {
            Layout.fillWidth: true
            text: qsTr("When you and your care team make a care plan, you will see here what is planned for the coming days: visits, appointments and the things you do yourself.",
                       "@info empty home")
            wrapMode: Text.Wrap
            color: Theme.colors.text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Start by writing what matters to you. Your goals and short check-ins on how you are doing come next, and they help your care team plan care around you.",
                       "@info empty home")
            wrapMode: Text.Wrap
            color: Theme.colors.textMuted
        }
    }

    GridLayout {
        objectName: "ownCareGrid"
        Layout.fillWidth: true
        visible: !root.professional
        // Two columns once each still gets a comfortable reading width (a portrait tablet
        // keeps one column next to its side navigation).
        columns: Theme.wide && root.availableWidth >= root.twoColumnWidth ? 2 : 1
        columnSpacing: Theme.largeSpacing
        rowSpacing: Theme.largeSpacing

        Card {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            title: qsTr("Coming up", "@title:group next activities")

            Repeater {
                model: CareData.upcoming

                ActivityDelegate {
                    required property int index

                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.smallSpacing
                    visible: index < root.maximumActivities
                }
            }
            Label {
                Layout.fillWidth: true
                visible: CareData.upcoming.count > root.maximumActivities
                text: qsTr("And %n more this week", "@info", CareData.upcoming.count - root.maximumActivities)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.colors.textMuted
            }
            EmptyState {
                Layout.fillWidth: true
                visible: CareData.upcoming.count === 0
                title: qsTr("Nothing planned for the next seven days", "@info empty")
                explanation: CareData.hasPlan
                             ? qsTr("Enjoy the quiet days. New visits and appointments show up here as soon as they are planned.", "@info empty")
                             : qsTr("Visits, appointments and the things you do yourself show up here once they are in your care plan.", "@info empty")
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            title: qsTr("What matters to me", "@title:group goals")

            Repeater {
                model: CareData.goals

                GoalDelegate {
                    required property int index

                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacing
                    visible: index < root.maximumGoals
                }
            }
            Label {
                Layout.fillWidth: true
                visible: CareData.goals.count > root.maximumGoals
                text: qsTr("And %n more goal(s)", "@info", CareData.goals.count - root.maximumGoals)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.colors.textMuted
            }
            EmptyState {
                Layout.fillWidth: true
                visible: CareData.goals.count === 0
                title: qsTr("What matters to you?", "@info empty goals")
                explanation: qsTr("Start by writing what matters to you, in your own words: walking to the market again, enjoying time with your grandchildren, sleeping better. Your goals will be listed here with how they are going.",
                                  "@info empty goals")
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            title: qsTr("Last check-in", "@title:group")

            Label {
                Layout.fillWidth: true
                visible: root.hasCheckIn
                text: !root.hasCheckIn ? ""
                      : (root.checkIn.actedBy ?? "") !== ""
                        ? qsTr("%1 · filled in by %2", "@info check-in date, who filled it in (e.g. Els Peeters for Maria)").arg(Labels.day(root.checkIn.date)).arg(root.checkIn.actedBy)
                        : root.checkIn.byProxy
                          ? qsTr("%1 · filled in by someone helping you", "@info check-in date, by proxy").arg(Labels.day(root.checkIn.date))
                          : Labels.day(root.checkIn.date)
                wrapMode: Text.Wrap
                color: Theme.colors.textMuted
            }
            CheckInBars {
                Layout.fillWidth: true
                visible: root.hasCheckIn
                ratings: root.checkIn.ratings ?? ({})
                discuss: root.checkIn.discuss ?? []
            }
            Label {
                Layout.fillWidth: true
                visible: root.hasCheckIn
                text: qsTr("0 means very hard, 10 means very good.", "@info check-in scale")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.colors.textMuted
            }
            EmptyState {
                Layout.fillWidth: true
                visible: !root.hasCheckIn
                title: qsTr("No check-in yet", "@info empty check-in")
                explanation: qsTr("A check-in takes a minute: how are your body, mind, meaning in life, quality of life, taking part and daily life going? You’ll see your answers here, and you can mark what you’d like to talk about with your care team.",
                                  "@info empty check-in")
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            title: qsTr("New comments", "@title:group")

            Repeater {
                model: CareData.recentComments

                CommentDelegate {
                    required property int index

                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacing
                    visible: index < root.maximumComments
                }
            }
            EmptyState {
                Layout.fillWidth: true
                visible: CareData.recentComments.count === 0
                title: qsTr("No new comments", "@info empty comments")
                explanation: qsTr("When someone in your care circle writes to you about your plan or your goals, you’ll read it here.",
                                  "@info empty comments")
            }
        }
    }
}
