// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/checkin/trendscontroller.h"
#include "app/core/firstrowsmodel.h"
#include "app/workspace/patientlistmodel.h"
#include "app/workspace/patientsummary.h"
#include "app/workspace/workspaceitemmodel.h"
#include "domain/attentionflags.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <vector>

namespace cc::vault {
class Vault;
}
namespace cc::domain {
class CareStore;
class ChangeSet;
} // namespace cc::domain

namespace cc::app {

class Session;

/** One patient who shared with this account: her account id and the spaces she shares. */
struct PatientSource {
    QByteArray owner;
    QList<QByteArray> spaces;
    friend bool operator==(const PatientSource &, const PatientSource &) = default;
};

/**
 * The care-team workspace (DESIGN.md §1, §7): for a GP, nurse or caregiver, the patients
 * who shared with her, their attention flags and new comments; one patient's view (goals in
 * her words, the plan, check-in trends and the comments); commenting as oneself; and the
 * meeting agenda (PDF or plain text).
 *
 * Each patient is read through her own CareStore over the same unlocked vault, filtered to
 * her spaces (default space: the first), so nothing of one patient shows with another. The
 * patients come from setPatients() (the integrator feeds it from sync::Sharing::spaces());
 * they are read on unlock and when they change. Records a pull stored reach only the patient
 * whose spaces hold them (Session::recordsReceived → CareStore::refresh of those ids); the own
 * circle (the member's name) is the session's store, never read a second time.
 *
 * "Last opened" per patient is kept in QSettings under workspace/lastOpened/<owner hex> (a
 * time only); the care role code under workspace/role. The member's own name is health-
 * free but personal: it is a sealed PatientProfile in her private space, never in QSettings.
 *
 * Published to QML as the singleton `WorkspaceController`, built by AppServices (qmlsingletons.h).
 */
class WorkspaceController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasPatients READ hasPatients NOTIFY patientsChanged)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    /** Patients whose records are still being read for My patients (their row is not listed
     *  yet), and how many patients there are: the first unlock of a large care-team vault
     *  reads them a few at a time, between frames. */
    Q_PROPERTY(int patientsToRead READ patientsToRead NOTIFY readingChanged)
    Q_PROPERTY(int patientCount READ patientCount NOTIFY readingChanged)
    Q_PROPERTY(cc::app::PatientListModel *patients READ patients CONSTANT)
    /** The first HomePatients of patients: the cards on Home (its button opens My patients). */
    Q_PROPERTY(cc::app::FirstRowsModel *homePatients READ homePatients CONSTANT)
    /** The first ShownPatients of patients, and more on request: the cards on My patients. A
     *  GP may have hundreds of patients; a card each made as the page opens took 0.3 s for 300. */
    Q_PROPERTY(cc::app::FirstRowsModel *shownPatients READ shownPatients CONSTANT)
    Q_PROPERTY(QString currentPatientId READ currentPatientId WRITE setCurrentPatientId NOTIFY currentChanged)
    Q_PROPERTY(QString patientName READ patientName NOTIFY currentChanged)
    Q_PROPERTY(QString patientColour READ patientColour NOTIFY currentChanged)
    Q_PROPERTY(QVariantList flags READ flags NOTIFY currentChanged)
    Q_PROPERTY(QVariantList discussNotes READ discussNotes NOTIFY currentChanged)
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY currentChanged)
    Q_PROPERTY(QString planTitle READ planTitle NOTIFY currentChanged)
    Q_PROPERTY(QDateTime nextReview READ nextReview NOTIFY currentChanged)
    Q_PROPERTY(bool reviewOverdue READ reviewOverdue NOTIFY currentChanged)
    Q_PROPERTY(cc::app::WorkspaceItemModel *goals READ goals CONSTANT)
    Q_PROPERTY(cc::app::WorkspaceItemModel *activities READ activities CONSTANT)
    Q_PROPERTY(cc::app::WorkspaceItemModel *checkIns READ checkIns CONSTANT)
    Q_PROPERTY(cc::app::TrendsController *trends READ trends CONSTANT)
    Q_PROPERTY(QString myName READ myName NOTIFY identityChanged)
    Q_PROPERTY(QString myRole READ myRole NOTIFY identityChanged)
    Q_PROPERTY(bool identityComplete READ identityComplete NOTIFY identityChanged)
    Q_PROPERTY(QStringList roles READ roles CONSTANT)
    /** The patient whose circle the patient pages act in (hex owner id), "" for the own. */
    Q_PROPERTY(QString circleId READ circleId NOTIFY circleChanged)
    Q_PROPERTY(QString circleName READ circleName NOTIFY circleChanged)
    /** This account's role in the open circle: "editor", "contributor", "viewer"; "" own. */
    Q_PROPERTY(QString circleRole READ circleRole NOTIFY circleChanged)

