// SPDX-License-Identifier: GPL-3.0-or-later
// The two byte-level readers in front of the general record decoder, each against what it
// stands for, on every kind of record the demo writes and on many deterministic corruptions
// of them (fuzz_envelope runs the same comparisons unbounded):
// - the check that guards QCborValue::fromCbor (domain::cborscan), against the rules written
//   out case by case and against the QCborStreamReader walk it replaced (cborreference.h);
// - the direct reader of progress entries and check-ins (domain::fastdecode), against
//   RecordEnvelope::decode and fromFields.
#include "cborreference.h"
#include "demo/demohistory.h"
#include "demo/demostory.h"
#include "domain/cborscan.h"
#include "domain/envelope.h"
#include "domain/fastdecode.h"

#include <QCborStreamWriter>
#include <QFloat16>
#include <QRandomGenerator>

#include <QtTest>
#include <functional>

using namespace cc;
using namespace cc::domain;

namespace {

constexpr int Depth = RecordEnvelope::MaxNestingDepth;

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

/** @p levels nested one-element arrays around a zero. */
QByteArray nestedArrays(int levels)
{
    return QByteArray(levels, char(0x81)) + QByteArray(1, '\0');
}

/** The envelope of every record of the demo story and of some years of its history (walks,
 *  glucose readings, daily check-ins, some with notes), as the store writes them. */
QList<QByteArray> demoEnvelopes()
{
    const demo::DemoStory story = demo::generateDemoStory(QDate(2026, 12, 1));
    const Hlc stamp {1767225600000, 3, QByteArray(16, 'D')};
    CareRecords records;
    (void)demo::demohistory::write(
        story, demo::demohistory::storyRecordCount(story) + 1200, [&records](const CareRecords &batch) {
            records.members += batch.members;
            records.goals += batch.goals;
            records.activities += batch.activities;
            records.progress += batch.progress;
            records.checkIns += batch.checkIns;
            records.comments += batch.comments;
            return Status {};
        });
    QList<QPair<QString, QCborMap>> all {
        {QString(PatientProfile::Kind), story.profile.toFields()}, {QString(CarePlan::Kind), story.plan.toFields()}};
    for (const auto &m : records.members)
        all.append({QString(CareTeamMember::Kind), m.toFields()});
    for (const auto &g : records.goals)
        all.append({QString(Goal::Kind), g.toFields()});
    for (const auto &a : records.activities)
        all.append({QString(Activity::Kind), a.toFields()});
    for (const auto &p : records.progress)
        all.append({QString(ProgressEntry::Kind), p.toFields()});
    for (const auto &c : records.checkIns)
        all.append({QString(CheckIn::Kind), c.toFields()});
    for (const auto &c : records.comments)
        all.append({QString(Comment::Kind), c.toFields()});
    QList<QByteArray> encoded;
    for (const auto &[kind, fields] : all) {
        RecordEnvelope envelope = RecordEnvelope::make(kind, fields, stamp);
        encoded.append(envelope.encode());
        envelope.moved = Hlc {1767225600001, 0, QByteArray(16, 'E')};
        encoded.append(envelope.encode());
    }
    return encoded;
}

/** Whether QCborValue::fromCbor reads @p bytes without an error. */
bool builds(const QByteArray &bytes)
{
    QCborParserError error;
    (void)QCborValue::fromCbor(bytes, &error);
    return error.error == QCborError::NoError;
}

/** One deterministic corruption of @p bytes, biased towards the bytes that change structure. */
QByteArray corrupt(QByteArray bytes, QRandomGenerator &random)
{
    static const char special[] = {'\x00', '\x17', '\x18', '\x1b', '\x1c', '\x1f', '\x5f', '\x7f', '\x9f', '\xbf',
        '\xa1', '\x81', '\xc0', '\xd8', '\xf4', '\xf6', '\xf7', '\xf8', '\xf9', '\xfa', '\xfb', '\xff'};
    const int edits = 1 + int(random.bounded(3));
    for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
        const qsizetype at = qsizetype(random.bounded(quint32(bytes.size())));
        switch (random.bounded(6)) {
        case 0:
            bytes[at] = char(bytes[at] ^ (1 << random.bounded(8)));
            break;
        case 1:
            bytes[at] = special[random.bounded(quint32(sizeof special))];
            break;
        case 2:
            bytes.insert(at, special[random.bounded(quint32(sizeof special))]);
            break;
        case 3:
            bytes.remove(at, 1);
            break;
        case 4:
            bytes.truncate(at);
            break;
        default:
            bytes[at] = char(random.bounded(256));
            break;
        }
    }
    return bytes;
}

