// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/vaultcontroller.h"

#include "app/home/caredata.h"
#include "app/session/session.h"
#include "domain/carestore.h"
#include "protocol/recoverykey.h"
#include "vault/keystore.h"
#include "vault/passphrasestrength.h"
#include "vault/vault.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

namespace cc::app {

namespace {

const QString AutoLockKey = QStringLiteral("security/autoLockMinutes");
constexpr int IdleCheckMs = 10 * 1000;
constexpr int DefaultAutoLockMinutes = 5;
// Below this many rows an unlock reads the whole vault at once (about 80 ms at 16 k on the
// reference machine); from it on, the recent records first and the older history after.
constexpr qint64 RecentFirstFromRows = 16 * 1024;
// The older history is read this many rows per turn of the event loop. With the views that
// take them in, a turn takes about 7 ms, the longest about 18 ms, at 100 k records
// (bench_appevents). Measured before the index and Trends took in only what a part adds:
// 2,048 rows a turn took 16 ms and at longest 32-34 ms; 512 rows 5 and 17 ms, but 20-40 %
// longer in all.
constexpr qsizetype HistoryPartRows = 1024;

crypto::SecureBuffer utf8Secret(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    return crypto::SecureBuffer::takeFrom(bytes);
}

} // namespace

class VaultController::Private
{
public:
    VaultController *q = nullptr;
    QString path;
    bool isDemo = false;
    std::unique_ptr<vault::Keystore> keystore;
    CareData *careData = nullptr;
    Session *session = nullptr;
    std::unique_ptr<vault::Vault> vault;
    std::unique_ptr<domain::CareStore> store;
    State state = NoVault;
    bool busy = false;
    QString busyText;
    QStringList damaged;
    // Idle lock: input only stamps the time (cheap, on every mouse move); a coarse timer
    // compares. An app-wide event filter sees all input, wherever focus is.
    QElapsedTimer lastActivity;
    QTimer idleCheck;
    int autoLockMinutes = DefaultAutoLockMinutes;
    int idleLimitOverrideMs = 0;
    qint64 recentFirstFrom = RecentFirstFromRows;
    // Reads the older history of a large vault after the unlock, a part per turn.
    QTimer historyLoad;

    qint64 idleLimitMs() const
    {
        return idleLimitOverrideMs > 0 ? idleLimitOverrideMs : qint64(autoLockMinutes) * 60 * 1000;
    }

    void setState(State s)
    {
        if (state == s)
            return;
        state = s;
        Q_EMIT q->stateChanged();
    }

    void setBusy(bool b, const QString &text = {})
    {
        busy = b;
        busyText = text;
        Q_EMIT q->busyChanged();
    }

    void setDamaged(const QStringList &list)
    {
        if (damaged == list)
            return;
        damaged = list;
        Q_EMIT q->integrityChanged();
    }

