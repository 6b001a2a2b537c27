// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/activity.h"
#include "domain/attentionflags.h"
#include "domain/careplan.h"
#include "domain/carestore.h"
#include "domain/careteammember.h"
#include "domain/careteamrules.h"
#include "domain/checkin.h"
#include "domain/codelabels.h"
#include "domain/codes.h"
#include "domain/comment.h"
#include "domain/conflictcopy.h"
#include "domain/envelope.h"
#include "domain/goal.h"
#include "domain/hlc.h"
#include "domain/localizedtext.h"
#include "domain/membershipend.h"
#include "domain/patientprofile.h"
#include "domain/progressentry.h"
#include "domain/recordid.h"
#include "domain/schedule.h"
#include "domain/schedulerules.h"
#include "vault/vault.h"

#include <QCborArray>
#include <QCborStreamWriter>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::domain;

namespace {

QByteArray idOf(char fill)
{
    return QByteArray(RecordIdSize, fill);
}

/** A new vault and its loaded store, for a test that needs real records. */
struct FreshStore {
    QTemporaryDir dir;
    std::unique_ptr<vault::Vault> vault;
    std::unique_ptr<CareStore> store;

    bool open()
    {
        auto created = vault::Vault::create(
            dir.filePath(QStringLiteral("v")), crypto::SecureBuffer::copyOf("domain passphrase"), {1, 1024, 1});
        if (!created.ok())
            return false;
        vault = std::move(created->vault);
        store = std::make_unique<CareStore>(*vault);
        return store->load().ok();
    }
};

QByteArray device(char fill)
{
    return QByteArray(Hlc::DeviceIdSize, fill);
}

LocalizedText nl(const QString &text)
{
    return {text, QStringLiteral("nl")};
}

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

PatientProfile sampleProfile()
{
    PatientProfile profile;
    profile.preferredName = QStringLiteral("Maria");
    profile.language = QStringLiteral("nl-BE");
    profile.birthYear = 1951;
    profile.conditions = {
        {nl(QStringLiteral("Diabetes type 2")), QStringLiteral("44054006"), QStringLiteral("http://snomed.info/sct")},
        {nl(QStringLiteral("COPD")), {}, {}}};
    profile.emergencyContact = {QStringLiteral("Els"), QStringLiteral("0470 00 00 02")};
    return profile;
}

CareTeamMember sampleMember()
{
    CareTeamMember member;
    member.displayName = QStringLiteral("An Wouters");
    member.role = QStringLiteral("home_nurse");
    member.organisation = QStringLiteral("Wit-Gele Kruis");
    member.contact = QStringLiteral("0470 00 00 04");
    member.isCoordinator = true;
    member.linkedAccount = QByteArray(32, '\x5a');
    return member;
}

CarePlan samplePlan()
{
    CarePlan plan;
    plan.title = nl(QStringLiteral("Zorgplan Maria"));
    plan.status = QStringLiteral("active");
    plan.periodStart = QDate(2025, 1, 1);
    plan.periodEnd = QDate(2025, 12, 31);
    plan.coordinatorId = idOf('c');
    plan.nextReview = QDate(2025, 4, 1);
    plan.agreements = {nl(QStringLiteral("Els doet de boodschappen op zaterdag.")),
        {QStringLiteral("Appeler le médecin si l'essoufflement augmente."), QStringLiteral("fr")}};
    return plan;
}

Goal sampleGoal()
{
    Goal goal;
    goal.kind = QStringLiteral("life_goal");
    goal.whatMattersToMe = nl(QStringLiteral("Weer zelf naar de zaterdagmarkt wandelen."));
    goal.domain = QStringLiteral("participation");
    goal.target = nl(QStringLiteral("15 minuten wandelen zonder te stoppen"));
    goal.targetDate = QDate(2025, 6, 1);
    goal.priority = 1;
    goal.status = QStringLiteral("active");
    goal.achievement = QStringLiteral("improving");
    goal.steps = {{nl(QStringLiteral("Elke dag 10 minuten wandelen")), true},
        {nl(QStringLiteral("Met Els naar de markt")), false}};
    goal.expressedBy = idOf('m');
    return goal;
}

ProgressEntry sampleProgress()
{
    ProgressEntry entry;
    entry.goalId = idOf('g');
    entry.date = QDate(2025, 3, 10);
    entry.rating = 6;
    entry.value = 12.5;
    entry.unit = QStringLiteral("min");
    entry.note = nl(QStringLiteral("Tot aan de kerk."));
    entry.authorId = idOf('m');
    return entry;
}

Activity sampleActivity()
{
    Activity activity;
    activity.title = nl(QStringLiteral("Thuisverpleging"));
    activity.kind = QStringLiteral("professional_care");
    activity.goalIds = {idOf('g'), idOf('h')};
    activity.assigneeIds = {idOf('n')};
    activity.schedule = Schedule::weekly(QDate(2025, 1, 6), Schedule::Monday | Schedule::Wednesday | Schedule::Friday);
    activity.schedule.time = QTime(8, 0);
    activity.schedule.end = QDate(2025, 12, 31);
    activity.status = QStringLiteral("active");
    activity.doneLog = {
        {QDate(2025, 3, 10), idOf('n'), nl(QStringLiteral("Glycemie 142"))}, {QDate(2025, 3, 12), idOf('n'), {}}};
    return activity;
}

CheckIn sampleCheckIn()
{
    CheckIn checkIn;
    checkIn.completedById = idOf('e');
    checkIn.byProxy = true;
    checkIn.time = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);
    checkIn.answers.insert(QStringLiteral("body"), {5, 7, false, {}});
    checkIn.answers.insert(QStringLiteral("mind"), {3, std::nullopt, true, nl(QStringLiteral("Ik pieker veel."))});
    checkIn.answers.insert(QStringLiteral("daily_life"), {10, 10, false, {}});
    checkIn.instruments = {{QStringLiteral("who5"), QStringLiteral("1998"), QStringLiteral("nl"), 13, 52},
        {QStringLiteral("phq2"), QStringLiteral("2003"), QStringLiteral("nl"), 2, 2}};
    return checkIn;
}

Comment sampleComment()
{
    Comment comment;
    comment.targetId = idOf('g');
    comment.targetKind = QStringLiteral("goal");
    comment.authorId = idOf('d');
    comment.text = nl(QStringLiteral("Mooi doel!"));
    comment.time = QDateTime(QDate(2025, 3, 15), QTime(17, 45), Qt::UTC);
    return comment;
}

/** Encodes a hand-built CBOR value to bytes. */
QByteArray cbor(const QCborValue &value)
{
    return value.toCbor();
}

QCborMap validEnvelopeMap()
{
    const RecordEnvelope envelope = makeEnvelope(sampleGoal(), Hlc {1000, 0, device('a')});
    return QCborValue::fromCbor(envelope.encode()).toMap();
}

/** Decodes @p bytes as every record kind would be read: never crashes, ok or a clean error. */
void decodeAsEverything(const QByteArray &bytes)
{
    const Result<RecordEnvelope> envelope = RecordEnvelope::decode(bytes);
    if (!envelope) {
        QCOMPARE(envelope.code(), ErrorCode::InvalidInput);
        QVERIFY(!envelope.error().message.isEmpty());
        return;
    }
    (void)recordFromEnvelope<PatientProfile>(*envelope).ok();
    (void)recordFromEnvelope<CareTeamMember>(*envelope).ok();
    (void)recordFromEnvelope<CarePlan>(*envelope).ok();
    (void)recordFromEnvelope<Goal>(*envelope).ok();
    (void)recordFromEnvelope<ProgressEntry>(*envelope).ok();
    (void)recordFromEnvelope<Activity>(*envelope).ok();
    (void)recordFromEnvelope<CheckIn>(*envelope).ok();
    (void)recordFromEnvelope<Comment>(*envelope).ok();
}

template<typename Record>
void verifyRoundTrip(const Record &record)
{
    QVERIFY(record.validate().ok());
    const QCborMap fields = record.toFields();
    // Through bytes, as the vault stores it.
    const QCborMap reread = QCborValue::fromCbor(QCborValue(fields).toCbor()).toMap();
    const Result<Record> back = Record::fromFields(reread);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QVERIFY(*back == record);
    QCOMPARE(back->toFields(), fields);
}

template<typename Record>
void verifyRejected(const Record &record)
{
    QCOMPARE(record.validate().code(), ErrorCode::InvalidInput);
    const Result<Record> back = Record::fromFields(record.toFields());
    QVERIFY(!back.ok());
    QCOMPARE(back.code(), ErrorCode::InvalidInput);
    QVERIFY(!back.error().message.isEmpty());
}