/** A progress entry's envelope written field by field, so that it can be written wrongly. */
QByteArray progressEnvelope(const std::function<void(QCborStreamWriter &)> &fields, int version = 1, int pairs = 4)
{
    QByteArray bytes;
    QCborStreamWriter w(&bytes);
    w.startMap(pairs);
    w.append(QLatin1StringView("v"));
    w.append(version);
    w.append(QLatin1StringView("k"));
    w.append(QLatin1StringView("progress"));
    w.append(QLatin1StringView("c"));
    w.append(Hlc {1767225600000, 3, QByteArray(16, 'D')}.toBytes());
    w.append(QLatin1StringView("f"));
    fields(w);
    w.endMap();
    return bytes;
}

/** The fields {g, dt, by} and then what @p more writes, in a map of @p pairs pairs. */
std::function<void(QCborStreamWriter &)> progressFields(
    int pairs, const std::function<void(QCborStreamWriter &)> &more = {})
{
    return [=](QCborStreamWriter &w) {
        w.startMap(pairs);
        w.append(QLatin1StringView("g"));
        w.append(QByteArray(16, 'G'));
        w.append(QLatin1StringView("dt"));
        w.append(QLatin1StringView("2026-12-01"));
        w.append(QLatin1StringView("by"));
        w.append(QByteArray(16, 'B'));
        if (more)
            more(w);
        w.endMap();
    };
}

} // namespace