    /**
     * Runs the slow key derivation on the thread pool and then @p done on the main thread.
     * The vault's database is only ever touched on the main thread.
     */
    template<typename Work, typename Done>
    void runKeyWork(const QString &text, Work work, Done done)
    {
        setBusy(true, text);
        QPointer<VaultController> guard(q);
        QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<decltype(work())>(work());
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, result, done = std::move(done)]() mutable {
                    if (!guard)
                        return;
                    guard->d->setBusy(false);
                    done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    void reportDamaged()
    {
        QStringList report;
        for (const vault::DamagedRecord &r : store->damaged()) {
            report.append(
                QCoreApplication::translate("VaultController", "Record %1 in space %2: %3")
                    .arg(QString::fromLatin1(r.recordId.toHex()), QString::fromLatin1(r.spaceId.toHex()), r.reason));
        }
        setDamaged(report);
    }

    /** The patient's own care data: the spaces this account owns. Spaces others shared with
     *  this account are shown by the care-team workspace, one person at a time. */
    std::unique_ptr<domain::CareStore> makeStore() const
    {
        auto made = std::make_unique<domain::CareStore>(*vault);
        vault::Vault *v = vault.get();
        made->setSpaceFilter([v](const QByteArray &space) { return v->ownsSpace(space); });
        return made;
    }

    /** After any successful unlock: decrypt the records, fill the models, start the idle timer. */
    void finishUnlock()
    {
        setBusy(true, QCoreApplication::translate("VaultController", "Opening your care plan…"));
        store = makeStore();
        // Only the account's own spaces (through the space index when they are a small part of
        // the vault): on a care team's device the patients' records (most of the vault) are the
        // workspace's, read one patient at a time.
        const Status loaded = store->loadRecentFirst(vault->ownSpaces(), recentFirstFrom);
        setBusy(false);
        if (!loaded) {
            store.reset();
            vault->lock();
            Q_EMIT q->unlockFailed(loaded.error().message);
            return;
        }
        reportDamaged();
        careData->reload(store.get());
        session->setStore(store.get());
        lastActivity.start();
        idleCheck.start();
        setState(Unlocked);
        if (store && !store->isComplete()) { // (a slot of stateChanged may have locked)
            historyLoad.start();
            Q_EMIT q->loadingHistoryChanged();
        }
    }

    /** One part of the older history: the views hear of its records as of a pull's. */
    void loadHistoryPart()
    {
        if (!store) {
            historyLoad.stop();
            return;
        }
        const qsizetype damagedBefore = store->damaged().size();
        // Read on, unless something that needed every record read the rest already
        // (CareStore::finishLoading): then only its records are still to announce.
        const Status read = store->isComplete() ? Status {} : store->loadMore(HistoryPartRows);
        if (!read) {
            // As when the unlock cannot read the vault: nothing half read stays in view.
            q->lock();
            Q_EMIT q->unlockFailed(read.error().message);
            return;
        }
        if (store->damaged().size() != damagedBefore || store->isComplete())
            reportDamaged();
        session->notifyRead();
        if (!store) // a view that heard of them locked
            return;
        if (store->isComplete()) {
            historyLoad.stop();
            Q_EMIT q->loadingHistoryChanged();
        }
    }
};

VaultController::VaultController(const QString &vaultPath, bool isDemo, std::unique_ptr<vault::Keystore> keystore,
    CareData *careData, Session *session, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->path = vaultPath;
    d->isDemo = isDemo;
    d->keystore = std::move(keystore);
    d->careData = careData;
    d->session = session;
    d->autoLockMinutes = std::clamp(QSettings().value(AutoLockKey, DefaultAutoLockMinutes).toInt(), 1, 120);
    d->idleCheck.setInterval(IdleCheckMs);
    connect(&d->idleCheck, &QTimer::timeout, this, [this] {
        if (d->state == Unlocked && d->lastActivity.elapsed() >= d->idleLimitMs())
            lock();
    });
    d->historyLoad.setInterval(0);
    connect(&d->historyLoad, &QTimer::timeout, this, [this] { d->loadHistoryPart(); });
    QCoreApplication::instance()->installEventFilter(this);

    if (vault::Vault::exists(vaultPath)) {
        auto opened = vault::Vault::open(vaultPath);
        if (opened) {
            d->vault = std::move(*opened);
            d->state = Locked;
        } else {
            // Keep the state Locked so the Unlock page shows the reason; nothing is overwritten.
            d->state = Locked;
            const QString message = opened.error().message;
            QTimer::singleShot(0, this, [this, message] { Q_EMIT unlockFailed(message); });
        }
    }

    // A page wrote records: Home and the other views re-read.
    connect(d->session, &Session::dataChanged, this, &VaultController::onDataChanged);

    // On phones and tablets the app locks as soon as it leaves the screen.
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
            if (s == Qt::ApplicationSuspended || s == Qt::ApplicationHidden)
                lock();
        });
    }
}

VaultController::~VaultController()
{
    // Parents delete children in creation order, so listeners made later may outlive us.
    Q_EMIT vaultClosing();
}

VaultController::State VaultController::state() const
{
    return d->state;
}

bool VaultController::busy() const
{
    return d->busy;
}

QString VaultController::busyText() const
{
    return d->busyText;
}

QString VaultController::vaultPath() const
{
    return d->path;
}

bool VaultController::isDemo() const
{
    return d->isDemo;
}

