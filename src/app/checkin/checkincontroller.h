// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/checkin/checkinhistorymodel.h"
#include "app/core/firstrowsmodel.h"
#include "domain/checkin.h"
#include "domain/questionnaire.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>

namespace cc::domain {
class CareStore;
class ChangeSet;
} // namespace cc::domain

namespace cc::app {

class Session;

/**
 * The Check-in page's logic (DESIGN.md §3, §7): the six-domain check-in and the validated
 * instruments (WHO-5, PHQ-2, GAD-2), all read from the questionnaire definitions, in the
 * current app language. Holds a draft of the six-domain check-in, saves it as a CheckIn
 * completed by the patient herself, scores and saves instrument answers, and lists earlier
 * check-ins. Scores are described in plain words with the suggestion to talk with the care
 * team, never as a diagnosis. Uses the unlocked store of the injected Session; empty while locked,
 * except for the draft: a lock keeps it in memory for after the unlock (the Check-in page drops
 * it when it is left or closed).
 *
 * In the own circle it also offers the caregiver's own check-in (caregiverMode): four
 * questions about her own strain and needs (codes::caregiverDomains(), from
 * carecircle-caregiver.json), saved as a check-in of her own with only those domains, never
 * a mix; Trends, Home and flags leave it out of the patient's figures. It is offered to every
 * account, not only one whose care role is "caregiver": the role is often not known before an
 * invitation, and a patient may care for someone too. Never in a patient's circle: there
 * the check-in is hers.
 *
 * Texts from definitions are read through Q_INVOKABLE functions: a QML binding that also
 * reads LanguageSettings.language re-reads them on a language switch.
 */
class CheckInController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(cc::app::CheckInHistoryModel *history READ history CONSTANT)
    /** The newest RecentHistory rows of history, and more on request: what the page lists. */
    Q_PROPERTY(cc::app::FirstRowsModel *recentHistory READ recentHistory CONSTANT)
    Q_PROPERTY(QDateTime lastCheckInTime READ lastCheckInTime NOTIFY historyChanged)
    Q_PROPERTY(QVariantMap draft READ draft NOTIFY draftChanged)
    Q_PROPERTY(int ratedCount READ ratedCount NOTIFY draftChanged)
    Q_PROPERTY(bool caregiverMode READ caregiverMode NOTIFY questionnaireChanged)
    Q_PROPERTY(bool caregiverCheckInOffered READ caregiverCheckInOffered NOTIFY questionnaireChanged)

public:
    explicit CheckInController(Session *session, QObject *parent = nullptr);
    ~CheckInController() override;

    /** True while a vault is unlocked. */
    bool available() const;
    CheckInHistoryModel *history() const { return m_history; }
    FirstRowsModel *recentHistory() const { return m_recentHistory; }
    static constexpr int RecentHistory = 6;
    /** Time of the latest six-domain check-in (invalid if none). */
    QDateTime lastCheckInTime() const;

    /** {title, intro, attribution, wishAllowed, discussAllowed, noteAllowed,
     *   items: [{domain, question, minLabel, maxLabel, minimum, maximum}]}; {} if unavailable. */
    Q_INVOKABLE QVariantMap checkInDefinition() const;
    /** As checkInDefinition(), of the patient check-in or of the caregiver's own. */
    Q_INVOKABLE QVariantMap definitionOf(bool caregiver) const;
    /** The instruments one can fill in: [{id, title, intro, attribution, itemCount}]. */
    Q_INVOKABLE QVariantList instruments() const;
    /** {id, title, intro, attribution, items: [{id, text, options: [{value, label}]}]}; {} for an unknown id. */
    Q_INVOKABLE QVariantMap instrument(const QString &id) const;

    /** True while the draft is the caregiver's own check-in. */
    bool caregiverMode() const { return m_caregiver; }
    /** The caregiver check-in can be chosen: unlocked, in the own circle. */
    bool caregiverCheckInOffered() const;
    /** Switches between the patient check-in and the caregiver's own; a switch starts a new
     *  draft. Returns false (and stays with the patient check-in) where it is not offered. */
    Q_INVOKABLE bool setCaregiverMode(bool caregiver);

    /** {domainCode: {rated, rating, wish (-1: none), discuss, note}} for the current
     *  questionnaire's domains. */
    QVariantMap draft() const;
    int ratedCount() const { return int(m_rated.size()); }
    /** Starts a new, empty draft (also: drops the one kept over a lock). */
    Q_INVOKABLE void resetDraft();
    /** Each returns false (and changes nothing) for an unknown domain or a value outside 0–10. */
    Q_INVOKABLE bool setRating(const QString &domain, int rating);
    /** @p wish -1 removes the wish. */
    Q_INVOKABLE bool setWish(const QString &domain, int wish);
    Q_INVOKABLE bool setDiscuss(const QString &domain, bool discuss);
    Q_INVOKABLE bool setNote(const QString &domain, const QString &note);
    /** Saves the draft's rated domains as a check-in; returns "" on success (and clears the
     *  draft), else a translated reason. */
    Q_INVOKABLE QString saveCheckIn();
    /** "Who can see this?" for check-ins: the space new check-ins go to (hex), remembered on
     *  this device, apart for the caregiver's own check-in; empty for the private space. */
    Q_INVOKABLE QString checkInSpace() const;
    Q_INVOKABLE void setCheckInSpace(const QString &spaceId);

    /**
     * Scores @p answers (the chosen option values in item order) of instrument @p id and saves
     * the result as a check-in. Returns {error} on failure, else {rawScore, derivedScore,
     * rawMaximum, derivedMaximum, bandLabel, description, attribution, title}.
     */
    Q_INVOKABLE QVariantMap saveInstrument(const QString &id, const QVariantList &answers);
    /** As saveInstrument() without saving (for a stored result: pass its scores to describe()). */
    Q_INVOKABLE QVariantMap scoreInstrument(const QString &id, const QVariantList &answers) const;
    /** {title, bandLabel, description} of a stored @p derivedScore of instrument @p id. */
    Q_INVOKABLE QVariantMap describeScore(const QString &id, double derivedScore) const;

    /** The language definitions are shown in: the app's, or English. */
    static QString language();

Q_SIGNALS:
    void availableChanged();
    void historyChanged();
    void draftChanged();
    /** The check-in switched between the patient's and the caregiver's own. */
    void questionnaireChanged();
    /** A check-in or instrument result was saved. */
    void saved();

private:
    Session *m_session;
    void reload();
    /** Check-ins were added or removed in the store shown (@p changes): their rows and the latest. */
    void followCheckIns(const domain::ChangeSet &changes);
    /** The domains of the current questionnaire (patient or caregiver). */
    const QStringList &domains() const;
    bool isDraftDomain(const QString &domain) const;
    /** Which of wish, discuss and note the current questionnaire asks for. */
    domain::Questionnaire::DomainFields fields() const;
    /** The QSettings key of checkInSpace() for the current check-in and vault. */
    QString spaceKey() const;
    QDateTime nextTime() const;
    Result<domain::CheckIn::InstrumentResult> score(const QString &id, const QVariantList &answers) const;
    QVariantMap resultMap(const domain::Questionnaire &q, const domain::CheckIn::InstrumentResult &result) const;

    CheckInHistoryModel *m_history;
    FirstRowsModel *m_recentHistory;
    domain::CareStore *m_store = nullptr;
    QDateTime m_lastTime;
    QMap<QString, domain::CheckIn::DomainAnswer> m_draft;
    QByteArray m_draftCircle; ///< whose circle the draft is for (empty: the own)
    QSet<QString> m_rated;
    bool m_caregiver = false;
};

} // namespace cc::app