class TestCborScan : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("accepted");
        // What our encodings use.
        QTest::newRow("small map") << hex("a2616b6161617601") << true;
        QTest::newRow("integers of every width") << hex("85 00 1818 190100 1a00010000 1b0000000100000000") << true;
        QTest::newRow("negative integer") << hex("3903e7") << true;
        QTest::newRow("byte string") << hex("43010203") << true;
        QTest::newRow("false, true, null") << hex("83f4f5f6") << true;
        QTest::newRow("finite half, single and double") << hex("83f93c00fa47c35000fb3ff199999999999a") << true;
        QTest::newRow("empty array and map") << hex("82 80 a0") << true;
        QTest::newRow("indefinite array, map and strings") << hex("84 9f01ff bf6161 01ff 5f420102ff 7f6161ff") << true;
        QTest::newRow("nesting at the limit") << nestedArrays(Depth) << true;
        // What decode() must refuse.
        QTest::newRow("empty input") << QByteArray() << false;
        QTest::newRow("nesting one beyond the limit") << nestedArrays(Depth + 1) << false;
        QTest::newRow("a byte after the item") << hex("0000") << false;
        QTest::newRow("truncated string") << hex("4301") << false;
        QTest::newRow("truncated argument") << hex("1901") << false;
        QTest::newRow("array short of its items") << hex("830102") << false;
        QTest::newRow("array claiming a million items") << hex("9a000f4240") << false;
        QTest::newRow("map claiming more pairs than bytes") << hex("a4010203040506") << false;
        QTest::newRow("string longer than the input") << hex("5bffffffffffffffff00") << false;
        QTest::newRow("tag") << hex("c11a514b67b0") << false;
        QTest::newRow("undefined") << hex("f7") << false;
        QTest::newRow("unassigned simple value") << hex("f0") << false;
        QTest::newRow("two-byte simple value") << hex("f820") << false;
        QTest::newRow("false in two bytes") << hex("f814") << false;
        QTest::newRow("half NaN") << hex("f97e00") << false;
        QTest::newRow("half infinity") << hex("f97c00") << false;
        QTest::newRow("single NaN") << hex("fa7fc00000") << false;
        QTest::newRow("single minus infinity") << hex("faff800000") << false;
        QTest::newRow("double NaN") << hex("fb7ff8000000000000") << false;
        QTest::newRow("double infinity") << hex("fb7ff0000000000000") << false;
        QTest::newRow("reserved additional information") << hex("1c") << false;
        QTest::newRow("indefinite integer") << hex("1f") << false;
        QTest::newRow("break at the top") << hex("ff") << false;
        QTest::newRow("break in a definite array") << hex("82 01 ff") << false;
        QTest::newRow("indefinite array without its break") << hex("9f0102") << false;
        QTest::newRow("text chunk in a byte string") << hex("5f 6161 ff") << false;
        QTest::newRow("indefinite chunk in a string") << hex("5f 5f ff ff") << false;
        QTest::newRow("indefinite map with half a pair") << hex("bf 01 ff") << false;
    }

    void rules()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, accepted);
        QCOMPARE(cborscan::isAcceptable(bytes, Depth), accepted);
        // The walk it replaced agrees, case by case.
        QCOMPARE(fuzz::referenceAcceptsCbor(bytes, Depth), accepted);
    }

    void whatTheRecordsWeWriteUseIsAccepted()
    {
        const QList<QByteArray> envelopes = demoEnvelopes();
        QVERIFY(envelopes.size() > 100);
        for (const QByteArray &bytes : envelopes) {
            QVERIFY2(cborscan::isAcceptable(bytes, Depth), bytes.toHex().constData());
            QVERIFY(fuzz::referenceAcceptsCbor(bytes, Depth));
            QVERIFY(RecordEnvelope::decode(bytes));
        }
    }

    void corruptedRecordsAreJudgedAsTheStreamReaderWalkJudgesThem()
    {
        // Seeded: the same inputs on every run, so a failure names its case.
        QRandomGenerator random(20261206);
        const QList<QByteArray> envelopes = demoEnvelopes();
        int accepted = 0, refused = 0;
        for (int round = 0; round < 40; ++round) {
            for (const QByteArray &original : envelopes) {
                const QByteArray bytes = corrupt(original, random);
                // UTF-8 is left to fromCbor (the walk checked it too): compare what decode() sees.
                const bool scanned = cborscan::isAcceptable(bytes, Depth) && builds(bytes);
                const bool walked = fuzz::referenceAcceptsCbor(bytes, Depth) && builds(bytes);
                if (scanned != walked)
                    QFAIL(qPrintable(QStringLiteral("scanner %1, stream walk %2: %3")
                                         .arg(scanned)
                                         .arg(walked)
                                         .arg(QString::fromLatin1(bytes.toHex()))));
                ++(scanned ? accepted : refused);
            }
        }
        // Both verdicts occur often enough for the comparison to mean something.
        QVERIFY2(accepted > 1000 && refused > 1000, qPrintable(QStringLiteral("%1 / %2").arg(accepted).arg(refused)));
    }

    void theDirectReaderReadsOnlyThePlainShape_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("read");
        const auto rating = [](QCborStreamWriter &w) {
            w.append(QLatin1StringView("r"));
            w.append(6);
        };
        const QByteArray plain = progressEnvelope(progressFields(4, rating));
        QTest::newRow("plain") << plain << true;
        QByteArray wide = plain;
        wide.replace(plain.size() - 1, 1, hex("1a00000006"));
        QTest::newRow("a rating in five bytes") << wide << true;
        QTest::newRow("minus zero as a half float") << progressEnvelope(progressFields(4, [](QCborStreamWriter &w) {
            w.append(QLatin1StringView("v"));
            w.append(qfloat16(-0.0f));
        })) << true;
        QTest::newRow("a byte after the envelope") << plain + hex("00") << false;
        QTest::newRow("version 2 without its move stamp") << progressEnvelope(progressFields(4, rating), 2) << false;
        QTest::newRow("a field twice") << progressEnvelope(progressFields(5, [&](QCborStreamWriter &w) {
            rating(w);
            rating(w);
        })) << false;
        QTest::newRow("a null field") << progressEnvelope(progressFields(5, [&](QCborStreamWriter &w) {
            rating(w);
            w.append(QLatin1StringView("v"));
            w.append(nullptr);
        })) << false;
        QTest::newRow("a key not in ASCII") << progressEnvelope(progressFields(5, [&](QCborStreamWriter &w) {
            rating(w);
            w.append(QStringLiteral("\u00e9"));
            w.append(1);
        })) << false;
        QTest::newRow("a unit of 501 characters") << progressEnvelope(progressFields(6, [&](QCborStreamWriter &w) {
            rating(w);
            w.append(QLatin1StringView("v"));
            w.append(2.5);
            w.append(QLatin1StringView("u"));
            w.append(QString(501, u'm'));
        })) << false;
        QTest::newRow("field stamps on an append-only kind")
            << progressEnvelope(progressFields(4, rating), 1, 5) + hex("6173a0") << false;
    }

    void theDirectReaderReadsOnlyThePlainShape()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, read);
        QCOMPARE(fastdecode::decode(bytes, QByteArray(16, 'R')).has_value(), read);
        int taken = 0;
        QVERIFY(fuzz::fastReadsAsTheGeneralPath(bytes, taken));
        if (read) {
            // What it read is what the general path reads, sign of zero included.
            QVERIFY(RecordEnvelope::decode(bytes));
            QCOMPARE(taken, 1);
        }
    }

    void theDirectReaderReadsMostProgressAndCheckInsAsTheGeneralPathDoes()
    {
        int progress = 0, checkIns = 0, taken = 0, takenOther = 0;
        for (const QByteArray &bytes : demoEnvelopes()) {
            const auto envelope = RecordEnvelope::decode(bytes);
            QVERIFY(envelope);
            int read = 0;
            QVERIFY2(fuzz::fastReadsAsTheGeneralPath(bytes, read), bytes.toHex().constData());
            if (envelope->kind == ProgressEntry::Kind || envelope->kind == CheckIn::Kind) {
                ++(envelope->kind == ProgressEntry::Kind ? progress : checkIns);
                // A moved record keeps its move stamp: only the general path reads it.
                if (!envelope->moved.isNull())
                    QCOMPARE(read, 0);
                taken += read;
            } else {
                takenOther += read;
            }
        }
        // The kinds it is for, in their common shapes; nothing of the other kinds.
        QCOMPARE(takenOther, 0);
        QVERIFY2(progress > 500 && checkIns > 50,
            qPrintable(QStringLiteral("%1 %2 %3").arg(progress).arg(checkIns).arg(taken)));
        qInfo("direct reader: %d of %d never-moved progress entries and check-ins", taken, (progress + checkIns) / 2);
        QVERIFY2(taken * 10 >= (progress + checkIns) / 2 * 7,
            qPrintable(QStringLiteral("%1 of %2 never-moved").arg(taken).arg((progress + checkIns) / 2)));
    }

    void theDirectReaderReadsCorruptedRecordsAsTheGeneralPathDoesOrNotAtAll()
    {
        QRandomGenerator random(20261207);
        const QList<QByteArray> envelopes = demoEnvelopes();
        int taken = 0;
        for (int round = 0; round < 20; ++round) {
            for (const QByteArray &original : envelopes) {
                const QByteArray bytes = corrupt(original, random);
                if (!fuzz::fastReadsAsTheGeneralPath(bytes, taken))
                    QFAIL(bytes.toHex().constData());
            }
        }
        // Many corruptions still read (a changed rating, date or id byte): compared too.
        QVERIFY2(taken > 1000, qPrintable(QString::number(taken)));
    }
};

QTEST_GUILESS_MAIN(TestCborScan)
#include "tst_cborscan.moc"