bool VaultController::keystoreAvailable() const
{
    return d->keystore && d->keystore->isAvailable();
}

bool VaultController::rememberedOnDevice() const
{
    return d->vault && d->vault->hasKeystoreSlot();
}

int VaultController::autoLockMinutes() const
{
    return d->autoLockMinutes;
}

void VaultController::setAutoLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 120);
    if (minutes == d->autoLockMinutes)
        return;
    d->autoLockMinutes = minutes;
    QSettings().setValue(AutoLockKey, minutes);
    Q_EMIT autoLockMinutesChanged();
}

QStringList VaultController::damagedRecords() const
{
    return d->damaged;
}

vault::Vault *VaultController::vault() const
{
    return d->vault.get();
}

void VaultController::createVault(const QString &passphrase, bool rememberOnDevice)
{
    if (d->busy || d->vault)
        return;
    if (!vault::passphrase::assess(passphrase).acceptable) {
        Q_EMIT operationFailed(tr("Choose a stronger passphrase: a short sentence of four or more words works well."));
        return;
    }
    auto secret = std::make_shared<crypto::SecureBuffer>(utf8Secret(passphrase));
    d->runKeyWork(
        tr("Creating your vault…"),
        [secret] {
            // Calibrated on this device to about half a second, never below the floor.
            const vault::PassphraseKdf kdf = vault::Vault::newPassphraseKdf(crypto::argon2::calibrate(500));
            auto key = vault::Vault::derivePassphraseKey(*secret, kdf);
            return std::make_pair(kdf, std::move(key));
        },
        [this, rememberOnDevice](std::pair<vault::PassphraseKdf, Result<crypto::SecureBuffer>> derived) {
            if (!derived.second) {
                Q_EMIT operationFailed(derived.second.error().message);
                return;
            }
            auto created = vault::Vault::createWithPassphraseKey(d->path, derived.first, *derived.second);
            if (!created) {
                Q_EMIT operationFailed(created.error().message);
                return;
            }
            d->vault = std::move(created->vault);
            if (rememberOnDevice && keystoreAvailable()) {
                if (auto s = d->vault->enableKeystoreSlot(*d->keystore); !s)
                    Q_EMIT operationFailed(s.error().message);
            }
            Q_EMIT slotsChanged();
            d->finishUnlock();
            if (d->state == Unlocked)
                Q_EMIT vaultCreated(created->recoveryKey);
        });
}

void VaultController::unlock(const QString &passphrase)
{
    if (d->busy || !d->vault || d->state == Unlocked)
        return;
    if (passphrase.isEmpty()) {
        Q_EMIT unlockFailed(tr("Type your passphrase to unlock."));
        return;
    }
    auto kdf = d->vault->passphraseKdf();
    if (!kdf) {
        Q_EMIT unlockFailed(kdf.error().message);
        return;
    }
    auto secret = std::make_shared<crypto::SecureBuffer>(utf8Secret(passphrase));
    d->runKeyWork(
        tr("Unlocking…"), [secret, kdf = *kdf] { return vault::Vault::derivePassphraseKey(*secret, kdf); },
        [this](Result<crypto::SecureBuffer> key) {
            if (!key) {
                Q_EMIT unlockFailed(key.error().message);
                return;
            }
            if (auto s = d->vault->unlockWithPassphraseKey(*key); !s) {
                Q_EMIT unlockFailed(s.code() == ErrorCode::WrongKey
                        ? tr("That passphrase is not correct. Check Caps Lock and try again.")
                        : s.error().message);
                return;
            }
            d->finishUnlock();
        });
}

void VaultController::unlockWithRecoveryKey(const QString &recoveryKey)
{
    if (d->busy || !d->vault || d->state == Unlocked)
        return;
    if (auto s = d->vault->unlockWithRecoveryKey(recoveryKey); !s) {
        Q_EMIT unlockFailed(s.code() == ErrorCode::WrongKey ? tr("This recovery key does not belong to this vault.")
                                                            : s.error().message);
        return;
    }
    d->finishUnlock();
}

