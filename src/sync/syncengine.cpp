// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "accountsupport.h"
#include "crypto/keypair.h"
#include "departurehold.h"
#include "hintsocket.h"
#include "httpclient.h"
#include "protocol/sealedrecord.h"
#include "protocol/wire.h"
#include "pushbatch.h"
#include "recordapplier.h"
#include "serverseqs.h"
#include "spacesync.h"
#include "vault/vault.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace cc::sync {

namespace {
constexpr int PushChunk = 500;
constexpr int PullPageSize = 1000;
constexpr int MaxConflictRounds = 5;
constexpr int MaxPushPasses = 3;
constexpr int FirstRetryMs = 1000;
constexpr int MaxRetryMs = 5 * 60 * 1000;
/** A listing of spaces is trusted this long while hints flow; then a round lists again (an
 *  owner's time-bound duties, such as ending memberships at their date, run with it). */
constexpr qint64 ListingMaxAgeMs = 5 * 60 * 1000;
} // namespace

class SyncEngine::Private
{
public:
    Private(SyncEngine *engine, vault::Vault &v)
        : q(engine), vault(v), clock(v.deviceId()), applier(v, clock), sharingStep(v, applier), departures(v)
    { }

    SyncEngine *q;
    vault::Vault &vault;
    domain::HlcClock clock;
    RecordApplier applier;
    SpaceSync sharingStep;
    DepartureHold departures;
    ServerSeqs seqs;
    QElapsedTimer listedAt;
    /** The last listing started while the hint socket was ready: every change since is hinted. */
    bool listedWithHints = false;
    std::optional<protocol::AccountMaterial> material;

    HttpClient *http = nullptr;
    HintSocket hints;
    QTimer retryTimer;
    int retryStep = 0;

    State state = State::NotConnected;
    double progress = -1;
    Error lastError;
    QDateTime lastSynced;
    int conflictsKept = 0;
    QList<DeviceInfo> devices;
    bool devicesLoaded = false;

    bool running = false;
    bool busy = false;
    quint64 round = 0; ///< counts rounds: an answer to an earlier round's request is dropped
    bool again = false;
    bool againFull = false;
    int pushed = 0;
    int pulled = 0;
    int total = 0;
    bool devicesRefreshed = false;
    bool listsRefreshed = false; ///< this round, for a push conflict (resolveConflicts)
    QList<RefusedRecord> refused;
    QSet<QByteArray> oneByOne; ///< spaces whose pushes this round go one record at a time (pushForbidden)
    Error refusals; ///< refused, in words, for lastRefusals()

    void setState(State s)
    {
        if (state == s)
            return;
        state = s;
        Q_EMIT q->stateChanged();
    }
    void setProgress(double p)
    {
        if (qFuzzyCompare(progress + 2, p + 2))
            return;
        progress = p;
        Q_EMIT q->progressChanged();
    }
    void updateProgress()
    {
        if (total > 0)
            setProgress(std::min(1.0, double(pushed + pulled) / total));
    }

    Result<const protocol::AccountMaterial *> accountMaterial()
    {
        if (!material) {
            auto m = vault.accountMaterial();
            if (!m)
                return m.error();
            material = std::move(*m);
        }
        return &*material;
    }

    /** A fresh snapshot of the account's material for the sharing step's callbacks. */
    Result<SpaceSync::Material> sharedMaterial()
    {
        auto m = vault.accountMaterial();
        if (!m)
            return m.error();
        return SpaceSync::Material(std::make_shared<const protocol::AccountMaterial>(std::move(*m)));
    }

    Status prepareClient()
    {
        if (http && http->server() == QUrl(vault.serverUrl()))
            return {};
        auto key = vault.deviceSigningKey(false);
        if (!key)
            return key.error();
        delete http;
        http = new HttpClient(QUrl(vault.serverUrl()), q);
        http->setDevice(vault.deviceId(), std::move(key->secretKey));
        return {};
    }