public:
    explicit WorkspaceController(Session *session, QObject *parent = nullptr);
    ~WorkspaceController() override;

    /** Where the unlocked vault is found (VaultController::vault() in the app). */
    void setVaultSource(std::function<vault::Vault *()> source);
    /** The patients who shared with this account; re-reads them. */
    void setPatients(const QList<PatientSource> &patients);
    QList<PatientSource> patientSources() const { return m_sources; }
    /** Shown as having patients even before the vault is unlocked (the care-team demo); with
     *  @p actForFirst (the caregiver demo) the first patient's circle opens once read, acting
     *  as a caregiver. */
    void setDemo(bool demo, bool actForFirst = false);

    bool hasPatients() const { return m_demo || !m_sources.isEmpty(); }
    /** True while unlocked with at least one patient read. */
    bool available() const { return !m_patients.empty(); }
    int patientsToRead() const;
    /** How long making rows may hold the event loop: within a rebuild, then per turn (at
     *  least one patient each time). Defaults 150 ms and 40 ms. */
    void setReadBudget(int firstMs, int stepMs)
    {
        m_firstReadBudgetMs = firstMs;
        m_readStepBudgetMs = stepMs;
    }
    int patientCount() const { return int(m_patients.size()); }
    PatientListModel *patients() const { return m_patientList; }
    FirstRowsModel *homePatients() const { return m_homePatients; }
    FirstRowsModel *shownPatients() const { return m_shownPatients; }
    static constexpr int HomePatients = 5;
    static constexpr int ShownPatients = 20;
    QString currentPatientId() const { return QString::fromLatin1(m_current.toHex()); }
    void setCurrentPatientId(const QString &id);
    QString patientName() const;
    QString patientColour() const;
    QVariantList flags() const;
    /** [{domain, note, time}] of the latest check-in's "want to discuss" marks. */
    QVariantList discussNotes() const;
    bool hasPlan() const;
    QString planTitle() const;
    QDateTime nextReview() const;
    bool reviewOverdue() const;
    WorkspaceItemModel *goals() const { return m_goals; }
    WorkspaceItemModel *activities() const { return m_activities; }
    WorkspaceItemModel *checkIns() const { return m_checkIns; }
    TrendsController *trends() const { return m_trends; }
    QString myName() const { return m_myName; }
    QString myRole() const;
    bool identityComplete() const { return !m_myName.isEmpty() && !myRole().isEmpty(); }
    /** Care role codes one can pick (codes::roles() without "patient"). */
    QStringList roles() const;
    QString circleId() const;
    QString circleName() const;
    QString circleRole() const;

    /** The flags as QML shows them: [{kind, domains, date, count}]. */
    static QVariantList flagList(const domain::AttentionFlags &flags);
    /** Keeps @p role (a care role code, not "patient") as this app's care role when none is
     *  set yet: the role given when joining a patient's space (JoinFlow). */
    static void adoptCareRole(const QString &role);
    /** This account's id as comment author: the account id once connected, else the vault id. */
    QByteArray myAccount() const;
    /** The store of patient @p owner (nullptr if unknown or locked): for tests. */
    const domain::CareStore *storeOf(const QByteArray &owner);
    const domain::AttentionFlags *flagsOf(const QByteArray &owner) const;
    /** How many patients' records are read into memory now (tests, bench_workspace). */
    int readStoreCount() const;
    /** When the patient's view was last opened here (invalid: never). */
    QDateTime lastOpened(const QByteArray &owner) const;

    /** Opens patient @p id (hex owner id): makes her current and notes "last opened" now. */
    Q_INVOKABLE void openPatient(const QString &id);
    /**
     * Acts in patient @p id's circle (hex owner id; "" for the own): the patient pages then
     * read and write her store, new records going into her space where this account's role is
     * highest. Needs this account's name and role first (they name every change). "" or an
     * error sentence.
     */
    Q_INVOKABLE QString openCircle(const QString &id);
    /** Saves "your name as patients see it" (sealed, private space). "" or an error sentence. */
    Q_INVOKABLE QString setMyName(const QString &name);
    /** Saves the care role code; "" or an error sentence. */
    Q_INVOKABLE QString setMyRole(const QString &role);
    /** Comments on goal/activity/check-in @p targetId (hex) of the current patient, as
     *  oneself. "" or an error sentence. */
    Q_INVOKABLE QString addComment(const QString &targetId, const QString &text);
    /** Writes the current patient's agenda to @p file, as "pdf" or "text" (@p format).
     *  {ok: bool, message: translated sentence}. */
    Q_INVOKABLE QVariantMap exportAgenda(const QUrl &file, const QString &format);
    /** Where to suggest saving the agenda: the documents folder, a name like
     *  "agenda-maria-peeters-2026-11-22.pdf". */
    Q_INVOKABLE QUrl suggestedFile(const QString &format) const;