void VaultController::unlockWithDevice()
{
    if (d->busy || !d->vault || d->state == Unlocked || !d->keystore)
        return;
    if (auto s = d->vault->unlockWithKeystore(*d->keystore); !s) {
        Q_EMIT unlockFailed(s.error().message);
        return;
    }
    d->finishUnlock();
}

void VaultController::lock()
{
    d->idleCheck.stop();
    if (d->state != Unlocked)
        return;
    const bool wasLoading = d->historyLoad.isActive();
    d->historyLoad.stop();
    d->careData->reload(nullptr);
    d->session->setStore(nullptr); // page controllers drop what they show
    d->store.reset();
    if (d->vault)
        d->vault->lock();
    d->setDamaged({});
    d->setState(Locked);
    if (wasLoading)
        Q_EMIT loadingHistoryChanged();
}

bool VaultController::loadingHistory() const
{
    return d->historyLoad.isActive();
}

void VaultController::setRecentFirstFrom(qint64 rows)
{
    d->recentFirstFrom = rows;
}

void VaultController::changePassphrase(const QString &oldPassphrase, const QString &newPassphrase)
{
    if (d->busy || !d->vault)
        return;
    if (!vault::passphrase::assess(newPassphrase).acceptable) {
        Q_EMIT operationFailed(
            tr("Choose a stronger new passphrase: a short sentence of four or more words works well."));
        return;
    }
    auto kdf = d->vault->passphraseKdf();
    if (!kdf) {
        Q_EMIT operationFailed(kdf.error().message);
        return;
    }
    auto oldSecret = std::make_shared<crypto::SecureBuffer>(utf8Secret(oldPassphrase));
    auto newSecret = std::make_shared<crypto::SecureBuffer>(utf8Secret(newPassphrase));
    struct Keys {
        Result<crypto::SecureBuffer> oldKey;
        vault::PassphraseKdf newKdf;
        Result<crypto::SecureBuffer> newKey;
    };
    d->runKeyWork(
        tr("Changing your passphrase…"),
        [oldSecret, newSecret, kdf = *kdf] {
            const vault::PassphraseKdf newKdf = vault::Vault::newPassphraseKdf(crypto::argon2::calibrate(500));
            return Keys {vault::Vault::derivePassphraseKey(*oldSecret, kdf), newKdf,
                vault::Vault::derivePassphraseKey(*newSecret, newKdf)};
        },
        [this](Keys keys) {
            if (!keys.oldKey || !keys.newKey) {
                Q_EMIT operationFailed((keys.oldKey ? keys.newKey.error() : keys.oldKey.error()).message);
                return;
            }
            const Status s = d->vault->changePassphraseWithKeys(*keys.oldKey, keys.newKdf, *keys.newKey);
            if (!s) {
                Q_EMIT operationFailed(s.code() == ErrorCode::WrongKey
                        ? tr("Your current passphrase is not correct. Nothing was changed.")
                        : s.error().message);
                return;
            }
            Q_EMIT passphraseChanged();
        });
}

void VaultController::revealRecoveryKey(const QString &passphrase)
{
    if (d->busy || !d->vault)
        return;
    auto kdf = d->vault->passphraseKdf();
    if (!kdf) {
        Q_EMIT operationFailed(kdf.error().message);
        return;
    }
    auto secret = std::make_shared<crypto::SecureBuffer>(utf8Secret(passphrase));
    d->runKeyWork(
        tr("Checking your passphrase…"),
        [secret, kdf = *kdf] { return vault::Vault::derivePassphraseKey(*secret, kdf); },
        [this](Result<crypto::SecureBuffer> key) {
            if (!key) {
                Q_EMIT operationFailed(key.error().message);
                return;
            }
            auto revealed = d->vault->revealRecoveryKeyWithKey(*key);
            if (!revealed) {
                Q_EMIT operationFailed(revealed.code() == ErrorCode::WrongKey ? tr("That passphrase is not correct.")
                                                                              : revealed.error().message);
                return;
            }
            Q_EMIT recoveryKeyRevealed(*revealed);
        });
}