template<typename Record>
void verifyFieldsRejected(const QCborMap &fields)
{
    const Result<Record> back = Record::fromFields(fields);
    QVERIFY(!back.ok());
    QCOMPARE(back.code(), ErrorCode::InvalidInput);
    QVERIFY(!back.error().message.isEmpty());
}

} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMembershipEndingOnADayIsShownAsThatDayEverywhere()
    {
        // Issue 15: the banner said 3 January, the member line 4 January. The server stores
        // the first instant that is no longer allowed (exclusive); people read the last day
        // that still is (inclusive).
        const QDate lastDay(2027, 1, 3);
        const QDateTime expires = membershipend::expiryFor(lastDay);
        QVERIFY(expires > lastDay.endOfDay().addSecs(-1));
        QVERIFY(expires.toMSecsSinceEpoch() > lastDay.endOfDay().toMSecsSinceEpoch());
        QCOMPARE(membershipend::lastDayOf(expires), lastDay);
        // Through UTC, as the server hands it back.
        QCOMPARE(membershipend::lastDayOf(expires.toUTC()), lastDay);
        // An end set elsewhere mid-day still allows that whole day.
        QCOMPARE(membershipend::lastDayOf(QDateTime(lastDay, QTime(15, 0))), lastDay);
        QVERIFY(!membershipend::lastDayOf(QDateTime()).isValid());
        // Both texts come from one function, so they cannot disagree.
        QVERIFY(membershipend::dayText(lastDay).contains(QStringLiteral("2027")));
        QCOMPARE(membershipend::dayText(membershipend::lastDayOf(expires)), membershipend::dayText(lastDay));
    }

    void theEndDatePresetsAreWholeDaysFromToday()
    {
        const QDate today(2026, 12, 4);
        QCOMPARE(membershipend::presetDay(today, 7), QDate(2026, 12, 11));
        QCOMPARE(membershipend::presetDay(today, 30), QDate(2027, 1, 3));
        QVERIFY(membershipend::presetDays().contains(30));
        QVERIFY(membershipend::presetDays().size() >= 3);
    }

    // --- codes -----------------------------------------------------------------------------
    void everyVocabularyHoldsUniqueValidCodes()
    {
        const QList<std::pair<const QStringList *, bool (*)(QStringView)>> vocabularies = {
            {&codes::roles(), codes::isValidRole},
            {&codes::planStatuses(), codes::isValidPlanStatus},
            {&codes::goalKinds(), codes::isValidGoalKind},
            {&codes::goalStatuses(), codes::isValidGoalStatus},
            {&codes::achievements(), codes::isValidAchievement},
            {&codes::checkInDomains(), codes::isValidCheckInDomain},
            {&codes::caregiverDomains(), codes::isValidCaregiverDomain},
            {&codes::goalDomains(), codes::isValidGoalDomain},
            {&codes::activityKinds(), codes::isValidActivityKind},
            {&codes::activityStatuses(), codes::isValidActivityStatus},
            {&codes::instruments(), codes::isValidInstrument},
            {&codes::recordKinds(), codes::isValidRecordKind},
        };
        for (const auto &[list, isValid] : vocabularies) {
            QVERIFY(!list->isEmpty());
            QCOMPARE(QSet<QString>(list->cbegin(), list->cend()).size(), list->size());
            for (const QString &code : *list) {
                QVERIFY(isValid(code));
                QVERIFY(!isValid(code.toUpper()));
            }
            QVERIFY(!isValid(QString()));
            QVERIFY(!isValid(QStringLiteral("unknown")));
        }
        QCOMPARE(codes::roles().size(), 16);
        QCOMPARE(codes::checkInDomains().size(), 6);
    }

    void goalDomainsAreTheCheckInDomainsPlusPractical()
    {
        QCOMPARE(codes::goalDomains(), codes::checkInDomains() + QStringList {QStringLiteral("practical")});
        QVERIFY(!codes::isValidCheckInDomain(u"practical"));
    }

    void onlyProgressCheckInCommentAndConflictCopyAreAppendOnly()
    {
        QStringList appendOnly;
        for (const QString &kind : codes::recordKinds()) {
            if (codes::isAppendOnlyKind(kind))
                appendOnly.append(kind);
        }
        QCOMPARE(appendOnly,
            (QStringList {QStringLiteral("progress"), QStringLiteral("check_in"), QStringLiteral("comment"),
                QStringLiteral("conflict_copy")}));
    }

    void recordKindConstantsAreKnownCodes()
    {
        for (QLatin1StringView kind : {PatientProfile::Kind, CareTeamMember::Kind, CarePlan::Kind, Goal::Kind,
                 ProgressEntry::Kind, Activity::Kind, CheckIn::Kind, Comment::Kind, ConflictCopy::Kind})
            QVERIFY(codes::isValidRecordKind(QString(kind)));
    }

    // --- ids and text ------------------------------------------------------------------------
    void newRecordIdsAreSixteenUnpredictableBytes()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray id = newRecordId();
            QCOMPARE(id.size(), RecordIdSize);
            QVERIFY(isValidRecordId(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
        QVERIFY(!isValidRecordId(QByteArray(15, 'x')));
        QVERIFY(!isValidRecordId(QByteArray()));
    }

    void languageTagsAreCheckedLikeBcp47_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("valid");
        QTest::newRow("nl") << QStringLiteral("nl") << true;
        QTest::newRow("nl-BE") << QStringLiteral("nl-BE") << true;
        QTest::newRow("zh-Hant-TW") << QStringLiteral("zh-Hant-TW") << true;
        QTest::newRow("es-419") << QStringLiteral("es-419") << true;
        QTest::newRow("und") << QStringLiteral("und") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("one letter") << QStringLiteral("n") << false;
        QTest::newRow("digit first") << QStringLiteral("1nl") << false;
        QTest::newRow("underscore") << QStringLiteral("nl_BE") << false;
        QTest::newRow("trailing dash") << QStringLiteral("nl-") << false;
        QTest::newRow("double dash") << QStringLiteral("nl--BE") << false;
        QTest::newRow("long subtag") << QStringLiteral("nl-abcdefghi") << false;
        QTest::newRow("space") << QStringLiteral("nl BE") << false;
        QTest::newRow("non-ascii") << QStringLiteral("né") << false;
    }

    void languageTagsAreCheckedLikeBcp47()
    {
        QFETCH(QString, tag);
        QFETCH(bool, valid);
        QCOMPARE(LocalizedText::isValidLanguageTag(tag), valid);
    }

    void textWithoutLanguageIsRejected()
    {
        Goal goal = sampleGoal();
        goal.target.lang.clear();
        verifyRejected(goal);
    }

    void overlongTextIsRejected()
    {
        Comment comment = sampleComment();
        comment.text.text = QString(LocalizedText::MaxLength + 1, u'a');
        verifyRejected(comment);
    }

    // --- records: round trips ----------------------------------------------------------------
    void profileRoundTripsThroughCbor() { verifyRoundTrip(sampleProfile()); }
    void careTeamMemberRoundTripsThroughCbor() { verifyRoundTrip(sampleMember()); }
    void carePlanRoundTripsThroughCbor() { verifyRoundTrip(samplePlan()); }
    void goalRoundTripsThroughCbor() { verifyRoundTrip(sampleGoal()); }
    void progressEntryRoundTripsThroughCbor() { verifyRoundTrip(sampleProgress()); }
    void activityRoundTripsThroughCbor() { verifyRoundTrip(sampleActivity()); }
    void checkInRoundTripsThroughCbor() { verifyRoundTrip(sampleCheckIn()); }
    void commentRoundTripsThroughCbor() { verifyRoundTrip(sampleComment()); }

    void minimalRecordsRoundTripThroughCbor()
    {
        PatientProfile profile;
        profile.preferredName = QStringLiteral("Jo");
        profile.language = QStringLiteral("fr");
        verifyRoundTrip(profile);

        Goal goal;
        goal.domain = QStringLiteral("practical");
        goal.target = nl(QStringLiteral("Trap laten plaatsen"));
        verifyRoundTrip(goal);

        ProgressEntry entry;
        entry.goalId = idOf('g');
        entry.authorId = idOf('a');
        entry.date = QDate(2025, 1, 1);
        entry.rating = 0;
        verifyRoundTrip(entry);

        Activity activity;
        activity.title = nl(QStringLiteral("Bellen bij kortademigheid"));
        activity.kind = QStringLiteral("self_management");
        verifyRoundTrip(activity); // unscheduled
    }

    void caregiverCheckInRoundTripsThroughCbor()
    {
        CheckIn checkIn;
        checkIn.completedById = idOf('e');
        checkIn.time = QDateTime(QDate(2025, 3, 1), QTime(19, 0), Qt::UTC);
        checkIn.answers.insert(QStringLiteral("caregiver_load"), {8, 4, true, nl(QStringLiteral("Zwaar."))});
        checkIn.answers.insert(QStringLiteral("caregiver_own_time"), {2, std::nullopt, false, {}});
        QVERIFY(checkIn.isCaregiverCheckIn());
        QVERIFY(checkIn.wantsToDiscuss());
        verifyRoundTrip(checkIn);
        QVERIFY(!sampleCheckIn().isCaregiverCheckIn());
    }

    void theRecordIdIsNotPartOfTheFields()
    {
        Goal goal = sampleGoal();
        const QCborMap withoutId = goal.toFields();
        goal.id = idOf('x');
        QCOMPARE(goal.toFields(), withoutId);
    }

    void unknownFieldsAreIgnoredForForwardCompatibility()
    {
        QCborMap fields = sampleGoal().toFields();
        fields.insert(key("zz"), QStringLiteral("added by a later version"));
        const Result<Goal> goal = Goal::fromFields(fields);
        QVERIFY(goal.ok());
        QCOMPARE(*goal, sampleGoal());
    }

    void tombstonedFieldReadsAsAbsent()
    {
        QCborMap fields = sampleGoal().toFields();
        fields.insert(key("tg"), QCborValue(nullptr));
        fields.insert(key("td"), QCborValue(nullptr));
        const Result<Goal> goal = Goal::fromFields(fields);
        QVERIFY(goal.ok());
        QVERIFY(goal->target.isEmpty());
        QVERIFY(goal->targetDate.isNull());
    }

    // --- records: rejection ------------------------------------------------------------------
    void unknownRoleIsRejected()
    {
        CareTeamMember member = sampleMember();
        member.role = QStringLiteral("wizard");
        verifyRejected(member);
        member.role.clear();
        verifyRejected(member);
    }

    void memberWithoutNameIsRejected()
    {
        CareTeamMember member = sampleMember();
        member.displayName = QStringLiteral("   ");
        verifyRejected(member);
    }

    void oversizedLinkedAccountIsRejected()
    {
        QCborMap fields = sampleMember().toFields();
        fields.insert(key("la"), QByteArray(CareTeamMember::MaxLinkedAccountSize + 1, 'x'));
        verifyFieldsRejected<CareTeamMember>(fields);
    }

    void ratingAboveTenIsRejected()
    {
        ProgressEntry entry = sampleProgress();
        entry.rating = 11;
        verifyRejected(entry);

        CheckIn checkIn = sampleCheckIn();
        checkIn.answers[QStringLiteral("body")].rating = 11;
        verifyRejected(checkIn);

        checkIn = sampleCheckIn();
        checkIn.answers[QStringLiteral("body")].wish = 11;
        verifyRejected(checkIn);
    }

    void negativeRatingIsRejected()
    {
        ProgressEntry entry = sampleProgress();
        entry.rating = -1;
        verifyRejected(entry);
        CheckIn checkIn = sampleCheckIn();
        checkIn.answers[QStringLiteral("mind")].rating = -1;
        verifyRejected(checkIn);
    }

    void ratingTooLargeForAnIntIsRejected()
    {
        QCborMap fields = sampleProgress().toFields();
        fields.insert(key("r"), qint64(1) << 40);
        verifyFieldsRejected<ProgressEntry>(fields);
    }

    void unknownCodesAreRejected()
    {
        Goal goal = sampleGoal();
        goal.domain = QStringLiteral("finances");
        verifyRejected(goal);
        goal = sampleGoal();
        goal.kind = QStringLiteral("wish");
        verifyRejected(goal);
        goal = sampleGoal();
        goal.status = QStringLiteral("done");
        verifyRejected(goal);
        goal = sampleGoal();
        goal.achievement = QStringLiteral("great");
        verifyRejected(goal);

        CarePlan plan = samplePlan();
        plan.status = QStringLiteral("archived");
        verifyRejected(plan);

        Activity activity = sampleActivity();
        activity.kind = QStringLiteral("chore");
        verifyRejected(activity);
        activity = sampleActivity();
        activity.status = QStringLiteral("active!");
        verifyRejected(activity);

        CheckIn checkIn = sampleCheckIn();
        checkIn.answers.insert(QStringLiteral("practical"), {5, std::nullopt, false, {}});
        verifyRejected(checkIn);
        checkIn = sampleCheckIn();
        checkIn.instruments[0].instrument = QStringLiteral("phq9");
        verifyRejected(checkIn);

        Comment comment = sampleComment();
        comment.targetKind = QStringLiteral("space");
        verifyRejected(comment);
    }

    void goalPriorityOutsideOneToThreeIsRejected()
    {
        Goal goal = sampleGoal();
        goal.priority = 0;
        verifyRejected(goal);
        goal.priority = 4;
        verifyRejected(goal);
    }

    void goalWithoutWhatMattersOrTargetIsRejected()
    {
        Goal goal = sampleGoal();
        goal.whatMattersToMe = {};
        goal.target = {};
        verifyRejected(goal);
    }

    void emptyGoalStepIsRejected()
    {
        Goal goal = sampleGoal();
        goal.steps.append({LocalizedText {}, false});
        verifyRejected(goal);
    }

    void missingRequiredFieldsAreRejected()
    {
        ProgressEntry entry = sampleProgress();
        entry.goalId.clear();
        verifyRejected(entry);
        entry = sampleProgress();
        entry.authorId.clear();
        verifyRejected(entry);
        entry = sampleProgress();
        entry.date = {};
        verifyRejected(entry);
        entry = sampleProgress();
        entry.rating.reset();
        entry.value.reset();
        entry.unit.clear();
        entry.note = {};
        verifyRejected(entry);

        CheckIn checkIn = sampleCheckIn();
        checkIn.time = {};
        verifyRejected(checkIn);
        checkIn = sampleCheckIn();
        checkIn.answers.clear();
        checkIn.instruments.clear();
        verifyRejected(checkIn);

        Comment comment = sampleComment();
        comment.text = {};
        verifyRejected(comment);
        comment = sampleComment();
        comment.authorId.clear();
        verifyRejected(comment);

        PatientProfile profile = sampleProfile();
        profile.preferredName.clear();
        verifyRejected(profile);
        profile = sampleProfile();
        profile.language = QStringLiteral("dutch language");
        verifyRejected(profile);

        CarePlan plan = samplePlan();
        plan.title = {};
        verifyRejected(plan);

        QCborMap answers;
        answers.insert(key("body"), QCborMap {{key("w"), 5}});
        QCborMap fields = sampleCheckIn().toFields();
        fields.insert(key("d"), answers);
        verifyFieldsRejected<CheckIn>(fields);
    }

    void unitWithoutValueIsRejected()
    {
        ProgressEntry entry = sampleProgress();
        entry.value.reset();
        verifyRejected(entry);
    }

    void nonFiniteValueIsRejected()
    {
        QCborMap fields = sampleProgress().toFields();
        fields.insert(key("v"), std::numeric_limits<double>::quiet_NaN());
        verifyFieldsRejected<ProgressEntry>(fields);
        fields.insert(key("v"), std::numeric_limits<double>::infinity());
        verifyFieldsRejected<ProgressEntry>(fields);
    }

    void implausibleBirthYearIsRejected()
    {
        PatientProfile profile = sampleProfile();
        profile.birthYear = 1850;
        verifyRejected(profile);
        profile.birthYear = QDate::currentDate().year() + 1;
        verifyRejected(profile);
    }

    void conditionCodeSystemWithoutCodeIsRejected()
    {
        PatientProfile profile = sampleProfile();
        profile.conditions[0].code.clear();
        verifyRejected(profile);
    }

    void planPeriodEndingBeforeItStartsIsRejected()
    {
        CarePlan plan = samplePlan();
        plan.periodEnd = plan.periodStart.addDays(-1);
        verifyRejected(plan);
    }

    void checkInMixingPatientAndCaregiverDomainsIsRejected()
    {
        CheckIn checkIn = sampleCheckIn();
        checkIn.answers.insert(QStringLiteral("caregiver_load"), {5, std::nullopt, false, {}});
        verifyRejected(checkIn);
    }

    void instrumentScoreOutOfRangeIsRejected()
    {
        CheckIn checkIn = sampleCheckIn();
        checkIn.instruments[0].rawScore = 26; // WHO-5 raw is 0–25
        verifyRejected(checkIn);
        checkIn = sampleCheckIn();
        checkIn.instruments[0].derivedScore = 101;
        verifyRejected(checkIn);
        checkIn = sampleCheckIn();
        checkIn.instruments[1].rawScore = 7; // PHQ-2 is 0–6
        verifyRejected(checkIn);
        checkIn = sampleCheckIn();
        checkIn.instruments[1].version.clear();
        verifyRejected(checkIn);
    }

    void wrongCborTypesAreRejected_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QCborValue>("value");
        const auto row = [](const char *kind, const char *field, const QCborValue &value) {
            QTest::addRow("%s.%s=%s", kind, field, qPrintable(value.toDiagnosticNotation()))
                << QString::fromLatin1(kind) << QString::fromLatin1(field) << value;
        };
        row("member", "r", QCborValue(3));
        row("member", "n", QCborValue(QByteArray("Jan")));
        row("member", "co", QCborValue(1));
        row("goal", "wm", QCborValue(QStringLiteral("no language")));
        row("goal", "wm", QCborMap {{key("t"), 1}, {key("l"), QStringLiteral("nl")}});
        row("goal", "td", QCborValue(20250601));
        row("goal", "td", QCborValue(QStringLiteral("2025-13-01")));
        row("goal", "td", QCborValue(QStringLiteral("2025-06-01T10:00:00")));
        row("goal", "p", QCborValue(1.5));
        row("goal", "st", QCborValue(QStringLiteral("steps")));
        row("goal", "st", QCborArray {QStringLiteral("a step")});
        row("goal", "eb", QCborValue(QByteArray(15, 'x')));
        row("goal", "eb", QCborValue(QStringLiteral("0123456789abcdef")));
        row("progress", "r", QCborValue(QStringLiteral("6")));
        row("progress", "v", QCborValue(QStringLiteral("12.5")));
        row("activity", "sc", QCborValue(QStringLiteral("weekly")));
        row("activity", "g", QCborArray {QByteArray(3, 'x')});
        row("activity", "g", QCborValue(QByteArray(16, 'x')));
        row("activity", "dl", QCborArray {1, 2});
        row("check_in", "tm", QCborValue(QStringLiteral("2025-03-14T09:30:00Z")));
        row("check_in", "tm", QCborValue(-1));
        row("check_in", "d", QCborArray {1});
        row("check_in", "d", QCborMap {{QCborValue(1), QCborMap {{key("r"), 5}}}});
        row("check_in", "d", QCborMap {{key("body"), 5}});
        row("check_in", "i", QCborArray {QCborMap {{key("id"), QStringLiteral("who5")}}});
        row("comment", "tk", QCborValue(true));
        row("profile", "by", QCborValue(QStringLiteral("1951")));
        row("profile", "c", QCborMap {});
        row("profile", "ec", QCborArray {});
        row("care_plan", "a", QCborArray {QStringLiteral("untagged agreement")});
    }

    void wrongCborTypesAreRejected()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        QFETCH(QCborValue, value);
        const auto with = [&](QCborMap fields) {
            fields.insert(field, value);
            return fields;
        };
        if (kind == QLatin1String("member"))
            verifyFieldsRejected<CareTeamMember>(with(sampleMember().toFields()));
        else if (kind == QLatin1String("goal"))
            verifyFieldsRejected<Goal>(with(sampleGoal().toFields()));
        else if (kind == QLatin1String("progress"))
            verifyFieldsRejected<ProgressEntry>(with(sampleProgress().toFields()));
        else if (kind == QLatin1String("activity"))
            verifyFieldsRejected<Activity>(with(sampleActivity().toFields()));
        else if (kind == QLatin1String("check_in"))
            verifyFieldsRejected<CheckIn>(with(sampleCheckIn().toFields()));
        else if (kind == QLatin1String("comment"))
            verifyFieldsRejected<Comment>(with(sampleComment().toFields()));
        else if (kind == QLatin1String("profile"))
            verifyFieldsRejected<PatientProfile>(with(sampleProfile().toFields()));
        else if (kind == QLatin1String("care_plan"))
            verifyFieldsRejected<CarePlan>(with(samplePlan().toFields()));
        else
            QFAIL("unknown kind in test data");
    }

    void tooManyListItemsAreRejected()
    {
        QCborArray steps;
        for (int i = 0; i <= 1000; ++i)
            steps.append(QCborMap {{key("t"), nl(QStringLiteral("stap")).toCbor()}, {key("d"), false}});
        QCborMap fields = sampleGoal().toFields();
        fields.insert(key("st"), steps);
        verifyFieldsRejected<Goal>(fields);
    }

    // --- schedules ---------------------------------------------------------------------------
    void weeklyScheduleFindsNextOccurrence()
    {
        // 2025-03-03 is a Monday.
        const Schedule schedule =
            Schedule::weekly(QDate(2025, 3, 3), Schedule::Monday | Schedule::Wednesday | Schedule::Friday);
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 3)), QDate(2025, 3, 3));
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 4)), QDate(2025, 3, 5));
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 6)), QDate(2025, 3, 7));
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 8)), QDate(2025, 3, 10));
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 1, 1)), QDate(2025, 3, 3)); // before the start
        QVERIFY(schedule.occursOn(QDate(2025, 3, 14)));
        QVERIFY(!schedule.occursOn(QDate(2025, 3, 13)));
    }

    void weeklyScheduleWithoutWeekdaysRepeatsTheStartDay()
    {
        const Schedule schedule = Schedule::weekly(QDate(2025, 3, 4), 0); // a Tuesday
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 5)), QDate(2025, 3, 11));
    }

    void everyOtherWeekSkipsTheWeeksBetween()
    {
        // Starting on Wednesday 2025-03-05, Tuesdays and Thursdays every second week.
        const Schedule schedule = Schedule::weekly(QDate(2025, 3, 5), Schedule::Tuesday | Schedule::Thursday, 2);
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 1)), QDate(2025, 3, 6)); // Tuesday 4th is before the start
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 7)), QDate(2025, 3, 18));
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 19)), QDate(2025, 3, 20));
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 21)), QDate(2025, 4, 1));
    }

    void dailyScheduleCountsFromItsStart()
    {
        const Schedule everyThirdDay = Schedule::daily(QDate(2025, 3, 1), 3);
        QCOMPARE(everyThirdDay.nextOccurrence(QDate(2025, 3, 1)), QDate(2025, 3, 1));
        QCOMPARE(everyThirdDay.nextOccurrence(QDate(2025, 3, 2)), QDate(2025, 3, 4));
        QCOMPARE(everyThirdDay.nextOccurrence(QDate(2025, 3, 5)), QDate(2025, 3, 7));
    }

    void dailyScheduleWithWeekdaysSkipsOtherDays()
    {
        Schedule weekdaysOnly = Schedule::daily(QDate(2025, 3, 3));
        weekdaysOnly.weekdays =
            Schedule::Monday | Schedule::Tuesday | Schedule::Wednesday | Schedule::Thursday | Schedule::Friday;
        QCOMPARE(weekdaysOnly.nextOccurrence(QDate(2025, 3, 8)), QDate(2025, 3, 10)); // Saturday → Monday

        Schedule never = Schedule::daily(QDate(2025, 3, 3), 7); // always a Monday
        never.weekdays = Schedule::Sunday;
        QCOMPARE(never.nextOccurrence(QDate(2025, 3, 3)), std::nullopt);
    }

    void scheduleEndsOnItsEndDate()
    {
        Schedule schedule = Schedule::weekly(QDate(2025, 3, 3), Schedule::Monday);
        schedule.end = QDate(2025, 3, 17);
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 11)), QDate(2025, 3, 17));
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 18)), std::nullopt);
    }

    void onceScheduleHasNoOccurrenceAfterItsDate()
    {
        const Schedule schedule = Schedule::once(QDate(2025, 3, 20), QTime(14, 0));
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 1)), QDate(2025, 3, 20));
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 20)), QDate(2025, 3, 20));
        QCOMPARE(schedule.nextOccurrence(QDate(2025, 3, 21)), std::nullopt);
        QCOMPARE(Schedule().nextOccurrence(QDate(2025, 3, 1)), std::nullopt);
    }

    void finishedActivityHasNoNextOccurrence()
    {
        Activity activity = sampleActivity();
        QCOMPARE(activity.nextOccurrence(QDate(2025, 3, 8)), QDate(2025, 3, 10));
        activity.status = QStringLiteral("cancelled");
        QCOMPARE(activity.nextOccurrence(QDate(2025, 3, 8)), std::nullopt);
    }

    void schedulesRoundTripThroughCbor()
    {
        Schedule daily = Schedule::daily(QDate(2025, 3, 1), 2);
        daily.weekdays = Schedule::Saturday | Schedule::Sunday;
        daily.end = QDate(2025, 6, 1);
        for (const Schedule &schedule :
            {Schedule(), Schedule::once(QDate(2025, 3, 20)), Schedule::once(QDate(2025, 3, 20), QTime(9, 45)), daily,
                Schedule::weekly(QDate(2025, 3, 3), Schedule::Friday, 4)}) {
            const Result<Schedule> back = Schedule::fromCbor(schedule.toCbor());
            QVERIFY2(back.ok(), qPrintable(back.error().message));
            QCOMPARE(*back, schedule);
        }
    }

    void invalidSchedulesAreRejected()
    {
        Schedule zero = Schedule::weekly(QDate(2025, 3, 3), Schedule::Monday, 0);
        QVERIFY(!zero.validate().ok());
        Schedule tooOften = Schedule::daily(QDate(2025, 3, 3), Schedule::MaxEveryDays + 1);
        QVERIFY(!tooOften.validate().ok());
        Schedule backwards = Schedule::weekly(QDate(2025, 3, 3), Schedule::Monday);
        backwards.end = QDate(2025, 3, 1);
        QVERIFY(!backwards.validate().ok());
        Schedule seconds = Schedule::once(QDate(2025, 3, 3), QTime(9, 0, 30));
        QVERIFY(!seconds.validate().ok());
        QVERIFY(!Schedule::once(QDate()).validate().ok());

        const QCborMap both {{key("o"), QStringLiteral("2025-03-03")}, {key("s"), QStringLiteral("2025-03-03")},
            {key("n"), 1}, {key("u"), QStringLiteral("w")}};
        QVERIFY(!Schedule::fromCbor(both).ok());
        const QCborMap badUnit {
            {key("s"), QStringLiteral("2025-03-03")}, {key("n"), 1}, {key("u"), QStringLiteral("y")}};
        QVERIFY(!Schedule::fromCbor(badUnit).ok());
        const QCborMap badMask {
            {key("s"), QStringLiteral("2025-03-03")}, {key("n"), 1}, {key("u"), QStringLiteral("w")}, {key("wd"), 128}};
        QVERIFY(!Schedule::fromCbor(badMask).ok());
        const QCborMap badTime {{key("o"), QStringLiteral("2025-03-03")}, {key("tm"), QStringLiteral("25:00")}};
        QVERIFY(!Schedule::fromCbor(badTime).ok());

        QCborMap fields = sampleActivity().toFields();
        fields.insert(key("sc"), both);
        verifyFieldsRejected<Activity>(fields);
    }

    // --- HLC -------------------------------------------------------------------------------
    void stampsOrderByMillisecondsThenCounterThenDevice()
    {
        const Hlc a {1000, 5, device('b')};
        QVERIFY(a < Hlc({1001, 0, device('a')}));
        QVERIFY(a < Hlc({1000, 6, device('a')}));
        QVERIFY(a < Hlc({1000, 5, device('c')}));
        QVERIFY(a > Hlc({1000, 5, device('a')}));
        QVERIFY(a == Hlc({1000, 5, device('b')}));
        QVERIFY(Hlc() < a);
    }

    void stampBytesSortLikeStamps()
    {
        QList<Hlc> stamps;
        QRandomGenerator generator(42);
        for (int i = 0; i < 200; ++i) {
            QByteArray id(Hlc::DeviceIdSize, '\0');
            for (char &c : id)
                c = static_cast<char>(generator.bounded(3));
            stamps.append({qint64(generator.bounded(4)) << 40 | generator.bounded(3),
                static_cast<quint16>(generator.bounded(2) ? 0xffff : generator.bounded(3)), id});
        }
        for (const Hlc &a : stamps) {
            QCOMPARE(a.toBytes().size(), Hlc::EncodedSize);
            for (const Hlc &b : stamps)
                QCOMPARE(a < b, a.toBytes() < b.toBytes());
        }
    }

    void stampRoundTripsThroughCbor()
    {
        for (const Hlc &stamp :
            {Hlc {0, 0, device('a')}, Hlc {Hlc::MaxMs, 0xffff, device('\xff')}, Hlc {1741945800123, 7, device('z')}}) {
            const Result<Hlc> back = Hlc::fromCbor(QCborValue::fromCbor(stamp.toCbor().toCbor()));
            QVERIFY(back.ok());
            QCOMPARE(*back, stamp);
        }
    }

    void malformedStampIsRejected()
    {
        QCOMPARE(Hlc::fromCbor(QCborValue(QByteArray(23, 'x'))).code(), ErrorCode::InvalidInput);
        QCOMPARE(Hlc::fromCbor(QCborValue(QByteArray(25, 'x'))).code(), ErrorCode::InvalidInput);
        QCOMPARE(Hlc::fromCbor(QCborValue(12345)).code(), ErrorCode::InvalidInput);
        QCOMPARE(Hlc::fromBytes({}).code(), ErrorCode::InvalidInput);
        QVERIFY(!Hlc({1, 0, QByteArray(3, 'x')}).isValid());
        QVERIFY(!Hlc({Hlc::MaxMs + 1, 0, device('a')}).isValid());
    }

    void clockIsStrictlyMonotonicWhenTheWallClockStandsStillOrGoesBack()
    {
        qint64 wall = 5000;
        HlcClock clock(device('a'), [&wall] { return wall; });
        Hlc previous = clock.now();
        QCOMPARE(previous.ms, 5000);
        QCOMPARE(previous.device, device('a'));
        for (int i = 0; i < 10; ++i) {
            const Hlc next = clock.now();
            QVERIFY(next > previous);
            previous = next;
        }
        wall = 4000; // the wall clock was set back
        const Hlc afterSetBack = clock.now();
        QVERIFY(afterSetBack > previous);
        wall = 6000;
        const Hlc later = clock.now();
        QCOMPARE(later.ms, 6000);
        QCOMPARE(later.counter, 0);
        QCOMPARE(clock.last(), later);
    }

    void counterOverflowBorrowsTheNextMillisecond()
    {
        HlcClock clock(device('a'), [] { return qint64(5000); });
        QVERIFY(clock.observe({5000, 0xffff, device('b')}).ok());
        const Hlc next = clock.now();
        QCOMPARE(next.ms, 5001);
        QCOMPARE(next.counter, 0);
        QVERIFY(next > Hlc({5000, 0xffff, device('b')}));
    }

    void observedStampMakesTheNextLocalStampGreater()
    {
        qint64 wall = 10'000;
        HlcClock clock(device('a'), [&wall] { return wall; });
        (void)clock.now();
        const Hlc remote {wall + 30'000, 3, device('z')};
        QVERIFY(clock.observe(remote).ok());
        const Hlc next = clock.now();
        QVERIFY(next > remote);
        QCOMPARE(next.ms, remote.ms);
        QCOMPARE(next.counter, 4);
        // An older remote stamp does not move the clock back.
        QVERIFY(clock.observe({100, 0, device('y')}).ok());
        QVERIFY(clock.now() > next);
    }

    void futureStampIsRejected()
    {
        const qint64 wall = 1'741'945'800'000;
        HlcClock clock(device('a'), [wall] { return wall; });
        const Hlc before = clock.now();
        const Status status = clock.observe({wall + HlcClock::MaxDriftMs + 1, 0, device('z')});
        QVERIFY(!status.ok());
        QCOMPARE(status.code(), ErrorCode::InvalidInput);
        QVERIFY(!status.error().message.isEmpty());
        // The clock did not move.
        const Hlc after = clock.now();
        QCOMPARE(after.ms, before.ms);
        QCOMPARE(after.counter, before.counter + 1);
        // Exactly a minute ahead is still accepted.
        QVERIFY(clock.observe({wall + HlcClock::MaxDriftMs, 0, device('z')}).ok());
    }

    void malformedRemoteStampIsRejected()
    {
        HlcClock clock(device('a'), [] { return qint64(1000); });
        QCOMPARE(clock.observe({500, 0, QByteArray(4, 'x')}).code(), ErrorCode::InvalidInput);
        QVERIFY(clock.last().isNull());
    }

    void defaultClockFollowsTheSystemClock()
    {
        HlcClock clock(device('a'));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Hlc stamp = clock.now();
        QVERIFY(stamp.ms >= before);
        QVERIFY(stamp.ms <= QDateTime::currentMSecsSinceEpoch());
    }

    // --- envelopes ---------------------------------------------------------------------------
    void makeStampsEveryFieldOfAMutableRecord()
    {
        const Hlc stamp {1000, 0, device('a')};
        const RecordEnvelope envelope = makeEnvelope(sampleGoal(), stamp);
        QCOMPARE(envelope.kind, QStringLiteral("goal"));
        QCOMPARE(envelope.created, stamp);
        QCOMPARE(envelope.stamps.size(), envelope.fields.size());
        for (const Hlc &fieldStamp : envelope.stamps)
            QCOMPARE(fieldStamp, stamp);
    }

    void appendOnlyRecordsCarryOnlyTheirCreationStamp()
    {
        const Hlc stamp {1000, 0, device('a')};
        const RecordEnvelope envelope = makeEnvelope(sampleCheckIn(), stamp);
        QVERIFY(envelope.isAppendOnly());
        QVERIFY(envelope.stamps.isEmpty());
        QCOMPARE(envelope.stampOf(QStringLiteral("by")), stamp);

        RecordEnvelope edited = envelope;
        QVERIFY(!edited.update(sampleComment().toFields(), {2000, 0, device('a')}));
        QCOMPARE(edited, envelope);
    }

    void envelopeRoundTripsThroughBytes()
    {
        RecordEnvelope goal = makeEnvelope(sampleGoal(), {1000, 1, device('a')});
        Goal changed = sampleGoal();
        changed.target = {};
        goal.update(changed.toFields(), {2000, 0, device('b')});
        for (const RecordEnvelope &envelope : {goal, makeEnvelope(sampleCheckIn(), {1000, 0, device('a')}),
                 makeEnvelope(sampleProfile(), {1, 0, device('c')}),
                 makeEnvelope(sampleActivity(), {5, 5, device('d')})}) {
            const QByteArray bytes = envelope.encode();
            QVERIFY(bytes.size() < 2048);
            const Result<RecordEnvelope> back = RecordEnvelope::decode(bytes);
            QVERIFY2(back.ok(), qPrintable(back.error().message));
            QCOMPARE(*back, envelope);
            QCOMPARE(back->encode(), bytes);
        }
    }

    void aMovedRecordCarriesItsMoveStampAndTheLaterMoveWins()
    {
        // Issue 11 (seed 2073): where a record is, is a value of its own. A moved envelope is
        // written as version 2 with its move stamp, reads back the same, and of two moves the
        // merge keeps the later one, whichever side it is on.
        const RecordEnvelope base = makeEnvelope(sampleGoal(), {1000, 0, device('a')});
        QCOMPARE(RecordEnvelope::decode(base.encode())->moved, Hlc());
        RecordEnvelope first = base;
        first.moved = {2000, 0, device('a')};
        RecordEnvelope second = base;
        second.moved = {2000, 1, device('b')};
        for (const RecordEnvelope &moved : {first, second}) {
            const QByteArray bytes = moved.encode();
            QCOMPARE(QCborValue::fromCbor(bytes).toMap().value(key("v")).toInteger(),
                qint64(RecordEnvelope::MovedFormatVersion));
            const Result<RecordEnvelope> back = RecordEnvelope::decode(bytes);
            QVERIFY2(back.ok(), qPrintable(back.error().message));
            QCOMPARE(*back, moved);
            QCOMPARE(back->encode(), bytes);
            QCOMPARE(back->latestStamp(), moved.moved);
        }
        QCOMPARE(mergeEnvelopes(first, second)->merged.moved, second.moved);
        QCOMPARE(mergeEnvelopes(second, first)->merged.moved, second.moved);
        QCOMPARE(mergeEnvelopes(base, first)->merged.moved, first.moved);
        const RecordEnvelope checkIn = makeEnvelope(sampleCheckIn(), {1000, 0, device('a')});
        RecordEnvelope movedCheckIn = checkIn;
        movedCheckIn.moved = {3000, 0, device('a')};
        QCOMPARE(*RecordEnvelope::decode(movedCheckIn.encode()), movedCheckIn);
        QCOMPARE(mergeEnvelopes(checkIn, movedCheckIn)->merged.moved, movedCheckIn.moved);
    }

    void typedRecordSurvivesTheEnvelope()
    {
        const RecordEnvelope envelope = makeEnvelope(sampleActivity(), {1000, 0, device('a')});
        const Result<RecordEnvelope> decoded = RecordEnvelope::decode(envelope.encode());
        QVERIFY(decoded.ok());
        const Result<Activity> activity = recordFromEnvelope<Activity>(*decoded);
        QVERIFY(activity.ok());
        QCOMPARE(*activity, sampleActivity());
    }

    void recordOfAnotherKindIsRejected()
    {
        const RecordEnvelope envelope = makeEnvelope(sampleActivity(), {1000, 0, device('a')});
        const Result<Goal> goal = recordFromEnvelope<Goal>(envelope);
        QVERIFY(!goal.ok());
        QCOMPARE(goal.code(), ErrorCode::InvalidInput);
    }

    void envelopeUpdateStampsOnlyChangedFields()
    {
        const Hlc first {1000, 0, device('a')};
        const Hlc second {2000, 0, device('a')};
        RecordEnvelope envelope = makeEnvelope(sampleGoal(), first);
        Goal goal = sampleGoal();
        goal.achievement = QStringLiteral("achieved");
        goal.steps[1].done = true;
        QVERIFY(envelope.update(goal.toFields(), second));
        for (auto it = envelope.stamps.cbegin(); it != envelope.stamps.cend(); ++it) {
            const bool changed = it.key() == QLatin1String("a") || it.key() == QLatin1String("st");
            QCOMPARE(it.value(), changed ? second : first);
        }
        QCOMPARE(envelope.created, first);
        QCOMPARE(*recordFromEnvelope<Goal>(envelope), goal);

        // Saving the same content again changes nothing.
        const RecordEnvelope before = envelope;
        QVERIFY(!envelope.update(goal.toFields(), {3000, 0, device('a')}));
        QCOMPARE(envelope, before);
    }

    void removedFieldBecomesATombstone()
    {
        const Hlc first {1000, 0, device('a')};
        const Hlc second {2000, 0, device('a')};
        const Hlc third {3000, 0, device('a')};
        RecordEnvelope envelope = makeEnvelope(sampleGoal(), first);
        Goal goal = sampleGoal();
        goal.targetDate = {};
        QVERIFY(envelope.update(goal.toFields(), second));
        QVERIFY(envelope.fields.contains(key("td")));
        QVERIFY(envelope.fields.value(key("td")).isNull());
        QCOMPARE(envelope.stamps.value(QStringLiteral("td")), second);
        QCOMPARE(*recordFromEnvelope<Goal>(envelope), goal);

        // Still absent: the tombstone keeps its stamp.
        QVERIFY(!envelope.update(goal.toFields(), third));
        QCOMPARE(envelope.stamps.value(QStringLiteral("td")), second);

        // Set again: a value with a new stamp.
        goal.targetDate = QDate(2025, 9, 1);
        QVERIFY(envelope.update(goal.toFields(), third));
        QCOMPARE(envelope.stamps.value(QStringLiteral("td")), third);
        QCOMPARE(envelope.fields.value(key("td")).toString(), QStringLiteral("2025-09-01"));

        // Round trip keeps the tombstone.
        goal.targetDate = {};
        envelope.update(goal.toFields(), {4000, 0, device('a')});
        const Result<RecordEnvelope> back = RecordEnvelope::decode(envelope.encode());
        QVERIFY(back.ok());
        QCOMPARE(*back, envelope);
    }

    void latestStampIsTheGreatestFieldStamp()
    {
        RecordEnvelope envelope = makeEnvelope(sampleGoal(), {1000, 0, device('a')});
        Goal goal = sampleGoal();
        goal.priority = 3;
        envelope.update(goal.toFields(), {5000, 2, device('a')});
        QCOMPARE(envelope.latestStamp(), Hlc({5000, 2, device('a')}));
    }

    void mergeTakesTheNewerFieldAndKeepsTheLosingValue()
    {
        const RecordEnvelope base = makeEnvelope(sampleGoal(), {1000, 0, device('a')});
        RecordEnvelope phone = base;
        RecordEnvelope desktop = base;
        Goal onPhone = sampleGoal();
        onPhone.achievement = QStringLiteral("achieved");
        onPhone.target = nl(QStringLiteral("20 minuten wandelen"));
        phone.update(onPhone.toFields(), {2000, 0, device('a')});
        Goal onDesktop = sampleGoal();
        onDesktop.priority = 3;
        onDesktop.target = nl(QStringLiteral("Tot aan de markt en terug"));
        desktop.update(onDesktop.toFields(), {3000, 0, device('b')});

        const Result<EnvelopeMerge> merge = mergeEnvelopes(phone, desktop);
        QVERIFY(merge.ok());
        const Result<Goal> merged = recordFromEnvelope<Goal>(merge->merged);
        QVERIFY(merged.ok());
        QCOMPARE(merged->achievement, QStringLiteral("achieved")); // only the phone changed it
        QCOMPARE(merged->priority, 3); // only the desktop changed it
        QCOMPARE(merged->target, onDesktop.target); // both changed it: the newer wins
        QCOMPARE(merge->conflicts.size(), 3); // the phone's target, and each side's untouched value
        bool keptTarget = false;
        for (const FieldConflict &conflict : merge->conflicts) {
            if (conflict.field == QLatin1String("tg")) {
                keptTarget = true;
                QCOMPARE(LocalizedText::fromCbor(conflict.losingValue), onPhone.target);
                QCOMPARE(conflict.losingStamp, Hlc({2000, 0, device('a')}));
                QCOMPARE(conflict.winningStamp, Hlc({3000, 0, device('b')}));
            }
        }
        QVERIFY(keptTarget);
    }

    void mergeHonoursTombstones()
    {
        const RecordEnvelope base = makeEnvelope(sampleGoal(), {1000, 0, device('a')});
        RecordEnvelope removed = base;
        Goal withoutDate = sampleGoal();
        withoutDate.targetDate = {};
        removed.update(withoutDate.toFields(), {2000, 0, device('a')});

        const Result<EnvelopeMerge> merge = mergeEnvelopes(base, removed);
        QVERIFY(merge.ok());
        QVERIFY(recordFromEnvelope<Goal>(merge->merged)->targetDate.isNull());

        RecordEnvelope setLater = base;
        Goal later = sampleGoal();
        later.targetDate = QDate(2026, 1, 1);
        setLater.update(later.toFields(), {3000, 0, device('b')});
        const Result<EnvelopeMerge> again = mergeEnvelopes(removed, setLater);
        QCOMPARE(recordFromEnvelope<Goal>(again->merged)->targetDate, QDate(2026, 1, 1));
    }

    void mergeIsCommutativeAndIdempotent()
    {
        QRandomGenerator generator(7);
        const RecordEnvelope base = makeEnvelope(sampleGoal(), {1000, 0, device('a')});
        for (int round = 0; round < 50; ++round) {
            RecordEnvelope a = base;
            RecordEnvelope b = base;
            for (RecordEnvelope *side : {&a, &b}) {
                Goal goal = sampleGoal();
                goal.priority = 1 + int(generator.bounded(3));
                if (generator.bounded(2))
                    goal.target = {};
                if (generator.bounded(2))
                    goal.status = QStringLiteral("on_hold");
                // Equal stamps on both sides happen here on purpose, to exercise the tie-break.
                side->update(goal.toFields(), {2000 + generator.bounded(3), 0, device(side == &a ? 'a' : 'b')});
            }
            const EnvelopeMerge ab = *mergeEnvelopes(a, b);
            const EnvelopeMerge ba = *mergeEnvelopes(b, a);
            QCOMPARE(ab.merged, ba.merged);
            QCOMPARE(ab.conflicts.size(), ba.conflicts.size());
            QCOMPARE(mergeEnvelopes(ab.merged, ab.merged)->merged, ab.merged);
            QCOMPARE(mergeEnvelopes(ab.merged, a)->merged, ab.merged);
            QVERIFY(recordFromEnvelope<Goal>(ab.merged).ok());
        }
    }

    void mergeOfDifferentKindsIsRejected()
    {
        const Result<EnvelopeMerge> merge = mergeEnvelopes(
            makeEnvelope(sampleGoal(), {1, 0, device('a')}), makeEnvelope(sampleActivity(), {1, 0, device('a')}));
        QVERIFY(!merge.ok());
        QCOMPARE(merge.code(), ErrorCode::InvalidInput);
    }

    void malformedEnvelopeBytesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QCborMap valid = validEnvelopeMap();
        const auto with = [&valid](const char *field, const QCborValue &value) {
            QCborMap map = valid;
            map.insert(key(field), value);
            return cbor(map);
        };
        const auto without = [&valid](const char *field) {
            QCborMap map = valid;
            map.remove(key(field));
            return cbor(map);
        };

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("an integer") << QByteArray(1, '\x01');
        QTest::newRow("empty map") << QByteArray(1, '\xa0');
        QTest::newRow("not a map") << cbor(QCborArray {1, 2, 3});
        QTest::newRow("text") << cbor(QCborValue(QStringLiteral("goal")));
        QTest::newRow("trailing garbage") << cbor(valid) + QByteArray("\x00", 1);
        QTest::newRow("two items") << cbor(valid) + cbor(valid);
        QTest::newRow("missing version") << without("v");
        QTest::newRow("newer version") << with("v", 3);
        QTest::newRow("version 2 without a move stamp") << with("v", 2);
        QTest::newRow("a move stamp in version 1") << with("m", valid.value(key("c")));
        QTest::newRow("a move stamp as text") << [&] {
            QCborMap map = valid;
            map.insert(key("v"), 2);
            map.insert(key("m"), QStringLiteral("yesterday"));
            return cbor(map);
        }();
        QTest::newRow("version as text") << with("v", QStringLiteral("1"));
        QTest::newRow("unknown top-level key") << with("x", 1);
        QTest::newRow("missing kind") << without("k");
        QTest::newRow("unknown kind") << with("k", QStringLiteral("space"));
        QTest::newRow("kind as bytes") << with("k", QByteArray("goal"));
        QTest::newRow("missing created") << without("c");
        QTest::newRow("created too short") << with("c", QByteArray(23, 'x'));
        QTest::newRow("created as integer") << with("c", 1000);
        QTest::newRow("missing fields") << without("f");
        QTest::newRow("fields as array") << with("f", QCborArray {});
        QTest::newRow("field key not text") << with("f", QCborMap {{QCborValue(1), 2}});
        QTest::newRow("missing stamps") << without("s");
        QTest::newRow("stamps as array") << with("s", QCborArray {});
        QTest::newRow("stamp for a missing field") << with("s", [&] {
            QCborMap stamps = valid.value(key("s")).toMap();
            stamps.insert(key("zz"), stamps.value(key("k")));
            return stamps;
        }());
        QTest::newRow("field without a stamp") << with("s", [&] {
            QCborMap stamps = valid.value(key("s")).toMap();
            stamps.remove(key("k"));
            return stamps;
        }());
        QTest::newRow("stamp as text") << with("s", [&] {
            QCborMap stamps = valid.value(key("s")).toMap();
            stamps.insert(key("k"), QStringLiteral("yesterday"));
            return stamps;
        }());
        QTest::newRow("stamps on an append-only kind") << with("k", QStringLiteral("comment"));
        {
            QCborMap map = valid;
            map.insert(key("k"), QStringLiteral("comment"));
            map.insert(key("s"), 5);
            QTest::newRow("stamps on comment, wrong type") << cbor(map);
        }
        // Hand-made CBOR.
        QTest::newRow("duplicate key") << [&valid] {
            // The valid map with its version key repeated at the end.
            QByteArray bytes;
            QCborStreamWriter writer(&bytes);
            writer.startMap(valid.size() + 1);
            for (auto it = valid.cbegin(); it != valid.cend(); ++it) {
                it.key().toCbor(writer);
                it.value().toCbor(writer);
            }
            writer.append(QLatin1String("v"));
            writer.append(1);
            writer.endMap();
            return bytes;
        }();
        QTest::newRow("duplicate field key") << QByteArray::fromHex("a2616b64676f616c616b64676f616c");
        QTest::newRow("tagged value") << QByteArray::fromHex("c074323032352d30332d31345430393a33303a30305a");
        QTest::newRow("undefined") << QByteArray::fromHex("f7");
        QTest::newRow("simple value") << QByteArray::fromHex("f0");
        QTest::newRow("reserved additional info") << QByteArray::fromHex("1c");
        QTest::newRow("break outside container") << QByteArray::fromHex("ff");
        QTest::newRow("huge claimed byte string") << QByteArray::fromHex("5bffffffffffffffff00");
        QTest::newRow("huge claimed text") << QByteArray::fromHex("7b7fffffffffffffff41");
        QTest::newRow("huge claimed array") << QByteArray::fromHex("9b7fffffffffffffff01");
        // Maps that each claim a million entries, each the next one's key, and nothing else:
        // built without a walk first, every level would reserve tens of megabytes.
        QTest::newRow("nested maps claiming a million entries each")
            << QByteArray::fromHex("ba000fffff").repeated(RecordEnvelope::MaxNestingDepth);
        QTest::newRow("huge claimed map") << QByteArray::fromHex("bb7fffffffffffffff0101");
        QTest::newRow("invalid utf-8 key") << QByteArray::fromHex("a162c3286101");
        QTest::newRow("unterminated indefinite map") << QByteArray::fromHex("bf616b");
        QTest::newRow("deeply nested arrays") << QByteArray(100000, '\x81') + QByteArray(1, '\x00');
        QTest::newRow("deeply nested indefinite arrays") << QByteArray(100000, '\x9f') + QByteArray(100000, '\xff');
        QTest::newRow("deeply nested maps") << [] {
            QByteArray bytes;
            for (int i = 0; i < 50000; ++i)
                bytes.append("\xa1\x61\x61", 3);
            return bytes + QByteArray(1, '\x00');
        }();
        {
            QCborValue nested = 1;
            for (int i = 0; i < 20; ++i)
                nested = QCborArray {nested};
            QCborMap fields = valid.value(key("f")).toMap();
            fields.insert(key("k"), nested);
            QCborMap map = valid;
            map.insert(key("f"), fields);
            QTest::newRow("nested beyond the limit inside a field") << cbor(map);
        }
        QTest::newRow("oversized") << with("f", QCborMap {{key("t"), QString(RecordEnvelope::MaxEncodedSize, u'a')}});
        // Found by fuzz_envelope: a progress value of NaN (half-precision f9 7e00) decoded.
        const auto withField = [&valid](const QCborValue &value) {
            QCborMap fields = valid.value(key("f")).toMap();
            fields.insert(key("k"), value);
            QCborMap map = valid;
            map.insert(key("f"), fields);
            return cbor(map);
        };
        QTest::newRow("NaN in a field") << withField(qQNaN());
        QTest::newRow("infinity in a field") << withField(-qInf());
        QTest::newRow("NaN nested in a field") << withField(QCborArray {QCborMap {{key("v"), qQNaN()}}});
        QTest::newRow("half-precision NaN in a field") << [&] {
            QByteArray bytes = withField(QCborValue(12345.0));
            const QByteArray encoded = QCborValue(12345.0).toCbor(); // a double, 9 bytes
            const qsizetype at = bytes.indexOf(encoded);
            if (at < 0)
                qFatal("the test's double is not in the encoding");
            return bytes.left(at) + QByteArray::fromHex("f97e00") + bytes.mid(at + encoded.size());
        }();
    }

    void malformedEnvelopeBytesAreRejected()
    {
        QFETCH(QByteArray, bytes);
        const Result<RecordEnvelope> envelope = RecordEnvelope::decode(bytes);
        QVERIFY(!envelope.ok());
        QCOMPARE(envelope.code(), ErrorCode::InvalidInput);
        QVERIFY(!envelope.error().message.isEmpty());
    }

    void truncatedEnvelopeBytesAreRejected()
    {
        const QByteArray bytes = makeEnvelope(sampleCheckIn(), {1000, 0, device('a')}).encode();
        for (qsizetype length = 0; length < bytes.size(); ++length) {
            const Result<RecordEnvelope> envelope = RecordEnvelope::decode(bytes.left(length));
            QVERIFY2(!envelope.ok(), qPrintable(QString::number(length)));
        }
        QVERIFY(RecordEnvelope::decode(bytes).ok());
    }

    void randomBytesNeverCrashTheDecoder()
    {
        QRandomGenerator generator(20250314);
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes(qsizetype(generator.bounded(1, 64)), '\0');
            for (char &c : bytes)
                c = static_cast<char>(generator.bounded(256));
            if (i % 2 == 0)
                bytes[0] = static_cast<char>(0xa0 | generator.bounded(6)); // a small map, to get further in
            decodeAsEverything(bytes);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void mutatedValidEnvelopesNeverCrashTheDecoder()
    {
        QRandomGenerator generator(1951);
        const QList<QByteArray> seeds = {
            makeEnvelope(sampleProfile(), {1, 0, device('a')}).encode(),
            makeEnvelope(sampleMember(), {1, 0, device('a')}).encode(),
            makeEnvelope(samplePlan(), {1, 0, device('a')}).encode(),
            makeEnvelope(sampleGoal(), {1, 0, device('a')}).encode(),
            makeEnvelope(sampleProgress(), {1, 0, device('a')}).encode(),
            makeEnvelope(sampleActivity(), {1, 0, device('a')}).encode(),
            makeEnvelope(sampleCheckIn(), {1, 0, device('a')}).encode(),
            makeEnvelope(sampleComment(), {1, 0, device('a')}).encode(),
        };
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes = seeds.at(i % seeds.size());
            const int mutations = 1 + int(generator.bounded(4));
            for (int m = 0; m < mutations; ++m) {
                const qsizetype at = generator.bounded(int(bytes.size()));
                switch (generator.bounded(4)) {
                case 0:
                    bytes[at] = static_cast<char>(bytes.at(at) ^ (1 << generator.bounded(8)));
                    break;
                case 1:
                    bytes[at] = static_cast<char>(generator.bounded(256));
                    break;
                case 2:
                    bytes.remove(at, 1 + generator.bounded(4));
                    break;
                default:
                    bytes.insert(at, static_cast<char>(generator.bounded(256)));
                    break;
                }
                if (bytes.isEmpty())
                    bytes.append('\0');
            }
            decodeAsEverything(bytes);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // --- conflict copies ---------------------------------------------------------------------
    void conflictCopyRoundTripsAndNeedsTargetTextAndTimes()
    {
        ConflictCopy copy;
        copy.targetId = newRecordId();
        copy.targetKind = QString(Goal::Kind);
        copy.field = QStringLiteral("wm");
        copy.text = {QStringLiteral("Walk to the market"), QStringLiteral("en")};
        copy.losingTime = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        copy.winningTime = QDateTime::fromMSecsSinceEpoch(1700000005000, Qt::UTC);
        QVERIFY(copy.validate());
        auto back = ConflictCopy::fromFields(copy.toFields());
        QVERIFY(back);
        back->id = copy.id;
        QCOMPARE(*back, copy);

        ConflictCopy noText = copy;
        noText.text = {};
        QVERIFY(!noText.validate());
        ConflictCopy noTarget = copy;
        noTarget.targetKind = QStringLiteral("nonsense");
        QVERIFY(!noTarget.validate());
        ConflictCopy noTime = copy;
        noTime.winningTime = {};
        QVERIFY(!noTime.validate());
    }

    void conflictCopyKeepsPeoplesTextButNotCodesOrNumbers()
    {
        const LocalizedText words {QStringLiteral("Play with my grandchildren"), QStringLiteral("en")};
        QCOMPARE(ConflictCopy::textOf(words.toCbor()), std::optional<LocalizedText>(words));
        QCOMPARE(ConflictCopy::textOf(QCborValue(QStringLiteral("Dr. Peeters")))->text, QStringLiteral("Dr. Peeters"));
        QCOMPARE(ConflictCopy::textOf(QCborValue(QStringLiteral("Dr. Peeters")))->lang, QStringLiteral("und"));
        QVERIFY(!ConflictCopy::textOf(QCborValue(QStringLiteral("active"))));
        QVERIFY(!ConflictCopy::textOf(QCborValue(2)));
        QVERIFY(!ConflictCopy::textOf(QCborValue(QCborValue::Null)));
        const QCborArray steps {QCborMap {{QStringLiteral("t"), words.toCbor()}, {QStringLiteral("d"), false}},
            QCborMap {{QStringLiteral("t"), LocalizedText {QStringLiteral("Rest"), QStringLiteral("en")}.toCbor()}}};
        QCOMPARE(ConflictCopy::textOf(steps)->text, QStringLiteral("Play with my grandchildren\nRest"));
    }

    void conflictCopyIdIsStablePerLostValue()
    {
        const QByteArray target = newRecordId();
        const QByteArray a = ConflictCopy::idFor(target, QStringLiteral("wm"), QByteArray(24, 'a'));
        QCOMPARE(a.size(), RecordIdSize);
        QCOMPARE(ConflictCopy::idFor(target, QStringLiteral("wm"), QByteArray(24, 'a')), a);
        QVERIFY(ConflictCopy::idFor(target, QStringLiteral("tg"), QByteArray(24, 'a')) != a);
        QVERIFY(ConflictCopy::idFor(target, QStringLiteral("wm"), QByteArray(24, 'b')) != a);
    }

    // ---- code labels, schedule, care-team and attention rules ---------------------------------

    void everyStoredCodeHasItsOwnWords()
    {
        const std::pair<const QStringList *, QString (*)(const QString &)> tables[] = {
            {&codes::roles(), codelabels::role},
            {&codes::goalDomains(), codelabels::domain},
            {&codes::goalKinds(), codelabels::goalKind},
            {&codes::goalStatuses(), codelabels::goalStatus},
            {&codes::achievements(), codelabels::achievement},
            {&codes::activityKinds(), codelabels::activityKind},
            {&codes::activityStatuses(), codelabels::activityStatus},
            {&codes::planStatuses(), codelabels::planStatus},
        };
        for (const auto &[list, label] : tables) {
            for (const QString &code : *list)
                QVERIFY2(label(code) != code && !label(code).isEmpty(), qPrintable(code));
        }
        QCOMPARE(codelabels::domain(QStringLiteral("mind")), QStringLiteral("Mind and mood"));
        QCOMPARE(codelabels::permission(QStringLiteral("viewer")), QStringLiteral("May only read"));
        QCOMPARE(codelabels::colour(QStringLiteral("teal")), QStringLiteral("Teal"));
        QCOMPARE(codelabels::role(QStringLiteral("from_a_newer_version")), QStringLiteral("from_a_newer_version"));
    }

    void scheduleInWordsNamesDaysAndTime()
    {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QDate today(2026, 11, 23); // a Monday
        Schedule weekly = Schedule::weekly(today, Schedule::Monday | Schedule::Wednesday | Schedule::Friday);
        weekly.time = QTime(8, 0);
        QCOMPARE(schedulerules::scheduleInWords(weekly, today, english),
            QStringLiteral("Every Monday, Wednesday and Friday at 08:00"));
        QCOMPARE(schedulerules::scheduleInWords(Schedule::daily(today), today, english), QStringLiteral("Every day"));
        QCOMPARE(schedulerules::scheduleInWords(Schedule::once(today.addDays(4)), today, english),
            QStringLiteral("Once, on Friday 27 November"));
    }

    void theNextOpenOccurrenceSkipsWhatIsDone()
    {
        const QDate today(2026, 11, 23);
        Activity daily;
        daily.schedule = Schedule::daily(today.addDays(-10));
        QCOMPARE(schedulerules::nextOpenOccurrence(daily, today), today);
        daily.doneLog.append({today, idOf('m'), {}});
        QCOMPARE(schedulerules::nextOpenOccurrence(daily, today), today.addDays(1));
        Activity once;
        once.schedule = Schedule::once(today.addDays(2));
        QCOMPARE(schedulerules::nextOpenOccurrence(once, today), today.addDays(2));
        once.doneLog.append({today.addDays(2), idOf('m'), {}});
        QVERIFY(!schedulerules::nextOpenOccurrence(once, today).has_value());
    }

    void doneTodayIsOfferedOnlyForWhatIsDueToday()
    {
        const QDate today(2026, 11, 23);
        Activity appointment;
        appointment.schedule = Schedule::once(today.addDays(5));
        QVERIFY(!schedulerules::offersDoneToday(appointment, today));
        appointment.schedule = Schedule::once(today);
        QVERIFY(schedulerules::offersDoneToday(appointment, today));
        appointment.schedule = Schedule::once(today.addDays(-2)); // passed, never marked
        QVERIFY(schedulerules::offersDoneToday(appointment, today));
        appointment.doneLog.append({today.addDays(-2), idOf('m'), {}});
        QVERIFY(!schedulerules::offersDoneToday(appointment, today));

        Activity exercises;
        exercises.schedule = Schedule::weekly(today.addDays(-7), Schedule::Wednesday);
        QVERIFY(schedulerules::offersDoneToday(exercises, today)); // recurring: any day
        exercises.doneLog.append({today, idOf('m'), {}});
        QVERIFY(!schedulerules::offersDoneToday(exercises, today)); // already marked today
        Activity later;
        later.schedule = Schedule::daily(today.addDays(3));
        QVERIFY(!schedulerules::offersDoneToday(later, today));
        later.schedule = Schedule::daily(today.addDays(-30));
        later.schedule.end = today.addDays(-1);
        QVERIFY(!schedulerules::offersDoneToday(later, today));

        Activity whenNeeded;
        QVERIFY(schedulerules::offersDoneToday(whenNeeded, today));
        whenNeeded.status = QStringLiteral("cancelled");
        QVERIFY(!schedulerules::offersDoneToday(whenNeeded, today));
    }

    void anInviteeBecomesTheOneCardOfTheirNameButNeverGuessesBetweenTwo()
    {
        FreshStore fresh;
        QVERIFY(fresh.open());
        CareStore &store = *fresh.store;
        auto card = [&](const QString &name) {
            CareTeamMember m;
            m.displayName = name;
            m.role = QStringLiteral("gp");
            return store.save(m).ok() ? m.id : QByteArray();
        };
        const QByteArray claes = card(QStringLiteral("dr. Jan Claes"));
        QVERIFY(!claes.isEmpty());
        // One card of that name: the invitee who gave it is that person.
        const auto linked = careteamrules::linkInvitee(
            store, {idOf('a'), QStringLiteral("Dr. Jan Claes "), QStringLiteral("gp"), idOf('i')});
        QVERIFY(linked.ok());
        QCOMPARE(*linked, claes);
        QCOMPARE(store.member(claes)->linkedAccount, idOf('a'));
        // Two unlinked cards "An Peeters": a name alone does not say which; a new card is made.
        const QByteArray first = card(QStringLiteral("An Peeters"));
        const QByteArray second = card(QStringLiteral("An Peeters"));
        const auto guessed = careteamrules::linkInvitee(
            store, {idOf('b'), QStringLiteral("An Peeters"), QStringLiteral("gp"), idOf('j')});
        QVERIFY(guessed.ok());
        QVERIFY(*guessed != first && *guessed != second);
        QVERIFY(store.member(first)->linkedAccount.isEmpty());
        QVERIFY(store.member(second)->linkedAccount.isEmpty());
    }

    void theCoordinatorIsKeptInStepBetweenMembersAndPlan()
    {
        FreshStore fresh;
        QVERIFY(fresh.open());
        CareStore &store = *fresh.store;
        QVERIFY(careteamrules::patientMemberId(store).isEmpty());
        const auto me = careteamrules::ensurePatientMember(store);
        QVERIFY(me.ok());
        QCOMPARE(careteamrules::ensurePatientMember(store).value(), *me);
        CareTeamMember nurse;
        nurse.displayName = QStringLiteral("An");
        nurse.role = QStringLiteral("home_nurse");
        QVERIFY(store.save(nurse).ok());
        CarePlan plan;
        plan.title = nl(QStringLiteral("Zorgplan"));
        plan.status = QStringLiteral("active");
        QVERIFY(store.save(plan).ok());

        QVERIFY(careteamrules::applyCoordinator(store, nurse.id).ok());
        QVERIFY(store.member(nurse.id)->isCoordinator);
        QVERIFY(!store.member(*me)->isCoordinator);
        QCOMPARE(store.plan()->coordinatorId, nurse.id);
        QVERIFY(careteamrules::applyCoordinator(store, *me).ok());
        QVERIFY(!store.member(nurse.id)->isCoordinator);
        QCOMPARE(store.plan()->coordinatorId, *me);
        QCOMPARE(careteamrules::applyCoordinator(store, idOf('x')).code(), ErrorCode::NotFound);
    }

    void attentionFlagsReadTheLatestCheckInThePlanAndTheGoals()
    {
        FreshStore fresh;
        QVERIFY(fresh.open());
        CareStore &store = *fresh.store;
        const QDate today(2026, 11, 23);
        QVERIFY(AttentionFlags::compute(store, today).isEmpty());
        for (int rating : {7, 7, 6, 4}) { // the mean before is 6.67; 4 is at least 2 below
            CheckIn checkIn;
            checkIn.completedById = idOf('p');
            checkIn.time = QDateTime(today.addDays(-28 + 7 * store.checkInsById().size()), QTime(9, 0), Qt::UTC);
            checkIn.answers.insert(QStringLiteral("mind"), {rating, 7, rating == 4, {}});
            QVERIFY(store.save(checkIn).ok());
        }
        CarePlan plan;
        plan.title = nl(QStringLiteral("Zorgplan"));
        plan.status = QStringLiteral("active");
        plan.nextReview = today;
        QVERIFY(store.save(plan).ok());
        Goal goal;
        goal.kind = QStringLiteral("life_goal");
        goal.whatMattersToMe = nl(QStringLiteral("Naar de markt wandelen"));
        goal.domain = QStringLiteral("participation");
        goal.status = QStringLiteral("active");
        goal.achievement = QStringLiteral("worsening");
        QVERIFY(store.save(goal).ok());

        const AttentionFlags flags = AttentionFlags::compute(store, today);
        QCOMPARE(flags.worsening.size(), 1);
        QCOMPARE(flags.worsening.first().domain, QStringLiteral("mind"));
        QCOMPARE(flags.worsening.first().latest, 4);
        QCOMPARE(flags.discuss.size(), 1);
        QVERIFY(!flags.reviewOverdue); // the meeting may be today
        QVERIFY(AttentionFlags::compute(store, today.addDays(1)).reviewOverdue);
        QCOMPARE(flags.worseningGoals.size(), 1);
        QCOMPARE(flags.kindCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