public Q_SLOTS:
    /** Re-reads every patient (after a sync pulled records, or the patients changed). */
    void reload();

Q_SIGNALS:
    void patientsChanged();
    void changed();
    void currentChanged();
    void identityChanged();
    void circleChanged();
    void readingChanged();

private:
    Session *m_session;
    struct Patient {
        PatientSource source;
        /** Her records, read when a view needs them (storeFor()); only a few are kept. */
        std::unique_ptr<domain::CareStore> store;
        /** Her row in My patients: from the local cache, or made from her store. */
        PatientSummary summary;
        /** Her spaces' versions that her store holds all writes up to: set when it is read,
         *  moved on when it takes a refresh or makes a write; her row is kept as true for
         *  these, so a store that missed a write never makes a row that looks current. */
        QHash<QByteArray, qint64> storeVersions;
        QString name; ///< as shown: summary.name, or "Patient 1a2b3c"
        quint64 lastUse = 0;
        bool described = false; ///< summary holds her row (from the cache or her records)
        bool unreadable = false; ///< her records could not be read at all: not listed
        bool stale = false; ///< listed, but her spaces changed: made again at her turn
    };
    /** Reading patients without a row may take this long within one unlock's rebuild... */
    int m_firstReadBudgetMs = 150;
    /** ...and then this long per event-loop turn, so the window keeps drawing. */
    int m_readStepBudgetMs = 40;
    /** Makes the rows of patients without one or with a stale one, until @p budgetMs have
     *  passed; the rest follows from the event loop. Lists and tells what it made when
     *  @p announce. */
    void describePending(int budgetMs, bool announce);
    /** How many patients' stores stay read besides the current one and the open circle's. */
    static constexpr int KeptStores = 4;
    const Patient *current() const;
    Patient *current();
    /** Her store, read now if it is not (nullptr if the vault cannot be read). */
    domain::CareStore *storeFor(Patient &patient);
    /** Drops the stores of patients not used lately (never the current one's or the circle's). */
    void releaseStores();
    /** Her row from the local cache, if it is still true (her spaces unchanged since). */
    bool summaryFromCache(Patient &patient) const;
    /** Whether a record of her spaces was written since her summary was made. */
    bool changedSinceSummary(const Patient &patient) const;
    /** After her store took a refresh or made a write itself: it holds her spaces as now. */
    void storeIsCurrent(Patient &patient) const;
    vault::Vault *vault() const;
    /** The session's store, or (no session store: tests) the private space read here. */
    domain::CareStore *ownStore() const;
    /** Reads the patients of m_sources; with @p keepStores those read before (same owner,
     *  same spaces) keep their store, so only new patients are read from the vault. */
    void rebuild(bool keepStores);
    /** Name, colour, attention flags and comment times of @p patient, from her store (read
     *  if need be), kept in the local cache for the next unlock. */
    void describe(Patient &patient);
    /** The name shown for @p patient (a translated stand-in when her spaces name nobody). */
    static QString shownName(const Patient &patient);
    void onOwnChanges(const domain::ChangeSet &changes);
    void onReceived(const QList<QByteArray> &ids);
    void reloadIdentity();
    /** After a re-read: the open circle follows its patient's new store, or closes. */
    void keepCircle();
    void refreshList();
    void refreshCurrent();

    std::function<vault::Vault *()> m_vaultSource;
    QList<PatientSource> m_sources;
    std::vector<Patient> m_patients;
    std::unique_ptr<domain::CareStore> m_own; ///< private space, only without a session store
    QByteArray m_current;
    QString m_myName;
    bool m_demo = false;
    bool m_actForFirst = false; ///< the caregiver demo: open the first circle once
    bool m_sessionSeen = false; ///< the session has had a store: without one it is locked
    quint64 m_useClock = 0; ///< counts storeFor() calls, for releaseStores()
    QList<QByteArray> m_listOrder; ///< owners in the order last listed
    PatientListModel *m_patientList;
    FirstRowsModel *m_homePatients;
    FirstRowsModel *m_shownPatients;
    WorkspaceItemModel *m_goals;
    WorkspaceItemModel *m_activities;
    WorkspaceItemModel *m_checkIns;
    TrendsController *m_trends;
    QTimer *m_readStep; ///< the next describePending() turn
};

} // namespace cc::app
