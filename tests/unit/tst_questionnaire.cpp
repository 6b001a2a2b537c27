// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaire engine: every shipped definition loads and validates; scores and bands
// are right at every boundary; each kind of broken file is refused with a message; random
// bytes never crash the parser.
#include "domain/codes.h"
#include "domain/questionnaire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace cc;
using domain::Questionnaire;

namespace {

QJsonObject texts(const QString &base)
{
    return {{QStringLiteral("nl"), base + QStringLiteral(" nl")}, {QStringLiteral("fr"), base + QStringLiteral(" fr")},
        {QStringLiteral("de"), base + QStringLiteral(" de")}, {QStringLiteral("en"), base + QStringLiteral(" en")}};
}

/** A valid PHQ-2-shaped definition that the tests break in one place each. */
QJsonObject validInstrument()
{
    QJsonArray options;
    for (int v = 0; v <= 3; ++v)
        options.append(
            QJsonObject {{QStringLiteral("value"), v}, {QStringLiteral("label"), texts(QString::number(v))}});
    return {
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), QStringLiteral("phq2")},
        {QStringLiteral("version"), QStringLiteral("test")},
        {QStringLiteral("kind"), QStringLiteral("instrument")},
        {QStringLiteral("title"), texts(QStringLiteral("Title"))},
        {QStringLiteral("intro"), texts(QStringLiteral("Intro"))},
        {QStringLiteral("attribution"), texts(QStringLiteral("Attribution"))},
        {QStringLiteral("options"), options},
        {QStringLiteral("items"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("text"), texts(QStringLiteral("One"))}},
                QJsonObject {{QStringLiteral("id"), QStringLiteral("2")},
                    {QStringLiteral("text"), texts(QStringLiteral("Two"))}}}},
        {QStringLiteral("scoring"), QJsonObject {{QStringLiteral("method"), QStringLiteral("sum")}}},
        {QStringLiteral("bands"),
            QJsonArray {QJsonObject {{QStringLiteral("min"), 0}, {QStringLiteral("max"), 2},
                            {QStringLiteral("label"), texts(QStringLiteral("Low"))},
                            {QStringLiteral("description"), texts(QStringLiteral("Low d"))}},
                QJsonObject {{QStringLiteral("min"), 3}, {QStringLiteral("max"), 6},
                    {QStringLiteral("label"), texts(QStringLiteral("High"))},
                    {QStringLiteral("description"), texts(QStringLiteral("High d"))}}}},
    };
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject setBand(QJsonObject root, int index, const char *key, int value)
{
    QJsonArray bands = root.value(QStringLiteral("bands")).toArray();
    QJsonObject band = bands.at(index).toObject();
    band.insert(QLatin1String(key), value);
    bands.replace(index, band);
    root.insert(QStringLiteral("bands"), bands);
    return root;
}

} // namespace