    // --- devices -------------------------------------------------------------------------
    void fetchDevices(std::function<void(const Status &)> done)
    {
        http->get(QStringLiteral("/v1/account"), true, [this, done](const HttpReply &reply) {
            if (!reply.ok())
                return done(reply.error());
            auto m = accountMaterial();
            if (!m)
                return done(m.error());
            auto read = account::readDevices(reply.json, **m, vault.deviceId());
            if (!read)
                return done(read.error());
            applier.setDeviceKeys(read->signKeys);
            devices = read->list;
            devicesLoaded = true;
            Q_EMIT q->devicesChanged();
            done({});
        });
    }

    // --- one sync round --------------------------------------------------------------------
    /** Whether a round may skip listing the spaces: hints report every change since the last
     *  listing, which is recent, and no own space waits to be registered. */
    bool listingFresh() const
    {
        return hints.isReady() && listedWithHints && seqs.listed() && listedAt.isValid()
            && listedAt.elapsed() < ListingMaxAgeMs && sharingStep.unregisteredSpaces().isEmpty();
    }

    /**
     * One round. A full one runs the sharing step (which lists the spaces) before pushing; a
     * quick one, asked for by an edit or a hint while the listing is fresh, only pushes what
     * waits and pulls the spaces hints and pushes said have news.
     */
    void runSync(bool full)
    {
        if (busy) {
            again = true;
            againFull = againFull || full;
            return;
        }
        if (auto s = prepareClient(); !s) {
            busy = true;
            return finishSync(s);
        }
        busy = true;
        ++round;
        pushed = pulled = 0;
        oneByOne.clear();
        devicesRefreshed = listsRefreshed = false;
        total = vault.dirtyCount();
        retryTimer.stop();
        setState(State::Syncing);
        setProgress(-1);
        full = full || !listingFresh();
        departures.startRound(full);
        auto afterDevices = [this, full](const Status &s) {
            if (!s)
                return finishSync(s);
            if (!full)
                return pushPass(0);
            const bool hinted = hints.isReady();
            spaceStep([this, hinted](const Status &step) {
                if (!step)
                    return finishSync(step);
                seqs.noteListing(sharingStep.serverSpaces());
                listedAt.start();
                listedWithHints = hinted && hints.isReady();
                pushPass(0);
            });
        };
        if (devicesLoaded) {
            afterDevices({});
        } else {
            devicesRefreshed = true;
            fetchDevices(afterDevices);
        }
    }

    /** Sharing before pushing (SpaceSync::run): spaces, member lists, keys, member devices. */
    void spaceStep(std::function<void(const Status &)> done)
    {
        auto m = sharedMaterial();
        if (!m)
            return done(m.error());
        sharingStep.run(*http, *m, [this, done](const Status &s) { afterSpaceChange(s, done); });
    }

    /** After a sharing change: new key versions (or, with @p uploadBundle, the current keys
     *  anyway) go into the recovery bundle and a fresh copy of the account material; then the
     *  sharing state is announced. */
    void afterSpaceChange(const Status &s, std::function<void(const Status &)> done, bool uploadBundle = false)
    {
        const bool keysChanged = sharingStep.takeKeysChanged() || uploadBundle;
        Q_EMIT q->spacesChanged();
        if (!s || !keysChanged)
            return done(s);
        material.reset();
        sharingStep.publishBundle(*http, done);
    }

    void pushPass(int pass)
    {
        const QList<QByteArray> spaces = departures.pushOrder(vault.dirtySpaces());
        if (spaces.isEmpty() || pass >= MaxPushPasses)
            return pullSpaces();
        pushChunk(spaces, 0, {}, 0, pass);
    }

