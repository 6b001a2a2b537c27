// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/qtkeychainstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace cc::app {

namespace {

const QString Service = QStringLiteral("CareCircle");
constexpr int TimeoutMs = 15000;

Error unavailable()
{
    return makeError(ErrorCode::Unavailable,
        trNoop("Keystore", "This device's keystore did not answer. Unlock with your passphrase instead."));
}

/** Runs @p job to completion with a time limit; false on time-out. */
bool runJob(QKeychain::Job *job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

QtKeychainStore::QtKeychainStore(QObject *parent) : QObject(parent)
{ }

void QtKeychainStore::probe()
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("availability-probe"));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        // "Not found" means a keystore answered; no backend or access denied means none.
        m_available = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        Q_EMIT probed(m_available);
    });
    job->start();
}

Status QtKeychainStore::store(const QString &name, const crypto::SecureBuffer &secret)
{
    QKeychain::WritePasswordJob job(Service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(name);
    QByteArray bytes = secret.view().toByteArray();
    job.setBinaryData(bytes);
    bytes.fill('\0');
    if (!runJob(&job) || job.error() != QKeychain::NoError)
        return unavailable();
    return {};
}

Result<crypto::SecureBuffer> QtKeychainStore::load(const QString &name)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(name);
    if (!runJob(&job))
        return unavailable();
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(ErrorCode::NotFound,
            trNoop("Keystore", "This device does not remember the vault any more. Unlock with your passphrase."));
    if (job.error() != QKeychain::NoError)
        return unavailable();
    QByteArray bytes = job.binaryData();
    return crypto::SecureBuffer::takeFrom(bytes);
}

Status QtKeychainStore::remove(const QString &name)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(name);
    if (!runJob(&job))
        return unavailable();
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return unavailable();
    return {};
}

} // namespace cc::app
