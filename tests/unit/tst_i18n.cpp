// SPDX-License-Identifier: GPL-3.0-or-later
// The four languages are compiled in and switch at run time, C++ messages included.
#include "app/plan/planwrites.h"
#include "domain/schedule.h"
#include "i18n/translations.h"
#include "vault/passphrasestrength.h"

#include <QTest>

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyShippedLanguageLoadsAndTranslates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Sterk");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Forte");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Stark");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Strong");
    }

    void everyShippedLanguageLoadsAndTranslates()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QVERIFY(cc::i18n::setLanguage(language));
        QCOMPARE(cc::i18n::currentLanguage(), language);
        // A message made in C++ (the strength label) follows the language at once.
        const auto strength = cc::vault::passphrase::assess(QStringLiteral("quiet river under seven old bridges"));
        QCOMPARE(strength.label, expected);
    }

    void errorsMadeAfterASwitchAreInTheNewLanguage()
    {
        QVERIFY(cc::i18n::setLanguage(QStringLiteral("en")));
        const QString english = cc::vault::passphrase::assess(QStringLiteral("abc")).hint;
        QVERIFY(cc::i18n::setLanguage(QStringLiteral("nl")));
        const QString dutch = cc::vault::passphrase::assess(QStringLiteral("abc")).hint;
        QVERIFY(!dutch.isEmpty());
        QVERIFY(dutch != english);
        QVERIFY(dutch.contains(QStringLiteral("10")));
    }

    void schedulesInWordsFollowTheLanguage()
    {
        // Text built in C++ from pieces: each piece must be found in the catalogue.
        const auto daily = cc::domain::Schedule::daily(QDate(2026, 11, 2));
        QVERIFY(cc::i18n::setLanguage(QStringLiteral("en")));
        QCOMPARE(cc::app::planwrites::scheduleInWords(daily, QDate(2026, 11, 22)), QStringLiteral("Every day"));
        for (const char *language : {"nl", "fr", "de"}) {
            QVERIFY(cc::i18n::setLanguage(QString::fromLatin1(language)));
            const QString text = cc::app::planwrites::scheduleInWords(daily, QDate(2026, 11, 22));
            QVERIFY2(!text.isEmpty() && text != QStringLiteral("Every day"), language);
        }
    }

    void anUnknownLanguageChangesNothing()
    {
        QVERIFY(cc::i18n::setLanguage(QStringLiteral("de")));
        QVERIFY(!cc::i18n::setLanguage(QStringLiteral("xx")));
        QCOMPARE(cc::i18n::currentLanguage(), QStringLiteral("de"));
        QVERIFY(cc::i18n::languages().contains(cc::i18n::systemLanguage()));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