    void pushChunk(const QList<QByteArray> &spaces, qsizetype index, const QByteArray &after, int rounds, int pass)
    {
        if (index >= spaces.size())
            return pushPass(pass + 1);
        const QByteArray space = spaces[index];
        auto chunk = vault.dirtyRecords(space, after, oneByOne.contains(space) ? 1 : PushChunk);
        if (!chunk)
            return finishSync(chunk.error());
        if (chunk->isEmpty())
            return pushChunk(spaces, index + 1, {}, 0, pass);
        auto key = vault.deviceSigningKey(false);
        if (!key)
            return finishSync(key.error());
        auto batch = PushBatch::sign(*chunk, *key);
        if (!batch)
            return finishSync(batch.error());
        http->post(spacePath(space) + QStringLiteral("/records"), batch->body(), true,
            [=, this, batch = *batch](const HttpReply &reply) {
                if (reply.status == 409 && reply.errorCode() == QLatin1String("stale_key")) {
                    // The space has a newer key: fetch it, re-seal what waits, send again.
                    if (rounds >= MaxConflictRounds)
                        return finishSync(sharingAnswerError(reply));
                    auto m = sharedMaterial();
                    if (!m)
                        return finishSync(m.error());
                    return sharingStep.refreshSpace(*http, *m, space, [=, this](const Status &s) {
                        afterSpaceChange(s, [=, this](const Status &changed) {
                            if (!changed)
                                return finishSync(changed);
                            if (auto resealed = vault.resealDirty(space); !resealed)
                                return finishSync(resealed.error());
                            pushChunk(spaces, index, after, rounds + 1, pass);
                        });
                    });
                }
                if (reply.status == 409 && reply.errorCode() == protocol::errors::Conflict) {
                    if (rounds >= MaxConflictRounds)
                        return finishSync(reply.error());
                    return resolveConflicts(space, reply.json, [=, this](const Status &s) {
                        s ? pushChunk(spaces, index, after, rounds + 1, pass) : finishSync(s);
                    });
                }
                // Undone only when the relay's refusal and this device's verified list agree.
                if (reply.status == 403 && reply.errorCode() == protocol::errors::Forbidden
                    && !verifiedListAllowsPush(vault, space))
                    return pushForbidden(spaces, index, after, pass, batch, sharingAnswerError(reply));
                if (!reply.ok())
                    return finishSync(sharingAnswerError(reply));
                if (auto s = markPushed(space, batch, reply.json); !s)
                    return finishSync(s);
                updateProgress();
                Q_EMIT q->pendingChangesChanged();
                pushChunk(spaces, index, batch.lastId(), 0, pass);
            });
    }

    /** A 200 answer to a push: the revisions are the server's now. */
    Status markPushed(const QByteArray &space, const PushBatch &batch, const QJsonObject &answer)
    {
        auto done = batch.accepted(answer);
        if (!done)
            return done.error();
        if (auto s = vault.markPushed(*done); !s)
            return s;
        QList<qint64> pushedSeqs;
        for (const vault::PushedRecord &p : *done)
            pushedSeqs.append(p.serverSeq);
        // Revisions that took exactly the sequences after the cursor are held here as
        // pushed: the cursor moves past them instead of pulling them back.
        if (auto cursor = seqs.cursorAfterPush(space, vault.pullCursor(space), pushedSeqs)) {
            if (auto s = vault.storeSynced({}, {}, space, *cursor); !s)
                return s;
        }
        pushed += int(done->size());
        return {};
    }

    /**
     * A push the role or membership refuses (403; it changed since the edit was made here):
     * retried one record at a time to find which; each refused one is undone here
     * (Vault::revertRefused), reported once, and the round goes on, so one such change never
     * stops this device from pushing the rest and pulling.
     */
    void pushForbidden(const QList<QByteArray> &spaces, qsizetype index, const QByteArray &after, int pass,
        const PushBatch &batch, const Error &why)
    {
        const QByteArray space = spaces[index];
        if (batch.size() > 1) {
            oneByOne.insert(space);
            return pushChunk(spaces, index, after, 0, pass);
        }
        const QByteArray id = batch.firstId();
        if (auto s = vault.revertRefused(space, id, why.message); !s)
            return finishSync(s);
        Q_EMIT q->recordsChanged({id});
        Q_EMIT q->pendingChangesChanged();
        pushChunk(spaces, index, id, 0, pass);
    }

