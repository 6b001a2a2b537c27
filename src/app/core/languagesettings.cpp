// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/languagesettings.h"

#include "i18n/translations.h"

#include <QSettings>

namespace cc::app {

namespace {
const QString LanguageKey = QStringLiteral("appearance/language");
} // namespace

LanguageSettings::LanguageSettings(QObject *parent) : QObject(parent)
{
    const QString saved = QSettings().value(LanguageKey).toString();
    i18n::setLanguage(i18n::languages().contains(saved) ? saved : i18n::systemLanguage());
}

QString LanguageSettings::language() const
{
    return i18n::currentLanguage();
}

void LanguageSettings::setLanguage(const QString &language)
{
    if (language == i18n::currentLanguage() || !i18n::setLanguage(language))
        return;
    QSettings().setValue(LanguageKey, language);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

QVariantList LanguageSettings::available() const
{
    // Endonyms: each language is offered in its own words, whatever the current language.
    static const QList<std::pair<const char *, const char *>> names = {
        {"nl", "Nederlands"}, {"fr", "Français"}, {"de", "Deutsch"}, {"en", "English"}};
    QVariantList list;
    for (const auto &[code, name] : names) {
        list.append(QVariantMap {
            {QStringLiteral("value"), QString::fromLatin1(code)}, {QStringLiteral("text"), QString::fromUtf8(name)}});
    }
    return list;
}

} // namespace cc::app
