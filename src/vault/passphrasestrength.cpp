// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrasestrength.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace cc::vault::passphrase {

namespace {

// Words that guessers try first, in the four languages we ship. Lower case.
const QStringList &commonWords()
{
    static const QStringList words = {
        QStringLiteral("password"),
        QStringLiteral("wachtwoord"),
        QStringLiteral("motdepasse"),
        QStringLiteral("passwort"),
        QStringLiteral("welkom"),
        QStringLiteral("welcome"),
        QStringLiteral("bienvenue"),
        QStringLiteral("willkommen"),
        QStringLiteral("azerty"),
        QStringLiteral("qwerty"),
        QStringLiteral("qwertz"),
        QStringLiteral("123456"),
        QStringLiteral("carecircle"),
        QStringLiteral("letmein"),
        QStringLiteral("admin"),
        QStringLiteral("secret"),
        QStringLiteral("geheim"),
        QStringLiteral("soleil"),
        QStringLiteral("bonjour"),
        QStringLiteral("hallo"),
        QStringLiteral("iloveyou"),
    };
    return words;
}

int runLength(const QString &s, int i)
{
    // Length of an ascending/descending or repeated run starting at i.
    int n = 1;
    if (i + 1 >= s.size())
        return n;
    const int step = s[i + 1].unicode() - s[i].unicode();
    if (step < -1 || step > 1)
        return n;
    while (i + n < s.size() && s[i + n].unicode() - s[i + n - 1].unicode() == step)
        ++n;
    return n;
}

} // namespace

PassphraseStrength assess(const QString &passphrase)
{
    PassphraseStrength result;
    const QString lower = passphrase.toLower();

    bool hasLower = false, hasUpper = false, hasDigit = false, hasSymbol = false, hasOther = false;
    for (const QChar c : passphrase) {
        if (c.unicode() > 127)
            hasOther = true;
        else if (c.isLower())
            hasLower = true;
        else if (c.isUpper())
            hasUpper = true;
        else if (c.isDigit())
            hasDigit = true;
        else
            hasSymbol = true;
    }
    const int pool =
        (hasLower ? 26 : 0) + (hasUpper ? 26 : 0) + (hasDigit ? 10 : 0) + (hasSymbol ? 33 : 0) + (hasOther ? 60 : 0);

    // Effective length: runs (aaaa, abcd, 4321) count as two characters; common words as one.
    double effective = 0;
    for (int i = 0; i < lower.size();) {
        const int run = runLength(lower, i);
        if (run >= 3) {
            effective += 2;
            i += run;
        } else {
            effective += 1;
            ++i;
        }
    }
    for (const QString &word : commonWords()) {
        if (lower.contains(word))
            effective -= word.size() - 1;
    }
    // Few distinct characters also limit the search space.
    const QSet<QChar> distinct(lower.begin(), lower.end());
    effective = std::min(effective, double(distinct.size()) * 2.0);
    effective = std::max(effective, 0.0);

    result.bits = pool > 0 ? effective * std::log2(double(pool)) : 0;
    if (result.bits < 28)
        result.score = 0;
    else if (result.bits < 40)
        result.score = 1;
    else if (result.bits < 55)
        result.score = 2;
    else if (result.bits < 75)
        result.score = 3;
    else
        result.score = 4;
    result.acceptable = result.score >= 3 && passphrase.size() >= MinimumLength;

    static const char *const labels[] = {QT_TRANSLATE_NOOP("Passphrase", "Very weak"),
        QT_TRANSLATE_NOOP("Passphrase", "Weak"), QT_TRANSLATE_NOOP("Passphrase", "Fair"),
        QT_TRANSLATE_NOOP("Passphrase", "Good"), QT_TRANSLATE_NOOP("Passphrase", "Strong")};
    result.label = QCoreApplication::translate("Passphrase", labels[result.score]);
    if (passphrase.size() < MinimumLength)
        result.hint = QCoreApplication::translate(
            "Passphrase", "Use at least %n characters. A short sentence is easy to remember.", nullptr, MinimumLength);
    else if (!result.acceptable)
        result.hint = QCoreApplication::translate("Passphrase",
            "Add a few more words, or mix in numbers and symbols. Avoid common words and runs like 1234.");
    return result;
}

} // namespace cc::vault::passphrase