void VaultController::setRememberOnDevice(bool remember)
{
    if (!d->vault || d->state != Unlocked || remember == rememberedOnDevice())
        return;
    if (remember && !keystoreAvailable()) {
        Q_EMIT operationFailed(tr("This device has no keystore that CareCircle can use."));
        return;
    }
    const Status s =
        remember ? d->vault->enableKeystoreSlot(*d->keystore) : d->vault->disableKeystoreSlot(*d->keystore);
    if (!s)
        Q_EMIT operationFailed(s.error().message);
    Q_EMIT slotsChanged();
}

QVariantMap VaultController::passphraseStrength(const QString &passphrase) const
{
    const vault::PassphraseStrength s = vault::passphrase::assess(passphrase);
    return {{QStringLiteral("score"), s.score}, {QStringLiteral("acceptable"), s.acceptable},
        {QStringLiteral("label"), s.label}, {QStringLiteral("hint"), s.hint}};
}

bool VaultController::isWellFormedRecoveryKey(const QString &text) const
{
    return protocol::recoverykey::parse(text).ok();
}

void VaultController::setIdleLimit(int limitMs, int checkEveryMs)
{
    d->idleLimitOverrideMs = limitMs;
    d->idleCheck.setInterval(checkEveryMs);
}

bool VaultController::prepareNewPassphrase(const QString &passphrase, const QString &busyText, NewPassphraseUse use)
{
    if (d->busy || d->vault || vault::Vault::exists(d->path))
        return false;
    if (!vault::passphrase::assess(passphrase).acceptable) {
        Q_EMIT operationFailed(tr("Choose a stronger passphrase: a short sentence of four or more words works well."));
        return false;
    }
    auto secret = std::make_shared<crypto::SecureBuffer>(utf8Secret(passphrase));
    d->runKeyWork(
        busyText,
        [secret] {
            const vault::PassphraseKdf kdf = vault::Vault::newPassphraseKdf(crypto::argon2::calibrate(500));
            auto key = vault::Vault::derivePassphraseKey(*secret, kdf);
            return std::make_pair(kdf, std::move(key));
        },
        [this, use = std::move(use)](std::pair<vault::PassphraseKdf, Result<crypto::SecureBuffer>> derived) {
            if (!derived.second) {
                Q_EMIT operationFailed(derived.second.error().message);
                return;
            }
            use(derived.first, std::move(*derived.second));
        });
    return true;
}

Status VaultController::adoptCreatedVault(const crypto::SecureBuffer &keyEncryptionKey)
{
    if (d->vault)
        return makeError(ErrorCode::AlreadyExists, trNoop("VaultController", "A vault is already open."));
    auto opened = vault::Vault::open(d->path);
    if (!opened)
        return opened.error();
    if (auto s = (*opened)->unlockWithPassphraseKey(keyEncryptionKey); !s)
        return s;
    d->vault = std::move(*opened);
    Q_EMIT slotsChanged();
    d->finishUnlock();
    return {};
}

void VaultController::applyReceived(const QList<QByteArray> &ids)
{
    if (d->state != Unlocked || !d->store)
        return;
    const qsizetype damagedBefore = d->store->damaged().size();
    if (auto s = d->store->refresh(ids); !s) {
        Q_EMIT operationFailed(s.error().message);
        return;
    }
    if (damagedBefore != 0 || !d->store->damaged().isEmpty())
        d->reportDamaged();
    // Home follows through dataChanged (onDataChanged), like every other view.
    d->session->notifyReceived(ids);
}

void VaultController::refresh()
{
    if (d->state == Unlocked && d->store)
        d->careData->reload(d->store.get());
}

void VaultController::onDataChanged(const domain::ChangeSet &changes)
{
    // Home shows the profile, plan, goals, activities, check-ins, recent comments and the care
    // team; conflict copies and space names are not on it.
    using namespace domain;
    if (changes.touches({PatientProfile::Kind, CarePlan::Kind, CareTeamMember::Kind, Goal::Kind, Activity::Kind,
            ProgressEntry::Kind, CheckIn::Kind, Comment::Kind}))
        refresh();
}

void VaultController::noteUserActivity()
{
    d->lastActivity.restart();
}

bool VaultController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        d->lastActivity.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cc::app
