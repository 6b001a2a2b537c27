// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace cc::app {

/**
 * The words for stored codes (domain::codelabels) for QML, as the singleton CodeLabels. QML
 * reads them through the Labels singleton, whose forwards also read `revision`: a binding
 * that only calls an invokable is not re-evaluated by QQmlEngine::retranslate() (Qt 6.4), but
 * one that read a property is re-evaluated when it changes, and it changes on every language
 * switch (QEvent::LanguageChange, sent once the new translator is installed).
 */
class CodeLabels : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    explicit CodeLabels(QObject *parent = nullptr);

    /** Counts the language switches since start. */
    int revision() const { return m_revision; }

    Q_INVOKABLE QString role(const QString &code) const;
    Q_INVOKABLE QString domain(const QString &code) const;
    Q_INVOKABLE QString goalKind(const QString &code) const;
    Q_INVOKABLE QString goalStatus(const QString &code) const;
    Q_INVOKABLE QString achievement(const QString &code) const;
    Q_INVOKABLE QString activityKind(const QString &code) const;
    Q_INVOKABLE QString activityStatus(const QString &code) const;
    Q_INVOKABLE QString planStatus(const QString &code) const;
    Q_INVOKABLE QString colour(const QString &code) const;
    Q_INVOKABLE QString permission(const QString &code) const;

signals:
    void revisionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_revision = 0;
};

} // namespace cc::app