class TestQuestionnaire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyShippedDefinitionLoadsAndValidates()
    {
        const QList<Questionnaire> &all = domain::loadShippedQuestionnaires();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().id, QStringLiteral("carecircle-checkin"));
        for (const QString &id : {QStringLiteral("carecircle-checkin"), QStringLiteral("carecircle-caregiver"),
                 QStringLiteral("who5"), QStringLiteral("phq2"), QStringLiteral("gad2")}) {
            const Result<Questionnaire> q = domain::loadShipped(id);
            QVERIFY2(q.ok(), qPrintable(id + QStringLiteral(": ") + q.error().message));
            for (const QString &language : Questionnaire::requiredLanguages()) {
                QVERIFY(!Questionnaire::pick(q->title, language).isEmpty());
                QVERIFY(!Questionnaire::pick(q->attribution, language).isEmpty());
                for (const Questionnaire::Item &item : q->items)
                    QVERIFY(!Questionnaire::pick(item.text, language).isEmpty());
            }
        }
        QCOMPARE(domain::loadShipped(QStringLiteral("nope")).code(), ErrorCode::NotFound);
    }

    void theCheckInHasTheSixDomainsOnAZeroToTenScale()
    {
        const Result<Questionnaire> q = domain::loadShipped(QStringLiteral("carecircle-checkin"));
        QVERIFY(q.ok());
        QCOMPARE(q->kind, Questionnaire::Kind::CheckIn);
        QStringList ids;
        for (const Questionnaire::Item &item : q->items) {
            ids.append(item.id);
            QVERIFY(item.scale);
            QCOMPARE(item.scale->min, 0);
            QCOMPARE(item.scale->max, 10);
        }
        QCOMPARE(ids, domain::codes::checkInDomains());
        QVERIFY(q->domainFields.wish && q->domainFields.discuss && q->domainFields.note);
        QVERIFY(!q->score({5, 5, 5, 5, 5, 5}, QStringLiteral("en")).ok()); // a check-in is not scored
    }

    void theCaregiverCheckInHasOnlyTheFourCaregiverDomains()
    {
        const Result<Questionnaire> q = domain::loadShipped(QStringLiteral("carecircle-caregiver"));
        QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().message));
        QCOMPARE(q->kind, Questionnaire::Kind::CheckIn);
        QStringList ids;
        for (const Questionnaire::Item &item : q->items) {
            ids.append(item.id);
            QVERIFY(item.scale);
            QCOMPARE(item.scale->min, 0);
            QCOMPARE(item.scale->max, 10);
            for (const QString &language : Questionnaire::requiredLanguages()) {
                QVERIFY(!Questionnaire::pick(item.scale->minLabel, language).isEmpty());
                QVERIFY(!Questionnaire::pick(item.scale->maxLabel, language).isEmpty());
            }
        }
        QCOMPARE(ids, domain::codes::caregiverDomains());
    }

    void scoresAndBandsAreRightAtEveryBoundary_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<int>>("answers");
        QTest::addColumn<int>("raw");
        QTest::addColumn<double>("derived");
        QTest::addColumn<int>("bandMin");

        QTest::newRow("who5 lowest") << "who5" << QList<int> {0, 0, 0, 0, 0} << 0 << 0.0 << 0;
        QTest::newRow("who5 7 = 28") << "who5" << QList<int> {2, 2, 1, 1, 1} << 7 << 28.0 << 0;
        QTest::newRow("who5 8 = 32") << "who5" << QList<int> {2, 2, 2, 1, 1} << 8 << 32.0 << 29;
        QTest::newRow("who5 12 = 48") << "who5" << QList<int> {3, 3, 2, 2, 2} << 12 << 48.0 << 29;
        QTest::newRow("who5 13 = 52") << "who5" << QList<int> {3, 3, 3, 2, 2} << 13 << 52.0 << 49;
        QTest::newRow("who5 highest") << "who5" << QList<int> {5, 5, 5, 5, 5} << 25 << 100.0 << 49;
        for (const char *id : {"phq2", "gad2"}) {
            for (int a = 0; a <= 3; ++a) {
                for (int b = 0; b <= 3; ++b) {
                    QTest::addRow("%s %d+%d", id, a, b) << QString::fromLatin1(id) << QList<int> {a, b} << a + b
                                                        << double(a + b) << (a + b >= 3 ? 3 : 0);
                }
            }
        }
    }

    void scoresAndBandsAreRightAtEveryBoundary()
    {
        QFETCH(QString, id);
        QFETCH(QList<int>, answers);
        QFETCH(int, raw);
        QFETCH(double, derived);
        QFETCH(int, bandMin);
        const Result<Questionnaire> q = domain::loadShipped(id);
        QVERIFY(q.ok());
        const auto result = q->score(answers, QStringLiteral("nl"));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->instrument, id);
        QCOMPARE(result->language, QStringLiteral("nl"));
        QCOMPARE(result->version, q->version);
        QCOMPARE(result->rawScore, raw);
        QCOMPARE(result->derivedScore, derived);
        const Questionnaire::Band *band = q->band(result->derivedScore);
        QVERIFY(band);
        QCOMPARE(band->min, bandMin);
        QVERIFY(!Questionnaire::pick(band->description, QStringLiteral("fr")).isEmpty());
    }

    void incompleteOrImpossibleAnswersAreNotScored()
    {
        const Result<Questionnaire> q = domain::loadShipped(QStringLiteral("who5"));
        QVERIFY(q.ok());
        QVERIFY(!q->score({5, 5, 5, 5}, QStringLiteral("en")).ok());
        QVERIFY(!q->score({5, 5, 5, 5, 6}, QStringLiteral("en")).ok());
        QVERIFY(!q->score({5, 5, 5, 5, -1}, QStringLiteral("en")).ok());
        QVERIFY(!q->score({5, 5, 5, 5}, QStringLiteral("en")).error().message.isEmpty());
        // An unknown language is stored as the English wording it falls back to.
        QCOMPARE(q->score({5, 5, 5, 5, 5}, QStringLiteral("xx"))->language, QStringLiteral("en"));
    }

    void theTestDefinitionIsValid()
    {
        const auto q = Questionnaire::fromJson(toJson(validInstrument()));
        QVERIFY2(q.ok(), qPrintable(q.error().message));
        QCOMPARE(q->items.size(), 2);
        QCOMPARE(q->rawRange(), std::make_pair(0, 6));
    }

    void eachKindOfInvalidFileIsRefusedWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QJsonObject valid = validInstrument();
        auto changed = [&valid](const std::function<void(QJsonObject &)> &change) {
            QJsonObject copy = valid;
            change(copy);
            return toJson(copy);
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("{\"format\": 1,");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("too large") << QByteArray(Questionnaire::MaxFileSize + 1, ' ');
        QTest::newRow("unknown format") << changed([](QJsonObject &o) { o.insert(QStringLiteral("format"), 2); });
        QTest::newRow("unknown kind") << changed(
            [](QJsonObject &o) { o.insert(QStringLiteral("kind"), QStringLiteral("quiz")); });
        QTest::newRow("unknown instrument")
            << changed([](QJsonObject &o) { o.insert(QStringLiteral("id"), QStringLiteral("phq9")); });
        QTest::newRow("no version") << changed([](QJsonObject &o) { o.remove(QStringLiteral("version")); });
        QTest::newRow("missing language") << changed([](QJsonObject &o) {
            QJsonObject t = texts(QStringLiteral("Title"));
            t.remove(QStringLiteral("de"));
            o.insert(QStringLiteral("title"), t);
        });
        QTest::newRow("empty translation") << changed([](QJsonObject &o) {
            QJsonObject t = texts(QStringLiteral("Title"));
            t.insert(QStringLiteral("fr"), QStringLiteral("  "));
            o.insert(QStringLiteral("intro"), t);
        });
        QTest::newRow("no attribution") << changed([](QJsonObject &o) { o.remove(QStringLiteral("attribution")); });
        QTest::newRow("no items") << changed([](QJsonObject &o) { o.insert(QStringLiteral("items"), QJsonArray()); });
        QTest::newRow("duplicate item") << changed([](QJsonObject &o) {
            QJsonArray items = o.value(QStringLiteral("items")).toArray();
            items.append(items.at(0));
            o.insert(QStringLiteral("items"), items);
        });
        QTest::newRow("option out of range") << changed([](QJsonObject &o) {
            QJsonArray options = o.value(QStringLiteral("options")).toArray();
            options.append(
                QJsonObject {{QStringLiteral("value"), 101}, {QStringLiteral("label"), texts(QStringLiteral("x"))}});
            o.insert(QStringLiteral("options"), options);
        });
        QTest::newRow("option not a number") << changed([](QJsonObject &o) {
            QJsonArray options = o.value(QStringLiteral("options")).toArray();
            options.replace(0,
                QJsonObject {{QStringLiteral("value"), QStringLiteral("0")},
                    {QStringLiteral("label"), texts(QStringLiteral("x"))}});
            o.insert(QStringLiteral("options"), options);
        });
        QTest::newRow("fractional option") << changed([](QJsonObject &o) {
            QJsonArray options = o.value(QStringLiteral("options")).toArray();
            options.replace(
                0, QJsonObject {{QStringLiteral("value"), 0.5}, {QStringLiteral("label"), texts(QStringLiteral("x"))}});
            o.insert(QStringLiteral("options"), options);
        });
        QTest::newRow("duplicate option value") << changed([](QJsonObject &o) {
            QJsonArray options = o.value(QStringLiteral("options")).toArray();
            options.replace(1, options.at(0));
            o.insert(QStringLiteral("options"), options);
        });
        QTest::newRow("score range not the instrument's") << changed([](QJsonObject &o) {
            QJsonArray options = o.value(QStringLiteral("options")).toArray();
            options.append(
                QJsonObject {{QStringLiteral("value"), 4}, {QStringLiteral("label"), texts(QStringLiteral("x"))}});
            o.insert(QStringLiteral("options"), options);
        });
        QTest::newRow("unknown scoring") << changed([](QJsonObject &o) {
            o.insert(QStringLiteral("scoring"), QJsonObject {{QStringLiteral("method"), QStringLiteral("mean")}});
        });
        QTest::newRow("multiplier zero") << changed([](QJsonObject &o) {
            o.insert(QStringLiteral("scoring"),
                QJsonObject {{QStringLiteral("method"), QStringLiteral("sum")}, {QStringLiteral("multiplier"), 0}});
        });
        QTest::newRow("no bands") << changed([](QJsonObject &o) { o.insert(QStringLiteral("bands"), QJsonArray()); });
        QTest::newRow("overlapping bands") << setBandJson(valid, 1, "min", 2);
        QTest::newRow("gap between bands") << setBandJson(valid, 1, "min", 4);
        QTest::newRow("bands stop short") << setBandJson(valid, 1, "max", 5);
        QTest::newRow("bands start late") << setBandJson(valid, 0, "min", 1);
        QTest::newRow("band upside down") << setBandJson(valid, 0, "max", -1);
        QTest::newRow("check-in with a bad domain") << [] {
            QJsonObject o = validInstrument();
            o.insert(QStringLiteral("kind"), QStringLiteral("check_in"));
            o.insert(QStringLiteral("id"), QStringLiteral("carecircle-checkin"));
            o.remove(QStringLiteral("scoring"));
            o.remove(QStringLiteral("bands"));
            return toJson(o); // items "1" and "2" are not domains
        }();
    }

    void eachKindOfInvalidFileIsRefusedWithAMessage()
    {
        QFETCH(QByteArray, json);
        const auto q = Questionnaire::fromJson(json);
        QVERIFY(!q.ok());
        QCOMPARE(q.code(), ErrorCode::InvalidInput);
        QVERIFY(!q.error().message.isEmpty());
        QVERIFY2(!q.error().message.contains(u"%1"), qPrintable(q.error().message));
    }

    void randomBytesDoNotCrashTheParser()
    {
        QRandomGenerator random(20261122);
        const QByteArray valid = toJson(validInstrument());
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes;
            if (round % 2 == 0) {
                bytes.resize(random.bounded(0, 512));
                for (char &c : bytes)
                    c = char(random.bounded(256));
            } else {
                bytes = valid; // a valid file with a few bytes changed
                for (int flips = random.bounded(1, 8); flips > 0; --flips)
                    bytes[random.bounded(bytes.size())] = char(random.bounded(256));
            }
            const auto q = Questionnaire::fromJson(bytes);
            if (!q.ok())
                QVERIFY(!q.error().message.isEmpty());
        }
    }

private:
    static QByteArray setBandJson(const QJsonObject &root, int index, const char *key, int value)
    {
        return toJson(setBand(root, index, key, value));
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaire)
#include "tst_questionnaire.moc"