    /** A push conflict: each current server revision is checked and merged with ours. One this
     *  device refuses is overwritten by ours (a relay's doing) only if it still fails once what the
     *  check rests on was fetched again: refused for a stale list, it is a legitimate edit.
     *  Departures are rebased only once the plan is stored (DepartureHold::rebase). */
    void resolveConflicts(const QByteArray &space, const QJsonObject &answer, std::function<void(const Status &)> done)
    {
        auto read = departures.readConflicts(space, answer);
        if (!read)
            return done(read.error());
        auto storeAndRebase = [=, this](const Result<ApplyPlan> &plan) {
            const Status stored = plan ? store(*plan, {}, 0) : Status(plan.error());
            return stored ? departures.rebase(space, read->rebases) : stored;
        };
        auto plan = applier.planConflicts(space, read->conflicts);
        if (!plan || plan->refused.isEmpty() || std::exchange(listsRefreshed, true))
            return done(storeAndRebase(plan));
        refreshChecks(space, true, [=, this, conflicts = read->conflicts](const Status &s) {
            done(s ? storeAndRebase(applier.planConflicts(space, conflicts)) : s);
        });
    }

    /** Fetches again what checking a revision rests on: the account's devices and, for a shared
     *  space, its member devices, or with @p lists its lists, keys and devices (refreshSpace). */
    void refreshChecks(const QByteArray &space, bool lists, std::function<void(const Status &)> done)
    {
        devicesRefreshed = true;
        fetchDevices([=, this](const Status &s) {
            if (!s || space == vault.privateSpaceId())
                return done(s);
            if (!lists)
                return sharingStep.fetchMemberDevices(*http, space, done);
            auto m = sharedMaterial();
            if (!m)
                return done(m.error());
            sharingStep.refreshSpace(*http, *m, space, [=, this](const Status &r) { afterSpaceChange(r, done); });
        });
    }

    Status store(const ApplyPlan &plan, const QByteArray &cursorSpace, qint64 cursor)
    {
        if (auto s = vault.storeSynced(plan.incoming, plan.merged, cursorSpace, cursor, plan.refused); !s)
            return s;
        conflictsKept += plan.conflictCopies;
        if (!plan.incoming.isEmpty() || !plan.merged.isEmpty())
            Q_EMIT q->recordsChanged(plan.storedIds());
        if (!plan.merged.isEmpty())
            Q_EMIT q->pendingChangesChanged();
        return {};
    }

    /** The spaces whose known sequence is past their cursor (ServerSeqs): no request. */
    void pullSpaces()
    {
        QList<QByteArray> spaces;
        for (const QByteArray &space : seqs.spaces()) {
            const qint64 cursor = vault.pullCursor(space);
            const qint64 known = seqs.known(space);
            // A space shared with this account is pulled once its key is here.
            if (known <= cursor || vault.keyVersion(space) == 0)
                continue;
            if (const auto row = vault.spaceState(space); row && row->removed)
                continue;
            spaces.append(space);
            total += int(std::min<qint64>(known - cursor, 1 << 30));
        }
        updateProgress();
        pullPage(spaces, 0);
    }

    void pullPage(const QList<QByteArray> &spaces, qsizetype index)
    {
        index < spaces.size() ? requestPage(spaces, index, vault.pullCursor(spaces[index])) : settleDepartures();
    }

