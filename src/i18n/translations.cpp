// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace cc::i18n {

namespace {

struct Installed {
    QString language;
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

const QStringList &languages()
{
    static const QStringList codes = {
        QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")};
    return codes;
}

QString systemLanguage()
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &tag : uiLanguages) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (languages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    Installed &state = installed();
    if (state.ours)
        QCoreApplication::removeTranslator(state.ours.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.ours = std::make_unique<QTranslator>();
    state.qt = std::make_unique<QTranslator>();
    // Our catalogues are compiled into the binary (qt_add_translations, prefix /i18n).
    if (state.ours->load(QStringLiteral(":/i18n/carecircle_") + language))
        QCoreApplication::installTranslator(state.ours.get());
    // Qt's own strings (standard buttons, dialogs) from the system's Qt translations.
    if (state.qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());
    QLocale::setDefault(
        QLocale(language == QLatin1String("en") ? QStringLiteral("en_BE") : language + QStringLiteral("_BE")));
    state.language = language;
    return true;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace cc::i18n
