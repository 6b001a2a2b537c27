// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cc::i18n {

/** The languages CareCircle ships, as ISO 639-1 codes: nl, fr, de, en. */
const QStringList &languages();

/** The shipped language closest to the system's UI languages (English if none matches). */
QString systemLanguage();

/**
 * Makes @p language (one of languages()) the application's language: installs our
 * translations and Qt's own, replacing those of an earlier call. Returns false for an
 * unknown code (then nothing changes). Code that shows text must re-read it afterwards
 * (QML: QQmlEngine::retranslate()).
 */
bool setLanguage(const QString &language);

/** The language set last (empty before the first setLanguage()). */
QString currentLanguage();

} // namespace cc::i18n