    /**
     * Asks for the page of spaces[index] after @p since. The next page is asked for while this
     * one is checked and stored; answers are handled on this thread, in order. The page is read
     * from the answer's bytes (PullPage::fromJsonBytes), never as a JSON document.
     */
    void requestPage(const QList<QByteArray> &spaces, qsizetype index, qint64 since)
    {
        const QByteArray space = spaces[index];
        const quint64 asked = round;
        http->getBytes(spacePath(space) + QStringLiteral("/records?since=%1&limit=%2").arg(since).arg(PullPageSize),
            true, [=, this](const HttpReply &reply) {
                // A prefetched page of a round that ended (a page before it failed) is dropped.
                if (asked != round || !busy)
                    return;
                if (!reply.ok())
                    return finishSync(sharingAnswerError(reply));
                const auto page = protocol::PullPage::fromJsonBytes(reply.body, since);
                if (!page)
                    return finishSync(unreadableAnswer());
                const QList<protocol::WireRecord> records = page->records;
                const qint64 next = page->next;
                const bool more = !page->done && !records.isEmpty();
                auto apply = [=, this](bool prefetched) {
                    const ApplyPlan plan = applier.planPulled(space, records);
                    if (auto s = departures.hold(plan.held); !s)
                        return finishSync(s);
                    if (auto s = store(plan, space, next); !s)
                        return finishSync(s);
                    // An edit made here during the round, merged with this one, waits: one more round.
                    again = again || !plan.merged.isEmpty();
                    pulled += plan.applied();
                    updateProgress();
                    if (!more)
                        pullPage(spaces, index + 1);
                    else if (!prefetched)
                        requestPage(spaces, index, next);
                };
                if (!applier.knowsAuthorsOf(space, records) && !devicesRefreshed) {
                    // A device linked since the lists were fetched: fetch them again once.
                    return refreshChecks(
                        space, false, [=, this](const Status &s) { s ? apply(false) : finishSync(s); });
                }
                if (!more)
                    return apply(false);
                // The next page is asked for now; its answer is handled after this page is stored.
                // QNetworkAccessManager starts a request from this thread's event loop, so this
                // page is checked once the request is out: the server prepares the next page
                // meanwhile (checked right here, the page would be asked for only when stored).
                requestPage(spaces, index, next);
                const auto applyIfCurrent = [=, this] {
                    if (asked == round && busy)
                        apply(true);
                };
                QMetaObject::invokeMethod(q, applyIfCurrent, Qt::QueuedConnection);
            });
    }

    /** After the pulls: held departures whose record went out of reach apply (DepartureHold). */
    void settleDepartures()
    {
        auto plan = departures.settle(sharingStep.serverSpaces());
        Status s = !plan ? Status(plan.error()) : plan->incoming.isEmpty() ? Status() : store(*plan, {}, 0);
        finishSync(s && plan ? departures.release(plan->incoming) : s);
    }

    void finishSync(const Status &status)
    {
        busy = false;
        // Refusals are kept with what was stored; a round killed before its end leaves them here.
        auto taken = vault.takeRefusals();
        refused = taken ? std::move(*taken) : QList<RefusedRecord>();
        refusals = refusalsError(refused);
        if (!status)
            listedWithHints = false; // list again next round: the failure may be a change of spaces
        if (status) {
            lastSynced = QDateTime::currentDateTimeUtc();
            retryStep = 0;
            // The sync status shows what was refused until the next round.
            lastError = refusals;
            setProgress(-1);
            setState(State::UpToDate);
            if (running)
                openHints();
        } else if (status.code() == ErrorCode::Unavailable) {
            lastError = status.error();
            setProgress(-1);
            setState(State::Offline);
            scheduleRetry();
        } else {
            lastError = status.error();
            setProgress(-1);
            setState(State::Failed);
        }
        if (!refused.isEmpty())
            Q_EMIT q->recordsRefused(refusals);
        Q_EMIT q->syncFinished(status, pushed, pulled);
        // Asked for meanwhile, with the server away: the retry's back-off runs it, not now.
        if (again && running && status.code() != ErrorCode::Unavailable) {
            again = false;
            const bool full = std::exchange(againFull, false);
            QTimer::singleShot(0, q, [this, full] { runSync(full); });
        }
        again = false;
        againFull = false;
    }

    void scheduleRetry()
    {
        if (!running)
            return;
        const qint64 base = std::min<qint64>(qint64(FirstRetryMs) << std::min(retryStep, 20), MaxRetryMs);
        ++retryStep;
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        retryTimer.start(int(std::min<double>(double(base) * jitter, MaxRetryMs)));
    }

