// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace cc::app {

/**
 * The app's language (Nederlands, Français, Deutsch, English), kept in QSettings and applied
 * at once: installs the translations, re-evaluates every qsTr binding and asks the models to
 * rebuild the text they make in C++. Published to QML as the singleton `LanguageSettings`.
 */
class LanguageSettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList available READ available CONSTANT)

public:
    /** Applies the saved language, or the system's when none was chosen yet. */
    explicit LanguageSettings(QObject *parent);

    /** The engine whose bindings to re-evaluate on a change. */
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString language() const;
    void setLanguage(const QString &language);
    /** [{value: code, text: name}], each language named in its own words (a ChoiceBox model). */
    QVariantList available() const;

Q_SIGNALS:
    void languageChanged();

private:
    QQmlEngine *m_engine = nullptr;
};

} // namespace cc::app
