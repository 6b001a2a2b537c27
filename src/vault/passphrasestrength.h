// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc::vault {

/**
 * A conservative estimate of how hard a passphrase is to guess, for feedback while typing
 * and for the minimum the app and CLI accept. It counts the character pool and length,
 * then removes credit for repeats, keyboard and alphabet runs, and very common words.
 */
struct PassphraseStrength {
    int score = 0; ///< 0 very weak … 4 strong
    double bits = 0; ///< estimated guessing entropy
    bool acceptable = false; ///< score ≥ 3 and at least MinimumLength characters
    QString label; ///< translated one-word verdict
    QString hint; ///< translated advice (empty when strong)
};

namespace passphrase {
constexpr int MinimumLength = 10;
PassphraseStrength assess(const QString &passphrase);
} // namespace passphrase

} // namespace cc::vault