    // --- hints ------------------------------------------------------------------------------
    void openHints()
    {
        if (!hints.isOpen() && http && !http->token().isEmpty())
            hints.open(http->server(), http->token());
    }

    void connectHints()
    {
        QObject::connect(&hints, &HintSocket::ready, q, [this] {
            // Changes made between the last listing and now were not hinted: one full round;
            // from then on, hints tell of every change.
            listedWithHints = false;
            if (running)
                runSync(true);
        });
        QObject::connect(&hints, &HintSocket::membersChanged, q, [this] {
            // Someone joined or left, or a key changed: the sharing step runs first.
            if (running)
                runSync(true);
        });
        QObject::connect(&hints, &HintSocket::changed, q, [this](const QByteArray &space, qint64 seq) {
            seqs.note(space, seq);
            // This device's own push comes back as a hint too: its cursor is already past it.
            if (seq > vault.pullCursor(space) && running)
                runSync(false);
        });
        QObject::connect(&hints, &HintSocket::closed, q, [this] {
            listedWithHints = false;
            // The server went away or the session ended: sync again (which reopens hints), with backoff.
            if (running && !busy) {
                setState(State::Offline);
                scheduleRetry();
            }
        });
    }
};

SyncEngine::SyncEngine(vault::Vault &vault, QObject *parent) : QObject(parent), d(new Private(this, vault))
{
    d->connectHints();
    d->retryTimer.setSingleShot(true);
    connect(&d->retryTimer, &QTimer::timeout, this, [this] {
        if (d->running)
            d->runSync(true);
    });
    d->state = vault.isConnected() ? State::Idle : State::NotConnected;
}

SyncEngine::~SyncEngine()
{
    d->hints.close();
    delete d->http;
    delete d;
}

bool SyncEngine::isConnected() const
{
    return d->vault.isConnected();
}

QUrl SyncEngine::serverUrl() const
{
    return QUrl(d->vault.serverUrl());
}

SyncEngine::State SyncEngine::state() const
{
    return d->state;
}

double SyncEngine::progress() const
{
    return d->progress;
}

Error SyncEngine::lastError() const
{
    return d->lastError;
}

QDateTime SyncEngine::lastSynced() const
{
    return d->lastSynced;
}

int SyncEngine::pendingChanges() const
{
    return d->vault.dirtyCount();
}

int SyncEngine::conflictsKept() const
{
    return d->conflictsKept;
}

Error SyncEngine::lastRefusals() const
{
    return d->refusals;
}

void SyncEngine::connectToServer(const QUrl &server, const QString &deviceLabel)
{
    auto fail = [this](const Error &error) {
        d->lastError = error;
        d->setState(isConnected() ? State::Failed : State::NotConnected);
        Q_EMIT connectFinished(error);
    };
    if (!server.isValid() || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))
        || server.host().isEmpty())
        return fail(makeError(ErrorCode::InvalidInput,
            trNoop("Sync", "The server address is not valid. It looks like https://care.example.org.")));
    auto material = d->accountMaterial();
    if (!material)
        return fail(material.error());
    const protocol::AccountMaterial &m = **material;
    auto deviceKey = d->vault.deviceSigningKey(true);
    if (!deviceKey)
        return fail(deviceKey.error());
    auto body = account::registrationBody(m, d->vault.deviceId(), deviceKey->publicKey, deviceLabel);
    if (!body)
        return fail(body.error());

    // stop() drops the cached account material that m refers to: keep what is needed after it.
    const QByteArray account = m.account;
    const QByteArray privateSpace = m.privateSpace;
    stop();
    d->setState(State::Connecting);
    delete d->http;
    d->http = new HttpClient(server, this);
    d->http->setDevice(d->vault.deviceId(), std::move(deviceKey->secretKey));
    auto registered = [=, this](const Result<bool> &repeat) {
        if (!repeat)
            return fail(repeat.error());
        auto connected = [=, this](const Status &s) {
            if (!s)
                return fail(s.error());
            if (auto c = d->vault.setConnected(true); !c)
                return fail(c.error());
            d->lastError = {};
            d->setState(State::Idle);
            Q_EMIT connectFinished({});
            start();
        };
        // The server kept the bundle of the attempt that did not finish: replace it, signed in,
        // with this vault's current one, in case its keys changed since.
        *repeat ? d->afterSpaceChange({}, connected, true) : connected({});
    };
    account::registerAccount(*d->http, d->vault, server, *body, account, privateSpace, registered);
}

void SyncEngine::start()
{
    if (!isConnected()) {
        d->setState(State::NotConnected);
        return;
    }
    d->running = true;
    d->runSync(true);
}

void SyncEngine::stop()
{
    d->running = false;
    d->retryTimer.stop();
    d->hints.close();
    if (d->busy) {
        // Abandon the round in flight: its answers are dropped with the client.
        delete d->http;
        d->http = nullptr;
        d->busy = false;
    }
    d->again = false;
    d->material.reset();
    d->setProgress(-1);
    d->setState(isConnected() ? State::Idle : State::NotConnected);
}

void SyncEngine::syncNow()
{
    if (!isConnected()) {
        const Error error = makeError(ErrorCode::NotFound, trNoop("Sync", "This device is not connected to a server."));
        d->lastError = error;
        Q_EMIT syncFinished(error, 0, 0);
        return;
    }
    d->retryStep = 0;
    // After an edit (something to push) a quick round; asked with nothing to push, a full one.
    d->runSync(d->vault.dirtyCount() == 0);
}

HttpClient *SyncEngine::client()
{
    if (!isConnected() || !d->prepareClient())
        return nullptr;
    return d->http;
}

SpaceSync &SyncEngine::spaceSync()
{
    return d->sharingStep;
}

Result<std::shared_ptr<const protocol::AccountMaterial>> SyncEngine::accountMaterial()
{
    return d->sharedMaterial();
}

void SyncEngine::refreshSpaces(std::function<void(const Status &)> done)
{
    HttpClient *http = client();
    if (!http)
        return done(makeError(ErrorCode::NotFound, trNoop("Sync", "This device is not connected to a server.")));
    auto m = d->sharedMaterial();
    if (!m)
        return done(m.error());
    d->sharingStep.run(*http, *m, [this, done](const Status &s) { d->afterSpaceChange(s, done); });
}

void SyncEngine::sharingChanged(std::function<void(const Status &)> done)
{
    d->listedWithHints = false; // lists, keys or spaces changed here: the next round lists again
    d->afterSpaceChange({}, std::move(done));
}

QList<DeviceInfo> SyncEngine::devices() const
{
    return d->devices;
}

void SyncEngine::refreshDevices()
{
    if (!isConnected() || !d->prepareClient())
        return;
    d->fetchDevices([this](const Status &s) {
        if (!s)
            d->lastError = s.error();
    });
}

void SyncEngine::removeDevice(const QByteArray &deviceId)
{
    if (deviceId == d->vault.deviceId()) {
        Q_EMIT deviceRemoved(
            makeError(ErrorCode::InvalidInput, trNoop("Sync", "This device cannot remove itself from the account.")));
        return;
    }
    if (!isConnected()) {
        Q_EMIT deviceRemoved(
            makeError(ErrorCode::NotFound, trNoop("Sync", "This device is not connected to a server.")));
        return;
    }
    if (auto s = d->prepareClient(); !s) {
        Q_EMIT deviceRemoved(s);
        return;
    }
    d->http->remove(
        QStringLiteral("/v1/account/devices/") + protocol::toBase64Url(deviceId), true, [this](const HttpReply &reply) {
            Q_EMIT deviceRemoved(reply.ok() ? Status() : Status(reply.error()));
            if (reply.ok())
                refreshDevices();
        });
}

} // namespace cc::sync
